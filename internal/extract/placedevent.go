package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Incidents named by their place. News and analysts name an incident by
// where it happened once the headline or the first paragraph ties it
// there: "the Kestle Ridge fire", "deadly Harbury chemical blast",
// "collision with patrol boat in the Voss Strait", "massacre of 37
// villagers in Tarn". The induced name ("boat collision", "villager
// massacre") says what happened but not which one; the place says which.
// A state's name is no place of an incident: it names a side ("Quellmark
// fishing boat"), as an organisation's name names a party. An article
// that ties the event's noun to two places names no one place.

// placeMonths and weekdays are capitalised words after "in" or "on"
// that date an event rather than place it ("the fire in March").
var placeDays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// placeDeterminers open a capitalised run that names no place ("The
// recall", "This fire").
var placeDeterminers = map[string]bool{"this": true, "that": true, "these": true, "those": true, "its": true, "their": true}

// evPlacePreps tie a place to the event noun right after it ("fire at
// Dunmore", "collision off Cape Rell"). Not "near": "abduction of aid
// workers near Tepra" reckons the scene from a landmark, which news
// seldom names the incident by.
var evPlacePreps = map[string]bool{"in": true, "at": true, "off": true}

// placeLinkWords may stand between the event noun and its place: "the
// massacre of 37 villagers in Tarn", "collision with a patrol boat in
// the Voss Strait".
var placeLinkWords = map[string]bool{"of": true, "with": true}

// placeSkipStop are words a modifier before the event noun never is:
// "blames rebels for massacre" has no modifier "for".
var placeSkipStop = map[string]bool{
	"for": true, "after": true, "over": true, "of": true, "in": true, "at": true, "on": true, "the": true,
	"a": true, "an": true, "and": true, "to": true, "by": true, "with": true, "as": true, "from": true,
}

// placedName returns name, the document's incident as the article names
// it, prefixed with the one place the headline or the first paragraph
// ties its event noun to, or name itself when they tie it to none or to
// several.
func (d *docState) placedName(name string) string {
	sp := strings.LastIndexByte(name, ' ')
	head := name[sp+1:]
	if head == "" || strings.IndexFunc(name, unicode.IsUpper) >= 0 {
		return name
	}
	// the headline is the desk's name for the incident; the first
	// paragraph places it but as often tells another incident by the
	// same noun ("Last month … accused them of the burning of a polling
	// station in Orsk"), and the desk that named it without a place
	// ("after quarry blast cracks wall") did not name it by one
	text := d.headline
	place := ""
	for _, p := range d.eventPlaces(text, name, head) {
		if place != "" && p != place {
			return name // two places: no one incident's name
		}
		place = p
	}
	if place == "" {
		return name
	}
	return withPlace(place, "", name)
}

// placedAct returns the act name ("marker moving"), an object and a
// gerund, named by the one place the headline ties it to after its
// object and by the object as the headline writes it ("accuse each
// other of moving border markers in Sarro Pass": Sarro Pass border
// marker moving), or name when it ties it to none.
func (d *docState) placedAct(name string) string {
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 || !strings.HasSuffix(name, "ing") || strings.IndexFunc(name, unicode.IsUpper) >= 0 {
		return name
	}
	place, object := d.actObjectPlace(d.headline, name)
	if place == "" {
		return name
	}
	return withPlace(place, "", object+" "+name[sp+1:])
}

// withPlace returns name prefixed with place and mods, or name when it
// holds a word of place already.
func withPlace(place, mods, name string) string {
	for w := range strings.FieldsSeq(strings.ToLower(place)) {
		if hasWords(name, w) {
			// the name already holds the word ("tarvel poisoning" of
			// a person Tarvel, "dam flood" at the Veldhaan Dam): its
			// own rules chose it
			return name
		}
	}
	if mods != "" {
		// the object's own modifiers, as the headline writes them
		// ("border markers"): the act named with what it moved
		return place + " " + mods + " " + name
	}
	return place + " " + name
}

