package graph

import (
	"context"
	"reflect"
	"sort"
)

// Directions of an opponent, relative to the claim it is listed under
// (the subject claim).
const (
	// DirCounters: the subject claim counters the opponent.
	DirCounters = "counters"
	// DirCounteredBy: the opponent counters the subject claim.
	DirCounteredBy = "countered_by"
	// DirStandardBroken: the subject claim holds others to a standard and
	// the opponent says the subject's own side breaks it.
	DirStandardBroken = "standard_broken_by"
	// DirBreaksStandard: the subject claim says a side does what the
	// opponent, that side's standard, holds against others.
	DirBreaksStandard = "breaks_standard_of"
)

// Opponent is a claim that contradicts or counters another, and how: its
// strongest rule, the other rules as tags, and for directed rules the
// direction relative to the claim it is listed under.
type Opponent struct {
	Rule      Rule   `json:"rule"`
	Tags      []Rule `json:"tags,omitempty"`
	Claim     Claim  `json:"claim"`
	Direction string `json:"direction,omitempty"`
}

// ClaimOpponents is a claim with its strongest opponents and how many it
// has in all.
type ClaimOpponents struct {
	Claim     Claim      `json:"claim"`
	Opponents []Opponent `json:"opponents"`
	// Total counts every opponent; Opponents lists the best of them.
	Total int `json:"opponents_total"`
}

// Weight is how many claims c carries: its own and its opponents. A
// writer holding a page of them sizes the page by weight, not by count.
func (c ClaimOpponents) Weight() int { return 1 + len(c.Opponents) }

// TimelineEntry is a claim on a topic with the findings it takes part in.
type TimelineEntry struct {
	ClaimOpponents
	// Contested is true when the claim takes part in any finding.
	Contested bool `json:"contested"`
}

// DefaultOpponents is how many opponents each claim lists unless asked
// otherwise, MaxOpponents the most it lists: a window of claims holds
// its opponents.
const (
	DefaultOpponents = 5
	MaxOpponents     = 100
)

// opponentWindow is how many claims share one read of their groups.
const opponentWindow = 256

// Opponents streams the claims f selects (f.Offset and f.Limit page
// them, in Claims order), each with at most n opponents (0:
// DefaultOpponents), strongest first, and the count of all of them. With
// a topic filter the topic is read once; otherwise each window of claims
// reads its groups by index lookups. f.WithLinks is ignored.
func Opponents(ctx context.Context, s Snapshotter, f ClaimFilter, n int, fn func(ClaimOpponents) error) error {
	if n <= 0 {
		n = DefaultOpponents
	}
	n = min(n, MaxOpponents)
	if f.Offset < 0 || f.Limit < 0 {
		return Errorf(EInvalid, "claims: negative offset or limit (%d, %d)", f.Offset, f.Limit)
	}
	f.WithLinks = false
	return s.Snapshot(ctx, func(r ClaimReader) error {
		// Opponents are not bound by the page's dates.
		w := &walker{r: r, sc: &scope{}, brief: briefFor(f.Offset, f.Limit)}
		o := &opponents{w: w, n: n, fn: fn}
		if f.Topic != "" {
			x, err := w.topicIndex(ctx, f.Topic)
			if err != nil {
				return err
			}
			o.x = x
		}
		window := make([]Claim, 0, opponentWindow)
		count := 0
		feed := func(c Claim) error {
			if count++; count%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			window = append(window, c)
			if len(window) == opponentWindow {
				// The claims' result stays open meanwhile: a store pauses
				// it (Neo4j keeps one fetch of records) while the
				// window's reads run in the same snapshot.
				err := o.window(ctx, window)
				window = window[:0]
				return err
			}
			return nil
		}
		cs, ok, err := o.topicClaims(ctx, f)
		if err != nil {
			return err
		}
		if ok {
			for _, c := range cs {
				if err = feed(c); err != nil {
					break
				}
			}
		} else {
			err = r.Claims(ctx, f, feed)
		}
		if err != nil {
			return err
		}
		return o.window(ctx, window)
	})
}

// topicClaims returns the page f asks of a topic whose claims the topic
// index has just read (in Claims order), when f filters by nothing else
// and the page is short enough to fetch through the claim cache (which
// holds the topic's claims unless it was read briefly): the topic's rows
// are then not read twice. ok is false when the claims must be read.
func (o *opponents) topicClaims(ctx context.Context, f ClaimFilter) (cs []Claim, ok bool, err error) {
	x := o.x
	if x == nil || x.topicRows == 0 {
		return nil, false, nil
	}
	g := f
	g.Topic, g.Offset, g.Limit = "", 0, 0
	if !reflect.DeepEqual(g, ClaimFilter{}) {
		return nil, false, nil
	}
	lo, hi := min(f.Offset, x.topicRows), x.topicRows
	if f.Limit > 0 {
		hi = min(lo+f.Limit, hi)
	}
	if hi-lo > maxCached {
		return nil, false, nil
	}
	ids := make(map[string]bool, hi-lo)
	for i := lo; i < hi; i++ {
		ids[x.rows[i].id] = true
	}
	got, err := o.w.claims.fetch(ctx, o.w.r, ids)
	if err != nil {
		return nil, false, err
	}
	cs = make([]Claim, 0, hi-lo)
	for i := lo; i < hi; i++ {
		c, ok := got[x.rows[i].id]
		if !ok {
			return nil, false, Errorf(EInternal, "opponents: claim %s of the topic index not read back", x.rows[i].id)
		}
		cs = append(cs, c)
	}
	return cs, true, nil
}

