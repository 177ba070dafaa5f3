package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/contra-project/contra/graph"
)

var _ graph.BulkStore = (*Store)(nil)

// The bulk path (graph.Bulk) on SQLite. A bulk transaction is one SQLite
// transaction on the write connection, so a crash at any point of it (the
// rows, the index builds, detection) leaves the store as it was before it:
// WAL readers keep seeing that state until the commit, and the next open
// finds nothing to repair. In it, the secondary indexes of claims are
// dropped before the rows are written and built again once they are in
// (CREATE INDEX sorts once; inserting into nine b-trees touched random
// pages for every row), and foreign keys are not checked (a bulk
// transaction checks every claim's document itself, as every load does).
// The claims it adds are those with a rowid above the largest one when
// it began: SQLite gives new rows larger rowids.

// bulkCacheKiB is the page cache of a bulk transaction, in KiB: the
// index builds sort within it, and the rows it writes are appended.
// It costs about twice its size in memory (see dsn), and each index
// build sorts in as much again: with 64 MiB a 1 GB article load peaked
// at 547 MB, over the 500 MB target; with the incremental path's 32 MiB
// at 473 MB, as fast.
const bulkCacheKiB = 32 << 10

// StoredBytes is the size of the store's file and its WAL.
func (s *Store) StoredBytes(ctx context.Context) (int64, error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	var n int64
	for _, p := range []string{s.path, s.path + "-wal"} {
		fi, err := os.Stat(p)
		if err != nil {
			if os.IsNotExist(err) {
				continue
			}
			return 0, graph.WrapCode(graph.EUnavailable, err, "size of sqlite store %s", s.path)
		}
		n += fi.Size()
	}
	return n, nil
}

// BeginBulk begins a bulk transaction; see graph.BulkStore. It waits for
// another process's bulk transaction to end (saying so in the log), then
// holds the store's write lock until Commit or Rollback; other writers,
// in this process or another, wait for it the same way (turns).
func (s *Store) BeginBulk(ctx context.Context) (graph.BulkLoad, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if s.readOnly != "" {
		return nil, readOnlyError(s.path, s.readOnly)
	}
	// The write connection is the store's only one: holding it keeps this
	// process's other writers out, and the bulk lock the others'.
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return nil, translate(err, "bulk load: connect")
	}
	end, err := s.turns.beginBulk(ctx, s.now())
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("bulk load: %w", err)
	}
	// A connection on a file that another fresh load replaced (moved.go)
	// would find it empty and put a fresh store over the new one: it is
	// dropped for one on the store's file, which no rename replaces
	// while the bulk lock is held.
	if conn, err = s.unmoved(ctx, conn); err != nil {
		end()
		return nil, translate(err, "bulk load: connect")
	}
	b := &bulkLoad{s: s, conn: conn, end: end}
	if err := b.fresh(ctx); err != nil {
		b.Rollback()
		return nil, err
	}
	if err := b.begin(ctx); err != nil {
		b.Rollback()
		return nil, err
	}
	s.bulk.Store(b)
	return b, nil
}

// bulkLoad is a bulk transaction: graph.BulkLoad.
type bulkLoad struct {
	// mu serialises the transaction's users: the loader, and the store's
	// writes that join it (inWrite), which may come from other goroutines.
	mu   sync.Mutex
	s    *Store
	conn *sql.Conn // the transaction's connection
	tx   *sql.Tx
	// side is the side file a fresh store is built in (fresh.go), conn
	// its connection; main then holds the store's write connection, so
	// that this process's other writers wait as they do for conn.
	side *Store
	main *sql.Conn
	end  func() // releases the bulk lock
	l    *bulkTx
	bulk *graph.Bulk
	unit bool // a unit (SAVEPOINT) is open
	done bool
}

// pragmas the transaction sets on its connection, and their values after.
const (
	bulkPragmas  = `PRAGMA foreign_keys = OFF; PRAGMA cache_size = -%d`
	afterPragmas = `PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768`
)

func (b *bulkLoad) begin(ctx context.Context) error {
	var u *unkeyed
	if b.side != nil {
		decl, err := unkeyClaims(ctx, b.conn)
		if err != nil {
			return err
		}
		u = newUnkeyed(decl)
	}
	// foreign_keys cannot change inside a transaction.
	if _, err := b.conn.ExecContext(ctx, fmt.Sprintf(bulkPragmas, bulkCacheKiB)); err != nil {
		return translate(err, "bulk load: begin")
	}
	tx, err := b.conn.BeginTx(ctx, nil)
	if err != nil {
		return translate(err, "bulk load: begin")
	}
	b.tx = tx
	src := b.s
	if b.side != nil {
		src = b.side
	}
	b.l = &bulkTx{loadTx: src.newLoadTx(ctx, tx), log: b.s.log, u: u}
	// Nodes a bulk load writes are mostly new: try the insert first.
	b.l.insertFirst = true
	if err := b.l.dropIndexes(ctx); err != nil {
		return err
	}
	b.bulk = graph.NewBulk(b.l)
	return nil
}

// Load writes b's nodes and claims; see graph.BulkLoad.
func (b *bulkLoad) Load(ctx context.Context, batch graph.Batch) (graph.LoadResult, error) {
	empty := graph.LoadResult{Findings: map[graph.Rule]int{}}
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.usable(); err != nil {
		return empty, err
	}
	// Nothing else writes while the batch is prepared: half of it is
	// prepared on another core (the floor, sqlite.Floor, prepares its
	// batches on this goroutine).
	p, err := graph.PrepareBatchConcurrently(batch)
	if err != nil {
		return empty, fmt.Errorf("bulk load batch: %w", err)
	}
	b.l.ctx = ctx
	res, err := b.bulk.Add(ctx, p)
	if err != nil {
		return empty, b.failed(ctx, "bulk load batch", err)
	}
	return res, nil
}

