package render

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/contra-project/contra/graph"
)

// Claims writes claims.
//
//   - table: DATE, SPEAKER (SIDE), KIND, POL, TOPIC, TEXT, SOURCE
//     (outlet / document), SPAN (evidence byte offsets), CLAIM (id).
//   - json: an array of graph.Claim:
//     [{"id", "doc_id", "speaker_id", "speaker", "role"?, "side"?, "kind",
//     "subject"?, "action", "topic", "polarity", "text", "said_at"?,
//     "evidence"?: {"start", "end", "text"}, "responds_to"?: [id],
//     "document"?: {"id", "name"?, "url"?, "outlet"?, "title"?,
//     "published"?}, "counterclaim"?, "loaded_at"?, "counters"?: [id],
//     "contradicts"?: [id]}] ("?" marks keys left out when empty).
//   - csv: the columns of contra export (graph.CSVHeader), one row per
//     claim (graph.RecordOf), so the output can be loaded again.
//   - graph formats: EInvalid.
func (o Options) Claims(w io.Writer, f Format, cs []graph.Claim) error {
	return renderers{
		what: "claims",
		table: func(b *bytes.Buffer) error {
			if len(cs) == 0 {
				b.WriteString("No claims.\n")
				return nil
			}
			t := newTable(o, claimHead(true)...)
			for i := range cs {
				t.row(o.claimCells(&cs[i], true)...)
			}
			return t.write(b)
		},
		json: func(b *bytes.Buffer) error { return writeJSON(b, nonNil(cs)) },
		csv: func(b *bytes.Buffer) error {
			cw := csv.NewWriter(b)
			rows := [][]string{graph.CSVHeader}
			for i := range cs {
				r := graph.RecordOf(&cs[i])
				rows = append(rows, r.CSVRow())
			}
			return writeCSV(cw, rows)
		},
	}.run(w, f)
}

// claimHead is the claim columns of a table. A narrow terminal leaves out
// the topic, then the source, then the kind, before it cuts the text
// short.
func claimHead(topic bool) []column {
	h := []column{fixed("DATE"), name("SPEAKER (SIDE)"), fixed("KIND").optional(1), fixed("POL")}
	if topic {
		h = append(h, name("TOPIC").optional(3))
	}
	return append(h, text("TEXT"), name("SOURCE").optional(2), wideCol("SPAN"), wideCol("CLAIM"))
}

// claimCells are a claim's cells under claimHead.
func (o Options) claimCells(c *graph.Claim, topic bool) []string {
	n := o.nameCap()
	r := []string{orDash(show(c.SaidAt, n)), speakerSide(c, n), orDash(show(string(c.Kind), n)), orDash(show(string(c.Polarity), n))}
	if topic {
		r = append(r, orDash(show(c.Topic, n)))
	}
	return append(r, orDash(show(c.Text, o.textCap())), source(c, n), span(c.Evidence), orDash(show(c.ID, -1)))
}

// claimCSVHead are the columns of one claim in the CSV of a relationship
// between claims, each prefixed (a_, b_, claim_, opponent_).
var claimCSVHead = []string{
	"id", "speaker", "side", "kind", "subject", "action", "polarity", "said_at", "text",
	"doc", "outlet", "url", "evidence_start", "evidence_end", "topic", "doc_id",
}

func claimCSVCols(prefix string) []string {
	out := make([]string, len(claimCSVHead))
	for i, h := range claimCSVHead {
		out[i] = prefix + h
	}
	return out
}

// claimCSV is a claim's values under claimCSVCols; nil gives empty cells
// (a claim without opponents).
func claimCSV(c *graph.Claim) []string {
	if c == nil {
		return make([]string, len(claimCSVHead))
	}
	var d graph.Document
	if c.Document != nil {
		d = *c.Document
	}
	start, end := "", ""
	if e := c.Evidence; e != nil {
		start, end = strconv.Itoa(e.Start), strconv.Itoa(e.End)
	}
	return []string{
		c.ID, c.Speaker, c.Side, string(c.Kind), c.Subject, c.Action, string(c.Polarity), c.SaidAt, c.Text,
		d.Name, d.Outlet, d.URL, start, end, c.Topic, c.DocID,
	}
}

// nonNil returns xs, or an empty slice for nil so that JSON shows [].
func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
