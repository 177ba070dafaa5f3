package graph

import (
	"cmp"
	"container/heap"
	"slices"
	"sort"
	"strings"
)

// A unit is what the pair queries and the dispute queries walk: a
// proposition (every pair of its claims, the double standards of its
// subject, and the responds_to links answering its claims from elsewhere)
// or an exchange (the mutual accusations of two sides on a topic). Every
// pair a rule finds belongs to exactly one unit (owner), so walking the
// units lists each pair once.
//
// Within a unit, claims fall into classes that share everything the rules
// and the ranking compare: polarity, side, speaker, kind category,
// weakness, a named speaker, the load-time window, and for standards and
// accusations their proposition. A rule fires for all pairs of two classes
// or for none (reversals also need two different dates, and explicit links
// are listed apart), so a unit's pairs are counted from class sizes and
// listed class pair by class pair, strongest first, without ever holding
// them.

// supKey is a support key over an index.
type supKey struct {
	prop, side sym
	stance     int
}

// support is the Evidence of the claims saying the same as row b from
// b's side: its proposition, stance (that it happens, that it does not,
// that it may) and side. A threat is no corroboration of an accusation.
func (x *index) support(b *brief) Evidence {
	k := supKey{b.prop, b.sideSlug, stanceOf(b)}
	if e, ok := x.sup[k]; ok {
		return e
	}
	var rows []int32
	for _, i := range x.allProp[b.prop] {
		r := &x.rows[i]
		if stanceOf(r) == k.stance && r.sideSlug == b.sideSlug {
			rows = append(rows, i)
		}
	}
	e := x.evidence(rows)
	x.sup[k] = e
	return e
}

// evidence counts rows' claims, documents, outlets and independent
// sources, and their first and latest dates.
func (x *index) evidence(rows []int32) Evidence {
	var e Evidence
	src := &x.src
	src.reset()
	for _, i := range rows {
		r := &x.rows[i]
		e.Claims++
		src.add(r.outlet, r.doc, r.text)
		d := x.sym.str(r.said)
		switch {
		case d == "":
			e.Undated++
		default:
			if e.First == "" || d < e.First {
				e.First = d
			}
			if d > e.Latest {
				e.Latest = d
			}
		}
	}
	e.Documents, e.Outlets, e.Independent = len(src.docs), src.outlets, src.count()
	return e
}

// class is a set of rows of a unit that every rule and the ranking treat
// alike. Rows with a known side are not split by speaker (the rules
// compare their sides), those without one are: their voice is the
// speaker.
type class struct {
	rows  []int32 // most recent first, then by id
	pos   bool
	side  sym // side slug; 0 when unknown
	sp    sym // speaker id when the side is unknown, else 0
	cat   uint8
	weak  uint8
	named bool
	mine  bool  // a speaker the scope filters by
	win   uint8 // 0 changed before the scope's window, 1 in it, 2 after it
	prop  sym   // the rows' proposition (standards and accusations of other propositions)
	subj  sym   // subject slug
	cond  bool
	sup   Evidence
	days  map[sym]int // dated rows by day, made when needed
	ndays int         // dated rows, with days
	// key is the class's key; a class split by speaker (split) keeps
	// only the rows of speaker onlySp, or only the others (notSp).
	key    classKey
	onlySp sym
	notSp  []sym
}

// member reports whether row i of x belongs to c.
func (c *class) member(x *index, i int32) bool {
	if x.rowKey(i) != c.key {
		return false
	}
	sp := x.rows[i].spID
	if c.onlySp != 0 && sp != c.onlySp {
		return false
	}
	for _, n := range c.notSp {
		if sp == n {
			return false
		}
	}
	return true
}

type classKey struct {
	pos               bool
	side, sp          sym
	cat, weak, win    uint8
	named, cond, mine bool
	prop, subj        sym
}

