package extract

import (
	"slices"
	"strings"
)

// clause kinds: how a clause relates to the one before it.
const (
	clFirst    = iota // the sentence's first clause
	clContinue        // "and said that …", ", adding that …", "and that …": same speaker
	clBut             // ", but …": same speaker unless it names its own
	clOwn             // "; …", ", while …", ", and X …": its own speaker or none
)

type clause struct {
	lo, hi int
	kind   int
	contS  int // continuation clauses: where the reported content starts
	verb   int // continuation clauses: their reporting verb, or -1
}

// isEnd reports whether t ends a sentence.
func isEnd(t *token) bool {
	return t.kind == tPunct && (t.low == "." || t.low == "!" || t.low == "?" || t.low == "…")
}

// adjunctOnly reports whether nothing but adjuncts follow the reporting
// verb v before hi: time words, a prepositional phrase, a recipient.
func (d *docState) adjunctOnly(v, hi int) bool {
	j := v + 1
	vi := d.toks[v].speech()
	if vi.class == vTell {
		// the recipient ends at a clause that follows it: "told her
		// advisers as she worked on the speech"
		for j < hi && j-v <= 4 && d.toks[j].kind == tWord && d.toks[j].low != "that" && !d.toks[j].is(fPrep) && (j == v+1 || d.toks[j].sets&sTrailingSubord == 0) {
			j++
		}
		// "told NBC's “Today” on Monday": the recipient is a programme
		if e := d.quotedTitle(j, hi); e > j {
			j = e
		}
	}
	return d.adjunctsFrom(j, hi)
}

// quotedTitle returns the index after a quoted title at j (a short
// quote whose words are all capitalised but the small ones: “State of the
// Union”, “Today”), or j when there is none. Programmes, books and films
// are named so after a reporting verb ("said on CNN's “State of the
// Union”"); reported words are not.
func (d *docState) quotedTitle(j, hi int) int {
	if j >= hi || d.toks[j].kind != tQuote || !d.toks[j].open {
		return j
	}
	words := 0
	for k := j + 1; k < hi && k <= j+8; k++ {
		t := &d.toks[k]
		switch {
		case t.kind == tQuote && !t.open:
			if words == 0 {
				return j
			}
			return k + 1
		case t.kind == tWord && (t.cap || titleSmallWords[t.low] && k > j+1):
			words++
		case t.kind == tNum:
			words++
		case t.kind == tPunct && (t.low == "." || t.low == "," || t.low == "!" || t.low == "?") && k+1 < hi && d.toks[k+1].kind == tQuote && !d.toks[k+1].open:
			// American style puts the sentence's stop inside: “Today.”
		default:
			return j
		}
	}
	return j
}

// titleSmallWords stay lower case inside a title.
var titleSmallWords = map[string]bool{
	"of": true, "the": true, "and": true, "a": true, "an": true, "in": true, "on": true, "for": true, "to": true, "with": true,
}

// adjunctsFrom reports whether tokens [j, hi), after a reporting verb,
// hold no reported content: time words, a prepositional phrase, a
// subordinate or participle clause, a relative clause, or the sentence
// end ("…, he said on Tuesday as he left", "…, she said, laughing").
func (d *docState) adjunctsFrom(j, hi int) bool {
	for j < hi {
		t := &d.toks[j]
		switch {
		case t.kind == tWord && t.is(fTime):
			j++
			continue
		case t.kind == tQuote && t.open:
			if e := d.quotedTitle(j, hi); e > j {
				j = e
				continue
			}
		case t.kind == tWord && (t.low == "on" || t.low == "last") && j+1 < hi && d.toks[j+1].is(fTime):
			j++
			continue
		}
		break
	}
	if j >= hi {
		return true
	}
	t := &d.toks[j]
	switch {
	case isEnd(t), t.kind == tQuote && !t.open, t.low == ")":
		return true
	case t.kind == tWord && t.sets&sTrailingSubord != 0:
		return true
	case t.kind == tWord && t.is(fPrep) && t.low != "that":
		// "said in a statement that …", "told reporters on Monday:": the
		// content follows the adjunct after all
		for k := j + 1; k < hi && k < j+10; k++ {
			tk := &d.toks[k]
			if tk.inQ && tk.kind != tQuote {
				continue
			}
			if tk.kind == tQuote && tk.open {
				if e := d.quotedTitle(k, hi); e > k {
					k = e - 1 // "on the podcast “Fields”": a title, not the report
					continue
				}
			}
			if tk.low == "that" || tk.low == ":" || tk.kind == tQuote && tk.open {
				return false
			}
			if tk.kind == tPunct && tk.low != "-" && tk.low != "'" {
				break
			}
		}
		return true
	case t.kind == tWord && len(t.low) > 4 && strings.HasSuffix(t.low, "ing") && !continuers[t.low] && !t.is(fPrep):
		return true
	case t.low == "," && j+1 < hi:
		// ", referring to …", ", who …", ", as …": not a continuation of
		// the report
		n := &d.toks[j+1]
		// ", then referred to …": a later act of the speaker's
		then := n.low == "then" || n.low == "and" && j+2 < hi && d.toks[j+2].low == "then"
		// ", another reference to …", ", a nod to …": an apposition to
		// the report, not more of it
		appos := (n.low == "a" || n.low == "an" || n.low == "another") && j+2 < hi && d.toks[j+2].kind == tWord && !d.toks[j+2].is(fSpeech)
		return n.kind == tWord && (len(n.low) > 4 && strings.HasSuffix(n.low, "ing") && !continuers[n.low] || n.is(fRel) && n.low != "that" || trailingSubord[n.low] || n.low == "in" || n.low == "according" || then || appos)
	}
	return false
}

// afterQuoteComma reports whether the reporting verb v of a say or tell
// frame, or an accusation verb with no object (bareVerb: '“…,” Vell
// charged'), follows a quote closed on a comma, question or exclamation
// mark and the frame's subject: in '“…,” X told a meeting held in Y' the
// quote is the report, whatever follows the verb (a recipient, a place,
// "in a documentary that showed …").
func (d *docState) afterQuoteComma(v, lo int) bool {
	if c := d.toks[v].speech().class; c != vSay && c != vTell && !(c == vAccuse && d.bareVerb(v)) {
		return false
	}
	// cheap gate before the subject is read: a closing quote shortly
	// before the verb
	k := v - 1
	for k >= lo && k >= v-40 && !(d.toks[k].kind == tQuote && !d.toks[k].open) {
		k--
	}
	if k < lo || k < v-40 {
		return false
	}
	s, _, _, _ := d.npLeft(v, lo)
	if s < lo+2 {
		return false
	}
	q, p := &d.toks[s-1], &d.toks[s-2]
	if !(q.kind == tQuote && !q.open && p.kind == tPunct && (p.low == "," || p.low == "?" || p.low == "!")) {
		return false
	}
	// not after a title: 'On “Fox Sunday,” Governor X said …' reports
	// what follows the verb
	for k := s - 3; k >= lo && k >= s-40; k-- {
		if t := &d.toks[k]; t.kind == tQuote && t.open {
			if d.quotedTitle(k, s) > k {
				return false
			}
			break
		}
	}
	// not when the frame goes on to report more: "…, adding that …",
	// "… and said …", "said that …"
	for k := v + 1; k < len(d.toks) && !isEnd(&d.toks[k]); k++ {
		t := &d.toks[k]
		if t.kind == tWord && !t.inQ && (k == v+1 && t.low == "that" || t.is(fSpeech) && !t.cap && (d.toks[k-1].low == "," || d.toks[k-1].low == "and" || d.toks[k-1].is(fAdv)) && d.speaksOf(k)) {
			return false
		}
	}
	return true
}

// bareVerb reports whether verb v takes no object: the sentence ends or
// a comma, an adverb or an adjunct's preposition follows ('“…,” Vell
// charged in her opening statement'); an accusation verb so used
// frames the quotation before it, not the words after it ("charged
// the company with fraud", "accused him of lying").
func (d *docState) bareVerb(v int) bool {
	if v+1 >= len(d.toks) {
		return true
	}
	n := &d.toks[v+1]
	switch {
	case isEnd(n) || n.low == "," || n.low == ";":
		return true
	case n.kind != tWord || n.cap || n.is(fNeg):
		return false
	case n.is(fPrep):
		return n.low != "of" && n.low != "for" && n.low != "with" && n.low != "that"
	}
	return n.is(fTime | fAdv)
}

// trailingSubord open an adjunct clause after a reporting verb: "…, she
// said as she left".
var trailingSubord = map[string]bool{
	"as": true, "when": true, "while": true, "after": true, "before": true, "because": true,
	"since": true, "until": true, "though": true, "although": true, "whereas": true,
}

// quoteBefore reports whether a quotation closes right before the
// subject at s ("“…,” the Herald reported"): the medium's own quoted
// words, not the story it carries.
func (d *docState) quoteBefore(s int) bool {
	k := s - 1
	if k >= 0 && d.toks[k].low == "," {
		k--
	}
	return k >= 0 && d.toks[k].kind == tQuote && !d.toks[k].open
}

// findTrailing finds an attribution at the end of tokens [lo, hi) that
// reports everything before it: "…, X said Tuesday.", "“…,” said X.",
// "…, according to X.".
func (d *docState) findTrailing(lo, hi int) *att {
	if a := d.accordingTo(lo, hi, true); a != nil {
		return a
	}
	if a := d.pointMade(lo, hi); a != nil {
		return a
	}
	if d.frameWords&sQuoted != 0 {
		if a := d.quotedTrailing(lo, hi); a != nil {
			return a
		}
	}
	closeAt := d.closingQuoteIn(lo, hi)
	for v := hi - 1; v >= lo; v-- {
		if !d.toks[v].mayReport() || !d.trailingMay(v, lo, hi, closeAt) || !d.speechCandidate(v, lo) {
			continue
		}
		vi := d.toks[v].speech()
		// "…, X said (on Tuesday)."; an accusation only as the frame of
		// the quote before it ('“…,” Vell charged'), an appeal never
		// (trailingMay passed over it)
		var frame bool
		switch vi.class {
		case vAccuse:
			frame = d.afterQuoteComma(v, lo)
		default:
			frame = (d.adjunctOnly(v, hi) || d.afterQuoteComma(v, lo)) && !d.dismissal(v)
		}
		if frame && (vi.lemma == "show" || vi.lemma == "find") {
			// "…, campaign finance records compiled by the Velmont
			// Center show.": the document's phrase, modifiers and all
			if s := d.trailingDocument(v, lo); s > lo {
				e := v
				if h := d.documentHead(v, s); h >= 0 {
					e = h + 1
				}
				spk := d.describe(s, s, e, "")
				a := d.newAtt(att{verb: v, class: vi.class, npS: s, npE: e, trailing: true, contS: lo, contE: s - 1, spk: spk, quoteSpan: -1, evS: -1})
				d.used[v] = true
				return a
			}
		}
		if frame {
			if s, e, as, ae := d.npLeft(v, lo); s > lo {
				p := &d.toks[s-1]
				if !(p.low == "," || p.kind == tQuote && !p.open || p.low == "—") {
					return nil
				}
				if ae <= as && d.reportedAppos(lo, s, e, v) {
					return nil
				}
				if d.freeRelative(s, e) || d.objectRelative(s, v) {
					// "…, a fraction of what Ostmark claims.": the verb
					// is inside a clause "what" opens, the object of
					// "of", no frame of the sentence before it
					return nil
				}
				spk, st := d.resolveNP(s, e, as, ae)
				if st == npMedia && (vi.lemma == "say" || (vi.lemma == "report" || vi.lemma == "write") && d.quoteBefore(s)) && !d.hasOwnSpeaker(lo, s-1) {
					// "…, the Fredville Herald said.": a medium's own
					// words; "…, the Herald reported" stays the story
					// it carries
					spk, st = d.mediaSource(s, e)
				}
				if st != npOK {
					return nil
				}
				a := d.newAtt(att{verb: v, class: vi.class, npS: s, npE: e, trailing: true, contS: lo, contE: s - 1, spk: spk, quoteSpan: -1, evS: -1})
				a.quoteSpan = d.closingSpan(s - 1)
				d.used[v] = true
				return a
			}
		}
		// inverted: "“…,” said spokesman X, who …"
		k := v - 1
		for k >= lo && d.toks[k].low == "," {
			k--
		}
		if vi.class == vSay && k >= lo && (d.toks[k].kind == tQuote && !d.toks[k].open || d.toks[v-1].low == ",") && v+1 < hi {
			if s, _, _, _ := d.npLeft(v, lo); s >= 0 {
				return nil // "X, a delegate, criticized …": not inverted
			}
			e, full := d.postModified(v+1, d.npRight(v+1, hi), hi)
			if e > v+1 && d.speakerLike(v+1, e) && (d.adjunctsFrom(full, hi) || d.toks[full].low == "," || d.toks[full].is(fRel) && d.toks[full].low != "that") {
				as, ae := -1, -1
				if e+1 < hi && d.toks[e].low == "," {
					// "said General X, the air force's chief of staff."
					as, ae = e+1, d.clauseEnd(e+1, hi)
					for ae > as && isEnd(&d.toks[ae-1]) {
						ae--
					}
				}
				spk, st := d.resolveNP(v+1, e, as, ae)
				if st != npOK {
					return nil
				}
				if full > e && spk.person == nil && !spk.inst {
					// the whole description: "a person close to the family"
					spk, e = d.describe(v+1, v+1, full, spk.side), full
				}
				d.used[v] = true
				return d.newAtt(att{verb: v, class: vi.class, npS: v + 1, npE: e, trailing: true, contS: lo, contE: v, spk: spk, quoteSpan: d.closingSpan(v - 1), evS: -1})
			}
			if ns, ne, ds, de := d.titledName(v+1, hi); ns >= 0 {
				// "“…,” said Clinton ally Ivo Marek.", "…, said his
				// brother, Ivo Marek, who …": a description the phrase
				// reader stops inside, then the name that speaks
				if spk, st := d.resolveNP(ns, ne, ds, de); st == npOK {
					d.used[v] = true
					return d.newAtt(att{verb: v, class: vi.class, npS: v + 1, npE: ne, trailing: true, contS: lo, contE: v, spk: spk, quoteSpan: d.closingSpan(v - 1), evS: -1})
				}
			}
		}
		continue
	}
	return nil
}

// titledName reads the speaker after an inverted "said" at s-1 as a
// description that ends in a person's name of two to four capitalised
// words, with or without a comma between them: "said Clinton ally Ivo
// Marek.", "said lobbyist and party strategist Ivo Marek, a former
// aide", "said his best friend at college, Ivo Marek, who …", "added his
// campaign manager Ivo Marek, speaking to reporters". The description
// holds no verb, and the name ends the clause or is followed by a
// comma or a colon. It returns the name [ns, ne) and the description
// [ds, de), or -1s.
func (d *docState) titledName(s, hi int) (ns, ne, ds, de int) {
	descOK := func(k int) bool {
		t := &d.toks[k]
		if t.inQ || t.kind == tQuote {
			return false
		}
		if t.kind == tNum || t.kind == tSQuote {
			return true
		}
		if t.kind != tWord {
			return false
		}
		if !t.cap && strings.HasSuffix(t.low, "ing") && !t.is(fAux|fSpeech) && k+1 < hi && d.toks[k+1].kind == tWord && (d.toks[k+1].cap || d.nounLike(k+1)) {
			return true // a participle before its noun: "another leading advocate"
		}
		return t.cap || t.is(fDet) || !t.is(fVerb|fAux|fSpeech|fRel|fSubord|fNeg|fPron|fTime)
	}
	if s >= hi || d.toks[s].is(fPrep|fConj) {
		return -1, -1, -1, -1 // "written by Ivo Marek": the passive's agent, no inversion
	}
	j := s
	for j < hi && j-s < 14 && descOK(j) {
		if d.toks[j].low == "by" {
			return -1, -1, -1, -1 // "written and directed by …"
		}
		j++
	}
	if j >= hi || j-s < 2 {
		return -1, -1, -1, -1
	}
	ends := func(k int) bool {
		return k >= hi || isEnd(&d.toks[k]) || d.toks[k].low == "," || d.toks[k].low == ":"
	}
	if !ends(j) {
		return -1, -1, -1, -1
	}
	// the name closing the phrase: "… Clinton ally Ivo Marek"
	n := j
	for n > s && j-n < 4 && d.isNameTok(n-1) {
		n--
	}
	if j-n >= 2 && n-s >= 1 && !d.toks[n-1].cap {
		return n, j, s, n
	}
	// a description, a comma, then the name: "his best friend at
	// college, Ivo Marek"
	if j+2 < hi && d.toks[j].low == "," && !d.toks[s].cap {
		e := j + 1
		for e < hi && e-j <= 4 && d.isNameTok(e) {
			e++
		}
		if e-j-1 >= 2 && ends(e) {
			return j + 1, e, s, j
		}
	}
	return -1, -1, -1, -1
}

// freeRelative reports whether the phrase [s, e) before a reporting
// verb holds "what" or "whatever" outside quotation marks: the verb is
// then in a free relative ("a fraction of what Ostmark claims", "half
// of what the firm says"), not a frame of its own.
func (d *docState) freeRelative(s, e int) bool {
	for k := s; k < e; k++ {
		if t := &d.toks[k]; !t.inQ && (t.low == "what" || t.low == "whatever") {
			return true
		}
	}
	return false
}

// objectRelative reports whether the reporting verb v after the phrase
// starting at s ends a relative clause that "that" or "which" opens
// with no verb of its own: "…, a shoal that both countries claim.", "a
// figure which the ministry disputes". The verb is then the clause's
// own, its object the noun before ("both countries claim the shoal"),
// no frame of the sentence before it. "a spokesman who declined to be
// named said" has a verb of its own.
func (d *docState) objectRelative(s, v int) bool {
	for k := s + 1; k+1 < v; k++ {
		if t := &d.toks[k]; !t.inQ && (t.low == "that" || t.low == "which") {
			return !d.verbIn(k+1, v)
		}
	}
	return false
}

// reportedAppos reports whether the name [s, e) before the reporting
// verb v, set off by commas (", Tomas Brandt, had asked"), renames a
// description that a reporting verb before it reports on: "Party
// chairman Ivo Marek said the councillor, Tomas Brandt, had asked to
// move the box" is Marek's report of what the councillor asked, not
// Brandt's of what Marek said. A description opening the trailing
// attribution itself ("…, the minister, Ada Brisk, said") follows a
// comma, not a reporting verb.
func (d *docState) reportedAppos(lo, s, e, v int) bool {
	if e >= v || d.toks[e].low != "," || s-2 < lo || d.toks[s-1].low != "," {
		return false
	}
	for k := e + 1; k < v; k++ {
		if t := &d.toks[k]; t.kind != tWord || !t.is(fAux|fAdv) {
			return false
		}
	}
	k := s - 2
	for k > lo && s-2-k < 5 && d.toks[k].kind == tWord && !d.toks[k].cap && !d.toks[k].is(fVerb|fAux|fSpeech|fPrep|fConj|fRel) {
		k-- // "the councillor", "the local councillor"
	}
	return k < s-2 && d.toks[k].mayReport()
}

// closingQuoteIn returns the first closing quotation mark of [lo, hi),
// a part of the sentence being read, or hi. The sentence's first pass
// found its first (sentClose): most sentences have none.
func (d *docState) closingQuoteIn(lo, hi int) int {
	switch {
	case d.sentClose >= hi:
		return hi
	case d.sentClose >= lo:
		return d.sentClose
	}
	for k := lo; k < hi; k++ {
		if t := &d.toks[k]; t.kind == tQuote && !t.open {
			return k
		}
	}
	return hi
}

// trailingMay is a necessary condition of findTrailing's two frames at
// reporting verb v, cheaper than speechCandidate, which most verbs of a
// sentence pass only to fail the frames after it (their report follows
// them): each frame needs nothing but adjuncts after the verb
// (adjunctOnly), a quotation closed before it (afterQuoteComma; closeAt
// is the first of [lo, hi)), or "said" inverted after a comma.
func (d *docState) trailingMay(v, lo, hi, closeAt int) bool {
	vi := d.toks[v].speech()
	switch {
	case vi.class == vCallFor:
		return false
	case closeAt < v:
		return true
	case vi.class == vSay && v+1 < hi && v-1 >= lo && d.toks[v-1].low == ",":
		return true
	}
	return vi.class != vAccuse && d.adjunctOnly(v, hi)
}

// postModified returns the start of the post-modifier of the description
// [s, e) and the description's end with it, when an adjective of relation
// and a preposition follow its head up to the clause's end ("a person
// close to the family", "officials familiar with the talks", "an aide
// briefed on the plan"); else e, e.
func (d *docState) postModified(s, e, hi int) (int, int) {
	m := e
	if m-1 > s && postModifiers[d.toks[m-1].low] {
		m-- // npRight took the adjective for a noun
	}
	if m+2 >= hi || !postModifiers[d.toks[m].low] || d.toks[m].inQ || !d.toks[m+1].is(fPrep) || d.toks[m+1].low == "that" {
		return e, e
	}
	end := d.clauseEnd(m, hi)
	for end > m && isEnd(&d.toks[end-1]) {
		end--
	}
	if end-m > 10 {
		return e, e
	}
	for k := m + 2; k < end; k++ {
		if t := &d.toks[k]; t.inQ || t.kind == tQuote || t.is(fSpeech) && !t.cap {
			return e, e
		}
	}
	return m, end
}

// postModifiers are adjectives and participles of relation that describe
// an unnamed source by its tie to a subject.
var postModifiers = map[string]bool{
	"close": true, "familiar": true, "knowledgeable": true, "briefed": true, "involved": true,
	"loyal": true, "allied": true, "aligned": true, "linked": true, "connected": true, "tied": true,
	"affiliated": true, "opposed": true, "sympathetic": true, "friendly": true, "hostile": true,
	"critical": true, "responsible": true, "devoted": true, "committed": true, "related": true,
}

// speakerLike reports whether tokens [s, e) after an inverted verb can
// name a speaker: a name, a role, an organisation or a group, not "their
// approval of the filibuster".
func (d *docState) speakerLike(s, e int) bool {
	switch d.toks[s].low {
	case "his", "her", "their", "its", "our", "this", "that", "these", "those":
		return false
	}
	for k := s; k < e; k++ {
		if t := &d.toks[k]; t.kind == tWord && (t.cap || t.is(fRole|fOrg|fGroup)) {
			return true
		}
		if npPrepsF.has(npPreps, d.toks[k].low) {
			break // only the head phrase counts: "one owner of a shop"
		}
	}
	return d.nounLike(e-1) && strings.HasSuffix(d.toks[e-1].low, "s") || e-s >= 2 && d.nounLike(s+1)
}

// pointNouns name an argument as something a speaker makes: "…, a
// point Varnbeck made on Sunday", "…, an argument the union has pressed".
var pointNouns = map[string]bool{"point": true, "argument": true, "case": true}

// pointVerbs make, press or repeat a point.
var pointVerbs = map[string]bool{
	"made": true, "pressed": true, "repeated": true, "stressed": true, "underlined": true,
	"raised": true, "echoed": true, "argued": true, "put": true, "reiterated": true,
}

// pointMade matches a report closed by an apposition that names its
// speaker: "A host state must protect the premises, a point Varnbeck made
// repeatedly on Sunday." What comes before the apposition is the
// speaker's; a continuation after it (", warning that …") is theirs too.
func (d *docState) pointMade(lo, hi int) *att {
	if d.frameWords&sPointNoun == 0 {
		return nil // no "point", "argument" or "case" in the sentence
	}
	for c := lo + 3; c+4 < hi; c++ {
		if t := &d.toks[c]; t.low != "," || t.inQ || !isArticle(d.toks[c+1].low) || d.toks[c+1].low == "the" || !pointNouns[d.toks[c+2].low] {
			continue
		}
		s := c + 3
		v := s
		for v < hi && v-s < 6 && !pointVerbs[d.toks[v].low] && d.toks[v].low != "," {
			v++
		}
		if v >= hi || v == s || !pointVerbs[d.toks[v].low] {
			continue
		}
		for k := v + 1; k < hi; k++ {
			if d.toks[k].low == "," {
				// the apposition closes its clause: ", warning that …"
				// after it is a clause of its own, the same speaker's
				return nil
			}
		}
		e := v
		for e-1 > s && d.toks[e-1].is(fAux) {
			e-- // "a point the union has made"
		}
		if contentWordsUpTo(d.toks, lo, c, 3) < 3 {
			return nil
		}
		spk, st := d.resolveNP(s, e, -1, -1)
		if st != npOK || spk.name == "" {
			return nil
		}
		return d.newAtt(att{verb: -1, class: vSay, npS: s, npE: e, trailing: true, contS: lo, contE: c, spk: spk, quoteSpan: -1, evS: -1})
	}
	return nil
}

