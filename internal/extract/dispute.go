package extract

import (
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

// hasDisputeCue reports whether lower-case text s holds a dispute cue.
func hasDisputeCue(s string) bool {
	for _, c := range disputeCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// partyCandidate is an actor the frame may take as a party, with its
// forms and how prominently the article names it.
type partyCandidate struct {
	name  string
	forms []string
	score int  // mentions, the headline's and the lead's weighted
	lead  bool // named in the headline or the first paragraph
}

// frame returns the article's dispute frame, or false when its headline
// and first paragraph report no dispute or it names no two parties: the
// two actors the headline, then the first paragraph, then the body
// names most, counting each claim of blame or denial they make or
// receive, each named at least twice. The dateline's state and the
// outlet are no parties.
func (d *docState) frame() (disputeFrame, bool) {
	lead := d.str
	if d.leadEnd > 0 && d.leadEnd < len(d.str) {
		lead = d.str[:d.leadEnd]
	}
	if !hasDisputeCue(strings.ToLower(d.headline)) && !hasDisputeCue(strings.ToLower(lead)) {
		return disputeFrame{}, false
	}
	d.appos = appositions(d.str)
	var cands []partyCandidate
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
			if k := p.c.Kind; k != graph.KindAccusation && k != graph.KindDenial {
				continue
			}
			if containsStr(c.forms, p.c.Side) || containsStr(c.forms, p.c.Subject) || p.c.Side == "" && containsStr(c.forms, p.c.Speaker) {
				c.score += 2
			}
		}
		if countWords(d.str, c.name) > 0 || countWords(d.headline, c.name) > 0 {
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
		if i == first || overlapForms(c.forms, cands[first].forms) {
			continue
		}
		if second < 0 || rank(c) > rank(cands[second]) {
			second = i
		}
	}
	if second < 0 || cands[second].score < 2 {
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
		if !containsStr(b, f) {
			out = append(out, f)
		}
	}
	return out
}

// overlapForms reports whether two parties share a form: a body and its
// own short name are one party.
func overlapForms(a, b []string) bool {
	for _, f := range a {
		if !strings.HasPrefix(f, "the ") && containsStr(b, f) {
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
	var out []string
	add := func(s string) {
		s = strings.TrimPrefix(s, "The ")
		if a, ok := d.tax.Actor(s); ok {
			s = a // "Kremlin" is Russia
		}
		if s == "" || s[0] == 0 || !isUpperASCII(s[0]) || containsStr(out, s) || s == d.outlet {
			return
		}
		if !strings.HasSuffix(s, "s") && strings.Contains(d.str, s+", who ") {
			return // "said Amira Sen, who runs a shop"; not "the Kerem Brigades, who"
		}
		if !strings.Contains(s, " ") && hasWords(d.str, strings.ToLower(s)) {
			// "Campaigners" opening a sentence is the common noun
			return
		}
		out = append(out, s)
	}
	for _, o := range d.open {
		add(o.name)
	}
	for _, a := range d.appos {
		add(a.name)
	}
	for a := range d.actorCount {
		add(a)
	}
	for i := range d.claims {
		p := &d.claims[i]
		if !p.person && (p.c.Side == "" || p.c.Side == p.c.Speaker) {
			add(p.c.Speaker)
		}
		add(p.c.Side)
		add(p.c.Subject)
	}
	// deterministic whatever the map's order
	sortStrings(out)
	return out
}

// genericFirst are first words of names that stand for no one body on
// their own: "National" is no short form of "National Ferry Board".
var genericFirst = map[string]bool{
	"the": true, "national": true, "state": true, "united": true, "royal": true, "federal": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "new": true, "air": true, "international": true,
	"people's": true, "free": true, "first": true, "general": true, "keep": true, "save": true, "friends": true,
}

// partyForms returns the forms the article calls actor name by: the
// name, its distinctive first word ("Brenmoor" for "Brenmoor Freight"),
// its acronym and, for a state, its demonym.
func (d *docState) partyForms(name string) []string {
	forms := []string{name}
	if w, _, ok := strings.Cut(name, " "); ok && len(w) >= 4 && isUpperASCII(w[0]) && !genericFirst[strings.ToLower(w)] && d.shortForm(w, name) {
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
		if a.name == name && a.noun != "" && !containsStr(forms, "the "+a.noun) {
			forms = append(forms, "the "+a.noun)
		}
	}
	if strings.Contains(name, " ") {
		// the words of its name as nouns: "the airport" for "Lunmoor
		// Airport Company"
		for _, w := range strings.Fields(name)[1:] {
			if f := "the " + strings.ToLower(w); hasWords(d.str, f) && !containsStr(forms, f) {
				forms = append(forms, f)
			}
		}
	}
	sortStrings(forms[1:])
	return forms
}

// shortForm reports whether w, the first word of name, can stand for
// it alone: no common word ("Open" of "Open Hands Relief", as "open"
// is written too), and written alone or in the name more often than in
// other names ("Tollbrae" of "Tollbrae District Police" in an article
// on "Tollbrae Forest", "the Tollbrae Courier" and "Keep Tollbrae
// Standing").
func (d *docState) shortForm(w, name string) bool {
	if hasWords(d.str, strings.ToLower(w)) {
		return false
	}
	own, other := 0, 0
	s := d.str
	words := strings.Fields(name)
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
		if j > 1 && s[j-1] == ' ' && isUpperASCII(s[lastWordStart(s[:j-1])]) && !sentenceStartBefore(s[:j-1]) {
			other++ // "Keep Tollbrae Standing"
			continue
		}
		if i+1 < len(s) && s[i] == ' ' {
			if next := capRunWord(s[i+1:]); next != "" && isUpperASCII(next[0]) && !containsStr(words, next) {
				other++ // "Tollbrae Forest"
				continue
			}
		}
		own++
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
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return before, all
		}
		j += i
		if e := j + len(phrase); (j == 0 || !isASCIILetter(s[j-1])) && (e == len(s) || !isASCIILetter(s[e])) {
			all++
			if j < at {
				before++
			}
		}
		i = j + len(phrase)
	}
}

// countWords counts the occurrences of phrase in s as whole words.
func countWords(s, phrase string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return n
		}
		j += i
		if e := j + len(phrase); (j == 0 || !isASCIILetter(s[j-1])) && (e == len(s) || !isASCIILetter(s[e])) {
			n++
		}
		i = j + len(phrase)
	}
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