// opponents computes windows of claims' opponents.
type opponents struct {
	w  *walker
	n  int
	fn func(ClaimOpponents) error
	x  *index // the topic's index, when the filter names one
	// units are the units built from x, by key (and 1 for exchanges).
	units map[[2]sym]*unit
}

// window computes and hands out the opponents of one window of claims.
func (o *opponents) window(ctx context.Context, cs []Claim) error {
	if len(cs) == 0 {
		return nil
	}
	x := o.x
	if x == nil {
		var err error
		if x, err = o.w.windowIndex(ctx, cs); err != nil {
			return err
		}
	}
	// A topic's index serves every window: its units are built once.
	units := o.units
	if units == nil || o.x == nil {
		units = map[[2]sym]*unit{}
		o.units = units
	}
	unitOf := func(k sym, exchange bool) *unit {
		var u *unit
		if exchange {
			a, m := k, sym(0)
			if mm, ok := x.sym.lookup(mirrorOfAccKey(x.sym.str(k))); ok {
				m = mm
			}
			if x.sym.str(m) < x.sym.str(a) {
				a, m = m, a
			}
			if m == 0 || a == 0 {
				return nil
			}
			if u, ok := units[[2]sym{a, 1}]; ok {
				return u
			}
			u = x.exchangeUnit(a, m)
			k = a
		} else {
			if u, ok := units[[2]sym{k, 0}]; ok {
				return u
			}
			u = x.propUnit(k)
		}
		key := [2]sym{k, 0}
		if exchange {
			key[1] = 1
		}
		if u != nil {
			u.addLinks(x)
		}
		units[key] = u
		return u
	}
	type found struct {
		row   int32
		refs  []oppRef
		total int
	}
	results := make([]found, len(cs))
	ids := map[string]bool{}
	for i := range cs {
		if i%64 == 63 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		ri, ok := x.byID[cs[i].ID]
		if !ok {
			// Outside the index's dates or vanished: no opponents.
			results[i] = found{row: -1}
			continue
		}
		var us []*unit
		r := &x.rows[ri]
		if u := unitOf(r.prop, false); u != nil {
			us = append(us, u)
		}
		if r.acc != 0 {
			if u := unitOf(r.acc, true); u != nil {
				us = append(us, u)
			}
		}
		if r.dbl != 0 {
			if u := unitOf(r.dbl, false); u != nil {
				us = append(us, u)
			}
		}
		refs, total := x.opponentsOf(ri, us, o.n)
		results[i] = found{row: ri, refs: refs, total: total}
		for _, ref := range refs {
			ids[x.rows[ref.row].id] = true
		}
	}
	// The window's own claims are at hand: opponents among them need no
	// fetch.
	for i := range cs {
		o.w.claims.put(cs[i])
	}
	got, err := o.w.claims.fetch(ctx, o.w.r, ids)
	if err != nil {
		return err
	}
	for i, c := range cs {
		// Writing an entry can take a while (a page of output): the
		// interrupt is looked at before each.
		if err := ctx.Err(); err != nil {
			return err
		}
		co := ClaimOpponents{Claim: c, Opponents: []Opponent{}, Total: results[i].total}
		for _, ref := range results[i].refs {
			oc, ok := got[x.rows[ref.row].id]
			if !ok {
				continue
			}
			r, tags := ref.rules.strongest()
			co.Opponents = append(co.Opponents, Opponent{Rule: r, Tags: tags, Claim: oc, Direction: ref.dir})
		}
		if err := o.fn(co); err != nil {
			return err
		}
	}
	return nil
}

