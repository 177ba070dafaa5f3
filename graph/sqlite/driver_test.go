package sqlite

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"
)

// TestConnectionPragmas: whichever driver the binary has (go test, and
// go test -tags sqlite_cgo), the writer's and the readers' connections
// run with the same pragmas. The cgo driver's DSN sets only some of them
// and with its own defaults; a pragma it dropped would change the store's
// speed, memory or durability without failing anything else.
func TestConnectionPragmas(t *testing.T) {
	s := openTemp(t, WithBusyTimeout(1234*time.Millisecond))
	for _, tc := range []struct {
		pool   string
		pragma string
		want   string
	}{
		{"writer", "busy_timeout", "1234"},
		{"writer", "foreign_keys", "1"},
		{"writer", "journal_mode", "wal"},
		{"writer", "synchronous", "1"}, // NORMAL
		{"writer", "mmap_size", "67108864"},
		{"writer", "cache_size", "-32768"},
		{"writer", "wal_autocheckpoint", "16384"},
		{"writer", "journal_size_limit", "67108864"},
		{"writer", "query_only", "0"},
		{"reader", "busy_timeout", "1234"},
		{"reader", "foreign_keys", "1"},
		{"reader", "journal_mode", "wal"},
		{"reader", "synchronous", "1"},
		{"reader", "mmap_size", "67108864"},
		{"reader", "cache_size", "-8192"},
		{"reader", "query_only", "1"},
	} {
		db := map[string]*sql.DB{"writer": s.w, "reader": s.r}[tc.pool]
		var got string
		if err := db.QueryRowContext(context.Background(), "PRAGMA "+tc.pragma).Scan(&got); err != nil {
			t.Fatalf("%s: PRAGMA %s: %v", tc.pool, tc.pragma, err)
		}
		if !strings.EqualFold(got, tc.want) {
			t.Errorf("%s (%s): PRAGMA %s = %s, want %s", tc.pool, Driver, tc.pragma, got, tc.want)
		}
	}
}

// TestWriterBeginsImmediate: a write transaction takes the write lock at
// BEGIN (both drivers' _txlock), so a second writer waits for it up front
// instead of failing when it upgrades a read lock.
func TestWriterBeginsImmediate(t *testing.T) {
	s := openTemp(t, WithBusyTimeout(50*time.Millisecond))
	tx, err := s.w.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	other, err := OpenRaw(s.path, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	// BEGIN IMMEDIATE fails at once while another connection holds the
	// write lock; a deferred BEGIN would take no lock and succeed.
	_, err = other.Exec("BEGIN IMMEDIATE")
	if !isBusy(err) {
		t.Fatalf("BEGIN IMMEDIATE beside the store's open write transaction: %v, want busy", err)
	}
}
