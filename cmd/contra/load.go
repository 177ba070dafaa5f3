package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/extract"
	"github.com/contra-project/contra/internal/ingest"
	"github.com/contra-project/contra/internal/render"
)

type loadOptions struct {
	paths     []string
	keepGoing bool
	bulk      ingest.BulkMode
	format    render.Format
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
changes nothing. Exit status 2 when any file was rejected or had bad records.

An input that is large compared with the store (at least a few MB and an eighth of the
store's size) is loaded in bulk: in few long transactions, the store's indexes built after
the rows are in and the findings counted once at the end of each. Other writers wait for
a bulk transaction to end. --bulk loads in bulk whatever the sizes, --bulk=false never.`,
		Example: `  contra load examples
  contra load --keep-going -o json corpus/ claims.csv > load.json
  contra --db /srv/contra/contra.db load -q /srv/feeds/today
  contra load --bulk archive/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			if cmd.Flags().Changed("bulk") {
				o.bulk = ingest.BulkNever
				if bulk, _ := cmd.Flags().GetBool("bulk"); bulk {
					o.bulk = ingest.BulkAlways
				}
			}
			return m.runLoad(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.keepGoing, "keep-going", false, "skip bad records instead of rejecting their file")
	f.Bool("bulk", false, "load in bulk whatever the sizes (--bulk=false: never; default: when the input is large compared with the store)")
	outputFlag(cmd, &o.format, render.SummaryFormats...)
	f.IntVar(&o.show, "show", 10, "how many of the contradictions found to print")
	f.Int("batch-size", 5000, "claims per transaction")
	f.Int("workers", 0, "parallel parsers and extractors (0: one per CPU)")
	return cmd
}

// loader returns the configured loader into s, with a progress bar when
// one shows (see Main.progress); call done when the load ends.
//
// Every batch goes through the judgements in force (graph.JudgingStore):
// a re-load keeps what analysts decided. Articles' texts are kept beside
// the graph for the workspace (textSaving). sides gives a person an
// article ties to no side the side earlier loads established (nil: none).
func (m *Main) loader(ctx context.Context, s graph.Store, sides extract.SideLookup, keepGoing bool, bulk ingest.BulkMode) (l *ingest.Loader, done func()) {
	c := m.cfg.Load
	opts := ingest.Options{
		BatchSize: c.BatchSize, MaxTransaction: c.MaxTransaction, Workers: c.Workers, KeepGoing: keepGoing, Bulk: bulk,
		MaxArticleBytes: c.MaxArticleBytes, MaxFileBytes: c.MaxFileBytes, MaxRecordBytes: c.MaxRecordBytes,
		MaxFieldBytes: c.MaxFieldBytes, Names: m.tax,
		Extractor: ingest.Pipeline(extract.New(m.tax).WithSides(sides)), Logger: m.logger,
	}
	bar := m.progress(ctx, loadProgress)
	if bar != nil {
		opts.Progress = bar.update
	}
	if js, ok := s.(judgedStore); ok {
		k := newTextKeeper(opts.Extractor, js)
		opts.Extractor = k
		s = textSaving{Store: graph.JudgingStore{Store: s, Judgements: js}, k: k}
	}
	return ingest.New(s, opts), bar.done
}

// storeSides returns the sides the store holds for its speakers, read
// once before the load: a person an article names without a side takes
// the side earlier loads established. A snapshot, not what this load
// learns as it goes, so that the load stays independent of worker order.
func storeSides(ctx context.Context, s graph.Store) (extract.SideLookup, error) {
	sps, err := s.Speakers(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("read speakers' sides: %w", err)
	}
	sides := map[string]string{}
	for _, sp := range sps {
		if sp.Side != "" {
			sides[sp.ID] = sp.Side
		}
	}
	return func(name string) (string, bool) {
		side, ok := sides[graph.SpeakerID(name)]
		return side, ok
	}, nil
}

func (m *Main) runLoad(ctx context.Context, o loadOptions) error {
	s, err := m.create(ctx)
	if err != nil {
		return err
	}
	judged := 0
	if js, ok := s.(judgedStore); ok {
		g, err := graph.ReadJudged(ctx, js)
		if err != nil {
			return err
		}
		judged = g.Len()
	}
	sides, err := storeSides(ctx, s)
	if err != nil {
		return err
	}
	l, done := m.loader(ctx, s, sides, o.keepGoing, o.bulk)
	started := time.Now()
	sum, err := l.Load(ctx, o.paths)
	done()
	if err != nil {
		if sum != nil && sum.Batches > 0 {
			return fmt.Errorf("load stopped after %d complete batches (%d claims; loading again completes it): %w",
				sum.Batches, sum.Result.Claims+sum.Result.Updated+sum.Result.Unchanged, err)
		}
		return err
	}
	// A judgement made while the load ran applies to the claims the load
	// wrote before it too.
	if js, ok := s.(judgedStore); ok {
		if g, err := graph.ReadJudged(ctx, js); err != nil {
			return err
		} else if g.Len() != judged {
			if _, err := graph.Reapply(ctx, s, js); err != nil {
				return err
			}
		}
	}
	stats, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	// The best-evidenced pairs this load found: a page, however many.
	var found []graph.Contradiction
	more := 0
	if total(sum.Result.Findings) > 0 && o.show > 0 {
		n, err := graph.Contradictions(ctx, s, graph.Scope{ChangedFrom: started}, graph.Page{Limit: o.show},
			func(c graph.Contradiction) error { found = append(found, c); return nil })
		if err != nil {
			return err
		}
		more = n - len(found)
	}
	// Diagnostics go to standard error, before the summary, so that a
	// script keeping standard output still sees them and a person reads
	// the summary last.
	if err := render.Diagnostics(m.Stderr, sum); err != nil {
		return err
	}
	err = render.Options{}.Load(m.Stdout, o.format, render.LoadReport{Summary: sum, Store: stats, Found: found, Show: o.show, More: more})
	if err != nil {
		return err
	}
	if bad := sum.Count(ingest.StatusRejected) + sum.Count(ingest.StatusPartial); bad > 0 {
		return graph.Errorf(graph.EInvalid, "%d file(s) had bad records", bad)
	}
	return nil
}

func total(m map[graph.Rule]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
