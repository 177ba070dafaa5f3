package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in    string
		want  Format
		graph bool
		code  graph.Code
	}{
		{"table", Table, false, ""},
		{"", Table, false, ""},
		{" JSON ", JSON, false, ""},
		{"csv", CSV, false, ""},
		{"dot", DOT, true, ""},
		{"GraphML", GraphML, true, ""},
		{"mermaid", Mermaid, true, ""},
		{"xml", "", false, graph.EInvalid},
		{"svg", "", false, graph.EInvalid},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if code := graph.ErrorCode(err); code != tt.code {
			t.Errorf("ParseFormat(%q) error %v, want code %q", tt.in, err, tt.code)
			continue
		}
		if got != tt.want || got.Graph() != tt.graph {
			t.Errorf("ParseFormat(%q) = %q (graph %v), want %q (graph %v)", tt.in, got, got.Graph(), tt.want, tt.graph)
		}
	}
}

// TestParseFormatAllowed: a command's own set of formats, aliases, and
// the first allowed format as the default.
func TestParseFormatAllowed(t *testing.T) {
	tests := []struct {
		in      string
		allowed []Format
		want    Format
		ok      bool
	}{
		{"", SummaryFormats, Table, true},
		{"text", SummaryFormats, Table, true},
		{"csv", SummaryFormats, "", false},
		{"", ExportFormats, JSONL, true},
		{"NDJSON", ExportFormats, JSONL, true},
		{"cypher", ExportFormats, Cypher, true},
		{"table", ExportFormats, "", false},
		{"markdown", ReportFormats, Markdown, true},
		{"dot", ReportFormats, "", false},
		{"dot", TabularFormats, "", false},
		{"dot", nil, DOT, true},
		{"md", nil, "", false},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in, tt.allowed...)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseFormat(%q, %v) = %q, %v; want %q (ok %v)", tt.in, tt.allowed, got, err, tt.want, tt.ok)
		}
		if err != nil && graph.ErrorCode(err) != graph.EInvalid {
			t.Errorf("ParseFormat(%q): code %q, want %q", tt.in, graph.ErrorCode(err), graph.EInvalid)
		}
	}
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		in   []string
		want []Format
		ok   bool
	}{
		{nil, ReportFormats, true},
		{[]string{"html,MD", "md"}, []Format{Markdown, HTML}, true},
		{[]string{"json", "markdown,"}, []Format{Markdown, JSON}, true},
		{[]string{"md,pdf"}, nil, false},
	}
	for _, tt := range tests {
		got, err := ParseFormats(tt.in, ReportFormats...)
		if (err == nil) != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseFormats(%q) = %v, %v; want %v (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestFormatsAcceptedOrRejected(t *testing.T) {
	for _, c := range fixtureCalls() {
		for _, f := range append(Formats, "xml") {
			var b bytes.Buffer
			err := c.run(Options{}, &b, f)
			wantOK := f.valid() && (!f.Graph() || c.graph)
			switch {
			case wantOK && err != nil:
				t.Errorf("%s as %s: %v", c.name, f, err)
			case !wantOK && graph.ErrorCode(err) != graph.EInvalid:
				t.Errorf("%s as %s: error %v, want code %s", c.name, f, err, graph.EInvalid)
			case !wantOK && b.Len() > 0:
				t.Errorf("%s as %s: wrote %q along with the error", c.name, f, b.String())
			case wantOK && b.Len() == 0:
				t.Errorf("%s as %s wrote nothing", c.name, f)
			}
		}
	}
}

func TestTableContents(t *testing.T) {
	all := map[string]call{}
	for _, c := range fixtureCalls() {
		all[c.name] = c
	}
	tests := []struct {
		call string
		want []string
		rows int // lines, header included
	}{
		{"claims", []string{"DATE", "SPEAKER (SIDE)", "Ilse Voss (Arvenia)", "2031-03-01", "accusation", "Oster dam",
			"Arvenian Herald / herald-0301.txt", "post.example", "10-112", "claim:aaa1", "Mira Kale", "doc:bare", "Belmoran artillery shelled"}, 4},
		{"contradictions", []string{"RULE", "opposing", "counterclaim", "↑ countered", "0 sources, 2 docs", "Tomas Brel (Belmora)", "denial"}, 5},
		{"mutual", []string{"Arvenia ⇄ Belmora", "2 accusations, 2 docs", "ACCUSES", "Arvenia mined the dam itself."}, 3},
		{"opponents", []string{"LINK", "contested", "↳ opposing", "↳ counters", "↳ is countered by", "claim", "Talks will resume."}, 8},
		{"timeline", []string{"contested", "↳ counters", "Mira Kale"}, 8},
		{"speakers", []string{"NAME", "foreign minister", "I. Voss", "speaker:tomas-brel"}, 3},
		{"actors", []string{"AS SUBJECT", "Arvenian Republic, Arv.", "actor:belmora"}, 3},
		{"topics", []string{"Oster reservoir", "topic:ceasefire"}, 3},
		{"stats", []string{"documents", "counterclaims", "findings", "  mutual_accusation", "  reversal"}, 11},
		{"rows", []string{"name", "Ilse Voss", "3"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.call, func(t *testing.T) {
			out := render(t, all[tt.call], Options{}, Table)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("table lacks %q:\n%s", w, out)
				}
			}
			if got := strings.Count(out, "\n"); got != tt.rows {
				t.Errorf("table has %d lines, want %d:\n%s", got, tt.rows, out)
			}
			if strings.Contains(out, "Belmoran artillery shelled the Oster dam at dawn, flooding three villages downstream") {
				t.Errorf("long text not cut at %d characters:\n%s", DefaultWidth, out)
			}
		})
	}
}

// TestTableAligned checks that each column's cells start where its
// header does, on every row.
func TestTableAligned(t *testing.T) {
	for _, c := range fixtureCalls() {
		out := render(t, c, Options{}, Table)
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if c.name == "stats" || len(lines) < 2 {
			continue
		}
		head := []rune(lines[0])
		// Column starts: a non-space after two spaces (the padding).
		var starts []int
		for i := range head {
			if i == 0 || (i >= 2 && head[i] != ' ' && head[i-1] == ' ' && head[i-2] == ' ') {
				starts = append(starts, i)
			}
		}
		for _, l := range lines[1:] {
			r := []rune(l)
			for _, s := range starts[1:] {
				if s > len(r) || (s < len(r) && r[s-1] != ' ') {
					t.Errorf("%s: row not aligned with header at column %d:\n%s\n%s", c.name, s, lines[0], l)
					break
				}
			}
		}
	}
}

func TestEmptyTables(t *testing.T) {
	tests := []struct {
		name string
		run  func(*bytes.Buffer, Format) error
		want string
	}{
		{"claims", func(b *bytes.Buffer, f Format) error { return Claims(b, f, nil) }, "No claims.\n"},
		{"contradictions", func(b *bytes.Buffer, f Format) error { return Contradictions(b, f, nil) }, "No contradictions.\n"},
		{"mutual", func(b *bytes.Buffer, f Format) error { return Mutual(b, f, nil) }, "No mutual accusations.\n"},
		{"opponents", func(b *bytes.Buffer, f Format) error { return Opponents(b, f, nil) }, "No claims.\n"},
		{"timeline", func(b *bytes.Buffer, f Format) error { return Timeline(b, f, nil) }, "No claims.\n"},
		{"speakers", func(b *bytes.Buffer, f Format) error { return Speakers(b, f, nil) }, "No speakers.\n"},
		{"actors", func(b *bytes.Buffer, f Format) error { return Actors(b, f, nil) }, "No actors.\n"},
		{"topics", func(b *bytes.Buffer, f Format) error { return Topics(b, f, nil) }, "No topics.\n"},
		{"rows", func(b *bytes.Buffer, f Format) error { return Rows(b, f, []string{"x"}, nil) }, "No rows.\n"},
	}
	for _, tt := range tests {
		for f, want := range map[Format]string{Table: tt.want, JSON: "[]\n"} {
			var b bytes.Buffer
			if err := tt.run(&b, f); err != nil {
				t.Fatalf("%s as %s: %v", tt.name, f, err)
			}
			if b.String() != want {
				t.Errorf("empty %s as %s = %q, want %q", tt.name, f, b.String(), want)
			}
		}
	}
}

func TestCut(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"eleven char", 10, "eleven ch…"},
		{"word then   space", 10, "word then…"},
		{"Ärvénïà Bélmörà", 5, "Ärvé…"},
		{"no limit at all", -1, "no limit at all"},
	}
	for _, tt := range tests {
		got := cut(tt.in, tt.n)
		if got != tt.want {
			t.Errorf("cut(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
		if tt.n > 0 && utf8.RuneCountInString(got) > tt.n {
			t.Errorf("cut(%q, %d) = %q is longer than %d", tt.in, tt.n, got, tt.n)
		}
	}
}

func TestWidthOption(t *testing.T) {
	long := cVossAcc.Text
	tests := []struct {
		width int
		want  string
	}{
		{0, cut(long, DefaultWidth)},
		{20, "Belmoran artillery…"},
		{-1, long},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := (Options{Width: tt.width}).Claims(&b, Table, []graph.Claim{cVossAcc}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tt.want) {
			t.Errorf("width %d: table lacks %q:\n%s", tt.width, tt.want, b.String())
		}
	}
}

// TestJSONRoundTrip decodes each JSON output into the graph type it
// documents and compares it with what was rendered.
func TestJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   any
		run  func(*bytes.Buffer) error
		out  func() any // a pointer to decode into
	}{
		{"claims", []graph.Claim{cVossAcc, cKaleUndated}, func(b *bytes.Buffer) error { return Claims(b, JSON, []graph.Claim{cVossAcc, cKaleUndated}) }, func() any { return &[]graph.Claim{} }},
		{"contradictions", fixContradictions(), func(b *bytes.Buffer) error { return Contradictions(b, JSON, fixContradictions()) }, func() any { return &[]graph.Contradiction{} }},
		{"mutual", fixMutual(), func(b *bytes.Buffer) error { return Mutual(b, JSON, fixMutual()) }, func() any { return &[]graph.MutualGroup{} }},
		{"opponents", fixOpponents(), func(b *bytes.Buffer) error { return Opponents(b, JSON, fixOpponents()) }, func() any { return &[]graph.ClaimOpponents{} }},
		{"timeline", fixTimeline(), func(b *bytes.Buffer) error { return Timeline(b, JSON, fixTimeline()) }, func() any { return &[]graph.TimelineEntry{} }},
		{"speakers", fixSpeakers(), func(b *bytes.Buffer) error { return Speakers(b, JSON, fixSpeakers()) }, func() any { return &[]graph.SpeakerCount{} }},
		{"actors", fixActors(), func(b *bytes.Buffer) error { return Actors(b, JSON, fixActors()) }, func() any { return &[]graph.ActorCount{} }},
		{"topics", fixTopics(), func(b *bytes.Buffer) error { return Topics(b, JSON, fixTopics()) }, func() any { return &[]graph.TopicCount{} }},
		{"stats", withAllRules(fixStats()), func(b *bytes.Buffer) error { return Stats(b, JSON, fixStats()) }, func() any { return &graph.Stats{} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.run(&b); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(b.String(), "[\n  {") && !strings.HasPrefix(b.String(), "{\n  \"") {
				t.Errorf("not indented by two spaces:\n%.80s", b.String())
			}
			got := tt.out()
			if err := json.Unmarshal(b.Bytes(), got); err != nil {
				t.Fatalf("decode: %v\n%s", err, b.String())
			}
			if g := reflect.ValueOf(got).Elem().Interface(); !reflect.DeepEqual(g, tt.in) {
				t.Errorf("round trip differs:\n got %+v\nwant %+v", g, tt.in)
			}
		})
	}
}

