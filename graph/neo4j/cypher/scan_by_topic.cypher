// Claims matching a filter, ordered by topic first (graph.ClaimFilter's
// ByTopic): a query over every topic reads them topic after topic in one
// pass. The predicate on topic_slug lets the index on it give the order.
// The filter is claims_all.cypher's.
MATCH (c:Claim)
WHERE c.topic_slug IS NOT NULL
WITH c
WHERE ($ids IS NULL OR c.id IN $ids)
  AND ($doc_id IS NULL OR c.doc_id = $doc_id)
  AND ($topic IS NULL OR c.topic_slug = $topic)
  AND ($speaker IS NULL OR c.speaker_slug = $speaker)
  AND ($side IS NULL OR c.side_slug = $side)
  AND ($subject IS NULL OR c.subject_slug = $subject)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($since IS NULL OR c.said_at >= $since)
  AND ($until IS NULL OR c.said_at <= $until)
  AND c.loaded_at >= $loaded_from AND c.loaded_at < $loaded_to
  AND c.changed_at >= $changed_from AND c.changed_at < $changed_to
RETURN c, head([(c)-[:REPORTED_IN]->(d:Document) | d]) AS d
ORDER BY c.topic_slug, coalesce(c.said_at, ''), c.id
SKIP $skip
LIMIT $limit
