package render

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

// hostileStrings are values an article or a claim file could carry that
// would break a naive writer of some format.
var hostileStrings = []string{
	`"}) DETACH DELETE n //`,
	`<script>alert("x")</script>`,
	"line one\nline two\r\nline three\rend",
	"a|b|c ]] [[ {curly} (paren)",
	`quote " and 'single' and ""`,
	"invalid \xff\xfe utf-8 \xc3",
	`back\slash\ and C:\new\`,
	"tab\there\x1b[31m red \x1b[0m\x00nul",
	"#quot; &amp; <br/> `md` #35;",
	"end",
	"\u202eevil\u2028ls\u2029ps",
	"=cmd|' /C calc'!A0",
}

// hostile returns c with every string field replaced by h (ids keep a
// suffix so that they stay distinct).
func hostile(c graph.Claim, h string) graph.Claim {
	c.ID = h + c.ID
	c.DocID = h + c.DocID
	c.Speaker, c.Side, c.Subject, c.Topic, c.Text, c.Role = h, h, h, h, h+" "+c.Text, h
	c.Action = h
	c.SaidAt = h
	if c.Evidence != nil {
		e := *c.Evidence
		e.Text = h
		c.Evidence = &e
	}
	c.Document = &graph.Document{ID: h, Name: h, URL: h, Outlet: h, Title: h, Published: h}
	return c
}

func hostileCalls(h string) []call {
	hc := func(c graph.Claim) graph.Claim { return hostile(c, h) }
	cs := []graph.Claim{hc(cVossAcc), hc(cBrelDen), hc(cKaleUndated)}
	xs := fixContradictions()
	for i := range xs {
		xs[i].Topic, xs[i].Latest, xs[i].FindingID = h, h, h
		for j := range xs[i].Claims {
			xs[i].Claims[j] = hc(xs[i].Claims[j])
		}
	}
	gs := fixMutual()
	for i := range gs {
		gs[i].Sides = [2]string{h + " A", h + " B"}
		gs[i].Topic, gs[i].First, gs[i].Last = h, h, h
		for s := range gs[i].Accusations {
			for j := range gs[i].Accusations[s] {
				gs[i].Accusations[s][j] = hc(gs[i].Accusations[s][j])
			}
		}
	}
	ops := fixOpponents()
	for i := range ops {
		ops[i].Claim = hc(ops[i].Claim)
		for j := range ops[i].Opponents {
			ops[i].Opponents[j].Claim = hc(ops[i].Opponents[j].Claim)
		}
	}
	es := make([]graph.TimelineEntry, len(ops))
	for i, o := range ops {
		es[i] = graph.TimelineEntry{ClaimOpponents: o, Contested: len(o.Opponents) > 0}
	}
	out := calls(cs, xs, gs, ops, es)
	sp := fixSpeakers()
	for i := range sp {
		sp[i].Name, sp[i].Role, sp[i].Side, sp[i].Aliases = h, h, h, []string{h, h}
	}
	return append(out,
		call{"speakers", false, func(o Options, w *bytes.Buffer, f Format) error { return o.Speakers(w, f, sp) }},
		call{"rows", false, func(o Options, w *bytes.Buffer, f Format) error {
			return o.Rows(w, f, []string{h, "n"}, [][]any{{h, map[string]any{h: h}}})
		}},
	)
}

func TestHostileStrings(t *testing.T) {
	benign := map[string]call{}
	for _, c := range hostileCalls("x") {
		benign[c.name] = c
	}
	for hi, h := range hostileStrings {
		for _, c := range hostileCalls(h) {
			for _, f := range Formats {
				if f.Graph() && !c.graph {
					continue
				}
				t.Run(fmt.Sprintf("%d/%s/%s", hi, c.name, f), func(t *testing.T) {
					out := render(t, c, Options{}, f)
					want := render(t, benign[c.name], Options{}, f)
					switch f {
					case Table:
						checkTable(t, out, want, h)
					case JSON:
						checkJSON(t, out, h)
					case CSV:
						checkCSV(t, out, want, h)
					case DOT:
						checkDOT(t, out, want, h)
					case GraphML:
						checkGraphML(t, out, want, h)
					case Mermaid:
						checkMermaid(t, out, want, h)
					}
				})
			}
		}
	}
}

// checkTable: as many lines as the benign table, valid UTF-8, no control
// character but the line ends.
func checkTable(t *testing.T, out, benign, h string) {
	t.Helper()
	if got, want := strings.Count(out, "\n"), strings.Count(benign, "\n"); got != want {
		t.Errorf("%d lines, want %d:\n%s", got, want, out)
	}
	if !utf8.ValidString(out) {
		t.Errorf("table is not valid UTF-8: %q", out)
	}
	for _, r := range out {
		if r != '\n' && (unicode.IsControl(r) || bidiControl(r) || r == '\u2028') {
			t.Fatalf("table holds control character %U:\n%q", r, out)
		}
	}
}

func checkJSON(t *testing.T, out, h string) {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("JSON does not decode: %v\n%s", err, out)
	}
	if utf8.ValidString(h) && !strings.Contains(fmt.Sprint(v), h) {
		t.Errorf("decoded JSON lacks %q", h)
	}
}

// checkCSV: encoding/csv reads it back with the benign shape, and the
// hostile value comes back whole (CRLF as LF).
func checkCSV(t *testing.T, out, benign, h string) {
	t.Helper()
	recs, want := readCSV(t, out), readCSV(t, benign)
	if len(recs) != len(want) || len(recs[0]) != len(want[0]) {
		t.Fatalf("read back %dx%d cells, want %dx%d", len(recs), len(recs[0]), len(want), len(want[0]))
	}
	h = strings.ReplaceAll(h, "\r\n", "\n")
	found := false
	for _, r := range recs {
		for _, c := range r {
			// A spreadsheet evaluates a cell that starts so.
			if c != "" && strings.ContainsRune("=@\t\r", rune(c[0])) {
				t.Errorf("cell %q would be evaluated by a spreadsheet", c)
			}
			found = found || graph.CSVValue(c) == h
		}
	}
	if !found {
		t.Errorf("no cell reads back as %q:\n%q", h, recs)
	}
}

// dotParse reads the DOT subset the writer emits, strictly: a digraph of
// attribute, node and edge statements. It returns node attributes by id
// and the number of edges.
func dotParse(s string) (map[string]map[string]string, int, error) {
	toks, err := dotLex(s)
	if err != nil {
		return nil, 0, err
	}
	i := 0
	next := func() string {
		if i >= len(toks) {
			return "<eof>"
		}
		i++
		return toks[i-1]
	}
	expect := func(want string) error {
		if got := next(); got != want {
			return fmt.Errorf("token %d: got %q, want %q", i, got, want)
		}
		return nil
	}
	attrs := func() (map[string]string, error) {
		m := map[string]string{}
		if err := expect("["); err != nil {
			return nil, err
		}
		for {
			k := next()
			if k == "]" {
				return m, nil
			}
			if err := expect("="); err != nil {
				return nil, err
			}
			m[dotValue(k)] = dotValue(next())
			if sep := next(); sep == "]" {
				return m, nil
			} else if sep != "," {
				return nil, fmt.Errorf("token %d: got %q in attribute list", i, sep)
			}
		}
	}
	nodes := map[string]map[string]string{}
	edges := 0
	if err := expect("digraph"); err != nil {
		return nil, 0, err
	}
	next()
	if err := expect("{"); err != nil {
		return nil, 0, err
	}
	for {
		tok := next()
		switch {
		case tok == "}":
			if i != len(toks) {
				return nil, 0, fmt.Errorf("%d tokens after the graph", len(toks)-i)
			}
			return nodes, edges, nil
		case tok == "node" || tok == "edge":
			if _, err := attrs(); err != nil {
				return nil, 0, err
			}
		case i < len(toks) && toks[i] == "=":
			next()
			next()
		case i < len(toks) && toks[i] == "->":
			next()
			to := next()
			if _, ok := nodes[dotValue(to)]; !ok {
				return nil, 0, fmt.Errorf("edge to undeclared node %q", to)
			}
			if _, err := attrs(); err != nil {
				return nil, 0, err
			}
			edges++
		case strings.HasPrefix(tok, `"`):
			m, err := attrs()
			if err != nil {
				return nil, 0, err
			}
			nodes[dotValue(tok)] = m
		default:
			return nil, 0, fmt.Errorf("token %d: unexpected %q", i, tok)
		}
		if err := expect(";"); err != nil {
			return nil, 0, err
		}
	}
}

