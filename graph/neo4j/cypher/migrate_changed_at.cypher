// Version 2 migration: gives up to $limit claims of earlier versions their
// changed_at, their first-load time (the best known). Run until it
// updates none.
MATCH (c:Claim)
WHERE c.changed_at IS NULL
WITH c LIMIT $limit
SET c.changed_at = coalesce(c.loaded_at, 0)
RETURN count(*) AS n