// windowIndex reads what the opponents of cs need: their groups, the
// accusations mirroring theirs, the claims breaking their standards and
// the standards they break, their links, and the groups of all those for
// support.
func (w *walker) windowIndex(ctx context.Context, cs []Claim) (*index, error) {
	x := newIndex(w.sc)
	prop, acc, ids, resp := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	type sideTopic struct{ side, topic string }
	acts := map[sideTopic]bool{}
	for i := range cs {
		c := &cs[i]
		x.add(c, false)
		prop[PropKey(c)] = true
		if k := MirrorAccKey(c); k != "" {
			acc[k] = true
		}
		if k := DoubleKey(c); k != "" {
			prop[k] = true
		}
		if Breaks(c) {
			acts[sideTopic{c.Subject, c.Topic}] = true
		}
		for _, id := range c.RespondsTo {
			ids[id] = true
		}
		resp[c.ID] = true
	}
	// Not brief: the groups of a window of claims lie in many documents,
	// which a join reads no slower than a brief read's second statement
	// (a speaker's first page, 50 ms p50 target, kept as it was).
	p := Probe{PropKeys: sortedSet(prop), AccKeys: sortedSet(acc), IDs: sortedSet(ids), RespondersTo: sortedSet(resp)}
	if err := w.read(ctx, x, p, false); err != nil {
		return nil, err
	}
	// The standards a claim breaks are its subject's side's claims on its
	// topic whose DoubleKey is the claim's proposition.
	keys := make([]sideTopic, 0, len(acts))
	for k := range acts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].side+"|"+keys[i].topic < keys[j].side+"|"+keys[j].topic })
	for _, k := range keys {
		var stds []Claim
		err := w.r.Claims(ctx, ClaimFilter{Side: k.side, Topic: k.topic}, func(c Claim) error {
			if DoubleKey(&c) != "" {
				stds = append(stds, c)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		for i := range stds {
			if _, ok := x.sym.lookup(DoubleKey(&stds[i])); ok {
				x.add(&stds[i], false)
			}
		}
	}
	have := map[sym]bool{}
	for k := range prop {
		if s, ok := x.sym.lookup(k); ok {
			have[s] = true
		}
	}
	if err := w.supportGroups(ctx, x, have); err != nil {
		return nil, err
	}
	return x, nil
}

// oppRef is an opponent found in an index.
type oppRef struct {
	row   int32
	rules ruleSet
	dir   string
}

// opponentsOf returns the n strongest opponents of row i among the pairs
// of units us, and how many opponents i has in all.
func (x *index) opponentsOf(i int32, us []*unit, n int) ([]oppRef, int) {
	r := &x.rows[i]
	var out []oppRef
	total := 0
	type cand struct {
		score pairScore
		take  func(need int) []oppRef
	}
	var cands []cand
	rk := x.rowKey(i)
	for _, u := range us {
		for _, ref := range u.pairsOf(rk) {
			cp := ref.cp
			var other *class
			var dir string
			counter := cp.rules.has(RuleCounterclaim)
			switch {
			case ref.a && cp.a.member(x, i):
				other = cp.b
				if counter {
					dir = DirCounters
				} else if cp.kind == cpDouble {
					dir = DirStandardBroken
				}
			case !ref.a && cp.b.member(x, i):
				other = cp.a
				if counter {
					dir = DirCounteredBy
				} else if cp.kind == cpDouble {
					dir = DirBreaksStandard
				}
			default:
				continue
			}
			kind, cp := cp.kind, cp
			if kind == cpReversal {
				if r.said == 0 {
					continue
				}
				total += x.dated(other) - x.dayCount(other, r.said)
			} else {
				total += len(other.rows)
			}
			cands = append(cands, cand{score: cp.score, take: func(need int) []oppRef {
				var got []oppRef
				for _, j := range other.rows {
					if len(got) == need {
						break
					}
					if j == i || (kind == cpReversal && (x.rows[j].said == 0 || x.rows[j].said == r.said)) {
						continue
					}
					rs := cp.rulesOf(x, i, j)
					if cp.a.member(x, j) {
						rs = cp.rulesOf(x, j, i)
					}
					got = append(got, oppRef{row: j, rules: rs, dir: dir})
				}
				return got
			}})
		}
	}
	// Pairs only a responds_to link makes belong to the unit of the claim
	// answered, which may be none of us: they are taken from the links.
	linked := map[int32]bool{}
	add := func(j int32) {
		if j == i || linked[j] {
			return
		}
		linked[j] = true
		b := &x.rows[j]
		rs, _ := x.pairRules(r, b)
		if rs == 0 || rs.has(RuleOpposing) || rs.has(RuleReversal) || rs.has(RuleMutual) || rs.has(RuleDoubleStandard) {
			return // a class pair of us lists it
		}
		dir := DirCounteredBy
		if x.countersB(r, b) {
			dir = DirCounters
		}
		total++
		ref := oppRef{row: j, rules: rs, dir: dir}
		cands = append(cands, cand{score: x.rowScore(i, j), take: func(int) []oppRef { return []oppRef{ref} }})
	}
	for _, id := range r.responds {
		if j, ok := x.byID[id]; ok {
			add(j)
		}
	}
	for _, j := range x.responders[r.id] {
		add(j)
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score.better(cands[b].score) })
	for _, c := range cands {
		if len(out) >= n {
			break
		}
		out = append(out, c.take(n-len(out))...)
	}
	return out, total
}
