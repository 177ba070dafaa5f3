package extract

import (
	"slices"
	"strings"
)

// The article's main event. News labels nearly every claim of a dispute
// with one topic, the incident the headline reports (a fire, a
// shooting, a collision), even when a claim's own sentence blames a
// side aspect of it: "blaming each other for the violence that came
// before the fire", "blamed the airport for the delay". The body names
// such an aspect as the object of blame and so counts it with the
// blame bonus, which can outnumber the headline's incident; the rules
// here give the aspect's counts and claims back to the incident, as they
// do one side's version of it (a cause the side names, a second name of
// its kind for the same incident), and name the incident by the neutral
// noun the article uses over one side's verb for it.

// incidentHeads are the head nouns of the events the event verbs
// induce ("burned the rig": a rig burning), beside eventHeads.
var incidentHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range eventVerbs {
		m[v.head] = true
	}
	for _, v := range particleEvents {
		m[v.head] = true
	}
	// a person's death the headline names its story by ("the death of
	// Anton Brell": brell death, headlineDeath)
	m["death"] = true
	return m
}()

// incident reports whether topic t is an event the article induced from
// its own words, named by a noun and an event head ("rig burning").
func (d *docState) incident(t string) bool {
	// a bare event noun (the blaze a weak modifier left, weakSlot) is
	// an incident as its named form was: else the lead's other incident
	// takes it as an aspect (foldIntoLead)
	return (inducedEvent(t) || d.weakBare[t]) && !d.configured(t)
}

// inTitle reports whether topic t was counted from the headline.
func (d *docState) inTitle(t string) bool {
	f, ok := d.topicFirst[t]
	return ok && f <= d.titleSeq
}

// inLead reports whether topic t was counted from the headline or the
// first paragraph, which report the story's event.
func (d *docState) inLead(t string) bool {
	f, ok := d.topicFirst[t]
	return ok && (d.leadSeq == 0 || f <= d.leadSeq)
}

// leadIncident returns the one incident the part of the article that
// in admits (inTitle, inLead) reports and the body still counts, or ""
// when it reports none or several.
func (d *docState) leadIncident(in func(string) bool) string {
	ev := ""
	for t, n := range d.topicCount {
		if n <= 0 || !in(t) || !d.incident(t) {
			continue
		}
		if ev != "" {
			return ""
		}
		ev = t
	}
	return ev
}

// mainEvent settles the article's main event: the one incident the
// headline reports, or with none there the one the first paragraph
// reports, takes its aspects (and the headline's, its rival accounts:
// foldIntoLead); then the document's incident takes the later accounts
// of its kind (sameIncident).
func (d *docState) mainEvent() {
	if len(d.blamed) > 0 {
		if ev := d.leadIncident(d.inTitle); d.titleSeq > 0 && ev != "" {
			d.foldIntoLead(ev, true)
		} else if ev := d.leadIncident(d.inLead); ev != "" && d.leadSeq > 0 {
			d.foldIntoLead(ev, false)
		}
	}
	d.sameIncident()
	d.struckParty()
}

// armedNouns are the parties that shoot in a border or street shooting,
// as a side names the event by what was done to its own ("its patrol
// was fired on").
var armedNouns = map[string]bool{
	"patrol": true, "guard": true, "troop": true, "soldier": true, "gunman": true, "gunmen": true,
	"police": true, "officer": true, "policeman": true, "militia": true, "militiaman": true,
	"sniper": true, "army": true, "trooper": true, "rebel": true, "fighter": true,
}

// armedShooting reports whether a counted topic is a shooting named by
// an armed party, the only name struckParty changes.
func (d *docState) armedShooting() bool {
	for t, n := range d.topicCount {
		if noun, ok := strings.CutSuffix(t, " shooting"); ok && n > 0 && armedNouns[noun] {
			return true
		}
	}
	return false
}

