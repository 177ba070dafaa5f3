// Creates the actors claims name (as side or subject) that the store lacks,
// by id or by slug; a stored actor is left as it is.
UNWIND $rows AS row
OPTIONAL MATCH (x:Actor {id: row.id})
WITH row, x
WHERE x IS NULL
MERGE (a:Actor {slug: row.slug})
ON CREATE SET a.id = row.id, a.name = row.name
