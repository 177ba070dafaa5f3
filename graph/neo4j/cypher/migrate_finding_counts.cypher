// Version 2 migration, first step: the per-rule finding totals, counted
// from the CONTRADICTS and COUNTERS relationships earlier versions stored
// findings as (one per finding), before they are dropped. A total already
// there is kept: it was counted by an earlier, interrupted run of this
// migration, before some relationships were dropped.
MATCH ()-[r:CONTRADICTS|COUNTERS]->()
WITH r.rule AS rule, count(r) AS n
MERGE (f:FindingCount {rule: rule})
ON CREATE SET f.n = n
