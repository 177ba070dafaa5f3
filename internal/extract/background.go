package extract

import (
	"strconv"
	"strings"

	"github.com/contra-project/contra/graph"
)

// Background incidents. Wire stories on a conflict followed day by day
// recall earlier incidents between the same parties: "In March, the two
// sides blamed each other for the collapse of a fuel convoy deal", "Last
// month Dorland accused the Front of shelling the pumping station". An
// analyst files each such charge under its own incident, not under the
// story's event, which the topic passes otherwise fold every charge
// into. Two things mark such a charge: its sentence dates it before the
// story (datedCharge), and its complement names an event of its own
// (ownEvent). A date alone is not enough: "accused the Front of laying
// mines" names an act an editor labels by its object ("farm track
// mines"), so the story's event is left in place rather than a label
// no editor would write.

// datedCharge reports whether the sentence of the evidence ev dates its
// charge before the story by a time it opens with ("Last month …", "In
// February, …", a month other than the article's), by "earlier this
// year", by a pluperfect of accusing ("had accused"), by a clause on an
// earlier year ("since 2037, when X accused Y of …") or by counting the
// acts over a time before the story ("of seizing boats three times this
// year"), and returns
// the offset in the document where the charge's complement starts
// (after its "of" or "for"). background says the older rules dated it
// already ("last year", "previously", "in 2036": backgroundCharge,
// earlierCharge).
func (d *docState) datedCharge(ev graph.Span, background bool) (int, bool) {
	s := d.str
	if ev.Start < 0 || ev.End > len(s) || ev.Start >= ev.End {
		return 0, false
	}
	start := clauseStart(s, ev.Start)
	sent := s[start:ev.End]
	if !background && !strings.HasPrefix(sent, "Last ") && !strings.HasPrefix(sent, "In ") && !strings.Contains(sent, "had ") && !strings.Contains(sent, "arlier this") &&
		!strings.Contains(sent, ", when ") && indexByRare(sent, " times ", 3) < 0 && !strings.Contains(sent, "last ") && !strings.Contains(sent, " in ") {
		return 0, false // most charges: no cue, no words split
	}
	of, n := chargeComplement(s[ev.Start:ev.End])
	if of < 0 {
		return 0, false
	}
	of += ev.Start
	if background || d.openingDate(s[start:of]) || d.whenYear(s[start:of]) || repeatedSince(s[of:ev.End]) || d.datedAct(actClause(s, of+n)) {
		return of + n, true
	}
	pre := s[start:of]
	prev := ""
	for w := range strings.FieldsSeq(strings.ToLower(pre)) {
		w = strings.Trim(w, ",;:\"'“”‘’")
		switch {
		case prev == "had" && chargeVerbs[w]:
			return of + n, true
		case prev == "earlier" && w == "this":
			// "earlier this year"; "earlier this week" may be the
			// story's own days
			prev = "earlier this"
			continue
		case prev == "earlier this" && w == "year":
			return of + n, true
		}
		prev = w
	}
	return 0, false
}

// chargeComplement returns the offset in s of the first " of " or " for "
// that opens a charge's complement, and its length, or -1.
//
// Both are found by their "f" (indexByRare), where strings.Index stops at
// every space.
func chargeComplement(s string) (int, int) {
	of := indexByRare(s, " of ", 2)
	n := len(" of ")
	if f := indexByRare(s, " for ", 2); f >= 0 && (of < 0 || f < of) {
		of, n = f, len(" for ")
	}
	return of, n
}

// chargeVerbs are the past participles of accusing that "had" puts
// before the story's own reports (datedCharge).
var chargeVerbs = map[string]bool{"accused": true, "blamed": true, "charged": true}

// openingDate reports whether pre, a sentence's words before a charge,
// opens with a time before the story: "Last month …", "In February, …",
// "In June 2038 …", a month other than the one the article is dated in.
// A date inside the sentence ("in a note sent last month") dates what
// it is attached to, not the charge.
func (d *docState) openingDate(pre string) bool {
	rest, ok := strings.CutPrefix(pre, "Last ")
	if ok {
		w, _, _ := strings.Cut(rest, " ")
		w = strings.TrimRight(w, ",")
		return w == "month" || monthNumber(w) > 0 // "Last October": always before
	}
	if rest, ok = strings.CutPrefix(pre, "In "); !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	return d.earlierMonth(monthNumber(strings.TrimRight(w, ",")))
}

// earlierMonth reports whether the month numbered m (monthNumber; 0 for
// none) dates something before the story: any month but the article's
// own, whose days may be the story's.
func (d *docState) earlierMonth(m int) bool {
	if m == 0 {
		return false
	}
	if len(d.saidAt) >= 7 {
		if n, err := strconv.Atoi(d.saidAt[5:7]); err == nil && n == m {
			return false
		}
	}
	return true
}

