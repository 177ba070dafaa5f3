package neo4j

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// An invented dispute: Arvenia's minister says Belmora shells the border,
// Belmora's spokesman denies it. The pair is opposing, and the denial is a
// counterclaim.
func dispute() (graph.Document, graph.Claim, graph.Claim) {
	d := graph.Document{ID: graph.DocumentID("", "", "arvenia-1.txt"), Name: "arvenia-1.txt", Outlet: "Arvenian Herald", Published: "2024-05-01"}
	mk := func(speaker, side string, kind graph.Kind, pol graph.Polarity, said string) graph.Claim {
		c := graph.Claim{DocID: d.ID, Speaker: speaker, SpeakerID: graph.SpeakerID(speaker), Side: side, Kind: kind, Subject: "Belmora",
			Action: "shell the border villages", Topic: "border shelling", Polarity: pol, Text: speaker + " spoke.", SaidAt: said}
		c.ID = graph.ClaimID(&c)
		return c
	}
	return d, mk("Ilse Varga", "Arvenia", graph.KindAssertion, graph.Positive, "2024-05-01"),
		mk("Tomas Reuel", "Belmora", graph.KindDenial, graph.Negative, "2024-05-02")
}

func rowsParam(t *testing.T, c fakeCall) []map[string]any {
	t.Helper()
	l, ok := c.params["rows"].([]any)
	if !ok {
		t.Fatalf("%s: rows is %T", c.name, c.params["rows"])
	}
	out := make([]map[string]any, len(l))
	for i, r := range l {
		out[i] = r.(map[string]any)
	}
	return out
}

// createdAll makes a node statement report every row as created.
func createdAll(params map[string]any) fakeResult { return fakeResult{created: rowCount(params)} }

func TestLoadNewBatch(t *testing.T) {
	q := newFake(t)
	for _, name := range []string{"merge_documents", "ensure_actors", "ensure_topics", "ensure_speakers"} {
		q.on(name, createdAll)
	}
	s, _ := fakeStore(q, 0)
	d, a, b := dispute()
	res, err := s.Load(context.Background(), graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}})
	if err != nil {
		t.Fatal(err)
	}
	want := graph.LoadResult{Documents: 1, Speakers: 2, Actors: 2, Topics: 1, Claims: 2, FindingsSeen: 2,
		Findings: map[graph.Rule]int{graph.RuleOpposing: 1, graph.RuleCounterclaim: 1}}
	res.DetectNanos = 0 // a timing, not a result
	if !reflect.DeepEqual(res, want) {
		t.Errorf("result %+v, want %+v", res, want)
	}
	// The document is in the batch: nothing to look up. No claim responds
	// to another: no lookup by id.
	wantOrder := []string{"lock_load", "merge_documents", "ensure_actors", "ensure_topics", "ensure_speakers", "link_speakers",
		"load_fingerprints", "candidates_by_prop_key", "candidates_responding",
		"merge_claims", "mark_counterclaims", "count_findings"}
	if got := q.names(); !slices.Equal(got, wantOrder) {
		t.Errorf("statements:\n got %v\nwant %v", got, wantOrder)
	}
	claims := rowsParam(t, q.callsOf("merge_claims")[0])
	if len(claims) != 2 || claims[0]["id"] != a.ID || claims[0]["fingerprint"] == "" || claims[1]["speaker_id"] != graph.SpeakerID("Tomas Reuel") {
		t.Errorf("claim rows: %v", claims)
	}
	if now := q.callsOf("merge_claims")[0].params["now"]; now != s.now().UnixNano() {
		t.Errorf("$now = %v, want the load's time", now)
	}
	// No finding is written: the denial is labelled, the totals move.
	if ids := q.callsOf("mark_counterclaims")[0].params["ids"]; !reflect.DeepEqual(ids, []string{b.ID}) {
		t.Errorf("marked %v, want the denial", ids)
	}
	wantCounts := []map[string]any{{"rule": "opposing", "delta": int64(1)}, {"rule": "counterclaim", "delta": int64(1)}}
	if rows := rowsParam(t, q.callsOf("count_findings")[0]); !reflect.DeepEqual(rows, wantCounts) {
		t.Errorf("count rows %v, want %v", rows, wantCounts)
	}
	slugs := q.callsOf("link_speakers")[0].params["slugs"]
	if !reflect.DeepEqual(slugs, []string{"arvenia", "belmora"}) {
		t.Errorf("link_speakers slugs %v", slugs)
	}
	impliedSpeakers := rowsParam(t, q.callsOf("ensure_speakers")[0])
	if impliedSpeakers[0]["side_slug"] != "arvenia" || impliedSpeakers[0]["name"] != "Ilse Varga" {
		t.Errorf("implied speaker rows: %v", impliedSpeakers)
	}
}

