// Detection candidates: stored claims that respond to a fresh claim, found
// through the ClaimRef stub of the fresh claim's id.
UNWIND $keys AS key
MATCH (:ClaimRef {id: key})<-[:RESPONDS_TO]-(c:Claim)
RETURN c
