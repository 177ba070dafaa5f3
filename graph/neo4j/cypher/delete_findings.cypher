// Drops findings that no longer hold, found from their start claim.
UNWIND $rows AS row
MATCH (:Claim {id: row.from})-[r:CONTRADICTS|COUNTERS]->(:Claim)
WHERE r.id = row.id
DELETE r
