package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/contra-project/contra/graph"
)

// DisputeWriter writes the results of contra query disputes as they
// stream: the totals, then each dispute, then each exchange, in rank
// order. Nothing but the current item is held, except for the graph
// formats (at most MaxDrawn items).
//
//   - table: a block per dispute: the proposition, its evidence, each
//     camp's sides and speakers with their independent sources and first
//     date, who opened it and who answered how many days later, the
//     subject side's double standard, threats and predictions, the best
//     claim of each camp; then a block per exchange: the two sides, who
//     accused first and when the other answered, the accusations each way
//     with what they allege and the denials.
//   - json: one object {"totals": {"disputes", "exchanges"}, "disputes":
//     [graph.Dispute], "exchanges": [graph.Exchange]}.
//   - csv: one row per camp side of a dispute and per direction of an
//     exchange: kind, id, topic, subject, action, stance, side, to,
//     claims, documents, outlets, independent, first, latest, speakers,
//     weak.
//   - dot, graphml, mermaid: sides as nodes; an edge from each side of a
//     camp to the subject ("says: ACTION", "denies: ACTION") and an
//     ACCUSES edge each way of an exchange.
type DisputeWriter struct {
	w       io.Writer
	f       Format
	o       Options
	totals  graph.DisputeTotals
	n       int // items written in the current list
	section int // 0 none, 1 disputes, 2 exchanges
	csvHead bool
	g       *graphData
	drawn   int
	opened  bool // JSON: the object and its totals are written
}

// NewDisputeWriter returns a DisputeWriter on w; f must be valid.
func (o Options) NewDisputeWriter(w io.Writer, f Format) (*DisputeWriter, error) {
	if !f.valid() {
		return nil, graph.Errorf(graph.EInvalid, "unknown format %q (want %s)", f, formatList(Formats))
	}
	d := &DisputeWriter{w: w, f: f, o: o}
	if f.Graph() {
		d.g = o.newGraph()
	}
	return d, nil
}

// NewDisputeWriter returns a DisputeWriter with the default Options.
func NewDisputeWriter(w io.Writer, f Format) (*DisputeWriter, error) {
	return Options{}.NewDisputeWriter(w, f)
}

// Totals records what the query found before paging.
func (d *DisputeWriter) Totals(t graph.DisputeTotals) error {
	d.totals = t
	if d.f != JSON || d.opened {
		return nil
	}
	d.opened = true
	b, err := json.Marshal(t)
	if err != nil {
		return err
	}
	return d.write("{\n  \"totals\": " + string(b) + ",\n  \"disputes\": [")
}

func (d *DisputeWriter) write(s string) error {
	_, err := io.WriteString(d.w, s)
	return err
}

// enter starts section s (1 disputes, 2 exchanges) if it has not begun.
func (d *DisputeWriter) enter(s int) error {
	if d.f == JSON && !d.opened {
		if err := d.Totals(d.totals); err != nil {
			return err
		}
	}
	for d.section < s {
		d.section++
		switch d.f {
		case JSON:
			if d.section == 2 {
				end := "],\n  \"exchanges\": ["
				if d.n > 0 {
					end = "\n  ],\n  \"exchanges\": ["
				}
				if err := d.write(end); err != nil {
					return err
				}
			}
		case Table:
			if d.section == 2 && d.n > 0 {
				if err := d.write("\n"); err != nil {
					return err
				}
			}
		}
		d.n = 0
	}
	return nil
}

func (d *DisputeWriter) jsonItem(v any) error {
	b, err := json.MarshalIndent(v, "    ", "  ")
	if err != nil {
		return err
	}
	sep := ",\n    "
	if d.n == 0 {
		sep = "\n    "
	}
	return d.write(sep + string(b))
}

// Dispute writes one dispute.
func (d *DisputeWriter) Dispute(x graph.Dispute) error {
	if err := d.enter(1); err != nil {
		return err
	}
	defer func() { d.n++ }()
	switch d.f {
	case JSON:
		return d.jsonItem(x)
	case CSV:
		var rows [][]string
		for _, c := range []graph.Camp{x.Camps[0], x.Camps[1], x.Outlook} {
			for _, v := range c.Sides {
				rows = append(rows, []string{"dispute", x.ID, x.Topic, x.Subject, x.Action, c.Stance, v.Side, x.Subject,
					strconv.Itoa(v.Claims), strconv.Itoa(v.Documents), strconv.Itoa(v.Outlets), strconv.Itoa(v.Independent),
					v.First, v.Latest, speakerNames(v), strings.Join(x.Weak, "; ")})
			}
		}
		return d.csvRows(rows)
	case Table:
		return d.disputeBlock(&x)
	}
	return d.drawDispute(&x)
}

