package neo4j

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

var update = flag.Bool("update", false, "rewrite testdata/script.golden.cypher")

// hostileStrings try to end a literal, a line or a statement early.
var hostileStrings = []string{
	`"}) DETACH DELETE n //`,
	`'}) DETACH DELETE n //`,
	`Robert'); MATCH (n) DETACH DELETE n; //`,
	`back\slash\' and \\'`,
	"line\nbreak\r\nand\ttab",
	"u2028\u2028 and nul\x00 and bell\x07 and del\x7f and c1\u0085",
	"`backticks` $param {{name}} /* comment */ // comment",
	"Bélmora – “quoted” 国境 😀",
	"\\u0027 not an escape",
}

func TestCypherString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `''`},
		{"plain", `'plain'`},
		{`it's`, `'it\'s'`},
		{`"double"`, `'"double"'`},
		{`a\b`, `'a\\b'`},
		{"a\nb\rc\td", `'a\nb\rc\td'`},
		{"nul\x00", `'nul\u0000'`},
		{"sep\u2028", `'sep\u2028'`},
		{"bad\xffbyte", "'bad\uFFFDbyte'"},
		{`"}) DETACH DELETE n //`, `'"}) DETACH DELETE n //'`},
	}
	for _, tc := range tests {
		if got := cypherString(tc.in); got != tc.want {
			t.Errorf("cypherString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// Every string, hostile or random, reads back as itself (invalid UTF-8 as
// U+FFFD) with a literal on one line that the lexer sees as one token.
func TestCypherStringRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	inputs := append([]string{}, hostileStrings...)
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		lit := cypherString(s)
		if strings.ContainsAny(lit, "\n\r\u2028\u2029") {
			t.Fatalf("literal of %q spans lines: %s", s, lit)
		}
		toks, err := lex(lit + " AS x")
		if err != nil {
			t.Fatalf("lex %s: %v", lit, err)
		}
		if len(toks) != 3 || toks[0].kind != tString {
			t.Fatalf("literal of %q is not one string token: %v", s, toks)
		}
		want := s
		if !utf8.ValidString(s) {
			var b strings.Builder
			for _, r := range s { // each invalid byte ranges as U+FFFD
				b.WriteRune(r)
			}
			want = b.String()
		}
		if toks[0].val != want {
			t.Fatalf("round trip of %q: got %q", s, toks[0].val)
		}
	}
}

// litParser reads the literals writeLiteral writes, to check them.
type litParser struct {
	toks []token
	i    int
}

func (p *litParser) next() (token, error) {
	if p.i >= len(p.toks) {
		return token{}, errors.New("unexpected end")
	}
	p.i++
	return p.toks[p.i-1], nil
}

func (p *litParser) expect(text string) error {
	t, err := p.next()
	if err == nil && t.text != text {
		err = fmt.Errorf("line %d:%d: want %q, got %q", t.line, t.col, text, t.text)
	}
	return err
}

func (p *litParser) value() (any, error) {
	t, err := p.next()
	if err != nil {
		return nil, err
	}
	switch {
	case t.kind == tString:
		return t.val, nil
	case t.kind == tNumber:
		return strconv.ParseInt(t.text, 10, 64)
	case t.kind == tIdent && t.text == "null":
		return nil, nil
	case t.kind == tIdent && (t.text == "true" || t.text == "false"):
		return t.text == "true", nil
	case t.text == "[":
		l := []any{}
		for p.i < len(p.toks) && p.toks[p.i].text != "]" {
			if len(l) > 0 {
				if err := p.expect(","); err != nil {
					return nil, err
				}
			}
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		return l, p.expect("]")
	case t.text == "{":
		m := map[string]any{}
		for p.i < len(p.toks) && p.toks[p.i].text != "}" {
			if len(m) > 0 {
				if err := p.expect(","); err != nil {
					return nil, err
				}
			}
			k, err := p.next()
			if err != nil {
				return nil, err
			}
			if err := p.expect(":"); err != nil {
				return nil, err
			}
			if m[k.val], err = p.value(); err != nil {
				return nil, err
			}
		}
		return m, p.expect("}")
	}
	return nil, fmt.Errorf("line %d:%d: unexpected %q", t.line, t.col, t.text)
}

func parseLiteral(src string) (any, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	p := &litParser{toks: toks}
	v, err := p.value()
	if err == nil && p.i != len(toks) {
		err = fmt.Errorf("trailing %q", toks[p.i].text)
	}
	return v, err
}

// plain turns a parameter value into what parseLiteral returns.
func plain(v any) any {
	switch x := v.(type) {
	case []string:
		l := make([]any, len(x))
		for i, s := range x {
			l[i] = s
		}
		return l
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = plain(e)
		}
		return l
	case map[string]any:
		m := map[string]any{}
		for k, e := range x {
			m[k] = plain(e)
		}
		return m
	case int:
		return int64(x)
	}
	return v
}

// scriptBatch is an invented world with hostile names, a response, and
// its findings: two opposing pairs and three counterclaims.
func scriptBatch() (graph.Batch, []graph.Finding) {
	d, a, b := dispute()
	d.Title = hostileStrings[0]
	h := a
	h.Speaker, h.SpeakerID, h.Text, h.Role = hostileStrings[2], "", hostileStrings[4], hostileStrings[3]
	h.Evidence = &graph.Span{Start: 3, End: 12, Text: hostileStrings[5]}
	h.RespondsTo = []string{b.ID}
	h.ID = graph.ClaimID(&h)
	h.LoadedAt = time.Date(2024, 5, 3, 1, 2, 3, 4, time.UTC)
	h.ChangedAt = time.Date(2024, 5, 4, 5, 6, 7, 8, time.UTC)
	batch := graph.Batch{
		Documents: []graph.Document{d},
		Speakers:  []graph.Speaker{{Name: "Ilse Varga", Aliases: []string{hostileStrings[6], "Varga"}, Role: "minister", Side: "Arvenia"}},
		Actors:    []graph.Actor{{Name: "Belmora", Aliases: []string{hostileStrings[7]}}},
		Topics:    []graph.Topic{{Name: "Border shelling", Aliases: []string{hostileStrings[8]}}},
		Claims:    []graph.Claim{a, b, h},
	}
	return batch, graph.Detect(batch.Claims, nil)
}

func TestWriteScriptGolden(t *testing.T) {
	b, fs := scriptBatch()
	var buf bytes.Buffer
	if err := writeScript(&buf, b, fs, time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "script.golden.cypher")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestWriteScriptGolden -update to write it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("script differs from %s (run with -update after checking the change)", golden)
	}
}

