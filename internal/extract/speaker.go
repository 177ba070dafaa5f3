package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/contra-project/contra/internal/taxonomy"
)

// speaker is who a claim is attributed to.
type speaker struct {
	name, role, side string
	person           *person // nil for institutions
	inst             bool    // a government, ministry, organisation
	human            bool    // a person described, not named ("a doctor at the hospital")
}

// person is someone named in the document, quoted or not, so that later
// mentions ("Shoigu", "he", "the Indian minister") can be resolved.
type person struct {
	name   string   // full name as first written in full ("Sergei Shoigu")
	parts  []string // its words, lower case
	role   string   // "Russian Defense Minister"
	side   string   // canonical actor
	seen   int
	forms  []string // other ways the document names them ("Shoigu")
	title  string   // an abbreviated title written before the name ("Brig. Gen.") when the role is another
	gender byte     // 'm' or 'f' when a title or a pronoun told, else 0
	// gender was only guessed: a "he" or "she" nearestPerson resolved to
	// them, which their own sentence's pronoun may correct (learnGender)
	guessed bool
	// the role roleGender last found no gender in: a person is named
	// again and again with one role, which addPerson need not read again
	noGender string
	former   int8 // describedFormer's answer, once asked: 1 no, 2 yes
	// the sentence (docState.sentN) and token the person was first named
	// at when registerNames met them: a pronoun before that token in the
	// same sentence cannot refer forward to them
	bornSent, bornAt int
	// place: every time the article named them it was as a place or a
	// body (placeUse): "in Port Vellin", "Kessel Avenue". A pronoun
	// stands for a person, so nearestPerson passes over them; a title
	// or a use as a person's name clears it.
	place bool
}

// fits reports whether "he" (m) or "she" (f), or a reference of no
// gender (0), can stand for p.
func (p *person) fits(g byte) bool { return g == 0 || p.gender == 0 || p.gender == g }

// titleGender is the gender a title gives: Mr, Mrs, Ms, Miss.
func titleGender(role string) byte {
	// word by word without lowering the whole role (most roles carry
	// none of these short words)
	for len(role) > 0 {
		i := strings.IndexByte(role, ' ')
		w := role
		if i >= 0 {
			w, role = role[:i], role[i+1:]
		} else {
			role = ""
		}
		w = strings.TrimSuffix(w, ".")
		if len(w) < 2 || len(w) > 8 {
			continue
		}
		if g := wordGender(w); g != 0 {
			return g
		}
	}
	return 0
}

// wordGender is the gender of one title word (two to eight bytes),
// lowered in a stack buffer when it is ASCII: most roles have capitals,
// and strings.ToLower allocates for each.
func wordGender(w string) byte {
	var buf [8]byte
	low := ""
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || i >= len(buf) {
			low = strings.ToLower(w)
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if low == "" {
		low = string(buf[:len(w)]) // does not escape: no allocation
	}
	switch low {
	case "mr", "sir", "king", "prince":
		return 'm'
	case "mrs", "ms", "miss", "madam", "queen", "princess":
		return 'f'
	}
	return 0
}

// roleGender is the gender a role gives: its title ("Mrs"), else a
// noun of one gender in it ("spokeswoman", "congresswoman", "a mother of
// three"), else 0. A role in "-man" tells nothing: news writes "Army
// spokesman Colonel Dana Velez … She said".
func roleGender(role string) byte {
	if role == "" {
		return 0 // most persons are named with no role: no scan
	}
	if g := titleGender(role); g != 0 || !strings.Contains(role, "wom") && !strings.Contains(role, "ther") && !strings.Contains(role, "wid") {
		return g // most roles hold none of these nouns
	}
	prev := ""
	for w := range strings.FieldsSeq(strings.ToLower(role)) {
		w = strings.TrimSuffix(w, "'s")
		if prev == "whose" || prev == "his" || prev == "her" || prev == "their" {
			// "X, whose brother died in the blast": a relative's noun,
			// not the person's
			prev = w
			continue
		}
		prev = w
		if strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women") {
			return 'f'
		}
		if g := kinNouns[w]; g != 0 {
			return g
		}
	}
	return 0
}

func (p *person) aliases() []string { return p.forms }

func (p *person) addForm(f string) {
	if f != "" && f != p.name && !slices.Contains(p.forms, f) {
		p.forms = append(p.forms, f)
	}
}

// att is an attribution: a speaker, the verb that reports them, and the
// content tokens [contS, contE) they are reported to have said.
type att struct {
	verb         int // reporting verb token, -1 when none (quotes, continuations)
	class        vclass
	npS, npE     int // speaker phrase tokens, -1 when none
	trailing     bool
	contS, contE int
	spk          speaker
	accused      []string // accusations: the accused actors
	quoteSpan    int      // the quotation this attribution introduces or closes, -1
	dismiss      bool     // "called them nonsense"
	evS          int      // explicit first evidence token, -1
	pre          [2]int   // a parenthetical's content before the speaker ("The plan, X said, is …"), when pre[1] > pre[0]
	echo         bool     // a denial of the claim just made (", which it denies")
	neg          bool     // a negated frame: "X did not say", "Y never accused"
	// a source cited in passing ("as reported by the Courier"): the
	// outlet that carried the report, not the person the next
	// sentence's "he" or "they" stands for
	passing bool
}

// newAtt returns a pointer to a copy of a, from a per-document slab:
// attributions are found (and most discarded) for every reported
// sentence, and none outlives the Extract call, so the slab is reused
// for the next document instead of allocating each one.
func (d *docState) newAtt(a att) *att {
	if len(d.atts) == cap(d.atts) {
		// a new chunk; pointers into the full one keep it alive
		d.atts = make([]att, 0, 64)
	}
	d.atts = append(d.atts, a)
	return &d.atts[len(d.atts)-1]
}

// findPerson returns the most recently seen person one of whose name
// words is w (lower case), preferring surnames.
func (d *docState) findPerson(w string) *person {
	var best *person
	bestScore := -1
	for _, p := range d.persons {
		score := -1
		for k, part := range p.parts {
			if part == w {
				if k == len(p.parts)-1 {
					score = 2
				} else if score < 1 {
					score = 1
				}
			}
		}
		if score < 0 {
			continue
		}
		if score > bestScore || score == bestScore && p.seen > best.seen {
			best, bestScore = p, score
		}
	}
	return best
}

// addPerson registers or refreshes a person: the one of that name, or
// the one known by its surname alone until now.
func (d *docState) addPerson(name string, parts []string, role, side string) *person {
	d.seq++
	p := d.personIdx[name]
	if p == nil && len(parts) > 1 {
		if q := d.personIdx[parts[len(parts)-1]]; q != nil && len(q.parts) == 1 {
			p = q
		}
	}
	if p == nil {
		// "marek" for "Marek": a surname seen alone is keyed as written
		for _, q := range d.persons {
			if len(q.parts) == 1 && len(parts) > 1 && parts[len(parts)-1] == q.parts[0] {
				p = q
				break
			}
		}
	}
	if p != nil {
		if len(parts) > len(p.parts) {
			p.addForm(p.name)
			d.unindexPerson(p)
			p.name, p.parts = name, d.keepParts(parts)
			d.indexPerson(p)
		}
		if role != "" {
			p.place = false // a titled or described person
		}
		if role != "" && p.role == "" {
			p.role = role
		} else if role != "" && role != p.role && p.title == "" && strings.HasSuffix(role, ".") {
			// "Brig. Gen. Ivo Marsk, the army's spokesman,": the
			// apposition gave the role; the rank before the name still
			// names him later ("the general")
			p.title = role
		}
		if side != "" && p.side == "" {
			p.side = side
		}
		if p.gender == 0 && role != "" && role != p.noGender {
			if p.gender = roleGender(role); p.gender == 0 {
				p.noGender = role
			}
		}
		p.seen = d.seq
		return p
	}
	p = &person{name: name, parts: d.keepParts(parts), role: role, side: side, seen: d.seq, gender: roleGender(role)}
	d.persons = append(d.persons, p)
	d.indexPerson(p)
	if len(d.persons) > 256 { // bounded: forget the least recent
		d.unindexPerson(d.persons[0])
		d.persons = d.persons[1:]
	}
	return p
}

// keepParts copies a name's parts, which its caller builds in a
// scratch buffer, into the document's arena of parts (partsArena),
// sliced full: a person's parts are only read, and no person outlives
// the document. A clone per person was 400 of the benchmark's 9,000
// allocations a pass.
func (d *docState) keepParts(parts []string) []string {
	start := len(d.partsArena)
	d.partsArena = append(d.partsArena, parts...)
	return d.partsArena[start:len(d.partsArena):len(d.partsArena)]
}

// indexPerson adds p to the maps of persons by name and by surname.
func (d *docState) indexPerson(p *person) {
	if d.personIdx == nil {
		d.personIdx, d.surnames = map[string]*person{}, map[string]int{}
	}
	d.personIdx[p.name] = p
	if len(p.parts) > 1 {
		d.surnames[p.parts[len(p.parts)-1]]++
	}
}

// unindexPerson removes p from the maps of indexPerson.
func (d *docState) unindexPerson(p *person) {
	if d.personIdx[p.name] == p {
		delete(d.personIdx, p.name)
	}
	if len(p.parts) > 1 {
		last := p.parts[len(p.parts)-1]
		if d.surnames[last] > 0 {
			d.surnames[last]--
		}
	}
}

// isNameTok: a capitalised word that can be part of a person's name.
func (d *docState) isNameTok(i int) bool {
	t := &d.toks[i]
	if t.kind != tWord || !t.cap || t.is(fRole|fOrg|fGroup|fDet|fPrep|fConj|fTime|fAdv|fPron|fSubord|fMedia) {
		return false
	}
	if k := d.mentAt[i]; k >= 0 && d.ments[k].actor != "" {
		return false
	}
	return true
}

// lyName reports whether the capitalised word i, read as an adverb only
// by its "-ly" ending, is a name: "Kelly", "Jolly", "Donnelly", "Emily"
// beside another name ("Senator Mark Kelly", "Emily Oster") or alone
// once a person was named by it ("Kelly said …"); "Reportedly, …" and
// "Finally the …" stay adverbs.
func (d *docState) lyName(i int) bool {
	t := &d.toks[i]
	if t.is(fRole|fOrg|fGroup|fDet|fPrep|fConj|fTime|fPron|fSubord|fMedia) || lexicon[t.low]&fAdv != 0 || lyAdverb(t.low) == 0 {
		return false
	}
	if d.surnames[t.low] > 0 {
		return true
	}
	plain := func(k int) bool {
		if k < 0 || k >= len(d.toks) {
			return false
		}
		n := &d.toks[k]
		return n.kind == tWord && n.cap && !n.is(fRole|fOrg|fGroup|fDet|fPrep|fConj|fTime|fAdv|fPron|fSubord|fMedia|fSpeech|fVerb|fAux)
	}
	// a sentence's capitalised first word is a name's only when the
	// lexicon does not know it ("Ivo Jolly, a congressman, said …")
	return plain(i-1) && (i-1 != d.sentLo || lexicon[d.toks[i-1].low] == 0) || plain(i+1)
}

// possessiveDets are the possessive determiners: a reporting word's
// form after one and a preposition is a noun ("in her post").
var possessiveDets = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// registerPersons records titled names ("Interior Minister Chaudhry
// Nisar", "co-anchor Martha Raddatz", "Jane Roe, a spokeswoman for the
// Palace,") so later mentions resolve.
func (d *docState) registerPersons(lo, hi int) {
	// appositives: NAME NAME, [a|the] … ROLE … ,
	for i := lo; i+3 < hi; i++ {
		if d.toks[i].low != "," || i-2 < lo || !d.isNameTok(i-1) || !d.isNameTok(i-2) {
			continue
		}
		e := i + 1
		for e < hi && e-i < 14 && d.toks[e].low != "," && !isEnd(&d.toks[e]) {
			e++
		}
		if e >= hi || d.toks[e].low != "," {
			continue
		}
		role := false
		for k := i + 1; k < e; k++ {
			if d.toks[k].is(fRole) && !d.toks[k].cap || d.toks[k].low == "head" || d.toks[k].low == "member" {
				role = true
			}
		}
		if !role {
			continue
		}
		ns := i - 2
		for ns-1 >= lo && i-ns < 4 && d.isNameTok(ns-1) {
			ns--
		}
		app := i + 1
		if d.toks[app].is(fDet) {
			app++
		}
		side := d.actorIn(i+1, e)
		if side == "" {
			side = d.countryIn(lo, i+1, e)
		}
		d.addPerson(d.join(ns, i), d.lows(ns, i), d.join(app, e), side)
	}
	for i := lo + 1; i+2 < hi; i++ {
		if d.toks[i].low == "," {
			d.roleThenName(lo, i, hi)
		}
	}
	for i := lo; i < hi; i++ {
		t := &d.toks[i]
		if t.kind != tWord || !t.is(fRole) || t.inQ {
			continue
		}
		j := i + 1
		for j < hi && j-i <= 4 && d.isNameTok(j) {
			j++
		}
		if j-(i+1) < 2 {
			continue
		}
		rs := i
		for rs-1 >= lo && (d.toks[rs-1].is(fRole) || d.toks[rs-1].kind == tWord && d.toks[rs-1].cap && !d.toks[rs-1].is(fDet|fConj|fPrep|fSubord|fAdv|fTime|fPron)) {
			rs--
		}
		if rs-2 >= lo && (d.toks[rs-1].low == "for" || d.toks[rs-1].low == "of") && d.toks[rs-2].kind == tWord && d.toks[rs-2].cap && d.toks[rs-2].is(fRole) {
			// "Minister for Refugee Affairs Tomas Ekwendi": the
			// portfolio after the preposition is part of the title
			// before it, which names the person later ("the minister
			// said"), not an office of its own
			rs -= 2
			for rs-1 >= lo && d.toks[rs-1].kind == tWord && d.toks[rs-1].cap && d.toks[rs-1].is(fRole) {
				rs--
			}
		}
		side := d.sideOf(d.actorIn(rs, i+1))
		if side == "" && rs == i {
			// "a friend of federation president Tomas Vell", "said
			// party chair Ana Morrow": lower-case words before the
			// role that end the name of one organisation the article
			// named tie the person to it, whether they speak here or
			// later ("the federation president accused …")
			if b, n := d.bodyBefore(lo, rs); b != "" {
				side, rs = b, rs-n
			}
		}
		role := d.join(rs, i+1)
		if rs == lo && (side == "" || d.organWordsOnly(rs, i+1)) {
			// a bare title opening the sentence is an office of the
			// party the sentence before opened with: "Tarvia is not
			// backing down. President Ivo Marek …", "Norvale Police
			// said … Chief Inspector Dana Holt …"
			if b := d.prevOpener(lo, strings.ToLower(role)); b != "" {
				side = b
			}
		}
		d.addPerson(d.join(i+1, j), d.lows(i+1, j), role, side)
		i = j - 1
	}
}

// countryIn returns the state "the country's" or "the nation's" in the
// apposition [i, e) stands for ("Ivo Marek, head of the country's civil
// protection agency,"): the state the sentence before in the paragraph
// opened with ("Tarvia denied it."), else the one state the article has
// named (soleState); "" when the apposition has no such possessive.
func (d *docState) countryIn(lo, i, e int) string {
	k := i
	for ; k < e; k++ {
		if w := d.toks[k].low; (w == "country's" || w == "nation's") && d.toks[k-1].low == "the" {
			break
		}
	}
	if k == e || !d.stateBodyAfter(k+1, e) {
		return ""
	}
	if b := d.openerBefore(lo); b != "" && d.isState(b) {
		return b
	}
	return d.soleState()
}

// openerBefore returns the side of the party whose name opens the
// sentence that ends at lo (openingBody), or "" when none does or no
// sentence ends there. Sentences do not overlap: one at most ends at lo.
func (d *docState) openerBefore(lo int) string {
	for _, sr := range d.sents {
		if sr[1] == lo && sr[0] < lo {
			return d.sideOf(d.openingBody(sr[0], sr[1]))
		}
	}
	return ""
}

// stateBodyAfter reports whether the words [k, e) after "the country's"
// name a body of the state: its noun (an agency, a service, a ministry,
// the police) before any preposition, and no word of the opposition.
// "Head of the country's largest opposition party", "of the country's
// biggest union" or "of the country's football federation" is no office
// of the state: the country's, but not its government's.
func (d *docState) stateBodyAfter(k, e int) bool {
	for ; k < e; k++ {
		t := &d.toks[k]
		if t.low == "opposition" || t.is(fPrep) {
			return false
		}
		if stateAgencies[t.low] || stateOrgans[t.low] {
			return true
		}
	}
	return false
}

// organWordsOnly reports whether the actors mentioned in [i, j) are
// named by a state organ's words alone ("Foreign ministry spokesman"),
// no name of a state or demonym among them: a guess at the state, which
// the party the sentence before opened with overrules ("Tarvia
// rejected the charge. Foreign ministry spokesman Ivo Marek said …").
func (d *docState) organWordsOnly(i, j int) bool {
	seen := false
	for k := i; k < j; k++ {
		m := d.mentAt[k]
		if m < 0 || d.ments[m].actor == "" {
			continue
		}
		if !d.toks[k].is(fOrgan | fOrg) {
			return false
		}
		seen = true
	}
	return seen
}

// prevOpener returns the side of the party whose name opens the
// sentence of this paragraph that ends at lo (openerBefore), when role
// (lower case) is an office such a party has, or "". A reader takes an
// office named with no owner right after it as that party's: a state's
// minister, officer or spokesman; a body's chief, manager, officer or
// spokesman, never a minister. A governor, mayor or senator is no
// office of a body that spoke before (PolNeAR train: "Gov. …" after the
// city's police had spoken), and a president or secretary general is as
// often another state's or no state's (TestStateTitleAfterGovernment).
func (d *docState) prevOpener(lo int, role string) string {
	k := roleClass(role)
	if k&(rFormer|rLocal|rHead) != 0 {
		return ""
	}
	b := d.openerBefore(lo)
	spokes := strings.Contains(role, "spokes")
	switch {
	case b == "":
	case d.isState(b):
		if k&rState != 0 || spokes {
			return b
		}
	case k&rState == 0 && (k&(rCompany|rOfficer) != 0 || spokes || strings.HasPrefix(role, "chief ")):
		return b
	}
	return ""
}

// roleThenName records a person named in apposition after a role that
// ties them to a party, the comma at c: "Norvale's founder, Piet Olden,
// went further", "a statement by the director of the Border Directorate,
// General Ivo Marsk, who …". The sentence need not be their speech: a
// later "he accused …" speaks for the party all the same.
func (d *docState) roleThenName(lo, c, hi int) {
	if d.toks[c].inQ {
		return
	}
	k := c + 1
	for k < hi && d.toks[k].is(fRole) && d.toks[k].cap {
		k++ // a title: "General", "Dr."
	}
	n := d.nameRun(k, hi)
	if n < 2 || n > 4 || k+n >= hi {
		return
	}
	if f := &d.toks[k+n]; f.low != "," && !isEnd(f) {
		return
	}
	side, rs := "", -1
	if r := &d.toks[c-1]; r.kind == tWord && !r.cap && (r.is(fRole|fCoTitle) || counselWords[r.low]) {
		// a possessive owns the role: "Norvale's chief executive"
		for j := c - 2; j >= lo && j >= c-4; j-- {
			t := &d.toks[j]
			if t.low == "its" {
				// "Within hours its spokesman, Dana Velez, posted a
				// video": the body's, as a later "he said" is
				side, rs = d.ownerSide(j, j+1), j
				break
			}
			if t.kind != tWord || t.is(fPrep|fConj|fSubord|fPron) {
				break
			}
			if _, poss := possessiveBase(t.low); poss {
				if d.stateOpposition(j, c) {
					return // "Tarvia's main opposition leader, Ivo Marek,": not Tarvia's
				}
				if side = d.namedOwner(j); side == "" {
					side = d.actorIn(j, j+1)
				}
				if side == "" {
					side = d.ownerSide(j, j+1)
				}
				if side == "" && t.cap {
					// a named person's deputy, spokesman or lawyer
					// speaks for the person's side: "Marek's deputy,
					// Ilse Varga," after "the board's director, Ivo
					// Marek"
					if b, _ := possessiveBase(t.low); b != "" {
						if p := d.findPerson(b); p != nil {
							side = p.side
							if side == "" && counselWords[d.toks[c-1].low] {
								// "Varga's lawyer, Ivo Marek,": counsel
								// speaks for the client, a side of
								// their own when no party owns them
								side = p.name
							}
						}
					}
				}
				if side == "" && t.cap && j == c-3 && (j == lo || !d.toks[j-1].cap) && cabinetRole(d.toks[c-2].low, d.toks[c-1].low) {
					// "Velsland's sports minister, Rasmus Tell,": a
					// name that has a minister of a portfolio is a
					// state, as one with a ministry is (a person has
					// no cabinet), though the article named it before
					// only as an athlete's country or inside a body's
					// name
					if b, _ := possessiveBase(t.low); d.findPerson(b) == nil && lexicon[b]&(fOrg|fGroup) == 0 {
						if o := d.addOpen(openActor{name: trimPossessive(d.str[t.s:t.e]), state: true}); o != nil {
							side = o.name
						}
					}
				}
				rs = j
				break
			}
		}
	} else {
		// the body after the role's preposition: "the director of the
		// Border Directorate,"
		for j := c - 2; j > lo && j >= c-7; j-- {
			w := d.toks[j].low
			if w == "of" || w == "at" || w == "for" {
				if p := &d.toks[j-1]; p.kind == tWord && !p.cap && p.is(fRole|fCoTitle) {
					rs, side = j-1, d.actorIn(j+1, c)
					if sb := d.subBody(j+1, c); sb != "" {
						// "A spokeswoman for the UN food programme, Lena
						// Varga,": the body itself, as when she speaks
						// unnamed (resolveHead)
						d.addPerson(d.join(k, k+n), d.lows(k, k+n), d.join(rs, c), sb)
						return
					}
				}
				break
			}
			if d.toks[j].kind != tWord || d.toks[j].is(fConj|fSubord|fPron) {
				break
			}
		}
	}
	if side == "" {
		return
	}
	// a state's company speaks for its owner ("Vostria's state gas
	// company, Vostgaz,": its chief executive is Vostria's)
	d.addPerson(d.join(k, k+n), d.lows(k, k+n), d.join(rs, c), d.sideOf(side))
}

// cabinetRole reports whether the words w, r are a cabinet office of a
// state by its portfolio: "sports minister", "education secretary", not
// "prime minister" (a head, whom news quotes for other states too) nor
// "general secretary" (a party's or a union's).
func cabinetRole(w, r string) bool {
	if r != "minister" && r != "secretary" {
		return false
	}
	switch w {
	case "prime", "general", "deputy", "former", "assistant", "executive", "permanent", "press", "first":
		return false
	}
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// counselWords name who speaks for a client in a case: "Varga's lawyer,
// Ivo Marek," speaks on Varga's side (roleThenName).
var counselWords = map[string]bool{"lawyer": true, "attorney": true, "solicitor": true}

// namedOwner returns the side of the organisation named before that
// "the WORD's" calls by a word of its name: "the Community's
// secretary-general" after the Northern Energy Community spoke, "the
// trust's medical director" after the Kelvan Hospital Trust. News
// calls a body back by its head noun, so the body whose name holds
// that word owns the role, not the last body quoted (which may be its
// opponent); "" when no organisation's name holds it.
func (d *docState) namedOwner(j int) string {
	if j == 0 || d.toks[j-1].low != "the" {
		return ""
	}
	o := d.lastNamedBy(j, j+1, true)
	if o == nil {
		return ""
	}
	return d.government(o.name).side
}

// countedModel reports whether the name [s, j) is counted and followed
// by a common noun: "nine Orsk Glide scooters", "eleven Voltaro City
// e-bikes" name a product model, not a person whose first name would
// take the maker's ("Orsk rejects that").
func (d *docState) countedModel(s, j, lo, hi int) bool {
	if s == lo || j >= hi || d.toks[j].kind != tWord || d.toks[j].cap || !d.nounLike(j) {
		return false
	}
	c := &d.toks[s-1]
	return c.kind == tNum || c.kind == tWord && !c.cap && countWord(c.low)
}

// countWord reports whether w counts things: a figure's word ("nine",
// "eleven", "dozens"), as quantityWord reads them.
func countWord(w string) bool {
	return quantityWord(w) || teenWords[w]
}

// teenWords are the numbers from eleven to nineteen, which count as
// "nine" does.
var teenWords = map[string]bool{
	"eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
	"seventeen": true, "eighteen": true, "nineteen": true,
}

// registerNames records the untitled names of tokens [lo, hi) outside
// quotations, two to four name words ("Ivo Marek visited the port"), so
// that a later surname ("Marek said") resolves to the full name. A
// sentence's first word is only part of a name when the lexicon does
// not know it ("Meanwhile", "Asked").
func (d *docState) registerNames(lo, hi int) {
	for i := lo; i < hi; i++ {
		t := &d.toks[i]
		if !t.cap || t.inQ || t.kind != tWord {
			continue
		}
		j := i
		for j < hi && j-i < 5 && d.isNameTok(j) && !d.toks[j].inQ {
			j++
		}
		s := i
		if s == lo && s < j && (d.toks[s].flags != 0 || d.toks[s].info != nil) {
			s++
		}
		if s > lo && s < j-1 && d.toks[s-1].is(fPrep|fTime) && months[d.toks[s].low] {
			s++ // "In June Kessund accused …": a date, then the name
		}
		var p *person
		// a person's name never goes on with "&": "Barrow Gas & Light"
		// is a firm's
		amp := j+1 < hi && d.firmAmp(j)
		if n := j - s; n >= 2 && n <= 4 && !(j < hi && d.toks[j].kind == tWord && d.toks[j].cap) && !amp && !d.countedModel(s, j, lo, hi) {
			// most names are known already: look them up by their text
			// before building it
			if p = d.personIdx[d.str[d.toks[s].s:d.toks[j-1].e]]; p != nil {
				d.seq++
				p.seen = d.seq
				if p.place && d.personUse(s, j, lo, hi) {
					p.place = false
				}
			} else {
				n, last := len(d.persons), (*person)(nil)
				if n > 0 {
					last = d.persons[n-1]
				}
				if p = d.addPerson(d.join(s, j), d.lows(s, j), "", ""); len(d.persons) != n || d.persons[n-1] != last {
					p.bornSent, p.bornAt = d.sentN, s // new, not a surname seen before
					p.place = d.placeUse(s, j, lo)
				} else if p.place && d.personUse(s, j, lo, hi) {
					p.place = false
				}
			}
		} else if n == 1 && d.surnames[d.toks[s].low] > 0 {
			p = d.findPerson(d.toks[s].low) // "Smith said": a surname seen before
			if p != nil && p.place && d.personUse(s, s+1, lo, hi) {
				p.place = false // "at Lincoln Marr's lab … Marr said"
			}
		}
		// the sentence's person is the first named, a place only while
		// no person follows it ("In Harbour Tesk, Anna Colm met …")
		if p != nil && (d.sentPerson == nil || d.sentPerson.place && !p.place) {
			d.sentPerson, d.sentPersonAt = p, s
			d.sentOpens = d.personOpens(lo, s)
		}
		if p != nil {
			d.notePerson(p, s, i == lo)
		}
		if j > i {
			i = j - 1
		}
	}
}

// placeUse reports whether the name [s, j) of the sentence opening at
// lo is used as a place's or a body's: after a place's preposition or
// "the" ("in Port Vellin", "at Dunmore Square", "the Orrin Caucus"), or
// ending in a place's or a body's noun ("Kessel Avenue", "Vellin
// County"). A possessive name is a person's or an owner's ("in Anna
// Berg's view"), never a place here.
func (d *docState) placeUse(s, j, lo int) bool {
	last := strings.TrimSuffix(d.toks[j-1].low, ".")
	if ownerForm(last) {
		return false
	}
	if placeHeads[last] || placeNouns[last] || orgHeads[last] {
		return true
	}
	if s == lo {
		return false
	}
	p := &d.toks[s-1]
	return p.kind == tWord && placeUsePreps[p.low]
}

// personUse reports whether the name [s, j) known as a place's can be a
// person's here: not a place's use, nor one that fits a place as well
// as a person, a possessive ("New Kessel's mayor") or a modifier before
// a noun ("North Vellin voters", "the Port Orrin ferry").
func (d *docState) personUse(s, j, lo, hi int) bool {
	if d.placeUse(s, j, lo) {
		return false
	}
	if ownerForm(d.toks[j-1].low) {
		return false
	}
	return j >= hi || d.toks[j].is(fVerb|fSpeech|fAux) || !d.nounLike(j)
}

// ownerForm reports whether a name's last word is an owner's, "'s",
// "’s" or a plural's bare apostrophe ("Berg's", "the Velks'"): the name
// of someone or something that has the noun after it.
func ownerForm(last string) bool {
	return strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") || strings.HasSuffix(last, "'")
}

// placeUsePreps are the words before a place's or a body's name, not a
// person's: "to", "from" and "with" are left out ("spoke to Anna Berg",
// "a call from Ivo Marek"), as is "of" ("the wife of Ivo Marek").
var placeUsePreps = map[string]bool{
	"in": true, "at": true, "near": true, "across": true, "outside": true, "inside": true,
	"throughout": true, "around": true, "into": true, "the": true,
}

// unnamedAside reports whether the aside [as, ae) only says the speaker
// would not be named ("who asked not to be named", "who did not want
// to be identified", "who declined to give her name"): it adds nothing
// to who they are, and the description before it stands as it would
// alone ("a resident of Kessel Lane").
func (d *docState) unnamedAside(as, ae int) bool {
	if as < 0 || ae-as < 4 || ae-as > 9 || d.toks[as].low != "who" {
		return false
	}
	named, refused := false, false
	for k := as + 1; k < ae; k++ {
		if d.toks[k].cap {
			return false // "who gave his name only as Tomas": a name
		}
		switch d.toks[k].low {
		case "named", "identified", "name":
			named = true
		case "anonymity":
			named, refused = true, true
		case "not", "declined", "refused", "withheld":
			refused = true
		}
	}
	return named && refused
}

// streetHeads end the names of streets and squares, where people live
// and shops stand: "Kessel Lane", "Orrin Square".
var streetHeads = map[string]bool{
	"street": true, "avenue": true, "road": true, "boulevard": true, "lane": true, "square": true,
	"plaza": true, "crescent": true, "terrace": true,
}

// placeHeads are the capitalised last words of a place's or a building's
// name: "Kessel Avenue", "Vellin County", "Orrin State University".
var placeHeads = map[string]bool{
	"street": true, "avenue": true, "road": true, "boulevard": true, "lane": true, "square": true,
	"county": true, "state": true, "states": true, "university": true, "college": true, "school": true,
	"church": true, "cathedral": true, "mosque": true, "temple": true, "center": true, "centre": true,
	"tower": true, "hall": true, "park": true, "airport": true, "station": true, "bridge": true,
	"convention": true, "conference": true, "caucus": true, "sea": true, "ocean": true, "river": true,
	"lake": true, "bay": true, "beach": true, "mountains": true, "heights": true, "hills": true,
	"stadium": true, "arena": true, "hospital": true, "museum": true, "plaza": true, "harbor": true,
	"harbour": true, "coast": true, "islands": true, "zone": true, "act": true, "reserve": true,
}

// join returns the view text of tokens [i, j) with single spaces.
func (d *docState) join(i, j int) string {
	if s, ok := d.plainSpan(i, j); ok {
		return s
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		t := &d.toks[k]
		// "P&G", "AT&T": an "&" written close is kept close
		glued := k > i && t.s == d.toks[k-1].e && (t.low == "&" || d.toks[k-1].low == "&")
		if k > i && !glued && (t.kind != tPunct || t.low == "&") && !(t.kind == tSQuote && t.s == d.toks[k-1].e) && !(k > 0 && (d.toks[k-1].low == "(" || d.toks[k-1].low == "/")) || k > i && t.low == "(" {
			b.WriteByte(' ')
		}
		b.WriteString(d.str[t.s:t.e])
	}
	return strings.ReplaceAll(b.String(), "’", "'")
}

// plainSpan returns the view text of words [i, j) when join would
// build the same: single spaces between them, no curly apostrophe.
func (d *docState) plainSpan(i, j int) (string, bool) {
	if j <= i {
		return "", true
	}
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if t.kind != tWord && t.kind != tNum || k > i && t.s != d.toks[k-1].e+1 || d.str[t.s-min(t.s, 1)] != ' ' && k > i {
			return "", false
		}
	}
	s := d.str[d.toks[i].s:d.toks[j-1].e]
	// "’" starts with byte 0xE2, which most spans lack: a byte search
	// first, cheaper on a short span than a search for the three bytes
	// (resolveHead asks this of most names; 0.2 M of BenchmarkExtract's
	// 110.5 M instructions)
	if strings.IndexByte(s, 0xE2) >= 0 && strings.Contains(s, "’") {
		return "", false
	}
	return s, true
}

// The slice is d's buffer, valid until the next call: addPerson copies
// the parts it keeps, and most calls name a person already known.
func (d *docState) lows(i, j int) []string {
	out := d.lowsBuf[:0]
	for k := i; k < j; k++ {
		out = append(out, strings.TrimSuffix(d.toks[k].low, "."))
	}
	d.lowsBuf = out
	return out
}

// actorIn returns the first actor mentioned in tokens [i, j).
func (d *docState) actorIn(i, j int) string {
	for k := i; k < j; k++ {
		if m := d.mentAt[k]; m >= 0 && d.ments[m].actor != "" {
			return d.ments[m].actor
		}
	}
	return ""
}

// actorsIn returns the distinct actors mentioned in tokens [i, j), in order.
func (d *docState) actorsIn(i, j int) []string {
	var buf [4]string // copied into the document's arena (keepStrs)
	out := buf[:0]
	for k := i; k < j; k++ {
		if m := d.mentAt[k]; m >= 0 && d.ments[m].actor != "" && d.ments[m].i == k {
			if !slices.Contains(out, d.ments[m].actor) {
				out = append(out, d.ments[m].actor)
			}
		}
	}
	return d.keepStrs(out...)
}

// stockMoves are the words after "<firm> shares" that make "shares" the
// firm's stock: how it moved, or a form of "be" or "have".
var stockMoves = map[string]bool{
	"closed": true, "fell": true, "rose": true, "slid": true, "jumped": true, "dropped": true,
	"gained": true, "lost": true, "slumped": true, "surged": true, "tumbled": true, "climbed": true,
	"plunged": true, "soared": true, "ended": true, "opened": true, "traded": true,
	"were": true, "are": true, "have": true, "had": true, "fall": true, "rise": true,
}

// speechCandidate reports whether token v can be the verb of an
// attribution: a reporting verb outside quotations, used as a verb.
func (d *docState) speechCandidate(v, lo int) bool {
	t := &d.toks[v]
	if t.kind != tWord || t.cap || t.inQ || !t.is(fSpeech) || d.used[v] {
		return false
	}
	// a participle only in the progressive: "is telling", "are slamming"
	prog := false
	if strings.HasSuffix(t.low, "ing") {
		if v <= lo || !progressiveAuxF.has(progressiveAux, d.toks[v-1].low) && !contractedBe(&d.toks[v-1]) {
			return false
		}
		prog = true
	}
	if t.low == "shares" && v > lo && v+1 < len(d.toks) && d.toks[v-1].kind == tWord && d.toks[v-1].cap && !d.toks[v-1].is(fPron) && stockMoves[d.toks[v+1].low] {
		// "Velmar shares closed down 14%", "Velmar shares were up":
		// a firm's stock after its name, then how it moved; "Marek
		// shares his concerns" stays speech
		return false
	}
	vi := t.speech()
	if vi.class == vAccuse && v > lo && d.modalBefore(v, lo) {
		// "both governments would blame the other", "Velland could
		// accuse Ostmark of anything": a charge that may be laid, not
		// one laid; "would later accuse" tells one laid
		return false
	}
	if v > lo && !prog {
		p := &d.toks[v-1]
		if p.kind == tWord && p.is(fAdv) && !p.is(fAux) && v-2 >= lo {
			p = &d.toks[v-2] // "has been widely condemned"
		}
		// noun use: "the claims", "Russia's denial", "his statement"
		// (not "Some said", "Many say": a part of a group speaks)
		// "a person close to her said": "her" is the tie's object there
		tiedHer := p == &d.toks[v-1] && p.low == "her" && d.tiedBefore(v-2, lo)
		if detOrPossessive(p) && !p.is(fAux) && !d.quantVerb(v) && !tiedHer {
			return false
		}
		// and after a preposition and a possessive: "In her post, X
		// said …" ("her" is an object too: "let her say")
		if p.kind == tWord && possessiveDetsF.has(possessiveDets, p.low) && v-2 >= lo && d.toks[v-2].kind == tWord && d.toks[v-2].is(fPrep) && !tiedHer {
			return false
		}
		// and after a modifier: "his opening remarks", "her latest claims"
		if v-2 >= lo && p.kind == tWord && !p.cap && (len(p.low) > 5 && strings.HasSuffix(p.low, "ing") || p.sets&sNounModifier != 0) {
			if q := &d.toks[v-2]; detOrPossessive(q) && !q.is(fAux) {
				return false
			}
		}
		// a base form after "a" and a word the lexicon does not know is a
		// noun: "facing a stiff challenge from", "issued a fresh call
		// for"; a singular subject takes no base form ("a majority say"
		// is a group's, "a spokesman said" no base form)
		if v-2 >= lo && t.low == vi.lemma && p.kind == tWord && !p.cap && p.flags == 0 {
			// the article before the two lists: most such words have none
			if q := &d.toks[v-2]; (q.low == "a" || q.low == "an") && !groupParts[p.low] && !collectiveHeads[p.low] {
				return false
			}
		}
		// a base form a participle and its agent follow is a noun: "The
		// forensic report commissioned by the party … dates the
		// infection"; a verb takes no bare participle with "by"
		if t.low == vi.lemma && v+2 < len(d.toks) && d.toks[v+2].low == "by" && d.toks[v+1].kind == tWord && !d.toks[v+1].cap && strings.HasSuffix(d.toks[v+1].low, "ed") {
			return false
		}
		// passive or infinitive: "is said to", "was reported", "to say"
		if p.kind == tWord && (p.low == "is" || p.low == "was" || p.low == "were" || p.low == "are" || p.low == "be" || p.low == "been" || p.low == "being" || p.low == "to" && !d.controlTo(v)) {
			return false
		}
		// after another reporting verb it is a noun: "told state television";
		// unless that word is the noun heading the subject ("the report
		// said", "voters in six states say": speakingNoun)
		if p.kind == tWord && p.is(fSpeech) && !p.cap && !p.is(fAux) && (p != &d.toks[v-1] || !d.speakingNoun(v-1, lo)) &&
			!(p == &d.toks[v-1] && p.sets&sEvidenceNoun != 0 && d.trailingDocument(v, lo) >= 0) {
			// (a document's noun ending the sentence's last phrase heads
			// it: "…, new fundraising reports show.")
			return false
		}
	}
	next := func(k int) string {
		if v+k < len(d.toks) {
			return d.toks[v+k].low
		}
		return ""
	}
	if n := next(1); n == "is" || n == "was" || n == "are" || n == "were" || n == "has" || n == "have" || n == "had" {
		return false // a noun: "the attack claim is false"
	}
	if (strings.HasSuffix(t.low, "s") || t.low == vi.lemma) && next(1) == "," && v+2 < len(d.toks) {
		// a noun closing an aside before the subject's own verb: "The
		// Monitor, a group that counts deaths from hospital lists,
		// said …", "…, which publishes annual reports, said": no
		// report ends on a comma straight before another
		if n := &d.toks[v+2]; n.kind == tWord && !n.cap && !n.inQ && n.is(fSpeech) && !strings.HasSuffix(n.low, "ing") {
			return false
		}
	}
	if d.inSubjectAside(v, lo) {
		return false
	}
	if v > lo && strings.HasSuffix(t.low, "ed") && d.toks[v-1].kind == tWord && !d.toks[v-1].cap && !d.toks[v-1].is(fPron|fAux|fAdv) && participleVerbs[vi.lemma] {
		// a participle after a common noun, then a preposition, is a
		// reduced relative: "a message posted on its channel", "the
		// deal offered by the council"; "the union posted a statement"
		// and "Marek referred to …" report
		if n := next(1); n == "by" || npPrepsF.has(npPreps, n) || n == "online" {
			return false
		}
	}
	if vi.thatOnly {
		return d.thatAhead(v)
	}
	if phrasalLemmas[vi.lemma] {
		return d.particleHeld(v)
	}
	switch vi.lemma {
	case "find", "show", "indicate", "conclude":
		if vi.lemma == "conclude" && (d.afterQuoteComma(v, lo) || d.quoteFollows(v)) {
			// a speaker ending his remarks: '“…,” Vell concluded.',
			// 'Vell concluded, “…”'
			return true
		}
		return d.thatAhead(v) || d.evidenceSubject(v, lo)
	case "convince", "persuade", "reassure", "notify":
		// not after another verb: "helped convince" has its subject
		// before "helped", which npLeft does not read past
		return d.recipientThat(v) && (v == 0 || !d.toks[v-1].is(fVerb) || d.toks[v-1].is(fAux))
	case "see", "view", "consider", "regard":
		// a judgement: "X sees the plan as a threat", "views Y as";
		// not "saw the bridge"
		return next(1) == "that" || d.asAhead(v)
	case "call":
		return next(1) == "for" || d.dismissal(v) || d.callNaming(v) || d.callOn(v) || d.callJudged(v)
	case "decline", "refuse":
		// a refusal to speak is a report: "declined to comment", "refused
		// to say whether …"; not "prices declined", "refused to fight"
		if next(1) != "to" || v+2 >= len(d.toks) || !d.toks[v+2].is(fSpeech) && !refusedSpeech[next(2)] {
			return false
		}
		// "declined to comment on X but said …": the sentence's report is
		// what the speaker did say; the refusal only frames it
		for k := v + 3; k < len(d.toks) && !isEnd(&d.toks[k]); k++ {
			if d.toks[k].low != "but" {
				continue
			}
			for j := k + 1; j < len(d.toks) && j <= k+4; j++ {
				if d.toks[j].is(fSpeech) && !d.toks[j].cap {
					return false
				}
			}
		}
		return true
	case "put":
		return d.putAt(v) || d.asPutIt(v)
	case "offer", "express":
		return !d.condolence(v)
	case "blast":
		// "blasted the ruling"; "a blast", "the blasts" are nouns
		return t.low != "blast" && t.low != "blasts"
	case "continue":
		// a frame of speech only before its words: "he continued, “…”",
		// "“…,” Marek continued.", "continued: …"; not "continued to
		// fight", "continued his tour"
		n := next(1)
		return n == "," || n == ":" || n == "." || n == "that" || v+1 < len(d.toks) && d.toks[v+1].kind == tQuote
	case "agree":
		// "agreed that …", "agree on who …"; not "agree on almost
		// nothing": what two parties share, nobody's report
		if n := next(1); n == "on" || n == "upon" {
			switch next(2) {
			case "who", "what", "whether", "how", "why", "which", "where", "when":
				return true
			}
			return v+2 < len(d.toks) && d.toks[v+2].is(fTime)
		}
	case "point":
		return next(1) == "out"
	case "recall":
		// "recalled its ambassador", "recalled troops from the border": a
		// withdrawal of people, no memory reported
		k := v + 1
		if k < len(d.toks) && d.toks[k].is(fDet) {
			k++
		}
		return !(k < len(d.toks) && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k].is(fRole|fGroup))
	case "speak", "talk":
		return d.speakOf(v)
	case "state", "counter", "post", "note", "comment", "report", "claim", "demand", "promise":
		if t.low == "state" && v > lo && d.mentAt[v-1] >= 0 && d.ments[d.mentAt[v-1]].demonym {
			return false // "Talvanian state television": a noun
		}
		if t.low == "state" && next(1) == "of" {
			return false // "his home state of Nebraska", "the state of emergency": a noun
		}
		if next(1) != "that" && d.speakingNoun(v, lo) {
			// a document's or a state's noun only, as speakingNoun:
			// "its owners promise answers", "the families of the
			// victims demand answers" have their verbs
			return false // the subject's noun before its verb: "the congressional report said"
		}
		// mostly nouns in the bare plural ("member states", "reports of"):
		// accept -s forms only right after a name or pronoun
		if strings.HasSuffix(t.low, "s") && v > 0 {
			p := &d.toks[v-1]
			if !(p.kind == tWord && (p.cap || p.is(fPron)) || d.documentSays(v, lo) || d.bodySays(v, lo) || d.appositionSays(v, lo)) {
				return false
			}
		}
	}
	return true
}

// documentSays reports whether the -s form at v ("notes", "states",
// "claims") follows a document's noun that a determiner or possessive
// sets, as its verb: "the paper notes the state monitors …", "the ad
// states", "The lawsuit claims". Not a noun's plural after another
// noun: "the member states", "the insurance claims".
func (d *docState) documentSays(v, lo int) bool {
	k := v - 1
	if k <= lo {
		return false
	}
	p := &d.toks[k]
	if p.kind != tWord || p.cap || !(statementNouns[p.low] || docSubjects[p.low] || p.sets&sEvidenceNoun != 0) {
		return false
	}
	if n := v + 1; n >= len(d.toks) || isEnd(&d.toks[n]) || d.toks[n].is(fAux|fPrep) && d.toks[n].low != "that" {
		return false // "the report claims were false", "the ad states of mind"
	}
	return d.determinedNoun(k, lo)
}

// bodySays reports whether the -s form at v ("states", "notes",
// "claims") is the verb of a body's noun that a determiner sets, before
// "that" and a clause: "The bank states that real notes carry a strip",
// "the ministry claims that". Not a plural noun that a relative clause
// follows: "the bank notes that were seized" ("that" before a verb).
func (d *docState) bodySays(v, lo int) bool {
	k := v - 1
	if k <= lo || v+2 >= len(d.toks) || d.toks[v+1].low != "that" {
		return false
	}
	p := &d.toks[k]
	if p.kind != tWord || p.cap || !(orgHeads[p.low] || companyNouns[p.low] || stateOrgans[p.low]) {
		return false
	}
	if n := &d.toks[v+2]; n.kind != tWord || n.is(fAux|fPast) {
		return false // "the union claims that were rejected": a relative clause
	}
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if q := &d.toks[j]; q.kind == tWord && detOrPossessive(q) && !q.is(fAux) {
			// the body heads the subject, not a preposition's object
			// within it: "A correspondent near the embassy reports
			// that" is the correspondent's
			return j == lo || !d.toks[j-1].is(fPrep)
		}
		if q := &d.toks[j]; q.kind != tWord || q.cap || q.flags != 0 {
			return false
		}
	}
	return false
}

// docSubjects are documents that speak in news prose besides the
// statements and evidence already listed: "the paper notes", "the suit
// claims".
var docSubjects = map[string]bool{
	"paper": true, "lawsuit": true, "suit": true, "complaint": true, "document": true, "book": true,
	"article": true, "editorial": true, "column": true, "filing": true, "indictment": true,
	"ruling": true, "order": true, "opinion": true, "resolution": true, "platform": true,
}

// appositionSays reports whether the -s form at v closes an apposition
// set off by commas and comes before "that": "Gerry Malden, a
// consultant, notes that …" is the verb of the named subject; "member
// states, notes and claims" has no "that".
func (d *docState) appositionSays(v, lo int) bool {
	if v-1 <= lo || d.toks[v-1].low != "," || v+1 >= len(d.toks) || d.toks[v+1].low != "that" {
		return false
	}
	s, _, as, _ := d.npLeft(v, lo)
	return s >= 0 && as >= 0
}

// quantVerb reports whether reporting word v, after a determiner, is
// the verb of a part of a group or of a quantifier floated off its
// subject rather than a noun: "Some said", "Many say", "have both
// argued"; not "some claims".
func (d *docState) quantVerb(v int) bool {
	t, p := &d.toks[v], &d.toks[v-1]
	if floatedF.has(floated, p.low) && v-2 >= 0 && d.floatAux(v-2) {
		return true
	}
	if (p.low == "both" || p.low == "all") && v-2 >= 0 && d.floatHost(v-2) {
		// with no auxiliary, a past form or a "that" after the verb:
		// "X and Y both argued", "the ministers all agree that …"; "X
		// and Y both claim the reef" is a claim to land, not speech
		return t.is(fPast) || v+1 < len(d.toks) && d.toks[v+1].low == "that"
	}
	if p.sets&sQuantSpeaker == 0 {
		return false
	}
	// a past tense, or a base form before "that" or closing an aside, is
	// no plural noun: "Others warned", "Many argue that", "That plan,
	// many argue, could …"
	if t.low == "said" || t.low == "say" || t.low == "told" || strings.HasSuffix(t.low, "ed") {
		return true
	}
	if t.low != t.speech().lemma || v+1 >= len(d.toks) {
		return false
	}
	n := d.toks[v+1].low
	return n == "that" || n == "," && v-2 >= 0 && d.toks[v-2].low == ","
}

// controlWords take an infinitive whose subject is their own: "is quick
// to point out", "continued to insist", "are more likely to say".
var controlWords = map[string]bool{
	"quick": true, "likely": true, "careful": true, "eager": true, "ready": true, "correct": true,
	"right": true, "continue": true, "continued": true, "continues": true,
	"continuing": true, "moved": true, "rushed": true, "hastened": true, "went": true, "proceeded": true,
}

// degreeWords grade a control word: "more likely", "too quick".
var degreeWords = map[string]bool{"more": true, "less": true, "most": true, "so": true, "too": true, "very": true}

// controlTo reports whether reporting verb v is the infinitive of a
// control word (controlAt).
func (d *docState) controlTo(v int) bool { return d.controlAt(v) >= 0 }

// controlAt returns the index of the control word whose infinitive
// reporting verb v is ("quick to point out that", "continued to insist
// that", "went on to say that"), with a "that" clause after it, else -1:
// the control word's subject says the clause.
func (d *docState) controlAt(v int) int {
	if v-2 < 0 || d.toks[v-1].low != "to" {
		return -1
	}
	c := v - 2
	if d.toks[c].low == "on" && c-1 >= 0 && d.toks[c-1].low == "went" {
		c-- // "went on to say"
	}
	if !controlWords[d.toks[c].low] || d.toks[c].cap || d.toks[c].low == "went" && c == v-2 {
		return -1
	}
	if d.thatAhead(v) || v+2 < len(d.toks) && d.toks[v+1].low == "out" && d.toks[v+2].low == "that" || d.bareClause(v+1, len(d.toks)) {
		return c
	}
	return -1
}

// recipientThat reports whether a "that" clause follows verb v after
// the one told, a noun phrase of up to six words: "convinced the
// party's donors that", "reassured them that".
func (d *docState) recipientThat(v int) bool {
	for k := v + 1; k < len(d.toks) && k <= v+7; k++ {
		t := &d.toks[k]
		switch {
		case t.kind != tWord:
			return false
		case t.low == "that":
			return k > v+1
		case t.is(fVerb|fAux|fConj|fSubord|fRel) && !t.is(fNounish|fDet):
			return false
		}
	}
	return false
}

// condolence reports whether the verb at v ("offered", "expressed")
// gives a gesture of sympathy, no report: "offered its condolences to
// the family", "expressed her deepest sympathy", "offered their
// thoughts and prayers".
func (d *docState) condolence(v int) bool {
	k := v + 1
	if k < len(d.toks) && d.toks[k].is(fDet) {
		k++
	}
	for ; k < len(d.toks) && k <= v+3; k++ {
		if t := &d.toks[k]; t.kind != tWord || !t.is(fAdv) && !deepWords[t.low] {
			break
		}
	}
	return k < len(d.toks) && sympathyNouns[d.toks[k].low]
}

// sympathyNouns are what a party offers the bereaved.
var sympathyNouns = map[string]bool{
	"condolences": true, "condolence": true, "sympathy": true, "sympathies": true, "thoughts": true, "prayers": true,
}

// deepWords strengthen sympathy: "its deepest condolences".
var deepWords = map[string]bool{"deepest": true, "deep": true, "sincere": true, "sincerest": true, "heartfelt": true, "profound": true}

// asPutIt reports whether "put" at v is the verb of "As X put it, …"
// (or "as X put it in a memo to staff, …"): the words after the comma are
// X's, the clause "as" opens frames them as "As X told Y, …" does. The
// subject between "as" and the verb is a phrase of words only; "put it"
// with no "as" before ("she put it on the table") is no report.
func (d *docState) asPutIt(v int) bool {
	if v+2 >= len(d.toks) || d.toks[v+1].low != "it" {
		return false
	}
	if n := d.toks[v+2].low; n != "," && n != ":" && n != "in" {
		return false
	}
	for k := v - 1; k >= 0 && v-k <= 20; k-- {
		t := &d.toks[k]
		if t.low == "as" && k+1 < v {
			return k == 0 || d.toks[k-1].low == "," || isEnd(&d.toks[k-1]) || d.toks[k-1].kind == tWord && d.toks[k-1].is(fConj)
		}
		if t.kind == tPunct && t.low != "," && t.low != "(" && t.low != ")" && t.low != "-" || t.kind == tWord && !t.cap && !t.inQ && t.is(fVerb|fSpeech) && !t.is(fAux) {
			return false
		}
	}
	return false
}

// putAt reports whether "put" at v gives a party's figure: "put the
// death toll at 18", "puts the number of schools closed at about 460",
// "put its losses at \"more than 90,000\"", "put Marek's weight on 28
// March at 51 kilograms". The object opens with a determiner or a
// possessive and "at" is followed by a number within a few words; "put
// pressure on", "put the blame at its door", "put lives at risk" give
// no figure.
func (d *docState) putAt(v int) bool {
	k := v + 1
	if k >= len(d.toks) || d.toks[k].kind != tWord || !d.toks[k].is(fDet) && !strings.HasSuffix(d.toks[k].low, "'s") && !strings.HasSuffix(d.toks[k].low, "’s") {
		return false // "put the toll", "put Marek's weight"; not "put pressure"
	}
	for j := k + 1; j < len(d.toks) && j <= k+9; j++ {
		t := &d.toks[j]
		if isEnd(t) || t.low == "," || t.low == ";" || t.low == "at" && j == k+1 {
			return false
		}
		if t.low != "at" {
			continue
		}
		for n := j + 1; n < len(d.toks) && n <= j+4; n++ {
			u := &d.toks[n]
			if u.kind == tNum || numberWords[u.low] {
				return true
			}
			if u.kind != tQuote && !approxWords[u.low] {
				return false
			}
		}
		return false
	}
	return false
}

// approxWords hedge a figure: "at about 460", "at more than 90,000".
var approxWords = map[string]bool{
	"about": true, "around": true, "roughly": true, "some": true, "nearly": true, "almost": true,
	"more": true, "less": true, "fewer": true, "than": true, "over": true, "under": true,
	"least": true, "most": true, "just": true, "up": true, "to": true, "between": true,
}

// thatAhead reports whether a "that" clause follows verb v, right after
// it or after a time phrase of up to three words: "concluded that",
// "ruled on Tuesday that", "found last month that", "found in 2014
// that", "proclaimed in July that".
func (d *docState) thatAhead(v int) bool {
	for k := v + 1; k < len(d.toks) && k <= v+4; k++ {
		t := &d.toks[k]
		switch {
		case t.kind == tNum && k > v+1:
			// a year or a day after "in" or a month: "in 2014", "May 3"
		case t.kind != tWord:
			return false
		case t.low == "that":
			return true
		case !t.is(fTime) && t.low != "on" && t.low != "in" && !(t.cap && months[t.low]):
			return false
		}
	}
	return false
}

// quoteFollows reports whether a quotation opens right after verb v and
// a comma or a colon: 'Vell concluded, “…”'.
func (d *docState) quoteFollows(v int) bool {
	if v+2 >= len(d.toks) {
		return false
	}
	p, q := &d.toks[v+1], &d.toks[v+2]
	return p.kind == tPunct && (p.low == "," || p.low == ":") && q.kind == tQuote && q.open
}

// asideFrames are the reporting verbs that close a subject's aside in
// news: "X, who …, said", "…, told reporters", "…, denied".
var asideFrames = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "insisted": true,
	"denied": true, "denies": true, "argued": true, "warned": true, "wrote": true,
}

// inSubjectAside reports whether verb v stands in a relative clause set
// off by commas between a subject and its own reporting verb: "An
// official, who spoke on condition of anonymity because the board does
// not comment on disputes, said …" reports with "said", not "comment".
func (d *docState) inSubjectAside(v, lo int) bool {
	k := v - 1
	for k > lo && v-k <= 16 && d.toks[k].low != "," && !d.toks[k].is(fRel) {
		k--
	}
	if k <= lo || d.toks[k].low != "who" || d.toks[k-1].low != "," {
		return false
	}
	for j := v + 1; j+1 < len(d.toks) && j-v <= 16 && !isEnd(&d.toks[j]); j++ {
		if t := &d.toks[j]; t.inQ || t.kind == tQuote {
			return false
		}
		if d.toks[j].low == "," {
			n := &d.toks[j+1]
			return n.mayReport() && asideFrames[n.low]
		}
	}
	return false
}

// speakOf matches "spoke of X", "talked about X", after adverbs or a
// particle ("spoke highly of", "spoke out about", "talked at length
// about"): what was spoken of is the report; "spoke to reporters",
// "talks with the union" and "speaking at a rally" report nothing.
func (d *docState) speakOf(v int) bool {
	for k := v + 1; k < len(d.toks) && k <= v+4; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.cap {
			return false
		}
		switch {
		case t.low == "of" || t.low == "about":
			return true
		case t.low == "out" || t.low == "up" || t.low == "at" || t.low == "length" || t.is(fAdv) && !t.is(fNeg|fTime) || len(t.low) > 4 && strings.HasSuffix(t.low, "ly"):
		default:
			return false
		}
	}
	return false
}

// speaksOf reports whether reporting verb v, when a form of "speak" or
// "talk", says what was spoken of (speakOf): the frames that take any
// reporting verb ("and spoke to reporters", "with Marek speaking at a
// rally") ask it; "put" only before a figure (putAt); every other
// reporting verb passes.
func (d *docState) speaksOf(v int) bool {
	l := d.toks[v].speech().lemma
	if l == "put" {
		return d.putAt(v) // "and put the toll at 18", not "and put lives at risk"
	}
	if (l == "offer" || l == "express") && d.condolence(v) {
		return false // "and offered its condolences to the family"
	}
	return l != "speak" && l != "talk" || d.speakOf(v)
}

// participleVerbs are stances whose past participle often follows its
// noun in a reduced relative ("a message posted on …", "the aid
// offered by …").
var participleVerbs = map[string]bool{
	"thank": true, "seek": true, "discuss": true, "echo": true, "offer": true, "share": true, "post": true,
	"apologise": true, "apologize": true, "compare": true, "imply": true, "recommend": true, "refer": true,
	"list": true, "focus": true, "present": true,
}

// asAhead reports whether "as" follows verb v within its clause: "sees
// the plan as a threat", "regarded him as a rival".
func (d *docState) asAhead(v int) bool {
	for k := v + 1; k < len(d.toks) && k <= v+8; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			return false
		}
		if t.low == "as" {
			return k > v+1
		}
	}
	return false
}

// authorBy returns where "by" follows a document noun in the phrase
// [s, e) before a capitalised name ("a report by Amnesty
// International", "a 2019 study by the University of Fredville"), or -1.
func (d *docState) authorBy(s, e int) int {
	k := -1
	for j := s + 1; j < e && j <= s+4; j++ {
		if d.toks[j].low == "by" {
			k = j
			break
		}
	}
	if k < 0 || !evidenceNouns[d.toks[k-1].low] || k+1 >= e {
		return -1
	}
	n := k + 1
	if d.toks[n].low == "the" && n+1 < e {
		n++
	}
	if !d.toks[n].cap || d.toks[n].kind != tWord {
		return -1
	}
	return k
}

// evidenceNouns name documents and counts that news prose cites as the
// source of a finding: "a poll released Tuesday shows …", "…, campaign
// finance records show".
var evidenceNouns = map[string]bool{
	"poll": true, "polls": true, "polling": true, "survey": true, "surveys": true, "report": true,
	"reports": true, "study": true, "studies": true, "data": true, "records": true, "analysis": true,
	"inquiry": true, "investigation": true, "review": true, "audit": true, "research": true,
	"documents": true, "results": true, "figures": true, "numbers": true, "statistics": true,
	"census": true, "findings": true, "filings": true, "memo": true, "emails": true, "count": true,
	"tally": true, "tallies": true, "estimates": true, "assessment": true, "probe": true, "evidence": true,
	"returns": true, "sheet": true, "calculations": true, "projections": true,
}

// evidenceSubject reports whether the verb of evidence at v has a
// document as its subject: the noun right before it, past a time word
// or an adverb ("the poll also showed", "Monday's survey shows", "a
// Courier poll last week showed").
func (d *docState) evidenceSubject(v, lo int) bool {
	for k := v - 1; k >= lo && k >= v-3; k-- {
		t := &d.toks[k]
		if t.low == "," && k == v-1 {
			// "The poll, released Wednesday by the institute, showed"
			return d.documentHead(v, lo) >= 0
		}
		if t.kind != tWord {
			return false
		}
		if evidenceNouns[t.low] {
			return true
		}
		if t.low == "there" || t.low == "here" {
			continue // a place the count was taken: "polls there show"
		}
		if !t.is(fAdv|fAux|fTime) || t.is(fNeg) {
			return d.documentHead(v, lo) >= 0 || d.trailingDocument(v, lo) >= 0
		}
	}
	return d.documentHead(v, lo) >= 0
}

// trailingDocument returns the start of a document phrase that follows
// the last comma before verb of evidence v and ends the sentence with it:
// "…, campaign finance records compiled by the Velmont Center show.",
// "…, new fundraising reports show.", "…, tallies by the Courier and
// other trackers show." The phrase ends in the document's noun or has
// one with its modifier (documentHead); only adjectives, nouns, names
// and numbers come before the noun. It returns -1 otherwise.
func (d *docState) trailingDocument(v, lo int) int {
	c := -1
	for k := v - 1; k > lo && k >= v-14; k-- {
		if d.toks[k].low == "," {
			c = k
			break
		}
	}
	end := v + 1
	for end < len(d.toks) && end-v < 12 && !isEnd(&d.toks[end]) {
		end++
	}
	if c < 0 || c+1 >= v || !d.adjunctOnly(v, end) {
		return -1
	}
	if d.documentHead(v, c+1) >= 0 {
		return c + 1
	}
	if t := &d.toks[v-1]; t.kind != tWord || t.cap || t.sets&sEvidenceNoun == 0 || v-1-(c+1) > 4 {
		return -1
	}
	for k := c + 1; k < v-1; k++ {
		t := &d.toks[k]
		if t.kind != tWord && t.kind != tNum || t.inQ || !t.cap && t.is(fAux|fSpeech|fPrep|fConj|fSubord|fRel|fPron|fNeg) && !t.is(fDet) {
			return -1
		}
	}
	return c + 1
}

// documentHead returns the document noun that heads the subject of
// reporting verb v when a modifier follows it: "A poll from the
// Fredville Institute released Wednesday found", "a Courier poll out
// Monday showed", "exit polls taken in Fredville found", "a study by
// the institute found". The noun comes within the first five tokens of
// the clause after words that can modify it; a preposition, "out" or a
// participle follows it; and nothing up to v can open a clause of its
// own (a comma, an auxiliary, a relative word, another reporting verb).
// It returns -1 otherwise.
func (d *docState) documentHead(v, lo int) int {
	if v-lo > 16 {
		return -1
	}
	if d.toks[lo].is(fSubord) && !d.toks[lo].is(fDet) && d.toks[lo].low != "as" {
		// "Because exit polls … indicated": the subject starts after
		// it; "As a 2011 study noted, …" is the study's frame
		return -1
	}
	h := -1
	// a poll's joint sponsors, names joined by slashes ("a Courier/Radio
	// Norvia/Hale College poll"), lengthen the words that may come
	// before its noun: the slashes and the capitalised words after the
	// first count apart, up to ten
	names, joint := 0, false
	for k := lo; k < v && k-lo-names <= 4; k++ {
		t := &d.toks[k]
		if t.kind == tWord && (!t.cap || k == lo) && t.sets&sEvidenceNoun != 0 {
			// "Polls in Velland show …": a capital opening the clause
			h = k
			break
		}
		if t.low == "/" && k > lo && d.toks[k-1].cap && k+1 < v && d.toks[k+1].cap && names < 10 {
			names++
			joint = true
			continue
		}
		if joint && t.kind == tWord && t.cap && names < 10 {
			names++
		}
		if t.kind != tWord && t.kind != tNum || t.inQ || !t.cap && t.is(fAux|fSpeech|fPrep|fConj|fSubord|fRel|fPron) && !t.is(fDet) {
			return -1
		}
	}
	if h < 0 || h+2 >= v {
		return -1
	}
	from, to := h+2, v
	if d.toks[h+1].low == "," && d.toks[v-1].low == "," && h+3 < v-1 {
		// a participle's phrase set off by commas: "The poll, released
		// on Wednesday by the institute, showed"
		from, to = h+3, v-1
		if !participleLike(&d.toks[h+2]) {
			return -1
		}
	} else if n := &d.toks[h+1]; n.kind != tWord || n.cap || !(n.is(fPrep) || participleLike(n)) {
		return -1
	}
	for k := from; k < to; k++ {
		t := &d.toks[k]
		if t.kind == tWord && !t.inQ && (t.cap || !t.is(fAux|fSpeech|fRel|fSubord|fConj|fPron)) || t.kind == tNum || t.kind == tSQuote || t.low == "/" || t.low == "-" {
			continue
		}
		if t.low == "and" && d.toks[k-1].cap && k+1 < v && (d.toks[k+1].cap || d.toks[k+1].low == "the" || d.toks[k+1].low == "other") {
			continue // joint sponsors: "by the Courier and Radio Norvia", "and other trackers"
		}
		return -1
	}
	return h
}

// sponsoredPoll returns the poll or survey noun right before reporting
// verb v when the subject from lo is that poll named by its sponsors:
// capitalised names joined by slashes ("A Courier/Hale College poll
// found", "The latest Courier/Radio Norvia Poll shows") or holding a
// capitalised time word ("The Velmont Today poll found", an outlet's
// name). Such names hold what the ordinary subject reader stops at (a
// slash, a time word), so the whole phrase is read here. It returns -1
// otherwise.
func (d *docState) sponsoredPoll(v, lo int) int {
	h := v - 1
	if h-lo < 2 || v-lo > 12 {
		return -1
	}
	switch d.toks[h].low {
	case "poll", "polls", "survey", "surveys":
	default:
		return -1
	}
	k := lo
	if d.toks[k].is(fDet) && !d.toks[k].is(fPron) {
		k++
	}
	for k < h && d.toks[k].kind == tWord && !d.toks[k].cap && !d.toks[k].inQ && pollAdjectives[d.toks[k].low] {
		k++ // "the latest", "a new"
	}
	odd := false // a slash or a time word the ordinary reader stops at
	names := 0
	for ; k < h; k++ {
		t := &d.toks[k]
		switch {
		case t.low == "/" && k > lo && d.toks[k-1].cap && d.toks[k+1].cap:
			odd = true
		case t.kind == tWord && t.cap && !t.inQ && (k > lo || !t.is(fTime|fConj|fSubord|fPrep|fAdv|fPron)):
			names++
			odd = odd || t.is(fTime) && k > lo && d.toks[k-1].cap
		case t.kind == tWord && !t.cap && (t.low == "the" || t.low == "of") && names > 0 && d.toks[k+1].cap:
			// "Rock the Vote", "University of Hale" inside a name
		default:
			return -1
		}
	}
	if !odd || names == 0 {
		return -1
	}
	return h
}

// jointPoll reports whether tokens [s, e) end in a poll or survey noun
// and name its sponsors joined by a slash: "a Courier/Hale College poll".
func (d *docState) jointPoll(s, e int) bool {
	if e-s < 4 || !pollNoun(d.toks[e-1].low) {
		return false
	}
	for k := s + 1; k < e-2; k++ {
		if d.toks[k].low == "/" && d.toks[k-1].cap && d.toks[k+1].cap {
			return true
		}
	}
	return false
}

// pollAdjectives date or place a poll before its sponsors' names ("the
// latest Courier/Hale poll", "a new national Courier/Hale survey").
var pollAdjectives = map[string]bool{
	"new": true, "latest": true, "recent": true, "national": true, "statewide": true, "last": true,
	"first": true, "previous": true, "earlier": true, "final": true, "same": true, "joint": true,
}

// participleLike reports whether t is a participle that can follow a
// document's noun ("released", "taken", "done") or "out" ("a poll out
// Monday").
func participleLike(t *token) bool {
	return t.kind == tWord && !t.cap && (t.low == "out" || t.low == "taken" || t.low == "done" || irregularParticiples[t.low] || len(t.low) > 4 && strings.HasSuffix(t.low, "ed"))
}

// irregularParticiples follow a document's noun as "-ed" ones do: "a
// memo seen by the Courier", "a letter written by the mayor".
var irregularParticiples = map[string]bool{
	"seen": true, "written": true, "drawn": true, "given": true, "sent": true, "shown": true,
}

// shareAt reports whether token k is the "in" of a share: "nine in 10".
func (d *docState) shareAt(k int) bool {
	return d.toks[k].low == "in" && k > 0 && k+1 < len(d.toks) && numberLike(&d.toks[k-1]) && numberLike(&d.toks[k+1])
}

// outOfShare reports whether token k is the "of" of a share: "four out
// of 10".
func (d *docState) outOfShare(k int) bool {
	return d.toks[k].low == "of" && k-2 >= 0 && k+1 < len(d.toks) && d.toks[k-1].low == "out" && numberLike(&d.toks[k-2]) && d.toks[k+1].kind == tNum
}

// numberLike reports whether t is a number in digits or a small one in
// words.
func numberLike(t *token) bool {
	return t.kind == tNum || numberWordsF.has(numberWords, t.low)
}

var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// progressiveAux come before a reporting verb's -ing form in the
// progressive.
var progressiveAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true}

// personalContracted are the personal pronouns whose contractions with
// an auxiliary ("he's", "they've", "she'd") can only be subject and
// auxiliary: "he" and "they" have no possessive in "'s". "it's" and
// "that's" are left out: "it's said that …" is impersonal.
var personalContracted = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "you": true}

// subjectPron returns the pronoun a subject token stands for: the
// pronoun of a contraction with an auxiliary ("he's said" → "he",
// "they've argued" → "they"), which the tokenizer keeps as one word,
// else the token's own lower-case form.
func subjectPron(t *token) string {
	if t.flags&(fPron|fAux) != fPron|fAux {
		return t.low
	}
	i := strings.IndexByte(t.low, '\'')
	if i < 0 || !personalContracted[t.low[:i]] {
		return t.low
	}
	return t.low[:i]
}

// contractedBe reports whether t is a personal pronoun contracted with
// "is" or "are", the auxiliary of a progressive: "he's saying",
// "they're arguing".
func contractedBe(t *token) bool {
	return subjectPron(t) != t.low && (strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "'re"))
}

// nounModifiers come between a determiner and a reporting verb's noun:
// "her latest claims", "the earlier statement".
var nounModifiers = map[string]bool{"latest": true, "recent": true, "earlier": true, "previous": true, "repeated": true, "initial": true, "new": true}

// collectiveHeads after "a" take a plural verb: "a number say", "a
// handful disagree".
var collectiveHeads = map[string]bool{"number": true, "lot": true, "handful": true, "dozen": true, "couple": true, "host": true, "minority": true, "plurality": true}

// callNaming matches "called X Y": "called the strike “an appalling
// crime”", "called it a mistake", "called them liars": an object, then
// a quotation or a noun phrase with "a", or an object pronoun and a noun
// phrase.
func (d *docState) callNaming(v int) bool {
	if v+2 < len(d.toks) && objectPronouns[d.toks[v+1].low] {
		// "called them rapists", "call it the nerd prom"; not "called
		// him back", "called them on Monday"
		if n := &d.toks[v+2]; n.kind == tWord && !n.is(fPrep|fConj|fSubord|fAdv|fTime|fParticle|fAux|fRel) && n.low != "back" {
			return true
		}
	}
	k := v + 1
	for k < len(d.toks) && k <= v+6 {
		t := &d.toks[k]
		if k > v+1 && (t.kind == tQuote && t.open || t.low == "a" || t.low == "an" || d.openSQuote(k)) {
			return true
		}
		if t.kind != tWord || t.is(fPrep|fConj|fSubord|fAux) && !t.is(fDet) || t.low == "off" || t.low == "up" {
			return d.callQuoting(v)
		}
		k++
	}
	return d.callQuoting(v)
}

// callJudged matches "called X <judgement>" with a bare adjective for
// the judgement, where callNaming wants a quotation or an article:
// "called the payments lawful", "calls Marek unqualified", "called the
// quarrel with the board unusual", "calling the levies unconstitutional".
// The object is a noun phrase of up to eight words, with no auxiliary,
// subordinating or relative word and no preposition but those a noun
// takes ("the quarrel with the board"); the adjective, known by its
// shape (judgedAdj), follows a word of the object, not its article, and
// ends the clause or opens its complement ("unfit for office"). Not
// "called the union on Monday", "called Marek shortly after the vote".
func (d *docState) callJudged(v int) bool {
	if v+2 >= len(d.toks) {
		return false
	}
	if o := &d.toks[v+1]; o.kind != tWord || o.is(fPrep|fParticle|fAdv|fTime|fConj|fSubord|fAux) && !o.is(fDet|fPron) {
		return false
	}
	for k := v + 2; k < len(d.toks) && k <= v+9; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.inQ || t.is(fAux|fSubord|fRel) && !t.is(fDet) || t.is(fPrep) && !objectPreps[t.low] {
			return false
		}
		if t.cap || !judgedAdj(t.low) {
			continue
		}
		if p := &d.toks[k-1]; p.is(fDet) && !p.is(fPron) || p.is(fPrep) {
			continue // "the unusual step": an adjective of the object
		}
		if k+1 >= len(d.toks) {
			return true
		}
		switch n := &d.toks[k+1]; {
		case n.low == "to":
			return true // "unfit to serve": the adjective's complement
		case isEnd(n), n.low == ",", n.low == ";", n.low == "and", n.low == "because", n.low == "for":
			return !d.summonsAfter(k + 1)
		}
	}
	return false
}

// summonsAfter reports whether the clause from k goes on with "to" and
// a verb after the adjective's complement: "called the official
// responsible for the budget to testify" summons someone, judges nobody.
func (d *docState) summonsAfter(k int) bool {
	for start, e := k, k+12; k+1 < len(d.toks) && k <= e; k++ {
		t := &d.toks[k]
		if isEnd(t) || t.low == ";" || t.low == "," && k > start || t.low == "and" || t.low == "but" || t.inQ || t.is(fSubord|fRel) {
			return false // the clause ended: "called the payments lawful, and said … no attempt to hide them"
		}
		if t.low == "to" && d.toks[k+1].kind == tWord && !d.toks[k+1].cap && d.toks[k+1].is(fVerb) && !d.toks[k+1].is(fDet|fPron) {
			return true
		}
	}
	return false
}

// objectPreps are the prepositions a noun phrase may hold before a
// judgement (callJudged): "the quarrel with the board", "the tax on
// fuel", "the talks over the port".
var objectPreps = map[string]bool{"of": true, "with": true, "over": true, "on": true, "about": true, "between": true, "against": true, "in": true}

// judgedAdj reports whether lower-case word w has the shape of an
// adjective of judgement: a negated one ("unfair", "illegal",
// "irresponsible", "anti-union"), one of the suffixes that make
// adjectives of nouns and verbs ("lawful", "reckless", "dangerous",
// "acceptable", "hysterical"), or one of judgedAdjs, whose shape does
// not tell.
func judgedAdj(w string) bool {
	if len(w) < 5 {
		return judgedAdjs[w]
	}
	if judgedAdjs[w] {
		return true
	}
	switch {
	case strings.HasPrefix(w, "anti-"), strings.HasPrefix(w, "non-"):
		return true
	case strings.HasPrefix(w, "un") && !strings.HasPrefix(w, "under") && !unNouns[w]:
		return true
	case (strings.HasPrefix(w, "il") || strings.HasPrefix(w, "ir") || strings.HasPrefix(w, "in") || strings.HasPrefix(w, "im")) &&
		(strings.HasSuffix(w, "ible") || strings.HasSuffix(w, "able") || strings.HasSuffix(w, "ate") || strings.HasSuffix(w, "ent") && !strings.HasSuffix(w, "ment")):
		return true
	}
	for _, suf := range judgedSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// judgedSuffixes end adjectives (judgedAdj); "-ive", "-al", "-ent" and
// "-ary" end as many nouns ("executive", "rival", "president",
// "secretary") and are left to judgedAdjs.
var judgedSuffixes = []string{"ful", "less", "ous", "able", "ible", "ical", "istic"}

// unNouns begin with "un" and are no negated adjectives.
var unNouns = map[string]bool{
	"union": true, "unions": true, "unit": true, "units": true, "unity": true, "universe": true,
	"university": true, "universities": true, "uncle": true, "uncles": true, "unrest": true, "until": true,
	"unless": true, "unemployment": true, "uniform": true, "uniforms": true, "unionist": true, "unionists": true,
}

// judgedAdjs are adjectives of judgement whose shape does not mark them
// (judgedAdj).
var judgedAdjs = map[string]bool{
	"wrong": true, "unfit": true, "racist": true, "sexist": true, "absurd": true, "corrupt": true,
	"biased": true, "partisan": true, "premature": true, "extreme": true, "extremist": true, "divisive": true,
	"offensive": true, "excessive": true, "abusive": true, "deceptive": true, "destructive": true,
	"political": true, "radical": true, "illegal": true, "immoral": true, "misleading": true, "insulting": true,
	"appalling": true, "troubling": true, "disturbing": true, "disgusting": true, "deplorable": true,
	"dishonest": true, "incompetent": true, "competent": true, "qualified": true, "conservative": true,
	"liberal": true, "inappropriate": true, "unacceptable": true, "invalid": true, "fair": true, "safe": true,
}

// callQuoting matches "called X “…”" with a longer object before the
// quotation: "called the use of executive orders “quite dangerous”",
// "called Clinton, his rival, an ISIS “co-founder”", "called the
// assault that killed five officers “an attack”". The quotation opens
// within 14 tokens; an auxiliary, a subordinating word or a reporting
// verb before it ends the object ("called the police after the radio
// said “stay inside”").
func (d *docState) callQuoting(v int) bool {
	for k := v + 2; k < len(d.toks) && k <= v+14; k++ {
		t := &d.toks[k]
		if t.kind == tQuote && t.open || d.openSQuote(k) {
			return true
		}
		if t.kind == tWord && !t.cap && t.is(fSpeech) && !t.is(fAux|fSubord) && d.nounUse(k) {
			continue // "called Oster's remarks “racist”": a noun
		}
		if isEnd(t) || t.low == ";" || t.low == ":" || t.inQ || t.kind == tWord && !t.cap && t.is(fAux|fSubord|fSpeech) {
			return false
		}
	}
	return false
}

// nounUse reports whether the word at k follows a determiner or a
// possessive, as a noun does: "Oster's remarks", "the claims".
func (d *docState) nounUse(k int) bool { return detOrPossessive(&d.toks[k-1]) }

// detOrPossessive reports whether t is a determiner (not a pronoun) or a
// possessive, after which a word is used as a noun.
func detOrPossessive(t *token) bool {
	return t.kind == tWord && (t.is(fDet) && !t.is(fPron) || strings.HasSuffix(t.low, "'s"))
}

// determinedNoun reports whether the word at k is a noun by what comes
// before it: a determiner, a possessive or a number, past at most two
// words the lexicon does not know ("the report", "the congressional
// report", "six states", "each state"), or "of" ("secretary of
// state").
func (d *docState) determinedNoun(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		q := &d.toks[j]
		if q.kind == tNum || numberLike(q) || detOrPossessive(q) && !q.is(fAux) || countDets[q.low] || j == k-1 && q.low == "of" {
			// a word that sets the noun after it: a number ("six
			// states"), a determiner or possessive ("the report",
			// "Oster's note"), a count ("each state"), or "of" right
			// before it ("secretary of state")
			return true
		}
		if q.kind != tWord || q.cap || q.flags != 0 {
			return false
		}
	}
	return false
}

// speakingNoun reports whether the reporting word at k is rather the
// noun heading the subject of the reporting verb right after it: a
// document's or a state's, after a determiner ("the report said", "the
// note says", "voters in six states say", "the former secretary of state
// said"). Other such nouns stay verbs there ("those promises add up").
func (d *docState) speakingNoun(k, lo int) bool {
	t := &d.toks[k]
	if t.sets&sEvidenceNoun == 0 && !docNouns[t.low] {
		return false
	}
	return d.nounBeforeVerb(k, lo)
}

// nounBeforeVerb reports whether word k is a noun heading its subject
// right before its reporting verb: a verb in lower case, no auxiliary,
// follows it, and a determiner or modifier sets it (determinedNoun):
// "the report said", "the congressional report said".
func (d *docState) nounBeforeVerb(k, lo int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[k+1]
	return n.kind == tWord && n.is(fSpeech) && !n.cap && !n.is(fAux) && d.determinedNoun(k, lo)
}

// docNouns are reporting words that, as nouns, name a document or a
// state, which speak.
var docNouns = map[string]bool{"state": true, "states": true, "note": true, "post": true, "release": true}

// countDets count or pick out the nouns after them ("both states", "each
// report"), the lexicon flagging not all of them as determiners.
var countDets = map[string]bool{"each": true, "both": true, "several": true, "many": true, "all": true, "other": true, "some": true, "most": true, "few": true}

// openSQuote reports whether token k is a single quotation mark that
// opens a quotation: a space before it and a word right after it
// ("called the closure 'a painful step'"); a possessive's apostrophe
// ("the farmers' union") follows its word.
func (d *docState) openSQuote(k int) bool {
	t := &d.toks[k]
	return t.kind == tSQuote && k > 0 && k+1 < len(d.toks) && d.toks[k-1].e < t.s && d.toks[k+1].s == t.e && d.toks[k+1].kind == tWord
}

// objectPronouns are the object forms that can be the thing named in
// "called it a mistake".
// ("her" is left out: "called her mother" is a visit or a call).
var objectPronouns = map[string]bool{"it": true, "him": true, "them": true}

// callOn matches "called on X to …", "called upon X to …": an appeal,
// reported like "urged X to …"; not "called on his mother" (a visit).
func (d *docState) callOn(v int) bool {
	return d.callOnTo(v, false)
}

// callOnTo is callOn, the addressees before "to" joined by a
// conjunction too when pair is set ("called on both the league and the
// federation to …").
func (d *docState) callOnTo(v int, pair bool) bool {
	if k := v + 1; k >= len(d.toks) || d.toks[k].low != "on" && d.toks[k].low != "upon" {
		return false
	}
	stop := fConj | fSubord
	if pair {
		stop = fSubord
	}
	for k := v + 2; k < len(d.toks) && k <= v+12; k++ {
		t := &d.toks[k]
		if t.low == "to" {
			return k > v+2
		}
		if t.kind != tWord || t.is(stop) {
			return false
		}
	}
	return false
}

// phrasalDenial reports whether the verb of lemma, followed by the words
// n1 and n2, denies or belittles what its object says: "brushed off the
// charge", "shrugged off", "pushed back on (against) the suggestion",
// "played down", "laughed off", "waved away (aside)". The verbs alone
// report nothing ("pushed back the boats", "played a match").
func phrasalDenial(lemma, n1, n2 string) bool {
	switch lemma {
	case "brush":
		return n1 == "off" || n1 == "aside"
	case "shrug", "laugh":
		return n1 == "off"
	case "push":
		return n1 == "back" && (n2 == "on" || n2 == "against")
	case "play":
		return n1 == "down"
	case "wave":
		return n1 == "away" || n1 == "aside" || n1 == "off"
	}
	return false
}

// particleHeld reports whether the reporting verb at v, if a phrasal
// denial's (phrasalDenial), has its particle after it: "… and pushed
// her into a ditch" continues a list of acts, not the report.
func (d *docState) particleHeld(v int) bool {
	vi := d.toks[v].speech()
	if !phrasalLemmas[vi.lemma] {
		return true
	}
	next := func(k int) string {
		if v+k < len(d.toks) {
			return d.toks[v+k].low
		}
		return ""
	}
	return phrasalDenial(vi.lemma, next(1), next(2))
}

// phrasalDenials are the verbs that deny only with their particle
// (phrasalDenial), as the lexicon lists them; phrasalLemmas is the same
// list as a set.
const phrasalDenials = `brush shrug push play laugh wave`

var phrasalLemmas = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Fields(phrasalDenials) {
		m[l] = true
	}
	return m
}()

// refusedSpeech are the acts of speaking a refusal names besides the
// reporting verbs: "declined to discuss", "refused to elaborate".
var refusedSpeech = map[string]bool{
	"discuss": true, "elaborate": true, "speculate": true, "specify": true, "name": true,
	"apologise": true, "apologize": true, "retract": true, "recant": true, "disavow": true,
	"rule": true, "talk": true, "speak": true, "identify": true, "detail": true,
}

// dismissal matches "called them/it/the claims nonsense".
func (d *docState) dismissal(v int) bool {
	for k := v + 1; k < len(d.toks) && k <= v+8; k++ {
		t := &d.toks[k]
		if t.is(fDismiss) {
			return true
		}
		// "called the other side's version “a lie from beginning to end”"
		if t.kind != tWord && t.kind != tQuote && t.kind != tSQuote || t.is(fConj|fSubord) || t.is(fPrep) && t.low != "of" {
			return false
		}
	}
	return false
}

// skipBack skips auxiliaries, adverbs and time words to the left of v.
func (d *docState) skipBack(j, lo int) int {
	for j >= lo {
		t := &d.toks[j]
		if t.kind == tWord && !t.cap && t.is(fAux|fAdv) && !t.is(fPron|fNeg) {
			j--
			continue
		}
		if t.sets&sReflexive != 0 && j > lo && d.toks[j-1].kind == tWord {
			j-- // "Marek himself said", "the company itself said"
			continue
		}
		if (t.low == "since" || t.low == "long" || t.low == "first" || t.low == "twice") && j > lo && d.toks[j-1].is(fAux) {
			j-- // "has since blamed", "have long accused"
			continue
		}
		if floatedF.has(floated, t.low) && !t.cap && j > lo && d.floatAux(j-1) {
			j-- // a quantifier floated off a plural subject: "have both argued", "had all said"
			continue
		}
		if (t.low == "both" || t.low == "all") && j > lo && d.floatHost(j-1) {
			j-- // floated right after the subject: "Marek and Oster both argued", "they all said"
			continue
		}
		if k := d.auxPhrase(j, lo); k >= 0 {
			j = k // "have in the past said", "has for years argued"
			continue
		}
		if t.kind == tQuote && !t.open && j-2 >= lo && d.toks[j-2].kind == tQuote && d.toks[j-2].open {
			if a := &d.toks[j-1]; a.kind == tWord && !a.cap && a.is(fAdv) && !a.is(fPron|fNeg) {
				j -= 3 // an adverb the reporter quotes: "Orsk \"categorically\" rejected the claim"
				continue
			}
		}
		if t.kind == tWord && t.is(fTime) && (t.cap || !t.is(fDet)) {
			j--
			if j >= lo && (d.toks[j].low == "on" || d.toks[j].low == "last" || d.toks[j].low == "this" || d.toks[j].low == "earlier") {
				j--
			}
			continue
		}
		break
	}
	return j
}

// floated quantifiers stand between an auxiliary and its verb for the
// whole plural subject: "Marek and Oster have both argued".
var floated = map[string]bool{"both": true, "all": true, "each": true}

// floatHost reports whether token k may end a plural subject that a
// quantifier floats off with no auxiliary ("Marek and Oster both
// argued", "the ministers all agreed"): a name or a plural noun, not a
// word that takes "all" or
// "both" as its object ("at all", "for all", "of both").
func (d *docState) floatHost(k int) bool {
	t := &d.toks[k]
	if t.kind != tWord || t.inQ || t.is(fPrep|fDet|fConj|fSubord|fAux|fVerb) && !t.cap {
		return false
	}
	if t.cap {
		return !t.is(fPrep | fDet | fConj | fSubord | fAdv | fTime | fPron)
	}
	// (not "they" or "we": "the leader we all knew" is a relative
	// clause, and "they all vowed" names its group elsewhere)
	return len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && d.nounLike(k)
}

// floatAux reports whether token k is an auxiliary of the perfect or a
// modal that a floated quantifier may follow ("have both", "would all");
// after a form of "be" the quantifier opens a reciprocal ("are each
// blaming the other"), which other rules read.
func (d *docState) floatAux(k int) bool {
	t := &d.toks[k]
	if t.kind != tWord || t.cap || !t.is(fAux) {
		return false
	}
	switch t.low {
	case "is", "are", "was", "were", "be", "been", "being":
		return false
	}
	return true
}

// auxSpans end a phrase of time set between an auxiliary and its verb:
// "in the past", "for years", "over the years", "in recent weeks", "at
// times".
var auxSpans = map[string]bool{
	"past": true, "years": true, "months": true, "weeks": true, "days": true, "decades": true,
	"times": true, "occasions": true,
}

// auxPhrase returns the auxiliary's index when tokens up to j are a short
// phrase of time between an auxiliary and the verb after j ("have in the
// past said", "has for years argued"), else -1. The phrase is two to four
// lower-case words opened by a preposition, so "has a plan" or "had the
// board" is never read as one.
func (d *docState) auxPhrase(j, lo int) int {
	if j-2 < lo || !auxSpansF.has(auxSpans, d.toks[j].low) || d.toks[j].cap {
		return -1
	}
	for k := j - 1; k >= lo && j-k <= 3; k-- {
		t := &d.toks[k]
		if t.kind != tWord || t.cap {
			return -1
		}
		if t.low == "in" || t.low == "for" || t.low == "over" || t.low == "at" || t.low == "on" {
			if k-1 >= lo && d.toks[k-1].kind == tWord && d.toks[k-1].is(fAux) && !d.toks[k-1].cap {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// frameNeg returns the leftmost token of the negated auxiliary run
// right before reporting verb v ("did not", "has never", "doesn't",
// "would not immediately"), or -1 when the verb is not negated. Only
// "not", "never" and the n't contractions negate a frame; "no" and
// "nothing" head noun phrases.
func (d *docState) frameNeg(v, lo int) int {
	neg, k := false, v-1
	for ; k >= lo && v-k <= 5; k-- {
		t := &d.toks[k]
		if t.kind != tWord || t.cap {
			break
		}
		if t.low == "not" || t.low == "never" || t.is(fNeg) && t.is(fAux) {
			neg = true
			continue
		}
		if !t.is(fAux|fAdv) || t.is(fPron) {
			break
		}
	}
	if !neg {
		return -1
	}
	return k + 1
}

// parenStart: tokens that open an appositive or parenthetical.
func parenStart(t *token) bool {
	return t.kind == tWord && (t.is(fDet|fAdv|fRel|fRole|fPrep) || t.low == "in" || t.low == "speaking" || t.low == "citing" || t.low == "for" || t.low == "who" || t.low == "himself" || t.low == "herself")
}

// appositive reports whether tokens [i, j), set off by commas after a
// subject, read as an apposition: "a retired teacher in Fredville",
// "67", "who runs the campaign", "Gore's communications director", a
// place ("Pa."), a name after a role ("its spokesman, Jane Roe,").
func (d *docState) appositive(i, j int) bool {
	if i >= j {
		return false
	}
	t := &d.toks[i]
	switch {
	case parenStart(t), t.kind == tNum:
		return true
	case npDeterminers[t.low] && i+1 < j && d.toks[i+1].low == "of":
		return true // "one of the organisers", "one of only a handful of …"
	case t.kind == tWord && !t.cap && !t.is(fAux) && i+1 < j && (len(t.low) > 4 && strings.HasSuffix(t.low, "ing") || t.is(fPast) && !t.is(fSpeech)):
		// a participle's aside: "noting the size of the crowd", "struck
		// by her story", "led by the campaign manager"
		return true
	case t.kind == tWord && !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !t.is(fAux|fSpeech) && i+2 < j && d.toks[i+1].kind == tWord && d.toks[i+1].is(fPrep) && !d.toks[i+1].cap:
		// a participle the vocabulary does not know, then its
		// preposition: "Lenford Dairies, based in the city of Tarn,
		// said", "…, headquartered in Tarn, said" (the firm speaks, not
		// "based in Tarn")
		return true
	case t.kind == tWord && t.cap && !t.is(fConj|fSubord|fPron|fNeg):
		// a name, a place or a capitalised role; not a new clause
		// ("Smith, Jones said")
		for k := i; k < j; k++ {
			if d.isVerbAt(k, i) && !d.toks[k].is(fSpeech) {
				return false
			}
		}
		return true
	}
	return false
}

// nounLike reports whether token k can be (part of) a common noun
// phrase naming a speaker: "organizer", "lawsuit", "retired", "2008".
func (d *docState) nounLike(k int) bool {
	t := &d.toks[k]
	if t.kind == tNum {
		return true
	}
	if t.kind != tWord || t.cap || len(t.low) < 2 || t.is(fNoNoun) {
		return false
	}
	if t.is(fRole | fOrg | fGroup | fMedia) {
		return true
	}
	if t.is(fAux|fAdv|fPrep|fConj|fSubord|fRel|fDet|fPron|fNeg|fTime|fSpeech|fParticle) && !t.is(fNounish) {
		return false
	}
	if t.is(fVerb) && !t.is(fNounish) && !strings.HasSuffix(t.low, "ed") {
		if k > 0 && d.possessiveBefore(k) {
			// "the fans' trust said", "Harbeck supporters' trust
			// said": after a possessive a verb's form is a noun
			return true
		}
		// "The resort denies …": a verb's form that names a party here
		return k < len(d.mentAt) && d.mentAt[k] >= 0 && d.ments[d.mentAt[k]].actor != ""
	}
	return !strings.HasSuffix(t.low, "ly") || periodicals[t.low] || lyNouns[t.low]
}

// possessiveBefore reports whether the word before k is a noun's
// possessive: a plural's apostrophe standing alone after its "s" ("the
// fans' trust"), or a word with "'s" ("Harbeck's trust") that is no
// pronoun's contraction ("it's", "that's").
func (d *docState) possessiveBefore(k int) bool {
	p := &d.toks[k-1]
	if p.kind == tSQuote {
		w := k - 2
		if w < 0 || d.toks[w].kind != tWord || d.toks[w].e != p.s || !strings.HasSuffix(d.toks[w].low, "s") {
			return false
		}
		// a single quotation mark opened before it in the sentence
		// closes here ("called it 'a gift to smugglers' ban or no
		// ban"): no possessive
		for q := w - 1; q >= 0 && w-q < 16; q-- {
			t := &d.toks[q]
			if t.kind == tPunct && (t.low == "." || t.low == "?" || t.low == "!") {
				break
			}
			if t.kind == tSQuote && q+1 < len(d.toks) && d.toks[q+1].s == t.e && (q == 0 || d.toks[q-1].e < t.s) {
				return false
			}
		}
		return p.e < d.toks[k].s
	}
	if p.kind != tWord {
		return false
	}
	b, ok := possessiveBase(strings.ReplaceAll(p.low, "’", "'"))
	return ok && !p.is(fPron) && !nominative[b] && !contractionBases[b]
}

// contractionBases are the words whose "'s" is "is" or "has": "that's
// done", "there's nothing", "what's left".
var contractionBases = map[string]bool{"it": true, "that": true, "there": true, "here": true, "what": true, "who": true, "where": true, "let": true, "he": true, "she": true}

// periodicals are -ly words that modify a noun: "a yearly poll".
var periodicals = map[string]bool{
	"daily": true, "weekly": true, "biweekly": true, "monthly": true, "quarterly": true, "yearly": true,
	"nightly": true, "hourly": true,
}

// lyNouns are nouns in -ly, no adverbs: "his family said", "the rally
// denounced". ("ally" is left out: "another ally, Minister X, said" is
// X's, which the description read as a noun took.)
var lyNouns = map[string]bool{
	"family": true, "assembly": true, "rally": true, "monopoly": true, "tally": true,
}

// quantifiers stand for a noun without naming one: "few expect", "most
// said".
var quantifiers = map[string]bool{
	"few": true, "many": true, "most": true, "some": true, "several": true, "all": true, "both": true,
	"none": true, "others": true, "more": true, "less": true, "much": true, "either": true, "neither": true,
}

// reflexives are no nouns: "shelled the market itself".
var reflexives = map[string]bool{
	"itself": true, "themselves": true, "himself": true, "herself": true, "ourselves": true,
	"yourself": true, "yourselves": true, "myself": true, "oneself": true,
}

// atLeast reports whether toks[k] ends "at least" or "at most", the
// approximators of two words.
func atLeast(toks []token, k, lo int) bool {
	return k-1 >= lo && k < len(toks) && (toks[k].low == "least" || toks[k].low == "most") && toks[k-1].low == "at"
}

// predeterminers stand before a determiner for the whole of the
// group: "all the senators", "both the envoys".
var predeterminers = map[string]bool{"all": true, "both": true}

// approximators come before a number: "about four in 10 voters say".
var approximators = map[string]bool{"about": true, "around": true, "roughly": true, "nearly": true, "almost": true, "some": true, "just": true, "only": true}

// groupParts name a part of the group after "of": "most of them said".
// quantSpeakers stand alone for a part of a group as a speaker: "Some
// said …", "Many say …".
var quantSpeakers = map[string]bool{"some": true, "many": true, "others": true, "several": true, "most": true}

// comparatives bound a share before "than": "more than half", "fewer
// than 10 percent".
var comparatives = map[string]bool{"more": true, "less": true, "fewer": true}

// shareHeads name a share of a group: "a third", "half", "30 percent".
var shareHeads = map[string]bool{
	"half": true, "third": true, "thirds": true, "quarter": true, "quarters": true, "percent": true,
	"majority": true, "two-thirds": true, "three-quarters": true, "three-fourths": true,
}

// countNouns count a group after "a" and an approximator: "at least a
// dozen members", "at most a handful of delegates".
var countNouns = map[string]bool{"dozen": true, "handful": true, "score": true, "hundred": true, "thousand": true, "few": true}

var groupParts = map[string]bool{
	"most": true, "some": true, "many": true, "several": true, "few": true, "all": true, "both": true,
	"none": true, "half": true, "one": true, "two": true, "three": true, "four": true, "five": true,
	"majority": true, "each": true, "either": true, "neither": true, "dozens": true, "hundreds": true,
	"third": true, "quarter": true,
}

// partyIn reports whether tokens [i, j) mention a party that is no
// state: a firm, a body, a group.
func (d *docState) partyIn(i, j int) bool {
	for k := i; k < j; k++ {
		if m := d.mentAt[k]; m >= 0 && d.ments[m].actor != "" && !d.isState(d.ments[m].actor) {
			return true
		}
	}
	return false
}

// cityIn reports whether [i, j) names a city the dateline or an
// apposition tied to a state ("Residents of Lorvik"): the city stands for
// the state's government only when it speaks or is blamed, not for the
// people who live there.
func (d *docState) cityIn(i, j int) bool {
	if len(d.cityOf) == 0 {
		return false
	}
	for k := i; k < j; k++ {
		if m := d.mentAt[k]; m >= 0 && d.ments[m].j == k+1 {
			base, _ := possessiveBase(d.toks[k].low)
			if d.cityOf[base] != "" {
				return true
			}
		}
	}
	return false
}

// layPlural reports whether token k is a plural of lay people or
// civilians ("residents", "shopkeepers").
func (d *docState) layPlural(k int) bool {
	w := d.toks[k].low
	return layPeopleF.has(layPeople, w) || civilianPlurals[w]
}

// cityRoles are a city's own offices: after a city's name they speak
// for the city, not for the state whose capital it is.
var cityRoles = map[string]bool{
	"mayor": true, "council": true, "councillors": true, "councilors": true, "police": true, "governor": true,
}

// layPeople are people news quotes for themselves, by where they are
// or what befell them: a party named in the phrase after them is no
// side of theirs.
var layPeople = map[string]bool{
	"residents": true, "passengers": true, "families": true, "relatives": true, "survivors": true,
	"witnesses": true, "villagers": true, "farmers": true, "protesters": true, "customers": true,
	"fans": true, "patients": true, "parents": true, "neighbours": true, "neighbors": true,
	"travellers": true, "travelers": true, "shoppers": true, "locals": true, "onlookers": true,
}

// placedPlural returns the index of the noun when [rs, e) is lay people
// in the plural, no party named before their noun, then a participle
// and a preposition whose phrase names a state ("drivers stranded on
// the Vellandian side", "families sheltering in the Ostmark
// consulate"); else -1.
func (d *docState) placedPlural(rs, e int) int {
	for k := rs; k+3 < e && k-rs < 3; k++ {
		t := &d.toks[k]
		if t.kind != tWord || d.mentAt[k] >= 0 {
			return -1
		}
		if !d.layPlural(k) {
			continue
		}
		p, q := &d.toks[k+1], &d.toks[k+2]
		if p.kind != tWord || p.cap || p.is(fSpeech|fAux|fPrep) || !strings.HasSuffix(p.low, "ed") && !strings.HasSuffix(p.low, "ing") || !npPrepsF.has(npPreps, q.low) && !placePreps[q.low] {
			return -1
		}
		for j := k + 3; j < e; j++ {
			if m := d.mentAt[j]; m >= 0 && d.ments[m].actor != "" && d.isState(d.ments[m].actor) {
				// a body or firm named there is layPeople's case above,
				// or the firm's own workers ("workers employed at …")
				return k
			}
		}
		return -1
	}
	return -1
}

// placeAbbrevs are the abbreviations of states American papers write
// after a town, between commas ("a Tarrow, Fla., rabbi"): those commas
// are the place name's, not an apposition's.
var placeAbbrevs = map[string]bool{"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true,
	"del": true, "fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true,
	"md": true, "mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true, "neb": true,
	"nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "vt": true, "va": true,
	"wash": true, "wis": true, "wyo": true}

// placeStart returns the comma after the town when the comma at c
// closes "Town, St.," (a listed abbreviation and its dot, or a dotted
// pair of capitals: "N.H.", "D.C.") and a common noun follows, the place
// modifying it ("a Tarrow, Fla., lawyer"); else -1. Before a participle
// or a verb the comma ends a phrase ("officials in Keene, N.H., speaking
// on condition of anonymity, said").
func (d *docState) placeStart(c, lo int) int {
	if c-3 < lo || c+1 >= len(d.toks) || d.toks[c].low != "," {
		return -1
	}
	if n := &d.toks[c+1]; n.kind != tWord || n.cap || n.is(fSpeech|fAux|fPrep|fConj|fSubord|fRel|fPron|fDet|fAdv|fPast|fVerb) || strings.HasSuffix(n.low, "ing") {
		return -1
	}
	i := c - 1
	if t := &d.toks[i]; t.kind == tWord && t.cap && t.abbr && len(t.low) == 4 && isDotted(t.low) {
		// "N.H."
	} else if t.low == "." && d.toks[i-1].kind == tWord && d.toks[i-1].cap && placeAbbrevs[d.toks[i-1].low] {
		i--
	} else {
		return -1
	}
	if i-2 < lo || d.toks[i-1].low != "," || d.toks[i-2].kind != tWord || !d.toks[i-2].cap {
		return -1
	}
	return i - 1
}

// npPreps join a post-modifier to a speaker's head noun: "a spokesman
// for the buyer", "director of the centre".
var npPreps = map[string]bool{"for": true, "of": true, "at": true, "from": true, "with": true, "in": true, "on": true, "to": true,
	// where lay speakers are: "Residents near the plant said", "Protesters
	// outside the embassy said"
	"near": true, "outside": true, "inside": true, "around": true}

// npLeft finds the subject phrase of verb v: [s, e), with the
// appositions between it and the verb [as, ae) ("Jane Roe, 67, a
// retired teacher in Fredville, Ruritania, said"), or s < 0. lo bounds
// the search.
func (d *docState) npLeft(v, lo int) (s, e, as, ae int) {
	j := d.skipBack(v-1, lo)
	if c := d.controlAt(v); c-1 >= lo {
		// "X is quick to point out that", "X continued to insist that":
		// the subject is the control word's
		j = c - 1
		for j >= lo && degreeWords[d.toks[j].low] {
			j--
		}
		j = d.skipBack(j, lo)
	}
	if k := d.anonymousAside(j, lo); k >= 0 {
		// "A source speaking on condition of anonymity said": the
		// subject ends before the formula
		j = k
	}
	if k := d.frameNeg(v, lo); k >= 0 {
		// a negated report is still the subject's report: "X did not
		// say whether …", "Y never mentioned …", "Z doesn't think …"
		j = d.skipBack(k-1, lo)
	}
	if j-2 > lo && d.toks[j].low == "," && d.toks[j-2].low == "," && (asideWords[d.toks[j-1].low] || d.toks[j-1].kind == tWord && !d.toks[j-1].cap && d.toks[j-1].is(fAdv) && !d.toks[j-1].is(fAux|fTime)) {
		// an aside set off by commas is no apposition: "Sanders,
		// meanwhile, said", "Critics of the plan, however, said" (a
		// phrase with "of" before it would read "however" as its
		// apposition and describe nobody)
		j = d.skipBack(j-3, lo)
	}
	if v-lo > 4 && j == v-1 && d.toks[j].low == "," {
		// a document and a participle's phrase set off by commas: "The
		// survey, conducted by the union, found" is the survey's
		if h := d.documentHead(v, lo); h >= 0 && d.toks[h+1].low == "," {
			return lo, h + 1, -1, -1
		}
	}
	// a comma set inside the closing quotation mark ends an apposition
	// too (American style): `Jo Roe, who called it a "sham," said`; the
	// apposition may then hold the quotation it closes
	qj, crossed := -1, false
	if j-2 > lo && d.toks[j].kind == tQuote && !d.toks[j].open && d.toks[j-1].low == "," {
		qj, j = j, j-1
	}
	// the commas of up to four appositions before the verb, right to left
	var commas [5]int
	n := 0
	// dashes pair like commas: "Jo Roe — a teacher from Fredville — says"
	for c := j; c > lo && (d.toks[c].low == "," || d.toks[c].low == "—") && n < len(commas); {
		commas[n] = c
		n++
		k := c - 1
		// a dot inside a sentence is an abbreviation's ("Allentown, Pa.,")
		for k >= lo && c-k < 30 && d.toks[k].low != d.toks[c].low && d.toks[k].low != "," && (d.toks[k].kind != tQuote || qj >= 0 && n == 1 && d.toks[k].open && !crossed) {
			if d.toks[k].kind == tQuote {
				crossed = true
			}
			k--
			if p := d.placeStart(k, lo); p >= 0 {
				k = p - 1
			}
		}
		if k <= lo || d.toks[k].low != d.toks[c].low {
			break
		}
		c = k
	}
	if qj >= 0 && (!crossed || n < 2 || d.toks[commas[1]].inQ) {
		// the comma closes a quotation, not an apposition that holds one
		// ("… is possible," said Jo Roe): read as before the comma
		j, n = qj, 0
	}
	if n == 0 {
		if h := d.sponsoredPoll(v, lo); h >= 0 {
			return lo, h + 1, -1, -1
		}
		if v-lo > 3 {
			// a document with a modifier after it is the subject: "a
			// poll released Wednesday found", "a survey conducted by
			// the union found" (not the union)
			if h := d.documentHead(v, lo); h >= 0 {
				return lo, h + 1, -1, -1
			}
		}
		s, e = d.subjectAt(j, lo, true)
		if l := d.toks[v].speech().lemma; s < 0 && (l == "say" || l == "tell") {
			// "An aide speaking to reporters said", "A letter sent to
			// the council said", "Organizers of the push to boycott
			// the speech said": the subject before its modifier (with
			// another verb the phrase may be one part of a subject,
			// "X and the firm contracted to … have blamed each other",
			// or a report's own content, "According to police,
			// fragments recovered from the house included …")
			s, e = d.modifiedSubject(j, lo)
		}
		if s >= 0 && e < j && d.toks[e].low == "who" && d.namedAs(e, j+1) >= 0 {
			// "a spokesman who uses the nom de guerre Captain Ostra
			// said": the clause without commas names him as an
			// apposition would
			return s, e, e, j + 1
		}
		return s, e, -1, -1
	}
	// the subject is the leftmost segment that reads as a subject
	// phrase with appositions after it: "In the interview, Reid, who …,
	// said" is Reid's, not the interview's
	for m := n; m >= 1; m-- {
		end := commas[m-1] // the subject ends before this comma
		ok := true
		for q := m - 1; q >= 1 && ok; q-- {
			ok = commas[q]+1 < commas[q-1] && d.appositive(commas[q]+1, commas[q-1])
		}
		if !ok || end-1 < lo {
			continue
		}
		s, e := d.subjectAt(d.skipBack(end-1, lo), lo, m == 1)
		if s < 0 {
			continue
		}
		if m == 1 {
			// nothing between the subject and the verb's comma: "…, X
			// said" is no apposition
			if commas[0] != j {
				continue
			}
		}
		if d.companionAt(end+1, commas[0]) {
			// "Ms. Berg, along with Judge Reel of the appeals court,
			// wrote": the phrase names who joined her, not who she is
			return s, e, -1, -1
		}
		return s, e, end + 1, commas[0]
	}
	return -1, -1, -1, -1
}

// hiredFirm reports whether the apposition [as, ae) describes a firm by
// the client that hired it: "Redfern Labs, a security firm brought in by
// the central bank, said", "…, a contractor hired by the council, said".
// The firm speaks for itself; the client is whom it works for, not its
// side — unless the firm is hired to speak for the client ("a law firm
// retained by", "a lobbying firm hired by"): advocate says so, and its
// side is the client's.
func (d *docState) hiredFirm(as, ae int) (hired, advocate bool) {
	for k := as + 1; k+1 < ae; k++ {
		if d.toks[k].low != "by" {
			continue
		}
		p := k - 1
		if d.toks[p].low == "in" && p > as {
			p-- // "brought in by", "called in by"
		}
		if !hireVerbs[d.toks[p].low] {
			return false, false
		}
		for j := as; j < p; j++ {
			if companyNouns[d.toks[j].low] {
				hired = true
			}
			if advocateWords[d.toks[j].low] {
				advocate = true
			}
		}
		return hired, hired && advocate
	}
	return false, false
}

// advocateWords are the kinds of firm hired to speak for the client:
// "a law firm retained by", "a lobbying firm hired by".
var advocateWords = map[string]bool{"law": true, "legal": true, "lobbying": true, "lobby": true, "pr": true, "relations": true, "communications": true}

// hireVerbs are the participles of a client engaging a firm.
var hireVerbs = map[string]bool{
	"hired": true, "brought": true, "called": true, "commissioned": true, "contracted": true,
	"engaged": true, "retained": true, "appointed": true,
}

// companionAt reports whether the apposition [i, j) names a companion of
// the subject rather than describing it: "along with …", "together with
// …", "as well as …", "alongside …". Its roles and states are the
// companion's (PolNeAR train: a law professor had taken "the United
// States" from "along with Judge X of the United States Court of
// Appeals" once "along" was read as a preposition).
func (d *docState) companionAt(i, j int) bool {
	if i+1 >= j {
		return false
	}
	switch a, b := d.toks[i].low, d.toks[i+1].low; {
	case a == "alongside":
		return true
	case b == "with":
		return a == "along" || a == "together"
	case a == "as" && b == "well":
		return i+2 < j && d.toks[i+2].low == "as"
	}
	return false
}

// anonymousAside returns the token before the news formula of an
// unnamed source that ends at j without commas — "speaking on condition
// of anonymity", "speaking on the condition of anonymity" — or -1.
func (d *docState) anonymousAside(j, lo int) int {
	if j-4 <= lo || d.toks[j].low != "anonymity" || d.toks[j-1].low != "of" || d.toks[j-2].low != "condition" {
		return -1
	}
	k := j - 3
	if d.toks[k].low == "the" {
		k--
	}
	if k <= lo || d.toks[k].low != "on" {
		return -1
	}
	k--
	if k <= lo || d.toks[k].low != "speaking" {
		return -1
	}
	return k - 1
}

// modifiedSubject reads the subject of a reporting verb whose phrase
// ends in a modifier the subject readers do not take, no comma between:
// a participle's phrase ("An aide speaking to reporters said", "voters
// going to the polls on Tuesday said", "A letter sent to the council
// said"), an infinitive's ("Organizers of the push to boycott the
// speech said") or a relative clause ("Hara Lind and others who oppose
// the levy said"). j is the token before the verb; the modifier holds
// no other verb, comma or quotation. It returns the phrase before the
// modifier, or -1s.
func (d *docState) modifiedSubject(j, lo int) (int, int) {
	for r := j; r > lo && j-r < 12; r-- {
		t := &d.toks[r]
		if t.inQ || t.kind != tWord && t.kind != tNum && t.kind != tSQuote {
			return -1, -1
		}
		if t.kind != tWord || t.cap {
			continue // "seen by the Courier", "on Tuesday"
		}
		ing := len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && !t.is(fAux)
		// a past participle takes no object: "a memo seen by", "a letter
		// sent to", "a statement released earlier"; "-ed" before an
		// object is a verb of its own ("The letter cited an April
		// summit where X said")
		n := &d.toks[r+1]
		past := participleLike(t) && n.kind == tWord && !n.cap && n.is(fPrep|fTime|fAdv) && !n.is(fDet)
		opener := r < j && (ing || past || t.low == "who" || t.low == "to" && n.kind == tWord && !n.cap && n.is(fVerb) && !n.is(fAux))
		if !opener {
			if t.is(fAux|fSubord|fRel|fNeg|fPron) && !t.is(fDet|fPrep) || t.is(fSpeech|fVerb) && !d.nounLike(r) && d.toks[r-1].low != "to" && d.toks[r-1].low != "who" {
				return -1, -1 // a verb of its own: a clause, no modifier
			}
			continue
		}
		if r-1 < lo || d.toks[r-1].kind != tWord || relayedBy[t.low] {
			// "Three migrants interviewed by the aid group said": the
			// words come through the interviewer, whom news may credit
			// instead; left to the readers that had them
			return -1, -1
		}
		if s, e := d.subjectAt(r-1, lo, false); s >= 0 && e == r {
			return s, e
		}
		return -1, -1
	}
	return -1, -1
}

// relayedBy are the participles of a subject whose words another
// gathered (modifiedSubject).
var relayedBy = map[string]bool{"interviewed": true, "questioned": true, "surveyed": true, "polled": true, "contacted": true}

// asideWords are adverbs the lexicon does not flag that news sets off
// by commas between a subject and its verb.
var asideWords = map[string]bool{
	"meanwhile": true, "instead": true, "though": true, "likewise": true, "moreover": true,
	"nonetheless": true, "nevertheless": true, "meantime": true, "similarly": true,
}

// possessiveMark reports whether the lone quotation mark at k closes a
// word in "s" as its possessive: attached to it, with a word after a
// space ("teachers' union"), not a scare quote's end before a verb.
func (d *docState) possessiveMark(k int) bool {
	p, n := &d.toks[k-1], &d.toks[k+1]
	return p.kind == tWord && p.e == d.toks[k].s && strings.HasSuffix(p.low, "s") &&
		n.kind == tWord && n.s > d.toks[k].e && (n.cap || d.nounLike(k+1))
}

// ownerOnlyBefore reports whether the phrase [rs, e) opens with an
// organisation's one-word short name before a plural possessive
// ("Harbeck supporters' trust" after "Harbeck Rovers"): the trust is
// the supporters' body, not the club; unlike a phrase the
// organisation's own name covers ("the miners' union" after "the
// Kelvan Miners' Union").
func (d *docState) ownerOnlyBefore(rs, e int) bool {
	if rs+3 >= e {
		return false
	}
	m := d.mentAt[rs]
	if m < 0 || d.ments[m].i != rs || d.ments[m].j != rs+1 || !d.toks[rs].cap {
		return false
	}
	return d.toks[rs+2].kind == tSQuote && d.mentAt[rs+1] < 0 && d.mentAt[rs+3] < 0
}

// possessiveMarkIn reports whether a plural possessive's mark stands in
// [i, j) before a word in lower case ("the Fredville farmers' union";
// not a name's, "the Kelvan Dockers' Federation").
func (d *docState) possessiveMarkIn(i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if d.toks[k].kind == tSQuote && !d.toks[k+1].cap && d.possessiveMark(k) {
			return true
		}
	}
	return false
}

// numberedName reports whether the number at j ends a name, as a
// channel's or a station's name does: "Telmara 24 said", "Kessel 1
// reported"; a capitalised name word stands right before a number of
// at most three digits (no year, no date: "March 24" is a month's day).
func (d *docState) numberedName(j, lo int) bool {
	t := &d.toks[j]
	if t.kind != tNum || len(t.low) > 3 || j-1 < lo || d.toks[j-1].e+1 != t.s || !d.isNameTok(j-1) || months[d.toks[j-1].low] {
		return false
	}
	for _, c := range t.low {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// subjectAt reads the subject phrase ending at token j: [s, e), or s <
// 0. It must start a clause; after a subordinating word or a
// preposition only when loose is set (an earlier candidate would be an
// introductory phrase: "After the vote, the minister, a veteran, said").
func (d *docState) subjectAt(j, lo int, loose bool) (s, e int) {
	if j < lo || d.toks[j].low == "," {
		return -1, -1
	}
	e = j + 1
	head := &d.toks[j]
	if tiedObject(head.low) && j-3 >= lo && d.tiedBefore(j-1, lo) {
		// "a source close to him said", "people familiar with her
		// thinking say" end in the object of their tie: the phrase is
		// the tied source's, not the pronoun's (a subject pronoun
		// after a preposition is no object: "close to he" is no
		// English)
		s = d.collectNP(j-3, lo)
	} else if hl := subjectPron(head); head.kind == tWord && head.is(fPron) && !head.cap || head.kind == tWord && head.cap && (hl == "he" || hl == "she" || hl == "they" || hl == "it" || d.answer && hl == "i") {
		s = j
	} else if head.low == "%" && j-1 >= lo && d.toks[j-1].kind == tNum && d.toks[j-1].e == head.s {
		s = j - 1 // "26% say": a share
	} else {
		share := head.kind == tNum && j-2 >= lo && (d.shareAt(j-1) || d.outOfShare(j-1)) // "six in 10 say", "nine out of 10 say"
		if !(head.kind == tWord && (head.cap || head.is(fRole|fOrg|fGroup) || head.sets&sQuantSpeaker != 0) || head.low == ")" || d.nounLike(j) && head.kind == tWord || share || isAge(head) || d.numberedName(j, lo)) {
			return -1, -1
		}
		if head.kind == tWord && head.cap && head.is(fConj|fSubord|fPrep|fAdv|fTime|fNeg|fPron) {
			return -1, -1
		}
		s = d.collectNP(j, lo)
		if s-2 >= lo && (d.toks[s-1].low == "both" || d.toks[s-1].low == "all") && d.toks[s-2].low == "of" && !d.toks[s].cap {
			// "The heads of both shipping firms said": the predeterminer
			// belongs to the object of "of", which the loop below joins
			s--
		}
		// "a spokesman for the port authority": the head is before the
		// preposition
		for pps := 0; pps < 2 && s-2 >= lo && !d.toks[s-1].cap && (npPrepsF.has(npPreps, d.toks[s-1].low) && (d.nounLike(s-2) || d.toks[s-2].kind == tWord && d.toks[s-2].cap && !d.toks[s-2].is(fConj|fSubord|fPrep|fPron|fDet)) || d.tiedBefore(s-1, lo)); pps++ {
			s = d.collectNP(s-2, lo)
		}
	}
	if s > e-1 && s != j {
		return -1, -1
	}
	// a part of a group: "most of them", "two of the delegates", "some
	// of his allies"
	if s-2 >= lo && d.toks[s-1].low == "of" && groupParts[d.toks[s-2].low] {
		s -= 2
	} else if s-2 >= lo && d.toks[s-1].low == "of" && (shareHeads[d.toks[s-2].low] || strings.HasSuffix(d.toks[s-2].low, "-thirds") || strings.HasSuffix(d.toks[s-2].low, "-fourths")) {
		s -= 2 // a share in words: "two-thirds of them", "three-fourths of the delegates"
		if s-1 >= lo && d.toks[s-1].kind == tNum && d.toks[s].low == "percent" {
			s-- // "40 percent of them"
		}
	} else if s-2 >= lo && d.toks[s-1].low == "in" && quantSpeakers[d.toks[s-2].low] {
		s -= 2 // "many in the crowd", "some in the party"
	} else if s-3 >= lo && d.toks[s-1].low == "of" && d.toks[s-2].low == "%" && d.toks[s-3].kind == tNum && d.toks[s-3].e == d.toks[s-2].s {
		s -= 3 // a share in figures: "45% of miners"
	}
	// a share of a group: "four out of 10 voters", "more than half",
	// "less than a third of the nurses"
	if s-3 >= lo && d.toks[s].kind == tNum && d.toks[s-1].low == "of" && d.toks[s-2].low == "out" && numberLike(&d.toks[s-3]) {
		s -= 3
	}
	if s-2 >= lo && d.toks[s-1].low == "than" && comparatives[d.toks[s-2].low] && (shareHeads[d.toks[s].low] || s+1 < e && shareHeads[d.toks[s+1].low] || d.toks[s].kind == tNum) {
		s -= 2
	}
	if s-1 >= lo && predeterminers[d.toks[s-1].low] && d.toks[s].low == "the" {
		// a predeterminer before the phrase's article counts its whole
		// group: "All the senators said", "Both the envoys said"
		s--
	}
	if atLeast(d.toks, s, lo) && s+1 < e {
		// the phrase read "least" as a noun: "At least 40 nurses said"
		s--
	} else if (d.toks[s].low == "a" || d.toks[s].low == "an") && atLeast(d.toks, s-1, lo) && s+1 < e && countNouns[d.toks[s+1].low] {
		s -= 2 // "At least a dozen members of the council said"
	} else if s-3 >= lo && d.toks[s-1].low == "as" && (d.toks[s-2].low == "many" || d.toks[s-2].low == "much") && d.toks[s-3].low == "as" &&
		(d.toks[s].kind == tNum || shareHeads[d.toks[s].low] || numberLike(&d.toks[s])) {
		s -= 3 // "As many as three-fourths of them say", "as many as 40 nurses"
	}
	// the phrase must start a clause, maybe after an adverb ("Still,
	// even Mr. X says")
	if s > lo {
		b := s - 1
		share := d.toks[s].kind == tNum || d.shareAt(s+1) || groupPartsF.has(groupParts, d.toks[s].low) || shareHeadsF.has(shareHeads, d.toks[s].low)
		for b > lo && d.toks[b].kind == tWord && (d.toks[b].is(fAdv) || share && approximators[d.toks[b].low]) && !d.toks[b].cap && !d.toks[b].is(fAux) {
			b-- // "While only 7 percent said"
		}
		p := &d.toks[b]
		if b == lo && p.kind == tWord && approximators[p.low] && share {
			// a number opens the sentence: "About four in 10 voters
			// say", "Nearly half said"
			return b, e
		}
		if b == lo && p.kind == tWord && p.is(fAdv) && !p.is(fAux|fNeg|fPron) {
			return s, e // the sentence opens with an adverb: "Later Marek said"
		}
		ok := p.kind == tPunct && (p.low == "," || p.low == ":" || p.low == ";" || p.low == "—" || p.low == "-" || p.low == "(" || p.low == "*" || p.low == "•") ||
			p.kind == tQuote && !p.open || p.kind == tSQuote ||
			p.kind == tWord && (p.low == "that" || p.low == "and" || p.low == "but" || p.low == "or" || loose && (p.is(fConj|fSubord) || p.low == "when"))
		if !ok && s == j && nominative[head.low] && head.low != "i" && (p.kind == tWord && p.is(fTime) || p.kind == tNum || months[p.low] || p.kind == tWord && p.is(fSpeech) && !p.cap && !p.is(fAux)) && d.relativeSays(j+1) {
			// a time or a report before the pronoun with no comma: "On
			// Tuesday night he said", "Although in September she said",
			// "says she warned"; a noun before it would make the clause
			// its relative ("the tone he said he would set")
			ok = true
		}
		if !ok && s == j && nominative[head.low] && d.introPhrase(lo, s) {
			ok = true // "In May she said", "On Monday they said": no comma after the opening phrase
		}
		if !ok && s == j && head.low == "it" && d.introPhrase(lo, s) && p.kind == tWord && !p.is(fVerb|fPast) && !strings.HasSuffix(p.low, "ing") {
			// "In a short statement it accused …", "On Tuesday it said":
			// a body by its pronoun after the opening phrase; "it" is
			// no object there, as a phrase of nouns ends before it (a
			// verb before it would take it: "On hearing it said")
			ok = true
		}
		if !ok && s == j && nominative[head.low] && p.kind == tWord && (p.low == "which" || p.low == "whom" || p.low == "where") && b-1 >= lo && (d.toks[b-1].is(fPrep) || p.low == "where") {
			// a relative clause after a preposition or "where" whose verb
			// says something: "a video, in which he says …", "in Kelvar,
			// where she said …"; not "a year in which he could add …"
			ok = d.relativeSays(j + 1)
		}
		if !ok && d.toks[s].cap && timeWord(&d.toks[s-1]) && (d.introPhrase(lo, s) || d.timeAgo(lo, s)) {
			// "On Tuesday Ardlin's foreign minister, Mara Loss,
			// said", "Hours later the Kelvathi army said": an opening
			// phrase of time, then the named subject
			ok = true
		}
		if !ok && d.toks[s].low == "the" && s-1 > lo && (head.is(fRole|fGroup|fOrg) || d.actorIn(s, e) != "") && d.introPhrase(lo, s) {
			// "In a statement on Wednesday the company said", "On
			// Monday the ministry said": an opening phrase, then a
			// party or an office by its noun
			ok = true
		}
		if !ok {
			if s2, e2 := d.beforeRelative(s, lo, loose); s2 >= 0 {
				return s2, e2
			}
			return d.beforeModifier(s, e, lo, loose)
		}
	}
	return s, e
}

// relSayLemmas are the verbs of saying a relative clause's pronoun
// subject may frame a report with (relativeSays).
var relSayLemmas = map[string]bool{
	"say": true, "tell": true, "write": true, "argue": true, "insist": true, "declare": true,
	"predict": true, "claim": true, "warn": true, "pledge": true, "hint": true, "suggest": true,
	"note": true, "acknowledge": true, "admit": true, "promise": true, "vow": true, "explain": true,
	"stress": true, "contend": true, "assert": true, "urge": true,
}

// relativeSays reports whether the verb at k, after auxiliaries and
// adverbs, is a verb of saying (relSayLemmas) with words after it.
func (d *docState) relativeSays(k int) bool {
	for k < len(d.toks) && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k].is(fAux|fAdv) && !d.toks[k].is(fSpeech) {
		k++
	}
	if k+1 >= len(d.toks) || !d.toks[k].is(fSpeech) || isEnd(&d.toks[k+1]) {
		return false
	}
	return relSayLemmas[d.toks[k].speech().lemma]
}

// timeAgo reports whether tokens [lo, s) are a count of time before
// "later" or "earlier": "Hours later", "Two days later", "Minutes earlier".
func (d *docState) timeAgo(lo, s int) bool {
	if s-lo < 2 || s-lo > 3 || d.toks[s-1].low != "later" && d.toks[s-1].low != "earlier" {
		return false
	}
	for k := lo; k < s-1; k++ {
		if t := &d.toks[k]; t.kind != tNum && (t.kind != tWord || t.is(fPron|fAux|fSpeech|fConj|fSubord|fPrep|fDet)) {
			return false
		}
	}
	return true
}

// timeWord reports whether t can end an opening phrase of time: a time
// word, a month or a year ("Yesterday", "In March", "In 2031", "Last
// autumn"), after which a named subject may follow with no comma.
func timeWord(t *token) bool {
	return t.kind == tWord && (t.is(fTime) || months[t.low]) ||
		t.kind == tNum && len(t.low) == 4 && (strings.HasPrefix(t.low, "19") || strings.HasPrefix(t.low, "20"))
}

// tiedObject reports whether w is one of the object pronouns a tied
// source's phrase may end in: "a person close to him", "aides loyal to
// her", "people familiar with them". A switch, not a map: subjectAt
// asks it of the head of every subject it reads.
func tiedObject(w string) bool {
	switch w {
	case "him", "her", "them", "us":
		return true
	}
	return false
}

// nominative pronouns are subjects wherever they stand: "in May she
// said" cannot read "she" as part of the phrase before it.
var nominative = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// introPhrase reports whether tokens [lo, s) are a short opening phrase
// of time or place with no comma: a preposition or a time word, then
// words and numbers only ("In May", "On Monday", "At the rally in
// Fredville", "Last week").
func (d *docState) introPhrase(lo, s int) bool {
	if s-lo > 8 || s <= lo {
		return false
	}
	if t := &d.toks[lo]; t.kind != tWord || !t.is(fPrep|fTime) || t.low == "that" || t.low == "to" || t.low == "of" {
		return false
	}
	for k := lo + 1; k < s; k++ {
		if t := &d.toks[k]; t.kind != tWord && t.kind != tNum || t.is(fPron|fSubord|fConj) || t.is(fSpeech) && !isArticle(d.toks[k-1].low) && !d.nounsParticiple(k, lo) || t.is(fAux) && !t.cap {
			return false // a reporting word after an article is a noun: "In a post on social media"
		}
	}
	return true
}

// nounsParticiple reports whether the reporting word at k is a past
// participle that describes the document named before it, after an
// article, in an opening phrase: "In a statement posted on social
// media, it said", "In a letter released on Monday": the statement's,
// not a verb's.
func (d *docState) nounsParticiple(k, lo int) bool {
	t := &d.toks[k]
	return k-2 >= lo && strings.HasSuffix(t.low, "ed") && !t.cap && statementNouns[d.toks[k-1].low] && isArticle(d.toks[k-2].low)
}

// beforeRelative reads the subject of a verb whose nearest phrase
// [s, …) closes a relative clause: "the militia that controls the town
// blamed" is the militia's, "a farmer whose wheat was stored in the
// warehouse said" the farmer's. It returns the subject phrase, or -1.
func (d *docState) beforeRelative(s, lo int, loose bool) (int, int) {
	for r := s - 1; r > lo && s-r < 12; r-- {
		t := &d.toks[r]
		if t.kind == tPunct || t.kind == tQuote || t.inQ {
			break
		}
		if t.is(fRel) {
			if h := r - 1; h >= lo && (d.nounLike(h) || d.toks[h].cap || d.toks[h].is(fRole|fOrg|fGroup)) {
				if s2, e2 := d.subjectAt(h, lo, loose); s2 >= 0 && e2 <= r {
					return s2, e2
				}
			}
			break
		}
	}
	return -1, -1
}

// beforeModifier reads the subject of a verb whose nearest phrase
// [s, e) closes a participle's or an infinitive's phrase set after the
// subject's noun with no commas: "House members supporting the bill
// have said", "activists clamoring to block the nominee say", "voters
// in six states going to the polls said", "organizers of the push to
// boycott the speech said". The noun before the "-ing" word or "to"
// must name people ("members", "activists", a role or a group), and
// its phrase must open the clause. It returns that phrase, or -1.
func (d *docState) beforeModifier(s, e, lo int, loose bool) (int, int) {
	for k := s; k < e; k++ {
		if t := &d.toks[k]; t.is(fPron) && !t.is(fDet) || indefinites[t.low] {
			// "… to make sure everyone knows": a pronoun is the subject
			// of a clause of its own inside the phrase, not its object
			return -1, -1
		}
	}
	for r := s - 1; r > lo && s-r < 12; r-- {
		t := &d.toks[r]
		if t.kind != tWord || t.inQ || t.is(fRel|fConj|fSubord) && !t.is(fPrep) || t.cap && r < s-1 && t.is(fPron) {
			return -1, -1
		}
		ing := !t.cap && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && !t.is(fAux)
		inf := t.low == "to" && r+1 < s && d.toks[r+1].kind == tWord && !d.toks[r+1].cap && d.toks[r+1].is(fVerb) && !d.toks[r+1].is(fAux)
		if !ing && !inf {
			continue
		}
		h := &d.toks[r-1]
		if h.kind != tWord || h.cap && !strings.HasSuffix(h.low, "s") || !(h.is(fRole|fGroup) || agentPlural(h.low) || d.toks[r-1].sets&sQuantSpeaker != 0) {
			return -1, -1
		}
		if s2, e2 := d.subjectAt(r-1, lo, loose); s2 >= 0 && e2 == r {
			return s2, e2
		}
		return -1, -1
	}
	return -1, -1
}

// indefinites are the pronouns of nobody in particular, subjects of
// their own clauses: "to make sure everyone knows".
var indefinites = map[string]bool{
	"everyone": true, "everybody": true, "someone": true, "somebody": true, "anyone": true,
	"anybody": true, "nobody": true, "no-one": true,
}

// collectNP returns the start of the noun phrase whose last word is
// token j: names, roles, modifiers, a determiner at its left edge.
func (d *docState) collectNP(j, lo int) int {
	i := j
	mods := 0
collect:
	for i >= lo {
		t := &d.toks[i]
		switch {
		case t.low == ")":
			// a parenthetical inside the phrase: "(D-Ohio)", "(FO)"
			k := i - 1
			for k >= lo && i-k < 8 && d.toks[k].low != "(" && d.toks[k].low != ")" {
				k--
			}
			if k < lo || d.toks[k].low != "(" {
				break collect
			}
			i = k - 1
		case t.kind == tWord && t.cap && t.is(fDet):
			i--
			break collect
		case t.kind == tSQuote && i-1 >= lo && i < j && (d.pluralPossessiveIn(i) || d.possessiveMark(i) || d.pluralPossessiveAnd(i)):
			// a plural possessive inside a name: "the Kelvan Dockers'
			// Federation" is one phrase, so a person "of" it stays the
			// subject; or before the head: "the teachers' union",
			// "Sanders' campaign" (both marks only: a word goes on below)
			i--
		case i < j && i-1 >= lo && d.toks[i-1].is(fPrep|fTime) && (t.kind == tNum && timeWord(t) || t.kind == tWord && t.cap && months[t.low]):
			// "In March Tom Berg said", "In 2031 Tom Berg said": the
			// month or year closes an opening phrase of time, it does
			// not open the name
			break collect
		case t.kind == tWord && t.cap && !t.is(fConj|fSubord|fPrep|fPron|fAdv|fTime|fNeg):
			i--
		case t.kind == tWord && !t.cap && t.is(fRole|fOrg|fGroup):
			i--
		case t.kind == tWord && !t.cap && t.sets&sNPDeterminer != 0:
			i--
			break collect
		case t.kind == tWord && t.low == "of" && i-1 >= lo && i+1 <= j && d.toks[i-1].cap && d.toks[i+1].cap:
			i--
		case t.low == "/" && i-1 >= lo && i+1 <= j && d.toks[i-1].cap && d.toks[i+1].cap && d.toks[i-1].e == t.s && t.e == d.toks[i+1].s:
			// two names joined by a slash: "a Herald/Norvia poll"
			i--
		case t.low == "&" && i-1 >= lo && i+1 <= j && d.firmAmp(i):
			// a firm's name holding "&": "Barrow Gas & Light said"
			i--
		case t.kind == tWord && t.low == "and" && mods < 5 && i-1 >= lo && i < j && (d.nounLike(i-1) || d.toks[i-1].cap || d.pluralPossessiveAnd(i-1)):
			// "current and former officials", "White House and Pentagon spokesmen",
			// "the Shepherds' and Herders' Union"
			mods++
			i--
		case mods < 5 && d.nounLike(i) && (!t.is(fSpeech) || d.speakingNoun(i, lo)):
			mods++
			i--
		case t.kind == tWord && !t.cap && (t.low == "most" || t.low == "least") && i+1 < j && i-1 >= lo && npDeterminers[d.toks[i-1].low]:
			// a superlative's adverb between the determiner and its
			// adjective: "the most recent poll", "its most vocal critic"
			i--
		case t.kind == tWord && !t.cap && d.tiedBefore(i+1, lo):
			// "people close to the company": the adjective of their tie,
			// though "close" is a verb too (tiedSource)
			i--
		case i-1 >= lo && i < j && d.shareAt(i):
			// a share: "nine in 10 voters", "one in five"
			i--
		case i < j && t.kind == tWord && !t.cap && d.modifierWord(i, lo):
			// "an inside source", "some protest leaders", "but hacking
			// specialists say": a word that is mostly a preposition, a
			// reporting verb or a participle, set as a modifier before
			// the speaker's noun
			mods++
			i--
		case i < j && i-1 >= lo && t.kind == tWord && !t.cap && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && (npDeterminers[d.toks[i-1].low] || d.toks[i-1].cap && strings.HasSuffix(d.toks[i-1].low, "'s")):
			// a participle between determiner and noun: "the remaining
			// rebels", "the ruling party", "Brennland's mining ministry"
			i--
		default:
			break collect
		}
	}
	return i + 1
}

// modifierWord reports whether the lower-case word at i, which the
// lexicon reads as no noun, modifies the speaker's noun right after it:
// "inside" or "outside" after a determiner ("an inside source", "the
// outside experts"); a reporting verb's bare form or an "-ing" word
// before a noun of people or a plural noun, after a determiner or where
// a clause opens ("some protest leaders said", "But hacking specialists
// say"). Not after a subject of its own: in "They protest officials'
// pay" the word is the verb.
func (d *docState) modifierWord(i, lo int) bool {
	t, n := &d.toks[i], &d.toks[i+1]
	if n.kind != tWord || n.cap {
		return false
	}
	opens := i == lo
	det := false
	if i-1 >= lo {
		p := &d.toks[i-1]
		det = npDeterminers[p.low] || p.sets&sQuantSpeaker != 0 && !p.cap
		opens = p.low == "," || p.low == "but" || p.low == "and" || p.low == "that" || p.kind == tPunct && p.low == ":"
	}
	switch {
	case t.low == "inside" || t.low == "outside":
		return det && (n.is(fRole|fGroup) || tiedNouns[n.low])
	case !n.is(fRole|fGroup) && !(d.nounLike(i+1) && agentPlural(n.low)):
		// people, not things: "rising rates will support", "call
		// sheets maintained by …" name no speakers
		return false
	case t.is(fSpeech) && t.low == t.speech().lemma && !strings.HasSuffix(t.low, "s"),
		t.is(fVerb) && !t.is(fSpeech|fAux|fPast) && !strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing"):
		// a verb's bare form: "protest leaders", "strike organizers"
		return det || opens
	case len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && !t.is(fSpeech):
		return opens
	}
	return false
}

// agentPlural reports whether w is a plural noun of people by its
// ending: "specialists", "organizers", "inspectors", "historians",
// "consultants", "residents".
func agentPlural(w string) bool {
	for _, suf := range [...]string{"ists", "ers", "ors", "ians", "ants", "ents"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// npRight collects a speaker phrase after an inverted verb ("said
// spokesman Igor Konashenkov", "said one owner of a shop").
func (d *docState) npRight(from, hi int) int {
	i := from
	if i < hi && npDeterminers[d.toks[i].low] && !d.toks[i].cap {
		i++
	}
	for i < hi {
		t := &d.toks[i]
		rf := -1 // the comma a title's field runs to before a name (roleForName), read once
		if t.low == "for" && i > from && d.toks[i-1].is(fRole) {
			rf = d.roleForName(i, hi)
		}
		switch {
		case t.kind == tWord && (t.cap || t.is(fRole|fOrg|fGroup)) && !t.is(fPrep|fConj|fSubord):
		case t.low == "(" && i+2 < hi && d.toks[i+2].low == ")":
			i += 2
		case t.low == "(" && i > from && d.toks[i-1].cap && d.capsParen(i, hi) > i:
			// a party and state after a name: "Ivo Marek (D-Fred.)"
			i = d.capsParen(i, hi)
		case t.low == "of" && i > from && i+1 < hi && (d.toks[i+1].cap || npDeterminers[d.toks[i+1].low] || d.nounLike(i+1)),
			(t.low == "for" || t.low == "on") && i > from && d.toks[i-1].cap && i+1 < hi && d.toks[i+1].cap && !(t.low == "on" && d.toks[i+1].is(fTime)):
			// "the International Committee for Refugees"; not "the
			// Kessel Times on Tuesday", a day the name reported on
		case rf > 0:
			// a title's field or client before the name in apposition:
			// "said Harlan's vice president for operations, Lena
			// Marsh", "said a lawyer for the families, Ivo Dunn": the
			// phrase runs to the comma, and the name after it speaks
			i = rf - 1
		case t.low == "/" && i > from && i+1 < hi && d.toks[i-1].cap && d.toks[i+1].cap:
			// joint sponsors: "a Herald/CBS News poll"
		case npDeterminers[t.low] && i > from && d.toks[i-1].low == "of":
			// "one of those advisers", "many of his supporters"
		case d.nounLike(i) && t.kind == tWord, isAge(t):
		default:
			return i
		}
		i++
	}
	return i
}

// roleForName returns the comma after "for" at k and the one to three
// words after it ("operations", "the families", "many years") when a
// person's name of two or three capitalised words follows the comma and
// ends the clause: "said Harlan's vice president for operations, Lena
// Marsh." Else -1: "said a spokesman for the families, on Tuesday".
func (d *docState) roleForName(k, hi int) int {
	c := k + 1
	for c < hi && c-k <= 4 && d.toks[c].kind == tWord && !d.toks[c].is(fVerb|fSpeech|fAux|fSubord|fRel|fPron) {
		c++
	}
	if c == k+1 || c >= hi || d.toks[c].low != "," {
		return -1
	}
	n := c + 1
	for n < hi && n-c <= 3 && d.isNameTok(n) {
		n++
	}
	if n-c-1 < 2 || n < len(d.toks) && n < hi && d.toks[n].kind == tWord {
		return -1
	}
	if n < len(d.toks) && d.toks[n].kind != tPunct && d.toks[n].low != "." {
		return -1
	}
	return c
}

// capsParen returns the closing parenthesis of a short parenthetical
// opened at i whose words are all capitalised ("(D-Ill.)", "(R-Texas)",
// "(I-Vt.)"), or -1.
func (d *docState) capsParen(i, hi int) int {
	for j := i + 1; j < hi && j <= i+7; j++ {
		t := &d.toks[j]
		if t.low == ")" {
			if j > i+1 {
				return j
			}
			return -1
		}
		if t.kind == tWord && !t.cap || t.kind == tQuote || t.low == "(" {
			return -1
		}
	}
	return -1
}

// npDeterminers open a speaker phrase.
var npDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "one": true, "two": true, "three": true, "several": true,
	"some": true, "many": true, "other": true, "his": true, "her": true, "its": true, "their": true,
	"this": true, "these": true, "those": true, "another": true, "each": true, "every": true, "our": true,
}

type npStatus int

const (
	npOK npStatus = iota
	npMedia
	npUnknown
)

// resolveNP turns a speaker phrase [s, e) (with appositives [as, ae))
// into a speaker.
func (d *docState) resolveNP(s, e, as, ae int) (speaker, npStatus) {
	sp, st := d.resolvePhrase(s, e, as, ae)
	if st != npOK || sp.side != "" || sp.person != nil || e-s < 2 || d.toks[s].low != "its" || !strings.HasPrefix(strings.ToLower(sp.name), "its ") {
		return sp, st
	}
	// "its lawyers", "its annual report" left as written: "its" refers
	// back to a singular body, the one this sentence opened with before
	// it ("The council said …, its lawyers said"), else the one the
	// sentence before opened with ("The council has gone further. In a
	// letter, its lawyers accused …")
	b := d.itsAntecedent(s)
	if b == "" || d.isState(b) {
		// a state's organs are read above; "its operator" after a
		// state-flagged ship is the ship's, not the state's
		return sp, st
	}
	body := d.government(b)
	if d.toks[e-1].sets&sEvidenceNoun != 0 {
		// the body's report is the body's finding, as "Its report found"
		return body, st
	}
	sp.name, sp.side = body.name+sp.name[len("its"):], body.side
	return sp, st
}

// itsAntecedent returns the body a possessive "its" at s refers back
// to, or "": the subject of its own sentence when "its" comes after it
// ("The council said …, its lawyers said"), else the body nearest before
// it in the sentence ("Both sides … and the commission's monitors
// recorded 40 violations, according to its report": the sides are
// plural), else, for an "its" that opens the sentence, the subject of
// the sentence before ("The council has gone further. In a letter, its
// lawyers accused …"). A state's possessive is read elsewhere.
func (d *docState) itsAntecedent(s int) string {
	if s > d.sentLo && !d.opensSentence(s) {
		if d.sentBody != "" {
			return d.sentBody
		}
		if b := d.bodyAt(d.sentLo, s); b != "" {
			return b
		}
		for k := s - 1; k > d.sentLo; k-- {
			if b := d.bodyAt(k, s); b != "" {
				return b
			}
		}
	}
	if d.prevSentBody != "" {
		return d.prevSentBody
	}
	if st := d.prevOpeningState(); st != "" {
		return st
	}
	if r := d.prevSentRange; r[2] == d.sentN-1 && r[1] > r[0] {
		return d.bodyAt(r[0], r[1])
	}
	return ""
}

// bodyAt returns the organisation "the NOUN" or "the NOUN's" at k (before
// hi) refers back to ("the council" after Harlow Town Council), or "".
func (d *docState) bodyAt(k, hi int) string {
	if k+1 >= hi || d.toks[k].low != "the" {
		return ""
	}
	w := d.toks[k+1].low
	if b, poss := possessiveBase(w); poss {
		w = b
	} else if k+2 < hi && d.toks[k+2].kind == tWord && !d.toks[k+2].is(fVerb|fAux|fSpeech) {
		return "" // "the council estate": the noun is not the head
	}
	if o := d.openByHead(w); o != nil && !o.state {
		return o.name
	}
	return ""
}

// resolvePhrase is resolveNP before a possessive "its" left in the
// speaker is given its antecedent.
func (d *docState) resolvePhrase(s, e, as, ae int) (speaker, npStatus) {
	if as < 0 && e-s == 2 && d.toks[s].low == "both" && pairNouns[d.toks[s+1].low] {
		// "Both sides criticised the council", "Both governments say
		// they want an inquiry": the reporter's summary of what each
		// party says in its own words before or after, no one's claim;
		// the pair's charges against each other are read elsewhere
		// (mutual accusations), not from this speaker
		return speaker{}, npUnknown
	}
	if e-s == 2 && s == d.sentLo && (d.toks[s].low == "its" || d.toks[s].low == "their") && d.toks[s+1].sets&sEvidenceNoun != 0 && d.prevSentBody != "" {
		if k := d.prevSentReporter(); k >= 0 {
			// "Velmar's government commissioned an independent
			// inquiry. Its report found …": the inquiry's report, not
			// the government's
			return d.describe(k, k, k+1, ""), npOK
		}
		// "Velmont Watch sent two researchers. Its report found …": the
		// finding of the body the sentence before opened with, as "Its
		// statement said" is (resolveHead)
		return d.government(d.prevSentBody), npOK
	}
	if p, q, ok := d.signatory(e, as, ae); ok {
		// "said the statement, signed by the group's political officer,
		// Sabine Kerrow": the statement is the words of whoever signed
		// it, the person named after the description, for the body
		// whose statement it is; "the group's" in the description, read
		// alone, may take up the party last named. Signed by no one
		// named, it is the body's statement.
		body, bst := d.resolveHead(s, e, -1, -1)
		if p >= 0 {
			if sp, st := d.resolveHead(p, q, as+2, ae); st == npOK {
				if bst == npOK && body.side != "" {
					sp.side = body.side
				}
				return sp, st
			}
		}
		if bst == npOK && body.side != "" {
			return body, bst
		}
	}
	if a, b := d.docAuthor(s, e); a >= 0 {
		// "a 2031 report by the Forestry Commission … The report found":
		// the commission's finding
		if sp, st := d.resolveHead(a, b, -1, -1); st == npOK {
			return sp, st
		}
	}
	if sp, ok := d.docIssuer(s, e); ok {
		// "In a preliminary report, the mission said … the report
		// said", "the fire service released its report … According to
		// the report": the body that issued it
		return sp, npOK
	}
	if as < 0 && d.jointPoll(s, e) {
		// "A Velmont Today/Brann College poll found": the poll of joint
		// sponsors speaks for none of them (nor for a state one of
		// their names holds); the phrase is the speaker
		return d.describe(s, s, e, ""), npOK
	}
	if as < 0 && d.stateOpposition(s, e) {
		// "Tarvia's main opposition party accused the government …":
		// the opposition speaks against its state's government, never
		// for it; the phrase is the speaker, with no side
		return d.describe(s, s, e, ""), npOK
	}
	sp, st := d.resolveHead(s, e, as, ae)
	if st == npOK && sp.person == nil {
		if b, ok := d.spokesBody(s, e, as); ok {
			sp = b
		}
	}
	if st == npOK && e-s == 2 && as < 0 && (d.toks[s].low == "its" || d.toks[s].low == "their") && voiceOrgans[d.toks[s+1].low] && sp.side != "" && !d.isState(sp.side) && d.isOrg(sp.side) {
		// "The Tarn Basin Commission has not taken a side. Its
		// secretariat said …": the office that speaks for a body is
		// the body speaking, as its statement is
		return d.government(sp.side), npOK
	}
	if w := d.toks[e-1].low; bareBodyNounsF.has(bareBodyNouns, w) {
		switch {
		case e-s == 1 && sp.side == "" && d.lastBodyNoun == w && d.paraN-d.lastBodyPara <= 1:
			// "Ostrian police say the crowd gathered at noon. Police
			// said the boy was in hospital.": the same police
			sp, st = d.lastBody, npOK
		case e-s >= 2 && st == npOK && sp.side != "" && as < 0:
			d.lastBody, d.lastBodyNoun, d.lastBodyPara = sp, w, d.paraN
		case st == npOK && sp.side == "" && sp.person == nil && as < 0 && (w == "police" || w == "officials" || w == "authorities") && (e-s == 1 || e-s == 2 && d.toks[s].low == "the"):
			if st := d.localState(); st != "" {
				sp.side = st
			}
		}
	}
	if st == npOK && e-s >= 2 && d.toks[e-1].low == "ministry" && sp.side != "" {
		d.notePortfolio(e-2, sp.side)
		if sp.inst && sp.person == nil && (strings.HasSuffix(sp.name, " Ministry") || strings.HasSuffix(sp.name, " government")) {
			// whichever way the phrase was read (a state named in it,
			// "the defence ministry" after an earlier ministry of
			// another portfolio), the portfolio it writes names it
			if gov := d.government(sp.side); strings.HasSuffix(gov.name, " government") {
				if m := d.ministryName(s, e, gov); m.name != gov.name {
					sp.name = m.name
				} else if e-s == 2 && d.toks[s].low == "the" && sp.name == gov.name {
					// "Tarvia's justice ministry and a rights group
					// blamed each other … The ministry said …": the one
					// ministry of the state the article has named
					if name := d.earlierMinistry(sp.side, gov.name, d.toks[s].s); name != "" {
						sp.name = name
					}
				}
			}
		}
	}
	return sp, st
}

// earlierMinistry returns the name ministryName gives the one ministry
// of state (whose government is gov) the text before pos names in lower
// case ("Tarvia's justice ministry", "the Tarvian justice ministry", or
// the only portfolio written, "the interior ministry"), or "" when it
// names none or ministries of two portfolios: "the ministry" is then
// the state's, but which office is not known.
func (d *docState) earlierMinistry(state, gov string, pos int) string {
	demonym, ok := strings.CutSuffix(gov, " government")
	if !ok || demonym == "" || state == "" || pos > len(d.str) {
		return ""
	}
	text := d.str[:pos]
	// any other portfolio's ministry before, of whichever state, and
	// "the ministry" may be that one
	var portfolio string
	for rest := text; ; {
		i := strings.Index(rest, " ministry")
		if i < 0 {
			break
		}
		j := strings.LastIndexByte(rest[:i], ' ')
		w := rest[j+1 : i]
		rest = rest[i+len(" ministry"):]
		if !plainLowerWord(w) || w == "the" || w == "its" {
			continue
		}
		if portfolio != "" && portfolio != w {
			return ""
		}
		portfolio = w
	}
	found := ""
	for _, lead := range [...]string{state + "'s ", state + "’s ", demonym + " "} {
		for rest := text; ; {
			i := strings.Index(rest, lead)
			if i < 0 {
				break
			}
			rest = rest[i+len(lead):]
			w1, after, ok := strings.Cut(rest, " ")
			if !ok || !plainLowerWord(w1) {
				continue
			}
			words := []string{w1}
			if !strings.HasPrefix(after, "ministry") {
				w2, after2, ok := strings.Cut(after, " ")
				if !ok || !plainLowerWord(w2) || !strings.HasPrefix(after2, "ministry") {
					continue
				}
				words, after = append(words, w2), after2
			}
			if len(after) > len("ministry") && isASCIILetter(after[len("ministry")]) {
				continue // "ministry's" is fine, "ministryx" is no word
			}
			name := ministryTitle(demonym, words)
			if found != "" && found != name {
				return ""
			}
			found = name
		}
	}
	if found == "" && portfolio != "" {
		// "accused the interior ministry of …": the one portfolio
		// written, the state's as the phrase was read
		found = ministryTitle(demonym, []string{portfolio})
	}
	return found
}

// plainLowerWord reports whether w is a word of lower-case ASCII letters.
func plainLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// ministryName names a state's ministry [s, e) as the ministry, not as
// its government: "Tarvia's justice ministry", "the Tarvian justice
// ministry", "Its justice ministry" (for Tarvia) speak as "Tarvian
// Justice Ministry", on the state's side. A ministry is one office of a
// government, and news names its claims by that office; the side is
// kept, so whatever the state's claims are weighed against is
// unchanged. Only a portfolio of one or two plain words between the
// state (or "the", "its") and "ministry" is read ("defence", "foreign",
// "health"); anything else keeps the government's name.
func (d *docState) ministryName(s, e int, sp speaker) speaker {
	demonym, ok := strings.CutSuffix(sp.name, " government")
	if !ok || !sp.inst || sp.person != nil || demonym == "" || e-s < 2 || d.toks[e-1].low != "ministry" || d.toks[e-1].cap {
		return sp
	}
	var words []string
	for k := s; k < e-1; k++ {
		t := &d.toks[k]
		switch {
		case k == s && (t.low == "the" || t.low == "its"):
		case len(words) == 0 && d.stateOf(k) != "":
		case t.kind == tWord && !t.is(fDet|fPrep|fConj|fPron|fNeg) && !strings.ContainsAny(t.low, "'"):
			words = append(words, t.low)
		default:
			return sp
		}
	}
	if len(words) == 0 || len(words) > 2 {
		return sp
	}
	sp.name = ministryTitle(demonym, words)
	return sp
}

// ministryTitle names the ministry of a portfolio's lower-case words as
// ministryName and earlierMinistry do: "Tarvian Justice Ministry".
func ministryTitle(demonym string, portfolio []string) string {
	var b strings.Builder
	b.WriteString(demonym)
	for _, w := range portfolio {
		b.WriteString(" " + strings.ToUpper(w[:1]) + w[1:])
	}
	b.WriteString(" Ministry")
	return b.String()
}

// spokesBody reads "a spokeswoman for the union", "a spokesman for the
// regional ambulance service" [s, e), an unnamed spokesperson and the
// body they speak for, as that body speaking, as news means it and as
// its statement would be: the organisation the words after "for" name,
// or, named by no one, those words ("regional ambulance service") when
// they end in a body's noun. A state's office ("a spokesman for
// Tarvia's foreign ministry") is left as written: its spokesman is the
// ministry's voice, not the state's; so is a person's office ("a
// spokeswoman for the mayor") and a spokesperson named in apposition,
// who speaks in their own name.
func (d *docState) spokesBody(s, e, as int) (speaker, bool) {
	if e-s < 3 || e-s > 8 {
		return speaker{}, false
	}
	k := s
	if npDeterminers[d.toks[k].low] {
		k++ // "A spokeswoman", capitalised as the sentence opens
	}
	if !strings.HasPrefix(d.toks[k].low, "spokes") || k+2 >= e || d.toks[k+1].low != "for" {
		return speaker{}, false
	}
	if as >= 0 {
		// "a spokeswoman for the plant's operator, Brindle Chemicals,",
		// "a spokesman for the group, Ivo Marek,": left as read (the
		// person named speaks in their own name; a body so named is a
		// speaker the next "a ministry spokesman" takes no state from)
		return speaker{}, false
	}
	b := k + 2
	last := d.toks[e-1].low
	if !orgHeads[last] && !companyNouns[last] && !companyHeads[last] {
		return speaker{}, false
	}
	body, st := d.resolveHead(b, e, -1, -1)
	if st != npOK || body.person != nil || body.human {
		return speaker{}, false
	}
	if body.side != "" {
		if d.isState(body.side) || !d.isOrg(body.side) || !d.calledBy(body.side, last) && !strings.HasSuffix(strings.ToLower(body.side), " "+last) {
			// the body must be one the article called by the noun ("the
			// service" is no chemicals company named last)
			return speaker{}, false
		}
		return d.government(body.side), true
	}
	if d.toks[b].low != "the" || e-b < 3 || stateOrgans[last] && last != "service" {
		// "a spokesman for the ministry" named by no one is a state's
		// office, whose state the reader is left to find
		return speaker{}, false
	}
	return body, true
}

// localState is the state whose police, officials or authorities "Police
// said", "Officials say" mean when the article names them no further:
// the state the dateline is in, else the one state the article names. A
// story from no state, or between two states with no dateline, leaves
// them on no side.
func (d *docState) localState() string {
	if d.home != "" {
		return d.home
	}
	return d.soleState()
}

// stateOpposition reports whether the noun phrase [s, e) is a state's
// opposition, a possessive name and the opposition's words to its end:
// "Tarvia's main opposition party", "Tarvia's opposition leader".
func (d *docState) stateOpposition(s, e int) bool {
	if s < 0 || e-s < 3 || e-s > 4 || d.toks[s].kind != tWord || !d.toks[s].cap {
		return false
	}
	if _, poss := possessiveBase(d.toks[s].low); !poss || !d.oppositionAfter(s+1) {
		return false
	}
	return oppositionHeads[d.toks[e-1].low] && d.toks[e-2].low == "opposition"
}

// prevSentReporter returns the token of a noun for a body that makes
// reports ("inquiry", "commission", "panel") the sentence before, in
// this paragraph, names after its subject, or -1.
func (d *docState) prevSentReporter() int {
	r := d.prevSentRange
	if r[2] != d.sentN-1 || r[3] != d.paraN || r[1] > len(d.toks) || r[1] > d.sentLo {
		return -1
	}
	for k := r[0] + 1; k < r[1]; k++ {
		if t := &d.toks[k]; reportMakers[t.low] && !t.cap && !t.inQ {
			return k
		}
	}
	return -1
}

// reportMakers are bodies a party sets up whose report is their own
// (prevSentReporter).
var reportMakers = map[string]bool{
	"inquiry": true, "commission": true, "panel": true, "investigation": true, "study": true, "review": true, "probe": true, "audit": true,
}

// oneOfGroup is the speaker "one of them" names: one of the group that
// spoke last in this paragraph or the one before, named as one of it
// ("Two officials said … One of them claimed": an official); of
// officials who spoke as their government, one official of that state.
func (d *docState) oneOfGroup() (speaker, bool) {
	g, ok := d.lastPlural, d.hasLastPlural && d.paraN-d.lastPluralPara <= 1
	if n := len(d.claims); !ok && n > 0 && d.claims[n-1].vs >= d.toks[0].s && !d.claims[n-1].person {
		// "fishermen", "people": plurals "they" is not read for
		if c := &d.claims[n-1].c; strings.HasSuffix(c.Speaker, "men") {
			g, ok = speaker{name: c.Speaker, role: c.Role, side: c.Side}, true
		}
	}
	if !ok {
		return speaker{}, false
	}
	one := singularOf(g.name)
	if g.inst {
		if !strings.HasSuffix(g.name, " government") {
			return speaker{}, false
		}
		one = strings.TrimSuffix(g.name, "government") + "official"
	}
	if one == "" {
		return speaker{}, false
	}
	g.name, g.human, g.inst = one, true, false
	return g, true
}

// itBody returns the organisation a subject "it" at k refers to when the
// sentence before, in this paragraph, named it and no other party ("The
// fullest account comes from Tallyline, a monitoring group. In a report,
// it said …"), and nothing before k in this sentence names one; else "".
// The last body quoted is then no antecedent: the sentence before
// brought a new one in. A state's own body ("Ludvia's State Security
// Committee", an organ or a body a state owns) is left to the paths
// that give it its state's side: as a body of its own it would speak
// for itself and turn its state's accusations into its own.
func (d *docState) itBody(k int) string {
	for i := d.sentLo; i < k; i++ {
		if m := d.mentAt[i]; m >= 0 && d.ments[m].actor != "" {
			return ""
		}
	}
	o := d.prevSentParty(true)
	if o == "" || d.placeInPrevSent(o) {
		return ""
	}
	for _, a := range d.open {
		if a.name == o && (a.organ || a.owner != "") || a.name != o && strings.HasPrefix(o, a.name+"'s ") {
			return ""
		}
	}
	return o
}

// wherePreps are the prepositions that make a body named after them a
// place in its sentence ("treated at Aldmoor General Hospital", "held in
// the Brask Institute"), not an actor that "it" may take up next.
var wherePreps = map[string]bool{"at": true, "in": true, "inside": true, "outside": true, "near": true, "into": true, "to": true, "on": true}

// placeInPrevSent reports whether the sentence before names actor first
// as a place: after one of wherePreps, with or without "the".
func (d *docState) placeInPrevSent(actor string) bool {
	r := d.prevSentRange
	for i := r[0]; i < r[1]; i++ {
		if m := d.mentAt[i]; m < 0 || d.ments[m].actor != actor {
			continue
		}
		j := i - 1
		if j >= r[0] && d.toks[j].low == "the" {
			j--
		}
		return j >= r[0] && wherePreps[d.toks[j].low]
	}
	return false
}

// prevSentParty returns the one party the sentence before, in this
// paragraph, named (an organisation when org is set), or "" when it
// named none or several.
func (d *docState) prevSentParty(org bool) string {
	r := d.prevSentRange
	if r[2] != d.sentN-1 || r[3] != d.paraN || r[1] > len(d.toks) || r[1] > d.sentLo {
		return "" // token ranges are the paragraph's
	}
	one := ""
	for i := r[0]; i < r[1]; i++ {
		m := d.mentAt[i]
		if m < 0 || d.ments[m].actor == "" || d.ments[m].actor == one {
			continue
		}
		if one != "" || org && !d.isOrg(d.ments[m].actor) {
			return ""
		}
		one = d.ments[m].actor
	}
	return one
}

// kindOnlyNouns call any organisation by its kind alone: "the group", "the
// movement".
var kindOnlyNouns = map[string]bool{"group": true, "movement": true, "organisation": true, "organization": true}

// calledBy reports whether the organisation named name is called by
// the noun w: its own name's noun or a description ("union" for the
// Dockers' Union, "alliance" for "the Open Vale alliance"), or "party"
// for any party's, alliance's or movement's.
func (d *docState) calledBy(name, w string) bool {
	for _, o := range d.open {
		if o.name == name {
			return o.head == w || slices.Contains(o.descr, w) || w == "party" && partyHeads[o.head]
		}
	}
	return false
}

// anyGroup reports whether "the group" (w, a noun of kindOnlyNouns) may
// be the organisation named name although the article never called it
// so: it is no company ("Maris Freight, which runs the barges, said … The
// group denied …" is the protest group named before).
func (d *docState) anyGroup(name, w string) bool {
	for _, o := range d.open {
		if o.name == name {
			return !companyHeads[o.head] && !companyNouns[o.head] || o.head == w
		}
	}
	return false
}

// prevSentOrg returns the one organisation of its own (no state, no
// state's body) the sentence before, in this paragraph, named outside
// quotation marks, or "" when it named none or several. A state named
// beside it ("the Front blamed Morvia's army") is no group: it does not
// compete.
func (d *docState) prevSentOrg() string {
	r := d.prevSentRange
	if r[2] != d.sentN-1 || r[3] != d.paraN || r[1] > len(d.toks) || r[1] > d.sentLo {
		return ""
	}
	one := ""
	for i := r[0]; i < r[1]; i++ {
		m := d.mentAt[i]
		if m < 0 || d.toks[i].inQ || d.ments[m].actor == "" || d.ments[m].actor == one || !d.isOrg(d.ments[m].actor) {
			continue
		}
		if one != "" {
			return ""
		}
		one = d.ments[m].actor
	}
	if one == "" {
		return ""
	}
	for _, a := range d.open {
		if a.name == one && (a.state || a.organ || a.owner != "") {
			return ""
		}
	}
	return one
}

// singularOf returns a plural description's singular ("Velmarkian
// official" for "Velmarkian officials", "fisherman" for "fishermen"), or
// "" when its last word is no regular plural.
func singularOf(name string) string {
	// "Three Velmarkian officials", "Brask clinic several nurses": the
	// count was of the group, not of the one
	ws := strings.Fields(name)
	out := ws[:0]
	for _, w := range ws {
		if !groupParts[strings.ToLower(w)] {
			out = append(out, w)
		}
	}
	name = strings.Join(out, " ")
	switch {
	case strings.HasSuffix(name, "men"):
		return strings.TrimSuffix(name, "men") + "man"
	case strings.HasSuffix(name, "ies"), strings.HasSuffix(name, "ss"), strings.HasSuffix(name, "'s"):
		return ""
	case strings.HasSuffix(name, "s"):
		return strings.TrimSuffix(name, "s")
	}
	return ""
}

// notePortfolio records that the ministry whose portfolio is the word at
// k ("water" in "Its water ministry said") is state's, so that a
// minister of that portfolio named later without a state ("Water
// Minister Ilsa Brenner") is its minister.
func (d *docState) notePortfolio(k int, state string) {
	t := &d.toks[k]
	if t.kind != tWord || t.cap || t.is(fDet|fPrep|fConj|fPron|fRole) {
		return
	}
	d.notePortfolioWord(t.low, state)
}

// notePortfolioWord records that the ministry of portfolio w is state's
// ("energy" of "Velmark's energy minister, Ilan Brask,"), so that "the
// energy ministry" or "Energy Minister Ilan Brask" is Velmark's.
func (d *docState) notePortfolioWord(w, state string) {
	// kept as written and whatever the side: whether it is a state is
	// asked only when a ministry or a minister is looked up, which is
	// rare, not on every claim a minister makes
	for i := range d.portfolios {
		if strings.EqualFold(d.portfolios[i].word, w) {
			d.portfolios[i].state = state
			return
		}
	}
	if len(d.portfolios) < 8 {
		d.portfolios = append(d.portfolios, portfolio{word: w, state: state})
	}
}

// portfolioWord returns the word before "minister" in a role, as
// written ("Energy" in "Energy Minister", "energy" in "the energy
// minister"), or "".
func portfolioWord(role string) string {
	i := strings.Index(role, "inister")
	if i < 3 || role[i-1] != 'm' && role[i-1] != 'M' || role[i-2] != ' ' {
		return ""
	}
	w := role[:i-2]
	if j := strings.LastIndexByte(w, ' '); j >= 0 {
		w = w[j+1:]
	}
	// compared without case and returned as written: no allocation on
	// every claim a minister makes
	if w == "" || strings.EqualFold(w, "prime") || strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return ""
	}
	return w
}

// portfolioState returns the state whose ministry of the portfolio
// before "minister" in role r spoke, or "".
func (d *docState) portfolioState(r string) string {
	if len(d.portfolios) == 0 {
		return ""
	}
	return d.portfolioOf(portfolioWord(r))
}

// portfolioOf returns the state whose ministry of portfolio w was named,
// or "".
func (d *docState) portfolioOf(w string) string {
	if w == "" {
		return ""
	}
	for _, p := range d.portfolios {
		if strings.EqualFold(p.word, w) && d.isState(p.state) {
			return p.state
		}
	}
	return ""
}

// portfolio is a ministry's portfolio word and the state it is of.
type portfolio struct{ word, state string }

// docAuthor returns the name of the author of the document the phrase
// [s, e) names as "the report" (or study, survey, …): the capitalised
// name after "by" where the paragraph named that document before ("a
// 2031 report by the Northern Forestry Commission"); else -1, -1.
func (d *docState) docAuthor(s, e int) (int, int) {
	if e-s != 2 || d.toks[s].low != "the" || d.toks[s+1].sets&sEvidenceNoun == 0 {
		return -1, -1
	}
	noun := d.toks[s+1].low
	for k := s - 2; k >= 0 && s-k < 80; k-- {
		if d.toks[k].low != noun || d.toks[k+1].low != "by" {
			continue
		}
		a := k + 2
		if a < s && d.toks[a].low == "the" {
			a++
		}
		b := a
		for b < s && d.toks[b].kind == tWord && (d.toks[b].cap || b > a && d.toks[b].low == "of" && b+1 < s && d.toks[b+1].cap) {
			b++
		}
		if b > a && d.toks[b-1].cap {
			return a, b
		}
		return -1, -1
	}
	return -1, -1
}

// issuedIn returns the token in [lo, v) of a document in which the
// speaker of the verb at v speaks ("In a preliminary report released on
// Friday, the mission said", "said in a report published Tuesday"), or
// -1: the document's noun after "in" and at most three determiners or
// modifiers. "The ministry rejected the report, saying …" has none: the
// report there is someone else's.
func (d *docState) issuedIn(lo, v int) int {
	for k := lo; k < v; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.cap || t.sets&sEvidenceNoun == 0 {
			continue
		}
		for j := k - 1; j >= lo && k-j <= 4; j-- {
			w := &d.toks[j]
			if w.kind != tWord || w.cap && j != lo {
				break
			}
			if w.low == "in" {
				return k
			}
		}
	}
	return -1
}

// noteReleased records the body that released a document in the
// sentence [lo, hi), named just before the verb: "the Upper Vale Fire
// Service released its investigation report" (at most three modifiers
// between the determiner and the noun).
func (d *docState) noteReleased(lo, hi int) {
	for v := lo + 1; v+2 < hi; v++ {
		// the determiner first: three string compares rule out nearly
		// every token before the map is asked
		if w := d.toks[v+1].low; w != "its" && w != "a" && w != "their" {
			continue
		}
		if d.toks[v].cap || !issueVerbs[d.toks[v].low] {
			continue
		}
		m := d.mentAt[v-1]
		if m < 0 || d.ments[m].actor == "" || d.ments[m].j != v {
			continue
		}
		for k := v + 2; k < hi && k-v <= 5; k++ {
			t := &d.toks[k]
			if t.kind != tWord || t.cap {
				break
			}
			if t.sets&sEvidenceNoun != 0 && (k+1 >= hi || d.toks[k+1].sets&sEvidenceNoun == 0) {
				// the noun that heads the run: "its investigation report"
				d.docSrc, d.docSrcNoun, d.docSrcPara = d.government(d.ments[m].actor), t.low, d.paraN
				return
			}
		}
	}
}

// docIssuer returns the body that issued the document "the report" [s,
// e) calls back: the last one recorded (issuedIn, noteReleased) for a
// document of that noun, in this paragraph or the three before.
func (d *docState) docIssuer(s, e int) (speaker, bool) {
	if e-s != 2 || d.toks[s].low != "the" || d.toks[s+1].sets&sEvidenceNoun == 0 {
		return speaker{}, false
	}
	if d.docSrc.name == "" || d.docSrcNoun != d.toks[s+1].low || d.paraN-d.docSrcPara > 3 {
		return speaker{}, false
	}
	return d.docSrc, true
}

// resolveHead is resolveNP's reading of the phrase.
func (d *docState) resolveHead(s, e, as, ae int) (speaker, npStatus) {
	if e <= s {
		return speaker{}, npUnknown
	}
	if e-s == 2 && (d.layPlural(s+1) || cityRoles[d.toks[s+1].low]) && d.cityIn(s, s+1) {
		// "Lorvik residents said": the people of a city that stands for
		// its state's government elsewhere, on no side but their own;
		// "Lorvik's mayor" is the city's, not the state's
		return d.describe(s, s, e, ""), npOK
	}
	for k := s; k < e; k++ {
		// "Protesters outside the Ombrian embassy", "a guard at the
		// embassy": the mission heads no phrase after a preposition
		if t := &d.toks[k]; t.kind == tWord && t.is(fPrep) {
			break
		}
		if w := d.toks[k].low; (w == "embassy" || w == "consulate") && d.toks[k].kind == tWord {
			if sp, ok := d.mission(s, k, e); ok {
				return sp, npOK
			}
			break
		}
	}
	if e-s > 3 && d.toks[e-1].low == ")" {
		// a party and state after the name: "Dana Oster (D-Fred.)"
		for k := e - 3; k > s && k >= e-8; k-- {
			if d.toks[k].low == "(" && d.capsParen(k, e) == e-1 {
				e = k
				break
			}
		}
	}
	if d.toks[s].low == "the" && s+1 < e && isAge(&d.toks[s+1]) {
		if sp, ok := d.agedPerson(s+1, e); ok {
			return sp, npOK
		}
	}
	if e-s == 2 && d.toks[s].low == "the" && (kindOnlyNouns[d.toks[s+1].low] || partyHeads[d.toks[s+1].low] || unionHeads[d.toks[s+1].low]) && (s == d.sentLo || s-1 > d.sentLo && d.toks[s-1].low == "," && d.introPhrase(d.sentLo, s-1)) {
		// "The Red Ridge Front issued a statement. The group blamed …",
		// "… In a statement, the group said", "A video shared by Open
		// Vale shows … The party says": the one organisation the
		// sentence before named, not the last one whose own name ends
		// in Group (a monitoring group quoted earlier); a party's or a
		// union's noun only for one so called
		if w, o := d.toks[s+1].low, d.prevSentOrg(); o != "" && (d.calledBy(o, w) || kindOnlyNouns[w] && d.anyGroup(o, w)) {
			return d.government(o), npOK
		}
	}
	if e-s == 2 && d.toks[s].low == "the" && d.toks[s+1].low == "force" && (s == d.sentLo || s-1 > d.sentLo && d.toks[s-1].low == "," && d.introPhrase(d.sentLo, s-1)) {
		// "The Lenford and Marsh Police … The force said": news calls a
		// police force "the force"; the one police body the article has
		// named (with two, or none, "the force" stays as written: an
		// army's or a peacekeeping force is no police)
		if o := d.onePoliceBody(); o != "" {
			return d.government(o), npOK
		}
	}
	if e-s == 1 && quantSpeakers[d.toks[s].low] {
		// "Local fishermen told reporters … Some said …": part of the
		// group just quoted, named as it was
		if d.hasLastPlural && d.paraN-d.lastPluralPara <= 1 {
			return d.lastPlural, npOK
		}
		if n := len(d.claims); n > 0 && d.claims[n-1].vs >= d.toks[0].s && !d.claims[n-1].person {
			// the group that spoke last in this paragraph, whatever its
			// plural ("fishermen", "people")
			if c := &d.claims[n-1].c; strings.HasSuffix(c.Speaker, "men") || strings.HasSuffix(c.Speaker, "people") {
				return speaker{name: c.Speaker, role: c.Role, side: c.Side}, npOK
			}
		}
		// else described as written ("Others say …", "Some argue …"):
		// the determiner is the whole phrase, which the reading of a
		// head noun below would pass over; not after "what" or "which",
		// whose clause is an object ("what many expect to be …")
		if d.toks[s].is(fDet) && (s == 0 || d.toks[s-1].low != "what" && d.toks[s-1].low != "which") {
			return d.describe(s, s, e, ""), npOK
		}
	}
	// pronoun
	if e-s == 1 && d.toks[s].is(fPron) {
		switch subjectPron(&d.toks[s]) {
		case "he", "she":
			if sp, ok := d.personPronoun(s); ok {
				return sp, npOK
			}
		case "they":
			if d.hasLastPlural && d.paraN-d.lastPluralPara <= 2 &&
				(d.lastPlural.person == nil || d.sentN-d.lastPluralSent <= 1) {
				// a capitalised plural read as a one-word name
				// ("Detectives said …") is "they" in the next sentence
				// only: "Her parents appealed for help. They said …"
				// between are the parents
				return d.lastPlural, npOK
			}
			if sp, ok := d.theySubject(s); ok {
				return sp, npOK
			}
		case "it":
			if d.prevSentBody != "" && (s == d.sentLo || s-1 > d.sentLo && d.toks[s-1].low == "," && d.introPhrase(d.sentLo, s-1) || s > d.sentLo && d.toks[s-1].kind == tWord && d.introPhrase(d.sentLo, s)) {
				// "Telnor's interior ministry gave a different account.
				// It said …", "… In a statement, it said …", with or
				// without the comma: the body the sentence before was
				// about, not the last body quoted. The sentence is then
				// about it too: "It denied …" next is the same body's
				if d.sentBody == "" {
					d.sentBody = d.prevSentBody
				}
				return d.government(d.prevSentBody), npOK
			}
			if o := d.itBody(s); o != "" {
				if d.sentBody == "" {
					d.sentBody = o
				}
				return d.government(o), npOK
			}
			if d.hasLastInst && d.lastInstEntry == d.entryN {
				return d.lastInst, npOK
			}
		case "i":
			if d.answer && d.interviewee != nil {
				// "A: I think …": the interviewee answers
				d.seq++
				d.interviewee.seen = d.seq
				return d.personSpeaker(d.interviewee, ""), npOK
			}
		}
		return speaker{}, npUnknown
	}
	if e-s >= 4 && !d.toks[s].cap || e-s >= 4 && s == d.sentLo {
		if sp, ok := d.tiedSource(s, e); ok {
			return sp, npOK
		}
	}
	// a person's name before "of" or "at" is the head: "Robert Lund of
	// the Fredville delegation", "Stacy Roe of Ostburg, Ruritania", "Dan
	// Moss at the Tarvel Review" are the person's words, the place or
	// body only their side
	for k := s + 2; k < e && k <= s+6; k++ {
		if d.toks[k].low != "of" && d.toks[k].low != "at" {
			continue
		}
		if d.isNameTok(k-1) && d.isNameTok(k-2) && k+1 < e {
			if as < 0 {
				as, ae = k+1, e
			}
			e = k
		}
		break
	}
	// news media are sources, not parties; a phrase's own words count,
	// not those of its complement ("a poll conducted for the Post"), and
	// a person is no medium ("Daily News editor Jo Roe")
	last := &d.toks[e-1]
	person := last.kind == tWord && (last.is(fRole) || d.isNameTok(e-1) && e-2 >= s && d.isNameTok(e-2))
	media := false
	for k := s; k < e && !person; k++ {
		if k > s && npPrepsF.has(npPreps, d.toks[k].low) {
			break
		}
		if d.toks[k].is(fMedia) && d.mentAt[k] < 0 {
			media = true
		}
		if media && evidenceNouns[d.toks[k].low] {
			// "a Herald poll", "a Post analysis of filings": the
			// document speaks, described, not the medium behind it
			return d.describe(s, s, e, ""), npOK
		}
	}
	if media && e-2 >= s && last.kind == tWord && !last.cap && !last.is(fMedia) && d.nounLike(e-1) {
		if m := &d.toks[e-2]; m.kind == tWord && !m.cap && m.is(fMedia) {
			// "media trackers", "television analysts", "the social media
			// company": people or a body the medium's noun only
			// describes, as "a Herald poll" is a poll
			media = false
		}
	}
	if media {
		return speaker{}, npMedia
	}
	if sp, ok := d.officialsAt(s, e); ok {
		return sp, npOK
	}
	actor := d.actorIn(s, e)
	appActor := ""
	client := "" // the client an advocate firm in apposition speaks for
	if as >= 0 && (!d.toks[as].is(fRel) || d.leadsRel(as, ae)) {
		// "a spokesman for X" ties the speaker to X; "which runs a
		// terminal in X" only describes them, "who chairs X" does not
		appActor = d.actorIn(as, ae)
		if appActor != "" {
			if hired, advocate := d.hiredFirm(as, ae); hired {
				if advocate {
					client = appActor
				}
				appActor = ""
			}
		}
	}
	// trailing name words
	ne := e
	for ne-1 >= s && d.toks[ne-1].low == ")" {
		k := ne - 2
		for k >= s && d.toks[k].low != "(" {
			k--
		}
		if k < s {
			break
		}
		ne = k
	}
	nb := ne
	for nb-1 >= s && d.isNameTok(nb-1) {
		nb--
	}
	names := nb < ne
	hasOrg := false
	for k := s; k < e; k++ {
		t := &d.toks[k]
		if t.kind == tWord && t.cap && t.is(fOrg) && d.mentAt[k] < 0 {
			hasOrg = true
		}
	}
	rs := s
	for rs < nb && d.toks[rs].is(fDet) && !d.toks[rs].cap || rs < nb && d.toks[rs].cap && (isArticle(d.toks[rs].low) || d.toks[rs].low == "its" || d.toks[rs].low == "their") {
		rs++
	}
	if rs+2 < e && layPeopleF.has(layPeople, d.toks[rs].low) && npPrepsF.has(npPreps, d.toks[rs+1].low) && as < 0 && d.partyIn(rs+2, e) {
		// "Residents near the Dunmore Mining plant", "Passengers on the
		// Skyvale flight": people who speak for themselves, not for the
		// firm or body whose site or service they are at (a town's
		// residents are named by it below: "Tepra residents")
		return d.describe(s, rs, e, ""), npOK
	}
	if as < 0 {
		// "Lorry drivers stranded on the Vellandian side", "Farmers
		// living along the Ostmark bank": lay people where they are,
		// called by their noun; the state of the place is no side of
		// theirs (no apposition: the cheap test first)
		if k := d.placedPlural(rs, e); k >= 0 {
			return d.describe(s, rs, k+1, ""), npOK
		}
	}
	if names && nb > rs+1 {
		// "a law expert at the University of Varsk, Dr. Kai Mols,",
		// "officials in Dunmere": a name after a preposition is the
		// place or body the head is of, not the speaker's own name —
		// when it is one word, follows "the", or a name in apposition
		// is the person's ("Mayor of Tarvel Anna Berg" keeps its run):
		// with a person's name in apposition, a place of two words too
		// ("a navy spokesman in Port Alloway, Commander Teodric Vail,");
		// not a relative clause ("an engineer at Skylon Air, who asked
		// not to be named,": the body's words)
		for k := rs + 1; k < nb-1 || k == nb-1 && (ne-nb == 1 || as >= 0 && d.nameRun(as, ae) >= 2); k++ {
			if t := &d.toks[k]; t.kind == tWord && !t.cap && (placePreps[t.low] || t.low == "for" && ne-nb == 1) && !d.isNameTok(k-1) {
				names = ne-nb > 1 && !isArticle(d.toks[nb-1].low) && as < 0
				break
			}
		}
	}
	if names && nb > rs+1 && (placePreps[d.toks[nb-1].low] || d.toks[nb-1].low == "on") && streetHeads[d.toks[ne-1].low] {
		// "A resident of Weir Lane, who asked not to be named, told":
		// a street is where the speaker lives or works, never a body
		// whose words these are nor the person's name
		names = false
	}
	role := ""
	if rs < nb {
		role = d.join(rs, nb)
	}
	if rs == s && names && s-2 >= d.sentLo && (d.toks[s-1].low == "for" || d.toks[s-1].low == "of") && d.toks[s-2].kind == tWord && d.toks[s-2].cap && d.toks[s-2].is(fRole) {
		// "Minister for Refugee Affairs Tomas Ekwendi", "Secretary of
		// State Ana Ruiz": the phrase read begins after the
		// preposition, but the office is the title before it, which
		// names the person later ("the minister said"), not the
		// portfolio alone
		role = d.join(s-2, nb)
	}
	if as >= 0 {
		if role == "" {
			role = d.join(as, ae)
		}
	}
	side := d.sideOf(actor)
	if actor != "" && rs == s+1 && s == d.sentLo && d.toks[s].low == "its" && d.isState(d.prevSentBody) {
		// "Ostrel tells it the other way round. Its State Border
		// Service says …": a body only a state has, named with no
		// state, is the one the sentence before opened with
		if o := d.unownedOrganNamed(actor); o != nil {
			o.owner, o.organ = d.prevSentBody, true
			side = o.owner
		} else if o := d.unownedPublicBody(actor); o != nil {
			// "Velland's account is different. Its Air Navigation
			// Service said …": a public service's name with no state
			// in it, which "its" gives to the state the sentence before
			// was about
			o.owner, o.organ = d.prevSentBody, true
			side = o.owner
		}
	}
	sb := d.subBody(rs, e)
	if sb != "" {
		// "The UN refugee agency said", "a spokeswoman for the UN human
		// rights office": a named body of an organisation of states
		// speaks, and stands, for itself, as news names it
		if sb == d.join(rs, e) {
			return speaker{name: sb, side: sb, inst: true}, npOK
		}
		side = sb
	}
	if d.stateOpposition(s, e) && d.isState(actor) {
		// "Tarvia's main opposition leader, Ivo Marek,": the
		// opposition speaks against its state, never for it
		side = ""
	}
	if side == "" {
		side = d.sideOf(appActor)
		if sb := d.subBody(as, ae); side != "" && sb != "" {
			side = sb // "a spokeswoman for the UN human rights office"
		}
	}
	if cs := d.sideOf(client); client != "" && cs != "" {
		side = cs // "a law firm retained by Orvin Mining" argues Orvin's case
	}
	if side == "" && rs > s && (d.toks[s].low == "its" || d.toks[s].low == "their") {
		// "Its embassy in Ostrel said": the body that spoke last owns it
		side = d.ownerSide(s, s+1)
	}
	if side == "" && !names && e-rs >= 2 && e-rs <= 4 && len(d.open) > 0 {
		// "a health board spokesperson" after "the Harwick Health
		// Board", "a brigade commander" after "the Tarn Valley
		// Brigade" (one noun: one body only may end in it): the
		// organisation named by the end of its name
		side = d.describedBody(rs, e)
	}
	if e-s == 3 && (d.toks[s].low == "police" || d.toks[s].low == "authorities") && d.toks[s+1].low == "in" && d.toks[s+2].cap && d.toks[s+2].kind == tWord {
		// "Police in Venmouth say": the city's police, as news names
		// them again ("Venmouth police"), on the city's side
		return speaker{name: d.join(s+2, e) + " " + d.toks[s].low, side: side, inst: true}, npOK
	}
	if side == "" && e-rs == 3 && d.toks[rs].low == "government" && d.toks[rs+1].low == "in" && d.toks[rs+2].cap && d.toks[rs+2].kind == tWord {
		// "The government in Kessel says": a government named by its
		// seat, which no dateline or "capital" tied to a state (that
		// made its mention the state's), is the government of the one
		// state the article has named; else the seat's government,
		// as news names it again ("the Kessel government")
		if st := d.soleState(); st != "" {
			return d.government(st), npOK
		}
		name := d.join(rs+2, e) + " government"
		return speaker{name: name, side: name, inst: true}, npOK
	}
	if as < 0 && rs+3 < e && firmStaff[d.toks[rs].low] && firmPreps[d.toks[rs+1].low] {
		if name := d.firmOfStaff(rs+2, e); name != "" {
			// "Analysts at Talvik Maritime Intelligence said",
			// "Engineers from Ivet Water said": people of a trade who
			// speak for the firm they work at, named whole after the
			// preposition; the firm speaks, on its own side
			if a := d.actorIn(rs+2, e); a != "" && d.coveredByActor(rs+2, e) {
				return d.government(a), npOK
			}
			return speaker{name: name, side: name, inst: true}, npOK
		}
	}
	if (as < 0 || d.placeApposition(as, ae) || d.layApposition(rs, as, ae) || !names && d.unnamedAside(as, ae)) && d.placedDescription(rs, e) {
		// "farmers in Ukraine", "economists at Goldman Sachs": people
		// described by where they are, not the place or the firm
		if d.layPlural(rs) && d.cityIn(rs+1, e) {
			side = "" // "Residents of Lorvik": the people, not its government
		}
		if d.layPlural(rs) && as >= 0 && side == d.sideOf(appActor) && d.placeApposition(as, ae) {
			// "Villagers in Orvenk, an Ardeskan town,": the state
			// the place is in is no side of its people's
			side = ""
		}
		sp := d.describe(s, rs, e, side)
		if name := d.placeFirst(rs, e); name != "" {
			sp.name = name
		}
		return sp, npOK
	}
	// the head noun: the last word, or the word before a post-modifier
	// ("a spokesman for the buyer")
	hd := e - 1
	if d.toks[hd].low == ")" {
		hd = max(s, ne-1)
	}
	if !names {
		for k := rs + 1; k < ne; k++ {
			if k == rs+1 && (d.toks[k].low == "of" && groupParts[d.toks[rs].low] || d.toks[k].low == "in" && quantSpeakers[d.toks[rs].low]) {
				continue // "many of the farmers", "many in the crowd": the farmers, the crowd are the head
			}
			if npPrepsF.has(npPreps, d.toks[k].low) && !d.toks[k].cap && !d.shareAt(k) && !d.outOfShare(k) {
				hd = k - 1
				break
			}
		}
	}
	head := &d.toks[hd]
	if !names && hd == e-1 && e-rs == 3 && head.is(fPron) && d.toks[rs+1].low == "of" && groupParts[d.toks[rs].low] {
		// "most of them said": part of the group "they" would be
		if d.toks[rs].low == "one" {
			if sp, ok := d.oneOfGroup(); ok {
				return sp, npOK
			}
		}
		if side == "" && d.hasLastPlural && d.paraN-d.lastPluralPara <= 2 {
			side = d.lastPlural.side
		}
		return d.describe(s, rs, e, side), npOK
	}
	titled := nb == rs || nb > s && d.toks[nb-1].is(fRole)
	if names && nb == rs && rs == s+1 && ne == e && d.toks[s].low == "the" && e-nb <= 4 && actor == "" {
		// "The Southern Shield said": a name after "the" is no person's
		name := d.join(nb, ne)
		if o := d.addOpen(openActor{name: name, head: d.toks[ne-1].low}); o != nil {
			d.seq++
			d.countActor(o.name) // named here, though no mention was read
			return d.government(o.name), npOK
		}
	}
	if len(d.open) > 0 && as < 0 && e-rs <= 3 && rs < e && ne == e && d.toks[rs].cap && d.findPerson(strings.TrimSuffix(d.toks[e-1].low, ".")) == nil {
		// "Brenmark rejected the account" after "Brenmark Construction": a
		// company named whole is later called by its first word(s)
		if o := d.orgShortForm(rs, e); o != nil {
			d.seq++
			o.seen = d.seq
			return d.government(o.name), npOK
		}
	}
	if actor == "" && d.toks[s].low == "its" && d.opensSentence(s) && (head.low == "ministry" || head.low == "government") && d.prevSentBody == "" {
		if st := d.prevOpeningState(); st != "" {
			// "The Ostrian government was the first to speak. Its
			// interior ministry said …": the sentence before opened with
			// the state's government named by its demonym, which
			// openingBody leaves unread; the ministry is that state's,
			// not the last state quoted
			return d.government(st), npOK
		}
	}
	if actor == "" && d.toks[s].low == "its" && d.opensSentence(s) && (head.low == "ministry" || head.low == "government") && d.prevSentBody != "" {
		// "Ostmark rejected that account. Its foreign ministry said …":
		// the state the sentence before opened with owns the ministry,
		// not the state whose minister of that portfolio spoke, nor
		// the one named last (as for a body's statement, below); its
		// army or navy is described as such below. A body named by its
		// noun has no ministry or government ("The United Nations urged
		// restraint. Its government said …"): the state named last. An
		// opening phrase does not change the antecedent ("… In a
		// statement on Sunday, its interior ministry said"), as for "it"
		if !d.headedBody(d.prevSentBody) {
			return d.government(d.prevSentBody), npOK
		}
		if st := d.lastState(); st != "" {
			return d.government(st), npOK
		}
	}
	if (actor == "" || strings.EqualFold(actor, d.join(s+1, e))) && as < 0 && e-s == 3 && (d.toks[s].low == "the" || d.toks[s].low == "its") && commandBody(d.toks[s+1].low, d.toks[s+2].low) &&
		(s == d.sentLo || s-1 > d.sentLo && d.toks[s-1].low == "," && d.introPhrase(d.sentLo, s-1)) {
		// "Velmark's army denied it. In a statement, the general staff
		// said …", "The Ostish military rejected the account. Its
		// General Staff said …": the command of the state whose forces
		// the sentence before opened with, a body of that state (a
		// capitalised "General Staff" read as a body's own name too)
		if st := d.prevSentState(); st != "" {
			return speaker{name: d.nationalBody(st, s+1, e), side: st, inst: true}, npOK
		}
	}
	if !names && as < 0 && hd == e-1 && hd > rs && head.low == "ministry" && len(d.portfolios) > 0 && !d.toks[rs].cap && !d.toks[hd].cap {
		// "The energy ministry rejected that" after "Velmark's energy
		// minister, Ilan Brask,": the ministry of his state, whichever
		// state's ministry spoke last
		if st := d.portfolioOf(d.toks[hd-1].low); st != "" && rs == hd-1 {
			return d.ministryName(s, e, d.government(st)), npOK
		}
	}
	switch {
	case names && ne-nb >= 2 && (titled || !hasOrg):
		if _, armed := d.groupApposition(as, ae); armed && nb == rs && ne == e {
			// "Iron Dawn, an armed group, said": no person is a militia
			if o := d.addOpen(openActor{name: d.join(nb, ne), head: armedDescr[d.toks[ae-1].low]}); o != nil {
				d.seq++
				d.countActor(o.name)
				return d.government(o.name), npOK
			}
		}
		p := d.addPerson(d.join(nb, ne), d.lows(nb, ne), role, side)
		return d.personSpeaker(p, role), npOK
	case names && ne-nb == 1 && (titled || !hasOrg):
		w := strings.TrimSuffix(d.toks[nb].low, ".")
		form := d.join(rs, ne)
		if p := d.findPerson(w); p != nil {
			d.seq++
			p.seen = d.seq
			if p.side == "" && side != "" {
				p.side = side
			}
			if p.role == "" && role != "" {
				p.role = role
			}
			p.addForm(form)
			return d.personSpeaker(p, ""), npOK
		}
		if acr := d.str[d.toks[nb].s:d.toks[nb].e]; isAcronym(acr) {
			name := d.join(rs, ne)
			if exp := d.acronyms[strings.ToLower(acr)]; exp != "" {
				name = exp
				if a, ok := d.tax.Actor(exp); ok && side == "" {
					side = a
				}
			}
			if side != "" && d.coveredByActor(rs, ne) {
				return d.government(side), npOK
			}
			return speaker{name: name, side: side, inst: true}, npOK
		}
		if company, armed := d.groupApposition(as, ae); nb == rs && ne == e && (company || armed) {
			// "Telvik, Ostrova's largest mobile operator, said": one
			// name described as a company is the company, on its own
			// side, not a person of the state its description names
			if o := d.addOpen(openActor{name: d.join(nb, ne), head: d.toks[ae-1].low}); o != nil {
				d.seq++
				d.countActor(o.name)
				return d.government(o.name), npOK
			}
		}
		p := d.addPerson(d.join(nb, ne), d.lows(nb, ne), role, side)
		return d.personSpeaker(p, role), npOK
	case !names && as >= 0 && appActor != "" && !head.is(fRole) && d.isOrg(appActor) && d.coveredByActor(as, ae):
		// "The operator of the cable, Nordlink Telecom,": the
		// organisation in apposition
		return d.government(appActor), npOK
	case !names && as >= 0 && appActor != "" && !head.is(fRole) && d.describedThenNamed(as, ae) != "":
		// "The ship's owner, the Kolvan firm Drass Shipping,": the
		// organisation the apposition describes, then names (not the
		// state its demonym names)
		return d.government(d.describedThenNamed(as, ae)), npOK
	case !names && as >= 0 && appActor != "" && !head.is(fRole|fOrgan) && d.appositionIs(as, ae, appActor) && d.isState(appActor):
		// "Ukraine's neighbour, Poland,", "Ostmark's rival, Velland,":
		// a description of the state named in apposition, not of the
		// state in its possessive
		return d.government(appActor), npOK
	case !names && as >= 0 && companyNouns[head.low] && d.nameRun(as, ae) >= 1 && d.nameStart(as, ae) == 0:
		// "Vostria's state gas company, Vostgaz,": the company, which
		// speaks for its owner
		n := as + d.nameRun(as, ae)
		name := d.join(as, n)
		if o := d.addOpen(openActor{name: name, head: head.low, owner: side}); o != nil {
			return d.government(name), npOK
		}
		return speaker{name: name, side: side, inst: true}, npOK
	case !names && as >= 0 && hd == e-1 && ownerNouns[head.low] && !head.cap && d.companyNamed(as, ae) > 0:
		// "The boat's owner, the Lenn-based co-operative Tarn Bay
		// Fishers, said": the body the apposition describes, then
		// names, owns the thing and speaks, on its own side
		n := d.companyNamed(as, ae)
		name := d.join(ae-n, ae)
		if o := d.addOpen(openActor{name: name, head: d.toks[ae-n-1].low}); o != nil {
			return d.government(o.name), npOK
		}
		return speaker{name: name, side: name, inst: true}, npOK
	case !names && as >= 0 && hd == e-1 && (orgHeads[head.low] || companyNouns[head.low]) && !head.is(fRole) && !head.cap && d.appositionName(as, ae) >= 0:
		// "The rail workers' union, the Velmark Federation of
		// Railwaymen, blamed …": the body its name in apposition names,
		// not a description of it on the side of a state in that name
		k := d.appositionName(as, ae)
		name := d.join(k, ae)
		if o := d.addOpen(openActor{name: name, head: d.toks[ae-1].low}); o != nil {
			return d.government(o.name), npOK
		}
		return speaker{name: name, side: name, inst: true}, npOK
	case !names && as >= 0 && hd == e-1 && (partyHeads[head.low] || kindOnlyNouns[head.low]) && !head.is(fRole) && !head.cap && d.appositionBareName(as, ae) >= 0:
		// "Velmark's main opposition party, Green Dawn, accused …": the
		// description's noun says what the name in apposition is, though
		// the name holds no organisation's word (a party's or a
		// movement's name seldom does)
		k := d.appositionBareName(as, ae)
		name := d.join(k, ae)
		if o := d.addOpen(openActor{name: name, head: head.low}); o != nil {
			return d.government(o.name), npOK
		}
		return speaker{name: name, side: name, inst: true}, npOK
	case !names && as >= 0 && d.namedAs(as, ae) >= 0:
		// "the spokesman, who gave his name only as Ruslan,"
		k := d.namedAs(as, ae)
		n := k + d.nameStart(k, ae) + d.nameRun(k, ae) // a rank stays in the name
		role := d.join(rs, e)
		if side == "" && head.is(fRole) {
			if sp, st := d.roleAnaphor(head, actor, role); st == npOK {
				side = sp.side
			}
		}
		p := d.addPerson(d.join(k, n), d.lows(k, n), role, side)
		return d.personSpeaker(p, role), npOK
	case !names && as >= 0 && ae == as+1 && hd == e-1 && e-s == 2 && familyNouns[head.low] && d.isNameTok(as) && d.surnameOwner(s) != "":
		// "Pettigrew's daughter, Lorna, said": a relative named by a
		// first name alone after the family's surname carries that
		// surname, as news leaves it to be read ("Lorna Pettigrew"),
		// not the description "Pettigrew's daughter"
		name := d.join(as, ae) + " " + d.surnameOwner(s)
		role := d.join(s, e)
		p := d.addPerson(name, strings.Fields(strings.ToLower(name)), role, "")
		return d.personSpeaker(p, role), npOK
	case !names && as >= 0 && d.nameRun(as, ae) >= 2:
		// a role, then the name in apposition: "its spokesman, Colonel
		// Aram Dusk,"
		k := as + d.nameStart(as, ae)
		n := k + d.nameRun(k, ae)
		role := d.join(rs, e)
		if side == "" {
			side = d.ownerSide(s, e)
		}
		p := d.addPerson(d.join(k, n), d.lows(k, n), role, side)
		return d.personSpeaker(p, role), npOK
	case head.is(fRole) && !head.is(fGroup) && actor != "" && (d.toks[s].low == "a" || d.toks[s].low == "an") && !strings.HasSuffix(head.low, "s"):
		// "An Rhenvian official, who asked not to be named, said …": an
		// unnamed person of that side, not the state speaking, and no
		// one named before ("a" introduces someone new)
		sd := d.sideOf(actor)
		if sb != "" {
			sd = sb // "A spokeswoman for the UN human rights office"
		}
		sp := d.describe(s, rs, e, sd)
		sp.role = sp.name
		return sp, npOK
	case head.is(fRole) && !head.is(fGroup) && !names && hd < e-1 && d.companyNamed(as, ae) > 0:
		// "A spokesman for the mine's owner, the state-owned firm Korvel
		// Mining, denied that": the organisation the apposition names
		// speaks through him, not the spokesman named before; "he said"
		// after it is still the organisation's spokesman
		k := ae - d.companyNamed(as, ae)
		name, owner := d.join(k, ae), ""
		if d.stateOwned(as, k) {
			// "the state-run company Orsova Airports": Orsova's
			owner = d.stateOf(k)
			if owner == "" && d.isState(appActor) {
				owner = appActor
			}
		}
		sp := speaker{name: name, side: name, inst: true}
		if o := d.addOpen(openActor{name: name, head: d.toks[k-1].low, owner: owner}); o != nil {
			sp = d.government(o.name)
		}
		sp.role = d.join(rs, hd+1)
		return sp, npOK
	case head.is(fRole) && !head.is(fGroup):
		// "a" after a name and a comma opens an apposition that
		// describes the person just named ("Gary Emineth, a former
		// party chairman, said"): that one stands for the name
		indef := (d.toks[s].low == "a" || d.toks[s].low == "an") && !(s >= 2 && d.toks[s-1].low == "," && d.toks[s-2].kind == tWord && d.toks[s-2].cap)
		if indef && actor == "" && as < 0 && hd == e-1 {
			// "A military spokesman said …", "an army officer said":
			// "a" introduces someone new, never a person named before
			// (the rebels' spokesman quoted a paragraph up); the organ
			// before the role is the state's, as "the army" is
			if st := d.organState(rs, hd); st != "" {
				return d.describe(s, rs, e, d.sideOf(st)), npOK
			}
		}
		if !indef {
			if sp, st := d.roleAnaphor(head, actor, d.join(rs, e)); st == npOK {
				return sp, st
			}
		}
		if actor == "" && as < 0 && hd == e-1 && hd-rs == 1 && d.hasLastInst && d.spokesOf(d.toks[rs].low, d.lastInst.side) {
			// "a company spokesman" after the company spoke, "a party
			// spokesman" after the party did: its spokesman, whom the
			// article does not name
			return d.lastInst, npOK
		}
		if actor == "" && as < 0 && e-s == 2 && (d.toks[s].low == "a" || d.toks[s].low == "an") && spokesNouns[head.low] {
			// "The Orsk Agency has said little. A spokesman said …": the
			// spokesman of the body the sentence before opened with, or
			// the one party it named ("We asked Orsk's foreign ministry.
			// A spokesman told us …")
			b := d.prevSentBody
			if b == "" {
				b = d.prevSentParty(false)
			}
			if b != "" {
				body := d.government(b)
				return speaker{name: body.name + " " + head.low, role: head.low, side: body.side, human: true}, npOK
			}
		}
		if actor == "" && (as < 0 || d.nameRun(as, ae) == 0) && hd == e-1 && hd-rs == 1 && !d.toks[rs].cap {
			if body, bside := d.bodySpokeAs(d.toks[rs].low); body != "" {
				// "A commission official, who asked not to be named,"
				// after the election commission spoke: one of its
				// officials, named by the body as first written
				sp := d.describe(s, rs, e, bside)
				sp.name, sp.role, sp.human = body+" "+d.join(hd, e), sp.name, true
				return sp, npOK
			}
		}
		return d.describePlaced(s, rs, hd, e, side), npOK
	case personNouns[head.low] && kinNouns[head.low] == 0 && head.low != "person" && head.low != "source" && d.toks[s].low == "the" && !names && as < 0:
		// "the engineer said" after "Dorin Maskel, a retired engineer,":
		// a definite description repeats a named person's role ("the
		// man" is inside "chairman", so no kin or generic noun)
		if sp, st := d.roleAnaphor(head, actor, d.join(rs, e)); st == npOK && sp.person != nil {
			return sp, st
		}
		return d.describe(s, rs, e, side), npOK
	case !names && actor != "" && (!d.isOrg(actor) || d.ownerOnlyBefore(rs, e)) && d.possessiveMarkIn(rs, e):
		// "the Fredville farmers' union": a body of the people its
		// possessive names, not the state of the place before them (but
		// "the miners' union" after "the Kelvan Miners' Union" is it)
		return d.describe(s, rs, e, ""), npOK
	case !names && actor != "" && stateAgencies[head.low] && hd == e-1 && e-s >= 3 && e-s <= 5 && d.toks[s].low == "the" && d.mentAt[s+1] >= 0 && d.ments[d.mentAt[s+1]].i == s+1 && d.ments[d.mentAt[s+1]].j == s+2 && d.ments[d.mentAt[s+1]].demonym && d.isState(actor):
		// "The Galdrian port authority denied": the agency as
		// "Galdria's port authority" names it, a body of its own on its
		// state's side
		return speaker{name: d.nationalBody(actor, s+2, e), side: actor, inst: true}, npOK
	case hasOrg:
		name := d.join(rs, e)
		if actor != "" && d.coveredByActor(rs, e) {
			return d.government(actor), npOK
		}
		return speaker{name: name, side: side, inst: true}, npOK
	case !names && actor != "" && memberBodies[head.low] && hd == e-1 && e-s <= 4 && strings.HasSuffix(d.toks[s].low, "'s") && d.mentAt[s] >= 0 && d.ments[d.mentAt[s]].i == s:
		// "Brevonia's football federation", "Ostmark's dockers' union":
		// a national body of members speaks for itself, not for the
		// state; called by its name's usual form, "Brevonian Football
		// Federation"
		name := d.nationalBody(actor, s+1, e)
		return speaker{name: name, side: name, inst: true}, npOK
	case !names && actor != "" && stateAgencies[head.low] && hd == e-1 && e-s >= 3 && e-s <= 5 && strings.HasSuffix(d.toks[s].low, "'s") && d.mentAt[s] >= 0 && d.ments[d.mentAt[s]].i == s && (d.isState(actor) || head.low == "registry" && !d.headedBody(actor)):
		// "Carvonia's civil aviation authority said": the agency by its
		// usual name, "Carvonian Civil Aviation Authority", on its
		// state's side — a body of its own, not the government; a flag's
		// ship registry ("Tamsk's maritime registry") is a state's,
		// though nothing else showed the place one
		return speaker{name: d.nationalBody(actor, s+1, e), side: actor, inst: true}, npOK
	case !names && actor != "" && hd == e-1 && hd > rs && civilianPlurals[head.low] && d.mentAt[hd-1] >= 0 && d.ments[d.mentAt[hd-1]].demonym:
		// "Carvonian firefighters said", "Sylvanian farmers say": people
		// of that side, described, not its government speaking
		return d.describe(s, rs, e, d.sideOf(actor)), npOK
	case !names && actor != "" && hd == e-1 && hd > rs && head.low == "prosecutors" && d.mentAt[hd-1] >= 0 && d.ments[d.mentAt[hd-1]].demonym:
		// "Sylvanian prosecutors said", "was accused by Sylvanian
		// prosecutors of …": the state's prosecution speaks under its
		// own name, as news calls it, on the state's side
		return d.describe(s, rs, e, actor), npOK
	case actor != "":
		sp := d.government(actor)
		if client != "" {
			sp.side = side // "Dorrit Partners, a law firm retained by Orvin Mining,": the firm argues the client's case
		}
		if hd == e-1 && hd > s && head.kind == tWord && !head.cap && (head.is(fOrg|fGroup) || orgHeads[head.low]) && d.isState(actor) {
			sp = d.ministryName(s, e, sp)
			d.noteStateBody(s, e, sp)
		}
		return sp, npOK
	}
	if d.toks[s].low == "the" && rs == s+1 && !names && as < 0 && hd == e-1 && e-rs <= 3 {
		// "the directorate", "the airport company": a body named whole
		// before, called by its noun
		if sp, ok := d.bodyNamedBy(rs, e); ok {
			return sp, npOK
		}
	}
	for k := s; k < e; k++ {
		// "the FO statement": an organisation named by its acronym earlier
		if exp := d.acronyms[d.toks[k].low]; exp != "" && d.toks[k].kind == tWord && isAcronym(d.str[d.toks[k].s:d.toks[k].e]) {
			return speaker{name: exp, inst: true}, npOK
		}
	}
	switch {
	case onlyStates[head.low] && d.hasLastInst && !d.ownOffice(rs, hd) && (d.isOrg(d.lastInst.side) || d.lastInst.side == ""):
		// "the health ministry", "the army" after a company or a group
		// spoke, or officials on no side: a state's organ, not theirs —
		// the state named last
		if st := d.lastState(); st != "" {
			return d.government(st), npOK
		}
		return d.describePlaced(s, rs, hd, e, side), npOK
	case head.is(fGroup|fOrg) && d.hasLastInst && !d.ownOffice(rs, hd) && (head.low == "statement" || head.low == "ministry" || head.low == "military" || head.low == "army" || head.low == "agency" || head.low == "office" || head.low == "service" || head.low == "command" && d.isState(d.lastInst.side)) && !d.otherOwner(s, d.lastInst) && !d.publicOffice(rs, hd):
		// "The command said …" after "According to Ostmark's Coastal
		// Defence Command, …", read as Ostmark: a state's organ, so a
		// command only after a state spoke
		if s == d.sentLo && d.toks[s].low == "its" && d.prevSentBody != "" && head.low != "ministry" {
			// "Velland's answer came within hours. Its statement said
			// …": the body the sentence before opened with, as for "Its
			// chief executive" (ownerSide), not the last body quoted
			// (its ministry is read above)
			return d.government(d.prevSentBody), npOK
		}
		return d.lastInst, npOK
	case d.nounLike(hd) || head.is(fGroup|fOrg) || head.low == "%" && (hd == e-1 || d.toks[hd+1].low == "of") && hd > s && d.toks[hd-1].kind == tNum || d.openingPlural(hd, e):
		// ("26% say", "45% of miners say": a share in figures)
		return d.describePlaced(s, rs, hd, e, side), npOK
	}
	return speaker{}, npUnknown
}

// subBodyHeads are the nouns of an organisation of states' named
// bodies: "the UN refugee agency", "the UN human rights office", "the
// African Union peace mission".
var subBodyHeads = map[string]bool{"agency": true, "office": true, "mission": true, "programme": true, "program": true, "fund": true}

// voiceOffice are the words of an office that speaks for the whole organisation.
var voiceOffice = map[string]bool{"media": true, "press": true, "information": true, "communications": true, "political": true}

// subBody returns the name of an organisation of states' own body in
// the tokens [i, j), "UN refugee agency", or "": the organisation's name
// (a party the taxonomy knows that speaks by its own name, not a body
// the article named, whose programme is its own), one to three
// lower-case words that say what the body does, and its noun, which
// ends the tokens. "The UN agency" with no such words calls back a body
// named before.
func (d *docState) subBody(i, j int) string {
	if j-i < 3 || !subBodyHeads[d.toks[j-1].low] {
		return "" // the cheap test first: most phrases end in no such noun
	}
	for k := i; k < j; k++ {
		m := d.mentAt[k]
		if m < 0 || d.ments[m].actor == "" {
			continue
		}
		mt := &d.ments[m]
		if mt.i != k || d.isState(mt.actor) || d.tax.Government(mt.actor) != mt.actor {
			return ""
		}
		if k := mt.j; k < j && voiceOffice[d.toks[k].low] {
			return "" // "the Hamas media office": the party's own voice
		}
		h := mt.j
		for h < j && h-mt.j < 4 && d.toks[h].kind == tWord && !d.toks[h].cap && !subBodyHeads[d.toks[h].low] && !d.toks[h].is(fPrep|fConj|fRel|fSpeech|fVerb|fAux|fRole) {
			h++
		}
		if h == mt.j || h-mt.j > 3 || h != j-1 || d.toks[h].cap {
			return ""
		}
		if k > i && !isArticle(d.toks[k-1].low) {
			return ""
		}
		return d.join(k, h+1)
	}
	return ""
}

// headedBody reports whether actor is a body with no ministry or
// government of its own: one the article named by its noun ("Kessa
// Port Authority"), or one the taxonomy speaks for by its own name
// ("United Nations", no "… government"); a state, or a name no noun
// heads, may have them.
func (d *docState) headedBody(actor string) bool {
	for _, o := range d.open {
		if o.name == actor {
			return !o.state && o.head != ""
		}
	}
	return d.tax.Government(actor) == actor
}

// pluralPreps tie a plural of people to what they are of, at or for:
// "Leaders of", "Aides to", "Lawyers for", "Managers at", "Officials
// from".
var pluralPreps = map[string]bool{"of": true, "to": true, "for": true, "at": true, "from": true}

// openingPlural reports whether the head hd of a speaker phrase ending at
// e is a plural noun capitalised only as its sentence's first word, a
// preposition after it: "Leaders of the strike said", "Aides to the
// mayor said", "Lawyers for the crew said" are described as "leaders of
// the strike" is; a person named so before ("Sanders of Vermont") is not.
func (d *docState) openingPlural(hd, e int) bool {
	t := &d.toks[hd]
	if hd != d.sentLo || hd+2 >= e || !t.cap || t.kind != tWord || len(t.low) < 4 || !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") {
		return false
	}
	if n := &d.toks[hd+1]; n.cap || !pluralPreps[n.low] {
		return false // not "on": "Preys on our fears, and calls …" lists what someone does
	}
	if t.is(fAux|fAdv|fPrep|fConj|fSubord|fRel|fDet|fPron|fNeg|fTime|fSpeech|fParticle|fVerb) || d.surnames[t.low] > 0 || d.findPerson(t.low) != nil {
		return false
	}
	return !isUpperWord(d.str[t.s:t.e])
}

// orgShortForm returns the organisation no list names whose name
// begins with the capitalised words [i, j) and goes on ("Brenmark" after
// "Brenmark Construction", "Norvale Shipping" after "the Norvale Shipping
// Company"), or nil. News prose shortens an organisation to its leading
// name words once it has been named whole; a word that is itself a
// role, an organisation's noun or a common word ("National", "General")
// does not start a short form, and a state is never shortened.
func (d *docState) orgShortForm(i, j int) *openActor {
	if len(d.open) == 0 || j-i > 3 {
		return nil
	}
	if t := &d.toks[i]; t.kind != tWord || !t.cap || t.flags&(fRole|fOrg|fGroup|fOrgan|fLocalBody|fEnglish|fPron|fDet) != 0 {
		return nil
	}
	for k := i + 1; k < j; k++ {
		if t := &d.toks[k]; t.kind != tWord || !t.cap || t.is(fPron|fDet|fConj|fPrep) {
			return nil
		}
	}
	if j-i == 1 && d.demonymOfState(d.str[d.toks[i].s:d.toks[i].e]) {
		// "Carvonian officials" after "the Carvonian Radiation Safety
		// Authority": a state's people, not the body its name opens
		return nil
	}
	// "the MP for Harlow", "residents of Harlow", "in Harlow": one word
	// after a preposition of place is the place, not the body named
	// after it ("Harlow Provincial Police", "Harlow Town Council")
	placed := j-i == 1 && i > 0 && (placeOfPreps[d.toks[i-1].low] ||
		// "the MP for Eastvale and Harlow": the second place of two
		i > 2 && d.toks[i-1].low == "and" && d.toks[i-2].cap && d.toks[i-2].kind == tWord && placeOfPreps[d.toks[i-3].low])
	var best *openActor
	for _, o := range d.open {
		if o.state || o.head == "" {
			continue
		}
		rest := o.name
		ok := true
		for k := i; k < j && ok; k++ {
			w, r, _ := strings.Cut(rest, " ")
			ok = r != "" && strings.EqualFold(w, d.str[d.toks[k].s:d.toks[k].e])
			rest = r
		}
		if ok && placed && placeNamedBody(rest) {
			continue
		}
		if ok && (best == nil || o.seen > best.seen) {
			best = o
		}
	}
	return best
}

// placeOfPreps put a place after them: "in", "for" (an MP's seat),
// "of" (its residents), "at", "near", "from".
var placeOfPreps = map[string]bool{
	"in": true, "for": true, "of": true, "at": true, "near": true, "from": true, "outside": true, "around": true, "across": true,
}

// placeNamedBody reports whether the words of a body's name after its
// place's name (rest) make it a public body named after the place:
// "Provincial Police", "Town Council", "District Health Board".
func placeNamedBody(rest string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(rest)) {
		switch w {
		case "police", "council", "provincial", "district", "borough", "city", "county", "town", "municipal", "regional", "constabulary":
			return true
		}
	}
	return false
}

// otherOwner reports whether the phrase at s opens with a name in the
// possessive that owns no part of sp: "Velland's weather service" after
// "the Ostmark Weather Service" spoke is Velland's agency, not the last
// body quoted whose noun it shares. "Ostmark's weather service" after it
// (its name opens with the owner's) and "Ostmark's army" after Ostmark's
// government (its side) are sp's.
func (d *docState) otherOwner(s int, sp speaker) bool {
	t := &d.toks[s]
	base, poss := possessiveBase(t.low)
	if !poss || !t.cap || t.kind != tWord || base == "" {
		return false
	}
	if m := d.mentAt[s]; m >= 0 && d.ments[m].actor != "" && (d.ments[m].actor == sp.side || d.ments[m].actor == sp.name) {
		return false
	}
	for _, n := range [2]string{sp.name, sp.side} {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			if w, _ = possessiveBase(w); w == base || len(base) >= 4 && strings.HasPrefix(w, base) {
				// "Ostmark's" and "Ostmark Weather Service", "Ostmarkian
				// government", "Speaker Paul Ryan's office"
				return false
			}
		}
	}
	return true
}

// publicOffice reports whether the words [rs, hd) before an office's
// head make it a public body of its own after a company or a group
// spoke: "the national weather office", "the regional health agency"
// are no office of the firm quoted last; after a state spoke, "the
// national security service" may be its own (lastInst keeps it).
func (d *docState) publicOffice(rs, hd int) bool {
	if !publicBodyHeads[d.toks[hd].low] && d.toks[hd].low != "office" || d.isState(d.lastInst.side) {
		return false
	}
	for k := rs; k < hd; k++ {
		if t := &d.toks[k]; t.kind == tWord && !t.cap && publicScopes[t.low] {
			return true
		}
	}
	return false
}

// publicScopes are the words of a public body's reach.
var publicScopes = map[string]bool{"national": true, "federal": true, "regional": true, "provincial": true, "municipal": true, "public": true}

// ownOffice reports whether the words [rs, hd) before an office's head
// noun name whose office it is: an official's possessive ("the regional
// prosecutor's office", "the mayor's office") or a local qualifier ("the
// district office"). Such a body is a speaker of its own, not the
// institution the paragraph was about.
func (d *docState) ownOffice(rs, hd int) bool {
	for k := rs; k < hd; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.cap {
			continue
		}
		if t.flags&fLocalBody != 0 {
			return true
		}
		if w, ok := strings.CutSuffix(t.low, "'s"); ok && lexicon[w]&fRole != 0 {
			return true
		}
	}
	return false
}

// placedDescription reports whether the phrase [rs, e) is a plain noun
// (no role, organisation or group), a preposition of place or membership
// and a name: "protest organizers in Fredville", "economists at Goldman
// Sachs", "residents of Kharkiv".
func (d *docState) placedDescription(rs, e int) bool {
	k := rs + 1
	for k < e && d.toks[k].sets&sPlacePrep == 0 {
		if t := &d.toks[k]; t.kind != tWord || t.cap {
			return false
		}
		k++
	}
	if k >= e-1 || !d.toks[k+1].cap && !isArticle(d.toks[k+1].low) {
		return false
	}
	h := &d.toks[k-1]
	if h.kind != tWord || !h.cap && !d.nounLike(k-1) {
		return false
	}
	if h.cap && (k-1 != d.sentLo || !strings.HasSuffix(h.low, "s") || d.findPerson(h.low) != nil) {
		return false // a capital only as the sentence's first word, a plural: "Residents of"
	}
	const official = fRole | fOrg | fGroup
	return h.flags&official == 0 && lexicon[strings.TrimSuffix(h.low, "s")]&official == 0
}

// firmStaff are plurals of people of a trade whom news names by the firm
// they work at ("analysts at", "engineers from"); firmPreps tie them to
// it.
var (
	firmStaff = map[string]bool{"analysts": true, "economists": true, "researchers": true, "strategists": true, "engineers": true, "experts": true}
	firmPreps = map[string]bool{"at": true, "from": true, "with": true}
)

// firmOfStaff returns the name [i, j) a trade's people work at when it
// is an organisation's: two or more capitalised words to the end, no
// state, city or person among them ("Talvik Maritime Intelligence",
// "Ivet Water"); else "". One word may be a place ("analysts at Orsk").
func (d *docState) firmOfStaff(i, j int) string {
	if j-i < 2 || j-i > 5 {
		return ""
	}
	for k := i; k < j; k++ {
		if t := &d.toks[k]; t.kind != tWord || !t.cap || t.is(fPron|fDet|fMedia) {
			return ""
		}
	}
	if a := d.actorIn(i, j); a != "" && d.isState(a) {
		return ""
	}
	if d.cityIn(i, j) || d.findPerson(d.toks[j-1].low) != nil || academies[d.toks[j-1].low] {
		// "researchers at Orvel State University": scholars speak for
		// themselves, not as their university's voice
		return ""
	}
	return d.join(i, j)
}

// academies end the names of places of study and care whose staff news
// quotes as scholars and doctors, not as the body's voice.
var academies = map[string]bool{"university": true, "college": true, "institute": true, "school": true, "hospital": true}

// bodySpokeAs returns the name and side of the body that spoke before,
// named in more than one word, whose last word is noun ("commission":
// the election commission), the latest if several; or "".
func (d *docState) bodySpokeAs(noun string) (string, string) {
	for i := len(d.claims) - 1; i >= 0; i-- {
		c := &d.claims[i].c
		if d.claims[i].person {
			continue
		}
		k := strings.LastIndexByte(c.Speaker, ' ')
		if k > 0 && strings.EqualFold(c.Speaker[k+1:], noun) {
			return c.Speaker, c.Side
		}
	}
	return "", ""
}

// onlyStates are the bodies only a state has: "the ministry", "the
// army" never stand for a company or an armed group.
var onlyStates = map[string]bool{"ministry": true, "military": true, "army": true}

// lastState is the state the document mentioned last, or "".
func (d *docState) lastState() string {
	for i := len(d.recent) - 1; i >= 0; i-- {
		if d.isState(d.recent[i]) {
			return d.recent[i]
		}
	}
	return ""
}

// officialsAt names officials described by the body they work at or
// for, as news names them again: "officials at the justice ministry" are
// "justice ministry officials", "a senior official at the health
// ministry" a "senior health ministry official", "two officials at the
// Rail Accident Investigation Board" "Rail Accident Investigation Board
// officials"; they speak on the body's side. The body is a definite
// phrase ending in a body's noun ("ministry", "board", "agency"); a
// place ("officials in Pellick") is left to placedDescription.
func (d *docState) officialsAt(s, e int) (speaker, bool) {
	k := s
	for k < e && k-s < 4 && d.toks[k].low != "official" && d.toks[k].low != "officials" {
		k++
	}
	if k >= e || k-s >= 4 || k+3 > e || d.toks[k].kind != tWord {
		return speaker{}, false
	}
	if p := d.toks[k+1].low; p != "at" && p != "of" || d.toks[k+2].low != "the" {
		return speaker{}, false
	}
	if t := &d.toks[e-1]; t.kind != tWord || !t.is(fOrg) && !stateAgencies[t.low] || t.is(fGroup) {
		return speaker{}, false
	}
	for j := k + 3; j < e; j++ {
		if t := &d.toks[j]; t.kind != tWord || t.is(fPrep|fConj|fRel) {
			return speaker{}, false // one body, no clause: "at the ministry of …", "who …"
		}
	}
	rs := s
	for rs < k && (npDeterminers[d.toks[rs].low] || d.toks[rs].kind == tNum) {
		rs++ // "a", "two", "several": the count is no part of the name
	}
	for j := rs; j < k; j++ {
		if t := &d.toks[j]; t.kind != tWord || t.cap && j > s {
			return speaker{}, false // "Marek, an official at …": a name is the speaker
		}
	}
	named := true
	for j := k + 3; j < e; j++ {
		named = named && d.toks[j].cap
	}
	side := ""
	if named {
		// "the Rail Accident Investigation Board": the body by its name
		side = d.join(k+3, e)
	} else {
		// "the justice ministry": whichever body the phrase stands for
		body, st := d.resolveNP(k+2, e, -1, -1)
		if st != npOK {
			return speaker{}, false
		}
		side = body.side
	}
	name := d.join(k+3, e) + " " + d.toks[k].low
	if rs < k {
		name = strings.ToLower(d.join(rs, k)) + " " + name
	}
	return speaker{name: name, role: d.toks[k].low, side: side, human: true}, true
}

// placePreps tie a description to a place or a body: "in", "at", "of".
var placePreps = map[string]bool{"in": true, "at": true, "of": true, "from": true, "across": true, "near": true, "outside": true, "throughout": true, "inside": true, "around": true}

// describe is the speaker named by a description ("several observers",
// "the organizer", "a spokesman for the buyer"): the phrase without its
// article.
func (d *docState) describe(s, rs, e int, side string) speaker {
	if rs == s && rs+1 < e && isArticle(d.toks[rs].low) {
		rs++
	}
	for rs > s && npDeterminers[d.toks[rs-1].low] && !isArticle(d.toks[rs-1].low) && !d.toks[rs-1].cap {
		rs-- // keep "many", "several", "her"
	}
	t := &d.toks[e-1]
	hd := e - 1
	for k := rs + 1; k < e; k++ {
		if npPrepsF.has(npPreps, d.toks[k].low) {
			hd = k - 1 // "a doctor at the hospital"
			break
		}
	}
	h := &d.toks[hd]
	name := d.join(rs, e)
	if d.whereStationed(rs, hd, e) && (side == "" || side != d.join(hd+2, e)) {
		// (not when the place is the side the person speaks for: "a
		// senior commander in Sarvat", the group; "a top official in
		// Pellan", the state: that names whose he is)
		// "a senior diplomat in Ostmere", "a Western diplomat in
		// Halversk", "a U.N. spokesman in Geneva": where an unnamed
		// person was when he spoke is no part of who he is, and news
		// calls him again by his rank or his side ("the diplomat"); a
		// trade's noun ("a grain merchant in Halloway") or a role alone
		// ("a diplomat in Turmaine") is told apart by its town, kept
		name = d.join(rs, hd+1)
	}
	return speaker{name: name, side: side, inst: t.is(fOrg | fGroup), human: personNouns[h.low] || h.is(fRole) && !h.is(fOrg|fGroup) && !strings.HasSuffix(h.low, "s")}
}

// stateAgencies head the names of a state's agencies that speak for
// themselves: "civil aviation authority", "food safety agency".
var stateAgencies = map[string]bool{
	"authority": true, "agency": true, "regulator": true, "watchdog": true, "inspectorate": true,
	"bureau": true, "board": true, "registry": true,
}

// civilianPlurals name people who speak for themselves, not for their
// state's government, when a demonym describes them ("Carvonian
// firefighters", "Sylvanian farmers").
var civilianPlurals = map[string]bool{
	"firefighters": true, "rescuers": true, "medics": true, "doctors": true, "nurses": true,
	"farmers": true, "fishermen": true, "residents": true, "villagers": true, "witnesses": true,
	"survivors": true, "workers": true, "miners": true, "students": true, "teachers": true,
	"protesters": true, "demonstrators": true, "activists": true, "relatives": true, "families": true,
	"scientists": true, "researchers": true, "experts": true, "economists": true, "journalists": true,
	"reporters": true, "lawyers": true, "pilots": true, "sailors": true, "fans": true, "voters": true,
	"refugees": true, "traders": true, "shopkeepers": true, "truckers": true, "drivers": true,
}

// personNouns name one person: "a doctor", "one woman", "a witness".
var personNouns = map[string]bool{
	"man": true, "woman": true, "doctor": true, "nurse": true, "witness": true, "resident": true,
	"farmer": true, "villager": true, "survivor": true, "teacher": true, "student": true, "worker": true,
	"driver": true, "owner": true, "voter": true, "soldier": true, "officer": true, "fighter": true,
	"source": true, "person": true, "mother": true, "father": true, "victim": true, "guard": true,
	"engineer": true, "lawyer": true, "activist": true, "veteran": true, "volunteer": true, "pilot": true,
}

func isArticle(w string) bool { return w == "the" || w == "a" || w == "an" }

// ownerSide returns the side of the owner a role phrase names by a
// pronoun or a common noun ("its spokesman", "the group's leader"): the
// last institution that spoke.
func (d *docState) ownerSide(s, e int) string {
	for k := s; k < e; k++ {
		t := &d.toks[k]
		base, poss := possessiveBase(t.low)
		if t.low == "its" || t.low == "their" || poss && !t.cap && (lexicon[base]&(fOrg|fGroup) != 0 || companyNouns[base]) {
			if t.low == "its" && d.prevSentBody != "" && d.opensSentence(k) {
				// "The airport company has hit back. Its chief executive
				// …", "… Within hours its spokesman …": the body the
				// sentence before opened with, which need not have spoken
				return d.government(d.prevSentBody).side
			}
			if d.hasLastInst {
				return d.lastInst.side
			}
			return ""
		}
	}
	return ""
}

// opensSentence reports whether the token k opens its sentence, alone
// or after an adverbial of time or place ("Within hours its spokesman",
// "In a statement, its director").
func (d *docState) opensSentence(k int) bool {
	if k == d.sentLo {
		return true
	}
	if k-1 > d.sentLo && d.toks[k-1].low == "," {
		k--
	}
	return d.introPhrase(d.sentLo, k)
}

// prevOpeningState returns the state whose organ the sentence before
// opened with by the state's demonym ("The Ostrian government was the
// first to speak.", "The Ostrian army denied it."), or "". Only a
// singular organ of the state is an antecedent of "its": after "The
// Ostrian capital …" the ministry is not read as anyone's.
func (d *docState) prevOpeningState() string {
	r := d.prevSentRange
	if r[2] != d.sentN-1 || r[1] <= r[0] {
		return ""
	}
	k := r[0]
	if d.toks[k].low == "the" {
		k++
	}
	if k >= r[1] || k >= len(d.mentAt) {
		return ""
	}
	m := d.mentAt[k]
	if m < 0 || !d.ments[m].demonym || d.ments[m].actor == "" || d.ments[m].j >= r[1] {
		return ""
	}
	if !stateOrganNouns[d.toks[d.ments[m].j].low] || !d.isState(d.ments[m].actor) {
		return ""
	}
	return d.ments[m].actor
}

// stateOrganNouns are the singular organs of a state that "its" in the
// next sentence refers back to.
var stateOrganNouns = map[string]bool{
	"government": true, "administration": true, "cabinet": true, "army": true, "military": true,
	"navy": true, "leadership": true, "presidency": true, "embassy": true, "ministry": true,
}

// memberBodies are bodies of members a state's possessive does not make
// the state's: "Ostmark's football federation".
var memberBodies = map[string]bool{
	"federation": true, "union": true, "league": true, "confederation": true, "guild": true,
}

// nationalBody names a state's body of members written "STATE's words"
// by its demonym and its words capitalised ("Brevonia's football
// federation" is the Brevonian Football Federation); a state whose
// demonym is not the common -ian keeps its name ("Ostmark Football
// Federation").
func (d *docState) nationalBody(state string, i, j int) string {
	var b strings.Builder
	switch {
	case strings.HasSuffix(state, "ia"):
		b.WriteString(state + "n")
	default:
		b.WriteString(state)
	}
	for k := i; k < j; k++ {
		w := d.str[d.toks[k].s:d.toks[k].e]
		if w == "'" || w == "’" {
			b.WriteString(w)
			continue
		}
		b.WriteString(" " + strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// companyNouns describe a company named in apposition: "Vostria's state
// gas company, Vostgaz,".
// ownerNouns name a thing's owner or keeper, a body as often as a
// person: "the boat's owner, the co-operative Tarn Bay Fishers,".
var ownerNouns = map[string]bool{"owner": true, "owners": true, "charterer": true, "operator": true, "builder": true}

var companyNouns = map[string]bool{
	"company": true, "firm": true, "operator": true, "utility": true, "producer": true, "carrier": true,
	"broadcaster": true, "agency": true, "airline": true, "monopoly": true, "giant": true, "subsidiary": true,
	"group": true, "conglomerate": true, "manufacturer": true, "maker": true, "insurer": true, "bank": true,
	// a firm by its place in another's work: "its contractor, Pellan
	// Masonry,", "its supplier, Orvik Parts,"
	"contractor": true, "subcontractor": true, "supplier": true, "developer": true,
	// a body of members that trades: "the fishing co-operative Tarn Bay Fishers"
	"co-operative": true, "cooperative": true, "co-op": true,
}

// groupApposition reads the apposition [as, ae) as the description of
// a company or an armed group and nothing else: an article or a
// possessive, then plain words ending in a company's noun ("a mobile
// operator", "the country's largest airline": company) or an armed
// group's ("an armed group", "a rebel militia": armed). A title ("its
// chief executive"), a preposition ("head of the company"), a relative
// or a state's own company ("Vostria's state gas company") describes no
// party named.
func (d *docState) groupApposition(as, ae int) (company, armed bool) {
	if as < 0 || ae-as < 2 || ae-as > 6 {
		return false, false
	}
	last, prev := d.toks[ae-1].low, d.toks[ae-2].low
	armed = armedDescr[last] != "" || last == "group" && (prev == "armed" || armedDescr[prev] != "" || prev == "paramilitary")
	company = !armed && companyNouns[last] && last != "group"
	if !armed && !company {
		return false, false
	}
	if f := d.toks[as].low; f != "a" && f != "an" && f != "the" && !strings.HasSuffix(f, "'s") && !strings.HasSuffix(f, "’s") {
		return false, false
	}
	for k := as; k < ae; k++ {
		t := &d.toks[k]
		if t.kind != tWord || armedDescr[t.low] == "" && t.is(fRole|fRel|fPron) || npPrepsF.has(npPreps, t.low) || t.low == "state" || t.low == "state-owned" || t.low == "state-run" || t.low == "national" {
			return false, false
		}
	}
	return company, armed
}

// namedAs returns where the name starts in an apposition that gives a
// person's name after "as" ("who gave his name only as Ruslan",
// "identified only as Ruslan"), or -1.
func (d *docState) namedAs(as, ae int) int {
	for k := as + 1; k+1 < ae+1 && k < ae; k++ {
		if (d.toks[k].low == "named" || d.toks[k].low == "called") && k+2 < ae && d.isNameTok(k+1) && d.isNameTok(k+2) && !d.toks[k-1].is(fAux) {
			// "a retired judge from Pelkova named Ilse Mohr": the
			// person the description names (not "was named", "is
			// called")
			return k + 1
		}
		if aliasNouns[d.toks[k].low] && d.aliasAt(k, as) && (d.isNameTok(k+1) || d.rankedName(k+1, ae)) {
			// "who goes by the name Harl Venn", "who uses the nom de
			// guerre Captain Ostra": the name a fighter or a spokesman
			// is known by is the speaker's
			return k + 1
		}
		if d.toks[k].low != "as" || !d.isNameTok(k+1) && !d.rankedName(k+1, ae) {
			continue
		}
		for b := k - 1; b >= as && b >= k-3; b-- {
			switch d.toks[b].low {
			case "name", "named", "identified", "known", "called", "only":
				return k + 1
			}
		}
	}
	return -1
}

// aliasNouns, after "the", give the name someone is known by: "who goes
// by the name …", "the nom de guerre …", "the pseudonym …".
var aliasNouns = map[string]bool{"name": true, "guerre": true, "pseudonym": true, "alias": true}

// aliasVerbs go before "the name" when it is the name a person goes by:
// "goes by the name", "uses the name", "under the name" (not "lights
// that formed the name Trump").
var aliasVerbs = map[string]bool{"by": true, "uses": true, "used": true, "using": true, "under": true, "took": true, "takes": true, "adopted": true}

// aliasAt reports whether the alias noun at k follows "the" after a verb
// of going by a name: "goes by the name", "uses the nom de guerre"; as is
// where the apposition starts.
func (d *docState) aliasAt(k, as int) bool {
	t := k - 1
	if d.toks[k].low == "guerre" {
		if t-1 <= as || d.toks[t].low != "de" || d.toks[t-1].low != "nom" {
			return false
		}
		t -= 2
	}
	return t-1 > as && d.toks[t].low == "the" && aliasVerbs[d.toks[t-1].low]
}

// rankedName reports whether a rank or title and a name start at k:
// "only as Captain Ferro", the rank how a man who gives one name is
// known.
func (d *docState) rankedName(k, ae int) bool {
	return k+1 < ae && d.toks[k].cap && d.toks[k].is(fRole) && d.isNameTok(k+1)
}

// nameStart returns the offset in [i, j) of the first name word after
// titles, or 0.
func (d *docState) nameStart(i, j int) int {
	k := i
	for k < j && (d.toks[k].is(fRole) || d.toks[k].is(fDet) && !d.toks[k].cap) {
		k++
	}
	return k - i
}

// nameRun returns how many name words start at i (after titles), up to j.
func (d *docState) nameRun(i, j int) int {
	k := i + d.nameStart(i, j)
	n := 0
	for k+n < j && d.isNameTok(k+n) {
		n++
	}
	return n
}

// personPronoun resolves "he" or "she" at token k: a person named
// earlier in the sentence outside quotations, else the speaker of the
// sentence before, else the first person of the sentence before, else
// the last person speaking, else the last person named (on a live page,
// in the pronoun's entry); each only when the pronoun fits what titles
// and earlier pronouns told of them; else a person described, not named
// (describedPerson).
func (d *docState) personPronoun(k int) (speaker, bool) {
	g := byte('m')
	if subjectPron(&d.toks[k]) == "she" {
		g = 'f'
	}
	if sp, ok := d.nearestPerson(k, g); ok {
		return sp, true
	}
	return d.describedPerson(k, g)
}

// describedPerson resolves a "he" or "she" at k that no person named
// before stands for (on a live page, none in its entry) to the one
// person a description opens its own sentence with, before k, or the
// sentence before in the paragraph: "A nurse at the Orrin clinic has
// worked three shifts. She said …". The noun's gender, when it has
// one, fits g.
func (d *docState) describedPerson(k int, g byte) (speaker, bool) {
	r := d.sentRange
	e := -1
	if r[2] == d.sentN && r[3] == d.paraN && r[0] < k {
		e = d.personSubject(r[0], min(r[1], k), g)
	}
	if e <= r[0] {
		r = d.prevSentRange
		if r[2] != d.sentN-1 || r[3] != d.paraN || r[1] > len(d.toks) {
			return speaker{}, false // token ranges are the paragraph's
		}
		if e = d.personSubject(r[0], r[1], g); e <= r[0] {
			return speaker{}, false
		}
	}
	sp := d.describe(r[0], r[0], e, d.actorIn(r[0], e))
	return sp, sp.name != ""
}

// personSubject returns the end of the description of one person that
// opens [lo, hi) as its subject: "A", "An" or "One", at most two
// lower-case words, a noun of personNouns, maybe a complement of place
// ("at the Orrin general hospital"), then its verb; else lo.
func (d *docState) personSubject(lo, hi int, g byte) int {
	if hi-lo < 3 {
		return lo
	}
	if w := d.toks[lo].low; w != "a" && w != "an" && w != "one" {
		return lo
	}
	head := -1
	for k := lo + 1; k < hi && k <= lo+3 && head < 0; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.cap || t.inQ {
			return lo
		}
		if personNouns[t.low] {
			head = k
		}
	}
	if head < 0 || g != 0 && kinNouns[d.toks[head].low] != 0 && kinNouns[d.toks[head].low] != g {
		return lo // "A woman … He said": another person
	}
	e := head + 1
	if e < hi && npPrepsF.has(npPreps, d.toks[e].low) {
		// the complement, up to the verb: "at the Orrin general hospital"
		for e++; e < hi && e-head <= 8 && (d.toks[e].cap || !d.toks[e].is(fVerb|fAux)); e++ {
			if t := &d.toks[e]; t.kind != tWord || t.inQ {
				return lo
			}
		}
	}
	if e >= hi || d.toks[e].cap || !d.toks[e].is(fVerb|fAux) {
		return lo
	}
	return e
}

// openingBody is the actor named at the start of the sentence [lo, hi),
// maybe after "the" ("Telnor's interior ministry …", "The Halvek
// Company …"), or "": the body a sentence-initial "It" in the next
// sentence refers back to. A demonym ("Telnoran guards") names no body.
func (d *docState) openingBody(lo, hi int) string {
	k := lo
	if k < hi && d.toks[k].low == "the" {
		k++
	}
	if k >= hi || k >= len(d.mentAt) {
		return ""
	}
	m := d.mentAt[k]
	if m >= 0 && !d.ments[m].demonym && (d.toks[k].cap || d.ments[m].actor == "") {
		return d.ments[m].actor
	}
	// "The pilots' union, the Harbour Pilots' Guild, backs …": a
	// description in lower case, then the body's name in apposition; a
	// lower-case word of another body's name in the description ("the
	// rail workers' union, …" after Velmark Rail) only describes it
	if b := d.appositionBody(k, hi); b != "" || m < 0 || d.ments[m].demonym {
		return b
	}
	return d.ments[m].actor
}

// appositionBody returns the body named in apposition after the
// lower-case description at k ("pilots' union, the Harbour Pilots'
// Guild,"), or "".
func (d *docState) appositionBody(k, hi int) string {
	for c := k; c < hi && c-k < 5; c++ {
		t := &d.toks[c]
		if t.low == "," {
			n := c + 1
			if n < hi && d.toks[n].low == "the" {
				n++
			}
			if n < hi && c > k {
				if m := d.mentAt[n]; m >= 0 && !d.ments[m].demonym && d.ments[m].actor != "" && d.ments[m].j < hi && d.toks[d.ments[m].j].low == "," {
					return d.ments[m].actor
				}
				// "the Velmark Federation of Railwaymen," whose first word
				// is a state's mention: the name before the next comma
				for e := n + 1; e < hi && e-n <= 7; e++ {
					if d.toks[e].low == "," {
						if a := d.appositionName(n, e); a >= 0 {
							return d.join(a, e)
						}
						break
					}
				}
			}
			return ""
		}
		if t.kind != tWord && t.kind != tSQuote || t.cap || t.is(fVerb|fSpeech|fAux|fPrep|fPron) {
			return ""
		}
	}
	return ""
}

// isAge reports whether t is an age standing for a person:
// "46-year-old".
func isAge(t *token) bool {
	return t.kind == tNum && strings.HasSuffix(t.low, "-year-old")
}

// agedPerson resolves "the 46-year-old", "the 52-year-old mother of
// three" (the age at k, the phrase ending at e): news prose names a
// person, then calls them by their age, so the phrase is the nearest
// person mentioned before whose gender fits the noun after the age.
func (d *docState) agedPerson(k, e int) (speaker, bool) {
	var g byte
	if k+1 < e {
		n := &d.toks[k+1]
		if n.kind != tWord || n.cap || !personNouns[n.low] && kinNouns[n.low] == 0 {
			return speaker{}, false // "the 46-year-old law": no person
		}
		g = kinNouns[n.low]
	}
	return d.nearestPerson(k, g)
}

// kinNouns give the gender of a noun naming a person; personNouns
// without a gender are 0 here.
var kinNouns = map[string]byte{
	"man": 'm', "father": 'm', "son": 'm', "husband": 'm', "brother": 'm', "grandfather": 'm', "boy": 'm',
	"woman": 'f', "mother": 'f', "daughter": 'f', "wife": 'f', "sister": 'f', "grandmother": 'f', "girl": 'f',
	"widow": 'f', "widower": 'm',
}

// latestOfGender returns the person last seen whose gender the article
// gave (not guessed) as g, or the one person it has named when it gave
// none of theirs, leaving who was seen last as it was: a possessive
// names its owner without the owner speaking.
func (d *docState) latestOfGender(g byte) (speaker, bool) {
	var best, only *person
	n := 0
	for _, p := range d.persons {
		if p.place {
			continue
		}
		n++
		only = p
		if p.gender == g && !p.guessed && (best == nil || p.seen > best.seen) {
			best = p
		}
	}
	if best == nil && n == 1 && only.fits(g) {
		best = only
	}
	if best == nil {
		return speaker{}, false
	}
	return d.personSpeaker(best, ""), true
}

// nearestPerson is the person a reference at token k most likely names:
// the sentence's own person before k, the last human speaker of this or
// the previous sentence, the previous sentence's person, then the person
// seen last; g (0 for any) is the gender the reference requires.
func (d *docState) nearestPerson(k int, g byte) (speaker, bool) {
	pick := func(p *person) (speaker, bool) {
		if p.gender == 0 {
			p.gender, p.guessed = g, true
		}
		d.seq++
		p.seen = d.seq
		return d.personSpeaker(p, ""), true
	}
	if p := d.sentPerson; p != nil && !p.place && d.sentPersonAt < k && p.fits(g) && !d.addressedIntro(d.sentPersonAt, k) {
		return pick(p)
	}
	human := d.hasLastHuman && (d.lastHuman.person == nil || d.lastHuman.person.fits(g))
	prev := d.sentN - 1
	if d.quoteOn {
		prev-- // the quotation's opening sentence is this one's
	}
	if human && d.lastHumanSent >= prev {
		return d.lastHuman, true
	}
	if p := d.prevSentPerson; p != nil && !p.place && p.fits(g) {
		return pick(p)
	}
	if human {
		return d.lastHuman, true
	}
	var best *person
	for _, p := range d.persons {
		if p.bornSent == d.sentN && p.bornAt > k && !d.toks[d.sentLo].is(fSubord) {
			// "She'll speak in Port Orrin": named after the pronoun; an
			// opening clause may point forward ("After he …, Velk …")
			continue
		}
		if !p.place && p.fits(g) && p.seen >= d.entrySeq && (best == nil || p.seen > best.seen) {
			best = p
		}
	}
	if best != nil {
		return pick(best)
	}
	return speaker{}, false
}

// addressedIntro reports whether the name at token at stands in the
// phrase that opens the sentence before the pronoun at k and says whom
// the pronoun's person spoke to: "Speaking to Anna Berg, he said", "In
// an interview with the Harbour Courier, he said" — the one addressed is
// not the one speaking.
func (d *docState) addressedIntro(at, k int) bool {
	lo := d.sentLo
	if at <= lo || k-1 <= at || d.toks[k-1].low != "," {
		return false
	}
	switch w := d.toks[lo].low; {
	case w == "asked":
		return true // "Asked by Anna Berg about the leak, he said"
	case w != "according" && strings.HasSuffix(w, "ing") && len(w) > 5:
		return true // "Speaking to", "Talking to", "Responding to"
	case w == "in" && lo+3 < at:
		// "in an interview with", "in comments to", "in a letter to"
		for j := lo + 1; j < at && j <= lo+4; j++ {
			if l := d.toks[j].low; l == "with" || l == "to" {
				return true
			}
		}
	}
	return false
}

// containsLower reports strings.Contains(strings.ToLower(s), sub)
// without lowering a copy of an ASCII s: roleAnaphor asks it of the role
// of every person named so far, at each anaphor ("Defence Minister"
// was lowered, and allocated, once for each).
func containsLower(s, sub string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(s), sub)
		}
	}
	if sub == "" {
		return true
	}
	// the first byte is compared here, the rest only where it matches
	for i := 0; i+len(sub) <= len(s); i++ {
		if lowerByte(s[i]) == sub[0] && hasPrefixFold(s[i+1:], sub[1:]) {
			return true
		}
	}
	return false
}

// roleAnaphor resolves "the president", "the Kremlin spokesman", "the
// Indian minister": the last person (or unnamed spokesman) with that role
// on that side; failing that, the side's government in that role.
func (d *docState) roleAnaphor(head *token, actor, phrase string) (speaker, npStatus) {
	hw := strings.TrimSuffix(strings.TrimSuffix(head.low, "."), "s")
	// a bare title ("the general") may stand for a rank abbreviated
	// before a name; one with its own modifier ("the South Carolina
	// senator") describes rather than repeats
	bare := strings.IndexByte(phrase, ' ') < 0
	var best *person
	for _, p := range d.persons {
		if !containsLower(p.role, hw) && !(bare && abbrevTitled(p, hw)) {
			continue
		}
		if actor != "" && p.side != "" && p.side != actor {
			continue
		}
		if best == nil || p.seen > best.seen {
			best = p
		}
	}
	if best != nil {
		d.seq++
		best.seen = d.seq
		return d.personSpeaker(best, ""), npOK
	}
	// an unnamed spokesman quoted before: "the army's spokesman said …"
	// then "the spokesman said …"
	for k := len(d.roleSpeakers) - 1; k >= 0; k-- {
		r := d.roleSpeakers[k]
		if containsLower(r.role, hw) && (actor == "" || r.side == actor) {
			return r, npOK
		}
	}
	if actor != "" {
		sp := d.government(actor)
		sp.role = phrase
		return sp, npOK
	}
	return speaker{}, npUnknown
}

// titleAbbrevs spell out the titles news abbreviates before a name:
// "Brig. Gen. Ivo Marsk" is "the general" later, "Gov. Hal Brenn" "the
// governor", though neither word was written in full.
var titleAbbrevs = map[string]string{
	"gen": "general", "brig": "brigadier", "col": "colonel", "lt": "lieutenant", "maj": "major",
	"capt": "captain", "sgt": "sergeant", "cpl": "corporal", "adm": "admiral", "cmdr": "commander",
	"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president",
	"prof": "professor", "insp": "inspector", "supt": "superintendent", "cllr": "councillor",
	// "Dr Konrad Ebbesen … The doctor said": a physician's title
	"dr": "doctor",
}

// abbrevTitled reports whether p's role or name holds an abbreviated
// title whose full word holds hw ("Gen." for "general"), or whose role
// or title is one written without its stop, as British news writes it
// ("Dr", "Prof" before the name).
func abbrevTitled(p *person, hw string) bool {
	for i, f := range [3]string{p.role, p.name, p.title} {
		if i != 1 && len(f) <= 5 && !strings.HasSuffix(f, ".") && strings.IndexByte(f, ' ') < 0 {
			if full := shortIn(titleAbbrevs, f); full != "" && strings.Contains(full, hw) {
				return true
			}
		}
		for w := range strings.FieldsSeq(f) {
			if !strings.HasSuffix(w, ".") || len(w) > 6 {
				continue
			}
			// lowered on the stack: ToLower would allocate per word
			if full := shortIn(titleAbbrevs, w[:len(w)-1]); full != "" && strings.Contains(full, hw) {
				return true
			}
		}
	}
	return false
}

// bareBodyNouns are the plural nouns news writes alone for a body it has
// just named with a modifier: "Velmoran officials said …. Officials also
// said …", "Ostrian police say …. Police said …".
var bareBodyNouns = map[string]bool{"police": true, "officials": true, "authorities": true, "prosecutors": true, "investigators": true}

// coveredByActor: every capitalised word of [s, e) is inside an actor
// mention ("the Russian Defense Ministry" is an alias of Russia).
func (d *docState) coveredByActor(s, e int) bool {
	for k := s; k < e; k++ {
		t := &d.toks[k]
		if t.kind == tWord && t.cap && !t.is(fDet) && (d.mentAt[k] < 0 || d.ments[d.mentAt[k]].actor == "") {
			return false
		}
	}
	return true
}

// describedThenNamed returns the organisation the apposition [as, ae)
// names after a description ending in an organisation's noun ("the Kolvan
// firm Drass Shipping", "a Lesk company, Corran Metals"), or "".
func (d *docState) describedThenNamed(as, ae int) string {
	if as >= ae || d.mentAt[ae-1] < 0 {
		return ""
	}
	m := &d.ments[d.mentAt[ae-1]]
	if m.actor == "" || m.j != ae || m.i-1 <= as || !d.isOrg(m.actor) {
		return ""
	}
	if f := d.toks[as].low; f != "the" && f != "a" && f != "an" {
		return ""
	}
	k := m.i - 1
	if d.toks[k].low == "," {
		k--
	}
	if n := &d.toks[k]; k <= as || n.kind != tWord || n.cap || !companyNouns[n.low] && !orgHeads[n.low] {
		return ""
	}
	for j := as + 1; j < k; j++ {
		if t := &d.toks[j]; t.kind != tWord || t.is(fRole|fVerb|fPrep|fConj|fRel|fPron) {
			return ""
		}
	}
	return m.actor
}

// companyNamed returns how many name words end the apposition [as, ae)
// after a description ending in a company's noun ("the state-owned
// firm Korvel Mining", "a Lesk company, Corran Metals"), or 0: the
// organisation a phrase before it ("a spokesman for the mine's owner")
// is of, whether or not a mention of it was read.
func (d *docState) companyNamed(as, ae int) int {
	if as < 0 || ae-as < 3 || !isArticle(d.toks[as].low) {
		return 0
	}
	n := 0
	for n < ae-as-2 {
		// a company's name may hold its state's or an organisation's
		// word ("Orsk Hydro", "Velm Shipping Lines"), no person's name
		if t := &d.toks[ae-1-n]; t.kind != tWord || !t.cap || t.is(fRole|fDet|fPrep|fConj|fPron|fRel) {
			break
		}
		n++
	}
	k := ae - n - 1
	if k >= 0 && d.toks[k].low == "," {
		k--
	}
	if t := &d.toks[k]; n == 0 || t.kind != tWord || t.cap || !companyNouns[t.low] && !orgHeads[t.low] {
		return 0
	}
	for j := as + 1; j < k; j++ {
		// "the mining firm", "the state-run carrier": a verb's form
		// describing the trade is no clause
		t := &d.toks[j]
		if t.kind != tWord || t.is(fRole|fPrep|fConj|fRel|fPron) || t.is(fVerb) && !strings.HasSuffix(t.low, "ing") && !strings.Contains(t.low, "-") {
			return 0
		}
	}
	return n
}

// appositionName returns where an organisation's name starts in the
// apposition [as, ae) when the apposition is that name alone, maybe after
// "the": capitalised words, one of them an organisation's noun, with
// "of", "for" or "and" between them ("the Velmark Federation of
// Railwaymen"); else -1.
func (d *docState) appositionName(as, ae int) int {
	k := as
	if k < ae && d.toks[k].low == "the" {
		k++
	}
	if ae-k < 2 || ae-k > 7 || !d.toks[k].cap || !d.toks[ae-1].cap {
		return -1
	}
	org := false
	for i := k; i < ae; i++ {
		t := &d.toks[i]
		if t.kind != tWord {
			return -1
		}
		if !t.cap {
			if t.low != "of" && t.low != "for" && t.low != "and" {
				return -1
			}
			continue
		}
		if t.is(fRole | fPron | fDet | fTime) {
			return -1
		}
		org = org || orgHeads[t.low] || companyNouns[t.low]
	}
	if !org {
		return -1
	}
	return k
}

// appositionBareName returns where the name starts in the apposition [as, ae)
// when it is one to four capitalised words alone, maybe after "the",
// none a title, a pronoun, a determiner, a time word or a state's
// mention ("Green Dawn", "the New Way"); else -1.
func (d *docState) appositionBareName(as, ae int) int {
	k := as
	if k < ae && d.toks[k].low == "the" {
		k++
	}
	if ae-k < 1 || ae-k > 4 {
		return -1
	}
	for i := k; i < ae; i++ {
		t := &d.toks[i]
		if t.kind != tWord || !t.cap || t.is(fRole|fPron|fDet|fTime) {
			return -1
		}
		if m := d.mentAt[i]; m >= 0 && d.isState(d.ments[m].actor) {
			return -1
		}
	}
	return k
}

// stateOwned reports whether the description [i, j) says its company
// belongs to a state ("the state-owned firm", "the state gas company").
func (d *docState) stateOwned(i, j int) bool {
	for k := i; k < j; k++ {
		switch d.toks[k].low {
		case "state", "state-owned", "state-run", "national":
			return true
		}
	}
	return false
}

// appositionIs reports whether the apposition [as, ae) is nothing but
// a mention of actor, maybe after "the": "Poland", "the Velland
// Workers' Party"; not "backed by Poland".
func (d *docState) appositionIs(as, ae int, actor string) bool {
	if as < ae && d.toks[as].low == "the" {
		as++
	}
	if as >= ae || d.mentAt[as] < 0 {
		return false
	}
	m := &d.ments[d.mentAt[as]]
	return m.i == as && m.j == ae && m.actor == actor && !m.demonym
}

func (d *docState) personSpeaker(p *person, role string) speaker {
	owned := false // the role names its owner: "Kestlow Live's director"
	if p.side == "" && p.role != "" {
		p.side, owned = d.namedRoleOwner(p.role)
	}
	if p.side == "" && !owned && (p.role != "" || role != "") {
		r := strings.ToLower(p.role)
		if role != p.role {
			r += " " + strings.ToLower(role) // the role of this mention: "air force chief General"
		}
		k := roleClass(r)
		organ := "" // the state organ the role names: "army", "government"
		for w := range strings.FieldsSeq(r) {
			if organNouns[w] {
				organ = w
				break
			}
		}
		if k&rState != 0 && k&(rHead|rLocal|rFormer) == 0 && d.hasLastInst && d.lastInstSent == d.sentN-1 && (d.lastInstPara == d.paraN || strings.Contains(r, "spokes")) && d.isState(d.lastInst.side) && !d.describedFormer(p) {
			// "Ostmark rejected the charge. Foreign ministry spokesman
			// Ivo Marek said …", "Velland denied it. A navy spokesman,
			// Commander Ana Berg, said …": an officer of state named for
			// no state, in the sentence after a state spoke, goes on
			// with that state's account, wherever the copy is
			// datelined and whichever state's army or ministry the
			// article named first. Across a paragraph's end only a
			// spokesman does: a minister of another portfolio who
			// opens the next paragraph is as often the dateline's
			p.side = d.lastInst.side
		}
		if p.side == "" && organ != "" && (d.home != "" || len(d.organOf) > 0) {
			// "Army spokesman Colonel Dana Velez": the army's state
			if st := d.organOf[organ]; st != "" {
				p.side = st
			} else {
				p.side = d.home
			}
		}
		if p.side == "" && strings.Contains(r, "spokes") && d.hasLastInst && (organ == "" || d.isState(d.lastInst.side)) {
			// "spokesman Piet Lorn" after a body spoke is its spokesman;
			// a "Government spokesman" is a state's, never a monitoring
			// institute's that spoke last
			p.side = d.lastInst.side
		}
		if p.side == "" && d.hasLastInst && k&rCompany != 0 && d.isOrg(d.lastInst.side) {
			// "chief executive Paul Hendry" after the company spoke
			p.side = d.lastInst.side
		}
		if p.side == "" && len(d.portfolios) > 0 && k&rState != 0 {
			// "Its water ministry said …", then "Water Minister Ilsa
			// Brenner": that ministry's state, wherever the copy is
			// datelined
			p.side = d.portfolioState(r)
		}
		if p.side == "" && d.home != "" && k&rState != 0 && !d.spokeElsewhere() {
			// "Environment Minister Sofia Brandt" in copy datelined in
			// her state
			p.side = d.home
		}
		if p.side == "" && d.hasLastInst && k&rState != 0 && k&(rHead|rFormer) == 0 && d.isState(d.lastInst.side) && !d.describedFormer(p) {
			// "The Varnish government says …", then "Defence Minister
			// Ilan Brask told parliament": the minister of the state
			// whose government spoke last. Not a head of state or
			// government, nor a secretary general: news quotes other
			// states' leaders and international officials on a dispute
			// (PolNeAR dev: "President Obama" had spoken for North Korea)
			p.side = d.lastInst.side
		}
		if p.side == "" && k&(rState|rOfficer) == rState|rOfficer && k&(rHead|rLocal|rFormer) == 0 && !d.describedFormer(p) {
			// "Interior Minister Salem Brask has spoken to state
			// television" where the article has named one state only,
			// against armed groups or companies: that state's minister
			p.side = d.soleState()
		}
		if p.side == "" && k&rFormer == 0 && councilRole(r) && !d.describedFormer(p) {
			// "Mayor Jon Tasker", "Councillor Ana Morrow" in an article
			// whose one council is a party to the dispute: the council's
			// mayor or member speaks for it, as news has it
			if o := d.soleOpen(func(o *openActor) bool { return o.head == "council" }); o != nil && !d.officeElsewhere(p, r, o.name) {
				p.side = d.sideOf(o.name)
			}
		}
		if p.side == "" && k&rFormer == 0 && governorRole(r) && !d.describedFormer(p) {
			// "Governor Ilse Varga" where the article names one
			// provincial government or administration: a province's
			// governor speaks for its government, a party to the
			// dispute, as the mayor speaks for the town's council
			if o := d.soleOpen(provincialBody); o != nil {
				p.side = d.sideOf(o.name)
			} else if gov := d.governedProvince(p.role); gov != "" {
				p.side = gov
			}
		}
		if p.side == "" && oppositionRole(p.role) && !d.describedFormer(p) {
			// "Opposition leader Ilse Varga", "opposition lawmaker Ivo
			// Marek": a member of a state's opposition named for no
			// party speaks for that opposition, not for the government
			// the copy is about, and not for no one: her charge against
			// "the government" is the opposition's
			st := d.namedOppositionState()
			if st == "" {
				st = d.localState()
			}
			p.side = d.oppositionOf(st)
		}
	}
	if role == "" {
		role = p.role
	}
	if p.side != "" && strings.Contains(p.role, "inister") {
		if w := portfolioWord(p.role); w != "" {
			d.notePortfolioWord(w, p.side)
		}
	}
	return speaker{name: p.name, role: role, side: p.side, person: p}
}

// oppositionRole reports whether a role is a place in a state's
// opposition with no party named: "Opposition leader", "opposition
// lawmaker", "main opposition MP". A capitalised word beside it names a
// party ("opposition Civic Union leader"), whose side the party is.
func oppositionRole(role string) bool {
	words := strings.Fields(role)
	for i, w := range words {
		if !strings.EqualFold(w, "opposition") {
			continue
		}
		if i+1 >= len(words) || !oppositionMembers[strings.ToLower(words[i+1])] || i+2 < len(words) {
			return false
		}
		for _, v := range words[:i] {
			if v = strings.ToLower(v); !oppositionRanks[v] && !isArticle(v) {
				return false
			}
		}
		return true
	}
	return false
}

// oppositionMembers name one member of a state's opposition after the
// word "opposition".
var oppositionMembers = map[string]bool{
	"leader": true, "lawmaker": true, "legislator": true, "mp": true, "politician": true, "deputy": true,
	"senator": true, "figure": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// namedOppositionState returns the state whose opposition the text
// last named before this sentence by the state's name or demonym ("The
// Ostrelian opposition has criticised its own government.", "Tarvia's
// main opposition party"), or "": in copy about two states, the one
// whose opposition a later "Opposition leader" leads.
func (d *docState) namedOppositionState() string {
	for k := min(d.sentLo, len(d.toks)) - 1; k > 0; k-- {
		if d.toks[k].low != "opposition" || d.toks[k].inQ {
			continue
		}
		j := k - 1
		if oppositionRanks[d.toks[j].low] && j > 0 {
			j--
		}
		if m := d.mentAt[j]; m >= 0 && d.isState(d.ments[m].actor) {
			return d.ments[m].actor
		}
		if t := &d.toks[j]; t.cap && t.kind == tWord {
			if st := d.stateOfDemonym(t.low); st != "" {
				return st
			}
		}
	}
	return ""
}

// stateOfDemonym returns the one state the article named whose name
// the capitalised word w extends as a demonym does ("Ostrelian" of
// Ostrelia, "Ennermarker" of Ennermark), for a demonym no list knows and
// no mention holds; or "".
func (d *docState) stateOfDemonym(w string) string {
	st := ""
	for i := range d.actors {
		a := d.actors[i].name
		if !d.isState(a) || strings.ContainsAny(a, " -") || len(a) < 4 {
			continue
		}
		stem := strings.ToLower(a)
		if len(w) <= len(stem) || len(w) > len(stem)+3 || !strings.HasPrefix(w, stem) {
			continue
		}
		if st != "" && st != a {
			return ""
		}
		st = a
	}
	return st
}

// oppositionOf names the opposition of state st as the government is
// named ("Ostrelian government": "Ostrelian opposition"), or "" when st
// is "" or its government has a name of its own.
func (d *docState) oppositionOf(st string) string {
	if st == "" {
		return ""
	}
	if name, ok := strings.CutSuffix(d.government(st).name, " government"); ok && name != "" {
		return name + " opposition"
	}
	return ""
}

// describedFormer reports whether the apposition after the first
// mention of p's name says p has left office: "Gen. Ilse Varga, a
// retired four-star general, …" holds the rank only as a title, which
// the role before the name does not tell (PolNeAR train: a retired
// general campaigning for a candidate had spoken for the United States
// by soleState). Asked once per person: the search reads the text.
func (d *docState) describedFormer(p *person) bool {
	if p.former == 0 {
		p.former = 1
		if i := strings.Index(d.str, p.name); i >= 0 {
			if rest, ok := strings.CutPrefix(d.str[i+len(p.name):], ", "); ok {
				if e := strings.IndexAny(rest, ",.;\n"); e >= 0 {
					rest = rest[:e]
				}
				if roleClass(strings.ToLower(rest))&rFormer != 0 {
					p.former = 2
				}
			}
		}
	}
	return p.former == 2
}

// soleState returns the one state the article has named so far, or ""
// when it has named none or several.
func (d *docState) soleState() string {
	return d.soleStateIn(nil)
}

// soleStateIn is soleState among the names in (all when in is nil): the
// one state the article has named that in holds, or "".
func (d *docState) soleStateIn(in map[string]bool) string {
	st := ""
	for i := range d.actors {
		a := d.actors[i].name
		if (in == nil || in[a]) && d.isState(a) {
			if st != "" {
				return ""
			}
			st = a
		}
	}
	return st
}

// roleKind is a set of what a role's words say of its holder, which
// decides whose side a person titled by it speaks for.
type roleKind uint8

const (
	// rState: an office of state ("environment minister", "army
	// spokesman colonel")
	rState roleKind = 1 << iota
	// rOfficer: a serving officer of a state by rank or office
	// ("interior minister", "colonel", "envoy"), not a body's word in a
	// description ("a professor of government", a company's "government
	// outreach director")
	rOfficer
	// rLocal: an office below a state's government, or a lawyer's
	// ("mayor", "governor", "attorney general": no general of an army);
	// such an officer speaks for a city, a province or a court, not for
	// the one state an article names (PolNeAR dev: a city's mayor and a
	// state attorney general had become the United States')
	rLocal
	// rHead: a head of state or government, or a secretary general
	// ("president", "prime minister", "king", "secretary-general")
	rHead
	// rCompany: an office of a company or an organisation ("chief
	// executive", "chairman")
	rCompany
	// rFormer: a retired or former holder ("Retired Lt. Gen."
	// campaigning for a candidate, which PolNeAR had made the United
	// States'), who holds the office no longer
	rFormer
)

// roleKinds classify the words of roles, each spelled out in full: one
// table, where four word lists had each kept their own spellings.
var roleKinds = map[string]roleKind{
	"minister": rState | rOfficer, "ambassador": rState | rOfficer, "envoy": rState | rOfficer,
	"colonel": rState | rOfficer, "general": rState | rOfficer,
	"commander": rOfficer, "admiral": rOfficer, "major": rOfficer, "captain": rOfficer, "lieutenant": rOfficer,
	"president": rState | rHead, "premier": rState | rHead, "prime": rState | rHead, "chancellor": rState | rHead,
	"king": rHead, "queen": rHead, "emir": rHead, "sultan": rHead, "secretary": rHead, "secretary-general": rHead,
	"army": rState, "military": rState, "police": rState, "navy": rState, "government": rState, "ministry": rState,
	"cabinet":  rState,
	"governor": rLocal, "mayor": rLocal,
	"attorney": rLocal, "sheriff": rLocal, "councillor": rLocal, "councilman": rLocal, "councilwoman": rLocal,
	"executive": rCompany, "ceo": rCompany, "chairman": rCompany, "chairwoman": rCompany, "chairperson": rCompany,
	"manager": rCompany, "director": rCompany, "founder": rCompany, "owner": rCompany,
	"retired": rFormer, "former": rFormer,
}

// namedRoleOwner reads the owner a role names in the possessive, its
// capitalised name opening the role: "Kestlow Live's director", "Radio
// Orlen's head of news". An owner the article named as a body is that
// body's side; an owner of two or three capitalised words that no list
// or earlier mention knows, and that names no person or state, is a body
// of its own, speaking for itself. owned reports that the role has such
// an owner at all: then the body that spoke last is not the person's (it
// was the rival firm a director of another firm answered).
func (d *docState) namedRoleOwner(role string) (side string, owned bool) {
	k := strings.Index(role, "'s ")
	if k < 0 {
		k = strings.Index(role, "\u2019s ")
	}
	if k <= 0 {
		return "", false
	}
	owner := role[:k]
	words := strings.Fields(owner)
	if len(words) == 0 || len(words) > 3 {
		return "", false
	}
	for _, w := range words {
		if strings.ToLower(w[:1]) == w[:1] {
			return "", false // "the channel's director": no name
		}
	}
	if len(words) == 1 {
		// one word may be a state, a person's surname or a body's short
		// form: "Brightway's chief executive" after "Brightway
		// Catering" is the company's officer, as "the company's chief
		// executive" is, when the word names no state or person
		if d.isState(owner) {
			return "", false
		}
		var body *openActor
		for _, o := range d.open {
			if !o.state && o.head != "" && strings.EqualFold(o.name, owner) {
				body = o
			}
		}
		if body == nil {
			body = d.orgFirstWord(owner)
		}
		if body == nil || d.personWord(strings.ToLower(owner), body.name) {
			return "", false
		}
		return d.government(body.name).side, true
	}
	var short *openActor // a body the owner names by its first words
	for _, o := range d.open {
		if strings.EqualFold(o.name, owner) {
			if o.state {
				return "", false // the state's office: its mention's reading
			}
			return d.government(o.name).side, true
		}
		if !o.state && len(o.name) > len(owner)+1 && o.name[len(owner)] == ' ' && strings.EqualFold(o.name[:len(owner)], owner) {
			if short != nil && short.name != o.name {
				return "", true // two bodies open so: which is unsaid
			}
			short = o
		}
	}
	if short != nil {
		// "Sea Harbour's head of operations" after "Sea Harbour Rescue"
		return d.government(short.name).side, true
	}
	for _, w := range words {
		if d.isState(w) || d.demonymOfState(w) {
			return "", true // "Ostmark Radio's …": maybe the state's
		}
	}
	last := strings.ToLower(words[len(words)-1])
	for _, q := range d.persons {
		// "Ivo Marek's deputy" after "Ivo Marek, the board's director":
		// a person described as one. Two capitalised words read as a
		// name and never described ("a stage run by Harlow Live") may
		// be the body's
		if (q.role != "" || q.side != "") && len(q.parts) > 0 && q.parts[len(q.parts)-1] == last {
			return "", true
		}
	}
	return owner, true
}

// personWord reports whether w is a word of the name of a person the
// article has named, other than one read from the body's own name
// ("Brightway Catering" is two capitalised words, as a name is).
func (d *docState) personWord(w, body string) bool {
	for _, q := range d.persons {
		if strings.EqualFold(q.name, body) {
			continue
		}
		if slices.Contains(q.parts, w) {
			return true
		}
	}
	return false
}

// spokeElsewhere reports whether the current sentence has its speaker
// speak in a named place that is not in the dateline's state: "Foreign
// Minister Ivo Marek said in Pellan" in copy datelined in another state
// is Pellan's minister, a visitor's words reported from abroad, not the
// home state's ("told reporters in the capital" names no other place).
func (d *docState) spokeElsewhere() bool {
	for k := d.sentLo; k+2 < len(d.toks) && !isEnd(&d.toks[k]); k++ {
		t := &d.toks[k]
		if !t.is(fSpeech) && t.low != "told" {
			continue
		}
		for j := k + 1; j < k+5 && j+1 < len(d.toks); j++ {
			if d.toks[j].low != "in" {
				continue
			}
			c := &d.toks[j+1]
			if c.kind != tWord || !c.cap {
				break
			}
			if st := d.cityOf[c.low]; st == d.home {
				break
			}
			if m := d.mentAt[j+1]; m >= 0 && d.ments[m].actor == d.home {
				break
			}
			return true
		}
	}
	return false
}

// roleClass returns what the words of a role (lower case) say of its
// holder, an abbreviated title read as its full word ("gen." as
// "general"). "Retired" or "former" makes the holder a former one only
// before an office within three words ("former Maryland Gov.", "a
// retired four-star general"), not before an earlier trade ("Transport
// Minister …, a former harbour pilot").
func roleClass(r string) roleKind {
	var k roleKind
	before := 0 // words left in which "former" reaches an office
	for w := range strings.FieldsSeq(r) {
		w = strings.TrimSuffix(w, ".")
		if full := titleAbbrevs[w]; full != "" {
			w = full
		}
		c := roleKinds[w]
		if c == rFormer {
			before = 3
			continue
		}
		if before > 0 && c&(rState|rOfficer|rLocal|rHead) != 0 {
			k |= rFormer
		}
		if before > 0 {
			before--
		}
		k |= c
	}
	return k
}

// government is the speaker standing for an actor's government.
func (d *docState) government(actor string) speaker {
	if sp, ok := d.openGovernment(actor); ok {
		return sp
	}
	name, ok := d.x.govs[actor]
	if !ok {
		name = governmentName(d.tax, actor)
	}
	return speaker{name: name, side: actor, inst: true}
}

// governmentName is the name of the speaker standing for actor's
// government.
func governmentName(tax *taxonomy.Taxonomy, actor string) string {
	if name := tax.Government(actor); name != "" {
		return name
	}
	return actor + " government"
}

// governments returns governmentName of every canonical actor of tax.
func governments(tax *taxonomy.Taxonomy) map[string]string {
	actors := tax.Actors()
	m := make(map[string]string, len(actors))
	for _, a := range actors {
		m[a.Name] = governmentName(tax, a.Name)
	}
	return m
}

// humanRole reports whether a role names a person ("army spokesman").
func humanRole(role string) bool {
	r := strings.ToLower(role)
	for _, w := range []string{"spokes", "minister", "president", "official", "chief", "secretary", "envoy", "ambassador", "commander", "general", "director"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

// registerCapital records the city an apposition names as a state's
// capital (k the word "capital"): news later names the government by
// it ("officials in Drellin", "Drellin said"), as a dateline's city is
// its state's. News writes the apposition four ways: the city first,
// "Drellin, Kastovia's capital" or "Drellin, the Kastovian capital" or
// "Drellin, the capital of Kastovia", or the capital first, "the
// Kastovian capital, Drellin", "Kastovia's capital, Drellin" or "the
// capital of Kastovia, Drellin". hi bounds the sentence.
func (d *docState) registerCapital(k, lo, hi int) {
	state, st := "", -1 // the state's token before "capital", or after "of"
	if k-1 >= lo && d.mentAt[k-1] >= 0 {
		st = k - 1
	} else if k+2 < hi && d.toks[k+1].low == "of" && d.mentAt[k+2] >= 0 {
		st = k + 2
	}
	if st < 0 {
		return
	}
	m := d.ments[d.mentAt[st]]
	// a name not yet known for a state becomes one only once a city is
	// found ("Kessco's capital, Halvorsen said" is money, and Kessco a
	// company)
	state = m.actor
	known := d.isState(state)
	var cand *openActor // the open actor a capital makes a state
	if !known {
		cand = d.stateCandidate(state)
	}
	if m.i != st || !known && cand == nil {
		return
	}
	city := -1
	if st == k-1 || k-1 >= lo && d.toks[k-1].low == "the" {
		// the city first: "Drellin, [the] Kastovian capital", "Drellin,
		// the capital of Kastovia"
		c := k - 1
		if st == k-1 {
			c--
		}
		if c >= lo && d.toks[c].low == "the" {
			c--
		}
		if c >= lo && d.toks[c].low == "," {
			city = c - 1
		}
	}
	if city < lo {
		// the capital first: "the Kastovian capital, Drellin", "the
		// capital of Kastovia, Drellin"
		c := k + 1
		if st > k {
			c = m.j
		}
		if c+1 < hi && d.toks[c].low == "," {
			city = c + 1
		}
	}
	// "…'s capital, Halvorsen said": a speaker, not a city
	if city < lo || !d.capitalName(city, lo, hi) || city+1 < hi && d.toks[city+1].is(fSpeech) {
		return
	}
	if cand != nil {
		cand.state = true
	}
	if d.cityOf == nil {
		d.cityOf = map[string]string{}
	}
	d.cityOf[d.toks[city].low] = state
	d.cityLater(hi, d.toks[city].low, state)
}

// cityLater makes the city's name a mention of its state in the rest of
// the paragraph, from token hi, as the paragraphs after it find it
// (findMentions read this one before the apposition was): "Talks opened
// in Lorvik, the Ostrelian capital. Lorvik said …".
func (d *docState) cityLater(hi int, city, state string) {
	added := false
	for k := hi; k < len(d.toks); k++ {
		t := &d.toks[k]
		if !t.cap || t.kind != tWord || d.mentAt[k] >= 0 || isUpperWord(d.str[t.s:t.e]) {
			continue
		}
		if base, _ := possessiveBase(t.low); base != city || !d.capitalName(k, hi, len(d.toks)) {
			continue
		}
		d.ments = append(d.ments, mention{i: k, j: k + 1, actor: state})
		added = true
	}
	if !added {
		return
	}
	slices.SortFunc(d.ments, func(a, b mention) int { return a.i - b.i })
	for k, m := range d.ments {
		for i := m.i; i < m.j; i++ {
			d.mentAt[i] = int32(k)
		}
	}
}

// mission reads a speaker phrase [s, e) whose head h is "embassy" or
// "consulate": the mission speaks for the state that sends it, named
// before it ("Ostrelia's embassy", "the Ostrelian embassy"), after "of"
// ("the embassy of Ostrelia") or by "its" ("Its embassy in Velmora
// said": the body that spoke last), never for the state it sits in
// ("in Velmora", a city the dateline or an apposition tied to a state).
// The speaker is named as news names it again: "Ostrelian embassy".
func (d *docState) mission(s, h, e int) (speaker, bool) {
	stateAt := func(k int) string {
		if k < s || k >= e || d.mentAt[k] < 0 {
			return ""
		}
		if a := d.ments[d.mentAt[k]].actor; d.isState(a) {
			return a
		}
		return ""
	}
	owner, host, k := stateAt(h-1), "", h+1
	if owner == "" && k+1 < e && d.toks[k].low == "of" {
		o := k + 1
		if d.toks[o].low == "the" {
			o++
		}
		if owner = stateAt(o); owner != "" {
			k = d.ments[d.mentAt[o]].j
		}
	}
	if k+1 < e && d.toks[k].low == "in" {
		host = stateAt(k + 1)
	}
	if owner == "" && h == s+1 && (d.toks[s].low == "its" || d.toks[s].low == "their") {
		// stateAt found the other two states; "its" may be any body's
		if owner = d.ownerSide(s, s+1); !d.isState(owner) {
			return speaker{}, false
		}
	}
	if owner == "" || owner == host {
		return speaker{}, false
	}
	sp := d.government(owner)
	name, ok := strings.CutSuffix(sp.name, " government")
	if !ok {
		return speaker{}, false
	}
	sp.name = name + " " + d.toks[h].low
	return sp, true
}

// stateCandidate returns the open actor named actor that a capital
// makes a state ("Ostrelia's capital", "the capital of Ostrelia"): a
// one-word name the article has not yet shown is one, and no company or
// armed group (they have none); or nil.
func (d *docState) stateCandidate(actor string) *openActor {
	for _, o := range d.open {
		if o.name == actor && !o.state && o.owner == "" && o.head == "" && !o.organ && !strings.Contains(o.name, " ") {
			return o
		}
	}
	return nil
}

// capitalName reports whether token c is a city's name an apposition
// can tie to a state: one capitalised word that names no actor, with no
// capitalised word beside it ("Drellin", not "Port Kessa" or a state).
func (d *docState) capitalName(c, lo, hi int) bool {
	t := &d.toks[c]
	if t.kind != tWord || !t.cap || d.mentAt[c] >= 0 {
		return false
	}
	if c-1 >= lo && d.toks[c-1].kind == tWord && d.toks[c-1].cap {
		return false
	}
	return c+1 >= hi || !(d.toks[c+1].kind == tWord && d.toks[c+1].cap)
}

// registerAcronyms records "Foreign Office (FO)" so that a later "the FO
// said" names the office.
func (d *docState) registerAcronyms(lo, hi int) {
	for i := lo + 1; i+2 < hi; i++ {
		if d.toks[i].low != "(" || d.toks[i+2].low != ")" || d.toks[i+1].kind != tWord {
			continue
		}
		acr := d.str[d.toks[i+1].s:d.toks[i+1].e]
		if !isAcronym(acr) || len(acr) > 8 {
			continue
		}
		s := d.spelledName(acr, lo, i)
		if s < 0 {
			s = i
			for s-1 >= lo && i-s < 6 && (d.toks[s-1].kind == tWord && d.toks[s-1].cap || d.toks[s-1].low == "of" || d.toks[s-1].low == "and") {
				s--
			}
			for s < i && !d.toks[s].cap {
				s++
			}
		}
		if s >= i {
			continue
		}
		if d.acronyms == nil {
			d.acronyms = map[string]string{}
		}
		if len(d.acronyms) < 256 {
			d.acronyms[strings.ToLower(acr)] = d.join(s, i)
		}
	}
}

// spelledName returns where the name before the parenthesis at i starts
// when the acronym acr spells its words' first letters, its small words
// counted or not ("United Nations Mission in Tarvia (UNMIT)", "Office
// for the Coordination of Humanitarian Affairs (OCHA)"); else -1. A name
// may hold "in", "for", "on" or "the", which the capitalised run alone
// would stop at, making the acronym the place's ("Tarvia").
func (d *docState) spelledName(acr string, lo, i int) int {
	s := i
	small := false
	for s-1 >= lo && i-s < 9 {
		t := &d.toks[s-1]
		if t.kind != tWord {
			break
		}
		if !t.cap {
			if !nameLinks[t.low] {
				break
			}
			small = true
		}
		s--
	}
	if !small {
		return -1 // the capitalised run below reads it
	}
	for k := s; k < i; k++ {
		if !d.toks[k].cap {
			continue
		}
		var all, caps []byte
		for j := k; j < i; j++ {
			c := d.str[d.toks[j].s]
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			} else {
				caps = append(caps, c)
			}
			all = append(all, c)
		}
		if string(all) == acr || string(caps) == acr {
			return k
		}
	}
	return -1
}

// nameLinks are the small words inside a body's name.
var nameLinks = map[string]bool{"of": true, "and": true, "in": true, "for": true, "on": true, "the": true, "a": true}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if isLowerRune(r) {
			return false
		}
		if isLetterRune(r) {
			letters++
		}
	}
	return letters >= 2
}

// describedBody returns the side of the organisation whose name ends in
// the lower-case words of toks[s:e-1] before a role at e-1 ("health
// board" before "spokesperson" names the Harwick Health Board), when
// one organisation only fits; "" otherwise.
func (d *docState) describedBody(s, e int) string {
	r := &d.toks[e-1]
	if !r.is(fRole) {
		return ""
	}
	if w := d.toks[s].low; e-s == 2 && (genericBodyNouns[w] || armedDescr[w] != "") {
		// one noun that names many bodies: "an army spokesman" is as
		// often the state's army as the rebel Free Tarn Army, "a bank
		// spokesman" any bank's
		return ""
	}
	var tail strings.Builder
	for k := s; k < e-1; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.cap {
			return ""
		}
		tail.WriteString(" ")
		tail.WriteString(t.low)
	}
	return d.bodyEndingIn(tail.String())
}

// bodyEndingIn returns the side of the one organisation the article
// named whose name ends in suffix (lower case, after a space: " health
// board"), or "" when none or more than one does.
func (d *docState) bodyEndingIn(suffix string) string {
	found := ""
	for _, o := range d.open {
		if o.state || len(o.name) <= len(suffix) || !strings.EqualFold(o.name[len(o.name)-len(suffix):], suffix) {
			continue
		}
		if found != "" && found != o.name {
			return ""
		}
		found = o.name
	}
	if found == "" {
		return ""
	}
	return d.sideOf(found)
}

// bodyBefore reads one or two lower-case words before the role at r (not
// before lo) as the end of the name of one organisation the article
// named ("federation" of the Kelvan Football Federation, "health board"
// of the Brask Health Board): its side and how many words, or "" and
// 0. One noun that names many bodies ("army", "bank") ties no one.
func (d *docState) bodyBefore(lo, r int) (string, int) {
	if len(d.open) == 0 {
		return "", 0
	}
	for n := 1; n <= 2 && r-n >= lo; n++ {
		t := &d.toks[r-n]
		if t.kind != tWord || t.cap || t.inQ || t.flags&(fDet|fPrep|fConj|fSubord|fPron|fAux|fVerb|fRole|fAdv|fTime) != 0 {
			return "", 0
		}
		if n == 1 && (genericBodyNouns[t.low] || armedDescr[t.low] != "") {
			continue
		}
		var tail strings.Builder
		for k := r - n; k < r; k++ {
			tail.WriteString(" ")
			tail.WriteString(d.toks[k].low)
		}
		b := d.bodyEndingIn(tail.String())
		if b == "" && n == 1 && t.low == "union" {
			// "union leader Ada Brask" after "the Metal Workers'
			// Federation": the one union the article named, whatever
			// its name's noun
			if o := d.soleOpen(workersBody); o != nil {
				b = d.sideOf(o.name)
			}
		}
		if b != "" {
			if !d.sameBodyBefore(lo, r-n-1, b, tail.String()) {
				return "", 0
			}
			return b, n
		}
	}
	return "", 0
}

// sameBodyBefore reports whether the token at p, just before the words
// bodyBefore matched to the end of the name of side's organisation, lets
// them stand for it. A modifier that is no part of that name makes them
// another body of the kind or a tie that has ended: "Teachers' union
// president Rina Sol" beside the Kessel Dock Workers Union, "rival union
// president", "former federation president". A word that opens the
// phrase (a determiner, a preposition, a verb: "said", "of") or a rank
// ("deputy", "acting") leaves the tie.
func (d *docState) sameBodyBefore(lo, p int, side, tail string) bool {
	if p < lo {
		return true
	}
	t := &d.toks[p]
	owner := t.low
	switch {
	case t.kind != tWord && (t.low == "'" || t.low == "’"):
		// "Teachers' union": the owner is the word before the mark
		if p-1 < lo || d.toks[p-1].kind != tWord {
			return true
		}
		owner = d.toks[p-1].low
	case t.kind != tWord:
		return true
	case strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "'"):
		owner = strings.TrimSuffix(strings.TrimSuffix(t.low, "s"), "'")
		owner = strings.TrimSuffix(owner, "'")
	default:
		switch t.low {
		case "former", "ex", "ex-", "onetime", "one-time", "erstwhile", "retired", "late":
			return false
		case "deputy", "vice", "acting", "interim", "new", "current", "outgoing", "incoming", "longtime", "veteran", "then":
			return true
		}
		if t.flags&(fDet|fPrep|fConj|fSubord|fPron|fAux|fVerb|fAdv|fTime|fRole) != 0 {
			return true
		}
		if d.bodyEndingIn(" "+t.low+tail) == side {
			return true
		}
	}
	// a modifier of the name's own words: "Kessel union president"
	// of the Kessel Dock Workers Union
	for _, o := range d.open {
		if d.sideOf(o.name) == side && slices.Contains(strings.Fields(strings.ToLower(o.name)), owner) {
			return true
		}
	}
	return false
}

// officeElsewhere reports whether the council office of p (role r, lower
// case) is named as another town's than council's: "Mayor Ena Brauer of
// Marl", "the mayor of neighbouring Marl" when the council is Kessel's.
// The town is the capitalised word after "of" (past "neighbouring" or
// "nearby") right after the person's name, or in the role.
func (d *docState) officeElsewhere(p *person, r, council string) bool {
	town := ""
	if _, rest, ok := strings.Cut(r, " of "); ok {
		town = rest
	} else if i := strings.Index(d.str, p.name); i >= 0 {
		rest, ok := strings.CutPrefix(d.str[i+len(p.name):], " of ")
		if !ok {
			return false
		}
		if e := strings.IndexAny(rest, ",.;\n"); e >= 0 {
			rest = rest[:e]
		}
		town = rest
	}
	w := strings.Fields(town)
	for len(w) > 0 {
		switch strings.ToLower(w[0]) {
		case "neighbouring", "neighboring", "nearby":
			w = w[1:]
			continue
		}
		break
	}
	if len(w) == 0 {
		return false
	}
	first := w[0]
	switch strings.ToLower(first) {
	case "the", "this", "our", "its", "their", "his", "her", "town", "city", "village", "district", "borough", "county":
		return false // "the mayor of the town": the article's own
	}
	if first == strings.ToLower(first) && !strings.Contains(r, " of ") {
		return false // "Mayor Jon Tasker of course"
	}
	for cw := range strings.FieldsSeq(strings.ToLower(council)) {
		if cw == strings.ToLower(first) {
			return false // "Mayor Jon Tasker of Orvik" of the Orvik Town Council
		}
	}
	return true
}

// councilRole reports whether the role r (lower case) is a town's or a
// city's elected office: a mayor, a councillor, the council's leader.
func councilRole(r string) bool {
	for w := range strings.FieldsSeq(r) {
		switch strings.TrimSuffix(w, ".") {
		case "mayor", "councillor", "councilor", "councilman", "councilwoman", "alderman", "cllr":
			return true
		}
	}
	return strings.Contains(r, "council leader") || strings.Contains(r, "leader of the council")
}

// governorRole reports whether a role is a province's or a region's
// governor: "Governor", "regional governor", "governor of Lesk"; not a
// central bank's ("central bank governor") or a board's ("a governor of
// the school").
func governorRole(r string) bool {
	w := strings.Fields(r)
	i := slices.Index(w, "governor")
	if i < 0 {
		return false
	}
	if i > 0 && (w[i-1] == "bank" || w[i-1] == "deputy" || w[i-1] == "lieutenant") {
		return false
	}
	return !strings.Contains(r, "bank") && !strings.Contains(r, "school") && !strings.Contains(r, "prison")
}

// governedProvince reads a governor's role that names the province,
// "governor of Haldun province", as that province's government, "Haldun
// provincial government" (the name localBodyOf gives "the provincial
// government of Haldun"), in an article that has named no state so far:
// where a state is named, its dispute is the state's, and a province's
// governor speaks for the state, as a state's other officers do.
func (d *docState) governedProvince(role string) string {
	_, rest, ok := strings.Cut(role, " of ")
	if !ok {
		return ""
	}
	w := strings.Fields(rest)
	if len(w) < 2 || len(w) > 4 {
		return ""
	}
	kind := ""
	switch strings.ToLower(w[len(w)-1]) {
	case "province":
		kind = "provincial government"
	case "region":
		kind = "regional government"
	default:
		return ""
	}
	place := w[:len(w)-1]
	for _, x := range place {
		if x[:1] == strings.ToLower(x[:1]) {
			return "" // "governor of the eastern province": no name
		}
	}
	name := strings.Join(place, " ")
	if d.isState(name) {
		return ""
	}
	for i := range d.actors {
		if d.isState(d.actors[i].name) {
			return ""
		}
	}
	return name + " " + kind
}

// provincialBody reports whether an open body is a province's or a
// region's government: "the Lesk Provincial Administration", "the
// provincial government of Lesk" (read as "Lesk provincial government").
func provincialBody(o *openActor) bool {
	if o.head != "government" && o.head != "administration" {
		// the governor heads the province's executive, not its council
		// or an authority it runs
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(o.name)) {
		switch w {
		case "provincial", "province", "regional", "region", "county", "prefectural", "prefecture", "district":
			return true
		}
	}
	return false
}

// genericBodyNouns end the names of bodies of many kinds and owners, so
// that a spokesman described by the noun alone is not tied to the one
// such body named ("the World Bank", "a bank spokesman").
var genericBodyNouns = map[string]bool{"army": true, "navy": true, "police": true, "bank": true, "force": true, "forces": true, "guard": true}

// leadsRel reports whether the relative clause [as, ae) tells whom a
// person leads: "who chairs the Pell Fans Association", "who heads the
// union", "who runs the Brask Tenants' Action Group" — the speaker's
// side, as "the association's chairwoman" is. A company "which runs a
// terminal" is no person; "who works at" or "who lives near" tie no one.
func (d *docState) leadsRel(as, ae int) bool {
	if as+1 >= ae || d.toks[as].low != "who" {
		return false
	}
	switch d.toks[as+1].low {
	case "chairs", "heads", "leads", "directs", "founded", "represents", "runs", "manages", "coordinates":
		return true
	}
	return false
}

// pluralSubject returns the end of the plural noun phrase that opens the
// sentence [lo, hi) as its subject, or lo: "Pilots at Dunmarch Air
// walked out", "Workers at the mine were angry", "Local fishermen have
// no boats". It is what a later "they" of the paragraph stands for when
// no plural speaker came before ("They said the airline had ignored
// the reports").
func (d *docState) pluralSubject(lo, hi int) int {
	if t := &d.toks[lo]; t.is(fAux|fVerb|fSubord|fPrep) && !t.is(fDet) {
		return lo // "Had their arguments prevailed …", "If voters …"
	}
	head := -1
	for k := lo; k < hi && k < lo+8; k++ {
		t := &d.toks[k]
		if t.inQ || t.kind != tWord {
			return lo
		}
		if k > lo && !t.cap && (t.is(fVerb|fAux) || strings.HasSuffix(t.low, "ed")) {
			if n := k + 1; head >= 0 && k > head+1 && n < hi && !d.toks[n].cap && (d.toks[n].is(fVerb|fAux) || strings.HasSuffix(d.toks[n].low, "ed")) {
				continue // a noun of the complement: "at the Halvik mine were"
			}
			if head < 0 || k == head+1 && t.is(fNounish) {
				return lo
			}
			return k
		}
		if npPrepsF.has(npPreps, t.low) {
			if head < 0 {
				return lo
			}
			continue
		}
		if head >= 0 && head < k-1 && npPrepsF.has(npPreps, d.toks[head+1].low) {
			continue // the complement: "at Dunmarch Air"
		}
		if t.is(fPron|fConj|fSubord|fRel|fAdv|fTime) || t.cap && k > lo && !d.isNameTok(k) {
			return lo
		}
		if k > lo && t.cap || t.is(fDet) {
			continue
		}
		if peoplePlural(t, k == lo && t.cap) {
			head = k
		} else {
			head = -1
		}
	}
	return lo
}

// peoplePlural reports whether t is a plural noun for people, who can
// speak: "pilots", "voters", "activists", "fishermen", "officials"; not
// "prices", "numbers", "documents". A capital opening the sentence may
// be a name's ("Sanders", "Waters"): only the lexicon's nouns count there.
func peoplePlural(t *token, capital bool) bool {
	w := t.low
	if civilianPlurals[w] || w == "people" {
		return true
	}
	if len(w) < 5 || w[len(w)-1] != 's' || evidenceNouns[w] || t.is(fVerb) && !t.is(fRole|fGroup) {
		return !capital && strings.HasSuffix(w, "men") && len(w) > 4
	}
	if t.is(fRole | fGroup | fOrg) {
		return true
	}
	if capital {
		return false
	}
	for _, suf := range peopleSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// peopleSuffixes end most plural nouns for people: "dockers", "lobbyists",
// "physicians", "residents", "opponents", "migrants", "executives",
// "investors", "critics" (not "arguments", "payments").
var peopleSuffixes = []string{"ers", "ists", "ians", "dents", "nents", "rents", "ants", "ives", "ors", "ics"}

// theySubject resolves a "they" that no plural speaker before it stands
// for to the plural subject of its own sentence, before it ("Nurses
// blocked the plan because they said …"), or of the sentence before it
// in the paragraph ("Pilots walked out on Monday. They said …").
func (d *docState) theySubject(at int) (speaker, bool) {
	// read only when a "they" asks: most sentences have none
	r := d.sentRange
	e := -1
	if r[2] == d.sentN && r[3] == d.paraN && r[0] < at {
		e = d.pluralSubject(r[0], min(r[1], at))
	}
	if e <= r[0] || e > at {
		r = d.prevSentRange
		if r[2] != d.sentN-1 || r[3] != d.paraN || r[1] > len(d.toks) {
			return speaker{}, false // token ranges are the paragraph's
		}
		if e = d.pluralSubject(r[0], r[1]); e <= r[0] {
			return speaker{}, false
		}
	}
	r[1] = e
	// described as written: a capital opening the sentence is no name
	// here ("Pilots at Dunmarch Air")
	sp := d.describe(r[0], r[0], r[1], d.actorIn(r[0], r[1]))
	return sp, sp.name != ""
}

// stateBody is a state's body that spoke, named by its nouns after the
// state ("Carvonia's civil aviation directorate"): words are those
// nouns in lower case, the last its head.
type stateBody struct {
	words []string
	sp    speaker
}

// noteStateBody records the lower-case nouns ending the phrase [s, e),
// which named a state's body as the speaker sp, for "the directorate"
// said later (bodyNamedBy).
func (d *docState) noteStateBody(s, e int, sp speaker) {
	k := e - 1
	for k > s && d.toks[k-1].kind == tWord && !d.toks[k-1].cap && !d.toks[k-1].is(fDet|fPrep|fConj|fPron) && e-k < 4 {
		k--
	}
	if len(d.stateBodies) >= 16 {
		return // bounded: an article names few
	}
	words := make([]string, 0, e-k)
	for ; k < e; k++ {
		words = append(words, d.toks[k].low)
	}
	d.stateBodies = append(d.stateBodies, stateBody{words: words, sp: sp})
}

// bodyNamedBy returns the body the lower-case words [i, j) after "the"
// call back: the state's body last named with them, head last ("the
// directorate", "the civil aviation directorate" after "Carvonia's civil
// aviation directorate"), or the organisation seen last whose name holds
// them after its first word ("the airport", "the airport company" after
// "Orsk Airport Company"; "the airline" names an Airways or an
// Airlines). A name's first word is its own ("the harbour" is no
// Harbour Freight).
func (d *docState) bodyNamedBy(i, j int) (speaker, bool) {
	for k := i; k < j; k++ {
		if t := &d.toks[k]; t.kind != tWord || t.cap || t.is(fDet|fPron|fPrep|fConj|fRole|fNeg) {
			return speaker{}, false
		}
	}
	head := d.toks[j-1].low
	for b := len(d.stateBodies) - 1; b >= 0; b-- {
		sb := &d.stateBodies[b]
		if sb.words[len(sb.words)-1] != head || j-i > len(sb.words) {
			continue
		}
		ok := true
		for k := i; k < j-1 && ok; k++ {
			ok = slices.Contains(sb.words, d.toks[k].low)
		}
		if ok {
			return sb.sp, true
		}
	}
	best := d.lastNamedBy(i, j, false)
	if best == nil {
		if j-i == 1 && lexicon[head]&fOrg != 0 {
			// "the ministry" after the Ministry of Health spoke: a body
			// named "<head> of …", which no list of parties holds, called
			// back by its head noun
			for c := len(d.claims) - 1; c >= 0; c-- {
				if sp := &d.claims[c].c; !d.claims[c].person && headOfName(sp.Speaker, head) {
					return speaker{name: sp.Speaker, side: sp.Side, inst: true}, true
				}
			}
		}
		if j-i == 1 && kindBackHead(head) {
			// "the office" after "the Office of the Harlow Envoy", "the
			// mission" after "the Joint Monitoring Mission on the Kessel":
			// a body whose name opens on its noun or goes on past it in a
			// place is no organisation read whole (newOrg ends a name on
			// its noun), yet news calls it back by that noun
			if name := d.kindNamedBefore(i, head); name != "" {
				return speaker{name: name, inst: true}, true
			}
		}
		return speaker{}, false
	}
	d.seq++
	best.seen = d.seq
	return d.government(best.name), true
}

// kindBackHead reports whether w is one of the nouns of bodies that
// newOrg does not read as an organisation's name, whose name a later
// "the <noun>" calls back
// (kindNamedBefore): a state's office or mission is read as that state
// elsewhere, a neutral one keeps its name.
//
// A switch, not a map: noteKindNames asks it of every capitalised word
// of every paragraph (74,000 map probes over three passes of
// BenchmarkExtract, 0.7% of its instructions).
func kindBackHead(w string) bool {
	switch w {
	case "office", "mission":
		return true
	}
	return false
}

// kindName is a body named with one of kindBackHead's nouns, in paragraph para.
type kindName struct {
	head, name string
	para       int
}

// noteKindNames records the bodies the paragraph names with one of
// kindBackHead's nouns, for "the office" in a later paragraph (kindNamedBefore).
func (d *docState) noteKindNames() {
	// most articles write neither noun with a capital: two searches of
	// the text, once, where the loop below tested every token of every
	// paragraph (the tokens are the text's, d.str's)
	if d.kindHeads == 0 {
		d.kindHeads = -1
		if hasCapFold(d.str, "office") || hasCapFold(d.str, "mission") {
			d.kindHeads = 1
		}
	}
	if d.kindHeads < 0 {
		return
	}
	for k := range d.toks {
		if t := &d.toks[k]; t.kind == tWord && t.cap && kindBackHead(t.low) {
			if name := d.kindNameAt(k); name != "" {
				d.kindNames = append(d.kindNames, kindName{head: t.low, name: name, para: d.paraN})
			}
		} else if t.kind == tWord && kindBackHead(t.low) && d.otherKind(k) {
			// a lower-case office of another's, nearer than the named
			// body: a later "the office" is that one (name "")
			d.kindNames = append(d.kindNames, kindName{head: t.low, para: d.paraN})
		}
	}
}

// hasCapFold reports whether s holds the lower-case ASCII word w with its
// first letter a capital and the rest in either case ("Office",
// "OFFICE"): where a token may be capitalised with w as its lower case.
func hasCapFold(s, w string) bool {
	c := w[0] &^ 0x20
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], c)
		if k < 0 {
			return false
		}
		i += k
		if len(s)-i >= len(w) && equalFold(s[i+1:i+len(w)], w[1:]) {
			return true
		}
	}
}

// otherKind reports whether the lower-case office's or mission's noun at
// k names a body of its own rather than calling one back: a modifier
// before it ("Pellan's presidential office", "a medical mission", "its
// own mission") or an owner after it ("the office of Ida Marsh"). "The
// office" alone calls back.
func (d *docState) otherKind(k int) bool {
	toks := d.toks
	if toks[k].cap || k == 0 {
		return false
	}
	if k+1 < len(toks) && toks[k+1].low == "of" {
		return true
	}
	switch p := &toks[k-1]; p.low {
	case "the", "this", "that", "its":
		return false
	default:
		return p.kind == tWord
	}
}

// kindNamedBefore returns the name of the last body named before token i
// with head as its noun (kindNameAt): in this paragraph, else in one
// before it; "" when none was.
func (d *docState) kindNamedBefore(i int, head string) string {
	for k := i - 1; k >= 0; k-- {
		if t := &d.toks[k]; t.kind == tWord && t.cap && t.low == head {
			return d.kindNameAt(k)
		} else if t.kind == tWord && t.low == head && d.otherKind(k) {
			return "" // "Pellan's presidential office …. The office said": that office
		}
	}
	for n := len(d.kindNames) - 1; n >= 0; n-- {
		if kn := &d.kindNames[n]; kn.head == head && kn.para < d.paraN {
			return kn.name
		}
	}
	return ""
}

// kindNameAt returns the name of the body whose capitalised noun is token
// k: "Office of the Harlow Envoy", "Joint Monitoring Mission on the
// Kessel", the capitalised words before the noun and an "of", "on" or
// "for" phrase of capitalised words after it; or "" when the name is the
// noun alone, or it is a state's ("Orvia's Foreign Office", "the Orvian
// Mission") or a head of state's ("Office of the President"), which the
// state speaks for.
func (d *docState) kindNameAt(k int) string {
	toks := d.toks
	capWord := func(x int) bool {
		t := &toks[x]
		return t.kind == tWord && t.cap && !t.is(fDet|fPrep|fConj|fPron|fSubord)
	}
	s := k
	for s > 0 && capWord(s-1) && k-s < 5 {
		s--
	}
	e := k + 1
	if e+1 < len(toks) && (toks[e].low == "of" || toks[e].low == "on" || toks[e].low == "for") {
		m := e + 1
		if toks[m].low == "the" {
			m++
		}
		n := m
		for n < len(toks) && n-m < 4 && capWord(n) {
			n++
		}
		if n > m {
			e = n
		}
	}
	if e-s < 2 || s > 0 && strings.HasSuffix(toks[s-1].low, "'s") {
		return ""
	}
	for x := s; x < e; x++ {
		if d.stateOf(x) != "" || roleKinds[toks[x].low]&rHead != 0 {
			return ""
		}
	}
	return d.str[toks[s].s:toks[e-1].e]
}

// lastNamedBy returns the organisation seen last whose name holds each
// of the words [i, j) after its first word (laterNameWord), a word read
// without its possessive when poss ("the airport's"), or nil.
func (d *docState) lastNamedBy(i, j int, poss bool) *openActor {
	var best *openActor
	n := 0
	for _, o := range d.open {
		if o.state {
			continue
		}
		ok := true
		for k := i; k < j && ok; k++ {
			w := d.toks[k].low
			if poss {
				w, _ = possessiveBase(w)
			}
			ok = laterNameWord(o.name, w)
		}
		if !ok {
			continue
		}
		n++
		if best == nil || o.seen > best.seen {
			best = o
		}
	}
	if n > 1 && j-i > 1 {
		// "the harbour authority" when the Velport and the Selmark
		// Harbour Authority are both named: the words that tell them
		// apart are the ones left out, and the writer points at
		// neither
		return nil
	}
	return best
}

// headOfName reports whether w is the head noun a name opens with before
// "of": "the ministry" calls back the Ministry of Health, "the
// federation" the Federation of Orlen Nurses, as "the authority" calls
// back the Selmark Harbour Authority (lastNamedBy).
func headOfName(name, w string) bool {
	first, rest, _ := strings.Cut(name, " ")
	return strings.HasPrefix(rest, "of ") && strings.EqualFold(first, w) && lexicon[w]&fOrg != 0
}

// laterNameWord reports whether a word of name after its first is w,
// ignoring case; "airline" is an Airways' or an Airlines' word.
func laterNameWord(name, w string) bool {
	_, rest, _ := strings.Cut(name, " ")
	for rest != "" {
		var x string
		x, rest, _ = strings.Cut(rest, " ")
		if strings.EqualFold(x, w) || w == "airline" && (strings.EqualFold(x, "airways") || strings.EqualFold(x, "airlines")) {
			return true
		}
	}
	return false
}

// placeFirst names the people a placed description [rs, e) describes as
// news names them again, the place before the people: "Farmers in the
// Orsk valley" are the Orsk valley farmers, "Residents of Tesk" the Tesk
// residents. Only lower-case words before the preposition (as
// placedDescription reads them; the first may open the sentence), and a
// place that is a name, not a month or day, with at most two lower-case
// nouns after it ("valley", "border district"), are moved, and after
// "of" a bare name only; a state's name is not; else "".
func (d *docState) placeFirst(rs, e int) string {
	k := rs + 1
	for k < e && d.toks[k].sets&sPlacePrep == 0 {
		if t := &d.toks[k]; t.kind != tWord || t.cap {
			return "" // "a study analyzing Link's speeches at …" is no placed description
		}
		k++
	}
	p := k + 1
	if p < e && isArticle(d.toks[p].low) {
		p++
	}
	if p < e && (months[d.toks[p].low] || d.toks[p].flags&fTime != 0) {
		return "" // "prosecutors in April": a time, not a place
	}
	n := p
	for n < e && d.toks[n].kind == tWord && d.toks[n].cap {
		n++
	}
	if n == p || e-n > 2 || d.toks[k].low == "of" && (p > k+1 || n < e) {
		return "" // "mediators of the Lake Orun talks" are of no place
	}
	if a := d.actorIn(p, n); a != "" && d.isState(a) && strings.EqualFold(d.join(p, n), a) {
		return "" // "farmers in Sylvania": a state's people by its demonym, not its name
	}
	for j := n; j < e; j++ {
		if t := &d.toks[j]; t.kind != tWord || t.cap || t.flags != 0 && !d.nounLike(j) {
			return ""
		}
	}
	var b strings.Builder
	b.WriteString(d.join(p, e))
	for j := rs; j < k; j++ {
		// plain nouns (placedDescription), capitalised only to open the
		// sentence
		b.WriteString(" " + d.toks[j].low)
	}
	return b.String()
}

// demonymOfState reports whether w is the demonym of a state the
// article names ("Carvonian" for Carvonia), as written or as English
// regularly forms it (stateAdjective).
func (d *docState) demonymOfState(w string) bool {
	for _, o := range d.open {
		if o.state && (strings.EqualFold(o.demonym, w) || strings.EqualFold(stateAdjective(o.name), w)) {
			return true
		}
	}
	return false
}

// tiedSource reads "people familiar with the agency's review", "sources
// close to the company" in [s, e): unnamed people described by their tie
// to a body, an adjective of relation (postModifiers) and a preposition
// after their plain noun. They are so described, on the side of the body
// they are tied to, not that body speaking.
func (d *docState) tiedSource(s, e int) (speaker, bool) {
	k := s
	if isArticle(d.toks[k].low) {
		k++
	}
	if k+3 > e || d.toks[k].kind != tWord || !tiedNouns[d.toks[k].low] || !postModifiers[d.toks[k+1].low] || !d.toks[k+2].is(fPrep) {
		return speaker{}, false
	}
	side := ""
	if a := d.actorIn(k+3, e); a != "" {
		side = d.government(a).side
	}
	sp := d.describe(s, s, e, side)
	sp.inst = false
	return sp, true
}

// tiedNouns name unnamed people a tie describes: "people close to …",
// "sources familiar with …".
var tiedNouns = map[string]bool{
	"people": true, "sources": true, "source": true, "person": true, "officials": true, "aides": true,
	"diplomats": true, "insiders": true, "executives": true, "someone": true,
}

// tiedBefore reports whether the preposition at k follows a tied
// source's noun and adjective ("people close to", "sources familiar
// with"), so that the phrase after it belongs to theirs (tiedSource).
func (d *docState) tiedBefore(k, lo int) bool {
	return k-2 >= lo && d.toks[k].is(fPrep) && postModifiers[d.toks[k-1].low] && tiedNouns[d.toks[k-2].low]
}

// spokesOf reports whether kind, the noun before a spokesman's ("a
// company spokesman", "a party spokeswoman"), fits the organisation
// org: any for a company or firm, one whose own name ends in a party's
// or a union's noun for those.
func (d *docState) spokesOf(kind, org string) bool {
	if !d.isOrg(org) {
		return false
	}
	if kind == "company" || kind == "firm" {
		return true
	}
	heads := partyHeads
	if kind == "union" {
		heads = unionHeads
	} else if kind != "party" {
		return false
	}
	for _, o := range d.open {
		if o.name == org {
			return heads[o.head]
		}
	}
	return false
}

// partyHeads and unionHeads end the names of parties and of unions.
var (
	partyHeads = map[string]bool{"party": true, "movement": true, "bloc": true, "front": true, "alliance": true, "coalition": true, "league": true}
	unionHeads = map[string]bool{"union": true, "federation": true, "guild": true, "association": true, "confederation": true}
)

// spokesNouns are the roles of a body's voice: "a spokesman said".
var spokesNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// layApposition reports whether the apposition [as, ae) after people
// who speak for themselves, named first at rs ("Residents of Tesk, on
// the Ostmark-held bank,", "Farmers in Velk, which lies below the
// dam,"), says where they or their place are: what it names is a
// place, and they stay described by theirs.
func (d *docState) layApposition(rs, as, ae int) bool {
	if !layPeopleF.has(layPeople, d.toks[rs].low) || ae-as < 2 {
		return false
	}
	t := &d.toks[as]
	return t.kind == tWord && !t.cap && (t.is(fPrep) || t.low == "which" || t.low == "where")
}

// placeApposition reports whether the apposition [as, ae) describes a
// place ("Residents of Tesk, the village closest to the mine,"): it is
// the place's, and the people before it stay described by the place.
func (d *docState) placeApposition(as, ae int) bool {
	if ae-as < 2 || !isArticle(d.toks[as].low) {
		return false
	}
	for k := as + 1; k < ae && k <= as+3; k++ {
		if t := &d.toks[k]; t.kind != tWord || t.cap && !d.stateAdjective(k) {
			// a state's adjective describes the place still ("the
			// last Ardeskan settlement below the pass", "a Velmoran
			// border town"): the place is in that state, and its
			// people speak for themselves
			return false
		}
		if placeNouns[d.toks[k].low] {
			return true
		}
	}
	return false
}

// stateAdjective reports whether token k is a one-word mention of a
// state by its adjective ("Ardeskan"), not a name of its own.
func (d *docState) stateAdjective(k int) bool {
	m := d.mentAt[k]
	if m < 0 {
		return false
	}
	mt := &d.ments[m]
	return mt.i == k && mt.j == k+1 && mt.demonym && d.isState(mt.actor)
}

// placeNouns are what news calls a place in apposition: "the village
// closest to the site", "a town on the border".
var placeNouns = map[string]bool{
	"village": true, "town": true, "city": true, "region": true, "district": true, "valley": true,
	"province": true, "port": true, "island": true, "suburb": true, "settlement": true, "hamlet": true,
}

// describePlaced is describe, with officials or other people in the
// plural whose head hd a place follows named place first ("Local
// officials in Tesk" are the Tesk local officials, placeFirst).
func (d *docState) describePlaced(s, rs, hd, e int, side string) speaker {
	sp := d.describe(s, rs, e, side)
	if hd < e-2 && hd >= rs && strings.HasSuffix(d.toks[hd].low, "s") && d.toks[hd+1].sets&sPlacePrep != 0 {
		if name := d.placeFirst(rs, e); name != "" {
			sp.name = name
		}
	}
	return sp
}

// rankWords qualify a person's role by rank, not by trade: "a senior
// diplomat", "a top official".
var rankWords = map[string]bool{"senior": true, "junior": true, "top": true, "high-ranking": true, "veteran": true}

// whereStationed reports whether [rs, e) is a singular role [rs, hd] its
// rank or a capitalised side qualifies ("senior", "Western", "U.N."),
// then "in" and a place's capitalised name to the end.
func (d *docState) whereStationed(rs, hd, e int) bool {
	if hd <= rs || hd+2 >= e+1 || d.toks[hd+1].low != "in" || strings.HasSuffix(d.toks[hd].low, "s") {
		return false
	}
	if h := &d.toks[hd]; h.kind != tWord || h.cap || !h.is(fRole) || h.is(fOrg|fGroup) {
		return false
	}
	for k := rs; k < hd; k++ {
		if t := &d.toks[k]; t.kind != tWord || !t.cap && !rankWords[t.low] {
			return false
		}
	}
	for k := hd + 2; k < e; k++ {
		if t := &d.toks[k]; t.kind != tWord || !t.cap || t.is(fDet|fPrep|fRole) {
			return false
		}
	}
	return hd+2 < e
}

// learnGender gives the person who opens the sentence [lo, hi) as its
// subject the gender of the first "he", "she", "his", "himself", "her"
// (before a noun) or "herself" that can only stand for them: the
// person's name, maybe after "But" and a title, then their verb, and up
// to the pronoun no other name, person's noun, role, quotation or clause
// break ("Anna Velk said her ministry …", "Velk closed his clinic",
// "Velk trained alone on Friday to rest her knee"), and, unless the
// pronoun is reflexive, neither the person the sentence before opened
// with nor its speaker could be meant. A name seldom
// tells its gender, and nearestPerson otherwise lets a later "he" take
// a woman the article has already called "her"; a gender nearestPerson
// only guessed from such a "he" is corrected. An object ("thanked
// her", "told him") names someone else, and ends the search.
func (d *docState) learnGender(lo, hi int) {
	p := d.sentPerson
	if p == nil || p.gender != 0 && !p.guessed {
		return // most sentences name nobody first, or someone known
	}
	k := lo
	if d.toks[k].is(fConj) {
		k++
	}
	k += d.nameStart(k, hi)
	if d.sentPersonAt != k {
		return
	}
	e := k
	for e < hi && d.isNameTok(e) {
		e++
	}
	// the subject's verb follows at once: no possessive ("Velk's
	// daughter"), no apposition, no second name
	if e == k || e >= hi || strings.HasSuffix(d.toks[e-1].low, "'s") {
		return
	}
	if t := &d.toks[e]; t.kind != tWord || t.cap || t.inQ || t.low[0] == '\'' || t.is(fPron|fDet|fPrep|fConj|fRel|fRole) {
		return
	}
	said := -1 // the reporting verb passed, if any
	for j := e; j < hi && j-e < 16; j++ {
		t := &d.toks[j]
		if t.inQ || t.kind != tWord && t.low != "," {
			return
		}
		if said >= 0 && j > said+1 && !(j == said+2 && d.toks[said+1].low == "that") {
			// what they said goes on about others ("Velk said the
			// scandal is only the latest in her career"): only its
			// first word, maybe after "that", is still theirs
			return
		}
		if t.is(fConj) && d.toks[j-1].low == "," {
			return // ", and he's got …": a clause of its own, maybe another's
		}
		if t.mayReport() && said < 0 {
			said = j
			continue
		}
		if t.cap && !t.is(fTime) || t.is(fRole|fGroup|fFirstPerson) {
			return // another name (a day's is none), an office, a quotation's voice
		}
		var g byte
		switch subjectPron(t) {
		case "he", "his", "himself":
			g = 'm'
		case "she", "herself":
			g = 'f'
		case "her":
			if j+1 >= hi || !d.herOwns(j+1) {
				return // "thanked her": someone else
			}
			g = 'f'
		case "him", "they", "them", "their":
			return
		default:
			if personNouns[t.low] || kinNouns[t.low] != 0 || personNouns[strings.TrimSuffix(t.low, "s")] {
				return // "met the widow and promised her …"
			}
			continue
		}
		for _, q := range d.persons {
			if strings.HasSuffix(t.low, "self") {
				break // "Kaine dug himself a hole": only the subject
			}
			if q != p && q.fits(g) && (q == d.prevSentPerson || d.hasLastHuman && d.lastHuman.person == q && d.lastHumanSent >= d.sentN-1) {
				// "Trump mocked her. Clinton cited it as an example of
				// his disrespect": the person the sentence before opened
				// with, or its speaker, may be meant; one named after
				// the pronoun in this sentence is not ("her lead over
				// Vask")
				return
			}
		}
		p.gender, p.guessed = g, false
		return
	}
}

// herOwns reports whether the word at k reads as the noun (or its
// modifier) a possessive "her" before it owns: "her ministry", "her own
// lead", not "her the report", "her for", "her to".
func (d *docState) herOwns(k int) bool {
	t := &d.toks[k]
	return t.kind == tWord && !t.inQ && !t.is(fDet|fPrep|fPron|fConj|fRel|fAux|fSubord|fNeg|fTime)
}

// familyNouns are the relatives a family's surname names in news ("the
// victim's widow", "Roen's son"): kinNouns without "man", "woman",
// "boy", "girl", which name no tie to anyone.
var familyNouns = map[string]bool{
	"father": true, "son": true, "husband": true, "brother": true, "grandfather": true,
	"mother": true, "daughter": true, "wife": true, "sister": true, "grandmother": true,
	"widow": true, "widower": true, "grandson": true, "granddaughter": true, "nephew": true, "niece": true,
	"uncle": true, "aunt": true, "cousin": true,
}

// surnameOwner returns the surname the possessive at k names when it is
// the last word of a person the article has named ("Pettigrew's" after
// "Alwin Pettigrew"), as written, or "". A state's, a body's or a
// firm's possessive ("Ostmark's daughter company") names no family.
func (d *docState) surnameOwner(k int) string {
	t := &d.toks[k]
	base, poss := possessiveBase(t.low)
	if !poss || !t.cap || t.kind != tWord || base == "" {
		return ""
	}
	for _, p := range d.persons {
		if p.place {
			continue
		}
		if f := strings.Fields(p.name); len(f) >= 2 && strings.ToLower(f[len(f)-1]) == base {
			return f[len(f)-1]
		}
	}
	return ""
}

// onePoliceBody returns the one organisation the article has named whose
// name ends in a police force's noun ("… Police", "… Constabulary"), not
// a state's own, or "" when it named none or several.
func (d *docState) onePoliceBody() string {
	one := ""
	for _, o := range d.open {
		if o.state || o.organ || o.owner != "" || !policeHeads[o.head] {
			continue
		}
		if one != "" {
			return ""
		}
		one = o.name
	}
	return one
}

// voiceOrgans are the offices through which a body speaks, whose words
// are the body's own: "its secretariat said".
var voiceOrgans = map[string]bool{"secretariat": true}

// unownedPublicBody returns the organisation named name when it is a
// public service's, agency's or authority's name that holds no state's
// and no owner yet ("Air Navigation Service", "Civil Aviation
// Authority"), else nil.
func (d *docState) unownedPublicBody(name string) *openActor {
	for _, o := range d.open {
		if o.name == name {
			if !o.state && o.owner == "" && publicBodyHeads[o.head] && !companyNouns[o.head] {
				return o
			}
			return nil
		}
	}
	return nil
}

// publicBodyHeads end the names of a state's public services.
var publicBodyHeads = map[string]bool{"service": true, "agency": true, "authority": true, "administration": true, "directorate": true}

// signatory reads the appositive [as, ae) of a statement's noun ending
// at e that says who signed it, "signed by" and a description: ok, and
// the person's name [p, q) when one follows after a comma ("the
// statement, signed by the group's political officer, Sabine Kerrow"),
// else p = q = -1.
func (d *docState) signatory(e, as, ae int) (p, q int, ok bool) {
	if as < 0 || ae-as < 3 || e < 1 || !statementNouns[d.toks[e-1].low] || d.toks[as].low != "signed" || d.toks[as+1].low != "by" {
		return -1, -1, false
	}
	if ae+1 >= len(d.toks) || d.toks[ae].low != "," {
		return -1, -1, true
	}
	q = ae + 1
	for q < len(d.toks) && q-ae <= 4 && d.isNameTok(q) {
		q++
	}
	if q-(ae+1) < 2 {
		return -1, -1, true // a person's full name: two words at least
	}
	return ae + 1, q, true
}

// commandBody reports whether the two words name an army's command as
// news calls it once the army is named: "general staff", "high command".
func commandBody(a, b string) bool {
	return a == "general" && b == "staff" || a == "high" && b == "command"
}

// prevSentState returns the state the sentence before, in this
// paragraph, opened with, by name or demonym ("Velmark's army …", "The
// Ostish military …"), or "".
func (d *docState) prevSentState() string {
	r := d.prevSentRange
	if r[2] != d.sentN-1 || r[3] != d.paraN || r[1] > len(d.toks) || r[1] > d.sentLo {
		return ""
	}
	k := r[0]
	if k < r[1] && d.toks[k].low == "the" {
		k++
	}
	if k >= r[1] || k >= len(d.mentAt) {
		return ""
	}
	if m := d.mentAt[k]; m >= 0 && d.ments[m].i == k && d.isState(d.ments[m].actor) {
		return d.ments[m].actor
	}
	return ""
}
