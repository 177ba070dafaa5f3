package neo4j

import (
	"context"
	"errors"
	"math"
	"reflect"
	"slices"
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
		LoadedFrom: at, ChangedTo: at.Add(time.Hour), Limit: 3, WithLinks: true})
	want := map[string]any{"ids": []string{"a", "b"}, "doc_id": nil, "topic": "border-shelling", "speaker": nil, "side": nil,
		"subject": nil, "kind": nil, "since": nil, "until": "2024-05-01", "loaded_from": at.UnixNano(),
		"loaded_to": int64(math.MaxInt64), "changed_from": int64(math.MinInt64), "changed_to": at.Add(time.Hour).UnixNano(),
		"limit": int64(3)}
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
	q := newFake(t)
	s, _ := fakeStore(q, 0)
	for _, f := range []graph.FindingFilter{{Rules: []graph.Rule{"gossip"}}, {Limit: -2}, {Since: "x"}, {Until: "0999-01-01"}} {
		if _, err := s.Findings(context.Background(), f); graph.ErrorCode(err) != graph.EInvalid {
			t.Errorf("finding filter %+v: %v, want EInvalid", f, err)
		}
	}
	if len(q.calls) != 0 {
		t.Errorf("bad finding filters ran %v", q.names())
	}
}

// fakeClaims answers the claims and probe statements from a small store:
// every claim matches every filter but the topic, and the probes look up
// what they name.
func fakeClaims(t *testing.T, q *fakeQuerier, doc graph.Document, nodes ...neo4j.Node) {
	t.Helper()
	m := loadModel(t)
	docNode := neo4j.Node{Labels: []string{"Document"}, Props: stored(t, m, "Document", documentRow(&doc))}
	rec := func(n neo4j.Node) map[string]any { return map[string]any{"c": n, "d": docNode} }
	answer := func(keep func(n neo4j.Node, params map[string]any) bool) func(map[string]any) fakeResult {
		return func(params map[string]any) fakeResult {
			var res fakeResult
			for _, n := range nodes {
				if keep(n, params) {
					res.records = append(res.records, rec(n))
				}
			}
			return res
		}
	}
	has := func(keys any, v any) bool {
		s, ok := v.(string)
		return ok && slices.Contains(keys.([]string), s)
	}
	q.on("claims_by_topic", answer(func(n neo4j.Node, p map[string]any) bool { return n.Props["topic_slug"] == p["topic"] }))
	q.on("claims_by_speaker", answer(func(n neo4j.Node, p map[string]any) bool { return n.Props["speaker_slug"] == p["speaker"] }))
	q.on("claims_by_ids", answer(func(n neo4j.Node, p map[string]any) bool { return has(p["ids"], n.Props["id"]) }))
	q.on("claims_by_changed", answer(func(n neo4j.Node, p map[string]any) bool {
		at := n.Props["changed_at"].(int64)
		return at >= p["changed_from"].(int64) && at < p["changed_to"].(int64)
	}))
	q.on("candidates_by_prop_key", answer(func(n neo4j.Node, p map[string]any) bool { return has(p["keys"], n.Props["prop_key"]) }))
	q.on("candidates_by_acc_key", answer(func(n neo4j.Node, p map[string]any) bool { return has(p["keys"], n.Props["acc_key"]) }))
	q.on("candidates_by_id", answer(func(n neo4j.Node, p map[string]any) bool { return has(p["keys"], n.Props["id"]) }))
	q.on("candidates_responding", answer(func(n neo4j.Node, p map[string]any) bool {
		ids, _ := n.Props["responds_to"].([]any)
		for _, id := range ids {
			if has(p["keys"], id) {
				return true
			}
		}
		return false
	}))
	q.on("topics", func(map[string]any) fakeResult {
		seen := map[string]bool{}
		var res fakeResult
		for _, n := range nodes {
			if slug := n.Props["topic_slug"].(string); !seen[slug] {
				seen[slug] = true
				res.records = append(res.records, map[string]any{"t": neo4j.Node{Props: map[string]any{"id": "topic:" + slug, "name": n.Props["topic"]}},
					"claims": int64(1)})
			}
		}
		return res
	})
}

