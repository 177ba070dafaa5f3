// Detection candidates: stored claims on the same proposition.
UNWIND $keys AS key
MATCH (c:Claim {prop_key: key})
RETURN c
