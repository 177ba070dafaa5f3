// The stored fingerprints of the batch's claims, to tell new, changed and
// unchanged claims apart.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS id, c.fingerprint AS fingerprint