// actClause returns the text of s from at to the first comma, full stop
// or line break after it: a charge's act with the words that date it,
// which the claim's evidence may leave out ("… in the town of Darrow
// last Tuesday, when windows were smashed").
func actClause(s string, at int) string {
	rest := s[at:]
	if i := strings.IndexAny(rest, ",.;\n"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// weekdays are the days "last" dates an act by: "last Tuesday".
var weekdays = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
}

// datedAct reports whether a charge's complement comp, an act in the
// gerund, ends by dating the act before the story: "of attacking a
// campaign office in the town of Darrow last Tuesday", "of jamming its
// satellites in November" (a month other than the article's), "of
// targeting its railways last autumn". The act is then an earlier
// incident of its own, not the event the story reports, which the
// article dates by its own days ("on Sunday"). A date inside a
// relative or participle clause ("a report released in October") dates
// that thing, not the act: only the last words of the complement are
// read, only after a gerund, and never past a participle or a relative
// pronoun.
func (d *docState) datedAct(comp string) bool {
	words := strings.Fields(comp)
	if len(words) < 3 || !strings.HasSuffix(words[0], "ing") {
		return false
	}
	n := len(words)
	for _, w := range words[1 : n-2] {
		if strings.HasSuffix(w, "ed") || pastIrregular(w) || w == "which" || w == "that" || w == "who" || w == "when" {
			// "a businessman jailed in Pellan last year", "a report
			// that appeared in May": the date is that thing's
			return false
		}
		if w == "ahead" || w == "before" || w == "until" {
			// "of manufacturing a crisis ahead of the elections in
			// June": the date is what the act looks to
			return false
		}
	}
	last := strings.TrimRight(words[n-1], ".,;:\"'”’")
	if d.leadDays(last) {
		// "traded blame on Thursday over the storming of an office on
		// Tuesday …. accused X of attacking the office last Tuesday":
		// the day the lead gives its event is the story's own
		return false
	}
	switch words[n-2] {
	case "last":
		return weekdays[last] || pastPeriods[last] || last == "month" || monthNumber(last) > 0
	case "in":
		return d.earlierMonth(monthNumber(last))
	}
	return false
}

// leadDays reports whether the article's opening paragraph dates a day
// by w, a weekday ("on Tuesday") or a month with its day ("on 26
// February", "February 26"): the lead's event happened then.
func (d *docState) leadDays(w string) bool {
	lead := d.str
	if i := strings.Index(lead, "\n\n"); i >= 0 {
		lead = lead[:i]
	}
	if weekdays[w] {
		return strings.Contains(lead, "on "+w)
	}
	if monthNumber(w) == 0 {
		return false
	}
	for i := range wordStarts(lead, w) {
		before, after := strings.TrimRight(lead[:i], " "), lead[i+len(w):]
		if before != "" && isDigitByte(before[len(before)-1]) || len(after) > 1 && after[0] == ' ' && isDigitByte(after[1]) {
			return true
		}
	}
	return false
}

// monthNumber is the number of the capitalised month name w ("February"
// is 2), or 0.
func monthNumber(w string) int {
	for i, m := range [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"} {
		if w == m {
			return i + 1
		}
	}
	return 0
}

// ownEvent returns, among a claim's topics, the event its charge's
// complement (the text from comp on) opens with: "for the collapse of a
// fuel convoy deal" is a deal collapse, "of shelling the pumping
// station" a station shelling. The topic must be no configured one and
// end in the complement's first word or that verb's event noun, and
// that word must name an event (eventWord): "of laying mines" names an
// act, not an event. When no topic of the claim's is that event, an
// event noun with its object ("the collapse of a prisoner exchange",
// whose words a configured topic took) is named as the event phrases
// name one, by the object's head noun: "exchange collapse"; and a claim
// that named no topic at all names a gerund's event by its object, past
// names and numbers ("of seizing two of its pilots": pilot seizure). ""
// when the complement opens with no event.
func (d *docState) ownEvent(topics []string, comp int) string {
	words := strings.Fields(d.str[comp:min(len(d.str), comp+160)])
	k := 0
	for k < len(words) && determiners[words[k]] {
		k++
	}
	if k >= len(words) {
		return ""
	}
	w := strings.ToLower(strings.TrimRight(words[k], ",;:.\"'”’"))
	head, ok := eventWord(w)
	if !ok || w != words[k] {
		return "" // no event, or one the sentence or clause ends with
	}
	if k+2 < len(words) && words[k+1] == "of" {
		return objectEvent(words[k+2:], w)
	}
	for _, t := range topics {
		t = strings.TrimPrefix(t, weakTopic)
		if t == "" || t == anaphorTopic || strings.HasPrefix(t, referTopic) || d.configured(t) {
			continue
		}
		last := t[strings.LastIndexByte(t, ' ')+1:]
		if last == w || last == head || last == singularWord(w) {
			return t
		}
	}
	if len(topics) == 0 && strings.HasSuffix(w, "ing") && k+1 < len(words) {
		// "of seizing Norvelan fishing boats", "of seizing two of its
		// shepherds", which no event phrase named: the verb's event
		// named by its object, past the names and numbers before it
		j := k + 1
		for j < len(words) && (determiners[words[j]] || counting(words[j]) || isCapWord(words[j])) {
			if counting(words[j]) && j+1 < len(words) && words[j+1] == "of" {
				j++ // "two of its shepherds"
			}
			j++
		}
		if j < len(words) && isLowerWord(words[j]) {
			return objectEvent(words[j:], head)
		}
	}
	return ""
}

// tallyWords count the things a charge's act struck, besides the small
// numbers (numberWords): "of seizing several of its boats".
var tallyWords = map[string]bool{"several": true, "dozens": true, "some": true}

// counting reports whether w counts what follows: "two", "several".
func counting(w string) bool { return numberWords[w] || tallyWords[w] }

// isCapWord reports whether w is a capitalised name's word ("Norvelan").
func isCapWord(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && isLowerWord(strings.TrimRight(w[1:], ",;:."))
}

// objectEvent names the event noun w by the head noun of its object,
// words ("a prisoner exchange at the bridge" after "collapse of"): the
// last word before a preposition, a clause or a name, singular
// ("exchange collapse"), as the event phrases name an event by what it
// struck. "" when the object is no plain noun.
func objectEvent(words []string, w string) string {
	// the object's words run to a preposition, a clause or a name
	obj := ""
	for _, f := range words {
		if determiners[f] && obj == "" {
			continue
		}
		g := strings.TrimRight(f, ",;:.\"'”’")
		if g == "" || objectStops[g] || counting(g) || g == "times" || !isLowerWord(g) {
			break
		}
		obj = g
		if g != f {
			break // the phrase ends at its punctuation
		}
	}
	if obj = singularWord(obj); len(obj) <= 3 || weakNouns[obj] {
		return ""
	}
	return obj + " " + w
}

// determiners open the noun phrase of a charge's complement.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true}

// objectStops end the object of an event noun: a preposition or a clause
// ("the collapse of a prisoner exchange at the bridge, which …").
var objectStops = map[string]bool{
	"at": true, "in": true, "on": true, "near": true, "over": true, "across": true, "from": true, "to": true,
	"by": true, "with": true, "after": true, "during": true, "before": true, "that": true, "which": true,
	"who": true, "and": true, "or": true, "as": true, "when": true, "where": true, "of": true, "for": true,
}

// isLowerWord reports whether w is a word of lower-case letters: no
// name, number or hyphenated compound.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// eventWord reports whether w, a charge complement's first word, names
// an event ("collapse", "shelling", "sinking", "blast") and returns the
// event noun of its verb ("strike" for "shelling").
func eventWord(w string) (string, bool) {
	if len(w) < 3 {
		return "", false
	}
	if c := graph.EventNoun(w); c != "" {
		return c, true
	}
	ev, ok := eventVerbOf(guessLemma(w))
	return ev.head, ok
}

// whenYear reports whether pre, a sentence's words before a charge,
// puts the charge in a clause on a year before the article's: "the
// worst since 2037, when Kaldoria accused Merevan of …".
func (d *docState) whenYear(pre string) bool {
	i := strings.LastIndex(pre, ", when ")
	if i < 4 {
		return false
	}
	y := yearOf(pre[i-4 : i])
	return y > 0 && y < d.storyYear() && (i == 4 || pre[i-5] == ' ')
}

// yearOf returns the year four figures s write, or 0 when s is not four
// figures or not a year a story would date by (1800 to 2100): one bound
// for every year test, so that "in 1850" and "In 1850 …" agree.
func yearOf(s string) int {
	if len(s) != 4 {
		return 0
	}
	y := 0
	for i := 0; i < 4; i++ {
		if !isDigitByte(s[i]) {
			return 0
		}
		y = y*10 + int(s[i]-'0')
	}
	if y < 1800 || y > 2100 {
		return 0
	}
	return y
}

// storyYear returns the year the article was published, 0 when its date
// is unknown: a year before it dates the background of the story.
func (d *docState) storyYear() int {
	if len(d.saidAt) < 4 {
		return 0
	}
	return yearOf(d.saidAt[:4])
}

// repeatedSince reports whether the text after a charge's "of", rest,
// counts the charge's acts over a time before the story: "of seizing
// fishing boats three times this year", "four times since March".
func repeatedSince(rest string) bool {
	i := strings.Index(rest, " times ")
	if i < 0 {
		return false
	}
	after := rest[i+len(" times "):]
	return strings.HasPrefix(after, "this year") || strings.HasPrefix(after, "since ")
}
