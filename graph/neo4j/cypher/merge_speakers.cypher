// Upserts speakers the batch carries: the name is replaced, aliases are
// merged, role and side replace the stored ones only when given.
UNWIND $rows AS row
MERGE (s:Speaker {id: row.id})
WITH s, row, coalesce(s.aliases, []) AS old
SET s.name = row.name,
    s.slug = row.slug,
    s.aliases = old + [x IN row.aliases WHERE NOT x IN old],
    s.role = coalesce(row.role, s.role),
    s.side = coalesce(row.side, s.side),
    s.side_slug = coalesce(row.side_slug, s.side_slug)