// struckParty names the document's shooting by the person it killed
// when its name is an armed party's: "Herder shot dead; Sethmar says its
// patrol was fired on" reports a herder shooting, which the armed side
// tells as fire on its patrol. The killing of the person ("herder
// killing", shotDead) named in the headline or the first paragraph is
// the same shooting and folds into it.
func (d *docState) struckParty() {
	if !d.armedShooting() {
		return // most articles: no docTopic to settle twice
	}
	ev := d.docTopic()
	noun, head, ok := strings.Cut(ev, " ")
	if !ok || head != "shooting" || !armedNouns[noun] || d.configured(ev) {
		return
	}
	victim := ""
	for t, n := range d.topicCount {
		v, h, ok := strings.Cut(t, " ")
		if n > 0 && ok && h == "killing" && !armedNouns[v] && d.inLead(t) && (victim == "" || t < victim) {
			victim = t
		}
	}
	if victim == "" {
		return
	}
	name := victim[:strings.IndexByte(victim, ' ')+1] + head
	first := min(d.topicFirst[ev], d.topicFirst[victim])
	d.foldTopics(name, []string{ev, victim})
	d.topicFirst[name] = first
}

// foldIntoLead folds into the lead's incident ev the topics named as
// objects of blame and never in the headline: a blamed aspect ("the
// delay in reaching the wreck", "the violence that came before the
// fire", "the shortage" after a recall) is the incident's consequence or
// prelude as the parties argue about it, and its claims are about the
// incident. When the headline reports ev (headline) and the parties
// blame each other for ev itself, a topic the body names at least as
// often as ev is one side's account of its cause, even when the
// headline names it by whom it blames ("Belmark blames hackers for
// nationwide blackout", then "the cyberattack"): the incident, as the
// headline frames it, is the dispute, when the body still names it
// after the lead ("using the blackout to hide …"). A harm only the
// headline and lead name ("blames hackers for week-long outage") is the
// headline's word for what the article calls the attack.
func (d *docState) foldIntoLead(ev string, headline bool) {
	evN := d.topicCount[ev]
	var aspects []string
	for t, n := range d.topicCount {
		if n <= 0 || t == ev || shareWord(t, ev) {
			// a name sharing a word with the incident ("leak", "record
			// leak") is the incident itself, which its other rules name
			continue
		}
		// the headline may name the side's account by whom it blames
		// ("hackers"): a rival is folded even so
		if d.blamed[t] > 0 && !d.inTitle(t) || headline && d.blamed[ev] > 0 && n >= evN && d.namedAfterLead(ev) {
			aspects = append(aspects, t)
		}
	}
	d.foldTopics(ev, aspects)
}

// shareWord reports whether names a and b have a word in common.
func shareWord(a, b string) bool {
	for w := range strings.FieldsSeq(a) {
		for v := range strings.FieldsSeq(b) {
			if w == v {
				return true
			}
		}
	}
	return false
}

// sameIncident folds into the document's incident, when the headline or
// the first paragraph reports it, the other incidents of its kind the
// body names only after them: in an article on a border shooting,
// "had fired on a routine patrol" in a later paragraph is one side's
// account of that shooting, not a second one. Incidents the lead names
// side by side stay apart ("blamed each other for the strike on the
// market" and "had shelled the bridge").
func (d *docState) sameIncident() {
	ev := d.docTopic()
	if !d.incident(ev) || !d.inLead(ev) {
		return
	}
	head := ev[strings.LastIndexByte(ev, ' ')+1:]
	noun, _, _ := strings.Cut(ev, " ")
	class := craftClasses[noun]
	var same []string
	for t, n := range d.topicCount {
		// the string tests first: incident (two map probes and a
		// lowering) decides few of the topics counted
		if n <= 0 || t == ev {
			continue
		}
		if strings.HasSuffix(t, " "+head) && !d.inLead(t) && d.incident(t) {
			same = append(same, t)
		} else if class != "" && strings.HasPrefix(t, class+" ") && d.incident(t) && !introduced(d.str, class) {
			// "Velland downed Ostmark's drone; Ostmark says aircraft
			// was hit over its own soil": the class noun refers back
			// to the craft the incident names, whatever each side's
			// verb for what befell it
			same = append(same, t)
		}
	}
	d.foldTopics(ev, same)
}