// classes partitions rows into classes, in a stable order: by the class
// key's fields as they first appear in rows sorted by id.
func (x *index) classes(rows []int32) []*class {
	sorted := slices.Clone(rows)
	slices.SortFunc(sorted, func(a, b int32) int { return strings.Compare(x.rows[a].id, x.rows[b].id) })
	byKey := map[classKey]*class{}
	var out []*class
	for _, i := range sorted {
		k := x.rowKey(i)
		c := byKey[k]
		if c == nil {
			c = &class{pos: k.pos, side: k.side, sp: k.sp, cat: k.cat, weak: k.weak, named: k.named, cond: k.cond,
				win: k.win, prop: k.prop, subj: k.subj, mine: k.mine, key: k}
			byKey[k] = c
			out = append(out, c)
		}
		c.rows = append(c.rows, i)
	}
	for _, c := range out {
		x.byRecency(c.rows)
		c.sup = x.support(&x.rows[c.rows[0]])
	}
	return out
}

// rowKey is the key of the class of row i.
func (x *index) rowKey(i int32) classKey {
	r := &x.rows[i]
	k := classKey{pos: r.pos, side: r.sideSlug, cat: kindCat(r.kind), weak: r.weak, named: r.named,
		cond: r.cond, win: x.sc.window(r.changed), prop: r.prop, subj: r.subjSlug,
		mine: x.sc.speakers != nil && x.sc.speakers[x.sym.str(r.spID)]}
	if r.sideSlug == 0 {
		k.sp = r.spID
	}
	return k
}

// dayCount is how many of c's rows were said on day.
func (x *index) dayCount(c *class, day sym) int {
	if c.days == nil {
		c.days = map[sym]int{}
		for _, i := range c.rows {
			if d := x.rows[i].said; d != 0 {
				c.days[d]++
				c.ndays++
			}
		}
	}
	return c.days[day]
}

// dated is how many of c's rows have a date.
func (x *index) dated(c *class) int {
	x.dayCount(c, 0)
	return c.ndays
}

// split returns the rows of c spoken by sp and the others, as classes
// with c's fields; rest is c itself when sp has no row in c.
func (x *index) split(c *class, sp sym) (own, rest *class) {
	var in, out []int32
	for _, i := range c.rows {
		if x.rows[i].spID == sp {
			in = append(in, i)
		} else {
			out = append(out, i)
		}
	}
	if len(in) == 0 {
		return nil, c
	}
	o, r := *c, *c
	o.rows, r.rows, o.days, r.days, o.ndays, r.ndays = in, out, nil, nil, 0, 0
	o.onlySp, r.notSp = sp, append(append([]sym(nil), c.notSp...), sp)
	return &o, &r
}

// byRecency sorts rows most recent first (undated last), then by id.
func (x *index) byRecency(rows []int32) {
	slices.SortFunc(rows, func(i, j int32) int {
		a, b := &x.rows[i], &x.rows[j]
		if a.said != b.said {
			return cmp.Compare(x.sym.str(b.said), x.sym.str(a.said))
		}
		return strings.Compare(a.id, b.id)
	})
}

// Kinds of class pair: which rule fires for every pair of the two classes.
const (
	cpOpposing uint8 = iota // opposite polarity, different sides (maybe a counterclaim)
	cpReversal              // opposite polarity, one voice: a reversal when dated differently
	cpDouble                // a standard and a claim that its side does the act
	cpMutual                // accusations each way
)

// cpair is two classes whose pairs one rule set covers.
type cpair struct {
	a, b  *class // Claims[0] comes from a, Claims[1] from b
	kind  uint8
	rules ruleSet
	score pairScore
	count int // pairs, not counting linked ones (listed with the links)
	// revIfDated: an opposing pair of one speaker on two sides, also a
	// reversal when the two are dated differently.
	revIfDated bool
	revCount   int // with revIfDated: the pairs that are also reversals
}

// rulesOf returns the rules of the pair of rows a and b of cp.
func (cp *cpair) rulesOf(x *index, a, b int32) ruleSet {
	if cp.revIfDated {
		if da, db := x.rows[a].said, x.rows[b].said; da != 0 && db != 0 && da != db {
			return cp.rules | ruleBit(RuleReversal)
		}
	}
	return cp.rules
}

// reversals counts the pairs of two classes dated differently.
func (x *index) reversals(a, b *class) int {
	n := 0
	for d, na := range x.daysOf(a) {
		n += na * (x.dated(b) - x.dayCount(b, d))
	}
	return n
}

