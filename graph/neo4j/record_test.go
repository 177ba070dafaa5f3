package neo4j

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// model is tools/cypherlint/schema.json: the labels and relationship types
// of the graph with their property keys.
type model struct {
	Labels            map[string][]string `json:"labels"`
	RelationshipTypes map[string][]string `json:"relationshipTypes"`
	MapKeys           []string            `json:"mapKeys"`
}

func loadModel(tb testing.TB) model {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "tools", "cypherlint", "schema.json"))
	if err != nil {
		tb.Fatalf("read the model: %v", err)
	}
	var m model
	if err := json.Unmarshal(b, &m); err != nil {
		tb.Fatalf("parse the model: %v", err)
	}
	return m
}

// stored simulates what Neo4j keeps of row after `SET n.k = row.k` for
// each property key of label: a null removes the property, lists come back
// as []any and integers as int64. Row keys that are no property of label
// are dropped.
func stored(tb testing.TB, m model, label string, row map[string]any) map[string]any {
	tb.Helper()
	keys, ok := m.Labels[label]
	if !ok {
		tb.Fatalf("no label %s in the model", label)
	}
	out := map[string]any{}
	for _, k := range keys {
		switch v := row[k].(type) {
		case nil:
		case []string:
			l := make([]any, len(v))
			for i, s := range v {
				l[i] = s
			}
			out[k] = l
		case int:
			out[k] = int64(v)
		default:
			out[k] = v
		}
	}
	return out
}

// claimNode is the node Neo4j holds after merge_claims wrote c at loaded
// (its first load and its last change), labelled Counterclaim when
// c.Counterclaim.
func claimNode(tb testing.TB, m model, c graph.Claim, loaded time.Time) neo4j.Node {
	tb.Helper()
	return claimNodeAt(tb, m, c, loaded, loaded)
}

// claimNodeAt is claimNode for a claim first loaded at loaded and last
// changed at changed.
func claimNodeAt(tb testing.TB, m model, c graph.Claim, loaded, changed time.Time) neo4j.Node {
	tb.Helper()
	props := stored(tb, m, "Claim", claimRow(&c, graph.Fingerprint(&c)))
	props["loaded_at"], props["changed_at"] = loaded.UnixNano(), changed.UnixNano()
	labels := []string{"Claim"}
	if c.Counterclaim {
		labels = append(labels, counterclaimLabel)
	}
	return neo4j.Node{ElementId: "4:x:" + c.ID, Labels: labels, Props: props}
}

func testDoc() graph.Document {
	return graph.Document{ID: "doc:0001", Name: "arvenia-1.txt", URL: "https://news.example/a/1", Outlet: "Arvenian Herald",
		Title: "Border talks", Published: "2024-05-01"}
}

func TestClaimRoundTrip(t *testing.T) {
	m := loadModel(t)
	loaded := time.Date(2024, 5, 2, 10, 11, 12, 123456789, time.UTC)
	full := graph.Claim{ID: "claim:full", DocID: "doc:0001", SpeakerID: "speaker:ilse-varga", Speaker: "Ilse Varga",
		Role: "foreign minister", Side: "Arvenia", Kind: graph.KindAccusation, Subject: "Belmora",
		Action: "shell the border villages", Topic: "border shelling", Polarity: graph.Positive,
		Text: "Belmora shelled our villages.", SaidAt: "2024-05-01",
		Evidence: &graph.Span{Start: 10, End: 39, Text: "Belmora shelled our villages."}, RespondsTo: []string{"claim:a", "claim:b"}}
	minimal := graph.Claim{ID: "claim:min", DocID: "doc:0001", SpeakerID: "speaker:x", Speaker: "X", Kind: graph.KindAssertion,
		Action: "act", Topic: "t", Polarity: graph.Negative}
	zeroSpan := minimal
	zeroSpan.ID, zeroSpan.Evidence = "claim:zero-span", &graph.Span{}
	hostile := full
	hostile.ID, hostile.Text, hostile.Role = "claim:hostile", "Robert'); MATCH (n) DETACH DELETE n; //\n\t\\ \"}) x", `'; DROP TABLE claims; --`
	counter := minimal
	counter.ID, counter.Kind, counter.Counterclaim = "claim:counter", graph.KindDenial, true
	changed := loaded.Add(36 * time.Hour)
	for _, c := range []graph.Claim{full, minimal, zeroSpan, hostile, counter} {
		t.Run(c.ID, func(t *testing.T) {
			got, err := claimFromNode(claimNodeAt(t, m, c, loaded, changed))
			if err != nil {
				t.Fatalf("claimFromNode: %v", err)
			}
			want := c
			want.LoadedAt, want.ChangedAt = loaded, changed
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round trip:\n got %#v\nwant %#v", got, want)
			}
			// == also compares the location: UTC, as SQLite returns it.
			if got.LoadedAt != loaded || got.ChangedAt != changed {
				t.Errorf("LoadedAt %v (%v), ChangedAt %v; want %v, %v", got.LoadedAt, got.LoadedAt.Location(), got.ChangedAt, loaded, changed)
			}
		})
	}
}

