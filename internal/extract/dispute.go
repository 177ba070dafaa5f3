package extract

import (
	"slices"
	"strings"

	"github.com/contra-project/contra/graph"
)

// The dispute frame. A news story on a dispute sets two parties against
// each other in its headline and first paragraph ("Airline and airport
// blame each other for runway collision", "the club and the federation
// are accusing each other") and then quotes them, their officials and
// their short names through the body. Reading every sentence on its own
// loses the parties whenever a sentence names one by a form the actor
// rules do not know ("the company blamed the protest group Keep Marrow
// Wild", "it accused the federation of …"); read once per article, the
// frame names both parties with every form the article uses for them,
// and the body's claims take their sides from it.

// disputeFrame is an article's two opposing parties and the forms it
// calls each by, as written ("Brenmoor Freight", "Brenmoor", "BF").
type disputeFrame struct {
	party [2]string
	names [2][]string
}

// disputeCues in a headline or first paragraph show that it reports a
// dispute between parties rather than an event alone.
var disputeCues = []string{"accus", "blam", "each other", "trade", "denie", "deny", "reject", "dispute", "feud", "fault", "both sides", "the other"}

// hasDisputeCue reports whether text s holds a dispute cue, in lower
// case or capitalised.
func hasDisputeCue(s string) bool {
	for _, c := range disputeCues {
		if containsFold1(s, c) >= 0 {
			return true
		}
	}
	return false
}

// containsFold1 returns where s holds the lower-case cue c, as written
// or with its first letter capitalised, or -1; it allocates nothing,
// where lowering s would copy it.
func containsFold1(s, c string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], c[1:])
		if j < 0 {
			return -1
		}
		j += i
		if j > 0 && (s[j-1]|0x20) == c[0] {
			return j - 1
		}
		i = j + 1
	}
}

// hasLowerWord reports whether s holds the capitalised word w in lower
// case, as a whole word ("campaigners" for "Campaigners"), without
// lowering a copy of w.
func hasLowerWord(s, w string) bool {
	if w == "" {
		return false
	}
	if len(w) <= 32 {
		// the lowered word whole, in a buffer on the stack: its first
		// letter ("v" of "velland") is rarer than the second's ("e"),
		// which the search of w[1:] stopped at everywhere
		var buf [32]byte
		low := buf[:copy(buf[:], w)]
		low[0] |= 0x20
		return hasWords(s, string(low))
	}
	return hasLowerWordTail(s, w)
}

// hasLowerWordTail is hasLowerWord by a search of w[1:], each hit checked
// for the lowered first letter before it and word boundaries around:
// the way for a word too long for hasLowerWord's buffer, and the
// reference its test holds the buffered search to. w has two bytes or
// more (of one, the search of "" runs off the text's end).
func hasLowerWordTail(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w[1:])
		if j < 0 {
			return false
		}
		j += i
		if e := j + len(w) - 1; j > 0 && s[j-1] == w[0]|0x20 && (j == 1 || !isASCIILetter(s[j-2])) && (e == len(s) || !isASCIILetter(s[e])) {
			return true
		}
		i = j + 1
	}
}

// disputeScratch holds the frame's buffers, reused from one article to
// the next (docState.release keeps them): the frame is read for most
// articles, and its slices were a tenth of an article's allocations.
type disputeScratch struct {
	blames      []int
	cands       []partyCandidate
	names, seen []string
	forms       []string // every candidate's forms, each a window of it
	whos        []int    // where the text has ", who " (partyNames)
}

// reset empties s for the next article, keeping its arrays but no
// string of the last.
func (s *disputeScratch) reset() disputeScratch {
	clear(s.cands)
	clear(s.names)
	clear(s.seen)
	clear(s.forms)
	return disputeScratch{blames: s.blames[:0], cands: s.cands[:0], names: s.names[:0], seen: s.seen[:0], forms: s.forms[:0], whos: s.whos[:0]}
}

// partyCandidate is an actor the frame may take as a party, with its
// forms and how prominently the article names it.
type partyCandidate struct {
	name  string
	forms []string
	score int  // mentions, the headline's and the lead's weighted
	lead  bool // named in the headline or the first paragraph
}

// lead returns the view's first paragraph, or the whole view when it
// has no paragraph's end before its own.
func (d *docState) lead() string {
	if d.leadEnd > 0 && d.leadEnd < len(d.str) {
		return d.str[:d.leadEnd]
	}
	return d.str
}