func TestWriteScriptStructure(t *testing.T) {
	b, fs := scriptBatch()
	var buf bytes.Buffer
	now := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	if err := writeScript(&buf, b, fs, now); err != nil {
		t.Fatal(err)
	}
	script := buf.String()

	// What the script must say, computed as Load computes it.
	nb, err := graph.PrepareBatch(b)
	if err != nil {
		t.Fatal(err)
	}
	times := map[string][2]time.Time{b.Claims[2].ID: {b.Claims[2].LoadedAt, b.Claims[2].ChangedAt}}
	var slugs []string
	for _, a := range append(slices.Clone(nb.Actors), nb.ImpliedActors...) {
		slugs = append(slugs, graph.Slug(a.Name))
	}
	ids := speakerIDs(nb.Speakers)
	wantParams := []struct {
		st  *statement
		key string
		val any
	}{
		{nil, "now", now.UnixNano()},
		{stMergeDocuments, "rows", rowsOf(nb.Documents, documentRow)},
		{stMergeActors, "rows", rowsOf(nb.Actors, actorRow)},
		{stEnsureActors, "rows", rowsOf(nb.ImpliedActors, impliedActorRow)},
		{stLinkNewActors, "slugs", slugs},
		{stMergeTopics, "rows", rowsOf(nb.Topics, topicRow)},
		{stEnsureTopics, "rows", rowsOf(nb.ImpliedTopics, impliedTopicRow)},
		{stMergeSpeakers, "rows", rowsOf(nb.Speakers, speakerRow)},
		{stEnsureSpeakers, "rows", rowsOf(nb.ImpliedSpeakers, impliedSpeakerRow)},
		{stUnlinkSpeakers, "ids", ids},
		{stLinkSpeakers, "ids", append(slices.Clone(ids), speakerIDs(nb.ImpliedSpeakers)...)},
		{stMergeClaims, "rows", claimRows(nb, times)},
		{stMarkCounterclaims, "ids", counterclaimIDs(fs)},
		{stSetFindingCounts, "rows", countRows(fs)},
	}
	var params []string
	for _, l := range strings.Split(script, "\n") {
		if strings.HasPrefix(l, ":param ") {
			params = append(params, l)
		}
	}
	if len(params) != len(wantParams) {
		t.Fatalf("%d :param lines, want %d", len(params), len(wantParams))
	}
	for i, w := range wantParams {
		prefix := ":param " + w.key + " => "
		l := params[i]
		if !strings.HasPrefix(l, prefix) || !strings.HasSuffix(l, ";") {
			t.Fatalf(":param line %d: %.60s", i, l)
		}
		got, err := parseLiteral(strings.TrimSuffix(strings.TrimPrefix(l, prefix), ";"))
		if err != nil {
			t.Fatalf(":param %s: %v", w.key, err)
		}
		if want := plain(w.val); !reflect.DeepEqual(got, want) {
			t.Errorf(":param %s:\n got %#v\nwant %#v", w.key, got, want)
		}
		if w.st != nil && !strings.Contains(script, l+"\n"+strings.TrimSpace(w.st.text)+";\n") {
			t.Errorf(":param %s is not followed by %s", w.key, w.st.name)
		}
	}
	// No string broke out of its literal: the script splits into exactly
	// the schema, the parameters and the statements.
	parts, err := splitStatements(script)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(schemaStatements) + 2*len(wantParams) - 1; len(parts) != want {
		t.Errorf("script splits into %d statements, want %d", len(parts), want)
	}
	// What the totals and labels say, independently of countRows.
	wantCounts := []any{
		map[string]any{"rule": "opposing", "n": int64(2)}, map[string]any{"rule": "mutual_accusation", "n": int64(0)},
		map[string]any{"rule": "counterclaim", "n": int64(3)}, map[string]any{"rule": "reversal", "n": int64(0)},
	}
	if got := countRows(fs); !reflect.DeepEqual(got, wantCounts) {
		t.Errorf("counts %v, want %v", got, wantCounts)
	}
	if got := counterclaimIDs(fs); !reflect.DeepEqual(got, []string{b.Claims[1].ID, b.Claims[2].ID}) {
		t.Errorf("counterclaims %v, want the denial and the response", got)
	}
	if strings.Contains(script, "CONTRADICTS") || strings.Contains(script, "COUNTERS") {
		t.Error("the script writes finding relationships")
	}
}

