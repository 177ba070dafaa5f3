// Version 3 migration: the claims of each re-keyed topic slug take the new
// slug, and their proposition and accusation keys, which end in it
// (subject|action|topic, side>subject|topic; slugs hold no '|'), the new
// ending; in transactions of $batch claims. Runs in an auto-commit
// transaction; an interrupted run leaves the rest for the next (a claim
// re-keyed has the old slug no more).
UNWIND $rows AS row
MATCH (c:Claim {topic_slug: row.old})
// The importing WITH (deprecated since 5.23 for CALL (c, row) { … }) runs on
// every Neo4j 5, which a store written by an earlier contra may be on.
CALL {
  WITH c, row
  SET c.prop_key = left(c.prop_key, size(c.prop_key) - size(row.old)) + row.new,
      c.acc_key = CASE WHEN c.acc_key IS NULL THEN null ELSE left(c.acc_key, size(c.acc_key) - size(row.old)) + row.new END,
      c.topic_slug = row.new
} IN TRANSACTIONS OF $batch ROWS
