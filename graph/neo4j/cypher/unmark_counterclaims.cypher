// Removes the Counterclaim label from claims that Load found to counter no
// claim any more.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE c:Counterclaim
REMOVE c:Counterclaim
