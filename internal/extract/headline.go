package extract

import (
	"slices"
	"strings"
)

// Event names as an editor gives them. A headline names its event by a
// verb ("jet and fuel truck collide on Lunmoor runway", "airliner
// forced to land") which the desk turns into the short label of the
// story: "runway collision", "forced landing". The rules here name such
// events as the label does, where the noun of the subject would name
// them otherwise ("truck collision").

// meetingHeads are the events between two things that meet each other:
// a collision of a jet and a truck is neither the jet's nor the
// truck's, and news labels it by where they met ("runway collision",
// "level crossing collision").
var meetingHeads = map[string]bool{"collision": true}

// meetingPreps carry a meeting to the place it happened: "on the
// runway", "at a level crossing"; not "into" or "against", which name
// what was struck.
var meetingPreps = map[string]bool{"on": true, "at": true, "in": true, "near": true, "off": true, "outside": true, "inside": true}

// meetingPlace returns the noun of the place where the two things of a
// meeting event met, or -1: the subject at j of the verb at k is one of
// two things ("a jet and a fuel truck collided", "a jet collided with a
// fuel truck"), and a place follows ("on the main runway at Lunmoor
// airport" → runway). One thing alone ("two ships collided near the
// reef") is named by itself, as is a meeting with no place ("collided
// on Tuesday").
func (d *docState) meetingPlace(j, k, hi int) int {
	p := k + 1
	if p < hi && d.toks[p].low == "with" {
		n := d.objectNoun(p+1, hi)
		if n < 0 {
			return -1
		}
		p = n + 1
	} else if !d.coordinated(j) {
		return -1
	}
	if p+1 >= hi || !meetingPreps[d.toks[p].low] {
		return -1
	}
	if n := d.objectNoun(p+1, hi); n >= 0 {
		return n
	}
	return d.placeNoun(p+1, hi)
}

// placeNoun returns the noun ending the place's phrase at i when the
// lexicon knows it as a verb too ("in Osterhaven harbour", "on the
// rail bridge", "in Marrow channel"): after a determiner or a name and
// before a preposition, a comma or the sentence's end, a word is a
// noun. -1 when the phrase is none such.
func (d *docState) placeNoun(i, hi int) int {
	k, opened := i, false
	for k < hi && d.toks[k].kind == tWord && (d.toks[k].is(fDet) && !d.toks[k].is(fPron) || d.toks[k].cap) {
		k, opened = k+1, true
	}
	last := -1
	for ; k < hi && k < i+6; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.is(fPrep|fConj|fTime) {
			break
		}
		if t.cap || t.is(fAux|fAdv|fRel|fSubord|fNeg|fPron|fDet) || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
			return -1
		}
		last = k
	}
	if !opened || last < 0 || k < hi && d.toks[k].kind == tWord && !d.toks[k].is(fPrep|fConj|fTime) {
		return -1
	}
	return last
}

// coordinated reports whether the noun at j ends the second of two
// noun phrases joined by "and": "a jet and a fuel truck".
func (d *docState) coordinated(j int) bool {
	for i := j - 1; i >= 0 && i >= j-4; i-- {
		t := &d.toks[i]
		if t.kind != tWord {
			return false
		}
		if t.low == "and" {
			return i > 0 && d.toks[i-1].kind == tWord
		}
		if t.is(fPrep|fAux|fVerb|fRel|fSubord) && !t.is(fDet) {
			return false
		}
	}
	return false
}

// forcedLanding reports whether the "forced" at k forced an aircraft
// to land: "forced to land", "the forced landing", and "forced down"
// of an aircraft ("forced the jet down", "the jet was forced down"),
// which an editor labels a forced landing. "Forced down prices" lands
// nothing.
func (d *docState) forcedLanding(k, lo, hi int) bool {
	if d.toks[k].low != "forced" || k+1 >= hi {
		return false
	}
	next := d.toks[k+1].low
	switch {
	case next == "landing" || next == "landings":
		return true
	case next == "to":
		return k+2 < hi && d.toks[k+2].low == "land"
	case next == "down":
		// the aircraft before ("the airliner was forced down")
		for i := k - 1; i >= lo && i >= k-4; i-- {
			if aircraftWord(d.toks[i].low) {
				return true
			}
		}
	default:
		// "forced the jet down"
		for i := k + 1; i < hi && i <= k+6; i++ {
			if d.toks[i].low == "down" {
				return i > k+1 && aircraftWord(d.toks[i-1].low)
			}
		}
	}
	return false
}

// aircraftWord reports whether w names an aircraft.
func aircraftWord(w string) bool {
	switch w {
	case "airliner", "airliners", "jet", "jets", "plane", "planes", "aircraft", "airplane", "airplanes", "flight", "flights", "helicopter", "helicopters":
		return true
	}
	return false
}

// eventSubject reports whether the word at j, right before an event
// verb that names its event by its subject ("derails", "capsizes"), is
// the subject's noun though eventModifier turns it down: a noun the
// lexicon knows as a verb too, after a determiner, a number or another
// noun ("a freight train derailed": no verb follows a determiner), or a
// headline's first word, capitalised as the first word is ("Ferry
// capsizes on Lake Dorn") and no name the article mentions; either
// only when no object follows the verb at k.
func (d *docState) eventSubject(j, k, lo, hi int) bool {
	if k+1 < hi && d.objectStart(k+1) {
		// the verb has an object: "Norvik derails the talks" derails
		// no train, and its subject is a name
		return false
	}
	t := &d.toks[j]
	if t.kind != tWord || t.is(fAux|fPrep|fConj|fDet|fPron|fAdv|fSpeech|fNeg|fRel|fSubord) || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ly") || personWord(t.low) || quantityWord(t.low) {
		// "Two crashes, one junction": a count, no subject's noun
		return false
	}
	if t.cap {
		return j == lo && d.phraseWeight == titleWeight && len(t.low) > 2 && (j >= len(d.mentAt) || d.mentAt[j] < 0)
	}
	if j == lo || !t.is(fVerb) {
		return false
	}
	p := &d.toks[j-1]
	// "Freight train derails": the headline's first word, a noun
	return p.kind == tNum || p.kind == tWord && (p.is(fDet) && !p.is(fPron) || d.nounLike(j-1) || p.cap && j-1 == lo && d.phraseWeight == titleWeight)
}

