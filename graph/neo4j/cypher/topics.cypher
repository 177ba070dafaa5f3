// Every topic with the number of its claims. The caller filters by name and
// alias.
MATCH (t:Topic)
RETURN t, COUNT { MATCH (c:Claim) WHERE c.topic_slug = t.slug } AS claims
ORDER BY t.name, t.id
