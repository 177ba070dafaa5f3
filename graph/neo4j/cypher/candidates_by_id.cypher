// Detection candidates: the stored claims fresh claims respond to.
UNWIND $keys AS key
MATCH (c:Claim {id: key})
RETURN c
