// Forgets the originals of claims no judgement rewrites any more.
UNWIND $ids AS id
MATCH (o:ClaimOriginal {claim_id: id})
DELETE o