// Exchange writes one exchange.
func (d *DisputeWriter) Exchange(x graph.Exchange) error {
	if err := d.enter(2); err != nil {
		return err
	}
	defer func() { d.n++ }()
	switch d.f {
	case JSON:
		return d.jsonItem(x)
	case CSV:
		var rows [][]string
		for _, a := range x.Accusations {
			var acts []string
			for _, ac := range a.Actions {
				acts = append(acts, ac.Action)
			}
			rows = append(rows, []string{"exchange", x.ID, x.Topic, a.To, strings.Join(acts, "; "), "accuse", a.From, a.To,
				strconv.Itoa(a.Claims), strconv.Itoa(a.Documents), strconv.Itoa(a.Outlets), strconv.Itoa(a.Independent),
				a.First, a.Latest, "", ""})
		}
		return d.csvRows(rows)
	case Table:
		return d.exchangeBlock(&x)
	}
	if d.drawn++; d.drawn > MaxDrawn {
		return graph.Errorf(graph.EInvalid, "more than %d results cannot be drawn as %s; ask for a page with --limit", MaxDrawn, d.f)
	}
	for _, a := range x.Accusations {
		d.g.accuses(a.From, a.To, x.Topic, a.Claims, a.Latest)
	}
	return nil
}

// Close ends the document.
func (d *DisputeWriter) Close() error {
	switch d.f {
	case JSON:
		if err := d.enter(2); err != nil {
			return err
		}
		end := "]\n}\n"
		if d.n > 0 {
			end = "\n  ]\n}\n"
		}
		return d.write(end)
	case CSV:
		if !d.csvHead {
			return d.csvRows(nil)
		}
		return nil
	case Table:
		if d.totals.Disputes == 0 && d.totals.Exchanges == 0 && d.section == 0 {
			return d.write("No disputes.\n")
		}
		return nil
	}
	var b bytes.Buffer
	if err := d.g.write(&b, d.f); err != nil {
		return err
	}
	_, err := d.w.Write(b.Bytes())
	return err
}

// disputeCSVHead is the header of the disputes CSV.
var disputeCSVHead = []string{"kind", "id", "topic", "subject", "action", "stance", "side", "to", "claims", "documents",
	"outlets", "independent", "first", "latest", "speakers", "weak"}

func (d *DisputeWriter) csvRows(rows [][]string) error {
	var b bytes.Buffer
	if !d.csvHead {
		d.csvHead = true
		rows = append([][]string{disputeCSVHead}, rows...)
	}
	if err := writeCSV(csv.NewWriter(&b), rows); err != nil {
		return err
	}
	_, err := d.w.Write(b.Bytes())
	return err
}

func speakerNames(v graph.Voice) string {
	var out []string
	for _, s := range v.Speakers {
		out = append(out, s.Name)
	}
	if v.MoreSpeakers > 0 {
		out = append(out, fmt.Sprintf("and %d more", v.MoreSpeakers))
	}
	return strings.Join(out, "; ")
}

func (d *DisputeWriter) drawDispute(x *graph.Dispute) error {
	if d.drawn++; d.drawn > MaxDrawn {
		return graph.Errorf(graph.EInvalid, "more than %d results cannot be drawn as %s; ask for a page with --limit", MaxDrawn, d.f)
	}
	subject := x.Subject
	if subject == "" {
		subject = "(no subject)"
	}
	to := d.g.side(subject)
	for i, verb := range []string{"says", "denies"} {
		for _, v := range x.Camps[i].Sides {
			from := d.g.side(orDash(v.Side))
			d.g.edge(gedge{from: from, to: to, label: verb + ": " + show(x.Action, d.g.names), rule: "dispute",
				topic: x.Topic, date: v.Latest, count: v.Claims, directed: true})
		}
	}
	return nil
}

// Table blocks: plain lines, each value made one safe line.

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// later is "N days later", or "the same day".
func later(days int) string {
	if days == 0 {
		return "the same day"
	}
	return plural(days, "day", "days") + " later"
}

func span2(first, latest string) string {
	switch {
	case first == "" && latest == "":
		return "undated"
	case first == latest:
		return first
	}
	return first + " … " + latest
}

func evidenceLine(e graph.Evidence) string {
	s := plural(e.Claims, "claim", "claims") + ", " + plural(e.Documents, "document", "documents") + ", " +
		plural(e.Independent, "independent source", "independent sources") + ", " + span2(e.First, e.Latest)
	if e.Undated > 0 {
		s += fmt.Sprintf(" (%d undated)", e.Undated)
	}
	return s
}

// voiceLine is "Side (Speaker, Speaker …) N sources, from DATE".
func (d *DisputeWriter) voiceLine(v graph.Voice) string {
	n := d.o.names()
	side := show(v.Side, n)
	if side == "" {
		side = "no side"
	}
	var sp []string
	for i, s := range v.Speakers {
		if i == 3 {
			sp = append(sp, fmt.Sprintf("+%d", len(v.Speakers)-3+v.MoreSpeakers))
			break
		}
		sp = append(sp, show(s.Name, n))
	}
	out := side
	if len(sp) > 0 {
		out += " (" + strings.Join(sp, ", ") + ")"
	}
	out += ": " + plural(v.Independent, "source", "sources")
	if v.First != "" {
		out += ", from " + v.First
	}
	return out
}