// dotLex splits DOT into tokens as Graphviz's lexer does: in a quoted
// string only \" and \\ pair up, and a string must end before EOF.
func dotLex(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\n':
			i++
		case c == '"':
			j := i + 1
			for ; j < len(s) && s[j] != '"'; j++ {
				if s[j] == '\\' && j+1 < len(s) && (s[j+1] == '"' || s[j+1] == '\\') {
					j++
				}
				if s[j] == '\n' {
					return nil, fmt.Errorf("raw newline in string at %d", i)
				}
			}
			if j >= len(s) {
				return nil, fmt.Errorf("unterminated string at %d", i)
			}
			toks = append(toks, s[i:j+1])
			i = j + 1
		case strings.HasPrefix(s[i:], "->"):
			toks = append(toks, "->")
			i += 2
		case strings.ContainsRune("{}[];,=", rune(c)):
			toks = append(toks, string(c))
			i++
		default:
			j := i
			for j < len(s) && (c == '_' || c == '.' || 'a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z' || '0' <= s[j] && s[j] <= '9') {
				j++
			}
			if j == i {
				return nil, fmt.Errorf("unexpected %q at %d", c, i)
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks, nil
}

// dotValue is what Graphviz reads from a token: quotes removed, \" and
// \\ unescaped, \n a line break.
func dotValue(tok string) string {
	if !strings.HasPrefix(tok, `"`) {
		return tok
	}
	return strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\n`, "\n").Replace(tok[1 : len(tok)-1])
}

func checkDOT(t *testing.T, out, benign, h string) {
	t.Helper()
	nodes, edges, err := dotParse(out)
	if err != nil {
		t.Fatalf("DOT does not parse: %v\n%s", err, out)
	}
	wantNodes, wantEdges, err := dotParse(benign)
	if err != nil {
		t.Fatalf("benign DOT does not parse: %v", err)
	}
	if len(nodes) != len(wantNodes) || edges != wantEdges {
		t.Errorf("%d nodes and %d edges, want %d and %d:\n%s", len(nodes), edges, len(wantNodes), wantEdges, out)
	}
	found := false
	for _, attrs := range nodes {
		found = found || attrs["speaker"] == oneLine(h) || attrs["side"] == oneLine(h)+" A"
	}
	if !found {
		t.Errorf("no node reads back with speaker or side %q:\n%s", oneLine(h), out)
	}
	if path, err := exec.LookPath("dot"); err == nil {
		cmd := exec.Command(path, "-Tcanon")
		cmd.Stdin = strings.NewReader(out)
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = io.Discard, &stderr
		if err := cmd.Run(); err != nil || strings.Contains(stderr.String(), "rror") {
			t.Errorf("Graphviz rejects the output: %v %s\n%s", err, stderr.String(), out)
		}
	}
}

// xmlText is what an XML writer can keep of s: invalid UTF-8 and
// characters XML cannot hold become U+FFFD.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return '\uFFFD'
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

func checkGraphML(t *testing.T, out, benign, h string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(out))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("XML does not read back: %v\n%s", err, out)
		}
	}
	var got, want xmlGraphML
	if err := xml.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("unmarshal: %v", err)
	}
	if err := xml.Unmarshal([]byte(benign), &want); err != nil {
		t.Fatalf("unmarshal benign: %v", err)
	}
	if len(got.Graph.Nodes) != len(want.Graph.Nodes) || len(got.Graph.Edges) != len(want.Graph.Edges) || len(got.Keys) != len(graphMLKeys) {
		t.Errorf("%d nodes, %d edges, %d keys; want %d, %d, %d", len(got.Graph.Nodes), len(got.Graph.Edges), len(got.Keys),
			len(want.Graph.Nodes), len(want.Graph.Edges), len(graphMLKeys))
	}
	ids := map[string]bool{}
	found := false
	for _, n := range got.Graph.Nodes {
		ids[n.ID] = true
		for _, d := range n.Data {
			found = found || (d.Key == "n_speaker" || d.Key == "n_side") && (d.Value == xmlText(h) || d.Value == xmlText(h)+" A")
		}
	}
	for _, e := range got.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s joins undeclared nodes %q → %q", e.ID, e.Source, e.Target)
		}
	}
	if !found {
		t.Errorf("no node data reads back as %q:\n%s", xmlText(h), out)
	}
}

var (
	mermaidNode  = regexp.MustCompile(`^  ([A-Za-z0-9_]+)(?:\["(.*)"\]|\(\["(.*)"\]\))$`)
	mermaidEdge  = regexp.MustCompile(`^  ([A-Za-z0-9_]+) (?:---|-->)\|"([^"|]*)"\| ([A-Za-z0-9_]+)$`)
	mermaidClass = regexp.MustCompile(`^  (?:classDef side\d+ fill:#[0-9a-f]{6},stroke:#555|class [A-Za-z0-9_,]+ side\d+)$`)
	mermaidDec   = strings.NewReplacer("#quot;", `"`, "#lt;", "<", "#gt;", ">", "#amp;", "&", "#124;", "|", "#96;", "`", "#35;", "#")
)