// actObjectPlace returns the one place s ties the act name ("marker
// moving") to after the act's object, "<gerund> [the] [modifiers]
// <object> in|at|off <Place>" ("moving border markers in Sarro Pass"),
// with the object as s writes it, singular ("border marker"); "", ""
// when s ties it to none or to several.
func (d *docState) actObjectPlace(s, name string) (string, string) {
	sp := strings.LastIndexByte(name, ' ')
	head := name[sp+1:]
	obj := name[strings.LastIndexByte(name[:sp], ' ')+1 : sp]
	ws := evPlaceWords(s)
	place, object := "", ""
	for i, w := range ws {
		if w.w != head || w.post {
			continue
		}
		var words []string
		seen := false // the object's word read: "border" of "moving border posts"
	scan:
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			x := ws[k]
			if x.pre || !evLowerWord(x.w) {
				break
			}
			switch {
			case x.w == obj || singularWord(x.w) == obj:
				seen = true
				words = append(words, x.w)
			case placeDeterminers[x.w] || x.w == "the" || x.w == "a" || x.w == "an":
			case placeSkipStop[x.w]:
				break scan // "moving troops to the border": no object's word
			default:
				words = append(words, x.w)
			}
			if seen {
				if p := d.evPlaceAfter(ws, k); p != "" {
					words[len(words)-1] = singularWord(words[len(words)-1])
					o := strings.Join(words, " ")
					if place != "" && (p != place || o != object) {
						return "", "" // two places: no one act's name
					}
					place, object = p, o
					break
				}
			}
			if x.post {
				break
			}
		}
	}
	return place, object
}

// placeWord is a word of text with the punctuation around it split off.
type placeWord struct {
	w     string // the word's letters, digits, hyphens and apostrophes
	pre   bool   // punctuation before it ("(Ibbeth")
	post  bool   // punctuation after it ("Ibbeth,")
	start bool   // the first word of a sentence
}

func evPlaceWords(s string) []placeWord {
	var out []placeWord
	prevEnd := true
	for line := range strings.Lines(s) {
		// a line's first word opens a sentence (a caption, a headline)
		prevEnd = true
		out = appendPlaceWords(out, line, prevEnd)
	}
	return out
}

func appendPlaceWords(out []placeWord, s string, prevEnd bool) []placeWord {
	for f := range strings.FieldsSeq(s) {
		w := strings.TrimLeftFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		pre := len(w) != len(f)
		t := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		post := len(t) != len(w)
		out = append(out, placeWord{w: t, pre: pre, post: post, start: prevEnd})
		prevEnd = post && strings.ContainsAny(w[len(t):], ".:;!?|—–") || t == "" || f == "-" || f == "—"
	}
	return out
}