// frame returns the article's dispute frame, or false when its headline
// and first paragraph report no dispute or it names no two parties: the
// two actors the headline, then the first paragraph, then the body
// names most, counting each claim of blame or denial they make or
// receive; the first named at least twice. The dateline's state and
// the outlet are no parties.
func (d *docState) frame() (disputeFrame, bool) {
	lead := d.lead()
	if !hasDisputeCue(d.headline) && !hasDisputeCue(lead) {
		return disputeFrame{}, false
	}
	d.disp.whos = d.disp.whos[:0]
	d.appos = appositions(d.appos[:0], d.str, d.capSpaces, &d.disp.whos)
	// where each assertion blames, read once for all candidates
	blames := d.disp.blames[:0]
	for i := range d.claims {
		b := -1
		if d.claims[i].c.Kind == graph.KindAssertion {
			b = d.claims[i].blame()
		}
		blames = append(blames, b)
	}
	d.disp.blames = blames
	cands := d.disp.cands[:0]
	defer func() { d.disp.cands = cands }()
	for _, name := range d.partyNames() {
		c := partyCandidate{name: name, forms: d.partyForms(name)}
		for k, f := range c.forms {
			l, all := countWordsSplit(d.str, f, len(lead))
			h := countWords(d.headline, f)
			if k == 0 && name == d.home && l > 0 {
				// the dateline's state ("MIRSK, Qarvenia, June 12") is
				// where the story happens, not a party
				l, all = l-1, all-1
			}
			c.score += 3*h + l + all
			c.lead = c.lead || h+l > 0
		}
		// a party speaks and is accused: the victim the story names
		// often, an outlet, a witness do neither
		for i := range d.claims {
			p := &d.claims[i]
			if k := p.c.Kind; k != graph.KindAccusation && k != graph.KindDenial && k != graph.KindAssertion {
				continue
			}
			if p.c.Kind == graph.KindAssertion {
				// "the company blamed the residents' group Save Ashby
				// Vale": the party blamed, in a claim no rule read as an
				// accusation
				if b := blames[i]; b >= 0 && formAfter(p.c.Text, b, c.forms) {
					c.score += 2
				}
				continue
			}
			if slices.Contains(c.forms, p.c.Side) || slices.Contains(c.forms, p.c.Subject) || p.c.Side == "" && !p.person && hasForm(c.forms, p.c.Speaker) {
				c.score += 2
			}
		}
		if c.score > 0 {
			cands = append(cands, c)
		}
	}
	inHead := func(c partyCandidate) bool {
		for _, f := range c.forms {
			if !strings.HasPrefix(f, "the ") && countWords(d.headline, f) > 0 {
				return true
			}
		}
		return false
	}
	// the headline's and then the lead's parties before any the body
	// names more; with none there ("the two militias blamed each
	// other"), the body's two most named
	rank := func(c partyCandidate) int {
		r := c.score
		if c.lead {
			r += 1 << 16
		}
		if inHead(c) {
			r += 1 << 20
		}
		return r
	}
	first := -1
	for i, c := range cands {
		if first < 0 || rank(c) > rank(cands[first]) {
			first = i
		}
	}
	if first < 0 || cands[first].score < 2 {
		return disputeFrame{}, false
	}
	second := -1
	for i, c := range cands {
		if i == first || c.name == cands[first].name || sharesForm(c.forms, cands[first].forms) && !d.leadNamed(distinctForms(c.forms, cands[first].forms), lead) {
			// one body and another of its state or its town ("Dorvik
			// Athletics Federation", "Dorvik Anti-Doping Agency") are
			// no two parties unless the lead sets them apart ("the
			// club and the police")
			continue
		}
		if second < 0 || rank(c) > rank(cands[second]) {
			second = i
		}
	}
	if second < 0 || cands[second].score < 1 {
		return disputeFrame{}, false
	}
	a, b := cands[first], cands[second]
	fr := disputeFrame{party: [2]string{a.name, b.name}, names: [2][]string{distinctForms(a.forms, b.forms), distinctForms(b.forms, a.forms)}}
	return fr, true
}

// distinctForms returns the forms of a that b does not share: "the
// company" names neither of two companies.
func distinctForms(a, b []string) []string {
	out := make([]string, 0, len(a))
	for _, f := range a {
		if !slices.Contains(b, f) {
			out = append(out, f)
		}
	}
	return out
}

// sharesForm reports whether two candidates share a form other than a
// "the" noun: a short name, a demonym.
func sharesForm(a, b []string) bool {
	for _, f := range a {
		if !strings.HasPrefix(f, "the ") && slices.Contains(b, f) {
			return true
		}
	}
	return false
}

// leadNamed reports whether the headline or lead names one of forms.
func (d *docState) leadNamed(forms []string, lead string) bool {
	for _, f := range forms {
		if countWords(d.headline, f) > 0 || countWords(lead, f) > 0 {
			return true
		}
	}
	return false
}

