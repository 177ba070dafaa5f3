package sqlite

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/contra-project/contra/graph"
)

// topicCounter is a Snapshotter over a store that counts the claims its
// readers stream for a topic filter.
type topicCounter struct {
	s    *Store
	rows int
}

func (c *topicCounter) Snapshot(ctx context.Context, fn func(graph.ClaimReader) error) error {
	return c.s.Snapshot(ctx, func(r graph.ClaimReader) error { return fn(countingReader{r, c}) })
}

type countingReader struct {
	graph.ClaimReader
	c *topicCounter
}

func (r countingReader) Claims(ctx context.Context, f graph.ClaimFilter, fn func(graph.Claim) error) error {
	return r.ClaimReader.Claims(ctx, f, func(cl graph.Claim) error {
		if f.Topic != "" {
			r.c.rows++
		}
		return fn(cl)
	})
}

// A topic's timeline reads the topic's claims once: the read that
// indexes the topic for the opponents also gives the claims listed, in
// the same order, with the same entries as the store's own snapshot.
func TestTimelineReadsItsTopicOnce(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, b := range randomInput(rand.New(rand.NewPCG(7, 41)), 4, 60) {
		if _, err := s.Load(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	topics, err := s.Topics(ctx, "")
	if err != nil || len(topics) == 0 {
		t.Fatalf("topics: %v, %v", topics, err)
	}
	for _, tp := range topics {
		for _, pg := range []struct{ off, lim int }{{0, 0}, {0, 10}, {5, 7}, {tp.Claims, 0}} {
			f := graph.ClaimFilter{Topic: tp.Name, Offset: pg.off, Limit: pg.lim}
			var want, got []graph.TimelineEntry
			if err := graph.Timeline(ctx, s, f, 0, func(e graph.TimelineEntry) error { want = append(want, e); return nil }); err != nil {
				t.Fatal(err)
			}
			c := &topicCounter{s: s}
			if err := graph.Timeline(ctx, c, f, 0, func(e graph.TimelineEntry) error { got = append(got, e); return nil }); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %+v: the entries differ between two snapshots", tp.Name, pg)
			}
			if c.rows != tp.Claims {
				t.Errorf("%s %+v: %d claims read for a topic of %d; want it read once", tp.Name, pg, c.rows, tp.Claims)
			}
		}
	}
}
