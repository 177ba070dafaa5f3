// Claims by id (a graph.Probe's IDs: the claims others respond to, or the
// stored versions of changed claims), with their document.
UNWIND $keys AS key
MATCH (c:Claim {id: key})
RETURN c, head([(c)-[:REPORTED_IN]->(d:Document) | d]) AS d