// TestJSONOpponentsShape: speaker and between results are ClaimOpponents,
// without the timeline's contested flag.
func TestJSONOpponentsShape(t *testing.T) {
	var b bytes.Buffer
	if err := Opponents(&b, JSON, fixOpponents()); err != nil {
		t.Fatal(err)
	}
	var got []map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, o := range got {
		if len(o) != 3 || o["claim"] == nil || o["opponents"] == nil || o["opponents_total"] == nil {
			t.Errorf("opponents item has keys %v, want claim, opponents and opponents_total", keysOf(o))
		}
	}
}

func keysOf(m map[string]json.RawMessage) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func withAllRules(s graph.Stats) graph.Stats {
	m := map[graph.Rule]int{}
	for _, r := range graph.CountedRules {
		m[r] = s.Findings[r]
	}
	s.Findings = m
	return s
}

func TestJSONNoNulls(t *testing.T) {
	tests := []struct {
		name string
		run  func(*bytes.Buffer) error
	}{
		{"opponents nil", func(b *bytes.Buffer) error {
			return Opponents(b, JSON, []graph.ClaimOpponents{{Claim: cKaleUndated}})
		}},
		{"timeline nil", func(b *bytes.Buffer) error {
			return Timeline(b, JSON, []graph.TimelineEntry{{ClaimOpponents: graph.ClaimOpponents{Claim: cKaleUndated}}})
		}},
		{"mutual one side", func(b *bytes.Buffer) error {
			return Mutual(b, JSON, []graph.MutualGroup{{Sides: [2]string{"Arvenia", "Belmora"}, Accusations: [2][]graph.Claim{{cVossAcc}, nil}}})
		}},
		{"stats nil findings", func(b *bytes.Buffer) error { return Stats(b, JSON, graph.Stats{}) }},
		{"contradiction no claims", func(b *bytes.Buffer) error {
			return Contradictions(b, JSON, []graph.Contradiction{{Rule: graph.RuleOpposing}})
		}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := tt.run(&b); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if strings.Contains(b.String(), "null") {
			t.Errorf("%s: JSON holds null:\n%s", tt.name, b.String())
		}
	}
}

// readCSV reads back CSV output, failing on any parse error or ragged row.
func readCSV(t *testing.T, s string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read CSV back: %v\n%s", err, s)
	}
	return recs
}

