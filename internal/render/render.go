// Package render writes the results of contra's analyst queries: aligned
// tables for a terminal, JSON and CSV for scripts and spreadsheets, and
// Graphviz DOT, GraphML and Mermaid for the results that are graphs
// (contradictions, mutual accusations, a speaker's or two sides' claims
// with their opponents, timelines).
//
// The text rendered comes from news articles and claim files that anybody
// can write, so every format is built to stay well formed whatever a claim,
// a name or an outlet holds: quotes, markup, newlines, terminal escape
// sequences and invalid UTF-8 are escaped or replaced, never passed through
// where they would change the structure of the output.
//
// Each function renders into memory and writes once, so a rendering error
// never leaves half a document on w.
package render

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/contra-project/contra/graph"
)

// Format is an output format. It is the one vocabulary of every command's
// -o/--output: each command accepts the subset it can write (the *Formats
// lists below), parsed by ParseFormat or ParseFormats.
type Format string

// Formats.
const (
	Table    Format = "table"   // aligned columns for a terminal (alias: text)
	JSON     Format = "json"    // a pretty-printed JSON array (an object for Stats)
	CSV      Format = "csv"     // a header row and one row per item
	DOT      Format = "dot"     // Graphviz
	GraphML  Format = "graphml" // GraphML XML, for Gephi and yEd
	Mermaid  Format = "mermaid" // a Mermaid flowchart
	JSONL    Format = "jsonl"   // one JSON record per line: contra export (alias: ndjson)
	Cypher   Format = "cypher"  // a cypher-shell script: contra export
	Markdown Format = "md"      // a Markdown report (alias: markdown)
	HTML     Format = "html"    // a self-contained HTML report
)

// Formats lists the formats of query results, tabular ones first: what
// the functions of this package render (graph formats only for results
// that are graphs).
var Formats = []Format{Table, JSON, CSV, DOT, GraphML, Mermaid}

// The formats each kind of output accepts.
var (
	// TabularFormats are those of lists that are not graphs (stats,
	// speakers, topics, actors, claims, cypher rows, jobs).
	TabularFormats = []Format{Table, JSON, CSV}
	// SummaryFormats are those of what a command did (load, migrate,
	// version, report paths).
	SummaryFormats = []Format{Table, JSON}
	// ExportFormats are those of contra export.
	ExportFormats = []Format{JSONL, CSV, Cypher}
	// ReportFormats are those of a report, in the order they are written.
	ReportFormats = []Format{Markdown, HTML, CSV, JSON}
)

// formatAliases are other names people type for a format.
var formatAliases = map[string]Format{"text": Table, "markdown": Markdown, "ndjson": JSONL}

// ParseFormat returns the format named s, ignoring case and surrounding
// space; "" is the first allowed format. allowed is the formats the
// caller can write (none: Formats). Any other name is an EInvalid error
// that lists the allowed ones.
func ParseFormat(s string, allowed ...Format) (Format, error) {
	if len(allowed) == 0 {
		allowed = Formats
	}
	name := strings.ToLower(strings.TrimSpace(s))
	if name == "" {
		return allowed[0], nil
	}
	f := Format(name)
	if a, ok := formatAliases[name]; ok {
		f = a
	}
	if slices.Contains(allowed, f) {
		return f, nil
	}
	return "", graph.Errorf(graph.EInvalid, "unknown format %q (want %s)", oneLine(s), formatList(allowed))
}

// ParseFormats parses a list of formats, each item possibly a
// comma-separated list ("md,html"): duplicates fold, the result is in the
// order of allowed, and an empty list is every allowed format.
func ParseFormats(list []string, allowed ...Format) ([]Format, error) {
	if len(allowed) == 0 {
		allowed = Formats
	}
	want := map[Format]bool{}
	for _, item := range list {
		for name := range strings.SplitSeq(item, ",") {
			if strings.TrimSpace(name) == "" {
				continue
			}
			f, err := ParseFormat(name, allowed...)
			if err != nil {
				return nil, err
			}
			want[f] = true
		}
	}
	if len(want) == 0 {
		return slices.Clone(allowed), nil
	}
	var out []Format
	for _, f := range allowed {
		if want[f] {
			out = append(out, f)
		}
	}
	return out, nil
}

// Graph reports whether f draws a graph (dot, graphml, mermaid). Only
// graph-shaped results can be drawn.
func (f Format) Graph() bool { return f == DOT || f == GraphML || f == Mermaid }

func (f Format) valid() bool { return slices.Contains(Formats, f) }

func formatList(fs []Format) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// DefaultWidth is how many characters a text column (claim text, a graph
// node's label) shows before it is cut with "…", when Options.Width is 0.
const DefaultWidth = 60

// nameWidth caps name-like table columns (speaker, side, topic, source)
// so that one absurd value cannot push the rest of a table off screen.
const nameWidth = 32

