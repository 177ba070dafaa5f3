// Records the fields of claims as loaded, before judgements rewrote them,
// replacing what was recorded for the same claim.
UNWIND $rows AS row
MERGE (o:ClaimOriginal {claim_id: row.claim_id})
SET o.speaker = row.speaker, o.topic = row.topic, o.side = row.side