// subjectHeads are the heads of the events their verb reports by its
// subject ("a train derailed", "the ferry sank"): the noun before such
// a head is the thing it befell, and may be one the lexicon knows as a
// verb ("train derailment").
var subjectHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range eventVerbs {
		if !v.transitive {
			m[v.head] = true
		}
	}
	return m
}()

// verbNoun reports whether the word at j, right before an event noun,
// is a noun the lexicon knows as a verb too: "train derailment", "ship
// collision". A verb's bare form does not modify a noun, and its other
// forms ("derailed", "blames", "hiding") are left out.
func (d *docState) verbNoun(j int) bool {
	t := &d.toks[j]
	return t.kind == tWord && !t.cap && t.is(fVerb) && !t.is(fAux|fPrep|fConj|fDet|fPron|fAdv|fSpeech|fNeg|fRel|fSubord|fTime) &&
		len(t.low) > 2 && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing") && !strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ly") && !notModifiers[t.low]
}

// venueNouns are the places an occasion is held in, which an editor
// names its event by: a crush at a cup final is a "stadium crush".
var venueNouns = []string{"stadium", "arena", "hall", "auditorium", "racecourse", "showground", "square"}

// venueLabel returns a headline label that names its event by the
// occasion ("Cup final crush: …", "Derby stampede: …") named instead by
// the venue the article holds it in ("outside the stadium"), as an
// editor labels it; label itself when the word before its head is no
// occasion or the article names no venue.
func (d *docState) venueLabel(label string) string {
	sp := strings.LastIndexByte(label, ' ')
	if sp < 0 {
		return label
	}
	before := label[:sp]
	if i := strings.LastIndexByte(before, ' '); i >= 0 {
		before = before[i+1:]
	}
	if !occasionNouns[before] {
		return label
	}
	for _, v := range venueNouns {
		if hasWords(d.str, "the "+v) {
			return v + label[sp:]
		}
	}
	return label
}

// quarrelSubject returns a headline label without its last word when
// that names the quarrel itself ("Port tender row: …", "Water licence
// dispute: …"): a desk's row is over its subject, which is what an
// analyst files the story's charges under ("port tender"), not the row.
// A label of the quarrel's noun alone stays as it is, and so does one
// of a single word before it: "Pay row: …", "Transfer row: …" name a
// field, no subject to file charges under ("pay").
func quarrelSubject(label string) string {
	sp := strings.LastIndexByte(label, ' ')
	if sp < 0 || !feudNoun(label[sp+1:]) || strings.IndexByte(label[:sp], ' ') < 0 {
		return label
	}
	return label[:sp]
}

// namelessLabel returns a headline label of three words or more
// without its first word when the article writes that word as a name
// ("Harwick oxygen shortage: …" of an article on "the Harwick
// hospital" is an oxygen shortage): an editor's label names the event
// and what it struck, never a town or a company, and the desk's label
// puts the place's name first. A word counts as a name when the
// article writes it capitalised after a lower-case word, not only at a
// sentence's start; the words after the first may be a name's too
// ("the Dornby Care Trust") and stay. A name followed by a preposition,
// conjunction or article is the label's subject, not a modifier
// ("Obama on climate change"), and stays: the rest is no label.
func (d *docState) namelessLabel(label string) string {
	first, rest, ok := strings.Cut(label, " ")
	if !ok || strings.IndexByte(rest, ' ') < 0 || !d.writtenAsName(first) {
		return label
	}
	if next, _, _ := strings.Cut(rest, " "); lexicon[next]&(fPrep|fConj|fDet) != 0 {
		return label
	}
	return rest
}

// writtenAsName reports whether the article writes the lower-case word
// w capitalised right after a lower-case word and a space.
func (d *docState) writtenAsName(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	name := string(w[0]-'a'+'A') + w[1:]
	s := d.str
	for i := 0; ; {
		j := strings.Index(s[i:], name)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(name)
		if j >= 2 && s[j-1] == ' ' && 'a' <= s[j-2] && s[j-2] <= 'z' && (e == len(s) || !isASCIILetter(s[e])) {
			return true
		}
		i = j + 1
	}
}

// pluralSubjectVerb returns the object's noun when the event noun at k
// is the bare form of a transitive event verb after a plural noun and
// before its object ("Velland rebels attack aid convoy", "Ostmark
// hackers hack tax office"): a plural does not modify a noun, so the
// word is the verb, and its event is named by what it struck, not by
// who struck ("rebel attack"). The headline's first word may be the
// subject ("Protesters storm consulate"). -1 otherwise.
func (d *docState) pluralSubjectVerb(k, lo, hi int) int {
	t, p := &d.toks[k], &d.toks[k-1]
	ev, ok := getF(eventVerbsF, eventVerbs, t.low)
	// "gunmen", "fishermen": a plural without its s
	if !ok || !ev.transitive || t.cap || p.kind != tWord || len(p.low) < 4 {
		return -1
	}
	if (p.low[len(p.low)-1] != 's' || strings.HasSuffix(p.low, "ss")) && !strings.HasSuffix(p.low, "men") && !d.reportedSubject(k-1, lo) {
		return -1
	}
	if k+1 < hi && finiteVerb(&d.toks[k+1]) {
		// the clause's verb follows: "says budget cut hits schools",
		// "say power cut caused chaos" make the event word a noun
		return -1
	}
	if p.cap {
		// the headline's first word is capitalised as a first word is
		// ("Protesters storm consulate"); a name the article mentions
		// is a party, no plural
		if k-1 != lo || d.phraseWeight != titleWeight || p.is(fAux|fAdv|fPrep|fConj|fSubord|fRel|fDet|fPron|fNeg|fTime|fSpeech|fVerb) || k-1 < len(d.mentAt) && d.mentAt[k-1] >= 0 {
			return -1
		}
	} else if !d.nounLike(k - 1) {
		return -1
	}
	if k+1 >= hi || !d.objectStart(k+1) {
		return -1
	}
	n := d.objectNoun(k+1, hi)
	if n < 0 || strings.HasSuffix(d.toks[n].low, "ed") {
		return -1
	}
	return n
}

