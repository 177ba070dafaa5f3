package extract

import "strings"

// A thing set on fire. English names arson by the light verb "set" with
// the fire after it ("set fire to the depot", "set the depot on fire",
// "set the depot alight"), so neither the verb ("setting") nor the
// place the fire was at ("fire at polling stations") is the event: a
// desk labels it by the thing burned and the fire, a "depot fire".

// setForm reports whether w is a form of "set", the light verb of
// setting fire.
func setForm(w string) bool {
	switch w {
	case "set", "sets", "setting":
		return true
	}
	return false
}

// fireWord reports whether w is a word "set" puts a thing on fire with,
// other than "fire" (a noun the lexicon marks as an event): "set the
// depot alight", "set the barn ablaze". A switch, asked of every word
// paraPhrases skips, and checked by length first.
func fireWord(w string) bool {
	return len(w) == 6 && (w == "alight" || w == "ablaze")
}

// setAlight returns the noun of the thing set on fire by the phrase
// whose fire word is at k ("fire", "alight", "ablaze"), or -1: "setting
// fire to its customs post" (post), "set the grain silo on fire"
// (silo), "set the fields alight" (field), and in the passive or a
// headline with its auxiliary dropped, "ballot papers were set on fire",
// "Ballot papers set on fire at two schools" (papers, not the schools
// where they burned). "set fire" with no "to" and "on fire" with no
// "set" ("the ship was on fire", "came under fire") name no such act.
func (d *docState) setAlight(k, lo, hi int) int {
	switch w := d.toks[k].low; {
	case w == "fire" && k > lo && setForm(d.toks[k-1].low):
		if k+2 < hi && d.toks[k+1].low == "to" {
			if n := d.burnedNoun(k+2, hi); n >= 0 {
				return d.possessedNoun(n, hi)
			}
		}
		return -1
	case w == "fire" && k > lo+1 && d.toks[k-1].low == "on":
		k-- // "set … on fire": the object ends before "on"
	case fireWord(w):
		if k+1 < hi && d.toks[k+1].low == "with" {
			return -1 // "set the region alight with hope": a figure
		}
	default:
		return -1
	}
	if k > lo && setForm(d.toks[k-1].low) {
		// no object between: the passive's subject was set on fire
		return d.subjectNoun(k-1, lo)
	}
	// the object of "set" between it and the fire word: a noun phrase
	// of a few words, no verb or clause inside it
	for j := k - 2; j >= lo && j >= k-7; j-- {
		t := &d.toks[j]
		if t.kind != tWord {
			return -1
		}
		if setForm(t.low) {
			if n := d.burnedNoun(j+1, k); n == k-1 {
				return n
			}
			return -1
		}
		if t.is(fVerb|fAux|fConj|fRel|fSubord|fSpeech) && !t.is(fDet) {
			return -1
		}
	}
	return -1
}

// setFirePhrase adds the fire of the thing set on fire at the fire word
// k (setAlight) to the paragraph's event phrases, and reports whether
// there was one.
func (d *docState) setFirePhrase(k, lo, hi, blamedAt int) bool {
	n := d.setAlight(k, lo, hi)
	if n < 0 {
		return false
	}
	d.phrases = append(d.phrases, phraseAt{k: k, name: d.eventName(n, "fire"), blame: k == blamedAt, act: d.describing(k, lo)})
	return true
}

// burnedNoun returns the last noun of the noun phrase from k, what was
// set on fire, or -1. It reads the phrase as objectNoun does, but a noun
// the lexicon also knows as a verb ends it too: "its customs post", "the
// army store", where objectNoun stops at the verb's form.
func (d *docState) burnedNoun(k, hi int) int {
	for k < hi && (d.toks[k].is(fDet) && !d.toks[k].is(fPron) || numberLike(&d.toks[k])) {
		k++
	}
	last := -1
	for end := min(hi, k+8); k < end; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.is(fPrep|fConj|fRel|fAux|fSubord|fDet|fPron|fAdv|fTime|fNeg) || placeAdverb(t.low) {
			break
		}
		if t.cap {
			if last >= 0 {
				break // "the depot Kessel Foods owns"
			}
			continue // "the Dorn depot": the name is no noun of the phrase
		}
		if last >= 0 && len(t.low) > 4 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")) {
			break // "cars parked outside": a clause starts; "the cargo shed" a noun
		}
		last = k
	}
	if last < 0 || d.toks[last].is(fRole|fGroup) || !d.toks[last].modifierWord() {
		return -1
	}
	return last
}

// burnedByFire returns the noun of what the fire at k, the bare subject
// of a verb in the headline or the lead, burned ("fires destroy wheat
// harvest", "Fire guts customs post": harvest, post), or -1, when the
// headline, or the lead's sentence, says who is blamed for it: a fire
// the story only sets its dispute beside ("Fire guts Lenn warehouse"
// over a month of missile strikes) names no dispute. A fire named by a
// noun of its own ("quarry fire", "the depot fire") keeps it; a toll
// ("Fire kills six") is no thing burned (strikesObject).
func (d *docState) burnedByFire(k, lo, hi int) int {
	if p := k - 1; p >= lo && !(d.toks[p].kind == tPunct || d.toks[p].is(fDet|fConj|fSubord) && !d.toks[p].is(fPron)) {
		return -1 // "Depot fire destroys records": the depot's fire
	}
	if d.phraseWeight < titleWeight {
		// the lead: its sentence
		s := k
		for s > lo && !isEnd(&d.toks[s-1]) {
			s--
		}
		lo = s
		for e := k; e < hi; e++ {
			if isEnd(&d.toks[e]) {
				hi = e
				break
			}
		}
	}
	for i := lo; i < hi; i++ {
		if d.toks[i].is(fRecip) {
			return d.strikesObject(k, hi)
		}
	}
	return -1
}