// pairScore ranks pairs: fewer weak claims first, then pairs across
// sides before one voice changing its mind, then more independent
// sources, more named speakers, more documents.
type pairScore struct {
	tier  int
	voice int // 1 for a reversal (one voice), 0 across sides
	indep int
	named int
	docs  int
}

func (s pairScore) better(o pairScore) bool {
	if s.tier != o.tier {
		return s.tier < o.tier
	}
	if s.voice != o.voice {
		return s.voice < o.voice
	}
	if s.indep != o.indep {
		return s.indep > o.indep
	}
	if s.named != o.named {
		return s.named > o.named
	}
	return s.docs > o.docs
}

func scoreOf(a, b *class) pairScore {
	n := 0
	if a.named {
		n++
	}
	if b.named {
		n++
	}
	return pairScore{tier: int(a.weak) + int(b.weak), indep: a.sup.Independent + b.sup.Independent, named: n,
		docs: a.sup.Documents + b.sup.Documents}
}

// linkPair is a pair joined by a responds_to link, listed apart.
type linkPair struct {
	a, b   int32 // Claims[0], Claims[1]
	rules  ruleSet
	score  pairScore
	inside bool // a class pair of the unit would list it
}

// unit is a proposition or an exchange with its classes and pairs.
type unit struct {
	exchange bool
	key      sym // PropKey, or the AccKey of the first accuser's side
	mirror   sym // exchange: the other side's AccKey
	topic    sym // topic as written
	// pairs are the unit's class pairs, strongest first once ordered is
	// set (ranked): a unit is ranked by counting its pairs and keeping
	// the best score, which needs no order, and only the units a page
	// lists are sorted.
	pairs   []*cpair
	ordered bool
	links   []linkPair
	// rows of the unit, for dispute counts: the proposition's claims, or
	// both sides' accusations.
	rows []int32
	// std are the standards whose DoubleKey is the proposition.
	std []int32
	// byKey indexes the class pairs by the keys of their two classes,
	// made when an opponent query first asks (pairsOf).
	byKey     map[classKey][]cpRef
	keySorted map[classKey]bool
}

// cpRef is a class pair and which of its classes (a or b) has the key;
// pos is its place in the unit's pairs when byKey was made.
type cpRef struct {
	cp  *cpair
	a   bool
	pos int32
}

// pairsOf returns the class pairs one of whose classes has key k,
// strongest first. Only the lists asked for are sorted: an opponent
// query asks for the classes of its page's claims, a few of a busy
// exchange's hundreds.
func (u *unit) pairsOf(k classKey) []cpRef {
	if u.byKey == nil {
		u.byKey = map[classKey][]cpRef{}
		u.keySorted = map[classKey]bool{}
		for i, cp := range u.pairs {
			u.byKey[cp.a.key] = append(u.byKey[cp.a.key], cpRef{cp, true, int32(i)})
			u.byKey[cp.b.key] = append(u.byKey[cp.b.key], cpRef{cp, false, int32(i)})
		}
	}
	refs := u.byKey[k]
	if !u.keySorted[k] {
		// By score, then by place in pairs: ranked's order, whether pairs
		// was sorted when byKey was made or not (sortPairs breaks ties
		// by the unsorted place).
		slices.SortFunc(refs, func(a, b cpRef) int {
			if c := (rankedPair{a.cp.score, a.pos}).compare(rankedPair{b.cp.score, b.pos}); c != 0 {
				return c
			}
			// One class pair under both its classes' key: a's first.
			if a.a == b.a {
				return 0
			}
			if a.a {
				return -1
			}
			return 1
		})
		u.keySorted[k] = true
	}
	return refs
}

