// Version 3 migration: drops the per-rule totals of none, after the totals
// are counted again: a load creates a total when it finds the rule's
// first finding, so a store loaded afresh has none of those.
MATCH (f:FindingCount)
WHERE f.n = 0
DELETE f
