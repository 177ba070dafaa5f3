package extract

import (
	"strings"
	"unicode"
)

// Incidents named by their site. News names an incident at a works, a
// prison, a dam or a mine by the place and the site together: "the
// explosion at Orlan Chemicals' Tessby plant" is the Tessby plant
// blast, "a fire at the Kell Road depot" the Kell Road depot fire,
// "the blast at the refinery in Dunmore" the Dunmore refinery blast. An
// article's own induced name says what happened to what part of it
// ("unit blast") or, when both sides argue over its cause, takes the
// cause one side charges ("corner cut" of "cut corners on safety")
// though the headline blames that cause for the incident ("Union blames
// skipped maintenance for deadly Tessby blast"): the cause is a side's
// account, the incident is what the dispute is about.

// siteNouns are the sites an incident happens at that news names by
// their place: "the Hallby plant", "the Sarn prison", "the Tarvel dam".
var siteNouns = map[string]bool{
	"plant": true, "works": true, "factory": true, "refinery": true, "mine": true, "pit": true,
	"dam": true, "prison": true, "jail": true, "camp": true, "hospital": true, "school": true,
	"port": true, "terminal": true, "depot": true, "warehouse": true, "reactor": true, "mill": true,
	"smelter": true, "quarry": true, "pipeline": true, "market": true, "stadium": true,
	"airport": true, "barracks": true, "bridge": true, "tunnel": true, "facility": true,
}

// siteWord is a word of text with its punctuation: raw is the field as
// written, w its letters (and inner hyphens and apostrophes).
type siteWord struct {
	w     string
	poss  bool // ends in 's or s' ("Chemicals'"): an owner, not a place
	pre   bool // punctuation before it
	post  bool // punctuation after it (not a possessive's apostrophe)
	start bool // the first word of a line or a sentence: no sign of a name
}

func siteWords(s string) []siteWord {
	var out []siteWord
	for line := range strings.Lines(s) {
		out = appendSiteWords(out, line)
	}
	return out
}

func appendSiteWords(out []siteWord, s string) []siteWord {
	start := true
	for f := range strings.FieldsSeq(s) {
		notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
		w := strings.TrimLeftFunc(f, notWord)
		pre := len(w) != len(f)
		t := strings.TrimRightFunc(w, notWord)
		tail := w[len(t):]
		poss := false
		if b, ok := strings.CutSuffix(t, "'s"); ok {
			t, poss = b, true
		} else if b, ok := strings.CutSuffix(t, "’s"); ok {
			t, poss = b, true
		} else if strings.HasPrefix(tail, "'") || strings.HasPrefix(tail, "’") {
			poss = true
			tail = strings.TrimLeft(tail, "'’")
		}
		out = append(out, siteWord{w: t, poss: poss, pre: pre, post: tail != "", start: start})
		start = strings.ContainsAny(tail, ".:;!?|—–") || t == ""
	}
	return out
}

// siteCapRun returns the end of the run of up to three capitalised words
// from i with no punctuation inside it, or i when none starts there.
func siteCapRun(ws []siteWord, i int) int {
	e := i
	for e < len(ws) && e-i < 3 && evUpperWord(ws[e].w) && (e == i || !ws[e].pre) {
		e++
		if ws[e-1].post || ws[e-1].poss {
			break
		}
	}
	return e
}

// sitePlace returns the place and site the event word at i is tied to:
// "<event> at|in [the] [<owner>'s] <Place> <site>" or "<event> at|in
// [the] <site> in|at|of <Place>" after it, or "<Place> <site> <event>"
// before it; "", "" when none.
func (d *docState) sitePlace(ws []siteWord, i int) (string, string) {
	// before: "Tessby plant blast"
	if i >= 2 && siteNouns[strings.ToLower(ws[i-1].w)] && !ws[i-1].post && !ws[i-1].poss && !ws[i].pre {
		e := i - 1
		j := e
		for j > 0 && e-j < 3 && evUpperWord(ws[j-1].w) && !ws[j-1].post && !ws[j-1].poss && !ws[j].pre {
			j--
		}
		if j < e && !ws[j].start && (j == 0 || !evUpperWord(ws[j-1].w) || ws[j-1].post) {
			if p := d.sitePlaceRun(ws[j:e]); p != "" {
				return p, strings.ToLower(ws[e].w)
			}
		}
	}
	if ws[i].post || i+1 >= len(ws) {
		return "", ""
	}
	k := i + 1
	if ws[k].w != "at" && ws[k].w != "in" || ws[k].post {
		return "", ""
	}
	k++
	if k < len(ws) && ws[k].w == "the" && !ws[k].post {
		k++
	}
	if k < len(ws) && evUpperWord(ws[k].w) {
		e := siteCapRun(ws, k)
		if e > k && ws[e-1].poss {
			// "at Orlan Chemicals' Tessby plant": the owner, then the place
			k = e
			e = siteCapRun(ws, k)
		}
		if e > k && e < len(ws) && !ws[e-1].post && !ws[e-1].poss && siteNouns[strings.ToLower(ws[e].w)] {
			if p := d.sitePlaceRun(ws[k:e]); p != "" {
				return p, strings.ToLower(ws[e].w)
			}
		}
		return "", ""
	}
	// "at the chemical plant in Tessby": one modifier at most
	if k < len(ws) && !siteNouns[ws[k].w] && evLowerWord(ws[k].w) && !ws[k].post {
		k++
	}
	if k+2 >= len(ws) || !siteNouns[ws[k].w] || ws[k].post {
		return "", ""
	}
	site := ws[k].w
	k++
	if ws[k].w != "in" && ws[k].w != "at" && ws[k].w != "of" || ws[k].post {
		return "", ""
	}
	k++
	e := siteCapRun(ws, k)
	if e == k || e < len(ws) && !ws[e-1].post && !ws[e-1].poss && (evUpperWord(ws[e].w) || siteNouns[ws[e].w]) {
		return "", "" // "in Tessby Old Town", "of Tessby port": a longer name
	}
	if p := d.sitePlaceRun(ws[k:e]); p != "" {
		return p, site
	}
	return "", ""
}