// stanceCopulas link a subject to a stance adjective (the forms of "be"
// are auxiliaries and skipped with them).
var stanceCopulas = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "'s": true, "'re": true,
	"remain": true, "remains": true, "remained": true, "seem": true, "seems": true, "seemed": true,
	"appear": true, "appears": true, "appeared": true, "grew": true, "became": true, "become": true,
}

// makeForms open "made it clear that …".
var makeForms = map[string]bool{"made": true, "make": true, "makes": true, "making": true}

// stanceThat matches a view or a statement told by a predicate instead of
// a reporting verb (an adjective of fStance after a copula, or "made
// clear"), before its "that" clause: "Oster is confident that the
// mine will reopen", "the union remains convinced that …", "Marek made it
// clear that …", "the airline has made clear that …". The subject holds
// what the clause says. A reporting verb before the "that" frames the
// sentence itself, and a negated stance ("is not convinced that")
// withholds its clause.
func (d *docState) stanceThat(lo, hi int) *att {
	if !d.stanceSent {
		return nil
	}
	for c := lo + 2; c+1 < hi; c++ {
		t := &d.toks[c]
		if t.mayReport() && !t.is(fStance) {
			// ("convinced" both: "was convinced that" is a stance,
			// "convinced the board that" a report)
			return nil
		}
		if t.inQ {
			continue
		}
		p, from := c-1, c+1 // the stance word; the clause's first token
		if t.low != "that" {
			// no "that": "Oster is convinced the board lied", "they were
			// hopeful they could win", "made clear he will run"; the
			// clause opens right after the stance word
			if t.kind != tWord || t.cap || !t.is(fStance) || t.low == "clear" && d.madeClearVerb(c, lo) < 0 || !d.bareClause(c+1, hi) {
				continue
			}
			p, from = c, c+1
		} else if d.toks[p].low != "clear" {
			// "made it clear to the board on Monday that": whom it was
			// made clear to, and when, stand between
			for k := p - 1; k > lo && k >= c-8; k-- {
				if w := &d.toks[k]; w.kind != tWord && w.kind != tNum || w.inQ || w.is(fAux|fConj|fSubord|fRel|fSpeech) && !w.is(fDet) {
					break
				}
				if d.toks[k].low == "clear" && d.madeClearVerb(k, lo) >= 0 && (d.toks[k+1].low == "to" || d.toks[k+1].is(fTime|fPrep)) {
					p = k
					break
				}
			}
		}
		var v int // the verb whose subject holds the view
		switch w := d.toks[p].low; {
		case w != "clear" && d.toks[p].is(fStance) && !d.toks[p].inQ:
			v = p - 1
			for v > lo && v > p-3 && d.toks[v].kind == tWord && !d.toks[v].cap && d.toks[v].is(fAdv) && !d.toks[v].is(fAux|fNeg) {
				v-- // "is increasingly confident", "remains quite sure"
			}
			if !stanceCopulas[d.toks[v].low] {
				continue
			}
		case w == "clear":
			if v = d.madeClearVerb(p, lo); v < 0 {
				continue
			}
		default:
			continue
		}
		if v <= lo || d.toks[v].cap || contentWordsUpTo(d.toks, from, hi, 3) < 3 {
			return nil
		}
		for k := lo; k < from; k++ {
			if d.toks[k].is(fNeg) {
				return nil // "is not convinced that", "never made clear that"
			}
		}
		s, e, as, ae := d.npLeft(v, lo)
		if s < 0 || e == s+1 && (d.toks[s].low == "it" || d.toks[s].low == "this" || d.toks[s].low == "there") {
			return nil // "It is certain that …": the story's own voice
		}
		spk, st := d.resolveNP(s, e, as, ae)
		if st != npOK {
			return nil
		}
		return d.newAtt(att{verb: -1, class: vSay, npS: s, npE: e, contS: from, contE: hi, spk: spk, quoteSpan: -1, evS: -1})
	}
	return nil
}

// madeClearVerb returns the verb "clear" at k follows, "made" ("made
// clear that") or "made it" ("made it clear that"), or -1.
func (d *docState) madeClearVerb(k, lo int) int {
	switch {
	case k-1 >= lo && makeForms[d.toks[k-1].low]:
		return k - 1
	case k-2 >= lo && d.toks[k-1].low == "it" && makeForms[d.toks[k-2].low]:
		return k - 2
	}
	return -1
}

// bareClause reports whether a clause with no "that" opens at token k:
// a subject pronoun ("he", "they"), or a short phrase of words that are
// no prepositions, conjunctions or pronouns ("the board", "Marek", "the
// new mining board") followed by an auxiliary or a modal ("will", "had",
// "was", "could"). What stance words take without a
// clause ("worried about the cost", "sure of it", "confident in the
// team") opens with a preposition and is no clause.
func (d *docState) bareClause(k, hi int) bool {
	if k+1 >= hi {
		return false
	}
	t := &d.toks[k]
	if t.kind != tWord {
		return false
	}
	if nominative[t.low] || t.low == "it" {
		return d.toks[k+1].kind == tWord
	}
	for j := k; j < hi && j-k <= 4; j++ {
		w := &d.toks[j]
		if w.kind != tWord {
			return false
		}
		if j > k && w.is(fAux) && !w.cap {
			return true
		}
		if w.is(fPrep|fConj|fSubord|fRel|fNeg) || j > k && w.is(fPron) {
			return false
		}
	}
	return false
}

// ownedThat matches a statement named by its owner's possessive before
// its "that" clause, with no reporting verb of its own: "Despite Marek's
// claims that his fleet is the safest, …", "Oster's earlier assertion
// that the shaft was sound …". The clause is the owner's, up to the
// comma or semicolon that ends it; the owner is a party or a person
// named before (ownerSpeaker), or the person "his" or "her" stands for.
func (d *docState) ownedThat(lo, hi int) *att {
	if !d.claimNounSent {
		return nil
	}
	for c := lo + 2; c+3 < hi; c++ {
		t := &d.toks[c]
		if t.low != "that" || t.inQ {
			continue
		}
		n := c - 1 // the statement noun
		if !d.toks[n].is(fClaimNoun) || d.toks[n].cap {
			// its audience between: "made the case to delegates that"
			if n = d.audienceBefore(c, lo); n < 0 {
				continue
			}
		}
		o := c - 2 // the owner, maybe before one modifier ("earlier", "false")
		if o-1 >= lo && !d.toks[o].cap && !possessiveDets[d.toks[o].low] && (strings.HasSuffix(d.toks[o-1].low, "'s") || d.toks[o-1].low == "his" || d.toks[o-1].low == "her") {
			o--
		}
		var spk speaker
		if l := d.statingVerbBefore(n, lo); l >= 0 {
			// "Marek made the case that …", "gave assurances that …":
			// the noun is the verb's object, its subject the owner
			s, e, as, ae := d.npLeft(l, lo)
			if s < 0 {
				continue
			}
			var st npStatus
			if spk, st = d.resolveNP(s, e, as, ae); st != npOK {
				continue
			}
			o = s
		} else if n != c-1 {
			continue
		} else {
			switch w := d.toks[o].low; {
			case strings.HasSuffix(w, "'s"):
				var ok bool
				if spk, ok = d.ownerSpeaker(o); !ok {
					continue
				}
			case w == "his" || w == "her":
				// the person "he" or "she" would stand for there, of a
				// gender the article gave: nearestPerson would take anyone
				// of unknown gender and make them the one "he" stands for
				// next ("her claim that …" had made a man the speaker of the
				// paragraphs after it)
				g, ok := byte('m'), false
				if w == "her" {
					g = 'f'
				}
				if spk, ok = d.latestOfGender(g); !ok {
					if spk, ok = d.describedPerson(o, g); !ok {
						continue
					}
				}
			default:
				continue
			}
		}
		end := c + 1
		for end < hi && (d.toks[end].inQ || d.toks[end].low != "," && d.toks[end].low != ";") {
			end++
		}
		if contentWordsUpTo(d.toks, c+1, end, 3) < 3 {
			continue
		}
		return d.newAtt(att{verb: -1, class: vSay, npS: o, npE: o + 1, contS: c + 1, contE: end, spk: spk, quoteSpan: -1, evS: -1})
	}
	return nil
}

