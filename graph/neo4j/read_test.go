package neo4j

import (
	"context"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
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
		LoadedFrom: at, Limit: 3, WithLinks: true})
	want := map[string]any{"ids": []string{"a", "b"}, "doc_id": nil, "topic": "border-shelling", "speaker": nil, "side": nil,
		"subject": nil, "kind": nil, "since": nil, "until": "2024-05-01", "loaded_from": at.UnixNano(),
		"loaded_to": int64(math.MaxInt64), "with_links": true, "limit": int64(3)}
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
	for _, f := range []graph.FindingFilter{{Rules: []graph.Rule{"gossip"}}, {Limit: -2}, {Since: "x"}, {Until: "0999-01-01"}} {
		if _, _, err := findingFilterParams(f); graph.ErrorCode(err) != graph.EInvalid {
			t.Errorf("finding filter %+v: %v, want EInvalid", f, err)
		}
	}
}

func TestFindingFilterAnchor(t *testing.T) {
	tests := []struct {
		f    graph.FindingFilter
		want *statement
	}{
		{graph.FindingFilter{}, stFindingsAll},
		{graph.FindingFilter{Rules: []graph.Rule{graph.RuleMutual}}, stFindingsAll},
		{graph.FindingFilter{ClaimIDs: []string{"a"}, Topic: "t"}, stFindingsByClaim},
		{graph.FindingFilter{Speaker: "X", Topic: "t"}, stFindingsBySpkr},
		{graph.FindingFilter{Topic: "t", Side: "s"}, stFindingsByTopic},
		{graph.FindingFilter{Side: "s"}, stFindingsBySide},
	}
	for _, tc := range tests {
		st, p, err := findingFilterParams(tc.f)
		if err != nil || st != tc.want {
			t.Errorf("%+v: %v, %v; want %s", tc.f, st.name, err, tc.want.name)
		}
		if err := st.check(p); err != nil {
			t.Error(err)
		}
	}
	_, p, _ := findingFilterParams(graph.FindingFilter{Rules: []graph.Rule{graph.RuleMutual, graph.RuleReversal}, Since: "2024-05-01"})
	if !reflect.DeepEqual(p["rules"], []string{"mutual_accusation", "reversal"}) || p["since"] != "2024-05-01" || p["ids"] != nil {
		t.Errorf("params %v", p)
	}
}

func TestFindingsSorted(t *testing.T) {
	m := loadModel(t)
	d, a, b := dispute()
	docNode := neo4j.Node{Props: stored(t, m, "Document", documentRow(&d))}
	rec := func(id string) map[string]any {
		return map[string]any{"r": neo4j.Relationship{Props: map[string]any{"id": id, "rule": "opposing", "topic": a.Topic, "found_at": int64(9)}},
			"a": claimNode(t, m, a, time.Unix(1, 0)), "b": claimNode(t, m, b, time.Unix(1, 0)), "a_doc": docNode, "b_doc": docNode,
			"a_counterclaim": false, "b_counterclaim": true}
	}
	q := newFake(t)
	q.on("findings_all", func(map[string]any) fakeResult {
		return fakeResult{records: []map[string]any{rec("finding:b"), rec("finding:a")}}
	})
	s, _ := fakeStore(q, 0)
	fs, err := s.Findings(context.Background(), graph.FindingFilter{})
	if err != nil || len(fs) != 2 || fs[0].ID != "finding:a" || fs[1].From != a.ID || !fs[1].ToClaim.Counterclaim {
		t.Errorf("findings %+v, %v", fs, err)
	}
	q = newFake(t)
	s, _ = fakeStore(q, 0)
	if fs, err := s.Findings(context.Background(), graph.FindingFilter{}); fs != nil || err != nil {
		t.Errorf("no findings: %v, %v; want nil, nil", fs, err)
	}
}