// failed is err as Load and Commit return it: a cancelled context is what
// the caller needs to see.
func (b *bulkLoad) failed(ctx context.Context, what string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", what, ctx.Err())
	}
	return fmt.Errorf("%s: %w", what, err)
}

func (b *bulkLoad) usable() error {
	if b.done {
		return graph.Errorf(graph.EInternal, "bulk load: the transaction has ended")
	}
	return b.s.check()
}

// Mark, Keep and Undo are a SAVEPOINT, its RELEASE, and a ROLLBACK TO it.
func (b *bulkLoad) Mark(ctx context.Context) error {
	return b.unitStep(ctx, false, `SAVEPOINT bulk_unit`)
}

func (b *bulkLoad) Keep(ctx context.Context) error {
	return b.unitStep(ctx, true, `RELEASE bulk_unit`)
}

func (b *bulkLoad) Undo(ctx context.Context) error {
	if err := b.unitStep(ctx, true, `ROLLBACK TO bulk_unit; RELEASE bulk_unit`); err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	// The unit may have built the claims id index (keyClaims), which the
	// rollback took back with its rows; the claims before it may hold
	// any id the unkeyed state has forgotten, so it is built again.
	if err := b.l.rekeyed(ctx); err != nil {
		return b.failed(ctx, "bulk load", err)
	}
	return nil
}

func (b *bulkLoad) unitStep(ctx context.Context, open bool, q string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.usable(); err != nil {
		return err
	}
	if b.unit != open {
		return graph.Errorf(graph.EInternal, "bulk load: %s without a unit to end, or inside one", q)
	}
	if _, err := b.tx.ExecContext(ctx, q); err != nil {
		return b.failed(ctx, "bulk load", translate(err, "%s", q))
	}
	b.unit = !open
	return nil
}

// Added counts the claims above the transaction's first rowid.
func (b *bulkLoad) Added(ctx context.Context) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.usable(); err != nil {
		return 0, err
	}
	var n int
	err := b.tx.QueryRowContext(ctx, `SELECT count(*) FROM claims WHERE rowid > ?`, b.l.base).Scan(&n)
	return n, translate(err, "bulk load: count claims")
}

// Commit builds the indexes, counts the findings and commits; see
// graph.BulkLoad.
func (b *bulkLoad) Commit(ctx context.Context) (graph.LoadResult, error) {
	empty := graph.LoadResult{Findings: map[graph.Rule]int{}}
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.usable(); err != nil {
		return empty, err
	}
	if b.unit {
		return empty, graph.Errorf(graph.EInternal, "bulk load: commit inside a unit")
	}
	b.l.ctx = ctx
	b.s.log.Debug("bulk load: building indexes")
	res, err := b.bulk.Finish(ctx)
	if err != nil {
		return empty, b.failed(ctx, "bulk load: commit", err)
	}
	b.s.log.Debug("bulk load: committing")
	if b.s.beforeCommit != nil {
		if err := b.s.beforeCommit(ctx); err != nil {
			return empty, fmt.Errorf("bulk load: commit: %w", err)
		}
	}
	if err := b.commit(ctx); err != nil {
		return empty, b.failed(ctx, "bulk load: commit", err)
	}
	b.s.wrote.Store(true)
	b.finish()
	b.s.log.Debug("bulk load: committed")
	return res, nil
}

// fresh makes the transaction build a fresh store in a side file
// (fresh.go) when the store is empty. Without the bulk lock (no flock)
// another process's bulk load could build the same side file: the store
// is then written in place.
func (b *bulkLoad) fresh(ctx context.Context) error {
	// Ours to remove: the bulk lock is held.
	if err := removeStaleFresh(b.s.path); err != nil {
		return err
	}
	if b.s.turns.f == nil {
		return nil
	}
	empty, err := isEmpty(ctx, b.conn)
	if err != nil || !empty {
		return err
	}
	side, err := b.s.openFresh(ctx)
	if err != nil {
		return err
	}
	conn, err := side.w.Conn(ctx)
	if err != nil {
		side.closeWriter()
		os.Remove(side.path)
		return translate(err, "bulk load: connect")
	}
	b.s.log.Debug("bulk load: building a fresh store beside the empty one", "file", side.path)
	b.side, b.main, b.conn = side, b.conn, conn
	return nil
}

// commit commits the transaction: in the store, or by putting the side
// file in its place.
func (b *bulkLoad) commit(ctx context.Context) error {
	if b.side != nil {
		if u := b.l.u; u != nil {
			if err := rekeyClaims(ctx, b.tx, u.decl); err != nil {
				return err
			}
		}
		return b.commitFresh(ctx)
	}
	return translate(b.tx.Commit(), "commit")
}

// Rollback abandons the transaction.
func (b *bulkLoad) Rollback() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return nil
	}
	var err error
	if b.tx != nil {
		err = b.tx.Rollback()
		if err == sql.ErrTxDone {
			err = nil // rolled back when its context ended
		}
	}
	b.finish()
	return translate(err, "bulk load: roll back")
}

