package report

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/contra-project/contra/graph"
)

// The HTML report draws its pictures as inline SVG. The geometry is
// computed here in plain Go and the template only prints numbers and
// escaped text, so no stored name can reach the markup unescaped.

// palette is colour-blind-friendly (Okabe–Ito) plus a grey for the rest.
var palette = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"}

const otherColour = "#999999"

// maxChartTopics and maxChartDays keep the chart legible; the tables and
// the CSV/JSON carry the rest.
const (
	maxChartTopics = 8
	maxChartDays   = 120
	maxGraphNodes  = 12
)

type svgRect struct {
	X, Y, W, H  float64
	Fill, Title string
}

type svgLine struct{ X1, Y1, X2, Y2 float64 }

type svgText struct {
	X, Y         float64
	Anchor, Text string
}

type chartPanel struct {
	Title   svgText
	Bars    []svgRect
	Grid    []svgLine
	Axes    []svgLine
	YLabels []svgText
	XLabels []svgText
}

type legendItem struct {
	Box   svgRect
	Label svgText
}

// chartSVG is the "claims and contradictions per day and topic" chart:
// two stacked-bar panels sharing one day axis and one topic legend.
type chartSVG struct {
	W, H   float64
	Panels []chartPanel
	Legend []legendItem
	Note   string
}

func r1(x float64) float64 { return math.Round(x*10) / 10 }

// buildChart lays out d.Daily.
func buildChart(d *Data) chartSVG {
	const (
		w, left, right = 1000.0, 56.0, 16.0
		panelH, top    = 190.0, 34.0
		gap            = 70.0
	)
	c := chartSVG{W: w}
	if len(d.Daily) == 0 {
		return c
	}
	days, note := chartDays(d.Daily)
	c.Note = note
	topics, colour := chartTopics(d.Daily)
	dayIdx := map[string]int{}
	for i, day := range days {
		dayIdx[day] = i
	}
	// counts[panel][day][topic]
	counts := [2][][]int{}
	for p := range counts {
		counts[p] = make([][]int, len(days))
		for i := range days {
			counts[p][i] = make([]int, len(topics))
		}
	}
	for _, r := range d.Daily {
		i, ok := dayIdx[r.Date]
		if !ok {
			continue
		}
		t := colour[graph.Slug(r.Topic)]
		counts[0][i][t] += r.Claims
		counts[1][i][t] += r.Contradictions
	}
	plotW := w - left - right
	step := plotW / float64(len(days))
	barW := math.Max(1, step*0.8)
	labelEvery := int(math.Ceil(float64(len(days)) / 10))
	for p, title := range []string{"Claims per day", "Contradictions per day"} {
		y0 := top + float64(p)*(panelH+gap) // top of the plot area
		base := y0 + panelH
		maxTotal := 0
		for _, day := range counts[p] {
			sum := 0
			for _, n := range day {
				sum += n
			}
			maxTotal = max(maxTotal, sum)
		}
		ymax, tick := niceScale(maxTotal)
		pn := chartPanel{Title: svgText{X: left, Y: y0 - 12, Anchor: "start", Text: title}}
		for v := 0; v <= ymax; v += tick {
			y := r1(base - float64(v)/float64(ymax)*panelH)
			pn.Grid = append(pn.Grid, svgLine{left, y, w - right, y})
			pn.YLabels = append(pn.YLabels, svgText{X: left - 6, Y: y + 4, Anchor: "end", Text: fmt.Sprint(v)})
		}
		pn.Axes = []svgLine{{left, y0, left, base}, {left, base, w - right, base}}
		for i, day := range days {
			x := left + float64(i)*step + (step-barW)/2
			y := base
			for t, n := range counts[p][i] {
				if n == 0 {
					continue
				}
				h := float64(n) / float64(ymax) * panelH
				y -= h
				pn.Bars = append(pn.Bars, svgRect{X: r1(x), Y: r1(y), W: r1(barW), H: r1(h), Fill: topics[t].colour,
					Title: fmt.Sprintf("%s · %s: %d", day, topics[t].name, n)})
			}
			if i%labelEvery == 0 {
				pn.XLabels = append(pn.XLabels, svgText{X: r1(left + float64(i)*step + step/2), Y: base + 16, Anchor: "middle", Text: day})
			}
		}
		c.Panels = append(c.Panels, pn)
	}
	ly := top + 2*panelH + gap + 40
	x := left
	for _, t := range topics {
		// Wrap the legend instead of clipping long topic names.
		wText := 14 + 7*float64(len([]rune(t.name)))
		if x+wText > w-right && x > left {
			x = left
			ly += 20
		}
		c.Legend = append(c.Legend, legendItem{
			Box:   svgRect{X: r1(x), Y: ly - 10, W: 12, H: 12, Fill: t.colour},
			Label: svgText{X: r1(x + 16), Y: ly, Anchor: "start", Text: t.name},
		})
		x += wText + 18
	}
	c.H = ly + 16
	return c
}