// propUnit builds the unit of proposition k.
func (x *index) propUnit(k sym) *unit {
	rows := x.byProp[k]
	if len(rows) == 0 {
		return nil
	}
	u := &unit{key: k, topic: x.rows[rows[0]].topic, rows: rows, std: x.byDbl[k]}
	cs := x.classes(rows)
	var pos, neg, acts []*class
	for _, c := range cs {
		if c.pos {
			pos = append(pos, c)
			if c.cat == catBreaks && c.subj != 0 {
				acts = append(acts, c)
			}
		} else {
			neg = append(neg, c)
		}
	}
	for _, a := range pos {
		for _, b := range neg {
			u.addPropPair(x, a, b)
		}
	}
	if len(u.std) > 0 && len(acts) > 0 {
		for _, s := range x.classes(u.std) {
			for _, a := range acts {
				if !s.cond && a.side != 0 && a.side == s.subj {
					continue // only a mutual accusation
				}
				cp := &cpair{a: s, b: a, kind: cpDouble, rules: ruleBit(RuleDoubleStandard), score: scoreOf(s, a),
					count: len(s.rows) * len(a.rows)}
				u.pairs = append(u.pairs, cp)
			}
		}
	}
	return u
}

// addPropPair adds the class pairs of a (+) and b (-) of one
// proposition: opposing pairs across voices, reversal candidates within
// one. A class with a known side meets a class without one through its
// speaker: the rows of that very speaker share its voice.
func (u *unit) addPropPair(x *index, a, b *class) {
	switch {
	case a.side != 0 && b.side != 0 && a.side != b.side:
		u.acrossSides(x, a, b)
	case a.side != 0 && b.side != 0:
		u.voicePair(x, a, b, true)
	case a.side == 0 && b.side == 0:
		u.voicePair(x, a, b, a.sp == b.sp)
	case a.side == 0:
		own, rest := x.split(b, a.sp)
		if own != nil {
			u.voicePair(x, a, own, true)
		}
		if len(rest.rows) > 0 {
			u.voicePair(x, a, rest, false)
		}
	default:
		own, rest := x.split(a, b.sp)
		if own != nil {
			u.voicePair(x, own, b, true)
		}
		if len(rest.rows) > 0 {
			u.voicePair(x, rest, b, false)
		}
	}
}

// acrossSides adds the pairs of a (+) and b (-) of two different known
// sides: opposing pairs, and for a speaker found on both sides (its side
// changed between claims) also reversals when their dates differ.
func (u *unit) acrossSides(x *index, a, b *class) {
	inB := map[sym]bool{}
	for _, i := range b.rows {
		inB[x.rows[i].spID] = true
	}
	var common []sym
	seen := map[sym]bool{}
	for _, i := range a.rows {
		if sp := x.rows[i].spID; inB[sp] && !seen[sp] {
			seen[sp] = true
			common = append(common, sp)
		}
	}
	rest := a
	for _, sp := range common {
		var as *class
		as, rest = x.split(rest, sp)
		bs, bRest := x.split(b, sp)
		u.voicePair(x, as, bs, false)
		cp := u.pairs[len(u.pairs)-1]
		cp.revIfDated, cp.revCount = true, x.reversals(as, bs)
		if len(bRest.rows) > 0 {
			u.voicePair(x, as, bRest, false)
		}
	}
	if len(rest.rows) > 0 {
		u.voicePair(x, rest, b, false)
	}
}

// voicePair adds the pairs of a (+) and b (-): reversal candidates when
// they share a voice, else opposing pairs (and counterclaims when one is a
// denial and the other not).
func (u *unit) voicePair(x *index, a, b *class, same bool) {
	if !same {
		cp := &cpair{a: a, b: b, kind: cpOpposing, rules: ruleBit(RuleOpposing), score: scoreOf(a, b),
			count: len(a.rows) * len(b.rows)}
		// A denial answering a claim that is not one counters it.
		switch {
		case b.cat == catDenial && a.cat != catDenial:
			cp.rules |= ruleBit(RuleCounterclaim)
			cp.a, cp.b = b, a
		case a.cat == catDenial && b.cat != catDenial:
			cp.rules |= ruleBit(RuleCounterclaim)
		}
		u.pairs = append(u.pairs, cp)
		return
	}
	// One voice: reversals, on two different dates.
	n := x.reversals(a, b)
	if n == 0 {
		return
	}
	sc := scoreOf(a, b)
	sc.voice = 1
	u.pairs = append(u.pairs, &cpair{a: a, b: b, kind: cpReversal, rules: ruleBit(RuleReversal), score: sc, count: n})
}

