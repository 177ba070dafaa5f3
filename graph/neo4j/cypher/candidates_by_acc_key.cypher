// Accusations with the given keys (a graph.Probe's AccKeys: the mirrors
// of the probing accusations), with their document.
UNWIND $keys AS key
MATCH (c:Claim {acc_key: key})
RETURN c, head([(c)-[:REPORTED_IN]->(d:Document) | d]) AS d
