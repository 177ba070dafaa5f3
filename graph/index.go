package graph

import "time"

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
	// sides (sides and subjects), topics, actions, joined, speakers and
	// outlets memoise what add derives from a claim's names (keysOf), its
	// speaker's name and its document's outlet.
	sides, topics, actions map[string]namePart
	joined                 map[joinKey]sym
	speakers               map[string]speakerSym
	outlets                map[string]sym
	// src is evidence's scratch.
	src sources
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
	k := x.keysOf(c)
	sp := x.speakerOf(c.Speaker)
	b := brief{
		id: c.ID, spID: t.of(speakerKey(c)), speaker: sp.name, side: k.side,
		sideSlug: k.sideSlug, subject: k.subject, topic: k.topic, subjSlug: k.subjSlug,
		action: k.action, prop: k.prop, acc: k.acc, mirror: k.mirror,
		dbl: k.dbl, doc: t.of(c.DocID), said: t.of(c.SaidAt), text: TextKey(c.Text),
		changed: nanosOf(c.ChangedAt), kind: c.Kind, pos: c.Polarity == Positive, weak: k.weak,
		named: sp.named, breaks: k.breaks,
	}
	if k.mayCondemn {
		// Whether it condemns depends on its text too (hasCue), so
		// neither its flag nor its standard's key is shared: the key is
		// DoubleKey's for a condemnation, from its side's and topic's
		// slugs.
		b.cond = hasCue(c.Text) || hasCue(c.Action)
		if b.cond && k.sideSlug != 0 {
			if a := CondemnedAction(c); a != "" {
				b.dbl = t.of(t.str(k.sideSlug) + "|" + a + "|" + t.str(k.topicSlug))
			}
		}
	}
	b.foreign = foreign
	if c.Document != nil {
		b.outlet, b.pub = x.outletOf(c.Document.Outlet), t.of(c.Document.Published)
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

// derived is what index.add derives from a claim's subject, action,
// topic, side, kind and polarity, interned.
type derived struct {
	side, sideSlug, subject, subjSlug, topic, topicSlug sym
	action, prop, acc, mirror, dbl                      sym
	weak                                                uint8
	breaks                                              bool
	// mayCondemn: the claim may condemn its act as such (condemnable),
	// which its text decides (Condemns); dbl is then left for add to
	// derive.
	mayCondemn bool
}

// namePart is what keysOf derives from one of a claim's names: the name
// interned, its slug (a side's or subject's Slug, a topic's TopicSlug, an
// action's NormAction) interned, and whether it weakens the claim (a
// blank side or subject, an action whose first word is a framing verb).
type namePart struct {
	name, slug sym
	weak       bool
}

// part returns the namePart of name in memo m, derived by slug once per
// name and kind of name.
func (x *index) part(m *map[string]namePart, name string, slug func(string) string, weak func(name, slug string) bool) namePart {
	if p, ok := (*m)[name]; ok {
		return p
	}
	sl := slug(name)
	p := namePart{name: x.sym.of(name), slug: x.sym.of(sl), weak: weak(name, sl)}
	if *m == nil {
		*m = map[string]namePart{}
	}
	(*m)[name] = p
	return p
}

// joinKey names a key joined from three symbols: the separators between
// them ('|' and '|' for a proposition's or a standard's key, '>' and '|'
// for an accusation's) and the symbols.
type joinKey struct {
	sep1, sep2 byte
	a, b, c    sym
}

// join interns a + sep1 + b + sep2 + c, built once per joinKey.
func (x *index) join(sep1 byte, a, b sym, sep2 byte, c sym) sym {
	k := joinKey{sep1, sep2, a, b, c}
	if s, ok := x.joined[k]; ok {
		return s
	}
	t := x.sym
	s := t.of(t.str(a) + string(sep1) + t.str(b) + string(sep2) + t.str(c))
	if x.joined == nil {
		x.joined = map[joinKey]sym{}
	}
	x.joined[k] = s
	return s
}

// The weak callbacks of part: a side or subject is weak when blank, an
// action when its slug (NormAction) opens with a framing verb, a topic
// never.
func blankName(name, _ string) bool  { return blank(name) }
func framedSlug(_, norm string) bool { return framedAction(norm) }
func neverWeak(_, _ string) bool     { return false }

// topicSlug is TopicSlug(topic), derived once per topic name as keysOf
// derives it.
func (x *index) topicSlug(topic string) string {
	return x.sym.str(x.part(&x.topics, topic, TopicSlug, neverWeak).slug)
}

// keysOf returns c's derived keys. Each claim derived every slug and key
// afresh (PropKey, AccKey, MirrorAccKey and DoubleKey each slugged the
// side, subject or topic again), which was most of a query's index
// building; the names repeat (a 100,000-claim store has 16,000 topics,
// 24 sides, 21 subjects) while their combinations hardly do. So each
// name is slugged once per index, and each key joined once from the
// slugs' symbols, exactly as PropKey, AccKey, MirrorAccKey, DoubleKey and
// Weak build them (TestIndexKeysAsClaimKeys holds them to it).
func (x *index) keysOf(c *Claim) derived {
	sd := x.part(&x.sides, c.Side, Slug, blankName)
	sj := x.part(&x.sides, c.Subject, Slug, blankName)
	tp := x.part(&x.topics, c.Topic, TopicSlug, neverWeak)
	ac := x.part(&x.actions, c.Action, NormAction, framedSlug)
	pos := c.Polarity == Positive
	k := derived{side: sd.name, sideSlug: sd.slug, subject: sj.name, subjSlug: sj.slug, topic: tp.name,
		topicSlug: tp.slug, action: ac.slug, breaks: Breaks(c), mayCondemn: condemnable(c)}
	for _, w := range []bool{sj.weak, sd.weak, ac.weak} {
		if w {
			k.weak++
		}
	}
	k.prop = x.join('|', sj.slug, ac.slug, '|', tp.slug)
	if c.Kind == KindAccusation && c.Side != "" && c.Subject != "" && sd.slug != sj.slug {
		k.acc = x.join('>', sd.slug, sj.slug, '|', tp.slug)
		k.mirror = x.join('>', sj.slug, sd.slug, '|', tp.slug)
	}
	// DoubleKey: a condemnation's (mayCondemn, which has no subject) is
	// add's to derive; an accusation from a known side of another actor
	// sets one.
	if sd.slug != 0 && pos && c.Kind == KindAccusation && c.Subject != "" && sj.slug != sd.slug {
		k.dbl = x.join('|', sd.slug, ac.slug, '|', tp.slug)
	}
	return k
}

// speakerSym is a speaker's interned name and whether it is Named.
type speakerSym struct {
	name  sym
	named bool
}

// speakerOf returns the interned name and Named of a speaker, derived
// once per name.
func (x *index) speakerOf(name string) speakerSym {
	if s, ok := x.speakers[name]; ok {
		return s
	}
	s := speakerSym{name: x.sym.of(name), named: Named(name)}
	if x.speakers == nil {
		x.speakers = map[string]speakerSym{}
	}
	x.speakers[name] = s
	return s
}

// outletOf returns the interned OutletKey of an outlet as a document
// names it, folded once per name.
func (x *index) outletOf(outlet string) sym {
	if o, ok := x.outlets[outlet]; ok {
		return o
	}
	o := x.sym.of(OutletKey(outlet))
	if x.outlets == nil {
		x.outlets = map[string]sym{}
	}
	x.outlets[outlet] = o
	return o
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