// storedClaims answers load_fingerprints from a map id -> fingerprint.
func storedClaims(fps map[string]string) func(map[string]any) fakeResult {
	return func(params map[string]any) fakeResult {
		var res fakeResult
		for _, id := range params["ids"].([]string) {
			if fp, ok := fps[id]; ok {
				res.records = append(res.records, map[string]any{"id": id, "fingerprint": fp})
			}
		}
		return res
	}
}

// keysIs reports whether a probe's $keys are want.
func keysIs(params map[string]any, want ...string) bool {
	return reflect.DeepEqual(params["keys"], want)
}

// records answers a probe with claim nodes and their (absent) documents.
func records(t *testing.T, m model, cs ...graph.Claim) fakeResult {
	t.Helper()
	var res fakeResult
	for _, c := range cs {
		res.records = append(res.records, map[string]any{"c": claimNode(t, m, c, time.Unix(1, 0)), "d": nil})
	}
	return res
}

// A changed claim: its stored version's findings are derived again to
// move the totals by the difference, and a stored claim that countered
// only the old version loses its label.
func TestLoadChangedClaim(t *testing.T) {
	m := loadModel(t)
	d, a, b := dispute()
	// b's stored version: Belmora asserted it fired on the villages, in
	// answer to x. Arvenia's denial e countered it; e counters nothing of
	// the new b, a denial of another proposition.
	old := b
	old.Action, old.Kind, old.Polarity, old.Counterclaim = "fire on the border villages", graph.KindAssertion, graph.Positive, true
	x := a
	x.Topic, x.Action = "ceasefire", "keep the ceasefire"
	x.ID = graph.ClaimID(&x)
	old.RespondsTo = []string{x.ID}
	e := old
	e.Speaker, e.SpeakerID, e.Side, e.Kind, e.Polarity, e.RespondsTo = "Ilse Varga", graph.SpeakerID("Ilse Varga"), "Arvenia", graph.KindDenial, graph.Negative, nil
	e.ID = graph.ClaimID(&e)
	q := newFake(t)
	q.on("load_missing_documents", func(map[string]any) fakeResult { return fakeResult{} })
	q.on("load_fingerprints", storedClaims(map[string]string{a.ID: graph.Fingerprint(&a), b.ID: "stale"}))
	written := func() bool { return len(q.callsOf("merge_claims")) > 0 }
	q.on("candidates_by_prop_key", func(params map[string]any) fakeResult {
		switch {
		case keysIs(params, graph.PropKey(&b)):
			return records(t, m, a, old) // old: the stale copy of the fresh claim, skipped
		case keysIs(params, graph.PropKey(&old)) && !written():
			return records(t, m, old, e)
		case keysIs(params, graph.PropKey(&old)):
			return records(t, m, e) // b has moved to another proposition
		}
		t.Errorf("prop keys %v", params["keys"])
		return fakeResult{}
	})
	q.on("candidates_by_id", func(params map[string]any) fakeResult {
		switch {
		case keysIs(params, b.ID) && !written():
			return records(t, m, old)
		case keysIs(params, x.ID):
			return records(t, m, x)
		case keysIs(params, e.ID) && written():
			return records(t, m, e)
		}
		t.Errorf("ids %v (written %v)", params["keys"], written())
		return fakeResult{}
	})
	s, _ := fakeStore(q, 0)
	// Only the claims: their document is stored.
	res, err := s.Load(context.Background(), graph.Batch{Claims: []graph.Claim{a, b}})
	if err != nil {
		t.Fatal(err)
	}
	// Before: opposing(old, e), counterclaim(e -> old), counterclaim(old -> x).
	// Now: opposing(a, b), counterclaim(b -> a).
	want := graph.LoadResult{Updated: 1, Unchanged: 1, FindingsSeen: 2,
		Findings: map[graph.Rule]int{graph.RuleOpposing: 1, graph.RuleCounterclaim: 1}}
	res.DetectNanos = 0 // a timing, not a result
	if !reflect.DeepEqual(res, want) {
		t.Errorf("result %+v, want %+v", res, want)
	}
	if c := q.callsOf("load_missing_documents"); len(c) != 1 || !reflect.DeepEqual(c[0].params["ids"], []string{d.ID}) {
		t.Errorf("document check: %v", c)
	}
	if c := q.callsOf("unlink_claims"); len(c) != 1 || !reflect.DeepEqual(c[0].params["ids"], []string{b.ID}) {
		t.Errorf("unlink: %v", c)
	}
	if rows := rowsParam(t, q.callsOf("merge_claims")[0]); len(rows) != 1 || rows[0]["id"] != b.ID || rows[0]["changed_at"] != nil {
		t.Errorf("merge_claims rows %v: want the changed claim only, changed now", rows)
	}
	if c := q.callsOf("mark_counterclaims"); len(c) != 1 || !reflect.DeepEqual(c[0].params["ids"], []string{b.ID}) {
		t.Errorf("mark: %v", c)
	}
	if c := q.callsOf("unmark_counterclaims"); len(c) != 1 || !reflect.DeepEqual(c[0].params["ids"], []string{e.ID}) {
		t.Errorf("unmark: %v", c)
	}
	wantCounts := []map[string]any{{"rule": "counterclaim", "delta": int64(-1)}}
	if c := q.callsOf("count_findings"); len(c) != 1 || !reflect.DeepEqual(rowsParam(t, c[0]), wantCounts) {
		t.Errorf("count: %v, want rows %v", c, wantCounts)
	}
}

