// d is not bound: a semantic error only the server's analysis finds.
MATCH (c:Claim)
RETURN d.id