// daysOf returns c's dated rows by day.
func (x *index) daysOf(c *class) map[sym]int {
	x.dayCount(c, 0)
	return c.days
}

// exchangeUnit builds the unit of the accusations under acc and its
// mirror m (both present).
func (x *index) exchangeUnit(acc, m sym) *unit {
	ra, rb := x.byAcc[acc], x.byAcc[m]
	if len(ra) == 0 || len(rb) == 0 {
		return nil
	}
	u := &unit{exchange: true, key: acc, mirror: m, topic: x.rows[ra[0]].topic}
	u.rows = append(append(u.rows, ra...), rb...)
	// The mirror's classes are built once and shared by every pair, as a
	// proposition's are (they were built again for each class of acc).
	ca, cb := x.classes(ra), x.classes(rb)
	// One allocation for all the class pairs, which can be tens of
	// thousands.
	slab := make([]cpair, 0, len(ca)*len(cb))
	u.pairs = make([]*cpair, 0, len(ca)*len(cb))
	for _, a := range ca {
		for _, b := range cb {
			slab = append(slab, cpair{a: a, b: b, kind: cpMutual, rules: ruleBit(RuleMutual), score: scoreOf(a, b),
				count: len(a.rows) * len(b.rows)})
			u.pairs = append(u.pairs, &slab[len(slab)-1])
		}
	}
	return u
}

// inside reports whether the class pairs of u list the pair of rows a and
// b (in either order): linked pairs are then taken out of them.
func (u *unit) inside(x *index, a, b *brief) bool {
	rs, _ := x.pairRules(a, b)
	if u.exchange {
		return rs.has(RuleMutual)
	}
	return rs.has(RuleOpposing) || rs.has(RuleReversal) || rs.has(RuleDoubleStandard)
}

// owner names the unit a pair of rows belongs to: its proposition when
// both share it, the exchange of a mutual accusation, the proposition
// broken by a double standard, else the proposition of the claim
// answered (to). ok is false when the pair fires no rule.
func (x *index) owner(from, to *brief) (key sym, exchange, ok bool) {
	rs, _ := x.pairRules(from, to)
	switch {
	case rs == 0:
		return 0, false, false
	case from.prop == to.prop:
		return from.prop, false, true
	case rs.has(RuleMutual):
		a, m := from.acc, from.mirror
		if x.sym.str(m) < x.sym.str(a) {
			a = m
		}
		return a, true, true
	case rs.has(RuleDoubleStandard):
		if x.doubleB(from, to) {
			return to.prop, false, true
		}
		return from.prop, false, true
	}
	// Only a link: the claim answered; when each answers the other, the
	// one with the smaller id.
	if x.countersB(to, from) && (!x.countersB(from, to) || from.id < to.id) {
		return from.prop, false, true
	}
	return to.prop, false, true
}

// addLinks adds the responds_to pairs u owns and takes those its class
// pairs would list out of their counts.
func (u *unit) addLinks(x *index) {
	own := map[string]bool{}
	consider := func(from, to int32) {
		if from == to {
			return
		}
		a, b := &x.rows[from], &x.rows[to]
		k := a.id + "\x00" + b.id
		if a.id > b.id {
			k = b.id + "\x00" + a.id
		}
		if own[k] {
			return
		}
		key, ex, ok := x.owner(a, b)
		if !ok || key != u.key || ex != u.exchange {
			return
		}
		own[k] = true
		rs, aFirst := x.pairRules(a, b)
		lp := linkPair{a: from, b: to, rules: rs, inside: u.inside(x, a, b)}
		if !aFirst {
			lp.a, lp.b = to, from
		}
		lp.score = x.rowScore(lp.a, lp.b)
		u.links = append(u.links, lp)
		if lp.inside {
			u.uncount(x, a, b)
		}
	}
	seen := func(rows []int32) {
		for _, i := range rows {
			r := &x.rows[i]
			for _, id := range r.responds {
				if j, ok := x.byID[id]; ok {
					consider(i, j)
				}
			}
			for _, j := range x.responders[r.id] {
				consider(j, i)
			}
		}
	}
	seen(u.rows)
	seen(u.std)
	sort.Slice(u.links, func(i, j int) bool {
		a, b := u.links[i], u.links[j]
		if a.score != b.score {
			return a.score.better(b.score)
		}
		return x.rows[a.a].id+x.rows[a.b].id < x.rows[b.a].id+x.rows[b.b].id
	})
}

