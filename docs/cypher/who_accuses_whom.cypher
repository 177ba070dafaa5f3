MATCH (c:Claim {kind: 'accusation'})-[:ACCUSES]->(target:Actor)
MATCH (s:Speaker)-[:ASSERTS]->(c)
RETURN coalesce(c.side, s.name) AS accuser, target.name AS accused, c.topic AS topic, count(*) AS accusations
ORDER BY accusations DESC
