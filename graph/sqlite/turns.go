package sqlite

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/contra-project/contra/graph"
)

// Writers of one store file take turns, whatever process they are in.
// SQLite's own busy handler does not queue them: a waiting writer polls
// the lock, every 100 ms once it has waited a while, and a load that
// commits a batch and begins the next within a millisecond nearly always
// wins the lock back, so a second load or the scheduler saving its state
// waited out its whole busy timeout behind a long load and failed with
// "database is locked".
//
// So a writer about to wait for the lock says so, holding a shared
// flock(2) on the store's turn file (<db>-writers) until it has the lock;
// a writer that commits checks for such waiters (an exclusive flock it
// cannot take) and, if there are any, lets them go first: before it
// begins its next write, it waits until none is left waiting (at most
// maxYield). A waiter then waits for one transaction at most, which the
// loader keeps short (ingest.Options.MaxTransaction). The kernel drops
// the flocks of a process that dies, so a crash leaves nothing behind.
//
// A bulk load (BeginBulk) holds the write lock for one long transaction,
// far longer than any busy timeout, so it says so: it holds an exclusive
// flock on the store's bulk file (<db>-bulk), where it writes its process
// id and start time, for as long as its transaction lasts. Every other
// writer, before it asks SQLite for the lock, takes a shared flock on that
// file, and so waits for the bulk transaction to end, logging once what it
// waits for, instead of timing out on SQLite's lock; it then goes first
// (the bulk load yields at its commit like any writer). A bulk load waits
// for such a writer's begin the same way.
type turns struct {
	f     *os.File // nil: no turn file (a read-only store, or no flock)
	bulk  *os.File // the bulk file; nil with f
	yield atomic.Bool
	// holding: this store holds the bulk lock, so its own writes (the
	// bulk transaction's) do not wait for it.
	holding atomic.Bool
	log     *slog.Logger
}

// maxYield bounds how long a writer lets waiters go first: a waiter stuck
// behind some other program's lock must not stop contra's writes.
const maxYield = 2 * time.Second

// openTurns opens the turn file of the store at abs; without one (a
// directory that refuses it), writers do not take turns, and SQLite's
// busy timeout alone bounds their wait.
func openTurns(abs string, log *slog.Logger) *turns {
	t := &turns{log: log}
	if !flockSupported {
		return t
	}
	f, err := os.OpenFile(abs+"-writers", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return t
	}
	b, err := os.OpenFile(abs+"-bulk", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		f.Close()
		return t
	}
	t.f, t.bulk = f, b
	return t
}

func (t *turns) close() {
	if t.f != nil {
		t.f.Close()
		t.bulk.Close()
	}
}

// begin is called before a write: it lets waiters seen at the last commit
// go first, then announces this writer as waiting until done is called
// (once it has the lock, or failed).
func (t *turns) begin(ctx context.Context) (done func(), err error) {
	if t.f == nil {
		return func() {}, nil
	}
	if t.yield.Swap(false) {
		deadline := time.Now().Add(maxYield)
		for wait := time.Millisecond; !t.noneWaiting() && time.Now().Before(deadline); wait = min(2*wait, 20*time.Millisecond) {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(wait):
			}
		}
	}
	// The shared lock waits only for another writer's instant check.
	for !flock(t.f, lockSH|lockNB) {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
	if t.holding.Load() {
		return func() { flock(t.f, lockUN) }, nil
	}
	if err := t.waitBulk(ctx, lockSH); err != nil {
		flock(t.f, lockUN)
		return nil, err
	}
	return func() {
		flock(t.bulk, lockUN)
		flock(t.f, lockUN)
	}, nil
}

