package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/contra-project/contra/graph"
)

// graphData is a graph-shaped result ready to be drawn: claims or sides
// as nodes, findings or accusations as edges. Every format is written
// from it, so dot, graphml and mermaid always show the same graph.
type graphData struct {
	width, names int
	nodes        []gnode
	known        map[string]bool
	edges        []gedge
	edgeKeys     map[string]bool
	sides        map[string]int // side slug → colour index
}

// gnode is a node: a claim (id is the claim's id) or a side ("side:"
// and the side's slug).
type gnode struct {
	id, kind                              string
	label                                 string // one line, cut: "speaker: text…" or the side's name
	detail                                string // one line under the label: "side · date"
	speaker, side, date, topic, text, doc string
}

// gedge is an edge: a finding (label and rule the rule) or, between
// sides, ACCUSES with the number of accusations.
type gedge struct {
	from, to                 string
	label, rule, topic, date string
	count                    int
	directed                 bool
}

func (o Options) newGraph() *graphData {
	return &graphData{width: o.width(), names: o.names(), known: map[string]bool{}, edgeKeys: map[string]bool{}, sides: map[string]int{}}
}

func (g *graphData) add(n gnode) string {
	if !g.known[n.id] {
		g.known[n.id] = true
		g.nodes = append(g.nodes, n)
	}
	return n.id
}

// claim adds c as a node once and returns its id.
func (g *graphData) claim(c *graph.Claim) string {
	id := c.ID
	if id == "" {
		id = fmt.Sprintf("claim:unknown-%d", len(g.nodes)+1)
	}
	g.colour(c.Side)
	detail := show(c.Side, g.names)
	if c.SaidAt != "" {
		if detail != "" {
			detail += " · "
		}
		detail += show(c.SaidAt, g.names)
	}
	doc := c.DocID
	if c.Document != nil && c.Document.Name != "" {
		doc = c.Document.Name
	}
	return g.add(gnode{
		id: id, kind: "claim",
		label:   orDash(show(c.Speaker, g.names)) + ": " + show(c.Text, g.width),
		detail:  detail,
		speaker: c.Speaker, side: c.Side, date: c.SaidAt, topic: c.Topic, text: c.Text, doc: doc,
	})
}

// side adds an actor as a node once and returns its id.
func (g *graphData) side(name string) string {
	g.colour(name)
	id := "side:" + graph.Slug(name)
	if graph.Slug(name) == "" {
		id = "side:" + oneLine(name)
	}
	return g.add(gnode{id: id, kind: "side", label: orDash(show(name, g.names)), side: name})
}

func (g *graphData) colour(side string) {
	k := graph.Slug(side)
	if _, ok := g.sides[k]; !ok && side != "" {
		g.sides[k] = len(g.sides)
	}
}

func (g *graphData) edge(e gedge) {
	if !e.directed && e.to < e.from {
		e.from, e.to = e.to, e.from
	}
	k := strings.Join([]string{e.rule, e.label, e.from, e.to}, "\x00")
	if !g.edgeKeys[k] {
		g.edgeKeys[k] = true
		g.edges = append(g.edges, e)
	}
}

// finding adds the claims and an edge for a finding between them.
func (g *graphData) finding(rule graph.Rule, from, to *graph.Claim, topic, date string) {
	f, t := g.claim(from), g.claim(to)
	g.edge(gedge{from: f, to: t, label: string(rule), rule: string(rule), topic: topic, date: date, directed: rule.Directed()})
}

// accuses adds an ACCUSES edge between two sides.
func (g *graphData) accuses(from, to, topic string, n int, date string) {
	f, t := g.side(from), g.side(to)
	g.edge(gedge{
		from: f, to: t, label: fmt.Sprintf("ACCUSES: %s (%d)", show(topic, g.names), n),
		rule: string(graph.RuleMutual), topic: topic, date: date, count: n, directed: true,
	})
}

// palette colours nodes by side, so an analyst sees at a glance which
// side each claim comes from; sides past its end reuse it.
var palette = []string{"#cfe2ff", "#ffd6d6", "#d7f5dd", "#fff3c4", "#e7dcff", "#ffe0c2", "#d4f1f4", "#f3d9ec"}

func (g *graphData) fill(side string) string {
	i, ok := g.sides[graph.Slug(side)]
	if !ok || side == "" {
		return "#ffffff"
	}
	return palette[i%len(palette)]
}

