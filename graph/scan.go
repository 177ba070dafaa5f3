package graph

import (
	"context"
	"sort"
)

// The dispute and pair queries run in two passes over one snapshot. The
// first reads the scope topic by topic into an index (one topic at a
// time, never the store) and keeps a rank of each unit: a few numbers and
// the keys to read it again. The ranks are sorted, and the second pass
// reads back only the units of the page asked for: from the index when
// the scope is one topic, else by index lookups of the unit's keys. So a
// query holds one topic's briefs and one short record per unit, whatever
// the density of the store, and its limit decides how much it reads
// twice.

// Snapshotter runs fn over one consistent snapshot of a store: every read
// fn makes sees the same whole batches. The stores' Snapshot methods
// implement it; an error of fn is returned as it is, and a store never
// runs fn twice.
type Snapshotter interface {
	Snapshot(ctx context.Context, fn func(ClaimReader) error) error
}

// checkEvery is how many rows or pairs a loop handles between checks of
// its context: an interrupted query stops within a fraction of a second.
const checkEvery = 1024

// walker reads a scope's indexes from a snapshot.
type walker struct {
	r  ClaimReader
	sc *scope
	// cache is the index of the topic read last (its slug cacheTopic):
	// the second pass reads a one-topic scope from it.
	cache      *index
	cacheTopic string
	// tally, when set, counts the pairs in scope of each speaker.
	tally map[string]*SpeakerTally
	// contested, when set, is called with the day and topic of each claim
	// taking part in a pair in scope (seen marks those of a topic index).
	contested func(day, topic string)
	seen      []bool
}

// topicNames lists the topics of the scope, by slug: its topic, the topics
// its side or speaker speaks on (and the side is the subject of), or every
// topic.
func (w *walker) topicNames(ctx context.Context) ([]string, error) {
	sc := w.sc
	if len(sc.topics) > 0 {
		return sc.topics, nil
	}
	names := map[string]string{}
	collect := func(f ClaimFilter) error {
		n := 0
		return w.r.Claims(ctx, f, func(c Claim) error {
			if n++; n%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if _, ok := names[Slug(c.Topic)]; !ok {
				names[Slug(c.Topic)] = c.Topic
			}
			return nil
		})
	}
	switch {
	case sc.side != "" || sc.Speaker != "":
		if sc.side != "" {
			if err := collect(ClaimFilter{Side: sc.Side}); err != nil {
				return nil, err
			}
			if err := collect(ClaimFilter{Subject: sc.Side}); err != nil {
				return nil, err
			}
		} else if err := collect(ClaimFilter{Speaker: sc.Speaker}); err != nil {
			return nil, err
		}
	default:
		ts, err := w.r.Topics(ctx, "")
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			if t.Claims > 0 {
				names[Slug(t.Name)] = t.Name
			}
		}
	}
	slugs := make([]string, 0, len(names))
	for s := range names {
		slugs = append(slugs, s)
	}
	sort.Strings(slugs)
	out := make([]string, len(slugs))
	for i, s := range slugs {
		out[i] = names[s]
	}
	return out, nil
}

// read adds the claims p names to x, as foreign rows or not.
func (w *walker) read(ctx context.Context, x *index, p Probe, foreign bool) error {
	if p.Empty() {
		return nil
	}
	n := 0
	return w.r.Probe(ctx, p, func(c Claim) error {
		if n++; n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		x.add(&c, foreign)
		return nil
	})
}

// supportGroups reads the proposition groups of x's rows that x does not
// hold yet, as foreign rows: a claim's support counts its whole group.
func (w *walker) supportGroups(ctx context.Context, x *index, have map[sym]bool) error {
	var props []string
	for i := range x.rows {
		if p := x.rows[i].prop; !have[p] {
			have[p] = true
			props = append(props, x.sym.str(p))
		}
	}
	sort.Strings(props)
	return w.read(ctx, x, Probe{PropKeys: props}, true)
}

