// Writes opposing, mutual-accusation and reversal findings. found_at is the
// time the finding was first made; the topic follows the claims.
UNWIND $rows AS row
MATCH (a:Claim {id: row.from})
MATCH (b:Claim {id: row.to})
MERGE (a)-[r:CONTRADICTS {id: row.id}]->(b)
ON CREATE SET r.found_at = coalesce(row.found_at, $now)
SET r.rule = row.rule, r.topic = row.topic, r.topic_slug = row.topic_slug
RETURN count(r) AS n
