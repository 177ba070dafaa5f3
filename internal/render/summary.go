package render

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/ingest"
)

// LoadReport is what contra load reports: what the load did, what the
// store holds after it, and the contradictions its new claims take part
// in, ranked.
type LoadReport struct {
	Summary *ingest.Summary
	Store   graph.Stats
	// Found are the best-evidenced new contradictions, a page of them,
	// and More how many more there are.
	Found []graph.Contradiction
	More  int
	// Show is how many of Found the table lists.
	Show int
}

// Load writes what contra load did.
//
//   - table: the files and claims loaded, the new nodes, what the store
//     holds, the findings by rule, the files needing attention, then the
//     first Show contradictions found, one line per claim.
//   - json: {"summary": ingest.Summary, "store": graph.Stats, "found":
//     [Contradiction as in Contradictions]}.
//   - other formats: EInvalid.
func (o Options) Load(w io.Writer, f Format, r LoadReport) error {
	return renderers{
		what:  "load summary",
		table: func(b *bytes.Buffer) error { return loadText(b, r) },
		json: func(b *bytes.Buffer) error {
			return writeJSON(b, map[string]any{"summary": r.Summary, "store": r.Store, "found": nonNil(r.Found)})
		},
	}.run(w, f)
}

func loadText(w *bytes.Buffer, l LoadReport) error {
	sum, st, found := l.Summary, l.Store, l.Found
	r := sum.Result
	kinds := sum.Loaded
	fmt.Fprintf(w, "Loaded %d file(s) (%d claim files, %d articles) in %s: %d claims (%d new, %d updated, %d unchanged)\n",
		kinds["records"]+kinds["article"], kinds["records"], kinds["article"],
		sum.Finished.Sub(sum.Started).Round(time.Millisecond), sum.Claims, r.Claims, r.Updated, r.Unchanged)
	fmt.Fprintf(w, "New nodes: %d documents, %d speakers, %d actors, %d topics\n", r.Documents, r.Speakers, r.Actors, r.Topics)
	fmt.Fprintf(w, "Store holds: %d documents, %d speakers, %d actors, %d topics, %d claims (%d counterclaims)\n",
		st.Documents, st.Speakers, st.Actors, st.Topics, st.Claims, st.Counterclaims)
	fmt.Fprintf(w, "Found (new this load): %s; in store: %s\n", RuleCounts(r.Findings), RuleCounts(st.Findings))

	if n := needAttention(sum); n > 0 {
		fmt.Fprintf(w, "%d file(s) need attention: listed on standard error\n", n)
	}

	if len(found) == 0 {
		if total(st.Findings) > 0 {
			fmt.Fprintln(w, "\nNo new contradictions this load; see `contra query disputes` and `contra query contradictions`.")
		}
		return nil
	}
	fmt.Fprintln(w, "\nWhat contradicts what (new this load, best evidenced first):")
	for i, c := range found {
		if i == l.Show {
			fmt.Fprintf(w, "  … and %d more: contra query disputes, contra query contradictions\n", len(found)-l.Show+l.More)
			break
		}
		fmt.Fprintf(w, "  %d. [%s] %s\n", i+1, c.Rule, oneLine(c.Topic))
		for _, cl := range c.Claims {
			fmt.Fprintf(w, "       %s\n", claimLine(&cl))
		}
	}
	if l.More > 0 && len(found) <= l.Show {
		fmt.Fprintf(w, "  … and %d more: contra query disputes, contra query contradictions\n", l.More)
	}
	return nil
}

// diagnostics are the lines that say what went wrong with which file: each
// bad record as "file:line: message", then the notes of the files skipped,
// rejected or extracted with warnings as "file: status: note".
func diagnostics(sum *ingest.Summary) []string {
	var out []string
	for _, f := range sum.Files {
		for _, p := range f.Problems {
			out = append(out, oneLine(p.Error()))
		}
		if f.Status == ingest.StatusSkipped || f.Status == ingest.StatusRejected || (f.Kind == "article" && len(f.Notes) > 0) {
			for _, n := range f.Notes {
				out = append(out, oneLine(fmt.Sprintf("%s: %s: %s", f.Path, f.Status, n)))
			}
		}
	}
	return out
}

// needAttention counts the files diagnostics has lines for.
func needAttention(sum *ingest.Summary) int {
	n := 0
	for _, f := range sum.Files {
		if len(f.Problems) > 0 || f.Status == ingest.StatusSkipped || f.Status == ingest.StatusRejected || (f.Kind == "article" && len(f.Notes) > 0) {
			n++
		}
	}
	return n
}

// Diagnostics writes what went wrong in a load, one line per bad record
// ("file:line: message") or file note ("file: status: note"), for standard
// error: a script that keeps standard output for the summary still sees
// them, and a person sees them apart from it.
func Diagnostics(w io.Writer, sum *ingest.Summary) error {
	lines := diagnostics(sum)
	if len(lines) == 0 {
		return nil
	}
	_, err := io.WriteString(w, strings.Join(lines, "\n")+"\n")
	return err
}

// claimLine is a one-line provenance summary of a claim.
func claimLine(c *graph.Claim) string {
	const n = nameWidth
	side := nonEmpty(show(c.Side, n), "?")
	date := nonEmpty(show(c.SaidAt, n), "undated")
	pol := "says"
	if c.Polarity == graph.Negative {
		pol = "denies"
	}
	src := ""
	if d := c.Document; d != nil {
		src = d.Outlet
		if src == "" {
			src = d.Name
		}
	}
	return fmt.Sprintf("%s (%s, %s) %s %s %s [%s]: %q — %s", show(c.Speaker, n), side, date, show(string(c.Kind), n), pol,
		nonEmpty(show(c.Subject, n), "?"), show(c.Action, n), show(c.Text, 90), nonEmpty(show(src, n), "unknown source"))
}

func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// RuleCounts is "3 counterclaim, 5 opposing", the non-zero counts by
// rule, or "nothing".
func RuleCounts(m map[graph.Rule]int) string {
	if total(m) == 0 {
		return "nothing"
	}
	var parts []string
	for _, r := range graph.Rules {
		if n := m[r]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, r))
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

func total(m map[graph.Rule]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// Migration writes what contra migrate copied.
//
//   - table: one line: claims copied, new, updated and unchanged, findings.
//   - json: {"claims", "result": graph.LoadResult}.
//   - other formats: EInvalid.
func (o Options) Migration(w io.Writer, f Format, claims int, res graph.LoadResult) error {
	return renderers{
		what: "migration summary",
		table: func(b *bytes.Buffer) error {
			_, err := fmt.Fprintf(b, "migrated %d claims: %d new, %d updated, %d unchanged; findings: %s\n",
				claims, res.Claims, res.Updated, res.Unchanged, RuleCounts(res.Findings))
			return err
		},
		json: func(b *bytes.Buffer) error {
			return writeJSON(b, map[string]any{"claims": claims, "result": res})
		},
	}.run(w, f)
}