// finiteVerb reports whether t is a verb's finite form a headline's
// clause turns on: "hits", "caused", "sparked" (-s only of a word the
// lexicon knows as a verb: "nets" is the object).
func finiteVerb(t *token) bool {
	if t.kind != tWord || t.cap {
		return false
	}
	if t.is(fVerb) {
		return t.is(fPast) || strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss")
	}
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed")
}

// reportedSubject reports whether the headline's common nouns ending at
// j follow a verb of saying ("fishermen say survey ship cut nets",
// "Velland claims patrol boat rammed trawler"): what a headline reports
// someone saying is a clause, its first noun phrase the subject, so the
// event word after a singular noun is its verb there, named by its
// object ("net cut"), not a compound with the doer ("ship cut"). Up to
// four nouns may make the subject ("wind farm survey ship").
func (d *docState) reportedSubject(j, lo int) bool {
	if d.phraseWeight != titleWeight {
		return false
	}
	for i := j; i >= lo && i > j-5; i-- {
		t := &d.toks[i]
		if t.kind != tWord {
			return false
		}
		if t.is(fSpeech) {
			return i < j
		}
		if t.cap || !d.nounLike(i) {
			return false
		}
	}
	return false
}

// headlineFirstNoun reports whether the word at j is the headline's
// first word, capitalised only as a first word is, and a noun that can
// name what an event struck ("Mine blast kills three shepherds",
// "Depot fire spreads"): eventModifier turns down a capitalised word as
// a name's. A word the article writes capitalised inside a sentence,
// or an actor it mentions, is a name ("Tarsk blast"). The caller lets
// a place after the event name it ("Forest fires on Kellby ridge").
func (d *docState) headlineFirstNoun(j, lo int) bool {
	t := &d.toks[j]
	if j != lo || d.phraseWeight != titleWeight || t.kind != tWord || !t.cap || j < len(d.mentAt) && d.mentAt[j] >= 0 {
		return false
	}
	if t.is(fAux|fAdv|fPrep|fConj|fSubord|fRel|fDet|fPron|fNeg|fTime|fSpeech|fRole|fGroup|fMedia) || t.flags&fEvent != 0 && t.eventHead() != "" {
		return false
	}
	return modifierWord(t.low) && !d.writtenAsName(t.low)
}

// diseaseNouns are the diseases news reports spreading through a place:
// a headline that names one with its place and no event ("Cholera in
// Dabbra camp", "Measles at Kellby school") reports its outbreak.
var diseaseNouns = map[string]bool{
	"cholera": true, "measles": true, "typhoid": true, "ebola": true, "dengue": true, "malaria": true,
	"polio": true, "diphtheria": true, "mpox": true, "anthrax": true, "plague": true, "salmonella": true,
	"listeria": true, "legionella": true, "norovirus": true, "tuberculosis": true, "meningitis": true,
	"hepatitis": true, "mumps": true, "scabies": true, "rabies": true, "typhus": true, "dysentery": true,
}

// outbreakPreps put a disease in the place it spreads through.
var outbreakPreps = map[string]bool{"in": true, "at": true, "among": true, "across": true, "inside": true, "on": true}

// headlineOutbreak returns "<disease> outbreak" when the headline's
// tokens [0, hi) name a disease before a preposition of place
// ("Cholera in Dabbra camp - …") and no event noun: an editor labels
// that story the outbreak, not by the place; "" otherwise, and when
// the headline names its event ("cholera ward fire", "measles
// outbreak at school", which the event noun names).
func (d *docState) headlineOutbreak(hi int) string {
	if d.headlineEvent(hi) {
		return ""
	}
	name := ""
	for k := 0; k < hi; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			continue
		}
		if name == "" && diseaseNouns[t.low] && k+2 < hi && outbreakPreps[d.toks[k+1].low] {
			name = t.low + " outbreak"
		}
	}
	return name
}

// headlineTally returns "<thing> <harms>" when the headline's tokens
// [0, hi) open, after a page label ("Analysis:"), with a count of
// harms and the one thing they share ("Three deaths, one drug trial
// and …", "Two crashes, one junction: …"): the headline's formula puts
// the story's event first and its setting second, which an editor's
// label joins, "trial deaths", "junction crashes". "" otherwise.
func (d *docState) headlineTally(hi int) string {
	i := d.pageLabelEnd(hi)
	if i+4 >= hi || !numberLike(&d.toks[i]) || d.toks[i+2].low != "," || d.toks[i+3].low != "one" {
		return ""
	}
	h := &d.toks[i+1]
	if h.kind != tWord || h.cap || len(h.low) < 4 || h.low[len(h.low)-1] != 's' || strings.HasSuffix(h.low, "ss") || !d.nounLike(i+1) || quantityWord(h.low) || personWord(h.low) {
		return ""
	}
	if !harmNouns[h.low] && eventHeads[singularWord(h.low)] == "" {
		// "Three shepherds, one minefield": the people counted are the
		// victims, no event; the label is what befell them
		return ""
	}
	n := d.objectNoun(i+4, hi)
	if n < 0 {
		return ""
	}
	return singularWord(d.toks[n].low) + " " + h.low
}

// remnantNouns are what is left of a thing that broke up and fell,
// which news names an event by with its source when it strikes:
// "rocket debris hits school", "satellite wreckage lands in field".
var remnantNouns = map[string]bool{"debris": true, "wreckage": true, "fragments": true, "shrapnel": true}

