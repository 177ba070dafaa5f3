MATCH (d:Counterclaim)-[:COUNTERS]->(c:Claim)
MATCH (d)-[:REPORTED_IN]->(dd:Document), (c)-[:REPORTED_IN]->(cd:Document)
RETURN d.speaker AS denies, d.text AS denial, dd.outlet AS denial_source,
       c.speaker AS accuser, c.text AS accusation, cd.outlet AS accusation_source
ORDER BY d.said_at