// introduced reports whether text brings in a craft of the class noun
// as a new one ("a military transport aircraft crashed"): an
// indefinite article up to four words before it, in its own sentence
// and with no determiner of its own between. "The aircraft" refers
// back ("shot down a drone. The aircraft …" too); "an aircraft" is
// another.
func introduced(text, class string) bool {
	for i := strings.Index(text, class); i >= 0; i = nextIndex(text, class, i) {
		ws := strings.Fields(text[max(0, i-40):i])
		for j := len(ws) - 1; j >= 0 && j >= len(ws)-4; j-- {
			w := strings.ToLower(ws[j])
			if w == "a" || w == "an" || w == "another" {
				return true
			}
			if w == "the" || w == "this" || w == "that" || w == "its" || w == "their" || strings.ContainsAny(w[len(w)-1:], ".;:!?") {
				break
			}
		}
	}
	return false
}

// craftClasses name, for a craft's noun, the class noun news refers
// back to it by ("the drone" … "the aircraft", "the trawler" … "the
// vessel").
var craftClasses = map[string]string{
	"helicopter": "aircraft", "drone": "aircraft", "plane": "aircraft", "jet": "aircraft", "airliner": "aircraft",
	"boat": "vessel", "ship": "vessel", "trawler": "vessel", "ferry": "vessel", "tanker": "vessel", "freighter": "vessel",
}

// namedAfterLead reports whether the head noun of topic t occurs in the
// body after the first paragraph, as a word of its own or its plural
// ("the leak", "leaks"; not "leaked"): the parties still name the
// incident.
func (d *docState) namedAfterLead(t string) bool {
	if d.leadEnd <= 0 || d.leadEnd >= len(d.str) {
		return false
	}
	head := t[strings.LastIndexByte(t, ' ')+1:]
	body := d.str[d.leadEnd:]
	for i := 0; ; {
		j := strings.Index(body[i:], head)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(head)
		if e < len(body) && body[e] == 's' {
			e++ // the plural: "the fires"
		}
		if (j == 0 || !isASCIILetter(body[j-1])) && (e == len(body) || !isASCIILetter(body[e])) {
			return true
		}
		i = j + len(head)
	}
}

// versionHeads name an incident as one side tells it: what the other
// side did to it ("poisoning the river", "tried to ram the boat").
var versionHeads = map[string]bool{"poisoning": true, "ramming": true, "sabotage": true, "harassment": true}

// neutralHeads name an incident as news does whoever caused it.
var neutralHeads = []string{"spill", "leak", "shooting", "collision", "fire", "blast", "explosion", "crash"}

// neutralName returns the name of the document's incident ev by the
// neutral noun the article refers back to it with ("the spill") when
// the lead named it by one side's version ("accuses the firm of
// poisoning the river"): the river spill, as an editor names it; or "".
func (d *docState) neutralName(ev string) string {
	// a bare version noun ("ramming", weakSlot) has sp -1: "collision"
	sp := strings.LastIndexByte(ev, ' ')
	if !versionHeads[ev[sp+1:]] || d.configured(ev) || d.leadEnd <= 0 || d.leadEnd >= len(d.str) {
		return ""
	}
	if h := firstNeutralHead(d.str[d.leadEnd:]); h != "" {
		return ev[:sp+1] + h
	}
	return ""
}

// firstNeutralHead returns the first of neutralHeads that body names as
// "the h" or "this h" (capitalised or not) as whole words, as hasWords
// finds each, or "". It reads body once, where a hasWords scan for each
// of the eight heads with each of the four determiners read it 32 times.
func firstNeutralHead(body string) string {
	best := len(neutralHeads)
	for i := 0; i < len(body); i++ {
		if c := body[i]; c != 't' && c != 'T' || i > 0 && isASCIILetter(body[i-1]) {
			continue
		}
		j := i + 1
		switch rest := body[j:]; {
		case strings.HasPrefix(rest, "he "):
			j += len("he ")
		case strings.HasPrefix(rest, "his "):
			j += len("his ")
		default:
			continue
		}
		// the noun is the word's whole run of letters: hasWords wants
		// no letter after it
		e := j
		for e < len(body) && isASCIILetter(body[e]) {
			e++
		}
		if k := slices.Index(neutralHeads, body[j:e]); k >= 0 && k < best {
			best = k
		}
	}
	if best == len(neutralHeads) {
		return ""
	}
	return neutralHeads[best]
}

// hasWords reports whether s holds phrase as whole words (wordAt).
func hasWords(s, phrase string) bool {
	return wordAt(s, phrase, 0) >= 0
}

