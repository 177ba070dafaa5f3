package render

import (
	"bytes"
	"encoding/csv"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/contra-project/contra/graph"
)

// Speakers writes speakers with their claim counts.
//
//   - table: NAME, SIDE, ROLE, CLAIMS, ALIASES, ID.
//   - json: an array of graph.SpeakerCount: [{"id", "name", "aliases"?:
//     [name], "role"?, "side"?, "claims"}].
//   - csv: id, name, side, role, aliases (joined with ";"), claims.
//   - graph formats: EInvalid.
func (o Options) Speakers(w io.Writer, f Format, xs []graph.SpeakerCount) error {
	n := o.nameCap()
	return renderers{
		what: "speakers",
		table: func(b *bytes.Buffer) error {
			return o.nodeTable(b, "speakers", []column{name("NAME"), name("SIDE"), name("ROLE").optional(1), fixed("CLAIMS"), text("ALIASES"), wideCol("ID")}, len(xs), func(i int) []string {
				x := xs[i]
				return []string{orDash(show(x.Name, n)), orDash(show(x.Side, n)), orDash(show(x.Role, n)),
					strconv.Itoa(x.Claims), aliases(x.Aliases, o.textCap()), orDash(show(x.ID, -1))}
			})
		},
		json: func(b *bytes.Buffer) error { return writeJSON(b, nonNil(xs)) },
		csv: func(b *bytes.Buffer) error {
			rows := [][]string{{"id", "name", "side", "role", "aliases", "claims"}}
			for _, x := range xs {
				rows = append(rows, []string{x.ID, x.Name, x.Side, x.Role, strings.Join(x.Aliases, ";"), strconv.Itoa(x.Claims)})
			}
			return writeCSV(csv.NewWriter(b), rows)
		},
	}.run(w, f)
}

// Actors writes actors with the number of claims each is the side and the
// subject of.
//
//   - table: NAME, AS SIDE, AS SUBJECT, ALIASES, ID.
//   - json: an array of graph.ActorCount: [{"id", "name", "aliases"?:
//     [name], "as_side", "as_subject"}].
//   - csv: id, name, aliases (joined with ";"), as_side, as_subject.
//   - graph formats: EInvalid.
func (o Options) Actors(w io.Writer, f Format, xs []graph.ActorCount) error {
	n := o.nameCap()
	return renderers{
		what: "actors",
		table: func(b *bytes.Buffer) error {
			return o.nodeTable(b, "actors", []column{name("NAME"), fixed("AS SIDE"), fixed("AS SUBJECT"), text("ALIASES"), wideCol("ID")}, len(xs), func(i int) []string {
				x := xs[i]
				return []string{orDash(show(x.Name, n)), strconv.Itoa(x.AsSide), strconv.Itoa(x.AsSubject),
					aliases(x.Aliases, o.textCap()), orDash(show(x.ID, -1))}
			})
		},
		json: func(b *bytes.Buffer) error { return writeJSON(b, nonNil(xs)) },
		csv: func(b *bytes.Buffer) error {
			rows := [][]string{{"id", "name", "aliases", "as_side", "as_subject"}}
			for _, x := range xs {
				rows = append(rows, []string{x.ID, x.Name, strings.Join(x.Aliases, ";"), strconv.Itoa(x.AsSide), strconv.Itoa(x.AsSubject)})
			}
			return writeCSV(csv.NewWriter(b), rows)
		},
	}.run(w, f)
}

