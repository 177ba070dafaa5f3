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
// escaped text, so no stored name can reach the markup unescaped. Every
// picture has a viewBox and stretches to the page's width.

// palette is colour-blind-friendly (Okabe–Ito) plus a grey for the rest.
var palette = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"}

const otherColour = "#999999"

// Colours of the camps of a dispute.
const (
	affirmColour = "#D55E00"
	denyColour   = "#0072B2"
)

// maxGraphNodes keeps the who-accuses-whom picture legible; the table
// below it lists every pair of sides.
const maxGraphNodes = 16

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
	Ticks   []svgLine
}

type legendItem struct {
	Box   svgRect
	Label svgText
}

// chartSVG is the "claims and contested claims per day" chart: two
// stacked-bar panels on one time axis (a day's bar sits at its date) and
// one topic legend.
type chartSVG struct {
	W, H   float64
	Panels []chartPanel
	Legend []legendItem
}

func r1(x float64) float64 { return math.Round(x*10) / 10 }

func parseDay(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// timeScale maps days to x between x0 and x1, the span padded by half a
// day on each side so that the first and last bars fit.
type timeScale struct {
	first, last time.Time
	x0, x1      float64
}

func newTimeScale(first, last time.Time, x0, x1 float64) timeScale {
	if last.Before(first) {
		first, last = last, first
	}
	// A span of a few days is widened so a lone day is not a wall.
	if d := last.Sub(first).Hours() / 24; d < 6 {
		pad := time.Duration((6-d)/2*24) * time.Hour
		first, last = first.Add(-pad), last.Add(pad)
	}
	return timeScale{first: first, last: last, x0: x0, x1: x1}
}

func (s timeScale) days() float64 { return s.last.Sub(s.first).Hours()/24 + 1 }

// x is the centre of day t's slot.
func (s timeScale) x(t time.Time) float64 {
	return s.x0 + (t.Sub(s.first).Hours()/24+0.5)/s.days()*(s.x1-s.x0)
}

// slot is the width of one day.
func (s timeScale) slot() float64 { return (s.x1 - s.x0) / s.days() }

// ticks returns the axis labels: days, weeks, months, quarters or years,
// whichever gives at most about eight.
func (s timeScale) ticks() []time.Time {
	span := s.days()
	var out []time.Time
	switch {
	case span <= 10:
		for t := s.first; !t.After(s.last); t = t.AddDate(0, 0, 1) {
			out = append(out, t)
		}
	case span <= 70:
		t := s.first.AddDate(0, 0, (8-int(s.first.Weekday()))%7) // Mondays
		for ; !t.After(s.last); t = t.AddDate(0, 0, 7) {
			out = append(out, t)
		}
	default:
		step := 1
		for months := span / 30.4; months/float64(step) > 8; {
			switch step {
			case 1:
				step = 3
			case 3:
				step = 6
			default:
				step += 6
			}
		}
		t := time.Date(s.first.Year(), s.first.Month(), 1, 0, 0, 0, 0, time.UTC)
		for t.Before(s.first) || (int(t.Month())-1)%step != 0 {
			t = t.AddDate(0, 1, 0)
		}
		for ; !t.After(s.last); t = t.AddDate(0, step, 0) {
			out = append(out, t)
		}
	}
	return out
}

func (s timeScale) label(t time.Time) string {
	switch {
	case s.days() <= 70:
		return t.Format("2006-01-02")
	case s.days() <= 900:
		return t.Format("Jan 2006")
	}
	if t.Month() == time.January {
		return t.Format("2006")
	}
	return t.Format("Jan 2006")
}

// axis draws s's ticks and labels under baseline y.
func (s timeScale) axis(y float64) (ticks []svgLine, labels []svgText) {
	for _, t := range s.ticks() {
		x := r1(s.x0 + t.Sub(s.first).Hours()/24/s.days()*(s.x1-s.x0))
		ticks = append(ticks, svgLine{x, y, x, y + 4})
		labels = append(labels, svgText{X: x, Y: y + 17, Anchor: "middle", Text: s.label(t)})
	}
	return ticks, labels
}

// buildChart lays out d.Daily on a time axis.
func buildChart(d *Data) chartSVG {
	const (
		w, left, right = 1200.0, 56.0, 16.0
		panelH, top    = 160.0, 34.0
		gap            = 62.0
	)
	c := chartSVG{W: w}
	var first, last time.Time
	for _, r := range d.Daily {
		t, ok := parseDay(r.Date)
		if !ok {
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	if first.IsZero() {
		return c
	}
	topics, colour := chartTopicsOf(d.Daily)
	sc := newTimeScale(first, last, left, w-right)
	type stack struct {
		day    time.Time
		counts []int
	}
	byDay := [2]map[string]*stack{{}, {}}
	for _, r := range d.Daily {
		t, ok := parseDay(r.Date)
		if !ok {
			continue
		}
		for p, n := range []int{r.Claims, r.Contradictions} {
			if n == 0 {
				continue
			}
			st := byDay[p][r.Date]
			if st == nil {
				st = &stack{day: t, counts: make([]int, len(topics))}
				byDay[p][r.Date] = st
			}
			st.counts[colour[graph.TopicSlug(r.Topic)]] += n
		}
	}
	barW := math.Max(1, math.Min(sc.slot()*0.8, 24))
	for p, title := range []string{"Claims per day (loaded in the window)", "Contested claims per day (in a pair found in the window)"} {
		y0 := top + float64(p)*(panelH+gap)
		base := y0 + panelH
		days := make([]string, 0, len(byDay[p]))
		maxTotal := 0
		for k, st := range byDay[p] {
			days = append(days, k)
			sum := 0
			for _, n := range st.counts {
				sum += n
			}
			maxTotal = max(maxTotal, sum)
		}
		sort.Strings(days)
		ymax, tick := niceScale(maxTotal)
		pn := chartPanel{Title: svgText{X: left, Y: y0 - 12, Anchor: "start", Text: title}}
		for v := 0; v <= ymax; v += tick {
			y := r1(base - float64(v)/float64(ymax)*panelH)
			pn.Grid = append(pn.Grid, svgLine{left, y, w - right, y})
			pn.YLabels = append(pn.YLabels, svgText{X: left - 6, Y: y + 4, Anchor: "end", Text: fmt.Sprint(v)})
		}
		pn.Axes = []svgLine{{left, y0, left, base}, {left, base, w - right, base}}
		pn.Ticks, pn.XLabels = sc.axis(base)
		for _, k := range days {
			st := byDay[p][k]
			x := sc.x(st.day) - barW/2
			y := base
			for t, n := range st.counts {
				if n == 0 {
					continue
				}
				h := float64(n) / float64(ymax) * panelH
				y -= h
				pn.Bars = append(pn.Bars, svgRect{X: r1(x), Y: r1(y), W: r1(barW), H: r1(h), Fill: topics[t].colour,
					Title: fmt.Sprintf("%s · %s: %d", k, topics[t].name, n)})
			}
		}
		c.Panels = append(c.Panels, pn)
	}
	ly := top + 2*panelH + gap + 44
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

type chartTopic struct{ name, colour string }

// chartTopicsOf gives each topic of the daily rows a colour, the busiest
// first; "other topics" is grey.
func chartTopicsOf(rows []DayCount) ([]chartTopic, map[string]int) {
	total := map[string]int{}
	name := map[string]string{}
	for _, r := range rows {
		k := graph.TopicSlug(r.Topic)
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
		oi, oj := name[keys[i]] == otherTopics, name[keys[j]] == otherTopics
		if oi != oj {
			return oj
		}
		if total[keys[i]] != total[keys[j]] {
			return total[keys[i]] > total[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var out []chartTopic
	idx := map[string]int{}
	for i, k := range keys {
		col := palette[i%len(palette)]
		if name[k] == otherTopics {
			col = otherColour
		}
		idx[k] = len(out)
		out = append(out, chartTopic{name: name[k], colour: col})
	}
	return out, idx
}

// niceScale returns an axis maximum ≥ n and a tick step giving about five
// ticks, both round numbers.
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

// stripSVG is a dispute's timeline: its affirming camp's claims per day
// above the axis, its denying camp's below, on the dispute's own time
// axis.
type stripSVG struct {
	W, H   float64
	Bars   []svgRect
	Axis   svgLine
	Ticks  []svgLine
	Labels []svgText
	Rows   []svgText
}

// buildStrip lays out the days of a dispute's two camps.
func buildStrip(camps [2]graph.Camp) stripSVG {
	const w, left, right, rowH, top = 1200.0, 90.0, 16.0, 34.0, 6.0
	s := stripSVG{W: w}
	var first, last time.Time
	maxN := 0
	for _, c := range camps {
		for _, dc := range c.Days {
			t, ok := parseDay(dc.Day)
			if !ok {
				continue
			}
			if first.IsZero() || t.Before(first) {
				first = t
			}
			if t.After(last) {
				last = t
			}
			maxN = max(maxN, dc.Claims)
		}
	}
	if first.IsZero() {
		return s
	}
	sc := newTimeScale(first, last, left, w-right)
	mid := top + rowH
	barW := math.Max(2, math.Min(sc.slot()*0.8, 18))
	for i, c := range camps {
		for _, dc := range c.Days {
			t, ok := parseDay(dc.Day)
			if !ok {
				continue
			}
			h := math.Max(2, float64(dc.Claims)/float64(maxN)*(rowH-4))
			y := mid - h
			fill := affirmColour
			if i == 1 {
				y, fill = mid, denyColour
			}
			s.Bars = append(s.Bars, svgRect{X: r1(sc.x(t) - barW/2), Y: r1(y), W: r1(barW), H: r1(h), Fill: fill,
				Title: fmt.Sprintf("%s: %d %s", dc.Day, dc.Claims, map[int]string{0: "say it happens", 1: "say it does not"}[i])})
		}
	}
	base := mid + rowH
	s.Axis = svgLine{left, mid, w - right, mid}
	s.Ticks, s.Labels = sc.axis(base)
	s.Rows = []svgText{{X: left - 8, Y: top + rowH/2 + 4, Anchor: "end", Text: "says yes"},
		{X: left - 8, Y: mid + rowH/2 + 4, Anchor: "end", Text: "says no"}}
	s.H = base + 24
	return s
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

// graphSVG is the who-accuses-whom picture: actors on a wide ellipse
// across the page, one arrow per accuser and accused, its width growing
// with the count.
type graphSVG struct {
	W, H  float64
	Nodes []graphNode
	Edges []graphEdge
	Note  string
}

func buildGraph(d *Data) graphSVG {
	const w, h, nodeR = 1200.0, 480.0, 10.0
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
	cx, cy := w/2, h/2
	rx, ry := w/2-170, h/2-50
	pos := map[string][2]float64{}
	for i, k := range keys {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(len(keys))
		x, y := cx+rx*math.Cos(a), cy+ry*math.Sin(a)
		pos[k] = [2]float64{x, y}
		anchor := "middle"
		lx, ly := x, y-nodeR-8
		switch {
		case math.Cos(a) > 0.3:
			anchor, lx, ly = "start", x+nodeR+8, y+4
		case math.Cos(a) < -0.3:
			anchor, lx, ly = "end", x-nodeR-8, y+4
		case math.Sin(a) > 0:
			ly = y + nodeR + 18
		}
		g.Nodes = append(g.Nodes, graphNode{X: r1(x), Y: r1(y), R: nodeR, Title: fmt.Sprintf("%s: %d accusations made or received", name[k], weight[k]),
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
		bend := dist * 0.15
		mx, my := (p[0]+q[0])/2-uy*bend, (p[1]+q[1])/2+ux*bend
		width := 1.5 + 5.5*float64(e.Count)/float64(maxCount)
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
