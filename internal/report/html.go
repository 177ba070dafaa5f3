package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
)

// The page is one self-contained file: inline CSS and SVG, no scripts,
// fonts or images to fetch, so it opens offline and can be mailed. Every
// value goes through html/template, which escapes it for its context.

//go:embed report.html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"inc":     func(i int) int { return i + 1 },
	"dash":    orDash,
	"pol":     polarityText,
	"safeURL": safeURL,
	"plural":  plural,
	"later":   func(d *int) string { return later(*d) },
	"quote":   quoted,
	"join":    func(xs []string) string { return strings.Join(xs, ", ") },
	"span":    spanText,
	"stance":  stanceText,
	"srcDate": srcDate,
	"accused": accusedText,
	"voices":  voicesText,
	"first": func(cs []graph.Claim) *graph.Claim {
		if len(cs) == 0 {
			return nil
		}
		return &cs[0]
	},
}).Parse(htmlSource))

type htmlRule struct {
	Rule  graph.Rule
	Label string
	Count int
}

type htmlDispute struct {
	N      int
	Anchor string
	D      graph.Dispute
	Strip  stripSVG
}

type htmlExchange struct {
	N      int
	Anchor string
	E      graph.Exchange
}

type htmlView struct {
	D             *Data
	Generated     string
	Window        string
	Topics        string
	Rules         []htmlRule
	Chart         chartSVG
	Graph         graphSVG
	Disputes      []htmlDispute
	MoreDisputes  int
	Exchanges     []htmlExchange
	MoreExchanges int
	Edges         []Edge
	MoreEdges     int
	MoreUndated   int
}

func writeHTML(w io.Writer, d *Data) error {
	v := htmlView{
		D:         d,
		Generated: d.GeneratedAt.UTC().Format(time.RFC3339),
		Window:    windowText(d.Window),
		Topics:    topicsText(d.Topics),
		Chart:     buildChart(d),
		Graph:     buildGraph(d),
		Edges:     capRows(d.Accusations),
	}
	v.MoreEdges = len(d.Accusations) - len(v.Edges)
	v.MoreDisputes = d.Summary.Disputes - len(d.Disputes)
	v.MoreExchanges = d.Summary.MutualAccusations - len(d.Exchanges)
	v.MoreUndated = d.Summary.Undated - len(d.Undated)
	for _, r := range graph.Rules {
		v.Rules = append(v.Rules, htmlRule{Rule: r, Label: ruleLabel(r), Count: d.Summary.ByRule[r]})
	}
	for i, x := range d.Disputes {
		v.Disputes = append(v.Disputes, htmlDispute{N: i + 1, Anchor: fmt.Sprintf("dispute-%d", i+1), D: x,
			Strip: buildStrip(x.Camps)})
	}
	for i, x := range d.Exchanges {
		v.Exchanges = append(v.Exchanges, htmlExchange{N: i + 1, Anchor: fmt.Sprintf("exchange-%d", i+1), E: x})
	}
	return htmlTemplate.Execute(w, v)
}

// quoted puts a claim's text in quotation marks unless it is quoted
// already.
func quoted(s string) string {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") {
		return t
	}
	return "“" + t + "”"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// spanText is "first – latest", one date when they agree, "undated".
func spanText(first, latest string) string {
	switch {
	case first == "" && latest == "":
		return "undated"
	case first == latest || latest == "":
		return first
	}
	return first + " – " + latest
}

func stanceText(s string) string {
	switch s {
	case graph.StanceAffirm:
		return "Says it happens"
	case graph.StanceDeny:
		return "Says it does not"
	}
	return "Threatens or predicts it"
}

// srcDate is the date a source shows: its publication, else when the
// claim was said. The template passes claims and pointers to them.
func srcDate(v any) string {
	var c *graph.Claim
	switch x := v.(type) {
	case graph.Claim:
		c = &x
	case *graph.Claim:
		c = x
	}
	if c == nil {
		return ""
	}
	if c.Document != nil && c.Document.Published != "" {
		return c.Document.Published
	}
	return c.SaidAt
}

func accusedText(st *graph.Standard) string {
	var parts []string
	if len(st.Accused) > 0 {
		parts = append(parts, "accuses "+strings.Join(st.Accused, ", ")+" of it")
	}
	if st.Condemns {
		parts = append(parts, "condemns it as such")
	}
	return strings.Join(parts, " and ")
}

// voicesText lists a camp's sides: "Ukraine, United States, no side".
func voicesText(vs []graph.Voice) string {
	var out []string
	for _, v := range vs {
		out = append(out, firstNonEmpty(v.Side, "no side"))
	}
	if len(out) == 0 {
		return "nobody"
	}
	return strings.Join(out, ", ")
}
