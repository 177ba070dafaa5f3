package extract

// Two names no list knows before a reciprocal verb. "Kelby Rail and Harl
// Signals blamed each other", "The Kelvan Football Federation and Dorrow
// Rovers accused each other": a company, a club or a body is named by
// capitalised words with no head noun a list could know, and one body
// cannot blame "each other", so the two runs of capitals joined by "and"
// are the two parties. partyAt reads the one-word names ("Ostmark and
// Velland"); the names of two words or more are read here.

// namedPairWordMax bounds a name's run of capitals: reporters name a body
// in at most five words ("the Kelvan Football Federation").
const namedPairWordMax = 5

// namedPair reads the subject of the reciprocal verb at v as two runs of
// capitalised words joined by "and", each a party ("[the] A B and [the] C
// D"), at least one of two words or more. It returns the subject's start
// and the two parties, or -1 when the subject is no such pair: a person
// among the words, a longer phrase the pair ends ("rivals of A and B"),
// or one name twice.
func (d *docState) namedPair(v, lo int) (int, []string) {
	j := d.skipBack(v-1, lo)
	if j < lo {
		return -1, nil
	}
	apposed := d.toks[j].low == ","
	if apposed {
		j-- // "The two firms, A and B, blamed each other": the pair in apposition
	}
	b := d.nameRunStart(j, lo)
	if b > j {
		return -1, nil
	}
	a := b
	if a-1 >= lo && d.toks[a-1].low == "the" {
		a--
	}
	if a-2 < lo || d.toks[a-1].low != "and" {
		return -1, nil
	}
	e1 := a - 2
	s1 := d.nameRunStart(e1, lo)
	if s1 > e1 || e1-s1 == 0 && j-b == 0 {
		return -1, nil // no first name, or two one-word names (partyAt's)
	}
	start := s1
	if start-1 >= lo && d.toks[start-1].low == "the" {
		start--
	}
	if start != lo && d.toks[start-1].low != "," && !d.toks[start-1].is(fTime) || apposed && (start == lo || d.toks[start-1].low != ",") {
		return -1, nil // the pair ends a longer phrase: "rivals of A and B"
	}
	n1, n2 := d.pairName(s1, e1+1, s1, j+1), d.pairName(b, j+1, s1, j+1)
	if n2 == "" && d.bodyActor(n1) {
		// "Kessel Athletic and Brell Dray Structures blamed each other":
		// a body's partner is a body, though its untitled name was read
		// as a person's in this sentence
		n2 = d.untitledPairName(b, j+1)
	} else if n1 == "" && d.bodyActor(n2) {
		n1 = d.untitledPairName(s1, e1+1)
	}
	if n1 == "" || n2 == "" || n1 == n2 {
		return -1, nil
	}
	return start, []string{n1, n2}
}

// nameRunStart returns where the run of capitalised name words ending at
// e starts (e+1 when e is none): words that are no determiner, pronoun,
// title or verb, at most namedPairWordMax of them.
func (d *docState) nameRunStart(e, lo int) int {
	const notName = fDet | fPron | fConj | fPrep | fTime | fRole | fAux | fSubord | fSpeech
	k := e
	for k >= lo && e-k < namedPairWordMax {
		t := &d.toks[k]
		if t.kind != tWord || !t.cap || t.flags&notName != 0 {
			break
		}
		k--
	}
	if e-k >= namedPairWordMax && k >= lo && d.toks[k].kind == tWord && d.toks[k].cap {
		return e + 1 // longer than a name: a headline's capitals
	}
	return k + 1
}

// pairName returns the party the capitalised words [i, e) of the pair
// [ps, pe) name: the actor a mention of exactly those words names, else
// an open actor of that name; "" for a person's name or for words that
// hold another party's mention ("Ostmark" in "Ostmark Rail" is the firm's
// place, but which party speaks is then unsure). A mention of the whole
// pair, one name joined by "and" as "Bailey and Hart" is one firm, is
// two bodies before a reciprocal verb: one body blames no "each other".
func (d *docState) pairName(i, e, ps, pe int) string {
	for k := i; k < e; k++ {
		m := d.mentAt[k]
		if m < 0 || d.ments[m].i == ps && d.ments[m].j == pe {
			continue
		}
		if d.ments[m].i == i && d.ments[m].j == e && d.ments[m].actor != "" {
			return d.ments[m].actor
		}
		return ""
	}
	for k := i; k < e; k++ {
		if _, ok := d.surnames[d.toks[k].low]; ok || d.isPersonWord(d.toks[k].low) {
			return ""
		}
	}
	o := d.addOpen(openActor{name: d.str[d.toks[i].s:d.toks[e-1].e]})
	if o == nil {
		return ""
	}
	return o.name
}

// bodyActor reports whether name is an organisation the article names,
// no state: a club, a company, a union.
func (d *docState) bodyActor(name string) bool {
	if name == "" {
		return false
	}
	for _, o := range d.open {
		if o.name == name {
			return !o.state && o.owner == ""
		}
	}
	return false
}

// untitledPairName returns the party the capitalised words [i, e) name
// when they hold no mention and only make a person first read in this
// very sentence, with no title or role: the untitled run registerNames
// took for a person's name. A person named before, or with a role, is
// still one: "" then.
func (d *docState) untitledPairName(i, e int) string {
	for k := i; k < e; k++ {
		if d.mentAt[k] >= 0 {
			return ""
		}
	}
	name := d.str[d.toks[i].s:d.toks[e-1].e]
	p := d.personIdx[name]
	if p == nil || p.role != "" || p.title != "" || p.bornSent != d.sentN || p.bornAt != i {
		return ""
	}
	o := d.addOpen(openActor{name: name})
	if o == nil {
		return ""
	}
	return o.name
}
