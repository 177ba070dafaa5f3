package report

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/contra-project/contra/graph"
)

// claimColumns are the per-claim columns of report.csv, prefixed "a_" for
// the finding's first claim (From) and "b_" for its second (To).
var claimColumns = []string{
	"claim_id", "speaker", "role", "side", "kind", "subject", "action", "polarity", "text", "said_at",
	"evidence", "doc_id", "doc", "outlet", "url", "title", "published",
}

// CSVHeader is the header of report.csv: one row per contradiction, every
// rule, in report order. Cells are the stored values verbatim; spreadsheet
// users should import the file as text.
var CSVHeader = func() []string {
	h := []string{"finding_id", "rule", "topic", "documents", "outlets", "latest"}
	for _, p := range []string{"a_", "b_"} {
		for _, c := range claimColumns {
			h = append(h, p+c)
		}
	}
	return h
}()

func writeCSV(w io.Writer, d *Data) error {
	cw := csv.NewWriter(w)
	if err := graph.WriteCSVRow(cw, CSVHeader); err != nil {
		return err
	}
	for _, c := range d.Contradictions {
		row := []string{c.FindingID, string(c.Rule), c.Topic, strconv.Itoa(c.Documents), strconv.Itoa(c.Outlets), c.Latest}
		for i := 0; i < 2; i++ {
			var cl graph.Claim
			if i < len(c.Claims) {
				cl = c.Claims[i]
			}
			row = append(row, claimCells(&cl)...)
		}
		if err := graph.WriteCSVRow(cw, row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func claimCells(c *graph.Claim) []string {
	ev := ""
	if c.Evidence != nil {
		ev = c.Evidence.Text
	}
	var doc graph.Document
	if c.Document != nil {
		doc = *c.Document
	}
	return []string{
		c.ID, c.Speaker, c.Role, c.Side, string(c.Kind), c.Subject, c.Action, string(c.Polarity), c.Text, c.SaidAt,
		ev, c.DocID, doc.Name, doc.Outlet, doc.URL, doc.Title, doc.Published,
	}
}
