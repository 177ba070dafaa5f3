MATCH p = (s:Speaker)-[:ASSERTS]->(a:Claim)-[:CONTRADICTS {rule: 'mutual_accusation'}]-(b:Claim)<-[:ASSERTS]-(t:Speaker)
WHERE a.topic_slug = 'cluster-munitions'
MATCH (a)-[:REPORTED_IN]->(d:Document)
RETURN p, d
