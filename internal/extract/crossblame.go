package extract

import (
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
func crossBlameTargets(prev []graph.Claim, d *graph.Claim, cache *stemCache) []string {
	if d.Side == "" || d.Polarity != graph.Positive || d.Kind != graph.KindAssertion && d.Kind != graph.KindAccusation {
		return nil
	}
	if !hasRival(prev, d) || !turnsBlame(d.Text) || forecast(d.Text) || reciprocal(strings.Replace(d.Text, "the other way", "", 1)) {
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

// turnsBlame reports whether text turns a charge back on who made it by
// a mark of news prose: a cleft that names the doer ("it was Kestovian
// engineers who", "it was the pickets that"), a reflexive doer ("the
// separatists themselves", "its own forces"), or a reversal ("the other
// way round", "the other way").
func turnsBlame(text string) bool {
	for _, m := range [...]string{"it was ", "It was ", "themselves", "himself", "herself", "itself", " own forces",
		" own troops", " own soldiers", " own men", " own guards", " own police", " own artillery", " own fighters",
		" own people", " own crews", " own neighbours", " own neighbors", "the other way"} {
		i := strings.Index(text, m)
		if i < 0 {
			continue
		}
		if m == "it was " || m == "It was " {
			// a cleft: "it was X who/that …" within a few words
			rest := text[i+len(m):]
			f := strings.Fields(rest)
			for j := 1; j < min(len(f), 7); j++ {
				if f[j] == "who" || f[j] == "that" || f[j] == "which" {
					return true
				}
			}
			continue
		}
		if m == "themselves" || m == "himself" || m == "herself" || m == "itself" {
			// "should ask themselves why", "a group calling itself
			// the Front": the reflexive of a verb, not the doer
			before, _ := splitLastWord(strings.TrimRight(text[:i], " "))
			after, _, _ := strings.Cut(strings.TrimLeft(text[i+len(m):], " "), " ")
			if foldPrefixIn(before, reflexiveVerbs) || foldIn(strings.Trim(after, quoteCut), []string{"why", "what", "whether", "how", "if"}) {
				continue
			}
		}
		return true
	}
	return false
}

// reflexiveVerbs start the verbs whose object a reflexive pronoun is
// ("ask themselves", "calling itself", "defend themselves"), where it
// names no doer.
var reflexiveVerbs = []string{"ask", "call", "describ", "defend", "protect", "consider", "see", "find", "present",
	"declar", "style", "nam", "prepar", "brac", "help", "expos", "distanc", "commit"}

// rivalPlaceTarget: the claim d answers by placing the event in another
// side's ground than the other side placed it: "the Vaska Luz had been
// fishing legally in Quellmark waters" against "hauling nets well inside
// Ostravane fishing waters"; "two miles on the Nessarian side of the
// median line" against "4.2 nautical miles inside Valdurn's territorial
// waters". Each names a place of a kind by whose it is (placeOwners:
// waters, territory, airspace, soil, a zone, a side of the line); d's and
// t's owners differ, one of them is a side of the two (or "our", "its
// own": the speaker's), neither claim names the other's owner's place,
// and they share a content word besides the place's kind. d answers the
// latest positive claim within restateWindow of another known side so.
func rivalPlaceTargets(prev []graph.Claim, d *graph.Claim, cache *stemCache) []string {
	if d.Side == "" || d.Polarity != graph.Positive || d.Kind != graph.KindAssertion && d.Kind != graph.KindAccusation {
		return nil
	}
	if !placeWordIn(d.Text) || !hasRival(prev, d) {
		return nil
	}
	var dArr, tArr [4]string
	dOwn := placeOwners(d.Text, dArr[:0])
	if len(dOwn) == 0 || forecast(d.Text) {
		return nil
	}
	var ids []string
	rep := dropPlaceWords(reportedOwn(d.Text))
	for k, t := range rivalVersions(prev, d) {
		if !placeWordIn(t.Text) || forecast(t.Text) || reciprocal(t.Text) {
			continue
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
