package graph

// Queries, reports and the API hide what an analyst rejected, and say how
// many results they hid; asked to, they show them. Hide is that rule,
// written once: it decides per result and counts, and it says how much
// more a page must fetch so that hiding never shortens it (at most every
// rejected id falls within one page).

// Hide hides rejected findings, disputes and exchanges from query
// results. The zero value hides nothing.
type Hide struct {
	// Judged is the judgements in force; nil hides nothing.
	Judged *Judged
	// Show keeps rejected results (each still carries its verdict).
	Show bool
	// Hidden counts the results Hidden and Opponents left out.
	Hidden int
}

// active reports whether anything can be hidden.
func (h *Hide) active() bool {
	return h != nil && h.Judged != nil && !h.Show && h.Judged.RejectedCount() > 0
}

// Extra is how many more results a page must fetch so that, with the
// rejected ones left out, it still holds as many as asked.
func (h *Hide) Extra() int {
	if !h.active() {
		return 0
	}
	return h.Judged.RejectedCount()
}

// Rejected reports whether a result identified by any of ids (a finding,
// a dispute, an exchange) stands rejected and is to be left out, and
// counts it when it is.
func (h *Hide) Rejected(ids ...string) bool {
	if !h.active() {
		return false
	}
	for _, id := range ids {
		if h.Judged.Rejected(id) {
			h.Hidden++
			return true
		}
	}
	return false
}

// Pair reports whether a pair is to be left out.
func (h *Hide) Pair(c *Contradiction) bool { return h.Rejected(c.FindingID) }

// Opponents leaves out of co the opponents whose finding stands rejected,
// and keeps at most n of the rest (0: all); Total no longer counts those
// left out. A query that lists n opponents asks for n+Extra() of them.
func (h *Hide) Opponents(co *ClaimOpponents, n int) {
	if h.active() {
		kept := co.Opponents[:0]
		for _, o := range co.Opponents {
			if h.Rejected(FindingID(o.Rule, co.Claim.ID, o.Claim.ID), FindingID(o.Rule, o.Claim.ID, co.Claim.ID)) {
				co.Total--
				continue
			}
			kept = append(kept, o)
		}
		co.Opponents = kept
	}
	if n > 0 && len(co.Opponents) > n {
		co.Opponents = co.Opponents[:n]
	}
}

// Verdicts returns the verdict in force on each of ids that has one (nil
// without judgements): what a listing shows beside each result.
func (h *Hide) Verdicts(ids ...string) map[string]Action {
	if h == nil || h.Judged == nil {
		return nil
	}
	return h.Judged.Verdicts(ids...)
}

// Window is the page a ranked query is asked for so that the visible
// page p can be cut from it: p itself when nothing is hidden (the query
// skips and limits), else the first p.Offset+p.Limit+Extra() results
// (all of them without a limit), from which Filter skips p.Offset
// visible ones.
func (h *Hide) Window(p Page) Page {
	if !h.active() {
		return p
	}
	if p.Limit == 0 {
		return Page{}
	}
	return Page{Limit: p.Offset + p.Limit + h.Extra()}
}

// Filter wraps fn for a query asked for Window(p): results hidden says
// are rejected are left out (and counted); with hiding active, the first
// p.Offset visible results are skipped and at most p.Limit passed on.
func Filter[T any](h *Hide, p Page, hidden func(*T) bool, fn func(T) error) func(T) error {
	if !h.active() {
		return fn
	}
	skip, left := p.Offset, p.Limit
	return func(x T) error {
		if hidden(&x) {
			return nil
		}
		if skip > 0 {
			skip--
			return nil
		}
		if p.Limit > 0 {
			if left == 0 {
				return nil
			}
			left--
		}
		return fn(x)
	}
}