// partyNames returns the actors an article's claims name as speakers,
// sides or accused, and the organisations and states it names: the
// candidates for its two parties. A speaker that is a named person, a
// description ("officials") or a placeholder is none.
func (d *docState) partyNames() []string {
	out, seen := d.disp.names[:0], d.disp.seen[:0]
	defer func() { d.disp.names, d.disp.seen = out, seen }()
	// the few ", who " of the text, which appositions noted in its pass
	// over the commas: looking for each name followed by it visited
	// every mention of every name
	whos := d.disp.whos
	add := func(s string, lookup bool) {
		s = strings.TrimPrefix(s, "The ")
		if s == "" || s[0] == 0 || !isUpperASCII(s[0]) || slices.Contains(seen, s) {
			return
		}
		seen = append(seen, s) // a speaker of many claims is looked up once
		if lookup {
			if a, ok := d.tax.Actor(s); ok {
				s = a // "Kremlin" is Russia
			}
		}
		if slices.Contains(out, s) || s == d.outlet {
			return
		}
		if !strings.HasSuffix(s, "s") && endsBefore(d.str, s, whos) {
			return // "said Amira Sen, who runs a shop"; not "the Kerem Brigades, who"
		}
		if lookup && !strings.Contains(s, " ") && hasLowerWord(d.str, s) {
			// "Campaigners" opening a sentence is the common noun
			return
		}
		out = append(out, s)
	}
	for _, o := range d.open {
		add(o.name, false)
	}
	for _, a := range d.appos {
		add(a.name, false)
	}
	for i := range d.actors {
		add(d.actors[i].name, false) // canonical already
	}
	for i := range d.claims {
		p := &d.claims[i]
		if !p.person && (p.c.Side == "" || p.c.Side == p.c.Speaker) && !description(p.c.Speaker) {
			add(p.c.Speaker, true)
		}
		add(p.c.Side, false)
		add(p.c.Subject, false)
	}
	// one group, one party: "the Hollow Reed" (its spokesman's
	// possessive) is the Hollow Reed Movement named without its noun;
	// a state of one word is no short form of its army ("Velland
	// Army")
	n := 0
	for _, s := range out {
		if !strings.Contains(s, " ") || d.isState(s) || headless(out, s) == "" {
			out[n] = s
			n++
		}
	}
	out = out[:n]
	// deterministic whatever the map's order
	sortStrings(out)
	return out
}

// headless returns the name among names that is s with an
// organisation's noun after it ("Hollow Reed Movement" for "Hollow
// Reed"), or "".
func headless(names []string, s string) string {
	for _, l := range names {
		if len(l) > len(s)+1 && l[len(s)] == ' ' && strings.HasPrefix(l, s) {
			if h := l[len(s)+1:]; !strings.Contains(h, " ") && orgHeads[strings.ToLower(h)] {
				return l
			}
		}
	}
	return ""
}

// endsBefore reports whether s holds name directly before one of the
// offsets at: strings.Contains(s, name+tail) for the offsets of tail.
func endsBefore(s, name string, at []int) bool {
	for _, i := range at {
		if i >= len(name) && s[i-len(name):i] == name {
			return true
		}
	}
	return false
}

// description reports whether a speaker's name is a description
// capitalised as a sentence's first words ("Human rights groups",
// "Officials at the ministry"), not a name.
func description(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !isUpperASCII(w[0]) && w != "of" && w != "for" && w != "and" && w != "the" {
			return true
		}
	}
	return false
}

// genericFirst are first words of names that stand for no one body on
// their own: "National" is no short form of "National Ferry Board".
var genericFirst = map[string]bool{
	"The": true, "National": true, "State": true, "United": true, "Royal": true, "Federal": true,
	"Central": true, "Northern": true, "Southern": true, "Eastern": true, "Western": true, "New": true,
	"Air": true, "International": true, "People's": true, "Free": true, "First": true, "General": true,
	"Keep": true, "Save": true, "Friends": true,
}

// partyForms returns the forms the article calls actor name by: the
// name, its distinctive first word ("Brenmoor" for "Brenmoor Freight"),
// its acronym and, for a state, its demonym.
func (d *docState) partyForms(name string) []string {
	start := len(d.disp.forms)
	forms := append(d.disp.forms, name)
	defer func() { d.disp.forms = forms }()
	if w, _, ok := strings.Cut(name, " "); ok && len(w) >= 4 && isUpperASCII(w[0]) && !genericFirst[w] && d.shortForm(w, name) {
		forms = append(forms, w)
	}
	for acr, full := range d.acronyms {
		if full == name {
			forms = append(forms, strings.ToUpper(acr))
		}
	}
	for _, o := range d.open {
		switch {
		case o.name != name:
		case o.state && o.demonym != "":
			forms = append(forms, o.demonym)
		case !o.state && bodyNouns[o.head]:
			forms = append(forms, "the "+o.head)
		}
	}
	for _, a := range d.appos {
		if a.name == name && a.noun != "" && !slices.Contains(forms, "the "+a.noun) {
			forms = append(forms, "the "+a.noun)
		}
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 && orgHeads[strings.ToLower(name[i+1:])] && strings.Contains(name[:i], " ") && hasWords(d.str, name[:i]) {
		// "the Hollow Reed" for the Hollow Reed Movement: a name of two
		// words or more, its noun left out
		forms = append(forms, name[:i])
	}
	if strings.Contains(name, " ") {
		// the words of its name as nouns: "the airport" for "Lunmoor
		// Airport Company"
		_, rest, _ := strings.Cut(name, " ")
		for w := range strings.FieldsSeq(rest) {
			if !isUpperASCII(w[0]) && !orgHeads[w] && !stateNouns[w] {
				continue // "provincial" of "Harn provincial government"
			}
			if f := "the " + strings.ToLower(w); hasWords(d.str, f) && !slices.Contains(forms, f) {
				forms = append(forms, f)
			}
		}
	}
	sortStrings(forms[start+1:])
	return forms[start:len(forms):len(forms)]
}

// shortForm reports whether w, the first word of name, can stand for
// it alone: no common word ("Open" of "Open Hands Relief", as "open"
// is written too), and written alone or in the name more often than in
// other names ("Tollbrae" of "Tollbrae District Police" in an article
// on "Tollbrae Forest", "the Tollbrae Courier" and "Keep Tollbrae
// Standing").
func (d *docState) shortForm(w, name string) bool {
	if hasLowerWord(d.str, w) || d.isState(w) {
		return false // "Velsland" of "Velsland Football Federation" is the state
	}

	own, other := 0, 0
	s := d.str
	_, words, _ := strings.Cut(name, " ")
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return own > other
		}
		j += i
		i = j + len(w)
		if j > 0 && isASCIILetter(s[j-1]) || i < len(s) && isASCIILetter(s[i]) {
			continue
		}
		if k := lastWordStart(s[:max(j-1, 0)]); j > 1 && s[j-1] == ' ' && isUpperASCII(s[k]) {
			if !sentenceStartBefore(s[:j-1]) || d.personIdx[s[k:j]+w] != nil {
				other++ // "Keep Tollbrae Standing", "Anna Brenmark" beside "Brenmark Construction"
				continue
			}
		}
		if i+1 < len(s) && s[i] == ' ' {
			if next := capRunWord(s[i+1:]); next != "" && isUpperASCII(next[0]) {
				if !strings.HasPrefix(s[j:], name) && countWords(words, next) == 0 {
					other++ // "Tollbrae Forest"
				}
				continue // the name, or a name it begins ("Ashby Vale" of "Ashby Vale Police")
			}
		}
		own++ // alone: "Hallmoor said", "at Lunmoor airport"
	}
}