// finish gives the connection its pragmas back and releases it and the
// bulk lock.
func (b *bulkLoad) finish() {
	b.done = true
	if b.l != nil && b.l.u != nil {
		b.l.u.seen.free()
	}
	b.s.bulk.CompareAndSwap(b, nil)
	// A fresh context: the load's may have ended, and the connection
	// must not go back to the pool without its foreign keys.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if b.main != nil {
		// A fresh store's: the side connection closes with its file,
		// and the store's write connection, which may hold the old file
		// or have left WAL mode (alone), is dropped by its pool; the
		// pool's next connection opens the new file (its DSN turns it to
		// WAL), and the statements prepared on the pool are prepared
		// again there.
		b.conn.Close()
		b.dropFresh()
		b.main.Raw(func(any) error { return driver.ErrBadConn })
		b.main.Close()
		b.end()
		return
	}
	if _, err := b.conn.ExecContext(ctx, afterPragmas); err != nil {
		// Without its pragmas the connection must not serve again.
		b.conn.Raw(func(any) error { return driver.ErrBadConn })
	}
	b.conn.Close()
	b.end()
}

// bulkTx is graph.BulkTx over the bulk transaction: loadTx's primitives
// and the bulk ones.
type bulkTx struct {
	*loadTx
	base    int64 // the largest claim rowid when the transaction began
	dropped []droppedIndex
	// u is a fresh store's claims without their id index (unkey.go),
	// nil in a store that had rows.
	u   *unkeyed
	log *slog.Logger
	// ch are the inserts of many rows a statement; args and ids the
	// arguments and row ids of insertRows's statements.
	ch   *chunks
	args []any
	ids  []string
	// profiles moves profileChunk profile counts (AddProfiles).
	profiles *sql.Stmt
}

// flagIndex reports whether an index indexes the counterclaim flag: those
// are built after detection has set the flags, so that setting them
// writes table rows only.
func (d droppedIndex) flagIndex() bool { return strings.Contains(d.sql, "counterclaim") }

var _ graph.BulkTx = (*bulkTx)(nil)

type droppedIndex struct{ name, sql string }

// keptIndex is the one secondary index a bulk transaction keeps: it holds
// the flagged claims only (WHERE counterclaim = 1), so a claim the
// transaction adds, unflagged, costs it nothing but its WHERE, and
// FlagClaims, in rowid order, appends to it. Built after detection, it
// cost a scan of the whole table (0.3-0.4 s of a 1M load's CPU) for the
// few entries the flags make.
const keptIndex = "claims_counterclaim"

// dropIndexes records where the added claims start and drops the
// secondary indexes of the tables a bulk transaction fills, but keptIndex.
func (l *bulkTx) dropIndexes(ctx context.Context) error {
	if err := l.tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM claims`).Scan(&l.base); err != nil {
		return translate(err, "bulk load: begin")
	}
	rows, err := l.tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema
		WHERE type = 'index' AND tbl_name IN ('claims', 'claim_responds') AND sql IS NOT NULL AND name <> ?
		ORDER BY name`, keptIndex)
	if err != nil {
		return translate(err, "bulk load: begin")
	}
	for rows.Next() {
		var d droppedIndex
		if err := rows.Scan(&d.name, &d.sql); err != nil {
			rows.Close()
			return translate(err, "bulk load: begin")
		}
		l.dropped = append(l.dropped, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return translate(err, "bulk load: begin")
	}
	if _, err := l.tx.ExecContext(ctx, `DROP TABLE IF EXISTS temp.bulk_deferred; `+deferredTable); err != nil {
		return translate(err, "bulk load: begin")
	}
	for _, d := range l.dropped {
		// The names come from the schema, written by our migrations.
		if _, err := l.tx.ExecContext(ctx, `DROP INDEX "`+d.name+`"`); err != nil {
			return translate(err, "bulk load: drop index %s", d.name)
		}
	}
	return nil
}

// BuildIndexes builds the dropped indexes again but those on the
// counterclaim flag (Detected builds them).
func (l *bulkTx) BuildIndexes(ctx context.Context) error {
	return l.build(ctx, false)
}

// Detected builds the indexes on the counterclaim flag, and the planner's
// statistics of the tables the transaction indexed.
func (l *bulkTx) Detected(ctx context.Context) error {
	if err := l.build(ctx, true); err != nil {
		return err
	}
	// CREATE INDEX leaves the new indexes without statistics: without them
	// the planner may pick a poor index (see Close).
	_, err := l.tx.ExecContext(ctx, `PRAGMA analysis_limit = 1000; ANALYZE claims; ANALYZE claim_responds`)
	return translate(err, "bulk load: analyze")
}

// build builds the dropped indexes that are (flags) or are not flag
// indexes.
func (l *bulkTx) build(ctx context.Context, flags bool) error {
	var rest []droppedIndex
	for _, d := range l.dropped {
		if d.flagIndex() != flags {
			rest = append(rest, d)
			continue
		}
		start := time.Now()
		if _, err := l.tx.ExecContext(ctx, d.sql); err != nil {
			return translate(err, "bulk load: build index %s", d.name)
		}
		l.log.Debug("bulk load: index built", "index", d.name, "seconds", time.Since(start).Seconds())
	}
	l.dropped = rest
	return nil
}

// flagChunk is how many claims FlagClaims flags with one statement: one
// statement a claim cost the 1M load 1.0 s of CPU for 177,564 flags,
// most of it the driver's and database/sql's per statement (arguments,
// step, reset, result), not the row's update.
const flagChunk = 64

