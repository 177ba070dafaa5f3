package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
	"github.com/contra-project/contra/internal/report"
)

func (m *Main) reportCommand() *cobra.Command {
	var (
		topics              []string
		loadedSince, loaded string
		since, until        string
		formats             []render.Format
		out, title          string
		showRejected        bool
	)
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Write a digest (Markdown, self-contained HTML, CSV, JSON) of the disputes found in a window",
		Long: `Write one report per format into --out, built around disputes: a summary of what was
loaded in the window, a table of contents, the top disputes (the camps side by side on the
dispute's time axis, who answered whom, double standards) and exchanges of accusations (who
accused first) in full, the others counted; claims per day on a time axis, undated claims apart,
who accuses whom, and the most contradicted speakers. Files are written atomically.

--loaded-since and --loaded-until bound the load-time window: a duration back from now
(24h, 7d) or a date (YYYY-MM-DD, or RFC 3339). --since and --until bound the date the
claims were said, as in every query.`,
		Example: `  contra report --topic "cluster munitions" --loaded-since 24h --out reports/today
  contra report -o html,json --since 2023-07-01 --until 2023-09-30 --title "Q3 2023"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			now := time.Now()
			o := report.Options{Title: title, Now: now, Formats: formatNames(formats), ShowRejected: showRejected}
			var err error
			if o.Since, err = timeFlag("--loaded-since", loadedSince, now); err != nil {
				return err
			}
			if o.Until, err = timeFlag("--loaded-until", loaded, now); err != nil {
				return err
			}
			if o.SaidSince, err = dateFlag("--since", since); err != nil {
				return err
			}
			if o.SaidUntil, err = dateFlag("--until", until); err != nil {
				return err
			}
			s, err := m.open(cmd.Context())
			if err != nil {
				return err
			}
			// A topic that resolves to nothing is an error, not an empty
			// report.
			for _, t := range topics {
				name, err := m.resolveTopic(cmd.Context(), s, t)
				if err != nil {
					return err
				}
				o.Topics = append(o.Topics, name)
			}
			return m.runReport(cmd.Context(), s, out, o)
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&topics, "topic", nil, "limit to these topics (repeatable)")
	f.StringVar(&loadedSince, "loaded-since", "", "load-time window start: a duration back from now (24h, 7d) or a date")
	f.StringVar(&loaded, "loaded-until", "", "load-time window end (exclusive): a duration back from now or a date")
	f.StringVar(&since, "since", "", "said on or after: YYYY-MM-DD, or a duration back from today (30d)")
	f.StringVar(&until, "until", "", "said on or before: YYYY-MM-DD, or a duration back from today")
	outputsFlag(cmd, &formats, render.ReportFormats...)
	m.completeFlag(cmd, "topic", topicNames)
	f.StringVar(&out, "out", "reports", "output directory")
	f.StringVar(&title, "title", "", "report title")
	f.BoolVar(&showRejected, "show-rejected", false, "keep what a judgement rejected (left out by default, and counted)")
	return cmd
}

func (m *Main) runReport(ctx context.Context, s graph.Store, out string, o report.Options) error {
	paths, err := report.Run(ctx, s, out, o)
	if err != nil {
		return err
	}
	return render.Options{}.Paths(m.Stdout, render.Table, paths)
}

// timeFlag parses a window bound: "" (open), a duration back from now, or
// a date or RFC 3339 time.
func timeFlag(name, v string, now time.Time) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if d, err := parseAge(v); err == nil {
		return now.Add(-d), nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	t, err := time.ParseInLocation("2006-01-02", v, time.Local)
	if err != nil {
		return time.Time{}, usageError{fmt.Errorf("%s: %q is not a duration (24h, 7d), a date (YYYY-MM-DD) or an RFC 3339 time", name, v)}
	}
	return t, nil
}
