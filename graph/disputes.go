package graph

import (
	"context"
)

// DisputeOptions pages a dispute query: Page applies to the disputes and
// to the exchanges, each ranked on its own, and Examples is how many
// claims each camp, standard and direction shows (0: DefaultExamples).
// Speakers, when positive, asks the totals for that many of the most
// opposed speakers. Contested, when set, is called once for each claim in
// scope that takes part in a pair found in scope, with the day it was
// said (else its document's publication date, else "") and its topic,
// before the results are handed out: what a report charts.
type DisputeOptions struct {
	Page
	Examples  int
	Speakers  int
	Contested func(day, topic string)
	// ExchangesOnly ranks and counts the exchanges alone (Mutual).
	ExchangesOnly bool
}

// DefaultExamples is how many claims a camp shows unless asked otherwise,
// MaxExamples the most it shows: a page holds its examples.
const (
	DefaultExamples = 3
	MaxExamples     = 100
)

// DisputeHandler receives a dispute query's results: Totals first (how
// many disputes and exchanges the scope has before paging), then the
// page's disputes in rank order, then its exchanges. A nil function skips
// that part; an error stops the query and is returned.
type DisputeHandler struct {
	Totals   func(DisputeTotals) error
	Dispute  func(Dispute) error
	Exchange func(Exchange) error
}

// Disputes lists the disputes and exchanges in scope. Disputes rank weak
// ones (Dispute.Weak) last, then contested ones (both camps filled) first,
// then by independent sources, claims and recency; exchanges by
// independent sources, accusations and recency. The scope's Side and
// Speaker keep the units they take part in (a side also those about it),
// its ChangedFrom/ChangedTo those with a pair found in the window (whose
// later claim changed in it); its Rules are ignored.
func Disputes(ctx context.Context, s Snapshotter, sc Scope, o DisputeOptions, h DisputeHandler) error {
	if err := o.check(); err != nil {
		return err
	}
	if o.Examples <= 0 {
		o.Examples = DefaultExamples
	}
	o.Examples = min(o.Examples, MaxExamples)
	sc.Rules = nil
	return s.Snapshot(ctx, func(r ClaimReader) error {
		scp, err := newScope(ctx, r, sc)
		if err != nil {
			return err
		}
		// A page reads its topics briefly as a page of pairs does: its
		// examples are fetched by id, where a full read of every claim
		// (26 columns and its document joined) cost the whole store's
		// disputes more than their ranking.
		w := &walker{r: r, sc: scp, contested: o.Contested, exchangesOnly: o.ExchangesOnly, brief: briefFor(o.Offset, o.Limit)}
		if o.Speakers > 0 {
			w.tally = map[string]*SpeakerTally{}
		}
		need := 0
		if o.Limit > 0 {
			need = o.Offset + o.Limit
		}
		one := func(*unitRank) int { return 1 }
		ds := &rankHeap{before: disputeBefore, weight: one, need: need}
		es := &rankHeap{before: exchangeBefore, weight: one, need: need}
		tot := DisputeTotals{Pairs: map[Rule]int{}}
		err = w.ranks(ctx, false, func(ur *unitRank) bool {
			kept := false
			if ur.exchange {
				tot.Exchanges++
				kept = es.add(ur)
			} else {
				tot.Disputes++
				kept = ds.add(ur)
			}
			for i, n := range ur.byRule {
				if n > 0 {
					tot.Pairs[Rules[i]] += n
				}
			}
			return kept
		})
		if err != nil {
			return err
		}
		tot.MostOpposed = w.mostOpposed(o.Speakers)
		if h.Totals != nil {
			if err := h.Totals(tot); err != nil {
				return err
			}
		}
		for _, part := range []struct {
			list []*unitRank
			on   bool
		}{{ds.sorted(), h.Dispute != nil}, {es.sorted(), h.Exchange != nil}} {
			if !part.on {
				continue
			}
			// Drafts wait in batches for one fetch of their examples, no
			// more examples than half the cache holds.
			var batch []*draft
			pending := 0
			flush := func() error {
				pending = 0
				ids := map[string]bool{}
				for _, dr := range batch {
					for _, l := range dr.want {
						for _, id := range l {
							ids[id] = true
						}
					}
				}
				got, err := w.claims.fetch(ctx, r, ids)
				if err != nil {
					return err
				}
				for _, dr := range batch {
					dr.fill(got)
					var err error
					if dr.d != nil {
						err = h.Dispute(*dr.d)
					} else {
						err = h.Exchange(*dr.e)
					}
					if err != nil {
						return err
					}
				}
				batch = batch[:0]
				return nil
			}
			for _, ur := range o.Page.of(part.list) {
				if err := ctx.Err(); err != nil {
					return err
				}
				x, u, err := w.open(ctx, ur)
				if err != nil {
					return err
				}
				dr := x.disputeDraft
				if ur.exchange {
					dr = x.exchangeDraft
				}
				d := dr(u, o.Examples)
				for _, l := range d.want {
					pending += len(l)
				}
				if pending > maxCached/2 && len(batch) > 0 {
					if err := flush(); err != nil {
						return err
					}
					for _, l := range d.want {
						pending += len(l)
					}
				}
				batch = append(batch, d)
				if len(batch) == draftBatch {
					if err := flush(); err != nil {
						return err
					}
				}
			}
			if err := flush(); err != nil {
				return err
			}
		}
		return nil
	})
}