// FlagClaims flags the claims of rowids refs, in the order given (a
// statement's rows in rowid order, which Bulk gives them in).
func (l *bulkTx) FlagClaims(ctx context.Context, refs []int64) error {
	l.log.Debug("bulk load: flagging counterclaims", "claims", len(refs))
	if len(refs) == 0 {
		return nil
	}
	const flag = `UPDATE claims SET counterclaim = 1 WHERE rowid IN (?` // one parameter a claim
	var many *sql.Stmt
	if len(refs) >= flagChunk {
		st, err := l.tx.PrepareContext(ctx, flag+strings.Repeat(", ?", flagChunk-1)+`)`)
		if err != nil {
			return translate(err, "counterclaims")
		}
		defer st.Close()
		many = st
	}
	one, err := l.tx.PrepareContext(ctx, flag+`)`)
	if err != nil {
		return translate(err, "counterclaims")
	}
	defer one.Close()
	args := make([]any, 0, flagChunk)
	for lo := 0; lo < len(refs); {
		if err := l.live(lo); err != nil {
			return err
		}
		st, k := one, 1
		if len(refs)-lo >= flagChunk {
			st, k = many, flagChunk
		}
		args = args[:0]
		for _, r := range refs[lo : lo+k] {
			args = append(args, r)
		}
		if _, err := st.ExecContext(l.rowCtx, args...); err != nil {
			return translate(err, "counterclaims")
		}
		lo += k
	}
	return nil
}

// AddClaims inserts the claims not stored, as new; see graph.BulkTx.
func (l *bulkTx) AddClaims(ctx context.Context, claims []graph.Claim, fps []string) (map[string]graph.StoredClaim, error) {
	add := true
	if u := l.u; u != nil && !u.keyed {
		// None of claims can be stored: they go in without a conflict
		// clause, which needs the index.
		if u.fits(len(claims), func(i int) string { return claims[i].ID }) {
			add = false
		} else if err := l.keyClaims(ctx); err != nil {
			return nil, err
		}
	}
	conflict, err := l.insertClaims(ctx, claims, fps, add)
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.StoredClaim, len(conflict))
	if len(conflict) == 0 {
		return out, nil
	}
	rows, err := l.tx.QueryContext(ctx, bulkStoredSQL, l.base, jsonList(conflict))
	if err != nil {
		return nil, translate(err, "read stored claims")
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var sc graph.StoredClaim
		if err := rows.Scan(&id, &sc.Fingerprint, &sc.Added, &sc.Deferred); err != nil {
			return nil, translate(err, "read stored claims")
		}
		out[id] = sc
	}
	return out, translate(rows.Err(), "read stored claims")
}

// rowChunk is how many rows a bulk transaction inserts with one
// statement. Every statement costs the driver and database/sql the same
// whatever its rows (its arguments converted, the parameters counted, a
// step, a reset, a result read), and the claim inserts were a quarter
// of a 1M floor's CPU, the documents' another twelfth. 32 claims are
// 800 parameters, far below SQLite's limit of 32,766.
const rowChunk = 32

// chunked is an insert of a bulk transaction: one row a statement (the
// store's prepared statement), or rowChunk.
type chunked struct {
	table string    // whose rowid and id tell the rows stored before (storedAt)
	one   *sql.Stmt // inserts one row
	many  string    // inserts rowChunk rows
	stmt  *sql.Stmt // many, prepared in the transaction on first use
}

func newChunked(table string, one *sql.Stmt, head, row, tail string) *chunked {
	return &chunked{table: table, one: one, many: head + strings.Repeat(row+", ", rowChunk-1) + row + tail}
}

// chunks are the transaction's inserts (chunked), made on first use.
type chunks struct {
	insClaims, addClaims, docs *chunked
	named                      map[*namedStmts]*chunked // ens
	upsert                     map[*namedStmts]*chunked // insNew
}

func (l *bulkTx) chunked() *chunks {
	if l.ch == nil {
		st := l.st
		l.ch = &chunks{
			insClaims: newChunked("claims", st.insClaim, insClaimHead, claimRowSQL, ""),
			addClaims: newChunked("claims", st.addClaim, insClaimHead, claimRowSQL, addClaimTail),
			docs:      newChunked("documents", st.insDoc, insDocHead, docRowSQL, insDocTail),
			named:     map[*namedStmts]*chunked{},
			upsert:    map[*namedStmts]*chunked{},
		}
		for _, ns := range []*namedStmts{st.speaker, st.actor, st.topic} {
			l.ch.named[ns] = newChunked(ns.table, ns.ens, ns.ensHead, ns.ensRow, ensTail)
			l.ch.upsert[ns] = newChunked(ns.table, ns.insNew, ns.insHead, ns.insRow, ensTail)
		}
	}
	return l.ch
}

// leftOut tells which of the positions lo..lo+k-1 a statement of k rows
// (result r, in of them inserted, in < k) left out: storedAt or
// notInserted.
type leftOut func(ctx context.Context, table string, r sql.Result, in int64, lo, k int) ([]int, error)

