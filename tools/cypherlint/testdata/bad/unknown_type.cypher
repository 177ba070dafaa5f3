// CONTRADICT is not a relationship type of the model.
MATCH (a:Claim)-[r:CONTRADICT]->(b:Claim)
RETURN a.id, b.id
