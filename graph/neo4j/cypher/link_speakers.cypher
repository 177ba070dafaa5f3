// Links speakers to the actor they speak for, for every side slug the batch
// touched (a speaker's new side, or an actor that may have just appeared).
UNWIND $slugs AS slug
MATCH (a:Actor {slug: slug})
MATCH (s:Speaker {side_slug: slug})
MERGE (s)-[:SPEAKS_FOR]->(a)
