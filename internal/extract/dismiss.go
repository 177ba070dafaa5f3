package extract

import (
	"slices"
	"strings"

	"github.com/contra-project/contra/graph"
)

// A side answers the other's account by naming it and calling it false
// as often as by a verb of denial: "Y described X's claim about the speed
// of the train as a fabrication", "Y said that account was invented",
// "Y called Brenn's account a fairy tale", "the accusation was absurd, Y
// said", "Y called that a smear". The report noun ("account", "claim",
// "version", "statement") or the pronoun names what is answered, and
// the word of falsehood after it (dismissWords) says how; neither a
// denial's verb nor a charge against the speaker's side need be there,
// so the patterns of respond.go leave many such claims unlinked, or
// linked to another claim than the one they name. dismissalTargets
// links them.

// dismissWords are the words by which a side calls what the other side
// told false: a lie, a fabrication, invented, absurd, a fairy tale. "lie"
// and "lies" count only as nouns (dismissWordAt).
var dismissWords = []string{"lie", "lies", "fabrication", "fabricated", "invented", "invention", "fiction", "fantasy",
	"nonsense", "absurd", "baseless", "groundless", "unfounded", "false", "untrue", "slander", "slanderous", "smear",
	"propaganda", "rubbish", "ridiculous", "fairy", "hoax", "fake", "lying"}

// dismissVerbs start the verbs by which a side names the other's account
// and what it calls it: "called X's account a lie", "described the claim
// as invented", "dismissed that as nonsense".
var dismissVerbs = []string{"call", "brand", "describ", "dismiss", "reject", "label", "term"}

// dismissNouns name a report a side calls false, singular or plural.
var dismissNouns = []string{"account", "claim", "allegation", "accusation", "charge", "version", "statement", "remark",
	"story", "report", "finding", "suggestion", "assertion"}

// reportAdjectives say when or how a report was told, not what it
// tells of: "the latest account", "the official version".
var reportAdjectives = []string{"latest", "new", "whole", "entire", "original", "official", "initial", "earlier",
	"previous", "recent", "fresh", "repeated", "full", "detailed", "public", "main", "wild", "outlandish", "absurd",
	"false", "baseless", "ridiculous"}

// dismissal is what dismissedReport found in a sentence.
type dismissal struct {
	// owner is whose report it names, lower case, without "'s"
	// ("brenn", "company", "tabrenian"); named when it is a name, not
	// a common noun ("the company's")
	owner string
	named bool
	// qual is the words that say which report ("about the speed of
	// the train", "that the landfill took unrecorded drums")
	qual string
	// pointed: "that account", "that", "it": the report just told
	pointed bool
	// plural: "the charges", "the allegations": all of them; charge:
	// the noun names a charge ("the accusation"), not a report of any
	// kind ("the claim", "the version")
	plural, charge bool
}