// headlineSubject returns the event the headline's tokens [0, hi) open
// with as the subject of their verb, after a page label: an event noun
// with the nouns before it ("Wildfire that crossed the ridge sets …",
// "Bank outage enters third day"), or what is left of a thing with its
// source ("Rocket debris hits school"); a name first is left out
// (namelessLabel) and a one-word event needs a relative clause after it
// ("Blast kills 31" leaves the blast to the phrases). "" when the
// headline opens otherwise.
func (d *docState) headlineSubject(hi int) string {
	i := d.pageLabelEnd(hi)
	if i < hi && d.toks[i].is(fDet) && !d.toks[i].is(fPron) {
		i++
	}
	for h := i; h < hi && h < i+4; h++ {
		t := &d.toks[h]
		if t.kind != tWord || t.is(fPrep|fConj|fAux|fDet|fPron|fRel|fSubord|fSpeech|fNeg) || quantityWord(t.low) {
			return ""
		}
		head := headSingular[t.low]
		if head == "" && remnantNouns[t.low] && h > i {
			head = t.low
		}
		if head == "" || genericEvents[t.low] {
			continue
		}
		if h+1 >= hi {
			return ""
		}
		n := &d.toks[h+1]
		// "that" is a determiner too: a relative first
		if !n.is(fRel) && (h == i || !d.verbish(h+1) || n.is(fPrep|fConj|fDet)) {
			return ""
		}
		var b strings.Builder
		for k := i; k < h; k++ {
			b.WriteString(d.toks[k].low)
			b.WriteByte(' ')
		}
		b.WriteString(head)
		return d.namelessLabel(b.String())
	}
	return ""
}

// headlineEvent reports whether the headline's tokens [0, hi) hold an
// event noun ("fire", "outbreak"): then the headline names its event
// itself, and neither an outbreak nor a test is made up for it.
func (d *docState) headlineEvent(hi int) bool {
	for k := 0; k < hi; k++ {
		if t := &d.toks[k]; t.kind == tWord && t.flags&fEvent != 0 && t.eventHead() != "" {
			return true
		}
	}
	return false
}

// testKinds are what a test or an inspection is for, which names it: a
// "positive test" in a story on doping is a doping test, a "failed
// inspection" in one on hygiene a hygiene inspection.
var testKinds = []string{"doping", "drug", "alcohol", "breath", "emissions", "safety", "hygiene", "weapons", "missile", "nuclear", "paternity", "dna"}

// testNouns are the checks named by what they check for, each with the
// stem its verb and nouns share ("tests", "tested", "testers";
// "inspected", "inspectors").
var testNouns = map[string]string{"test": "test", "tests": "test", "inspection": "inspect", "inspections": "inspect"}

// testNear is how far, in bytes, the body's word for what a test is
// for may stand from its "test": "the anti-doping agency, which tests
// …", "running a doping programme, it attacks the test".
const testNear = 48

// headlineTest returns "<kind> test" ("<kind> inspection") when the
// headline's tokens [0, hi) name a test and no event ("A positive
// test, a missing seal …") and the article says what it tests for
// beside a "test" of its own ("the anti-doping agency, which tests
// …"): an editor names the test by what it tests, never by the
// headline's adjective; "" otherwise, so an article that says nothing
// of it keeps its own name.
func (d *docState) headlineTest(hi int) string {
	if d.headlineEvent(hi) {
		return ""
	}
	noun, stem := "", ""
	for k := 0; k < hi; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			continue
		}
		if st := testNouns[t.low]; st != "" && noun == "" && (k == 0 || d.toks[k-1].low != "to") {
			noun, stem = singularWord(t.low), st
		}
	}
	if noun == "" {
		return ""
	}
	best, bestAt := "", len(d.str)
	for _, kind := range testKinds {
		if at := testBeside(d.str, kind, stem); at >= 0 && at < bestAt {
			best, bestAt = kind, at
		}
	}
	if best == "" {
		return ""
	}
	return best + " " + noun
}

// testBeside returns the offset in s of the first word kind, on its own
// or after a hyphen ("anti-doping"), with a word beginning with stem
// within testNear bytes before or after it; -1 when there is none.
func testBeside(s, kind, stem string) int {
	for j := wordAt(s, kind, 0); j >= 0; j = wordAt(s, kind, j+1) {
		if lo, hi := max(0, j-testNear), min(len(s), j+len(kind)+testNear); hasWordPrefix(s[lo:hi], stem) {
			return j
		}
	}
	return -1
}

// hasWordPrefix reports whether a word of s begins with p.
func hasWordPrefix(s, p string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], p)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || !isASCIILetter(s[j-1]) {
			return true
		}
		i = j + 1
	}
}

// headlineThing returns the headline's event of the same kind as name
// when name is the event named by the people it harmed ("fishermen
// shooting") and the headline's by a thing or a place ("coast guard
// fired on trawler": trawler shooting): an editor names the vessel or
// the place, not the victims. name itself otherwise.
func (d *docState) headlineThing(name string) string {
	first, _, _ := strings.Cut(name, " ")
	head := name[strings.LastIndexByte(name, ' ')+1:]
	if first == name || !peopleModifier(first) {
		return name
	}
	for _, te := range d.titleEvents {
		f, _, _ := strings.Cut(te, " ")
		if f != te && te[strings.LastIndexByte(te, ' ')+1:] == head && !peopleModifier(f) {
			return te
		}
	}
	return name
}

// peopleModifier reports whether the first word of an event's name, a
// noun eventName made singular where it could, names people: "fishermen",
// "worker", "passenger", "villager".
func peopleModifier(w string) bool {
	return personWord(w) || civilianPlurals[w] || civilianPlurals[w+"s"] || strings.HasSuffix(w, "men") && len(w) > 4
}

// cyberActors are the subjects whose strike is a hack: "hackers hit
// Dorn savings bank" broke into the bank's systems, no bomb fell.
var cyberActors = map[string]bool{
	"hackers": true, "hacker": true, "cybercriminals": true, "cyber-criminals": true, "ransomware": true,
	"cyberattackers": true, "hacktivists": true,
}

