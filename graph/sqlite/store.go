// Package sqlite is contra's embedded graph.Store: one SQLite file written
// through modernc.org/sqlite (pure Go, no cgo). Nodes are rows; findings
// are derived from the claims on read, and every lookup detection needs is
// an index lookup. The schema is versioned with embedded migrations and
// PRAGMA user_version.
//
// A Store keeps two connection pools on the file: one connection for writes,
// so loads in one process queue up instead of racing for SQLite's lock, and
// a few read-only connections that, thanks to WAL, read a consistent
// snapshot while a load is running.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/contra-project/contra/graph"
	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

var (
	_ graph.Store    = (*Store)(nil)
	_ graph.JobStore = (*Store)(nil)
)

// Store is a contradiction graph in one SQLite file. It is safe for
// concurrent use.
type Store struct {
	path  string
	w     *sql.DB // one connection: every write goes through it
	st    *stmts  // the write path's statements, prepared on w
	r     *sql.DB // read-only connections
	turns *turns  // writers of the file, in any process, take turns
	// readOnly is why the store was opened read-only ("" when it was not):
	// its file or file system refuses writes. Reads work; writes fail
	// with EUnavailable saying so.
	readOnly string
	log      *slog.Logger
	now      func() time.Time
	closed   atomic.Bool
	wrote    atomic.Bool // a Load committed: Close refreshes the planner's statistics
	// bulk is the open bulk transaction, if any: the load's other writes
	// go into it (inWrite).
	bulk atomic.Pointer[bulkLoad]

	// beforeCommit, when set (by tests), runs inside Load's transaction
	// after everything is written and before the commit.
	beforeCommit func(ctx context.Context) error
	// beforeRename, when set (by tests), runs in a fresh bulk load's
	// commit after the check that the store is alone, before the rename.
	beforeRename func()
	// profileAt is the size at which a proposition group gets a profile.
	profileAt int
	readers   int // the read pool's idle connections (WithReaders)
}

// defaultProfileAt is the proposition group size from which Load counts
// a group from its profile (graph.ProfileKeys) instead of reading its
// members. A profile costs a new claim about ten rows to update and a
// dozen to read, a member one row to read and a comparison per new claim:
// below a few dozen members, reading them is cheaper.
const defaultProfileAt = 64

type options struct {
	readers     int
	busyTimeout time.Duration
	log         *slog.Logger
	now         func() time.Time
	profileAt   int
}

// Option configures Open.
type Option func(*options)

// WithReaders sets how many read connections the store keeps open (default 4).
func WithReaders(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.readers = n
		}
	}
}

// WithBusyTimeout sets how long a statement waits for another process's
// lock before failing with graph.EUnavailable (default 10s).
func WithBusyTimeout(d time.Duration) Option {
	return func(o *options) {
		if d > 0 {
			o.busyTimeout = d
		}
	}
}

// WithLogger sets the logger for migrations and slow paths (default: slog.Default()).
func WithLogger(l *slog.Logger) Option {
	return func(o *options) {
		if l != nil {
			o.log = l
		}
	}
}

// WithClock sets the clock that stamps loaded_at and changed_at (default time.Now).
func WithClock(now func() time.Time) Option {
	return func(o *options) {
		if now != nil {
			o.now = now
		}
	}
}

// Open opens the store in the SQLite file at path, creating it when it does
// not exist and migrating its schema to the current version. It refuses,
// without writing to it, a file that is not a SQLite database (EInvalid) and
// a database written by a newer schema version (EUnavailable).
//
// A store whose file or file system refuses writes (a read-only mount, a
// file without write permission) is opened read-only: every read works, and
// every write fails with EUnavailable naming the reason. On a read-only file
// system the file is opened immutable (SQLite takes no locks and reads no
// WAL: nothing can change it), so its last writer must have closed it.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	o := options{readers: 4, busyTimeout: 10 * time.Second, log: slog.Default(), now: time.Now, profileAt: defaultProfileAt}
	for _, opt := range opts {
		opt(&o)
	}
	if path == "" {
		return nil, graph.Errorf(graph.EInvalid, "open sqlite store: no path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, graph.WrapCode(graph.EInvalid, err, "open sqlite store %s", path)
	}
	// Look at the header before SQLite does: the DSN's journal_mode pragma
	// would otherwise rewrite a newer or foreign file on the first connect.
	if err := checkHeader(abs); err != nil {
		return nil, err
	}
	ro, immutable := readOnlyReason(abs)
	s := &Store{path: abs, log: o.log, now: o.now, profileAt: o.profileAt, readOnly: ro, readers: o.readers}
	if err := s.openWriter(ctx, o, immutable); err != nil {
		return nil, err
	}
	// A side file a crashed fresh bulk load left (fresh.go) is removed
	// once no bulk transaction, which could be building it, runs.
	if s.turns.bulk != nil && flock(s.turns.bulk, lockEX|lockNB) {
		err := removeStaleFresh(abs)
		flock(s.turns.bulk, lockUN)
		if err != nil {
			s.closeWriter()
			return nil, err
		}
	}
	if err := s.migrate(ctx); err != nil {
		s.closeWriter()
		return nil, err
	}
	if err := s.prepare(ctx); err != nil {
		s.closeWriter()
		return nil, err
	}
	rc, err := sqlite.NewConnector(dsn(abs, o.busyTimeout, false, immutable))
	if err != nil {
		s.closeWriter()
		return nil, graph.WrapCode(graph.EUnavailable, err, "open sqlite store %s", path)
	}
	r := sql.OpenDB(&readConnector{Connector: rc, path: abs})
	r.SetMaxOpenConns(o.readers)
	r.SetMaxIdleConns(o.readers)
	s.r = r
	if err := pingBusy(ctx, r, o.busyTimeout); err != nil {
		s.Close()
		return nil, translate(err, "open sqlite store %s", path)
	}
	return s, nil
}