// lastWordStart returns where the last word of s starts.
func lastWordStart(s string) int {
	k := len(s)
	for k > 0 && s[k-1] != ' ' && s[k-1] != '\n' {
		k--
	}
	if k == len(s) {
		return k - 1
	}
	return k
}

// sentenceStartBefore reports whether the word s ends with opens a
// sentence or a paragraph, where any word is capitalised.
func sentenceStartBefore(s string) bool {
	k := lastWordStart(s)
	if k <= 0 {
		return true
	}
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	return k == 0 || strings.IndexByte(".!?\n\"", s[k-1]) >= 0
}

// capRunWord returns the word s starts with.
func capRunWord(s string) string {
	e := 0
	for e < len(s) && (isASCIILetter(s[e]) || s[e] == '\'') {
		e++
	}
	return s[:e]
}

// sortStrings sorts s in place (insertion sort: the lists are short).
func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// countWordsSplit counts the occurrences of phrase in s as whole words,
// and of them those that start before at.
func countWordsSplit(s, phrase string, at int) (before, all int) {
	for j := wordAt(s, phrase, 0); j >= 0; j = wordAt(s, phrase, j+len(phrase)) {
		all++
		if j < at {
			before++
		}
	}
	return before, all
}

// wordAt returns the first offset at or after from where s holds phrase
// as whole words, no letter right before or after it, or -1: every
// occurrence is tried, so "the firefighters" before "the fire" does not
// hide it.
func wordAt(s, phrase string, from int) int {
	if phrase == "" || byteRank[phrase[0]] < 20 {
		return wordAtIndex(s, phrase, from) // a name's capital is rare already
	}
	// the occurrences of the phrase's rarest byte in prose, each
	// tried: strings.Index stops at every occurrence of its first
	// byte, and "the company" or "the army" (a party's forms, counted
	// and looked for in the whole text by the frame) start with the
	// commonest
	r := rarestByte(phrase)
	for i := from; i+len(phrase) <= len(s); {
		k := strings.IndexByte(s[i+r:], phrase[r])
		if k < 0 {
			return -1
		}
		j := i + k
		if j+len(phrase) > len(s) {
			return -1
		}
		if s[j:j+len(phrase)] != phrase {
			i = j + 1
			continue
		}
		if e := j + len(phrase); (j == 0 || !isASCIILetter(s[j-1])) && (e == len(s) || !isASCIILetter(s[e])) {
			return j
		}
		i = j + 1
	}
	return -1
}

// rarestByte returns the offset in w of its byte rarest in English
// prose (byteRank), the first of the rarest.
func rarestByte(w string) int {
	r := 0
	for i := 1; i < len(w); i++ {
		if byteRank[w[i]] < byteRank[w[r]] {
			r = i
		}
	}
	return r
}

// byteRank orders bytes by how often English prose holds them: the
// lower-case letters by their frequency, the space and the commonest
// letters last; capitals, digits and the rest of ASCII are rarer than
// any lower-case letter but the rarest few.
var byteRank = func() (t [256]uint8) {
	for c := range t {
		t[c] = 10
	}
	for k, c := range []byte("zqxjkvbpygfwmucldrhsnioate ") {
		t[c] = uint8(20 + k)
	}
	return t
}()

// wordAtIndex is wordAt by strings.Index: for the empty phrase, and for
// one whose first byte is rare in prose (a capital, a digit), at which
// alone strings.Index stops.
func wordAtIndex(s, phrase string, from int) int {
	for i := from; i <= len(s); {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return -1
		}
		j += i
		if e := j + len(phrase); (j == 0 || !isASCIILetter(s[j-1])) && (e == len(s) || !isASCIILetter(s[e])) {
			return j
		}
		i = j + 1
	}
	return -1
}

// countWords counts the occurrences of phrase in s as whole words.
func countWords(s, phrase string) int {
	_, n := countWordsSplit(s, phrase, 0)
	return n
}