// Topics writes topics with their claim counts.
//
//   - table: NAME, CLAIMS, ALIASES, ID.
//   - json: an array of graph.TopicCount: [{"id", "name", "aliases"?:
//     [name], "claims"}].
//   - csv: id, name, aliases (joined with ";"), claims.
//   - graph formats: EInvalid.
func (o Options) Topics(w io.Writer, f Format, xs []graph.TopicCount) error {
	n := o.nameCap()
	return renderers{
		what: "topics",
		table: func(b *bytes.Buffer) error {
			return o.nodeTable(b, "topics", []column{name("NAME"), fixed("CLAIMS"), text("ALIASES"), wideCol("ID")}, len(xs), func(i int) []string {
				x := xs[i]
				return []string{orDash(show(x.Name, n)), strconv.Itoa(x.Claims), aliases(x.Aliases, o.textCap()), orDash(show(x.ID, -1))}
			})
		},
		json: func(b *bytes.Buffer) error { return writeJSON(b, nonNil(xs)) },
		csv: func(b *bytes.Buffer) error {
			rows := [][]string{{"id", "name", "aliases", "claims"}}
			for _, x := range xs {
				rows = append(rows, []string{x.ID, x.Name, strings.Join(x.Aliases, ";"), strconv.Itoa(x.Claims)})
			}
			return writeCSV(csv.NewWriter(b), rows)
		},
	}.run(w, f)
}

func (o Options) nodeTable(b *bytes.Buffer, what string, head []column, n int, row func(int) []string) error {
	if n == 0 {
		b.WriteString("No " + what + ".\n")
		return nil
	}
	t := newTable(o, head...)
	for i := range n {
		t.row(row(i)...)
	}
	return t.write(b)
}

func aliases(as []string, n int) string {
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = oneLine(a)
	}
	return orDash(cut(strings.Join(parts, ", "), n))
}

// statsRules is the rules Stats shows: every rule a load counts
// (graph.CountedRules), then any other rule the store counted, by name,
// so the shape is the same whatever the store holds.
func statsRules(s graph.Stats) []graph.Rule {
	rules := slices.Clone(graph.CountedRules)
	for _, r := range slices.Sorted(maps.Keys(s.Findings)) {
		if !slices.Contains(rules, r) {
			rules = append(rules, r)
		}
	}
	return rules
}

// Stats writes what a store holds.
//
//   - table: one count per line: documents, speakers, actors, topics,
//     claims, counterclaims, findings, then findings by rule.
//   - json: one object (not an array), graph.Stats: {"documents",
//     "speakers", "actors", "topics", "claims", "counterclaims",
//     "findings": {"opposing", "mutual_accusation", "counterclaim",
//     "reversal"}}, every rule present, 0 when none.
//   - csv: one row: documents, speakers, actors, topics, claims,
//     counterclaims, findings (the total), then findings_<rule> per rule.
//   - graph formats: EInvalid.
func (o Options) Stats(w io.Writer, f Format, s graph.Stats) error {
	rules := statsRules(s)
	total := 0
	for _, v := range s.Findings {
		total += v
	}
	counts := []struct {
		name string
		n    int
	}{
		{"documents", s.Documents}, {"speakers", s.Speakers}, {"actors", s.Actors}, {"topics", s.Topics},
		{"claims", s.Claims}, {"counterclaims", s.Counterclaims}, {"findings", total},
	}
	return renderers{
		what: "stats",
		table: func(b *bytes.Buffer) error {
			t := newTable(o, name(""), fixed("")) // no header
			for _, c := range counts {
				t.row(c.name, strconv.Itoa(c.n))
			}
			for _, r := range rules {
				t.row("  "+show(string(r), o.nameCap()), strconv.Itoa(s.Findings[r]))
			}
			return t.write(b)
		},
		json: func(b *bytes.Buffer) error {
			out := s
			out.Findings = make(map[graph.Rule]int, len(rules))
			for _, r := range rules {
				out.Findings[r] = s.Findings[r]
			}
			return writeJSON(b, out)
		},
		csv: func(b *bytes.Buffer) error {
			var head, row []string
			for _, c := range counts {
				head, row = append(head, c.name), append(row, strconv.Itoa(c.n))
			}
			for _, r := range rules {
				head, row = append(head, "findings_"+string(r)), append(row, strconv.Itoa(s.Findings[r]))
			}
			return writeCSV(csv.NewWriter(b), [][]string{head, row})
		},
	}.run(w, f)
}
