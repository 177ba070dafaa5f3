-- contra schema version 8: version 7 again, for the classes of event nouns
-- added after it (graph.EventNoun: a truce is a ceasefire, spying is
-- espionage). No table changes; the same Go steps run around this file
-- (migrationSteps): the stored topic slugs whose graph.TopicSlug now
-- differs are re-keyed and their topics merged, then the counts a load
-- derives counted again when anything changed. A store with no such word
-- is not written.
UPDATE claims SET
    prop_key = substr(prop_key, 1, length(prop_key) - length(claims.topic_slug)) || r.new,
    acc_key = CASE WHEN acc_key = '' THEN '' ELSE substr(acc_key, 1, length(acc_key) - length(claims.topic_slug)) || r.new END,
    topic_slug = r.new
FROM temp.topic_rekey AS r
WHERE claims.topic_slug = r.old;