// bodyNouns are the nouns an article describes an organisation by,
// beside its name ("the medical charity Wrenmoor Aid", "her club,
// Selby Rovers,") and then calls it by ("the charity").
var bodyNouns = func() map[string]bool {
	m := map[string]bool{"charity": true, "campaign": true, "firm": true, "airline": true, "operator": true,
		"insurer": true, "lender": true, "carrier": true, "miner": true, "producer": true, "manufacturer": true}
	for w := range orgHeads {
		m[w] = true
	}
	for w := range companyNouns {
		m[w] = true
	}
	for _, w := range [...]string{"government", "ministry", "police", "army", "navy", "court", "command", "staff", "service", "units", "forces", "force", "guard"} {
		delete(m, w) // a state's organs speak for the state, which the frame names
	}
	return m
}()

// apposition is an organisation the article describes by a noun beside
// its name.
type apposition struct {
	name, noun string
}

// bodyNounsF turns away most words before a capitalised one ("said",
// "in") without a map lookup.
var bodyNounsF = newWordFilter(bodyNouns)

// maybeBodyNoun reports whether w is one of bodyNouns.
func maybeBodyNoun(w string) bool { return bodyNounsF.has(bodyNouns, w) }

// appositions appends to out the organisations s describes by a body
// noun beside their names: "the protest group Keep Marrow Wild", "her
// club, Selby Rovers,", "Wrenmoor Aid, the medical charity that …". out
// is the last article's slice, emptied, so the frame allocates none.
// It appends to whos where s has ", who " (partyNames), as it visits
// every comma.
func appositions(out []apposition, s string, caps []int, whos *[]int) []apposition {
	add := func(name, noun string) {
		for i := range out {
			if out[i].name == name {
				if out[i].noun == "" {
					out[i].noun = noun
				}
				return
			}
		}
		out = append(out, apposition{name, noun})
	}
	// The spaces each shape can start at, in the text's order (a name's
	// first noun decides which), found by shape: the capitals as noted,
	// the fixed words by strings.Index. A pass over every space cost a
	// frame article as much as its tokenizing.
	n := len(s)
	// the capitals after a space and a lower-case word or a comma,
	// which scanDemonyms noted in order
	ci := 0
	nextCap := func() int {
		if ci < len(caps) {
			ci++
			return caps[ci-1]
		}
		return n
	}
	// nextSpokes returns the space of the next " spokes" at or after
	// from, or n; it is found by its "k", rarer in prose than a space.
	nextSpokes := func(from int) int {
		if k := indexByRare(s[from:], " spokes", 4); k >= 0 {
			return from + k
		}
		return n
	}
	// nextComma returns the space after the comma of the next ", which "
	// or ", the " whose space is at or after from, or n, and whether it
	// is ", which ": one pass over the commas for both.
	nextComma := func(from int) (int, bool) {
		for i := from - 1; i < n; i++ {
			k := strings.IndexByte(s[i:], ',')
			if k < 0 {
				return n, false
			}
			i += k
			if r := s[i+1:]; strings.HasPrefix(r, " which ") {
				return i + 1, true
			} else if strings.HasPrefix(r, " the ") {
				return i + 1, false
			} else if strings.HasPrefix(r, " who ") {
				*whos = append(*whos, i)
			}
		}
		return n, false
	}
	nc, ns := nextCap(), nextSpokes(1)
	nw, isWhich := nextComma(1)
	for {
		j := min(nc, ns, nw)
		if j >= n {
			break
		}
		next := s[j+1:]
		switch j {
		case nc:
			nc = nextCap()
			// a name's first word, the noun before it: "the protest
			// group Keep Marrow Wild", "her club, Selby Rovers"
			e := j // the noun's end, before a comma
			if s[e-1] == ',' {
				e--
			}
			i := e
			for i > 0 && isASCIILetter(s[i-1]) {
				i--
			}
			if !maybeBodyNoun(s[i:e]) {
				continue
			}
			w := s[i:e]
			if name := capRun(next); name != "" && (e < j || precededByThe(s[:i])) {
				add(name, w)
			}
		case ns:
			ns = nextSpokes(j + 1)
			// "Amber Hawks spokesman Idris Falk", "Selk Rail's
			// spokeswoman": a body speaks through a spokesperson
			if name := capRunBefore(strings.TrimSuffix(s[:j], "'s")); name != "" {
				add(name, "")
			}
		case nw:
			which := isWhich
			nw, isWhich = nextComma(j + 1)
			if which {
				// "Hallmoor Timber, which holds the licence": no person
				if name := capRunBefore(s[:j-1]); name != "" {
					add(name, "")
				}
				continue
			}
			// "Wrenmoor Aid, the medical charity that …": the noun
			// within three words
			name := capRunBefore(s[:j-1])
			if name == "" {
				continue
			}
			rest := next[4:]
			for w3 := 0; w3 < 3; w3++ {
				e := strings.IndexAny(rest, " ,.")
				if e < 0 {
					break
				}
				if w := rest[:e]; maybeBodyNoun(w) {
					add(name, w)
					break
				} else if w == "" || isUpperASCII(w[0]) {
					break
				}
				if rest[e] != ' ' {
					break
				}
				rest = rest[e+1:]
			}
		}
	}
	return out
}

