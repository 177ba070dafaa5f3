// toLowerr is not a function.
MATCH (c:Claim)
RETURN toLowerr(c.text) AS text