func TestLoadUnchanged(t *testing.T) {
	d, a, b := dispute()
	q := newFake(t)
	q.on("load_fingerprints", storedClaims(map[string]string{a.ID: graph.Fingerprint(&a), b.ID: graph.Fingerprint(&b)}))
	s, _ := fakeStore(q, 0)
	res, err := s.Load(context.Background(), graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Unchanged != 2 || res.Claims != 0 || res.FindingsSeen != 0 || res.Findings == nil {
		t.Errorf("result %+v", res)
	}
	for _, name := range q.names() {
		if strings.HasPrefix(name, "candidates") || name == "merge_claims" || strings.Contains(name, "count") || strings.Contains(name, "mark") {
			t.Errorf("%s ran for an unchanged batch", name)
		}
	}
}

func TestLoadMissingDocument(t *testing.T) {
	_, a, _ := dispute()
	q := newFake(t)
	q.on("load_missing_documents", func(params map[string]any) fakeResult {
		return fakeResult{records: []map[string]any{{"id": params["ids"].([]string)[0]}}}
	})
	s, _ := fakeStore(q, 0)
	res, err := s.Load(context.Background(), graph.Batch{Claims: []graph.Claim{a}})
	if graph.ErrorCode(err) != graph.EInvalid {
		t.Fatalf("Load: %v, want EInvalid", err)
	}
	if !reflect.DeepEqual(res, graph.LoadResult{Findings: map[graph.Rule]int{}}) {
		t.Errorf("result of a failed load: %+v", res)
	}
	if got := q.names(); !slices.Equal(got, []string{"lock_load", "load_missing_documents"}) {
		t.Errorf("statements after the check failed: %v", got)
	}
}

func TestLoadInvalidBatch(t *testing.T) {
	d, a, _ := dispute()
	other := a
	other.Text = "something else"
	tests := []struct {
		name string
		b    graph.Batch
	}{
		{"claim twice, two contents", graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, other}}},
		{"bad polarity", graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{func() graph.Claim { c := a; c.Polarity = "?"; return c }()}}},
		{"speaker without letters", graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{func() graph.Claim { c := a; c.Speaker = "!!"; return c }()}}},
		{"document without id", graph.Batch{Documents: []graph.Document{{Name: "x"}}}},
		{"bad published", graph.Batch{Documents: []graph.Document{{ID: "doc:1", Published: "May"}}}},
		{"nameless actor", graph.Batch{Actors: []graph.Actor{{ID: "actor:x", Name: "--"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := newFake(t)
			s, tx := fakeStore(q, 0)
			_, err := s.Load(context.Background(), tc.b)
			if graph.ErrorCode(err) != graph.EInvalid {
				t.Errorf("Load: %v, want EInvalid", err)
			}
			if tx.writes != 0 {
				t.Error("an invalid batch opened a transaction")
			}
		})
	}
}

