package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
	"github.com/contra-project/contra/graph/sqlite"
)

// streamReader is a store whose pass by topic never ends by itself (it
// stops after limit claims, or when fn returns an error) and which never
// looks at its context: the walk must stop it. onClaim is called before
// each claim of the pass, onProbe before each probe.
type streamReader struct {
	memReader
	limit   int
	mu      sync.Mutex
	onClaim func(n int)
	onProbe func(ctx context.Context, n int) error
	probes  int
}

func (s *streamReader) Snapshot(_ context.Context, fn func(graph.ClaimReader) error) error {
	return fn(s)
}

func (s *streamReader) Claims(ctx context.Context, f graph.ClaimFilter, fn func(graph.Claim) error) error {
	if !f.ByTopic {
		return s.memReader.Claims(ctx, f, fn)
	}
	sides := []string{"Arvenia", "Belmora"}
	for n := 0; n < s.limit; n++ {
		if s.onClaim != nil {
			s.onClaim(n)
		}
		// Ten claims a topic, both sides on both polarities of one act.
		c := claim(fmt.Sprintf("Speaker %d", n%4), sides[n%2], graph.KindAssertion, "Cordovia", "shell the port",
			fmt.Sprintf("topic %07d", n/10), []graph.Polarity{graph.Positive, graph.Negative}[(n/2)%2], "2024-03-01")
		c.Text = fmt.Sprintf("claim %d", n)
		c.ID = graph.ClaimID(&c)
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

func (s *streamReader) Probe(ctx context.Context, p graph.Probe, fn func(graph.Claim) error) error {
	s.mu.Lock()
	s.probes++
	n := s.probes
	s.mu.Unlock()
	if s.onProbe != nil {
		if err := s.onProbe(ctx, n); err != nil {
			return err
		}
	}
	return s.memReader.Probe(ctx, p, fn)
}

// TestWholeStoreRankingStops: a whole-store ranking, whose pass over the
// store runs on a goroutine of its own, returns promptly with the
// context's error when the context ends (whether the pass or the ranking
// notices first) or with the ranking's own error, raises a panic of
// either side on the caller's goroutine (a server's or a scheduler's
// recover turns it into one failed query, not a crashed process), and
// leaves no goroutine behind.
func TestWholeStoreRankingStops(t *testing.T) {
	defer graph.SetChunkClaims(200)()
	errRead := errors.New("read failed")
	boom := errors.New("boom")
	// inScope puts claims of Belmora on the pass's first 210 topics
	// (2,100 claims, two windows and a part) in the side's own reads: a
	// Side scope on more than 64 topics reads them in the pass, which
	// skips every later claim while the ranking ranks the windows.
	inScope := func(s *streamReader) {
		for i := range 210 {
			c := claim("Speaker 1", "Belmora", graph.KindAssertion, "Cordovia", "shell the port",
				fmt.Sprintf("topic %07d", i), graph.Positive, "2024-03-01")
			s.claims = append(s.claims, c)
		}
	}
	failProbe := func(s *streamReader, fail func() error) {
		s.onProbe = func(_ context.Context, n int) error {
			if n == 3 {
				return fail()
			}
			return nil
		}
	}
	cases := []struct {
		name string
		sc   graph.Scope
		// set arms the reader; cancel ends the ranking's context.
		set  func(s *streamReader, cancel func())
		want error
		// wantPanic is the panic the caller must see, nil for none.
		wantPanic error
	}{
		{name: "cancelled while the pass reads", set: func(s *streamReader, cancel func()) {
			s.onClaim = func(n int) {
				if n == 5*200+7 {
					cancel()
				}
			}
		}, want: context.Canceled},
		{name: "cancelled while a chunk is ranked", set: func(s *streamReader, cancel func()) {
			s.onProbe = func(ctx context.Context, n int) error {
				if n == 3 {
					cancel()
					return ctx.Err()
				}
				return nil
			}
		}, want: context.Canceled},
		{name: "a read of the ranking fails", set: func(s *streamReader, _ func()) {
			failProbe(s, func() error { return errRead })
		}, want: errRead},
		// The pass must stop when the ranking does, not when it next
		// hands a window over: past the scope's topics it hands none.
		{name: "a read of the ranking fails while the pass skips topics", sc: graph.Scope{Side: "Belmora"}, set: func(s *streamReader, _ func()) {
			inScope(s)
			failProbe(s, func() error { return errRead })
		}, want: errRead},
		{name: "the store panics in the pass", set: func(s *streamReader, _ func()) {
			s.onClaim = func(n int) {
				if n == 5*200+7 {
					panic(boom)
				}
			}
		}, wantPanic: boom},
		{name: "a read of the ranking panics", set: func(s *streamReader, _ func()) {
			failProbe(s, func() error { panic(boom) })
		}, wantPanic: boom},
		{name: "a read of the ranking panics while the pass skips topics", sc: graph.Scope{Side: "Belmora"}, set: func(s *streamReader, _ func()) {
			inScope(s)
			failProbe(s, func() error { panic(boom) })
		}, wantPanic: boom},
	}
	rankings := []struct {
		name string
		run  func(ctx context.Context, s *streamReader, sc graph.Scope) error
	}{
		{"contradictions", func(ctx context.Context, s *streamReader, sc graph.Scope) error {
			_, err := graph.Contradictions(ctx, s, sc, graph.Page{Limit: 3}, func(graph.Contradiction) error { return nil })
			return err
		}},
		{"disputes", func(ctx context.Context, s *streamReader, sc graph.Scope) error {
			return graph.Disputes(ctx, s, sc, graph.DisputeOptions{Page: graph.Page{Limit: 20}}, graph.DisputeHandler{})
		}},
	}
	for _, rk := range rankings {
		for _, tc := range cases {
			t.Run(rk.name+"/"+tc.name, func(t *testing.T) {
				before := runtime.NumGoroutine()
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				s := &streamReader{limit: 5_000_000}
				tc.set(s, cancel)
				start := time.Now()
				p, err := func() (p any, err error) {
					defer func() { p = recover() }()
					return nil, rk.run(ctx, s, tc.sc)
				}()
				d := time.Since(start)
				switch {
				case tc.wantPanic != nil:
					if pe, _ := p.(error); !errors.Is(pe, tc.wantPanic) {
						t.Fatalf("panic %v (err %v), want a panic of %v", p, err, tc.wantPanic)
					}
				case p != nil:
					t.Fatalf("panic %v, want err %v", p, tc.want)
				case !errors.Is(err, tc.want):
					t.Fatalf("err %v, want %v", err, tc.want)
				}
				if d > time.Second {
					t.Errorf("returned after %v, want within a second", d)
				}
				waitGoroutines(t, before)
			})
		}
	}
}

// waitGoroutines fails unless the goroutines are back to n within a
// second (an exiting goroutine takes a moment to be gone).
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(time.Second)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines, want %d:\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// pipeWorld is n claims on the given number of topics, in one batch with
// their documents: sides, speakers and acts few enough that most topics
// have pairs of every rule, documents with outlets and dates (which a
// whole-store pass reads from the snapshot's document table), and one
// claim in eight answering a claim of any topic (links the ranking reads
// from the store while the pass is open).
func pipeWorld(seed uint64, n, topics int) graph.Batch {
	rng := rand.New(rand.NewPCG(seed, 23))
	var b graph.Batch
	outlets := []string{"Harbor Gazette", "Northern Ledger", "Valley Courier", ""}
	for i := range n / 4 {
		b.Documents = append(b.Documents, graphtest.Doc(fmt.Sprintf("report %d", i), outlets[rng.IntN(len(outlets))],
			fmt.Sprintf("2024-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28))))
	}
	sides := []string{"Arvenia", "Belmora", "Cordovia", ""}
	for i := range n {
		pol := graph.Positive
		if rng.IntN(2) == 0 {
			pol = graph.Negative
		}
		date := ""
		if rng.IntN(4) > 0 {
			date = fmt.Sprintf("2024-%02d-01", 1+rng.IntN(6))
		}
		c := claim(fmt.Sprintf("Speaker %d", rng.IntN(9)), sides[rng.IntN(len(sides))], graph.Kinds[rng.IntN(len(graph.Kinds))],
			sides[rng.IntN(3)], fmt.Sprintf("act %d", rng.IntN(3)), fmt.Sprintf("topic %d", rng.IntN(topics)), pol, date)
		c.DocID = b.Documents[rng.IntN(len(b.Documents))].ID
		c.Text = fmt.Sprintf("claim %d", i)
		c.ID = graph.ClaimID(&c)
		b.Claims = append(b.Claims, c)
	}
	for i := range b.Claims {
		if rng.IntN(8) == 0 {
			b.Claims[i].RespondsTo = []string{b.Claims[rng.IntN(n)].ID}
		}
	}
	return b
}

// TestWholeStoreRankingMatchesTopics: on a SQLite store, a whole-store
// ranking (its pass read ahead on a goroutine of its own, the ranking's
// reads of links and groups made while the pass is open, the documents
// from the snapshot's table) lists exactly what the same ranking lists
// when the scope names every topic, read one statement a topic on the
// query's goroutine alone. Many chunks a window and several windows, so
// that the two sides take the snapshot in turn; run with -race.
func TestWholeStoreRankingMatchesTopics(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 2,300 claims into SQLite")
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "contra.db"), sqlite.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// 66 topics: a side's scope on more than 64 of them is read by the
	// pass too, skipping the others. 2,300 claims: two whole windows and
	// a part.
	if _, err := s.Load(ctx, pipeWorld(5, 2300, 66)); err != nil {
		t.Fatal(err)
	}
	tcs, err := s.Topics(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var topics []string
	for _, tc := range tcs {
		topics = append(topics, tc.Name)
	}
	sort.Slice(topics, func(i, j int) bool { return graph.TopicSlug(topics[i]) < graph.TopicSlug(topics[j]) })
	defer graph.SetChunkClaims(150)()
	type result struct {
		Total int
		Items []any
		// Contested counts the days and topics of the claims in pairs:
		// a day is the publication date of an undated claim's document.
		Contested map[string]int
	}
	var cases []struct {
		name string
		sc   graph.Scope
		run  func(sc graph.Scope) (result, error)
	}
	pairs := func(p graph.Page) func(sc graph.Scope) (result, error) {
		return func(sc graph.Scope) (result, error) {
			var r result
			var err error
			r.Total, err = graph.Contradictions(ctx, s, sc, p, func(c graph.Contradiction) error { r.Items = append(r.Items, c); return nil })
			return r, err
		}
	}
	disputes := func(o graph.DisputeOptions) func(sc graph.Scope) (result, error) {
		return func(sc graph.Scope) (result, error) {
			r := result{Contested: map[string]int{}}
			o.Contested = func(day, topic string) { r.Contested[day+" "+topic]++ }
			err := graph.Disputes(ctx, s, sc, o, graph.DisputeHandler{
				Totals:   func(x graph.DisputeTotals) error { r.Items = append(r.Items, x); return nil },
				Dispute:  func(d graph.Dispute) error { r.Items = append(r.Items, d); return nil },
				Exchange: func(e graph.Exchange) error { r.Items = append(r.Items, e); return nil },
			})
			return r, err
		}
	}
	side := graph.Scope{Side: "Belmora"}
	cases = append(cases, []struct {
		name string
		sc   graph.Scope
		run  func(sc graph.Scope) (result, error)
	}{
		{"whole store/pairs, a brief page", graph.Scope{}, pairs(graph.Page{Limit: 20})},
		{"whole store/pairs, a later brief page", graph.Scope{}, pairs(graph.Page{Offset: 40, Limit: 30})},
		// Past briefPage: the topics read whole, no document table.
		{"whole store/pairs, a long page", graph.Scope{}, pairs(graph.Page{Limit: 600})},
		{"whole store/disputes, a brief page", graph.Scope{}, disputes(graph.DisputeOptions{Page: graph.Page{Limit: 20}, Examples: 5, Speakers: 3})},
		{"whole store/disputes, a long page", graph.Scope{}, disputes(graph.DisputeOptions{Page: graph.Page{Limit: 600}, Speakers: 3})},
		{"a side/pairs, a brief page", side, pairs(graph.Page{Limit: 20})},
		{"a side/disputes, a brief page", side, disputes(graph.DisputeOptions{Page: graph.Page{Limit: 20}, Examples: 5, Speakers: 3})},
	}...)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.run(tc.sc)
			if err != nil {
				t.Fatal(err)
			}
			ref := tc.sc
			ref.Topics = topics
			want, err := tc.run(ref)
			if err != nil {
				t.Fatal(err)
			}
			if len(want.Items) < 5 {
				t.Fatalf("%d items: the test needs a page of them", len(want.Items))
			}
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			if string(g) != string(w) {
				t.Errorf("whole store (%d items, total %d) differs from every topic named (%d items, total %d)",
					len(got.Items), got.Total, len(want.Items), want.Total)
			}
		})
	}
}

// TestWholeStoreRankingOneSnapshot: a load committed while a whole-store
// ranking runs (after its first chunk is ranked, the pass open ahead of
// it) changes nothing the ranking lists: the pass, the document table and
// the ranking's reads of links and groups all read the one snapshot. The
// load adds claims to every topic, of the propositions already there and
// answering claims already there, and documents of its own; a ranking
// started after it lists more.
func TestWholeStoreRankingOneSnapshot(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 2,600 claims into SQLite")
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "contra.db"), sqlite.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	world := pipeWorld(5, 2600, 70)
	// The later claims, with their documents, come in while the rankings
	// run; what they answer is loaded before.
	before, later := world, graph.Batch{Documents: world.Documents[500:]}
	before.Documents, before.Claims = world.Documents[:500], nil
	docOf := map[string]bool{}
	for _, d := range before.Documents {
		docOf[d.ID] = true
	}
	for _, c := range world.Claims {
		if docOf[c.DocID] {
			before.Claims = append(before.Claims, c)
		} else {
			later.Claims = append(later.Claims, c)
		}
	}
	if _, err := s.Load(ctx, before); err != nil {
		t.Fatal(err)
	}
	defer graph.SetChunkClaims(150)()
	type result struct {
		Items     []any
		Contested map[string]int
	}
	// rank lists a page of disputes and pairs, running during (when set)
	// once the ranking has ranked a unit.
	rank := func(during func()) result {
		r := result{Contested: map[string]int{}}
		o := graph.DisputeOptions{Page: graph.Page{Limit: 20}, Examples: 5, Contested: func(day, topic string) {
			if during != nil {
				during()
				during = nil
			}
			r.Contested[day+" "+topic]++
		}}
		err := graph.Disputes(ctx, s, graph.Scope{}, o, graph.DisputeHandler{
			Totals:  func(x graph.DisputeTotals) error { r.Items = append(r.Items, x); return nil },
			Dispute: func(d graph.Dispute) error { r.Items = append(r.Items, d); return nil },
		})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	want := rank(nil)
	loaded := false
	got := rank(func() {
		if _, err := s.Load(ctx, later); err != nil {
			t.Errorf("Load during the ranking: %v", err)
		}
		loaded = true
	})
	if !loaded {
		t.Fatal("the ranking ranked nothing: the load never ran")
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Error("a load committed during the ranking changed what it lists")
	}
	if after, _ := json.Marshal(rank(nil)); string(after) == string(w) {
		t.Error("the load changed nothing a ranking lists: the test proves nothing")
	}
}
