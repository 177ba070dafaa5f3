package main

import (
	"context"

	"github.com/contra-project/contra/graph"
)

// disputesLong is contra query disputes' help.
const disputesLong = `List the disputes: for each proposition (subject, action, topic) that claims contradict,
the camp that says it happens and the camp that says it does not, by side and speaker, with
their documents, outlets and independent sources (syndicated copies and identical quotes count
once), who opened the dispute and who answered how many days later, and the double standard of
the subject's side when it accuses others of what it is said to do. Then the exchanges: two
sides accusing each other on a topic, who accused first, how long before the answer, and the
denials.

Disputes with a weak proposition (no subject, a camp without a stated side) come last and say
why. --limit and --offset page the disputes and the exchanges alike.`

// runDisputes is contra query disputes: one entry per contested
// question, with its camps, and the mutual accusations between sides.
func (m *Main) runDisputes(ctx context.Context, s graph.Store, q *queryFlags) error {
	sc, err := m.scope(ctx, s, q)
	if err != nil {
		return err
	}
	w, err := m.table(q.wide).NewDisputeWriter(m.Stdout, q.format)
	if err != nil {
		return usageError{err}
	}
	h, err := m.hider(ctx, s, q.showRejected)
	if err != nil {
		return err
	}
	var totals graph.DisputeTotals
	shown := [2]int{}
	pg := graph.Page{Offset: q.offset, Limit: q.limit}
	err = graph.Disputes(ctx, s, sc, graph.DisputeOptions{Page: h.Window(pg), Examples: q.examples},
		graph.DisputeHandler{
			Totals: func(t graph.DisputeTotals) error { totals = t; return w.Totals(t) },
			Dispute: graph.Filter(h, pg, func(d *graph.Dispute) bool { return h.Rejected(d.ID) },
				func(d graph.Dispute) error { shown[0]++; return w.Dispute(d) }),
			Exchange: graph.Filter(h, pg, func(e *graph.Exchange) bool { return h.Rejected(e.ID) },
				func(e graph.Exchange) error { shown[1]++; return w.Exchange(e) }),
		})
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	m.more(q, shown[0], totals.Disputes, "disputes")
	m.more(q, shown[1], totals.Exchanges, "exchanges")
	m.noteHidden(h)
	return nil
}