func TestLoadLostRow(t *testing.T) {
	d, a, b := dispute()
	q := newFake(t)
	q.on("merge_claims", func(map[string]any) fakeResult { return fakeResult{records: []map[string]any{{"n": int64(1)}}} })
	s, _ := fakeStore(q, 0)
	_, err := s.Load(context.Background(), graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}})
	if err == nil || !strings.Contains(err.Error(), "wrote 1 of 2 claims") {
		t.Errorf("Load: %v, want the lost row reported", err)
	}
}

// The driver replays a write transaction after a transient error: the
// loader must start from scratch and report what the last attempt did.
func TestLoadReplay(t *testing.T) {
	d, a, b := dispute()
	run := func(replays int) (graph.LoadResult, []string) {
		q := newFake(t)
		q.on("merge_documents", createdAll)
		s, tx := fakeStore(q, 0)
		tx.replays = replays
		res, err := s.Load(context.Background(), graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}})
		if err != nil {
			t.Fatal(err)
		}
		res.DetectNanos = 0 // a timing, not a result
		return res, q.names()
	}
	once, names := run(0)
	twice, names2 := run(1)
	if !reflect.DeepEqual(once, twice) {
		t.Errorf("after a replay %+v, once %+v", twice, once)
	}
	if len(names2) != 2*len(names) {
		t.Errorf("%d statements replayed for %d", len(names2), len(names))
	}
}

func TestLoadChunks(t *testing.T) {
	d, a, _ := dispute()
	var claims []graph.Claim
	for i := range 5 {
		c := a
		c.Text = strings.Repeat("x", i+1)
		c.ID = graph.ClaimID(&c)
		claims = append(claims, c)
	}
	q := newFake(t)
	s, _ := fakeStore(q, 2)
	if _, err := s.Load(context.Background(), graph.Batch{Documents: []graph.Document{d}, Claims: claims}); err != nil {
		t.Fatal(err)
	}
	var sizes []int
	for _, c := range q.callsOf("merge_claims") {
		sizes = append(sizes, len(rowsParam(t, c)))
	}
	if !slices.Equal(sizes, []int{2, 2, 1}) {
		t.Errorf("merge_claims chunk sizes %v, want [2 2 1]", sizes)
	}
	if n := len(q.callsOf("load_fingerprints")); n != 3 {
		t.Errorf("load_fingerprints ran %d times, want 3", n)
	}
}