// audienceBefore returns the statement noun before "to" and the one
// addressed, which end right before the "that" at c ("the case to
// delegates gathered in Tarrow that"), or -1.
func (d *docState) audienceBefore(c, lo int) int {
	for k := c - 2; k-1 >= lo && k >= c-8; k-- {
		w := &d.toks[k]
		if w.kind != tWord || w.inQ || w.is(fConj|fSubord|fRel|fAux) && !w.is(fDet) {
			return -1
		}
		if w.low == "to" {
			if p := &d.toks[k-1]; p.is(fClaimNoun) && !p.cap {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// statingVerbs make a statement noun their object and its content their
// subject's: "made the case that", "gave assurances that", "pressed the
// argument that", "repeated the claim that".
var statingVerbs = map[string]bool{
	"made": true, "make": true, "makes": true, "making": true, "gave": true, "give": true, "gives": true,
	"giving": true, "offered": true, "offers": true, "offer": true, "pressed": true, "presses": true,
	"press": true, "pressing": true, "repeated": true, "repeats": true, "renewed": true, "voiced": true,
	"advanced": true, "reiterated": true,
}

// statingVerbBefore returns the stating verb whose object ends at noun n
// ("made the case", "gave private assurances", "made an impassioned
// case"), back over an article and up to two modifiers, or -1.
func (d *docState) statingVerbBefore(n, lo int) int {
	for k := n - 1; k >= lo && k >= n-4; k-- {
		w := &d.toks[k]
		if w.kind != tWord || w.cap || w.inQ {
			return -1
		}
		if statingVerbs[w.low] {
			if k > lo && (d.toks[k-1].is(fDet) || strings.HasSuffix(d.toks[k-1].low, "'s")) {
				return -1 // a modifier: "her repeated insistence that"
			}
			return k
		}
		if w.is(fVerb|fAux|fConj|fSubord|fRel|fPrep|fPron) && !w.is(fDet) && !strings.HasSuffix(w.low, "ly") {
			return -1
		}
	}
	return -1
}

// closingSpan returns the quotation closed at or just before token k.
func (d *docState) closingSpan(k int) int {
	for k >= 0 && (d.toks[k].low == "," || d.toks[k].kind == tPunct && k > 0 && d.toks[k-1].kind == tQuote) {
		k--
	}
	if k >= 0 && d.toks[k].kind == tQuote && !d.toks[k].open {
		return int(d.spanOf[k])
	}
	return -1
}

// accordingTo matches "According to X, …" (leading) or "…, according to
// X." (trailing), and the same frame written "as reported by X" ("As
// reported by the Courier, …", "…, as first reported by Radio Norvia.").
func (d *docState) accordingTo(lo, hi int, trailing bool) *att {
	if !d.accSent {
		return nil
	}
	for j := lo; j+2 < hi; j++ {
		f, src, ok := d.accordingAt(j, lo)
		if !ok {
			continue
		}
		passing := d.toks[j].low == "reported"
		// the source runs to the clause's end: "according to a count by
		// the electoral commission released on Sunday"
		end := src
		for end < hi && end-f < 30 && d.toks[end].low != "," && !isEnd(&d.toks[end]) && d.toks[end].low != ";" {
			end++
		}
		e := d.npRight(src, end)
		doc := d.evidenceIn(src, end) || d.datedPaper(src, end)
		if e <= src && !doc {
			continue
		}
		spk, st := speaker{}, npUnknown
		if e > src {
			as, ae := -1, -1
			if n := end + 1 + d.nameRun(end+1, hi); end < hi && d.toks[end].low == "," && e == end && d.toks[src].low == "the" &&
				d.nameRun(end+1, hi) >= 2 && (n >= hi || isEnd(&d.toks[n]) || d.toks[n].low == ",") {
				// "…, according to the regional governor, Ilse Brunnhof.":
				// the name in apposition is the source the role describes
				as, ae, end = end+1, n, n
			}
			spk, st = d.resolveNP(src, e, as, ae)
		}
		if st == npMedia {
			// "according to" makes a medium the source of what the clause
			// reports; a clause with its own speaker is left to it below
			spk, st = d.mediaSource(src, e)
		}
		if st == npUnknown && (doc || d.nounLike(e-1)) || st == npOK && spk.person == nil && !spk.inst && e < end {
			// a description: the whole of it ("a count by the electoral
			// commission released on Sunday"), or the body that wrote it
			// ("a 2019 report by the Northern Rivers Commission")
			// a person described ends at "who": "a senior officer who
			// spoke on condition of anonymity" is a senior officer
			dEnd := end
			for k := e; k < end; k++ {
				if d.toks[k].low == "who" && k > src {
					dEnd = k
					break
				}
			}
			spk, st = d.describe(src, src, dEnd, spk.side), npOK
			if by := d.authorBy(src, end); by >= 0 {
				if sp, st2 := d.resolveNP(by+1, end, -1, -1); st2 == npOK && (sp.inst || sp.person != nil) {
					spk = sp
				}
			}
			if end < hi && d.toks[end].low == "," && d.hasOwnSpeaker(end+1, hi) {
				// "according to notes obtained by the Herald, shop
				// stewards told managers …": the document is where the
				// report was read; the stewards are who spoke
				return nil
			}
		}
		if st != npOK {
			continue
		}
		if trailing && f > lo && (end >= hi || isEnd(&d.toks[end]) || d.toks[end].low == ",") && contentWordsUpTo(d.toks, lo, f, 2) >= 2 {
			// (not "But, according to X, …": nothing reported before it;
			// emit would drop it)
			if v, c := d.mediumRelays(lo, f); v >= 0 && !doc && e > src && !d.documentNoun(e-1) && contentWordsUpTo(d.toks, c, f, 2) >= 2 {
				// "The Gazette reported the fire began after the guard
				// left, according to the fire brigade": a paper that
				// credits what it reports to a body or person relays
				// that source's account, which is theirs, not the
				// paper's
				return d.newAtt(att{verb: -1, npS: f, npE: end, trailing: true, contS: c, contE: f, spk: spk, quoteSpan: -1, evS: -1, passing: passing})
			}
			if d.hasOwnSpeaker(lo, f) {
				// "monitors said the vote was free, according to a
				// statement": the statement carries the monitors' report
				return nil
			}
			return d.newAtt(att{verb: -1, npS: f, npE: end, trailing: true, contS: lo, contE: f, spk: spk, quoteSpan: -1, evS: -1, passing: passing})
		}
		if !trailing && end < hi && d.toks[end].low == "," && (f == lo || d.toks[f-1].low == "," || d.toks[f-1].is(fConj)) {
			return d.newAtt(att{verb: -1, npS: f, npE: end, contS: end + 1, contE: hi, spk: spk, quoteSpan: -1, evS: f, passing: passing})
		}
	}
	return nil
}

// accordingAt reads the frame of accordingTo at token j: "according to"
// or "as (first) reported by", where j is the frame's last word before
// its source. It returns where the frame starts and where its source
// starts.
func (d *docState) accordingAt(j, lo int) (f, src int, ok bool) {
	t := &d.toks[j]
	if t.inQ {
		return 0, 0, false
	}
	switch t.low {
	case "according":
		return j, j + 2, d.toks[j+1].low == "to"
	case "reported":
		// "as reported by": a manner clause that credits what the
		// sentence says to the source, as "according to" does
		if d.toks[j+1].low != "by" {
			return 0, 0, false
		}
		f = j - 1
		if f > lo && d.toks[f].low == "first" {
			f--
		}
		// not a comparison: "twice as high as reported by X"
		ok = f >= lo && d.toks[f].low == "as" && (f-2 < lo || d.toks[f-2].low != "as")
		if ok && f-1 > lo && d.toks[f-1].low == "," && d.asideBeforeReport(j+2) {
			// "Marek, as reported by the Courier, told aides he would
			// resign": an aside between a subject and its reporting
			// verb, which frames the sentence
			return 0, 0, false
		}
		return f, j + 2, ok
	}
	return 0, 0, false
}

// asideBeforeReport reports whether the phrase from k closes with a
// comma that a verb of speech follows: "…, as reported by the Courier,
// told aides".
func (d *docState) asideBeforeReport(k int) bool {
	for e := k + 12; k+1 < len(d.toks) && k <= e; k++ {
		t := &d.toks[k]
		if isEnd(t) || t.low == ";" || t.inQ {
			return false
		}
		if t.low == "," {
			n := &d.toks[k+1]
			return n.kind == tWord && !n.cap && n.mayReport() && n.speech().class != vObject
		}
	}
	return false
}

// coverageWords open what a report covers rather than what it says:
// "reported on the strike", "has reported about the mine".
var coverageWords = map[string]bool{"on": true, "about": true, "from": true}

// mediaSource is the speaker a news medium [s, e) makes when it reports
// in its own name ("The Fredville Herald reported the mine lost …", "…,
// according to Radio Norvia"): media are no parties to a dispute, but
// what they report is theirs. A medium named by its noun alone ("the
// channel said") is left unresolved (npMedia): the name it stands for is
// the speaker, not the noun.
func (d *docState) mediaSource(s, e int) (speaker, npStatus) {
	named := false
	for k := s; k < e; k++ {
		// a sentence's first word is capitalised whatever it is: there
		// only a word the lexicon knows as nothing but a medium's name
		// names one ("Bloomberg reported", not "Local media reported")
		if t := &d.toks[k]; t.kind == tWord && t.cap && !t.is(fDet) && (k != d.sentLo || lexicon[t.low]&^fMedia == 0) {
			named = true
		}
	}
	if !named {
		if a, b := d.lastMedium(s, e); a >= 0 {
			// "The Fredville Herald … The newspaper said": the medium
			// named last
			sp := d.describe(a, a, b, "")
			sp.inst = true
			return sp, npOK
		} else if a == -2 {
			// named in an earlier paragraph
			for k := len(d.media) - 1; k >= 0; k-- {
				if m := d.media[k]; mediumFits(d.toks[e-1].low, m.word) {
					return speaker{name: m.name, inst: true}, npOK
				}
			}
		}
		return speaker{}, npMedia
	}
	sp := d.describe(s, s, e, "")
	sp.inst = true
	// "Norvia's state broadcaster NTV": the name after the description
	// is the medium's, the description its role
	n := e
	for n > s && d.toks[n-1].kind == tWord && d.toks[n-1].cap {
		n--
	}
	if n > s && n < e && d.toks[n-1].kind == tWord && !d.toks[n-1].cap {
		sp.name, sp.role = d.join(n, e), d.join(s, n)
	}
	return sp, npOK
}

// lastMedium returns the name of the news medium named last in the
// paragraph before s, when [s, e) names one by its noun alone, "the" and
// a singular medium's noun, maybe after lower-case modifiers ("the
// newspaper", "the news outlet"): the capitalised run around a medium's
// word ("the Fredville Herald", "Radio Norvia"). It returns -1, -1 when
// [s, e) is no such noun (plural or bare nouns, "local media", "state
// television", stand for no one medium), and -2, -2 when the paragraph
// names none before it (docState.medium may, from an earlier one).
func (d *docState) lastMedium(s, e int) (int, int) {
	if e-s < 2 || d.toks[s].low != "the" || !mediumNouns[d.toks[e-1].low] {
		return -1, -1
	}
	for k := s + 1; k < e; k++ {
		if t := &d.toks[k]; t.kind != tWord || t.cap {
			return -1, -1
		}
	}
	noun := d.toks[e-1].low
	for hi := s; hi > 0; {
		a, b, w := d.mediumRun(max(0, s-3000), hi)
		if a < 0 {
			break
		}
		if mediumFits(noun, w) {
			for k := b; k < s; k++ {
				if d.toks[k].low == noun && d.toks[k].kind == tWord {
					// "Tarvia TV reported … posted a video on its
					// Telegram channel. The channel said …": the nearer
					// channel, which names no medium
					return -1, -1
				}
			}
			return a, b
		}
		hi = a // "the newspaper" after "according to AP": not the agency
	}
	return -2, -2
}

// namedMedium is a news medium an earlier sentence named: its name and
// the medium's word in it (docState.media).
type namedMedium struct{ name, word string }

// mediumFits reports whether a medium named by its word w (lower case:
// "herald", "cnn", "ap") is of the kind noun names: a newspaper is no
// agency or broadcaster, a network no newspaper, an agency a wire.
func mediumFits(noun, w string) bool {
	switch noun {
	case "newspaper", "paper", "tabloid", "magazine":
		return !wireMedia[w] && !broadcastMedia[w]
	case "network", "channel", "broadcaster", "station":
		return broadcastMedia[w] || w == "news" // "Fox News", as "Daily News" is a paper
	case "agency":
		return wireMedia[w]
	}
	return true
}

// wireMedia and broadcastMedia are the medium words of news agencies and
// of broadcasters (mediumFits).
var (
	wireMedia = map[string]bool{"reuters": true, "afp": true, "ap": true, "tass": true, "ria": true, "interfax": true, "xinhua": true,
		"dpa": true, "ani": true, "pti": true, "ians": true, "kyodo": true, "yonhap": true, "efe": true, "ansa": true, "anadolu": true,
		"ukrinform": true, "unian": true, "wire": true}
	broadcastMedia = map[string]bool{"cnn": true, "bbc": true, "rt": true, "tv": true, "television": true, "radio": true,
		"channel": true, "broadcaster": true}
)

// mediumRun returns the last capitalised run in tokens [lo, hi) that
// holds a medium's word ("the Fredville Herald", "Radio Norvia", "Kastel
// TV"), and that word, or -1, -1. A medium's word alone that the lexicon knows as
// something else too ("News", "Post" opening a sentence) is none.
func (d *docState) mediumRun(lo, hi int) (int, int, string) {
	for k := hi - 1; k >= lo; k-- {
		t := &d.toks[k]
		if t.kind != tWord || !t.cap || !t.is(fMedia) || t.inQ {
			continue
		}
		a, b := k, k+1
		for a > lo && d.toks[a-1].kind == tWord && d.toks[a-1].cap && !d.toks[a-1].is(fDet) && !d.toks[a-1].inQ {
			a--
		}
		for b < hi && d.toks[b].kind == tWord && d.toks[b].cap && !d.toks[b].inQ {
			b++
		}
		if b-a < 2 && lexicon[t.low]&^fMedia != 0 {
			continue
		}
		return a, b, t.low
	}
	return -1, -1, ""
}

// mediumNouns name one news medium by its kind (lastMedium).
var mediumNouns = map[string]bool{
	"newspaper": true, "paper": true, "magazine": true, "network": true, "channel": true, "broadcaster": true,
	"outlet": true, "tabloid": true, "station": true, "website": true, "agency": true,
}

// evidenceIn reports whether tokens [i, j) name a document or a count
// ("data released Friday by …", "a 2014 labour department study",
// "early returns"): a source to describe whole when no name resolves.
func (d *docState) evidenceIn(i, j int) bool {
	for k := i; k < j; k++ {
		if t := &d.toks[k]; t.kind == tWord && !t.cap && t.sets&sEvidenceNoun != 0 {
			return true
		}
	}
	return false
}

// datedPaper reports whether [i, j) holds "paper" after a year: "the
// 2009 paper", "a 2015 paper by two economists". A newspaper is no
// work of one year; a paper dated so is a study, which is evidence.
func (d *docState) datedPaper(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if t := &d.toks[k]; t.kind == tWord && !t.cap && (t.low == "paper" || t.low == "papers") && yearTok(&d.toks[k-1]) {
			return true
		}
	}
	return false
}

// yearTok reports whether t is a year of four figures: "1998", "2009".
func yearTok(t *token) bool {
	return t.kind == tNum && yearOf(t.low) > 0
}

// inPoll matches a clause that opens with the poll, survey or study
// whose finding it states: "In the latest Courier poll, Oster leads
// Marek by 10 points", "In a survey released Monday, most farmers
// said …" is the farmers' report (a speaker of its own) and left to the
// frames after.
func (d *docState) inPoll(lo, hi int) *att {
	end, doc := lo+1, false
	for end < hi && end-lo < 16 && d.toks[end].low != "," {
		t := &d.toks[end]
		if t.inQ || t.kind == tQuote || isEnd(t) || t.kind == tWord && !t.cap && t.is(fAux|fSpeech|fRel|fSubord) {
			return nil
		}
		doc = doc || t.kind == tWord && pollNoun(t.low) && (!t.cap || d.toks[end-1].cap && end-1 > lo)
		end++
	}
	if !doc || end >= hi || end-lo < 3 || contentWordsUpTo(d.toks, end+1, hi, 3) < 3 {
		return nil
	}
	for k := end + 1; k < hi; k++ {
		if d.toks[k].mayReport() && d.speechCandidate(k, end+1) {
			return nil // "In a survey, most farmers said …": theirs
		}
	}
	spk := d.describe(lo+1, lo+1, end, "")
	return d.newAtt(att{verb: -1, npS: lo, npE: end, contS: end + 1, contE: hi, spk: spk, quoteSpan: -1, evS: lo})
}

// pollAfter matches a clause that ends with the poll or survey its
// finding comes from: "Oster took just 6 percent of the vote in a
// Courier poll released Sunday", "Marek has been leading in the polls",
// "Oster leads Marek among men by 8 points, 49% to 41%, in the survey".
// The finding is the poll's, as "In the latest poll, …" is (inPoll). It
// is a standing: the clause before "in" holds a number or a word of
// leading or trailing ("Dockers took part in the survey" reports
// nothing), and no speaker of its own.
func (d *docState) pollAfter(lo, hi int) *att {
	e := hi
	for e > lo && d.toks[e-1].kind == tPunct {
		e-- // the sentence's closing stop
	}
	if c := d.pollAppendage(lo, e); c > 0 {
		// "… in the latest Courier poll, up eight points from March":
		// the phrase after the comma remarks on the standing
		e = c
	}
	p := -1
	for k := e - 1; k > lo+2 && k >= e-8; k-- {
		t := &d.toks[k]
		if (t.low == "," || t.low == ".") && d.toks[k-1].cap && (d.toks[k+1].cap || d.toks[k+1].kind == tNum) {
			continue // "in Velmont, Tarrow and North Kessel", "Jan. 17-23" (pollTail)
		}
		if t.inQ || t.kind != tWord && t.kind != tNum && t.low != "/" && t.low != "-" {
			return nil
		}
		if pollNoun(t.low) && t.low != "study" && t.low != "studies" && (!t.cap || d.toks[k-1].cap) {
			p = k
			break
		}
	}
	if p < 0 || p+1 < e && !d.pollTail(p+1, e) || d.electionPolls(p) {
		return nil
	}
	in, reach := -1, p-9
	for k := p - 1; k > lo+1 && k >= reach; k-- {
		t := &d.toks[k]
		if t.low == "in" && !t.cap {
			in = k
			break
		}
		if t.low == "/" && reach > lo+2 && reach > p-16 {
			// joint sponsors: "in an NBC-like Courier/Kessel Journal/Brann
			// College poll", each name may take two more words
			reach -= 3
		}
		// the poll's own words: "a new Courier/Radio Norvia poll", "the
		// RealClearPolitics average of recent national surveys"; not "head
		// to the polls", "falling poll numbers"
		if t.inQ || t.kind != tWord && t.kind != tNum && t.low != "/" && t.low != "-" || !t.cap && (t.is(fAux|fSpeech|fSubord|fRel|fPron|fConj) && !t.is(fDet) || t.is(fPrep) && t.low != "of") {
			return nil
		}
	}
	if in < 0 {
		return nil
	}
	c := in
	if d.toks[c-1].low == "," {
		c--
	}
	if contentWordsUpTo(d.toks, lo, c, 3) < 3 || d.hasOwnSpeaker(lo, c) || !d.standing(lo, c) {
		return nil
	}
	for k := lo; k < c; k++ {
		// "…, predicting a close race despite his lead in polls": his;
		// "38 percent support" is a share, no stance reported
		if t := &d.toks[k]; t.mayReport() && t.speech().class != vObject && d.speechCandidate(k, lo) {
			return nil
		}
	}
	spk := d.describe(in+1, in+1, p+1, "")
	return d.newAtt(att{verb: -1, npS: in, npE: e, trailing: true, contS: lo, contE: c, spk: spk, quoteSpan: -1, evS: -1})
}

// pollAppendage returns the comma before a verbless phrase that ends
// clause [lo, e) after a poll noun, or 0: "…, up eight points from
// March", "…, his worst showing in two years", "…, a 52-point swing",
// "…, largely on the strength of older voters". The phrase opens with a
// word of change or a noun's determiner or an adverb of degree and holds
// no auxiliary, reporting verb, pronoun, relative word or quotation;
// the poll noun comes before the comma, within its phrase.
func (d *docState) pollAppendage(lo, e int) int {
	c := -1
	for k := e - 1; k > lo+3 && k >= e-14; k-- {
		if d.toks[k].low == "," {
			c = k
			break
		}
	}
	if c < 0 || c+2 >= e || !appendageOpeners[d.toks[c+1].low] {
		return 0
	}
	for k := c + 1; k < e; k++ {
		t := &d.toks[k]
		if t.inQ || t.kind == tQuote || t.kind == tWord && !t.cap && (t.is(fAux|fSubord|fRel|fConj|fPron) && !t.is(fDet) || t.low == "that") {
			return 0
		}
		if t.kind == tWord && !t.cap && t.is(fSpeech) && !numberLike(&d.toks[k-1]) && !d.toks[k-1].is(fDet) {
			return 0 // "eight points", "her worst showing" are nouns
		}
	}
	for k := c - 1; k > lo && k >= c-8; k-- {
		t := &d.toks[k]
		if pollNoun(t.low) {
			return c
		}
		if t.kind == tPunct && t.low != "/" && t.low != "-" {
			return 0
		}
	}
	return 0
}

// appendageOpeners open a verbless phrase remarking on a poll's
// standing after a comma (pollAppendage).
var appendageOpeners = map[string]bool{
	"up": true, "down": true, "his": true, "her": true, "their": true, "its": true, "a": true, "an": true,
	"largely": true, "mostly": true, "partly": true, "well": true, "far": true, "nearly": true, "roughly": true,
}

// electionPolls reports whether the plural "polls" at p is an election
// rather than a survey: after a year or a word that dates or ranks an
// election ("the 2019 polls", "the last parliamentary polls"). A vote's
// result reports no one's finding, so the clause gets no speaker.
func (d *docState) electionPolls(p int) bool {
	if d.toks[p].low != "polls" || p == 0 {
		return false
	}
	b := &d.toks[p-1]
	return b.kind == tNum && len(b.low) == 4 && (strings.HasPrefix(b.low, "19") || strings.HasPrefix(b.low, "20")) || electionWords[b.low]
}

// electionWords date or rank an election before "polls" (electionPolls).
var electionWords = map[string]bool{"last": true, "previous": true, "general": true, "parliamentary": true, "presidential": true, "local": true, "legislative": true}

// pollTail reports whether tokens [i, e) after a poll noun end the
// poll's phrase rather than go on with the clause: a participle's phrase
// ("released Sunday by the Courier"), its sponsor or its sample ("of
// likely voters", "from Velmont University", "by the Courier"), its
// time ("this month", "last week") or its place ("in Velmont"). Not
// "polls over Oster in Velmont", "poll numbers", "polls but …".
func (d *docState) pollTail(i, e int) bool {
	t := &d.toks[i]
	switch {
	case t.kind == tWord && t.cap && months[t.low] && i+1 < e && (d.toks[i+1].kind == tNum || d.toks[i+1].low == "."):
		// its dates: "a Courier poll Jan. 17-23", "May 2-4"
	case t.kind != tWord || t.cap:
		return false
	case t.low == "of" || t.low == "from" || t.low == "by" || t.low == "this" || t.low == "last" || t.is(fTime):
	case t.low == "in":
		if i+1 >= e || !d.toks[i+1].cap {
			return false
		}
	case strings.HasSuffix(t.low, "ed") || t.low == "taken" || t.low == "done" || t.low == "out":
	default:
		return false
	}
	for k := i + 1; k < e; k++ {
		w := &d.toks[k]
		if (w.low == "," || w.low == ".") && k+1 < e && d.toks[k-1].cap && (d.toks[k+1].cap || d.toks[k+1].kind == tNum) {
			// places listed ("in Velmont, Tarrow and North Kessel"), a
			// dotted month before its days ("Jan. 17-23")
			continue
		}
		if w.inQ || w.kind != tWord && w.kind != tNum && w.low != "/" && w.low != "-" {
			return false
		}
		if w.low == "and" && d.toks[k-1].cap && k+1 < e && d.toks[k+1].cap {
			continue
		}
		if !w.cap && w.is(fAux|fSpeech|fSubord|fRel|fPron|fConj) && !w.is(fDet) {
			return false
		}
	}
	return true
}

// standing reports whether tokens [lo, hi) state a standing in a count:
// a number ("took 6 percent", "by 8 points") or a word of leading or
// trailing ("has been leading", "is ahead of", "trails").
func (d *docState) standing(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if t.kind == tNum || standingWords[t.low] {
			return true
		}
	}
	return false
}

// standingWords name a place in a count (standing).
var standingWords = map[string]bool{
	"lead": true, "leads": true, "led": true, "leading": true, "trail": true, "trails": true,
	"trailed": true, "trailing": true, "ahead": true, "behind": true, "percent": true, "points": true,
	// a place in the field: "came in second in January polls"
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
}

// pollNoun reports whether w names a count of opinion a clause can open
// with ("In the latest poll, …"). A switch, not a map: pollAfter asks
// it of the last words of every sentence.
func pollNoun(w string) bool {
	switch w {
	case "poll", "polls", "polling", "survey", "surveys", "study", "studies", "census":
		return true
	}
	return false
}

// saidFirst matches a sentence that opens with its reporting verb,
// the speaker after it: "Said Ada Vell, “…”", "Says the mayor: …".
// The speaker phrase runs to the first comma or colon; an apposition
// may follow it before the words reported, which start at the first
// quotation mark within reach or else right after the speaker.
func (d *docState) saidFirst(lo, hi int) *att {
	k := lo + 1
	for k < hi && k-lo <= 8 && d.toks[k].kind == tWord && !d.toks[k].inQ {
		k++
	}
	if k == lo+1 || k >= hi || d.toks[k].low != "," && d.toks[k].low != ":" {
		return nil
	}
	spk, st := d.resolveNP(lo+1, k, -1, -1)
	if st != npOK {
		return nil
	}
	c := k + 1
	for q := c; q < hi && q-c < 20; q++ {
		if t := &d.toks[q]; t.kind == tQuote && t.open {
			c = q
			break
		}
	}
	if c >= hi || contentWordsUpTo(d.toks, c, hi, 1) == 0 {
		return nil
	}
	d.used[lo] = true
	a := d.newAtt(att{verb: lo, class: vSay, npS: lo + 1, npE: k, contS: c, contE: hi, spk: spk, quoteSpan: -1, evS: lo})
	if d.toks[c].kind == tQuote && d.toks[c].open {
		a.quoteSpan = int(d.spanOf[c])
	}
	return a
}

// issuedSaying returns the verb that issued a document before the
// participle v reporting what it says — "the ministry issued a
// statement saying …", "the campaign sent out a press release
// claiming …", "sent an email to supporters saying …" — or -1: the
// document's issuer is the speaker.
func (d *docState) issuedSaying(v, lo int) int {
	t := &d.toks[v]
	if cl := t.speech().class; v-3 < lo || !strings.HasSuffix(t.low, "ing") || d.used[v] || cl != vSay && cl != vDeny {
		return -1
	}
	// the document, maybe with a time after it: "a statement Wednesday
	// saying", "a statement on Thursday night claiming"
	n := v - 1
	for n > lo && v-n <= 4 && (d.toks[n].is(fTime) || d.toks[n].low == "on" && n < v-1 || d.toks[n].low == ",") {
		n--
	}
	if !statementNouns[d.toks[n].low] {
		// where it was posted: "a message on its Telegram channel
		// rejecting …", "a statement on its website denying …"
		for m := n; m-1 > lo && n-m < 5; m-- {
			if w := d.toks[m].low; (w == "on" || w == "in") && statementNouns[d.toks[m-1].low] {
				n = m - 1
				break
			}
		}
	}
	if !statementNouns[d.toks[n].low] {
		// its addressees between: "an email to supporters saying"
		for m := n; m-1 > lo && n-m < 3; m-- {
			if d.toks[m].low == "to" && statementNouns[d.toks[m-1].low] {
				n = m - 1
				break
			}
		}
	}
	if n-2 < lo || !statementNouns[d.toks[n].low] {
		return -1
	}
	// back over the document's article and modifiers ("a brief written
	// statement", "a press release") to the verb that issued it
	for k := n - 1; k >= lo && k >= n-4; k-- {
		if d.toks[k].low == "press" && k == n-1 {
			continue // "a press release"
		}
		w := &d.toks[k]
		if w.kind != tWord || w.cap {
			return -1
		}
		if w.low == "out" && k > lo {
			k-- // "sent out", "put out"
			w = &d.toks[k]
		}
		if issueVerbs[w.low] {
			if !isArticle(d.toks[k+1].low) && d.toks[k+1].low != "out" && !strings.HasSuffix(d.toks[k+1].low, "'s") {
				return -1
			}
			return k
		}
		if w.is(fVerb|fAux|fPrep|fConj|fSubord|fRel|fPron) && !w.is(fDet) {
			return -1
		}
	}
	return -1
}

// goesOnTo returns the verb of a frame that leads to the infinitive of
// reporting verb v, whose subject speaks — "went on to say", "went out
// of his way to praise", "took to social media to argue", "used the
// speech to call for", "took the opportunity to warn" — or -1.
func (d *docState) goesOnTo(v, lo int) int {
	t := &d.toks[v]
	if v-3 < lo || d.toks[v-1].low != "to" || d.used[v] || strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed") {
		return -1
	}
	at := func(k int, words map[string]bool) bool {
		return k >= lo && d.toks[k].kind == tWord && !d.toks[k].cap && words[d.toks[k].low]
	}
	if d.toks[v-2].low == "on" && at(v-3, goForms) {
		return v - 3 // "went on to say"
	}
	if v-6 >= lo && d.toks[v-2].low == "way" && d.toks[v-4].low == "of" && d.toks[v-5].low == "out" && at(v-6, goForms) {
		return v - 6 // "went out of his way to say"
	}
	// "took to Twitter to say", "took the opportunity to warn", "used
	// the interview to argue": a short object between the frame verb
	// and "to"
	for k := v - 3; k >= lo && k >= v-6; k-- {
		w := &d.toks[k]
		if at(k, takeForms) && (d.toks[k+1].low == "to" || occasionNoun(d.toks[v-2].low)) || at(k, useForms) && (isArticle(d.toks[k+1].low) || d.toks[k+1].is(fPron)) && v-2 > k+1 {
			return k
		}
		if w.kind != tWord && w.low != "'s" || w.kind == tWord && !w.cap && w.is(fVerb|fAux|fSubord|fRel|fConj) && !w.is(fNounish) {
			return -1
		}
	}
	return -1
}

// byDoing returns the verb of the clause whose means or turn is the
// reporting participle v — "closed his speech by implying that …",
// "answered the charge by accusing …", "pivoted to arguing that …",
// "has taken to saying …" — or -1: the subject of that verb is the
// participle's, and the participle reports for it.
func (d *docState) byDoing(v, lo int) int {
	t := &d.toks[v]
	if v-2 < lo || t.cap || t.inQ || d.used[v] || !strings.HasSuffix(t.low, "ing") {
		return -1
	}
	switch p := d.toks[v-1].low; {
	case p == "to":
		// a turn to a way of speaking, right after its verb
		if k := v - 2; turnVerbs[d.toks[k].low] && !d.toks[k].cap {
			return k
		}
		return -1
	case p != "by":
		return -1
	}
	// back over the verb's object and adjuncts ("his speech at the
	// rally") to the verb; a participle, a clause word or punctuation
	// on the way is another clause's
	for k := v - 2; k >= lo && k >= v-9; k-- {
		w := &d.toks[k]
		if w.kind != tWord && w.kind != tNum || w.cap && k > lo && w.is(fVerb) {
			return -1
		}
		if w.is(fConj|fSubord|fRel) && !w.is(fDet) || w.low == "was" || w.low == "were" || w.low == "been" || w.low == "be" {
			return -1 // (not "was rebuked by aides saying")
		}
		if w.low == "back" || w.is(fParticle) {
			continue // "hit back by", "summed up by"
		}
		if !w.cap && w.is(fVerb) && !w.is(fAux|fNounish) && !strings.HasSuffix(w.low, "ing") && k > lo {
			return k
		}
		// a verb that is also a noun before "back" is the verb: "hit
		// back by accusing", "struck back by saying" (no noun takes
		// "back by" after it)
		if !w.cap && w.is(fVerb) && !w.is(fAux) && d.toks[k+1].low == "back" && k > lo {
			return k
		}
	}
	return -1
}

// turnVerbs turn to a way of speaking: "pivoted to arguing", "has taken
// to saying", "returned to criticising".
var turnVerbs = map[string]bool{
	"pivoted": true, "pivots": true, "turned": true, "turns": true, "returned": true, "returns": true,
	"resorted": true, "taken": true, "took": true, "moved": true, "shifted": true,
}

var (
	goForms   = map[string]bool{"went": true, "goes": true, "go": true, "going": true, "gone": true}
	takeForms = map[string]bool{"took": true, "takes": true, "take": true, "taking": true, "taken": true}
	useForms  = map[string]bool{"used": true, "uses": true, "using": true}
)

// occasionNoun reports whether w is what one takes to say something:
// "took the opportunity to", "took the occasion to".
func occasionNoun(w string) bool {
	return w == "opportunity" || w == "occasion" || w == "chance" || w == "moment"
}

// statementNouns are documents whose words a participle reports:
// "a statement saying".
var statementNouns = map[string]bool{
	"statement": true, "release": true, "letter": true, "memo": true, "note": true, "message": true,
	"post": true, "tweet": true, "video": true, "communique": true, "communiqué": true, "notice": true,
	"email": true, "e-mail": true, "ad": true, "advertisement": true, "response": true, "op-ed": true,
	"statements": true, "letters": true, "messages": true, "tweets": true, "emails": true, "ads": true,
}

// issueVerbs put a document out: "issued a statement", "sent out a
// letter".
var issueVerbs = map[string]bool{
	"issued": true, "issues": true, "released": true, "releases": true, "sent": true, "sends": true,
	"put": true, "puts": true, "posted": true, "posts": true, "published": true, "publishes": true,
	"distributed": true, "circulated": true, "aired": true, "airs": true, "ran": true, "runs": true, "placed": true,
}

// storyNoun reports whether the object of "tell" at c is an account
// that ends its sentence: "a different story.", "another version.", "a
// very different tale.", "two very different stories about why.", "the
// story the other way round." — an announcement of what the next sentences report (after a
// colon the account itself follows, and is the report; after "that" it
// is told).
func (d *docState) storyNoun(c, hi int) bool {
	if c >= hi || !storyOpeners[d.toks[c].low] {
		return false
	}
	for k := c + 1; k < hi && k <= c+4; k++ {
		if !storyNouns[d.toks[k].low] {
			if d.toks[k].kind != tWord {
				return false
			}
			continue
		}
		if d.toks[c].low == "the" {
			// "tells the story the other way round.", "tells the story
			// differently.": how, not a story of its own; the account
			// after a colon or in a phrase that goes on ("…, with its
			// guards firing first") is told in the same sentence
			switch {
			case k+1 < hi && d.toks[k+1].low == "differently":
				return k+2 >= hi || isEnd(&d.toks[k+2])
			case k+4 < hi && d.toks[k+1].low == "the" && d.toks[k+2].low == "other" && d.toks[k+3].low == "way":
				return k+5 >= hi || isEnd(&d.toks[k+5])
			}
			return false
		}
		if k+1 >= hi || isEnd(&d.toks[k+1]) {
			return true
		}
		if d.toks[k+1].low != "about" {
			return false
		}
		// "about" and a short phrase, to the sentence's end: what the
		// accounts differ on, not the account ("a different story, with
		// different numbers" is left a claim: its numbers are the
		// account's)
		for j := k + 2; j < hi && j <= k+8; j++ {
			if t := &d.toks[j]; isEnd(t) {
				return true
			} else if t.kind != tWord || t.low == "that" || j > k+2 && strings.HasSuffix(t.low, "ing") && !notParticiples[t.low] {
				// "a different story about its guards firing first":
				// a participle tells what happened, the account itself
				return false
			}
		}
		return false
	}
	return false
}

// storyOpeners open the object of "tell" that names an account.
var storyOpeners = map[string]bool{
	"a": true, "another": true, "quite": true, "two": true, "very": true, "different": true,
	"conflicting": true, "competing": true, "contrasting": true, "the": true,
}

// storyNouns are an account's nouns.
var storyNouns = map[string]bool{
	"story": true, "stories": true, "version": true, "versions": true, "account": true, "accounts": true,
	"tale": true, "tales": true,
}

// findLeading finds "X said (that) …" in tokens [lo, hi): the first
// reporting verb with a subject phrase. A subject that cannot be resolved
// stops the search — later reporting verbs belong to its content.
func (d *docState) findLeading(lo, hi int) *att {
	if a := d.accordingTo(lo, hi, false); a != nil {
		return a
	}
	if t := &d.toks[lo]; t.cap && t.low == "in" {
		if a := d.inPoll(lo, hi); a != nil {
			return a
		}
		if a := d.inVersion(lo, hi); a != nil {
			return a
		}
	}
	if t := &d.toks[lo]; t.cap && (t.low == "said" || t.low == "says") {
		if a := d.saidFirst(lo, hi); a != nil {
			return a
		}
	}
	// each frame below needs a word the sentence's first pass looks for
	if d.frameWords&sBy != 0 {
		if a := d.passiveAccusation(lo, hi); a != nil {
			return a
		}
	}
	if d.frameWords&sQuoted != 0 {
		if a := d.quotedAs(lo, hi); a != nil {
			return a
		}
	}
	if d.frameWords&sWhatWhom != 0 {
		if a := d.inWhatSaid(lo, hi); a != nil {
			return a
		}
	}
	if a := d.relativeSaid(lo, hi); a != nil {
		return a
	}
	if a := d.relativeCalled(lo, hi); a != nil {
		return a
	}
	if a := d.whoseSaid(lo, hi); a != nil {
		return a
	}
	if a := d.stanceThat(lo, hi); a != nil {
		return a
	}
	first := lo
	if c := d.askedComma(lo, hi); c > 0 {
		// "Asked what he believed about the cranes, Marek said …": the
		// question's verbs are the asker's words, the answer is the
		// report
		first = c + 1
	} else if c == 0 {
		// the question alone, cut off as a fronted clause ("When asked
		// whether he knew …,"): it reports nothing
		return nil
	}
	for v := first; v < hi; v++ {
		if !d.toks[v].mayReport() {
			continue
		}
		if l := d.toks[v].speech().lemma; (l == "speak" || l == "respond") && d.spokenUp(v, hi) {
			// "Veska's foreign minister, Annika Holloway, has spoken.":
			// a live page announces who speaks, and the "she told
			// reporters" after the quotation that follows is her
			if s, e, as, ae := d.npLeft(v, lo); s >= 0 {
				if spk, st := d.resolveNP(s, e, as, ae); st == npOK {
					d.noteSpeaker(spk)
				}
			}
			continue
		}
		sv := v // the verb whose subject speaks
		if !d.speechCandidate(v, lo) {
			if sv = d.issuedSaying(v, lo); sv < 0 {
				if sv = d.goesOnTo(v, lo); sv < 0 {
					sv = d.byDoing(v, lo)
				}
				if sv < 0 {
					if d.withBefore(v, lo) {
						// "…, with Senator X telling reporters he viewed Y
						// as …": the absolute phrase's report, before the
						// verbs of its content are read as frames
						if a := d.withAbsolute(lo, hi); a != nil {
							return a
						}
					}
					continue
				}
			}
		}
		s, e, as, ae := d.npLeft(sv, lo)
		if s < 0 {
			if a := d.relativeReport(v, lo, hi); a != nil {
				return a
			}
			// a subject we cannot read ("local residents said"): what
			// follows is theirs, not a later verb's
			if j := d.skipBack(v-1, lo); j >= lo && d.toks[j].kind == tWord && !d.toks[j].is(fRel|fPrep|fConj|fSubord) {
				return nil
			}
			continue
		}
		vi := d.toks[v].speech()
		class := vi.class
		dismiss := vi.lemma == "call" && d.dismissal(v)
		verdict := !dismiss && d.chargeVerdict(v, vi.lemma)
		if dismiss || verdict {
			// a verdict on a named charge denies it as a denial verb
			// does: for the speaker's side, not, as a dismissal by
			// pronoun may be, for a party the sentence names
			class = vDeny
		}
		// content
		c := v + 1
		if c < hi && d.toks[c].is(fParticle) && (vi.lemma == "point" || vi.lemma == "call") {
			c++
		}
		var accused []string
		accS := -1                 // where the accused starts, when read before the charge
		rival := false             // "accused its rival of …" (rivalOf)
		pron := false              // "accused them of …" (lastOther)
		organ := false             // "accused the army of …" (stateAccused)
		firm := ""                 // "accused the supplier of …": its noun (soleFirm)
		police := false            // "accused the force of …", "accused officers of …" (onePoliceBody)
		body := ""                 // "accused the train drivers' union of …": its noun (accusedBody)
		peopleS, peopleE := -1, -1 // "blamed the fishermen for …" (peopleParty)
		switch class {
		case vTell:
			k := c
			for k < hi && k-c < 12 && d.toks[k].low != "that" && !isEnd(&d.toks[k]) && d.toks[k].kind != tQuote {
				k++
			}
			if k < hi && d.toks[k].low == "that" && (k-c <= 6 || !d.verbIn(c, k)) {
				c = k
			} else if c+1 < hi && d.toks[c].low == "it" && !d.toks[c+1].is(fVerb|fAux) {
				// "Selmar tells it the other way round": how a story is
				// told, not what it says; the account follows
				return nil
			} else if d.storyNoun(c, hi) {
				// "The rangers tell a different story.": another account
				// announced, which the sentences after give; their
				// "Its spokesman" and "it" are the teller's
				if spk, st := d.resolveNP(s, e, as, ae); st == npOK {
					d.noteSpeaker(spk)
				}
				return nil
			}
		case vAccuse:
			k := d.accusedEnd(c, hi)
			if k < hi && k > c {
				if d.toks[c].low == "each" || d.toks[c].low == "one" {
					return nil // reciprocal: handled by patterns
				}
				accused, accS = d.actorsIn(c, k), c
				if len(accused) > 0 && d.possessorsOnly(c, k) {
					// "the country's largest train drivers' union": the
					// state owns the description, the union is accused
					if body = d.accusedBody(c, k); body != "" {
						accused = nil
					}
				}
				if len(accused) == 0 && d.toks[c].low == "both" {
					accused = d.salientPairOf(pairBoth) // "accused both groups of …"
				}
				rival = len(accused) == 0 && (k-c == 2 && (d.toks[c].low == "its" || d.toks[c].low == "their") && rivalNouns[d.toks[c+1].low] || d.otherSide(c, k))
				pron = len(accused) == 0 && k-c == 1 && (d.toks[c].low == "them" || d.toks[c].low == "it")
				organ = len(accused) == 0 && d.organPhrase(c, k)
				police = len(accused) == 0 && policeRef(d.toks[c:k])
				if len(accused) == 0 && k == c+2 && d.toks[c].low == "the" && tradeRefNouns[d.toks[c+1].low] {
					firm = d.toks[c+1].low
				}
				if len(accused) == 0 && firm == "" && !organ && body == "" {
					body = d.accusedBody(c, k)
				}
				if len(accused) == 0 && d.partyPeople(c, k) {
					peopleS, peopleE = c, k
				} else if len(accused) == 0 && vi.lemma == "blame" {
					// "blamed illegal miners for the spill", "blamed a
					// criminal gang for …"
					if g := d.describedDoer(c, k); g != "" {
						accused = []string{g}
					}
				}
				if on := -1; len(accused) == 0 && vi.lemma == "blame" {
					// "blamed the shelling of the village on X": the "of"
					// was the event's; the blamed is after "on"
					if accused, on = d.blamedOn(c, d.clauseEnd(c, hi)); on >= 0 {
						k = c
					}
				}
				c = k
			} else if vi.lemma == "blame" {
				// "blamed rebels of the movement": they are to blame for
				// the event reported
				end := d.clauseEnd(c, hi)
				accused = d.actorsIn(c, end)
				if len(accused) == 0 {
					if g := d.describedGroup(c, end); g != "" {
						accused = []string{g} // "blamed illegal miners who …"
					}
				}
				if len(accused) == 0 && c+2 < hi && d.toks[c].low == "both" && d.pairKind(c+1, c+2) != pairAny && isEnd(&d.toks[c+2]) {
					// "The union blamed both companies.": the pair named
					// before, each to blame for the event reported
					accused = d.salientPairOf(d.pairKind(c+1, c+2))
				}
			}
		}
		for c < hi && (d.toks[c].low == "that" && !(class == vDeny && (c+1 == len(d.toks) || c+1 == hi || isEnd(&d.toks[c+1]))) || d.toks[c].low == "," || d.toks[c].low == ":") {
			// "rejected that." keeps its pronoun: the account before;
			// so does "denied that, saying …", whose clause ends with it
			c++
		}
		if c >= hi || contentWordsUpTo(d.toks, c, hi, 1) == 0 {
			if c >= hi && hi == len(d.toks) && d.toks[hi-1].low == ":" && class == vSay {
				// "In a speech in May, Marek said:" ends its paragraph:
				// what it reports is the paragraph below (colonReport)
				if spk, st := d.resolveNP(s, e, as, ae); st == npOK {
					d.colon, d.colonPara = att{verb: -1, class: class, npS: -1, npE: -1, spk: spk, quoteSpan: -1, evS: -1}, d.paraN
				}
			}
			continue
		}
		spk, st := d.resolveNP(s, e, as, ae)
		// "has reported on Brennport for forty years": coverage of a
		// subject, no content a medium could be the source of; a
		// medium that denies ("The Fredville Herald denied any role in
		// the leak", "The channel disputed the figure") is a party
		// answering a charge, in its own name as when it reports
		if st == npMedia && (class == vSay || class == vReport || class == vTell || class == vDeny) && !d.reportsSpeaker(c, hi) && !(class == vReport && coverageWords[d.toks[c].low]) {
			spk, st = d.mediaSource(s, e)
		}
		if st != npOK {
			return nil
		}
		if rival {
			accused = d.rivalOf(spk.side)
		}
		if peopleS >= 0 {
			if o := d.peopleParty(peopleS, peopleE, spk.side); o != "" {
				accused = []string{o}
			}
		}
		if len(accused) == 1 && accused[0] == spk.side && spk.side != "" {
			// "Kellan Marine accused the operator of …": a party called
			// by its noun alone that was read as the accuser is the
			// other one called so
			if o := d.otherByNoun(accS, c, spk.side); o != "" {
				accused[0] = o
			}
		}
		if len(accused) > 1 && spk.side != "" && slices.Contains(accused, spk.side) {
			// "The residents' group accused both the company and the
			// council of …": a party of the pair called by its noun
			// alone and read as the accuser's own body (a group is a
			// company's noun too) is the other one called so; no
			// charge of two parties names its own accuser
			d.otherInPair(accused, accS, c, spk.side)
		}
		if organ {
			if st := d.stateAccused(spk.side); st != "" && !d.forcesOfOther(accS, c, st) {
				accused = []string{st}
			}
		}
		if firm != "" {
			if o := d.soleFirm(spk.side, firm); o != "" {
				accused = []string{o}
			}
		}
		if police {
			// "accused the force of keeping its officers outside",
			// "accused officers of having sat on their hands": news
			// calls a police force "the force" and its men "officers";
			// the one police body the article named is charged (with
			// two, or none, whose is unsaid), never the accuser's own
			if o := d.policeAccused(spk.side); o != "" {
				accused = []string{o}
			}
		}
		if body != "" && len(accused) == 0 && spk.side != "" {
			// "accused the country's largest train drivers' union of
			// …": the one organisation the article calls so, not the
			// accuser's own; a speaker of no party ("the company that
			// lost the contest") charges no party it could be told from
			if o := d.describedOrg(body); o != nil && o.name != spk.side && d.sideOf(o.name) != spk.side {
				accused = []string{d.sideOf(o.name)}
			} else if o == nil {
				// named only later ("The Calvaran Locomotive Drivers'
				// Union, which called the strike, denied it"): finish
				// gives it the one organisation the article calls so
				accused = []string{accusedLater + body}
				d.pairsLater = true
			}
		}
		if pron {
			// "accused them of …": the last party named other than the
			// speaker's own
			if o := d.lastOther(c-1, spk.side); o != "" {
				accused = []string{o}
			}
		}
		if len(accused) == 0 && accS >= 0 {
			if o := d.personAccused(accS, c, spk.side); o != "" {
				accused = []string{o} // "accused Crayle of …": the owner's club
			}
		}
		d.used[v] = true
		a := d.newAtt(att{verb: v, class: class, npS: s, npE: e, contS: c, contE: hi, spk: spk, accused: accused, dismiss: dismiss, quoteSpan: -1, evS: -1, neg: d.frameNeg(v, lo) >= 0})
		if s > lo && d.toks[s-1].low == "," && v+1 < hi && d.toks[v+1].low == "," && contentWordsUpTo(d.toks, lo, s-1, 1) > 0 {
			// parenthetical: "The plan, an aide said, is to …" reports the
			// whole clause; its subject comes before the speaker
			a.evS, a.pre = lo, [2]int{lo, s - 1}
		}
		if d.toks[c].kind == tQuote && d.toks[c].open {
			a.quoteSpan = int(d.spanOf[c])
		} else if c > 0 && d.toks[c-1].kind == tQuote && d.toks[c-1].open {
			a.quoteSpan = int(d.spanOf[c-1])
		}
		if vi.class == vCallFor && !dismiss && !verdict || a.neg {
			// a negated accusation or denial ("did not accuse", "never
			// denied") accuses and denies nothing: it is a negated report
			a.class, a.accused = vSay, nil
		}
		return a
	}
	return d.withAbsolute(lo, hi)
}

// peopleOfParty are the plural nouns news calls a party's people by
// when it charges them rather than the party: "the fishermen", "its
// volunteers", "trust members", "the crews".
var peopleOfParty = map[string]bool{
	"fishermen": true, "volunteers": true, "activists": true, "campaigners": true, "members": true,
	"supporters": true, "fighters": true, "gunmen": true, "workers": true, "crews": true,
	"protesters": true, "protestors": true, "employees": true, "staff": true,
}

// partyPeople reports whether the accused phrase [c, k) names people of
// a party and no party: a plural of peopleOfParty alone, after "the",
// "its" or "their", or after an organisation's noun ("trust members").
// In a dispute between two parties the accuser charges its rival's
// people so ("The company blamed the fishermen for the damage"); an
// adjective ("illegal miners", "foreign volunteers") describes some
// other people, and leaves the phrase unread.
func (d *docState) partyPeople(c, k int) bool {
	if k-c > 3 || !peopleOfParty[d.toks[k-1].low] || d.toks[k-1].cap {
		return false
	}
	for j := c; j < k-1; j++ {
		t := &d.toks[j]
		switch {
		case j == c && (t.low == "the" || t.low == "its" || t.low == "their"):
		case t.kind == tWord && !t.cap && orgHeads[t.low] && !stateOrgans[t.low]:
		default:
			return false
		}
	}
	return true
}

// describedGroup returns the blamed phrase from c of a plural noun of
// people or bodies that words in lower case describe and no article or
// possessive sets ("illegal miners", "armed settlers"), ending at k
// or before a relative ("who use cyanide …"), a preposition or a comma:
// a group the article names by what it is, the accused as written; else
// "".
func (d *docState) describedGroup(c, k int) string {
	j := c
	for j < k && j-c < 3 && d.toks[j].kind == tWord && !d.toks[j].cap && !d.toks[j].is(fDet|fPron|fPrep|fConj|fSubord|fRel|fAux|fNeg|fSpeech|fTime|fAdv) {
		j++
	}
	if j-c < 2 || j < k && !d.toks[j].is(fRel|fPrep) && d.toks[j].low != "," {
		return ""
	}
	if h := d.toks[j-1].low; !d.groupHead(c, j, k) || peopleOfParty[h] || !d.nounLike(j-1) {
		return "" // "blamed trade deals"; "ruling-party activists" are a party's
	}
	return d.join(c, j)
}

// describedDoer returns the doer phrase from c that news writes when it
// blames people it cannot or will not name: describedGroup's plural
// ("illegal miners who …"), or, after "a" or "an", a singular band of
// wrongdoers or a plural group its words describe ("a criminal gang",
// "a cross-border smuggling network that …", "a rival nation's
// officials"), the accused as written without its article; else "".
// It ends at e, at the end of the sentence, or where describedGroup
// lets a phrase end. "The" is left alone: "the gang", "the lab" refer
// back to a party the article names, which other rules find.
func (d *docState) describedDoer(c, e int) string {
	if c >= e {
		return ""
	}
	k := e
	for j := c; j < e && j < c+6; j++ {
		if isEnd(&d.toks[j]) {
			k = j // "blamed the spill on illegal miners."
			break
		}
	}
	if w := d.toks[c].low; w != "a" && w != "an" {
		if g := d.describedGroup(c, k); g != "" && !d.partyHands(c, c+len(strings.Fields(g))) {
			return g
		}
		return ""
	}
	c++
	j := c
	for j < k && j-c < 3 && d.toks[j].kind == tWord && !d.toks[j].cap && !d.toks[j].is(fDet|fPron|fPrep|fConj|fSubord|fRel|fAux|fNeg|fSpeech|fTime|fAdv) {
		j++
	}
	if j-c < 2 || j < k && !d.toks[j].is(fRel|fPrep) && d.toks[j].low != "," {
		return ""
	}
	h := d.toks[j-1].low
	own, band := bandNouns[h]
	if band && !own && !slices.ContainsFunc(d.toks[c:j-1], wrongdoingWord) {
		return "" // "a storm cell", "a faulty relay network"
	}
	if !band && !(d.groupHead(c, j, k) && !peopleOfParty[h] && d.nounLike(j-1)) {
		return ""
	}
	if d.partyHands(c, j) {
		return ""
	}
	return d.join(c, j)
}

// partyHands reports whether the phrase [c, j) names a state's or a
// party's own hands: a head such as "troops", "guards", "officials"
// (stateNouns), or an organ's noun among its modifiers ("government",
// "army"; "armed" describes people). "Retreating troops" are some party's troops, which the rules
// that find a party's arms name; a description of them is no new party.
func (d *docState) partyHands(c, j int) bool {
	if j <= c || j > len(d.toks) {
		return false
	}
	owned := false // "a rival nation's officials": hands the phrase gives an owner no party is
	for k := c; k < j-1; k++ {
		if w := d.toks[k].low; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			owned = true
		}
	}
	if stateNouns[d.toks[j-1].low] && !owned {
		return true
	}
	for k := c; k < j; k++ {
		if d.toks[k].is(fOrgan) && !peopleDescr[d.toks[k].low] {
			return true // "army deserters", not "armed herders"
		}
	}
	return false
}