// Without findings, a script leaves the totals and labels alone: an
// export writes them once, after every batch of claims.
func TestWriteScriptWithoutFindings(t *testing.T) {
	b, _ := scriptBatch()
	var buf bytes.Buffer
	if err := writeScript(&buf, b, nil, time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	for _, st := range []*statement{stMarkCounterclaims, stSetFindingCounts} {
		if strings.Contains(buf.String(), strings.TrimSpace(st.text)) {
			t.Errorf("%s written without findings", st.name)
		}
	}
	buf.Reset()
	if err := writeScript(&buf, graph.Batch{}, []graph.Finding{}, time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `{n: 0, rule: 'opposing'}`) {
		t.Errorf("no findings at all: the totals are not set to 0:\n%s", buf.String())
	}
}

func TestWriteScriptChunks(t *testing.T) {
	d, a, _ := dispute()
	var claims []graph.Claim
	for i := range DefaultBatchSize + 1 {
		c := a
		c.Text = strconv.Itoa(i)
		c.ID = graph.ClaimID(&c)
		claims = append(claims, c)
	}
	var buf bytes.Buffer
	if err := WriteScript(&buf, graph.Batch{Documents: []graph.Document{d}, Claims: claims}, nil); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), strings.TrimSpace(stMergeClaims.text)+";\n"); n != 2 {
		t.Errorf("merge_claims written %d times for %d claims, want 2", n, len(claims))
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteScriptErrors(t *testing.T) {
	d, a, _ := dispute()
	bad := a
	bad.Kind = "rumour"
	if err := WriteScript(&bytes.Buffer{}, graph.Batch{Claims: []graph.Claim{bad}}, nil); graph.ErrorCode(err) != graph.EInvalid {
		t.Errorf("invalid claim: %v, want EInvalid", err)
	}
	if err := WriteScript(&bytes.Buffer{}, graph.Batch{}, []graph.Finding{{ID: "finding:1", Rule: "gossip", From: "a", To: "b"}}); graph.ErrorCode(err) != graph.EInvalid {
		t.Errorf("invalid finding: %v, want EInvalid", err)
	}
	if err := WriteScript(failWriter{}, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a}}, nil); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("write error: %v", err)
	}
}
