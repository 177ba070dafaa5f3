// Version 2 migration: drops up to $limit of the finding relationships of
// earlier versions (findings are now derived on read). Run until it
// deletes none, a transaction each, so that no transaction grows with the
// number of pairs.
MATCH ()-[r:CONTRADICTS|COUNTERS]->()
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS n