// indexByRare is strings.Index(s, pat), found by the occurrences of
// pat's byte r: strings.Index compares pat at every byte once its first
// byte (a space, a comma) fails often, where a byte rarer in prose
// ("k" of " spokes") is skipped to a word at a time.
func indexByRare(s, pat string, r int) int {
	for i := r; i < len(s); {
		k := strings.IndexByte(s[i:], pat[r])
		if k < 0 {
			return -1
		}
		i += k
		if strings.HasPrefix(s[i-r:], pat) {
			return i - r
		}
		i++
	}
	return -1
}

// precededByThe reports whether s ends with "the " and up to two lower
// case words: "the protest ", "the ".
func precededByThe(s string) bool {
	for n := 0; n < 3; n++ {
		s = strings.TrimRight(s, " ")
		k := strings.LastIndexByte(s, ' ')
		w := s[k+1:]
		if w == "the" || w == "The" {
			return true
		}
		if w == "" || !isASCIILetter(w[0]) || isUpperASCII(w[0]) || k < 0 {
			return false
		}
		s = s[:k+1]
	}
	return false
}

// capRun returns the run of two or more capitalised words s starts
// with, "of" allowed inside it ("Council of Elders"), or "".
func capRun(s string) string {
	end, n := 0, 0
	for i := 0; i < len(s); {
		e := i
		for e < len(s) && (isASCIILetter(s[e]) || s[e] == '\'' || s[e] == '-') {
			e++
		}
		w := s[i:e]
		switch {
		case w != "" && isUpperASCII(w[0]):
			end, n = e, n+1
		case w == "of" && n > 0:
		default:
			if n < 2 {
				return ""
			}
			return strings.TrimSuffix(s[:end], "'s")
		}
		if e >= len(s) || s[e] != ' ' {
			break
		}
		i = e + 1
	}
	if n < 2 {
		return ""
	}
	return strings.TrimSuffix(s[:end], "'s")
}

// capRunBefore returns the run of two or more capitalised words s ends
// with, or "".
func capRunBefore(s string) string {
	start, n := len(s), 0
	for i := len(s); i > 0; {
		b := i
		for b > 0 && (isASCIILetter(s[b-1]) || s[b-1] == '-') {
			b--
		}
		w := s[b:i]
		if w == "" || !isUpperASCII(w[0]) {
			break
		}
		start, n = b, n+1
		if b == 0 || s[b-1] != ' ' {
			break
		}
		i = b - 1
	}
	if n < 2 {
		return ""
	}
	return s[start:]
}

// needsFrame reports whether the article holds a claim the dispute
// frame can change: an accusation of a body by itself, a reciprocal
// accusation, or a claim that blames and is no accusation yet. Most
// articles hold none, and are spared the frame's reading. It stops at
// the first such claim, and looks for a blame cue only in a claim
// whose speaker is a body or has a side: a person's claim without one
// cannot need the frame.
func (d *docState) needsFrame() bool {
	for i := range d.claims {
		c := &d.claims[i].c
		switch c.Kind {
		case graph.KindAccusation:
			if c.Side != "" && c.Side == c.Subject || stateOfficial(&d.claims[i]) {
				return true
			}
			if p := &d.claims[max(i-1, 0)].c; i > 0 && d.claims[i-1].ev == d.claims[i].ev && p.Side == c.Subject &&
				countWords(c.Text, c.Side) == 0 && countWords(c.Text, c.Subject) == 0 {
				return true // a reciprocal accusation naming neither party
			}
		case graph.KindAssertion:
			if c.Side != "" || !d.claims[i].person {
				if b := d.claims[i].blame(); b >= 0 && hasCharge(c.Text[b:]) {
					return true // a body's blame no rule read as an accusation
				}
			}
			if eachOther(&d.claims[i]) {
				return true
			}
		}
	}
	return false
}

// stateOfficeWords are the words of a title only a state's officials
// hold: "Foreign Minister", "President", "Prime Minister".
var stateOfficeWords = []string{"minister", "president", "premier", "chancellor", "ambassador", "envoy"}

// stateOfficial reports whether p is an accusation by a named person
// with no side, or with the side it accuses, whose title is a state's
// office (not a former one, nor the opposition's).
func stateOfficial(p *pending) bool {
	c := &p.c
	if c.Kind != graph.KindAccusation || !p.person || c.Side != "" && c.Side != c.Subject || c.Role == "" || c.Subject == "" {
		return false
	}
	if containsFold1(c.Role, "former") >= 0 || containsFold1(c.Role, "opposition") >= 0 || containsFold1(c.Role, "shadow") >= 0 {
		return false
	}
	for _, w := range stateOfficeWords {
		if containsFold1(c.Role, w) >= 0 {
			return true
		}
	}
	return bodyOfficial(c.Role)
}

// bodyOfficeWords are the words of a title held in a company, a union
// or a party: "Regional organiser", "chief executive", "spokeswoman".
var bodyOfficeWords = []string{"organiser", "organizer", "spokes", "executive", "secretary", "chair", "director", "manager", "leader"}

// bodyOfficial reports whether role is an office in a body (not a
// state's): in a story of two bodies, one of the two.
func bodyOfficial(role string) bool {
	for _, w := range bodyOfficeWords {
		if containsFold1(role, w) >= 0 {
			return true
		}
	}
	return false
}

