// contra's Neo4j schema: every statement is idempotent (IF NOT EXISTS) and
// named contra_*, so that Open can tell whether it is applied. Uniqueness
// constraints back every MERGE key: without one, MERGE scans the label and,
// under concurrency, creates duplicates.
CREATE CONSTRAINT contra_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_speaker_id IF NOT EXISTS FOR (n:Speaker) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
// Actors and topics are one per slug, whatever their id (as in the SQLite store).
CREATE CONSTRAINT contra_actor_slug IF NOT EXISTS FOR (n:Actor) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT contra_topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_topic_slug IF NOT EXISTS FOR (n:Topic) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT contra_claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_claimref_id IF NOT EXISTS FOR (n:ClaimRef) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_jobstate_name IF NOT EXISTS FOR (n:JobState) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT contra_loadlock_name IF NOT EXISTS FOR (n:LoadLock) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT contra_findingcount_rule IF NOT EXISTS FOR (n:FindingCount) REQUIRE n.rule IS UNIQUE;
CREATE CONSTRAINT contra_schemaversion_name IF NOT EXISTS FOR (n:SchemaVersion) REQUIRE n.name IS UNIQUE;
// Beside the graph: analysts' judgements, the claims they rewrote as loaded,
// and articles' original texts (graph.JudgementStore, graph.TextStore).
CREATE CONSTRAINT contra_judgement_id IF NOT EXISTS FOR (n:Judgement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contra_claimoriginal_claim_id IF NOT EXISTS FOR (n:ClaimOriginal) REQUIRE n.claim_id IS UNIQUE;
CREATE CONSTRAINT contra_documenttext_doc_id IF NOT EXISTS FOR (n:DocumentText) REQUIRE n.doc_id IS UNIQUE;
// Detection probes (prop_key, acc_key; responds_to goes through ClaimRef.id)
// and the anchors of filtered reads. Findings are derived from claims on
// read, through the same probes: there is no relationship to index.
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
