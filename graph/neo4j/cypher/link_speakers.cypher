// Links the speakers a batch wrote to the actor they speak for (the actors
// are written first), unless they are linked to it already. Bounded by the
// batch: the other speakers of a side are linked already, or get linked by
// link_new_actors. The check reads the speaker's own relationships (a
// pattern comprehension expands from its bound node), never the actor's:
// an actor a side's every speaker speaks for has thousands. A speaker
// without a side passes no condition here (null is not true), and no
// `IS NOT NULL` tempts the planner to scan the side_slug index rather than
// seek the id (a fresh server's statistics did). The hint says SEEK: a
// plain index hint let the planner scan the id index once per id.
UNWIND $ids AS id
WITH DISTINCT id
MATCH (s:Speaker {id: id})
USING INDEX SEEK s:Speaker(id)
WHERE NOT s.side_slug IN [(s)-[:SPEAKS_FOR]->(x:Actor) | x.slug]
MATCH (a:Actor {slug: s.side_slug})
CREATE (s)-[:SPEAKS_FOR]->(a)
