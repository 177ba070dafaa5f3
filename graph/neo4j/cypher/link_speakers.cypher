// Links the speakers a batch wrote to the actor they speak for (the actors
// are written first). Bounded by the batch: the other speakers of a side
// are linked already, or get linked by link_new_actors.
UNWIND $ids AS id
MATCH (s:Speaker {id: id})
WHERE s.side_slug IS NOT NULL
MATCH (a:Actor {slug: s.side_slug})
MERGE (s)-[:SPEAKS_FOR]->(a)
