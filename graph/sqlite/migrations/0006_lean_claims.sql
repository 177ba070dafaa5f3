-- contra schema version 6: a leaner claim row. Every byte of a claim's
-- row is written once per claim into the store's largest b-tree, and
-- every column is bound through the driver.
--
-- subject_slug has had no reader since version 5 (a claim's subject is
-- the start of its proposition key: a filter or count by subject is a
-- range of the prop_key index), so it goes.
ALTER TABLE claims DROP COLUMN subject_slug;

-- An extracted claim's evidence is the sentence its text was normalised
-- from, and the two are the same string for almost every claim (12,517 of
-- 12,691 in a bench article store): ev_text is kept only where it differs
-- and read as coalesce(ev_text, text). A claim without evidence keeps
-- ev_start NULL, so its NULL ev_text still means none.
UPDATE claims SET ev_text = NULL WHERE ev_text = text;
