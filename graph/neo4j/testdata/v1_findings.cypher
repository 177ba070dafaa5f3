// Turns two claims of a store back into data model version 1, for the
// migration test on a server: their finding stored as a CONTRADICTS
// relationship, no changed_at, and no totals or version recorded.
MATCH (a:Claim {id: $from})
MATCH (b:Claim {id: $to})
CREATE (a)-[:CONTRADICTS {id: $id, rule: 'opposing', topic: a.topic, topic_slug: a.topic_slug, found_at: a.loaded_at}]->(b)
REMOVE a.changed_at, b.changed_at
WITH count(*) AS done
OPTIONAL MATCH (n)
WHERE n:FindingCount OR n:SchemaVersion
DETACH DELETE n
RETURN count(*) AS n
