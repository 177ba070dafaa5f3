package sqlite

import (
	"cmp"
	"context"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/cputime"
)

// reportCPU runs body b.N times and reports its CPU time per run beside
// the wall time: on a machine shared with other work the CPU time moves
// less than the wall time (it still counts the garbage collector's).
func reportCPU(b *testing.B, body func()) {
	b.ResetTimer()
	start := cputime.Process()
	for range b.N {
		body()
	}
	b.ReportMetric(float64((cputime.Process()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkTopicPage times the first page (100) of a topic's
// contradictions and timeline, and of the busiest speaker's claims, on a
// large store named by
// CONTRA_TOPIC_STORE (e.g. contra bench's 1M store), on its largest
// topic, beside a floor: the bare SELECT of that topic's claim rows with
// their documents scanned into []any, as the topic's read does.
func BenchmarkTopicPage(b *testing.B) {
	path := os.Getenv("CONTRA_TOPIC_STORE")
	if path == "" {
		b.Skip("CONTRA_TOPIC_STORE not set")
	}
	if _, err := os.Stat(path); err != nil {
		b.Skip(err)
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ts, err := s.Topics(ctx, "")
	if err != nil {
		b.Fatal(err)
	}
	// CONTRA_TOPIC_NTH picks the nth largest topic instead (0 the
	// largest): the bench's query phase cycles through the 8 largest.
	slices.SortStableFunc(ts, func(a, b graph.TopicCount) int { return cmp.Compare(b.Claims, a.Claims) })
	nth, _ := strconv.Atoi(os.Getenv("CONTRA_TOPIC_NTH"))
	top := ts[min(max(nth, 0), len(ts)-1)]
	b.Logf("topic %q: %d claims", top.Name, top.Claims)
	b.Run("floor", func(b *testing.B) {
		q, args, err := claimsQuery(graph.ClaimFilter{Topic: top.Name}, nil)
		if err != nil {
			b.Fatal(err)
		}
		reportCPU(b, func() {
			rows, err := s.r.QueryContext(ctx, q, args...)
			if err != nil {
				b.Fatal(err)
			}
			cols, _ := rows.Columns()
			dest := make([]any, len(cols))
			for i := range dest {
				dest[i] = new(any)
			}
			n := 0
			for rows.Next() {
				if err := rows.Scan(dest...); err != nil {
					b.Fatal(err)
				}
				n++
			}
			if err := rows.Close(); err != nil || n != top.Claims {
				b.Fatal(err, n)
			}
		})
	})
	b.Run("contradictions", func(b *testing.B) {
		reportCPU(b, func() {
			if _, err := graph.Contradictions(ctx, s, graph.Scope{Topic: top.Name}, graph.Page{Limit: 100}, func(graph.Contradiction) error { return nil }); err != nil {
				b.Fatal(err)
			}
		})
	})
	// The most prolific speaker's first page reads its opponents' groups
	// by probes, not a topic: a brief read must not cost it more.
	sp, err := s.Speakers(ctx, "")
	if err != nil {
		b.Fatal(err)
	}
	busiest := sp[0]
	for _, x := range sp {
		if x.Claims > busiest.Claims {
			busiest = x
		}
	}
	b.Run("speaker", func(b *testing.B) {
		reportCPU(b, func() {
			if err := graph.SpeakerClaims(ctx, s, busiest.Name, graph.ClaimFilter{Limit: 100}, 0, func(graph.ClaimOpponents) error { return nil }); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("timeline", func(b *testing.B) {
		reportCPU(b, func() {
			if err := graph.Timeline(ctx, s, graph.ClaimFilter{Topic: top.Name, Limit: 100}, graph.DefaultOpponents, func(graph.TimelineEntry) error { return nil }); err != nil {
				b.Fatal(err)
			}
		})
	})
}