// insertRows inserts n rows with c, in their order, rowChunk a statement
// and the rest one at a time; args appends row i's arguments. It returns
// how many rows it inserted and, with stored, the positions of the rows
// c's conflict clause left out, in order (l.ids holds the rows' ids).
func (l *bulkTx) insertRows(ctx context.Context, c *chunked, n int, args func(dst []any, i int) []any, stored leftOut) ([]int, int, error) {
	var out []int
	inserted := 0
	for lo := 0; lo < n; {
		if err := l.live(lo); err != nil {
			return nil, 0, err
		}
		k, st := rowChunk, l.stmt(c.one)
		if n-lo < rowChunk {
			k = 1
		} else {
			if c.stmt == nil {
				x, err := l.tx.PrepareContext(ctx, c.many)
				if err != nil {
					return nil, 0, translate(err, "prepare %s inserts", c.table)
				}
				c.stmt = x
			}
			st = c.stmt
		}
		a := l.args[:0]
		for i := lo; i < lo+k; i++ {
			a = args(a, i)
		}
		r, err := st.ExecContext(l.rowCtx, a...)
		// The slice is kept for the next statement, not the values.
		clear(a)
		l.args = a
		if err != nil {
			return nil, 0, translate(err, "insert %s", c.table)
		}
		in, _ := r.RowsAffected()
		inserted += int(in)
		if stored != nil {
			if int(in) < k {
				at, err := stored(ctx, c.table, r, in, lo, k)
				if err != nil {
					return nil, 0, err
				}
				out = append(out, at...)
			}
		}
		lo += k
	}
	return out, inserted, nil
}

// storedAt returns which of the positions lo..lo+k-1 (their ids in
// l.ids) a statement of k rows (result r, in of them inserted) left out
// because their id was stored. SQLite gives a new row the rowid after
// the largest, so the rows inserted took the in rowids up to the last
// one: a row stored before has a lower one.
func (l *bulkTx) storedAt(ctx context.Context, table string, r sql.Result, in int64, lo, k int) ([]int, error) {
	ids := l.ids[lo : lo+k]
	var below int64 = math.MaxInt64
	if in > 0 {
		last, err := r.LastInsertId()
		if err != nil {
			return nil, translate(err, "insert %s", table)
		}
		below = last - in
	}
	pos := make(map[string]int, k)
	for i, id := range ids {
		pos[id] = lo + i
	}
	var out []int
	// table is one of chunks' constants, never input.
	err := l.column(ctx, `SELECT id FROM `+table+` WHERE id IN (SELECT value FROM json_each(?1)) AND rowid <= ?2`,
		func(id string) { out = append(out, pos[id]) }, jsonList(ids), below)
	if err != nil {
		return nil, translate(err, "read stored %s", table)
	}
	if len(out) != k-int(in) {
		return nil, graph.Errorf(graph.EInternal, "insert %s: %d of %d stored, %d inserted", table, len(out), k, in)
	}
	slices.Sort(out)
	return out, nil
}

// notInserted returns which of the positions lo..lo+k-1 (their ids in
// l.ids) a statement of k rows (result r, in of them inserted) left out,
// whatever the constraint that did: the rows inserted took the in rowids
// up to the last one (see storedAt), and a position is inserted when the
// first of its id in the statement is among them. A named node may be
// left out for its slug, which storedAt's lookup by id does not find.
func (l *bulkTx) notInserted(ctx context.Context, table string, r sql.Result, in int64, lo, k int) ([]int, error) {
	ids := l.ids[lo : lo+k]
	added := make(map[string]bool, in)
	if in > 0 {
		last, err := r.LastInsertId()
		if err != nil {
			return nil, translate(err, "insert %s", table)
		}
		// table is one of chunks' constants, never input.
		err = l.column(ctx, `SELECT id FROM `+table+` WHERE rowid > ?1 AND rowid <= ?2`,
			func(id string) { added[id] = true }, last-in, last)
		if err != nil {
			return nil, translate(err, "read inserted %s", table)
		}
		if len(added) != int(in) {
			return nil, graph.Errorf(graph.EInternal, "insert %s: %d rows inserted, %d read back", table, in, len(added))
		}
	}
	var out []int
	for i, id := range ids {
		if added[id] {
			// A later row with this id was left out by this one.
			delete(added, id)
			continue
		}
		out = append(out, lo+i)
	}
	return out, nil
}

// insertClaims inserts claims, with their fingerprints (by position), as
// new and loaded now, in their order, then their responds_to rows. With
// add, a claim whose id is stored is left as it is and its id returned;
// without, it is an error.
func (l *bulkTx) insertClaims(ctx context.Context, claims []graph.Claim, fps []string, add bool) ([]string, error) {
	c := l.chunked().insClaims
	if add {
		c = l.chunked().addClaims
	}
	l.setIDs(len(claims), func(i int) string { return claims[i].ID })
	var out leftOut
	if add {
		out = l.storedAt
	}
	at, _, err := l.insertRows(ctx, c, len(claims), func(dst []any, i int) []any {
		return append(appendClaimArgs(dst, &claims[i], fps[i], l.now, false), l.now)
	}, out)
	if err != nil {
		return nil, err
	}
	var stored []string
	for i := range claims {
		if len(at) > 0 && at[0] == i {
			stored, at = append(stored, claims[i].ID), at[1:]
			continue
		}
		if err := l.writeResponds(&claims[i], false); err != nil {
			return nil, err
		}
	}
	return stored, nil
}

// setIDs keeps the ids of the rows insertRows is about to insert, for
// storedAt.
func (l *bulkTx) setIDs(n int, id func(int) string) {
	l.ids = l.ids[:0]
	for i := range n {
		l.ids = append(l.ids, id(i))
	}
}

// UpsertDocuments writes documents as loadTx's does, but inserts them
// rowChunk a statement, then updates those that were stored.
func (l *bulkTx) UpsertDocuments(ctx context.Context, ds []graph.Document) (int, error) {
	at, err := l.insertDocs(ctx, ds, true)
	if err != nil {
		return 0, err
	}
	upd := l.stmt(l.st.updDoc)
	for _, i := range at {
		d := &ds[i]
		if _, err := upd.ExecContext(l.rowCtx, d.ID, d.Name, d.URL, d.Outlet, d.Title, d.Published); err != nil {
			return 0, translate(err, "document %s", d.ID)
		}
	}
	return len(ds) - len(at), nil
}

