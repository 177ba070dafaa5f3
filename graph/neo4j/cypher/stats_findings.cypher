// The per-rule finding totals Load keeps.
MATCH (f:FindingCount)
RETURN f.rule AS rule, f.n AS n
