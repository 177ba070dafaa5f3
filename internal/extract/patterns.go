package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Reciprocal and nominal accusations name their speakers themselves:
// "Russia and Ukraine have accused each other of …" is two accusations,
// one by each government, and "accusations by Ukraine and the West that
// Moscow's forces …" is one accusation by each accuser.

// pairNouns stand for the two parties of a conflict ("both sides").
var pairNouns = map[string]bool{
	"sides": true, "countries": true, "parties": true, "nations": true, "governments": true,
	"armies": true, "neighbours": true, "neighbors": true, "militaries": true, "states": true,
	"capitals": true, "camps": true,
}

// blameNouns are what parties trade.
var blameNouns = map[string]bool{
	"accusations": true, "blame": true, "charges": true, "allegations": true,
	"recriminations": true, "claims": true,
}

// patterns emits the reciprocal and nominal accusations of [lo, hi).
func (d *docState) patterns(lo, hi int, pq *paraQuotes) {
	for v := lo; v < hi; v++ {
		t := &d.toks[v]
		// the flags first: one test passes over nearly every token
		if t.flags&(fRecip|fBlameNoun|fSpeech|fHeldCue) == 0 || t.kind != tWord || t.inQ || t.cap && !(v == lo && t.is(fBlameNoun)) {
			continue // "Allegations by X that …" may open the sentence
		}
		if t.is(fHeldCue) {
			if t.low == "finger" || t.low == "fingers" {
				d.fingerPointed(v, lo, hi, pq)
			} else if h := d.heldEachOther(v, lo); h >= 0 {
				// "A and B are holding each other responsible for Z"
				d.reciprocal(h, v+1, lo, hi, false, pq)
			} else {
				d.heldResponsible(v, lo, hi, pq)
			}
			continue
		}
		if (t.low == "accusing" || t.low == "blaming") && v > lo && chargeDocNouns[d.toks[v-1].low] {
			d.statementAccusing(v, lo, hi, pq) // "issued a statement accusing Y of …"
			continue
		}
		if t.low == "blame" && v-1 > lo && d.toks[v-1].low == "to" && d.holdAt(v-1, lo) >= 0 {
			// "X held Y to blame for Z", "are holding each other to blame"
			if h := d.heldEachOther(v-1, lo); h >= 0 {
				d.reciprocal(h, v+1, lo, hi, false, pq)
			} else {
				d.heldResponsible(v-1, lo, hi, pq)
			}
			continue
		}
		if !t.is(fRecip|fBlameNoun) && !(v > lo && (d.toks[v-1].low == "each" || d.eachSide(v-1, lo) || singularBlame(t.low))) {
			continue // a reporting verb: only "each said" or a singular "claim"
		}
		if t.is(fBlameNoun) && v+2 < hi && (d.toks[v+1].low == "by" || d.toks[v+1].low == "from") {
			d.nominal(v, lo, hi, pq)
			continue
		}
		if v+2 < hi && v > lo && d.toks[v+1].low == "that" && (t.is(fBlameNoun) || singularBlame(t.low)) {
			d.possessed(v, lo, hi, pq) // "Tarsia's accusations that …"
			continue
		}
		if v+2 < hi && v > lo && d.toks[v+1].low == "against" && t.is(fBlameNoun) {
			if !d.madeAgainst(v, lo, hi, pq) { // "Tarsia levelled accusations against Ostmark"
				d.possessed(v, lo, hi, pq) // "Tarsia's accusations against Ostmark"
			}
			continue
		}
		if t.low == "blame" && v-2 >= lo && d.toks[v-1].low == "the" && blameLayers[d.toks[v-2].low] {
			d.blameLaid(v, lo, hi, pq)
			continue
		}
		lem := t.lemma()
		marker := -1
		j := v + 1
		for j < hi && d.toks[j].kind == tWord && d.toks[j].is(fAdv) && !d.toks[j].cap {
			j++
		}
		switch lem {
		case "say", "claim", "insist", "allege", "argue":
			// "the two groups each said the other carried out the attack"
			// "with each side saying the other broke the deal"
			if v-1 >= lo && (d.toks[v-1].low == "each" || d.eachSide(v-1, lo)) && j+1 < hi && d.toks[j].low == "the" && d.toks[j+1].low == "other" {
				marker = j + 2
			}
		case "accuse", "blame":
			if w := d.toks[min(j, hi-1)].low; j+1 < hi && ((w == "each" || w == "the") && (d.toks[j+1].low == "other" || eachOthers(d.toks[j+1].low)) || w == "one" && d.toks[j+1].low == "another") {
				// "each accused the other's patrol boats of …": the
				// other side's forces are the other side
				marker = j + 2
			}
		case "trade", "exchange":
			if j < hi && blameNouns[d.toks[j].low] {
				marker = j + 1
			} else if j+1 < hi && d.toks[j].flags == 0 && blameNouns[d.toks[j+1].low] {
				marker = j + 2
			}
		}
		if marker < 0 {
			if lem == "accuse" || lem == "blame" {
				d.inTurn(v, lo, hi, pq)
			}
			continue
		}
		d.reciprocal(v, marker, lo, hi, lem == "trade" || lem == "exchange", pq)
	}
}

// reciprocal emits the two accusations of the reciprocal verb at v
// ("accused each other", "traded blame", "are holding each other
// responsible"), whose charge starts at marker: one by each of the two
// parties its subject names or describes. traded marks a verb whose
// blame noun is no reporting verb of its own.
func (d *docState) reciprocal(v, marker, lo, hi int, traded bool, pq *paraQuotes) {
	if d.unasserted(v, lo, true) {
		return // "both governments had reasons to blame the other": a comment, read by its reporting verb
	}
	s, actors := d.pairSubject(v, lo)
	described, plural := false, false
	e := -1
	if s == v-1 && d.toks[s].low == "each" {
		e = s
	} else if len(actors) < 2 && v-2 > lo && d.toks[v-1].is(fAux) && d.toks[v-2].low == "," {
		e = v // "the authority and the company that built the dam, Y, are blaming each other"
	}
	if e >= 0 {
		// "the authority and the firm it hires, Y, are each blaming
		// the other": the two described parties, not the article's
		// most named pair so far
		if k, first, named := d.eachDescribed(e, lo); k >= 0 && named != "" {
			// the first party is named later ("Tarnwick Town
			// Council", after "the town council"): finish fills it in
			s, actors = k, []string{describedLater + d.toks[first].low, named}
			d.pairsLater = true
		} else if k >= 0 {
			s, actors, described = k, nil, true
		}
	}
	if len(actors) < 2 {
		// "the regulator and Skyvale Airways blamed each other": one
		// party named, the other by its noun, which finish resolves
		if k, ps := d.mixedPair(s, v, lo, actors); k >= 0 {
			s, actors = k, ps
			d.pairsLater = true
		} else if k, ps := d.stateArmedPair(v, lo); k >= 0 {
			// "the government and separatist fighters blamed each other"
			s, actors = k, ps
			d.pairsLater = true
		} else if k, ps := d.namedPair(v, lo); k >= 0 {
			// "Kelby Rail and Harl Signals blamed each other"
			s, actors = k, ps
		}
	}
	if len(actors) < 2 && !d.pairWords(s, v) {
		// "the two militias fighting for the town blamed each other":
		// a pair described before a modifier
		if k := d.pairBefore(s, lo); k >= 0 {
			s, actors = k, nil
		} else if k := d.describedPair(v, lo); k >= 0 {
			// "the dockers' union and the terminal's operator traded
			// accusations": two organisations named elsewhere
			s, actors, described = k, nil, true
			if n1, n2 := d.pairNouns(k, v); n1 != "" {
				actors = []string{pairNoun + n1 + "|" + n2 + "0", pairNoun + n1 + "|" + n2 + "1"}
				d.pairsLater = true
			}
		} else if k := d.pluralParties(v, lo); k >= 0 {
			// "the rival militias have traded accusations"
			s, actors, plural = k, nil, true
		}
	}
	each := v-1 >= lo && d.toks[v-1].low == "each"
	if len(actors) < 2 && each && !described {
		s, actors = v-1, d.salientPair() // "…, each said the other …"
	}
	if len(actors) < 2 && !described && (each || d.pairWords(s, v)) {
		// "a feud between the company that chartered the tanker and the
		// agency that runs the port, with each side blaming the other":
		// the pair the sentence described before the comma
		c := s - 1
		for c > lo && s-c <= 3 && d.toks[c].low != "," {
			c--
		}
		if c > lo && d.toks[c].low == "," {
			if k := d.describedPair(c, lo); k >= 0 {
				if n1, n2 := d.pairNouns(k, c); n1 != "" {
					actors = []string{pairNoun + n1 + "|" + n2 + "0", pairNoun + n1 + "|" + n2 + "1"}
					d.pairsLater = true
				}
			}
		}
	}
	if len(actors) < 2 && (each || d.pairWords(s, v)) {
		// "Pirrow and Velland fought a border war. Each side blamed
		// the other": the two names joined by "and" before
		kind := d.pairKind(s, v)
		if kind == pairAny {
			kind = d.pairKindBefore(lo, s)
		}
		if p := d.pairNamedBefore(d.toks[s].s, kind); p != nil {
			actors = p
		}
	}
	if len(actors) < 2 && (each || described || plural || d.pairWords(s, v)) {
		// "the two groups each said the other …" in a first paragraph
		// that has not named them yet: the document's two main
		// parties, known at its end (finish)
		kind := string(d.pairKind(s, v))
		if kind == string(pairAny) {
			kind = string(d.pairKindBefore(lo, s))
		}
		if described {
			kind = string(pairGroups)
		}
		actors = []string{pairLater + kind + "0", pairLater + kind + "1"}
		d.pairsLater = true
	}
	if len(actors) < 2 {
		return
	}
	end := d.clauseEnd(marker, hi)
	cont, contEnd := marker, end
	if contentWordsUpTo(d.toks, marker, end, 2) < 2 {
		// "A and B blamed each other." after the event: the blame
		// itself is the claim, on the document's event
		cont = v
	} else if marker < end && (d.toks[marker].low == "after" || d.toks[marker].low == "since") {
		// "A and B have blamed each other after 40 pupils fell ill":
		// the clause tells what set the blame off, not what either
		// charges; the claim is the blame, on the document's event
		cont, contEnd = v, marker
	}
	d.used[v] = true
	if traded {
		// "traded blame": the noun is no reporting verb of its own
		// ("the Iron Hill Movement traded" is no speaker)
		d.used[marker-1] = true
	}
	n0 := len(d.claims)
	if len(actors) > 2 && d.partyList(s, v) {
		// "Harlow Mining, the residents' committee and Dorvania blamed
		// one another": three parties or more named in one list, each
		// blaming each of the others
		for k, x := range actors {
			for _, y := range actors {
				if y == x {
					continue
				}
				a := d.newAtt(att{verb: v, class: vAccuse, npS: s, npE: v, contS: cont, contE: contEnd,
					spk: d.pairSpeaker(actors[k]), accused: []string{y}, quoteSpan: -1, evS: s})
				d.emit(a, s, end, pq)
			}
		}
	} else {
		for k := 0; k < 2; k++ {
			spk := d.pairSpeaker(actors[k])
			a := d.newAtt(att{verb: v, class: vAccuse, npS: s, npE: v, contS: cont, contE: contEnd,
				spk: spk, accused: []string{actors[1-k]}, quoteSpan: -1, evS: s})
			d.emit(a, s, end, pq)
		}
	}
	if len(d.claims) > n0 {
		d.noteDescribed(s, v, n0)
	}
	if dv := d.eachDenied(end, hi); dv >= 0 && len(d.claims) > n0 {
		// "…, and each has denied it": each party's denial of the
		// other's charge, after the pair's accusations
		es, de := dv-1, d.clauseEnd(dv, hi)
		for d.toks[es].low != "each" {
			es--
		}
		d.used[dv] = true
		for k := 0; k < 2; k++ {
			spk := d.pairSpeaker(actors[k])
			a := d.newAtt(att{verb: dv, class: vDeny, npS: es, npE: dv, contS: dv + 1, contE: de, spk: spk, quoteSpan: -1, evS: es})
			d.emit(a, es, de, pq)
		}
	}
}

// partyList reports whether the subject [s, v) of a reciprocal verb is
// one list of three parties or more, "A, B and C": its commas each
// follow a party's mention and precede the next, and one "and" joins
// the last. An aside set off by commas ("A, which runs the mine, and
// B") makes no third party.
func (d *docState) partyList(s, v int) bool {
	commas, and := 0, false
	for k := s; k < v; k++ {
		switch d.toks[k].low {
		case ",":
			p := d.mentAt[k-1]
			if k == s || p < 0 || d.ments[p].actor == "" || d.ments[p].j != k {
				return false
			}
			commas++
		case "and":
			and = true
		}
	}
	return commas > 0 && and
}

// wantVerbs govern an infinitive of what is wished or expected, not
// done: "wanted to blame the other", "would like to", "expect to".
var wantVerbs = map[string]bool{
	"want": true, "wish": true, "hope": true, "intend": true, "plan": true, "prefer": true, "like": true, "expect": true,
}

// unasserted reports whether the reciprocal verb at v names no act of
// accusing but one that might be done: after a modal or a future
// ("would blame each other", "will trade charges"), after a verb of
// wanting ("might want to accuse the other"), or after "have" and a
// noun before "to" ("both governments had reasons to blame the other",
// "have every reason to", "have yet to"). An analyst's comment on the
// parties' motives is no accusation by either. An act begun or tried
// ("began to blame each other", "were quick to", "is trying to blame
// the other") stays one: its verb is no modal, want or noun. wants
// counts a verb of wanting, as the reciprocal verbs do; a claim's blame
// word counts it only after a modal ("might want to blame"): "They want
// to blame the dam for their own neglect" charges its subject with the
// wish, and interpret keeps it culpable.
func (d *docState) unasserted(v, lo int, wants bool) bool {
	k := v - 1
	for k > lo && d.toks[k].kind == tWord && d.toks[k].is(fAdv|fNeg) && !d.toks[k].is(fModal|fFuture) {
		k-- // "would never blame", "would not accuse"
	}
	if k < lo || d.toks[k].kind != tWord {
		return false
	}
	if irrealis(&d.toks[k]) || d.toks[k].is(fFuture) {
		return true // not "may" or "can": "both may blame each other, but …" concedes it
	}
	if d.toks[k].low != "to" {
		return false
	}
	for h := k - 1; h >= lo && h >= k-4; h-- {
		t := &d.toks[h]
		if t.kind != tWord {
			return false
		}
		if h == k-1 && wantVerbs[t.lemma()] && (wants || d.modalBefore(h, lo)) {
			return true
		}
		if h < k-1 && t.lemma() == "have" {
			return true // "had reasons to", "has every reason to", "have yet to"
		}
		if t.is(fVerb|fPast|fAux|fSpeech) && !t.is(fAdv) {
			return false // "have begun to", "had been quick to"
		}
	}
	return false
}

