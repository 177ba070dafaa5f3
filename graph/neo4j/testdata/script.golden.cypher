// contra graph script, written 2024-06-01T12:00:00Z. Run: cypher-shell -d DATABASE -f FILE
// Every statement MERGEs: running the script again changes nothing.
CREATE CONSTRAINT contra_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_speaker_id IF NOT EXISTS FOR (n:Speaker) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_actor_slug IF NOT EXISTS FOR (n:Actor) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT contra_topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_topic_slug IF NOT EXISTS FOR (n:Topic) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT contra_claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_claimref_id IF NOT EXISTS FOR (n:ClaimRef) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_jobstate_name IF NOT EXISTS FOR (n:JobState) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT contra_loadlock_name IF NOT EXISTS FOR (n:LoadLock) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT contra_findingcount_rule IF NOT EXISTS FOR (n:FindingCount) REQUIRE n.rule IS UNIQUE;
CREATE CONSTRAINT contra_schemaversion_name IF NOT EXISTS FOR (n:SchemaVersion) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT contra_judgement_id IF NOT EXISTS FOR (n:Judgement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_claimoriginal_claim_id IF NOT EXISTS FOR (n:ClaimOriginal) REQUIRE n.claim_id IS UNIQUE;
CREATE CONSTRAINT contra_documenttext_doc_id IF NOT EXISTS FOR (n:DocumentText) REQUIRE n.doc_id IS UNIQUE;
CREATE INDEX contra_claim_prop_key IF NOT EXISTS FOR (n:Claim) ON (n.prop_key);
CREATE INDEX contra_claim_acc_key IF NOT EXISTS FOR (n:Claim) ON (n.acc_key);
CREATE INDEX contra_claim_topic_slug IF NOT EXISTS FOR (n:Claim) ON (n.topic_slug);
CREATE INDEX contra_claim_said_at IF NOT EXISTS FOR (n:Claim) ON (n.said_at);
CREATE INDEX contra_claim_speaker_id IF NOT EXISTS FOR (n:Claim) ON (n.speaker_id);
CREATE INDEX contra_claim_speaker_slug IF NOT EXISTS FOR (n:Claim) ON (n.speaker_slug);
CREATE INDEX contra_claim_side_slug IF NOT EXISTS FOR (n:Claim) ON (n.side_slug);
CREATE INDEX contra_claim_subject_slug IF NOT EXISTS FOR (n:Claim) ON (n.subject_slug);
CREATE INDEX contra_claim_doc_id IF NOT EXISTS FOR (n:Claim) ON (n.doc_id);
CREATE INDEX contra_claim_loaded_at IF NOT EXISTS FOR (n:Claim) ON (n.loaded_at);
CREATE INDEX contra_claim_changed_at IF NOT EXISTS FOR (n:Claim) ON (n.changed_at);
CREATE INDEX contra_speaker_slug IF NOT EXISTS FOR (n:Speaker) ON (n.slug);
CREATE INDEX contra_speaker_side_slug IF NOT EXISTS FOR (n:Speaker) ON (n.side_slug);
:param now => 1717243200000000000;
:param rows => [{id: 'doc:0bb60ee49dc8888484c0', name: 'arvenia-1.txt', outlet: 'Arvenian Herald', published: '2024-05-01', title: '"}) DETACH DELETE n //', url: null}];
// Upserts documents. A field given empty (null) keeps the stored value: a
// structured record that cites only a URL must not erase the outlet an
// article file gave the same document.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.name = coalesce(row.name, d.name),
    d.url = coalesce(row.url, d.url),
    d.outlet = coalesce(row.outlet, d.outlet),
    d.title = coalesce(row.title, d.title),
    d.published = coalesce(row.published, d.published);
:param rows => [{aliases: ['Bélmora – “quoted” 国境 😀'], id: 'actor:belmora', name: 'Belmora', slug: 'belmora'}];
// Upserts actors the batch carries: the name is replaced, aliases are
// merged (the caller sends them normalised and deduplicated).
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row, coalesce(a.aliases, []) AS old
SET a.name = row.name,
    a.slug = row.slug,
    a.aliases = old + [x IN row.aliases WHERE NOT x IN old];
:param rows => [{id: 'actor:arvenia', name: 'Arvenia', slug: 'arvenia'}, {id: 'actor:belmora', name: 'Belmora', slug: 'belmora'}];
// Creates the actors claims name (as side or subject) that the store lacks,
// by id or by slug; a stored actor is left as it is.
UNWIND $rows AS row
OPTIONAL MATCH (x:Actor {id: row.id})
WITH row, x
WHERE x IS NULL
MERGE (a:Actor {slug: row.slug})
ON CREATE SET a.id = row.id, a.name = row.name;
:param slugs => ['belmora', 'arvenia', 'belmora'];
// Links an actor that no speaker speaks for yet (most likely created by
// this batch) to the stored speakers whose side it is: speakers may name a
// side before its actor exists. An actor with a speaker already has them
// all: every speaker is linked when written. The subquery runs for the
// actors the filter keeps only, whatever plan the statistics suggest: a
// side's speakers are never read for an actor that has them linked.
UNWIND $slugs AS slug
MATCH (a:Actor {slug: slug})
USING INDEX a:Actor(slug)
WHERE NOT EXISTS { (a)<-[:SPEAKS_FOR]-(:Speaker) }
// The importing WITH (deprecated since 5.23 for CALL (a, slug) { … }) runs
// on every Neo4j 5.
CALL {
  WITH a, slug
  MATCH (s:Speaker {side_slug: slug})
  USING INDEX s:Speaker(side_slug)
  MERGE (s)-[:SPEAKS_FOR]->(a)
};
:param rows => [{aliases: ['\\u0027 not an escape'], id: 'topic:border-shelling', name: 'Border shelling', slug: 'border-shelling'}];
// Upserts topics the batch carries: the name is replaced, aliases are
// merged (the caller sends them normalised and deduplicated).
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
WITH t, row, coalesce(t.aliases, []) AS old
SET t.name = row.name,
    t.slug = row.slug,
    t.aliases = old + [x IN row.aliases WHERE NOT x IN old];
:param rows => [{id: 'topic:border-shelling', name: 'border shelling', slug: 'border-shelling'}];
// Creates the topics claims name that the store lacks, by id or by slug; a
// stored topic is left as it is.
UNWIND $rows AS row
OPTIONAL MATCH (x:Topic {id: row.id})
WITH row, x
WHERE x IS NULL
MERGE (t:Topic {slug: row.slug})
ON CREATE SET t.id = row.id, t.name = row.name;
:param rows => [{aliases: ['Varga', '`backticks` $param {{name}} /* comment */ // comment'], id: 'speaker:ilse-varga', name: 'Ilse Varga', role: 'minister', side: 'Arvenia', side_slug: 'arvenia', slug: 'ilse-varga'}];
// Upserts speakers the batch carries: the name is replaced, aliases are
// merged, role and side replace the stored ones only when given.
UNWIND $rows AS row
MERGE (s:Speaker {id: row.id})
WITH s, row, coalesce(s.aliases, []) AS old
SET s.name = row.name,
    s.slug = row.slug,
    s.aliases = old + [x IN row.aliases WHERE NOT x IN old],
    s.role = coalesce(row.role, s.role),
    s.side = coalesce(row.side, s.side),
    s.side_slug = coalesce(row.side_slug, s.side_slug);
:param rows => [{id: 'speaker:ilse-varga', name: 'Ilse Varga', role: null, side: 'Arvenia', side_slug: 'arvenia', slug: 'ilse-varga'}, {id: 'speaker:tomas-reuel', name: 'Tomas Reuel', role: null, side: 'Belmora', side_slug: 'belmora', slug: 'tomas-reuel'}, {id: 'speaker:robert-match-n-detach-delete-n', name: 'Robert\'); MATCH (n) DETACH DELETE n; //', role: 'back\\slash\\\' and \\\\\'', side: 'Arvenia', side_slug: 'arvenia', slug: 'robert-match-n-detach-delete-n'}];
// Creates the speakers claims name that the store lacks, with the role and
// side of their first claim; a stored speaker is left as it is.
UNWIND $rows AS row
MERGE (s:Speaker {id: row.id})
ON CREATE SET s.name = row.name,
    s.slug = row.slug,
    s.role = row.role,
    s.side = row.side,
    s.side_slug = row.side_slug;
:param ids => ['speaker:ilse-varga'];
// Drops SPEAKS_FOR relationships that no longer match their speaker's side.
UNWIND $ids AS id
MATCH (s:Speaker {id: id})-[r:SPEAKS_FOR]->(a:Actor)
WHERE s.side_slug IS NULL OR a.slug <> s.side_slug
DELETE r;
:param ids => ['speaker:ilse-varga', 'speaker:ilse-varga', 'speaker:tomas-reuel', 'speaker:robert-match-n-detach-delete-n'];
// Links the speakers a batch wrote to the actor they speak for (the actors
// are written first), unless they are linked to it already. Bounded by the
// batch: the other speakers of a side are linked already, or get linked by
// link_new_actors. The check reads the speaker's own relationships (a
// pattern comprehension expands from its bound node), never the actor's:
// an actor a side's every speaker speaks for has thousands. A speaker
// without a side passes no condition here (null is not true), and no
// `IS NOT NULL` tempts the planner to scan the side_slug index rather than
// seek the id (a fresh server's statistics did).
UNWIND $ids AS id
WITH DISTINCT id
MATCH (s:Speaker {id: id})
USING INDEX s:Speaker(id)
WHERE NOT s.side_slug IN [(s)-[:SPEAKS_FOR]->(x:Actor) | x.slug]
MATCH (a:Actor {slug: s.side_slug})
CREATE (s)-[:SPEAKS_FOR]->(a);
:param rows => [{acc_key: null, accused_slug: null, action: 'shell the border villages', changed_at: null, doc_id: 'doc:0bb60ee49dc8888484c0', ev_end: null, ev_start: null, ev_text: null, fingerprint: '4a9d4cb7ea158cf939ce77e560d48ce1', id: 'claim:473da9e44424138bca75', kind: 'assertion', loaded_at: null, polarity: '+', prop_key: 'belmora|shell the border villages|border-shelling', responds_to: null, role: null, said_at: '2024-05-01', side: 'Arvenia', side_slug: 'arvenia', speaker: 'Ilse Varga', speaker_id: 'speaker:ilse-varga', speaker_slug: 'ilse-varga', subject: 'Belmora', subject_slug: 'belmora', text: 'Ilse Varga spoke.', topic: 'border shelling', topic_slug: 'border-shelling'}, {acc_key: null, accused_slug: null, action: 'shell the border villages', changed_at: null, doc_id: 'doc:0bb60ee49dc8888484c0', ev_end: null, ev_start: null, ev_text: null, fingerprint: '6d34bfd34908461ca564e6797cbe3d24', id: 'claim:5b0349ce30aae62bd0a4', kind: 'denial', loaded_at: null, polarity: '-', prop_key: 'belmora|shell the border villages|border-shelling', responds_to: null, role: null, said_at: '2024-05-02', side: 'Belmora', side_slug: 'belmora', speaker: 'Tomas Reuel', speaker_id: 'speaker:tomas-reuel', speaker_slug: 'tomas-reuel', subject: 'Belmora', subject_slug: 'belmora', text: 'Tomas Reuel spoke.', topic: 'border shelling', topic_slug: 'border-shelling'}, {acc_key: null, accused_slug: null, action: 'shell the border villages', changed_at: 1714799167000000008, doc_id: 'doc:0bb60ee49dc8888484c0', ev_end: 12, ev_start: 3, ev_text: 'u2028\u2028 and nul\u0000 and bell\u0007 and del\u007F and c1\u0085', fingerprint: 'f0a3a46a85889289e9e69438701734f9', id: 'claim:5cf4cec60efd661efe25', kind: 'assertion', loaded_at: 1714698123000000004, polarity: '+', prop_key: 'belmora|shell the border villages|border-shelling', responds_to: ['claim:5b0349ce30aae62bd0a4'], role: 'back\\slash\\\' and \\\\\'', said_at: '2024-05-01', side: 'Arvenia', side_slug: 'arvenia', speaker: 'Robert\'); MATCH (n) DETACH DELETE n; //', speaker_id: 'speaker:robert-match-n-detach-delete-n', speaker_slug: 'robert-match-n-detach-delete-n', subject: 'Belmora', subject_slug: 'belmora', text: 'line\nbreak\r\nand\ttab', topic: 'border shelling', topic_slug: 'border-shelling'}];
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
RETURN count(*) AS n;
:param ids => ['claim:5b0349ce30aae62bd0a4', 'claim:5cf4cec60efd661efe25'];
// Labels the given claims Counterclaim: they counter another claim. Load
// keeps the label up to date as it finds and loses counterclaim findings,
// so that reads and Stats need not derive it.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE NOT c:Counterclaim
SET c:Counterclaim;
:param rows => [{n: 2, rule: 'opposing'}, {n: 0, rule: 'mutual_accusation'}, {n: 3, rule: 'counterclaim'}, {n: 0, rule: 'reversal'}];
// Sets the per-rule finding totals: what a script exported from a store
// carries, so that running it again changes nothing.
UNWIND $rows AS row
MERGE (f:FindingCount {rule: row.rule})
SET f.n = row.n;