// cyberHead returns "hack" for the strike or attack of the verb at k
// when its subject, the word before it or before its "gang", is a
// cyber actor ("Ostmark hackers hit tax office": office hack, not a
// strike; "a ransomware gang struck"); head otherwise.
func (d *docState) cyberHead(k, lo int, head string) string {
	if head != "strike" && head != "attack" || k <= lo {
		return head
	}
	j := k - 1
	if w := d.toks[j].low; (w == "gang" || w == "group" || w == "groups" || w == "gangs") && j > lo {
		j-- // "a ransomware gang struck"
	}
	if cyberActors[d.toks[j].low] {
		return "hack"
	}
	return head
}

// harmNouns are the harms a headline names its story by that no event
// verb of the lexicon reports and no event head folds: people dead or
// held or driven out, a thing fouled, flooded or run short ("migrant
// deaths", "border guard detention", "river contamination", "insulin
// shortage"). In a body they are often a side's own word
// for the other's act, so only the headline's compound of one names the
// article's event (headlineHarm).
var harmNouns = map[string]bool{
	"deaths": true, "detention": true, "detentions": true, "contamination": true, "pollution": true,
	"shortage": true, "shortages": true, "flooding": true, "drownings": true, "evictions": true, "arrests": true,
}

// headlineHarm returns the headline's harm noun with the one or two
// nouns before it that name what was harmed, as a desk labels the story
// ("Border guard detention deepens rift …": border guard detention;
// "Migrant deaths off Kellby coast": migrant deaths), in the tokens [0,
// hi) after a page label; a name, a number, an adjective or a past form
// before the harm is none of them ("14 deaths", "unlawful detention"),
// and a harm with no such noun names nothing. "" when the headline has
// none.
func (d *docState) headlineHarm(hi int) string {
	i := d.pageLabelEnd(hi)
	if name := d.headlineDeath(i, hi); name != "" {
		return name
	}
	for k := i + 1; k < hi; k++ {
		if t := &d.toks[k]; t.kind != tWord || !harmNouns[t.low] {
			continue
		}
		j := k
		for j > i && j > k-2 && d.harmModifier(j-1, i) {
			j--
		}
		if j == k {
			continue
		}
		var b strings.Builder
		for m := j; m <= k; m++ {
			if m > j {
				b.WriteByte(' ')
			}
			b.WriteString(d.toks[m].low)
		}
		return b.String()
	}
	return ""
}

// headlineDeath returns "<name> death" for a headline that names its
// story by the death of a person, in the tokens (lo, hi): "the death of
// Anton Brell", "Anton Brell's death". News of a death in custody, on a
// hunger strike or at a protest is labelled by whose death it was, more
// surely than by the prison or the street it happened in. The name is
// two or three capitalised words no actor's mention covers, its last
// word written alone in the article as a surname is ("Brell said"), which
// a place ("the death of Kerrow Hill") is not; "" when there is none.
func (d *docState) headlineDeath(lo, hi int) string {
	for k := lo + 1; k < hi; k++ {
		if d.toks[k].kind != tWord || d.toks[k].low != "death" {
			continue
		}
		s, e := -1, -1
		if k+3 < hi && d.toks[k+1].low == "of" {
			s, e = k+2, k+2
			for e < hi && e-s < 3 && d.toks[e].kind == tWord && d.toks[e].cap {
				e++
			}
		} else if k-1 > lo && d.toks[k-1].cap && strings.HasSuffix(d.toks[k-1].low, "'s") {
			e, s = k, k-1
			for s > lo && e-s < 3 && d.toks[s-1].kind == tWord && d.toks[s-1].cap {
				s--
			}
		}
		if s < 0 || e-s < 2 || e-s > 3 || e < hi && d.toks[e].kind == tWord && d.toks[e].cap {
			continue
		}
		var b strings.Builder
		for m := s; m < e; m++ {
			if m < len(d.mentAt) && d.mentAt[m] >= 0 {
				return ""
			}
			w, _ := possessiveBase(d.toks[m].low)
			b.WriteString(w)
			b.WriteByte(' ')
		}
		// the headline's tokens index the headline, not the article
		first, _ := possessiveBase(d.headline[d.toks[e-2].s:d.toks[e-2].e])
		last, _ := possessiveBase(d.headline[d.toks[e-1].s:d.toks[e-1].e])
		if !d.surnameAlone(first, last) {
			continue
		}
		return b.String() + "death"
	}
	return ""
}

// surnameAlone reports whether the article writes last, a name's last
// word, other than right after first: "Brell said", "Brell's lawyer".
func (d *docState) surnameAlone(first, last string) bool {
	for i := 0; ; {
		j := strings.Index(d.str[i:], last)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(last)
		if (e == len(d.str) || !isASCIILetter(d.str[e])) && (j == 0 || !isASCIILetter(d.str[j-1])) && !strings.HasSuffix(strings.TrimRight(d.str[:j], " "), first) {
			return true
		}
		i = j + 1
	}
}

// harmModifier reports whether token k, before a harm noun, names what
// the harm struck: a common noun, not a name the article mentions or
// writes (the headline's first word, at lo, may be capitalised), a
// count, an adjective or a verb's form. A word that ends as an
// adjective does ("migrant", "patient") is a noun when the article
// writes its plural ("migrants"), which no adjective has: "recent
// deaths" names no recent.
func (d *docState) harmModifier(k, lo int) bool {
	t := &d.toks[k]
	if t.kind != tWord || k < len(d.mentAt) && d.mentAt[k] >= 0 {
		return false
	}
	if t.cap {
		// the headline's first word is capitalised as the first word
		// is ("Border guard detention …"); a name elsewhere
		if k != lo || d.writtenAsName(t.low) {
			return false
		}
		t.cap = false
		defer func() { t.cap = true }()
	}
	if !d.nounLike(k) || notModifiers[t.low] || len(t.low) < 3 || harmNouns[t.low] || headSingular[t.low] != "" {
		return false
	}
	return !t.is(fTime|fPron|fVerb) && !quantityWord(t.low) && (!adjectival(t.low) || hasWords(d.str, t.low+"s")) && !strings.HasSuffix(t.low, "ing") && !strings.HasSuffix(t.low, "ed") &&
		!strings.HasSuffix(t.low, "ly") && !strings.ContainsAny(t.low, "'’")
}

