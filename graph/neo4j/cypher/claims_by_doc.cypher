// Claims matching a filter with a document: an index lookup on doc_id. The
// rest is claims_all.cypher's.
// USING INDEX: an unbounded filter passes the full ranges of loaded_at and
// changed_at, which the planner may otherwise start from (every claim).
MATCH (c:Claim {doc_id: $doc_id})
USING INDEX c:Claim(doc_id)
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
ORDER BY coalesce(c.said_at, ''), c.id
SKIP $skip
LIMIT $limit
