// How many nodes of each kind the store holds. A counterclaim is a claim
// that counters another: Load keeps the Counterclaim label on those, so
// every count here comes from the count store.
RETURN COUNT { MATCH (n:Document) } AS documents,
       COUNT { MATCH (n:Speaker) } AS speakers,
       COUNT { MATCH (n:Actor) } AS actors,
       COUNT { MATCH (n:Topic) } AS topics,
       COUNT { MATCH (n:Claim) } AS claims,
       COUNT { MATCH (n:Counterclaim) } AS counterclaims