// headlineParticiple returns "<noun> <act>" for a headline passive
// with its auxiliary dropped whose participle names an act no event
// verb lists ("after Karrowmere reservoir contaminated": reservoir
// contamination, or its poisoning, participleAct), in the tokens [0,
// hi); "" when there is none, or an object follows the participle
// ("Dairy polluted river" is active).
func (d *docState) headlineParticiple(hi int) string {
	for k := 1; k < hi; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.cap || !strings.HasSuffix(t.low, "ed") {
			continue
		}
		if _, ok := eventVerbs[guessLemma(t.low)]; ok {
			continue // named by the phrases
		}
		n := &d.toks[k-1]
		if n.kind != tWord || n.cap || !d.openEventNoun(k-1) || !d.nounLike(k-1) || !d.headlinePassive(k, k+1, 0, hi) {
			continue
		}
		if act := d.participleAct(t.low); act != "" {
			return singularWord(n.low) + " " + act
		}
	}
	return ""
}

// expulsionVerbs are the acts by which one state answers another's
// ("expels four diplomats over …", "recalls its ambassador over …").
var expulsionVerbs = map[string]bool{
	"expel": true, "expels": true, "expelled": true, "expelling": true,
	"recall": true, "recalls": true, "recalled": true,
}

// envoyNouns are whom a state recalls in answer to another.
var envoyNouns = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "diplomat": true, "diplomats": true,
}

// headlineExpulsion returns the dispute a headline's expulsion is over,
// named by the lower-case noun phrase after "over" ("expels four
// diplomats over spy ring targeting naval shipyard": "spy ring"), or "":
// the diplomats are the answer, the phrase the charge answered, which
// the desk labels the story by though no event noun names it. A judging
// word ("alleged") is no part of the name; a name of its own in capitals
// or a configured topic ("over alleged election meddling"), which its
// own rules count, gives none.
func (d *docState) headlineExpulsion(hi int) string {
	for k := 0; k < hi; k++ {
		if d.toks[k].kind != tWord || !expulsionVerbs[d.toks[k].low] {
			continue
		}
		o, in := k+1, -1
		for o < hi && o <= k+6 && (d.toks[o].kind == tWord || d.toks[o].kind == tNum) && d.toks[o].low != "over" {
			if d.toks[o].low == "in" && in < 0 {
				in = o
			}
			o++
		}
		quarrel := false
		if o >= hi || d.toks[o].low != "over" {
			if in < 0 {
				return ""
			}
			// "expel diplomats in spying row": the charge before the
			// quarrel's noun (feudNoun) names it as "over" does
			o, quarrel = in, true
		}
		if d.toks[k].low[0] == 'r' && !slices.ContainsFunc(d.toks[k+1:o], func(t token) bool { return envoyNouns[t.low] }) {
			// "recalls 40,000 cars over faulty brakes" is a maker's
			// recall, no answer to a state
			return ""
		}
		s := o + 1
		for s < hi && notModifiersF.has(notModifiers, d.toks[s].low) {
			s++
		}
		e := s
		// a noun may be spelt as a verb ("ring"): the phrase ends at a
		// participle ("targeting", not "ring"), a function word or a name
		for e < hi && e < s+3 && d.toks[e].kind == tWord && !d.toks[e].cap && (e > s || d.nounLike(e)) &&
			!d.toks[e].is(fPrep|fConj|fDet|fPron|fAux|fRel|fSubord) && !(participleSpelt(d.toks[e].low) && !(quarrel && e == s)) {
			e++
		}
		if quarrel {
			if e-s < 2 || !feudNoun(d.toks[e-1].low) || quarrelAdj(&d.toks[s]) {
				return "" // "expels diplomats in protest": no quarrel named
			}
			e--
		}
		if e == s || e-s == 1 && eventHeads[d.toks[s].low] != "" {
			// none, or one event noun the event rules name
			return ""
		}
		for i := range d.ments {
			if m := &d.ments[i]; m.topic != "" && m.i < e && m.j > s {
				return ""
			}
		}
		words := make([]string, 0, e-s)
		for i := s; i < e; i++ {
			words = append(words, d.toks[i].low)
		}
		words[len(words)-1] = singularWord(words[len(words)-1])
		return strings.Join(words, " ")
	}
	return ""
}

// participleSpelt reports whether w is spelt as a participle: "-ing"
// or "-ed" after a stem of three letters or more ("targeting",
// "planned"; not "ring", "shed").
func participleSpelt(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// headlineVictim returns the label a headline gives an act against a
// person by the person's surname ("staged Tarvel 'poisoning'", "Orvan
// killing: …"): the surname, lower case, and the act's noun, or "". The
// name must be a person's, which the body writes after a first name
// ("activist Mila Tarvel"), and no actor's: "Velland shelling" names
// the shelling by whom the headline blames. A desk names such an act by
// its victim, where the text names it by other words ("food poisoning",
// a side's account).
func (d *docState) headlineVictim(hi int) string {
	for k := 2; k < hi; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.cap {
			continue
		}
		noun, place := victimNouns[t.low], false
		if noun == "" {
			// "Brennik killings were staged", "Was the Ashmora massacre
			// staged?": the desk names deaths of many by the place they
			// happened in, which the body writes as a place
			noun, place = massNouns[t.low], true
		}
		if noun == "" {
			continue
		}
		n := k - 1
		if d.toks[n].kind == tQuote {
			n-- // the act in a side's quotation marks: 'Tarvel "poisoning"'
		}
		if n < 1 || d.toks[n].kind != tWord || !d.toks[n].cap || len(d.toks[n].low) < 3 {
			continue
		}
		if slices.ContainsFunc(d.ments, func(m mention) bool { return m.actor != "" && m.i <= n && n < m.j }) {
			continue
		}
		name := d.headline[d.toks[n].s:d.toks[n].e]
		if place && !placeNamed(d.str, name) || !place && !personSurname(d.str, name) {
			continue
		}
		return d.toks[n].low + " " + noun
	}
	return ""
}

