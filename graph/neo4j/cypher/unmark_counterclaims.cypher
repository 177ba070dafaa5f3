// Removes the Counterclaim label from claims that no longer counter any.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE NOT EXISTS { (c)-[:COUNTERS]->(:Claim) }
REMOVE c:Counterclaim