func TestCSVColumns(t *testing.T) {
	claimCols := func(p string) []string { return claimCSVCols(p) }
	head := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	all := map[string]call{}
	for _, c := range fixtureCalls() {
		all[c.name] = c
	}
	tests := []struct {
		call string
		head []string
		rows int
		cell map[string]string // column → value on the first data row
	}{
		{"claims", graph.CSVHeader, 3, map[string]string{"id": "claim:aaa1", "source_outlet": "Arvenian Herald", "evidence_start": "10"}},
		{"contradictions", head([]string{"rule", "topic"}, claimCols("a_"), claimCols("b_"), []string{"documents", "outlets", "latest", "finding_id", "tags", "independent", "weak", "unit"}), 2,
			map[string]string{"rule": "opposing", "a_speaker": "Ilse Voss", "a_doc": "herald-0301.txt", "b_url": "https://post.example/b/2", "b_polarity": "-", "b_evidence_end": "45", "finding_id": "finding:f1"}},
		{"mutual", head([]string{"group", "side_a", "side_b", "topic", "count", "documents", "first", "last"}, claimCols("claim_")), 2,
			map[string]string{"group": "1", "side_b": "Belmora", "claim_id": "claim:aaa1", "count": "2"}},
		{"opponents", head(claimCols("claim_"), []string{"rule", "direction"}, claimCols("opponent_")), 5,
			map[string]string{"claim_id": "claim:aaa1", "rule": "opposing", "direction": "", "opponent_id": "claim:bbb2"}},
		{"timeline", head([]string{"contested"}, claimCols("claim_"), []string{"rule", "direction"}, claimCols("opponent_")), 5,
			map[string]string{"contested": "true", "opponent_speaker": "Tomas Brel"}},
		{"speakers", []string{"id", "name", "side", "role", "aliases", "claims"}, 2, map[string]string{"aliases": "I. Voss", "claims": "3"}},
		{"actors", []string{"id", "name", "aliases", "as_side", "as_subject"}, 2, map[string]string{"aliases": "Arvenian Republic;Arv.", "as_subject": "1"}},
		{"topics", []string{"id", "name", "aliases", "claims"}, 2, map[string]string{"name": "Oster dam"}},
		{"stats", []string{"documents", "speakers", "actors", "topics", "claims", "counterclaims", "findings",
			"findings_opposing", "findings_mutual_accusation", "findings_counterclaim", "findings_reversal"}, 1,
			map[string]string{"findings": "3", "findings_reversal": "0", "claims": "6"}},
		{"rows", []string{"name", "n"}, 1, map[string]string{"n": "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.call, func(t *testing.T) {
			recs := readCSV(t, render(t, all[tt.call], Options{}, CSV))
			if !reflect.DeepEqual(recs[0], tt.head) {
				t.Fatalf("header\n got %q\nwant %q", recs[0], tt.head)
			}
			if len(recs)-1 != tt.rows {
				t.Errorf("%d data rows, want %d", len(recs)-1, tt.rows)
			}
			for col, want := range tt.cell {
				i := indexOf(recs[0], col)
				if i < 0 || recs[1][i] != want {
					t.Errorf("column %s = %q, want %q", col, at(recs[1], i), want)
				}
			}
		})
	}
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

func at(xs []string, i int) string {
	if i < 0 || i >= len(xs) {
		return "<missing>"
	}
	return xs[i]
}

type stringer struct{ s string }

func (s stringer) String() string { return s.s }

func TestRowsValues(t *testing.T) {
	when := time.Date(2031, 3, 1, 12, 0, 0, 0, time.UTC)
	keys := []string{"z_first", "a_second", "node"}
	rows := [][]any{
		{nil, 3, map[string]any{"name": "Ilse Voss", "labels": []string{"Speaker"}}},
		{math.NaN(), when, []byte("hi")},
		{stringer{"Arvenia"}, 2.5, []any{"Belmora", int64(7), true}},
	}
	var j bytes.Buffer
	if err := Rows(&j, JSON, keys, rows); err != nil {
		t.Fatal(err)
	}
	// Keys stay in column order, not sorted.
	if strings.Index(j.String(), `"z_first"`) > strings.Index(j.String(), `"a_second"`) {
		t.Errorf("JSON keys reordered:\n%s", j.String())
	}
	var got []map[string]any
	if err := json.Unmarshal(j.Bytes(), &got); err != nil {
		t.Fatalf("decode: %v\n%s", err, j.String())
	}
	wantJSON := []map[string]any{
		{"z_first": nil, "a_second": 3.0, "node": map[string]any{"name": "Ilse Voss", "labels": []any{"Speaker"}}},
		{"z_first": "NaN", "a_second": "2031-03-01T12:00:00Z", "node": "aGk="},
		{"z_first": "Arvenia", "a_second": 2.5, "node": []any{"Belmora", 7.0, true}},
	}
	if !reflect.DeepEqual(got, wantJSON) {
		t.Errorf("JSON rows\n got %#v\nwant %#v", got, wantJSON)
	}

	var c bytes.Buffer
	if err := Rows(&c, CSV, keys, rows); err != nil {
		t.Fatal(err)
	}
	wantCSV := [][]string{
		keys,
		{"", "3", `{"labels":["Speaker"],"name":"Ilse Voss"}`},
		{"NaN", "2031-03-01T12:00:00Z", "aGk="},
		{"Arvenia", "2.5", `["Belmora",7,true]`},
	}
	if recs := readCSV(t, c.String()); !reflect.DeepEqual(recs, wantCSV) {
		t.Errorf("CSV rows\n got %q\nwant %q", recs, wantCSV)
	}

	var tb bytes.Buffer
	if err := Rows(&tb, Table, keys, rows); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tb.String(), "null") {
		t.Errorf("table does not show null:\n%s", tb.String())
	}
}

func TestRowsMismatch(t *testing.T) {
	for _, f := range []Format{Table, JSON, CSV} {
		var b bytes.Buffer
		err := Rows(&b, f, []string{"a", "b"}, [][]any{{1, 2}, {3}})
		if err == nil {
			t.Errorf("%s: ragged rows rendered without error", f)
		}
		if b.Len() != 0 {
			t.Errorf("%s: wrote %q despite the error", f, b.String())
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("pipe closed") }

func TestWriteError(t *testing.T) {
	for _, f := range []Format{Table, JSON, CSV, DOT} {
		if err := Contradictions(failWriter{}, f, fixContradictions()); err == nil {
			t.Errorf("%s: write error not returned", f)
		}
	}
}
