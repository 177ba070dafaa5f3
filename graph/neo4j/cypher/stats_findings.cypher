// How many findings the store holds, by rule.
MATCH (:Claim)-[r:CONTRADICTS|COUNTERS]->(:Claim)
RETURN r.rule AS rule, count(r) AS n