// modalBefore reports whether a modal of what is not so ("would",
// "might", "could") stands right before the verb at v, or with only a
// negation between ("would not blame"). "may" and "can" are left out:
// "Critics may blame the port, but …" concedes a blame that is laid.
func (d *docState) modalBefore(v, lo int) bool {
	k := v - 1
	for k > lo && d.toks[k].kind == tWord && d.toks[k].is(fNeg) && !d.toks[k].is(fModal) {
		k--
	}
	if k < lo || d.toks[k].kind != tWord {
		return false
	}
	return irrealis(&d.toks[k])
}

// irrealis reports whether t is a modal of what is not so: "would",
// "might", "could".
func irrealis(t *token) bool {
	return t.low == "would" || t.low == "might" || t.low == "could" || t.low == "'d"
}

// pairSpeaker is the speaker of one party of a reciprocal accusation: a
// placeholder that finish fills in (fillPairs: pairLater, describedLater,
// pairNoun) speaks as itself until then, an actor as its government.
// The accusations and ", and each has denied it" take their speakers
// from it alike.
func (d *docState) pairSpeaker(actor string) speaker {
	if strings.HasPrefix(actor, pairLater) || strings.HasPrefix(actor, describedLater) || strings.HasPrefix(actor, pairNoun) {
		return speaker{name: actor, side: actor, inst: true}
	}
	return d.government(actor)
}

// eachDenied returns the denial verb of ", and each has denied it"
// (", and each denies the charge") right after a pair's accusation that
// ends at end, or -1.
func (d *docState) eachDenied(end, hi int) int {
	k := end
	if k+3 >= hi || d.toks[k].low != "," || d.toks[k+1].low != "and" || d.toks[k+2].low != "each" {
		return -1
	}
	k += 3
	for k < hi && k <= end+5 && d.toks[k].kind == tWord && d.toks[k].is(fAux|fAdv) && d.toks[k].speech().class != vDeny {
		k++ // "has", "has always"
	}
	if k >= hi || d.toks[k].kind != tWord || d.toks[k].speech().class != vDeny || d.used[k] {
		return -1
	}
	return k
}

// heldResponsible reads "X held Y responsible for Z" ("holds", "is
// holding"), at the token r of "responsible" (or of "to" in "held Y to
// blame"): an accusation by X against
// Y that no reporting verb introduces. A sentence that reports it ("X
// said it held Y responsible") is read by its reporting verb instead.
func (d *docState) heldResponsible(r, lo, hi int, pq *paraQuotes) {
	h := d.holdAt(r, lo)
	if h < 0 || d.used[h] {
		return
	}
	if d.reportedBefore(lo, h) {
		return
	}
	accused := d.actorsIn(h+1, r)
	if len(accused) == 0 {
		return
	}
	// the party held responsible ends just before the word ("held
	// Velland's army directly responsible"), not in a clause between
	j := r - 1
	if d.toks[j].is(fAdv) {
		j--
	}
	if !d.heldParty(j) {
		return
	}
	spk, s, e, ok := d.blamer(h, lo, accused[0])
	if !ok {
		return
	}
	end := d.clauseEnd(r+1, hi)
	cont := r + 1
	if contentWordsUpTo(d.toks, cont, end, 2) < 2 {
		cont = h // "held Y responsible.": the blame is the claim
	}
	d.used[h] = true
	a := d.newAtt(att{verb: h, class: vAccuse, npS: s, npE: e, contS: cont, contE: end,
		spk: spk, accused: accused[:1], quoteSpan: -1, evS: s})
	d.emit(a, s, end, pq)
}

// holdAt returns the token of "hold" within the six before the token r
// of "responsible" (or "to blame"), or -1.
func (d *docState) holdAt(r, lo int) int {
	for k := r - 1; k > lo && k >= r-6; k-- {
		if l := d.toks[k].low; l == "held" || l == "holds" || l == "hold" || l == "holding" {
			return k
		}
	}
	return -1
}

// heldEachOther returns the token of "hold" in "hold each other (one
// another) responsible" ending at the token r of "responsible", or -1.
func (d *docState) heldEachOther(r, lo int) int {
	h := r - 3
	if h < lo || d.used[h] {
		return -1
	}
	if o := d.toks[r-1].low; !(o == "other" && d.toks[r-2].low == "each" || o == "another" && d.toks[r-2].low == "one") {
		return -1
	}
	if l := d.toks[h].low; l != "held" && l != "holds" && l != "hold" && l != "holding" {
		return -1
	}
	return h
}

// fingerPointed reads "X pointed the finger at Y (for Z)" at the token
// f of "finger": an accusation by X against Y that no reporting verb
// introduces.
func (d *docState) fingerPointed(f, lo, hi int, pq *paraQuotes) {
	h := f - 2
	if d.toks[f].low == "fingers" {
		h = f - 1 // "pointed fingers at each other"
	}
	at := f + 1
	if at < hi && (d.toks[at].low == "back" || d.toks[at].low == "squarely" || d.toks[at].low == "firmly") {
		at++ // "pointed the finger back at Y": the blame returned
	}
	if h < lo || h == f-2 && d.toks[f-1].low != "the" || at+1 >= hi || d.toks[at].low != "at" || d.used[h] {
		return
	}
	if l := d.toks[h].low; l != "pointed" && l != "points" && l != "point" && l != "pointing" {
		return
	}
	if o := d.toks[at+1].low; at+2 < hi && (o == "each" && d.toks[at+2].low == "other" || o == "one" && d.toks[at+2].low == "another") {
		// "A and B pointed the finger (fingers) at each other"
		d.reciprocal(h, at+3, lo, hi, false, pq)
		return
	}
	if d.reportedBefore(lo, h) {
		return
	}
	end := d.clauseEnd(at+1, hi)
	accused := d.actorsIn(at+1, min(end, at+5))
	if len(accused) == 0 {
		return
	}
	spk, s, e, ok := d.blamer(h, lo, accused[0])
	if !ok {
		return
	}
	cont := at + 1
	for cont < end && d.toks[cont].low != "for" && d.toks[cont].low != "over" {
		cont++
	}
	if contentWordsUpTo(d.toks, cont, end, 2) < 2 {
		cont = h // "pointed the finger at Y.": the blame is the claim
	}
	d.used[h] = true
	a := d.newAtt(att{verb: h, class: vAccuse, npS: s, npE: e, contS: cont, contE: end,
		spk: spk, accused: accused[:1], quoteSpan: -1, evS: s})
	d.emit(a, s, end, pq)
}

// reportedBefore reports whether a reporting verb stands in [lo, h):
// the sentence is then read by that verb, not by the blame after it.
func (d *docState) reportedBefore(lo, h int) bool {
	for k := lo; k < h; k++ {
		if d.toks[k].mayReport() {
			return true
		}
	}
	return false
}

// blamer resolves the subject of the verb at h that lays blame on
// accused: it must be a party with a side, and not the accused itself.
func (d *docState) blamer(h, lo int, accused string) (spk speaker, s, e int, ok bool) {
	s, e, as, ae := d.npLeft(h, lo)
	if s < 0 {
		return speaker{}, 0, 0, false
	}
	spk, st := d.resolveNP(s, e, as, ae)
	if st != npOK || spk.side == "" || spk.side == accused {
		return speaker{}, 0, 0, false
	}
	return spk, s, e, true
}

// heldParty reports whether token j ends a party's mention, or a
// party's organ after its possessive ("Velland's army").
func (d *docState) heldParty(j int) bool {
	if m := d.mentAt[j]; m >= 0 && d.ments[m].actor != "" {
		return true
	}
	return j > 0 && d.toks[j].is(fOrgan|fGroup) && d.mentAt[j-1] >= 0 && d.ments[d.mentAt[j-1]].actor != ""
}

// blameLayers are the forms of the verbs that lay the blame on a party:
// "laid the blame on", "put the blame for … on", "pinned the blame on".
var blameLayers = map[string]bool{
	"lay": true, "lays": true, "laid": true, "laying": true, "put": true, "puts": true, "putting": true,
	"place": true, "places": true, "placed": true, "placing": true, "pin": true, "pins": true, "pinned": true,
	"pinning": true,
}

// blameLaid reads "X laid the blame (for Z) on Y" at the token b of
// "blame": an accusation by X against Y that no reporting verb
// introduces. A sentence that reports it is read by its reporting verb.
func (d *docState) blameLaid(b, lo, hi int, pq *paraQuotes) {
	h := b - 2
	if d.used[h] {
		return
	}
	if d.reportedBefore(lo, h) {
		return
	}
	end := d.clauseEnd(b+1, hi)
	on := -1
	for k := b + 1; k < end && k <= b+12; k++ {
		if l := d.toks[k].low; l == "on" || l == "upon" || l == "at" && d.doorOf(k, end) {
			on = k
			break
		}
	}
	if on < 0 {
		return
	}
	accused := d.actorsIn(on+1, end)
	if len(accused) == 0 {
		return
	}
	spk, s, e, ok := d.blamer(h, lo, accused[0])
	if !ok {
		return
	}
	cont, cend := b+1, on
	if contentWordsUpTo(d.toks, cont, cend, 2) < 2 {
		cont, cend = h, end // "laid the blame on Y": the blame is the claim
	}
	d.used[h], d.used[b] = true, true
	a := d.newAtt(att{verb: h, class: vAccuse, npS: s, npE: e, contS: cont, contE: cend,
		spk: spk, accused: accused[:1], quoteSpan: -1, evS: s})
	d.emit(a, s, end, pq)
}

// doorOf reports whether "at" at token k lays blame at a party's door
// or feet: "laid the blame at Oskory's door", "at the door of the
// ministry", "at the feet of the contractor". Another "at" ("at a news
// conference on Monday") is a place or a time.
func (d *docState) doorOf(k, end int) bool {
	for j := k + 1; j < end && j <= k+4; j++ {
		switch d.toks[j].low {
		case "door", "doors", "doorstep", "feet":
			return true
		}
	}
	return false
}

// versionNouns are a party's story of what happened: "In Meridan's
// version, …".
var versionNouns = map[string]bool{"version": true, "account": true, "telling": true, "view": true}

// inVersion matches a counter-account that opens with whose story it is
// ("In Meridan's version, it was the tanker that strayed", "In its
// account, …"): the clause after the comma is that party's. "its" and
// "their" stand for the speaker of the claim before, when it has a side.
func (d *docState) inVersion(lo, hi int) *att {
	n := lo + 1
	for n < hi && n-lo <= 4 && !versionNouns[d.toks[n].low] {
		if t := &d.toks[n]; t.kind != tWord || t.inQ || !t.cap && !t.is(fPron|fDet) {
			return nil
		}
		n++
	}
	if n+2 >= hi || n == lo+1 || !versionNouns[d.toks[n].low] || d.toks[n+1].low != "," || contentWordsUpTo(d.toks, n+2, hi, 3) < 3 {
		return nil
	}
	var spk speaker
	if w := d.toks[lo+1].low; n == lo+2 && (w == "its" || w == "their") {
		if len(d.claims) == 0 || d.claims[len(d.claims)-1].c.Side == "" {
			return nil
		}
		c := &d.claims[len(d.claims)-1].c
		spk = speaker{name: c.Speaker, side: c.Side, inst: !d.claims[len(d.claims)-1].person}
		if !spk.inst {
			return nil
		}
	} else {
		if _, poss := possessiveBase(d.toks[n-1].low); !poss {
			return nil
		}
		actors := d.actorsIn(lo+1, n)
		if len(actors) != 1 {
			return nil
		}
		spk = d.government(actors[0])
	}
	return d.newAtt(att{verb: -1, npS: lo, npE: n, contS: n + 2, contE: hi, spk: spk, quoteSpan: -1, evS: lo})
}

// rivalNouns name the other party of a dispute after "its" or "their":
// "accused its rival of …".
var rivalNouns = map[string]bool{
	"rival": true, "rivals": true, "opponent": true, "opponents": true, "enemy": true, "enemies": true,
	"adversary": true, "adversaries": true, "foe": true, "foes": true, "neighbour": true, "neighbor": true,
}

// rivalOf is the other party of the two the article names most, when
// side is one of them: "its rival" in "the Iron Guard accused its rival
// of …"; nil otherwise.
func (d *docState) rivalOf(side string) []string {
	p := d.salientPair()
	switch {
	case len(p) < 2 || side == "":
		return nil
	case p[0] == side:
		return p[1:2]
	case p[1] == side:
		return p[:1]
	}
	return nil
}

// describedParty is one party of a reciprocal accusation that the
// sentence describes as a state's body in lower case ("Corvania's energy
// regulator and Halvor Power blamed each other") and so files under the
// state, until the article names the body ("The regulator, the Corvanian
// Energy Authority, said"): claims from..to of d.claims, the state and
// the description's head noun.
type describedParty struct {
	from, to    int
	state, head string
}

// noteDescribed records the parties in tokens [s, v) of the reciprocal
// accusations d.claims[n0:] that are a state's body described by a
// possessive and lower-case words ending in an organisation's noun.
func (d *docState) noteDescribed(s, v, n0 int) {
	a, b := d.mentRange(s, v)
	for _, m := range d.ments[a:b] {
		if m.actor == "" {
			continue
		}
		if _, poss := possessiveBase(d.toks[m.j-1].low); !poss && m.j-m.i < 2 {
			continue
		}
		// the description runs on in lower case to "and", a comma or the verb
		k := m.j
		for k < v && k-m.j < 3 && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k].low != "and" {
			k++
		}
		h := &d.toks[k-1]
		if k < v && d.toks[k].low != "and" && d.toks[k].low != "," || h.kind != tWord || h.cap || !orgHeads[h.low] && !companyNouns[h.low] {
			continue
		}
		// last, as it costs most
		if !d.isState(m.actor) {
			continue
		}
		d.described = append(d.described, describedParty{from: n0, to: len(d.claims), state: m.actor, head: h.low})
	}
}

// nameDescribed files the reciprocal accusations of a state's body
// described before it was named (noteDescribed) under the organisation
// the article later names in apposition to the same noun ("the
// regulator, the Corvanian Energy Authority"), when exactly one is.
func (d *docState) nameDescribed() {
	for _, p := range d.described {
		var named *openActor
		for _, o := range d.open {
			if o.state || !slices.Contains(o.descr, p.head) || o.owner != "" && o.owner != p.state {
				continue
			}
			if named != nil {
				named = nil
				break
			}
			named = o
		}
		if named == nil {
			continue
		}
		spk := d.government(named.name)
		for i := p.from; i < p.to && i < len(d.claims); i++ {
			c := &d.claims[i].c
			if c.Side == p.state {
				c.Speaker, c.Side = spk.name, spk.side
			}
			if c.Subject == p.state {
				c.Subject = named.name
			}
		}
	}
}

