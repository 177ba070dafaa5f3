// Version 3 migration: merges the topics that become one into the first
// (row.keep): the others' claims are linked to it and the others deleted,
// then it takes the new slug, the id a load now gives it (row.id, unless
// another topic has that id) and the aliases of all (row.aliases; null:
// left as they are). The uniqueness constraints on Topic id and slug hold
// at every commit.
UNWIND $rows AS row
MATCH (keep:Topic {id: row.keep})
OPTIONAL MATCH (d:Topic) WHERE d.id IN row.drop
OPTIONAL MATCH (c:Claim)-[r:ABOUT]->(d)
FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (x)-[:ABOUT]->(keep))
DELETE r
WITH DISTINCT keep, row, d
DETACH DELETE d
WITH DISTINCT keep, row
SET keep.slug = row.slug,
    keep.aliases = coalesce(row.aliases, keep.aliases),
    keep.id = CASE WHEN EXISTS { MATCH (o:Topic {id: row.id}) WHERE o <> keep } THEN keep.id ELSE row.id END
