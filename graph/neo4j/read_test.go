package neo4j

import (
	"context"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

func TestClaimFilterAnchor(t *testing.T) {
	at := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		f    graph.ClaimFilter
		want *statement
	}{
		{graph.ClaimFilter{}, stClaimsAll},
		{graph.ClaimFilter{Kind: graph.KindDenial, Since: "2024-01-01"}, stClaimsAll},
		{graph.ClaimFilter{IDs: []string{"b", "a", "b"}, Topic: "x"}, stClaimsByIDs},
		{graph.ClaimFilter{DocID: "doc:1", Speaker: "X"}, stClaimsByDoc},
		{graph.ClaimFilter{Speaker: "X", Topic: "t"}, stClaimsBySpkr},
		{graph.ClaimFilter{Topic: "t", Side: "s"}, stClaimsByTopic},
		{graph.ClaimFilter{Subject: "s", Side: "s"}, stClaimsBySubj},
		{graph.ClaimFilter{Side: "s", LoadedFrom: at}, stClaimsBySide},
		{graph.ClaimFilter{LoadedTo: at}, stClaimsByLoad},
		{graph.ClaimFilter{LoadedTo: at, ChangedFrom: at}, stClaimsByChg},
	}
	for _, tc := range tests {
		st, p, err := claimFilterParams(tc.f)
		if err != nil || st != tc.want {
			t.Errorf("%+v: %v, %v; want %s", tc.f, st.name, err, tc.want.name)
		}
		if err := st.check(p); err != nil {
			t.Error(err)
		}
	}
	_, p, _ := claimFilterParams(graph.ClaimFilter{IDs: []string{"b", "a", "b"}, Topic: "Border  Shelling!", Until: "2024-05-01T23:00:00+02:00",
		LoadedFrom: at, ChangedTo: at.Add(time.Hour), Limit: 3, Offset: 6, WithLinks: true})
	want := map[string]any{"ids": []string{"a", "b"}, "doc_id": nil, "topic": "border-shelling", "speaker": nil, "side": nil,
		"subject": nil, "kind": nil, "since": nil, "until": "2024-05-01", "loaded_from": at.UnixNano(),
		"loaded_to": int64(math.MaxInt64), "changed_from": int64(math.MinInt64), "changed_to": at.Add(time.Hour).UnixNano(),
		"limit": int64(3), "skip": int64(6)}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("params:\n got %#v\nwant %#v", p, want)
	}
}

func TestBadFilters(t *testing.T) {
	for _, f := range []graph.ClaimFilter{{Kind: "rumour"}, {Limit: -1}, {Since: "May"}, {Until: "2024-13-01"}} {
		if _, _, err := claimFilterParams(f); graph.ErrorCode(err) != graph.EInvalid {
			t.Errorf("claim filter %+v: %v, want EInvalid", f, err)
		}
	}
}

// A closed store answers EUnavailable without reaching for a server (it
// has none here).
func TestClosedStore(t *testing.T) {
	s := &Store{cfg: Config{URI: "bolt://db.example:7687"}}
	s.t = targetOf(s.cfg)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	ctx := context.Background()
	nop := func(graph.Claim) error { return nil }
	_, loadErr := s.Load(ctx, graph.Batch{})
	_, findErr := s.Findings(ctx, graph.FindingFilter{})
	_, spErr := s.Speakers(ctx, "")
	_, acErr := s.Actors(ctx, "")
	_, tpErr := s.Topics(ctx, "")
	_, supErr := s.Support(ctx, nil)
	_, stErr := s.Stats(ctx)
	_, jsErr := s.JobState(ctx, "x")
	for name, err := range map[string]error{
		"Load": loadErr, "Claims": s.Claims(ctx, graph.ClaimFilter{}, nop), "Findings": findErr, "Speakers": spErr,
		"Actors": acErr, "Topics": tpErr, "Support": supErr, "Stats": stErr, "JobState": jsErr,
		"SaveJobState": s.SaveJobState(ctx, graph.JobState{Name: "x"}), "ApplySchema": s.ApplySchema(ctx),
		"ReadCypher": s.ReadCypher(ctx, "RETURN 1", nil, func([]string, []any) error { return nil }),
	} {
		if graph.ErrorCode(err) != graph.EUnavailable {
			t.Errorf("%s after Close: %v, want EUnavailable", name, err)
		}
	}
}
