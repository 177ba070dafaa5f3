// The picture of mutual accusations on a topic (Browser's graph view):
// who made each accusation, whom it accuses, and where it was reported.
MATCH (a:Claim {topic_slug: 'cluster-munitions'})
WHERE a.acc_key IS NOT NULL
MATCH (b:Claim {acc_key: a.subject_slug + '>' + a.side_slug + '|' + a.topic_slug})
MATCH p = (:Speaker)-[:ASSERTS]->(a)-[:ACCUSES]->(:Actor)
MATCH (a)-[:REPORTED_IN]->(d:Document)
RETURN p, d
