// said_att is a typo for said_at.
MATCH (c:Claim)
WHERE c.said_att >= $since
RETURN c.id
