package graph

import (
	"context"
)

// Contradiction is one pair of claims that one or more rules set against
// each other, listed once: Rule is the strongest of them (see strength)
// and Tags the others. Claims[0] is the counterclaim of a counterclaim,
// the standard of a double standard, the claim that the action happens of
// an opposing pair, the earlier claim of a reversal or a mutual
// accusation.
type Contradiction struct {
	Rule   Rule    `json:"rule"`
	Tags   []Rule  `json:"tags,omitempty"`
	Topic  string  `json:"topic"`
	Claims []Claim `json:"claims"`
	// Documents, Outlets and Independent sum, over both claims, the
	// distinct documents, outlets and independent sources carrying the
	// same proposition from the same side with the same stance (that it
	// happens, that it does not, that it may: see Evidence).
	Documents   int    `json:"documents"`
	Outlets     int    `json:"outlets"`
	Independent int    `json:"independent"`
	Latest      string `json:"latest,omitempty"` // later SaidAt of the two
	// FindingID is the id of the pair's finding under Rule.
	FindingID string `json:"finding_id"`
	// Weak says why the pair ranks after every pair of claims that are
	// not weak: "claim 1: no subject" and so on.
	Weak []string `json:"weak,omitempty"`
	// Unit is the id of the dispute or exchange the pair belongs to.
	Unit string `json:"unit"`
}

// Contradictions lists the pairs in scope, one entry per pair, a page at
// a time, and returns how many there are in all. Pairs come unit by unit
// (a proposition's pairs, its double standards and the answers to its
// claims; an exchange's mutual accusations), units with the strongest
// pair first and within a unit the strongest pairs first: pairs across
// sides before reversals of one voice, then more independent sources,
// named speakers and documents, then the most recent. Pairs with a weak
// claim (Weak) come after all others, in the same order. fn is called with each pair of the page in order; its error
// stops the listing and is returned.
func Contradictions(ctx context.Context, s Snapshotter, sc Scope, p Page, fn func(Contradiction) error) (int, error) {
	if err := p.check(); err != nil {
		return 0, err
	}
	total := 0
	err := s.Snapshot(ctx, func(r ClaimReader) error {
		scp, err := newScope(ctx, r, sc)
		if err != nil {
			return err
		}
		w := &walker{r: r, sc: scp, brief: briefFor(p.Offset, p.Limit)}
		// The page needs the best units whose pairs cover offset+limit,
		// in each tier.
		need := 0
		if p.Limit > 0 {
			need = p.Offset + p.Limit
		}
		var heaps [2]*rankHeap
		for t := range heaps {
			t := t
			heaps[t] = &rankHeap{before: func(a, b *unitRank) bool { return unitBefore(a, b, t) },
				weight: func(u *unitRank) int { return u.count[t] }, need: need}
		}
		err = w.ranks(ctx, true, func(ur *unitRank) bool {
			total += ur.pairs()
			k0 := heaps[0].add(ur)
			return heaps[1].add(ur) || k0
		})
		if err != nil {
			return err
		}
		e := &emitter{w: w, fn: fn, skip: p.Offset, limit: p.Limit}
		for t := 0; t < 2 && !e.done(); t++ {
			for _, ur := range heaps[t].sorted() {
				if e.done() {
					break
				}
				if err := e.unit(ctx, ur, t); err != nil {
					return err
				}
			}
		}
		return e.flush(ctx)
	})
	return total, err
}

// unitBefore orders units for tier t: the best pair, then the most
// recent, then by key.
func unitBefore(a, b *unitRank, t int) bool {
	if (a.count[t] > 0) != (b.count[t] > 0) {
		return a.count[t] > 0
	}
	if a.best[t] != b.best[t] {
		return a.best[t].better(b.best[t])
	}
	if a.latest != b.latest {
		return a.latest > b.latest
	}
	if a.exchange != b.exchange {
		return !a.exchange
	}
	return a.key < b.key
}

// emitter pages pairs out, fetching their claims a batch at a time.
type emitter struct {
	w       *walker
	fn      func(Contradiction) error
	skip    int
	limit   int // 0: no limit
	emitted int
	pending []pendingPair
	steps   int
}

type pendingPair struct {
	x     *index
	a, b  int32
	rules ruleSet
	unit  string
}

// flushAt is how many pairs wait for their claims before a fetch.
const flushAt = 1024

func (e *emitter) done() bool { return e.limit > 0 && e.emitted >= e.limit }

