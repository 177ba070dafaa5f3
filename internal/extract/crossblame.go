package extract

import (
	"slices"
	"strings"

	"github.com/contra-project/contra/graph"
)

// crossBlameTarget: the claim d answers by laying on the other side the
// act that side laid on d's: "Kestovian army engineers had demolished the
// fence" against "Tulvanian border guards had flattened the fence";
// "Pellemark's own forces had fired on the plant" against "Ruvanian
// artillery fired eleven shells at the plant". Each names the other's side
// as who did it (its subject, or the side's name in its words when its
// subject is unresolved) and tells of the same thing (a content word they
// share in what they report), so the two are one event told two ways.
// marks are d's (marksOf), read only when hasRival found a rival.
func crossBlameTargets(prev []graph.Claim, d *graph.Claim, marks claimMarks, cache *stemCache) []string {
	if d.Side == "" || d.Polarity != graph.Positive || d.Kind != graph.KindAssertion && d.Kind != graph.KindAccusation {
		return nil
	}
	if !marks.turns || forecast(d.Text) || reciprocal(strings.Replace(d.Text, "the other way", "", 1)) {
		return nil
	}
	if cleftOwnDoer(d.Text, d.Side) {
		// the doer the cleft names is the speaker's own: "it was the
		// union's own members who walked out" owns the act and lays
		// nothing on the other side
		return nil
	}
	dStem := sideStem(d.Side)
	rep := reportedOwn(d.Text)
	var ids []string
	for k, t := range rivalVersions(prev, d) {
		if !(sameName(t.Subject, d.Side) || t.Subject == "" && namesStem(t.Text, dStem)) {
			continue // t lays nothing on d's side
		}
		if forecast(t.Text) || reciprocal(t.Text) {
			continue
		}
		if sharesStem(rep, cache.of(prev, k)) {
			ids = append(ids, t.ID)
		}
	}
	return ids
}

// claimMarks are the words of a claim that the answers of dismiss.go and
// crossblame.go look for: a word of falsehood (dismissWords); a mark of
// news prose that turns a charge back on who made it, a cleft that names
// the doer ("it was Kestovian engineers who", "it was the pickets
// that"), a reflexive doer ("the separatists themselves", "its own
// forces") or a reversal ("the other way round"); a place of placeKinds. marksOf finds
// all three in one pass over the claim's words, which most claims pass
// with none.
type claimMarks struct{ dismiss, turns, place bool }

