// Links an actor that no speaker speaks for yet (most likely created by
// this batch) to the stored speakers whose side it is: speakers may name a
// side before its actor exists. An actor with a speaker already has them
// all: every speaker is linked when written.
UNWIND $slugs AS slug
MATCH (a:Actor {slug: slug})
WHERE NOT EXISTS { (a)<-[:SPEAKS_FOR]-(:Speaker) }
MATCH (s:Speaker {side_slug: slug})
MERGE (s)-[:SPEAKS_FOR]->(a)
