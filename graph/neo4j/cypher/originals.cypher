// The recorded originals of the given claims.
UNWIND $ids AS id
MATCH (o:ClaimOriginal {claim_id: id})
RETURN o.claim_id AS claim_id, o.speaker AS speaker, o.topic AS topic, o.side AS side
