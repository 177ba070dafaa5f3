// Creates the speakers claims name that the store lacks, with the role and
// side of their first claim; a stored speaker is left as it is.
UNWIND $rows AS row
MERGE (s:Speaker {id: row.id})
ON CREATE SET s.name = row.name,
    s.slug = row.slug,
    s.role = row.role,
    s.side = row.side,
    s.side_slug = row.side_slug
