package serve

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

func jsonString(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func postJudgement(tb testing.TB, s http.Handler, req any, header ...string) (JudgementResult, int) {
	tb.Helper()
	rec := call(tb, s, "POST", "/api/judgements", req, header...)
	var res JudgementResult
	if rec.Code < 300 {
		decode(tb, rec, &res)
	}
	return res, rec.Code
}

// TestRejectHidesAndShows: a rejected pair, dispute and exchange leave the
// lists, each list says how many it hid, and show_rejected brings them
// back with their verdict.
func TestRejectHidesAndShows(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	topic := "?topic=" + url.QueryEscape("cluster munitions")
	var pairs Page[graph.Contradiction]
	decode(t, call(t, s, "GET", "/api/contradictions"+topic, nil), &pairs)
	if len(pairs.Items) < 2 {
		t.Fatalf("%d pairs", len(pairs.Items))
	}
	var ex ExchangePage
	decode(t, call(t, s, "GET", "/api/exchanges"+topic, nil), &ex)
	if len(ex.Items) != 1 {
		t.Fatalf("%d exchanges", len(ex.Items))
	}
	target := pairs.Items[0]
	for _, j := range []JudgementRequest{
		{Action: graph.ActReject, Target: graph.TargetFinding, TargetID: target.FindingID, Reason: "quote is about a drill"},
		{Action: graph.ActReject, Target: graph.TargetDispute, TargetID: f.dispute},
		{Action: graph.ActReject, Target: graph.TargetExchange, TargetID: ex.Items[0].ID},
		{Action: graph.ActConfirm, Target: graph.TargetFinding, TargetID: pairs.Items[1].FindingID},
	} {
		res, code := postJudgement(t, s, j)
		if code != http.StatusCreated || !res.Added || res.Judgement.User != "tester" || !res.Judgement.InForce {
			t.Fatalf("POST %+v: %d %+v", j, code, res)
		}
	}
	for _, tc := range []struct {
		path string
		id   string
	}{{"/api/contradictions", target.FindingID}, {"/api/disputes", f.dispute}, {"/api/exchanges", ex.Items[0].ID}, {"/api/mutual", ex.Items[0].ID}} {
		hidden := call(t, s, "GET", tc.path+topic, nil).Body.String()
		shown := call(t, s, "GET", tc.path+topic+"&show_rejected=true", nil).Body.String()
		if strings.Contains(hidden, `"`+tc.id+`"`) || !strings.Contains(hidden, `"hidden":1`) {
			t.Errorf("%s: the rejected %s is listed, or not counted: %.300s", tc.path, tc.id, hidden)
		}
		if !strings.Contains(shown, `"`+tc.id+`"`) || !strings.Contains(shown, `"hidden":0`) || !strings.Contains(shown, `"`+tc.id+`":"reject"`) {
			t.Errorf("%s?show_rejected: the rejected %s is not listed with its verdict: %.300s", tc.path, tc.id, shown)
		}
	}
	// The confirmed pair carries its verdict.
	var after Page[graph.Contradiction]
	decode(t, call(t, s, "GET", "/api/contradictions"+topic, nil), &after)
	if after.Verdicts[pairs.Items[1].FindingID] != graph.ActConfirm {
		t.Errorf("verdicts %v", after.Verdicts)
	}
	// A page of one still holds one result past the rejected one.
	var one Page[graph.Contradiction]
	decode(t, call(t, s, "GET", "/api/contradictions"+topic+"&limit=1", nil), &one)
	if len(one.Items) != 1 || one.Items[0].FindingID == target.FindingID {
		t.Errorf("page of one: %+v", one.Items)
	}
	// Opponent lists leave the rejected pair out too.
	body := call(t, s, "GET", "/api/timeline"+topic+"&opponents=50", nil).Body.String()
	var tl Page[graph.TimelineEntry]
	if err := json.Unmarshal([]byte(body), &tl); err != nil {
		t.Fatal(err)
	}
	a, b := target.Claims[0].ID, target.Claims[1].ID
	for _, e := range tl.Items {
		for _, o := range e.Opponents {
			if (e.Claim.ID == a && o.Claim.ID == b || e.Claim.ID == b && o.Claim.ID == a) && o.Rule == target.Rule {
				t.Errorf("timeline lists the rejected pair under %s", e.Claim.ID)
			}
		}
	}
	if tl.Hidden == 0 {
		t.Errorf("timeline hid nothing: %.300s", body)
	}
	// The list of judgements, in the order they apply.
	var js Page[JudgementView]
	decode(t, call(t, s, "GET", "/api/judgements", nil), &js)
	if len(js.Items) != 4 || js.Items[0].TargetID != target.FindingID || js.Items[0].Reason != "quote is about a drill" {
		t.Errorf("judgements %+v", js.Items)
	}
}

func TestMergeAndUndo(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	res, code := postJudgement(t, s, JudgementRequest{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "tomas reuel", Into: varga})
	if code != http.StatusBadRequest {
		t.Fatalf("merge of an unknown speaker: %d", code)
	}
	res, code = postJudgement(t, s, JudgementRequest{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "general tomas reuel", Into: varga})
	if code != http.StatusCreated || res.ChangedClaims != 2 || res.Judgement.TargetID != reuel {
		t.Fatalf("merge: %d %+v", code, res)
	}
	var p Page[graph.Claim]
	decode(t, call(t, s, "GET", "/api/claims?speaker="+url.QueryEscape(varga), nil), &p)
	if len(p.Items) != 3 {
		t.Errorf("%s has %d claims after the merge, want 3", varga, len(p.Items))
	}
	res, code = postJudgement(t, s, JudgementRequest{Action: graph.ActUndo, Target: graph.TargetJudgement, TargetID: res.Judgement.ID, Reason: "two people"})
	if code != http.StatusCreated || res.ChangedClaims != 2 {
		t.Fatalf("undo: %d %+v", code, res)
	}
	p = Page[graph.Claim]{}
	decode(t, call(t, s, "GET", "/api/claims?speaker="+url.QueryEscape(varga), nil), &p)
	if len(p.Items) != 1 {
		t.Errorf("%s has %d claims after the undo, want 1", varga, len(p.Items))
	}
	var js Page[JudgementView]
	decode(t, call(t, s, "GET", "/api/judgements", nil), &js)
	if len(js.Items) != 2 || js.Items[0].InForce || !js.Items[1].InForce {
		t.Errorf("judgements after undo %+v", js.Items)
	}
	// Set a side: the speaker's claims carry it.
	res, code = postJudgement(t, s, JudgementRequest{Action: graph.ActSetSide, Target: graph.TargetSpeaker, TargetID: fenn, Side: "arvenia"})
	if code != http.StatusCreated || res.ChangedClaims != 1 || res.Judgement.Side != "Arvenia" {
		t.Fatalf("set_side: %d %+v", code, res)
	}
	p = Page[graph.Claim]{}
	decode(t, call(t, s, "GET", "/api/claims?side=Arvenia&speaker="+url.QueryEscape(fenn), nil), &p)
	if len(p.Items) != 1 {
		t.Errorf("claims of %s on Arvenia's side: %d", fenn, len(p.Items))
	}
}

func TestJudgementRefused(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	ro, _ := newServer(t, f, func(o *Options) { o.ReadOnly = true })
	ok := JudgementRequest{Action: graph.ActReject, Target: graph.TargetDispute, TargetID: f.dispute}
	big := ok
	big.Reason = strings.Repeat("x", MaxBody)
	for _, tc := range []struct {
		name   string
		s      http.Handler
		body   any
		header []string
		status int
		code   string
	}{
		{"read-only", ro, ok, nil, 403, "read_only"},
		{"not JSON", s, "action=reject", []string{"Content-Type", "application/x-www-form-urlencoded"}, 415, "invalid"},
		{"text/plain", s, `{"action":"reject"}`, []string{"Content-Type", "text/plain"}, 415, "invalid"},
		{"another origin", s, ok, []string{"Origin", "https://evil.example"}, 403, "forbidden"},
		{"a cross-site fetch", s, ok, []string{"Sec-Fetch-Site", "cross-site"}, 403, "forbidden"},
		{"too large", s, big, nil, 413, "too_large"},
		{"malformed", s, `{"action":`, nil, 400, "invalid"},
		{"empty", s, ``, []string{"Content-Type", "application/json"}, 400, "invalid"},
		{"two values", s, `{"action":"reject"} {}`, nil, 400, "invalid"},
		{"unknown field", s, `{"action":"reject","target":"dispute","target_id":"dispute:x","user":"mallory"}`, nil, 400, "invalid"},
		{"a time of its own", s, `{"action":"reject","target":"dispute","target_id":"dispute:x","at":"2020-01-01T00:00:00Z"}`, nil, 400, "invalid"},
		{"wrong type", s, `{"action":7}`, nil, 400, "invalid"},
		{"unknown action", s, JudgementRequest{Action: "delete", Target: graph.TargetDispute, TargetID: f.dispute}, nil, 400, "invalid"},
		{"not a dispute id", s, JudgementRequest{Action: graph.ActReject, Target: graph.TargetDispute, TargetID: "finding:1"}, nil, 400, "invalid"},
		{"undo of nothing", s, JudgementRequest{Action: graph.ActUndo, Target: graph.TargetJudgement, TargetID: "judgement:none"}, nil, 400, "not_found"},
		{"merge into an unknown topic", s, JudgementRequest{Action: graph.ActMerge, Target: graph.TargetTopic, TargetID: "border shelling", Into: "weather"}, nil, 400, "not_found"},
		{"side of nobody", s, JudgementRequest{Action: graph.ActSetSide, Target: graph.TargetSpeaker, TargetID: "Nobody", Side: "Arvenia"}, nil, 400, "not_found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, call(t, tc.s, "POST", "/api/judgements", tc.body, tc.header...), tc.status, tc.code)
		})
	}
	// Nothing refused was stored.
	n := 0
	if err := f.js.Judgements(context.Background(), func(graph.Judgement) error { n++; return nil }); err != nil || n != 0 {
		t.Errorf("%d judgements stored (%v), want none", n, err)
	}
	// The same origin may write.
	if _, code := postJudgement(t, s, ok, "Origin", "http://localhost:8080", "Sec-Fetch-Site", "same-origin"); code != http.StatusCreated {
		t.Errorf("same-origin write: %d", code)
	}
}

// TestJudgementTargets: the list's target_id filter names a judgement's
// target as the store does, a topic in any word of its event noun's class.
func TestJudgementTargets(t *testing.T) {
	tests := []struct {
		target graph.Target
		id     string
		query  string
		want   bool
	}{
		{graph.TargetTopic, "Harbour Explosion", "harbour blast", true},
		{graph.TargetTopic, "Harbour Explosion", "Harbour Explosion", true},
		{graph.TargetTopic, "Harbour Explosion", "harbour fire", false},
		{graph.TargetSpeaker, "Ada Blast", "ada explosion", false},
		{graph.TargetSpeaker, "Ada Blast", "ada blast", true},
	}
	for _, tt := range tests {
		j := graph.Judgement{Target: tt.target, TargetID: tt.id}
		if got := targets(j, tt.query); got != tt.want {
			t.Errorf("targets(%s %q, %q) = %v, want %v", tt.target, tt.id, tt.query, got, tt.want)
		}
	}
}
