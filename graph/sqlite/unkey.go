package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"hash/maphash"
	"regexp"
	"slices"
	"time"
)

// A fresh store's claims id index is built after the rows, as the
// secondary indexes are. The id is the claims table's PRIMARY KEY, whose
// index (sqlite_autoindex_claims_1) SQLite neither drops nor defers, and
// its keys are random: at a million claims it is larger than the page
// cache, and inserting into it was a tenth of a 1M floor's CPU (every
// insert a descent to a leaf the cache had dropped, read back from the
// file, and its pages written again as the cache spilled). In the side
// file (fresh.go), which nothing else reads, the schema is edited before
// the transaction so that the index is a unique index of the same name
// as any other (claims_id, the same b-tree: the key is the id, then the
// rowid), which the transaction drops and builds with the others; before
// the commit the edit is undone, so the store put in place has exactly
// the schema every store has.
//
// Without the index nothing tells a claim added before in the
// transaction: the transaction keeps a 64-bit hash of each id it added
// (idSet, outside the Go heap), and the first batch with an id whose hash it holds (the same id, or,
// rarely, another with the same hash) builds the index first and takes
// the keyed path from then on. So does a transaction that adds more than
// maxUnkeyed claims, whose hashes would cost more memory than the index
// saves time.

// maxUnkeyed is how many claims a fresh store's transaction adds before
// it builds the id index: 2M hashes take 32 MB (idSet).
var maxUnkeyed = 2 << 20

// idIndexName and idIndexSQL are the unique index a fresh store's claims
// id index is while unkeyed, autoIDIndex its name otherwise, and
// claimsPK the id column's declaration.
const (
	idIndexName = "claims_id"
	idIndexSQL  = `CREATE UNIQUE INDEX claims_id ON claims (id)`
	autoIDIndex = "sqlite_autoindex_claims_1"
)

var claimsPK = regexp.MustCompile(`\bid(\s+)TEXT PRIMARY KEY,`)

// unkeyClaims turns the claims id index of an empty side file into
// claims_id. It returns the table's declaration, for rekeyClaims.
func unkeyClaims(ctx context.Context, conn *sql.Conn) (string, error) {
	var decl string
	if err := conn.QueryRowContext(ctx, `SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'claims'`).Scan(&decl); err != nil {
		return "", translate(err, "bulk load: read the claims table")
	}
	if !claimsPK.MatchString(decl) {
		return "", fmt.Errorf("bulk load: the claims table declares no id PRIMARY KEY: %q", decl)
	}
	err := editSchema(ctx, conn,
		`UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = 'claims'`, claimsPK.ReplaceAllString(decl, "id${1}TEXT,"),
		`UPDATE sqlite_schema SET name = ?1, sql = ?2 WHERE type = 'index' AND name = ?3`, []any{idIndexName, idIndexSQL, autoIDIndex})
	if err != nil {
		return "", fmt.Errorf("bulk load: defer the claims id index: %w", err)
	}
	return decl, nil
}

