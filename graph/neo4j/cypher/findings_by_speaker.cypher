// Findings with an end by a speaker: an index lookup on speaker_slug. The
// rest is findings_all.cypher's.
MATCH (:Claim {speaker_slug: $speaker})-[r:CONTRADICTS|COUNTERS]-(:Claim)
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
WHERE ($rules IS NULL OR r.rule IN $rules)
  AND ($ids IS NULL OR a.id IN $ids OR b.id IN $ids)
  AND ($topic IS NULL OR a.topic_slug = $topic OR b.topic_slug = $topic)
  AND ($side IS NULL OR a.side_slug = $side OR b.side_slug = $side)
  AND ($speaker IS NULL OR a.speaker_slug = $speaker OR b.speaker_slug = $speaker)
  AND r.found_at >= $found_from AND r.found_at < $found_to
WITH r, a, b,
     CASE WHEN coalesce(a.said_at, '') >= coalesce(b.said_at, '')
          THEN coalesce(a.said_at, '') ELSE coalesce(b.said_at, '') END AS latest
WHERE ($since IS NULL OR latest >= $since)
  AND ($until IS NULL OR (latest <= $until AND latest <> ''))
RETURN r, a, b,
       head([(a)-[:REPORTED_IN]->(d:Document) | d]) AS a_doc,
       head([(b)-[:REPORTED_IN]->(d:Document) | d]) AS b_doc,
       EXISTS { (a)-[:COUNTERS]->(:Claim) } AS a_counterclaim,
       EXISTS { (b)-[:COUNTERS]->(:Claim) } AS b_counterclaim
ORDER BY r.id
LIMIT $limit
