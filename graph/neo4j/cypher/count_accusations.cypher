// How many stored claims have each of the given accusation keys: the
// stored side of mutual accusations, counted from the index rather than
// read claim by claim.
UNWIND $keys AS key
MATCH (c:Claim {acc_key: key})
RETURN key, count(c) AS n
