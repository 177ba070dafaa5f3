// Every actor with the number of claims it is the side of and the subject
// of. The caller filters by name and alias.
MATCH (a:Actor)
RETURN a,
       COUNT { MATCH (c:Claim) WHERE c.side_slug = a.slug } AS as_side,
       COUNT { MATCH (c:Claim) WHERE c.subject_slug = a.slug } AS as_subject
ORDER BY a.name, a.id
