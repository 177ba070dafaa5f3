package neo4j

import (
	"context"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// leaf returns the operator that starts plan p and its details.
func leaf(p neo4j.Plan) string {
	for len(p.Children()) > 0 {
		p = p.Children()[0]
	}
	d, _ := p.Arguments()["Details"].(string)
	return p.Operator() + " " + d
}

// The anchored claim reads start from their anchor's index whatever the
// planner estimates of the others: a topic's page (a timeline, the first
// pass of a topic's pairs) reads the topic's claims, not every claim
// through the full range of changed_at that an unbounded filter passes.
func TestNeo4jAnchoredReadsSeekTheirIndex(t *testing.T) {
	s := openClean(t, serverConfig(t))
	// Claims enough for the planner to weigh the indexes, as a store's
	// first loads are: a few topics, sides and speakers.
	mustWrite(t, s, `UNWIND range(1, 40) AS i
CREATE (:Claim {id: 'claim:' + i, topic_slug: 'topic-' + (i % 4), side_slug: 'side-' + (i % 3),
  speaker_slug: 'speaker-' + (i % 5), subject_slug: 'subject-' + (i % 2), doc_id: 'doc:' + (i % 7),
  said_at: '', loaded_at: i, changed_at: i})`, nil)
	// The planner weighs an index by its last sample: one left by an
	// earlier test's data (or none yet) can make a scan look cheaper
	// than a seek. Resample now and drop cached plans, as a store's
	// statistics settle after its first loads.
	mustWrite(t, s, `CALL db.prepareForReplanning()`, nil)
	for _, tc := range []struct {
		f     graph.ClaimFilter
		index string
	}{
		{graph.ClaimFilter{Topic: "topic-1", Limit: 100}, "(topic_slug)"},
		{graph.ClaimFilter{Topic: "topic-1"}, "(topic_slug)"},
		{graph.ClaimFilter{Speaker: "speaker-1"}, "(speaker_slug)"},
		{graph.ClaimFilter{Side: "side-1", Limit: 10}, "(side_slug)"},
		{graph.ClaimFilter{Subject: "subject-1"}, "(subject_slug)"},
		{graph.ClaimFilter{DocID: "doc:1"}, "(doc_id)"},
	} {
		st, params, err := claimFilterParams(tc.f)
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		sess := s.session(ctx, neo4j.AccessModeRead)
		res, err := sess.Run(ctx, "EXPLAIN "+st.text, params)
		if err != nil {
			sess.Close(ctx)
			t.Fatalf("%s: %v", st.name, err)
		}
		sum, err := res.Consume(ctx)
		sess.Close(ctx)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if got := leaf(sum.Plan()); !strings.Contains(got, "NodeIndexSeek") || !strings.Contains(got, tc.index) {
			t.Errorf("%s for %+v starts with %s; want a seek of the index on %s", st.name, tc.f, got, tc.index)
		}
	}
}
