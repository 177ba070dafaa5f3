package graph

import (
	"time"
)

// Queries that must stay bounded whatever the density of the store read
// claims into an index of briefs: per claim only what the rules, the
// ranking and the dispute counts compare, with every repeated string
// (speakers, sides, keys, dates, outlets) interned once. A brief costs
// about 90 bytes, so a topic of 100,000 claims is a 10 MB index, where
// its pairs could be billions. Full claims are fetched again, by id, only
// for what is shown.

// sym is an interned string of an index; 0 is "".
type sym int32

type symtab struct {
	names []string
	ids   map[string]sym
}

func newSymtab() *symtab { return &symtab{names: []string{""}, ids: map[string]sym{"": 0}} }

func (t *symtab) of(s string) sym {
	if x, ok := t.ids[s]; ok {
		return x
	}
	x := sym(len(t.names))
	t.names = append(t.names, s)
	t.ids[s] = x
	return x
}

func (t *symtab) str(x sym) string { return t.names[x] }

// lookup returns s's symbol without interning it; ok false when s is not
// in the table (so no claim of the index has it).
func (t *symtab) lookup(s string) (sym, bool) {
	x, ok := t.ids[s]
	return x, ok
}

// kind categories the rules distinguish.
const (
	catDenial uint8 = iota // a denial
	catBreaks              // an accusation or assertion (says an act happens when +)
	catOther               // a threat or prediction
)

func kindCat(k Kind) uint8 {
	switch k {
	case KindDenial:
		return catDenial
	case KindAccusation, KindAssertion:
		return catBreaks
	}
	return catOther
}

// brief is what an index keeps of a claim.
type brief struct {
	id                       string
	spID, speaker, side      sym // speaker id and name, side as written
	sideSlug, subject, topic sym
	subjSlug, action         sym // subject slug, NormAction
	prop, acc, mirror, dbl   sym // PropKey, AccKey, MirrorAccKey, DoubleKey
	doc, outlet, said, pub   sym // document id, OutletKey, SaidAt, the document's publication date
	text                     uint64
	changed                  int64 // ChangedAt, unix nanoseconds
	kind                     Kind
	pos                      bool  // polarity +
	weak                     uint8 // len(Weak(c))
	named, cond, breaks      bool  // Named(speaker), Condemns, Breaks
	foreign                  bool  // read for a link only: not part of the index's own groups
	responds                 []string
}

// index holds briefs and the groups the rules pair within.
type index struct {
	sym    *symtab
	rows   []brief
	byID   map[string]int32
	byProp map[sym][]int32 // by PropKey
	byAcc  map[sym][]int32 // by AccKey
	byDbl  map[sym][]int32 // standards by DoubleKey
	// responders[id] are the rows whose RespondsTo names id.
	responders map[string][]int32
	// allProp groups every row, foreign ones too, by PropKey: the
	// support of a claim counts its whole group.
	allProp map[sym][]int32
	sup     map[supKey]Evidence
	sc      *scope
	// built keeps the units a one-topic scope's first pass built, for
	// its second.
	built map[unitKey]*unit
	// topicRows, in an index of one topic read whole, is how many of the
	// first rows are that topic's claims, in Claims order; else 0.
	topicRows int
}

// unitKey names a unit of an index: its key and whether it is an
// exchange.
type unitKey struct {
	key      sym
	exchange bool
}

func newIndex(sc *scope) *index {
	return &index{sym: newSymtab(), byID: map[string]int32{}, byProp: map[sym][]int32{}, byAcc: map[sym][]int32{},
		byDbl: map[sym][]int32{}, responders: map[string][]int32{}, allProp: map[sym][]int32{},
		sup: map[supKey]Evidence{}, sc: sc, built: map[unitKey]*unit{}}
}

// add keys c into the index unless its id is there already or the scope's
// dates leave it out; foreign rows take part in pairs only through links.
// It reports whether c was added.
func (x *index) add(c *Claim, foreign bool) bool {
	if i, ok := x.byID[c.ID]; ok {
		if !foreign && x.rows[i].foreign {
			x.promote(i)
		}
		return false
	}
	if !x.sc.dated(c.SaidAt) {
		return false
	}
	t := x.sym
	b := brief{
		id: c.ID, spID: t.of(speakerKey(c)), speaker: t.of(c.Speaker), side: t.of(c.Side),
		sideSlug: t.of(Slug(c.Side)), subject: t.of(c.Subject), topic: t.of(c.Topic), subjSlug: t.of(Slug(c.Subject)),
		action: t.of(NormAction(c.Action)), prop: t.of(PropKey(c)), acc: t.of(AccKey(c)), mirror: t.of(MirrorAccKey(c)),
		dbl: t.of(DoubleKey(c)), doc: t.of(c.DocID), said: t.of(c.SaidAt), text: TextKey(c.Text),
		changed: nanosOf(c.ChangedAt), kind: c.Kind, pos: c.Polarity == Positive, weak: uint8(len(Weak(c))),
		named: Named(c.Speaker), cond: Condemns(c), breaks: Breaks(c), foreign: foreign,
	}
	if c.Document != nil {
		b.outlet, b.pub = t.of(OutletKey(c.Document.Outlet)), t.of(c.Document.Published)
	}
	if len(c.RespondsTo) > 0 {
		b.responds = append([]string(nil), c.RespondsTo...)
	}
	i := int32(len(x.rows))
	x.rows = append(x.rows, b)
	x.byID[c.ID] = i
	for _, id := range b.responds {
		x.responders[id] = append(x.responders[id], i)
	}
	x.allProp[b.prop] = append(x.allProp[b.prop], i)
	if !foreign {
		x.group(i)
	}
	return true
}

