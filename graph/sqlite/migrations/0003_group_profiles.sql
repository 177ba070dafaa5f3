-- contra schema version 3: profiles of large proposition groups (see
-- graph/profile.go). A group that grows with the corpus is counted from
-- counts of its members by the fields the rules compare, kept here under
-- graph.ProfileKeys and updated by every Load, instead of from its members
-- read one by one: that made loading a corpus cost its size squared. A
-- group has a profile exactly when its graph.ProfileKey row exists; Load
-- builds one when a group reaches a size, from the group's members.
CREATE TABLE prop_profiles (
    key TEXT PRIMARY KEY,
    n   INTEGER NOT NULL
) WITHOUT ROWID;

-- A count says how many stored denials counter a new claim, not which;
-- Load flags those among the group's denials not flagged yet, which are
-- few: a denial is flagged as soon as it counters anything.
CREATE INDEX claims_open_denials ON claims (prop_key) WHERE kind = 'denial' AND counterclaim = 0;
