-- Schema version 4: what analysts decide (graph.JudgementStore) and the
-- original text of articles (graph.TextStore), kept beside the graph.

-- Judgements are never updated or deleted (an undo is a judgement too).
-- at is UTC with nine fraction digits, so text order is time order.
CREATE TABLE judgements (
    id        TEXT PRIMARY KEY,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    target_id TEXT NOT NULL,
    into_name TEXT NOT NULL DEFAULT '',
    side      TEXT NOT NULL DEFAULT '',
    reason    TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL,
    at        TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX judgements_at ON judgements (at, id);

-- The fields of a claim as loaded, for the claims judgements rewrote.
CREATE TABLE claim_originals (
    claim_id TEXT PRIMARY KEY,
    speaker  TEXT NOT NULL,
    topic    TEXT NOT NULL,
    side     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE document_texts (
    doc_id TEXT PRIMARY KEY,
    text   TEXT NOT NULL
);