// frameSeen, when set (by tests), is told each article's frame.
var frameSeen func(disputeFrame, bool)

// Claims read against the frame.

// blameCues in a claim's sentence show it blames someone: "accused",
// "blames", "blaming".
var blameCues = []string{"accus", "blam"}

// hasForm reports whether forms hold name, or its "the" form when it
// is a bare noun ("group" for "the group").
func hasForm(forms []string, name string) bool {
	if name == "" {
		return false
	}
	noun := !isUpperASCII(name[0]) && !strings.HasPrefix(name, "the ")
	for _, f := range forms {
		if f == name || noun && len(f) == len(name)+4 && strings.HasPrefix(f, "the ") && strings.EqualFold(f[4:], name) {
			return true
		}
	}
	return false
}

// formParty returns which party of fr the actor or form name is (0 or
// 1), or -1. A bare noun speaker ("company") is its "the" form.
func (fr *disputeFrame) formParty(name string) int {
	if name == "" {
		return -1
	}
	for k := range 2 {
		if fr.party[k] == name || hasForm(fr.names[k], name) {
			return k
		}
	}
	return -1
}

// formAfter reports whether s names one of forms after i.
func formAfter(s string, i int, forms []string) bool {
	for _, f := range forms {
		if countWords(s[i:], f) > 0 {
			return true
		}
	}
	return false
}

// hasCharge reports whether s, from a blame cue on, names a charge the
// way blamesParty reads one.
func hasCharge(s string) bool {
	return strings.Contains(s, " of ") || strings.Contains(s, " for ") || strings.Contains(s, " on ")
}

// blamesParty reports whether s, blaming from b, blames one of forms
// for something: "accused the federation of …", "blamed the group Keep
// Marrow Wild for …", "blamed the crush on the club"; not "accused its
// supplier Vesto Chemicals on Tuesday", which names no charge.
func blamesParty(s string, b int, forms []string) bool {
	for _, f := range forms {
		i := b + strings.Index(s[b:], f)
		if i < b {
			continue
		}
		if (i > 0 && isASCIILetter(s[i-1])) || i+len(f) < len(s) && isASCIILetter(s[i+len(f)]) {
			continue
		}
		rest := s[i+len(f):]
		if r, ok := strings.CutPrefix(rest, "'s "); ok {
			// "blames the airport's ground control for …": the body
			// whose part it blames
			if k := strings.IndexByte(r, ' '); k > 0 {
				rest = r[k:]
				if k2 := strings.IndexByte(rest[1:], ' '); k2 > 0 && !strings.HasPrefix(rest, " of ") && !strings.HasPrefix(rest, " for ") {
					rest = rest[k2+1:] // a two-word part: "ground control"
				}
			}
		}
		if strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, " for ") || strings.Contains(s[b:i], " on ") {
			return true
		}
	}
	return false
}

// blameAt returns where in s a blame cue starts, or -1.
func blameAt(s string) int {
	for _, c := range blameCues {
		if i := containsFold1(s, c); i >= 0 {
			return i
		}
	}
	return -1
}

// blame returns blameAt(p.c.Text), looked for once: the claim's text
// is final once the sentences are read, where the frame is.
func (p *pending) blame() int {
	if p.blameAt == 0 {
		p.blameAt = int32(blameAt(p.c.Text)) + 2
	}
	return int(p.blameAt) - 2
}

// readAgainstFrame gives the claims of blame between the frame's two
// parties their sides from it: an accusation whose accuser is read as
// the party it accuses ("it accused the federation", the pronoun taken
// for the nearest body) is the other party's; a party's claim that
// blames a form of the other party the actor rules do not know ("the
// company blamed the protest group Keep Marrow Wild") accuses that
// party; an accused named by a form is the party. A speaker that is
// neither party keeps what it has.
func (d *docState) readAgainstFrame(fr *disputeFrame) {
	d.reciprocalToFrame(fr)
	d.eachSaysOther(fr)
	for i := range d.claims {
		p := &d.claims[i]
		c := &p.c
		if c.Side != "" && c.Side[0] == 0 || c.Subject != "" && c.Subject[0] == 0 {
			continue // a placeholder fillPairs fills
		}
		acc := fr.formParty(c.Side)
		if acc < 0 && c.Side == "" && !p.person {
			acc = fr.formParty(c.Speaker)
		}
		if (acc < 0 || c.Side == c.Subject) && stateOfficial(p) {
			// "Foreign Minister Sigrun Hallesby accused Vantrell of …"
			// in a story of two states that names no state for her, or
			// that gave her the dateline's state she accuses: a
			// state's minister accusing one of the two speaks for the
			// other
			if subj := fr.formParty(c.Subject); subj >= 0 && (d.isState(fr.party[0]) && d.isState(fr.party[1]) || bodyOfficial(c.Role) && !d.isState(fr.party[0]) && !d.isState(fr.party[1])) {
				acc = 1 - subj
				c.Side = fr.party[acc]
				p.framed = true
			}
		}
		if acc < 0 {
			continue
		}
		switch c.Kind {
		case graph.KindAccusation:
			subj := fr.formParty(c.Subject)
			switch {
			case subj < 0:
			case subj == acc && !p.person:
				// a body accusing itself is the other party read as it
				spk := d.government(fr.party[1-acc])
				c.Speaker, c.Side, c.Subject = spk.name, spk.side, fr.party[acc]
				p.framed = true
			default:
				c.Side, c.Subject = fr.party[acc], fr.party[subj]
			}
		case graph.KindAssertion:
			if c.Subject != "" && fr.formParty(c.Subject) < 0 {
				continue // it names a third actor
			}
			b := p.blame()
			switch {
			case b < 0:
			case blamesParty(c.Text, b, fr.names[1-acc]):
				c.Kind, c.Side, c.Subject = graph.KindAccusation, fr.party[acc], fr.party[1-acc]
				p.framed = true
			case !p.person && c.Side == c.Speaker && blamesParty(c.Text, b, fr.names[acc]):
				// "It blames the airport's ground control for …" read as
				// the airport's: a body blaming itself is the other
				// party, as an accusation of itself is
				spk := d.government(fr.party[1-acc])
				c.Kind, c.Speaker, c.Side, c.Subject = graph.KindAccusation, spk.name, spk.side, fr.party[acc]
				p.framed = true
			}
		}
	}
}

