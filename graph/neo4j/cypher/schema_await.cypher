// Waits for freshly created indexes to come online, so that the first load
// does not scan.
CALL db.awaitIndexes($seconds)