// nameDescribedSpeakers gives the claims of a speaker known only by an
// organisation's noun, with no side ("the militia that controls the
// town blamed …" in a first paragraph, "The Sabar Revolutionary Council
// … said" in the next), the one organisation of that kind the article
// names (describedOrg).
func (d *docState) nameDescribedSpeakers() {
	// first the bodies "Tessel's drug regulator" names, wherever it
	// stands: "According to the regulator" before it may be them
	for i := range d.claims {
		c := &d.claims[i].c
		w := c.Speaker
		if c.Side != "" || d.claims[i].person || w == "" || w[0] < 'A' || w[0] > 'Z' || !strings.HasSuffix(w, " regulator") && !strings.HasSuffix(w, " watchdog") {
			continue
		}
		if o := d.ownerKindOrg(w); o != nil {
			d.regOwned = append(d.regOwned, o.name)
		}
	}
	for i := range d.claims {
		c := &d.claims[i].c
		w := c.Speaker
		if d.claims[i].person || w == "" {
			continue
		}
		if w[0] >= 'A' && w[0] <= 'Z' {
			if o := d.shortFormOrg(w); o != nil {
				spk := d.government(o.name)
				c.Speaker, c.Side = spk.name, spk.side
			} else if c.Side == "" {
				if j := d.describedSpeakerClaim(i, w); j >= 0 {
					c.Speaker, c.Side = d.claims[j].c.Speaker, d.claims[j].c.Side
				} else if o := d.ownerKindOrg(w); o != nil {
					spk := d.government(o.name)
					c.Speaker, c.Side = spk.name, spk.side
				}
			}
			continue
		}
		if c.Side != "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		mods := ""
		if sp := strings.IndexByte(w, ' '); sp >= 0 && (sp == strings.LastIndexByte(w, ' ') && headNoun(w[sp+1:]) || describedKind(w)) {
			// "A medical charity has accused …" in the lead, "Dunrow Aid
			// said" after, "the election commission says" after the
			// Central Election Commission: news gives the kind first and
			// the name in the next sentences, or the name first and the
			// kind after, and the one body so named is it
			if !headNoun(w[strings.LastIndexByte(w, ' ')+1:]) {
				mods = w[:strings.LastIndexByte(w, ' ')]
			}
			w = w[strings.LastIndexByte(w, ' ')+1:]
		} else if sp >= 0 {
			if last := strings.LastIndexByte(w, ' '); kindOnlyNouns[w[last+1:]] && armedDescr[w[:sp]] == "" && strings.Count(w, " ") <= 2 {
				// "a human-rights group said …" in the lead, "Ashgrove
				// Rights Monitor, an independent human-rights group,
				// said" after: the one organisation the article
				// introduces with that description, modifiers and all
				// (a group's noun alone describes any organisation)
				if o := d.orgIntroducedAs(w); o != nil && o.name != c.Subject {
					spk := d.government(o.name)
					c.Speaker, c.Side = spk.name, spk.side
				}
				continue
			}
			// "the rebel group said", "the separatist militia": an armed
			// group's noun before a group's noun is that noun alone
			if armedDescr[w[:sp]] == "" || !groupNouns[w[sp+1:]] {
				continue
			}
			w = w[:sp]
		}
		if armedDescr[w] == "" && !orgHeads[w] && !companyNouns[w] && !headNoun(w) {
			continue
		}
		if o := d.describedOrg(w); o != nil {
			if !modsFit(mods, w, o) || o.name == c.Subject || (w == "regulator" || w == "watchdog") && !fieldMods(mods) && !d.calledRegulator(o) {
				// a body is not its own accuser: "A medical charity
				// has accused the state agency Kessa Relief"
				continue
			}
			spk := d.government(o.name)
			c.Speaker, c.Side = spk.name, spk.side
		} else if partyHeads[w] {
			if p := d.onePartyLike(); p != "" {
				c.Speaker, c.Side = p, p
			}
		}
	}
}

// orgIntroducedAs returns the one organisation (no state) the article
// names with an apposition that ends in the description descr ("Ashgrove
// Rights Monitor, an independent human-rights group,"), or nil.
func (d *docState) orgIntroducedAs(descr string) *openActor {
	var found *openActor
	for _, o := range d.open {
		if o.state || o.organ {
			continue
		}
		for at := 0; ; {
			i := strings.Index(d.str[at:], o.name+", a")
			if i < 0 {
				break
			}
			at += i + len(o.name) + 2
			end := strings.IndexByte(d.str[at:], ',')
			if end < 0 || end > 80 {
				continue
			}
			app := d.str[at : at+end] // "an independent human-rights group"
			if !strings.HasPrefix(app, "a ") && !strings.HasPrefix(app, "an ") || !strings.HasSuffix(app, " "+descr) {
				continue
			}
			if found != nil && found != o {
				return nil // two so described: which one, the article does not say
			}
			found = o
			break
		}
	}
	return found
}

// fullNames gives the claims of an organisation first named by one word
// alone, with no noun of its kind ("Orsk accused of hiding trial data"
// in a headline), the full name the article gives it later ("Orsk
// Therapeutics"): the one organisation whose name begins with that word
// and ends in its kind's noun. News shortens a body's name to its first
// word in headlines and after naming it whole.
func (d *docState) fullNames() {
	for _, o := range d.open {
		if o.state || o.head != "" || o.owner != "" || o.organ || strings.IndexByte(o.name, ' ') >= 0 {
			continue
		}
		var full *openActor
		for _, f := range d.open {
			if f == o || f.state || f.head == "" || f.owner != "" || f.organ || len(f.name) <= len(o.name)+1 || f.name[len(o.name)] != ' ' || !strings.HasPrefix(f.name, o.name) {
				continue
			}
			if !isUpperASCII(f.name[len(o.name)+1]) || stateOrgans[f.head] {
				// "Velland police", "the Velland Army": a place's or a
				// state's organ, which the word alone is not
				continue
			}
			if full != nil {
				full = nil // two bodies begin so: which one, the article does not say
				break
			}
			full = f
		}
		if full == nil {
			continue
		}
		spk := d.government(full.name)
		for i := range d.claims {
			c := &d.claims[i].c
			if c.Speaker == o.name {
				c.Speaker = spk.name
			}
			if c.Side == o.name {
				c.Side = spk.side
			}
			if c.Subject == o.name {
				c.Subject = full.name
			}
		}
	}
}

// agencyNouns end the description of a public agency, and the name of
// one: "the regulator", "Tessa's drug regulator", "the Tessa Medicines
// Authority".
var agencyNouns = map[string]bool{"regulator": true, "watchdog": true, "authority": true, "agency": true, "inspectorate": true, "registry": true}

// nameAgencySpeakers gives a claim whose speaker is an agency described
// by its noun, with no side ("Tessa's drug regulator accused the company
// …", "According to the regulator, …", a headline's "Tessa regulator
// accuses …"), the one agency the article names ("The Tessa Medicines
// Authority said …"): news describes the regulator first and names it
// a sentence later. A capitalised word before the noun is the first
// word of that name; with two such agencies, or none, nothing changes.
func (d *docState) nameAgencySpeakers() {
	for i := range d.claims {
		c := &d.claims[i].c
		if c.Side != "" || d.claims[i].person || c.Speaker == "" {
			continue
		}
		w := c.Speaker
		last := w[strings.LastIndexByte(w, ' ')+1:]
		if !agencyNouns[last] {
			continue
		}
		first, field := "", ""
		if w[0] >= 'A' && w[0] <= 'Z' {
			first, field, _ = strings.Cut(w, " ")
			first = trimPossessive(first)
			field = strings.TrimSuffix(strings.TrimSuffix(field, last), " ")
		}
		regulator := last == "regulator" || last == "watchdog"
		var named *openActor
		blocked := false
		for _, o := range d.open {
			// a commission or board is a regulator too (regulatorHeads):
			// beside one, "the regulator" names neither
			l := strings.ToLower(o.name[strings.LastIndexByte(o.name, ' ')+1:])
			if o.state || !agencyNouns[l] && !regulatorHeads[l] {
				continue
			}
			if !agencyNouns[l] {
				blocked = true // a commission or board is no agency's name, but makes "the regulator" ambiguous
				continue
			}
			if first != "" && !strings.HasPrefix(o.name, first+" ") {
				continue
			}
			if named != nil {
				named = nil
				break
			}
			named = o
		}
		if blocked || named != nil && regulator && (first == "" && !d.calledRegulator(named) || first != "" && !fieldFitsAll(field, named)) {
			// "The regulator said" beside the Saltmere Harbour Authority
			// alone; "Velland's drug regulator" beside the Velland
			// Broadcasting Authority: neither is it (and beside two
			// agencies, neither still, though one fits)
			named = nil
		}
		if named == nil && first == "" {
			continue
		}
		if named != nil {
			spk := d.government(named.name)
			c.Speaker, c.Side = spk.name, spk.side
		}
	}
}

// fieldFitsAll reports whether every field word of a regulator's
// description fits open body o (regulatorFieldFits).
func fieldFitsAll(field string, o *openActor) bool {
	for m := range strings.FieldsSeq(field) {
		if !regulatorFieldFits(m, o) {
			return false
		}
	}
	return true
}

// describedKind reports whether the lower-case speaker w is a body's
// kind noun after one or two modifiers ("election commission", "ruling
// party", "the pipeline's operator"), that stands for the one body of
// the kind the article names (describedOrg): not an armed group's
// description, a state's organ, or a noun any group takes ("the
// nation's largest gun group", "a network").
func describedKind(w string) bool {
	last := strings.LastIndexByte(w, ' ')
	if strings.Count(w, " ") > 2 || armedDescr[w[:strings.IndexByte(w, ' ')]] != "" {
		return false
	}
	noun := w[last+1:]
	if kindOnlyNouns[noun] || noun == "network" || stateOrgans[noun] {
		return false
	}
	if companyRef(noun) && noun != "company" && noun != "firm" && !strings.Contains(w[:last], "'s") && !strings.Contains(w[:last], "’s") {
		// "the crane operator", "a building contractor": a trade a
		// person plies too; "the pipeline's operator", "the province's
		// grid operator" are companies
		return false
	}
	return companyNouns[noun] || orgHeads[noun]
}

// onePartyLike returns the one party, alliance, movement or front the
// article names, as an organisation of its own or as a side its claims
// speak for, whatever its name's noun: "the party" and "the movement"
// call any of them ("The rebels issued a statement. The movement says
// …" of the Tarn Hills Front, "… an organiser for the Alliance for a
// Free Tarvia … The party alleged …"); "" when there is none or more.
func (d *docState) onePartyLike() string {
	one := ""
	add := func(name string) bool {
		if name == one {
			return true
		}
		if one != "" {
			return false
		}
		one = name
		return true
	}
	for _, o := range d.open {
		if !o.state && o.owner == "" && !o.organ && partyHeads[o.head] && !add(o.name) {
			return ""
		}
	}
	for i := range d.claims {
		side := d.claims[i].c.Side
		if side == "" || side == one {
			continue
		}
		for f := range strings.FieldsSeq(side) {
			if f[0] >= 'A' && f[0] <= 'Z' && partyHead(f) {
				if !add(side) {
					return ""
				}
				break
			}
		}
	}
	return one
}

// partyHead is partyHeads[strings.ToLower(f)], lowered in a buffer on
// the stack: the keys are lower-case ASCII of at most 9 bytes, so a
// longer word is none, and a word with a byte past ASCII, which
// strings.ToLower would fold to no ASCII letter of a key (the Kelvin
// sign's k is in none), is none either.
func partyHead(f string) bool {
	var buf [16]byte
	if len(f) > len(buf) {
		return false
	}
	for i := 0; i < len(f); i++ {
		if f[i] >= utf8.RuneSelf {
			return false
		}
		buf[i] = lowerByte(f[i])
	}
	return partyHeads[string(buf[:len(f)])]
}

// nameMemberSpeakers gives a claim whose speaker is a body's members,
// with no side ("Kelby pit miners", or a place the sentence gives them:
// "Fishermen in Porth Elin have accused …"), the one organisation the
// article names after them ("the Kelby Miners' Union", "the Elin Coast
// Fishermen's Co-operative"): news writes the members first and their
// body's name a paragraph later.
func (d *docState) nameMemberSpeakers() {
	for i := range d.claims {
		c := &d.claims[i].c
		if c.Side != "" && c.Side != c.Speaker || d.claims[i].person || c.Speaker == "" {
			continue
		}
		w := c.Speaker[strings.LastIndexByte(c.Speaker, ' ')+1:]
		if c.Side != "" && (w[0] < 'A' || w[0] > 'Z') {
			continue // an organisation of its own: "the ferry operators"
		}
		if w[0] >= 'A' && w[0] <= 'Z' {
			// a place: the members are the sentence's first word before
			// "in", "at" or "from" and the place
			f, rest, ok := strings.Cut(c.Text, " ")
			if !ok {
				continue
			}
			p, rest, ok := strings.Cut(rest, " ")
			if !ok || p != "in" && p != "at" && p != "from" || !strings.HasPrefix(rest, c.Speaker) {
				continue
			}
			w = f
		}
		if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "men") || len(w) < 4 {
			continue
		}
		if o := d.membersBody(w); o != nil {
			spk := d.government(o.name)
			c.Speaker, c.Side = spk.name, spk.side
		}
	}
}

// membersBody returns the one organisation the article names whose name
// holds the plural w in the possessive ("Miners'", "Fishermen's"), or
// nil when none or more than one does.
func (d *docState) membersBody(w string) *openActor {
	var found *openActor
	for _, o := range d.open {
		if o.state {
			continue
		}
		for f := range strings.FieldsSeq(o.name) {
			b, ok := strings.CutSuffix(f, "'s")
			if !ok {
				b, ok = strings.CutSuffix(f, "'")
			}
			if !ok || !strings.EqualFold(b, w) {
				continue
			}
			if found != nil && found != o {
				return nil
			}
			found = o
		}
	}
	return found
}

