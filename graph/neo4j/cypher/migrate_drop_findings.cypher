// Version 2 migration: drops the finding relationships of earlier versions
// (findings are now derived on read), in transactions of $batch, so that
// no transaction grows with the number of pairs. Runs in an auto-commit
// transaction; an interrupted run leaves the rest for the next.
MATCH ()-[r:CONTRADICTS|COUNTERS]->()
// The importing WITH (deprecated since 5.23 for CALL (r) { … }) runs on every
// Neo4j 5, which a store written by an earlier contra may be on.
CALL {
  WITH r
  DELETE r
} IN TRANSACTIONS OF $batch ROWS