func (d *DisputeWriter) claimLine(c *graph.Claim) string {
	src := ""
	if c.Document != nil {
		src = show(c.Document.Outlet, d.o.names())
	}
	parts := []string{show(c.Speaker, d.o.names())}
	if c.SaidAt != "" {
		parts = append(parts, c.SaidAt)
	}
	if src != "" {
		parts = append(parts, src)
	}
	return "“" + show(c.Text, d.o.width()) + "” — " + strings.Join(parts, ", ")
}

func moveLine(m *graph.Move, n int) string {
	who := show(m.Side, n)
	if who == "" {
		who = show(m.Speaker, n)
	} else {
		who += " (" + show(m.Speaker, n) + ")"
	}
	return who + " on " + oneLine(m.Date)
}

func (d *DisputeWriter) disputeBlock(x *graph.Dispute) error {
	n := d.o.names()
	var b strings.Builder
	if d.n > 0 {
		b.WriteString("\n")
	}
	subject := show(x.Subject, n)
	if subject == "" {
		subject = "(no subject)"
	}
	fmt.Fprintf(&b, "%d. %s · %s  [%s]\n", d.n+1, subject, show(x.Action, d.o.width()), show(x.Topic, n))
	fmt.Fprintf(&b, "   %s\n", evidenceLine(x.Evidence))
	for i, label := range []string{"yes", "no "} {
		c := x.Camps[i]
		if len(c.Sides) == 0 {
			fmt.Fprintf(&b, "   %s  nobody\n", label)
			continue
		}
		for j, v := range c.Sides {
			lead := "    "
			if j == 0 {
				lead = label + " "
			}
			fmt.Fprintf(&b, "   %s %s\n", lead, d.voiceLine(v))
		}
	}
	if x.Opened != nil {
		s := "opened by " + moveLine(x.Opened, n)
		if x.Answered != nil && x.AnswerDays != nil {
			s += fmt.Sprintf("; answered by %s, %s", moveLine(x.Answered, n), later(*x.AnswerDays))
		}
		fmt.Fprintf(&b, "   %s\n", s)
	}
	if st := x.DoubleStandard; st != nil {
		what := "condemns it"
		if len(st.Accused) > 0 {
			var acc []string
			for _, a := range st.Accused {
				acc = append(acc, show(a, n))
			}
			what = "accuses " + strings.Join(acc, ", ") + " of it"
			if st.Condemns {
				what += " and condemns it"
			}
		}
		fmt.Fprintf(&b, "   double standard: %s %s while said to do it (%s)\n", orDash(show(st.Side, n)), what, plural(st.Pairs, "pair", "pairs"))
	}
	if o := x.Outlook; o.Claims > 0 {
		var vs []string
		for _, v := range o.Sides {
			vs = append(vs, orDash(show(v.Side, n)))
		}
		fmt.Fprintf(&b, "   threats and predictions: %d (%s)\n", o.Claims, strings.Join(vs, ", "))
	}
	for i, label := range []string{"yes", "no "} {
		if cs := x.Camps[i].Examples; len(cs) > 0 {
			fmt.Fprintf(&b, "   %s: %s\n", label, d.claimLine(&cs[0]))
		}
	}
	if len(x.Weak) > 0 {
		fmt.Fprintf(&b, "   weak: %s\n", strings.Join(x.Weak, "; "))
	}
	return d.write(b.String())
}

func (d *DisputeWriter) exchangeBlock(x *graph.Exchange) error {
	n := d.o.names()
	var b strings.Builder
	if d.n > 0 {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "E%d. %s ⇄ %s  [%s]\n", d.n+1, show(x.Sides[0], n), show(x.Sides[1], n), show(x.Topic, n))
	switch {
	case x.FirstAccuser != "" && x.Answered != nil && x.AnswerDays != nil:
		fmt.Fprintf(&b, "   %s accused first (%s); %s answered %s\n", show(x.FirstAccuser, n), x.Opened.Date,
			show(x.Sides[1], n), later(*x.AnswerDays))
	case x.SameDay && x.Opened != nil:
		fmt.Fprintf(&b, "   both accused on the same day (%s)\n", x.Opened.Date)
	case x.FirstAccuser != "":
		fmt.Fprintf(&b, "   %s accused first (%s)\n", show(x.FirstAccuser, n), x.Opened.Date)
	default:
		b.WriteString("   undated: who accused first is unknown\n")
	}
	for _, a := range x.Accusations {
		var acts []string
		for _, ac := range a.Actions {
			acts = append(acts, fmt.Sprintf("%s (%d)", show(ac.Action, d.o.width()), ac.Claims))
		}
		fmt.Fprintf(&b, "   %s → %s: %s, %s; %s\n", show(a.From, n), show(a.To, n), plural(a.Claims, "accusation", "accusations"),
			plural(a.Independent, "source", "sources"), strings.Join(acts, ", "))
		if a.Denials.Claims > 0 {
			fmt.Fprintf(&b, "     %s denied it %s\n", show(a.To, n), plural(a.Denials.Claims, "time", "times"))
		}
		if len(a.Examples) > 0 {
			fmt.Fprintf(&b, "     %s\n", d.claimLine(&a.Examples[0]))
		}
	}
	return d.write(b.String())
}
