package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"os"
)

// A store's file can be replaced under its connections: a fresh bulk
// load (fresh.go) renames its side file over the store once no other
// connection holds the old file, but a connection opened just after
// that check (another process opening the store, or a read starting)
// holds the old, unlinked file, and its writes would be lost.
//
// So every connection remembers the file it opened, as os.Stat names it
// just before the connection opens it (a rename between the two makes
// the connection look moved when it is not, which costs one reconnect;
// never the reverse). A write transaction checks, once it has taken its
// turn (turns.begin: the bulk lock, shared, which a fresh load holds
// exclusively from its check to its rename, so no rename comes between
// this check and the BEGIN), that the path still names that file; a read
// connection checks when the pool hands it out again (ResetSession). When
// the path names another file, the connection says it is bad
// (driver.ErrBadConn): database/sql closes it and opens another, on the
// new file, where it prepares the pool's statements again, and the call
// proceeds there. One stat per transaction or read, not per statement.
//
// SQLite closes a connection whose file has moved without checkpointing
// it and without deleting the -wal and -shm beside the path, which may
// be the new file's by then.

// fileAt is the file at p, nil when there is none (SQLite creates it).
func fileAt(p string) os.FileInfo {
	fi, err := os.Stat(p)
	if err != nil {
		return nil
	}
	return fi
}

// openedFile records the file a connection opened.
type openedFile struct {
	path string
	file os.FileInfo // nil: unknown, never reported moved
}

// connect opens a connection through c and records its file.
func connect(ctx context.Context, c driver.Connector, path string) (driver.Conn, openedFile, error) {
	fi := fileAt(path)
	conn, err := c.Connect(ctx)
	if err != nil {
		return nil, openedFile{}, err
	}
	if fi == nil {
		// The connection created the file: no rename can have replaced
		// a file that did not exist (a fresh load needs the store).
		fi = fileAt(path)
	}
	return conn, openedFile{path: path, file: fi}, nil
}

// moved reports whether the path names another file than the one the
// connection opened. A path that names nothing is not a move: reopening
// would create an empty store.
func (o openedFile) moved() bool {
	if o.file == nil {
		return false
	}
	fi := fileAt(o.path)
	return fi != nil && !os.SameFile(o.file, fi)
}

// sqliteConn is what the driver's connections implement, and the read
// pool's wrapper passes on.
type sqliteConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
}

// readConnector opens the read pool's connections, which check their
// file when they are handed out again.
type readConnector struct {
	driver.Connector
	path string
}

func (c *readConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, file, err := connect(ctx, c.Connector, c.path)
	if err != nil {
		return nil, err
	}
	sc, ok := conn.(sqliteConn)
	if !ok {
		conn.Close()
		return nil, errors.New("sqlite driver: connection lacks a context method")
	}
	return &readConn{sqliteConn: sc, file: file}, nil
}

// readConn is a read connection.
type readConn struct {
	sqliteConn
	file openedFile
}

// ResetSession runs when the pool hands out a connection that served
// before.
func (r *readConn) ResetSession(ctx context.Context) error {
	if r.file.moved() {
		return driver.ErrBadConn
	}
	return r.sqliteConn.ResetSession(ctx)
}

// unmoved returns conn, a connection of the write pool, or, when its
// file has moved, a new one in its place.
func (s *Store) unmoved(ctx context.Context, conn *sql.Conn) (*sql.Conn, error) {
	err := conn.Raw(func(c any) error {
		if wc, ok := c.(*writeConn); ok && wc.file.moved() {
			return driver.ErrBadConn
		}
		return nil
	})
	if err == nil {
		return conn, nil
	}
	conn.Close()
	if !errors.Is(err, driver.ErrBadConn) {
		return nil, err
	}
	return s.w.Conn(ctx)
}
