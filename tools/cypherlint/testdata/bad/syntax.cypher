// A missing closing parenthesis.
MATCH (c:Claim
RETURN c.id
