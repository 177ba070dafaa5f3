// Mutual accusations on a topic, grouped by pair of sides: accusations
// whose acc_key (accuser>accused|topic) mirrors another's, found by an
// index lookup on acc_key.
MATCH (a:Claim {topic_slug: 'cluster-munitions'})
WHERE a.acc_key IS NOT NULL
MATCH (b:Claim {acc_key: a.subject_slug + '>' + a.side_slug + '|' + a.topic_slug})
WITH CASE WHEN a.side < b.side THEN [a.side, b.side] ELSE [b.side, a.side] END AS sides,
     a.topic AS topic, collect(DISTINCT a) AS accusations
RETURN sides, topic, size(accusations) AS count,
       [c IN accusations | c.side + ' accuses ' + c.subject + ': ' + c.text] AS what
ORDER BY count DESC
