// Upserts topics the batch carries: the name is replaced, aliases are
// merged (the caller sends them normalised and deduplicated).
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
WITH t, row, coalesce(t.aliases, []) AS old
SET t.name = row.name,
    t.slug = row.slug,
    t.aliases = old + [x IN row.aliases WHERE NOT x IN old]