// uncount takes the linked pair a, b out of the class pair listing it.
func (u *unit) uncount(x *index, a, b *brief) {
	for _, cp := range u.pairs {
		if cp.has(x, a, b) || cp.has(x, b, a) {
			cp.count--
			if cp.revIfDated && a.said != 0 && b.said != 0 && a.said != b.said {
				cp.revCount--
			}
			return
		}
	}
}

// has reports whether cp lists the pair (a from cp.a, b from cp.b).
func (cp *cpair) has(x *index, a, b *brief) bool {
	in := func(c *class, r *brief) bool {
		i := x.byID[r.id]
		for _, j := range c.rows {
			if j == i {
				return true
			}
		}
		return false
	}
	if !in(cp.a, a) || !in(cp.b, b) {
		return false
	}
	if cp.kind == cpReversal {
		return a.said != 0 && b.said != 0 && a.said != b.said
	}
	return true
}

// rowScore scores a pair of rows as the classes of their pair would be.
func (x *index) rowScore(a, b int32) pairScore {
	ra, rb := &x.rows[a], &x.rows[b]
	n := 0
	if ra.named {
		n++
	}
	if rb.named {
		n++
	}
	sa, sb := x.support(ra), x.support(rb)
	ps := pairScore{tier: int(ra.weak) + int(rb.weak), indep: sa.Independent + sb.Independent, named: n,
		docs: sa.Documents + sb.Documents}
	if rs, _ := x.pairRules(ra, rb); rs == ruleBit(RuleReversal) {
		ps.voice = 1
	}
	return ps
}

// eachUnit calls fn with each unit of the index's own groups (not
// foreign rows) that has a pair, propositions (unless exchangesOnly) then
// exchanges, each by key.
// A unit is built for fn and dropped after it: a chunk's units are never
// all held at once.
func (x *index) eachUnit(exchangesOnly bool, fn func(*unit) error) error {
	props := make([]sym, 0, len(x.byProp))
	for k := range x.byProp {
		// Only the propositions that may have a pair are sorted.
		if !exchangesOnly && !x.pairless(k) {
			props = append(props, k)
		}
	}
	slices.SortFunc(props, func(a, b sym) int { return strings.Compare(x.sym.str(a), x.sym.str(b)) })
	for _, k := range props {
		u := x.propUnit(k)
		if u == nil {
			continue
		}
		u.addLinks(x)
		if u.total() > 0 {
			if err := fn(u); err != nil {
				return err
			}
		}
	}
	accs := make([]sym, 0, len(x.byAcc))
	for k := range x.byAcc {
		accs = append(accs, k)
	}
	sort.Slice(accs, func(i, j int) bool { return x.sym.str(accs[i]) < x.sym.str(accs[j]) })
	for _, k := range accs {
		m, ok := x.sym.lookup(mirrorOfAccKey(x.sym.str(k)))
		if !ok || len(x.byAcc[m]) == 0 || x.sym.str(m) < x.sym.str(k) {
			continue
		}
		u := x.exchangeUnit(k, m)
		if u == nil {
			continue
		}
		u.addLinks(x)
		if err := fn(u); err != nil {
			return err
		}
	}
	return nil
}

// pairless reports, without building it, that the unit of proposition k
// has no pair: its claims all say the same polarity (no opposing pair,
// no reversal), no standard is set on it (no double standard) and none
// of its claims answers or is answered by a claim of the index (no
// link). Most propositions of a store are such (one claim, or a few
// that agree), and building their classes and support only to count no
// pair was a third of a query's ranking.
func (x *index) pairless(k sym) bool {
	if len(x.byDbl[k]) > 0 {
		return false
	}
	rows := x.byProp[k]
	for _, i := range rows {
		r := &x.rows[i]
		if r.pos != x.rows[rows[0]].pos || len(r.responds) > 0 || len(x.responders[r.id]) > 0 {
			return false
		}
	}
	return true
}

