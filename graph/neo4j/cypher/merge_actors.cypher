// Upserts actors the batch carries: the name is replaced, aliases are
// merged (the caller sends them normalised and deduplicated).
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row, coalesce(a.aliases, []) AS old
SET a.name = row.name,
    a.slug = row.slug,
    a.aliases = old + [x IN row.aliases WHERE NOT x IN old]