func TestNamedLists(t *testing.T) {
	q := newFake(t)
	q.on("speakers", func(map[string]any) fakeResult {
		return fakeResult{records: []map[string]any{
			{"s": neo4j.Node{Props: map[string]any{"id": "speaker:b", "name": "Varga", "aliases": []any{"Ilse"}}}, "claims": int64(2)},
			{"s": neo4j.Node{Props: map[string]any{"id": "speaker:a", "name": "Reuel"}}, "claims": int64(0)},
			{"s": neo4j.Node{Props: map[string]any{"id": "speaker:c", "name": "Ärvenian"}}, "claims": int64(1)},
		}}
	})
	q.on("actors", func(map[string]any) fakeResult {
		return fakeResult{records: []map[string]any{
			{"a": neo4j.Node{Props: map[string]any{"id": "actor:belmora", "name": "Belmora"}}, "as_side": int64(3), "as_subject": int64(4)},
		}}
	})
	s, _ := fakeStore(q, 0)
	ctx := context.Background()
	sp, err := s.Speakers(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, x := range sp {
		names = append(names, x.Name)
	}
	if !reflect.DeepEqual(names, []string{"Reuel", "Varga", "Ärvenian"}) { // byte-wise, as SQLite orders
		t.Errorf("order %v", names)
	}
	if sp, _ := s.Speakers(ctx, "ILSE"); len(sp) != 1 || sp[0].ID != "speaker:b" || sp[0].Claims != 2 {
		t.Errorf("match by alias: %+v", sp)
	}
	if sp, err := s.Speakers(ctx, "nobody"); sp == nil || len(sp) != 0 || err != nil {
		t.Errorf("no match: %#v, %v; want an empty list", sp, err)
	}
	ac, err := s.Actors(ctx, "bel")
	if err != nil || len(ac) != 1 || ac[0].AsSide != 3 || ac[0].AsSubject != 4 {
		t.Errorf("actors %+v, %v", ac, err)
	}
	tp, err := s.Topics(ctx, "")
	if err != nil || tp == nil || len(tp) != 0 {
		t.Errorf("no topics: %#v, %v", tp, err)
	}
}

func TestSupport(t *testing.T) {
	k1 := graph.SupportKey{PropKey: "belmora|shell|border", Polarity: graph.Positive, Side: "arvenia"}
	k2 := graph.SupportKey{PropKey: "nobody|nothing|nowhere", Polarity: graph.Negative, Side: ""}
	q := newFake(t)
	q.on("support", func(params map[string]any) fakeResult {
		if rows := params["keys"].([]any); len(rows) != 2 {
			t.Errorf("keys %v: want each once", rows)
		}
		return fakeResult{records: []map[string]any{{"prop_key": k1.PropKey, "polarity": "+", "side": "arvenia",
			"documents": int64(3), "outlets": []any{"Herald", " herald ", "", "Ärvenia Post", "ärvenia post"}}}}
	})
	s, _ := fakeStore(q, 0)
	got, err := s.Support(context.Background(), []graph.SupportKey{k1, k2, k1})
	want := map[graph.SupportKey]graph.Support{k1: {Documents: 3, Outlets: 3}, k2: {}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("support %v, %v; want %v", got, err, want)
	}
	if got, err := s.Support(context.Background(), nil); err != nil || got == nil || len(got) != 0 {
		t.Errorf("no keys: %v, %v", got, err)
	}
	if len(q.callsOf("support")) != 1 {
		t.Errorf("support ran %d times", len(q.callsOf("support")))
	}
}

func TestStats(t *testing.T) {
	q := newFake(t)
	q.on("stats", func(map[string]any) fakeResult {
		return fakeResult{records: []map[string]any{{"documents": int64(1), "speakers": int64(2), "actors": int64(3),
			"topics": int64(4), "claims": int64(5), "counterclaims": int64(6)}}}
	})
	q.on("stats_findings", func(map[string]any) fakeResult {
		return fakeResult{records: []map[string]any{{"rule": "opposing", "n": int64(7)}}}
	})
	s, tx := fakeStore(q, 0)
	tx.readReplays = 1 // a replayed read must not double anything
	st, err := s.Stats(context.Background())
	want := graph.Stats{Documents: 1, Speakers: 2, Actors: 3, Topics: 4, Claims: 5, Counterclaims: 6,
		Findings: map[graph.Rule]int{graph.RuleOpposing: 7, graph.RuleMutual: 0, graph.RuleCounterclaim: 0, graph.RuleReversal: 0}}
	if err != nil || !reflect.DeepEqual(st, want) {
		t.Errorf("stats %+v, %v; want %+v", st, err, want)
	}
}

func TestJobState(t *testing.T) {
	end := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	q := newFake(t)
	q.on("job_state", func(params map[string]any) fakeResult {
		if params["name"] != "daily" {
			return fakeResult{}
		}
		return fakeResult{records: []map[string]any{{"j": neo4j.Node{Props: map[string]any{"name": "daily",
			"window_end": timeText(end), "last_run": timeText(end.Add(time.Minute)), "runs": int64(2)}}}}}
	})
	s, _ := fakeStore(q, 0)
	ctx := context.Background()
	js, err := s.JobState(ctx, "daily")
	if err != nil || js.Runs != 2 || !js.WindowEnd.Equal(end) {
		t.Errorf("job state %+v, %v", js, err)
	}
	if _, err := s.JobState(ctx, "weekly"); graph.ErrorCode(err) != graph.ENotFound {
		t.Errorf("unknown job: %v, want ENotFound", err)
	}
	if err := s.SaveJobState(ctx, graph.JobState{Name: " "}); graph.ErrorCode(err) != graph.EInvalid {
		t.Errorf("nameless job: %v, want EInvalid", err)
	}
	if err := s.SaveJobState(ctx, graph.JobState{Name: "daily", WindowEnd: end, Runs: 3}); err != nil {
		t.Fatal(err)
	}
	p := q.callsOf("save_job_state")[0].params
	if p["window_end"] != "2024-06-01T00:00:00Z" || p["last_run"] != "0001-01-01T00:00:00Z" || p["runs"] != int64(3) {
		t.Errorf("saved %v", p)
	}
}

func TestReadCypher(t *testing.T) {
	q := newFake(t)
	q.on("cypher", func(params map[string]any) fakeResult {
		if params["topic"] != "border" {
			t.Errorf("params %v", params)
		}
		return fakeResult{records: []map[string]any{{"c": neo4j.Node{ElementId: "4:1", Labels: []string{"Claim"}, Props: map[string]any{"id": "claim:1"}}, "n": int64(2)}}}
	})
	s, _ := fakeStore(q, 0)
	ctx := context.Background()
	var keys []string
	var values []any
	err := s.ReadCypher(ctx, "MATCH (c:Claim {topic_slug: $topic}) RETURN c, 2 AS n", map[string]any{"topic": "border"},
		func(k []string, v []any) error { keys, values = k, v; return nil })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(keys, []string{"c", "n"}) || values[1] != int64(2) ||
		!reflect.DeepEqual(values[0], map[string]any{"element_id": "4:1", "labels": []string{"Claim"}, "properties": map[string]any{"id": "claim:1"}}) {
		t.Errorf("keys %v values %#v", keys, values)
	}
	stop := errors.New("stop")
	if err := s.ReadCypher(ctx, "MATCH (c:Claim {topic_slug: $topic}) RETURN c, 2 AS n", map[string]any{"topic": "border"},
		func([]string, []any) error { return stop }); err != stop {
		t.Errorf("fn's error: %v", err)
	}

	calls := len(q.calls)
	for _, query := range []string{"", "MATCH (n) DETACH DELETE n", "CREATE (:Claim)", "MATCH (c) SET c.x = 1 RETURN c"} {
		err := s.ReadCypher(ctx, query, nil, func([]string, []any) error { return nil })
		if graph.ErrorCode(err) != graph.EInvalid {
			t.Errorf("%q: %v, want EInvalid", query, err)
		}
		if query != "" && !strings.HasPrefix(err.Error(), readOnlyMessage+"; ") {
			t.Errorf("%q: message %q", query, err)
		}
	}
	if len(q.calls) != calls {
		t.Error("a refused query reached the server")
	}

	// What the scan lets through, the server refuses in a read transaction.
	q.on("cypher", func(map[string]any) fakeResult {
		return fakeResult{err: &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.AccessMode", Msg: "Writing in read access mode not allowed."}}
	})
	err = s.ReadCypher(ctx, "CALL db.createLabel('X')", nil, func([]string, []any) error { return nil })
	if graph.ErrorCode(err) != graph.EInvalid || !strings.Contains(err.Error(), readOnlyMessage) {
		t.Errorf("server refusal: %v", err)
	}
}

func TestClosedStore(t *testing.T) {
	s, _ := fakeStore(newFake(t), 0)
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

func TestEnsureSchema(t *testing.T) {
	names := func(list []string) func(map[string]any) fakeResult {
		return func(map[string]any) fakeResult {
			var res fakeResult
			for _, n := range list {
				res.records = append(res.records, map[string]any{"name": n})
			}
			return res
		}
	}
	tests := []struct {
		name             string
		indexes, cons    func(map[string]any) fakeResult
		wantSchemaWrites int
		wantAwait        bool
	}{
		{"applied", names(schemaNames[:5]), names(schemaNames[5:]), 0, false},
		{"one missing", names(schemaNames[1:]), names(nil), len(schemaStatements), true},
		{"cannot list", func(map[string]any) fakeResult {
			return fakeResult{err: &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Forbidden", Msg: "no"}}
		}, names(nil), len(schemaStatements), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := newFake(t)
			q.on("schema_names", tc.indexes)
			q.on("schema_constraint_names", tc.cons)
			s, _ := fakeStore(q, 0)
			if err := s.ensureSchema(context.Background()); err != nil {
				t.Fatal(err)
			}
			if n := len(q.callsOf("schema")); n != tc.wantSchemaWrites {
				t.Errorf("%d schema statements run, want %d", n, tc.wantSchemaWrites)
			}
			if await := q.callsOf("schema_await"); (len(await) == 1) != tc.wantAwait {
				t.Errorf("await: %v", await)
			}
		})
	}
	q := newFake(t)
	q.on("schema_await", func(map[string]any) fakeResult {
		return fakeResult{err: &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Forbidden", Msg: "no"}}
	})
	s, _ := fakeStore(q, 0)
	if err := s.ApplySchema(context.Background()); graph.ErrorCode(err) != graph.EInvalid {
		t.Errorf("ApplySchema refused: %v, want EInvalid", err)
	}
}
