//go:build sqlite_cgo

package sqlite

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// Driver names the SQLite driver this binary was built with, so that
// figures say what they measured.
const Driver = "github.com/mattn/go-sqlite3 (cgo)"

// connector opens connections as c says through github.com/mattn/go-sqlite3.
// Its DSN knows some pragmas but runs them in its own order, with its own
// defaults, and lacks others (mmap_size, wal_autocheckpoint,
// journal_size_limit): every pragma runs instead from a connect hook, in
// c's order, after the driver's own. Only the busy timeout also goes in
// the DSN, so that the driver's first statement already waits.
func connector(c conn) (driver.Connector, error) {
	q := url.Values{}
	for _, p := range c.pragmas {
		if p.name == "busy_timeout" {
			q.Set("_busy_timeout", p.value)
		}
	}
	if c.immediate {
		q.Set("_txlock", "immediate")
	}
	if c.immutable {
		q.Set("mode", "ro")
		q.Set("immutable", "1")
	}
	u := url.URL{Scheme: "file", Path: c.path, RawQuery: q.Encode()}
	pragmas := c.pragmas
	d := &sqlite3.SQLiteDriver{ConnectHook: func(sc *sqlite3.SQLiteConn) error {
		for _, p := range pragmas {
			if _, err := sc.Exec("PRAGMA "+p.name+" = "+p.value, nil); err != nil {
				return fmt.Errorf("pragma %s: %w", p.name, err)
			}
		}
		return nil
	}}
	return cgoConnector{d: d, dsn: "file:" + u.EscapedPath() + "?" + u.RawQuery}, nil
}

// cgoConnector is the driver.Connector mattn's driver lacks: a DSN and
// the driver (with its connect hook) that opens it.
type cgoConnector struct {
	d   *sqlite3.SQLiteDriver
	dsn string
}

func (c cgoConnector) Connect(context.Context) (driver.Conn, error) { return c.d.Open(c.dsn) }

func (c cgoConnector) Driver() driver.Driver { return c.d }

// resultCode is the extended SQLite result code err carries, if it is a
// SQLite error.
func resultCode(err error) (int, bool) {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return 0, false
	}
	if se.ExtendedCode == 0 {
		// Some of the driver's errors (its backup's) carry only the
		// primary code.
		return int(se.Code), true
	}
	return int(se.ExtendedCode), true
}
