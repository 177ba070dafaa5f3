package sqlite

import (
	"context"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestFreshBulk: a bulk load into an empty store builds it in a side file
// and puts it in place (or, while another connection holds the store
// open, copies the rows in): either way the store then holds what an
// incremental load leaves, in WAL mode, with no side file, WAL or
// shared memory of the old file left; a rolled back one leaves the
// store empty and no side file; a stale side file is gone after Open.
func TestFreshBulk(t *testing.T) {
	ctx := context.Background()
	input := randomInput(rand.New(rand.NewPCG(7, 41)), 6, 50)
	inc := openTemp(t)
	for i, b := range input {
		if _, err := inc.Load(ctx, b); err != nil {
			t.Fatalf("incremental batch %d: %v", i, err)
		}
	}
	want := storeState(t, inc, false)
	for _, tc := range []struct {
		name     string
		other    bool // another Store holds the file open
		rollback bool
	}{
		{"renamed", false, false},
		{"copied while another connection is open", true, false},
		{"rolled back", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			if tc.other {
				o, err := Open(ctx, s.path, WithLogger(s.log))
				if err != nil {
					t.Fatal(err)
				}
				defer o.Close()
				if _, err := o.Stats(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if tc.rollback {
				b, err := s.BeginBulk(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := b.Load(ctx, input[0]); err != nil {
					t.Fatal(err)
				}
				if _, err := os.Stat(s.path + freshSuffix); err != nil {
					t.Fatalf("no side file during a bulk load into an empty store: %v", err)
				}
				if err := b.Rollback(); err != nil {
					t.Fatal(err)
				}
				st, err := s.Stats(ctx)
				if err != nil || st.Claims != 0 {
					t.Fatalf("after a rollback: %d claims, %v", st.Claims, err)
				}
			} else {
				old, err := os.Stat(s.path)
				if err != nil {
					t.Fatal(err)
				}
				bulkLoadAll(t, s, input, nil)
				// Renamed: another file; copied: the same.
				now, err := os.Stat(s.path)
				if err != nil {
					t.Fatal(err)
				}
				if os.SameFile(old, now) != tc.other {
					t.Fatalf("the store's file is the old one: %v, want %v", os.SameFile(old, now), tc.other)
				}
				if got := storeState(t, s, false); got != want {
					t.Fatalf("bulk and incremental stores differ: %s", firstDiff(got, want))
				}
				var mode string
				if err := s.w.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
					t.Fatalf("journal mode after the load: %q, %v", mode, err)
				}
				// The store takes an incremental load after it.
				if _, err := s.Load(ctx, input[0]); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := os.Stat(s.path + freshSuffix); !os.IsNotExist(err) {
				t.Fatalf("side file left: %v", err)
			}
			// A crash's side file: the next Open removes it.
			if err := os.WriteFile(s.path+freshSuffix, []byte("stale"), 0o644); err != nil {
				t.Fatal(err)
			}
			o, err := Open(ctx, s.path, WithLogger(s.log))
			if err != nil {
				t.Fatal(err)
			}
			o.Close()
			if _, err := os.Stat(s.path + freshSuffix); !os.IsNotExist(err) {
				t.Fatalf("stale side file not removed by Open: %v", err)
			}
		})
	}
	// A store that holds anything is loaded in place.
	s := openTemp(t)
	if _, err := s.Load(ctx, input[0]); err != nil {
		t.Fatal(err)
	}
	b, err := s.BeginBulk(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	if _, err := os.Stat(s.path + freshSuffix); !os.IsNotExist(err) {
		t.Fatalf("a side file for a store that is not empty: %v", err)
	}
}

// TestFreshRenameWindow: a Store opened on the old file between a fresh
// bulk load's check that it is alone and its rename (a process opening
// the store just then) reads and writes the new store after the rename:
// its connections see that the path names another file and reopen it.
func TestFreshRenameWindow(t *testing.T) {
	ctx := context.Background()
	input := randomInput(rand.New(rand.NewPCG(7, 41)), 6, 50)
	bulkPart, later := input[:5], input[5]
	inc := openTemp(t)
	for i, b := range bulkPart {
		if _, err := inc.Load(ctx, b); err != nil {
			t.Fatalf("incremental batch %d: %v", i, err)
		}
	}
	wantBulk := storeState(t, inc, false)
	if _, err := inc.Load(ctx, later); err != nil {
		t.Fatal(err)
	}
	wantAll := storeState(t, inc, false)

	for _, tc := range []struct {
		name      string
		readFirst bool // the late Store reads before it writes
		bulk      bool // it writes through a bulk load
	}{
		{"write first", false, false},
		{"read first", true, false},
		{"bulk load", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			var late *Store
			s.beforeRename = func() {
				o, err := Open(ctx, s.path, WithLogger(s.log))
				if err != nil {
					t.Error(err)
					return
				}
				// Its readers and its writer hold the old file.
				if _, err := o.Stats(ctx); err != nil {
					t.Error(err)
				}
				late = o
			}
			old, err := os.Stat(s.path)
			if err != nil {
				t.Fatal(err)
			}
			bulkLoadAll(t, s, bulkPart, nil)
			if late == nil {
				t.Fatal("no Store opened in the window")
			}
			defer late.Close()
			if now, err := os.Stat(s.path); err != nil || os.SameFile(old, now) {
				t.Fatalf("the store was not renamed: %v", err)
			}
			if tc.readFirst {
				if got := storeState(t, late, false); got != wantBulk {
					t.Fatalf("the late Store reads another store: %s", firstDiff(got, wantBulk))
				}
			}
			if tc.bulk {
				// It finds the new store not empty: no fresh store of
				// its own replaces it.
				bulkLoadAll(t, late, []graph.Batch{later}, nil)
			} else if _, err := late.Load(ctx, later); err != nil {
				t.Fatal(err)
			}
			for name, st := range map[string]*Store{"the bulk Store": s, "the late Store": late} {
				if got := storeState(t, st, false); got != wantAll {
					t.Fatalf("%s after the late write: %s", name, firstDiff(got, wantAll))
				}
			}
			var ok string
			if err := s.r.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
				t.Fatalf("integrity: %q, %v", ok, err)
			}
			// Once both are closed, a new Open reads what both wrote.
			late.Close()
			s.Close()
			o, err := Open(ctx, s.path, WithLogger(s.log))
			if err != nil {
				t.Fatal(err)
			}
			defer o.Close()
			if got := storeState(t, o, false); got != wantAll {
				t.Fatalf("reopened: %s", firstDiff(got, wantAll))
			}
		})
	}
}
