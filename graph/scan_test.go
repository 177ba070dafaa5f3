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
// notices first) or with the ranking's own error, and leaves no goroutine
// behind.
func TestWholeStoreRankingStops(t *testing.T) {
	defer graph.SetChunkClaims(200)()
	errRead := errors.New("read failed")
	cases := []struct {
		name string
		// set arms the reader; cancel ends the ranking's context.
		set  func(s *streamReader, cancel func())
		want error
	}{
		{"cancelled while the pass reads", func(s *streamReader, cancel func()) {
			s.onClaim = func(n int) {
				if n == 5*200+7 {
					cancel()
				}
			}
		}, context.Canceled},
		{"cancelled while a chunk is ranked", func(s *streamReader, cancel func()) {
			s.onProbe = func(ctx context.Context, n int) error {
				if n == 3 {
					cancel()
					return ctx.Err()
				}
				return nil
			}
		}, context.Canceled},
		{"a read of the ranking fails", func(s *streamReader, _ func()) {
			s.onProbe = func(_ context.Context, n int) error {
				if n == 3 {
					return errRead
				}
				return nil
			}
		}, errRead},
	}
	rankings := []struct {
		name string
		run  func(ctx context.Context, s *streamReader) error
	}{
		{"contradictions", func(ctx context.Context, s *streamReader) error {
			_, err := graph.Contradictions(ctx, s, graph.Scope{}, graph.Page{Limit: 3}, func(graph.Contradiction) error { return nil })
			return err
		}},
		{"disputes", func(ctx context.Context, s *streamReader) error {
			return graph.Disputes(ctx, s, graph.Scope{}, graph.DisputeOptions{Page: graph.Page{Limit: 20}}, graph.DisputeHandler{})
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
				if err := rk.run(ctx, s); !errors.Is(err, tc.want) {
					t.Fatalf("err %v, want %v", err, tc.want)
				}
				if d := time.Since(start); d > time.Second {
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
