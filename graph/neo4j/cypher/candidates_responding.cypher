// Claims that respond to the given ids (a graph.Probe's RespondersTo),
// with their document, found through the ClaimRef stub of each id.
UNWIND $keys AS key
MATCH (:ClaimRef {id: key})<-[:RESPONDS_TO]-(c:Claim)
RETURN c, head([(c)-[:REPORTED_IN]->(d:Document) | d]) AS d
