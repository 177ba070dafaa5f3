package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
)

// A bulk transaction into an empty store (a fresh load: no row in any
// table) builds the store in a side file beside it, <db>-fresh, instead
// of in the store itself, and renames it over the store when it is done.
// The side file is written without a WAL and without syncs
// (journal_mode=MEMORY, synchronous=OFF): in WAL mode every page of a
// bulk transaction is written twice, to the WAL as the cache spills and
// at the commit, then to the file at the checkpoint, and a page the
// cache dropped is read back from the WAL. A 1M-claim floor wrote 3.7 GB
// and took about 72 s of CPU that way, 1.4 GB and 54 s without. The
// in-memory journal holds only the pages the file had when the
// transaction began (a fresh file's schema: SQLite journals no page past
// the file's original end), and keeps ROLLBACK TO working, which a
// file's unit (Undo) needs and journal_mode=OFF would not.
//
// Crash safety comes from the rename instead of the journal: until it,
// the store is the old empty one, and a crash leaves at most a side file,
// which the next bulk transaction, or the next Open while no bulk
// transaction runs, removes; after it, the store is the new one, whole
// (the side file was fsynced before it, the directory after it).
//
// The rename needs the store to itself: a connection that another
// process (or another Store in this one) holds on the old file would go
// on reading and writing that file, and its WAL, once the new file is in
// place. So at the commit the store's own readers let their connections
// go, and the write connection switches the old file out of WAL mode,
// which SQLite refuses while any other connection is open (and which
// checkpoints and deletes the old, empty store's -wal and -shm, so that
// the new file does not meet them). When that is refused, the rows are
// copied from the side file into the store in one transaction instead:
// the old path's cost, with the same result.
//
// A connection opened in the instant between that check and the rename
// (a process opening the store just then, or a read of this store's that
// starts then) holds the old, unlinked file. Every connection remembers
// the file it opened and checks that the path still names it before a
// write transaction or a bulk load (once it has its turn: the bulk lock,
// which this load holds from that check until after the rename) and when
// the pool hands it out again for a read; when it does not, the
// connection is dropped and one on the new file opened (moved.go). So
// such a connection's writes land in the new store (a bulk load finds it
// not empty), and its reads after the rename read it; only a read
// already running on it at the rename reads the old file to its end.

// freshSuffix names the side file a fresh store is built in.
const freshSuffix = "-fresh"

// freshCacheKiB is the side file's page cache, in KiB. Without a journal
// a page the cache drops is written to the file and read back from it,
// not from a WAL; the cache bounds the load's memory as bulkCacheKiB
// does (the 1 GB article load's first bulk transaction is a fresh one).
const freshCacheKiB = bulkCacheKiB

// freshDSN is the side file's data source name: no journal, no sync
// until the commit's own fsync (commitFresh).
func freshDSN(abs string, busy time.Duration) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+fmt.Sprint(busy.Milliseconds())+")")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(MEMORY)")
	q.Add("_pragma", "synchronous(OFF)")
	q.Add("_pragma", "mmap_size(67108864)")
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", freshCacheKiB))
	u := url.URL{Scheme: "file", Path: abs, RawQuery: q.Encode()}
	return "file:" + u.EscapedPath() + "?" + u.RawQuery
}

