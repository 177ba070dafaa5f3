-- contra schema version 2: findings are derived from claims when read
-- (graph.FindFindings), no longer stored as pairs. A proposition repeated
-- by n documents on each side is n*n pairs but 2n claims, and every pair
-- row cost a primary key and four index entries: the findings table grew
-- with the square of the corpus and dominated load time. What reads need
-- of findings beyond the claims' own keys is kept on the claims:
--   changed_at   when the claim last changed; FoundAt is the later
--                changed_at of a finding's two claims;
--   counterclaim whether the claim counters another (kept up to date by
--                Load, so that every claim read need not derive it);
-- and the per-rule totals Stats reports are counters Load maintains.

ALTER TABLE claims ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN counterclaim INTEGER NOT NULL DEFAULT 0;
UPDATE claims SET changed_at = loaded_at;
UPDATE claims SET counterclaim = 1 WHERE id IN (SELECT from_id FROM findings WHERE rule = 'counterclaim');

CREATE TABLE finding_counts (
    rule TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO finding_counts (rule, n) SELECT rule, count(*) FROM findings GROUP BY rule;

DROP TABLE findings;

-- changed_at >= loaded_at always, so the changed_at index also bounds a
-- loaded-from range: one index serves both and loaded_at needs none.
DROP INDEX claims_loaded_at;
CREATE INDEX claims_changed_at ON claims (changed_at);

-- Few claims are counterclaims: a partial index counts them for Stats.
CREATE INDEX claims_counterclaim ON claims (counterclaim) WHERE counterclaim = 1;