// Findings are derived from the claims the filter selects and those the
// probes name, in one read transaction; FoundAt is the later change.
func TestFindingsDerived(t *testing.T) {
	m := loadModel(t)
	d, a, b := dispute()
	c := a // Arvenia's second voice responds to the denial, on another topic
	c.Speaker, c.SpeakerID, c.Topic, c.RespondsTo = "Mira Osk", graph.SpeakerID("Mira Osk"), "border talks", []string{b.ID}
	c.ID = graph.ClaimID(&c)
	b.Counterclaim = true
	t1, t2, t3 := time.Unix(100, 0).UTC(), time.Unix(200, 0).UTC(), time.Unix(300, 0).UTC()
	q := newFake(t)
	fakeClaims(t, q, d, claimNodeAt(t, m, a, t1, t1), claimNodeAt(t, m, b, t1, t2), claimNodeAt(t, m, c, t1, t3))
	q.on("speaker_ids", func(p map[string]any) fakeResult {
		if p["slug"] != "tomas-reuel" {
			return fakeResult{}
		}
		return fakeResult{records: []map[string]any{{"id": b.SpeakerID}}}
	})
	s, tx := fakeStore(q, 0)
	tx.readReplays = 1 // a replayed read must not double anything
	ctx := context.Background()
	all, err := s.Findings(ctx, graph.FindingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	opposing := graph.FindingID(graph.RuleOpposing, min(a.ID, b.ID), max(a.ID, b.ID))
	byRule := map[graph.Rule][]string{}
	for i, x := range all {
		byRule[x.Rule] = append(byRule[x.Rule], x.From+">"+x.To)
		if i > 0 && all[i-1].ID >= x.ID {
			t.Errorf("findings not ordered by id: %v", all)
		}
		if x.FromClaim == nil || x.ToClaim == nil || x.FromClaim.Document == nil || *x.FromClaim.Document != d {
			t.Errorf("%s: claims not filled: %+v", x.ID, x)
		}
		if x.ID == opposing && (x.FoundAt != t2 || !x.ToClaim.Counterclaim && !x.FromClaim.Counterclaim) {
			t.Errorf("opposing: found at %v, want %v (b's change); counterclaim label lost", x.FoundAt, t2)
		}
	}
	// c's response to b crosses topics: found from both, kept once.
	want := map[graph.Rule][]string{
		graph.RuleOpposing:     {min(a.ID, b.ID) + ">" + max(a.ID, b.ID)},
		graph.RuleCounterclaim: {b.ID + ">" + a.ID, c.ID + ">" + b.ID},
	}
	slices.Sort(want[graph.RuleCounterclaim])
	slices.Sort(byRule[graph.RuleCounterclaim])
	if !reflect.DeepEqual(byRule, want) {
		t.Errorf("findings %v, want %v", byRule, want)
	}
	for _, tc := range []struct {
		name string
		f    graph.FindingFilter
		want int
	}{
		{"topic", graph.FindingFilter{Topic: "Border Talks"}, 1},
		{"rule", graph.FindingFilter{Rules: []graph.Rule{graph.RuleOpposing}}, 1},
		{"claim", graph.FindingFilter{ClaimIDs: []string{c.ID}}, 1},
		{"speaker", graph.FindingFilter{Speaker: "Tomas Reuel"}, 3},
		{"found from", graph.FindingFilter{FoundFrom: t3}, 1},
		{"found before", graph.FindingFilter{FoundTo: t3}, 2},
		{"limit", graph.FindingFilter{Limit: 2}, 2},
	} {
		got, err := s.Findings(ctx, tc.f)
		if err != nil || len(got) != tc.want {
			t.Errorf("%s: %d findings, %v; want %d", tc.name, len(got), err, tc.want)
		}
	}
	if fs, err := s.Findings(ctx, graph.FindingFilter{Topic: "nowhere"}); fs != nil || err != nil {
		t.Errorf("no findings: %v, %v; want nil, nil", fs, err)
	}
}

// Claims with links derive them a window at a time in the read
// transaction that streams the claims.
func TestClaimsWithLinks(t *testing.T) {
	m := loadModel(t)
	d, a, b := dispute()
	q := newFake(t)
	fakeClaims(t, q, d, claimNode(t, m, a, time.Unix(1, 0)), claimNode(t, m, b, time.Unix(1, 0)))
	q.on("claims_all", func(map[string]any) fakeResult { return records(t, m, a, b) })
	s, tx := fakeStore(q, 0)
	var got []graph.Claim
	err := s.Claims(context.Background(), graph.ClaimFilter{WithLinks: true}, func(c graph.Claim) error { got = append(got, c); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || tx.reads != 1 {
		t.Fatalf("%d claims in %d read transactions", len(got), tx.reads)
	}
	if !slices.Equal(got[0].Contradicts, []string{b.ID}) || got[0].Counters != nil ||
		!slices.Equal(got[1].Contradicts, []string{a.ID}) || !slices.Equal(got[1].Counters, []string{a.ID}) {
		t.Errorf("links: a %v %v, b %v %v", got[0].Counters, got[0].Contradicts, got[1].Counters, got[1].Contradicts)
	}
	if n := len(q.callsOf("candidates_by_prop_key")); n != 1 {
		t.Errorf("%d probes by proposition for one window", n)
	}
	q.calls = nil
	if err := s.Claims(context.Background(), graph.ClaimFilter{}, func(c graph.Claim) error {
		if c.Counters != nil || c.Contradicts != nil {
			t.Errorf("links without WithLinks: %+v", c)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(q.names(), []string{"claims_all"}) {
		t.Errorf("statements without links: %v", q.names())
	}
	// fn's error after the first claim is final: no replay shows it again.
	stop := errors.New("stop")
	calls := 0
	err = s.Claims(context.Background(), graph.ClaimFilter{WithLinks: true}, func(graph.Claim) error { calls++; return stop })
	if err != stop || calls != 1 {
		t.Errorf("fn's error: %v after %d calls", err, calls)
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
	version := func(v any) func(map[string]any) fakeResult {
		return func(params map[string]any) fakeResult {
			if params["name"] != schemaVersionName {
				t.Errorf("schema_version of %v", params["name"])
			}
			return fakeResult{records: []map[string]any{{"version": v, "empty": false}}}
		}
	}
	migration := []string{"schema_version", "lock_load", "migrate_finding_counts", "migrate_drop_findings",
		"migrate_changed_at", "save_schema_version"}
	tests := []struct {
		name             string
		indexes, cons    func(map[string]any) fakeResult
		version          any
		wantSchemaWrites int
		wantAwait        bool
		wantMigration    bool
	}{
		{"applied", names(schemaNames[:5]), names(schemaNames[5:]), int64(dataVersion), 0, false, false},
		{"applied, version 1 data", names(schemaNames[:5]), names(schemaNames[5:]), nil, 0, false, true},
		{"one missing", names(schemaNames[1:]), names(nil), int64(dataVersion), len(schemaStatements), true, false},
		{"version 1 schema", names(schemaNames[1:]), names(nil), nil, len(schemaStatements), true, true},
		{"cannot list", func(map[string]any) fakeResult {
			return fakeResult{err: &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Forbidden", Msg: "no"}}
		}, names(nil), nil, len(schemaStatements), true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := newFake(t)
			q.on("schema_names", tc.indexes)
			q.on("schema_constraint_names", tc.cons)
			q.on("schema_version", version(tc.version))
			s, _ := fakeStore(q, 0)
			if err := s.ensureSchema(context.Background()); err != nil {
				t.Fatal(err)
			}
			if n := len(q.callsOf("schema")); n != tc.wantSchemaWrites {
				t.Errorf("%d schema statements run, want %d", n, tc.wantSchemaWrites)
			}
			drops := len(q.callsOf("drop_contradicts_index")) + len(q.callsOf("drop_counters_index"))
			if await := q.callsOf("schema_await"); (len(await) == 1) != tc.wantAwait || (drops == 2) != tc.wantAwait {
				t.Errorf("await: %v, %d old indexes dropped", await, drops)
			}
			var got []string
			for _, n := range q.names() {
				if slices.Contains(migration[1:], n) {
					got = append(got, n)
				}
			}
			if want := migration[1:]; !slices.Equal(got, want) && tc.wantMigration || len(got) > 0 && !tc.wantMigration {
				t.Errorf("migration statements %v (want them: %v)", got, tc.wantMigration)
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

// The migration repeats each batched step until it changes nothing and
// records the version last; an error stops it before the version.
func TestMigrate(t *testing.T) {
	for _, fail := range []bool{false, true} {
		q := newFake(t)
		left := map[string]int{"migrate_drop_findings": 25000, "migrate_changed_at": 3}
		for name := range left {
			q.on(name, func(params map[string]any) fakeResult {
				if params["limit"] != int64(migrateBatch) {
					t.Errorf("%s: limit %v", name, params["limit"])
				}
				if fail && name == "migrate_changed_at" {
					return fakeResult{err: &neo4j.Neo4jError{Code: "Neo.TransientError.General.OutOfMemoryError", Msg: "no"}}
				}
				n := min(left[name], migrateBatch)
				left[name] -= n
				return fakeResult{records: []map[string]any{{"n": int64(n)}}}
			})
		}
		s, _ := fakeStore(q, 0)
		err := s.migrate(context.Background())
		want := []string{"schema_version", "lock_load", "migrate_finding_counts",
			"migrate_drop_findings", "migrate_drop_findings", "migrate_drop_findings", "migrate_drop_findings",
			"migrate_changed_at", "migrate_changed_at", "save_schema_version"}
		if fail {
			want = want[:8] // up to the failed step
			if graph.ErrorCode(err) != graph.EUnavailable {
				t.Errorf("failed migration: %v, want EUnavailable", err)
			}
		} else if err != nil {
			t.Fatal(err)
		}
		if got := q.names(); !slices.Equal(got, want) {
			t.Errorf("fail %v: statements\n got %v\nwant %v", fail, got, want)
		}
		if !fail {
			p := q.callsOf("save_schema_version")[0].params
			if p["version"] != int64(dataVersion) || p["name"] != schemaVersionName {
				t.Errorf("saved %v", p)
			}
		}
	}
	// A database at the version is left alone.
	q := newFake(t)
	q.on("schema_version", func(map[string]any) fakeResult {
		return fakeResult{records: []map[string]any{{"version": int64(dataVersion), "empty": false}}}
	})
	s, _ := fakeStore(q, 0)
	if err := s.migrate(context.Background()); err != nil || !slices.Equal(q.names(), []string{"schema_version"}) {
		t.Errorf("migrated again: %v, %v", q.names(), err)
	}
}
