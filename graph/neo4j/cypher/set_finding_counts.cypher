// Sets the per-rule finding totals: what a script exported from a store
// carries, so that running it again changes nothing.
UNWIND $rows AS row
MERGE (f:FindingCount {rule: row.rule})
SET f.n = row.n