// bandNouns are the singular nouns news calls a band of wrongdoers by
// when it does not name them: "a criminal gang", "a smuggling network".
// Those false here name people only with a word of what they do
// (wrongdoingWord): "a storm cell", "a battery cell" and "a relay
// network" are things.
var bandNouns = map[string]bool{
	"gang": true, "network": false, "ring": false, "cell": false, "syndicate": true, "cartel": true,
}

// wrongdoingWord reports whether t says what a band does: an act in
// -ing ("smuggling", "trafficking"), a harm or crime word ("criminal",
// "terrorist") or a kind of covert work ("spy ring", "drug network").
func wrongdoingWord(t token) bool {
	return strings.HasSuffix(t.low, "ing") || t.is(fCulp) || covertWords[t.low]
}

// covertWords are the modifiers of a band that name its trade.
var covertWords = map[string]bool{
	"spy": true, "drug": true, "crime": true, "militant": true, "extremist": true, "rebel": true,
	"insurgent": true, "sleeper": true, "jihadist": true,
}

// bodyPlurals are the plural nouns for bodies that describedGroup reads
// as a group: "foreign charities", "shell companies".
var bodyPlurals = map[string]bool{
	"charities": true, "organisations": true, "organizations": true, "groups": true,
	"companies": true, "firms": true, "agencies": true,
}

// peopleDescr describe people by what they do or are, never things:
// "armed herders", "masked drovers", "rogue traders".
var peopleDescr = map[string]bool{
	"armed": true, "masked": true, "unidentified": true, "suspected": true, "illegal": true,
	"rogue": true, "disgruntled": true, "striking": true,
}

// groupHead reports whether the phrase [c, j), ending at k, is a plural
// of people or bodies: a body's noun ("charities"), a noun the lexicon
// knows for people ("miners", "activists", "fishermen"), or one whose
// ending is that of people ("herders", "drovers") when something says
// they are people: a relative "who" after it, or a word before it that
// describes people only ("armed"). The ending alone would make people of
// "faulty transformers", "strong currents" and "stray embers".
func (d *docState) groupHead(c, j, k int) bool {
	t := &d.toks[j-1]
	if bodyPlurals[t.low] || peoplePlural(t, true) || strings.HasSuffix(t.low, "men") && peoplePlural(t, false) {
		return true
	}
	if !peoplePlural(t, false) {
		return false // "late payments"
	}
	if j < k && d.toks[j].low == "who" {
		return true
	}
	for i := c; i < j-1; i++ {
		if peopleDescr[d.toks[i].low] {
			return true
		}
	}
	return false
}

// peopleParty is the party whose people the accused phrase [c, k)
// names (partyPeople), other than side: the one whose name holds the
// noun ("the fishermen" for the Cawley Fishermen's Co-operative), the one
// the organisation's noun before it calls so ("trust members": the one
// describedOrg finds for that noun), else
// side's rival in the article's dispute when that is no state (a
// state's people are its troops, which other words name); or "".
func (d *docState) peopleParty(c, k int, side string) string {
	noun := d.toks[k-1].low
	found := ""
	for _, o := range d.open {
		if o.state || o.name == side {
			continue
		}
		for w := range strings.FieldsSeq(o.name) {
			if b, _ := possessiveBase(strings.ToLower(w)); b == noun {
				if found != "" && found != o.name {
					return "" // two such parties: the phrase names neither
				}
				found = o.name
			}
		}
	}
	if found != "" {
		return found
	}
	if k-c >= 2 && orgHeads[d.toks[k-2].low] {
		// "party members" with two parties named says which of them no
		// more than "the party" would
		if o := d.describedOrg(d.toks[k-2].low); o != nil && o.name != side {
			return o.name
		}
		return ""
	}
	if r := d.rivalOf(side); side != "" && len(r) == 1 && !d.isState(r[0]) {
		return r[0]
	}
	return ""
}

// spokenUp reports whether the verb at v is in the present perfect
// ("has spoken", "has now responded") and ends its sentence, but for a
// channel or an audience ("to state television", "to reporters"): a
// live page's announcement of who speaks next.
func (d *docState) spokenUp(v, hi int) bool {
	h := v - 1
	if h > 0 && d.toks[h].is(fAdv|fTime) {
		h-- // "has now responded"
	}
	if h < 0 || d.toks[h].low != "has" && d.toks[h].low != "have" {
		return false
	}
	k := v + 1
	if k < hi && d.toks[k].low == "to" {
		for k++; k < hi && d.toks[k].kind == tWord && !d.toks[k].is(fConj|fRel|fSubord); k++ {
		}
	}
	return k >= hi || isEnd(&d.toks[k])
}

// askedComma returns the comma that closes a clause's opening question
// ("Asked what he believed about the cranes, …", "When asked whether
// …, …"), 0 when the clause is the question alone, or -1.
func (d *docState) askedComma(lo, hi int) int {
	k := lo
	if d.toks[k].low == "when" && k+1 < hi {
		k++
	}
	if t := &d.toks[k]; t.kind != tWord || t.low != "asked" || k == lo && !t.cap {
		return -1
	}
	for j := k + 1; j < hi && j-k < 30; j++ {
		if t := &d.toks[j]; t.low == "," && j+2 < hi {
			return j
		} else if isEnd(t) || t.kind == tQuote {
			return -1
		}
	}
	if hi < len(d.toks) && d.toks[hi].low == "," && hi-k < 30 {
		return 0
	}
	return -1
}

// withAbsolute matches an absolute phrase of report: "…, with three in
// 10 saying the vote changed nothing", "with the mayor calling for a new
// survey": the phrase between "with" and the participle is the speaker,
// what follows the participle the report. Only "with" after a comma or
// opening the clause, a reporting verb's -ing form within 10 tokens of
// it, and a speaker that resolves count.
func (d *docState) withAbsolute(lo, hi int) *att {
	// from each reporting verb's -ing form back to "with": reporting
	// verbs are rare, "with" is not
	for v := lo + 2; v < hi; v++ {
		t := &d.toks[v]
		if !t.is(fSpeech) || t.kind != tWord || t.cap || t.inQ || d.used[v] || !strings.HasSuffix(t.low, "ing") || !d.speaksOf(v) {
			continue
		}
		i := v - 2
		for i > lo && v-i < 10 && d.toks[i].low != "with" {
			if k := &d.toks[i]; k.kind != tWord && k.kind != tNum || k.is(fConj|fSubord|fRel) {
				break
			}
			i--
		}
		if d.toks[i].low != "with" || d.toks[i].inQ || i > lo && d.toks[i-1].low != "," {
			continue // (not "met with farmers asking for help")
		}
		c := v + 1
		if c < hi && d.toks[c].low == "," && !(c+1 < hi && d.toks[c+1].kind == tQuote && d.toks[c+1].open) {
			// "With 98 percent of precincts reporting, Forward Caldoria
			// led …": an absolute whose verb takes nothing (no quotation
			// after its comma, as in "with one of her ads asking, “…”")
			// says how far a count had got; the clause after it is no
			// report
			return nil
		}
		for c < hi && (d.toks[c].low == "that" || d.toks[c].is(fParticle)) {
			c++
		}
		if c >= hi || contentWordsUpTo(d.toks, c, hi, 1) == 0 {
			return nil
		}
		spk, st := d.resolveNP(i+1, v, -1, -1)
		if st != npOK {
			return nil
		}
		d.used[v] = true
		return d.newAtt(att{verb: v, class: vSay, npS: i + 1, npE: v, contS: c, contE: hi, spk: spk, quoteSpan: -1, evS: i + 1})
	}
	return nil
}

// withBefore reports whether the -ing form at v has "with" after a
// comma within the nine tokens before it, as withAbsolute needs.
func (d *docState) withBefore(v, lo int) bool {
	if !strings.HasSuffix(d.toks[v].low, "ing") {
		return false
	}
	for i := v - 2; i > lo && v-i < 10; i-- {
		if d.toks[i].low == "with" {
			return d.toks[i-1].low == ","
		}
	}
	return false
}

// accusedLinks tie an accused group to its patron with "for" or "with":
// "hackers working for", "militias allied with".
var accusedLinks = map[string]bool{
	"working": true, "acting": true, "fighting": true, "operating": true, "spying": true,
	"allied": true, "aligned": true, "affiliated": true, "associated": true, "connected": true,
}

// noOneWords reports whether toks open with a word that names nobody:
// "nobody", "no one", "none".
func noOneWords(toks []token) bool {
	switch {
	case len(toks) == 0:
		return false
	case toks[0].low == "nobody" || toks[0].low == "none" || toks[0].low == "no-one":
		return true
	}
	return len(toks) > 1 && toks[0].low == "no" && toks[1].low == "one"
}