func TestNormalizeFolds(t *testing.T) {
	nb, err := normalize(graph.Batch{
		Documents: []graph.Document{{ID: "doc:1", Outlet: "A"}, {ID: "doc:1", Title: "T", Outlet: ""}},
		Speakers: []graph.Speaker{{Name: "Ilse  Varga", Aliases: []string{"Varga"}, Role: "minister"},
			{Name: "Ilse Varga", Aliases: []string{" I. Varga ", "Varga"}, Side: "Arvenia"}},
		Actors: []graph.Actor{{Name: "Belmora", Aliases: []string{"B"}}, {Name: "Belmora", Aliases: []string{"A"}}},
		Topics: []graph.Topic{{Name: "Dam  destruction", Aliases: []string{"dams"}}, {Name: "dam destruction", Aliases: []string{"Kakh"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.docs) != 1 || nb.docs[0] != (graph.Document{ID: "doc:1", Outlet: "A", Title: "T"}) {
		t.Errorf("documents %+v", nb.docs)
	}
	wantSp := graph.Speaker{ID: "speaker:ilse-varga", Name: "Ilse Varga", Aliases: []string{"I. Varga", "Varga"}, Role: "minister", Side: "Arvenia"}
	if len(nb.speakers) != 1 || !reflect.DeepEqual(nb.speakers[0], wantSp) {
		t.Errorf("speakers %+v", nb.speakers)
	}
	if len(nb.actors) != 1 || !slices.Equal(nb.actors[0].Aliases, []string{"A", "B"}) {
		t.Errorf("actors %+v", nb.actors)
	}
	wantTopic := graph.Topic{ID: "topic:dam-destruction", Name: "dam destruction", Aliases: []string{"Kakh", "dams"}}
	if len(nb.topics) != 1 || !reflect.DeepEqual(nb.topics[0], wantTopic) {
		t.Errorf("topics %+v", nb.topics)
	}
}

// Claims stream: fn's error comes back as fn returned it, and an error
// after records were delivered is final (the driver must not replay).
func TestClaimsStream(t *testing.T) {
	m := loadModel(t)
	d, a, b := dispute()
	docNode := neo4j.Node{Props: stored(t, m, "Document", documentRow(&d))}
	b.Counterclaim = true
	rec := func(c graph.Claim) map[string]any {
		return map[string]any{"c": claimNode(t, m, c, time.Unix(5, 0)), "d": docNode}
	}
	q := newFake(t)
	q.on("claims_by_topic", func(params map[string]any) fakeResult {
		if params["topic"] != "border-shelling" || params["since"] != "2024-05-01" || params["limit"] != int64(noLimit) {
			t.Errorf("params %v", params)
		}
		return fakeResult{records: []map[string]any{rec(a), rec(b)}}
	})
	s, _ := fakeStore(q, 0)
	var got []graph.Claim
	f := graph.ClaimFilter{Topic: "Border  Shelling", Since: "2024-05-01T10:00:00Z"}
	if err := s.Claims(context.Background(), f, func(c graph.Claim) error { got = append(got, c); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != a.ID || !got[1].Counterclaim || got[0].Document == nil || *got[0].Document != d {
		t.Errorf("claims %+v", got)
	}
	stop := context.Canceled // any error of fn's
	calls := 0
	err := s.Claims(context.Background(), f, func(graph.Claim) error { calls++; return stop })
	if err != stop || calls != 1 {
		t.Errorf("fn's error: got %v after %d calls, want it as is after 1", err, calls)
	}
}

func TestLoadEmptyBatch(t *testing.T) {
	q := newFake(t)
	s, tx := fakeStore(q, 0)
	res, err := s.Load(context.Background(), graph.Batch{})
	if err != nil || !reflect.DeepEqual(res, graph.LoadResult{Findings: map[graph.Rule]int{}}) || tx.writes != 0 {
		t.Errorf("empty batch: %+v, %v, %d transactions", res, err, tx.writes)
	}
}