// openWriter opens the pool writes go through: one connection, whose
// writes take turns with other writers (turns). A read-only store's writer
// reads (the schema version) and refuses writes.
func (s *Store) openWriter(ctx context.Context, o options, immutable bool) error {
	wc := &writeConnector{path: s.path, turns: &turns{}}
	dsnW := dsn(s.path, o.busyTimeout, true, false)
	if s.readOnly != "" {
		dsnW = dsn(s.path, o.busyTimeout, false, immutable)
		wc.readOnly = readOnlyError(s.path, s.readOnly)
	} else {
		wc.turns = openTurns(s.path, s.log)
	}
	c, err := sqlite.NewConnector(dsnW)
	if err != nil {
		wc.turns.close()
		return graph.WrapCode(graph.EUnavailable, err, "open sqlite store %s", s.path)
	}
	wc.Connector = c
	w := sql.OpenDB(wc)
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	s.w, s.turns = w, wc.turns
	if err := pingBusy(ctx, w, o.busyTimeout); err != nil {
		s.closeWriter()
		return translate(err, "open sqlite store %s", s.path)
	}
	return nil
}

func (s *Store) closeWriter() error {
	err := errors.Join(s.st.close(), s.w.Close())
	s.turns.close()
	return err
}

// readOnlyReason says why the existing file at abs cannot be written, ""
// if it can (or does not exist: SQLite creates it); immutable when nothing
// can write it (a read-only file system).
func readOnlyReason(abs string) (why string, immutable bool) {
	f, err := os.OpenFile(abs, os.O_RDWR, 0)
	switch {
	case err == nil:
		f.Close()
		return "", false
	case errors.Is(err, syscall.EROFS):
		return "read-only file system", true
	case errors.Is(err, fs.ErrPermission):
		return "no permission to write the file", false
	}
	return "", false
}

// pingBusy connects, retrying while the database is busy. Turning a new
// file to WAL (a DSN pragma, run on connect) needs an exclusive lock that
// SQLite does not wait for through the busy handler, so two processes
// opening one new file at once would otherwise see SQLITE_BUSY.
func pingBusy(ctx context.Context, db *sql.DB, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	wait := 5 * time.Millisecond
	for {
		err := db.PingContext(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 200*time.Millisecond)
	}
}

