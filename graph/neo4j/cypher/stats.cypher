// How many nodes of each kind the store holds. A counterclaim is a claim
// that counters another.
RETURN COUNT { MATCH (n:Document) } AS documents,
       COUNT { MATCH (n:Speaker) } AS speakers,
       COUNT { MATCH (n:Actor) } AS actors,
       COUNT { MATCH (n:Topic) } AS topics,
       COUNT { MATCH (n:Claim) } AS claims,
       COUNT { MATCH (n:Claim) WHERE EXISTS { (n)-[:COUNTERS]->(:Claim) } } AS counterclaims