func marksOf(text string) (m claimMarks) {
	prev, prevAt := "", 0 // the word before, and where it starts
	for i := 0; i < len(text); {
		for i < len(text) && !isASCIILetter(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if j == i {
			break
		}
		w := text[i:j]
		m.dismiss = m.dismiss || dismissWord(w)
		switch w {
		case "themselves", "himself", "herself", "itself":
			m.turns = m.turns || reflexiveDoer(text, prev, j)
		case "way":
			m.turns = m.turns || prev == "other" && strings.HasSuffix(text[:prevAt], "the ")
		case "was":
			if prev == "it" || prev == "It" {
				// a cleft: "it was X who/that …" within a few words
				f := strings.Fields(text[j:])
				for k := 1; k < min(len(f), 7) && !m.turns; k++ {
					m.turns = f[k] == "who" || f[k] == "that" || f[k] == "which"
				}
			}
		case "waters", "territory", "airspace", "soil", "zone":
			m.place = true
		case "side":
			m.place = m.place || strings.HasPrefix(text[j:], " of the")
		default:
			m.turns = m.turns || prev == "own" && slices.Contains(ownDoers, w)
		}
		prev, prevAt = w, i
		i = j
	}
	return m
}

// ownDoers are the nouns after "own" that name who did something: "its
// own forces", "their own neighbours" (whom they harmed themselves).
var ownDoers = []string{"forces", "troops", "soldiers", "men", "guards", "police", "artillery", "fighters", "people",
	"crews", "neighbours", "neighbors"}

// reflexiveDoer reports whether a reflexive pronoun after the word before
// (before) and ending at end names who did the act ("burned the warehouse
// themselves", "the separatists themselves"), not the object of a verb
// ("should ask themselves why", "a group calling itself the Front").
func reflexiveDoer(text, before string, end int) bool {
	after, _, _ := strings.Cut(strings.TrimLeft(text[end:], " "), " ")
	return !foldPrefixIn(before, reflexiveVerbs) && !foldIn(strings.Trim(after, quoteCut), []string{"why", "what", "whether", "how", "if"})
}

// reflexiveVerbs start the verbs whose object a reflexive pronoun is
// ("ask themselves", "calling itself", "defend themselves"), where it
// names no doer.
var reflexiveVerbs = []string{"ask", "call", "describ", "defend", "protect", "consider", "see", "find", "present",
	"declar", "style", "nam", "prepar", "brac", "help", "expos", "distanc", "commit"}

// rivalPlaceTargets: the claims d answers by placing the event in
// another side's ground than the other side placed it: "the Vaska Luz had
// been fishing legally in Quellmark waters" against "hauling nets well
// inside Ostravane fishing waters"; "two miles on the Nessarian side of
// the median line" against "4.2 nautical miles inside Valdurn's
// territorial waters". Each names a place of a kind by whose it is
// (placeOwners: waters, territory, airspace, soil, a zone, a side of the
// line), all of one owner in each claim; the two owners differ and one
// of them is a side of the two (or "our", "its": the speaker's). d answers
// each positive claim within restateWindow of another known side so, when
// each claim's place is one of the two sides', or else when the two
// share a content word besides the words of place. marks are d's
// (marksOf), read only when hasRival found a rival.
func rivalPlaceTargets(prev []graph.Claim, d *graph.Claim, marks claimMarks, src []byte, cache *stemCache) []string {
	if d.Side == "" || d.Polarity != graph.Positive || d.Kind != graph.KindAssertion && d.Kind != graph.KindAccusation {
		return nil
	}
	if !marks.place || separateMatter(src, d) {
		return nil
	}
	var dArr, tArr [4]string
	dOwn := placeOwners(d.Text, dArr[:0])
	if len(dOwn) == 0 || forecast(d.Text) {
		return nil
	}
	var ids []string
	rep := dropPlaceWords(reportedOwn(d.Text))
	dDay := eventDay(d.Text)
	for k, t := range rivalVersions(prev, d) {
		if !placeWordIn(t.Text) || forecast(t.Text) || reciprocal(t.Text) {
			continue
		}
		if dDay != "" {
			// two claims that date what they tell on different days
			// ("its display team flew in Valdurn's airspace on
			// Friday" / "its own team flew in Nessarian airspace on
			// Saturday") tell of two events, each in its own ground
			if tDay := eventDay(t.Text); tDay != "" && tDay != dDay {
				continue
			}
		}
		tOwn := placeOwners(t.Text, tArr[:0])
		if len(tOwn) == 0 {
			continue
		}
		// whose each claim's places are, as "d" or "t" for the two
		// sides
		dSide, tSide := ownerSides(dOwn, d, t), ownerSides(tOwn, t, d)
		switch dSide {
		case "c":
			dSide = "d"
		case "o":
			dSide = "t"
		}
		switch tSide {
		case "c":
			tSide = "t"
		case "o":
			tSide = "d"
		}
		if dSide == "" || tSide == "" || dSide == tSide || !(dSide == "d" || dSide == "t" || tSide == "d" || tSide == "t") {
			continue
		}
		if dSide == "d" && tSide == "t" || dSide == "t" && tSide == "d" || sharesStem(rep, cache.of(prev, k)) {
			// each side's ground against the other's is one thing
			// told two ways whatever else the two tell
			ids = append(ids, t.ID)
		}
	}
	return ids
}

// placeKinds are the kinds of place a side owns that news of border and sea
// incidents sets the event in.
var placeKinds = []string{"waters", "territory", "airspace", "soil", "zone", "side of the"}

// placeWordIn reports whether text holds a word of placeKinds: the cheap
// test before its owners are read.
func placeWordIn(text string) bool {
	for _, p := range placeKinds {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

// placeOwners appends to owners, and returns, the words that say whose
// each place of placeKinds in text is: the capitalised word (a name or its
// adjective, without "'s") among the three words before it ("Valdurn's
// territorial waters", "Ostravane fishing waters", "the Nessarian side of
// the median line"), "our", "its", "their" (the speaker's), or
// "international"; at most len(cap(owners)).
func placeOwners(text string, owners []string) []string {
	for _, p := range placeKinds {
		for i := strings.Index(text, p); i >= 0 && len(owners) < cap(owners); i = nextIndex(text, p, i) {
			if i > 0 && isASCIILetter(text[i-1]) || i+len(p) < len(text) && isASCIILetter(text[i+len(p)]) {
				continue
			}
			if p == "side of the" {
				rest := text[i+len(p):]
				if !strings.HasPrefix(rest, " line") && !strings.HasPrefix(rest, " median") && !strings.HasPrefix(rest, " border") &&
					!strings.HasPrefix(rest, " frontier") && !strings.HasPrefix(rest, " boundary") {
					continue
				}
			}
			before := strings.TrimRight(text[:i], " ")
			for n := 0; n < 3 && before != ""; n++ {
				w, rest := splitLastWord(before)
				w = trimPossessive(strings.Trim(w, quoteCut))
				if w == "" {
					break
				}
				if lw := strings.ToLower(w); lw == "our" || lw == "its" || lw == "their" || lw == "international" {
					owners = append(owners, lw)
					break
				}
				if 'A' <= w[0] && w[0] <= 'Z' {
					owners = append(owners, w)
					break
				}
				if strings.ContainsAny(w, ",;:") {
					break
				}
				before = strings.TrimRight(rest, " ")
			}
		}
	}
	return owners
}

// ownerSides says whose the places of owners, told in c's text, are,
// when they are all one's: "c" for c's own side (its name, or "our",
// "its", "their"), "o" for the other claim o's side, "international",
// another owner's word, or "" when they differ.
func ownerSides(owners []string, c, o *graph.Claim) string {
	cStem, oStem := sideStem(c.Side), sideStem(o.Side)
	who := ""
	for _, w := range owners {
		var s string
		switch {
		case w == "our" || w == "its" || w == "their" || namesStem(w, cStem):
			s = "c"
		case namesStem(w, oStem):
			s = "o"
		default:
			s = strings.ToLower(w)
		}
		if who != "" && who != s {
			return ""
		}
		who = s
	}
	return who
}

// dropPlaceWords returns text without the words of placeKinds, which two
// claims on rival places share whatever they tell of.
func dropPlaceWords(text string) string {
	for _, w := range [...]string{"waters", "territory", "airspace", "soil", "zone", "side", "line", "median", "border", "inside", "miles", "nautical", "kilometres", "territorial", "exclusive", "economic"} {
		text = strings.ReplaceAll(text, w, "")
	}
	return text
}

// eventDay returns the weekday (lower case) that dates what text reports,
// or "": the first weekday of its reported part (reportedPart) but the
// one that dates the saying, right after the reporting verb ("said on
// Monday that …").
func eventDay(text string) string {
	f := strings.Fields(reportedPart(text))
	for i, w := range f {
		w = strings.ToLower(strings.Trim(w, quoteCut+"!?"))
		if !placeDays[w] {
			continue
		}
		if i == 0 || i == 1 && strings.EqualFold(f[0], "on") {
			continue // the day of the saying
		}
		return w
	}
	return ""
}

// cleftOwnDoer reports whether text's cleft ("it was X who …") names as
// the doer the speaker's own side, side: "our", "we", "its own", "their
// own", or side's name or its last noun before "own" ("the union's own
// members" of the Selm Dockers' Union).
func cleftOwnDoer(text, side string) bool {
	i := strings.Index(text, "it was ")
	if j := strings.Index(text, "It was "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 {
		return false
	}
	f := strings.Fields(text[i+len("it was "):])
	var doer []string
	for k := 0; k < min(len(f), 7); k++ {
		if f[k] == "who" || f[k] == "that" || f[k] == "which" {
			doer = f[:k]
			break
		}
	}
	sideWords := strings.Fields(strings.ToLower(side))
	for k, w := range doer {
		w = strings.ToLower(strings.Trim(w, quoteCut))
		switch w {
		case "our", "we", "us":
			return true
		case "own":
			if k == 0 {
				continue
			}
			p := trimPossessive(strings.ToLower(strings.Trim(doer[k-1], quoteCut)))
			if p == "its" || p == "their" || len(sideWords) > 0 && (p == sideWords[len(sideWords)-1] || slices.Contains(sideWords, p) && len(p) > 3) {
				return true
			}
		}
	}
	return false
}

// separateMatterOpeners open a sentence that news prose sets apart from
// the story before it: "Separately, Quellmark's navy said one of its own
// frigates had exercised in Quellmark waters" tells of something else
// than the seizure it follows.
var separateMatterOpeners = []string{"Separately", "In a separate", "In an unrelated", "Elsewhere,"}

// separateMatter reports whether d's sentence in src opens with one of
// separateMatterOpeners: the words before d's evidence back to the end
// of the sentence before, or d's own text.
func separateMatter(src []byte, d *graph.Claim) bool {
	open := d.Text
	if d.Evidence != nil && d.Evidence.Start <= len(src) {
		i := d.Evidence.Start
		for i > 0 && i > d.Evidence.Start-200 && !strings.ContainsRune(".!?\n", rune(src[i-1])) {
			i--
		}
		open = strings.TrimLeft(string(src[i:d.Evidence.Start]), " \"\u201c") + d.Text
	}
	for _, o := range separateMatterOpeners {
		if strings.HasPrefix(open, o) {
			return true
		}
	}
	return false
}
