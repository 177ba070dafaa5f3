// Version 3 migration: the topics that become one (row.slugs: the slugs
// that re-key to row.new, and row.new), each with the first load time of
// its claims: a load keeps one topic per slug, the first written, so the
// first comes first (then by node id: an older node has the smaller one
// unless ids were reused).
UNWIND $rows AS row
MATCH (t:Topic) WHERE t.slug IN row.slugs
OPTIONAL MATCH (c:Claim)-[:ABOUT]->(t)
WITH row, t, min(c.loaded_at) AS first
RETURN row.new AS new, t.id AS id, t.slug AS slug, t.aliases AS aliases
ORDER BY new, first, id(t)
