-- contra schema version 5: fewer and better b-trees for the bulk load.
--
-- Detection reads a proposition group's members by the few fields the
-- rules compare (graph.Member): the prop_key index now carries them, so
-- the members of a group are one range of one index, read in order,
-- instead of an index entry and a table row each (the table rows of a
-- group lie anywhere in the file: at a million claims that was most of a
-- bulk load's detection and the growth of detection per new claim).
-- counterclaim is left out: flags change after the claims are written,
-- and every change would move the entry.
DROP INDEX claims_prop_key;
CREATE INDEX claims_prop_key ON claims (prop_key, kind, polarity, side_slug, speaker_id, said_at);

-- A claim's subject slug starts its proposition key (subject|action|topic,
-- and slugs hold no '|'): a filter or count by subject is a range of the
-- prop_key index, so the subject_slug index, one b-tree more for every
-- claim written, goes.
DROP INDEX claims_subject_slug;
