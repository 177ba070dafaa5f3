-- contra schema version 7: a topic's identity is its graph.TopicSlug, its
-- slug with each event noun of a class of synonyms made the first of it
-- ("pipeline-explosion" is "pipeline-blast"). No table changes; stored
-- values derived from a topic's slug are re-keyed. Go steps run around
-- this file in its transaction (migrationSteps): before it, the map of
-- every stored topic slug that changes (temp.topic_rekey, computed with
-- graph.TopicSlugOfSlug) and the topics merged; after it, the counts a load
-- derives (counterclaim flags, profiles, per-rule totals) counted again
-- when anything changed, as a bulk load into an empty store counts them.
--
-- A claim's proposition and accusation keys end in its topic slug (the
-- keys are slug|action|topic and side>subject|topic, and slugs hold no
-- '|'): the part before the slug is kept and the slug replaced.
UPDATE claims SET
    prop_key = substr(prop_key, 1, length(prop_key) - length(claims.topic_slug)) || r.new,
    acc_key = CASE WHEN acc_key = '' THEN '' ELSE substr(acc_key, 1, length(acc_key) - length(claims.topic_slug)) || r.new END,
    topic_slug = r.new
FROM temp.topic_rekey AS r
WHERE claims.topic_slug = r.old;
