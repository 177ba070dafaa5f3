// For each support key, the distinct documents and the outlets of the
// claims saying the same thing from the same side. The caller folds the
// outlets (trimmed, case-insensitive, empty ones dropped).
UNWIND $keys AS key
MATCH (c:Claim {prop_key: key.prop_key})
WHERE c.polarity = key.polarity AND coalesce(c.side_slug, '') = key.side
MATCH (c)-[:REPORTED_IN]->(d:Document)
RETURN key.prop_key AS prop_key, key.polarity AS polarity, key.side AS side,
       count(DISTINCT d.id) AS documents, collect(DISTINCT d.outlet) AS outlets