// rekeyClaims undoes unkeyClaims once claims_id is built: the table's
// declaration decl and the index's name again, and the planner's
// statistics of the index under that name.
func rekeyClaims(ctx context.Context, tx *sql.Tx, decl string) error {
	err := editSchema(ctx, tx,
		`UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = 'claims'`, decl,
		`UPDATE sqlite_schema SET name = ?1, sql = NULL WHERE type = 'index' AND name = ?2`, []any{autoIDIndex, idIndexName})
	if err != nil {
		return fmt.Errorf("bulk load: the claims id index: %w", err)
	}
	for _, stat := range []string{"sqlite_stat1", "sqlite_stat4"} {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?`, stat).Scan(&n); err != nil {
			return translate(err, "bulk load: the claims id index")
		}
		if n == 0 {
			continue
		}
		// stat is one of the two names above.
		if _, err := tx.ExecContext(ctx, `UPDATE `+stat+` SET idx = ?1 WHERE tbl = 'claims' AND idx = ?2`, autoIDIndex, idIndexName); err != nil {
			return translate(err, "bulk load: the claims id index")
		}
	}
	return nil
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// editSchema runs two updates of sqlite_schema (the table's declaration,
// then the index's row) as SQLite documents for a schema change ALTER
// TABLE cannot make: writable_schema on, the schema version one up so
// that every connection reads the schema again, writable_schema off.
func editSchema(ctx context.Context, c execer, table string, decl string, index string, indexArgs []any) error {
	var ver int
	if err := c.QueryRowContext(ctx, `PRAGMA schema_version`).Scan(&ver); err != nil {
		return translate(err, "schema version")
	}
	if _, err := c.ExecContext(ctx, `PRAGMA writable_schema = ON`); err != nil {
		return translate(err, "writable schema")
	}
	_, err := c.ExecContext(ctx, table, decl)
	if err == nil {
		var r sql.Result
		if r, err = c.ExecContext(ctx, index, indexArgs...); err == nil {
			if n, _ := r.RowsAffected(); n != 1 {
				err = fmt.Errorf("%d rows of sqlite_schema for the id index", n)
			}
		}
	}
	if err == nil {
		_, err = c.ExecContext(ctx, fmt.Sprintf(`PRAGMA schema_version = %d`, ver+1))
	}
	if _, offErr := c.ExecContext(ctx, `PRAGMA writable_schema = OFF`); err == nil {
		err = offErr
	}
	return translate(err, "edit the schema")
}

// unkeyed is the state of a fresh store's transaction while its claims
// have no id index.
type unkeyed struct {
	decl string // the claims table's declaration, for rekeyClaims
	// keyed: claims_id is built (the transaction is past the unkeyed
	// state).
	keyed bool
	seen  *idSet // hashes of the ids added
	seed  maphash.Seed
}

func newUnkeyed(decl string) *unkeyed {
	return &unkeyed{decl: decl, seen: newIDSet(), seed: maphash.MakeSeed()}
}

// fits reports whether ids can be inserted without the id index: none
// has the hash of an id added before or of another of ids, and the
// transaction stays within maxUnkeyed. It adds their hashes (all of
// them when they fit).
func (u *unkeyed) fits(n int, id func(int) string) bool {
	if u.seen.n+n > maxUnkeyed {
		return false
	}
	for i := range n {
		if u.seen.has(maphash.String(u.seed, id(i))) {
			return false
		}
	}
	for i := range n {
		h := maphash.String(u.seed, id(i))
		if u.seen.has(h) {
			// Two of ids alike: the index is built before them.
			return false
		}
		u.seen.add(h)
	}
	return true
}

// key records that claims_id is built, and lets the hashes go.
func (u *unkeyed) key() {
	u.keyed = true
	u.seen.free()
}

// keyClaims builds a fresh store's claims id index now, for the rest of
// the transaction: the claims added so far have distinct ids (fits), so
// the unique index holds.
func (l *bulkTx) keyClaims(ctx context.Context) error {
	start := time.Now()
	if _, err := l.tx.ExecContext(ctx, idIndexSQL); err != nil {
		return translate(err, "bulk load: build index %s", idIndexName)
	}
	l.dropped = slices.DeleteFunc(l.dropped, func(d droppedIndex) bool { return d.name == idIndexName })
	l.u.key()
	l.log.Debug("bulk load: claims id index built before the claims' end", "seconds", time.Since(start).Seconds())
	return nil
}

// rekeyed builds the claims id index again when a rollback to a
// savepoint took back the keyClaims of its unit.
func (l *bulkTx) rekeyed(ctx context.Context) error {
	if l.u == nil || !l.u.keyed {
		return nil
	}
	var n int
	if err := l.tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?`, idIndexName).Scan(&n); err != nil {
		return translate(err, "bulk load: the claims id index")
	}
	if n > 0 {
		return nil
	}
	_, err := l.tx.ExecContext(ctx, idIndexSQL)
	return translate(err, "bulk load: build index %s", idIndexName)
}
