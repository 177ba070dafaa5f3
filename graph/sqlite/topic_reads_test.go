package sqlite

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/contra-project/contra/graph"
)

// topicCounter is a Snapshotter over a store that counts the claims its
// readers stream for a topic filter, and the full claims (a filter or
// probe without Brief) they stream for anything.
type topicCounter struct {
	s          *Store
	rows, full int
	// byID counts the claims read by an id filter.
	byID int
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
		if !f.Brief {
			r.c.full++
		}
		if len(f.IDs) > 0 {
			r.c.byID++
		}
		return fn(cl)
	})
}

func (r countingReader) Probe(ctx context.Context, p graph.Probe, fn func(graph.Claim) error) error {
	return r.ClaimReader.Probe(ctx, p, func(cl graph.Claim) error {
		if !p.Brief {
			r.c.full++
		}
		return fn(cl)
	})
}

// A topic's timeline reads the topic's claims once: the read that
// indexes the topic for the opponents also gives the claims listed, in
// the same order, with the same entries as the store's own snapshot.
func TestTimelineReadsItsTopicOnce(t *testing.T) {
	ctx := context.Background()
	s, topics := randomTopics(t)
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

// The first page of a topic reads the topic's claims once, briefly (the
// columns its ranking compares), and reads full claims only for what it
// shows: the page's claims and their opponents. Before, the topic's
// full rows were read whole for every page, and so were the claims
// linked to it and their groups.
func TestTopicPageReadsFullClaimsOnlyForWhatItShows(t *testing.T) {
	ctx := context.Background()
	s, topics := randomTopics(t)
	const limit = 3
	checked := 0
	for _, tp := range topics {
		for _, q := range []struct {
			name string
			run  func(graph.Snapshotter, func(graph.Claim)) error
		}{
			{"timeline", func(sn graph.Snapshotter, show func(graph.Claim)) error {
				return graph.Timeline(ctx, sn, graph.ClaimFilter{Topic: tp.Name, Limit: limit}, 0, func(e graph.TimelineEntry) error {
					show(e.Claim)
					for _, o := range e.Opponents {
						show(o.Claim)
					}
					return nil
				})
			}},
			{"contradictions", func(sn graph.Snapshotter, show func(graph.Claim)) error {
				_, err := graph.Contradictions(ctx, sn, graph.Scope{Topic: tp.Name}, graph.Page{Limit: limit}, func(c graph.Contradiction) error {
					for _, cl := range c.Claims {
						show(cl)
					}
					return nil
				})
				return err
			}},
		} {
			c := &topicCounter{s: s}
			shown := map[string]bool{}
			if err := q.run(c, func(cl graph.Claim) { shown[cl.ID] = true }); err != nil {
				t.Fatal(err)
			}
			if c.rows != tp.Claims {
				t.Errorf("%s %s: %d claims read for a topic of %d; want it read once", q.name, tp.Name, c.rows, tp.Claims)
			}
			if c.full > len(shown) {
				t.Errorf("%s %s: %d full claims read to show %d", q.name, tp.Name, c.full, len(shown))
			}
			if tp.Claims > 2*limit {
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no topic larger than two pages: the test checks nothing")
	}
}

// A whole topic's listing (no limit, or a page past briefPage) reads the
// topic's full claims once, into the claim cache, and fetches none of
// its own claims again by id: fetching thousands by id cost the whole
// contradictions and timeline of the 1M store's busiest topic about
// 20 ms more than the columns a brief read saves.
func TestWholeTopicReadsItsClaimsOnce(t *testing.T) {
	ctx := context.Background()
	s, topics := randomTopics(t)
	for _, tp := range topics {
		for _, lim := range []int{0, 10000} {
			c := &topicCounter{s: s}
			inTopic := map[string]bool{}
			err := graph.Timeline(ctx, c, graph.ClaimFilter{Topic: tp.Name, Limit: lim}, 0, func(e graph.TimelineEntry) error {
				inTopic[e.Claim.ID] = true
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if c.rows != tp.Claims || c.byID > 0 && c.byID >= len(inTopic) {
				t.Errorf("timeline %s limit %d: %d topic rows read, %d by id; want %d, and not the topic's again", tp.Name, lim, c.rows, c.byID, tp.Claims)
			}
			c = &topicCounter{s: s}
			own := 0
			_, err = graph.Contradictions(ctx, c, graph.Scope{Topic: tp.Name}, graph.Page{Limit: lim}, func(x graph.Contradiction) error {
				for _, cl := range x.Claims {
					if inTopic[cl.ID] {
						own++
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if c.full < tp.Claims || (own > 0 && c.byID >= own) {
				t.Errorf("contradictions %s limit %d: %d full claims read, %d by id, showing %d of the topic's; want the topic read whole and not fetched again", tp.Name, lim, c.full, c.byID, own)
			}
		}
	}
}

// randomTopics opens a store loaded with the same random input for each
// topic-read test, and its topics.
func randomTopics(t *testing.T) (*Store, []graph.TopicCount) {
	t.Helper()
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
	return s, topics
}
