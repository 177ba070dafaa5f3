package extract

import (
	"strings"

	"github.com/contra-project/contra/graph"
)

// capitalSpeakers gives a claim whose speaker is a bare city's name its
// state's government: news names a government by its capital ("Olden
// denied the charge", "a charge Olden has rejected", "with Olden saying
// …"), and the article seldom says which state's capital the city is in
// so many words (registerCapital reads it when it does). It shows it by
// placing that state's people there: "the minister told reporters in
// Olden", "In Olden, the Velmarian foreign ministry said …". A city
// whose sentences with "in" show exactly one state, in the sides of
// their claims, is that state's; failing that, in an article of two
// states, a city that accuses one of them is the other's. A word the
// text writes as a person's name ("Ilse Olden", "known only as Olden",
// "Olden, 34,") is no city.
func (d *docState) capitalSpeakers() {
	var cities []string       // the city speakers' words, in order
	first := map[string]int{} // a city's first claim
	for i := range d.claims {
		c := &d.claims[i].c
		if c.Role != "" || strings.ContainsAny(c.Speaker, " -'’") || c.Side != "" && c.Side != c.Speaker {
			continue
		}
		if w := c.Speaker; len(w) > 2 && isUpperASCII(w[0]) && strings.ToLower(w[1:]) == w[1:] && !d.isState(w) {
			if _, ok := first[w]; ok {
				continue
			}
			first[w] = i // a word read once, whether it is a city or not
			if _, ok := d.tax.Actor(w); !ok && !d.cityWrittenAsName(w) {
				cities = append(cities, w)
			}
		}
	}
	for _, w := range cities {
		st := d.placedState(w)
		if st == "" {
			st = d.otherOfTwo(w, first[w])
		}
		if st == "" {
			continue
		}
		g := d.government(st)
		for i := range d.claims {
			if c := &d.claims[i].c; c.Speaker == w && (c.Side == "" || c.Side == w) {
				c.Speaker, c.Side = g.name, g.side
				if c.Kind == graph.KindAccusation && c.Subject == c.Side {
					c.Kind = graph.KindAssertion
				}
			}
		}
	}
}

// maxCityReads bounds how many times capitalSpeakers reads a city's
// word in the text: a word hundreds of times over is a machine's text,
// where a scan per claim would cost the square of its length.
const maxCityReads = 64

// placedState returns the one state the sentences that say "in City"
// tie to it by the sides of their claims; "" when they show none, or more
// than one, or the city is never written after "in". (The tokens are the
// last paragraph's by now: it reads the text.)
func (d *docState) placedState(city string) string {
	// One walk over the city's word, each hit tested for "in " or "In "
	// before it, where there were a search for each of "in "+city and
	// "In "+city, which stopped at every "i" of the text (a strings.Index
	// of the city stops at its capital only) and concatenated the two
	// needles. Each cue keeps its own maxCityReads hits, in text order,
	// and the state found does not depend on the order the hits are read
	// in: the walk reads the hits the two searches read.
	found := ""
	var reads [2]int // the hits read after "in ", after "In "
	for at := 0; reads[0] < maxCityReads || reads[1] < maxCityReads; {
		c := strings.Index(d.str[at:], city)
		if c < 0 {
			break
		}
		c += at
		at = c + len(city)
		if c < 3 || d.str[c-1] != ' ' || d.str[c-2] != 'n' {
			continue
		}
		cue := 0
		switch d.str[c-3] {
		case 'i':
		case 'I':
			cue = 1
		default:
			continue
		}
		if reads[cue] == maxCityReads {
			continue
		}
		reads[cue]++
		k := c - 3 // where the cue starts
		if at < len(d.str) && isASCIILetter(d.str[at]) || k > 0 && isASCIILetter(d.str[k-1]) {
			continue
		}
		s, e := sentenceStart(d.str, k), sentenceEnd(d.str, at)
		for i := range d.claims {
			p := &d.claims[i]
			if p.vs >= e || p.ve <= s || p.c.Speaker == city || !d.isState(p.c.Side) {
				continue
			}
			if found != "" && found != p.c.Side {
				return ""
			}
			found = p.c.Side
		}
	}
	return found
}

// otherOfTwo returns, in an article whose claims speak for exactly two
// states, the one a city's claims never accuse when they accuse the
// other: "Olden also accused Velmar of …".
func (d *docState) otherOfTwo(city string, first int) string {
	states := map[string]bool{}
	for i := range d.claims {
		if s := d.claims[i].c.Side; s != "" && d.isState(s) {
			states[s] = true
		}
	}
	if len(states) != 2 {
		return ""
	}
	accused := ""
	for i := first; i < len(d.claims); i++ {
		if c := &d.claims[i].c; c.Speaker == city && c.Kind == graph.KindAccusation && states[c.Subject] {
			if accused != "" && accused != c.Subject {
				return ""
			}
			accused = c.Subject
		}
	}
	if accused == "" {
		return ""
	}
	for s := range states {
		if s != accused {
			return s
		}
	}
	return ""
}

// cityWrittenAsName reports whether the text writes w as a person's name: a
// surname after a capitalised first name ("Ilse Olden", not "In Olden"
// nor a sentence's first word before it), a name given "as" w, or w
// before an age ("Olden, 34,").
func (d *docState) cityWrittenAsName(w string) bool {
	for at, n := 0, 0; ; n++ {
		if n == maxCityReads {
			return true // a word written so often is no capital named in passing
		}
		k := strings.Index(d.str[at:], w)
		if k < 0 {
			return false
		}
		k += at
		at = k + len(w)
		if at < len(d.str) && isASCIILetter(d.str[at]) || k > 0 && isASCIILetter(d.str[k-1]) {
			continue
		}
		if rest := d.str[at:]; strings.HasPrefix(rest, ", ") && len(rest) > 2 && isDigitByte(rest[2]) {
			return true
		}
		before := strings.TrimRight(d.str[max(0, k-24):k], " ")
		if k == 0 || len(before) == len(d.str[max(0, k-24):k]) {
			continue // no space before: a line's first word
		}
		prev := before[strings.LastIndexAny(before, " \n\"“(")+1:]
		if prev == "as" {
			return true
		}
		if prev == "" || !isUpperASCII(prev[0]) || prev == "In" {
			continue
		}
		// a capitalised word before it that opens no sentence
		if j := len(before) - len(prev); j > 0 && before[j-1] == ' ' && (j < 2 || !strings.ContainsRune(".?!", rune(before[j-2]))) {
			return true
		}
	}
}
