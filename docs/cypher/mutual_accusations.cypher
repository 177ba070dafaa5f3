MATCH (a:Claim)-[r:CONTRADICTS {rule: 'mutual_accusation'}]->(b:Claim)
WHERE a.topic_slug = 'cluster-munitions'
WITH CASE WHEN a.side < b.side THEN [a.side, b.side] ELSE [b.side, a.side] END AS sides,
     a.topic AS topic, collect(DISTINCT a) + collect(DISTINCT b) AS claims
UNWIND claims AS c
WITH sides, topic, collect(DISTINCT c) AS accusations
RETURN sides, topic, size(accusations) AS count,
       [c IN accusations | c.side + ' accuses ' + c.subject + ': ' + c.text] AS what
ORDER BY count DESC
