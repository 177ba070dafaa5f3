// Drops SPEAKS_FOR relationships that no longer match their speaker's side.
UNWIND $ids AS id
MATCH (s:Speaker {id: id})-[r:SPEAKS_FOR]->(a:Actor)
WHERE s.side_slug IS NULL OR a.slug <> s.side_slug
DELETE r
