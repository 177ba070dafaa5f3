// Creates the topics claims name that the store lacks, by id or by slug; a
// stored topic is left as it is.
UNWIND $rows AS row
OPTIONAL MATCH (x:Topic {id: row.id})
WITH row, x
WHERE x IS NULL
MERGE (t:Topic {slug: row.slug})
ON CREATE SET t.id = row.id, t.name = row.name