// sitePlaceRun is placeRun of a run of siteWords: a place's name, not a
// state's, a party's or a person's.
func (d *docState) sitePlaceRun(run []siteWord) string {
	pw := make([]placeWord, len(run))
	for i, w := range run {
		if w.poss {
			return ""
		}
		pw[i] = placeWord{w: w.w}
	}
	return d.placeRun(pw)
}

// headlineEventWord returns the one event noun of the headline's class
// (its singular form and its class), or "", "" when it names none or
// nouns of two classes.
func headlineEventWord(ws []siteWord) (string, string) {
	word, class := "", ""
	for _, w := range ws {
		lw := strings.ToLower(w.w)
		c := eventHeads[lw]
		if c == "" || c == "cut" {
			// "cut" is as often the verb ("cuts jobs") as the event
			continue
		}
		if class != "" && c != class {
			return "", ""
		}
		word, class = singularWord(lw), c
	}
	return word, class
}

// blamedFor reports whether the event word at i is what the headline
// blames or disputes: "for", "over" or "after" at most four words
// before it ("blames skipped maintenance for deadly Tessby blast").
func blamedFor(ws []siteWord, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch ws[j].w {
		case "for", "over", "after":
			return true
		}
		if ws[j].post {
			return false
		}
	}
	return false
}

// siteName returns the document's incident named by its place and site
// ("Tessby plant blast"), as the headline or the first paragraph ties
// the headline's one event noun to them, or name when they tie it to
// none or the article's incident is another. docTopic is the topic name
// names; when it is another (a cause one side charges, "corner cut"),
// the headline's incident takes its place only when the headline blames
// something for it and does not name the other itself.
func (d *docState) siteName(docTopic, name string) string {
	if d.headline == "" || strings.IndexFunc(name, unicode.IsUpper) >= 0 || d.configured(docTopic) {
		return name
	}
	hws := siteWords(d.headline)
	word, class := headlineEventWord(hws)
	if word == "" {
		return name
	}
	head := name[strings.LastIndexByte(name, ' ')+1:]
	same := eventHeads[head] == class
	if !same {
		if d.inTitle(docTopic) {
			return name // the headline names it: the story's own
		}
		if h := eventHeads[head]; h != "" && h != "cut" {
			// another incident by its own noun ("market fire"): no
			// cause one side charges, however the headline puts it
			// ("cut" is as often a charge's act: "cut corners")
			return name
		}
		blamed := false
		for i, w := range hws {
			if eventHeads[strings.ToLower(w.w)] == class && blamedFor(hws, i) {
				blamed = true
			}
		}
		if !blamed {
			return name
		}
		head = word
	}
	place, site := "", ""
	title := titleCaseHeadline(hws)
	for _, text := range []string{d.headline, d.lead()} {
		if text == d.headline && title {
			continue // capitals in a title-case headline mark no names
		}
		ws := hws
		if text != d.headline {
			ws = siteWords(text)
		}
		for i, w := range ws {
			if eventHeads[strings.ToLower(w.w)] != class {
				continue
			}
			p, s := d.sitePlace(ws, i)
			if p == "" {
				continue
			}
			if place != "" && (p != place || s != site) {
				return name // two sites: no one incident's name
			}
			place, site = p, s
		}
		if place != "" {
			break
		}
	}
	if place == "" {
		return name
	}
	if same && name != head && name != site+" "+head {
		// "payroll meltdown at Norvik hospital": what broke down is
		// the payroll, where is the hospital's; the name keeps both
		return place + " " + site + " " + name
	}
	return place + " " + site + " " + head
}

// titleCaseHeadline reports whether most of the headline's words of
// four letters or more are capitalised ("Blast At Tessby Plant Kills
// Four").
func titleCaseHeadline(ws []siteWord) bool {
	up, n := 0, 0
	for _, w := range ws {
		if len(w.w) < 4 {
			continue
		}
		n++
		if evUpperWord(w.w) {
			up++
		}
	}
	return n > 0 && up*4 >= n*3
}