// topicIndex reads one topic into an index, with the claims linked to it
// by responds_to from other topics (foreign rows) and their groups.
func (w *walker) topicIndex(ctx context.Context, topic string) (*index, error) {
	if w.cache != nil && w.cacheTopic == Slug(topic) {
		return w.cache, nil
	}
	w.cache = nil
	x := newIndex(w.sc)
	n := 0
	err := w.r.Claims(ctx, ClaimFilter{Topic: topic}, func(c Claim) error {
		if n++; n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		x.add(&c, false)
		return nil
	})
	if err != nil {
		return nil, err
	}
	have := map[sym]bool{}
	for k := range x.byProp {
		have[k] = true
	}
	ids := make([]string, 0, len(x.rows))
	var targets []string
	for i := range x.rows {
		ids = append(ids, x.rows[i].id)
		for _, t := range x.rows[i].responds {
			if _, ok := x.byID[t]; !ok {
				targets = append(targets, t)
			}
		}
	}
	sort.Strings(ids)
	sort.Strings(targets)
	if err := w.read(ctx, x, Probe{IDs: targets, RespondersTo: ids}, true); err != nil {
		return nil, err
	}
	if err := w.supportGroups(ctx, x, have); err != nil {
		return nil, err
	}
	w.cache, w.cacheTopic = x, Slug(topic)
	return x, nil
}

// unitRank is what the first pass keeps of a unit: how it ranks, how many
// pairs it has in scope, and the keys to read it again.
type unitRank struct {
	exchange    bool
	key, mirror string // PropKey, or the two AccKeys
	topic       string
	latest      string
	// count[t] and best[t] are the unit's pairs in scope without (t=0)
	// and with (t=1) a weak claim, and the best score among them.
	count  [2]int
	best   [2]pairScore
	byRule map[Rule]int // pairs in scope by strongest rule
	// disputes: rank and kept by the scope
	weak      int
	contested bool
	indep     int
	claims    int
	// stdAcc and stdProp are the keys that read the unit's standards back,
	// links the ids of its link partners.
	stdAcc, stdProp, links []string
}

// rankOf ranks unit u of index x under the scope.
func (w *walker) rankOf(x *index, u *unit) *unitRank {
	ur := &unitRank{exchange: u.exchange, key: x.sym.str(u.key), topic: x.sym.str(u.topic), byRule: map[Rule]int{}}
	if u.exchange {
		ur.mirror = x.sym.str(u.mirror)
	}
	for _, rows := range [][]int32{u.rows, u.std} {
		for _, i := range rows {
			if d := x.sym.str(x.rows[i].said); d > ur.latest {
				ur.latest = d
			}
		}
	}
	add := func(n, tier int, s pairScore, rs ruleSet) {
		if n == 0 {
			return
		}
		t := min(tier, 1)
		if ur.count[t] == 0 || s.better(ur.best[t]) {
			ur.best[t] = s
		}
		ur.count[t] += n
		r, _ := rs.strongest()
		ur.byRule[r] += n
	}
	for _, cp := range u.pairs {
		n, all := w.sc.kept(x, cp)
		add(n, cp.score.tier, cp.score, cp.rules)
		// A class pair whose only pairs are linked still tallies them
		// (its links do not).
		if (w.tally != nil || w.contested != nil) && (n > 0 || all) {
			w.tallyPair(x, cp, all)
		}
	}
	for _, lp := range u.links {
		a, b := &x.rows[lp.a], &x.rows[lp.b]
		if w.sc.keepRows(x, a, b, lp.rules) {
			add(1, lp.score.tier, lp.score, lp.rules)
			if !lp.inside { // an inside link's class pair counted it
				r, _ := lp.rules.strongest()
				w.count(x, lp.a, r, 1)
				w.count(x, lp.b, r, 1)
			}
		}
	}
	acc, props := map[string]bool{}, map[string]bool{}
	for _, i := range u.std {
		r := &x.rows[i]
		if r.acc != 0 {
			acc[x.sym.str(r.acc)] = true
		} else {
			props[x.sym.str(r.prop)] = true
		}
	}
	ur.stdAcc, ur.stdProp = sortedSet(acc), sortedSet(props)
	links := map[string]bool{}
	for _, lp := range u.links {
		links[x.rows[lp.a].id], links[x.rows[lp.b].id] = true, true
	}
	ur.links = sortedSet(links)
	if !u.exchange {
		var camps [3][]int32
		for _, i := range u.rows {
			s := stanceOf(&x.rows[i])
			camps[s] = append(camps[s], i)
		}
		ur.contested = len(camps[0]) > 0 && len(camps[1]) > 0
		ur.weak = len(x.disputeWeak(&x.rows[u.rows[0]], camps))
		e := x.evidence(append(append([]int32(nil), camps[0]...), camps[1]...))
		ur.indep, ur.claims = e.Independent, e.Claims
	} else {
		e := x.evidence(u.rows)
		ur.indep, ur.claims = e.Independent, e.Claims
	}
	return ur
}

