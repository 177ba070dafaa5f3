//go:build !sqlite_cgo

package sqlite

import (
	"database/sql/driver"
	"errors"
	"net/url"

	sqlite "modernc.org/sqlite"
)

// Driver names the SQLite driver this binary was built with, so that
// figures say what they measured.
const Driver = "modernc.org/sqlite (pure Go)"

// connector opens connections as c says through modernc.org/sqlite, whose
// DSN runs each _pragma=name(value) in order on connect.
func connector(c conn) (driver.Connector, error) {
	q := url.Values{}
	for _, p := range c.pragmas {
		q.Add("_pragma", p.name+"("+p.value+")")
	}
	if c.immediate {
		q.Set("_txlock", "immediate")
	}
	if c.immutable {
		q.Set("mode", "ro")
		q.Set("immutable", "1")
	}
	u := url.URL{Scheme: "file", Path: c.path, RawQuery: q.Encode()}
	return sqlite.NewConnector("file:" + u.EscapedPath() + "?" + u.RawQuery)
}

// resultCode is the extended SQLite result code err carries, if it is a
// SQLite error.
func resultCode(err error) (int, bool) {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return 0, false
	}
	return se.Code(), true
}
