// Detection candidates: stored accusations that mirror a fresh one.
UNWIND $keys AS key
MATCH (c:Claim {acc_key: key})
RETURN c
