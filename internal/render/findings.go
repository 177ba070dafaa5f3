package render

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/contra-project/contra/graph"
)

// Contradictions writes findings with both their claims, in the order
// given (graph.Contradictions ranks them).
//
//   - table: two rows per pair, claim A then claim B: #, RULE (the
//     strongest; B's row lists the other rules as "+rule"), TOPIC,
//     SUPPORT (independent sources and documents behind both claims),
//     then DATE, SPEAKER (SIDE), KIND, POL, TEXT, SOURCE, SPAN, CLAIM for
//     each claim. For a counterclaim, A is the counterclaim and B, marked
//     "↑ countered", the claim it answers; for a double standard, A is
//     the standard and B, marked "↑ its side does it", the claim that
//     the standard's side does the act.
//   - json: an array of graph.Contradiction:
//     [{"rule", "tags"?, "topic", "claims": [Claim A, Claim B],
//     "documents", "outlets", "independent", "latest"?, "finding_id",
//     "weak"?, "unit"}], each Claim as in Claims.
//   - csv: rule, topic, a_* and b_* columns (id, speaker, side, kind,
//     subject, action, polarity, said_at, text, doc, outlet, url,
//     evidence_start, evidence_end, topic, doc_id; doc is the document's
//     file name), then documents, outlets, latest, finding_id, tags,
//     independent, weak, unit.
//   - dot, graphml, mermaid: claims as nodes, each finding an edge
//     labelled with its rule, directed for counterclaims.
func (o Options) Contradictions(w io.Writer, f Format, cs []graph.Contradiction) error {
	return renderers{
		what: "contradictions",
		table: func(b *bytes.Buffer) error {
			if len(cs) == 0 {
				b.WriteString("No contradictions.\n")
				return nil
			}
			n := o.nameCap()
			t := newTable(o, append([]column{fixed("#"), fixed("RULE"), name("TOPIC").optional(4), name("SUPPORT").optional(3)}, claimHead(false)...)...)
			for i, x := range cs {
				a, c := pairOf(x)
				support := fmt.Sprintf("%d sources, %d docs", x.Independent, x.Documents)
				t.row(append([]string{strconv.Itoa(i + 1), orDash(show(string(x.Rule), n)), orDash(show(x.Topic, n)), support},
					o.claimCells(a, false)...)...)
				var mark []string
				switch x.Rule {
				case graph.RuleCounterclaim:
					mark = append(mark, "↑ countered")
				case graph.RuleDoubleStandard:
					mark = append(mark, "↑ its side does it")
				}
				for _, r := range x.Tags {
					mark = append(mark, "+"+string(r))
				}
				t.row(append([]string{"", strings.Join(mark, " "), "", ""}, o.claimCells(c, false)...)...)
			}
			return t.write(b)
		},
		json: func(b *bytes.Buffer) error {
			out := make([]graph.Contradiction, len(cs))
			for i, x := range cs {
				x.Claims = nonNil(x.Claims)
				out[i] = x
			}
			return writeJSON(b, out)
		},
		csv: func(b *bytes.Buffer) error {
			head := append([]string{"rule", "topic"}, claimCSVCols("a_")...)
			head = append(head, claimCSVCols("b_")...)
			head = append(head, "documents", "outlets", "latest", "finding_id", "tags", "independent", "weak", "unit")
			rows := [][]string{head}
			for _, x := range cs {
				a, c := pairOf(x)
				r := append([]string{string(x.Rule), x.Topic}, claimCSV(a)...)
				r = append(r, claimCSV(c)...)
				var tags []string
				for _, t := range x.Tags {
					tags = append(tags, string(t))
				}
				r = append(r, strconv.Itoa(x.Documents), strconv.Itoa(x.Outlets), x.Latest, x.FindingID,
					strings.Join(tags, ";"), strconv.Itoa(x.Independent), strings.Join(x.Weak, "; "), x.Unit)
				rows = append(rows, r)
			}
			return writeCSV(csv.NewWriter(b), rows)
		},
		graph: func() *graphData {
			g := o.newGraph()
			for _, x := range cs {
				a, c := pairOf(x)
				g.claim(a)
				g.claim(c)
				g.finding(x.Rule, a, c, x.Topic, x.Latest)
			}
			return g
		},
	}.run(w, f)
}