// tallyPair counts, for each claim of class pair cp, the pairs it takes
// part in (all: every pair of cp is in scope, else only its reversals).
// Linked pairs are counted with the links.
func (w *walker) tallyPair(x *index, cp *cpair, all bool) {
	r, _ := cp.rules.strongest()
	dated := cp.kind == cpReversal || !all
	for _, side := range [2][2]*class{{cp.a, cp.b}, {cp.b, cp.a}} {
		own, other := side[0], side[1]
		for _, i := range own.rows {
			b := &x.rows[i]
			n := len(other.rows)
			if dated {
				if b.said == 0 {
					continue
				}
				n = x.dated(other) - x.dayCount(other, b.said)
			}
			w.count(x, i, r, n)
		}
	}
}

// count adds n pairs of rule r to row i: to its speaker's tally, and
// marks it contested.
func (w *walker) count(x *index, i int32, r Rule, n int) {
	if n <= 0 {
		return
	}
	b := &x.rows[i]
	if w.contested != nil && !w.seen[i] && !b.foreign {
		w.seen[i] = true
		day := x.sym.str(b.said)
		if day == "" {
			day = x.sym.str(b.pub)
		}
		w.contested(day, x.sym.str(b.topic))
	}
	if w.tally == nil {
		return
	}
	id := x.sym.str(b.spID)
	t := w.tally[id]
	if t == nil {
		t = &SpeakerTally{SpeakerID: id, Speaker: x.sym.str(b.speaker), Side: x.sym.str(b.side), ByRule: map[Rule]int{}}
		w.tally[id] = t
	}
	t.Pairs += n
	t.ByRule[r] += n
}

// mostOpposed returns the n speakers with the most pairs.
func (w *walker) mostOpposed(n int) []SpeakerTally {
	if n <= 0 {
		return nil
	}
	out := make([]SpeakerTally, 0, len(w.tally))
	for _, t := range w.tally {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Pairs != out[j].Pairs {
			return out[i].Pairs > out[j].Pairs
		}
		return out[i].SpeakerID < out[j].SpeakerID
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func sortedSet(m map[string]bool) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ranks runs the first pass: the rank of every unit the scope keeps. With
// pairs, a unit is kept when it has pairs in scope; else (disputes) when
// keepUnit keeps it and, with a window, a pair was found in it.
func (w *walker) ranks(ctx context.Context, pairs bool) ([]*unitRank, error) {
	topics, err := w.topicNames(ctx)
	if err != nil {
		return nil, err
	}
	var out []*unitRank
	for _, t := range topics {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		x, err := w.topicIndex(ctx, t)
		if err != nil {
			return nil, err
		}
		if w.contested != nil {
			w.seen = make([]bool, len(x.rows))
		}
		for _, u := range x.units() {
			if !pairs && !w.sc.keepUnit(x, u) {
				continue
			}
			ur := w.rankOf(x, u)
			// With pairs every filter of the scope applies to the pairs;
			// a dispute needs one pair found in its window.
			if (pairs || w.sc.window0) && ur.count[0]+ur.count[1] == 0 {
				continue
			}
			out = append(out, ur)
		}
	}
	return out, nil
}

// open reads unit ur back: from the cached topic index, else through
// index lookups of its keys into an index of its own.
func (w *walker) open(ctx context.Context, ur *unitRank) (*index, *unit, error) {
	x := w.cache
	if x == nil || w.cacheTopic != Slug(ur.topic) {
		x = newIndex(w.sc)
		p := Probe{IDs: ur.links}
		if ur.exchange {
			p.AccKeys = []string{ur.key, ur.mirror}
		} else {
			p.PropKeys, p.AccKeys = append([]string{ur.key}, ur.stdProp...), ur.stdAcc
		}
		if err := w.read(ctx, x, p, false); err != nil {
			return nil, nil, err
		}
		// The unit's own groups are whole already.
		have := map[sym]bool{}
		for _, k := range p.PropKeys {
			if s, ok := x.sym.lookup(k); ok {
				have[s] = true
			}
		}
		if err := w.supportGroups(ctx, x, have); err != nil {
			return nil, nil, err
		}
	}
	k, ok := x.sym.lookup(ur.key)
	if !ok {
		return nil, nil, Errorf(EInternal, "unit %s vanished from its snapshot", ur.key)
	}
	var u *unit
	if ur.exchange {
		m, _ := x.sym.lookup(ur.mirror)
		u = x.exchangeUnit(k, m)
	} else {
		u = x.propUnit(k)
	}
	if u == nil {
		return nil, nil, Errorf(EInternal, "unit %s vanished from its snapshot", ur.key)
	}
	u.addLinks(x)
	return x, u, nil
}
