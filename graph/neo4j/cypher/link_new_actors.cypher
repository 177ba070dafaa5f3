// Links an actor that no speaker speaks for yet (most likely created by
// this batch) to the stored speakers whose side it is: speakers may name a
// side before its actor exists. An actor with a speaker already has them
// all: every speaker is linked when written. The subquery runs for the
// actors the filter keeps only, whatever plan the statistics suggest: a
// side's speakers are never read for an actor that has them linked. The
// hints say SEEK: a plain index hint may be met by scanning the index.
UNWIND $slugs AS slug
MATCH (a:Actor {slug: slug})
USING INDEX SEEK a:Actor(slug)
WHERE NOT EXISTS { (a)<-[:SPEAKS_FOR]-(:Speaker) }
// The importing WITH (deprecated since 5.23 for CALL (a, slug) { … }) runs
// on every Neo4j 5.
CALL {
  WITH a, slug
  MATCH (s:Speaker {side_slug: slug})
  USING INDEX SEEK s:Speaker(side_slug)
  MERGE (s)-[:SPEAKS_FOR]->(a)
}
