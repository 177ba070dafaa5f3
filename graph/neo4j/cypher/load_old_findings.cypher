// The stored findings of changed claims: those detection does not find
// again are dropped.
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[r:CONTRADICTS|COUNTERS]-(:Claim)
RETURN DISTINCT r.id AS id, r.rule AS rule, startNode(r).id AS from