// massNouns are the nouns a desk names the deaths of many people by,
// plural where one death has its own noun (victimNouns), with the noun
// the label takes: "killings", "massacre", "executions" (of civilians,
// not a court's sentence: the headline's place says where they happened).
var massNouns = map[string]string{
	"killings": "killings", "massacre": "massacre", "massacres": "massacre",
	"slayings": "killings", "executions": "executions", "murders": "killings",
}

// placeNamed reports whether body writes name as a place: after "in",
// "of" or "near" ("a village of about 1,400 people … in Brennik", "the
// village of Ashmora"), not only in the headline.
func placeNamed(body, name string) bool {
	for _, p := range [...]string{" in ", " of ", " near ", " from "} {
		for i := 0; ; {
			j := strings.Index(body[i:], p+name)
			if j < 0 {
				break
			}
			e := i + j + len(p) + len(name)
			if e >= len(body) || !isASCIILetter(body[e]) {
				return true
			}
			i = e
		}
	}
	return false
}

// personSurname reports whether body writes name after a first name, a
// capitalised word of letters only that follows a lower-case word
// ("activist Mila Tarvel"): a person's surname, not a place's or a
// body's name ("the Tarvel river", "Port Tarvel" after a full stop).
func personSurname(body, name string) bool {
	for i := 0; ; {
		j := strings.Index(body[i:], name)
		if j < 0 {
			return false
		}
		j += i
		i = j + len(name)
		if i < len(body) && isASCIILetter(body[i]) || j < 3 || body[j-1] != ' ' {
			continue
		}
		f := j - 1
		for f > 0 && isASCIILetter(body[f-1]) {
			f--
		}
		if f == j-1 || body[f] < 'A' || body[f] > 'Z' || f < 2 || body[f-1] != ' ' {
			continue
		}
		if c := body[f-2]; c >= 'a' && c <= 'z' {
			return true
		}
	}
}

// quarrelAdj reports whether t, before a quarrel's noun, says how the
// quarrel goes rather than what it is about: "bitter row", "diplomatic
// row", "deepening row" (a participle that names no charge, as
// "spying" does).
func quarrelAdj(t *token) bool {
	if strings.HasSuffix(t.low, "ing") && !t.is(fCulp|fWilful) {
		return true
	}
	switch t.low {
	case "bitter", "diplomatic", "political", "fresh", "new", "latest", "tit-for-tat", "long-running", "public", "heated", "renewed":
		return true
	}
	return false
}

// mutualActNouns are the nouns a desk names an act by where the
// gerund is not its word: both sides "blocking trucks" is a blockade,
// each saying the other "stole" a thing a theft.
var mutualActNouns = map[string]string{"block": "blockade", "steal": "theft"}

// labelMutualAct returns the event a headline's label gives way to, or
// "": a label with no event noun ("Pass aid convoy: …", "Museum row:
// …") names the story by its thing or its quarrel, and the same
// headline says what the parties accuse each other of doing ("armed
// groups accuse each other of blocking trucks", "each say the other
// stole the Kell Chalice"). That act is the one event both sides argue
// over, and the desk names it with the label's thing ("convoy
// blockade") or, a quarrel's label naming none, with the act's object
// ("chalice theft"). quarrel says the label named a quarrel's noun
// that headlineLabel's caller cut ("Port tender row": "port tender").
func (d *docState) labelMutualAct(label string, quarrel bool, hi int) string {
	c := 0
	for c < hi && c < 6 && d.toks[c].low != ":" {
		c++
	}
	for k := c + 1; k+3 < hi; k++ {
		v := -1 // the act's verb
		switch lem := d.toks[k].guessLemma(); {
		case lem == "accuse" && d.toks[k+1].low == "each" && d.toks[k+2].low == "other" && d.toks[k+3].low == "of":
			if k+4 < hi && strings.HasSuffix(d.toks[k+4].low, "ing") {
				v = k + 4
			}
		case d.toks[k].low == "each":
			// "each say the other", "each side says the other"
			j := k + 1
			if eachNouns[d.toks[j].low] {
				j++
			}
			if j+3 < hi && d.toks[j].guessLemma() == "say" && d.toks[j+1].low == "the" && d.toks[j+2].low == "other" {
				v = j + 3
			}
		}
		if v < 0 {
			continue
		}
		noun := mutualActNouns[d.toks[v].guessLemma()]
		if noun == "" {
			return ""
		}
		thing := label[strings.LastIndexByte(label, ' ')+1:]
		if noun == "blockade" && !blockadeThing(thing) {
			// "Pension bill: parties accuse each other of blocking
			// reform" obstructs a law; a blockade stops what moves
			if n := d.objectNoun(v+1, hi); n < 0 || !blockadeThing(d.toks[n].low) {
				return ""
			}
		}
		thing = singularWord(thing) // "fuel trucks": a truck blockade
		if quarrel || feudNoun(thing) {
			n := d.objectNoun(v+1, hi)
			if n < 0 {
				n = d.namedThing(v+1, hi)
			}
			if n < 0 {
				return ""
			}
			thing = singularWord(d.toks[n].low)
		}
		return thing + " " + noun
	}
	return ""
}

// eachNouns are the parties "each" may name before its verb: "each
// side says the other …".
var eachNouns = map[string]bool{"side": true, "party": true, "government": true, "camp": true}