func (g *graphData) write(b *bytes.Buffer, f Format) error {
	switch f {
	case DOT:
		g.dot(b)
		return nil
	case GraphML:
		return g.graphML(b)
	case Mermaid:
		g.mermaid(b)
		return nil
	}
	return graph.Errorf(graph.EInvalid, "%s is not a graph format", f)
}

// dotString quotes s as a DOT string on one line. Inside quotes DOT's
// lexer only treats \" and \\ specially, and Graphviz then reads
// backslash escapes (\n, \l, \N…) in labels, so both characters are
// escaped.
func dotString(s string) string {
	return `"` + dotEscape(oneLine(s)) + `"`
}

func dotEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}

func (g *graphData) dot(b *bytes.Buffer) {
	b.WriteString("digraph contra {\n")
	b.WriteString("  rankdir=LR;\n")
	b.WriteString(`  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica", fontsize=10];` + "\n")
	b.WriteString(`  edge [fontname="Helvetica", fontsize=9];` + "\n")
	for _, n := range g.nodes {
		label := `"` + dotEscape(n.label)
		if n.detail != "" {
			label += `\n` + dotEscape(n.detail)
		}
		label += `"`
		attrs := []string{"label=" + label, "kind=" + dotString(n.kind)}
		if n.kind == "side" {
			attrs = append(attrs, "shape=ellipse")
		}
		for _, a := range [][2]string{{"speaker", n.speaker}, {"side", n.side}, {"date", n.date}, {"topic", n.topic}, {"doc", n.doc}} {
			if a[1] != "" {
				attrs = append(attrs, a[0]+"="+dotString(a[1]))
			}
		}
		attrs = append(attrs, "fillcolor="+dotString(g.fill(n.side)))
		fmt.Fprintf(b, "  %s [%s];\n", dotString(n.id), strings.Join(attrs, ", "))
	}
	for _, e := range g.edges {
		attrs := []string{"label=" + dotString(e.label), "rule=" + dotString(e.rule)}
		if e.topic != "" {
			attrs = append(attrs, "topic="+dotString(e.topic))
		}
		if e.date != "" {
			attrs = append(attrs, "date="+dotString(e.date))
		}
		if e.count > 0 {
			attrs = append(attrs, "count="+strconv.Itoa(e.count))
		}
		if !e.directed {
			attrs = append(attrs, "dir=none")
		}
		fmt.Fprintf(b, "  %s -> %s [%s];\n", dotString(e.from), dotString(e.to), strings.Join(attrs, ", "))
	}
	b.WriteString("}\n")
}

// GraphML documents are built as structs and written by encoding/xml,
// which escapes markup and replaces what XML cannot hold (invalid UTF-8,
// most control characters) with U+FFFD.
type (
	xmlGraphML struct {
		XMLName xml.Name `xml:"graphml"`
		XMLNS   string   `xml:"xmlns,attr"`
		Keys    []xmlKey `xml:"key"`
		Graph   xmlGraph `xml:"graph"`
	}
	xmlKey struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	xmlGraph struct {
		ID          string    `xml:"id,attr"`
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []xmlNode `xml:"node"`
		Edges       []xmlEdge `xml:"edge"`
	}
	xmlNode struct {
		ID   string    `xml:"id,attr"`
		Data []xmlData `xml:"data"`
	}
	xmlEdge struct {
		ID       string    `xml:"id,attr"`
		Source   string    `xml:"source,attr"`
		Target   string    `xml:"target,attr"`
		Directed string    `xml:"directed,attr,omitempty"`
		Data     []xmlData `xml:"data"`
	}
	xmlData struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
)

// graphMLKeys declares every attribute a node or an edge may carry. Key
// ids are prefixed by what they are for, because GraphML key ids are one
// namespace while Gephi and yEd read the attribute names.
var graphMLKeys = []xmlKey{
	{"n_label", "node", "label", "string"},
	{"n_kind", "node", "kind", "string"},
	{"n_speaker", "node", "speaker", "string"},
	{"n_side", "node", "side", "string"},
	{"n_date", "node", "date", "string"},
	{"n_topic", "node", "topic", "string"},
	{"n_text", "node", "text", "string"},
	{"n_doc", "node", "doc", "string"},
	{"n_color", "node", "color", "string"},
	{"e_label", "edge", "label", "string"},
	{"e_rule", "edge", "rule", "string"},
	{"e_topic", "edge", "topic", "string"},
	{"e_date", "edge", "date", "string"},
	{"e_count", "edge", "count", "int"},
}