// insertDocs inserts the documents not stored; with stored, it returns
// the positions of the others.
func (l *bulkTx) insertDocs(ctx context.Context, ds []graph.Document, stored bool) ([]int, error) {
	l.setIDs(len(ds), func(i int) string { return ds[i].ID })
	var out leftOut
	if stored {
		out = l.storedAt
	}
	at, _, err := l.insertRows(ctx, l.chunked().docs, len(ds), func(dst []any, i int) []any {
		d := &ds[i]
		return append(dst, d.ID, d.Name, d.URL, d.Outlet, d.Title, d.Published)
	}, out)
	return at, err
}

// EnsureSpeakers, EnsureActors and EnsureTopics create the nodes claims
// name that are not stored, as loadTx's do, rowChunk a statement.
func (l *bulkTx) EnsureSpeakers(ctx context.Context, sps []graph.Speaker) (int, error) {
	return l.ensureRows(ctx, l.st.speaker, len(sps), func(dst []any, i int) []any {
		sp := &sps[i]
		return append(dst, sp.ID, sp.Name, graph.Slug(sp.Name), sp.Role, sp.Side)
	})
}

func (l *bulkTx) EnsureActors(ctx context.Context, as []graph.Actor) (int, error) {
	return l.ensureRows(ctx, l.st.actor, len(as), func(dst []any, i int) []any {
		return append(dst, as[i].ID, as[i].Name, graph.Slug(as[i].Name))
	})
}

func (l *bulkTx) EnsureTopics(ctx context.Context, ts []graph.Topic) (int, error) {
	return l.ensureRows(ctx, l.st.topic, len(ts), func(dst []any, i int) []any {
		return append(dst, ts[i].ID, ts[i].Name, graph.TopicSlug(ts[i].Name))
	})
}

func (l *bulkTx) ensureRows(ctx context.Context, ns *namedStmts, n int, args func([]any, int) []any) (int, error) {
	_, created, err := l.insertRows(ctx, l.chunked().named[ns], n, args, nil)
	return created, err
}

// UpsertSpeakers, UpsertActors and UpsertTopics write the nodes a batch
// carries as loadTx's do, but insert them rowChunk a statement first
// (the insert upsertNamed tries first, many rows at once): a topic is
// given with every claim, and one statement a node was most of the
// nodes' cost (1M claims give 160,000 topics in 100 batches, 2.2 s of
// CPU). The rows a statement left out take upsertNamed's read and
// update, in their order.
func (l *bulkTx) UpsertSpeakers(ctx context.Context, sps []graph.Speaker) (int, error) {
	l.setIDs(len(sps), func(i int) string { return sps[i].ID })
	return l.upsertRows(ctx, l.st.speaker, len(sps), func(i int) (string, string, []string, string, string) {
		sp := &sps[i]
		return sp.ID, sp.Name, sp.Aliases, sp.Role, sp.Side
	})
}

func (l *bulkTx) UpsertActors(ctx context.Context, as []graph.Actor) (int, error) {
	l.setIDs(len(as), func(i int) string { return as[i].ID })
	return l.upsertRows(ctx, l.st.actor, len(as), func(i int) (string, string, []string, string, string) {
		return as[i].ID, as[i].Name, as[i].Aliases, "", ""
	})
}

func (l *bulkTx) UpsertTopics(ctx context.Context, ts []graph.Topic) (int, error) {
	l.setIDs(len(ts), func(i int) string { return ts[i].ID })
	return l.upsertRows(ctx, l.st.topic, len(ts), func(i int) (string, string, []string, string, string) {
		return ts[i].ID, ts[i].Name, ts[i].Aliases, "", ""
	})
}

// upsertRows upserts n nodes of ns (node i's fields), whose ids setIDs
// has set.
func (l *bulkTx) upsertRows(ctx context.Context, ns *namedStmts, n int, node func(i int) (id, name string, aliases []string, role, side string)) (int, error) {
	at, created, err := l.insertRows(ctx, l.chunked().upsert[ns], n, func(dst []any, i int) []any {
		id, name, aliases, role, side := node(i)
		return append(dst, ns.args(id, name, jsonList(graph.MergeAliases(nil, aliases)), role, side)...)
	}, l.notInserted)
	if err != nil {
		return 0, err
	}
	for k, i := range at {
		if err := l.live(k); err != nil {
			return created, err
		}
		id, name, aliases, role, side := node(i)
		c, err := l.upsertStored(ns, id, name, aliases, role, side)
		if err != nil {
			return created, err
		}
		if c {
			created++
		}
	}
	return created, nil
}

// ReplaceAdded writes claims over added ones.
func (l *bulkTx) ReplaceAdded(ctx context.Context, claims []graph.Claim, fps []string) error {
	upd := l.stmt(l.st.updClaim)
	for i := range claims {
		if err := l.live(i); err != nil {
			return err
		}
		c := &claims[i]
		if _, err := upd.ExecContext(l.rowCtx, claimArgs(c, fps[i], l.now, false)...); err != nil {
			return translate(err, "update claim %s", c.ID)
		}
		if err := l.writeResponds(c, true); err != nil {
			return err
		}
	}
	return nil
}