// appositions finds the organisations s describes by a body noun beside
// their names: "the protest group Keep Marrow Wild", "her club, Selby
// Rovers,", "Wrenmoor Aid, the medical charity that …".
func appositions(s string) []apposition {
	var out []apposition
	add := func(name, noun string) {
		for _, a := range out {
			if a.name == name {
				return
			}
		}
		out = append(out, apposition{name, noun})
	}
	// a name's first word after a space, the noun before it: only the
	// capitalised words are looked up
	for j := 1; j+1 < len(s); j++ {
		if s[j] != ' ' || !isUpperASCII(s[j+1]) {
			continue
		}
		i := j
		for i > 0 && isASCIILetter(s[i-1]) || i > 0 && i == j && s[i-1] == ',' {
			i--
		}
		w := strings.TrimRight(s[i:j], ",")
		if w == "" || !bodyNouns[w] {
			continue
		}
		if name := capRun(s[j+1:]); name != "" && (strings.HasSuffix(s[i:j], ",") || precededByThe(s[:i])) {
			// "the protest group Keep Marrow Wild", "her club, Selby Rovers"
			add(name, w)
		}
	}
	for i := 0; ; {
		// "Amber Hawks spokesman Idris Falk", "Selk Rail's spokeswoman":
		// a body speaks through a spokesperson
		k := strings.Index(s[i:], " spokes")
		if k < 0 {
			break
		}
		k += i
		i = k + 7
		if name := capRunBefore(strings.TrimSuffix(s[:k], "'s")); name != "" {
			add(name, "")
		}
	}
	for i := 0; ; {
		// "Hallmoor Timber, which holds the licence": no person
		k := strings.Index(s[i:], ", which ")
		if k < 0 {
			break
		}
		k += i
		i = k + 8
		if name := capRunBefore(s[:k]); name != "" {
			add(name, "")
		}
	}
	for i := 0; ; {
		k := strings.Index(s[i:], ", the ")
		if k < 0 {
			break
		}
		k += i
		i = k + 6
		name := capRunBefore(s[:k])
		if name == "" {
			continue
		}
		// "Wrenmoor Aid, the medical charity that …": the noun within
		// three words
		rest := s[k+6:]
		for n := 0; n < 3; n++ {
			e := strings.IndexAny(rest, " ,.")
			if e < 0 {
				break
			}
			if w := rest[:e]; bodyNouns[w] {
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
	return out
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

// hasAccusation reports whether the article holds an accusation or a
// denial: only such an article is read against a dispute frame.
func (d *docState) hasAccusation() bool {
	for i := range d.claims {
		if k := d.claims[i].c.Kind; k == graph.KindAccusation || k == graph.KindDenial {
			return true
		}
	}
	return false
}

// frameSeen, when set (by tests), is told each article's frame.
var frameSeen func(disputeFrame, bool)