// nameFirmSpeakers gives a claim whose speaker is "the company" or "the
// firm", left with no side because the article opened no organisation
// whose name ends in a trade's noun ("Grelton Quarries", "Tessa Cargo"),
// the firm quoted last before it: news says "Grelton rejected the
// account. The company said …" of the business it has just quoted. Only
// the last claim not by a person is read, and only a name of capitalised
// words ending in no public body's noun ("council", "ministry") is a
// firm's. Any other bare noun left as a speaker is the one the article
// titled with it (titledBefore).
func (d *docState) nameFirmSpeakers() {
	var untitled [8]string // nouns the text never writes before a capital: not read again
	nu := 0
	// titledAs's answers for a noun of word bytes and a claim's speaker:
	// every claim by the same bare noun asks them again (titledBefore
	// says such a noun titled, so untitled never holds it)
	var memo titledMemo
	for i := range d.claims {
		c := &d.claims[i].c
		if c.Side != "" || c.Speaker == "" || c.Speaker[0] < 'a' || c.Speaker[0] > 'z' || strings.IndexByte(c.Speaker, ' ') >= 0 {
			continue
		}
		if !companyRef(c.Speaker) {
			if slices.Contains(untitled[:nu], c.Speaker) {
				continue
			}
			n, titled := d.titledBefore(c.Speaker, i, &memo)
			if n != "" {
				c.Speaker = n
			} else if !titled && nu < len(untitled) {
				untitled[nu] = c.Speaker
				nu++
			}
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := &d.claims[j]
			if q := d.personIdx[p.c.Speaker]; q != nil && (q.role != "" || q.gender != 0 || q.title != "") {
				// someone described, titled or called he or she: a
				// person, whom "the company" is not
				continue
			}
			if firmName(p.c.Speaker) && (p.c.Side == "" || p.c.Side == p.c.Speaker) {
				c.Speaker, c.Side = p.c.Speaker, p.c.Side
			}
			break
		}
	}
}

// titledBefore returns the speaker of a claim before claim i whose name
// the article wrote with the noun w before it as a title ("promoter
// Kestra Events said …", "actress Dana Vell said …"): "the promoter
// said" later is that speaker, not one named "promoter"; "" when none,
// and titled false when the text never writes w before a capital. It
// searches the view's text: a claim's tokens are gone by now.
func (d *docState) titledBefore(w string, i int, memo *titledMemo) (name string, titled bool) {
	t := d.c.text
	if allWordBytes(w) {
		return d.titledSpeaker(w, i, memo), true
	}
	best, bestJ := "", -1
	// one pass over the text for the noun, each occurrence before a
	// capital tried against the claims' speakers
	for k := range foldHits(t, w) {
		off := k + len(w)
		if k > 0 && wordByte[t[k-1]] || off+1 >= len(t) || t[off] != ' ' || t[off+1] < 'A' || t[off+1] > 'Z' {
			continue
		}
		titled = true
		rest := t[off+1:]
		for j := i - 1; j > bestJ; j-- {
			c := &d.claims[j].c
			n := c.Speaker
			if len(rest) < len(n) || string(rest[:len(n)]) != n || len(rest) > len(n) && wordByte[rest[len(n)]] {
				continue
			}
			if (c.Side == "" || c.Side == n) && firmName(n) {
				best, bestJ = n, j
				break
			}
		}
	}
	return best, titled
}

// titledSpeaker is titledBefore's name for a noun w of word bytes
// only, found from the claims' side: the latest claim before claim i
// whose speaker, a firm's name, the text writes after w as a title.
// Searching the text for each speaker's name (capitalised, rarely
// written, an exact search) costs a fraction of searching it for every
// case of w (a common noun whose first letter is everywhere), which was
// most of the cost of naming firms. Of w's occurrences the search takes
// those that overlap no other, which a noun of word bytes never passes
// as a title (the byte before it is a letter), so every title is
// found. Whether the text titles anyone with w at all is not learnt:
// the caller is told it does, and asks again for a later claim: memo
// keeps titledAs's answers for the claims after.
func (d *docState) titledSpeaker(w string, i int, memo *titledMemo) string {
	t := d.str          // the view's text, as a string
	var tried [8]string // names the text never writes after w
	nt := 0
	m := memo.slot(w)
	for j := i - 1; j >= 0; j-- {
		c := &d.claims[j].c
		n := c.Speaker
		if n == "" || n[0] < 'A' || n[0] > 'Z' || c.Side != "" && c.Side != n || slices.Contains(tried[:nt], n) {
			continue
		}
		ok, known := memo.get(m, j)
		if !known {
			ok = titledAs(t, w, n)
			memo.set(m, j, ok)
		}
		if ok {
			if firmName(n) {
				return n
			}
		} else if nt < len(tried) {
			tried[nt] = n
			nt++
		}
	}
	return ""
}

// titledMemo keeps, for the first few bare nouns of one document,
// titledAs's answer for the speaker of each of the first 256 claims: a
// bit that it was asked and one that it was yes. A claim's speaker is
// final before a later claim asks of it (nameFirmSpeakers names the
// claims in order, and titledSpeaker reads only the earlier ones), and
// titledAs is pure, so an answer kept is the one asked again.
type titledMemo struct {
	w         [4]string
	asked, ok [4][4]uint64
	n         int
}

// slot returns w's row of m, giving it one if one is free, else -1.
func (m *titledMemo) slot(w string) int {
	for k := range m.n {
		if m.w[k] == w {
			return k
		}
	}
	if m.n == len(m.w) {
		return -1
	}
	m.w[m.n] = w
	m.n++
	return m.n - 1
}

// get returns the answer row k keeps for claim j, and whether it keeps one.
func (m *titledMemo) get(k, j int) (ok, known bool) {
	if k < 0 || j >= 64*len(m.asked[0]) {
		return false, false
	}
	b := uint64(1) << (j % 64)
	return m.ok[k][j/64]&b != 0, m.asked[k][j/64]&b != 0
}

// set keeps ok as row k's answer for claim j, where it has room.
func (m *titledMemo) set(k, j int, ok bool) {
	if k < 0 || j >= 64*len(m.asked[0]) {
		return
	}
	b := uint64(1) << (j % 64)
	m.asked[k][j/64] |= b
	if ok {
		m.ok[k][j/64] |= b
	}
}

// titledAs reports whether t writes the noun w (any case) as a title
// before name: w as a whole word, a space, then name as whole words.
func titledAs(t, w, name string) bool {
	for from := 0; ; {
		p := strings.Index(t[from:], name)
		if p < 0 {
			return false
		}
		p += from
		from = p + 1
		if e := p + len(name); e < len(t) && wordByte[t[e]] {
			continue
		}
		k := p - 1 - len(w)
		if k < 0 || t[p-1] != ' ' || k > 0 && wordByte[t[k-1]] || !hasPrefixFold(t[k:], w) {
			continue
		}
		return true
	}
}

// allWordBytes reports whether every byte of w is a word's (wordByte).
func allWordBytes(w string) bool {
	for i := 0; i < len(w); i++ {
		if !wordByte[w[i]] {
			return false
		}
	}
	return true
}