func TestClaimRowNulls(t *testing.T) {
	c := graph.Claim{ID: "claim:min", DocID: "doc:1", SpeakerID: "speaker:x", Speaker: "X", Kind: graph.KindAssertion,
		Action: "act", Topic: "t", Polarity: graph.Negative}
	row := claimRow(&c, "fp")
	for _, k := range []string{"role", "side", "side_slug", "subject", "subject_slug", "accused_slug", "text", "said_at",
		"ev_start", "ev_end", "ev_text", "responds_to", "acc_key", "loaded_at", "changed_at"} {
		if v, ok := row[k]; !ok || v != nil {
			t.Errorf("row[%s] = %#v, want null", k, v)
		}
	}
	acc := c
	acc.Kind, acc.Side, acc.Subject = graph.KindAccusation, "Arvenia", "Belmora"
	row = claimRow(&acc, "fp")
	if row["accused_slug"] != "belmora" || row["acc_key"] != "arvenia>belmora|t" {
		t.Errorf("accusation row: accused_slug %v, acc_key %v", row["accused_slug"], row["acc_key"])
	}
}

func TestDocumentRoundTrip(t *testing.T) {
	m := loadModel(t)
	for _, d := range []graph.Document{testDoc(), {ID: "doc:bare"}} {
		n := neo4j.Node{Labels: []string{"Document"}, Props: stored(t, m, "Document", documentRow(&d))}
		got, err := documentFromValue(n)
		if err != nil {
			t.Fatalf("documentFromValue: %v", err)
		}
		if got == nil || *got != d {
			t.Errorf("round trip: got %+v, want %+v", got, d)
		}
	}
	if got, err := documentFromValue(nil); got != nil || err != nil {
		t.Errorf("null document: %v, %v; want nil, nil", got, err)
	}
	if _, err := documentFromValue("doc:1"); err == nil {
		t.Error("a text value mapped to a document")
	}
}

func TestNamedNodes(t *testing.T) {
	sp, err := speakerFromNode(neo4j.Node{Props: map[string]any{
		"id": "speaker:ilse-varga", "name": "Ilse Varga", "slug": "ilse-varga",
		"aliases": []any{"Varga", "I. Varga", "Varga"}, "role": "minister", "side": "Arvenia", "side_slug": "arvenia"}})
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Speaker{ID: "speaker:ilse-varga", Name: "Ilse Varga", Aliases: []string{"I. Varga", "Varga"}, Role: "minister", Side: "Arvenia"}
	if !reflect.DeepEqual(sp, want) {
		t.Errorf("speaker: got %#v, want %#v", sp, want)
	}
	a, err := actorFromNode(neo4j.Node{Props: map[string]any{"id": "actor:belmora", "name": "Belmora", "aliases": []any{}}})
	if err != nil || a.Aliases != nil || a.Name != "Belmora" {
		t.Errorf("actor with empty aliases: %#v, %v; want nil aliases", a, err)
	}
	tp, err := topicFromNode(neo4j.Node{Props: map[string]any{"id": "topic:x", "name": "X"}})
	if err != nil || tp.Aliases != nil {
		t.Errorf("topic without aliases: %#v, %v", tp, err)
	}
}

