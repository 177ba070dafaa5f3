package graph

import (
	"encoding/csv"
	"strconv"
	"strings"
)

// Record is contra's interchange format: one claim per JSON line (or CSV
// row) in the files `contra load` reads and `contra export` writes. Field
// names are a public contract documented in the README; add, never rename.
type Record struct {
	ID         string   `json:"id,omitempty"`
	Doc        string   `json:"doc,omitempty"`
	DocID      string   `json:"doc_id,omitempty"`
	Speaker    string   `json:"speaker"`
	Role       string   `json:"role,omitempty"`
	Side       string   `json:"side,omitempty"`
	Kind       string   `json:"kind"`
	Subject    string   `json:"subject,omitempty"`
	Action     string   `json:"action"`
	Topic      string   `json:"topic"`
	Polarity   string   `json:"polarity"`
	Text       string   `json:"text"`
	SaidAt     string   `json:"said_at,omitempty"`
	Source     *Source  `json:"source,omitempty"`
	RespondsTo []string `json:"responds_to,omitempty"`
	// Export only (accepted and checked on load, never required).
	Evidence    *Span    `json:"evidence,omitempty"`
	Counters    []string `json:"counters,omitempty"`
	Contradicts []string `json:"contradicts,omitempty"`
}

// Source is the publication a record cites.
type Source struct {
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
}

// RecordOf returns the export record of a stored claim.
func RecordOf(c *Claim) Record {
	r := Record{
		ID: c.ID, DocID: c.DocID, Speaker: c.Speaker, Role: c.Role, Side: c.Side,
		Kind: string(c.Kind), Subject: c.Subject, Action: c.Action, Topic: c.Topic,
		Polarity: string(c.Polarity), Text: c.Text, SaidAt: c.SaidAt,
		RespondsTo: c.RespondsTo, Evidence: c.Evidence,
		Counters: c.Counters, Contradicts: c.Contradicts,
	}
	if d := c.Document; d != nil {
		r.Doc = d.Name
		if d.URL != "" || d.Outlet != "" || d.Title != "" || d.Published != "" {
			r.Source = &Source{URL: d.URL, Outlet: d.Outlet, Title: d.Title, Published: d.Published}
		}
	}
	return r
}

// CSVHeader is the column list of the CSV form of Record. Lists are joined
// with ";" and the source and evidence objects are flattened.
var CSVHeader = []string{
	"id", "doc", "doc_id", "speaker", "role", "side", "kind", "subject", "action", "topic",
	"polarity", "text", "said_at", "source_url", "source_outlet", "source_title",
	"source_published", "responds_to", "evidence_start", "evidence_end", "evidence_text",
	"counters", "contradicts",
}

// CSVRow returns r as a row under CSVHeader.
func (r *Record) CSVRow() []string {
	var s Source
	if r.Source != nil {
		s = *r.Source
	}
	start, end, text := "", "", ""
	if r.Evidence != nil {
		start, end, text = strconv.Itoa(r.Evidence.Start), strconv.Itoa(r.Evidence.End), r.Evidence.Text
	}
	return []string{
		r.ID, r.Doc, r.DocID, r.Speaker, r.Role, r.Side, r.Kind, r.Subject, r.Action, r.Topic,
		r.Polarity, r.Text, r.SaidAt, s.URL, s.Outlet, s.Title, s.Published,
		strings.Join(r.RespondsTo, ";"), start, end, text,
		strings.Join(r.Counters, ";"), strings.Join(r.Contradicts, ";"),
	}
}

// CSVCell returns s as a CSV cell that a spreadsheet shows as text instead
// of evaluating: a speaker named "=HYPERLINK(...)" or "@SUM(...)" in a
// loaded file must not run when an analyst opens an export or a report.
// Such a cell gets a leading apostrophe, the spreadsheets' own "this is
// text" mark. Numbers ("-3") and the polarities "+" and "-" are not
// formulas and stay as they are. A cell that already starts with an
// apostrophe followed by a trigger character or another apostrophe gets
// one more, so CSVValue gives back exactly s.
func CSVCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '@', '\t', '\r':
		return "'" + s
	case '+', '-':
		if len(s) == 1 {
			return s
		}
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return s
		}
		return "'" + s
	case '\'':
		if CSVValue(s) != s {
			return "'" + s
		}
	}
	return s
}

// csvMarked are the characters after which a leading apostrophe is
// CSVCell's mark: the formula triggers and the apostrophe itself.
const csvMarked = "=@\t\r+-'"

// CSVValue is the inverse of CSVCell, for reading a CSV contra wrote (or a
// person wrote with the same convention): one leading apostrophe before a
// trigger character or another apostrophe is dropped.
func CSVValue(cell string) string {
	if len(cell) > 1 && cell[0] == '\'' && strings.IndexByte(csvMarked, cell[1]) >= 0 {
		return cell[1:]
	}
	return cell
}

// WriteCSVRow writes row to w with every cell passed through CSVCell: the
// one way contra's CSV outputs write a row.
func WriteCSVRow(w *csv.Writer, row []string) error {
	out := make([]string, len(row))
	for i, c := range row {
		out[i] = CSVCell(c)
	}
	return w.Write(out)
}