// eventPlaces returns the places s ties the event noun head (or its
// plural) to: a run of capitalised words right before it, over at most
// two modifiers ("Hallstrand chemical blast"), or after "in", "at",
// "near" or "off" right after it or after a short "of"/"with" phrase.
func (d *docState) eventPlaces(s, name, head string) []string {
	if !strings.Contains(s, head) {
		return nil
	}
	ws := evPlaceWords(s)
	var out []string
	for i, w := range ws {
		if w.w != head && w.w != head+"s" && w.w != head+"es" {
			continue
		}
		if p := d.evPlaceBefore(ws, i, name); p != "" {
			out = append(out, p)
		}
		if p := d.evPlaceAfter(ws, i); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func evLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func evUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// evPlaceBefore returns the capitalised run that ends right before the
// event noun at i, or before one or two lower-case modifiers of it.
func (d *docState) evPlaceBefore(ws []placeWord, i int, name string) string {
	if ws[i].pre {
		return ""
	}
	j := i - 1
	// only the name's own modifiers stand between ("Brask freight
	// derailment" of a freight derailment); any other word may be a
	// verb whose subject is a party ("Ostmark had cut")
	for skip := 0; j >= 0 && skip < 2 && !ws[j].post && !ws[j].pre && nameModifier(name, ws[j].w); skip++ {
		j--
	}
	if j < 0 || ws[j].post {
		return ""
	}
	e := j + 1
	for j >= 0 && e-j <= 3 && evUpperWord(ws[j].w) && !ws[j].post {
		j--
		if ws[j+1].pre {
			break // "(Hallstrand": the run opens there
		}
	}
	start := j + 1
	if start == e || ws[start].start {
		// none, or a capital that opens a sentence: no sign of a name
		return ""
	}
	if !ws[start].pre && j >= 0 && evUpperWord(ws[j].w) && !ws[j].post {
		return "" // a longer run: a body's name
	}
	return d.placeRun(ws[j+1 : e])
}

// evPlaceAfter returns the capitalised run after "in", "at", "near" or
// "off" (and "the" and one adjective) right after the event noun at i,
// or after an "of"/"with" phrase of up to four words.
func (d *docState) evPlaceAfter(ws []placeWord, i int) string {
	if ws[i].post {
		return ""
	}
	k := i + 1
	if k < len(ws) && placeLinkWords[ws[k].w] {
		for n := 0; ; n++ {
			k++
			if k >= len(ws) || n >= 5 || ws[k].pre || evUpperWord(ws[k].w) {
				return ""
			}
			if evPlacePreps[ws[k].w] {
				break
			}
			if ws[k].post {
				return ""
			}
		}
	}
	if k >= len(ws) || !evPlacePreps[ws[k].w] || ws[k].post {
		return ""
	}
	k++
	if k < len(ws) && ws[k].w == "the" && !ws[k].post {
		k++
		if k < len(ws) && evLowerWord(ws[k].w) && !ws[k].post {
			k++ // "the disputed Voss Strait"
		}
	}
	e := k
	for e < len(ws) && e-k < 3 && evUpperWord(ws[e].w) && (e == k || !ws[e].pre) {
		e++
		if ws[e-1].post {
			break
		}
	}
	if e == k || e < len(ws) && e-k == 3 && evUpperWord(ws[e].w) && !ws[e-1].post {
		return ""
	}
	if e < len(ws) && !ws[e-1].post && (evUpperWord(ws[e].w) || ws[e].w == "of" || evLowerWord(ws[e].w) && !placeSkipStop[ws[e].w]) {
		// "in Tarn Valley Road …", "at Port of …": a longer name;
		// "at Norvik hospital", "in the Kessel strait": a name before
		// a noun of its own, whose words news keeps or drops
		return ""
	}
	return d.placeRun(ws[k:e])
}

// placeRun returns the run of words as a place's name, or "" when it
// names a state, a demonym's people, a party or a person the article
// names ("Donald Trump ads attack" is no place's), a day or a month, or
// is an acronym or a possessive.
func (d *docState) placeRun(run []placeWord) string {
	parts := make([]string, 0, len(run))
	for _, w := range run {
		lw := strings.ToLower(w.w)
		if months[lw] || placeDays[lw] || placeSkipStop[lw] || placeDeterminers[lw] || strings.ContainsAny(w.w, "'’‘") || d.knownPersonWord(lw) || len(w.w) < 2 || strings.ToUpper(w.w) == w.w {
			return ""
		}
		parts = append(parts, w.w)
	}
	name := strings.Join(parts, " ")
	if d.isState(name) || d.tax.Demonym(name) != "" || len(parts) == 1 && demonymLike(name) {
		return ""
	}
	if _, ok := d.tax.Actor(name); ok {
		return ""
	}
	for i := range d.claims {
		// a side, a subject or a speaker of a claim is a party
		// ("Velland said Ostmark shelling had hit the camp")
		if c := &d.claims[i].c; c.Side == name || c.Subject == name || c.Speaker == name {
			return ""
		}
	}
	for _, o := range d.open {
		// a party's name or a word of it ("Corrander" of Corrander
		// Power & Light) names the party, not where it happened
		if o.name == name || hasWords(o.name, name) || o.demonym == name {
			return ""
		}
	}
	return name
}

// knownPersonWord reports whether w (lower case) is a word of the name
// of a person the article tells as one: with a role, a title or a
// pronoun. Its list of persons holds any capitalised pair it met
// ("Hesket Strait" too) until a role or a pronoun told.
func (d *docState) knownPersonWord(w string) bool {
	for _, p := range d.persons {
		if p.role == "" && p.title == "" && p.gender == 0 {
			continue
		}
		if slices.Contains(p.parts, w) {
			return true
		}
	}
	return false
}

// nameModifier reports whether w is a modifier of the incident's name,
// singular or plural ("tailings" of "tailing spill").
func nameModifier(name, w string) bool {
	if !evLowerWord(w) {
		return false
	}
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 {
		return false
	}
	for m := range strings.FieldsSeq(name[:sp]) {
		if m == w || m == singularWord(w) {
			return true
		}
	}
	return false
}
