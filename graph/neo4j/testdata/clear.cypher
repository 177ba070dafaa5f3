// Deletes up to $limit nodes with their relationships: the behaviour suite
// clears the database before each test, in batches so that a large test
// database does not need one huge transaction.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