// dismissedReport finds in sent a report of another voice called false:
// a report noun with a determiner or an owner ("the accusation", "that
// account", "Brenn's version", "the Tabrenian version") or a pronoun
// after a verb of naming ("called that", "dismissed it"), then, tied to
// it by "as", by a verb "to be" or by a verb of naming before it, a word
// of dismissWords within a few words. A negated word ("was not a
// fabrication") grants the report, and the speaker's own ("its
// account", "our version") is no other's.
func dismissedReport(sent string) (dismissal, bool) {
	var arr [sentenceWordCap]string
	ws := sentenceWords(&arr, sent)
	low := func(k int) string {
		if k < 0 || k >= len(ws) {
			return ""
		}
		w := strings.ToLower(strings.Trim(ws[k], quoteCut+"()—–-"))
		if strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'") // "the army’s statement"
		}
		return w
	}
	for j := range ws {
		if !dismissWordAt(ws, j, low) {
			continue
		}
		if n1, n2 := low(j-1), low(j-2); n1 == "not" || n1 == "no" || n1 == "never" || n2 == "not" || n2 == "never" ||
			strings.HasSuffix(n1, "n't") || strings.HasSuffix(n2, "n't") {
			continue // "was not a fabrication": granted, not dismissed
		}
		// a pronoun: "called that a smear", "dismissed it as nonsense",
		// "That is a lie."
		for k := j - 1; k >= max(0, j-4); k-- {
			w := low(k)
			if w != "that" && w != "it" && w != "this" {
				continue
			}
			if foldPrefixIn(low(k-1), dismissVerbs) || (k == 0 || strings.ContainsAny(ws[k-1][len(ws[k-1])-1:], ".!?")) && (low(k+1) == "is" || low(k+1) == "was") {
				return dismissal{pointed: true}, true
			}
			break
		}
		// a report noun before the word, the closest within the words
		// a qualifier may take ("Ardessa's accusation that farmers
		// had installed illegal pumps along the river is a fairy tale")
		for i := j - 1; i >= max(0, j-18); i-- {
			if !foldIn(singularFold(low(i)), dismissNouns) {
				continue
			}
			if a := low(i - 1); a == "a" || a == "an" {
				continue // "calling the claim a story invented to …": the complement, not the report
			}
			if !dismissTie(ws, i, j, low) {
				break
			}
			d, ok := reportOwner(ws, i, low)
			if !ok || negatedBefore(i, low) {
				break
			}
			n := low(i)
			d.plural = n != singularFold(n) && n != "remarks"
			d.charge = isCharge(n)
			if next := low(i + 1); next == "of" || next == "about" || next == "over" || next == "on" || next == "that" {
				var b strings.Builder
				for k := i + 2; k < j; k++ {
					if w := low(k); w == "as" || w == "is" || w == "was" || w == "were" || w == "are" {
						break
					}
					b.WriteString(ws[k])
					b.WriteByte(' ')
				}
				d.qual += b.String()
			}
			return d, true
		}
	}
	return dismissal{}, false
}