// isEmpty reports whether no table of the store holds a row, on conn
// (the write connection, so that no writer can add one meanwhile).
func isEmpty(ctx context.Context, conn *sql.Conn) (bool, error) {
	tables, err := tableNames(ctx, conn, "main")
	if err != nil {
		return false, translate(err, "bulk load: is the store empty")
	}
	for _, t := range tables {
		var any bool
		// The names come from the schema, written by our migrations.
		if err := conn.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM "`+t+`")`).Scan(&any); err != nil {
			return false, translate(err, "bulk load: is the store empty")
		}
		if any {
			return false, nil
		}
	}
	return true, nil
}

// removeStaleFresh removes a side file a crashed bulk transaction left.
// The caller holds the bulk lock, or knows nobody does.
func removeStaleFresh(abs string) error {
	err := os.Remove(abs + freshSuffix)
	if err == nil || errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return graph.WrapCode(graph.EUnavailable, err, "remove the stale side file of %s", abs)
}

// openFresh creates the side file, with the store's schema and
// statements, as a Store of its own (its writer only: nothing reads it).
func (s *Store) openFresh(ctx context.Context) (*Store, error) {
	if err := removeStaleFresh(s.path); err != nil {
		return nil, err
	}
	p := s.path + freshSuffix
	db, err := sql.Open("sqlite", freshDSN(p, 10*time.Second))
	if err != nil {
		return nil, graph.WrapCode(graph.EUnavailable, err, "bulk load: create %s", p)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	side := &Store{path: p, w: db, turns: &turns{}, log: s.log, now: s.now, profileAt: s.profileAt}
	if err := side.migrate(ctx); err != nil {
		db.Close()
		os.Remove(p)
		return nil, err
	}
	if err := side.prepare(ctx); err != nil {
		db.Close()
		os.Remove(p)
		return nil, err
	}
	return side, nil
}

// dropFresh closes and removes the side file.
func (b *bulkLoad) dropFresh() {
	if b.side == nil {
		return
	}
	b.side.closeWriter()
	os.Remove(b.side.path)
	b.side = nil
}

// commitFresh commits the side file's transaction and puts the side file
// in place of the store (see the top of this file).
func (b *bulkLoad) commitFresh(ctx context.Context) error {
	if err := b.tx.Commit(); err != nil {
		return translate(err, "commit")
	}
	b.s.log.Debug("bulk load: fresh store committed, syncing it")
	// The side connection goes back to its pool with its bulk pragmas:
	// closing the pool closes it.
	b.conn.Close()
	side := b.side
	b.side = nil
	if err := side.closeWriter(); err != nil {
		os.Remove(side.path)
		return fmt.Errorf("close %s: %w", side.path, err)
	}
	if err := syncFile(side.path); err != nil {
		os.Remove(side.path)
		return err
	}
	s := b.s
	// The readers keep no idle connection until the store is in place:
	// one a query opens meanwhile is closed when the query ends, not
	// kept on the old file.
	s.r.SetMaxIdleConns(0)
	defer s.r.SetMaxIdleConns(s.readers)
	alone, err := b.alone(ctx)
	if err != nil {
		os.Remove(side.path)
		return err
	}
	if !alone {
		s.log.Info("bulk load: another connection holds the store open: copying the new rows into it instead of renaming", "store", s.path)
		err := b.copyFresh(ctx, side.path)
		os.Remove(side.path)
		return err
	}
	if s.beforeRename != nil {
		s.beforeRename()
	}
	s.log.Debug("bulk load: fresh store written, renaming it over the store")
	if err := os.Rename(side.path, s.path); err != nil {
		os.Remove(side.path)
		return graph.WrapCode(graph.EUnavailable, err, "bulk load: put the new store in place")
	}
	if err := syncDir(filepath.Dir(s.path)); err != nil {
		return err
	}
	// The write connection, which holds the old file, is dropped by
	// finish.
	s.log.Debug("bulk load: fresh store in place")
	return nil
}

// alone switches the old file out of WAL mode on the write connection,
// which SQLite does only when no other connection has the file open (the
// store's readers have let theirs go); true when it did.
func (b *bulkLoad) alone(ctx context.Context) (bool, error) {
	// Another connection is not waited for: the connection is dropped
	// after the load (finish), its busy timeout with it.
	if _, err := b.main.ExecContext(ctx, `PRAGMA busy_timeout = 200`); err != nil {
		return false, translate(err, "bulk load: take the store")
	}
	var mode string
	err := b.main.QueryRowContext(ctx, `PRAGMA journal_mode = DELETE`).Scan(&mode)
	switch {
	case err != nil && isBusy(err):
		return false, nil
	case err != nil:
		return false, translate(err, "bulk load: take the store")
	}
	if strings.EqualFold(mode, "delete") {
		return true, nil
	}
	// Still WAL: give it back its mode and copy.
	_, err = b.main.ExecContext(ctx, `PRAGMA journal_mode = WAL`)
	return false, translate(err, "bulk load: take the store")
}

// copyFresh copies every table of the side file at p into the store, in
// one transaction on the write connection. The tables are the same and
// the store's are empty, so SQLite copies them page by page, rowids and
// all (its transfer optimisation).
func (b *bulkLoad) copyFresh(ctx context.Context, p string) error {
	c := b.main
	if _, err := c.ExecContext(ctx, `ATTACH DATABASE ? AS fresh`, p); err != nil {
		return translate(err, "bulk load: attach %s", p)
	}
	defer c.ExecContext(context.WithoutCancel(ctx), `DETACH DATABASE fresh`)
	tables, err := tableNames(ctx, c, "fresh")
	if err != nil {
		return translate(err, "bulk load: copy the new rows")
	}
	tx, err := c.BeginTx(ctx, nil)
	if err != nil {
		return translate(err, "bulk load: copy the new rows")
	}
	defer tx.Rollback()
	for _, t := range tables {
		if _, err := tx.ExecContext(ctx, `INSERT INTO main."`+t+`" SELECT * FROM fresh."`+t+`"`); err != nil {
			return translate(err, "bulk load: copy table %s", t)
		}
	}
	if _, err := tx.ExecContext(ctx, `PRAGMA analysis_limit = 1000; ANALYZE main.claims; ANALYZE main.claim_responds`); err != nil {
		return translate(err, "bulk load: analyze")
	}
	return translate(tx.Commit(), "bulk load: copy the new rows")
}

// syncFile fsyncs the file at p.
func syncFile(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return graph.WrapCode(graph.EUnavailable, err, "bulk load: sync %s", p)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return graph.WrapCode(graph.EUnavailable, err, "bulk load: sync %s", p)
	}
	return nil
}

// syncDir fsyncs a directory, so that a rename in it survives a crash.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return graph.WrapCode(graph.EUnavailable, err, "bulk load: sync %s", dir)
	}
	defer d.Close()
	// Some file systems refuse to sync a directory; their renames are
	// as durable as they make them.
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) && !errors.Is(err, errors.ErrUnsupported) {
		return graph.WrapCode(graph.EUnavailable, err, "bulk load: sync %s", dir)
	}
	return nil
}

// tableNames lists the tables of the attached database schema ("main",
// "fresh"), SQLite's own left out.
func tableNames(ctx context.Context, conn *sql.Conn, schema string) ([]string, error) {
	// schema is one of this file's constants, never input: an attached
	// database's name cannot be a parameter.
	rows, err := conn.QueryContext(ctx, `SELECT name FROM `+schema+`.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		tables = append(tables, n)
	}
	return tables, rows.Err()
}