// The deferred claims wait in a temporary table of the write connection
// (SQLite's temp database: a file of its own, not the store's), JSON
// each, so that a bulk transaction of any number of changes holds none in
// memory. It is part of the transaction: a unit's Undo and a rollback
// take its rows back.
const deferredTable = `CREATE TEMP TABLE IF NOT EXISTS bulk_deferred (
	seq   INTEGER PRIMARY KEY,
	id    TEXT NOT NULL,
	claim TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS temp.bulk_deferred_id ON bulk_deferred (id)`

// DeferClaims keeps claims until DeferredClaims.
func (l *bulkTx) DeferClaims(ctx context.Context, claims []graph.Claim) error {
	st, err := l.tx.PrepareContext(ctx, `INSERT INTO temp.bulk_deferred (id, claim) VALUES (?, ?)`)
	if err != nil {
		return translate(err, "defer changed claims")
	}
	defer st.Close()
	for i := range claims {
		b, err := json.Marshal(&claims[i])
		if err != nil {
			return fmt.Errorf("defer claim %s: %w", claims[i].ID, err)
		}
		if _, err := st.ExecContext(l.rowCtx, claims[i].ID, b); err != nil {
			return translate(err, "defer claim %s", claims[i].ID)
		}
	}
	return nil
}

// deferredChunk is how many deferred claims DeferredClaims hands on at a
// time: a load batch.
const deferredChunk = 5000

// DeferredClaims hands the deferred claims back in order, then drops
// them.
func (l *bulkTx) DeferredClaims(ctx context.Context, fn func([]graph.Claim) error) error {
	var after int64
	for {
		chunk, last, err := l.deferredAfter(ctx, after)
		if err != nil {
			return err
		}
		if len(chunk) == 0 {
			break
		}
		if err := fn(chunk); err != nil {
			return err
		}
		after = last
	}
	_, err := l.tx.ExecContext(ctx, `DROP TABLE temp.bulk_deferred`)
	return translate(err, "deferred claims")
}

// deferredAfter reads the deferred claims after seq after, a chunk at
// most, and the seq of the last.
func (l *bulkTx) deferredAfter(ctx context.Context, after int64) ([]graph.Claim, int64, error) {
	rows, err := l.tx.QueryContext(ctx, `SELECT seq, claim FROM temp.bulk_deferred WHERE seq > ? ORDER BY seq LIMIT ?`, after, deferredChunk)
	if err != nil {
		return nil, 0, translate(err, "deferred claims")
	}
	defer rows.Close()
	var out []graph.Claim
	for rows.Next() {
		var b []byte
		var c graph.Claim
		if err := rows.Scan(&after, &b); err != nil {
			return nil, 0, translate(err, "deferred claims")
		}
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, 0, fmt.Errorf("deferred claims: %w", err)
		}
		out = append(out, c)
	}
	return out, after, translate(rows.Err(), "deferred claims")
}

// bulkStoredSQL reads the fingerprints of the claims in a JSON list that
// are stored, whether added by the transaction (rowid above ?1) and
// whether deferred.
const bulkStoredSQL = `SELECT c.id, c.fingerprint, c.rowid > ?1,
	EXISTS (SELECT 1 FROM temp.bulk_deferred d WHERE d.id = c.id)
	FROM claims c WHERE c.id IN (SELECT value FROM json_each(?2))`

// groupChunk is how many group members AddedGroups reads at a time.
const groupChunk = 4096

// memberCols are the columns of a BulkMember, in readMembers' order: the
// prop_key index's, so that reading them is reading the index, but for
// the flag of a denial stored before the transaction (SQLite reads a
// table row only for a column the index lacks: OP_DeferredSeek).
const memberCols = `prop_key, speaker_id, side_slug, kind, polarity, said_at, rowid,
	CASE WHEN rowid <= ?1 AND kind = 'denial' THEN counterclaim ELSE 0 END`

// The reads of AddedGroups: every member after (?2 … ?8) in the prop_key
// index's order, ?9 members at most (into an empty store); the new
// claims' keys (into a store that held claims); the groups of a JSON list
// of keys, each in rowid order.
//
// Into an empty store every member is added, and the order within a group
// counts for nothing (Bulk pairs each added member with those before it,
// whatever the order): the index's own order, resumed after the last
// member read by all its columns, is read without a sort. Ordered by key
// and rowid, SQLite sorted each group again in a temporary b-tree (the
// index orders a group by its other columns): the sqlite3 shell read the
// 1M store's index that way in 0.53 s of CPU, in the index's order in 0.24.
const (
	allMembersSQL = `SELECT ` + memberCols + ` FROM claims INDEXED BY claims_prop_key
		WHERE (prop_key, kind, polarity, side_slug, speaker_id, said_at, rowid) > (?2, ?3, ?4, ?5, ?6, ?7, ?8)
		ORDER BY prop_key, kind, polarity, side_slug, speaker_id, said_at, rowid LIMIT ?9`
	addedKeysSQL = `CREATE TEMP TABLE bulk_groups (prop_key TEXT PRIMARY KEY) WITHOUT ROWID;
		INSERT OR IGNORE INTO temp.bulk_groups SELECT prop_key FROM claims WHERE rowid > ?`
	keyMembersSQL = `SELECT ` + memberCols + ` FROM claims INDEXED BY claims_prop_key
		WHERE prop_key IN (SELECT value FROM json_each(?2)) ORDER BY prop_key, rowid`
)

