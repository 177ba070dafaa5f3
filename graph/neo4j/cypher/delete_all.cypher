// Deletes every node of the database with its relationships, keeping the
// schema, in transactions of $batch nodes (Store.DeleteAll: benchmarks and
// tests on a scratch database). Runs in an auto-commit transaction.
MATCH (n)
// The importing WITH (deprecated since 5.23 for CALL (n) { … }) runs on every
// Neo4j 5.
CALL {
  WITH n
  DETACH DELETE n
} IN TRANSACTIONS OF $batch ROWS
