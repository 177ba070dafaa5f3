package graph_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
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
				err, p := func() (err error, p any) {
					defer func() { p = recover() }()
					return rk.run(ctx, s, tc.sc), nil
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
