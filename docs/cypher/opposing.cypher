// Opposing claims on a topic: the same proposition (prop_key, an index
// lookup), opposite polarity, different sides (different speakers when a
// side is unknown). Each pair once.
MATCH (a:Claim {topic_slug: 'cluster-munitions'})
MATCH (b:Claim {prop_key: a.prop_key})
WHERE a.id < b.id AND a.polarity <> b.polarity
  AND CASE WHEN a.side_slug IS NULL OR b.side_slug IS NULL
           THEN a.speaker_id <> b.speaker_id ELSE a.side_slug <> b.side_slug END
RETURN a.subject + ' / ' + a.action AS proposition,
       a.side AS side, a.polarity AS says, a.text AS claim,
       b.side AS other_side, b.polarity AS other_says, b.text AS other_claim
ORDER BY proposition