// accSides returns the accuser and accused slugs of AccKey k.
func accSides(k string) (string, string) {
	gt := strings.IndexByte(k, '>')
	bar := strings.IndexByte(k, '|')
	if gt < 0 || bar < gt {
		return "", ""
	}
	return k[:gt], k[gt+1 : bar]
}

// mirrorOfAccKey turns "x>y|t" into "y>x|t".
func mirrorOfAccKey(k string) string {
	gt := strings.IndexByte(k, '>')
	bar := strings.IndexByte(k, '|')
	if gt < 0 || bar < gt {
		return ""
	}
	return k[gt+1:bar] + ">" + k[:gt] + k[bar:]
}

// ranked returns u's class pairs strongest first; classes come in a
// stable order, so ties keep it.
func (u *unit) ranked() []*cpair {
	if !u.ordered {
		u.sortPairs()
		u.ordered = true
	}
	return u.pairs
}

// rankedPair is a class pair's score and its place in a unit's pairs:
// sorting these values orders the pairs as a stable sort by score would.
type rankedPair struct {
	s   pairScore
	pos int32
}

func (a rankedPair) compare(b rankedPair) int {
	switch {
	case a.s.better(b.s):
		return -1
	case b.s.better(a.s):
		return 1
	}
	return cmp.Compare(a.pos, b.pos)
}

func (u *unit) rankedPairs() []rankedPair {
	ks := make([]rankedPair, len(u.pairs))
	for i, cp := range u.pairs {
		ks[i] = rankedPair{cp.score, int32(i)}
	}
	return ks
}

// sortPairs orders u's class pairs as ranked returns them.
func (u *unit) sortPairs() {
	// An exchange of a busy topic has tens of thousands of class pairs: a
	// stable sort of the pointers (an in-place merge, every move a write
	// barrier) was a tenth of a topic page. The scores and positions are
	// sorted as values instead and the pointers laid out once.
	ks := u.rankedPairs()
	slices.SortFunc(ks, rankedPair.compare)
	sorted := make([]*cpair, len(u.pairs))
	for i, k := range ks {
		sorted[i] = u.pairs[k.pos]
	}
	// byKey's places, if made before, are of the unsorted pairs: by
	// score then by those places is still this order.
	u.pairs = sorted
}

// firstRanked is how many pairs eachRanked takes off a heap before it
// sorts the rest: a page needs the first few of a unit's tens of
// thousands, a whole listing all of them.
const firstRanked = 256

// eachRanked calls fn with u's class pairs in ranked's order until fn
// returns false, sorting only as far as it goes.
func (u *unit) eachRanked(fn func(*cpair) bool) {
	if u.ordered || len(u.pairs) <= firstRanked {
		for _, cp := range u.ranked() {
			if !fn(cp) {
				return
			}
		}
		return
	}
	h := &pairHeap{u.rankedPairs()}
	heap.Init(h)
	for n := 0; h.Len() > 0; n++ {
		if n == firstRanked {
			// The pairs taken are the first n ranked.
			for _, cp := range u.ranked()[n:] {
				if !fn(cp) {
					return
				}
			}
			return
		}
		k := heap.Pop(h).(rankedPair)
		if !fn(u.pairs[k.pos]) {
			return
		}
	}
}

// pairHeap is a min-heap of ranked pairs, the strongest on top.
type pairHeap struct{ ks []rankedPair }

func (h *pairHeap) Len() int           { return len(h.ks) }
func (h *pairHeap) Less(i, j int) bool { return h.ks[i].compare(h.ks[j]) < 0 }
func (h *pairHeap) Swap(i, j int)      { h.ks[i], h.ks[j] = h.ks[j], h.ks[i] }
func (h *pairHeap) Push(x any)         { h.ks = append(h.ks, x.(rankedPair)) }
func (h *pairHeap) Pop() any {
	x := h.ks[len(h.ks)-1]
	h.ks = h.ks[:len(h.ks)-1]
	return x
}

// total is the number of pairs of u.
func (u *unit) total() int {
	n := len(u.links)
	for _, cp := range u.pairs {
		n += cp.count
	}
	return n
}
