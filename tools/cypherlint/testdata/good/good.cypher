// A file with a cypher-shell parameter and two statements, in the shape
// graph/neo4j writes scripts.
:param rows => [{id: 'claim:1', text: 'It\'s a "quote"; and \\ a backslash\n', rule: 'opposing', delta: 1}];
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.text = row.text;
MATCH (a:Claim {id: $from})
MATCH (b:Claim {prop_key: a.prop_key})
WHERE toLower(a.topic) = toLower(b.topic) AND a.polarity <> b.polarity
RETURN a.id AS from, b.id AS to, count(*) AS n;