// framePairFits reports whether fr's parties are of the kind a
// reciprocal accusation names (pairKind): "both countries" are states,
// "the two groups" no states.
func (d *docState) framePairFits(fr *disputeFrame, kind byte) bool {
	switch kind {
	case pairStates:
		return d.isState(fr.party[0]) && d.isState(fr.party[1])
	case pairGroups:
		return !d.isState(fr.party[0]) && !d.isState(fr.party[1])
	case pairParties:
		// a front named as an armed movement ("the Kessa Liberation
		// Front, an armed group in the hills") is none of "the two
		// largest parties" while the article names two others
		unarmed := d.unarmedParties() >= 2
		return d.partyNamed(fr.party[0]) && d.partyNamed(fr.party[1]) && !(unarmed && (d.armedNamed(fr.party[0]) || d.armedNamed(fr.party[1])))
	}
	return true
}

// reciprocalToFrame gives a reciprocal accusation that names neither of
// its parties ("Both sides are now blaming each other for the
// damage.") the frame's parties, when the parties read for it are not
// the frame's: the two bodies named last before it (a police force and
// a trade body, say) are bystanders of the dispute, not its sides.
func (d *docState) reciprocalToFrame(fr *disputeFrame) {
	for i := 0; i+1 < len(d.claims); i++ {
		a, b := &d.claims[i], &d.claims[i+1]
		if a.c.Kind != graph.KindAccusation || b.c.Kind != graph.KindAccusation || a.ev != b.ev ||
			a.c.Side == "" || a.c.Side != b.c.Subject || b.c.Side != a.c.Subject {
			continue
		}
		if fr.formParty(a.c.Side) >= 0 || fr.formParty(b.c.Side) >= 0 ||
			countWords(a.c.Text, a.c.Side) > 0 || countWords(a.c.Text, b.c.Side) > 0 {
			continue
		}
		for k, p := range [2]*pending{a, b} {
			spk := d.government(fr.party[k])
			p.c.Speaker, p.c.Side, p.c.Subject = spk.name, spk.side, fr.party[1-k]
			p.framed = true
		}
		i++
	}
}

// framePair returns fr's two parties in the order the salient pair
// would give them when it names the same two (the most named first),
// else in the order the article first names them.
func (d *docState) framePair(fr *disputeFrame) []string {
	if sp := d.salientPairOf(pairAny); len(sp) == 2 && (sp[0] == fr.party[0] && sp[1] == fr.party[1] || sp[0] == fr.party[1] && sp[1] == fr.party[0]) {
		return sp
	}
	first := func(k int) int {
		best := len(d.str)
		for _, f := range fr.names[k] {
			if i := strings.Index(d.str, f); i >= 0 && i < best {
				best = i
			}
		}
		return best
	}
	if first(1) < first(0) {
		return []string{fr.party[1], fr.party[0]}
	}
	return []string{fr.party[0], fr.party[1]}
}

// eachSaysOther reads "Each company now says the other put the
// aircraft there" (a speaker "each <noun>" or "both <noun>" whose claim
// names "the other") as the frame's reciprocal accusation: each party
// accuses the other.
func (d *docState) eachSaysOther(fr *disputeFrame) {
	n := len(d.claims)
	for i := 0; i < n; i++ {
		p := &d.claims[i]
		if !eachOther(p) {
			continue
		}
		twin := *p
		twin.aliases = nil
		for k, q := range [2]*pending{p, &twin} { // p stays valid: the append comes after
			g := d.government(fr.party[k])
			q.c.Kind, q.c.Speaker, q.c.Side, q.c.Subject = graph.KindAccusation, g.name, g.side, fr.party[1-k]
			q.framed = true
		}
		d.claims = append(d.claims, twin)
	}
}

// eachOther reports whether p is a claim of "each <noun>" or "both
// <noun>" that names "the other" (eachSaysOther).
func eachOther(p *pending) bool {
	spk := p.c.Speaker
	return p.c.Kind == graph.KindAssertion && !p.person && p.c.Side == "" && len(spk) > 5 &&
		(strings.EqualFold(spk[:5], "each ") || strings.EqualFold(spk[:5], "both ")) && countWords(p.c.Text, "the other") > 0
}