// draftBatch is how many disputes share one fetch of their examples.
const draftBatch = 64

// of returns the page of list.
func (p Page) of(list []*unitRank) []*unitRank {
	if p.Offset >= len(list) {
		return nil
	}
	list = list[p.Offset:]
	if p.Limit > 0 && len(list) > p.Limit {
		list = list[:p.Limit]
	}
	return list
}

func disputeBefore(a, b *unitRank) bool {
	switch {
	case a.weak != b.weak:
		return a.weak < b.weak
	case a.contested != b.contested:
		return a.contested
	case a.indep != b.indep:
		return a.indep > b.indep
	case a.claims != b.claims:
		return a.claims > b.claims
	case a.latest != b.latest:
		return a.latest > b.latest
	}
	return a.key < b.key
}

func exchangeBefore(a, b *unitRank) bool {
	switch {
	case a.indep != b.indep:
		return a.indep > b.indep
	case a.claims != b.claims:
		return a.claims > b.claims
	case a.latest != b.latest:
		return a.latest > b.latest
	}
	return a.key < b.key
}

// fill puts the draft's example claims, from got, in order.
func (dr *draft) fill(got map[string]Claim) {
	for i, l := range dr.want {
		out := make([]Claim, 0, len(l))
		for _, id := range l {
			if c, ok := got[id]; ok {
				out = append(out, c)
			}
		}
		*dr.into[i] = out
	}
}

// MutualGroup is a mutual accusation in the shape the mutual query has
// always had: two sides accusing each other on one topic. It is an
// Exchange seen from the sides' names.
type MutualGroup struct {
	Sides [2]string `json:"sides"` // ordered by name
	Topic string    `json:"topic"`
	// Accusations[i] are Sides[i]'s best-evidenced accusations of the
	// other side, at most the query's examples; Count counts them all.
	Accusations [2][]Claim `json:"accusations"`
	Count       int        `json:"count"` // accusations on both sides
	Documents   int        `json:"documents"`
	Independent int        `json:"independent"`
	First       string     `json:"first,omitempty"`
	Last        string     `json:"last,omitempty"`
	// FirstAccuser is the side that accused first, "" when both did on
	// the same day or nothing is dated.
	FirstAccuser string `json:"first_accuser,omitempty"`
	Exchange     string `json:"exchange"` // the Exchange's id
}

// MutualOf returns the mutual group of an exchange.
func MutualOf(e Exchange) MutualGroup {
	g := MutualGroup{Sides: e.Sides, Topic: e.Topic, Count: e.Claims, Documents: e.Documents,
		Independent: e.Independent, First: e.First, Last: e.Latest, FirstAccuser: e.FirstAccuser, Exchange: e.ID}
	g.Accusations = [2][]Claim{e.Accusations[0].Examples, e.Accusations[1].Examples}
	if Slug(g.Sides[1]) < Slug(g.Sides[0]) {
		g.Sides[0], g.Sides[1] = g.Sides[1], g.Sides[0]
		g.Accusations[0], g.Accusations[1] = g.Accusations[1], g.Accusations[0]
	}
	return g
}

// Mutual lists the mutual accusations in scope, a page at a time, ranked
// as Disputes ranks exchanges, and returns how many there are.
func Mutual(ctx context.Context, s Snapshotter, sc Scope, o DisputeOptions, fn func(MutualGroup) error) (int, error) {
	total := 0
	o.ExchangesOnly = true
	err := Disputes(ctx, s, sc, o, DisputeHandler{
		Totals:   func(t DisputeTotals) error { total = t.Exchanges; return nil },
		Exchange: func(e Exchange) error { return fn(MutualOf(e)) },
	})
	return total, err
}