// Options tune the table and graph renderings; JSON and CSV always carry
// full values. The zero value renders with the defaults.
type Options struct {
	// Width is the most characters a text column or a graph label shows
	// before it is cut with "…": 0 means DefaultWidth, negative means
	// never cut. A table fitted to a terminal (Terminal) ignores it.
	Width int
	// Terminal is the width of the terminal a table is shown on, which
	// it is fitted to (leaving out the ids and byte spans); 0 means the
	// output is not a terminal.
	Terminal int
	// Wide shows every column of a table and every cell whole.
	Wide bool
}

// textCap is how many characters a table's text cell is cut to before
// the table is laid out: none when the table is fitted to a terminal or
// Wide (the table cuts, or nothing is cut), else width.
func (o Options) textCap() int {
	if o.Wide || o.Terminal > 0 {
		return -1
	}
	return o.width()
}

// nameCap is textCap for name-like cells: names.
func (o Options) nameCap() int {
	if o.Wide || o.Terminal > 0 {
		return -1
	}
	return o.names()
}

func (o Options) width() int {
	if o.Width == 0 {
		return DefaultWidth
	}
	return o.Width
}

// names returns the width of name-like columns: nameWidth, or less when
// Width is smaller, or no limit when Width is negative.
func (o Options) names() int {
	w := o.width()
	if w < 0 {
		return -1
	}
	return min(w, nameWidth)
}

// The package-level functions render with the default Options.

// Claims writes claims; see Options.Claims.
func Claims(w io.Writer, f Format, cs []graph.Claim) error { return Options{}.Claims(w, f, cs) }

// Contradictions writes contradictions; see Options.Contradictions.
func Contradictions(w io.Writer, f Format, cs []graph.Contradiction) error {
	return Options{}.Contradictions(w, f, cs)
}

// Mutual writes mutual accusations; see Options.Mutual.
func Mutual(w io.Writer, f Format, gs []graph.MutualGroup) error { return Options{}.Mutual(w, f, gs) }

// Opponents writes claims with their opponents (contra query speaker and
// between); see Options.Opponents.
func Opponents(w io.Writer, f Format, cs []graph.ClaimOpponents) error {
	return Options{}.Opponents(w, f, cs)
}

// Timeline writes a timeline; see Options.Timeline.
func Timeline(w io.Writer, f Format, es []graph.TimelineEntry) error {
	return Options{}.Timeline(w, f, es)
}

// Speakers writes speakers with their claim counts; see Options.Speakers.
func Speakers(w io.Writer, f Format, xs []graph.SpeakerCount) error {
	return Options{}.Speakers(w, f, xs)
}

// Actors writes actors with their claim counts; see Options.Actors.
func Actors(w io.Writer, f Format, xs []graph.ActorCount) error { return Options{}.Actors(w, f, xs) }

// Topics writes topics with their claim counts; see Options.Topics.
func Topics(w io.Writer, f Format, xs []graph.TopicCount) error { return Options{}.Topics(w, f, xs) }

// Stats writes store counts; see Options.Stats.
func Stats(w io.Writer, f Format, s graph.Stats) error { return Options{}.Stats(w, f, s) }

// Rows writes arbitrary rows (contra cypher); see Options.Rows.
func Rows(w io.Writer, f Format, keys []string, rows [][]any) error {
	return Options{}.Rows(w, f, keys, rows)
}

// renderers holds one function per format; nil entries are formats the
// result cannot be shown in.
type renderers struct {
	what             string // what is rendered, for errors
	table, json, csv func(*bytes.Buffer) error
	graph            func() *graphData
}

// formats lists the formats r can render.
func (r renderers) formats() []Format {
	var fs []Format
	for _, x := range []struct {
		f  Format
		ok bool
	}{{Table, r.table != nil}, {JSON, r.json != nil}, {CSV, r.csv != nil}} {
		if x.ok {
			fs = append(fs, x.f)
		}
	}
	if r.graph != nil {
		fs = append(fs, DOT, GraphML, Mermaid)
	}
	return fs
}

// run checks f, renders into memory and writes the result to w once.
func (r renderers) run(w io.Writer, f Format) error {
	if !f.valid() {
		return graph.Errorf(graph.EInvalid, "unknown format %q (want %s)", f, formatList(Formats))
	}
	var b bytes.Buffer
	var err error
	switch {
	case f.Graph() && r.graph == nil:
		return graph.Errorf(graph.EInvalid, "%s cannot be drawn as %s; use %s", r.what, f, formatList(r.formats()))
	case f == Table && r.table != nil:
		err = r.table(&b)
	case f == JSON && r.json != nil:
		err = r.json(&b)
	case f == CSV && r.csv != nil:
		err = r.csv(&b)
	case f.Graph():
		err = r.graph().write(&b, f)
	default:
		return graph.Errorf(graph.EInvalid, "%s cannot be shown as %s; use %s", r.what, f, formatList(r.formats()))
	}
	if err != nil {
		return fmt.Errorf("render %s as %s: %w", r.what, f, err)
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write %s: %w", r.what, err)
	}
	return nil
}