func TestPropertyTypeErrors(t *testing.T) {
	base := func() map[string]any {
		return map[string]any{"id": "claim:1", "doc_id": "doc:1", "speaker": "X", "kind": "assertion",
			"action": "a", "topic": "t", "polarity": "+", "loaded_at": int64(1)}
	}
	tests := []struct {
		name string
		mod  func(map[string]any)
		want string // in the error
	}{
		{"text as integer", func(p map[string]any) { p["text"] = int64(3) }, "property text"},
		{"span start as text", func(p map[string]any) { p["ev_start"] = "10" }, "property ev_start"},
		{"responds_to of integers", func(p map[string]any) { p["responds_to"] = []any{int64(1)} }, "property responds_to"},
		{"responds_to as text", func(p map[string]any) { p["responds_to"] = "claim:2" }, "property responds_to"},
		{"no id", func(p map[string]any) { delete(p, "id") }, "no id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			tc.mod(p)
			_, err := claimFromNode(neo4j.Node{ElementId: "4:x:1", Props: p})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one mentioning %q", err, tc.want)
			}
		})
	}
	if _, err := claimFromNode(neo4j.Node{Props: base()}); err != nil {
		t.Errorf("valid claim: %v", err)
	}
}

// Integers written by other tools may be floats (JavaScript has no other
// number): an integral float reads as its integer, anything else fails.
func TestIntegersFromFloats(t *testing.T) {
	tests := []struct {
		v    any
		want int64
		ok   bool
	}{
		{int64(7), 7, true},
		{7.0, 7, true},
		{-3.0, -3, true},
		{1.7e18, 1.7e18, true}, // nanoseconds, rounded by the writer
		{7.5, 0, false},
		{math.NaN(), 0, false},
		{math.Inf(1), 0, false},
		{9.3e18, 0, false}, // beyond int64
		{"7", 0, false},
		{true, 0, false},
	}
	for _, tc := range tests {
		n, ok := asInt(tc.v)
		if n != tc.want || ok != tc.ok {
			t.Errorf("asInt(%v) = %d, %v; want %d, %v", tc.v, n, ok, tc.want, tc.ok)
		}
		rec := &neo4j.Record{Keys: []string{"n"}, Values: []any{tc.v}}
		if got, err := integer(rec, "n"); (err == nil) != tc.ok || int64(got) != tc.want {
			t.Errorf("integer(%v) = %d, %v", tc.v, got, err)
		}
		p := props{what: "test", m: map[string]any{"n": tc.v}}
		if got, set := p.integer("n"); set != tc.ok || got != tc.want || (p.err == nil) != tc.ok {
			t.Errorf("props.integer(%v) = %d, %v, err %v", tc.v, got, set, p.err)
		}
	}
}

func TestRecordColumns(t *testing.T) {
	rec := &neo4j.Record{Keys: []string{"n", "s", "b", "l", "null", "node"},
		Values: []any{int64(7), "x", true, []any{"a", "b"}, nil, neo4j.Node{Props: map[string]any{"id": "i"}}}}
	if n, err := integer(rec, "n"); n != 7 || err != nil {
		t.Errorf("integer: %d, %v", n, err)
	}
	if _, err := integer(rec, "s"); err == nil {
		t.Error("integer of text: no error")
	}
	if _, err := integer(rec, "null"); err == nil {
		t.Error("integer of null: no error")
	}
	if _, err := integer(rec, "missing"); err == nil || !strings.Contains(err.Error(), "no column missing") {
		t.Errorf("missing column: %v", err)
	}
	if s, err := text(rec, "null"); s != "" || err != nil {
		t.Errorf("text of null: %q, %v", s, err)
	}
	if l, err := texts(rec, "l"); !reflect.DeepEqual(l, []string{"a", "b"}) || err != nil {
		t.Errorf("texts: %v, %v", l, err)
	}
	if l, err := texts(rec, "null"); l != nil || err != nil {
		t.Errorf("texts of null: %v, %v", l, err)
	}
	if _, ok, err := node(rec, "null"); ok || err != nil {
		t.Errorf("node of null: ok %v, %v", ok, err)
	}
	if _, err := mustNode(rec, "null"); err == nil {
		t.Error("mustNode of null: no error")
	}
	if _, err := mustNode(rec, "s"); err == nil {
		t.Error("mustNode of text: no error")
	}
}