// relativeReport reads a report in a relative clause: "X, who said
// the bridge was unsafe, voted …", "business leaders who say the law
// …": the report is the antecedent's, its content runs to the relative
// clause's end. v is a reporting verb right after "who" (past
// adverbs and auxiliaries): a verb of saying, of telling past its
// recipient ("who told the Herald he will …") or a stance
// (relativeStances: "who has long opposed the tax"); or a verb of
// saying after ", which" when the antecedent is a body ("the defence
// ministry, which said …"). It returns nil when there is none.
func (d *docState) relativeReport(v, lo, hi int) *att {
	w := d.skipBack(v-1, lo)
	if w <= lo {
		return nil
	}
	// "who said", "who told the Herald", "who has long opposed"; a
	// body's "which said"
	cls, lem := d.toks[v].speech().class, d.toks[v].speech().lemma
	// "who called the plan “a disgrace”", "who called the levy unfair":
	// a judgement named, not an appeal ("who called for calm")
	naming := lem == "call" && (d.dismissal(v) || d.callNaming(v) || d.callJudged(v))
	who := d.toks[w].low == "who" && (cls == vSay || cls == vTell || cls == vObject && relativeStances[lem] || naming || cls == vAccuse && lem == "accuse")
	if !who && !(d.toks[w].low == "which" && cls == vSay) || lem == "ask" {
		return nil // (not "who asked not to be named")
	}
	if lem == "accuse" && v+1 < len(d.toks) && noOneWords(d.toks[v+1:min(v+3, len(d.toks))]) {
		return nil // "who accused nobody of wrongdoing": no charge
	}
	which := d.toks[w].low == "which"
	h, comma := w-1, false
	if d.toks[h].low == "," {
		h, comma = h-1, true
	}
	if which && !comma {
		return nil // "the report which said": a document, no body
	}
	if h < lo {
		return nil
	}
	if t := &d.toks[h]; t.kind != tWord || !(t.cap && !t.is(fPron|fConj|fPrep|fSubord|fDet) || d.nounLike(h) || t.is(fRole|fGroup)) {
		return nil
	}
	s := d.collectNP(h, lo)
	if s > h {
		return nil
	}
	c := v + 1
	if cls == vTell {
		c = d.recipientEnd(c, hi) // "who told the Herald he will …"
	}
	for c < hi && (d.toks[c].low == "that" || d.toks[c].low == ",") {
		c++
	}
	ce := hi
	if comma {
		ce = d.clauseEnd(c, hi) // ", who said …, voted": the aside ends at its comma
	}
	if c >= ce || contentWordsUpTo(d.toks, c, ce, 2) < 2 || d.toks[c].low == "to" || d.toks[c].low == "not" {
		return nil // "who wanted to stay", "who asked not to be named": no report
	}
	for k := ce; k < hi; k++ {
		if d.speechCandidate(k, lo) {
			return nil // "X, who said …, told reporters …": the main report wins
		}
	}
	for k := h - 1; k > s; k-- {
		// "Velmar expelled Tarvia's ambassador, who accused …": the
		// antecedent is the object after the main verb, not the clause
		t, p, n := &d.toks[k], &d.toks[k-1], &d.toks[k+1]
		if t.kind == tWord && !t.cap && (t.is(fPast) || len(t.low) > 4 && strings.HasSuffix(t.low, "ed")) && p.kind == tWord && (p.cap || p.is(fPron)) && !p.is(fDet) && (n.cap || n.is(fDet)) {
			s = k + 1
			break
		}
	}
	spk, st := d.resolveNP(s, h+1, -1, -1)
	if st != npOK || which && (!spk.inst || spk.person != nil) {
		// ", which said …" is a body's ("was dismissed by Velland's
		// defence ministry, which said …"); a thing's is no report
		return nil
	}
	d.used[v] = true
	if cls == vAccuse {
		// "Drummel, who accused the rebels of …": the charge and whom it
		// names, as the main clause's "accused" gives them
		var accused []string
		if k := d.accusedEnd(c, ce); k > c && k < ce {
			accused = d.actorsIn(c, k)
		}
		return d.newAtt(att{verb: v, class: vAccuse, npS: s, npE: h + 1, contS: c, contE: ce, spk: spk, accused: accused, quoteSpan: -1, evS: -1})
	}
	return d.newAtt(att{verb: v, class: vSay, npS: s, npE: h + 1, contS: c, contE: ce, spk: spk, quoteSpan: -1, evS: -1})
}

// relativeStances are the stances a relative clause reports as its
// antecedent's ("Marek, who has long opposed the tax, …"); not those
// that name acts more often than views ("who is challenging the
// senator", "who welcomed the delegates", "who shared a table").
var relativeStances = map[string]bool{
	"endorse": true, "oppose": true, "support": true, "criticise": true, "criticize": true, "praise": true,
	"condemn": true, "denounce": true, "decry": true, "slam": true, "blast": true, "defend": true,
	"question": true, "cite": true, "applaud": true, "hail": true, "mock": true, "rebuke": true,
	"assail": true, "lambaste": true, "prefer": true,
}

// recipientEnd returns where the recipient of a verb of telling that
// starts at c ends: a name or a medium ("told the Pellam Herald",
// "told Reuters"), or one noun ("told reporters"); c when there is none.
func (d *docState) recipientEnd(c, hi int) int {
	j := c
	if j < hi && d.toks[j].is(fDet) && !d.toks[j].is(fPron) {
		j++
	}
	k := j
	for k < hi && d.toks[k].kind == tWord && !d.toks[k].inQ && (d.toks[k].cap && !d.toks[k].is(fPron) || d.toks[k].is(fMedia)) {
		k++
	}
	if k == j && k < hi && d.nounLike(k) {
		k++
	}
	if k == j {
		return c
	}
	return k
}

// continuation returns the attribution a continuation clause inherits
// from prev: same speaker, the clause's own verb class and content.
func (d *docState) continuation(prev *att, cl clause) att {
	a := *prev
	a.contS, a.contE, a.verb, a.class, a.accused, a.dismiss, a.evS = cl.contS, cl.hi, -1, vSay, nil, false, -1
	a.quoteSpan = -1
	if cl.verb < 0 {
		return a
	}
	vi := d.toks[cl.verb].speech()
	switch vi.class {
	case vDeny:
		a.class = vDeny
	case vAccuse:
		c := cl.verb + 1
		k := d.accusedEnd(c, cl.hi)
		if k >= cl.hi && vi.lemma == "blame" {
			// "… and blamed illegal miners who use cyanide": blamed
			// for the event reported, with no "for"
			if g := d.describedGroup(c, d.clauseEnd(c, cl.hi)); g != "" {
				a.class, a.accused = vAccuse, []string{g}
			}
		}
		if k < cl.hi && k > c {
			a.class, a.accused, a.contS = vAccuse, d.actorsIn(c, k), k
			if len(a.accused) == 1 && a.accused[0] == a.spk.side && a.spk.side != "" {
				// "…, and accused the operator of …": not the accuser
				if o := d.otherByNoun(c, k, a.spk.side); o != "" {
					a.accused = []string{o}
				}
			}
			if len(a.accused) == 0 && k == c+1 && (d.toks[c].low == "them" || d.toks[c].low == "it") {
				// "…, accusing them of …": the last party named other
				// than the speaker's own
				if o := d.lastOther(c, a.spk.side); o != "" {
					a.accused = []string{o}
				}
			}
			if len(a.accused) == 0 && k == c+2 && d.toks[c].low == "the" && tradeRefNouns[d.toks[c+1].low] {
				// "… said the pen had failed, and accused the company of …"
				if o := d.soleFirm(a.spk.side, d.toks[c+1].low); o != "" {
					a.accused = []string{o}
				}
			}
			if len(a.accused) == 0 && d.otherSide(c, k) {
				// "…, and accused the other side of …"
				a.accused = d.rivalOf(a.spk.side)
			}
			if len(a.accused) == 0 {
				// "…, accusing Crayle of …"
				if o := d.personAccused(c, k, a.spk.side); o != "" {
					a.accused = []string{o}
				}
			}
			if len(a.accused) == 0 && policeRef(d.toks[c:k]) {
				// "… said the gate was opened at their request, and
				// accused the force of …": the one police body named
				if o := d.policeAccused(a.spk.side); o != "" {
					a.accused = []string{o}
				}
			}
			if len(a.accused) == 0 && d.organPhrase(c, k) {
				// "… denied it, and accused the army of …"
				if st := d.stateAccused(a.spk.side); st != "" && !d.forcesOfOther(c, k, st) {
					a.accused = []string{st}
				}
			}
			if len(a.accused) == 0 && k == c+2 && d.toks[c].low == "both" && (pairNouns[d.toks[c+1].low] || groupPairNouns[d.toks[c+1].low]) {
				// "… demanded an inquiry and accused both governments of
				// …": the two parties named before, as a leading frame
				// reads them
				if pair := d.salientPairOf(d.pairKind(c+1, k)); !slices.Contains(pair, a.spk.side) {
					a.accused = pair
				}
			}
		}
	}
	if c := a.contS; c < cl.hi && d.toks[c].kind == tQuote && d.toks[c].open {
		a.quoteSpan = int(d.spanOf[c])
	}
	return a
}

// subjectAtt returns an attribution to the subject of the clause
// [lo, hi) (its first finite verb's subject phrase, starting the
// clause), or nil; it has no content of its own.
func (d *docState) subjectAtt(lo, hi int) *att {
	for lo+1 < hi && d.toks[lo].kind == tWord && d.toks[lo].is(fConj) && (d.toks[lo].low == "but" || d.toks[lo].low == "and" || d.toks[lo].low == "yet") {
		lo++ // "But the court overruled and said …": the subject follows
	}
	cs := d.skipIntro(lo, hi)
	if t := &d.toks[cs]; cs+2 < hi && t.kind == tWord && t.cap && t.is(fAdv|fTime) && !t.is(fPron|fDet|fSubord|fPrep|fConj) && d.toks[cs+1].kind == tWord && d.toks[cs+1].cap {
		cs++ // "Then Oster cut into Marek, calling …": an adverb opens the clause
	}
	tries := 0
	for k := cs + 1; k < hi; k++ {
		t := &d.toks[k]
		if t.low == "," && k-cs < 30 {
			// an apposition before the verb: "Tomas Brill, president of
			// the institute, tied …, saying"; npLeft reads it
			continue
		}
		if t.inQ || t.kind == tQuote || t.kind == tPunct && t.low != "(" && t.low != ")" {
			return nil
		}
		if !d.isVerbAt(k, cs) && !d.looseVerb(k, cs, hi) {
			continue
		}
		s, e, as, ae := d.npLeft(k, cs)
		if s != cs {
			if tries++; tries < 3 {
				continue // "the ministries declined": a plural read as a verb
			}
			return nil
		}
		spk, st := d.resolveNP(s, e, as, ae)
		if st != npOK {
			if tries++; tries < 3 {
				continue
			}
			return nil
		}
		return d.newAtt(att{verb: -1, class: vSay, npS: s, npE: e, contS: hi, contE: hi, spk: spk, quoteSpan: -1, evS: -1})
	}
	return nil
}

// looseVerb reports whether token k, which isVerbAt does not take for
// a finite verb, is the verb of the subject before it all the same: a
// word the lexicon does not know, ending in "-ed" or "-s", or a verb it
// knows as a noun too ("hit back", "cut into"), right after a name, a
// pronoun or a body ("Oster sided with …", "Marek hit back"), or after
// an apposition's comma ("X, a farmer, tied …", "X, in an interview,
// barely dwelled on …"), past adverbs; an unknown "-ed" word also after
// a noun ("the campaign shrugged off …").
func (d *docState) looseVerb(k, cs, hi int) bool {
	t := &d.toks[k]
	if t.kind != tWord || t.cap {
		return false
	}
	ed := t.flags == 0 && strings.HasSuffix(t.low, "ed")
	if !ed && !(t.flags == 0 && strings.HasSuffix(t.low, "s")) && !(t.is(fVerb) && d.particleAfter(k)) {
		return false
	}
	j := k - 1
	for j > cs && d.toks[j].kind == tWord && !d.toks[j].cap && d.toks[j].is(fAdv) && !d.toks[j].is(fAux|fNeg|fTime) {
		j--
	}
	if strings.HasSuffix(d.toks[j].low, "'s") {
		return false // "Oz's show proved …": a noun after a possessive
	}
	if d.toks[j].low == "," || d.nameOrPronounBefore(k, cs) {
		return true
	}
	if !ed || !d.nounLike(j) {
		return false
	}
	// after a common noun only when no clause of another subject comes
	// between the verb and the report: "the frustration boiled over when
	// Marek assailed …, saying", "the family soured on him, the Herald
	// reported, citing …" report Marek's and the Herald's words
	for i := k + 1; i < hi; i++ {
		if u := &d.toks[i]; u.kind == tWord && u.is(fSubord|fRel|fSpeech) {
			return false
		}
	}
	return true
}

// particleAfter reports whether a particle, an adverb or a preposition
// other than "to" and "of" follows token k: a verb the lexicon knows as
// a noun too is a verb before one ("hit back", "cut into", "lashed out
// at"), not before "to" ("needs to sell", "plans to").
func (d *docState) particleAfter(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[k+1]
	return n.kind == tWord && !n.cap && (n.is(fParticle|fAdv|fPrep) || verbParticles[n.low]) && n.low != "to" && n.low != "of" && !n.is(fAux)
}

// verbParticles are the particles of phrasal verbs of a reply or an
// attack the lexicon classes as neither ("hit back", "lashed back").
var verbParticles = map[string]bool{"back": true, "off": true, "down": true}

// nameOrPronounBefore reports whether a name or a personal pronoun comes
// right before token k, past adverbs: "Oster sided", "he also compared".
func (d *docState) nameOrPronounBefore(k, lo int) bool {
	j := k - 1
	for j > lo && d.toks[j].kind == tWord && !d.toks[j].cap && d.toks[j].is(fAdv) && !d.toks[j].is(fAux|fNeg) {
		j--
	}
	p := &d.toks[j]
	// a role or a body in lower case heads a subject too: "the union's
	// leaders shrugged off …"
	return p.kind == tWord && (p.cap || p.is(fPron) && !p.is(fDet) || p.is(fRole|fOrg|fGroup) && !p.is(fDet|fPrep))
}

// relativeMarkers open a relative clause that denies the accusation
// before it: ", which it denies", ", a charge Port Ellis rejects",
// ", charges it has denied".
var relativeMarkers = map[string]bool{
	"which": true, "charge": true, "charges": true, "accusation": true, "accusations": true,
	"allegation": true, "allegations": true, "claim": true, "claims": true,
}

// statementMarkers hang a relative denial from what a report states, not
// from a charge: "…, a finding the company disputed", "a point the party
// rejects", "an account the ministry denies". The denier disputes it as
// it would a charge, but the report it disputes need charge nobody: a
// monitor's figure the party contests is no accusation against it.
var statementMarkers = map[string]bool{
	"finding": true, "findings": true, "point": true, "account": true, "version": true,
	"conclusion": true, "assertion": true,
}

func init() {
	for w := range statementMarkers {
		relativeMarkers[w] = true
	}
}

// statementDenial reports whether the relative denial whose comma is c
// hangs from a statementMarkers noun ("…, a point the party disputed").
func (d *docState) statementDenial(c int) bool {
	k := c + 1
	if k < len(d.toks) && (d.toks[k].low == "a" || d.toks[k].low == "an") {
		k++
	}
	return k < len(d.toks) && statementMarkers[d.toks[k].low]
}

// relativeDenial matches a sentence ending in a relative clause that
// denies what the sentence reports. It returns the clause's comma and
// an echo attribution to the denier, or nil.
func (d *docState) relativeDenial(lo, hi int) (int, *att) {
	e := hi
	for e > lo && (isEnd(&d.toks[e-1]) || d.toks[e-1].kind == tQuote) {
		e--
	}
	// most sentences end in no denial: look for its verb first
	v := -1
	for k := e - 1; k > lo && k >= e-9; k-- {
		if t := &d.toks[k]; t.kind == tWord && t.flags&fDenyVerb != 0 {
			v = d.relVerb(lo, e)
			break
		}
	}
	if v < 0 {
		// "a charge the company disputed, saying it had …": the clause
		// ends at the comma before the denier's own reasons
		for k := e - 2; k > lo+3; k-- {
			if d.toks[k].low == "," && d.toks[k-1].kind == tWord && d.toks[k-1].flags&fDenyVerb != 0 && reasonParticiples[d.toks[k+1].low] {
				e = k
				v = d.relVerb(lo, e)
				break
			}
			if d.toks[k].low == "while" && strings.HasSuffix(d.toks[k+1].low, "ing") {
				// "a charge the ministry dismissed as “theatre” while
				// blaming a faction": the clause ends before what the
				// denier does beside denying
				if v = d.relVerb(lo, k); v >= 0 {
					e = k
				}
				break
			}
		}
		if v < 0 {
			return -1, nil
		}
	}
	npE := d.skipBack(v-1, lo) + 1
	npS := npE - 1
	for npS > lo && npE-npS < 4 && (d.toks[npS-1].cap || d.toks[npS-1].low == "the") && !relativeMarkers[d.toks[npS-1].low] {
		npS--
	}
	if npS < npE && !d.toks[npS].cap && !d.toks[npS].is(fPron) && d.toks[npS].low != "the" {
		// "which the health ministry calls absurd", "an allegation the
		// defence ministry dismissed": a body named in lower case after
		// "the"
		for j := npE - 1; j > lo && j >= npE-5; j-- {
			t := &d.toks[j]
			if t.low == "the" {
				npS = j
				break
			}
			if t.kind != tWord || relativeMarkers[t.low] || t.is(fVerb|fAux|fPrep|fConj|fPron) && !t.cap {
				break
			}
		}
	}
	if npS >= npE || !(d.toks[npS].cap || d.toks[npS].is(fPron) || d.toks[npS].low == "the" && npE-npS >= 2) {
		return -1, nil
	}
	m := npS - 1
	if m > lo && d.toks[m].low == "that" {
		m--
	}
	if m <= lo || !relativeMarkers[d.toks[m].low] {
		return -1, nil
	}
	c := m - 1
	if d.toks[c].low == "a" || d.toks[c].low == "an" {
		c--
	}
	if c <= lo || d.toks[c].low != "," {
		return -1, nil
	}
	a := d.newAtt(att{verb: v, class: vDeny, npS: npS, npE: npE, contS: c + 1, contE: e, quoteSpan: -1, evS: c + 1, echo: true})
	if !(npE == npS+1 && d.toks[npS].is(fPron)) {
		spk, st := d.resolveNP(npS, npE, -1, -1)
		if st != npOK {
			return -1, nil
		}
		a.spk = spk
	}
	d.used[v] = true
	return c, a
}

// andBut reports whether t is "and" or "but", which join a clause to a
// relative charge ("… blamed on rebel mortars and the rebels said …").
func andBut(t *token) bool {
	return t.low == "and" || t.low == "but"
}

// relativeCharge matches a relative clause whose subject puts the blame
// for the noun it hangs from on another: "the shelling, which
// Ruritania's army blamed on Sylvanian gunners, killed four", "an
// explosion that Kessund blamed on saboteurs". The clause is the charge
// of its subject, against the actor after "on". It returns the relative
// word and the charge, or -1 and nil; nil too when a report follows the
// clause, which the sentence's own reading keeps.
func (d *docState) relativeCharge(lo, hi int) (int, *att) {
	for v := lo + 3; v+2 < hi; v++ {
		t := &d.toks[v]
		if t.flags&fBlameVerb == 0 || t.cap || t.inQ || t.kind != tWord {
			continue
		}
		on := v + 1
		for on < hi && on-v < 3 && d.toks[on].kind == tWord && !d.toks[on].cap && d.toks[on].is(fAdv) {
			on++ // "blamed squarely on"
		}
		if on+1 >= hi || d.toks[on].low != "on" {
			continue
		}
		e := d.skipBack(v-1, lo) + 1
		w := e - 1
		for w > lo && e-w <= 6 && d.toks[w].kind == tWord && d.toks[w].low != "which" && d.toks[w].low != "that" {
			w--
		}
		if r := d.toks[w].low; r != "which" && r != "that" || d.toks[w].inQ || w+1 >= e || w-1 < lo {
			continue
		}
		// the relative hangs from a noun, or a comma after one; not from
		// a verb ("said that X blamed …") or a conjunction ("so that")
		if h := &d.toks[w-1]; !(h.low == "," || d.nounLike(w-1)) {
			continue
		}
		end := d.clauseEnd(on, hi)
		for k := on + 2; k+1 < end; k++ {
			// "… blamed on rebel mortars and the rebels said was …": the
			// charge ends where another clause starts
			if andBut(&d.toks[k]) && (d.toks[k+1].cap || d.toks[k+1].is(fDet)) {
				end = k
				break
			}
		}
		// the accused: named right after "on", or by a word of its own in
		// the phrase ("rebel mortars": the rebels the article names)
		accused, o := d.blamedOn(v, end)
		if o < 0 {
			o = on
			accused = d.actorsIn(on+1, end)
		}
		for k := on + 1; len(accused) == 0 && k < end && k <= on+3; k++ {
			// "on rebel mortars": the one armed group the article
			// calls so
			if t := &d.toks[k]; t.kind == tWord && !t.cap {
				accused = d.armedGroup(t.low)
			}
		}
		if len(accused) == 0 {
			continue
		}
		for k := o + 2; k < end; k++ {
			// "an explosion that Kessund blamed on saboteurs cut power":
			// the main clause's verb ends the charge
			if t := &d.toks[k]; t.kind == tWord && !t.cap && t.is(fVerb|fAux) && !t.is(fNounish) {
				end = k
				break
			}
		}
		if end < hi && !andBut(&d.toks[end]) {
			// a report after the clause keeps the sentence's own reading;
			// one in a clause joined by "and" or "but" is that clause's
			for k := end; k < hi; k++ {
				if d.speechCandidate(k, lo) {
					return -1, nil
				}
			}
		}
		spk, st := d.resolveNP(w+1, e, -1, -1)
		if st != npOK {
			continue
		}
		// the content starts at the noun the clause hangs from: the act
		// blamed is the head's ("the shelling"), the evidence the clause
		cs := w
		if h := w - 1; h > lo && d.toks[h].low == "," && d.nounLike(h-1) {
			cs = d.collectNP(h-1, lo)
		} else if h > lo && d.nounLike(h) {
			cs = d.collectNP(h, lo)
		}
		d.used[v] = true
		return w, d.newAtt(att{verb: v, class: vAccuse, npS: w + 1, npE: e, contS: cs, contE: end, spk: spk, accused: accused, quoteSpan: -1, evS: w})
	}
	return -1, nil
}

// afterReportLemmas are the verbs of a report that, after a relative
// clause's verb, frame the sentence anew ("…, which he said had planted
// it, the ministry added"): the clause is then no report of its own.
var afterReportLemmas = map[string]bool{"say": true, "tell": true, "add": true, "claim": true, "state": true}

// relativeWords is how many words the content of a relative report
// runs to, at least, to be a statement of its own (relativeAfterReport).
const relativeWords = 7

// relativePronounFits reports whether the pronoun p of "…, which p
// said …" may stand for sp, who made the sentence's own report: "he"
// and "she" a person, named or described ("the minister"), "it" a
// body, "they" anyone but one person named.
func relativePronounFits(p string, sp speaker) bool {
	switch p {
	case "he", "she":
		return sp.person != nil || sp.human
	case "it":
		return sp.person == nil && !sp.human
	case "they":
		return sp.person == nil
	}
	return false
}

