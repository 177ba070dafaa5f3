package sqlite

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestFreshIDIndex: a bulk load into an empty store adds its claims
// without their id index and builds it after them (unkey.go), or, when a
// batch repeats a claim added before (kept, or taken back by an undone
// unit) or the transaction outgrows maxUnkeyed, before that batch; either
// way the store is what an incremental load of the kept batches leaves,
// with the schema, statistics and integrity of any store.
func TestFreshIDIndex(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 17))
	a, b, c := synthBatch(rng, 0, 80), synthBatch(rng, 1, 80), synthBatch(rng, 2, 80)
	// again repeats a's claims 5 to 9 beside new ones, 7 of them changed.
	again := synthBatch(rng, 3, 60)
	for i := 5; i < 10; i++ {
		x := a.Claims[i]
		if i == 7 {
			x.Polarity = x.Polarity.Opposite()
		}
		again.Claims = append(again.Claims, x)
	}
	again.Documents = append(again.Documents, a.Documents...)
	for _, tc := range []struct {
		name    string
		batches []graph.Batch
		undo    map[int]bool
		max     int  // maxUnkeyed, 0: as it is
		keyed   int  // the batch whose load builds the index, -1: none
		undone  bool // the index built in an undone unit
	}{
		{"new claims only", []graph.Batch{a, b, c}, nil, 0, -1, false},
		{"a batch repeats claims", []graph.Batch{a, b, again, c}, nil, 0, 2, false},
		{"the repeat undone", []graph.Batch{a, again, b}, map[int]bool{1: true}, 0, 1, true},
		{"the repeat undone, then kept", []graph.Batch{a, again, b, again}, map[int]bool{1: true}, 0, 1, true},
		{"an undone batch's claims again", []graph.Batch{a, b, c, b}, map[int]bool{1: true}, 0, 3, false},
		{"more claims than maxUnkeyed", []graph.Batch{a, b, c}, nil, 150, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.max > 0 {
				old := maxUnkeyed
				maxUnkeyed = tc.max
				defer func() { maxUnkeyed = old }()
			}
			s := openTemp(t)
			bl, err := s.BeginBulk(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer bl.Rollback()
			u := bl.(*bulkLoad).l.u
			if u == nil || u.keyed {
				t.Fatalf("a fresh store's bulk load starts keyed: %+v", u)
			}
			keyedAt := -1
			var kept []graph.Batch
			for i, batch := range tc.batches {
				if err := bl.Mark(ctx); err != nil {
					t.Fatal(err)
				}
				if _, err := bl.Load(ctx, batch); err != nil {
					t.Fatalf("batch %d: %v", i, err)
				}
				if u.keyed && keyedAt < 0 {
					keyedAt = i
				}
				if tc.undo[i] {
					if err := bl.Undo(ctx); err != nil {
						t.Fatal(err)
					}
					continue
				}
				if err := bl.Keep(ctx); err != nil {
					t.Fatal(err)
				}
				kept = append(kept, batch)
			}
			if keyedAt != tc.keyed {
				t.Errorf("the id index built at batch %d, want %d", keyedAt, tc.keyed)
			}
			if _, err := bl.Commit(ctx); err != nil {
				t.Fatal(err)
			}
			inc := openTemp(t)
			for _, batch := range kept {
				if _, err := inc.Load(ctx, batch); err != nil {
					t.Fatal(err)
				}
			}
			if got, want := storeState(t, s, true), storeState(t, inc, true); got != want {
				t.Fatalf("bulk and incremental stores differ: %s", firstDiff(got, want))
			}
			checkSchema(t, s)
			// The store goes on as any: a repeat is a conflict on the id.
			if _, err := s.Load(ctx, tc.batches[0]); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// strings1 reads a query's one text column.
func strings1(t *testing.T, s *Store, q string) []string {
	t.Helper()
	rows, err := s.r.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			t.Fatal(err)
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkSchema checks that s has the schema of a new store, passes
// SQLite's integrity check, and keeps statistics of its indexes (and
// WITHOUT ROWID tables) only.
func checkSchema(t *testing.T, s *Store) {
	t.Helper()
	schema := func(s *Store) []string {
		out := strings1(t, s, `SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '-') FROM sqlite_schema
			WHERE name NOT LIKE 'sqlite_stat%'`)
		slices.Sort(out)
		return out
	}
	if got, want := schema(s), schema(openTemp(t)); !slices.Equal(got, want) {
		t.Errorf("schema:\n%q\nwant\n%q", got, want)
	}
	if ok := strings1(t, s, `SELECT * FROM pragma_integrity_check`); !slices.Equal(ok, []string{"ok"}) {
		t.Errorf("integrity check: %q", ok)
	}
	stale := strings1(t, s, `SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL AND idx NOT IN (SELECT name FROM sqlite_schema)`)
	if len(stale) > 0 {
		t.Errorf("statistics of no index: %q", stale)
	}
}

// TestIDSet: the hashes added are in the set, through its growth and
// whatever their low bit (a hash and the hash one above it, differing
// in bit 0 only, are one: a false positive costs an index built early,
// never a claim), and none other; a freed set is empty and takes hashes
// again.
func TestIDSet(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
	}{
		{"empty", 0}, {"a few", 10}, {"past one growth", 40_000}, {"past several", 300_000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newIDSet()
			defer s.free()
			rng := rand.New(rand.NewPCG(1, uint64(tc.n)))
			var in []uint64
			for range tc.n {
				h := rng.Uint64() &^ 1
				s.add(h)
				in = append(in, h)
			}
			for _, h := range in {
				if !s.has(h) || !s.has(h|1) {
					t.Fatalf("%x added, not found", h)
				}
			}
			if tc.n > 0 && s.n != tc.n {
				t.Errorf("%d hashes, want %d", s.n, tc.n)
			}
			for range 1000 {
				if h := rng.Uint64() | 2; s.has(h) && !slices.Contains(in, h&^1) {
					t.Fatalf("%x not added, found", h)
				}
			}
			s.free()
			if s.has(in0(in)) {
				t.Fatal("a freed set holds a hash")
			}
			s.add(7)
			if !s.has(7) {
				t.Fatal("a freed set takes no hash")
			}
		})
	}
}

func in0(in []uint64) uint64 {
	if len(in) == 0 {
		return 42
	}
	return in[0]
}
