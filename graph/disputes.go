package graph

import (
	"context"
	"sort"
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
}

// DefaultExamples is how many claims a camp shows unless asked otherwise.
const DefaultExamples = 3

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
	sc.Rules = nil
	return s.Snapshot(ctx, func(r ClaimReader) error {
		scp, err := newScope(ctx, r, sc)
		if err != nil {
			return err
		}
		w := &walker{r: r, sc: scp, contested: o.Contested}
		if o.Speakers > 0 {
			w.tally = map[string]*SpeakerTally{}
		}
		ranks, err := w.ranks(ctx, false)
		if err != nil {
			return err
		}
		var ds, es []*unitRank
		tot := DisputeTotals{Pairs: map[Rule]int{}}
		for _, ur := range ranks {
			if ur.exchange {
				es = append(es, ur)
			} else {
				ds = append(ds, ur)
			}
			for r, n := range ur.byRule {
				tot.Pairs[r] += n
			}
		}
		tot.Disputes, tot.Exchanges = len(ds), len(es)
		tot.MostOpposed = w.mostOpposed(o.Speakers)
		if h.Totals != nil {
			if err := h.Totals(tot); err != nil {
				return err
			}
		}
		sort.SliceStable(ds, func(i, j int) bool { return disputeBefore(ds[i], ds[j]) })
		sort.SliceStable(es, func(i, j int) bool { return exchangeBefore(es[i], es[j]) })
		for _, part := range []struct {
			list []*unitRank
			on   bool
		}{{ds, h.Dispute != nil}, {es, h.Exchange != nil}} {
			if !part.on {
				continue
			}
			for _, ur := range o.Page.of(part.list) {
				if err := ctx.Err(); err != nil {
					return err
				}
				x, u, err := w.open(ctx, ur)
				if err != nil {
					return err
				}
				var dr *draft
				if ur.exchange {
					dr = x.exchangeDraft(u, o.Examples)
				} else {
					dr = x.disputeDraft(u, o.Examples)
				}
				if err := dr.fill(ctx, r); err != nil {
					return err
				}
				if dr.d != nil {
					err = h.Dispute(*dr.d)
				} else {
					err = h.Exchange(*dr.e)
				}
				if err != nil {
					return err
				}
			}
		}
		return nil
	})
}

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

// fill fetches the draft's example claims and puts them in order.
func (dr *draft) fill(ctx context.Context, r ClaimReader) error {
	ids := map[string]bool{}
	for _, l := range dr.want {
		for _, id := range l {
			ids[id] = true
		}
	}
	if len(ids) == 0 {
		return nil
	}
	got := make(map[string]Claim, len(ids))
	err := r.Claims(ctx, ClaimFilter{IDs: sortedSet(ids)}, func(c Claim) error {
		got[c.ID] = c
		return nil
	})
	if err != nil {
		return err
	}
	for i, l := range dr.want {
		out := make([]Claim, 0, len(l))
		for _, id := range l {
			if c, ok := got[id]; ok {
				out = append(out, c)
			}
		}
		*dr.into[i] = out
	}
	return nil
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
	err := Disputes(ctx, s, sc, o, DisputeHandler{
		Totals:   func(t DisputeTotals) error { total = t.Exchanges; return nil },
		Exchange: func(e Exchange) error { return fn(MutualOf(e)) },
	})
	return total, err
}
