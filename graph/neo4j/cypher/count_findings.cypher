// Adds a load's change to the per-rule finding totals (Stats reads them):
// findings are derived on read, not stored, so their number is kept here.
// The load holds the LoadLock, so no two loads update a total at once.
UNWIND $rows AS row
MERGE (f:FindingCount {rule: row.rule})
ON CREATE SET f.n = 0
SET f.n = f.n + row.delta
