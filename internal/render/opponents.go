package render

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/contra-project/contra/graph"
)

// Opponents writes claims, each with the claims that contradict or
// counter it: the results of contra query speaker and between.
//
//   - table: a row per claim (#, LINK "claim" or "contested", DATE,
//     SPEAKER (SIDE), KIND, POL, TOPIC, TEXT, SOURCE, SPAN, CLAIM) followed
//     by a row per opponent shown, whose LINK reads from the claim above:
//     "↳ <rule>", or "↳ counters" (the claim counters this one), "↳ is
//     countered by" (this one counters the claim), "↳ its side is said to
//     do it" (the claim condemns an act its own side is said to do here),
//     "↳ breaks the standard of" (the claim says a side does what that
//     side condemns here); then "↳ … N more" when the claim has more
//     opponents than are shown.
//   - json: an array of graph.ClaimOpponents:
//     [{"claim": Claim, "opponents": [{"rule", "tags"?, "claim": Claim,
//     "direction"?: "counters"|"countered_by"|"standard_broken_by"|
//     "breaks_standard_of"}], "opponents_total"}]; opponents is [] when
//     there are none.
//   - csv: one row per claim and opponent (one row with empty opponent
//     columns for a claim without any): claim_* columns (as the a_*
//     columns of Contradictions), rule, direction, opponent_* columns.
//   - dot, graphml, mermaid: claims as nodes, each opposition an edge
//     labelled with its rule, directed from a counterclaim to what it
//     counters.
func (o Options) Opponents(w io.Writer, f Format, cs []graph.ClaimOpponents) error {
	es := make([]graph.TimelineEntry, len(cs))
	for i, c := range cs {
		es[i] = graph.TimelineEntry{ClaimOpponents: c, Contested: len(c.Opponents) > 0}
	}
	return o.opponents(w, f, "claims with opponents", es, false)
}

// Timeline writes the claims on a topic by date, each with the claims it
// is contradicted or countered by.
//
//   - table: as Opponents.
//   - json: an array of graph.TimelineEntry: [{"claim": Claim,
//     "opponents": [Opponent], "contested": bool}], Opponent as in
//     Opponents.
//   - csv: contested, then the columns of Opponents.
//   - dot, graphml, mermaid: as Opponents, with every claim of the
//     timeline a node, contested or not.
func (o Options) Timeline(w io.Writer, f Format, es []graph.TimelineEntry) error {
	return o.opponents(w, f, "timeline", es, true)
}

// opponents renders both Opponents and Timeline, which differ only in the
// JSON type and a contested column.
func (o Options) opponents(w io.Writer, f Format, what string, es []graph.TimelineEntry, timeline bool) error {
	return renderers{
		what: what,
		table: func(b *bytes.Buffer) error {
			if len(es) == 0 {
				b.WriteString("No claims.\n")
				return nil
			}
			t := newTable(o, append([]column{fixed("#"), name("LINK")}, claimHead(true)...)...)
			for i, e := range es {
				link := "claim"
				if e.Contested || len(e.Opponents) > 0 {
					link = "contested"
				}
				t.row(append([]string{strconv.Itoa(i + 1), link}, o.claimCells(&e.Claim, true)...)...)
				for j := range e.Opponents {
					p := &e.Opponents[j]
					t.row(append([]string{"", "↳ " + opponentLink(p, o.names())}, o.claimCells(&p.Claim, true)...)...)
				}
				if more := e.Total - len(e.Opponents); more > 0 {
					t.row("", fmt.Sprintf("↳ … %d more", more))
				}
			}
			return t.write(b)
		},
		json: func(b *bytes.Buffer) error {
			out := make([]graph.TimelineEntry, len(es))
			for i, e := range es {
				e.Opponents = nonNil(e.Opponents)
				out[i] = e
			}
			if timeline {
				return writeJSON(b, out)
			}
			cos := make([]graph.ClaimOpponents, len(out))
			for i, e := range out {
				cos[i] = e.ClaimOpponents
			}
			return writeJSON(b, cos)
		},
		csv: func(b *bytes.Buffer) error {
			var head []string
			if timeline {
				head = []string{"contested"}
			}
			head = append(head, claimCSVCols("claim_")...)
			head = append(head, "rule", "direction")
			head = append(head, claimCSVCols("opponent_")...)
			rows := [][]string{head}
			for _, e := range es {
				var lead []string
				if timeline {
					lead = []string{strconv.FormatBool(e.Contested)}
				}
				lead = append(lead, claimCSV(&e.Claim)...)
				if len(e.Opponents) == 0 {
					r := append(append(append([]string(nil), lead...), "", ""), claimCSV(nil)...)
					rows = append(rows, r)
				}
				for j := range e.Opponents {
					p := &e.Opponents[j]
					r := append(append(append([]string(nil), lead...), string(p.Rule), p.Direction), claimCSV(&p.Claim)...)
					rows = append(rows, r)
				}
			}
			return writeCSV(csv.NewWriter(b), rows)
		},
		graph: func() *graphData {
			g := o.newGraph()
			for i := range es {
				g.claim(&es[i].Claim)
			}
			for i := range es {
				e := &es[i]
				for j := range e.Opponents {
					p := &e.Opponents[j]
					g.claim(&p.Claim)
					// An edge goes from the counterclaim (or the standard).
					from, to := &p.Claim, &e.Claim
					if p.Direction == graph.DirCounters || p.Direction == graph.DirStandardBroken {
						from, to = to, from
					}
					g.finding(p.Rule, from, to, to.Topic, maxDate(from.SaidAt, to.SaidAt))
				}
			}
			return g
		},
	}.run(w, f)
}

// opponentLink says how an opponent opposes the claim it is listed under.
func opponentLink(p *graph.Opponent, n int) string {
	switch p.Direction {
	case graph.DirCounters:
		return "counters"
	case graph.DirCounteredBy:
		return "is countered by"
	case graph.DirStandardBroken:
		return "its side is said to do it"
	case graph.DirBreaksStandard:
		return "breaks the standard of"
	}
	return orDash(show(string(p.Rule), n))
}

func maxDate(a, b string) string {
	if b > a {
		return b
	}
	return a
}