func checkMermaid(t *testing.T, out, benign, h string) {
	t.Helper()
	count := func(s string) (nodes map[string]string, edges int) {
		nodes = map[string]string{}
		lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
		if lines[0] != "flowchart LR" {
			t.Fatalf("first line %q", lines[0])
		}
		for _, l := range lines[1:] {
			if m := mermaidNode.FindStringSubmatch(l); m != nil {
				label := m[2] + m[3]
				if strings.ContainsAny(label, "\"`|\n") || strings.Contains(strings.ReplaceAll(label, "<br/>", ""), "<") {
					t.Errorf("raw quote, pipe, backtick or markup in label: %q", l)
				}
				nodes[m[1]] = label
				continue
			}
			if m := mermaidEdge.FindStringSubmatch(l); m != nil {
				if _, ok := nodes[m[1]]; !ok {
					t.Errorf("edge from undeclared node: %q", l)
				}
				edges++
				continue
			}
			if !mermaidClass.MatchString(l) {
				t.Errorf("line is no node, edge or class: %q", l)
			}
		}
		return nodes, edges
	}
	nodes, edges := count(out)
	wantNodes, wantEdges := count(benign)
	if len(nodes) != len(wantNodes) || edges != wantEdges {
		t.Errorf("%d nodes and %d edges, want %d and %d:\n%s", len(nodes), edges, len(wantNodes), wantEdges, out)
	}
	found := false
	for _, label := range nodes {
		dec := mermaidDec.Replace(label)
		found = found || strings.HasPrefix(dec, cut(oneLine(h), nameWidth)+": ") || dec == cut(oneLine(h)+" A", nameWidth)
	}
	if !found {
		t.Errorf("no label decodes to start with %q:\n%s", oneLine(h), out)
	}
}