// negatedBefore reports whether a word of negation stands among the six
// words before the report noun at i: "that doesn't prove the charges
// are false", "nobody has shown the account was invented".
func negatedBefore(i int, low func(int) string) bool {
	for k := i - 1; k >= max(0, i-6); k-- {
		if w := low(k); w == "not" || w == "never" || w == "nobody" || w == "no" || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// dismissWordAt reports whether ws[j] is a word of dismissWords: "lie"
// and "lies" only after an article among the three words before ("a
// lie", "the same lie", "an old lie dressed up"), which a verb ("the
// spring lies inside the line") does not have; "fairy" only before
// "tale".
func dismissWordAt(ws []string, j int, low func(int) string) bool {
	w := low(j)
	if w == "" || !foldIn(w, dismissWords) {
		return false
	}
	switch w {
	case "lie", "lies":
		for k := j - 1; k >= max(0, j-3); k-- {
			if a := low(k); a == "a" || a == "an" || a == "the" {
				return true
			}
		}
		return false
	case "fairy":
		return strings.HasPrefix(low(j+1), "tale")
	}
	return true
}

// dismissTie reports whether the report noun ws[i] and the word of
// dismissal ws[j] are tied as a thing and what it is called: "as" or a
// verb "to be" within the four words before ws[j] ("described the claim
// as a fabrication", "the accusation was absurd", "that account was
// invented"), or a verb of naming just before the noun's phrase and the
// word soon after it ("called the charges fabricated", "called the
// company's account of the alarm a cowardly lie").
func dismissTie(ws []string, i, j int, low func(int) string) bool {
	for k := j - 1; k > i && k >= j-4; k-- {
		switch low(k) {
		case "as", "is", "was", "were", "are", "been", "be":
			return true
		}
	}
	if j-i > 9 {
		return false
	}
	for k := i - 1; k >= max(0, i-4); k-- {
		if foldPrefixIn(low(k), dismissVerbs) {
			return true
		}
	}
	return false
}

// reportOwner reads the words before the report noun ws[i]: a
// determiner ("the", "that", "those"), an owner's possessive ("Brenn's",
// "the company's"), or a name's adjective after a determiner ("the
// Tabrenian version"), with at most two words of its own between ("the
// smuggling charge", "the airport company's claim"). A report with
// none ("said claims were false") names none told before, and one the
// speaker owns ("its account", "our version") is no other's.
func reportOwner(ws []string, i int, low func(int) string) (dismissal, bool) {
	var d dismissal
	for k := i - 1; k >= max(0, i-3); k-- {
		w := low(k)
		raw := strings.Trim(ws[k], quoteCut)
		if base, ok := possessiveBase(w); ok {
			d.owner = base
			d.named = raw != "" && 'A' <= raw[0] && raw[0] <= 'Z'
			return d, !foldIn(base, ownPronouns)
		}
		switch w {
		case "its", "our", "my", "their", "his", "her":
			return d, false
		case "that", "this":
			d.pointed = d.owner == ""
			return d, true
		case "the", "these", "those":
			return d, true
		}
		if raw != "" && 'A' <= raw[0] && raw[0] <= 'Z' && k == i-1 {
			// "the Tabrenian version": whose it is, if a
			// determiner comes before it
			d.owner, d.named = w, true
		} else if raw != "" && isLowerWord(raw) && !functionWords[w] && !slices.Contains(reportAdjectives, w) {
			// "the smuggling charge": which charge, as "the charge of
			// smuggling" says
			d.qual += raw + " "
		}
	}
	return dismissal{}, false
}

// dismissalTargets: the claims d, out[i], answers by calling them false
// (dismissedReport in the sentences of d, doc[start:end]):
// of another known side than d's, positive, told as a report (an
// assertion or an accusation; no forecast, no demand).
//
//   - A qualifier picks the claims that share a content word with it,
//     within restateWindow: "the claim about the speed of the train",
//     "the smuggling charge", "X's accusation that farmers had installed
//     illegal pumps" (of X's, when X tells of it in d's own sentence).
//   - "that", or a pronoun, points at the latest claim before d's
//     sentence and the others of its sentence by the same voice, and at
//     nothing when that is d's own side's or nobody's: what "that"
//     points past is a guess.
//   - An owner named ("Brenn's account", "the Tabrenian version"), or
//     one a common noun names ("the ministry's statement") when a voice
//     of the other side bears it, picks that voice's claims against d's
//     side, its charges and words of wrongdoing, else its latest claim.
//   - Otherwise the report is the other side's in the dispute (a side
//     that charges d's side or that d's side charges, not a bystander):
//     "the charges", "the allegations" are all its charges within
//     restateWindow; "the accusation" its latest charge; "the claim",
//     "the company's version" its latest claim, with the claims of the
//     run its voice told it in. This is a guess (fallback), which the
//     patterns that read a rejection's own words come before.
func dismissalTargets(out []graph.Claim, i int, d *graph.Claim, dis dismissal, doc string, start, end int) (ids []string, fallback bool) {
	prev := out[:i]
	side := d.Side
	stem := sideStem(side)
	other := func(t *graph.Claim) bool {
		// a body whose name holds d's side's ("the Nessarian
		// Fishermen's Federation" for Nessary) speaks on its side
		return t.Side != "" && !sameName(t.Side, side) && !namesStem(t.Side, stem) && t.Speaker != d.Speaker &&
			t.Polarity == graph.Positive && (t.Kind == graph.KindAssertion || t.Kind == graph.KindAccusation) &&
			!forecast(t.Text) && !reciprocal(t.Text) && !hasWords(t.Text, "demand")
	}
	charge := func(t *graph.Claim) bool {
		return sameName(t.Subject, side) || t.Subject == "" && namesStem(t.Text, stem) || t.Kind == graph.KindAccusation ||
			culpText(t.Text)
	}
	if dis.owner != "" && ownerOf(d, dis.owner) {
		return nil, false // "Ardessa's accusation … is a fairy tale" told as Ardessa's own claim
	}
	// the claims d may answer: before it, and those its own sentence
	// tells after it as what it calls false ("X's accusation that …
	// was a lie, Y said")
	cands := func(window int, yield func(*graph.Claim) bool) {
		for k := i + 1; k < len(out) && out[k].Evidence != nil && out[k].Evidence.Start < end; k++ {
			if !yield(&out[k]) {
				return
			}
		}
		for _, t := range claimsWithin(prev, d, window) {
			if !yield(t) {
				return
			}
		}
	}
	owned := false // a claim of the owner is within the window
	if dis.owner != "" {
		cands(restateWindow, func(t *graph.Claim) bool {
			owned = other(t) && ownerOf(t, dis.owner)
			return !owned
		})
		if !owned && dis.named {
			return nil, false
		}
	}
	if dis.qual != "" {
		cands(restateWindow, func(t *graph.Claim) bool {
			if other(t) && (!owned || ownerOf(t, dis.owner)) && (owned || t.Evidence.Start < start) && sharesStemText(t.Text, dis.qual) {
				ids = append(ids, t.ID)
			}
			return true
		})
		return ids, false
	}
	if dis.pointed {
		var latest *graph.Claim
		for _, t := range claimsWithin(prev, d, anaphorWindow) {
			if t.Evidence.Start >= start {
				continue
			}
			if latest == nil {
				if !other(t) {
					return nil, false // "that" points at d's own side's word, or nobody's
				}
				latest = t
				ids = append(ids, t.ID)
				continue
			}
			if t.Speaker != latest.Speaker || t.Evidence.Start < sentenceStart(doc, latest.Evidence.Start) {
				break
			}
			if other(t) {
				ids = append(ids, t.ID) // "He claimed X had been questioned and warned not to come back."
			}
		}
		return ids, false
	}
	if owned {
		var latest *graph.Claim
		cands(anaphorWindow, func(t *graph.Claim) bool {
			if !other(t) || !ownerOf(t, dis.owner) {
				return true
			}
			if latest == nil {
				latest = t
			}
			if charge(t) {
				ids = append(ids, t.ID)
			}
			return true
		})
		if len(ids) == 0 && latest != nil {
			ids = []string{latest.ID}
		}
		return ids, false
	}
	opp := opponents(prev, d)
	window := anaphorWindow
	if dis.plural {
		window = restateWindow
	}
	var teller string // the voice of the report "the claim" names, once found
	for _, t := range claimsWithin(prev, d, window) {
		if t.Evidence.Start >= start {
			continue
		}
		if teller != "" && t.Speaker != teller {
			break // the run of the teller's claims ends
		}
		if !other(t) || !slices.ContainsFunc(opp, func(s string) bool { return sameName(s, t.Side) }) ||
			(dis.plural || dis.charge) && !charge(t) {
			continue
		}
		ids = append(ids, t.ID)
		if !dis.plural {
			// "the allegation", "the claim": what the other side's
			// latest voice told, in the claims of its run
			teller = t.Speaker
		}
	}
	return ids, true
}

// opponents returns the sides d's side disputes with, by the claims of
// prev within restateWindow: a side whose claims are about d's side (or
// name it), or a side d's side's claims are about. A bystander's word (an
// aid agency's appeal, a governor's news) is no account d's side calls
// false unless it named the side.
func opponents(prev []graph.Claim, d *graph.Claim) []string {
	var opp []string
	stem := sideStem(d.Side)
	for _, t := range claimsWithin(prev, d, restateWindow) {
		if t.Side == "" {
			continue
		}
		var s string
		switch {
		case !sameName(t.Side, d.Side) && (sameName(t.Subject, d.Side) || t.Subject == "" && namesStem(t.Text, stem)):
			s = t.Side
		case sameName(t.Side, d.Side) && t.Subject != "" && !sameName(t.Subject, d.Side):
			s = t.Subject
		}
		if s != "" && !slices.ContainsFunc(opp, func(o string) bool { return sameName(o, s) }) {
			opp = append(opp, s)
		}
	}
	return opp
}

// ownerOf reports whether t is told by the owner a dismissal names: a
// word of its speaker or its side starts as the owner does, over five
// letters or the shorter of the two ("tabrenian" and "Tabrenia",
// "ministry" and "Velmoran defence ministry").
func ownerOf(t *graph.Claim, owner string) bool {
	for _, name := range [...]string{t.Speaker, t.Side} {
		for w := range strings.FieldsSeq(name) {
			w = strings.ToLower(trimPossessive(w))
			n := min(5, len(w), len(owner))
			if n >= 4 && w[:n] == owner[:n] {
				return true
			}
		}
	}
	return false
}

// dismissiveText reports whether a word of text is one of dismissWords
// (in either case): the cheap test before a claim's sentence is read, in
// one pass over its words, where a search for each word was one pass
// each and found "lie" in "believe" and "earlier".
func dismissiveText(text string) bool {
	for i := 0; i < len(text); {
		for i < len(text) && !isASCIILetter(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if dismissWord(text[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// dismissWord reports whether w, a run of ASCII letters, is one of
// dismissWords in either case: the first letter by a table, then the few
// words that start with it, folded (a sentence may open on "Lies").
func dismissWord(w string) bool {
	if n := len(w); n < 3 || n > 11 {
		return false
	}
	ws := dismissByFirst[w[0]]
	return len(ws) > 0 && foldIn(w, ws)
}

// dismissByFirst holds the words of dismissWords by their first letter,
// in either case: most words of a claim find none and are not compared.
var dismissByFirst = func() (t [256][]string) {
	for _, w := range dismissWords {
		t[w[0]] = append(t[w[0]], w)
		t[w[0]-'a'+'A'] = append(t[w[0]-'a'+'A'], w)
	}
	return t
}()

// verdictNouns name a charge whose verdict a side gives: "called the
// accusation …", "described Velland's allegations as …". Not "account" or
// "version": a side that calls the other's account "a cover story"
// charges it with lying about as often as it denies.
var verdictNouns = map[string]bool{
	"accusation": true, "accusations": true, "allegation": true, "allegations": true, "charge": true,
	"charges": true, "claim": true, "claims": true, "suggestion": true, "suggestions": true,
}

// chargeVerdict reports whether the naming verb v ("called", "described",
// "branded", "labelled") takes a charge noun, after a determiner, an
// owner or a modifier ("the accusation", "that claim", "Velland's
// allegations", "the missile claim"), then, after "as" or at once, a
// quotation: "called the accusation “a bedtime story for voters”",
// "described the claim as “an old smear dressed up as news”". A side quoted giving its word on the charge denies it,
// whatever the word (dismissal reads only words of falsehood): of 37 such
// sentences the tuning sets' gold labels, 33 are denials and four the
// speaker's counter-charge.
func (d *docState) chargeVerdict(v int, lemma string) bool {
	switch lemma {
	case "call", "describe", "brand", "label":
	default:
		return false
	}
	for k := v + 1; k < len(d.toks) && k <= v+4; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.inQ {
			return false
		}
		if !verdictNouns[t.low] {
			if k == v+1 && !t.is(fDet) && !strings.HasSuffix(t.low, "'s") && !strings.HasSuffix(t.low, "’s") {
				return false // "called for", "described them": no charge named
			}
			continue
		}
		j := k + 1
		if j < len(d.toks) && (d.toks[j].low == "that" || d.toks[j].low == "about") {
			// "described the regulator's accusation that the plant hid
			// its logs as “false”", "called the navy's claim about mines
			// in the harbour “a lie”": what the charge says
			// comes between; the verdict follows it within the clause
			j = d.verdictAfter(j+1, lemma == "describe")
		}
		if j < len(d.toks) && d.toks[j].low == "as" {
			j++
		}
		return j < len(d.toks) && d.toks[j].kind == tQuote && d.toks[j].open
	}
	return false
}

// verdictAfter returns where a quoted verdict opens after what a charge
// says, from j ("… the company hid the results as “false”"): the
// quotation, or "as" before it when as is set, within twenty words and
// before a comma or the sentence's end; len(d.toks) when there is none.
func (d *docState) verdictAfter(j int, as bool) int {
	for k := j; k < len(d.toks) && k < j+20; k++ {
		t := &d.toks[k]
		switch {
		case isEnd(t) || t.low == "," || t.kind == tQuote && !t.open:
			return len(d.toks)
		case as && t.low == "as" && k+1 < len(d.toks) && d.toks[k+1].kind == tQuote && d.toks[k+1].open:
			return k
		case !as && t.kind == tQuote && t.open:
			return k
		}
	}
	return len(d.toks)
}
