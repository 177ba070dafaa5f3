package neo4j

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
)

// WriteScript writes a cypher-shell script that recreates b in any Neo4j 5
// database: the schema, then for each kind of node and for the claims,
// `:param` lines carrying the rows (at most DefaultBatchSize per line) each
// followed by the embedded statement a load runs, so that the script
// writes exactly what Load writes. Claims keep their LoadedAt and
// ChangedAt when set; otherwise the script's $now, the time it was
// written, stands in.
//
// Findings are not written: a store derives them from the claims. What it
// keeps of them comes from findings, when not nil: the Counterclaim label
// of the claims that counter another, and the per-rule totals Stats
// reports, set to the number of findings of each rule given. So findings
// must be all the findings of the graph the script recreates, in one call
// (a call with only findings, after the claims, is how an export ends).
// Every statement MERGEs or sets, so running the script again changes
// nothing.
//
// Run it with `cypher-shell -d DATABASE -f FILE`. Values are Cypher
// literals: strings are quoted and escaped so that no text (quotes,
// backslashes, line breaks, anything that looks like Cypher) can end a
// literal or a line early. The batch is validated as Load validates it
// (EInvalid); a finding must name a valid rule and two claims.
func WriteScript(w io.Writer, b graph.Batch, findings []graph.Finding) error {
	return writeScript(w, b, findings, time.Now())
}

func writeScript(w io.Writer, b graph.Batch, findings []graph.Finding, now time.Time) error {
	// PrepareBatch clears the read-only times: keep the first of each claim.
	times := map[string][2]time.Time{}
	for _, c := range b.Claims {
		if _, ok := times[c.ID]; !ok {
			times[c.ID] = [2]time.Time{c.LoadedAt, c.ChangedAt}
		}
	}
	nb, err := graph.PrepareBatch(b)
	if err != nil {
		return fmt.Errorf("write script: %w", err)
	}
	if err := validFindings(findings); err != nil {
		return err
	}

	sw := &scriptWriter{w: bufio.NewWriter(w)}
	sw.line("// contra graph script, written %s. Run: cypher-shell -d DATABASE -f FILE", now.UTC().Format(time.RFC3339))
	sw.line("// Every statement MERGEs: running the script again changes nothing.")
	for _, st := range schemaStatements {
		sw.statement(st)
	}
	sw.param("now", now.UnixNano())

	var slugs []any
	for _, as := range [][]graph.Actor{nb.Actors, nb.ImpliedActors} {
		for i := range as {
			slugs = append(slugs, graph.Slug(as[i].Name))
		}
	}
	explicit := anyList(speakerIDs(nb.Speakers))
	for _, step := range []struct {
		st   *statement
		key  string
		rows []any
	}{
		{stMergeDocuments, "rows", rowsOf(nb.Documents, documentRow)},
		{stMergeActors, "rows", rowsOf(nb.Actors, actorRow)},
		{stEnsureActors, "rows", rowsOf(nb.ImpliedActors, impliedActorRow)},
		{stLinkNewActors, "slugs", slugs},
		{stMergeTopics, "rows", rowsOf(nb.Topics, topicRow)},
		{stEnsureTopics, "rows", rowsOf(nb.ImpliedTopics, impliedTopicRow)},
		{stMergeSpeakers, "rows", rowsOf(nb.Speakers, speakerRow)},
		{stEnsureSpeakers, "rows", rowsOf(nb.ImpliedSpeakers, impliedSpeakerRow)},
		{stUnlinkSpeakers, "ids", explicit},
		{stLinkSpeakers, "ids", append(explicit, anyList(speakerIDs(nb.ImpliedSpeakers))...)},
		{stMergeClaims, "rows", claimRows(nb, times)},
		{stMarkCounterclaims, "ids", anyList(counterclaimIDs(findings))},
		{stSetFindingCounts, "rows", countRows(findings)},
	} {
		sw.rows(step.st, step.key, step.rows)
	}
	if sw.err != nil {
		return fmt.Errorf("write script: %w", sw.err)
	}
	if err := sw.w.Flush(); err != nil {
		return fmt.Errorf("write script: %w", err)
	}
	return nil
}

func anyList(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// claimRows are the rows of merge_claims, with each claim's load and
// change times (times: id -> [LoadedAt, ChangedAt]).
func claimRows(nb *graph.PreparedBatch, times map[string][2]time.Time) []any {
	rows := make([]any, len(nb.Claims))
	for i := range nb.Claims {
		c := nb.Claims[i]
		c.LoadedAt, c.ChangedAt = times[c.ID][0], times[c.ID][1]
		rows[i] = claimRow(&c, nb.Fingerprints[i])
	}
	return rows
}

// counterclaimIDs returns the claims that counter another in fs, sorted.
func counterclaimIDs(fs []graph.Finding) []string {
	set := map[string]bool{}
	for _, f := range fs {
		if f.Rule == graph.RuleCounterclaim {
			set[f.From] = true
		}
	}
	return sortedKeys(set)
}

// countRows are the rows of set_finding_counts: the number of findings of
// each rule in fs, every rule included; none when fs is nil.
func countRows(fs []graph.Finding) []any {
	if fs == nil {
		return nil
	}
	n := map[graph.Rule]int{}
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.ID] {
			seen[f.ID] = true
			n[f.Rule]++
		}
	}
	return totalRows(n)
}

