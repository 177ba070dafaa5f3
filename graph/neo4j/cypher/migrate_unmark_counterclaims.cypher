// Version 3 migration: removes every Counterclaim label before the labels
// are counted again, in transactions of $batch claims. Runs in an
// auto-commit transaction.
MATCH (c:Counterclaim)
// The importing WITH (deprecated since 5.23 for CALL (c) { … }) runs on every
// Neo4j 5, which a store written by an earlier contra may be on.
CALL {
  WITH c
  REMOVE c:Counterclaim
} IN TRANSACTIONS OF $batch ROWS
