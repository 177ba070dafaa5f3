// A file with a cypher-shell parameter and two statements, in the shape
// graph/neo4j writes scripts.
:param rows => [{id: 'claim:1', text: 'It\'s a "quote"; and \\ a backslash\n', from: 'a', to: 'b'}];
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.text = row.text;
MATCH (a:Claim {id: $from})-[r:CONTRADICTS|COUNTERS]->(b:Claim)
WHERE toLower(a.topic) = toLower(b.topic)
RETURN a.id AS from, b.id AS to, r.rule AS rule, count(*) AS n;
