// Every speaker with the number of its claims. The caller filters by name
// and alias.
MATCH (s:Speaker)
RETURN s, COUNT { MATCH (c:Claim) WHERE c.speaker_id = s.id } AS claims
ORDER BY s.name, s.id