// blockadeThings are what a blockade stops or closes: goods, vehicles
// and the ways they go by ("blocking trucks", "blocking the port"), not
// a bill, a budget or a tender that parties block in a chamber.
var blockadeThings = map[string]bool{
	"convoy": true, "truck": true, "lorry": true, "aid": true, "food": true, "fuel": true, "supply": true,
	"delivery": true, "shipment": true, "goods": true, "cargo": true, "grain": true,
	"medicine": true, "road": true, "route": true, "port": true, "harbour": true, "harbor": true,
	"access": true, "crossing": true, "pass": true, "border": true, "traffic": true, "train": true,
}

// blockadeThing reports whether w, or its singular, is a blockade's thing.
func blockadeThing(w string) bool {
	s := singularWord(w)
	return blockadeThings[w] || blockadeThings[s] || vesselNouns[s]
}

// namedThing returns the last word of a thing's name after "the" at k
// ("the Kell Chalice"), its common noun as a desk writes it lower case,
// or -1: a run of capitalised words no mention claims as a party.
func (d *docState) namedThing(k, hi int) int {
	if k+1 >= hi || d.toks[k].low != "the" || !d.toks[k+1].cap {
		return -1
	}
	last := -1
	for j := k + 1; j < hi && j < k+5 && d.toks[j].kind == tWord && d.toks[j].cap; j++ {
		if j < len(d.mentAt) && d.mentAt[j] >= 0 {
			return -1
		}
		last = j
	}
	return last
}

// pushbackPeople are the people and craft a border force turns back:
// "forced the migrants back across the frontier", "pushed a dinghy back
// out to sea". A craft names the event ("boat pushback"); people, or
// "them", leave the desk's bare noun. The words true here say by
// themselves whom they name; the others ("them", "people", "families")
// only in a sentence that names migrants (migrantWords): police who
// "forced them back across the square" turned a crowd back.
var pushbackPeople = map[string]bool{
	"migrant": true, "migrants": true, "refugee": true, "refugees": true, "seekers": true, "people": false,
	"families": false, "them": false,
	"boat": true, "boats": true, "dinghy": true, "dinghies": true, "vessel": true, "vessels": true,
}

// migrantWords name people crossing a border to seek refuge or work.
var migrantWords = map[string]bool{
	"migrant": true, "migrants": true, "refugee": true, "refugees": true, "asylum": true, "seekers": true,
}

// pushbackWays are the words after "back" that say where people were
// sent: "back across the border", "back out to sea", "back into
// Zemlor" ("back to" only before a name or the sea: "forced them back
// to work" sent them nowhere).
var pushbackWays = map[string]bool{
	"across": true, "into": true, "over": true, "out": true, "towards": true, "toward": true, "through": true, "beyond": true,
}

// borderWords are the lines people are turned back across: "back across
// the frontier", "back out to sea", "back into open water".
var borderWords = map[string]bool{
	"border": true, "borders": true, "frontier": true, "boundary": true, "line": true, "sea": true, "seas": true,
	"river": true, "strait": true, "channel": true, "water": true, "waters": true, "fence": true,
}

// pushbackPlace reports whether the place from k, after "back into",
// "back across" or "back out to", is a border, a sea or a named land
// ("into Zemlar", "across the frontier with …", "out to sea", "into
// open water"): the head of its noun phrase is a name or a border word.
// Winds that pushed boats "back into the harbour" and police who pushed
// migrants "back across the main square" turned no one back at a border.
func (d *docState) pushbackPlace(k, hi int) bool {
	if k < hi && (d.toks[k].low == "to" || d.toks[k].low == "of") && d.toks[k-1].low == "out" {
		k++ // "back out to sea", "back out of its waters"
	}
	head := -1
	for j := k; j < hi && j < k+6; j++ {
		t := &d.toks[j]
		if t.kind != tWord || t.is(fPrep|fConj|fAux|fRel|fSubord) {
			break
		}
		if t.is(fDet) && !t.cap {
			continue
		}
		head = j
	}
	return head >= 0 && (d.toks[head].cap || borderWords[d.toks[head].low])
}

// pushback returns the name of the pushback the verb at k reports, or
// "": a border force that "forced them back into Zemlor" or "pushed a
// migrant boat back out to sea" turned people back across a border or a
// sea line, which news calls a pushback, whatever the other side calls
// the blows or the towing that went with it. "Pushed back against the
// plan", "pushed the vote back to May" and "forced prices back up" turn
// no one back.
func (d *docState) pushback(k, lo, hi int) string {
	t := &d.toks[k]
	if t.cap || t.kind != tWord {
		return ""
	}
	if lem := t.guessLemma(); lem != "push" && lem != "force" {
		return ""
	}
	back := -1
	for j := k + 1; j < hi && j <= k+5; j++ {
		if d.toks[j].low == "back" {
			back = j
			break
		}
		if d.toks[j].kind == tNum {
			// "pushed 63 migrants back": a count of the people, in
			// figures as in words, is no break (objectNoun skips it too)
			continue
		}
		if d.toks[j].kind != tWord || d.toks[j].is(fPrep|fConj|fAux) {
			return ""
		}
	}
	if back < 0 || back+1 >= hi {
		return ""
	}
	// the people turned back: before "back" ("forced them back") or
	// after it ("pushed back the boats")
	obj := back - 1
	way := back + 1
	if back == k+1 {
		obj = d.objectNoun(back+1, hi)
		if obj < 0 {
			return ""
		}
		way = obj + 1
	}
	w := d.toks[obj].low
	own, ok := pushbackPeople[w]
	if !ok || way >= hi {
		return ""
	}
	if !own && !slices.ContainsFunc(d.toks[lo:k], func(t token) bool { return migrantWords[t.low] }) {
		return ""
	}
	next := &d.toks[way]
	if !pushbackWays[next.low] && !(next.low == "to" && way+1 < hi && (d.toks[way+1].cap || d.toks[way+1].low == "sea")) {
		return ""
	}
	if !d.pushbackPlace(way+1, hi) {
		return ""
	}
	switch w {
	case "boat", "boats", "dinghy", "dinghies", "vessel", "vessels":
		return singularWord(w) + " pushback"
	}
	return "pushback"
}