// thingClasses class the things an event struck without naming one:
// "an attack that damaged vital infrastructure" struck whatever the
// article names elsewhere. A modifier of the document's incident only:
// a charge of attacking infrastructure in general is its own dispute,
// named so.
var thingClasses = map[string]bool{
	"infrastructure": true, "facility": true, "installation": true, "target": true, "asset": true,
}

// unstruckModifier returns name, the document's incident as the article
// names it, without the modifier before its event noun when that word
// names no thing the event struck and so does not tell the incident from
// another of its kind: a second event it happened in ("dockers hurt in
// strike clashes": the clashes, whose dispute is not the strike), a
// class of things ("an attack that damaged vital infrastructure"), or
// the class of the one person it befell when the article names that
// person ("nurse kidnapped", then "Ana Brel, 31, was seized"): a desk
// names such an incident by the person or by its bare noun, and the
// headline's "nurse" is how it brings in one it names later. Places
// before the modifier stay.
func (d *docState) unstruckModifier(topic, name string) string {
	if !d.incident(topic) {
		return name
	}
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 {
		return name
	}
	mp := strings.LastIndexByte(name[:sp], ' ') // -1: the modifier opens the name
	mod := name[mp+1 : sp]
	if mod == "" || mod[0] < 'a' || mod[0] > 'z' {
		return name // a name ("Tarvel poisoning") or a number
	}
	if eventHeads[mod] == "" && !incidentHeads[mod] && !thingClasses[mod] && !(peopleModifier(mod) && namedWithAge(d.str)) {
		return name
	}
	// the person's class may be a compound of lower-case words ("border
	// guard"): all of it goes
	for mp >= 0 && name[mp+1] >= 'a' && name[mp+1] <= 'z' {
		mp = strings.LastIndexByte(name[:mp], ' ')
	}
	return name[:mp+1] + name[sp+1:]
}

// namedWithAge reports whether text opens a sentence with a person's
// full name and age told as an event's passive subject ("Ana Brel, 31, a
// nurse with a medical charity, was seized on Friday"): news brings in
// the one person an incident befell so.
func namedWithAge(text string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], ", ")
		if j < 0 {
			return false
		}
		j += i
		i = j + 2
		// the age: one to three digits and a comma
		k := i
		for k < len(text) && k < i+3 && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		if k == i || k >= len(text) || text[k] != ',' {
			continue
		}
		// the full name before: two capitalised words that open a
		// sentence
		f := strings.Fields(text[max(0, j-60):j])
		if len(f) < 2 {
			continue
		}
		first, last := f[len(f)-2], f[len(f)-1]
		if !capitalWord(first) || !capitalWord(last) {
			continue
		}
		at := j - len(last) - 1 - len(first)
		if at > 0 && !sentenceOpen(text[:at]) {
			continue
		}
		end := strings.IndexAny(text[k:], ".\n")
		if end < 0 {
			end = len(text) - k
		}
		if passiveAfter(text[k : k+end]) {
			return true
		}
	}
}

// passiveAfter reports whether the first auxiliary of s ("was", "had
// been", "has been") is followed by a past participle: "was seized",
// "had been held"; not "was grazing", nor a participle in no passive.
func passiveAfter(s string) bool {
	f := strings.Fields(s)
	for i := 0; i+1 < len(f); i++ {
		aux := f[i] == "was" || f[i] == "were"
		if (f[i] == "had" || f[i] == "has") && f[i+1] == "been" && i+2 < len(f) {
			aux, i = true, i+1
		}
		if !aux {
			continue
		}
		w := strings.TrimRight(f[i+1], ",;:")
		return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || pastParticiples[w]
	}
	return false
}

// pastParticiples are irregular participles news reports a harm with.
var pastParticiples = map[string]bool{
	"shot": true, "hit": true, "held": true, "hurt": true, "struck": true, "caught": true, "found": true,
	"kept": true, "cut": true, "slain": true,
}

// capitalWord reports whether w is a capitalised word of letters.
func capitalWord(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isASCIILetter(w[i]) || w[i] < 'a' {
			return false
		}
	}
	return true
}

// sentenceOpen reports whether what precedes a word ends a sentence or
// a line.
func sentenceOpen(before string) bool {
	before = strings.TrimRight(before, " ")
	if before == "" {
		return true
	}
	c := before[len(before)-1]
	return c == '\n' || c == '.' || c == '-' || c == ')'
}
