package graph

import (
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
