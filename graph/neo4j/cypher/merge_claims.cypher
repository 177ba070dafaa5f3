// Upserts claims and links each to its document, speaker, topic, subject
// (CONCERNS), accused actor (ACCUSES) and the claims it responds to. A
// response names its target through a ClaimRef stub, so that the target
// can find its responders by an index lookup even when it is loaded later.
// loaded_at is the time of the first load, changed_at the time of this
// write (a load writes only new and changed claims; a script passes the
// exported time). Findings are not stored: they are derived from the
// claims' keys when read. The documents, speakers, topics and actors are
// written first; the count lets the caller check that no row was lost to
// a missing one.
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.loaded_at = coalesce(row.loaded_at, $now)
SET c.doc_id = row.doc_id,
    c.speaker_id = row.speaker_id,
    c.speaker = row.speaker,
    c.speaker_slug = row.speaker_slug,
    c.role = row.role,
    c.side = row.side,
    c.side_slug = row.side_slug,
    c.kind = row.kind,
    c.subject = row.subject,
    c.subject_slug = row.subject_slug,
    c.action = row.action,
    c.topic = row.topic,
    c.topic_slug = row.topic_slug,
    c.polarity = row.polarity,
    c.text = row.text,
    c.said_at = row.said_at,
    c.ev_start = row.ev_start,
    c.ev_end = row.ev_end,
    c.ev_text = row.ev_text,
    c.responds_to = row.responds_to,
    c.prop_key = row.prop_key,
    c.acc_key = row.acc_key,
    c.fingerprint = row.fingerprint,
    c.changed_at = coalesce(row.changed_at, $now)
WITH c, row
MATCH (d:Document {id: row.doc_id})
MERGE (c)-[rep:REPORTED_IN]->(d)
SET rep.start = row.ev_start, rep.end = row.ev_end
WITH c, row
MATCH (s:Speaker {id: row.speaker_id})
MERGE (s)-[:ASSERTS]->(c)
WITH c, row
MATCH (t:Topic {slug: row.topic_slug})
MERGE (c)-[:ABOUT]->(t)
WITH c, row
OPTIONAL MATCH (subject:Actor {slug: row.subject_slug})
OPTIONAL MATCH (accused:Actor {slug: row.accused_slug})
FOREACH (a IN CASE WHEN subject IS NULL THEN [] ELSE [subject] END | MERGE (c)-[:CONCERNS]->(a))
FOREACH (a IN CASE WHEN accused IS NULL THEN [] ELSE [accused] END | MERGE (c)-[:ACCUSES]->(a))
FOREACH (ref IN coalesce(row.responds_to, []) |
  MERGE (r:ClaimRef {id: ref})
  MERGE (c)-[:RESPONDS_TO]->(r))
RETURN count(*) AS n