// dsn builds the data source name. Pragmas go in the DSN because they are
// per connection and database/sql opens connections whenever it likes.
// Writers begin IMMEDIATE so that a transaction takes the write lock up
// front instead of failing with SQLITE_BUSY when it upgrades a read lock.
//
// A read-only store (!write) is opened with mode=ro, and immutable on a
// read-only file system, where SQLite could create neither the WAL's
// shared memory nor a lock; its journal mode is left as the file says.
func dsn(abs string, busy time.Duration, write, immutable bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+fmt.Sprint(busy.Milliseconds())+")")
	q.Add("_pragma", "foreign_keys(1)")
	if immutable {
		q.Set("mode", "ro")
		q.Set("immutable", "1")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
	}
	q.Add("_pragma", "synchronous(NORMAL)")
	// Reads go through a 64 MiB mmap, whose pages the kernel shares and
	// reclaims, and each connection's own page cache. That cache costs
	// about twice its size in RSS (the allocator rounds a page and its
	// header up to a power of two): at 64 MiB, a 1 GB article load and
	// its closing count held some 250 MB in two caches. 32 MiB each is
	// the compromise: loading 1M claims ran at 8,640 claims/s with a
	// 64 MiB writer cache and 7,236 with 16 MiB.
	q.Add("_pragma", "mmap_size(67108864)")
	if write {
		q.Add("_pragma", "cache_size(-32768)")
		q.Set("_txlock", "immediate")
		// A load dirties pages all over the indexes; checkpointing every
		// 64 MiB of WAL instead of every 4 MiB copies each page to the
		// main file once for many loads instead of once per load.
		q.Add("_pragma", "wal_autocheckpoint(16384)")
		q.Add("_pragma", "journal_size_limit(67108864)")
	} else {
		// A reader walks an index in order and reads each page about
		// once, and an idle pooled connection keeps its cache: at 32 MiB,
		// a whole-store report on 1M claims peaked at 293 MB with three
		// readers' caches full, at 8 MiB at 200 MB, for the same CPU.
		q.Add("_pragma", "cache_size(-8192)")
		q.Add("_pragma", "query_only(1)")
	}
	u := url.URL{Scheme: "file", Path: abs, RawQuery: q.Encode()}
	return "file:" + u.EscapedPath() + "?" + u.RawQuery
}

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// checkHeader refuses files that are not SQLite databases, databases of
// other programs, and databases whose user_version (bytes 60..63 of the
// header, big-endian) is newer than the migrations this binary carries. A
// missing or empty file is fine: SQLite creates it.
func checkHeader(abs string) error {
	f, err := os.Open(abs)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return graph.WrapCode(graph.EUnavailable, err, "open sqlite store %s", abs)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return graph.WrapCode(graph.EUnavailable, err, "open sqlite store %s", abs)
	}
	if st.IsDir() {
		return graph.Errorf(graph.EInvalid, "open sqlite store %s: is a directory", abs)
	}
	if st.Size() == 0 {
		return nil
	}
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil || string(h[:16]) != sqliteMagic {
		return graph.Errorf(graph.EInvalid, "open sqlite store %s: not a SQLite database", abs)
	}
	v := int(binary.BigEndian.Uint32(h[60:64]))
	if v > schemaVersion() {
		return newerSchema(abs, v)
	}
	// Version 0 with a non-zero schema cookie (bytes 40..43) is a database
	// someone created tables in: not ours, and not ours to convert to WAL.
	if v == 0 && binary.BigEndian.Uint32(h[40:44]) != 0 {
		return graph.Errorf(graph.EInvalid, "open sqlite store %s: a SQLite database without a contra schema version", abs)
	}
	return nil
}

func newerSchema(abs string, v int) error {
	return graph.Errorf(graph.EUnavailable,
		"open sqlite store %s: schema version %d is newer than this contra supports (%d); upgrade contra",
		abs, v, schemaVersion())
}

// Close releases the store. It is idempotent; other calls after it fail
// with EUnavailable.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	var errs []error
	if s.wrote.Load() {
		// Without statistics the planner can pick a low-selectivity index
		// (side_slug over prop_key); optimize analyses only what changed,
		// bounded by analysis_limit, so it costs milliseconds.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		if _, err := s.w.ExecContext(ctx, `PRAGMA analysis_limit=1000; PRAGMA optimize;`); err != nil {
			s.log.Debug("sqlite optimize skipped", "path", s.path, "err", err)
		}
		cancel()
	}
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	// Closing the last connection checkpoints the WAL into the main file.
	errs = append(errs, s.closeWriter())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close sqlite store %s: %w", s.path, err)
	}
	return nil
}

func (s *Store) check() error {
	if s.closed.Load() {
		return graph.Errorf(graph.EUnavailable, "sqlite store %s is closed", s.path)
	}
	return nil
}

// translate gives driver errors their codes: a busy or locked database is
// unavailable, a constraint failure is a conflict (unique) or invalid input
// (others), a file that is not a database is invalid. Anything else is
// wrapped without a code.
func translate(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.As(err, &ge) {
		return fmt.Errorf(format+": %w", append(args, err)...)
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		code := se.Code()
		switch code & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return graph.WrapCode(graph.EUnavailable, busyError{err}, format+": database is locked; try again", args...)
		case sqlite3.SQLITE_CONSTRAINT:
			if code == sqlite3.SQLITE_CONSTRAINT_UNIQUE || code == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY {
				return graph.WrapCode(graph.EConflict, err, format, args...)
			}
			return graph.WrapCode(graph.EInvalid, err, format, args...)
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return graph.WrapCode(graph.EInvalid, err, format+": not a usable SQLite database", args...)
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_PERM:
			return graph.WrapCode(graph.EUnavailable, err, format, args...)
		}
	}
	return fmt.Errorf(format+": %w", append(args, err)...)
}

// nanos and fromNanos convert the INTEGER unix-nanosecond columns.
func nanos(t time.Time) int64 { return t.UnixNano() }

func fromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }

// isBusy reports whether err is SQLite's busy or locked.
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code() & 0xff
	return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
}