// unit emits the pairs of tier t of unit ur.
func (e *emitter) unit(ctx context.Context, ur *unitRank, t int) error {
	n := ur.count[t]
	if n == 0 {
		return nil
	}
	if e.skip >= n {
		e.skip -= n
		return nil
	}
	x, u, err := e.w.open(ctx, ur)
	if err != nil {
		return err
	}
	id := DisputeID(ur.key)
	if ur.exchange {
		id = ExchangeID(ur.key, ur.mirror)
	}
	inside := map[[2]int32]bool{}
	for _, lp := range u.links {
		if lp.inside {
			inside[[2]int32{lp.a, lp.b}], inside[[2]int32{lp.b, lp.a}] = true, true
		}
	}
	sc := e.w.sc
	var links []linkPair
	for _, lp := range u.links {
		if min(lp.score.tier, 1) == t && sc.keepRows(x, &x.rows[lp.a], &x.rows[lp.b], lp.rules) {
			links = append(links, lp)
		}
	}
	li := 0
	emitLinks := func(before *pairScore) error {
		for ; li < len(links) && (before == nil || links[li].score.better(*before)); li++ {
			lp := links[li]
			if err := e.pair(ctx, x, lp.a, lp.b, lp.rules, id); err != nil || e.done() {
				return err
			}
		}
		return nil
	}
	u.eachRanked(func(cp *cpair) bool {
		if e.done() {
			return false
		}
		if min(cp.score.tier, 1) != t {
			return true
		}
		n, all := sc.kept(x, cp)
		if n == 0 {
			return true
		}
		if err = emitLinks(&cp.score); err != nil || e.done() {
			return false
		}
		if e.skip >= n {
			e.skip -= n
			return true
		}
		err = e.classPair(ctx, x, cp, all, inside, id)
		return err == nil
	})
	if err != nil || e.done() {
		return err
	}
	return emitLinks(nil)
}

// classPair emits the pairs of cp, most recent first: along the
// anti-diagonals of its two recency-ordered classes, so that the newest
// claims of both sides meet first.
func (e *emitter) classPair(ctx context.Context, x *index, cp *cpair, all bool, inside map[[2]int32]bool, id string) error {
	ra, rb := cp.a.rows, cp.b.rows
	na, nb := len(ra), len(rb)
	for s := 0; s < na+nb-1; s++ {
		for i := max(0, s-nb+1); i <= min(s, na-1); i++ {
			a, b := ra[i], rb[s-i]
			if inside[[2]int32{a, b}] {
				continue
			}
			rs := cp.rulesOf(x, a, b)
			if cp.kind == cpReversal || !all {
				da, db := x.rows[a].said, x.rows[b].said
				if da == 0 || db == 0 || da == db {
					continue
				}
			}
			if e.steps++; e.steps%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if e.skip > 0 {
				e.skip--
				continue
			}
			if err := e.pair(ctx, x, a, b, rs, id); err != nil || e.done() {
				return err
			}
		}
	}
	return nil
}

// pair queues one pair, oriented for display.
func (e *emitter) pair(ctx context.Context, x *index, a, b int32, rs ruleSet, unit string) error {
	if e.skip > 0 {
		e.skip--
		return nil
	}
	ra, rb := &x.rows[a], &x.rows[b]
	r, _ := rs.strongest()
	switch r {
	case RuleMutual, RuleReversal, RuleOpposing:
		if r == RuleOpposing && ra.pos != rb.pos {
			if !ra.pos {
				a, b = b, a
			}
			break
		}
		da, db := x.sym.str(ra.said), x.sym.str(rb.said)
		if db != "" && (da == "" || db < da || (da == db && rb.id < ra.id)) {
			a, b = b, a
		}
	}
	e.pending = append(e.pending, pendingPair{x: x, a: a, b: b, rules: rs, unit: unit})
	e.emitted++
	if len(e.pending) >= flushAt || e.done() {
		return e.flush(ctx)
	}
	return nil
}

// flush fetches the pending pairs' claims and hands the pairs to fn.
func (e *emitter) flush(ctx context.Context) error {
	if len(e.pending) == 0 {
		return nil
	}
	ids := map[string]bool{}
	for _, p := range e.pending {
		ids[p.x.rows[p.a].id], ids[p.x.rows[p.b].id] = true, true
	}
	claims, err := e.w.claims.fetch(ctx, e.w.r, ids)
	if err != nil {
		return err
	}
	pending := e.pending
	e.pending = nil
	for _, p := range pending {
		ra, rb := &p.x.rows[p.a], &p.x.rows[p.b]
		ca, okA := claims[ra.id]
		cb, okB := claims[rb.id]
		if !okA || !okB {
			return Errorf(EInternal, "claims %s, %s vanished from their snapshot", ra.id, rb.id)
		}
		if err := e.fn(p.x.contradiction(&ca, &cb, p.a, p.b, p.rules, p.unit)); err != nil {
			return err
		}
	}
	return nil
}

// contradiction builds the entry of a pair of rows with their claims.
func (x *index) contradiction(ca, cb *Claim, a, b int32, rs ruleSet, unit string) Contradiction {
	r, tags := rs.strongest()
	sa, sb := x.support(&x.rows[a]), x.support(&x.rows[b])
	fid := FindingID(r, ca.ID, cb.ID)
	if !r.Directed() && cb.ID < ca.ID {
		fid = FindingID(r, cb.ID, ca.ID)
	}
	out := Contradiction{Rule: r, Tags: tags, Topic: cb.Topic, Claims: []Claim{*ca, *cb},
		Documents: sa.Documents + sb.Documents, Outlets: sa.Outlets + sb.Outlets,
		Independent: sa.Independent + sb.Independent, Latest: maxStr(ca.SaidAt, cb.SaidAt), FindingID: fid, Unit: unit}
	for i, c := range []*Claim{ca, cb} {
		// The brief counted the claim's weaknesses when it was indexed:
		// most claims have none, and naming them costs a normalised
		// action per claim of every pair.
		if x.rows[[2]int32{a, b}[i]].weak == 0 {
			continue
		}
		for _, why := range Weak(c) {
			out.Weak = append(out.Weak, "claim "+string(rune('1'+i))+": "+why)
		}
	}
	return out
}