// relativeAfterReport matches a report set inside a relative clause that
// ends a sentence which reports on its own: "X said investigators had
// traced the blast to the Vost Brigade, which he said had planted the
// charges weeks ago", "… called for an inspection of the dam, which
// Norland said it would allow". The clause says something of the noun
// it hangs from in its subject's name: a statement of its own, apart
// from the sentence's report, as news labels it. It returns the relative
// word and the clause's report (its speaker left empty for a pronoun,
// which the caller resolves after the sentence's report), or -1 and nil.
// Only a clause that runs to the sentence's end is read (one closed by a
// comma goes on with the main clause: "The debris, which he said came
// from a drone, was found …"), with no report after its verb.
func (d *docState) relativeAfterReport(lo, hi int) (int, *att) {
	for w := lo + 2; w+3 < hi; w++ {
		r := &d.toks[w]
		if r.inQ || r.kind != tWord || r.low != "which" && r.low != "who" {
			continue
		}
		// the relative hangs from a noun, or a comma after one
		if h := &d.toks[w-1]; !(h.low == "," || d.nounLike(w-1)) {
			continue
		}
		if n := &d.toks[w+1]; n.is(fPrep) && !n.is(fPron) {
			continue // "which in the agency's view showed": no subject
		}
		v, e := d.relativeVerb(w, hi, func(t *token) bool { return t.inQ || t.kind != tWord }, func(t *token) bool {
			return !t.cap && t.is(fSpeech) && t.speech().class == vSay && !strings.HasSuffix(t.low, "ing")
		})
		if v < 0 {
			// also "who said": the relative word is the speaker, not a
			// subject reporting about it
			continue
		}
		cs := v + 1
		if d.toks[cs].low == "that" {
			cs++
		}
		// the clause's content has a verb of its own ("which he said
		// had planted …"), so that the frame is a report, not "which he
		// said in March"
		if t := &d.toks[cs]; !(t.kind == tWord && !t.cap && t.is(fAux|fVerb) || t.is(fPron) || t.is(fDet) || t.cap) {
			continue
		}
		end := hi
		for k := cs; k < hi; k++ {
			t := &d.toks[k]
			if !t.inQ && t.low == "," && k+1 < hi {
				// ", was found near the school": the main clause goes
				// on after the relative one
				if n := &d.toks[k+1]; n.kind == tWord && !n.cap && n.is(fAux|fVerb) && !n.is(fNounish) && !strings.HasSuffix(n.low, "ing") {
					end = -1
					break
				}
			}
			if !t.inQ && t.kind == tPunct && (t.low == ";" || t.low == ":") || d.speechCandidate(k, lo) && afterReportLemmas[t.speech().lemma] {
				end = -1
				break
			}
		}
		pron := e == w+2 && d.toks[w+1].is(fPron)
		if end < 0 || pron && wordsIn(d.toks, cs, end) < relativeWords {
			// "…, which she said were choked with silt": a few words
			// that finish the speaker's own account of the noun, one
			// report with it; another party's word on it ("which
			// Norland said it would allow") is that party's, however
			// short
			return -1, nil
		}
		// the sentence reports before the clause ("blamed", "said",
		// "called for"); a clause after no report is the sentence's
		// only one (relativeSaid)
		own := false
		for k := lo; k < w; k++ {
			if t := &d.toks[k]; !t.inQ && t.kind == tWord && (t.flags&fBlameVerb != 0 || t.low == "blame" || t.is(fSpeech) && t.speech().class == vDeny) {
				// "blamed the cuts on a contractor, which it said had
				// skipped two inspections": why the one blamed is to
				// blame, part of the charge, as ", saying it had …" is
				// (blameReason); "denies any link to the contract,
				// which it says was awarded by tender": the denial's
				// reason (denialReason)
				return -1, nil
			}
			own = own || d.speechCandidate(k, lo)
		}
		if !own {
			return -1, nil
		}
		// the content starts at the noun the clause hangs from, as a
		// relative charge's does: what the clause says is said of it
		// ("the Vost Brigade, which he said had planted …" charges the
		// brigade); the evidence is the clause
		ct := cs
		if h := w - 1; h > lo && d.toks[h].low == "," && d.nounLike(h-1) {
			ct = d.collectNP(h-1, lo)
		} else if d.nounLike(h) {
			ct = d.collectNP(h, lo)
		}
		a := d.newAtt(att{verb: v, class: vSay, npS: w + 1, npE: e, contS: ct, contE: end, quoteSpan: -1, evS: cs})
		if !pron {
			// a pronoun ("which he said") is resolved after the
			// sentence's own report, which it mostly stands for
			spk, st := d.resolveNP(w+1, e, -1, -1)
			if st != npOK || spk.name == "" {
				return -1, nil
			}
			a.spk = spk
		}
		return w, a
	}
	return -1, nil
}

// relativeAccused matches a relative clause whose subject accuses the
// party the noun it hangs from names: "the rebels, whom the government
// accuses of shelling Marsk, denied any role", or a named body after
// "which" ("a tanker operated by Varden Lines, which it accused of
// pumping bilge"). The clause is its subject's charge against that
// party; it returns the charge, or nil.
func (d *docState) relativeAccused(lo, hi int) *att {
	for w := lo + 1; w+3 < hi; w++ {
		which := d.toks[w].low == "which"
		if d.toks[w].low != "whom" && !which || d.toks[w].inQ {
			continue
		}
		v, e := d.relativeVerb(w, hi, func(t *token) bool { return t.kind == tPunct }, func(t *token) bool {
			return t.kind == tWord && !t.cap && t.is(fSpeech) && t.speech().class == vAccuse
		})
		if v < 0 || which && (v+1 >= hi || d.toks[v+1].low != "of") {
			// "…, which it accused of pumping bilge": "which" for a
			// body charged with an act; "which it blamed on …" charges
			// the one after "on" (relativeCharge)
			continue
		}
		var spk speaker
		st := npUnknown
		if e == w+2 && d.toks[w+1].is(fPron) {
			// "a diplomat whom it accused of spying": the pronoun is
			// the sentence's subject
			if a := d.subjectAtt(lo, w); a != nil {
				spk, st = a.spk, npOK
			}
		} else {
			spk, st = d.resolveNP(w+1, e, -1, -1)
		}
		if st != npOK {
			continue
		}
		h := w - 1
		if d.toks[h].low == "," {
			h--
		}
		if h < lo || !(d.toks[h].cap || d.nounLike(h)) {
			continue
		}
		hs := d.collectNP(h, lo)
		accused := d.actorsIn(hs, h+1)
		if which && len(accused) == 0 {
			continue // "a bill, which …": a thing, charged with nothing
		}
		if len(accused) == 0 {
			if sp, st := d.resolveNP(hs, h+1, -1, -1); st == npOK && sp.side != "" {
				accused = []string{sp.side}
			} else {
				// "the rebels, whom …": the one armed group the
				// article calls so
				accused = d.armedGroup(d.toks[h].low)
			}
		}
		if len(accused) == 0 || accused[0] == spk.side {
			continue
		}
		d.used[v] = true
		return d.newAtt(att{verb: v, class: vAccuse, npS: w + 1, npE: e, contS: v + 1, contE: d.clauseEnd(v, hi), spk: spk, accused: accused, quoteSpan: -1, evS: w})
	}
	return nil
}

// relVerb returns the verb of a relative denial that ends at token e, or
// -1: a denial verb, or "called" or "calls" before a dismissal.
func (d *docState) relVerb(lo, e int) int {
	v := e - 1
	// "a charge Calvera rejected at the time", "which it has denied
	// repeatedly": the verb before a time phrase
	for k := v; k > lo && k >= e-4 && relTail(&d.toks[k]); k-- {
		if d.toks[k-1].kind == tWord && d.toks[k-1].speech().class == vDeny {
			v = k - 1
			break
		}
	}
	if v-3 >= lo && d.toks[v].speech().class != vDeny {
		// "an accusation Essia called “absurd”", "which the ministry
		// calls absurd", "a claim Essia dismissed as “absurd”": the
		// verb before the dismissal
		for k := v; k > lo && k >= e-8; k-- {
			w := &d.toks[k-1]
			if (w.low == "called" || w.low == "calls") && d.dismissal(k-1) || w.speech().class == vDeny && d.toks[k].low == "as" {
				v = k - 1
				break
			}
			if t := &d.toks[k]; t.kind == tPunct && t.low != "'" {
				break
			}
		}
	}
	if v-3 < lo || d.toks[v].kind != tWord || d.toks[v].speech().class != vDeny && d.toks[v].low != "called" && d.toks[v].low != "calls" {
		return -1
	}
	return v
}

// reasonParticiples open the reasons a denier gives after its denial:
// "a charge the company disputed, saying …".
var reasonParticiples = map[string]bool{"saying": true, "adding": true, "insisting": true, "arguing": true}

// relTail reports whether t may follow the verb of a relative denial:
// "at the time", "last week", "repeatedly".
func relTail(t *token) bool {
	switch t.low {
	case "at", "the", "time", "then", "repeatedly", "strongly", "vehemently", "previously", "since", "consistently":
		return true
	}
	return t.is(fTime)
}

// policeAccused returns the side of the one police body the article
// named (onePoliceBody) when the charge against "the force" or
// "officers" comes from another side, or "": a force charges no one
// with its own conduct so.
func (d *docState) policeAccused(side string) string {
	if o := d.onePoliceBody(); o != "" && d.sideOf(o) != side {
		return d.sideOf(o)
	}
	return ""
}

// policeRef reports whether the accused's words are a police force
// called by its common nouns, owned by no one: "the force", "the
// police", "police", "officers", "police officers". A possessive or a
// modifier ("its officers", "customs officers", "army officers") names
// some other body's men.
func policeRef(ws []token) bool {
	var b strings.Builder
	for i := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(ws[i].low)
	}
	switch b.String() {
	case "the force", "the police", "police", "officers", "police officers", "the officers":
		return true
	}
	return false
}

// accusedEnd returns the token that ends the accused after an
// accusation verb: "of", "for", "over" or "with" ("accused X of",
// "charged X with"), within eight tokens; hi when there is none.
func (d *docState) accusedEnd(c, hi int) int {
	limit := 8
	for k := c; k < hi && k-c < limit; k++ {
		switch d.toks[k].low {
		case "of", "for", "over", "with":
			if k > c && accusedLinks[d.toks[k-1].low] && limit == 8 {
				// "a hacking group working for X's intelligence
				// service for …": the link belongs to the accused
				limit = 16
				continue
			}
			return k
		}
		if d.toks[k].low == "," && k > c {
			// the accused's name in apposition, or a time, between commas
			// or before "of": "accused the country's largest
			// broadcaster, Ostvision, on Monday of fabricating …"
			if j := d.asideThenOf(k+1, hi); j > 0 {
				return j
			}
			if j := d.relativeThenOf(k+1, hi); j > 0 {
				return j
			}
		}
		if d.toks[k].low == "(" && k > c && !d.toks[k].inQ {
			// "accused the Velland Power Board (VPB) of …": the
			// accused's short form, or an aside, in brackets is no part
			// of its words, so it takes nothing from the limit
			e := k + 1
			for e < hi && e-k <= 12 && d.toks[e].low != ")" && d.toks[e].low != "(" && d.toks[e].kind != tQuote {
				e++
			}
			if e < hi && d.toks[e].low == ")" && e > k+1 {
				limit += e - k + 1
				k = e
				continue
			}
		}
		if d.toks[k].kind == tPunct && d.toks[k].low != "'" {
			return hi
		}
		if (d.toks[k].low == "'s" || d.toks[k].kind == tSQuote) && k > c && limit < 12 {
			// "the country's largest train drivers' union": a
			// possessive's ending is no word of the accused's
			limit++
		}
		if d.toks[k].is(fTime) && limit < 12 {
			// "accused its former supplier Maro Systems on Monday of
			// …": a time between the accused and "of" is no part of the
			// accused, so it takes nothing from the accused's words
			limit++
			if k > c && d.toks[k-1].low == "on" {
				limit++
			}
		}
	}
	return hi
}

// blamedOn finds the actor the blame is put on in "blamed Z on Y"
// within tokens [c, e): the actor named right after an "on" (past "the")
// and the index of that "on", or nil and -1.
func (d *docState) blamedOn(c, e int) ([]string, int) {
	for k := c + 1; k+1 < e; k++ {
		if d.toks[k].low != "on" {
			continue
		}
		j := k + 1
		if d.toks[j].low == "the" {
			j++
		}
		if j < e && d.mentAt[j] >= 0 && d.ments[d.mentAt[j]].actor != "" && d.ments[d.mentAt[j]].i == j {
			return []string{d.ments[d.mentAt[j]].actor}, k
		}
		if g := d.describedDoer(k+1, e); g != "" {
			// "blamed the spill on heavy rain and on illegal miners
			// who …": a group the article describes and does not name
			return []string{g}, k
		}
	}
	return nil, -1
}

// relativeThenOf reads, from token i after a comma in the object of an
// accusation verb, a relative clause on the accused closed by a comma
// right before the "of" or "for" that opens the charge ("accused the
// water authority, which runs the dam upstream, of opening the gates"),
// and returns the index of that word, or -1. The charge must follow
// the closing comma at once: "accused the board, which runs the dam,
// and the council of …" names a second accused, not a charge of the
// first.
func (d *docState) relativeThenOf(i, hi int) int {
	if i >= hi || d.toks[i].inQ {
		return -1
	}
	if w := d.toks[i].low; w != "which" && w != "who" && w != "whose" {
		return -1
	}
	for k := i + 1; k+1 < hi && k-i <= 30; k++ {
		t := &d.toks[k]
		if t.inQ || t.kind == tQuote || t.kind != tPunct || t.low == "'" || t.low == "(" || t.low == ")" {
			continue // a quotation inside the clause is the clause's
		}
		if t.low != "," {
			return -1
		}
		if w := d.toks[k+1].low; w == "of" || w == "for" {
			if k+2 < hi && (d.toks[k+2].low == "which" || d.toks[k+2].low == "whom") {
				// "which runs twelve dams, of which the Harl dam is the
				// largest, of …": a relative clause goes on
				continue
			}
			return k + 1
		}
		return -1
	}
	return -1
}

// asideThenOf reads, from token i after a comma in the object of an
// accusation verb, a name in apposition closed by a comma and then a
// time ("Ostvision, on Monday"), or either alone, up to the "of" or
// "for" that opens the charge; it returns the index of that word or -1.
func (d *docState) asideThenOf(i, hi int) int {
	k := i
	for k < hi && k-i < 6 && d.toks[k].kind == tWord && d.toks[k].cap && !d.toks[k].is(fTime) {
		k++
	}
	if k > i && k < hi && d.toks[k].low == "," {
		k++
	}
	// a time: "on Monday", "last week", "on Tuesday evening"
	t0 := k
	if k < hi && (d.toks[k].low == "on" || d.toks[k].low == "last" || d.toks[k].low == "this") {
		k++
	}
	for k < hi && k-t0 < 4 && d.toks[k].is(fTime) {
		k++
	}
	if k < hi && d.toks[k].low == "," && k > t0 {
		k++
	}
	if k == i || k >= hi {
		return -1
	}
	if w := d.toks[k].low; w == "of" || w == "for" {
		return k
	}
	return -1
}

// passiveAccusation matches "X has been accused by Y of Z" (also
// blamed, charged, condemned): Y accuses X. Without an agent nobody is
// the speaker, and it is no claim.
func (d *docState) passiveAccusation(lo, hi int) *att {
	for v := lo + 1; v+2 < hi; v++ {
		t := &d.toks[v]
		if t.kind != tWord || t.inQ || !t.is(fRecip|fSpeech) || !t.is(fPast) {
			continue
		}
		if n := d.toks[v+1].low; n != "by" {
			if (n == "for" || n == "of") && (t.lemma() == "accuse" || t.lemma() == "blame") && d.passive(v) {
				if a := d.passiveAgentAfter(v, lo, hi); a != nil {
					return a
				}
			}
			continue
		}
		if l := t.lemma(); l != "accuse" && l != "blame" && l != "charge" || !d.passive(v) {
			continue
		}
		if a := d.blamedByOn(v, lo, hi); a != nil {
			return a
		}
		end := d.accusedEnd(v+2, hi)
		e := d.npRight(v+2, end)
		for e < end && d.pluralPossessiveIn(e) {
			// "by the Hill Farmers' Union": the name goes on
			n := d.npRight(e+1, end)
			if n <= e+1 {
				break
			}
			e = n
		}
		if e <= v+2 || end >= hi || end != e {
			continue
		}
		spk, b, accused, ok := d.passiveParties(lo, v, v+2, e)
		if !ok {
			return nil
		}
		if len(accused) == 0 && b == lo && (d.toks[lo].low == "it" || d.toks[lo].low == "they") {
			// "It was blamed by X for …": the last party named other
			// than the accuser
			if o := d.lastOther(lo, spk.side); o != "" {
				accused = []string{o}
			}
		}
		if w := d.toks[b].low; len(accused) == 0 && b-lo < 4 && (pairNouns[w] || groupPairNouns[w]) && d.pairWords(lo, b+1) {
			// "Both governments were blamed by Y for …": Y accuses each
			// of the article's two parties of that kind
			if pair := d.bothPair(lo, b+1); len(pair) == 2 && !slices.Contains(pair, spk.side) {
				d.used[v] = true
				return d.newAtt(att{verb: v, class: vAccuse, npS: v + 2, npE: e, contS: end, contE: hi, spk: spk, accused: pair, quoteSpan: -1, evS: lo})
			}
		}
		if len(accused) == 0 {
			return nil
		}
		d.used[v] = true
		return d.newAtt(att{verb: v, class: vAccuse, npS: v + 2, npE: e, contS: end, contE: hi, spk: spk, accused: accused[len(accused)-1:], quoteSpan: -1, evS: lo})
	}
	return nil
}

// blamedByOn reads "Z was blamed by X on Y" at the passive verb v (its
// "by" next): the event Z, which names no party, blamed by the agent X
// on Y, as "X blamed Z on Y" is. The agent ends right before "on"; the
// blamed are the parties after it.
func (d *docState) blamedByOn(v, lo, hi int) *att {
	if d.toks[v].lemma() != "blame" || len(d.actorsIn(lo, v)) > 0 {
		return nil
	}
	end := d.clauseEnd(v+2, hi)
	on := -1
	for k := v + 3; k < end && k <= v+8; k++ {
		if d.toks[k].low == "on" {
			on = k
			break
		}
	}
	if on < 0 || d.npRight(v+2, on) != on {
		return nil
	}
	accused := d.actorsIn(on+1, end)
	if len(accused) == 0 {
		return nil
	}
	spk, st := d.resolveNP(v+2, on, -1, -1)
	if st != npOK || spk.side == accused[0] {
		return nil
	}
	b := v - 1 // the event ends before the auxiliaries: its words are the charge
	for b > lo && d.toks[b].is(fAux|fAdv|fNeg) {
		b--
	}
	d.used[v] = true
	return d.newAtt(att{verb: v, class: vAccuse, npS: v + 2, npE: on, contS: lo, contE: b + 1, spk: spk, accused: accused[:1], quoteSpan: -1, evS: lo})
}

// passiveParties reads the two parties of a passive accusation at the
// verb v: the agent at [as, ae) ("by Ostmark"), who accuses, and the
// parties named before v and its auxiliaries, who are accused; b is the
// last token of that subject. ok is false when the agent is no speaker.
func (d *docState) passiveParties(lo, v, as, ae int) (spk speaker, b int, accused []string, ok bool) {
	spk, st := d.resolveNP(as, ae, -1, -1)
	if st != npOK {
		return speaker{}, 0, nil, false
	}
	b = v - 1
	for b > lo && d.toks[b].is(fAux|fAdv|fNeg) {
		b--
	}
	return spk, b, d.actorsIn(lo, b+1), true
}

// passiveAgentAfter matches "X has been blamed for Z by Y" at the verb
// v: the agent after the charge, ending the clause, accuses X.
func (d *docState) passiveAgentAfter(v, lo, hi int) *att {
	by := -1
	for k := v + 2; k+1 < hi && k <= v+14; k++ {
		if d.toks[k].low == "by" {
			by = k
			break
		}
		if d.toks[k].kind == tPunct {
			return nil
		}
	}
	if by < 0 {
		return nil
	}
	e := d.npRight(by+1, hi)
	if e <= by+1 || e < hi && !isEnd(&d.toks[e]) && d.toks[e].low != "," {
		return nil // "blamed for the attack by the roadside": no party ends the clause
	}
	if len(d.actorsIn(by+1, e)) == 0 {
		return nil
	}
	spk, _, accused, ok := d.passiveParties(lo, v, by+1, e)
	if !ok {
		return nil
	}
	if len(accused) == 0 {
		return nil
	}
	d.used[v] = true
	return d.newAtt(att{verb: v, class: vAccuse, npS: by + 1, npE: e, contS: v + 1, contE: by, spk: spk, accused: accused[len(accused)-1:], quoteSpan: -1, evS: lo})
}

// quotedTrailing matches a quotation closed before "X was quoted as
// saying" that ends its sentence, with at most the medium that quoted X
// after it ("“…,” the spokesman was quoted as saying by state media."),
// or before "the Herald quoted X as saying." The frame trails its
// quotation as "…,” X said" does, and the speaker is the one quoted, not
// the medium. A frame with words of its own after it ("… was quoted as
// saying the talks had failed") is quotedAs's leading one.
func (d *docState) quotedTrailing(lo, hi int) *att {
	e := hi
	for e > lo && isEnd(&d.toks[e-1]) {
		e--
	}
	for v := lo + 2; v+2 < e; v++ {
		if t := &d.toks[v]; t.inQ || t.low != "quoted" {
			continue
		}
		passive := progressiveAux[d.toks[v-1].low]
		k := v + 1 // "as"
		if !passive {
			// "the Herald quoted Ivo Marek as saying"
			for k = v + 2; k < e && k <= v+8 && d.toks[k].low != "as"; k++ {
			}
		}
		if k+1 >= e || d.toks[k].low != "as" || !continuers[d.toks[k+1].low] {
			return nil
		}
		if r := k + 2; r < e {
			// only the medium may follow a passive frame: "by state
			// media", "in the Herald"
			if p := d.toks[r].low; !passive || p != "by" && p != "in" || d.npRight(r+1, e) != e {
				return nil
			}
		}
		s, npE, as, ae := d.npLeft(v, lo)
		if s <= lo || !d.quoteBefore(s) {
			return nil
		}
		if !passive {
			// the medium before the verb is no speaker: the one it quoted is
			s, npE, as, ae = v+1, k, -1, -1
		}
		spk, st := d.resolveNP(s, npE, as, ae)
		if st != npOK {
			return nil
		}
		d.used[v] = true
		a := d.newAtt(att{verb: v, class: vSay, npS: s, npE: npE, trailing: true, contS: lo, contE: s - 1, spk: spk, quoteSpan: -1, evS: -1})
		if !passive {
			a.contE, _, _, _ = d.npLeft(v, lo)
			a.contE--
		}
		a.quoteSpan = d.closingSpan(a.contE)
		return a
	}
	return nil
}

// quotedAs matches "Indian media quoted General X as saying (that) …":
// the speaker is the one quoted, not the one quoting.
func (d *docState) quotedAs(lo, hi int) *att {
	for v := lo; v < hi; v++ {
		t := &d.toks[v]
		if t.inQ || t.low != "quoted" && t.low != "quotes" && t.low != "quoting" {
			continue
		}
		for k := v + 2; k+1 < hi && k <= v+10; k++ {
			if d.toks[k].low != "as" || !continuers[d.toks[k+1].low] {
				continue
			}
			npS, npE := v+1, k
			if v > lo && progressiveAux[d.toks[v-1].low] {
				// passive: "X was quoted in a statement as saying": the
				// subject is the speaker, not the source that quoted them
				s, e, _, _ := d.npLeft(v, lo)
				if s < 0 {
					return nil
				}
				npS, npE = s, e
			}
			spk, st := d.resolveNP(npS, npE, -1, -1)
			if st != npOK {
				return nil
			}
			c := k + 2
			for c < hi && (d.toks[c].low == "that" || d.toks[c].low == "," || d.toks[c].low == ":") {
				c++
			}
			if c >= hi {
				return nil
			}
			a := d.newAtt(att{verb: -1, class: vSay, npS: npS, npE: npE, contS: c, contE: hi, spk: spk, quoteSpan: -1, evS: lo})
			if d.toks[c].kind == tQuote && d.toks[c].open {
				a.quoteSpan = int(d.spanOf[c])
			}
			return a
		}
	}
	return nil
}

// inWhatSaid matches "…, in what X said was …" and "… in what X called
// …": the whole clause is X's account ("troops shelled the village in
// what Freedonia said was a deliberate attack"); after another word,
// "what X called …" is X's account of what follows "what".
func (d *docState) inWhatSaid(lo, hi int) *att {
	for w := lo + 2; w+2 < hi; w++ {
		if d.toks[w].low != "what" || d.toks[w].inQ {
			continue
		}
		// "in what X said was …" is X's account of the whole clause;
		// after any other word only the "what" phrase is ("led to what
		// X called “a new era”", "what she said is growing demand")
		whole := d.toks[w-1].low == "in"
		for v := w + 2; v < hi && v <= w+7; v++ {
			t := &d.toks[v]
			if t.kind != tWord || t.cap || !t.is(fSpeech) {
				continue
			}
			if vi := t.speech(); vi.class != vSay && vi.lemma != "call" && vi.lemma != "describe" {
				return nil
			}
			e := d.skipBack(v-1, w+1) + 1
			var spk speaker
			st := npUnknown
			if p := d.toks[w+1].low; e == w+2 && (p == "it" || p == "they" || p == "he" || p == "she") {
				// "Ostmark closed its border in what it said was …": the
				// pronoun is the clause's subject; of the clause "what"
				// is in ("…, when Ostmark walked out over what it
				// called provocations")
				if whole {
					if a := d.subjectAtt(lo, w); a != nil {
						spk, st = a.spk, npOK
					}
				} else if p != "they" {
					// (not "they": a plural subject is as often some
					// group the clause only names in passing)
					cl := lo
					for k := w - 1; k > lo; k-- {
						if t := &d.toks[k]; t.low == "," || t.low == ":" || t.kind == tWord && !t.cap && t.is(fSubord) {
							cl = k + 1
							break
						}
					}
					if a := d.subjectAtt(cl, w); a != nil && pronounAgrees(p, a.spk) {
						spk, st = a.spk, npOK
					} else if d.relativeBefore(lo, cl) {
						// the pronoun's antecedent is the clause's
						// subject, not the speaker of a relative
						// clause after it, whom the text before
						// would give ("the Front, whom Sylvania
						// accuses of …, walked out over what it
						// called …")
						return nil
					}
				}
			}
			if st != npOK {
				spk, st = d.resolveNP(w+1, e, -1, -1)
			}
			if st != npOK || contentWordsUpTo(d.toks, lo, w-1, 2) < 2 {
				return nil
			}
			for k := lo; k < w; k++ {
				if d.speechCandidate(k, lo) {
					return nil // the clause reports speech of its own
				}
			}
			d.used[v] = true
			if !whole {
				a := d.newAtt(att{verb: v, class: vSay, npS: w + 1, npE: e, contS: w, contE: hi, spk: spk, quoteSpan: -1, evS: w})
				if l := t.speech().lemma; l == "call" || l == "describe" {
					d.protestedAct(a, lo, w, v, hi)
				}
				return a
			}
			return d.newAtt(att{verb: v, class: vSay, npS: w + 1, npE: e, contS: lo, contE: hi, spk: spk, quoteSpan: -1, evS: lo})
		}
	}
	return nil
}

