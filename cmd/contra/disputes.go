package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
)

// queryDisputes is contra query disputes: one entry per contested
// question, with its camps, and the mutual accusations between sides.
func (m *Main) queryDisputes() *cobra.Command {
	var q queryFlags
	cmd := &cobra.Command{
		Use:   "disputes",
		Short: "Disputes (who says an action happened, who denies it) and exchanges of accusations, best evidenced first",
		Long: `List the disputes: for each proposition (subject, action, topic) that claims contradict,
the camp that says it happens and the camp that says it does not, by side and speaker, with
their documents, outlets and independent sources (syndicated copies and identical quotes count
once), who opened the dispute and who answered how many days later, and the double standard of
the subject's side when it accuses others of what it is said to do. Then the exchanges: two
sides accusing each other on a topic, who accused first, how long before the answer, and the
denials.

Disputes with a weak proposition (no subject, a camp without a stated side) come last and say
why. --limit and --offset page the disputes and the exchanges alike.`,
		Example: `  contra query disputes --topic "cluster munitions"
  contra query disputes --side Russia -o json
  contra query disputes --limit 10 --offset 10`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, err := render.ParseFormat(q.format)
			if err != nil {
				return usageError{err}
			}
			if q.limit < 0 || q.offset < 0 || q.examples < 0 {
				return usageError{fmt.Errorf("--limit, --offset and --examples must not be negative")}
			}
			if err := checkDates(&q); err != nil {
				return err
			}
			ctx := cmd.Context()
			s, err := m.openRead(ctx)
			if err != nil {
				return err
			}
			return m.runDisputes(ctx, s, &q, f)
		},
	}
	q.register(cmd, "disputes")
	cmd.Flags().IntVar(&q.examples, "examples", graph.DefaultExamples, "claims shown per camp, best evidenced first (the counts cover all)")
	return cmd
}

func (m *Main) runDisputes(ctx context.Context, s graph.Store, q *queryFlags, f render.Format) error {
	sc, err := m.scope(ctx, s, q)
	if err != nil {
		return err
	}
	w, err := render.NewDisputeWriter(m.Stdout, f)
	if err != nil {
		return usageError{err}
	}
	var totals graph.DisputeTotals
	shown := [2]int{}
	err = graph.Disputes(ctx, s, sc, graph.DisputeOptions{Page: graph.Page{Offset: q.offset, Limit: q.limit}, Examples: q.examples},
		graph.DisputeHandler{
			Totals:   func(t graph.DisputeTotals) error { totals = t; return w.Totals(t) },
			Dispute:  func(d graph.Dispute) error { shown[0]++; return w.Dispute(d) },
			Exchange: func(e graph.Exchange) error { shown[1]++; return w.Exchange(e) },
		})
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	m.more(f, q, shown[0], totals.Disputes, "disputes")
	m.more(f, q, shown[1], totals.Exchanges, "exchanges")
	return nil
}
