// Drops the relationships a changed claim's old content implied, before
// merge_claims links it anew. Findings are handled apart.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WITH [(c)-[r:REPORTED_IN|ABOUT|CONCERNS|ACCUSES|RESPONDS_TO]->() | r] + [(c)<-[r:ASSERTS]-() | r] AS rels
FOREACH (r IN rels | DELETE r)
