// Every recorded original, by claim id.
MATCH (o:ClaimOriginal)
RETURN o.claim_id AS claim_id, o.speaker AS speaker, o.topic AS topic, o.side AS side
ORDER BY o.claim_id