func TestClaimOf(t *testing.T) {
	m := loadModel(t)
	d := testDoc()
	c := graph.Claim{ID: "claim:1", DocID: d.ID, SpeakerID: "speaker:x", Speaker: "X", Kind: graph.KindDenial,
		Action: "a", Topic: "t", Polarity: graph.Negative, Counterclaim: true}
	loaded := time.Unix(0, 1714557600000000001).UTC()
	rec := &neo4j.Record{Keys: []string{"c", "d"}, Values: []any{
		claimNode(t, m, c, loaded),
		neo4j.Node{Labels: []string{"Document"}, Props: stored(t, m, "Document", documentRow(&d))},
	}}
	got, err := claimOf(rec)
	if err != nil {
		t.Fatal(err)
	}
	want := c
	want.LoadedAt, want.ChangedAt, want.Document = loaded, loaded, &d
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claim:\n got %#v\nwant %#v", got, want)
	}
	rec.Values[1] = nil
	got, err = claimOf(rec)
	if err != nil || got.Document != nil || !got.Counterclaim {
		t.Errorf("without document: %+v, %v", got, err)
	}
	rec.Keys = []string{"c"}
	rec.Values = rec.Values[:1]
	if _, err := claimOf(rec); err == nil {
		t.Error("a record without the document column mapped")
	}
}

func TestTimes(t *testing.T) {
	if nanos(time.Time{}) != nil {
		t.Error("the zero time is not null")
	}
	at := time.Date(2262, 4, 11, 0, 0, 0, 0, time.FixedZone("x", 3600))
	n, ok := nanos(at).(int64)
	if !ok || !fromNanos(n).Equal(at) || fromNanos(n).Location() != time.UTC {
		t.Errorf("nanos round trip of %v: %v", at, fromNanos(n))
	}
	for _, tm := range []time.Time{{}, time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC), time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.FixedZone("y", 7200))} {
		got, err := parseTimeText(timeText(tm))
		if err != nil || !got.Equal(tm) {
			t.Errorf("text round trip of %v: %v, %v", tm, got, err)
		}
	}
}

func TestJobStateFromNode(t *testing.T) {
	end := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	js, err := jobStateFromNode(neo4j.Node{Props: map[string]any{"name": "daily", "window_end": timeText(end),
		"last_run": timeText(time.Time{}), "runs": int64(3)}})
	if err != nil || js.Name != "daily" || !js.WindowEnd.Equal(end) || !js.LastRun.IsZero() || js.Runs != 3 {
		t.Errorf("job state: %+v, %v", js, err)
	}
	if _, err := jobStateFromNode(neo4j.Node{Props: map[string]any{"name": "daily", "window_end": "yesterday",
		"last_run": timeText(end), "runs": int64(3)}}); err == nil {
		t.Error("a malformed window_end parsed")
	}
}

func TestPlainValue(t *testing.T) {
	day := dbtype.Date(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	n := neo4j.Node{ElementId: "4:a:1", Labels: []string{"Claim", "Counterclaim"}, Props: map[string]any{"id": "claim:1", "said": day}}
	r := neo4j.Relationship{ElementId: "5:a:2", StartElementId: "4:a:1", EndElementId: "4:a:3", Type: "REPORTED_IN"}
	got := plainValue([]any{n, r, neo4j.Path{Nodes: []neo4j.Node{n}}, map[string]any{"d": neo4j.Duration{Days: 2}}, int64(3), nil})
	want := []any{
		map[string]any{"element_id": "4:a:1", "labels": []string{"Claim", "Counterclaim"},
			"properties": map[string]any{"id": "claim:1", "said": "2024-05-01"}},
		map[string]any{"element_id": "5:a:2", "type": "REPORTED_IN", "start": "4:a:1", "end": "4:a:3", "properties": map[string]any{}},
		map[string]any{"nodes": []any{map[string]any{"element_id": "4:a:1", "labels": []string{"Claim", "Counterclaim"},
			"properties": map[string]any{"id": "claim:1", "said": "2024-05-01"}}}, "relationships": []any{}},
		map[string]any{"d": "P0M2DT0S"},
		int64(3), nil,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("plainValue:\n got %#v\nwant %#v", got, want)
	}
	if _, err := json.Marshal(got); err != nil {
		t.Errorf("plain values do not encode as JSON: %v", err)
	}
}
