// Drops the relationships a changed claim's old content implied, before
// merge_claims links it anew, and the ClaimRef stubs no claim responds to
// any more (merge_claims makes again those the new content names).
// Findings are handled apart.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WITH c, [(c)-[:RESPONDS_TO]->(ref:ClaimRef) | ref] AS refs,
     [(c)-[r:REPORTED_IN|ABOUT|CONCERNS|ACCUSES|RESPONDS_TO]->() | r] + [(c)<-[r:ASSERTS]-() | r] AS rels
FOREACH (r IN rels | DELETE r)
WITH refs
UNWIND refs AS ref
WITH DISTINCT ref
WHERE NOT EXISTS { (ref)<-[:RESPONDS_TO]-() }
DELETE ref