// pairOf returns a contradiction's two claims; a malformed one with fewer
// than two shows empty claims rather than failing the whole rendering.
func pairOf(x graph.Contradiction) (*graph.Claim, *graph.Claim) {
	cs := append([]graph.Claim(nil), x.Claims...)
	for len(cs) < 2 {
		cs = append(cs, graph.Claim{})
	}
	return &cs[0], &cs[1]
}

// Mutual writes mutual accusations, one group per pair of sides and
// topic.
//
//   - table: one row per accusation, grouped: #, SIDES ("A ⇄ B", then the
//     group's accusation and document counts on its second row), TOPIC,
//     then DATE, ACCUSER (SIDE), ACCUSES, TEXT, SOURCE, SPAN, CLAIM.
//   - json: an array of graph.MutualGroup:
//     [{"sides": [A, B], "topic", "accusations": [[Claim of A…],
//     [Claim of B…]], "count", "documents", "first"?, "last"?}].
//   - csv: one row per accusation: group (1-based), side_a, side_b, topic,
//     count, documents, first, last, then claim_* columns (as the a_*
//     columns of Contradictions).
//   - dot, graphml, mermaid: sides as nodes, an ACCUSES edge from each
//     side to the other labelled with the topic and how many accusations.
func (o Options) Mutual(w io.Writer, f Format, gs []graph.MutualGroup) error {
	return renderers{
		what: "mutual accusations",
		table: func(b *bytes.Buffer) error {
			if len(gs) == 0 {
				b.WriteString("No mutual accusations.\n")
				return nil
			}
			n := o.nameCap()
			t := newTable(o, fixed("#"), name("SIDES"), name("TOPIC").optional(3), fixed("DATE"), name("ACCUSER (SIDE)"),
				name("ACCUSES").optional(1), text("TEXT"), name("SOURCE").optional(2), wideCol("SPAN"), wideCol("CLAIM"))
			for i, g := range gs {
				line := 0
				for side := range g.Accusations {
					for j := range g.Accusations[side] {
						c := &g.Accusations[side][j]
						lead := []string{"", "", ""}
						switch line {
						case 0:
							lead = []string{strconv.Itoa(i + 1), show(g.Sides[0], n) + " ⇄ " + show(g.Sides[1], n), orDash(show(g.Topic, n))}
						case 1:
							lead[1] = fmt.Sprintf("%d accusations, %d docs", g.Count, g.Documents)
						}
						line++
						t.row(append(lead, orDash(show(c.SaidAt, n)), speakerSide(c, n), orDash(show(c.Subject, n)),
							orDash(show(c.Text, o.textCap())), source(c, n), span(c.Evidence), orDash(show(c.ID, -1)))...)
					}
				}
			}
			return t.write(b)
		},
		json: func(b *bytes.Buffer) error {
			out := make([]graph.MutualGroup, len(gs))
			for i, g := range gs {
				for side := range g.Accusations {
					g.Accusations[side] = nonNil(g.Accusations[side])
				}
				out[i] = g
			}
			return writeJSON(b, out)
		},
		csv: func(b *bytes.Buffer) error {
			head := append([]string{"group", "side_a", "side_b", "topic", "count", "documents", "first", "last"}, claimCSVCols("claim_")...)
			rows := [][]string{head}
			for i, g := range gs {
				for side := range g.Accusations {
					for j := range g.Accusations[side] {
						r := []string{strconv.Itoa(i + 1), g.Sides[0], g.Sides[1], g.Topic,
							strconv.Itoa(g.Count), strconv.Itoa(g.Documents), g.First, g.Last}
						rows = append(rows, append(r, claimCSV(&g.Accusations[side][j])...))
					}
				}
			}
			return writeCSV(csv.NewWriter(b), rows)
		},
		graph: func() *graphData {
			g := o.newGraph()
			for _, m := range gs {
				for side := range m.Accusations {
					if len(m.Accusations[side]) == 0 {
						continue
					}
					from, to := m.Sides[side], m.Sides[1-side]
					g.side(from)
					g.side(to)
					last := ""
					for _, c := range m.Accusations[side] {
						last = maxDate(last, c.SaidAt)
					}
					g.accuses(from, to, m.Topic, len(m.Accusations[side]), last)
				}
			}
			return g
		},
	}.run(w, f)
}