// group files row i under its keys.
func (x *index) group(i int32) {
	b := &x.rows[i]
	x.byProp[b.prop] = append(x.byProp[b.prop], i)
	if b.acc != 0 {
		x.byAcc[b.acc] = append(x.byAcc[b.acc], i)
	}
	if b.dbl != 0 {
		x.byDbl[b.dbl] = append(x.byDbl[b.dbl], i)
	}
}

// promote makes a foreign row a member of its groups: a probe read it for
// a link before reading its group.
func (x *index) promote(i int32) {
	x.rows[i].foreign = false
	x.group(i)
}

func nanosOf(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// diffSides is differentSides over briefs: by side when both are known,
// else by speaker.
func diffSides(a, b *brief) bool {
	if a.sideSlug != 0 && b.sideSlug != 0 {
		return a.sideSlug != b.sideSlug
	}
	return a.spID != b.spID
}

// sameVoiceB is sameVoice over briefs.
func sameVoiceB(a, b *brief) bool {
	return a.spID == b.spID || (a.sideSlug != 0 && a.sideSlug == b.sideSlug)
}

// ruleSet is a set of rules as bits, in Rules order.
type ruleSet uint8

func ruleBit(r Rule) ruleSet {
	for i, v := range Rules {
		if v == r {
			return 1 << i
		}
	}
	return 0
}

func (s ruleSet) has(r Rule) bool { return s&ruleBit(r) != 0 }

// strength orders rules from the most specific, which names a pair, to
// the most general, its tags: an explicit answer, a double standard, a
// mutual accusation, opposite assertions, a change of mind.
var strength = []Rule{RuleCounterclaim, RuleDoubleStandard, RuleMutual, RuleOpposing, RuleReversal}

// strongest returns the strongest rule of s and the others, in strength
// order.
func (s ruleSet) strongest() (Rule, []Rule) {
	var first Rule
	var tags []Rule
	for _, r := range strength {
		if s.has(r) {
			if first == "" {
				first = r
			} else {
				tags = append(tags, r)
			}
		}
	}
	return first, tags
}

// pairRules applies every rule to rows a and b of x, as match and
// DoubleStandard do on claims: the rules that fire, and for the directed
// ones which way (aFirst: a counters b or a is the standard b breaks).
// The same pair can fire a directed rule both ways only through two
// responds_to links; then a's direction is kept.
func (x *index) pairRules(a, b *brief) (rs ruleSet, aFirst bool) {
	samePro := a.prop == b.prop
	opposite := a.pos != b.pos
	if samePro && opposite && diffSides(a, b) {
		rs |= ruleBit(RuleOpposing)
	}
	if a.acc != 0 && a.acc == b.mirror {
		rs |= ruleBit(RuleMutual)
	}
	if samePro && opposite && sameVoiceB(a, b) && a.said != 0 && b.said != 0 && a.said != b.said {
		rs |= ruleBit(RuleReversal)
	}
	ab, ba := x.countersB(a, b), x.countersB(b, a)
	if ab || ba {
		rs |= ruleBit(RuleCounterclaim)
		aFirst = ab
	}
	dab, dba := x.doubleB(a, b), x.doubleB(b, a)
	if dab || dba {
		rs |= ruleBit(RuleDoubleStandard)
		if !ab && !ba {
			aFirst = dab
		}
	}
	return rs, aFirst
}

// countersB is counters over briefs.
func (x *index) countersB(d, t *brief) bool {
	for _, id := range d.responds {
		if id == t.id {
			return true
		}
	}
	return d.kind == KindDenial && t.kind != KindDenial && d.pos != t.pos && d.prop == t.prop && diffSides(d, t)
}

// doubleB is DoubleStandard over briefs.
func (x *index) doubleB(std, act *brief) bool {
	if std.dbl == 0 || std.id == act.id || !act.breaks || act.prop != std.dbl {
		return false
	}
	return std.cond || act.sideSlug == 0 || act.sideSlug != std.subjSlug
}
