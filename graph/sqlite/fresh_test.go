package sqlite

import (
	"context"
	"math/rand/v2"
	"os"
	"testing"
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
