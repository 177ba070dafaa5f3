// Claims on the given propositions (a graph.Probe's PropKeys), with their
// document: detection candidates in a load, and what graph.FindFindings
// reads beside its seed claims.
UNWIND $keys AS key
MATCH (c:Claim {prop_key: key})
RETURN c, head([(c)-[:REPORTED_IN]->(d:Document) | d]) AS d