// totalRows are the rows of set_finding_counts for the per-rule totals n,
// every rule included.
func totalRows(n map[graph.Rule]int) []any {
	rows := make([]any, len(graph.CountedRules))
	for i, r := range graph.CountedRules {
		rows[i] = map[string]any{"rule": string(r), "n": int64(n[r])}
	}
	return rows
}

func validFindings(fs []graph.Finding) error {
	for i := range fs {
		f := &fs[i]
		if !f.Rule.Valid() || f.ID == "" || f.From == "" || f.To == "" {
			return graph.Errorf(graph.EInvalid, "write script: finding %q is incomplete (rule %q, from %q, to %q)", f.ID, f.Rule, f.From, f.To)
		}
	}
	return nil
}

// FindingsScript writes what a store keeps of its findings, for a script
// whose claims came before (WriteScript with nil findings): the
// Counterclaim label of each claim that counters another, a part of the
// findings at a time as Add is given them, and the per-rule totals at
// Close. Each finding must be in one part only, as graph.FindingsByTopic
// gives them, so that an export of a large store holds one part in
// memory, not every finding.
type FindingsScript struct {
	sw *scriptWriter
	n  map[graph.Rule]int
}

// NewFindingsScript returns a FindingsScript writing to w.
func NewFindingsScript(w io.Writer) *FindingsScript {
	return &FindingsScript{sw: &scriptWriter{w: bufio.NewWriter(w)}, n: map[graph.Rule]int{}}
}

// Add writes the labels of the counterclaims among fs and counts fs.
func (f *FindingsScript) Add(fs []graph.Finding) error {
	if err := validFindings(fs); err != nil {
		return err
	}
	f.sw.rows(stMarkCounterclaims, "ids", anyList(counterclaimIDs(fs)))
	for i := range fs {
		f.n[fs[i].Rule]++
	}
	if f.sw.err != nil {
		return fmt.Errorf("write script: %w", f.sw.err)
	}
	return nil
}

// Close writes the totals of every finding added (0 for a rule with none)
// and flushes.
func (f *FindingsScript) Close() error {
	f.sw.rows(stSetFindingCounts, "rows", totalRows(f.n))
	if f.sw.err == nil {
		f.sw.err = f.sw.w.Flush()
	}
	if f.sw.err != nil {
		return fmt.Errorf("write script: %w", f.sw.err)
	}
	return nil
}

// scriptWriter writes script lines and keeps the first error.
type scriptWriter struct {
	w   *bufio.Writer
	err error
}

func (s *scriptWriter) line(format string, args ...any) {
	if s.err == nil {
		_, s.err = fmt.Fprintf(s.w, format+"\n", args...)
	}
}

// rows writes st once per DefaultBatchSize rows, each time after the
// parameter key holding its rows.
func (s *scriptWriter) rows(st *statement, key string, rows []any) {
	for _, c := range chunks(len(rows), DefaultBatchSize) {
		s.param(key, rows[c[0]:c[1]])
		s.statement(st.text)
	}
}

// statement writes a statement and its terminating semicolon.
func (s *scriptWriter) statement(text string) {
	s.line("%s;", strings.TrimSpace(text))
}

// param writes a cypher-shell `:param name => literal;` line. The literal
// holds no line break, so the command ends with its line.
func (s *scriptWriter) param(name string, v any) {
	var b strings.Builder
	if err := writeLiteral(&b, v); err != nil && s.err == nil {
		s.err = fmt.Errorf("parameter %s: %w", name, err)
	}
	s.line(":param %s => %s;", name, b.String())
}

// writeLiteral writes v as a Cypher literal: null, booleans, integers,
// strings, lists and maps (keys sorted, so the output is reproducible).
func writeLiteral(b *strings.Builder, v any) error {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case int64:
		b.WriteString(strconv.FormatInt(x, 10))
	case string:
		b.WriteString(cypherString(x))
	case []string:
		b.WriteByte('[')
		for i, s := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(cypherString(s))
		}
		b.WriteByte(']')
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeLiteral(b, e); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(cypherName(k))
			b.WriteString(": ")
			if err := writeLiteral(b, x[k]); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	default:
		return fmt.Errorf("no Cypher literal for %T", v)
	}
	return nil
}

// cypherString quotes s as a Cypher string literal. Backslashes and single
// quotes are escaped; line breaks, tabs and every other control or
// line-separating character become escapes, so the literal stays on one
// line; invalid UTF-8 becomes U+FFFD.
func cypherString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for _, r := range s { // an invalid byte ranges as U+FFFD
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x2028 || r == 0x2029 || r == 0xfeff {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// cypherName writes a map key or name, quoted with backticks unless it is
// a plain identifier.
func cypherName(s string) string {
	plain := s != ""
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}