// firmName reports whether name is written as a business's name: two to
// four capitalised words, the last no organisation's noun but a trade's
// ("Dorrow Works", "Tessa Cargo"; not "Harlby Parish Council").
func firmName(name string) bool {
	n := 0
	for w := range strings.FieldsSeq(name) {
		if n++; n > 4 || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if n < 2 || strings.EqualFold(last, "government") || strings.EqualFold(last, "officials") {
		return false
	}
	last = strings.ToLower(last) // only for the rare "the company" claim
	return (!orgHeads[last] || companyHeads[last]) && !stateOrgans[last]
}

// shortFormOrg returns the one organisation the article has named whose
// head noun is the single capitalised word w: "the Guard said" after
// "the Orsk Valley Guard". A noun that names a state's body as well
// ("Army", "Police") is left to the state, and an organisation a state
// owns or runs is no short form's; nil when none or more than one.
func (d *docState) shortFormOrg(w string) *openActor {
	if strings.IndexByte(w, ' ') >= 0 {
		return nil
	}
	lw := strings.ToLower(w)
	if lw == w || !orgHeads[lw] || stateNouns[lw] {
		return nil
	}
	var found *openActor
	for _, o := range d.open {
		if o.state || o.head != lw {
			continue
		}
		if found != nil || o.owner != "" || o.organ {
			return nil
		}
		found = o
	}
	return found
}

// describedSpeakerClaim returns another claim whose speaker is the body
// that claim i's speaker w describes in sentence case, only its first
// word capitalised ("Dockers' union accuses …", "Coast guard says …" in
// a headline or a standfirst, written before the body names the
// National Dock Workers' Union or the Valdurnian coast guard): the
// claims of bodies whose name ends in w's last word, an organisation's
// noun, when all of them speak for one side; else -1. A headline calls a
// party by its kind and leaves its name to the body.
func (d *docState) describedSpeakerClaim(i int, w string) int {
	sp := strings.LastIndexByte(w, ' ')
	if sp < 0 {
		return -1
	}
	head := w[sp+1:]
	if !orgHeads[head] && !companyNouns[head] {
		return -1
	}
	if first := strings.ToLower(w[:strings.IndexByte(w, ' ')]); npDeterminers[first] || countDets[first] {
		// "Each company now says …" is both parties, not one
		return -1
	}
	for f := range strings.FieldsSeq(w[strings.IndexByte(w, ' ')+1:]) {
		if f[0] < 'a' || f[0] > 'z' {
			return -1 // a name in title case: "Coast Guard"
		}
	}
	found := -1
	for j := range d.claims {
		p := &d.claims[j]
		n := p.c.Speaker
		if j == i || p.person || p.c.Side == "" || len(n) <= len(head) || n[len(n)-len(head)-1] != ' ' || !strings.EqualFold(n[len(n)-len(head):], head) ||
			!kindWordsIn(w[:sp], n) {
			continue
		}
		if found >= 0 && d.claims[found].c.Side != p.c.Side {
			return -1
		}
		if found < 0 {
			found = j
		}
	}
	return found
}

// ownerKindOrg returns the one organisation of the kind speaker w's
// last word names whose name begins with w's first, capitalised word
// ("Tessel's drug regulator", "Tessel regulator" in a headline, for the
// Tessel Medicines Authority the article names after): news calls a
// body by its place or owner and its kind before it names it; nil when
// no such or more than one.
func (d *docState) ownerKindOrg(w string) *openActor {
	sp, last := strings.IndexByte(w, ' '), strings.LastIndexByte(w, ' ')
	if sp < 0 {
		return nil
	}
	kind := w[last+1:]
	if !orgHeads[kind] && !headNoun(kind) || stateNouns[kind] {
		return nil
	}
	for f := range strings.FieldsSeq(w[sp:]) {
		if f[0] < 'a' || f[0] > 'z' {
			return nil // a name in title case
		}
	}
	first := trimPossessive(w[:sp])
	if first == "" || first[0] < 'A' || first[0] > 'Z' || npDeterminers[strings.ToLower(first)] {
		return nil
	}
	o := d.describedOrg(kind)
	if o == nil || len(o.name) <= len(first) || o.name[len(first)] != ' ' || !strings.HasPrefix(o.name, first) {
		return nil
	}
	if (kind == "regulator" || kind == "watchdog") && !fieldFitsAll(w[sp:last], o) {
		return nil
	}
	return o
}

// regulatorFields are the fields a regulator's name holds ("the
// Tessel Medicines Authority", "the Orvel Energy Board"), and
// fieldAliases the words news uses for the same field before
// "regulator" ("Tessel's drug regulator"). A harbour, broadcasting or
// port authority runs something; it is no one's "regulator" unless the
// article calls it so.
var regulatorFields = map[string]bool{
	"medicines": true, "health": true, "energy": true, "banking": true, "financial": true, "securities": true, "aviation": true,
	"competition": true, "food": true, "nuclear": true, "environment": true, "environmental": true, "communications": true,
	"telecommunications": true, "gambling": true, "gaming": true, "insurance": true, "markets": true, "conduct": true,
}

var fieldAliases = map[string]string{
	"drug": "medicines", "drugs": "medicines", "medicine": "medicines", "medical": "medicines", "pharmaceutical": "medicines",
	"power": "energy", "electricity": "energy", "gas": "energy", "bank": "banking", "banks": "banking", "finance": "financial",
	"telecoms": "communications", "telecom": "communications", "media": "communications", "market": "markets", "environment": "environmental",
	"atomic": "nuclear", "betting": "gambling",
}

func fieldOf(w string) string {
	w = strings.ToLower(w)
	if a := fieldAliases[w]; a != "" {
		return a
	}
	return w
}

// regulatorFieldFits reports whether the field word m before
// "regulator" ("drug", "energy") fits open body o: its name holds it
// or its alias ("drug" for "Medicines"), or the article described it
// so. "Velland's drug regulator" is no Velland Broadcasting Authority.
func regulatorFieldFits(m string, o *openActor) bool {
	if kindWordsIn(m, o.name) || slices.Contains(o.descr, m) {
		return true
	}
	f := fieldOf(m)
	for w := range strings.FieldsSeq(o.name) {
		if fieldOf(w) == f {
			return true
		}
	}
	return false
}

// calledRegulator reports whether the bare "the regulator" may stand
// for open body o: the article called it a regulator or watchdog, an
// owner-and-kind mention ("Tessel's drug regulator") resolved to it, or
// its name holds a regulator's field ("Medicines", "Energy"). A
// harbour authority beside a fined company is not "the regulator" that
// fined it.
func (d *docState) calledRegulator(o *openActor) bool {
	if o.head == "regulator" || o.head == "watchdog" || slices.Contains(o.descr, "regulator") || slices.Contains(o.descr, "watchdog") || slices.Contains(d.regOwned, o.name) {
		return true
	}
	if slices.ContainsFunc(o.descr, func(w string) bool { return companyNouns[w] && w != "agency" }) {
		// "the Orvel Energy Agency, the state-owned power company": a
		// body the article calls a company, a firm or an operator is
		// what a regulator oversees, whatever field its name holds
		return false
	}
	for w := range strings.FieldsSeq(o.name) {
		if regulatorFields[fieldOf(w)] {
			return true
		}
	}
	return false
}

// regulatorHeads end the names of bodies news calls "the regulator":
// "the Tessel Medicines Authority", "the Ostmarr Medicines Board".
var regulatorHeads = map[string]bool{
	"authority": true, "agency": true, "commission": true, "inspectorate": true, "board": true, "regulator": true, "watchdog": true,
}

// kindWordsIn reports whether every word of mods (the kind's words
// before its noun: "Dockers'", "Coast") starts, by its first four
// letters, a word of name ("National Dock Workers' Union"): "Insurance
// company" is no "Norvik Shipping Company".
func kindWordsIn(mods, name string) bool {
	for m := range strings.FieldsSeq(mods) {
		m = strings.Trim(m, "'’")
		if len(m) > 4 {
			m = m[:4]
		}
		ok := false
		for f := range strings.FieldsSeq(name) {
			if len(f) >= len(m) && strings.EqualFold(f[:len(m)], m) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// describedOrg returns the one organisation the article has named that
// a noun w describes: the one it calls by that noun ("militia", "union",
// "company"), or, for an armed group's noun when it calls none so, the
// one organisation that is neither a state, a state's body nor a
// company; nil when there is none or more than one.
func (d *docState) describedOrg(w string) *openActor {
	if companyNouns[w] {
		// "the grid operator" after "the operator, Tarnel Power
		// Distribution," beside a software firm: the body the article
		// called so, before any company that might be one
		if o := d.soleOpen(func(o *openActor) bool { return o.head == w || slices.Contains(o.descr, w) }); o != nil {
			return o
		}
	}
	armed := armedDescr[w]
	var named, loose *openActor
	nNamed, nLoose := 0, 0
	for _, o := range d.open {
		if o.state {
			continue
		}
		if o.head == w || headKind(o, w) || slices.Contains(o.descr, w) || armed != "" && slices.Contains(o.descr, armed) || companyNouns[w] && companyHeads[o.head] || w == "regulator" && regulatorHeads[o.head] {
			named, nNamed = o, nNamed+1
		}
		if armed != "" && !companyHeads[o.head] && !companyNouns[o.head] && o.owner == "" {
			loose, nLoose = o, nLoose+1
		}
	}
	switch {
	case nNamed == 1:
		return named
	case nNamed == 0 && nLoose == 1:
		return loose
	case nNamed == 0 && nLoose > 1:
		// beside a charity, a council or a battalion the article also
		// names, "the rebels" are the one group whose name is an armed
		// movement's ("… Front", "… Brigade", "… Liberation Council");
		// two such stay apart
		loose, nLoose = nil, 0
		for _, o := range d.open {
			if !o.state && o.owner == "" && armedName(o) {
				loose, nLoose = o, nLoose+1
			}
		}
		if nLoose == 1 {
			return loose
		}
		// none: the group whose name holds the place the article's
		// armed descriptions named ("Orm gunmen")
		return d.armedPlaceOrg()
	}
	return nil
}

// insurgentWords in an organisation's name mark an armed movement
// whatever its head noun: "the Dask Liberation Council".
var insurgentWords = []string{"Liberation", "Revolutionary", "Resistance", "Rebel", "Insurgent", "Independence", "Patriotic"}

// armedName reports whether open organisation o is named as an armed
// movement: by its head noun ("front", "brigade", "militia") or a word
// of insurgency in its name.
func armedName(o *openActor) bool {
	if movementHeads[o.head] {
		return true
	}
	for w := range strings.FieldsSeq(o.name) {
		if slices.Contains(insurgentWords, w) {
			return true
		}
	}
	return false
}

// eachDescribed reads, before "each" at e and its auxiliary, a subject
// of two organisations described by their nouns and joined by "and"
// ("the port authority and the firm it hires to dredge the channel,
// Y, are each blaming the other"), and returns where it starts, or -1.
func (d *docState) eachDescribed(e, lo int) (start, first int, named string) {
	k := e - 1
	for k > lo && e-k <= 2 && d.toks[k].is(fAux) {
		k--
	}
	if k == e-1 {
		return -1, -1, ""
	}
	for a := k; a > lo+1 && k-a < 20; a-- {
		t := &d.toks[a]
		if t.inQ || t.kind == tQuote || t.kind == tPunct && t.low != "," || t.is(fSpeech) {
			return -1, -1, ""
		}
		if t.low != "and" {
			continue
		}
		if a+2 > k || d.toks[a+1].low != "the" || !d.orgNoun(a+2) || !d.orgNoun(a-1) {
			return -1, -1, ""
		}
		// "the [describing words] noun" before "and", "the" at most
		// three words before the noun
		if s := d.describedParty(a-1, lo); s >= 0 && a-s <= 4 {
			return s, a - 1, d.eachNamed(a+2, k)
		}
		return -1, -1, ""
	}
	return -1, -1, ""
}

// mixedPair reads the subject of the reciprocal verb at v as one party
// named and one described by its noun, joined by "and": "the regulator
// and Skyvale Airways", "Skyvale Airways and the aviation regulator",
// "the mining company and the Lisvane provincial government". News
// names the second party of a dispute so once the article has named it
// ("the Civil Aviation Board, the country's aviation regulator"). s and
// actors are what pairSubject found: a walk that stopped at "and" with
// one actor after it, or none. It returns the subject's start and the
// two parties, the described one a placeholder (describedLater), or -1.
func (d *docState) mixedPair(s, v, lo int, actors []string) (int, []string) {
	j := d.skipBack(v-1, lo)
	if j <= lo {
		return -1, nil
	}
	if len(actors) == 1 && s < j && d.toks[s].low == "and" {
		// the described party first: the walk stopped at its noun
		if k := d.describedParty(s-1, lo); k >= 0 {
			return k, []string{describedLater + d.toks[s-1].low, actors[0]}
		}
		return -1, nil
	}
	if len(actors) > 0 {
		return -1, nil
	}
	// the named party first: "X and the [modifiers] noun"
	k := d.describedParty(j, lo)
	if k < 0 || k-1 <= lo || d.toks[k-1].low != "and" {
		return -1, nil
	}
	m := d.mentAt[k-2]
	if m < 0 || d.ments[m].actor == "" || d.ments[m].j != k-1 {
		return -1, nil
	}
	start := d.ments[m].i
	if start-1 >= lo && d.toks[start-1].low == "the" {
		start--
	}
	if start != lo && !d.toks[start-1].is(fTime|fPrep) && d.toks[start-1].low != "," {
		return -1, nil // the name ends a longer phrase: "rivals of X and the …"
	}
	return start, []string{d.ments[m].actor, describedLater + d.toks[j].low}
}

// stateArmedPair reads the subject of the reciprocal verb at v as a
// state and an armed group described by its noun, joined by "and": "the
// government and separatist fighters in the breakaway Orm region", "the
// rebels and the army". Wire copy names a war's two sides so before it
// names the group; the group is the one armed organisation the article
// names (describedLater, resolved by describedOrg at finish: none or two
// drop the pair). It returns the subject's start and the two parties,
// or -1.
func (d *docState) stateArmedPair(v, lo int) (int, []string) {
	j := d.skipBack(v-1, lo)
	if j < lo {
		return -1, nil // the verb opens the sentence: no subject before it
	}
	end := j
	// a place after the group: "fighters in the breakaway Orm region",
	// "militants from the north"
	for k := j; k > lo && j-k < 7; k-- {
		t := &d.toks[k]
		if t.kind != tWord || t.is(fSpeech|fAux|fRecip) {
			break
		}
		if (t.low == "in" || t.low == "from") && k-1 > lo && armedDescr[d.toks[k-1].low] != "" {
			j = k - 1
			break
		}
	}
	// the state's mention ending at e: "the government", "Orm's army"
	state := func(e int) (int, string) {
		if e < lo {
			return -1, ""
		}
		m := d.mentAt[e]
		if m < 0 || d.ments[m].j != e+1 || !d.isState(d.ments[m].actor) {
			return -1, ""
		}
		s := d.ments[m].i
		if s-1 >= lo && d.toks[s-1].low == "the" {
			s--
		}
		return s, d.ments[m].actor
	}
	// the armed group's noun phrase ending at n: "[the] [separatist]
	// fighters"; its start, or -1
	armed := func(n int) int {
		t := &d.toks[n]
		if t.kind != tWord || t.cap || armedDescr[t.low] == "" || !strings.HasSuffix(t.low, "s") && t.low != "militiamen" {
			return -1
		}
		k := n
		for k-1 >= lo && n-k < 2 && (armedDescr[d.toks[k-1].low] != "" || premodifier(&d.toks[k-1]) && d.toks[k-1].low != "and") {
			k--
		}
		if k-1 >= lo && d.toks[k-1].low == "the" {
			k--
		}
		return k
	}
	var s int
	var actors []string
	if a := armed(j); a > lo && d.toks[a-1].low == "and" {
		// "the government and the rebels"
		st, name := state(a - 2)
		if st < 0 {
			return -1, nil
		}
		s, actors = st, []string{name, describedLater + d.toks[j].low + d.placeIn(a, end+1)}
	} else if e := j; e > lo {
		// "the rebels and the government" (state reads only a mention
		// that ends at e)
		st, name := state(e)
		if st <= lo || d.toks[st-1].low != "and" || st-2 < lo {
			return -1, nil
		}
		a := armed(st - 2)
		if a < 0 {
			return -1, nil
		}
		s, actors = a, []string{describedLater + d.toks[st-2].low + d.placeIn(a, st-1), name}
	} else {
		return -1, nil
	}
	// the subject opens its clause: the sentence, a time or place
	// before it, ", and", or a relative adverb after a comma ("…
	// in the highlands, where the government and the rebels have long
	// blamed each other")
	if s != lo && !d.toks[s-1].is(fTime|fPrep) && d.toks[s-1].low != "," &&
		!(d.toks[s-1].low == "and" && s-2 >= lo && d.toks[s-2].low == ",") &&
		!((d.toks[s-1].low == "where" || d.toks[s-1].low == "when") && s-2 >= lo && d.toks[s-2].low == ",") {
		return -1, nil
	}
	return s, actors
}

// placeIn returns the first capitalised word inside [i, e) after a
// space, the place an armed group's description names ("fighters in the
// breakaway Orm region": " Orm"), or "": describedPlaceOrg reads it.
func (d *docState) placeIn(i, e int) string {
	for k := i; k < e; k++ {
		if t := &d.toks[k]; t.kind == tWord && t.cap && !t.is(fDet) {
			d.noteArmedPlace(d.str[t.s:t.e])
			return " " + d.str[t.s:t.e]
		}
	}
	return ""
}

// describedPlaceOrg returns the one organisation, neither a state nor
// owned, whose name holds the place word an armed group's description
// names ("fighters in the breakaway Orm region": the Orm People's
// Guard), as the group's name carries its region's; nil when none or
// more than one.
func (d *docState) describedPlaceOrg(place string) *openActor {
	var found *openActor
	for _, o := range d.open {
		if o.state || o.owner != "" || o.name == place || !slices.Contains(strings.Fields(o.name), place) {
			continue
		}
		if found != nil {
			return nil
		}
		found = o
	}
	return found
}

// describedParty returns where "the [modifiers] noun" ending at token n
// starts, n an organisation's noun in lower case ("the aviation
// regulator", "the mining company"), or -1.
func (d *docState) describedParty(n, lo int) int {
	if n <= lo || !d.orgNoun(n) {
		return -1
	}
	for k := n - 1; k >= lo && n-k <= 4; k-- {
		if d.toks[k].low == "the" {
			return k
		}
		if !d.describingWord(k) {
			return -1
		}
	}
	return -1
}

// eachSide reports whether token k ends "each side", "each group",
// "each party": one of two parties, the subject of "… saying the other".
func (d *docState) eachSide(k, lo int) bool {
	if k-1 < lo || d.toks[k-1].low != "each" {
		return false
	}
	switch d.toks[k].low {
	case "side", "group", "party", "camp", "government", "country", "company", "militia":
		return true
	}
	return false
}

// pairNoun prefixes the placeholder sides of a reciprocal accusation
// between two parties described by their nouns ("the company that built
// the dam and the agency that runs it"): "company|agency", then which of
// the two. finish resolves each noun to its own organisation (nounPair).
const pairNoun = "\x00pnoun"

// pairNouns returns the nouns of the two parties of a described pair in
// [k, e) ("the company that chartered the tanker and the agency that
// runs the port": company, agency), or "" when either is no party's noun
// (the resort's owner is described by what it owns: pairOwned).
func (d *docState) pairNouns(k, e int) (string, string) {
	var nouns [2]string
	n := 0
	for j := k; j < e && n < 2; j++ {
		t := &d.toks[j]
		if t.low == "and" && n == 0 {
			return "", ""
		}
		if d.partyNoun(j) && (j+1 >= e || !d.toks[j+1].is(fOrg) || d.toks[j+1].low == "that") {
			nouns[n] = t.low
			n++
			// the rest of its phrase, up to "and": a relative clause
			for j+1 < e && d.toks[j+1].low != "and" {
				j++
			}
		}
	}
	if n < 2 || nouns[0] == nouns[1] {
		return "", ""
	}
	return nouns[0], nouns[1]
}

// nounPair resolves the two nouns of a described pair to two distinct
// organisations the article names: for each, the one called by that noun
// (its head, its description, or a company's noun for a company),
// the most named, ties to the first named; nil when either has none.
func (d *docState) nounPair(w1, w2 string) []string {
	pick := func(w, not string, loose bool) string {
		best := ""
		for _, o := range d.open {
			if o.state || o.name == not {
				continue
			}
			fits := o.head == w || o.head == w+"s" || slices.Contains(o.descr, w) ||
				loose && companyNouns[w] && w != "agency" && w != "group" && companyHeads[o.head] && !publicAgency(o)
			if !fits {
				continue
			}
			if x, y := d.actorTallyOf(o.name), d.actorTallyOf(best); best == "" || x.n > y.n || x.n == y.n && x.first < y.first {
				best = o.name
			}
		}
		return best
	}
	// a noun the article called one of them by first ("the contractor,
	// Stellbrook Track Services,"), then a company's noun for any
	// company ("the operator"): the most named company is no operator
	// when the article called it the contractor
	a, b := pick(w1, "", false), pick(w2, "", false)
	if a == b {
		a, b = "", ""
	}
	if a == "" {
		a = pick(w1, b, true)
	}
	if b == "" {
		b = pick(w2, a, true)
	}
	if a == "" || b == "" {
		return nil
	}
	return []string{a, b}
}

// describedLater prefixes the placeholder of a reciprocal accusation's
// party described by its noun ("the town council") and named later;
// finish (fillPairs) gives it the one organisation the article calls so.
const describedLater = "\x00descr"

// accusedLater prefixes the placeholder accused of a charge against an
// organisation described by its kind before the article named it
// (accusedBody); finish (fillPairs) gives it the one organisation the
// article calls so.
const accusedLater = "\x00acclater"

// eachNamed registers the name in apposition that ends the second
// party of eachDescribed, before the comma at k ("the company it pays
// to cook the meals, Y,"), as the organisation the noun at n describes,
// so that "Y" alone and "the company" later refer back to it.
func (d *docState) eachNamed(n, k int) string {
	if d.toks[k].low != "," {
		return ""
	}
	i := k - 1
	for i > n && k-i <= 5 && d.toks[i].kind == tWord && d.toks[i].cap {
		i--
	}
	if i == k-1 || d.toks[i].low != "," {
		return "" // no name
	}
	if m := d.mentAt[i+1]; m >= 0 && d.ments[m].actor != "" {
		return d.ments[m].actor // one the article already knows
	}
	name := d.str[d.toks[i+1].s:d.toks[k-1].e]
	w := d.toks[n].low
	o := d.addOpen(openActor{name: name, head: w})
	if o == nil {
		return ""
	}
	if !slices.Contains(o.descr, w) {
		o.descr = append(o.descr, w)
	}
	d.indexOpen(o, name)
	return o.name
}

// orgNoun reports whether token k is an organisation's or a company's
// noun in lower case: "council", "company", "union".
func (d *docState) orgNoun(k int) bool {
	t := &d.toks[k]
	return t.kind == tWord && !t.cap && (t.is(fOrg) || orgHeads[t.low] || companyNouns[t.low])
}

// pairSubject collects the subject of a reciprocal verb: two actors
// joined by "and", or "both sides" (the two actors the document names
// most).
func (d *docState) pairSubject(v, lo int) (int, []string) {
	j := d.skipBack(v-1, lo)
	if j > lo && d.toks[j].low == "," {
		// an aside between the pair and its verb: "A and B, without
		// offering evidence, blamed each other"
		k := j - 1
		for k > lo && j-k < 20 && d.toks[k].low != "," {
			k--
		}
		if n := &d.toks[k+1]; k > lo && d.toks[k].low == "," && n.kind == tWord && !n.cap && (parenStart(n) || strings.HasSuffix(n.low, "ing")) {
			j = d.skipBack(k-1, lo)
		}
	}
	s := j + 1
	both := false
	for s-1 >= lo {
		t := &d.toks[s-1]
		actor := d.mentAt[s-1] >= 0 && d.ments[d.mentAt[s-1]].actor != ""
		// a comma only inside a list of actors: "A, B and C"
		list := t.low == "," && s-2 >= lo && (d.toks[s-2].cap || d.mentAt[s-2] >= 0 && d.ments[d.mentAt[s-2]].actor != "")
		if t.low == "," && s-2 >= lo && d.toks[s-2].kind == tWord && !d.toks[s-2].cap && d.mentAt[s] >= 0 && d.ments[d.mentAt[s]].actor != "" {
			// a description, then the party's name in apposition: "the
			// region's biggest water company, Halvek, and …"
			if k := d.descrBack(s-2, lo); k >= 0 {
				s = k
				continue
			}
		}
		if t.low == "and" && s-3 >= lo && d.toks[s-2].low == "," {
			// "the dam operator, Halvek, and B accused each other": the
			// first party named in apposition
			if m := d.mentAt[s-3]; m >= 0 && d.ments[m].actor != "" && d.ments[m].j == s-2 {
				if i := d.ments[m].i; i-2 >= lo && d.toks[i-1].low == "," && d.toks[i-2].kind == tWord && !d.toks[i-2].cap {
					if k := d.descrBack(i-2, lo); k >= 0 {
						s = k
						continue
					}
				}
			}
		}
		if (premodifier(t) || armedDescr[t.low] != "" && !t.cap) && s-2 >= lo && (d.toks[s-2].low == "and" || d.toks[s-2].low == "the") && (d.toks[s].cap || d.toks[s].is(fGroup)) {
			// a modifier before the second party: "Pirrow and
			// neighbouring Velland", "A and the rival Iron Hill
			// Movement", "A and the rebel Iron Hill Front" (a word that
			// is a verb too)
			s--
			continue
		}
		if t.kind == tWord && !t.cap && t.flags&(fRole|fOrg|fGroup) == 0 && s-2 >= lo && !pairNouns[t.low] {
			// a state's body described in lower case: "Ostmark's water
			// regulator and …"
			if k := d.descrBack(s-1, lo); k >= 0 && d.toks[k].low != "the" {
				s = k
				continue
			}
		}
		if t.low == "and" && s-2 >= lo && d.toks[s-2].low == "," {
			// "A, whose inspectors approved the quay, and B accused
			// each other": an aside after the first party, not a new
			// clause
			if k := d.asideBefore(s-2, lo); k >= 0 {
				s = k
				continue
			}
		}
		if t.low == "and" && s-2 >= lo && d.toks[s-2].low == "," || t.is(fTime) && !actor {
			break // ", and each side blamed": a new clause starts
		}
		if t.kind == tWord && (t.cap || t.low == "and" || t.low == "the" || pairNouns[t.low] || t.low == "both" || t.low == "two" || t.low == "each" || t.low == "side" || t.low == "country" || t.is(fGroup)) ||
			list || actor || t.kind == tWord && d.organAfter(s-1) || d.pluralPossessiveIn(s-1) {
			// organs in lower case belong to the pair too: "Ostmark's
			// water ministry and the dockers' union blamed each other"
			if t.low == "both" || t.low == "two" || t.low == "each" {
				both = true
			}
			s--
			continue
		}
		break
	}
	if s > j {
		return s, nil
	}
	actors := d.actorsIn(s, j+1)
	if len(actors) < 2 && both {
		kind := d.pairKind(s, j+1)
		if kind == pairAny {
			// "an exchange between two armed groups collapsed, with each
			// side saying the other …": the kind the sentence named
			kind = d.pairKindBefore(lo, s)
		}
		if pr := d.prevSentRange; kind == pairAny && pr[3] == d.paraN && pr[2] == d.sentN-1 && pr[1] <= lo {
			// "… since the two groups fell out. Each has accused the
			// other …": the pair the sentence before named
			kind = d.pairKindBefore(pr[0], pr[1])
		}
		actors = d.salientPairOf(kind)
	}
	return s, actors
}

// premodFlags are the classes of words that are no modifier before a
// party's name: function words, verbs, roles and organs.
const premodFlags = fSpeech | fAux | fAdv | fTime | fPron | fDet | fRole | fOrg | fGroup | fPrep | fNeg | fSubord | fConj | fRel | fVerb | fPast | fRecip | fSalience

// premodifier reports whether t is a lower-case word that may modify
// the second party of a pair: "neighbouring", "rival", "northern".
func premodifier(t *token) bool {
	return t.kind == tWord && !t.cap && t.flags&premodFlags == 0 && !pairNouns[t.low]
}

// descrBack reads the lower-case description ending at token k back to
// its start: "the" ("the region's biggest water company") or an actor's
// possessive ("Ostmark's water regulator"), at most five words; else -1.
func (d *docState) descrBack(k, lo int) int {
	for j := k; j >= lo && k-j < 6; j-- {
		t := &d.toks[j]
		if t.low == "the" && j < k {
			return j
		}
		if m := d.mentAt[j]; m >= 0 && d.ments[m].actor != "" && j < k {
			if _, poss := possessiveBase(t.low); poss && d.ments[m].j == j+1 {
				return d.ments[m].i
			}
			return -1
		}
		if t.kind != tWord || t.cap || t.is(fSpeech|fConj|fPrep|fPron|fSubord|fDet|fNeg|fTime) {
			return -1
		}
	}
	return -1
}

// asideBefore reads the tokens before the comma at c as the end of an
// aside set off by commas after a party's name (", whose inspectors
// approved the quay,", ", which built it,", ", the company that …,")
// and returns the index of its opening comma, or -1: the aside starts
// with a relative pronoun or a determiner, holds no other comma and no
// reporting verb, and follows a capitalised word or an actor.
func (d *docState) asideBefore(c, lo int) int {
	for k := c - 1; k > lo && c-k < 20; k-- {
		t := &d.toks[k]
		if t.kind != tWord && t.kind != tNum && t.low != "," && t.low != "'s" || t.inQ {
			return -1
		}
		if t.low != "," {
			continue
		}
		n, p := &d.toks[k+1], &d.toks[k-1]
		if k+1 == c || n.kind != tWord || n.cap || !n.is(fRel|fDet) || n.is(fPron) && !n.is(fRel) {
			return -1
		}
		if !p.cap && !(d.mentAt[k-1] >= 0 && d.ments[d.mentAt[k-1]].actor != "") {
			return -1
		}
		return k
	}
	return -1
}

// pairNamedBefore finds the last two single capitalised words no
// vocabulary knows joined by "and" in the text before byte offset end
// ("Pirrow and Velland fought a brief border war"), the parties a later
// "each side" or "both countries" refers back to, and makes them actors
// (states when kind says so); nil when there are none. It reads at most
// a few thousand bytes back and runs only for a pair phrase no actor
// resolved, which is rare.
func (d *docState) pairNamedBefore(end int, kind byte) []string {
	lo := max(0, end-4000)
	text := d.str[lo:end]
	for n := 0; n < 40; n++ {
		k := strings.LastIndex(text, " and ")
		if k < 0 {
			return nil
		}
		text = text[:k]
		a, b := lastWord(text), firstWord(d.str[lo+k+5:end])
		if a == "" || b == "" {
			continue
		}
		as, bs := lo+k-len(a), lo+k+5
		toks := tokenizeWith(d.str, as, bs+len(b), nil, d.x.voc, &d.lc)
		if len(toks) != 3 || !d.bareName(&toks[0]) || !d.bareName(&toks[2]) {
			continue
		}
		// no longer name on either side: "Marks and Spencer Group"
		if as >= 2 && isCapWordEnd(d.str[:as-1]) ||
			bs+len(b)+1 < len(d.str) && d.str[bs+len(b)] == ' ' && isUpperASCII(d.str[bs+len(b)+1]) {
			continue
		}
		var out []string
		for _, w := range []string{a, b} {
			o := d.addOpen(openActor{name: w, state: kind == pairStates})
			if o == nil {
				return nil
			}
			out = append(out, o.name)
		}
		return out
	}
	return nil
}

// bareName reports whether t is a capitalised word of at least four
// letters no vocabulary knows and no person of the article bears.
func (d *docState) bareName(t *token) bool {
	if t.kind != tWord || !t.cap || t.info != nil || len(t.low) < 4 || isUpperWord(d.str[t.s:t.e]) || strings.HasSuffix(t.low, "s") {
		return false
	}
	_, sur := d.surnames[t.low]
	return !sur && !d.isPersonWord(t.low)
}

// lastWord returns the run of ASCII letters that ends text, or "".
func lastWord(text string) string {
	i := len(text)
	for i > 0 && isASCIILetter(text[i-1]) {
		i--
	}
	return text[i:]
}

// firstWord returns the run of ASCII letters that starts text, or "".
func firstWord(text string) string {
	i := 0
	for i < len(text) && isASCIILetter(text[i]) {
		i++
	}
	return text[:i]
}

// isCapWordEnd reports whether text ends with a capitalised word
// followed by nothing: the word before a name.
func isCapWordEnd(text string) bool {
	w := lastWord(text)
	return w != "" && isUpperASCII(w[0]) && len(w) < len(text) && text[len(text)-len(w)-1] != '.'
}

// pairLater prefixes the placeholder sides of a reciprocal accusation
// whose two parties are not named yet; finish fills them in.
const pairLater = "\x00pair"

// describedPair reads, before the reciprocal verb at v, two
// organisations described by their nouns and joined by "and" ("the
// striking dockers' union and the terminal's operator have traded
// accusations", "the union and the company blamed each other"), and
// returns where the pair starts, or -1. A state's organ ("the ministry")
// is no such party.
func (d *docState) describedPair(v, lo int) int {
	j := d.skipBack(v-1, lo)
	if j > lo && !d.partyNoun(j) {
		// "the company that supplies its oxygen are blaming each
		// other": the second party's noun before its relative clause
		j = d.relativeBack(j, lo)
	}
	if j <= lo || !d.partyNoun(j) && d.toks[j].low != "police" {
		return -1
	}
	k := j - 1
	for k > lo && j-k <= 4 && d.toks[k].low != "and" {
		if !d.describingWord(k) {
			return -1
		}
		k--
	}
	if k <= lo+1 || d.toks[k].low != "and" {
		return -1
	}
	first := k - 1
	if m := d.mentAt[first]; m >= 0 && d.ments[m].actor != "" && d.ments[m].j == k && d.isOrg(d.ments[m].actor) && d.toks[j].low != "police" {
		// "Selm Savings Bank and the software firm that ran its
		// database": a named organisation and one described
		st := d.ments[m].i
		if st-1 >= lo && d.toks[st-1].low == "the" {
			st--
		}
		if st-1 >= lo && d.objectWord(st-1) {
			// "the firm that built the stand and the council": the
			// name is the object of a clause inside a longer subject
			return -1
		}
		return d.ments[m].i
	}
	if !d.partyNoun(first) && !d.staffOf(first) {
		f := d.relativeBack(first, lo) // "the trust that owns the harbour and …"
		if f < 0 {
			f = d.ofBack(first, lo) // "the operator of the Dalmo ski resort and …"
		}
		if f < 0 {
			f = d.whereBack(first, lo) // "the operator of a plant where a blast killed six and …"
		}
		first = f
	}
	if first <= lo || !d.partyNoun(first) && !d.staffOf(first) {
		return -1
	}
	if !d.partyNoun(first) {
		// "the resort's owner": the party is the resort, which the
		// article names later by that noun
		d.pairOwned, _ = possessiveBase(d.toks[first-1].low)
	}
	k = first + 1
	s := k - 2
	for s >= lo && k-s <= 6 && !pairOpener(d.toks[s].low) && !d.ownerPossessive(s) && d.describingWord(s) {
		s--
	}
	if s < lo || !pairOpener(d.toks[s].low) && !d.ownerPossessive(s) {
		return -1
	}
	return s
}

// objectWord reports whether token k, before a name, makes the name an
// object: a lower-case word that is no time, preposition, conjunction or
// adverb, as a verb is ("built", "runs").
func (d *docState) objectWord(k int) bool {
	t := &d.toks[k]
	return t.kind == tWord && !t.cap && !t.is(fTime|fPrep|fConj|fSubord|fAdv)
}

// pairOpener reports whether w opens the first party's description in a
// described pair: "the", or "a" for a party the story introduces by its
// trade before naming it ("a catering firm and the county council have
// blamed each other").
func pairOpener(w string) bool {
	return w == "the" || w == "a" || w == "an"
}

// ownerPossessive reports whether token s is a capitalised possessive
// that opens a description as "the" would: "Rostavel's national rail
// operator".
func (d *docState) ownerPossessive(s int) bool {
	t := &d.toks[s]
	if t.kind != tWord || !t.cap {
		return false
	}
	_, poss := possessiveBase(t.low)
	return poss
}

// staffOf reports whether token k is the people who run a body named
// by a possessive: "the hospital's managers", "the mine's owners", "the
// resort's owner" stand for the body in a pair of parties.
func (d *docState) staffOf(k int) bool {
	w := d.toks[k].low
	if !memberNouns[w] && w != "owners" && w != "owner" && w != "operator" {
		return false
	}
	_, poss := possessiveBase(d.toks[k-1].low)
	return poss && !d.toks[k-1].cap
}

// relativeBack reads back from token j, the end of a relative clause
// of at most six words with no comma ("that supplies its oxygen", "who
// guarded it", "that manages most of Tarn Hill": a place the clause
// names is still inside it), to the noun before "that" or "who", and
// returns it, or -1 when there is no such clause.
func (d *docState) relativeBack(j, lo int) int {
	for k := j; k > lo && j-k < 7; k-- {
		t := &d.toks[k]
		if t.kind != tWord {
			return -1
		}
		if (t.low == "that" || t.low == "who") && k < j {
			return k - 1
		}
		if t.low == "and" || t.is(fSpeech) && !(k-1 > lo && (d.toks[k-1].low == "that" || d.toks[k-1].low == "who")) {
			// a reporting verb is the relative clause's own only
			// right after "that": "the contractor that maintains its
			// lines"
			return -1
		}
	}
	return -1
}

// whereBack reads back from token j, the end of a "where" clause of at
// most twelve words with no punctuation after a site's "of" phrase ("of
// a chemical plant where an explosion killed six workers on Tuesday"),
// to the noun before "of", and returns it, or -1: the clause says which
// site, and the party is still the one that runs it.
func (d *docState) whereBack(j, lo int) int {
	for k := j; k > lo+1 && j-k < 12; k-- {
		t := &d.toks[k]
		if t.kind != tWord && t.kind != tNum || t.low == "and" || t.is(fSpeech) {
			return -1
		}
		if t.low == "where" && k < j {
			if n := &d.toks[k-1]; n.kind != tWord || n.cap || !siteNouns[n.low] {
				return -1
			}
			return d.ofBack(k, lo)
		}
	}
	return -1
}

// ofBack reads back from token j, the end of an "of" phrase of at most
// six words with no comma ("of the Dalmo ski resort"), to the noun
// before "of", and returns it, or -1: "the operator of the resort" is a
// party described by what it runs.
func (d *docState) ofBack(j, lo int) int {
	for k := j - 1; k > lo && j-k < 7; k-- {
		t := &d.toks[k]
		if t.kind != tWord || t.low == "and" || t.is(fSpeech|fAux) {
			return -1
		}
		if t.low == "of" {
			return k - 1
		}
	}
	return -1
}

// pluralParties reads, before the reciprocal verb at v, "the" and at
// most two modifiers before a plural noun of parties ("the rival
// militias", "the armed groups", "the warring sides", "the
// governments"), and returns where it starts, or -1: with a reciprocal
// verb they are the two parties.
func (d *docState) pluralParties(v, lo int) int {
	j := d.skipBack(v-1, lo)
	if j <= lo {
		return -1
	}
	if w := d.toks[j].low; !groupPairNouns[w] && !statePairNouns[w] && !pairNouns[w] {
		return -1
	}
	k, reach := j-1, 2
	for k > lo && j-k <= reach {
		// "rival", "warring", and participles: "the armed groups"
		if t := &d.toks[k]; !premodifier(t) && !(t.kind == tWord && !t.cap && t.is(fPast) && !t.is(fSpeech|fAux)) {
			break
		}
		if pairCount(d.toks[k].low) {
			reach = 3 // "the country's two largest parties"
		}
		k--
	}
	if d.toks[k].low == "the" {
		return k
	}
	// a place's possessive counts the pair as "the" does, when it
	// counts them: "Velmark's two largest parties accused each other",
	// "the region's two biggest unions"; not "Velmark's rival militias",
	// one side's own
	if t := &d.toks[k]; t.kind == tWord && k+1 < j && pairCount(d.toks[k+1].low) {
		if _, poss := possessiveBase(t.low); poss {
			if k > lo && d.toks[k-1].low == "the" {
				k--
			}
			return k
		}
	}
	return -1
}

// partyNoun reports whether token k is an organisation's noun in lower
// case that is not a state's organ: "union", "operator", "militia". A
// council is one: in a row of two parties blaming each other it is a
// town's, a county's or a community's ("the district council and the
// logging company blamed each other"), a body of its own that the
// article names by that head (nounPair), not the state's government.
func (d *docState) partyNoun(k int) bool {
	t := &d.toks[k]
	return t.kind == tWord && !t.cap && (!stateOrgans[t.low] || t.low == "council") && (orgHeads[t.low] || companyNouns[t.low] || armedDescr[t.low] != "" || dealNouns[t.low])
}

// dealNouns are the roles of the two sides of a deal gone wrong, which
// news calls them by before and after naming them ("the rail operator
// and the contractor that maintains its lines blamed each other", "the
// contractor, Stellbrook Track Services,").
var dealNouns = map[string]bool{
	"contractor": true, "subcontractor": true, "supplier": true, "shipyard": true, "sponsor": true,
	"developer": true, "builder": true, "hospital": true, "clinic": true, "lender": true, "landlord": true,
}

// describingWord reports whether token k may stand inside a lower-case
// description of a party: a word that is no verb, preposition or
// conjunction ("the striking dockers' union", "the terminal's operator").
func (d *docState) describingWord(k int) bool {
	t := &d.toks[k]
	if t.kind == tSQuote {
		return true
	}
	return t.kind == tWord && !t.cap && !t.is(fAux|fPrep|fConj|fSubord|fRel|fSpeech|fPron) && d.mentAt[k] < 0
}

// eachOthers reports whether w is "other's": "blamed each other's
// port authorities for …" blames the other party through its body.
func eachOthers(w string) bool {
	b, poss := possessiveBase(w)
	return poss && b == "other"
}

// pairWords reports whether tokens [s, v) describe two parties: "both
// sides", "the two groups", "the two neighbours".
func (d *docState) pairWords(s, v int) bool {
	for k := s; k < v; k++ {
		if w := d.toks[k].low; w == "both" || w == "two" || w == "each" {
			return true
		}
	}
	return false
}

// pairBefore finds, at most sixteen words before s in the same clause,
// "the two" or "both" followed by a plural noun ("the two militias
// fighting for the town"), and returns where it starts, or -1.
func (d *docState) pairBefore(s, lo int) int {
	for k := s - 1; k >= lo && k >= s-pairReach; k-- {
		t := &d.toks[k]
		if t.kind == tSQuote && k > lo && d.toks[k-1].e == t.s && strings.HasSuffix(d.toks[k-1].low, "s") {
			continue // "the two countries' rail authorities": the pair's bodies
		}
		if t.kind != tWord || t.is(fSpeech) && !strings.HasSuffix(t.low, "ing") && (k-1 < lo || !d.toks[k-1].is(fRel) && !pairCount(d.toks[k-1].low)) {
			// a reporting verb ends the pair's phrase, but not one of a
			// relative clause that describes the pair ("the two states
			// that share the lake"), nor a plural noun after "two"
			return -1
		}
		if pairCount(t.low) && k+1 < s && (strings.HasSuffix(d.toks[k+1].low, "s") && d.toks[k+1].kind == tWord || k+2 < s && d.toks[k+1].kind == tWord && !d.toks[k+1].cap && d.pluralAt(k+2)) {
			// "the two militias", "the two armed groups"
			if k-1 >= lo && d.toks[k-1].low == "the" {
				k--
			}
			return k
		}
	}
	return -1
}

// pairReach is how far back pairBefore looks: a relative clause with a
// place can describe the pair ("the two armed groups that control the
// hills on either side of the road are blaming each other").
const pairReach = 16

// pairCount reports whether w counts a pair: "two", "both".
func pairCount(w string) bool { return w == "two" || w == "both" }

// pluralAt reports whether token k is a lower-case word ending in s.
func (d *docState) pluralAt(k int) bool {
	t := &d.toks[k]
	return t.kind == tWord && !t.cap && strings.HasSuffix(t.low, "s")
}

// salientPair returns the two actors named most so far, ties broken by
// first mention.
func (d *docState) salientPair() []string { return d.salientPairOf(pairAny) }

// The kinds of party a pair phrase describes.
const (
	pairAny    byte = 'a'
	pairStates byte = 's' // "both countries"
	pairGroups byte = 'g' // "the two militias"
	// "Velmark's two largest parties": a place's parties are its
	// political parties, named by their head ("the Harbour Party")
	pairParties byte = 'p'
	// "both sides", "both" alone: any two parties but a charity, which
	// reports on the two, however often it is quoted (describedCharity)
	pairBoth byte = 'b'
)

// groupPairNouns describe two organisations: "the two militias".
var groupPairNouns = map[string]bool{
	"militias": true, "groups": true, "factions": true, "movements": true, "rebels": true, "gangs": true,
	"organisations": true, "organizations": true, "companies": true, "firms": true,
	// businesses and bodies by their trade: "the two airlines", "both unions"
	"unions": true, "airlines": true, "carriers": true, "operators": true, "contractors": true,
	"agencies": true, "banks": true, "insurers": true, "clubs": true,
}

// bothPair returns the two parties "both" before tokens [s, e) names
// ("Both sides have been accused …", "accused both of …").
func (d *docState) bothPair(s, e int) []string {
	k := d.pairKind(s, e)
	if k == pairAny {
		k = pairBoth
	}
	return d.salientPairOf(k)
}

// pairKind is the kind of parties tokens [s, e) describe.
func (d *docState) pairKind(s, e int) byte {
	for k := s; k < e; k++ {
		switch w := d.toks[k].low; {
		case w == "parties" && k-2 >= s && d.possessiveAt(k-3, s):
			return pairParties
		case statePairNouns[w]:
			return pairStates
		case groupPairNouns[w]:
			return pairGroups
		}
	}
	return pairAny
}

// pairKindBefore is the kind of a pair "two" or "both" names in [lo, s)
// ("between two armed groups", "both countries"), or pairAny.
func (d *docState) pairKindBefore(lo, s int) byte {
	for k := lo; k < s; k++ {
		if !pairCount(d.toks[k].low) {
			continue
		}
		for j := k + 1; j < s && j <= k+3; j++ {
			if kd := d.pairKind(j, j+1); kd != pairAny {
				return kd
			}
		}
	}
	return pairAny
}

// possessiveAt reports whether a token in [lo, k] is a possessive
// ("Velmark's", "the country's"): a pair phrase that starts so counts
// the possessor's own.
func (d *docState) possessiveAt(k, lo int) bool {
	for i := max(k, lo); i >= lo; i-- {
		if _, poss := possessiveBase(d.toks[i].low); poss {
			return true
		}
	}
	return false
}

// politicalHeads end the name of a political party: "the Harbour
// Party", "the Civic Front".
var politicalHeads = map[string]bool{
	"party": true, "movement": true, "front": true, "alliance": true, "coalition": true, "bloc": true,
	"league": true, "congress": true,
}

// partyNamed reports whether actor is an organisation the article names
// as a political party: its name ends in a party's head.
func (d *docState) partyNamed(actor string) bool {
	for _, o := range d.open {
		if o.name == actor {
			return !o.state && politicalHeads[o.head]
		}
	}
	return false
}

// unarmedParties counts the organisations the article names as
// political parties (partyNamed) whose names are no armed movement's.
func (d *docState) unarmedParties() int {
	n := 0
	for _, o := range d.open {
		if !o.state && politicalHeads[o.head] && !armedName(o) {
			n++
		}
	}
	return n
}

// armedNamed reports whether actor is an organisation named as an armed
// movement (armedName).
func (d *docState) armedNamed(actor string) bool {
	for _, o := range d.open {
		if o.name == actor {
			return armedName(o)
		}
	}
	return false
}

// statePairNouns describe two states, not two groups: "both countries".
var statePairNouns = map[string]bool{
	"countries": true, "nations": true, "governments": true, "states": true, "capitals": true,
	"neighbours": true, "neighbors": true, "armies": true, "militaries": true,
}

// bareParty reports whether actor is a party of blame named by one
// word and nothing else ("Pirrow accused Velland of …"): a state or an
// organisation alike, so "both countries" may be it.
func (d *docState) bareParty(actor string) bool {
	for _, o := range d.open {
		if o.name == actor {
			return !o.state && o.head == "" && o.owner == "" && len(o.descr) == 0 && !strings.Contains(o.name, " ")
		}
	}
	return false
}

// bareNamedOrg reports whether actor is an organisation named by words
// alone, of two or more, with no noun of its kind, no owner and no
// description ("Forward Caldoria", once its officer spoke for it): as
// parties are named that carry no "Party" ("United Velland"), one of
// "the two largest parties" may be it.
func (d *docState) bareNamedOrg(actor string) bool {
	for _, o := range d.open {
		if o.name == actor {
			return !o.state && o.head == "" && o.owner == "" && !o.organ && len(o.descr) == 0 && strings.Contains(o.name, " ")
		}
	}
	return false
}

// salientPairOf is salientPair over one kind of party: states (actors
// the article names as organisations are left out) or organisations
// (states are left out).
func (d *docState) salientPairOf(kind byte) []string {
	states := kind == pairStates
	var a, b string
	better := func(x, y string) bool {
		if y == "" {
			return true
		}
		tx, ty := d.actorTallyOf(x), d.actorTallyOf(y)
		if tx.n != ty.n {
			return tx.n > ty.n
		}
		return tx.first < ty.first
	}
	owned := ""
	if kind == pairGroups && d.pairOwned != "" {
		// one party described as a body's owner: the one organisation
		// the article names by the body's noun, against the most named
		// other group
		owned = d.ownedOrg(d.pairOwned)
		a = owned
	}
	// "the two largest parties" beside two parties and the Kessa
	// Liberation Front: a front named as an armed movement is a party
	// of the pair only when the article names no two others
	unarmed := kind == pairParties && d.unarmedParties() >= 2
	// a party named by words alone ("Forward Caldoria") is one of the
	// two only when the article names no two by a party's noun
	bare := kind == pairParties && d.unarmedParties() < 2
	for i := range d.actors {
		act := d.actors[i].name
		if states && d.isOrg(act) && !d.bareParty(act) || kind == pairGroups && (d.isState(act) || d.describedCharity(act)) || kind == pairParties && (!d.partyNamed(act) && !(bare && d.bareNamedOrg(act)) || unarmed && d.armedNamed(act)) || kind == pairBoth && d.describedCharity(act) || act == owned {
			continue
		}
		if owned != "" {
			if better(act, b) {
				b = act
			}
			continue
		}
		switch {
		case better(act, a):
			a, b = act, a
		case better(act, b):
			b = act
		}
	}
	if a == "" || b == "" {
		// early in the article: the states it was found to name
		// (scanStates), in the order they were found
		for _, o := range d.open {
			switch {
			case !o.state || o.name == a || o.name == b || kind == pairGroups || kind == pairParties:
			case a == "":
				a = o.name
			case b == "":
				b = o.name
			}
		}
	}
	if a == "" || b == "" {
		return nil
	}
	return []string{a, b}
}

// ownedOrg returns the one organisation the article calls by the noun
// w of a body ("resort") or whose name ends in its plural ("Kelmar
// Resorts"), or "".
func (d *docState) ownedOrg(w string) string {
	if o := d.describedOrg(w); o != nil {
		return o.name
	}
	found := ""
	for _, o := range d.open {
		if o.state || !strings.HasSuffix(strings.ToLower(o.name), " "+w+"s") {
			continue
		}
		if found != "" {
			return ""
		}
		found = o.name
	}
	return found
}

// clauseEnd is the end of the clause running from i: the next comma or
// semicolon outside quotations and brackets, or hi.
func (d *docState) clauseEnd(i, hi int) int {
	depth := 0
	for k := i; k < hi; k++ {
		t := &d.toks[k]
		switch {
		case t.low == "(":
			depth++
		case t.low == ")":
			depth--
		case depth <= 0 && !t.inQ && t.kind == tPunct && (t.low == "," || t.low == ";"):
			return k
		}
	}
	return hi
}

// nominal handles "accusations by A (and B) that C …".
func (d *docState) nominal(n, lo, hi int, pq *paraQuotes) {
	j := n + 2
	for j < hi && j-n < 12 && d.toks[j].low != "that" {
		t := &d.toks[j]
		if !(t.kind == tWord && (t.cap || t.low == "and" || t.low == "the") || t.low == "," || d.mentAt[j] >= 0) {
			return
		}
		j++
	}
	if j >= hi || d.toks[j].low != "that" {
		return
	}
	accusers := d.actorsIn(n+2, j)
	if len(accusers) == 0 {
		return
	}
	m := d.firstVerb(j+1, hi)
	accused := d.actorsIn(j+1, m)
	if len(accused) == 0 {
		return
	}
	end := d.endOfSentenceClause(j+1, hi)
	for _, acc := range accusers {
		if acc == accused[0] {
			continue
		}
		a := d.newAtt(att{verb: -1, class: vAccuse, npS: n, npE: j, contS: j + 1, contE: end,
			spk: d.government(acc), accused: []string{accused[0]}, quoteSpan: -1, evS: n})
		d.emit(a, n, end, pq)
	}
}

// singularBlame reports whether w is a noun of one accusation or claim:
// "the army's claim that …". A switch, not a map: patterns asks it of
// every reporting verb of every sentence that reports, and a string
// switch compares lengths first, where a map hashes each word.
func singularBlame(w string) bool {
	switch w {
	case "accusation", "allegation", "claim", "charge":
		return true
	}
	return false
}

// possessed handles an accusation or claim named by a noun its accuser
// owns: "Tarsia's accusations that Ostmark …", "Tarsian allegations
// that …", "the army's claim that …" (past one modifier: "Tarsia's
// repeated accusations"), but not as the object of a denial ("rejected
// Tarsia's accusations that …" is the denial alone). The accused is the
// first actor of the that-clause's subject, or, for "its"/"their"
// there, the party the sentence names before the accuser; after
// "against", the party named right after it. A claim is the accuser's report,
// read as any report; an accusation needs an accused.
func (d *docState) possessed(n, lo, hi int, pq *paraQuotes) {
	p := n - 1
	if _, poss := possessiveBase(d.toks[p].low); p > lo && premodifier(&d.toks[p]) && !poss {
		// "Tarsia's repeated accusations"; not "the union's accusation"
		p--
	}
	_, poss := possessiveBase(d.toks[p].low)
	if d.toks[p].low == "'s" && p > lo {
		p, poss = p-1, true // "the Red Falcon Brigade's"
	}
	mi := d.mentAt[p]
	if mi < 0 || d.ments[mi].actor == "" || d.ments[mi].j != p+1 && !(poss && d.ments[mi].j == p+2) {
		return
	}
	if !poss && !d.ments[mi].demonym {
		return
	}
	accuser, ms := d.ments[mi].actor, d.ments[mi].i
	if b := ms - 1; b >= lo && (d.toks[b].low == "the" && b-1 >= lo && d.toks[b-1].mayReport() && d.toks[b-1].speech().class == vDeny || d.toks[b].mayReport() && d.toks[b].speech().class == vDeny) {
		// "Velmar rejected Tarsia's accusations that …": the denial
		// is the claim; the accusation it rejects was reported before
		return
	}
	c := n + 2
	end := d.endOfSentenceClause(c, hi)
	for k := c; k < end; k++ {
		if d.toks[k].low == "," {
			end = k // "… were false, the minister said": the noun's clause is over
			break
		}
	}
	m := d.firstVerb(c, hi)
	accused := d.actorsIn(c, m)
	if d.toks[n+1].low == "against" {
		// "Tarsia's accusations against Ostmark": the party right after
		// "against", or no accusation read here
		if accused = d.actorsIn(c, min(m, c+4)); len(accused) == 0 || accused[0] == accuser {
			return
		}
		if m > c && m < end {
			end = m // the charge is the noun's phrase, not what the sentence says of it
		}
	}
	if singularBlame(d.toks[n].low) && d.toks[n].low == "claim" || len(accused) == 0 && d.toks[c].low != "its" && d.toks[c].low != "their" && !d.toks[c].is(fPron) {
		// "the union's accusation that the board had been warned":
		// an accusation of no party is still the owner's report
		a := d.newAtt(att{verb: -1, class: vSay, npS: ms, npE: n + 1, contS: c, contE: end,
			spk: d.government(accuser), quoteSpan: -1, evS: ms})
		d.emit(a, ms, end, pq)
		d.backedClaim(ms, c, end, lo, accuser, pq)
		return
	}
	if len(accused) == 0 && (d.toks[c].low == "its" || d.toks[c].low == "their") {
		for _, act := range d.actorsIn(lo, ms) {
			if act != accuser {
				accused = []string{act}
				break
			}
		}
	}
	if len(accused) == 0 || accused[0] == accuser {
		return
	}
	a := d.newAtt(att{verb: -1, class: vAccuse, npS: ms, npE: n + 1, contS: c, contE: end,
		spk: d.government(accuser), accused: accused[:1], quoteSpan: -1, evS: ms})
	d.emit(a, ms, end, pq)
}

// chargeDocNouns are what a party issues to accuse: "issued a statement
// accusing X of …", "released a report blaming X for …".
var chargeDocNouns = map[string]bool{
	"statement": true, "report": true, "communique": true, "letter": true, "complaint": true, "video": true, "message": true,
}

// statementAccusing reads "X issued a statement (released a report)
// accusing Y of Z" at the participle v: an accusation by the subject of
// the verb before the statement's noun, of the party named after the
// participle ("them": the last party named other than the accuser's).
func (d *docState) statementAccusing(v, lo, hi int, pq *paraQuotes) {
	h := v - 2
	for h > lo && v-h <= 4 && (d.toks[h].is(fDet) || premodifier(&d.toks[h])) {
		h--
	}
	if h <= lo || d.used[h] || d.toks[h].kind != tWord || d.toks[h].cap || d.reportedBefore(lo, h) {
		return
	}
	k := d.accusedEnd(v+1, hi)
	if k >= hi || k <= v+1 {
		return
	}
	accused := d.actorsIn(v+1, k)
	pron := len(accused) == 0 && k == v+2 && (d.toks[v+1].low == "them" || d.toks[v+1].low == "it")
	if len(accused) == 0 && !pron {
		return
	}
	s, e, as, ae := d.npLeft(h, lo)
	if s < 0 {
		return
	}
	spk, st := d.resolveNP(s, e, as, ae)
	if st != npOK || spk.side == "" {
		return
	}
	if pron {
		if o := d.lastOther(v+1, spk.side); o != "" {
			accused = []string{o}
		}
	}
	if len(accused) == 0 || accused[0] == spk.side {
		return
	}
	end := d.clauseEnd(k, hi)
	d.used[h], d.used[v] = true, true
	a := d.newAtt(att{verb: v, class: vAccuse, npS: s, npE: e, contS: k, contE: end,
		spk: spk, accused: accused[:1], quoteSpan: -1, evS: s})
	d.emit(a, s, end, pq)
}

// madeVerbs put accusations to a party: "levelled accusations against".
var madeVerbs = map[string]bool{
	"levelled": true, "leveled": true, "levels": true, "levelling": true, "leveling": true,
	"made": true, "makes": true, "making": true, "brought": true, "brings": true,
	"lodged": true, "lodges": true, "repeated": true, "repeats": true, "renewed": true, "renews": true,
	"filed": true, "files": true,
}

// madeAgainst reads "X levelled (made, brought, lodged, repeated)
// accusations against Y" at the blame noun n: an accusation by X against
// the party named right after "against". It reports whether the verb
// was there, whatever came of it.
func (d *docState) madeAgainst(n, lo, hi int, pq *paraQuotes) bool {
	h := n - 1
	for h > lo && n-h <= 3 && !madeVerbs[d.toks[h].low] && (d.toks[h].is(fDet) || premodifier(&d.toks[h])) {
		h--
	}
	if !madeVerbs[d.toks[h].low] {
		return false
	}
	if d.used[h] || d.reportedBefore(lo, h) {
		return true
	}
	end := d.clauseEnd(n+2, hi)
	accused := d.actorsIn(n+2, min(end, n+6))
	if len(accused) == 0 {
		return true
	}
	spk, s, e, ok := d.blamer(h, lo, accused[0])
	if !ok {
		return true
	}
	d.used[h] = true
	a := d.newAtt(att{verb: h, class: vAccuse, npS: s, npE: e, contS: n + 2, contE: end,
		spk: spk, accused: accused[:1], quoteSpan: -1, evS: s})
	d.emit(a, s, end, pq)
	return true
}

// backedClaim reads "S backs the company's claim that Z", the owner's
// claim starting at token ms and its content at [c, end): the body S
// that opens the sentence makes the claim its own, so it is S's too.
func (d *docState) backedClaim(ms, c, end, lo int, owner string, pq *paraQuotes) {
	b := ms - 1
	if b > lo && d.toks[b].low == "the" {
		b--
	}
	if b <= lo || d.sentBody == "" || d.sentBody == owner {
		return
	}
	t := &d.toks[b]
	if t.kind != tWord || t.cap || t.inQ {
		return
	}
	switch t.guessLemma() {
	case "back", "support", "endorse", "echo", "share":
	default:
		return
	}
	a := d.newAtt(att{verb: b, class: vSay, npS: lo, npE: b, contS: c, contE: end,
		spk: d.government(d.sentBody), quoteSpan: -1, evS: b})
	d.emit(a, b, end, pq)
}

// endOfSentenceClause: like clauseEnd but a comma only ends the clause
// when a new subject and verb follow.
func (d *docState) endOfSentenceClause(i, hi int) int {
	for k := i; k < hi; k++ {
		t := &d.toks[k]
		if t.inQ || t.kind != tPunct {
			continue
		}
		if t.low == ";" || t.low == "," && k+1 < hi && (d.toks[k+1].low == "but" || d.toks[k+1].low == "adding" || d.toks[k+1].low == "while") {
			return k
		}
	}
	return hi
}

// inTurn reads the second half of a reciprocal accusation written as a
// relative clause: "X blamed Y, which in turn blamed X" is Y's
// accusation too. The antecedent is the organisation or state named
// just before ", which"; the accused is the first actor after the verb.
func (d *docState) inTurn(v, lo, hi int, pq *paraQuotes) {
	k := v - 1
	for k > lo && (d.toks[k].low == "turn" || d.toks[k].low == "in" || d.toks[k].low == "itself" || d.toks[k].is(fAdv) && !d.toks[k].cap) {
		k--
	}
	if k-2 < lo || d.toks[k].low != "which" && d.toks[k].low != "who" || d.toks[k-1].low != "," || d.used[v] {
		return
	}
	// the antecedent ends just before the comma, or its mention stops
	// short of a head noun the name took in ("the Iron Hill Movement")
	mi := d.mentAt[k-2]
	if mi < 0 && k-3 >= lo && d.toks[k-2].cap {
		mi = d.mentAt[k-3]
	}
	if mi < 0 || d.ments[mi].actor == "" {
		return
	}
	accuser := d.ments[mi].actor
	end := d.clauseEnd(v+1, hi)
	accused := d.actorsIn(v+1, end)
	if len(accused) == 0 || accused[0] == accuser {
		return
	}
	cont := v + 1 // the act starts after the accused's name
	for c := v + 1; c < end; c++ {
		if m := d.mentAt[c]; m >= 0 && d.ments[m].actor == accused[0] {
			cont = int(d.ments[m].j)
			break
		}
	}
	if contentWordsUpTo(d.toks, cont, end, 2) < 2 {
		cont = v + 1 // "which in turn blamed the brigade": the blame is the act
	}
	s := int(d.ments[mi].i)
	d.used[v] = true
	a := d.newAtt(att{verb: v, class: vAccuse, npS: s, npE: k - 1, contS: cont, contE: end,
		spk: d.government(accuser), accused: accused[:1], quoteSpan: -1, evS: s})
	d.emit(a, s, end, pq)
}

// fieldMods reports whether mods, the words before a kind noun, hold
// a word of its own beside possessives and articles ("drug" in "the
// country's drug regulator", none in "the state's regulator").
func fieldMods(mods string) bool {
	for m := range strings.FieldsSeq(mods) {
		if _, poss := possessiveBase(m); !poss && m != "a" && m != "an" && m != "the" {
			return true
		}
	}
	return false
}

// modsFit reports whether the words before a kind noun ("election",
// "opposition", "health") fit the body o: the article called o by the
// kind itself, or each word is a possessive (the owner,
// "the province's"), a word of governing, or the start of a word of its
// name or of how the article described it.
func modsFit(mods, kind string, o *openActor) bool {
	if slices.Contains(o.descr, "opposition") && (strings.Contains(mods, "ruling") || strings.Contains(mods, "governing")) {
		// "The ruling party said" beside the Civic Alliance, "the main
		// opposition party": the one party named is not the one that
		// rules
		return false
	}
	if slices.Contains(o.descr, kind) {
		return true // "The operator, Kessa Power Distribution,": the article called it so
	}
	for m := range strings.FieldsSeq(mods) {
		if _, poss := possessiveBase(m); poss || m == "a" || m == "an" || m == "the" || m == "ruling" || m == "governing" {
			continue
		}
		if !kindWordsIn(m, o.name) && !slices.Contains(o.descr, m) && !((kind == "regulator" || kind == "watchdog") && regulatorFieldFits(m, o)) {
			return false
		}
	}
	return true
}
