// Version 2 migration: gives the claims of earlier versions their
// changed_at, their first-load time (the best known), in transactions of
// $batch claims, in one pass over the claims. Runs in an auto-commit
// transaction; an interrupted run leaves the rest for the next.
MATCH (c:Claim)
WHERE c.changed_at IS NULL
// The importing WITH (deprecated since 5.23 for CALL (c) { … }) runs on every
// Neo4j 5, which a store written by an earlier contra may be on.
CALL {
  WITH c
  SET c.changed_at = coalesce(c.loaded_at, 0)
} IN TRANSACTIONS OF $batch ROWS
