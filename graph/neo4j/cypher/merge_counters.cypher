// Writes counterclaim findings, from the counterclaim to what it answers,
// and labels the counterclaim. found_at is the time the finding was first
// made; the topic follows the claims.
UNWIND $rows AS row
MATCH (a:Claim {id: row.from})
MATCH (b:Claim {id: row.to})
MERGE (a)-[r:COUNTERS {id: row.id}]->(b)
ON CREATE SET r.found_at = coalesce(row.found_at, $now)
SET r.rule = row.rule, r.topic = row.topic, r.topic_slug = row.topic_slug, a:Counterclaim
RETURN count(r) AS n