func data(kvs ...string) []xmlData {
	var out []xmlData
	for i := 0; i+1 < len(kvs); i += 2 {
		if kvs[i+1] != "" {
			out = append(out, xmlData{Key: kvs[i], Value: strings.ToValidUTF8(kvs[i+1], "\uFFFD")})
		}
	}
	return out
}

func (g *graphData) graphML(b *bytes.Buffer) error {
	doc := xmlGraphML{
		XMLNS: "http://graphml.graphdrawing.org/xmlns",
		Keys:  graphMLKeys,
		Graph: xmlGraph{ID: "contra", EdgeDefault: "directed", Nodes: []xmlNode{}, Edges: []xmlEdge{}},
	}
	for _, n := range g.nodes {
		label := n.label
		if n.detail != "" {
			label += " (" + n.detail + ")"
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, xmlNode{ID: n.id, Data: data(
			"n_label", label, "n_kind", n.kind, "n_speaker", n.speaker, "n_side", n.side, "n_date", n.date,
			"n_topic", n.topic, "n_text", n.text, "n_doc", n.doc, "n_color", g.fill(n.side))})
	}
	for i, e := range g.edges {
		x := xmlEdge{ID: "e" + strconv.Itoa(i+1), Source: e.from, Target: e.to, Data: data(
			"e_label", e.label, "e_rule", e.rule, "e_topic", e.topic, "e_date", e.date)}
		if e.count > 0 {
			x.Data = append(x.Data, xmlData{Key: "e_count", Value: strconv.Itoa(e.count)})
		}
		if !e.directed {
			x.Directed = "false"
		}
		doc.Graph.Edges = append(doc.Graph.Edges, x)
	}
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(b)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	b.WriteByte('\n')
	return nil
}

// mermaidText escapes a label for a quoted Mermaid string: Mermaid turns
// "#name;" and "#123;" into characters, so quotes, markup, the edge label
// delimiter "|", backticks (markdown strings) and "#" itself are written
// that way. One pass, so an escape is never escaped again.
var mermaidText = strings.NewReplacer(
	"#", "#35;", `"`, "#quot;", "<", "#lt;", ">", "#gt;", "&", "#amp;", "|", "#124;", "`", "#96;",
)

// mermaidIDs gives each node an id of [A-Za-z0-9_] only: the original id
// with every other character as "_", and a numeric suffix when two ids
// would otherwise meet.
func (g *graphData) mermaidIDs() map[string]string {
	ids := make(map[string]string, len(g.nodes))
	used := map[string]bool{}
	for _, n := range g.nodes {
		base := strings.Map(func(r rune) rune {
			if r == '_' || r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				return r
			}
			return '_'
		}, n.id)
		// Every id starts with its kind ("claim_", "side_"), so none is a
		// Mermaid keyword such as "end", or starts with "o" or "x", which
		// would read as an edge head.
		if !strings.HasPrefix(base, n.kind+"_") {
			base = n.kind + "_" + base
		}
		id := base
		for i := 2; used[id]; i++ {
			id = base + "_" + strconv.Itoa(i)
		}
		used[id] = true
		ids[n.id] = id
	}
	return ids
}

func (g *graphData) mermaid(b *bytes.Buffer) {
	ids := g.mermaidIDs()
	b.WriteString("flowchart LR\n")
	for _, n := range g.nodes {
		label := mermaidText.Replace(n.label)
		if n.detail != "" {
			label += "<br/>" + mermaidText.Replace(n.detail)
		}
		open, end := `["`, `"]`
		if n.kind == "side" {
			open, end = `(["`, `"])`
		}
		fmt.Fprintf(b, "  %s%s%s%s\n", ids[n.id], open, label, end)
	}
	for _, e := range g.edges {
		arrow := "---"
		if e.directed {
			arrow = "-->"
		}
		fmt.Fprintf(b, "  %s %s|\"%s\"| %s\n", ids[e.from], arrow, mermaidText.Replace(oneLine(e.label)), ids[e.to])
	}
	classes := map[string][]string{}
	var order []string
	for _, n := range g.nodes {
		i, ok := g.sides[graph.Slug(n.side)]
		if !ok || n.side == "" {
			continue
		}
		c := "side" + strconv.Itoa(i%len(palette))
		if classes[c] == nil {
			order = append(order, c)
			fmt.Fprintf(b, "  classDef %s fill:%s,stroke:#555\n", c, palette[i%len(palette)])
		}
		classes[c] = append(classes[c], ids[n.id])
	}
	for _, c := range order {
		fmt.Fprintf(b, "  class %s %s\n", strings.Join(classes[c], ","), c)
	}
}
