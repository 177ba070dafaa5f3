package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestProbeRespondersFromLinks checks that a long probe of responders,
// answered from the snapshot's links read whole (respondsLinks), streams
// the claims, in the order, that the lookups of claim_responds stream,
// brief or not, alone or beside ids; and that a store with more links
// than a snapshot keeps answers with the lookups.
func TestProbeRespondersFromLinks(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var ids []string
	for _, b := range randomInput(rand.New(rand.NewPCG(7, 17)), 4, 60) {
		if _, err := s.Load(ctx, b); err != nil {
			t.Fatalf("Load: %v", err)
		}
		for _, c := range b.Claims {
			ids = append(ids, c.ID)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	// Ids of no claim pad the probe past respondsScanMin.
	long := slices.Clone(ids)
	for i := 0; len(long) < respondsScanMin; i++ {
		long = append(long, fmt.Sprintf("claim:none%d", i))
	}
	read := func(r reader, p graph.Probe) []graph.Claim {
		t.Helper()
		var out []graph.Claim
		if err := r.Probe(ctx, p, func(c graph.Claim) error { out = append(out, c); return nil }); err != nil {
			t.Fatalf("Probe: %v", err)
		}
		return out
	}
	for _, tc := range []struct {
		name     string
		p        graph.Probe
		maxLinks int
	}{
		{"every claim's responders", graph.Probe{RespondersTo: long}, maxRespondsLinks},
		{"briefly", graph.Probe{RespondersTo: long, Brief: true}, maxRespondsLinks},
		{"beside ids", graph.Probe{IDs: ids[:5], RespondersTo: long, Brief: true}, maxRespondsLinks},
		{"a few claims' responders (lookups)", graph.Probe{RespondersTo: ids[:9]}, maxRespondsLinks},
		{"more links than kept", graph.Probe{RespondersTo: long, Brief: true}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func(m int) { maxRespondsLinks = m }(maxRespondsLinks)
			maxRespondsLinks = tc.maxLinks
			err := s.snapshot(ctx, "test", func(r reader) error {
				want := read(reader{q: r.q}, tc.p)
				got := read(r, tc.p)
				if len(want) == 0 {
					t.Fatal("the probe found no claim: the test needs responders")
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("from links: %d claims, want %d, the same", len(got), len(want))
				}
				if tc.maxLinks == 1 && !r.links.tooMany {
					t.Error("more links than kept, but the snapshot kept them")
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestProbeRespondersAfterACutRead: a probe whose read of the links is cut
// short (its context cancelled) fails, and the next probe on the same
// snapshot reads them again instead of answering from what the cut read
// left: the same responders as a snapshot that never failed.
func TestProbeRespondersAfterACutRead(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var ids []string
	for _, b := range randomInput(rand.New(rand.NewPCG(7, 17)), 4, 60) {
		if _, err := s.Load(ctx, b); err != nil {
			t.Fatal(err)
		}
		for _, c := range b.Claims {
			ids = append(ids, c.ID)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	for i := 0; len(ids) < respondsScanMin; i++ {
		ids = append(ids, fmt.Sprintf("claim:none%d", i))
	}
	p := graph.Probe{RespondersTo: ids, Brief: true}
	count := func(ctx context.Context, r reader) (int, error) {
		n := 0
		err := r.Probe(ctx, p, func(graph.Claim) error { n++; return nil })
		return n, err
	}
	err := s.snapshot(ctx, "test", func(r reader) error {
		want, err := count(ctx, reader{q: r.q}) // a reader with no links read
		if err != nil {
			return err
		}
		if want == 0 {
			t.Fatal("no responders in the input: the test proves nothing")
		}
		cut, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := count(cut, r); err == nil {
			t.Fatal("a probe with a cancelled context did not fail")
		}
		got, err := count(ctx, r)
		if err != nil {
			return err
		}
		if got != want {
			t.Errorf("after a cut read of the links: %d responders, want %d", got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestPassDocumentsFromTable checks that a brief pass by topic, whose
// documents a snapshot reads whole (docTable), fills every claim's
// document as the lookups by id do; that the table is there while the
// pass runs and gone after it; and that a store with more documents than
// a snapshot keeps answers with the lookups.
func TestPassDocumentsFromTable(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, b := range randomInput(rand.New(rand.NewPCG(9, 17)), 4, 60) {
		if _, err := s.Load(ctx, b); err != nil {
			t.Fatalf("Load: %v", err)
		}
	}
	pass := graph.ClaimFilter{ByTopic: true, Brief: true}
	for _, tc := range []struct {
		name      string
		maxDocs   int
		wantTable bool
	}{
		{"from the table", maxDocTable, true},
		{"more documents than kept", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func(m int) { maxDocTable = m }(maxDocTable)
			maxDocTable = tc.maxDocs
			err := s.snapshot(ctx, "test", func(r reader) error {
				var want, got []graph.Claim
				if err := (reader{q: r.q}).Claims(ctx, pass, func(c graph.Claim) error { want = append(want, c); return nil }); err != nil {
					t.Fatal(err)
				}
				err := r.Claims(ctx, pass, func(c graph.Claim) error {
					if r.docs.ok() != tc.wantTable {
						t.Fatalf("a table during the pass: %v, want %v", r.docs.ok(), tc.wantTable)
					}
					got = append(got, c)
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				outlets := 0
				for _, c := range want {
					if c.Document != nil && c.Document.Outlet != "" {
						outlets++
					}
				}
				if outlets == 0 {
					t.Fatal("no claim has a document with an outlet: the test needs them")
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%d claims, want %d, the same with the same documents", len(got), len(want))
				}
				if r.docs.ok() {
					t.Error("the table outlived the pass")
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
