package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/extract"
	"github.com/contra-project/contra/internal/ingest"
	"github.com/contra-project/contra/internal/render"
)

// maxRanked is how many new findings a load summary ranks and lists.
const maxRanked = 2000

type loadOptions struct {
	paths     []string
	keepGoing bool
	format    string
	show      int
}

func (m *Main) loadCommand() *cobra.Command {
	var o loadOptions
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Load claim files (.jsonl, .json, .csv) and articles (.txt, .md, .html) into the store",
		Long: `Load claim files and articles, recursively for directories, and report what was found.

A structured file with a bad record is rejected whole (nothing of it is written) unless
--keep-going is given, which skips bad records and reports them. Re-loading the same input
changes nothing. Exit status 2 when any file was rejected or had bad records.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return m.runLoad(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.keepGoing, "keep-going", false, "skip bad records instead of rejecting their file")
	f.StringVar(&o.format, "format", "text", "summary format: text or json")
	f.IntVar(&o.show, "show", 10, "how many of the contradictions found to print")
	f.Int("batch-size", 5000, "claims per transaction")
	f.Int("workers", 0, "parallel parsers and extractors (0: one per CPU)")
	return cmd
}

func (m *Main) loader(s graph.Store, keepGoing bool, quiet bool) (*ingest.Loader, func()) {
	c := m.cfg.Load
	opts := ingest.Options{
		BatchSize: c.BatchSize, MaxTransaction: c.MaxTransaction, Workers: c.Workers, KeepGoing: keepGoing,
		MaxArticleBytes: c.MaxArticleBytes, MaxFileBytes: c.MaxFileBytes, MaxRecordBytes: c.MaxRecordBytes,
		MaxFieldBytes: c.MaxFieldBytes, Names: m.tax,
		Extractor: ingest.Pipeline(extract.New(m.tax)), Logger: m.logger,
	}
	done := func() {}
	if !quiet && !m.cfg.Quiet && isTerminal(m.Stderr) {
		bar := newProgressBar(m.Stderr)
		opts.Progress = bar.update
		done = bar.done
	}
	return ingest.New(s, opts), done
}

func (m *Main) runLoad(ctx context.Context, o loadOptions) error {
	if o.format != "text" && o.format != "json" {
		return usageError{fmt.Errorf("--format: %q is not text or json", o.format)}
	}
	s, err := m.open(ctx)
	if err != nil {
		return err
	}
	l, done := m.loader(s, o.keepGoing, false)
	started := time.Now()
	sum, err := l.Load(ctx, o.paths)
	done()
	if err != nil {
		if sum != nil && sum.Batches > 0 {
			fmt.Fprintf(m.Stderr, "contra: load stopped after %d complete batches (%d claims); loading again completes it\n", sum.Batches, sum.Result.Claims+sum.Result.Updated+sum.Result.Unchanged)
		}
		return err
	}
	stats, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	// Ranking needs every finding in memory; past a few thousand the
	// summary points at the query commands instead.
	var found []graph.Contradiction
	if n := total(sum.Result.Findings); n > 0 && n <= maxRanked {
		found, err = graph.Contradictions(ctx, s, graph.FindingFilter{FoundFrom: started})
		if err != nil {
			return err
		}
	}
	if o.format == "json" {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if found == nil {
			found = []graph.Contradiction{}
		}
		err = enc.Encode(map[string]any{"summary": sum, "store": stats, "found": found})
	} else {
		err = printLoadSummary(m.Stdout, sum, stats, found, o.show)
	}
	if err != nil {
		return err
	}
	if bad := sum.Count(ingest.StatusRejected) + sum.Count(ingest.StatusPartial); bad > 0 {
		return graph.Errorf(graph.EInvalid, "%d file(s) had bad records (see above)", bad)
	}
	return nil
}

func printLoadSummary(w io.Writer, sum *ingest.Summary, st graph.Stats, found []graph.Contradiction, show int) error {
	r := sum.Result
	kinds := sum.Loaded
	fmt.Fprintf(w, "Loaded %d file(s) (%d claim files, %d articles) in %s: %d claims (%d new, %d updated, %d unchanged)\n",
		kinds["records"]+kinds["article"], kinds["records"], kinds["article"],
		sum.Finished.Sub(sum.Started).Round(time.Millisecond), sum.Claims, r.Claims, r.Updated, r.Unchanged)
	fmt.Fprintf(w, "New nodes: %d documents, %d speakers, %d actors, %d topics\n", r.Documents, r.Speakers, r.Actors, r.Topics)
	fmt.Fprintf(w, "Store holds: %d documents, %d speakers, %d actors, %d topics, %d claims (%d counterclaims)\n",
		st.Documents, st.Speakers, st.Actors, st.Topics, st.Claims, st.Counterclaims)
	fmt.Fprintf(w, "Found (new this load): %s; in store: %s\n", ruleCounts(r.Findings), ruleCounts(st.Findings))

	var notes []string
	for _, f := range sum.Files {
		for _, p := range f.Problems {
			notes = append(notes, "  "+render.SafeLine(p.Error()))
		}
		if f.Status == ingest.StatusSkipped || f.Status == ingest.StatusRejected || (f.Kind == "article" && len(f.Notes) > 0) {
			for _, n := range f.Notes {
				notes = append(notes, "  "+render.SafeLine(fmt.Sprintf("%s: %s: %s", f.Path, f.Status, n)))
			}
		}
	}
	if len(notes) > 0 {
		fmt.Fprintln(w, "\nFiles needing attention:")
		fmt.Fprintln(w, strings.Join(notes, "\n"))
	}

	if len(found) == 0 {
		switch {
		case total(r.Findings) > 0:
			fmt.Fprintf(w, "\n%d new findings: too many to rank here; see `contra query mutual` and `contra query contradictions --topic T`.\n", total(r.Findings))
		case total(st.Findings) > 0:
			fmt.Fprintln(w, "\nNo new contradictions this load; see `contra query contradictions` for all of them.")
		}
		return nil
	}
	fmt.Fprintln(w, "\nWhat contradicts what (new this load, best corroborated first):")
	for i, c := range found {
		if i == show {
			fmt.Fprintf(w, "  … and %d more: contra query contradictions\n", len(found)-show)
			break
		}
		fmt.Fprintf(w, "  %d. [%s] %s\n", i+1, c.Rule, render.SafeLine(c.Topic))
		for _, cl := range c.Claims {
			fmt.Fprintf(w, "       %s\n", render.SafeLine(claimLine(&cl)))
		}
	}
	return nil
}

// claimLine is a one-line provenance summary of a claim.
func claimLine(c *graph.Claim) string {
	side := c.Side
	if side == "" {
		side = "?"
	}
	date := c.SaidAt
	if date == "" {
		date = "undated"
	}
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
	text := c.Text
	if len([]rune(text)) > 90 {
		text = string([]rune(text)[:89]) + "…"
	}
	return fmt.Sprintf("%s (%s, %s) %s %s %s [%s]: %q — %s", c.Speaker, side, date, c.Kind, pol, nonEmpty(c.Subject, "?"), c.Action, text, nonEmpty(src, "unknown source"))
}

func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func ruleCounts(m map[graph.Rule]int) string {
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
