// Serialises loads, as the SQLite store's single writer does: every Load
// takes this node's write lock first and holds it until it commits, so
// that detection in one load sees every claim the loads before it
// committed. Two loads racing under read-committed isolation would
// otherwise each miss the other's claims and the findings between them.
// The uniqueness constraint on LoadLock.name makes the first MERGE safe.
MERGE (l:LoadLock {name: $name})
SET l.taken_at = $now