// namingLemmas are the verbs that name or describe their object: a
// relative clause with one of them is its subject's account of the noun
// before ("the levy, which Marek called a fair share").
var namingLemmas = map[string]bool{"call": true, "describe": true, "dub": true, "label": true, "brand": true, "characterize": true, "characterise": true}

// relativeCalled matches a relative clause set off by a comma whose
// subject names or describes the noun before it: "…, a levy, which
// Marek described as “a fair share”", "Ada Brisk, who he dubbed “the
// little mayor”", "a rival, whom one aide called a bully". As with
// "what X called …" (inWhatSaid), the clause is X's account; the
// sentence around it reports nothing of its own. "describe" needs its
// "as" ("which friends described" alone describes nothing yet); the
// pronoun subject is the clause's, never the noun the relative follows.
func (d *docState) relativeCalled(lo, hi int) *att {
	for w := lo + 2; w+3 < hi; w++ {
		r := d.toks[w].low
		if r != "which" && r != "who" && r != "whom" || d.toks[w].inQ || d.toks[w-1].low != "," {
			continue
		}
		v := w + 1
		for v < hi && v <= w+6 && !(v > w+1 && d.toks[v].kind == tWord && !d.toks[v].cap && d.toks[v].is(fSpeech)) {
			if t := &d.toks[v]; t.kind != tWord || t.low == "to" || t.is(fVerb|fAux) && !t.is(fTime) {
				break // "which remained hard to call": the clause has a verb of its own
			}
			v++
		}
		if v >= hi-1 || v > w+6 || v == w+1 || !d.toks[v].is(fSpeech) || d.toks[v].cap || d.toks[v].inQ || strings.HasSuffix(d.toks[v].low, "ing") {
			continue
		}
		l := d.toks[v].speech().lemma
		if !namingLemmas[l] {
			continue
		}
		n := &d.toks[v+1]
		if l == "describe" && n.low != "as" || n.kind == tWord && n.is(fPrep) && n.low != "as" || isEnd(n) {
			continue // "which he called for", "who she described to the court"
		}
		e := d.skipBack(v-1, w+1) + 1
		for e > w+2 && d.toks[e-1].kind == tWord && !d.toks[e-1].cap && d.toks[e-1].is(fTime|fAdv) {
			e-- // "who Vance on Wednesday called": the time is no part of the subject
		}
		for k := w + 2; k < e; k++ {
			if t := &d.toks[k]; t.kind == tWord && !t.cap && t.is(fTime|fPrep) {
				e = k
				break
			}
		}
		if e <= w+1 || contentWordsUpTo(d.toks, lo, w-1, 2) < 2 {
			return nil
		}
		var spk speaker
		st := npUnknown
		if p := d.toks[w+1].low; e == w+2 && (p == "he" || p == "she" || p == "it") {
			// the pronoun stands for the subject of the clause before:
			// "Marek took a swipe at Brisk, who he dubbed …"
			a := d.subjectAtt(lo, w-1)
			if a == nil || !pronounAgrees(p, a.spk) {
				return nil
			}
			spk, st = a.spk, npOK
		} else if e == w+2 && d.toks[w+1].is(fPron) {
			return nil // "they", "we": whom the clause names in passing is not known
		} else {
			spk, st = d.resolveNP(w+1, e, -1, -1)
		}
		if st != npOK || spk.person != nil && d.antecedentIs(w, spk.person) {
			return nil
		}
		for k := lo; k < w; k++ {
			if d.speechCandidate(k, lo) {
				return nil // the clause reports speech of its own
			}
		}
		// the clause ends at the comma that closes it ("…, which
		// friends described as miserable, contributed to …")
		end := v + 2
		for end < hi && !(d.toks[end].low == "," && !d.toks[end].inQ) && d.toks[end].low != ";" {
			end++
		}
		d.used[v] = true
		return d.newAtt(att{verb: v, class: vSay, npS: w + 1, npE: e, contS: w, contE: end, spk: spk, quoteSpan: -1, evS: w})
	}
	return nil
}

// protestedAct makes "what X called …" X's charge when X protests it:
// "summoned Y's ambassador to protest what it called a provocation",
// "walked out over what it called Y's provocations". The accused is the
// party the phrase names, else the one other party of the clause before
// "what"; a dismissal ("a campaign of lies") is no charge.
func (d *docState) protestedAct(a *att, lo, w, v, hi int) {
	pw := w - 1
	if t := d.toks[pw].low; pw > lo && (t == "against" || t == "over" || t == "at") {
		pw--
	}
	if t := &d.toks[pw]; t.kind == tWord && !t.cap && t.speech().class == vDeny && pw == w-1 {
		// "rejecting what it called the army's accusation": X's denial
		a.class = vDeny
		return
	}
	if !protestVerbs[d.toks[pw].low] && !(d.toks[pw].low == "out" && d.toks[pw+1].low == "over") {
		return
	}
	for k := v + 1; k < hi; k++ {
		if t := &d.toks[k]; t.is(fDismiss) || t.kind == tWord && isCharge(t.low) {
			return
		}
	}
	accused := d.actorsIn(v+1, hi)
	if len(accused) == 0 {
		for _, o := range d.actorsIn(lo, w) {
			if o != a.spk.side && !slices.Contains(accused, o) {
				accused = append(accused, o)
			}
		}
	}
	if len(accused) != 1 || accused[0] == a.spk.side || a.spk.side == "" {
		return
	}
	a.class, a.accused = vAccuse, accused
}

// protestVerbs protest an act: what their object is called is a charge.
var protestVerbs = map[string]bool{
	"protest": true, "protested": true, "protesting": true, "protests": true,
	"condemn": true, "condemned": true, "condemning": true, "condemns": true,
	"denounce": true, "denounced": true, "denouncing": true, "denounces": true,
}

// pronounAgrees reports whether pronoun p, "he", "she" or "it", may
// stand for sp, a clause's subject: "he" and "she" for a person, "it" for
// a party; a thing the clause is about is no speaker.
func pronounAgrees(p string, sp speaker) bool {
	if p == "he" || p == "she" {
		return sp.person != nil
	}
	return sp.person == nil && (sp.inst || sp.side != "")
}

// relSaidWords open the relative clauses relativeSaid reads: a person
// is spoken of with "who" or "whom" as a thing with "which" ("the clerk,
// who Marek said had lost the ballots", "Oster, whom the farmers believed
// was tilting the vote").
var relSaidWords = map[string]bool{"which": true, "that": true, "who": true, "whom": true}

// antecedentIs reports whether the name right before the relative word
// at w (maybe past a comma) is p's: "Ada Brisk, who …".
func (d *docState) antecedentIs(w int, p *person) bool {
	k := w - 1
	if k >= 0 && d.toks[k].low == "," {
		k--
	}
	return k >= 0 && d.toks[k].kind == tWord && d.toks[k].cap && d.findPerson(d.toks[k].low) == p
}

// relativeSaid matches a report inside a relative clause whose verb
// follows the reporting verb: "30 applicants, which Marek said were
// evenly split", "a charity that prosecutors said was suspected of …",
// "the drawdown, which they say left a vacuum": the relative clause is
// the speaker's account. The verb right after the reporting verb tells
// it from a complement ("that prosecutors said the case was …").
func (d *docState) relativeSaid(lo, hi int) *att {
	// from each reporting verb back to its relative word: reporting
	// verbs are rare, relative words are not
	for v := lo + 4; v+1 < hi; v++ {
		t := &d.toks[v]
		if !t.is(fSpeech) || t.kind != tWord || t.cap || t.inQ || strings.HasSuffix(t.low, "ing") || t.speech().class != vSay {
			continue
		}
		w := v - 2
		for w > lo+1 && v-w < 6 && (d.toks[w].kind == tWord || d.toks[w].kind == tNum || d.toks[w].low == "%") && !relSaidWords[d.toks[w].low] {
			w-- // "which 67 percent of voters say", "which 21% said"
		}
		if !relSaidWords[d.toks[w].low] || d.toks[w].inQ {
			continue
		}
		if passiveAux[d.toks[v-1].low] {
			continue // "that the board had been warned was …": told, not telling
		}
		// "an electorate in which 67 percent of voters say she is …":
		// after a preposition the relative word is no gap in what is
		// said, which is a whole clause
		prepRel := d.toks[w].low == "which" && w-1 > lo && d.toks[w-1].kind == tWord && !d.toks[w-1].cap && d.toks[w-1].is(fPrep) && d.toks[w-1].low != "of"
		if n := &d.toks[v+1]; !prepRel && (n.kind != tWord || n.cap || !n.is(fAux) && !(n.is(fVerb|fPast) && !n.is(fDet|fPrep|fPron)) && !regularPast(n) && !d.objectGapAfter(w, v, hi)) {
			return nil
		}
		e := d.skipBack(v-1, w+1) + 1
		if prepRel && !d.crowdSpan(w+1, e) {
			// "a letter, in which she wrote …", "the hill from which
			// Marek says the shots came": a person's or a body's report
			// there is read by the frames after, if at all
			return nil
		}
		person := d.toks[w].low == "who" || d.toks[w].low == "whom"
		if person && d.verbIn(w+1, v) {
			// "who Marek would like to see win": the verb is no frame
			// of the clause, its subject no speaker
			return nil
		}
		spk, st := d.resolveNP(w+1, e, -1, -1)
		if st != npOK || contentWordsUpTo(d.toks, lo, w, 2) < 2 {
			return nil
		}
		if person && spk.person != nil && d.antecedentIs(w, spk.person) {
			// "the moderator, Ada Brisk, who he said was unfair": the
			// pronoun is someone else than the one the clause speaks of
			return nil
		}
		for k := lo; k < w; k++ {
			if d.speechCandidate(k, lo) {
				return nil // the clause reports speech of its own
			}
		}
		end := w + 1
		for end < hi && d.toks[end].low != ";" && !(d.toks[end].low == "," && end > v+2) {
			end++
		}
		d.used[v] = true
		return d.newAtt(att{verb: v, class: vSay, npS: w + 1, npE: e, contS: v + 1, contE: end, spk: spk, quoteSpan: -1, evS: w})
	}
	return nil
}

// crowdSpan reports whether tokens [s, e) name a share or a crowd of
// unnamed people, the speakers a survey or a meeting counts: a number
// ("67 percent of voters", "21 percent"), a quantifier ("a majority of
// Americans", "most delegates"), or plural common nouns ("organizers",
// "virtually all the attendees").
func (d *docState) crowdSpan(s, e int) bool {
	if s >= e {
		return false
	}
	if t := &d.toks[s]; t.kind == tNum || quantSpeakers[t.low] || t.low == "a" && s+1 < e && shareHeads[d.toks[s+1].low] {
		return true
	}
	for k := s; k < e; k++ {
		if t := &d.toks[k]; t.kind != tWord || t.cap || t.is(fPron) {
			return false
		}
	}
	last := d.toks[e-1].low
	return len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// regularPast reports whether t reads as a regular past tense the
// lexicon does not list ("which she said represented all her files"):
// lower case, over five letters, ending in "-ed", no function word.
func regularPast(t *token) bool {
	return t.kind == tWord && !t.cap && !t.inQ && len(t.low) > 5 && strings.HasSuffix(t.low, "ed") &&
		!t.is(fDet|fPrep|fPron|fConj|fSubord|fRel|fAdv|fTime)
}

// objectGapAfter reports whether a comma's ", which" at w stands for the
// object of a whole clause after reporting verb v: "a wall, which he said
// the county should pay for", "the levy, which Oster says the port can
// afford". Its subject (a determiner's phrase, a pronoun or a name) comes
// right after v and its verb within four words; after a comma "which"
// opens no complement, so the clause is the speaker's account.
func (d *docState) objectGapAfter(w, v, hi int) bool {
	if d.toks[w].low != "which" || w == 0 || d.toks[w-1].low != "," {
		return false
	}
	n := &d.toks[v+1]
	if n.kind != tWord || n.inQ || !(n.is(fDet) || n.cap && !n.is(fTime|fConj|fSubord|fPrep|fAdv) || nominative[n.low] && n.low != "it") {
		return false
	}
	for k := v + 2; k < hi && k <= v+5; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.inQ || t.is(fConj|fSubord|fRel|fPrep) || t.is(fSpeech) {
			return false
		}
		if t.is(fAux) || t.is(fVerb|fPast) && !t.is(fDet|fPron) || regularPast(t) {
			return true
		}
	}
	return false
}

// whoseSaid matches a state named before ", whose" and one of its organs
// that reports: "The row has also drawn in Zemlar, whose foreign
// ministry said last week that …". The organ speaks for the state, as
// "Zemlar's foreign ministry said" does; the clause before reports
// nothing of its own. A relative naming no organ ("Zemlar, whose
// fishermen said …") is left alone.
func (d *docState) whoseSaid(lo, hi int) *att {
	for w := lo + 2; w+3 < hi; w++ {
		if t := &d.toks[w]; t.low != "whose" || t.inQ || d.toks[w-1].low != "," {
			continue
		}
		v, organ := w+1, false
		for v < hi && v-w <= 3 && d.toks[v].kind == tWord && !d.toks[v].cap && !d.toks[v].is(fSpeech) {
			organ = organ || d.toks[v].flags&fOrgan != 0
			v++
		}
		if !organ || v == w+1 || v+1 >= hi || !d.toks[v].is(fSpeech) || d.toks[v].cap || strings.HasSuffix(d.toks[v].low, "ing") || d.toks[v].speech().class != vSay {
			return nil
		}
		e := w - 1
		s := e
		for s > lo && d.toks[s-1].kind == tWord && d.toks[s-1].cap {
			s--
		}
		if s == e {
			return nil
		}
		acts := d.actorsIn(s, e)
		if len(acts) != 1 || !d.isState(acts[0]) {
			return nil // a state, not a body or a person of it
		}
		spk := d.government(acts[0])
		c := v + 1
		for k := c; k < hi && k <= v+4; k++ {
			// "said last week that …": the time before "that"
			if d.toks[k].low == "that" {
				c = k + 1
				break
			}
			if d.toks[k].kind != tWord || d.toks[k].cap && !d.toks[k].is(fTime) {
				break
			}
		}
		end := c
		for end < hi && d.toks[end].low != ";" {
			end++
		}
		if c >= end {
			return nil
		}
		d.used[v] = true
		return d.newAtt(att{verb: v, class: vSay, npS: w + 1, npE: v, contS: c, contE: end, spk: spk, quoteSpan: -1, evS: c})
	}
	return nil
}

// passiveAux before a reporting verb's participle make it passive.
var passiveAux = map[string]bool{"been": true, "be": true, "being": true, "is": true, "was": true, "were": true, "are": true}

// hasOwnSpeaker reports whether tokens [lo, hi) contain a reporting verb
// with a subject phrase of their own.
func (d *docState) hasOwnSpeaker(lo, hi int) bool {
	for v := lo; v < hi; v++ {
		if d.speechCandidate(v, lo) {
			if s, _, _, _ := d.npLeft(v, lo); s >= 0 {
				return true
			}
		}
	}
	return false
}

// documentNoun reports whether word k is a statement's or a document's
// noun ("a statement", "the report", "court filings"): a source that
// carries a report rather than one who gives it. A capitalised word ends
// a body's name ("the Halden Center for Public Opinion Research").
func (d *docState) documentNoun(k int) bool {
	t := &d.toks[k]
	return !t.cap && (statementNouns[t.low] || docSubjects[t.low] || t.sets&sEvidenceNoun != 0)
}

// mediumRelays finds, in [lo, hi), a reporting verb whose subject is a
// news medium ("The Varden Gazette reported the fire began …"): the
// verb's index and where what it reports starts (after "that"), or -1.
// Only the first reporting verb with a subject counts, and only when its
// subject opens [lo, hi).
func (d *docState) mediumRelays(lo, hi int) (v, c int) {
	for v = lo; v < hi; v++ {
		if !d.speechCandidate(v, lo) {
			continue
		}
		s, e, _, _ := d.npLeft(v, lo)
		if s < 0 {
			continue
		}
		if s != lo {
			// the medium opens the clause; "…, as the Times reported on
			// Tuesday, and he will …" is an aside of another's report
			return -1, -1
		}
		if _, st := d.resolveNP(s, e, -1, -1); st != npMedia {
			return -1, -1
		}
		c = v + 1
		if c < hi && d.toks[c].low == "that" {
			c++
		}
		return v, c
	}
	return -1, -1
}

// reportsSpeaker reports whether a medium's content [lo, hi) relays
// another speaker's report ("The Herald reported the minister said …"):
// a reporting verb with a subject phrase of its own, unless a
// subordinating word stands before that phrase, where the speaker's act
// is part of what the medium reports ("The Herald reported the email
// came hours after Oster proposed a ban").
func (d *docState) reportsSpeaker(lo, hi int) bool {
	for v := lo; v < hi; v++ {
		if !d.speechCandidate(v, lo) {
			continue
		}
		s, _, _, _ := d.npLeft(v, lo)
		if s < 0 {
			continue
		}
		sub := false
		for k := lo; k < s && !sub; k++ {
			t := &d.toks[k]
			sub = t.kind == tWord && !t.cap && (t.is(fSubord) && t.low != "that" || t.low == "after" || t.low == "before")
		}
		return !sub
	}
	return false
}

// participleReports reports whether the words [k, hi) after a second
// participle carry what a report or a charge carries: a charge's "of" or
// "for", a "that" or "as", a verb of a clause or a quoted word ("accusing
// the trust of working with smugglers", "blaming the trust for the
// unrest", "saying the report was false", "calling him \"a feminist\""); not a bare object ("signed a new contract,
// dismissing rumours of a move and praising the club's young coach"), and
// not a charge against no one ("accusing nobody in particular of
// anything").
func (d *docState) participleReports(k, hi int) bool {
	if k < hi && (d.toks[k].low == "nobody" || d.toks[k].low == "no" || d.toks[k].low == "none") {
		return false
	}
	for ; k < hi; k++ {
		t := &d.toks[k]
		if t.low == "of" || t.low == "for" || t.low == "that" || t.low == "as" || t.kind == tWord && (t.is(fAux) || t.inQ) {
			return true
		}
	}
	return false
}

// continuers are -ing reporting verbs that continue a report: ", adding that".
var continuers = map[string]bool{
	"adding": true, "saying": true, "noting": true, "stressing": true, "insisting": true,
	"claiming": true, "warning": true, "explaining": true, "arguing": true, "alleging": true,
	"asserting": true, "emphasising": true, "emphasizing": true, "suggesting": true, "declaring": true,
	"accusing": true, "blaming": true, "denying": true, "dismissing": true, "rejecting": true,
	"calling": true, "stating": true, "telling": true, "urging": true, "vowing": true, "threatening": true,
	"describing": true,
	// stances and acts of speech: ", citing rising costs", ", criticizing
	// the council for …", ", conceding that …"
	"citing": true, "criticizing": true, "criticising": true, "condemning": true, "praising": true,
	"questioning": true, "predicting": true, "promising": true, "pledging": true, "acknowledging": true,
	"conceding": true, "admitting": true, "confirming": true, "demanding": true, "complaining": true,
	"lamenting": true, "recalling": true,
	// telling the one told what to keep in mind: ", reminding voters
	// that …", ", reassuring investors that …"; hinting: ", implying …"
	"reminding": true, "reassuring": true, "implying": true,
}

// splitClauses cuts tokens [lo, hi) at the clause boundaries that can
// change or continue the speaker. Quotations are never cut.
func (d *docState) splitClauses(lo, hi int) []clause {
	out := d.clauses[:0]
	defer func() { d.clauses = out[:0] }()
	start, kind, contS, verb := lo, clFirst, lo, -1
	depth := 0
	// a sentence that opens with a subordinate clause ("As X talked
	// about Y, Z said W"): its first comma may close that clause
	fronted := d.toks[lo].kind == tWord && d.toks[lo].cap && d.toks[lo].sets&sFrontedSubord != 0
	cut := func(at, next, k, cs int) {
		if at > start {
			out = append(out, clause{lo: start, hi: at, kind: kind, contS: contS, verb: verb})
		}
		start, kind, contS, verb = next, k, cs, -1
	}
	// cont cuts before a continuing report whose verb is v: its content
	// opens after v (and a "that")
	cont := func(at, next, v int) {
		cs := v + 1
		if cs < hi && d.toks[cs].low == "that" {
			cs++
		}
		cut(at, next, clContinue, cs)
		verb = v
	}
	for i := lo; i < hi; i++ {
		t := &d.toks[i]
		if t.inQ || t.kind == tQuote {
			continue
		}
		if t.kind == tPunct {
			switch t.low {
			case "(":
				depth++
				continue
			case ")":
				depth--
				continue
			}
		}
		if depth > 0 || i == lo {
			continue
		}
		if !fronted && !clauseCue(t) {
			// most tokens: no cut and no fronted clause to close, so
			// the comma before them is not looked at
			continue
		}
		comma := d.toks[i-1].low == "," || d.toks[i-1].kind == tQuote && !d.toks[i-1].open && i >= 2 && d.toks[i-2].low == ","
		if fronted && comma {
			fronted = false
			if d.frontedEnd(lo, i, hi) {
				cut(i-1, i, clOwn, i)
				continue
			}
		}
		switch {
		case t.low == ";":
			cut(i, i+1, clOwn, i+1)
		case !comma && t.sets&sContinuer != 0 && d.setOffContinuer(i, start):
			// ", pointedly saying …", "on the spot – saying …": an
			// adverb after the comma, or a dash for it
			cont(i-1-btoi(d.toks[i-1].kind == tWord), i, i)
		case comma && t.sets&sContinuer != 0:
			if d.subjectAside(start, i, hi) {
				// "Marek, citing the cost, said …": an aside between a
				// subject and its reporting verb, no report of its own
				continue
			}
			cont(i-1, i, i)
		case !comma && t.sets&sContinuer != 0 && d.toks[i-1].low == "by" && i-1 > start && byReport(t) && !d.hasOwnSpeaker(start, i-1):
			// "Marek calmed the crews by telling them the cranes were
			// safe", "Oster won the vote by saying that …": the means is
			// a report of the subject's (when the verb before reports
			// nothing itself: "X responded by saying …" is one report)
			cont(i-1, i, i)
		case (t.low == "and" || t.low == "but") && i+1 < hi:
			j := i + 1
			for j < hi && d.toks[j].kind == tWord && !d.toks[j].cap && d.toks[j].is(fAdv) {
				j++
			}
			// "but went on to say"
			if j+2 < hi && (d.toks[j].low == "went" || d.toks[j].low == "goes" || d.toks[j].low == "going") && d.toks[j+1].low == "on" && d.toks[j+2].low == "to" {
				j += 3
			}
			if j < hi && d.toks[j].kind == tWord && !d.toks[j].cap && d.toks[j].is(fSpeech) && !strings.HasSuffix(d.toks[j].low, "ing") && d.speaksOf(j) && d.particleHeld(j) {
				cs := j + 1
				if cs < hi && d.toks[cs].is(fParticle) {
					cs++
				}
				for cs < hi && (d.toks[cs].low == "that" || d.toks[cs].low == "," || d.toks[cs].low == ":") {
					cs++
				}
				cut(i, i, clContinue, cs)
				verb = j
				continue
			}
			if t.low == "and" && j+1 < hi && kind == clContinue && verb >= 0 && strings.HasSuffix(d.toks[verb].low, "ing") &&
				d.toks[j].kind == tWord && !d.toks[j].inQ && d.toks[j].sets&sContinuer != 0 && d.toks[j].is(fSpeech) && d.participleReports(j+1, hi) {
				// "…, dismissing the report as a fabrication and
				// accusing the charity of …": a second participle
				// coordinated with the first continues the same
				// speaker's report with a verb of its own, as "and
				// accused" does after a finite verb; left inside the
				// first, the charge would be read as part of the
				// denial
				cs := j + 1
				if d.toks[cs].low == "that" {
					cs++
				}
				cut(i, i, clContinue, cs)
				verb = j
				continue
			}
			if t.low == "and" && d.toks[i+1].low == "that" {
				cut(i, i, clContinue, i+2)
				continue
			}
			if !comma {
				continue
			}
			if d.verbAhead(i+1, hi, 8) {
				if t.low == "but" {
					cut(i-1, i, clBut, i+1)
				} else if d.subjectStart(i + 1) {
					cut(i-1, i, clOwn, i+1)
				}
			}
		case comma && (t.low == "while" || t.low == "whereas" || t.low == "although" || t.low == "though") && d.accordingOpener(start, i-1):
			// "According to Brenn, while the mill closed, the workers
			// were never paid": the frame credits the whole sentence
			// after it, the concession with the rest; cut there, it
			// would frame nothing
		case comma && t.low == "while" && d.countAfter(i+1, hi):
			// "found that 28 percent backed Oster, while 23 percent
			// favored Marek": a second count set against the first
			// goes on with the same finding
		case comma && t.low == "while":
			// ", while noting that …", ", while also suggesting …": a
			// report the clause's subject makes as it acts; else a
			// clause of its own
			if v := d.whileContinuer(i, hi); v > 0 {
				cont(i-1, i, v)
			} else {
				cut(i-1, i, clOwn, i+1)
			}
		case comma && (t.low == "although" || t.low == "though") && d.ellipticConcession(i+1, hi):
			// ", though not the results", ", although brief,": a
			// concession with no clause of its own qualifies the report
			// it follows and stays in it
		case comma && (t.low == "whereas" || t.low == "although" || t.low == "though"):
			cut(i-1, i, clOwn, i+1)
		case comma && t.low == "even" && i+2 < hi && d.toks[i+1].low == "as" && d.subjectStart(i+2) && d.hasOwnSpeaker(i+2, hi):
			// "X denied that …, even as the council accused the company
			// of …": the other party's report, set against the first as
			// "whereas" sets it, a clause of its own; an "even as" of
			// no report ("even as he dominated the polls") stays inside
			cut(i-1, i, clOwn, i+2)
		}
	}
	if start < hi {
		out = append(out, clause{lo: start, hi: hi, kind: kind, contS: contS, verb: verb})
	}
	return out
}