// chartDays is the day axis: every day from the first to the last when
// that span is short, else the days that have data, the latest
// maxChartDays of them.
func chartDays(rows []DayCount) ([]string, string) {
	set := map[string]bool{}
	for _, r := range rows {
		set[r.Date] = true
	}
	var days []string
	for d := range set {
		days = append(days, d)
	}
	sort.Strings(days)
	first, err1 := time.Parse("2006-01-02", days[0])
	last, err2 := time.Parse("2006-01-02", days[len(days)-1])
	if err1 == nil && err2 == nil {
		if n := int(last.Sub(first).Hours()/24) + 1; n <= maxChartDays {
			days = days[:0]
			for t := first; !t.After(last); t = t.AddDate(0, 0, 1) {
				days = append(days, t.Format("2006-01-02"))
			}
			return days, ""
		}
	}
	note := "days without data are left out"
	if len(days) > maxChartDays {
		days = days[len(days)-maxChartDays:]
		note = fmt.Sprintf("the latest %d days with data", maxChartDays)
	}
	return days, note
}

type chartTopic struct{ name, colour string }

// chartTopics picks the busiest topics for their own colours and folds
// the rest into "other topics"; colour maps a topic slug to its index.
func chartTopics(rows []DayCount) ([]chartTopic, map[string]int) {
	total := map[string]int{}
	name := map[string]string{}
	for _, r := range rows {
		k := graph.Slug(r.Topic)
		total[k] += r.Claims + r.Contradictions
		if _, ok := name[k]; !ok {
			name[k] = r.Topic
		}
	}
	keys := make([]string, 0, len(total))
	for k := range total {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if total[keys[i]] != total[keys[j]] {
			return total[keys[i]] > total[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var out []chartTopic
	idx := map[string]int{}
	for i, k := range keys {
		if i < maxChartTopics {
			idx[k] = len(out)
			out = append(out, chartTopic{name: name[k], colour: palette[i%len(palette)]})
			continue
		}
		if i == maxChartTopics {
			out = append(out, chartTopic{name: "other topics", colour: otherColour})
		}
		idx[k] = maxChartTopics
	}
	return out, idx
}

// niceScale returns an axis maximum >= n and a tick step of 1, 2 or 5
// times a power of ten that divides it into at most six steps.
func niceScale(n int) (int, int) {
	if n <= 0 {
		return 1, 1
	}
	for pow := 1; ; pow *= 10 {
		for _, m := range []int{1, 2, 5} {
			if s := m * pow; (n+s-1)/s <= 6 {
				return ((n + s - 1) / s) * s, s
			}
		}
	}
}

type graphNode struct {
	X, Y, R float64
	Label   svgText
	Title   string
}

type graphEdge struct {
	D      string
	Width  float64
	Mutual bool
	Title  string
	Label  svgText
}

// graphSVG is the who-accuses-whom picture: actors on a circle, one arrow
// per accuser and accused, its width growing with the count.
type graphSVG struct {
	W, H  float64
	Nodes []graphNode
	Edges []graphEdge
	Note  string
}

func buildGraph(d *Data) graphSVG {
	const w, h, nodeR = 640.0, 520.0, 9.0
	g := graphSVG{W: w, H: h}
	if len(d.Accusations) == 0 {
		return g
	}
	weight := map[string]int{}
	name := map[string]string{}
	for _, e := range d.Accusations {
		for _, n := range []string{e.From, e.To} {
			k := graph.Slug(n)
			weight[k] += e.Count
			if _, ok := name[k]; !ok {
				name[k] = n
			}
		}
	}
	keys := make([]string, 0, len(weight))
	for k := range weight {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if weight[keys[i]] != weight[keys[j]] {
			return weight[keys[i]] > weight[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > maxGraphNodes {
		g.Note = fmt.Sprintf("the %d most active of %d actors", maxGraphNodes, len(keys))
		keys = keys[:maxGraphNodes]
	}
	// Alphabetical placement keeps a pair's position stable between runs.
	sort.Strings(keys)
	cx, cy, rad := w/2, h/2, math.Min(w, h)/2-90
	pos := map[string][2]float64{}
	for i, k := range keys {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(len(keys))
		x, y := cx+rad*math.Cos(a), cy+rad*math.Sin(a)
		pos[k] = [2]float64{x, y}
		anchor := "middle"
		switch {
		case math.Cos(a) > 0.3:
			anchor = "start"
		case math.Cos(a) < -0.3:
			anchor = "end"
		}
		lx, ly := cx+(rad+nodeR+8)*math.Cos(a), cy+(rad+nodeR+8)*math.Sin(a)+4
		g.Nodes = append(g.Nodes, graphNode{X: r1(x), Y: r1(y), R: nodeR, Title: name[k],
			Label: svgText{X: r1(lx), Y: r1(ly), Anchor: anchor, Text: name[k]}})
	}
	maxCount := 1
	for _, e := range d.Accusations {
		maxCount = max(maxCount, e.Count)
	}
	for _, e := range d.Accusations {
		p, ok1 := pos[graph.Slug(e.From)]
		q, ok2 := pos[graph.Slug(e.To)]
		if !ok1 || !ok2 {
			continue
		}
		dx, dy := q[0]-p[0], q[1]-p[1]
		dist := math.Hypot(dx, dy)
		if dist == 0 {
			continue
		}
		ux, uy := dx/dist, dy/dist
		// Shorten to the node rims (plus room for the arrowhead) and bend
		// to the right of travel, so A→B and B→A stay apart.
		x1, y1 := p[0]+ux*(nodeR+2), p[1]+uy*(nodeR+2)
		x2, y2 := q[0]-ux*(nodeR+4), q[1]-uy*(nodeR+4)
		bend := dist * 0.18
		mx, my := (p[0]+q[0])/2-uy*bend, (p[1]+q[1])/2+ux*bend
		width := 1.5 + 4.5*float64(e.Count)/float64(maxCount)
		// The count sits just outside the curve's apex, off the stroke.
		lx := 0.25*x1 + 0.5*mx + 0.25*x2 - uy*(width/2+7)
		ly := 0.25*y1 + 0.5*my + 0.25*y2 + ux*(width/2+7)
		g.Edges = append(g.Edges, graphEdge{
			D:      fmt.Sprintf("M%.1f %.1fQ%.1f %.1f %.1f %.1f", x1, y1, mx, my, x2, y2),
			Width:  r1(width),
			Mutual: e.Mutual,
			Title:  fmt.Sprintf("%s accuses %s: %d", e.From, e.To, e.Count),
			Label:  svgText{X: r1(lx), Y: r1(ly + 4), Anchor: "middle", Text: fmt.Sprint(e.Count)},
		})
	}
	return g
}
