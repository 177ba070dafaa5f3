-- contra schema version 1. Applied in one transaction by migrate(); the
-- runner sets PRAGMA user_version to the file's number afterwards.

CREATE TABLE documents (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL DEFAULT '',
    url       TEXT NOT NULL DEFAULT '',
    outlet    TEXT NOT NULL DEFAULT '',
    title     TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT ''
);

CREATE TABLE speakers (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    slug    TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]', -- JSON array of names
    role    TEXT NOT NULL DEFAULT '',
    side    TEXT NOT NULL DEFAULT ''
);

-- Claims filter by speaker through here: slug -> speaker ids -> claims.
CREATE INDEX speakers_slug ON speakers (slug);

-- Actors and topics are named nodes: one per slug, whatever their id.
CREATE TABLE actors (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    slug    TEXT NOT NULL UNIQUE,
    aliases TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE topics (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    slug    TEXT NOT NULL UNIQUE,
    aliases TEXT NOT NULL DEFAULT '[]'
);

-- Claims keep the names as given and, beside them, the slugs and keys every
-- filter and detection lookup compares, so that those are index lookups.
-- Each index costs every insert a b-tree descent and, in a batch, dirty
-- pages to write: only the lookups detection and the usual filters need
-- have one (a document or date-only filter scans).
CREATE TABLE claims (
    id           TEXT PRIMARY KEY,
    doc_id       TEXT NOT NULL REFERENCES documents(id),
    speaker_id   TEXT NOT NULL,
    speaker      TEXT NOT NULL,
    role         TEXT NOT NULL DEFAULT '',
    side         TEXT NOT NULL DEFAULT '',
    side_slug    TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    subject      TEXT NOT NULL DEFAULT '',
    subject_slug TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL,
    topic        TEXT NOT NULL,
    topic_slug   TEXT NOT NULL,
    polarity     TEXT NOT NULL CHECK (polarity IN ('+', '-')),
    text         TEXT NOT NULL DEFAULT '',
    said_at      TEXT NOT NULL DEFAULT '', -- YYYY-MM-DD or '' (sorts first)
    ev_start     INTEGER,                  -- NULL when the claim has no evidence
    ev_end       INTEGER,
    ev_text      TEXT,
    responds_to  TEXT NOT NULL DEFAULT '[]', -- JSON array of claim ids
    prop_key     TEXT NOT NULL,
    acc_key      TEXT NOT NULL DEFAULT '',
    fingerprint  TEXT NOT NULL,
    loaded_at    INTEGER NOT NULL -- unix nanoseconds of the first load
);

CREATE INDEX claims_prop_key ON claims (prop_key);
CREATE INDEX claims_acc_key ON claims (acc_key) WHERE acc_key <> '';
CREATE INDEX claims_topic_said ON claims (topic_slug, said_at);
CREATE INDEX claims_speaker_id ON claims (speaker_id, said_at, id); -- a speaker's claims come out in date order without a sort
CREATE INDEX claims_side_slug ON claims (side_slug);
CREATE INDEX claims_subject_slug ON claims (subject_slug);
CREATE INDEX claims_loaded_at ON claims (loaded_at);

-- responds_to, one row per link, for "who responds to X" lookups. to_id
-- may name a claim not loaded yet, so it has no foreign key.
CREATE TABLE claim_responds (
    from_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    to_id   TEXT NOT NULL,
    PRIMARY KEY (from_id, to_id)
) WITHOUT ROWID;

CREATE INDEX claim_responds_to ON claim_responds (to_id);

CREATE TABLE findings (
    id         TEXT PRIMARY KEY,
    rule       TEXT NOT NULL,
    from_id    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    to_id      TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    topic      TEXT NOT NULL,
    topic_slug TEXT NOT NULL,
    found_at   INTEGER NOT NULL -- unix nanoseconds
) WITHOUT ROWID; -- small rows: the id b-tree is the table, one b-tree less per insert

CREATE INDEX findings_from ON findings (from_id, rule);
CREATE INDEX findings_to ON findings (to_id, rule);
CREATE INDEX findings_rule_topic ON findings (rule, topic_slug);
CREATE INDEX findings_found_at ON findings (found_at);

CREATE TABLE job_state (
    name       TEXT PRIMARY KEY,
    window_end TEXT NOT NULL, -- RFC 3339 with nanoseconds
    last_run   TEXT NOT NULL,
    runs       INTEGER NOT NULL
);