// ellipticConcession reports whether the words from i after "though" or
// "although" up to the next comma or the clause's end are a concession
// with no clause of its own: "not the results", "not necessarily
// likely", "mixed with enough truth to cause damage", "brief". Any
// auxiliary, pronoun, "there", reporting verb or past tense after the
// first word gives the words a clause of their own.
func (d *docState) ellipticConcession(i, hi int) bool {
	n := 0
	for k := i; k < hi; k++ {
		t := &d.toks[k]
		if t.low == "," || isEnd(t) || t.low == ";" {
			break
		}
		if t.inQ || t.kind == tQuote || t.kind != tWord && t.kind != tNum {
			return false
		}
		if t.is(fAux|fPron|fSpeech|fSubord|fRel) && !t.is(fDet) || t.low == "there" || t.low == "it" || t.is(fPast) && k > i || t.cap {
			return false
		}
		n++
	}
	return n > 0 && n <= 10
}

// accordingOpener reports whether tokens [s, c) are a leading "according
// to X" frame alone, maybe after "But" or "And", with no comma inside:
// "According to Brenn" before the comma at c.
func (d *docState) accordingOpener(s, c int) bool {
	if s < c && (d.toks[s].low == "but" || d.toks[s].low == "and") {
		s++
	}
	if s+2 >= c || c-s > 14 || d.toks[s].low != "according" || d.toks[s+1].low != "to" {
		return false
	}
	for k := s + 2; k < c; k++ {
		if t := &d.toks[k]; t.low == "," || t.inQ || t.kind == tQuote {
			return false
		}
	}
	return true
}

// countAfter reports whether the clause from i opens with a count,
// maybe after an approximator, and reports nothing of its own: "23
// percent favored …", "only 19 support …" ("22 percent said …" has its
// own speaker).
func (d *docState) countAfter(i, hi int) bool {
	for k := i; k < hi && !isEnd(&d.toks[k]) && d.toks[k].low != ";"; k++ {
		if d.toks[k].mayReport() {
			return false // "…, while 22 percent said …": a report of its own
		}
	}
	if i < hi && approximators[d.toks[i].low] {
		i++
	}
	if i < hi && d.toks[i].low == "a" && i+1 < hi && shareHeads[d.toks[i+1].low] {
		return true
	}
	return i+1 < hi && d.toks[i].kind == tNum && !yearTok(&d.toks[i])
}

// whileContinuer returns the continuer right after "while" at i, maybe
// past "also" (", while also noting"), or 0.
func (d *docState) whileContinuer(i, hi int) int {
	k := i + 1
	if k < hi && d.toks[k].low == "also" {
		k++
	}
	if k < hi && d.toks[k].sets&sContinuer != 0 && !d.toks[k].inQ {
		return k
	}
	return 0
}

// setOffContinuer reports whether the continuer at i is set off from
// the clause before by a dash ("flipped his vote on the spot – saying
// …") or by a comma and an "-ly" adverb (", pointedly saying …",
// ", eventually saying …").
func (d *docState) setOffContinuer(i, start int) bool {
	if i-2 <= start {
		return false
	}
	p := &d.toks[i-1]
	if p.low == "–" || p.low == "—" {
		return true
	}
	return p.kind == tWord && !p.cap && p.is(fAdv|fTime) && !p.is(fAux|fNeg) && strings.HasSuffix(p.low, "ly") && d.toks[i-2].low == ","
}

// btoi is 1 for true, 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// byReport reports whether the participle t after "by" reports speech
// ("by saying", "by telling", "by arguing"), not an act ("by cutting",
// "by citing", "by adding a few districts to the map").
func byReport(t *token) bool {
	if !t.is(fSpeech) || t.low == "adding" {
		return false
	}
	c := t.speech().class
	return c == vSay || c == vTell
}

// clauseCue reports whether t is a word splitClauses may cut a sentence
// at: ";", a continuer ("saying"), "and", "but", "while", "whereas",
// "although", "though" or "even" (", even as"). Every other token leaves
// the clauses as they are (but for the comma that closes a fronted
// clause).
func clauseCue(t *token) bool {
	if t.sets&sContinuer != 0 {
		return true
	}
	switch len(t.low) {
	case 1:
		return t.low == ";"
	case 3:
		return t.low == "and" || t.low == "but"
	case 4:
		return t.low == "even"
	case 5:
		return t.low == "while"
	case 6:
		return t.low == "though"
	case 7:
		return t.low == "whereas"
	case 8:
		return t.low == "although"
	}
	return false
}

// frontedSubords open a subordinate clause before the main one: "As
// Marek spoke of the harvest, Oster said …", "While X said Y, Z …".
var frontedSubords = map[string]bool{
	"as": true, "while": true, "whereas": true, "although": true, "though": true, "when": true,
	"after": true, "before": true, "because": true, "since": true, "once": true, "until": true,
}

// frontedEnd reports whether the comma before i closes a subordinate
// clause opened at lo and a main clause follows: the subordinate clause
// has a verb that is not the last word before the comma ("As Marek
// said, …" and "as he put it, …" frame the main clause: their report is
// what follows), and a subject and a finite verb come after the comma,
// each clause a report of its own speaker's.
func (d *docState) frontedEnd(lo, i, hi int) bool {
	c := i - 1
	if d.toks[c].low != "," {
		return false
	}
	if p := &d.toks[c-1]; p.is(fSpeech) || p.low == "it" || p.low == "so" {
		return false
	}
	if !d.verbAhead(lo+1, c, c-lo-1) || !d.subjectStart(i) || !d.verbAhead(i, hi, 8) {
		return false
	}
	// both clauses report, each with its own speaker: otherwise the
	// sentence is one report framed by the other clause ("When asked
	// about X, Marek said …" is Marek's answer to X)
	return d.hasOwnSpeaker(lo, c) && d.hasOwnSpeaker(i, hi)
}

// subjectAside reports whether the participle at i, after a comma,
// opens an aside between a subject and its reporting verb: tokens
// [start, i-1) hold no verb, and a comma then a reporting verb close the
// aside within 20 tokens ("Marek, noting the size of the crowd, said").
func (d *docState) subjectAside(start, i, hi int) bool {
	k := i + 1
	for k < hi && k-i < 20 && d.toks[k].low != "," && !isEnd(&d.toks[k]) {
		k++
	}
	if k+1 >= hi || d.toks[k].low != "," {
		return false
	}
	v := &d.toks[k+1]
	if v.kind != tWord || v.cap || !v.is(fSpeech) || strings.HasSuffix(v.low, "ing") {
		return false
	}
	return i-1 > start && !d.verbAhead(start, i-1, i-1-start)
}

// subjectStart: a token that can open a new clause's subject.
func (d *docState) subjectStart(i int) bool {
	t := &d.toks[i]
	if t.kind != tWord {
		return false
	}
	if t.is(fPron|fDet) || t.cap {
		return true
	}
	// a bare plural body before its auxiliary: "…, he said, and police
	// had found no sign of it"
	return t.is(fRole|fOrg|fGroup) && !t.is(fVerb) && i+1 < len(d.toks) && d.toks[i+1].kind == tWord && d.toks[i+1].is(fAux) && !d.toks[i+1].is(fModal)
}

// verbAhead reports whether a finite verb follows within n tokens of i.
func (d *docState) verbAhead(i, hi, n int) bool {
	for k := i; k < hi && k < i+n; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			if t.low == "," || isEnd(t) {
				return false
			}
			continue
		}
		if t.is(fAux) || t.is(fSpeech) && !strings.HasSuffix(t.low, "ing") || t.is(fPast) && k > i {
			return true
		}
	}
	return false
}

// relativeBefore reports whether an object's relative pronoun ("whom")
// stands in toks[lo:hi]: its clause has a subject of its own, which the
// text before a later pronoun would give. ("who" is the subject's own:
// "Ada Tanzer, who runs the club, pointed to what she said …")
func (d *docState) relativeBefore(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.toks[k].low == "whom" {
			return true
		}
	}
	return false
}

// verbIn reports whether a verb or an auxiliary stands in [i, j): the
// words between "told" and a far "that" are its hearers and where or
// when ("told reporters in the town of Orm that"), not a clause of their
// own ("told Wirenews they had seen video that …", the "that" a relative).
func (d *docState) verbIn(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].is(fVerb | fAux) {
			return true
		}
	}
	return false
}

// armedGroup returns, as the accused, the one armed group the article
// calls by the lower-case word w ("the rebels", "rebel mortars"), or
// nil.
func (d *docState) armedGroup(w string) []string {
	if armedDescr[w] == "" {
		return nil
	}
	if g := d.describedOrg(w); g != nil {
		return []string{g.name}
	}
	return nil
}

// organPhrase reports whether the accused phrase [c, k) is a state's
// power named by its noun alone, after "the" and at most two lower-case
// modifiers: "the army", "the authorities", "the security forces", "the
// regime" (stateForceNouns). Whose they are the words do not say.
func (d *docState) organPhrase(c, k int) bool {
	if k-c < 1 || k-c > 4 {
		return false
	}
	if d.toks[c].low != "the" {
		// "accused soldiers of abducting the mayor", "accused
		// government troops of shelling", "security forces": news
		// drops the article before a state's armed men in the plural,
		// who are the state's as "the army" is. Only a plural force
		// noun, after at most two words that make them the state's
		// (stateForceMods): "rebel forces", "two soldiers", "foreign
		// troops" or "its soldiers" are someone else's, or some men
		if k-c > 3 || !bareForceNouns[d.toks[k-1].low] {
			return false
		}
		for j := c; j < k; j++ {
			if t := &d.toks[j]; t.kind != tWord || t.cap || t.inQ || j < k-1 && !stateForceMods[t.low] {
				return false
			}
		}
		return true
	}
	if k-c < 2 {
		return false
	}
	for j := c + 1; j < k; j++ {
		if t := &d.toks[j]; t.kind != tWord || t.cap || t.inQ {
			return false
		}
	}
	return stateForceNouns[d.toks[k-1].low]
}

// otherSide reports whether the accused phrase [c, k) is "the other
// side" or "the other party": in a quarrel of two, the accuser's rival
// (rivalOf), as "its rival" is.
func (d *docState) otherSide(c, k int) bool {
	if k-c != 3 || d.toks[c].low != "the" || d.toks[c+1].low != "other" {
		return false
	}
	switch d.toks[c+2].low {
	case "side", "party", "camp":
		return true
	}
	return false
}

// personAccused returns the side of the person the accused phrase
// [c, k) names, when the article tied that person to a party other than
// the accuser's: "the federation accused Crayle of fixing the match"
// after "Anselm Crayle, the owner of Harbeck Rovers" charges the club he
// speaks for, as his own words are his club's. The phrase is a name
// alone, one to three capitalised words after an optional "Mr" or "Ms",
// whose last word is the surname of a person the article named with it
// and whose other words are that person's too. A person of no party, or
// of the accuser's own, gives "": who is charged is then the person,
// whom no side stands for; so do two people of two parties the name
// fits.
func (d *docState) personAccused(c, k int, side string) string {
	for c < k && (personalTitles[d.toks[c].low] || d.toks[c].low == ".") {
		c++
	}
	if k-c < 1 || k-c > 3 {
		return ""
	}
	for j := c; j < k; j++ {
		if t := &d.toks[j]; t.kind != tWord || !t.cap || t.inQ {
			return ""
		}
	}
	// the people the name fits: the surname last, the other words
	// theirs too. "accused Varn of misleading parliament" where Elsa
	// Varn speaks for one party and Karl Varn for another fits both,
	// and which the writer means it does not say; one of the
	// accuser's own party is not the one it charges
	found := ""
	for _, p := range d.persons {
		if p.place || len(p.parts) < 2 || p.parts[len(p.parts)-1] != d.toks[k-1].low {
			continue
		}
		fits := true
		for j := c; j < k-1 && fits; j++ {
			fits = slices.Contains(p.parts, d.toks[j].low)
		}
		if !fits || p.side == side && side != "" {
			continue
		}
		if p.side == "" || found != "" && found != p.side {
			return "" // a person of no party, or two parties' people
		}
		found = p.side
	}
	return found
}

// forcesOfOther reports whether the bare plural force noun accused at
// [c, k) ("accused soldiers of looting") was written before under
// another name than the state st's ("Ostmark and Velland soldiers
// exchanged fire", "soldiers from Velland"): news calls them again by
// the bare noun, and those may be the other side's men, where the
// state's the article knows best is only the one it knows. A noun
// after "the" is left as it was read.
func (d *docState) forcesOfOther(c, k int, st string) bool {
	if k <= c || d.toks[c].low == "the" || !bareForceNouns[d.toks[k-1].low] {
		return false
	}
	other := func(j int) bool {
		t := &d.toks[j]
		if t.kind != tWord || !t.cap || t.is(fDet|fPron|fTime) || stateForceMods[t.low] {
			return false // "Government soldiers" opening a sentence
		}
		w := trimPossessive(d.str[t.s:t.e])
		return !strings.EqualFold(w, st) && !strings.EqualFold(guessState(t.low), st) && !strings.EqualFold(stateAdjective(st), w)
	}
	h := d.toks[k-1].low
	for j := 0; j < c; j++ {
		if d.toks[j].low != h {
			continue
		}
		if j > 0 && other(j-1) {
			return true // "Velland soldiers"
		}
		if j+2 >= c || d.toks[j+1].low != "from" && d.toks[j+1].low != "of" {
			continue
		}
		// "soldiers from Ostmark and Velland"
		for m := j + 2; m < c && m <= j+6; m++ {
			if other(m) {
				return true
			}
			if t := &d.toks[m]; !(t.kind == tWord && t.cap) && t.low != "and" && t.low != "," {
				break
			}
		}
	}
	return false
}

// bareForceNouns are the plural stateForceNouns news writes with no
// article: "accused troops of …", "security forces", "soldiers".
var bareForceNouns = map[string]bool{"forces": true, "troops": true, "soldiers": true}

// stateForceMods make the bare force nouns a state's: "government
// troops", "security forces", "army soldiers", "armed forces".
var stateForceMods = map[string]bool{
	"government": true, "security": true, "state": true, "army": true, "military": true, "regime": true,
	"federal": true, "armed": true, "junta": true, "pro-government": true,
}

// stateForceNouns name a state's power as a whole, or its armed hands,
// which a party that is no state charges as the state: "the army", "the
// authorities", "the regime". Not "the ministry" or "the police": one
// body, which a domestic quarrel charges as a party of its own (the
// opposition against "the interior ministry", fans against "the city
// police").
var stateForceNouns = map[string]bool{
	"army": true, "military": true, "government": true, "authorities": true, "regime": true, "junta": true,
	"forces": true, "troops": true, "soldiers": true, "navy": true,
}

// orgShaped reports whether side's name has an organisation's shape: two
// words or more ("Red Hill Brigade", "Civic Dawn Party") or an acronym
// ("NLF"). A bare name ("Tarnland" of "rebels in the Kesh region of
// Tarnland") may be a state the article never marked as one, whose own
// army "the army" then is: no other state's.
func orgShaped(side string) bool {
	if strings.IndexByte(side, ' ') >= 0 {
		return true
	}
	return len(side) > 1 && strings.ToUpper(side) == side
}

// stateAccused returns the state a party that is no state means by "the
// army" or "the authorities" it accuses when the article has not said
// whose they are (organRef found no owner and no dateline): the rival of
// the dispute when that is a state, else the one state the article has
// named so far ("rebels accused the army", "the opposition accused the
// authorities"). A state's own speaker, or one whose side is
// unknown, gets nothing: whose organ it charges is then unsaid.
func (d *docState) stateAccused(side string) string {
	if side == "" || d.isState(side) || !orgShaped(side) {
		return ""
	}
	if r := d.rivalOf(side); len(r) == 1 && d.isState(r[0]) {
		return r[0]
	}
	found := ""
	one := func(st string) bool {
		if st == side || st == found {
			return true
		}
		if found != "" {
			return false // two states: whose army is meant is unsaid
		}
		found = st
		return true
	}
	for _, o := range d.open {
		if o.state && !one(o.name) {
			return ""
		}
	}
	for _, r := range d.recent {
		if d.isState(r) && !one(r) {
			return ""
		}
	}
	return found
}

// possessorsOnly reports whether every actor mentioned in [c, k) is a
// lower-case possessive that stands for a state ("the country's", "the
// nation's"): an owner of what follows, not the party named.
func (d *docState) possessorsOnly(c, k int) bool {
	ma, mb := d.mentRange(c, k)
	n := 0
	for _, m := range d.ments[ma:mb] {
		if m.actor == "" {
			continue
		}
		n++
		t := &d.toks[m.j-1]
		if _, poss := possessiveBase(t.low); !poss || t.cap || m.j-m.i != 1 || !d.isState(m.actor) {
			return false
		}
	}
	return n > 0
}

// accusedBody returns the head noun of an accused phrase [c, k) that
// describes an organisation by its kind, in lower case after "the" and
// describing words, a time after it left out: "the country's largest
// train drivers' union on Wednesday", "the residents' committee" (a
// possessive may stand among the words, its ending no word); else "".
// A state's organ ("the army") is stateAccused's, a trade ("the
// company") soleFirm's, a bare "the union" backReference's.
func (d *docState) accusedBody(c, k int) string {
	for k-c > 2 && d.toks[k-1].is(fTime) {
		// "… union on Wednesday of": the time is no part of it
		k--
		if d.toks[k-1].low == "on" || d.toks[k-1].low == "last" || d.toks[k-1].low == "this" {
			k--
		}
	}
	if k-c < 3 || k-c > 8 || d.toks[c].low != "the" {
		// "the regulator", "the union" alone are backReference's, with
		// its guards
		return ""
	}
	h := &d.toks[k-1]
	if h.kind != tWord || h.cap || h.inQ || !orgHeads[h.low] || stateOrgans[h.low] || companyHeads[h.low] || tradeRefNouns[h.low] {
		return ""
	}
	for j := c + 1; j < k-1; j++ {
		if t := &d.toks[j]; t.kind == tSQuote || t.low == "'s" {
			continue
		}
		if t := &d.toks[j]; t.kind == tWord && !t.cap && j == c+1 {
			if _, poss := possessiveBase(t.low); poss {
				continue // "the country's", "the region's"
			}
		}
		if !d.describingWord(j) {
			return ""
		}
	}
	return h.low
}

// tradeRefNouns call a business by its trade or its place in the
// dispute after "the": "accused the company of …", "the supplier", "the
// utility".
var tradeRefNouns = map[string]bool{
	"company": true, "firm": true, "supplier": true, "utility": true, "manufacturer": true, "maker": true,
	"operator": true, "contractor": true, "developer": true, "insurer": true,
}

// specificTrade reports whether the trade noun n names one trade
// ("supplier", "contractor"), not any business ("company", "firm").
func specificTrade(n string) bool {
	return tradeRefNouns[n] && n != "company" && n != "firm"
}

// soleFirm returns the one business the article has named other than
// side, the party a charge against "the company" or "the supplier" names
// when the business's own name has no company's noun the mention reader
// knows ("Kessel Pool Supplies", "Orvik Power & Light"): an organisation,
// no state or state's body, whose head noun is a company's or none that
// names a body of another kind (a party, a union, a council, a trust).
// With two such, or none, "". A business the article calls by another
// trade than noun ("The hospital's cleaning contractor, Orlan Services"
// against "accused the supplier of …") is not the one charged; "the
// company" and "the firm" name any trade.
func (d *docState) soleFirm(side, noun string) string {
	if side == "" {
		return ""
	}
	found := ""
	for _, o := range d.open {
		if o.state || o.organ || o.owner != "" || o.name == side || d.sideOf(o.name) == side {
			continue
		}
		if !companyHeads[o.head] && !companyNouns[o.head] && (o.head == "" || orgHeads[o.head] || bodyKinds[o.head] || partyHeads[o.head] || unionHeads[o.head]) {
			continue
		}
		if specificTrade(noun) && specificTrade(o.head) && o.head != noun {
			continue
		}
		if found != "" && found != o.name {
			return ""
		}
		found = o.name
	}
	return found
}

// relativeVerb finds the verb of a relative clause opened by the word at
// w ("which he said", "whom Orvia accuses"): the first token within six
// words that is wanted, unless a stop token comes first. It returns the
// verb and the end of the clause's subject before it, or -1 and 0 when
// there is no such verb, no room for a complement after it, or no
// subject between the relative word and the verb ("who said": the
// relative word is then the speaker, not a subject reporting about it).
func (d *docState) relativeVerb(w, hi int, stop, want func(*token) bool) (int, int) {
	for k := w + 2; k < hi && k <= w+7; k++ {
		t := &d.toks[k]
		if stop(t) {
			return -1, 0
		}
		if !want(t) {
			continue
		}
		if k+2 >= hi {
			return -1, 0
		}
		if e := d.skipBack(k-1, w+1) + 1; e > w+1 {
			return k, e
		}
		return -1, 0
	}
	return -1, 0
}

// otherInPair replaces in accused the entry side, read from a mention
// "the NOUN" in [s, e), by the other organisation called so
// (otherByNoun), when that one is not among accused already.
func (d *docState) otherInPair(accused []string, s, e int, side string) {
	for j := max(s, 0); j+2 <= e; j++ {
		if d.toks[j].low != "the" {
			continue
		}
		o := d.otherByNoun(j, j+2, side)
		if o == "" || slices.Contains(accused, o) {
			continue
		}
		for i, a := range accused {
			if a == side {
				accused[i] = o
				return
			}
		}
	}
}