// waitBulk takes the bulk lock, shared (a writer about to begin) or
// exclusive (a bulk load), waiting for as long as another process's bulk
// transaction holds it: its end is the writer's turn. It says once, at
// info level, what it waits for.
func (t *turns) waitBulk(ctx context.Context, how int) error {
	said := false
	for wait := time.Millisecond; !flock(t.bulk, how|lockNB); wait = min(2*wait, 50*time.Millisecond) {
		if !said {
			said = true
			if who := t.bulkHolder(); who != "" {
				t.log.Info("waiting for the bulk load of "+who+" to end its transaction: it holds the store's write lock until then (Ctrl-C stops waiting)", "store", t.bulk.Name())
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
	return nil
}

// bulkHolder describes the bulk load that holds the bulk lock, from what
// it wrote in the bulk file; "" when it holds nothing or the file says
// nothing (a writer's begin holds the lock, shared, for an instant).
func (t *turns) bulkHolder() string {
	b := make([]byte, 128)
	n, _ := t.bulk.ReadAt(b, 0)
	pid, since, ok := strings.Cut(strings.TrimSpace(string(b[:n])), " ")
	if !ok {
		return ""
	}
	return "process " + pid + " (since " + since + ")"
}

// beginBulk takes the bulk lock for a bulk transaction and says who holds
// it; end releases it.
func (t *turns) beginBulk(ctx context.Context, now time.Time) (end func(), err error) {
	if t.f == nil {
		return func() {}, nil
	}
	if err := t.waitBulk(ctx, lockEX); err != nil {
		return nil, err
	}
	// What waiters print: the holder's process and start time.
	who := fmt.Sprintf("%d %s\n", os.Getpid(), now.Format(time.TimeOnly))
	if err := t.bulk.Truncate(0); err == nil {
		t.bulk.WriteAt([]byte(who), 0)
	}
	t.holding.Store(true)
	return func() {
		t.holding.Store(false)
		flock(t.bulk, lockUN)
	}, nil
}

// committed is called after a write ends: waiters seen now go first next
// time.
func (t *turns) committed() {
	if t.f != nil && !t.noneWaiting() {
		t.yield.Store(true)
	}
}

// noneWaiting reports whether no writer holds the shared lock.
func (t *turns) noneWaiting() bool {
	if !flock(t.f, lockEX|lockNB) {
		return false
	}
	flock(t.f, lockUN)
	return true
}

// writeConnector wraps the write pool's connections: every write takes
// its turn, and a read-only store refuses writes with a clear error.
type writeConnector struct {
	driver.Connector
	path     string
	turns    *turns
	readOnly error // non-nil: why the store is read-only
}

func (c *writeConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, file, err := connect(ctx, c.Connector, c.path)
	if err != nil {
		return nil, err
	}
	wc := &writeConn{c: c, file: file}
	var ok bool
	if wc.begin, ok = conn.(driver.ConnBeginTx); !ok {
		conn.Close()
		return nil, errors.New("sqlite driver: connection lacks BeginTx")
	}
	if wc.exec, ok = conn.(driver.ExecerContext); !ok {
		conn.Close()
		return nil, errors.New("sqlite driver: connection lacks ExecContext")
	}
	wc.Conn = conn
	return wc, nil
}

// writeConn is a write connection. Writes outside a transaction (an
// autocommit Exec) and transactions take turns; statements inside a
// transaction run as they are. Once it has its turn, a write checks
// that the store's path still names the file the connection opened
// (moved.go).
type writeConn struct {
	driver.Conn
	c     *writeConnector
	file  openedFile
	begin driver.ConnBeginTx
	exec  driver.ExecerContext
	inTx  bool
}

func (w *writeConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if w.c.readOnly != nil {
		return nil, w.c.readOnly
	}
	done, err := w.c.turns.begin(ctx)
	if err != nil {
		return nil, err
	}
	if w.file.moved() {
		done()
		return nil, driver.ErrBadConn
	}
	tx, err := w.begin.BeginTx(ctx, opts)
	done()
	if err != nil {
		return nil, err
	}
	w.inTx = true
	return &writeTx{Tx: tx, conn: w}, nil
}

func (w *writeConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	if w.inTx {
		return w.exec.ExecContext(ctx, query, args)
	}
	if w.c.readOnly != nil {
		return nil, w.c.readOnly
	}
	done, err := w.c.turns.begin(ctx)
	if err != nil {
		return nil, err
	}
	if w.file.moved() {
		done()
		return nil, driver.ErrBadConn
	}
	// The lock is taken by the statement itself: announced until it ends.
	res, err := w.exec.ExecContext(ctx, query, args)
	done()
	w.c.turns.committed()
	return res, err
}

func (w *writeConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	if p, ok := w.Conn.(driver.ConnPrepareContext); ok {
		return p.PrepareContext(ctx, query)
	}
	return w.Conn.Prepare(query)
}

func (w *writeConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if q, ok := w.Conn.(driver.QueryerContext); ok {
		return q.QueryContext(ctx, query, args)
	}
	return nil, driver.ErrSkip
}

func (w *writeConn) Ping(ctx context.Context) error {
	if p, ok := w.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

func (w *writeConn) ResetSession(ctx context.Context) error {
	if r, ok := w.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (w *writeConn) IsValid() bool {
	if v, ok := w.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

// writeTx is a transaction of a writeConn.
type writeTx struct {
	driver.Tx
	conn *writeConn
}

func (t *writeTx) Commit() error {
	err := t.Tx.Commit()
	t.conn.inTx = false
	t.conn.c.turns.committed()
	return err
}

func (t *writeTx) Rollback() error {
	err := t.Tx.Rollback()
	t.conn.inTx = false
	t.conn.c.turns.committed()
	return err
}

// readOnlyError is a write refused by a store opened read-only.
func readOnlyError(path, why string) error {
	return graph.Errorf(graph.EUnavailable, "sqlite store %s is read-only (%s): it can be read, not written", path, why)
}

// busyError marks SQLite's busy and locked errors as temporary
// (graph.Temporary): the call may succeed once the other writer is done.
type busyError struct{ error }

func (e busyError) Unwrap() error   { return e.error }
func (e busyError) Temporary() bool { return true }
