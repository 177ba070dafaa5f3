package report

import (
	_ "embed"
	"html/template"
	"io"
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
	"claimAt": func(c graph.Contradiction, i int) graph.Claim {
		a, b := pairOf(c)
		if i == 0 {
			return *a
		}
		return *b
	},
}).Parse(htmlSource))

type htmlRule struct {
	Rule  graph.Rule
	Label string
	Count int
}

type htmlSection struct {
	Rule            graph.Rule
	ID, Title, A, B string
	Rows            []graph.Contradiction
	More            int
}

type htmlView struct {
	D          *Data
	Generated  string
	Window     string
	Topics     string
	Rules      []htmlRule
	Chart      chartSVG
	Graph      graphSVG
	Mutual     []graph.MutualGroup
	MutualMore int
	Sections   []htmlSection
	Edges      []Edge
}

func writeHTML(w io.Writer, d *Data) error {
	v := htmlView{
		D:         d,
		Generated: d.GeneratedAt.UTC().Format(time.RFC3339),
		Window:    windowText(d.Window),
		Topics:    topicsText(d.Topics),
		Chart:     buildChart(d),
		Graph:     buildGraph(d),
		Mutual:    capRows(d.Mutual),
		Edges:     capRows(d.Accusations),
	}
	v.MutualMore = len(d.Mutual) - len(v.Mutual)
	for _, r := range graph.Rules {
		v.Rules = append(v.Rules, htmlRule{Rule: r, Label: ruleLabel(r), Count: d.Summary.ByRule[r]})
	}
	for _, s := range []htmlSection{
		{Rule: graph.RuleOpposing, ID: "opposing", Title: "Opposing assertions", A: "Claim", B: "Opposing claim"},
		{Rule: graph.RuleReversal, ID: "reversals", Title: "Reversals", A: "Earlier claim", B: "Later claim"},
		{Rule: graph.RuleCounterclaim, ID: "counterclaims", Title: "Counterclaims", A: "Counterclaim", B: "Countered claim"},
	} {
		all := d.ByRule(s.Rule)
		s.Rows = capRows(all)
		s.More = len(all) - len(s.Rows)
		v.Sections = append(v.Sections, s)
	}
	return htmlTemplate.Execute(w, v)
}