// AddedGroups streams the members of the groups with added claims, in
// key order (within a group, rowid order when it has members stored
// before), a chunk at a time. Each chunk is read whole (its
// statement ended) before fn sees it, so fn may write. Into an empty
// store every group has added claims and the index is read from end to
// end; otherwise the added claims' keys are listed first, in a temporary
// table, and their groups read a few hundred at a time.
func (l *bulkTx) AddedGroups(ctx context.Context, fn func([]graph.BulkMember) error) error {
	l.log.Debug("bulk load: counting the findings of the added claims")
	if l.base == 0 {
		// Before every member: the columns are NOT NULL, rowids positive.
		last := graph.BulkMember{Ref: -1}
		for {
			ms, err := l.readMembers(ctx, allMembersSQL, l.base, last.PropKey, string(last.Kind), string(last.Polarity),
				last.SideSlug, last.SpeakerID, last.SaidAt, last.Ref, groupChunk)
			if err != nil || len(ms) == 0 {
				return err
			}
			last = ms[len(ms)-1]
			if err := fn(ms); err != nil {
				return err
			}
		}
	}
	if _, err := l.tx.ExecContext(ctx, addedKeysSQL, l.base); err != nil {
		return translate(err, "bulk load: list groups")
	}
	defer l.tx.ExecContext(context.WithoutCancel(ctx), `DROP TABLE IF EXISTS temp.bulk_groups`)
	after := ""
	for {
		keys, err := l.groupKeys(ctx, after)
		if err != nil || len(keys) == 0 {
			return err
		}
		after = keys[len(keys)-1]
		ms, err := l.readMembers(ctx, keyMembersSQL, l.base, jsonList(keys))
		if err != nil {
			return err
		}
		for len(ms) > 0 {
			n := min(len(ms), groupChunk)
			if err := fn(ms[:n]); err != nil {
				return err
			}
			ms = ms[n:]
		}
	}
}

// groupKeysChunk is how many groups AddedGroups reads at a time from a
// store that held claims before.
const groupKeysChunk = 256

func (l *bulkTx) groupKeys(ctx context.Context, after string) ([]string, error) {
	var keys []string
	err := l.column(ctx, `SELECT prop_key FROM temp.bulk_groups WHERE prop_key > ? ORDER BY prop_key LIMIT ?`,
		func(k string) { keys = append(keys, k) }, after, groupKeysChunk)
	return keys, translate(err, "bulk load: list groups")
}

// readMembers runs a query of memberCols and returns its rows.
func (l *bulkTx) readMembers(ctx context.Context, query string, args ...any) ([]graph.BulkMember, error) {
	rows, err := l.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, translate(err, "bulk load: read groups")
	}
	defer rows.Close()
	var out []graph.BulkMember
	for rows.Next() {
		var m graph.BulkMember
		var kind, pol string
		if err := rows.Scan(&m.PropKey, &m.SpeakerID, &m.SideSlug, &kind, &pol, &m.SaidAt, &m.Ref, &m.Counterclaim); err != nil {
			return nil, translate(err, "bulk load: read groups")
		}
		m.Kind, m.Polarity = graph.Kind(kind), graph.Polarity(pol)
		m.Added = m.Ref > l.base
		out = append(out, m)
	}
	return out, translate(rows.Err(), "bulk load: read groups")
}

// The counts of AddedAccusations: of every accusation key, into an empty
// store; of the keys of the claims above rowid ?1, into one that held
// claims.
const (
	allAccSQL   = `SELECT acc_key, 0, count(*) FROM claims WHERE acc_key <> '' GROUP BY acc_key`
	addedAccSQL = `SELECT acc_key, sum(rowid <= ?1), sum(rowid > ?1) FROM claims
		WHERE acc_key IN (SELECT acc_key FROM claims WHERE rowid > ?1 AND acc_key <> '') AND acc_key <> ''
		GROUP BY acc_key`
)

// AddedAccusations counts, for the accusation keys of added claims, the
// claims stored before and added.
func (l *bulkTx) AddedAccusations(ctx context.Context) (map[string]graph.AccCount, error) {
	out := map[string]graph.AccCount{}
	// Into an empty store, every accusation is added: one pass over the
	// acc_key index.
	q := allAccSQL
	if l.base > 0 {
		q = addedAccSQL
	}
	rows, err := l.tx.QueryContext(ctx, q, l.base)
	if err != nil {
		return nil, translate(err, "bulk load: count accusations")
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var c graph.AccCount
		if err := rows.Scan(&k, &c.Stored, &c.Added); err != nil {
			return nil, translate(err, "bulk load: count accusations")
		}
		out[k] = c
	}
	return out, translate(rows.Err(), "bulk load: count accusations")
}

// addedLinksSQL reads the links with an end above rowid ?1.
const addedLinksSQL = `SELECT a.rowid, b.rowid
	FROM claim_responds r JOIN claims a ON a.id = r.from_id JOIN claims b ON b.id = r.to_id
	WHERE (a.rowid > ?1 OR b.rowid > ?1) AND a.rowid <> b.rowid`

// AddedLinks returns the responds_to links of added claims, both ends
// stored, from the id index alone.
func (l *bulkTx) AddedLinks(ctx context.Context) ([]graph.BulkLink, error) {
	var out []graph.BulkLink
	err := func() error {
		rows, err := l.tx.QueryContext(ctx, addedLinksSQL, l.base)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var x graph.BulkLink
			if err := rows.Scan(&x.From, &x.To); err != nil {
				return err
			}
			out = append(out, x)
		}
		return rows.Err()
	}()
	return out, translate(err, "bulk load: read links")
}