func TestMermaidIDsDistinct(t *testing.T) {
	g := Options{}.newGraph()
	for _, id := range []string{"claim:a-b", "claim:a_b", "claim:a.b", "end", "claim:ä"} {
		g.claim(&graph.Claim{ID: id, Speaker: "Ilse Voss"})
	}
	ids := g.mermaidIDs()
	seen := map[string]string{}
	for orig, id := range ids {
		if !regexp.MustCompile(`^claim_[A-Za-z0-9_]+$`).MatchString(id) {
			t.Errorf("%q → %q: not a safe claim id", orig, id)
		}
		if o, dup := seen[id]; dup {
			t.Errorf("%q and %q both → %q", o, orig, id)
		}
		seen[id] = orig
	}
	if len(ids) != 5 {
		t.Errorf("%d ids, want 5", len(ids))
	}
}

// TestGraphShape checks what each graph-shaped result draws, through
// GraphML which keeps every attribute.
func TestGraphShape(t *testing.T) {
	// Between two sides every finding is listed under both of its claims;
	// it must be drawn once.
	between := fixOpponents()[:2]
	tests := []struct {
		name         string
		run          func(*bytes.Buffer) error
		nodes        int
		edges        []string // "source>target rule directed count"
		claimsLabels []string
	}{
		{"contradictions", func(b *bytes.Buffer) error { return Contradictions(b, GraphML, fixContradictions()) }, 2,
			[]string{"claim:aaa1>claim:bbb2 opposing false 0", "claim:bbb2>claim:aaa1 counterclaim true 0"}, []string{"Ilse Voss: Belmoran"}},
		{"mutual", func(b *bytes.Buffer) error { return Mutual(b, GraphML, fixMutual()) }, 2,
			[]string{"side:arvenia>side:belmora mutual_accusation true 1", "side:belmora>side:arvenia mutual_accusation true 1"}, nil},
		{"between", func(b *bytes.Buffer) error { return Opponents(b, GraphML, between) }, 2,
			[]string{"claim:aaa1>claim:bbb2 opposing false 0", "claim:bbb2>claim:aaa1 counterclaim true 0"}, []string{"Tomas Brel: Our forces"}},
		{"timeline", func(b *bytes.Buffer) error { return Timeline(b, GraphML, fixTimeline()) }, 3,
			[]string{"claim:aaa1>claim:bbb2 opposing false 0", "claim:bbb2>claim:aaa1 counterclaim true 0"}, []string{"Mira Kale: Talks will resume."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.run(&b); err != nil {
				t.Fatal(err)
			}
			var g xmlGraphML
			if err := xml.Unmarshal(b.Bytes(), &g); err != nil {
				t.Fatal(err)
			}
			if len(g.Graph.Nodes) != tt.nodes {
				t.Errorf("%d nodes, want %d", len(g.Graph.Nodes), tt.nodes)
			}
			var edges []string
			for _, e := range g.Graph.Edges {
				rule, count := "", "0"
				for _, d := range e.Data {
					switch d.Key {
					case "e_rule":
						rule = d.Value
					case "e_count":
						count = d.Value
					}
				}
				edges = append(edges, fmt.Sprintf("%s>%s %s %v %s", e.Source, e.Target, rule, e.Directed != "false", count))
			}
			if strings.Join(edges, "\n") != strings.Join(tt.edges, "\n") {
				t.Errorf("edges\n got %q\nwant %q", edges, tt.edges)
			}
			for _, l := range tt.claimsLabels {
				if !strings.Contains(b.String(), `<data key="n_label">`+l) {
					t.Errorf("no node labelled %q...", l)
				}
			}
		})
	}
}
