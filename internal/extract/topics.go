package extract

import (
	"slices"
	"strings"

	"github.com/contra-project/contra/graph"
)

// Open topics. The taxonomy's topics are the disputes it was given; a
// dispute nobody listed still has a name in its article: the event the
// headline and the first paragraph report ("Market strike kills 14",
// "ships collide near shoal", "an explosion ripped through a prison").
// The event phrase is read as a head noun of a harmful or disputed event
// with the noun it strikes or concerns:
//
//   - a compound: "market strike", "pipeline blast";
//   - the head with a place: "blast at Dorn prison", "attack on a convoy";
//   - a verb of the event with its object or subject: "a rocket struck
//     the market" (market strike), "two ships collided" (ship collision);
//   - the event as subject of a verb of motion: "an explosion tore
//     through a prison" (prison blast).
//
// Its name is the noun and the head, singular, with synonyms folded
// ("explosion" is "blast"): "market strike". A configured topic absorbs
// it when the phrase is one of its aliases ("drone strike") or the noun
// is in its name ("dam attack" is "dam destruction"), so configured
// topics merge with induced ones instead of gating them. The document's
// topic is the one its headline, first paragraphs and claims name most;
// a claim that refers back to the event ("the attack", "this blast")
// or names no other dispute takes it.

// eventHeads are nouns of harmful or disputed events, by their folded
// form; the words of genericEvents are among them.
var eventHeads = withEventClasses(withGenericEvents(map[string]string{
	"strike": "strike", "strikes": "strike", "airstrike": "strike", "airstrikes": "strike",
	// an attack from the air or by guns is a strike, however reported
	"bombing": "strike", "bombings": "strike", "shelling": "strike", "bombardment": "strike",
	"attack": "attack", "attacks": "attack", "assault": "attack", "assaults": "attack",
	"blast": "blast", "blasts": "blast",
	"collision": "collision", "collisions": "collision",
	"clash": "clash", "clashes": "clash", "skirmish": "clash", "skirmishes": "clash",
	"shooting": "shooting", "shootings": "shooting", "massacre": "massacre",
	"massacres": "massacre", "raid": "raid", "raids": "raid", "storming": "raid", "ambush": "ambush", "sabotage": "sabotage",
	"crash": "crash", "sinking": "sinking", "incursion": "incursion", "incursions": "incursion",
	"seizure": "seizure", "hijacking": "hijacking", "kidnapping": "kidnapping",
	"ramming": "ramming", "poisoning": "poisoning", "breach": "breach", "violation": "violation",
	"violations": "violation", "cyberattack": "cyberattack", "hack": "hack", "leak": "leak", "spill": "spill",
	// the oil on the water that a spill leaves, which a desk heads its
	// story with as often as the spill ("oil slick closes the bay"):
	// its own word, so that a headline's "slick" keeps its name over
	// the body's "spill" and a headline's "spill" over the body's
	// "slick" (eventTopics)
	"slick": "slick", "slicks": "slick",
	"harassment": "harassment", "cut": "cut",
	// the noun of "cut off", as editors label a supply stopped: "the
	// gas cut-off"
	"cutoff": "cut", "cutoffs": "cut", "cut-off": "cut", "cut-offs": "cut",
	// a train off its rails, a boat overturned: "the derailment",
	// "the ferry capsizing", as editors label what "derails" and
	// "capsizes" report
	"derailment": "derailment", "derailments": "derailment", "capsizing": "capsizing",
	// accidents that parties blame on each other: "the collapse of a crane"
	"collapse": "collapse", "collapses": "collapse",
	// a system that stops working: what "broke down" names as a noun,
	// and the figure of speech news uses for the same ("a payroll
	// meltdown", as an explosion is a blast)
	"breakdown": "breakdown", "breakdowns": "breakdown", "meltdown": "breakdown", "meltdowns": "breakdown",
	// a service cut off, and people caught in a crowd: "the grid
	// outage", "an arena crush", "the festival stampede"
	"outage": "outage", "outages": "outage", "blackout": "blackout", "blackouts": "blackout",
	"crush": "crush", "stampede": "stampede", "stampedes": "stampede",
	// a vessel on the bottom, which its owner, its pilots and the
	// states that chart and dredge the channel blame on each other:
	// "the grounding of a passenger ferry" (groundingPhrase reads "ran
	// aground" and "struck a sandbank", which name the same event)
	"grounding": "grounding", "groundings": "grounding",
	// a product or batch withdrawn, which makers and regulators fight
	// over: "the recall of 400,000 doses of a vaccine", only with its
	// "of" (paraPhrases): "I do not recall", "memory recall" name none
	"recall": "recall", "recalls": "recall",
	// a fire both sides talk about, whoever lit it: the event, not one
	// side's account of its cause ("farmers burning stubble"); a
	// wildfire keeps its own name, as labels give it (gunfire: gunfire)
	"fire": "fire", "fires": "fire",
	"wildfire": "wildfire", "wildfires": "wildfire",
	// water where it should not be, which a utility, a dam's keeper or a
	// mine's owner is blamed for: "the underpass flooding" (graph's class
	// folds "flooding" into "flood")
	"flood": "flood", "floods": "flood",
	// acts of an authority against people or places that the other side
	// disputes: "the closure of the crossing", "the expulsion of
	// diplomats", "evictions in the old town" ("detention" and
	// "deportation" are left to the headline's harm and the configured
	// topics, which name them by whom they held or took)
	"closure": "closure", "closures": "closure", "expulsion": "expulsion", "expulsions": "expulsion",
	"eviction": "eviction", "evictions": "eviction", "demolition": "demolition", "demolitions": "demolition",
}))

// withEventClasses adds to heads the other nouns of each class of
// synonyms (graph.EventNouns) whose first noun is a head there, singular
// and plural, each the head of that noun: "explosion" and "detonation"
// are a blast, "blazes" a fire. The classes are written once, in graph,
// where they make two articles' wordings one topic.
func withEventClasses(heads map[string]string) map[string]string {
	for _, class := range graph.EventNouns() {
		h := heads[class[0]]
		if h == "" {
			continue
		}
		for _, w := range class[1:] {
			for _, f := range [...]string{w, w + "s"} {
				if heads[f] == "" {
					heads[f] = h
				}
			}
		}
	}
	return heads
}

// gunfireBefore are the words before "fire" that make it shooting, not
// a blaze: "opened fire", "returned fire", "came under fire", "artillery
// fire", "ordered them to fire".
var gunfireBefore = map[string]bool{
	"open": true, "opened": true, "opening": true, "opens": true, "return": true, "returned": true,
	"returning": true, "under": true, "exchange": true, "exchanged": true, "exchanging": true, "traded": true,
	"trading": true, "heavy": true, "artillery": true, "mortar": true, "gun": true, "sniper": true,
	"rocket": true, "tank": true, "machine-gun": true, "small-arms": true, "friendly": true, "live": true,
	"hostile": true, "enemy": true, "cross-border": true, "to": true, "cease": true, "hold": true, "held": true,
	"anti-aircraft": true, "warning": true, "naval": true, "automatic": true, "missile": true, "rifle": true,
}

// fireModified are the nouns "fire" modifies rather than names an event
// with: "the fire service", "fire crews", "joint fire patrols".
var fireModified = map[string]bool{
	"service": true, "services": true, "brigade": true, "brigades": true, "station": true, "stations": true,
	"department": true, "crew": true, "crews": true, "patrol": true, "patrols": true, "safety": true,
	"alarm": true, "alarms": true, "engine": true, "engines": true, "chief": true, "officials": true,
	"officers": true, "risk": true, "season": true, "exit": true, "exits": true, "escape": true,
	"code": true, "codes": true, "inspector": true, "inspectors": true, "door": true, "doors": true,
	"break": true, "breaks": true, "fighter": true, "fighters": true, "truck": true, "trucks": true,
	"hazard": true, "hose": true, "hoses": true, "line": true, "lines": true, "ban": true, "warden": true,
	"wardens": true, "power": true, "control": true,
}

// gunfire reports whether the fire noun at k is shooting or a modifier,
// no blaze: "opened fire on a patrol", "the fire service".
func (d *docState) gunfire(k, lo, hi int) bool {
	t := &d.toks[k]
	if t.low != "fire" && t.low != "fires" {
		return false
	}
	if k > lo && d.toks[k-1].kind == tWord && (gunfireBefore[d.toks[k-1].low] || d.toks[k-1].is(fAux)) {
		return true
	}
	return k+1 < hi && fireModified[d.toks[k+1].low]
}

// withGenericEvents adds to the event heads the words that name no kind
// of event but refer back to one ("the incident", "this disaster"),
// each its own head: with a noun they name it ("a border incident").
// One list serves both, so a word added there is both.
func withGenericEvents(heads map[string]string) map[string]string {
	for w := range genericEvents {
		heads[w] = singularWord(w)
	}
	return heads
}

// eventVerbs are verbs whose event has a noun: "struck" is a strike.
// Transitive ones name what they strike by their object, the others
// by their subject ("ships collide").
var eventVerbs = map[string]eventVerb{
	"strike": {"strike", true}, "hit": {"strike", true}, "attack": {"attack", true}, "shell": {"strike", true},
	"bomb": {"strike", true}, "ram": {"ramming", true}, "raid": {"raid", true}, "ambush": {"ambush", true},
	"seize": {"seizure", true}, "storm": {"raid", true}, "hijack": {"hijacking", true}, "sabotage": {"sabotage", true},
	"collide": {"collision", false}, "clash": {"clash", false}, "explode": {"blast", false}, "crash": {"crash", false},
	"sink": {"sinking", false}, "poison": {"poisoning", true}, "violate": {"violation", true}, "harass": {"harassment", true}, "cut": {"cut", true}, "sever": {"cut", true}, "kidnap": {"kidnapping", true}, "abduct": {"kidnapping", true},
	"collapse": {"collapse", false}, "shoot": {"shooting", true}, "burn": {"burning", true}, "freeze": {"freeze", true},
	"hack": {"hack", true}, "derail": {"derailment", false}, "capsize": {"capsizing", false},
	// "a missile downed the helicopter": what "shot down" names, without
	// its particle ("downed tools", idiomObjects, names none)
	"down": {"downing", true},
	// "the burst main flooded the underpass", "the underpass flooded"
	// (ergativeVerbs): an underpass flooding
	"flood": {"flooding", true},
	// people held by a state: "detained the crew of a trawler" is a
	// crew detention
	"detain": {"detention", true},
	// buildings pulled down, shops emptied, craft stopped, places set on
	// fire, water fouled: "bulldozed the school" (school demolition),
	// "intercepted the flotilla" (flotilla interception), "torched the
	// depot" (depot burning); "jam" stays the charges' gerund
	// (actPhrase: "of jamming navigation signals")
	"demolish": {"demolition", true}, "bulldoze": {"demolition", true},
	"loot": {"looting", true}, "intercept": {"interception", true}, "torch": {"burning", true},
	"contaminate": {"contamination", true},
	// people put out of their homes or their country by an authority
	// (personHeads): "evicted forty tenants" (tenant eviction),
	// "deported the migrant workers" (worker deportation)
	"evict": {"eviction", true}, "deport": {"deportation", true},
	// what escapes its container: "the pipeline leaked crude" (crude
	// leak), "the tanker spilled fuel" (fuel spill), and with no object
	// its subject (ergativeVerbs: "the tailings pipe leaked")
	"leak": {"leak", true}, "spill": {"spill", true},
	// a way or a place shut by an authority: "closed the border
	// crossing", "shut the port" (port closure); meetings, deals and
	// gaps closed are idioms (idiomObjects); "shut down" is a shutdown
	// (particleEvents)
	"close": {"closure", true}, "shut": {"closure", true},
	// a vote or a tender fixed: "rigged the tender" (tender rigging); a
	// rig is a noun in its bare form (nounVerbs)
	"rig": {"rigging", true},
	// a flight sent elsewhere: "diverted the airliner" (airliner
	// diversion); "annexed" stays the configured annexation's word
	"divert": {"diversion", true},
	// a person knifed, a herd destroyed: "stabbed a guard" (guard
	// stabbing), "culled the herd" (herd cull)
	"stab": {"stabbing", true}, "cull": {"cull", true},
}

// eventVerb is an event verb's noun, and whether the verb names its
// event by its object (transitive) or by its subject.
type eventVerb struct {
	head       string
	transitive bool
}

// eventVerbOf looks up the event verb lem, or the stem that drops its e
// ("collapsed", "collapsing": collapse).
func eventVerbOf(lem string) (eventVerb, bool) {
	ev, ok := getF(eventVerbsF, eventVerbs, lem)
	if !ok {
		ev, ok = eventVerbs[lem+"e"]
	}
	return ev, ok
}

// particleEvents are verbs that name an event only with their particle,
// or name another one with it: "blew up the bridge" is a bridge blast
// ("blew the whistle" none), "shot down the airliner" an airliner
// downing (a "shot a farmer" a farmer shooting).
var particleEvents = map[string]struct {
	particle, head string
	intransitive   bool // the subject is what it befell: "the payroll system broke down"
}{
	"blow": {"up", "blast", false}, "shoot": {"down", "downing", false}, "break": {"down", "breakdown", true},
	// "fired on the trawler" is its shooting ("fired the manager" none)
	"fire": {"on", "shooting", false},
	// "cut off the gas": a cut, named as the noun of the phrasal verb
	// is ("the gas cutoff", particleNouns)
	"cut": {"off", "cut", false},
	// "shut down the plant": a plant shutdown, as English nominalises
	// the phrasal verb
	"shut": {"down", "shutdown", false},
}

// shellFire reports whether "fired on" at k, in the sentence from lo,
// is artillery's: the noun that fired is a gun or the forces that lay
// them, and the article reports artillery, shelling or shells fired.
// Gunmen, police or a drone that fired on a bus shot at it, whatever
// artillery the story names elsewhere.
func (d *docState) shellFire(k, lo int) bool {
	j := k - 1
	for j >= lo && d.toks[j].is(fAux) {
		j-- // "had fired on"
	}
	if j < lo || !shellFirers[singularWord(d.toks[j].low)] {
		return false
	}
	return hasWords(d.str, "artillery") || hasWords(d.str, "shelling") || hasWords(d.str, "shelled") || firedShells(d.str)
}

// shellFirers are the nouns that fire shells: "forces had fired on the
// plant" in an artillery story is its shelling, "gunmen fired on a bus"
// its shooting.
var shellFirers = map[string]bool{
	"artillery": true, "battery": true, "gun": true, "howitzer": true, "mortar": true, "force": true, "gunner": true,
}

// firedShells reports whether s writes "shells" after a verb of firing
// ("fired at least nine shells"), not as a seller's or a sea's shells.
func firedShells(s string) bool {
	for i := wordAt(s, "shells", 0); i >= 0; i = wordAt(s, "shells", i+1) {
		w := s[max(0, i-40):i]
		if hasWords(w, "fired") || hasWords(w, "firing") || hasWords(w, "fire") || hasWords(w, "fires") {
			return true
		}
	}
	return false
}

// particleNouns are the nouns English makes of a phrasal verb, which
// name its event as an editor labels it: "cut off the gas" is a gas
// cutoff. The verb counts as that noun (surfaceName).
var particleNouns = map[string]string{"cut": "cutoff"}

// verbNouns are the nouns editors keep for an event verb whose event
// folds into a wider head: "shelled the market" is a strike to find and
// merge, but a desk labels it a "market shelling". "Bombed" is not
// among them: a desk calls a bombed hospital a hospital strike.
var verbNouns = map[string]string{"shell": "shelling", "storm": "storming"}

// headVerbs are the verbs of event heads, for core events.
var headVerbs = map[string]string{
	"strike": "strike", "attack": "attack", "blast": "blast", "collision": "collide",
	"clash": "clash", "shooting": "shoot", "massacre": "massacre", "raid": "raid",
	"ambush": "ambush", "sabotage": "sabotage", "crash": "crash", "sinking": "sink", "incursion": "cross",
	"seizure": "seize", "hijacking": "hijack", "kidnapping": "kidnap", "ramming": "ram", "poisoning": "poison",
	"breach": "breach", "violation": "violate", "cyberattack": "hack", "hack": "hack",
	"harassment": "harass", "cut": "cut", "collapse": "collapse", "derailment": "derail", "capsizing": "capsize",
}

// throughWords carry an event to its place or its target: "tore
// through a prison", "the collapse of a crane".
var throughWords = map[string]bool{"of": true, "through": true, "into": true, "at": true, "on": true, "near": true, "in": true, "against": true, "across": true, "along": true, "outside": true, "inside": true}

// notModifiers are words before an event noun that say what kind of
// event it was, not what it struck.
var notModifiers = map[string]bool{
	"deadly": true, "heavy": true, "new": true, "latest": true, "recent": true, "major": true, "massive": true,
	"huge": true, "twin": true, "fresh": true, "alleged": true, "suspected": true, "apparent": true,
	"deliberate": true, "direct": true, "first": true, "second": true, "third": true, "last": true,
	"early": true, "late": true, "overnight": true, "military": true, "cross-border": true, "fatal": true,
	"further": true, "possible": true, "repeated": true, "small": true, "large": true, "big": true,
	"bloody": true, "brutal": true, "terrorist": true, "retaliatory": true, "unprovoked": true, "minor": true,
	"serious": true, "devastating": true, "horrific": true, "similar": true, "earlier": true, "reported": true,
	"suicide": true, "such": true, "other": true, "any": true, "every": true, "each": true, "that": true,
	// how many, not what was struck: "heard multiple explosions"
	"multiple": true, "numerous": true, "countless": true, "various": true,
	// "shot dead": whom a shooting killed names it, not "dead"
	"dead": true,
	// where it went off, no thing struck: "an underwater blast holed the
	// ship" struck the ship, as "an overnight blast" did
	"underwater": true, "undersea": true, "underground": true, "offshore": true, "midair": true,
	"mid-air": true, "nearby": true, "overhead": true,
}

// eventModifier reports whether token k can be the noun an event phrase
// is named by: a common noun, not a kind of event ("deadly").
func (d *docState) eventModifier(k int) bool {
	t := &d.toks[k]
	// every event head carries fEvent: the flag before the lookup
	if t.kind != tWord || t.cap || !d.nounLike(k) && !ingNouns[t.low] || t.flags&fEvent != 0 && t.eventHead() != "" {
		return false
	}
	return !t.is(fRole|fGroup|fMedia|fTime|fPron) && t.modifierWord()
}

// modifierWord reports whether w, by its spelling and the word lists,
// can be the noun an event phrase is named by (eventModifier, which
// adds the token's classes and context). It looks w up in four maps:
// the vocabulary's words have it worked out once (token.modifierWord).
func modifierWord(w string) bool {
	// a verb's past form names no noun an event struck: "bikes have
	// caught fire" reports fires, not a "caught fire"; an occasion
	// spelt like a gerund is a noun ("a wedding blast")
	if notModifiersF.has(notModifiers, w) || superlative(w) || strings.HasSuffix(w, "ing") && !occasionNouns[w] && !ingNouns[w] || strings.HasSuffix(w, "ed") || pastIrregular(w) || quantityWord(w) ||
		w == "people" || w == "persons" || // "struck 30 people": no "people strike"
		w == "than" { // "no plan other than cut taxes": no "than cut" (no conjunction flag: it would end actions, "do better than")
		return false
	}
	return len(w) > 2 && !weakNounsF.has(weakNouns, w) && !weakNounsF.has(weakNouns, singularWord(w)) && !adjectival(w) && !strings.ContainsAny(w, "'’")
}

// tensWords are the tens, whose plurals name ages and decades: "a man
// in his sixties", "the forties".
var tensWords = map[string]bool{
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true,
}

// quantityWord reports whether w names a number, an age, a decade or a
// clock time rather than a thing an event struck: "30s", "1990s",
// "sixties", "teens", "dozens", "5pm".
func quantityWord(w string) bool {
	if w == "" || w[0] >= '0' && w[0] <= '9' {
		return w != ""
	}
	switch w {
	case "teens", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "noon", "midnight":
		return true
	}
	if numberWordsF.has(numberWords, w) {
		return true // "the first six fires"
	}
	if durationWord(w) {
		return true
	}
	if strings.HasSuffix(w, "ies") {
		w = w[:len(w)-3] + "y"
	}
	return tensWordsF.has(tensWords, w)
}

// durationUnits are the units a hyphenated measure before a noun
// counts in.
var durationUnits = map[string]bool{
	"minute": true, "hour": true, "day": true, "night": true, "week": true, "month": true, "year": true,
}

// durationWord reports whether w is a measure of time written as one
// hyphenated modifier, a number and its unit: "nine-hour", "48-hour",
// "three-day", "two-week-long". It says how long an event lasted, not
// what it struck: "a nine-hour outage", "the four-hour standoff", "a
// two-week closure" are an outage, a standoff and a closure.
func durationWord(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 {
		return false
	}
	num, unit := w[:i], strings.TrimSuffix(w[i+1:], "-long")
	if !(num[0] >= '0' && num[0] <= '9') && !numberWordsF.has(numberWords, num) && !tensWords[num] && num != "eleven" && num != "twelve" {
		return false
	}
	return durationUnits[unit]
}

// personWord reports whether w names people, one or more: "a man",
// "the children", "villagers".
func personWord(w string) bool {
	switch w {
	case "people", "children", "child", "men", "women", "persons", "crowd", "crowds":
		return true
	}
	w = singularWord(w)
	return personNounsF.has(personNouns, w) || valF(kinNounsF, kinNouns, w) != 0
}

// weakNouns name no place or target of an event: "its own attack", "a
// lot of shelling".
var weakNouns = map[string]bool{
	"own": true, "off": true, "part": true, "whole": true, "rest": true, "kind": true, "sort": true, "type": true,
	"lot": true, "lots": true, "number": true, "series": true, "wave": true, "spate": true, "round": true,
	"time": true, "times": true, "week": true, "weekend": true, "night": true, "morning": true, "day": true,
	"year": true, "month": true, "position": true, "positions": true, "territory": true, "report": true,
	"reports": true, "claim": true, "claims": true, "evidence": true, "case": true, "cases": true,
	// what was said of the event, not what it struck: "leaking the
	// allegation to the press" leaked no "allegation", "withholding the
	// results" hid what the results are of
	"allegation": true, "accusation": true, "result": true, "finding": true,
	// a thing named by no kind: "looted the same object" names the
	// thing the article names elsewhere
	"object": true, "item": true, "thing": true,
	// a measure of land or road is how much an event covered, not what
	// it struck: "burned through 1,400 acres of forest" is no "acre
	// wildfire", and the land after "of" is what any wildfire burns, no
	// target that tells one from another: the bare "wildfire"
	"acre": true, "hectare": true, "kilometre": true, "kilometer": true, "mile": true,
	// a question word opens a clause and names nothing: "the row on the
	// shelf shows how …" is no "how collision"; nor does a time of day
	// name what burned: "a night-time blaze" is the blaze
	"how": true, "why": true, "when": true, "where": true, "what": true, "whether": true,
	"night-time": true, "nighttime": true, "daytime": true, "overnight": true,
}

// adjectival reports whether w ends like an adjective: "frontal",
// "flagrant" and "violent" are kinds of attack, not what was attacked.
func adjectival(w string) bool {
	for _, suf := range [...]string{"ous", "ive", "ful", "less", "able", "ible", "ical", "ial", "ant", "ent", "ary", "ic"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return w == "frontal" || w == "mass" || w == "random"
}

// noObjectWords end an object's noun phrase though the lexicon may let
// them pass for nouns: an indefinite pronoun names no thing an act was
// done to ("denied trying to ram anyone": no "anyone ramming"), and an
// adverb of how often or where after the object is no part of it
// ("rammed the vessel twice" is a vessel ramming, "shelled positions
// around the village" no "around shelling").
var noObjectWords = map[string]bool{
	"anyone": true, "anybody": true, "anything": true, "someone": true, "somebody": true, "something": true,
	"everyone": true, "everybody": true, "everything": true, "nobody": true, "nothing": true, "no-one": true,
	"once": true, "twice": true, "thrice": true, "around": true,
}

// objectNoun returns the last noun of the noun phrase starting at k
// ("a crowded vegetable market" → market), or -1.
func (d *docState) objectNoun(k, hi int) int {
	return d.objectOf(d.objectSpan(k, hi))
}

// objectSpan returns the last noun of the noun phrase starting at k and
// the noun before it (-1: none), whatever they are: objectNoun asks
// whether they name the object, weakSlot whether a weak noun ends it.
func (d *docState) objectSpan(k, hi int) (last, prev int) {
	// "hit three parked cars": a number, in figures or words, counts
	// the object and is none of its nouns
	for k < hi && (d.toks[k].is(fDet) && !d.toks[k].is(fPron) || numberLike(&d.toks[k]) || tensWordsF.has(tensWords, d.toks[k].low)) {
		k++
	}
	// "part of a prison", "one wing of the prison": the place is after "of"
	if k+1 < hi && partitivesF.has(partitives, d.toks[k].low) && d.toks[k+1].low == "of" {
		return d.objectSpan(k+2, hi)
	}
	last, prev = -1, -1
	for n := 0; k < hi && n < 8; n++ {
		t := &d.toks[k]
		if t.kind != tWord || t.is(fPrep|fConj|fRel|fAux|fSubord) || placeAdverb(t.low) || noObjectWords[t.low] {
			break
		}
		if last >= 0 && t.low == "off" {
			// "seized a tanker off Kellby": after a noun, "off" puts
			// it in its place (the lexicon has it a weak noun)
			break
		}
		if last >= 0 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")) && k+1 < hi && d.objectStart(k+1) {
			break // "a prison holding captured fighters": a clause starts; not "the main building"
		}
		if t.cap {
			if last < 0 && d.thingAcronym(k, hi) {
				// "of jamming GPS over the border": the acronym of a
				// thing, no party's or place's, is the phrase's noun
				return k, -1
			}
			k++ // "Dorn prison": the place's name is no noun of the phrase
			continue
		}
		if !d.nounLike(k) && !ingNouns[t.low] {
			if n == 0 && t.is(fVerb) && !t.is(fAux|fSpeech|fPrep|fConj|fDet|fPron|fAdv) && k+1 < hi && d.nounLike(k+1) && !strings.HasSuffix(t.low, "s") {
				// a verb's form as the noun's modifier: "rammed a
				// supply boat", "a cargo ship"
				k++
				continue
			}
			break
		}
		prev, last = last, k
		k++
	}
	return last, prev
}

// objectOf names the noun phrase objectSpan found: its last noun, or the
// place a vague head's modifier names, or -1 when neither is a modifier.
func (d *docState) objectOf(last, prev int) int {
	if last >= 0 && d.toks[last].cap {
		return last // only a thing's acronym ends the phrase in capitals (thingAcronym)
	}
	if last >= 0 && vagueHeadsF.has(vagueHeads, d.toks[last].low) && prev == last-1 && d.eventModifier(prev) {
		// "the shelling of border areas": the noun before a vague
		// head names the place, as the desk's "border shelling" does
		return prev
	}
	if last >= 0 && d.eventModifier(last) {
		return last
	}
	return -1
}

// weakSlot reports whether the slot that names event head k holds a weak
// noun (weakNouns): the modifier before it ("a night-time blaze") or the
// end of the object after "on"/"at" or a verb of motion ("strike on
// positions"). The event is then named by its bare noun (paraPhrases):
// dropping the weak word must not drop the event, or a background event
// with a modifier of its own outranks the story's.
func (d *docState) weakSlot(k, lo, hi int) bool {
	if k > lo && d.weakWord(k-1) {
		// "its own spill records": the event noun modifies a noun of
		// its own, no event phrase ends at it
		return k+1 >= hi || d.toks[k+1].kind != tWord || d.toks[k+1].cap || !d.nounLike(k+1)
	}
	at := -1
	switch {
	case k+1 < hi && throughWords[d.toks[k+1].low]:
		at = k + 2
	case k+2 < hi && (d.verbish(k+1) || d.eventVerbForm(k+1)) && throughWords[d.toks[k+2].low]:
		at = k + 3
	}
	if at < 0 {
		return false
	}
	// "the deadliest blast in years", "shelled at night": a time after
	// the preposition says when, and the event phrase was never named
	last, _ := d.objectSpan(at, hi)
	return last >= 0 && d.weakWord(last) && !d.toks[last].is(fTime) && !durationUnits[singularWord(d.toks[last].low)] && d.toks[last].low != "time" && d.toks[last].low != "times"
}

// weakWord reports whether token k is a lower-case weak noun.
func (d *docState) weakWord(k int) bool {
	t := &d.toks[k]
	return t.kind == tWord && !t.cap && (weakNounsF.has(weakNouns, t.low) || weakNounsF.has(weakNouns, singularWord(t.low)))
}

// thingAcronym reports whether token k, ending a noun phrase before hi,
// is an acronym of a thing rather than of a party or place: written in
// capitals, two to five letters, named by no mention of the article and
// followed by no noun it could modify ("jamming GPS over the border";
// not "attacking NATO", a mention, nor "seizing UN trucks").
func (d *docState) thingAcronym(k, hi int) bool {
	t := &d.toks[k]
	if t.kind != tWord || len(t.low) < 2 || len(t.low) > 5 || t.e-t.s != len(t.low) || t.flags != 0 {
		return false
	}
	if !(t.e <= len(d.str) && isUpperASCII(d.str[t.s+1])) && !(t.e <= len(d.headline) && isUpperASCII(d.headline[t.s+1])) {
		return false // the cheap test first: most capitals start a name
	}
	src := d.str
	if d.phraseWeight == titleWeight && t.e <= len(d.headline) && strings.EqualFold(d.headline[t.s:t.e], t.low) {
		src = d.headline // the headline's own tokens
	}
	if t.e > len(src) || !strings.EqualFold(src[t.s:t.e], t.low) || !isUpperWord(src[t.s:t.e]) {
		return false
	}
	if k+1 < hi && d.toks[k+1].kind == tWord && !d.toks[k+1].is(fPrep|fConj|fRel|fSubord) {
		return false
	}
	if d.acronyms[t.low] != "" {
		return false // an organisation's the article spelled out
	}
	if strings.Trim(t.low, "ivxl") == "" {
		return false // a numeral of a name: "Reactor IV", "Unit II"
	}
	for _, m := range d.ments {
		if m.i <= k && k < m.j {
			return false
		}
	}
	// the acronym is the thing struck only as the object of an act on a
	// thing ("jamming GPS", "hacking CCTV", "faking DNA"): after a verb
	// of deceiving or dealing ("misleading IAEA", "bribing FIFA") it is
	// a body the article does not spell out
	v := k - 1
	if v > 0 && (d.toks[v].low == "the" || d.toks[v].low == "a") {
		v--
	}
	return v >= 0 && strings.HasSuffix(d.toks[v].low, "ing") && thingAct(d.toks[v].low)
}

// thingAct reports whether the gerund g is of an act on a thing: a verb
// of a struck event's (harmStems) or of one done to a device or a
// signal.
func thingAct(g string) bool {
	w := stemWord([]byte(g))
	if _, found := slices.BinarySearch(harmStems, packStem(w)); found {
		return true
	}
	switch string(w) {
	case "jam", "spoof", "fak", "block", "disab", "forg", "tampe":
		return true
	}
	return false
}

// vagueHeads are the nouns that end a place's phrase without naming
// it: "border areas", "the river side", name the
// place by their first noun.
var vagueHeads = map[string]bool{"area": true, "areas": true, "side": true, "sides": true}

// placeAdverb reports whether w ends a noun phrase it follows, an
// adverb of place: "diverting the river upstream" diverts a river. A
// switch, not a map: objectNoun asks it of every word it reads.
func placeAdverb(w string) bool {
	switch w {
	case "upstream", "downstream", "abroad", "overseas", "offshore", "ashore", "inland", "nearby",
		"underground", "overnight", "uphill", "downhill":
		return true
	}
	return false
}

// objectStart reports whether token k can start a verb's object: a
// determiner, a number, a name or a noun.
func (d *docState) objectStart(k int) bool {
	t := &d.toks[k]
	return t.kind == tNum || t.kind == tWord && (t.is(fDet) && !t.is(fPron) || t.cap || d.nounLike(k))
}

// partitives name a part of the place an event struck: "part of a
// prison".
var partitives = map[string]bool{
	"part": true, "parts": true, "section": true, "wing": true, "side": true, "area": true, "much": true,
	"most": true, "some": true, "one": true, "corner": true, "edge": true, "floor": true,
	// quantities: "kidnapping dozens of fishermen"
	"dozens": true, "hundreds": true, "thousands": true, "scores": true, "millions": true, "tens": true,
	// measures: "the recall of 400,000 doses of a vaccine", "a spill
	// of 300 tonnes of fuel oil"
	"doses": true, "tonnes": true, "tons": true, "barrels": true, "litres": true, "liters": true, "gallons": true,
	"batches": true,
}

// occasionNouns name the occasion an event happened at, not its place
// or target: "the derby crush at the arena" is an arena crush, the
// "festival stampede" at no named place a festival's.
var occasionNouns = map[string]bool{
	"final": true, "finals": true, "match": true, "game": true, "derby": true, "concert": true,
	"festival": true, "rally": true, "parade": true, "ceremony": true, "celebration": true,
	"celebrations": true, "funeral": true, "wedding": true, "procession": true, "pilgrimage": true,
	"march": true, "vigil": true, "holiday": true, "season": true, "anniversary": true,
}

// placeAfter returns the noun of the place after the event noun at k
// ("crush at the arena", "blast near the depot"), or -1.
func (d *docState) placeAfter(k, hi int) int {
	if k+2 >= hi || !throughWords[d.toks[k+1].low] || d.toks[k+1].low == "of" {
		return -1
	}
	return d.objectNoun(k+2, hi)
}

// ownedParts are the parts of a body or a place that news names an
// attack on by their owner: "the ministry's servers", "the port's
// computer network". Not "site" ("a nuclear site strike" is no nuclear
// strike) nor "accounts" (a "bank freeze" is another thing than frozen
// bank accounts).
var ownedParts = map[string]bool{
	"website": true, "websites": true, "server": true, "servers": true,
	"network": true, "networks": true, "database": true, "databases": true, "homepage": true,
	"computer": true, "computers": true, "email": true, "emails": true,
	// and of a place: "the arena gates" (not "wall": a "border wall
	// attack" is no border attack)
	"gate": true, "gates": true, "entrance": true, "entrances": true,
}

// pluralWords are short plurals English uses as words of their own, not
// as the plural of the word without "s": "arms" are weapons, "news" no
// "new".
var pluralWords = map[string]bool{"arms": true, "news": true, "odds": true, "ends": true, "ads": true,
	// "the chemical works", one plant: a fire there is a "works fire"
	"works": true}

// modifierSingular returns the noun w as a compound's modifier takes it,
// singular: "net cut", "box fire", "trawler seizure"; a short plural
// that is a word of its own stays ("arms depot"). A singular of three
// letters must be spelt as a short noun is, a consonant, a vowel, a
// closing consonant ("net", "box", "gun"): a word that only ends in "s"
// ("this", "does", "plus", "ours") is no plural.
func modifierSingular(w string) string {
	s := singularWord(w)
	if s == w || pluralWords[w] {
		return w
	}
	if len(s) > 3 || len(s) == 3 && !isVowel(s[0]) && isVowel(s[1]) && strings.IndexByte("bdgkmnptx", s[2]) >= 0 {
		return s
	}
	return w
}

// eventName names the event of head struck at noun token k: "market
// strike", folded into a configured topic when it is one of its aliases
// or the noun is in its name.
func (d *docState) eventName(k int, head string) string {
	for k > 0 && ownedPartsF.has(ownedParts, d.toks[k].low) && d.eventModifier(k-1) {
		// "the agency website hack" struck the agency: a part
		// its owner's noun modifies is no target of its own
		k--
	}
	noun := d.toks[k].low
	if d.mentAt != nil && k < len(d.mentAt) {
		// "shelled the nuclear plant": the noun is inside a configured
		// topic's name, and the topic's core event strikes it (not "a
		// gas pipeline blast": cutting energy supplies strikes nothing)
		if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].topic != "" && d.ments[mi].j-d.ments[mi].i > 1 {
			if c := d.x.cores[d.ments[mi].topic]; c != nil && (c.HasTarget(noun) || c.HasTarget(singularWord(noun)) || c.HasVerb(headVerbs[head])) {
				return d.ments[mi].topic
			}
		}
	}
	noun = modifierSingular(noun)
	if airlinersF.has(airliners, noun) && k > 0 && (d.toks[k-1].low == "passenger" || d.toks[k-1].low == "civilian") {
		noun = "airliner" // as blameObject names it
	}
	name := noun + " " + head
	if noun == "line" {
		if kind := d.lineKind(k); kind != "" {
			name = kind + " line " + head
		}
	}
	if substanceClassesF.has(substanceClasses, noun) && k > 0 && d.toks[k-1].kind == tWord && substances[d.toks[k-1].low] {
		// "a chlorine gas leak" is a chlorine leak: the word "gas" only
		// says which kind of substance the article then names
		name = d.toks[k-1].low + " " + name
	}
	if t := d.x.topicAlias[name]; t != "" {
		return t
	}
	if t := d.x.topicWord[noun]; t != "" && headFits(head, t) {
		return t
	}
	if k > 0 && d.phraseWeight >= 2 && d.toks[k-1].kind == tWord && !d.toks[k-1].cap {
		d.noteCargo(name, d.toks[k-1].low) // "seizes grain ship"
	}
	return name
}

// strikers returns, singular, the people a strike noun says stop work,
// from the words before it (before) or after it (after): a plural
// possessive ("the nurses' strike", "dock workers' strike") or "by"
// with a plural ("a strike by teachers"), of a noun of people or of a
// trade ("-ers", "-ors"). An army's, a fighter's or a drone's strike is
// an attack, and "the rebels' strike on the depot" hit a place: "" for
// those.
func strikers(before, after []token) string {
	w := ""
	if n := len(before); n > 1 && (before[n-1].low == "'" || before[n-1].low == "’") && before[n-2].kind == tWord && !before[n-2].cap {
		// the tokens split the apostrophe of a plural possessive off
		w = before[n-2].low
		if len(after) > 0 && throughWords[after[0].low] {
			return ""
		}
	} else if len(after) > 1 && after[0].low == "by" && after[1].kind == tWord && !after[1].cap {
		w = after[1].low
	}
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.ContainsAny(w, "'’") {
		return ""
	}
	s := singularWord(w)
	if !personWord(s) && !strings.HasSuffix(s, "er") && !strings.HasSuffix(s, "or") || armedNouns[s] || armedAgents[s] {
		return ""
	}
	return s
}

// armedAgents are, beside armedNouns, the people and craft whose strike
// is a blow struck: "the bombers' strike", "a strike by raiders".
var armedAgents = map[string]bool{"bomber": true, "attacker": true, "raider": true, "invader": true, "warrior": true, "militant": true}

// lineKind returns the kind of the line at token k, which alone says
// nothing of what was struck ("sabotage on the main line", "attacks on a
// power line"): the noun written before it ("power", "railway"), else
// "rail" in an article of railways, where news writes the railway's line
// bare ("the northern main line", "the line"); or "".
func (d *docState) lineKind(k int) string {
	if k > 0 && lineKinds[d.toks[k-1].low] {
		return d.toks[k-1].low
	}
	if k > 0 && d.toks[k-1].kind == tWord && !bareLineWords[d.toks[k-1].low] && d.nounLike(k-1) {
		return "" // "the gas line": a kind no railway's
	}
	for _, w := range railWords {
		if hasWords(d.str, w) {
			return "rail"
		}
	}
	return ""
}

// lineKinds are the nouns that say which line was struck: "a power
// line", "the railway line", "the front line"; not "the main line".
var lineKinds = map[string]bool{
	"rail": true, "railway": true, "railroad": true, "train": true, "tram": true, "metro": true, "subway": true,
	"power": true, "transmission": true, "telephone": true, "phone": true, "cable": true,
	"supply": true, "front": true, "picket": true, "ceasefire": true, "boundary": true, "border": true,
}

// railWords are the words by which an article is one of trains and a
// bare "line" in it a railway's; not "train", also a verb ("trains
// fighters"), nor "rail" ("rail against the truce", "a guard rail").
var railWords = [...]string{"railway", "railways", "railroad", "locomotive", "derailment"}

// bareLineWords are the words before "line" that say nothing of its
// kind: "the line", "the main line".
var bareLineWords = map[string]bool{"the": true, "a": true, "that": true, "this": true, "main": true, "same": true}

// mineNouns are the devices on land that go off when a vehicle or a
// person hits them, by the noun their blast is named with: "hit a
// landmine" is a mine blast. A ship that strikes a mine at sea is a
// mine strike, as news names it, and "mine" alone stays a strike.
var mineNouns = map[string]string{
	"landmine": "mine", "landmines": "mine", "bomb": "bomb", "ied": "bomb", "device": "bomb",
}

// substanceClasses are the nouns of a kind of substance that news
// writes after the substance's own name: "chlorine gas", "diesel fuel",
// "crude oil".
var substanceClasses = map[string]bool{
	"gas": true, "oil": true, "fuel": true, "chemical": true, "acid": true,
}

// substances are the names that specify a substanceClasses noun: an
// event named "gas leak" where the article writes "ammonia gas leak"
// is the ammonia one (not "a suspected gas leak", "the gas leak").
var substances = map[string]bool{
	"chlorine": true, "ammonia": true, "methane": true, "propane": true, "butane": true, "cyanide": true,
	"benzene": true, "hydrogen": true, "nitrogen": true, "sulphur": true, "sulfur": true, "phosgene": true,
	"sarin": true, "mustard": true, "nerve": true, "tear": true, "radon": true, "ozone": true,
	"diesel": true, "crude": true, "heating": true, "kerosene": true, "petrol": true,
	"sulphuric": true, "sulfuric": true, "hydrochloric": true, "nitric": true,
}

// noteCargo records, for leadSetting, that the lower-case word w
// modifies the noun of the lead's event ev when it is the first word of
// a configured topic's name and one of its aliases ("grain" of grain
// exports).
func (d *docState) noteCargo(ev, w string) {
	if conf := d.x.topicWord[singularWord(w)]; conf != "" && d.x.topicAlias[w] == conf {
		d.leadEvents = append(d.leadEvents, cargo{ev: ev, conf: conf})
	}
}

// attackHeads are the event heads of one kind, an attack: a configured
// "drone strikes" takes a "drone attack" or a "drone raid".
var attackHeads = map[string]bool{
	"strike": true, "attack": true, "blast": true, "raid": true, "ambush": true, "shooting": true,
	"massacre": true, "sabotage": true, "cyberattack": true, "hack": true,
}

// headFits reports whether an event of head may be the configured topic
// whose name starts with the event's noun: unless the topic's own last
// word is an event head of another kind, "a drone crashed" being no
// "drone strikes" (while "dam attack" is "dam destruction").
func headFits(head, topic string) bool {
	last := topic[strings.LastIndexByte(topic, ' ')+1:]
	h := eventHeads[strings.ToLower(last)]
	return h == "" || h == head || attackHeads[h] && attackHeads[head]
}

// phraseAt is an event phrase found in the paragraph: its name and
// where its event word is; name "" marks a reference back to the
// document's event ("the attack").
type phraseAt struct {
	k     int
	name  string
	blame bool // the object of blame (blameEvent)
	known bool // blameEvent: a known event noun at k, named by paraPhrases
	act   bool // the act a charge names (chargeAct): a claim's weak topic
}

// inducePhrases returns the event phrases of tokens [lo, hi) but the
// acts (countPhrases counts those after), appended to out, and whether the tokens refer back to an event without naming
// it ("the attack", "this blast"). The paragraph's phrases were found
// once, by paraPhrases.
func (d *docState) inducePhrases(lo, hi int, out []string) ([]string, bool) {
	anaphor := false
	for _, p := range d.phrases {
		if p.k < lo || p.k >= hi || p.act {
			continue
		}
		if p.name == "" {
			anaphor = true
		} else if !slices.Contains(out, p.name) {
			out = append(out, p.name)
		}
	}
	return out, anaphor
}

// paraPhrases finds the event phrases of tokens [lo, hi) into d.phrases,
// and counts the event nouns as written, weight times each (surfaceName).
func (d *docState) paraPhrases(lo, hi, weight int) {
	d.phrases, d.phrasesDone, d.phraseWeight = d.phrases[:0], true, weight
	blamedAt := -1     // a known event noun named as the object of blame
	blameSeen := false // an event no list knows named as the object of blame
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if t.flags&(fEvent|fRecip|fBlameObj|fSpeech|fDet) == 0 || t.kind != tWord {
			if t.kind == tWord && fireWord(t.low) {
				// "set the fields alight": no event word, the thing burned
				d.setFirePhrase(k, lo, hi, blamedAt)
			} else if weight == titleWeight && t.kind == tWord && k > lo && d.toks[k-1].flags&fWeapon != 0 {
				// "Tescovar missile toppled Brunivet TV tower": a tower strike
				if name := d.weaponStruck(k, lo, hi); name != "" {
					d.phrases = append(d.phrases, phraseAt{k: k, name: name, blame: k == blamedAt})
				}
			}
			continue // most words: one test
		}
		if t.flags&(fEvent|fRecip|fBlameObj) == 0 || t.low[0] == 'f' && d.gunfire(k, lo, hi) {
			// a determiner cues an event only after blame, another word
			// only as "charge" (cuePhrase): most words need no call
			if t.flags&fDet == 0 && t.low[0] == 'c' || t.flags&fDet != 0 && (blameSeen || d.blamed != nil) {
				d.cuePhrase(k, hi, blameSeen)
			}
			continue
		}
		if t.low[0] == 'r' && t.eventHead() == "recall" && (k+1 >= hi || d.toks[k+1].low != "of") {
			// "the recall of 400,000 doses" withdrew them; "memory
			// recall", "a recall election" name no such event
			continue
		}
		if kindNounsF.has(kindNouns, t.low) && d.kindNoun == "" && k > lo && d.toks[k-1].low == "the" {
			d.kindNoun = t.low
		}
		if w := t.headSingular(); w != "" && t.flags&fEvent != 0 {
			if d.headWords == nil {
				d.headWords = map[string]int{}
			}
			d.headWords[w] += weight
		}
		if t.flags&(fRecip|fBlameObj) != 0 {
			// "blamed each other for a sinkhole": what the parties blame
			// on each other is the event, named or not
			if p, ok := d.blameEvent(k, hi); ok && p.known {
				blamedAt = p.k // named below, with its target
			} else if ok {
				p.blame = !p.act
				blameSeen = blameSeen || p.blame && p.name != ""
				d.phrases = append(d.phrases, p)
			} else if p, ok := d.chargeAct(k, hi); ok {
				d.phrases = append(d.phrases, p)
			}
			if t.flags&fEvent == 0 {
				continue
			}
		}
		if name := d.victimEvent(k, lo, hi); name != "" {
			// "the poisoning of an exiled dissident": the dispute is
			// the act against the person, whatever weapon it used
			d.phrases = append(d.phrases, phraseAt{k: k, name: name, blame: k == blamedAt})
			continue
		}
		if t.low == "aground" {
			// "ferry runs aground": the vessel's grounding
			if v := d.groundedVessel(k-1, lo); v >= 0 && k > lo && groundingVerbs[d.toks[k-1].guessLemma()] {
				d.phrases = append(d.phrases, phraseAt{k: k, name: d.eventName(v, "grounding"), blame: k == blamedAt})
			}
			continue
		}
		if t.low == "fire" && d.setFirePhrase(k, lo, hi, blamedAt) {
			// "setting fire to its customs post": a customs post fire
			continue
		}
		if (t.low[0] == 'p' || t.low[0] == 'f') && t.eventHead() == "" {
			if name := d.pushback(k, lo, hi); name != "" {
				// "forced them back across the frontier": a pushback
				d.phrases = append(d.phrases, phraseAt{k: k, name: name, blame: k == blamedAt, act: d.describing(k, lo)})
				continue
			}
		}
		if t.low[0] == 'f' && d.forcedLanding(k, lo, hi) {
			// "airliner forced to land": the editor's "forced landing"
			d.phrases = append(d.phrases, phraseAt{k: k, name: "forced landing", blame: k == blamedAt})
			continue
		}
		name := ""
		if head := t.eventHead(); head != "" {
			switch {
			case k > lo && d.pluralSubjectVerb(k, lo, hi) >= 0:
				// "Velland rebels attack aid convoy": the verb, named
				// by its object (pluralSubjectVerb)
				name = d.eventName(d.pluralSubjectVerb(k, lo, hi), d.cyberHead(k, lo, head))
			case head == "fire" && weight > 1 && d.burnedByFire(k, lo, hi) >= 0:
				// "fires destroy wheat harvest", "Fire guts customs
				// post": the thing burned (burnedByFire)
				name = d.eventName(d.burnedByFire(k, lo, hi), head)
			case attackHeads[head] && d.weaponAlias(t.low) != "" && d.weaponTarget(k, d.strikesObject(k, hi)):
				// "shelling knocks out water station": the weapon's own
				// noun named by what it struck (struckByWeapon)
				name = d.struckByWeapon(d.strikesObject(k, hi), hi, head, d.weaponAlias(t.low))
			case k > lo && attackHeads[head] && d.eventModifier(k-1) && k+2 < hi && strikeOn[d.toks[k+1].low] && d.weaponOf(k-1, head) != "" && d.weaponTarget(k, d.objectNoun(k+2, hi)):
				// "sea-drone strike on tanker", "drone attack on a
				// convoy": the weapon's attack named by its target
				h := head
				if d.chargedWeapon(k-1, lo) {
					h = "attack"
				}
				name = d.struckByWeapon(d.objectNoun(k+2, hi), hi, h, d.weaponOf(k-1, head))
			case head == "strike" && strikers(d.toks[lo:k], d.toks[k+1:hi]) != "":
				// "the nurses' strike", "a strike by dockers": people
				// who stop work, no target struck; named by them as
				// desks name the walkout ("teachers' strike")
				name = strikers(d.toks[lo:k], d.toks[k+1:hi]) + " strike"
			case k > lo && (d.eventModifier(k-1) || subjectHeads[head] && d.verbNoun(k-1) || d.headlineFirstNoun(k-1, lo) && (k+1 >= hi || !throughWords[d.toks[k+1].low])) && !(occasionNouns[d.toks[k-1].low] && d.placeAfter(k, hi) >= 0) && !d.verbAfterNoun(k, hi) && !d.scopeBeforeOf(k, hi):
				// "market strike", "gas pipeline blast"
				name = d.eventName(k-1, head)
				if attackHeads[head] {
					// "a drone attack gutted the water plant": the
					// configured kind of attack, named by what it struck;
					// what it struck first, as most strike nothing there
					// and attackKind lowers and looks up the name
					if n := d.strikesObject(k, hi); n >= 0 && d.attackKind(name) {
						if ev := d.eventName(n, head); !d.configured(ev) {
							d.specialise(ev, name)
							name = ev
						}
					}
				}
			case k+1 < hi && throughWords[d.toks[k+1].low] && !(d.toks[k+1].low == "on" && d.blameOnParty(k, lo)):
				// "blast at Dorn prison", "strike on the market"
				if n := d.objectNoun(k+2, hi); n >= 0 {
					name = d.eventName(n, head)
				}
			case k+2 < hi && (d.verbish(k+1) || d.eventVerbForm(k+1)) && throughWords[d.toks[k+2].low]:
				// "an explosion tore through a prison", "wildfire burns
				// across border"
				if n := d.objectNoun(k+3, hi); n >= 0 {
					name = d.eventName(n, head)
				}
			case k+3 < hi && (d.toks[k+1].low == "that" || d.toks[k+1].low == "which") && (d.verbish(k+2) || d.eventVerbForm(k+2)) && throughWords[d.toks[k+3].low] && d.toks[k+3].low != "of":
				// "explosions that tore through an arms depot", "a fire
				// which spread across the camp": the relative clause
				// places the event as the bare verb does
				if n := d.objectNoun(k+4, hi); n >= 0 {
					name = d.eventName(n, head)
				}
			case weight == titleWeight && k+3 < hi && victimVerbForms[d.toks[k+1].low] != "" && numberLike(&d.toks[k+2]):
				// a headline's "Blast kills 11 at Dorn wedding", "Fire
				// kills six workers in depot": the toll between the
				// event and where it struck; in prose "the explosion
				// killed seven workers at the plant" refers back to an
				// event named before
				if n := d.tollPlace(k+3, hi); n >= 0 {
					name = d.eventName(n, head)
				}
			case k+3 < hi && d.verbish(k+1) && d.toks[k+2].kind == tWord && throughWords[d.toks[k+3].low] && (d.toks[k+2].low == "out" || d.toks[k+2].low == "up"):
				if n := d.objectNoun(k+4, hi); n >= 0 {
					name = d.eventName(n, head)
				}
			}
			if name == "" && d.weakSlot(k, lo, hi) {
				// "a night-time blaze", "row on the shelf shows how": the
				// word in the modifier's slot names no place or target,
				// and the event it would have named is the story's by
				// its bare noun, as desks name it ("the blaze")
				name = head // the class's head, as eventName names the phrase
				if d.weakBare == nil {
					d.weakBare = map[string]bool{}
				}
				d.weakBare[name] = true
			}
			if name == "" && k == blamedAt && !attackHeads[head] && !genericEvents[t.low] && !(k > lo && referringBack(d.toks[k-1].low) && !d.definedByClause(k, hi)) {
				// "blamed each other for a wildfire that …", "blames
				// rival for leak": an event no attack, introduced as the
				// object of blame, is named by itself, as an open event
				// noun is ("the leak" refers back to one)
				name = t.headSingular()
			}
			if name == "" && k > lo && (referringBack(d.toks[k-1].low) || strings.HasSuffix(d.toks[k-1].low, "'s")) {
				d.phrases = append(d.phrases, phraseAt{k: k})
				continue
			}
		}
		// a verb of the event, or a gerund with its object ("shelling
		// the dam")
		lem := t.guessLemma() // once: it may look up and build a string
		ev, ok := getF(eventVerbsF, eventVerbs, lem)
		if !ok && name == "" && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing")) {
			// a stem that drops its e: "collapsed" is "collapse"
			ev, ok = eventVerbs[lem+"e"]
		}
		if (!ok || personHeadsF.has(personHeads, ev.head)) && holdingVerbsF.has(holdingVerbs, lem) && name == "" && !t.cap && d.heldCraft(k, lo, hi) {
			// "Trevassia holds cargo plane": a state keeping a craft
			// against its owner's will, which the desk labels a seizure
			ev, ok = eventVerbs["seize"]
		}
		if ok && name == "" && d.bareNounSubject(k, lo, hi, lem) {
			// "a car bomb tore through the market": the bare form after
			// a determiner or a singular noun is the subject's noun (a
			// verb would agree: "the militia bombs"), and the verb of
			// motion after it is no object; named, as "an explosion tore
			// through a prison" is, by the place it went through. A bomb
			// that went off where it was left is a bombing, as desks name
			// it, not the air strike the verb "bombed" folds into; a
			// shell's is the shelling (verbNouns)
			head := ev.head
			if vn := valF(verbNounsF, verbNouns, lem); vn != "" {
				head = vn
			} else if mineNouns[lem] == "bomb" {
				head = "bombing"
			}
			if n := d.objectNoun(k+3, hi); n >= 0 {
				d.phrases = append(d.phrases, phraseAt{k: k, name: d.eventName(n, head), blame: k == blamedAt, act: d.describing(k, lo)})
			}
			continue
		}
		if ok && t.low == lem && (verbParticles[lem] || lem == "rig") {
			// "forced down an airliner": the bare form of "downed" is
			// the particle of another verb, no event of its own; "the
			// oil rig" a noun
			continue
		}
		if ok && ev.head == "contamination" {
			// "the other contaminated the reservoir" where people were
			// "treated for poisoning": the article's harm (participleAct)
			ev.head = d.participleAct("contaminated")
		}
		if ok && ev.head == "closure" && d.unrealised(k, lo) {
			// "the plant should be closed", "threatened to close the
			// border": a demand or a threat, no closure reported
			continue
		}
		if ok && ev.head == "burning" && t.low != lem && k > lo && (d.toks[k-1].is(fDet) && !d.toks[k-1].is(fPron) || numberLike(&d.toks[k-1])) {
			// "one burned warehouse", "the burnt-out depot": the
			// participle says what the thing is now, and the event is
			// the fire, as the desk labels it ("warehouse fire"); "burned
			// the mosque" and "the rig was burned" report the act
			ev.head = "fire"
		}
		if ok && strings.HasSuffix(t.low, "en") && k > lo && d.toks[k-1].is(fDet) && !d.toks[k-1].is(fPron) {
			// a strong participle after a determiner is an adjective:
			// "the frozen conflict", as "the shelled town" is not
			continue
		}
		if ok && name == "" && !t.cap && (t.low != lem || k > lo && d.pluralSubjectVerb(k, lo, hi) >= 0) {
			// an inflected form: "an Ostmark shell struck" is a noun;
			// the bare form is a verb between a plural subject and its
			// object ("protesters storm consulate")
			if n := valF(verbNounsF, verbNouns, lem); n != "" {
				// "shelled the market" is named as the desk names it,
				// a market shelling (surfaceName), though it folds
				// into the strikes it is one of
				if d.headWords == nil {
					d.headWords = map[string]int{}
				}
				d.headWords[n] += weight
			}
		}
		obj := k + 1 // where a transitive verb's object starts
		if d.cutThrough(obj, hi, lem) {
			obj++ // "cutting through their nets" cut the nets
		}
		cause := false // an act a side alleges caused the disaster blamed
		if pe, pok := getF(particleEventsF, particleEvents, lem); pok && name == "" && !t.cap {
			if k+1 < hi && d.toks[k+1].low == pe.particle {
				// "blew up the bridge", "was shot down"
				ev.head, ev.transitive, ok, obj = pe.head, !pe.intransitive, true, k+2
				if lem == "fire" && d.shellFire(k, lo) {
					// "forces had fired on the plant" in a story of
					// artillery fire is the shelling its lead reports, as
					// "shelled the plant" is (verbNouns)
					ev.head = "strike"
				}
				if n := particleNouns[lem]; n != "" {
					// counted as the noun it makes, not as its bare
					// form, which the event heads counted above
					if d.headWords == nil {
						d.headWords = map[string]int{}
					}
					d.headWords[n] += weight
					if t.low == pe.head && d.headWords[pe.head] >= weight {
						d.headWords[pe.head] -= weight
					}
				}
				if pe.intransitive {
					// "the payroll system broke down": named by its subject
					// (below), unless that is a configured topic's word
					// ("talks broke down" is the negotiations' own news)
					if j := k - 1; j >= lo && j < len(d.mentAt) && d.mentAt[j] >= 0 && d.ments[d.mentAt[j]].topic != "" {
						continue
					}
					// the verb names the event as its noun would: "broke
					// down" counts as the word "breakdown" (surfaceName)
					if d.headWords == nil {
						d.headWords = map[string]int{}
					}
					d.headWords[pe.head] += weight
				} else if strings.HasSuffix(t.low, "ing") {
					// "accused X of blowing up a section of railway
					// line": a charge's act, which the event it caused
					// (a derailment) names; left to the charge
					continue
				}
				if !pe.intransitive && !d.passive(k) && d.objectNoun(obj, hi) < 0 && !(weight == titleWeight && d.headlinePassive(k, obj, lo, hi)) {
					continue // "a row blew up over …": no subject is struck
				}
			} else if !ok {
				continue
			}
		}
		if ok && !t.cap && name == "" {
			// a particle is no headline's preposition: "coast guard
			// fired on trawler" struck the trawler
			if lem == "hit" && (weight == titleWeight && d.headlinePassive(k, obj, lo, hi) || d.passive(k)) {
				// "convoy hit", "a convoy was hit": a hit that names no
				// weapon, whose weapon the sides often dispute, is the
				// desk's neutral attack ("convoy attack"); "shells hit
				// the camp" names a strike by its weapon
				ev.head = "attack"
			}
			if ev.transitive && weight == titleWeight && d.headlinePassive(k, obj, lo, hi) {
				// a headline drops the auxiliary: "Depot shelled as
				// talks resume", "Trawler fired on by coast guard";
				// the noun before is struck
				name = d.eventName(k-1, ev.head)
			} else if ev.transitive && d.passive(k) {
				// "a hospital in the town was hit": the subject was
				// struck ("has been harassing boats" names none); "was
				// flooded with calls" is a figure (figuresWith)
				n := d.subjectNoun(k, lo)
				if personHeadsF.has(personHeads, ev.head) {
					n = d.heldSubject(k, lo) // "the students were detained"
				}
				if n >= 0 && !strings.HasSuffix(t.low, "ing") && !(figuresWith[lem] && k+1 < hi && d.toks[k+1].low == "with") {
					name = d.eventName(n, ev.head)
				}
			} else if ev.transitive && !(ergativeVerbsF.has(ergativeVerbs, lem) && d.objectNoun(obj, hi) < 0 && !d.ergativeFigure(lem, obj, hi)) {
				n := d.objectNoun(obj, hi)
				if personHeadsF.has(personHeads, ev.head) {
					n = d.personObject(obj, hi) // "detained two surveyors"
				}
				if n >= 0 && !deadNounsF.has(deadNouns, d.toks[n].low) && !idiomObjects[lem][d.toks[n].low] {
					if d.heldPerson(lem, n) {
						// "seized a border guard", "arrested" in the
						// other account: the desk's detention
						name = d.eventName(n, "detention")
					} else if ev.head == "strike" && (lem == "hit" || lem == "strike") && mineNouns[d.toks[n].low] != "" {
						// "a bus struck a landmine", "truck hits roadside
						// bomb": what was hit went off; the event is the
						// device's blast, not a strike on it
						name = mineNouns[d.toks[n].low] + " blast"
					} else if ev.head == "strike" && (lem == "hit" || lem == "strike") && d.groundedOn(k, lo, n) {
						// "the ferry struck a sandbank", "it hit the
						// reef": a vessel on the bottom, no attack and
						// no walkout; named by the vessel, or left to
						// the article's other words for the grounding
						if v := d.groundedVessel(k, lo); v >= 0 {
							name = d.eventName(v, "grounding")
						} else {
							continue
						}
					} else {
						name = d.eventName(n, d.cyberHead(k, lo, ev.head))
						if weight > 1 && !d.configured(name) && d.weaponTarget(n, n) {
							if conf := d.weaponSubject(k, lo); conf != "" {
								// "a missile downed the helicopter", "a
								// drone hit the clinic" in the headline or
								// lead: the weapon is the one incident's
								// instrument, not its name (specificEvents);
								// in the body, one strike of a campaign
								d.specialise(name, conf)
							}
						}
					}
				}
			} else if k > lo {
				// "ships collide", "a supply boat collided", "the
				// ferry had sunk"
				j := k - 1
				for j > lo && d.toks[j].is(fAux|fAdv|fNeg) && d.toks[j].kind == tWord {
					j--
				}
				// a person is no event's name: "a man collapsed"
				if (d.eventModifier(j) || d.eventSubject(j, k, lo, hi)) && !personWord(d.toks[j].low) {
					name = d.eventName(j, ev.head)
				}
				if meetingHeads[ev.head] {
					// "jet and fuel truck collide on runway", "a lorry
					// and a freight train collided on the bridge": where
					// they met (meetingPlace)
					if p := d.meetingPlace(j, k, hi); p >= 0 {
						name = d.eventName(p, ev.head)
					}
				}
			}
			if name == "" && !ev.transitive && k+1 < hi && d.toks[k+1].is(fDet) && !d.toks[k+1].is(fPron|fRel) {
				// used transitively: "of sinking a patrol boat",
				// "crashed a drone into …"
				if n := d.objectNoun(k+1, hi); n >= 0 {
					name = d.eventName(n, ev.head)
				}
			}
			// after parties blamed each other for a disaster ("a cholera
			// outbreak"), what a side says the other did ("had cut the
			// camp's water supply") is its account of the cause: an act
			cause = name != "" && (blameSeen || d.blamed != nil) && d.blamedDisaster() && !d.configured(name)
		}
		if name != "" && weight < titleWeight && len(d.titleEvents) > 0 {
			// "the shooting of the fishermen" of a headline's trawler
			// shooting: the editor's thing, not the victims
			name = d.headlineThing(name)
		}
		if name != "" {
			// "blamed each other for the sinking of a patrol boat": a
			// known event as the object of blame counts as one no list
			// knows does, over the acts each side alleges after it
			d.phrases = append(d.phrases, phraseAt{k: k, name: name, blame: k == blamedAt, act: cause || d.describing(k, lo)})
		}
	}
}

// scopeBeforeOf reports whether the word before the event noun at k is
// an adjective of scope in "-wide" ("a nationwide recall of infant
// formula", "a citywide shutdown of the trams") and "of" follows with
// what the event struck: that thing names it ("formula recall"), as the
// desk labels it, where "nationwide" only says how far it reached. With
// no such object ("for the nationwide blackout") the writer's compound
// stays the name. Nor is a span of time after "of" ("a nationwide
// blackout of six hours", "a citywide curfew of two weeks") what the
// event struck: it says how long it lasted, and the compound stays.
func (d *docState) scopeBeforeOf(k, hi int) bool {
	w := d.toks[k-1].low
	if len(w) < 8 || !strings.HasSuffix(w, "wide") || k+2 >= hi || d.toks[k+1].low != "of" {
		return false
	}
	n := d.objectNoun(k+2, hi)
	return n >= 0 && !timeSpanNouns[singularWord(d.toks[n].low)]
}

// timeSpanNouns measure how long something lasted: "of six hours".
var timeSpanNouns = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "night": true, "week": true,
	"fortnight": true, "month": true, "year": true, "decade": true,
}

// namedBefore returns the one event phrase counted so far whose head is
// head ("crane sabotage" for "the sabotage"), or "" when none or more
// than one is: then "the sabotage" refers back to the story's event,
// whichever it is. In an article that names a configured dispute, "the
// attack" refers back to it by its kind ("cyberattacks"), whatever
// phrase named one attack of it ("bank attack"): "" there too.
func (d *docState) namedBefore(head string) string {
	if d.phraseWeight >= titleWeight || head == "" {
		return ""
	}
	found := ""
	for t, n := range d.topicCount {
		if n > 0 && d.configured(t) {
			return ""
		}
		if n <= 0 || !strings.HasSuffix(t, " "+head) {
			continue
		}
		if found != "" {
			return ""
		}
		found = t
	}
	return found
}

// verbAfterNoun reports whether the event head at k, a word English
// writes as a verb too ("cut", "hit"), is the verb of the noun before
// it: its particle or a determiner follows ("the water board cut off
// the water", "the council cut the budget"), as no noun's does.
func (d *docState) verbAfterNoun(k, hi int) bool {
	t := &d.toks[k]
	if k+1 >= hi || t.low[len(t.low)-1] == 's' {
		return false
	}
	if _, ok := eventVerbs[t.low]; !ok {
		return false
	}
	n := &d.toks[k+1]
	if pe, ok := particleEvents[t.low]; ok && n.low == pe.particle {
		return true
	}
	return n.kind == tWord && n.is(fDet) && !n.is(fPron|fRel)
}

// referringBack reports whether w, before an event's noun, refers back
// to the event reported: "the attack", "this blast", and the victims'
// possessive, "blaming each other for their abduction".
func referringBack(w string) bool {
	switch w {
	case "the", "this", "that", "their", "its", "his", "her":
		return true
	}
	return false
}

// definedByClause reports whether the definite event noun at k ("the
// blackout") is followed by a relative clause that says which event it
// is: "blamed each other for the flood that killed four", "for the
// blackout that cut power to two million homes". Such a noun introduces
// the event, as "a flood" would, rather than referring back to one
// named before; when a phrase counted before already names an event
// ("Tailings dam collapse" in the headline, then "the collapse that
// buried a road"), the clause only says more of that one.
func (d *docState) definedByClause(k, hi int) bool {
	if k < 1 || d.toks[k-1].low != "the" || k+2 >= hi {
		return false
	}
	if w := d.toks[k+1].low; w != "that" && w != "which" || d.toks[k+2].kind != tWord || d.toks[k+2].cap {
		return false
	}
	for _, n := range d.topicCount {
		if n > 0 {
			return false
		}
	}
	return true
}

// strikesObject returns the noun of what the event noun at k, the
// subject, struck: "attack knocked out the water plant", "attack set
// fire to the depot", "blast hit the depot"; or -1.
func (d *docState) strikesObject(k, hi int) int {
	j := k + 1
	if j >= hi || !d.verbish(j) || d.toks[j].is(fSpeech|fAux) || victimVerbForms[d.toks[j].low] != "" {
		return -1 // "the drone strike killed three": its toll, no place
	}
	if strings.HasSuffix(d.toks[j].low, "ing") {
		return -1 // "raids targeting migrants": a participle, no verb of the event
	}
	switch {
	case j+2 < hi && d.toks[j+1].low == "fire" && d.toks[j+2].low == "to":
		j += 2 // "set fire to"
	case j+1 < hi && (d.toks[j+1].low == "out" || d.toks[j+1].low == "up" || d.toks[j+1].low == "down" || throughWords[d.toks[j+1].low] && d.toks[j+1].low != "of"):
		j++ // "knocked out", "tore through"
	}
	if j+1 >= hi || !d.objectStart(j+1) {
		return -1
	}
	n := d.objectNoun(j+1, hi)
	if n >= 0 && (numberWords[d.toks[n].low] || personWord(d.toks[n].low)) {
		return -1
	}
	return n
}

// strikeOn are the prepositions after a weapon's attack that name its
// target: "drone strike on a tanker", "missile attack against the depot".
var strikeOn = map[string]bool{"on": true, "against": true, "at": true}

// weaponAlias returns the configured kind of attack (attackKind) whose
// alias the word w is, a weapon or its use named by one word
// ("shelling", "airstrike", "drone", "sea-drone"'s "drone"), or "".
func (d *docState) weaponAlias(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:] // "sea-drone" is a drone
	}
	if conf := d.x.topicAlias[w]; conf != "" && d.attackKind(conf) {
		return conf
	}
	if conf := d.x.topicAlias[singularWord(w)]; conf != "" && d.attackKind(conf) {
		return conf
	}
	return ""
}

// weaponOf returns the configured kind of attack the modifier at k and
// the attack noun head name ("drone strike", "sea-drone strike",
// "missile attack"), or "".
func (d *docState) weaponOf(k int, head string) string {
	if conf := d.x.topicAlias[d.toks[k].low+" "+head]; conf != "" && d.attackKind(conf) {
		return conf
	}
	return d.weaponAlias(d.toks[k].low)
}

// chargedWeapon reports whether the weapon named at m is what one side
// accuses the other of ("accuses Ostmark of a drone strike on a
// tanker"): the weapon is that side's account, which the other side
// mostly disputes, and the desk names the event by its neutral noun, a
// tanker attack.
func (d *docState) chargedWeapon(m, lo int) bool {
	j := m - 1
	for j > lo && d.toks[j].is(fDet) && !d.toks[j].is(fPron) {
		j--
	}
	if j <= lo || d.toks[j].low != "of" {
		return false
	}
	for i := j - 1; i >= lo && i >= j-6; i-- {
		if t := &d.toks[i]; t.kind == tWord && !t.cap && t.lemma() == "accuse" {
			return true
		}
	}
	return false
}

// weaponTarget reports whether the noun at n is the one thing the
// weapon's attack at k struck, a particular attack: "drone strikes on
// border towns", "attacks against cities", are the weapon's use as
// such, its configured topic's; and "shelling shatters border truce"
// breaks the configured ceasefire, whose word the truce is, striking no
// place.
func (d *docState) weaponTarget(k, n int) bool {
	if n < 0 || singularWord(d.toks[k].low) != d.toks[k].low {
		return false
	}
	w := d.toks[n].low
	return singularWord(w) == w && d.x.topicAlias[w] == ""
}

// struckByWeapon names the attack of head a weapon made on the noun at
// n ("tanker strike", "station strike") and records it as one event of
// the weapon's configured kind conf (specialise): a desk labels one
// attack by what it struck, and keeps the weapon's topic for claims
// about the weapon's use as such. A target that is itself a configured
// topic keeps that name. A place named by its kind and its name ("the
// town of Kolvane") is the name's: "town" says nothing of which one.
func (d *docState) struckByWeapon(n, hi int, head, conf string) string {
	var ev string
	if placeNouns[d.toks[n].low] && n+2 < hi && d.toks[n+1].low == "of" && d.toks[n+2].cap && d.toks[n+2].kind == tWord {
		ev = d.str[d.toks[n+2].s:d.toks[n+2].e] + " " + head
	} else {
		ev = d.eventName(n, head)
	}
	if !d.configured(ev) {
		d.specialise(ev, conf)
	}
	return ev
}

// tollPlace returns the noun of the place after a toll whose number
// ends before i ("kills 11 at the wedding", "six workers in depot"), or
// -1: at most one word for the dead, then a preposition of place.
func (d *docState) tollPlace(i, hi int) int {
	if i+1 < hi && d.toks[i].kind == tWord && !d.toks[i].cap && !throughWords[d.toks[i].low] {
		i++ // "workers", "people"
	}
	if i+1 >= hi || !throughWords[d.toks[i].low] || d.toks[i].low == "of" {
		return -1
	}
	return d.objectNoun(i+1, hi)
}

// weaponSubject returns the configured kind of attack (weaponAlias)
// whose one-word alias, singular, is the subject of the event verb at k
// ("Ostmark missile downed", "a drone had hit"), or "": the weapon of
// one strike, where "missiles hit towns" reports their use as such.
func (d *docState) weaponSubject(k, lo int) string {
	j := k - 1
	for j > lo && d.toks[j].is(fAux|fAdv|fNeg) && d.toks[j].kind == tWord {
		j--
	}
	if j < lo || d.toks[j].kind != tWord || d.toks[j].cap && j > lo {
		return ""
	}
	w := d.toks[j].low
	if singularWord(w) != w {
		return ""
	}
	return d.weaponAlias(w)
}

// attackKind reports whether name is a configured topic named as a
// kind of attack ("drone strikes", "cyberattacks"), not a topic an
// attack's noun merely starts ("deportation of children").
func (d *docState) attackKind(name string) bool {
	if !d.configured(name) {
		return false
	}
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return attackHeads[eventHeads[singularWord(last)]]
}

// specialise records that the induced event ev is one event of the
// configured kind conf ("station attack" of "drone strikes"), for
// eventTopics.
func (d *docState) specialise(ev, conf string) {
	if d.specialised == nil {
		d.specialised = map[string]string{}
	}
	d.specialised[ev] = conf
}

// titleWeight is what countPhrases counts a headline's phrases by.
const titleWeight = 3

// headlinePassive reports whether the participle at k is a headline's
// passive with its auxiliary dropped: a noun before it, and after it
// and its particle (the token at after) the headline's end,
// punctuation or a preposition or conjunction ("Depot shelled as talks
// resume", "Reservoir poisoned; two held", "Trawler fired on by coast
// guard").
func (d *docState) headlinePassive(k, after, lo, hi int) bool {
	t := &d.toks[k]
	if !strings.HasSuffix(t.low, "ed") || k <= lo || !d.eventModifier(k-1) {
		return false
	}
	return after >= hi || d.toks[after].kind == tPunct || d.toks[after].is(fPrep|fSubord|fConj)
}

// blamedDisaster reports whether an event named as the object of blame
// (in an earlier paragraph or before in this one) is no attack: a
// disaster or accident ("sinkhole", "cholera outbreak", "crane
// collapse"), which the parties' acts are accounts of the cause of.
func (d *docState) blamedDisaster() bool {
	disaster := func(name string) bool {
		if name == "" || d.configured(name) {
			return false
		}
		return !attackHeads[name[strings.LastIndexByte(name, ' ')+1:]]
	}
	for name, n := range d.blamed {
		if n > 0 && disaster(name) {
			return true
		}
	}
	for _, p := range d.phrases {
		if p.blame && disaster(p.name) {
			return true
		}
	}
	return false
}

// cuePhrase appends the phrase a determiner or a reporting verb at k
// opens, which paraPhrases' event words do not: "the blackout" after
// "blamed … for a nationwide blackout", a reference back to the event
// (blameSeen: one was named before in this paragraph); "charged two
// officials with bribing judges", the act of a charge.
func (d *docState) cuePhrase(k, hi int, blameSeen bool) {
	t := &d.toks[k]
	if t.kind != tWord {
		return
	}
	if t.flags&fDet != 0 {
		if (d.blamed != nil || blameSeen) && k+1 < hi && d.toks[k+1].kind == tWord && d.toks[k+1].flags&(fEvent|fRecip|fBlameObj) == 0 && d.blamedNoun(k+1) {
			d.phrases = append(d.phrases, phraseAt{k: k + 1})
		}
		return
	}
	if t.low[0] == 'c' && t.speech().lemma == "charge" {
		if p, ok := d.chargeAct(k, hi); ok {
			d.phrases = append(d.phrases, p)
		}
	}
}

// blamedNoun reports whether token k, after "the", "this" or "that",
// is the last word of an event named as the object of blame that no
// list knows ("the blackout", "this sinkhole"), in an earlier paragraph
// or before it in this one.
func (d *docState) blamedNoun(k int) bool {
	switch d.toks[k-1].low {
	case "the", "this", "that":
	default:
		return false
	}
	w := singularWord(d.toks[k].low)
	// name == w or name ends in " "+w, without building " "+w: it was
	// a string built per call, about 0.4 M of BenchmarkExtract's 113.6 M
	// instructions
	named := func(name string) bool {
		n := len(name) - len(w)
		return n == 0 && name == w || n > 0 && name[n-1] == ' ' && name[n:] == w
	}
	// the names in a slice, not a range over the map: an iteration's
	// start alone costs a few hundred instructions, and this runs for
	// most nouns after "the" once anything was blamed (about 0.5 M of
	// BenchmarkExtract's 109.4 M instructions)
	if len(d.blamedNames) != len(d.blamed) {
		if d.blamedNames == nil {
			d.blamedNames = d.blamedArr[:0]
		}
		d.blamedNames = d.blamedNames[:0]
		for name := range d.blamed {
			d.blamedNames = append(d.blamedNames, name)
		}
	}
	for _, name := range d.blamedNames {
		if named(name) {
			return true
		}
	}
	for _, p := range d.phrases {
		if p.blame && named(p.name) {
			return true
		}
	}
	return false
}

// describing reports whether the event noun at k describes what "it"
// or "this" refers back to ("This is a deliberate attack on civil
// aviation", "it was an attack on fishermen"): a speaker's word for an
// event or act named before, which it does not rename; it counts as an
// act (countPhrases), after the events.
func (d *docState) describing(k, lo int) bool {
	// the form of "be" first, a few words back: most phrases have no
	// auxiliary there, one flag test a word
	j := k - 2
	for ; j > lo && j >= k-5; j-- {
		if d.toks[j].flags&fAux != 0 || d.toks[j].kind == tWord && d.toks[j].low[0] == '\'' || d.toks[j].low == "’s" {
			if w := d.toks[j].low; w == "is" || w == "was" || w == "'s" || w == "’s" {
				break
			}
		}
	}
	if j <= lo || j < k-5 {
		return false
	}
	if w := d.toks[j-1].low; w != "it" && w != "this" {
		return false
	}
	for i := j + 1; i < k; i++ {
		t := &d.toks[i]
		if t.kind != tWord || !(t.is(fDet) && !t.is(fPron) || notModifiers[t.low] || adjectival(t.low) || t.is(fAdv)) {
			return false
		}
	}
	return true
}

// Acts against a person. News names the killing, poisoning or arrest
// of a person the dispute is about by the kind of person they were:
// "the poisoning of an exiled dissident", "a journalist was shot
// dead", "agents abducted a blogger" — a "dissident poisoning", a
// "journalist killing". The person is named by a noun of the people
// such acts befall in the news (victimPersons), not by "man", "worker"
// or "civilian", whose deaths are the toll of another event ("an
// explosion killed seven workers").

// victimNouns are the acts against a person, as nouns, with the head
// that names them: an event head's own fold where it has one.
var victimNouns = withEventClasses(map[string]string{
	"poisoning": "poisoning", "killing": "killing", "murder": "murder", "assassination": "assassination",
	"kidnapping": "kidnapping", "arrest": "arrest", "detention": "detention",
})

// victimVerbs are the acts against a person, as verbs, with their noun.
var victimVerbs = map[string]string{
	"poison": "poisoning", "kill": "killing", "murder": "murder", "assassinate": "assassination",
	"kidnap": "kidnapping", "abduct": "kidnapping", "arrest": "arrest", "detain": "detention",
}

// victimVerbForms maps each form of the victimVerbs to its noun:
// "assassinated" → "assassination"; one lookup per event word.
var victimVerbForms = func() map[string]string {
	m := map[string]string{}
	for l, noun := range victimVerbs {
		for _, f := range verbForms(l) {
			m[f] = noun
		}
	}
	return m
}()

// victimWords joins victimNouns and victimVerbForms: victimEvent asks
// it of every event word, and most are neither, so one lookup rather
// than two tells.
var victimWords = func() map[string]victimWord {
	m := map[string]victimWord{}
	for w, head := range victimNouns {
		m[w] = victimWord{noun: head, verb: victimVerbForms[w]}
	}
	for w, head := range victimVerbForms {
		m[w] = victimWord{noun: victimNouns[w], verb: head}
	}
	return m
}()

// victimWord is a word's head as a noun of victimNouns and as a form of
// victimVerbForms, either "" when it is not one.
type victimWord struct{ noun, verb string }

// victimPersons are the people news names such acts by.
var victimPersons = map[string]bool{
	"dissident": true, "journalist": true, "reporter": true, "activist": true, "defector": true,
	"blogger": true, "critic": true, "exile": true, "diplomat": true, "lawyer": true, "priest": true,
	"whistleblower": true, "spy": true, "opposition": true, "campaigner": true, "editor": true,
	// one person in an office whose killing is the news
	"captain": true, "mayor": true, "judge": true, "prosecutor": true, "ambassador": true, "imam": true,
	"scientist": true, "businessman": true,
}

// victimEvent returns the name of the act against a person at token k
// ("dissident poisoning"), or "": the noun with its person after "of"
// or before it ("the journalist's murder"), the verb with its person as
// object ("poisoned a dissident") or as passive subject ("a dissident
// was poisoned", a headline's "Exiled dissident poisoned in Haldby").
func (d *docState) victimEvent(k, lo, hi int) string {
	t := &d.toks[k]
	vw, ok := getF(victimWordsF, victimWords, t.low)
	if !ok {
		if t.low == "shot" && k+1 < hi && d.toks[k+1].low == "dead" {
			return d.shotDead(k, lo, hi)
		}
		return ""
	}
	if head := vw.noun; head != "" {
		if k+1 < hi && d.toks[k+1].low == "of" {
			if p := d.victimPerson(k+2, hi); p != "" {
				return p + " " + head
			}
		}
		if k > lo {
			if p := victimPersonWord(strings.TrimSuffix(d.toks[k-1].low, "'s")); p != "" {
				return p + " " + head
			}
		}
		if !strings.HasSuffix(t.low, "ing") {
			return ""
		}
		// a gerund with its object: "accused Ostmark of poisoning an
		// exiled dissident"
	}
	head := vw.verb
	if head == "" || t.cap {
		return ""
	}
	if strings.HasSuffix(t.low, "ed") {
		// the person before the participle: "a dissident was poisoned",
		// "dissident poisoned in Haldby" (no object follows)
		j := k - 1
		for j > lo && d.toks[j].is(fAux|fAdv|fNeg) && d.toks[j].kind == tWord {
			j--
		}
		if j >= lo && (d.passive(k) || k+1 >= hi || d.toks[k+1].kind == tPunct || d.toks[k+1].is(fPrep)) {
			if p := victimPersonWord(d.toks[j].low); p != "" {
				return p + " " + head
			}
		}
	}
	if d.passive(k) {
		return ""
	}
	if p := d.victimPerson(k+1, hi); p != "" {
		return p + " " + head
	}
	if k > lo && strings.HasSuffix(t.low, "ing") && (d.toks[k-1].low == "of" || d.toks[k-1].low == "for") {
		// "a record of killing prisoners": the act charged, done to the
		// people a configured topic names (otherPersonAct)
		for n := k + 1; n < hi && n <= k+3; n++ {
			if d.toks[n].kind == tNum || d.toks[n].is(fDet) && !d.toks[n].is(fPron) {
				continue
			}
			if d.otherPersonAct(n, guessLemma(t.low)) {
				return singularWord(d.toks[n].low) + " " + head
			}
			break
		}
	}
	return ""
}

// heldPeople are the people one side holds, whom a charge names by what
// was done to them: "of killing prisoners", "mistreating detainees".
var heldPeople = map[string]bool{"prisoner": true, "captive": true, "detainee": true, "inmate": true, "hostage": true}

// otherPersonAct reports whether token n is a configured topic's bare
// one-word alias naming people ("prisoners" of prisoners of war) and
// lem, the verb of an act that harms them (personHarms), is none of the
// topic's core verbs: the topic names whom the act befell, not the act, so "of
// killing prisoners" and "of mistreating prisoners" charge a prisoner
// killing and a prisoner mistreatment, where "of killing civilians"
// stays the civilian casualties whose core kills and "of deporting
// children" the deportation of children. A topic with no core verbs
// keeps its word.
func (d *docState) otherPersonAct(n int, lem string) bool {
	t := &d.toks[n]
	if t.kind != tWord || t.cap || t.inQ && !d.toks[n-1].inQ || !heldPeople[singularWord(t.low)] && !personWord(t.low) && !civilianPlurals[t.low] {
		return false
	}
	if d.mentAt == nil || n >= len(d.mentAt) || d.mentAt[n] < 0 {
		return false
	}
	m := &d.ments[d.mentAt[n]]
	if m.topic == "" || m.j != m.i+1 || m.i != n {
		return false
	}
	c := d.x.cores[m.topic]
	return personHarms[lem] && c != nil && len(c.Verbs) > 0 && !c.HasVerb(lem)
}

// personHarms are the acts that harm people themselves, as lemmas: a
// dispute of their own, where what is done with people held ("holding
// back prisoners", "moving its prisoners" before a swap) is the
// handling the topic is about.
var personHarms = map[string]bool{
	"kill": true, "murder": true, "execute": true, "torture": true, "mistreat": true, "maltreat": true,
	"ill-treat": true, "abuse": true, "beat": true, "starve": true, "shoot": true, "massacre": true,
	"rape": true, "wound": true, "poison": true,
}

// shotDead returns "<victim> killing" for the "shot dead" at k: a
// shooting that killed is a killing, named by whom it killed ("a
// journalist was shot dead", a headline's "farmer shot dead at
// checkpoint", "gunmen shot dead two guards"), never by "dead", which
// the shooting's object would read; "" when no victim is named.
func (d *docState) shotDead(k, lo, hi int) string {
	if !d.passive(k) && k+2 < hi && d.objectStart(k+2) {
		// the victim after: "shot dead a journalist", "shot dead two
		// guards"
		if p := d.victimPerson(k+2, hi); p != "" {
			return p + " killing"
		}
		if n := d.objectNoun(k+2, hi); n >= 0 {
			return singularWord(d.toks[n].low) + " killing"
		}
	}
	// the victim before: "was shot dead", "journalist shot dead at";
	// the person nearest, before what it is of ("a reporter for a
	// radio station was shot dead")
	j := k - 1
	for j > lo && d.toks[j].is(fAux|fAdv|fNeg) && d.toks[j].kind == tWord {
		j--
	}
	if j < lo {
		return ""
	}
	for i := j; i >= lo && i >= j-6; i-- {
		t := &d.toks[i]
		if t.kind == tPunct || t.is(fConj|fSubord|fSpeech) || t.low == "that" {
			break
		}
		if p := victimPersonWord(t.low); p != "" && p != "opposition" && !t.cap {
			return p + " killing"
		}
	}
	t := &d.toks[j]
	// a headline's first word is capitalised: "Skipper shot dead"
	if d.eventModifier(j) || personWord(t.low) && !t.cap && len(t.low) > 3 || j == lo && d.phraseWeight == titleWeight && t.kind == tWord && (j >= len(d.mentAt) || d.mentAt[j] < 0) && !t.is(fDet|fPron) {
		return singularWord(t.low) + " killing"
	}
	return ""
}

// victimPerson reads the person of a noun phrase from token i: "an
// exiled Varkazian dissident", "two opposition leaders".
func (d *docState) victimPerson(i, hi int) string {
	for n := 0; i < hi && n < 5; n, i = n+1, i+1 {
		t := &d.toks[i]
		if t.kind == tNum || t.is(fDet) && !t.is(fPron) {
			continue
		}
		if t.kind != tWord || t.inQ {
			return ""
		}
		if p := victimPersonWord(t.low); p != "" {
			if p == "opposition" {
				// "an opposition leader", "opposition figures"
				if i+1 < hi && d.toks[i+1].kind == tWord && !d.toks[i+1].cap && personWord(d.toks[i+1].low) || i+1 < hi && (d.toks[i+1].low == "leader" || d.toks[i+1].low == "figure" || d.toks[i+1].low == "politician") {
					return "opposition " + singularWord(d.toks[i+1].low)
				}
				return ""
			}
			return p
		}
		// what kind of person: "exiled", "prominent", a demonym
		if !(t.cap || notModifiers[t.low] || strings.HasSuffix(t.low, "ed") || adjectival(t.low) || t.low == "former" || t.low == "leading" || t.low == "outspoken" || t.low == "well-known") {
			return ""
		}
	}
	return ""
}

// victimPersonWord returns the singular of w if it names a person
// victimPersons lists, or "".
func victimPersonWord(w string) string {
	if victimPersons[w] {
		return w
	}
	if s := singularWord(w); victimPersons[s] && s != "opposition" {
		return s
	}
	return ""
}

// blameOnParty reports whether the event noun k is the object of "blame …
// on": "blamed the sinking on smugglers" names whom the speaker blames,
// not what the event struck (as "a strike on the market" does).
func (d *docState) blameOnParty(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		t := &d.toks[j]
		if t.kind != tWord {
			return false
		}
		if t.is(fRecip) {
			return t.guessLemma() == "blame"
		}
		if !(t.is(fDet) && !t.is(fPron) || notModifiers[t.low] || t.cap) {
			return false
		}
	}
	return false
}

// subjectNoun returns the head noun of the subject of the passive verb
// k ("A hospital in the rebel-held town was hit" → hospital), or -1:
// the first noun after the clause's determiner.
func (d *docState) subjectNoun(k, lo int) int {
	b := k - 1
	for b > lo && d.toks[b].is(fAux|fAdv|fNeg) {
		b--
	}
	if n := d.appositionStart(b, lo); n >= 0 {
		// "The crossing, the busiest on the border, is closed": the
		// noun before the apposition
		b = n
	}
	// back to the clause's start: a determiner after punctuation or lo
	s := b
	// or a reporting verb ("said the bridge was blown up"), or "that"
	// ("hints that the database may have been hacked")
	for s > lo && b-s < 10 && !(d.toks[s-1].kind == tPunct || d.toks[s-1].is(fConj|fSubord|fSpeech) || d.toks[s-1].low == "that") {
		s--
	}
	for s <= b && (d.toks[s].is(fDet) && !d.toks[s].is(fPron) || d.toks[s].kind == tNum) {
		s++
	}
	if s <= b && d.eventModifier(s) {
		// "an evacuation convoy was hit" struck the convoy: the noun
		// that ends the compound, not its first
		for s < b && d.toks[s+1].kind == tWord && !d.toks[s+1].cap && d.nounLike(s+1) && !d.toks[s+1].is(fPrep|fConj|fRel|fAux|fSubord) && d.eventModifier(s+1) {
			s++
		}
		return s
	}
	// a name or a modifier first: "a Caddon fishing boat was fired
	// on" struck the boat, the noun that ends the name's phrase
	if s < b && d.toks[s].cap && d.toks[s].kind == tWord {
		for s < b && d.toks[s].cap && d.toks[s].kind == tWord {
			s++
		}
		e := s
		for e < b && d.toks[e+1].kind == tWord && !d.toks[e+1].cap && d.nounLike(e+1) && !d.toks[e+1].is(fPrep|fConj|fRel|fAux|fSubord) {
			e++
		}
		if e == b && d.eventModifier(e) {
			return e
		}
	}
	return -1
}

// eventVerbForm reports whether token k is a form of an event verb
// the lexicon knows as no other verb ("burns"), not an event noun.
func (d *docState) eventVerbForm(k int) bool {
	t := &d.toks[k]
	return t.kind == tWord && !t.cap && t.flags&fEvent != 0 && t.eventHead() == "" && victimNouns[t.low] == ""
}

// verbish reports whether token k reads as a verb after a subject: a
// known verb form or an unknown -ed/-s word ("tore", "ripped").
func (d *docState) verbish(k int) bool {
	t := &d.toks[k]
	return t.kind == tWord && !t.cap && (t.is(fVerb) || t.flags == 0)
}

// countPhrases counts the event phrases of tokens [lo, hi) toward the
// document's topic, weight times each: the events, then the compound
// acts of the headline and first paragraphs, then the acts charges name
// (chargeAct), so that of two named as often the event is the dispute,
// and a named act ("vote-rigging") before one read off a charge.
func (d *docState) countPhrases(lo, hi, weight int) {
	d.paraPhrases(lo, hi, weight)
	var buf [8]string
	names, _ := d.inducePhrases(lo, hi, buf[:0])
	for _, n := range names {
		if noun, _, ok := strings.Cut(n, " "); ok && d.x.topicAlias[n] == "" {
			if d.eventNouns == nil {
				d.eventNouns = map[string]bool{}
			}
			d.eventNouns[noun] = true
		}
		d.countTopic(n, weight)
	}
	acts := false
	for _, p := range d.phrases {
		acts = acts || p.act
		if p.blame && p.name != "" && !d.datedBefore(p.k, hi) {
			if d.blamed == nil {
				d.blamed = map[string]int{}
			}
			d.topicCount[p.name] += blameBonus
			d.blamed[p.name] += blameBonus
		}
	}
	if weight >= 2 {
		d.feudEvent(lo, hi)
		d.feudOver(lo, hi, weight)
		d.countCompoundActs(lo, hi, weight)
		if d.mealIllness(lo, hi) {
			d.countTopic("food poisoning", weight)
		}
	}
	if !acts {
		return
	}
	for i, p := range d.phrases {
		if p.act && p.k >= lo && p.k < hi && !slices.ContainsFunc(d.phrases[:i], func(q phraseAt) bool { return q.act && q.name == p.name }) {
			d.countTopic(p.name, weight)
		}
	}
}

// feudNoun reports whether w names a quarrel between parties: what
// "has turned into" or "sparked" one is the event they quarrel over. A
// switch, not a map: feudEvent asks it of every word of the lead.
func feudNoun(w string) bool {
	switch w {
	case "feud", "row", "dispute", "spat", "standoff", "quarrel":
		return true
	}
	return false
}

// feudEvent gives the event phrase of the lead that a quarrel grew out
// of the bonus of an object of blame: "The recall of 400,000 doses has
// turned into an open feud between the maker and the agency", "the
// collision sparked a row between …" — the quarrel is over that event,
// not over what each side then blames on the other.
func (d *docState) feudEvent(lo, hi int) {
	for k := lo + 2; k < hi; k++ {
		if !feudNoun(d.toks[k].low) || k+1 < hi && d.toks[k+1].low == "of" {
			continue // "crashed into a row of houses" is no quarrel
		}
		cue := false
		for j := k - 1; j >= lo && j >= k-4; j-- {
			switch d.toks[j].low {
			case "into", "sparked", "triggered", "ignited":
				cue = true
			}
		}
		if !cue {
			continue
		}
		// the first event phrase before the cue in its own sentence (not
		// one of a sentence before)
		for _, p := range d.phrases {
			if p.k >= k || p.name == "" || p.act || d.configured(p.name) || d.sentenceBreak(p.k, k) {
				continue
			}
			if d.blamed == nil {
				d.blamed = map[string]int{}
			}
			d.topicCount[p.name] += blameBonus
			d.blamed[p.name] += blameBonus
			return
		}
	}
}

// feudOver gives the event a quarrel is "over" in the headline or the
// first paragraphs the bonus of an object of blame: "a row has erupted
// between the two over the disappearance of a journalist", "a standoff
// over the detention of a fishing crew". The
// quarrel names its incident as blame does; an event no list knows
// counts only when its noun is an event's by its ending (deverbalNoun),
// as "a dispute over fishing rights" or "over transit fees" names a
// standing grievance, no incident.
func (d *docState) feudOver(lo, hi, weight int) {
	for k := lo; k+2 < hi; k++ {
		if !feudNoun(d.toks[k].low) || d.toks[k+1].low == "of" {
			continue
		}
		o := -1
		for j := k + 1; j < hi && j <= k+8; j++ {
			t := &d.toks[j]
			if t.low == "over" {
				o = j
				break
			}
			if t.kind == tPunct && t.low != "," || t.inQ || t.is(fRel|fSubord|fSpeech) {
				break
			}
		}
		if o < 0 || o+1 >= hi {
			continue
		}
		p, ok := d.blameObject(o+1, hi)
		if !ok || p.act || p.k >= hi {
			continue
		}
		name := p.name
		if p.known {
			// named by paraPhrases, with its place or target; else, as
			// a known event no attack introduced as the object of blame
			// is, by itself ("over the detention of a fishing crew")
			name = ""
			for _, q := range d.phrases {
				if q.k == p.k && q.name != "" && !q.act {
					name = q.name
				}
			}
			h := d.toks[p.k].headSingular()
			if w := singularWord(d.toks[p.k].low); h == "" && verbEventNouns[w] {
				h = w // "detention": the noun an event verb names its event by
			}
			if name == "" && h != "" && !attackHeads[h] {
				name = h
				d.phrases = append(d.phrases, phraseAt{k: p.k, name: name, blame: true})
				d.countTopic(name, weight)
			}
		} else if name != "" {
			if !deverbalNoun(name[strings.LastIndexByte(name, ' ')+1:]) {
				continue
			}
			if !strings.Contains(name, " ") && p.k+1 < hi && d.toks[p.k+1].low == "of" {
				// "over the extension of a contract", "over the
				// interpretation of the 2030 treaty": what the noun is
				// of, which the object of blame could not name, says
				// what the quarrel is over; the bare noun does not
				continue
			}
			d.phrases = append(d.phrases, phraseAt{k: p.k, name: name, blame: true})
			d.countTopic(name, weight)
		}
		if name == "" || d.configured(name) || d.datedBefore(p.k, hi) {
			continue
		}
		if d.blamed == nil {
			d.blamed = map[string]int{}
		}
		d.topicCount[name] += blameBonus
		d.blamed[name] += blameBonus
	}
}

// verbEventNouns are the nouns the event verbs name their events by
// ("detain" a detention, "evict" an eviction), some of which no list of
// event heads holds.
var verbEventNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range eventVerbs {
		m[v.head] = true
	}
	return m
}()

// datedBefore reports whether the noun phrase from token k (before hi),
// with its relative clause, dates what it names as going on before the
// story: "blames Ostmark for the shelling of border villages that has
// killed a dozen people since last year", "for the raids, which it has
// suffered for years". What the parties blame each other for then is a
// grievance of their own, not the story's incident or a part of it
// (foldIntoLead). A date in a clause of its own dates something else
// ("blames the board for the fires, arguing that it has for years …").
func (d *docState) datedBefore(k, hi int) bool {
	for i := k + 1; i+1 < hi && !isEnd(&d.toks[i]); i++ {
		t, n := &d.toks[i], &d.toks[i+1]
		if t.low == "," && !n.is(fRel) {
			return false
		}
		switch t.low {
		case "since":
			if n.low == "last" || n.kind == tNum {
				return true
			}
		case "for":
			if n.low == "years" || n.low == "months" || n.low == "decades" {
				return true
			}
		}
	}
	return false
}

// sentenceBreak reports whether a sentence ends between tokens i and j.
func (d *docState) sentenceBreak(i, j int) bool {
	for k := i; k < j; k++ {
		if isEnd(&d.toks[k]) {
			return true
		}
	}
	return false
}

// mealIllness reports whether tokens [lo, hi) report people falling ill
// after a meal, as news writes food poisoning before anyone names it:
// "fell ill after eating", "were taken to hospital after lunch",
// "treated in hospital after eating at a wedding".
func (d *docState) mealIllness(lo, hi int) bool {
	for k := lo + 1; k+1 < hi; k++ {
		if d.toks[k].low != "after" {
			continue
		}
		meal := false
		for j := k + 1; j < hi && j <= k+4 && !meal; j++ {
			meal = mealWords[d.toks[j].low]
		}
		if !meal {
			continue
		}
		for j := k - 1; j >= lo && j >= k-10 && d.toks[j].kind == tWord; j-- {
			if illnessWords[d.toks[j].low] {
				return true
			}
		}
	}
	return false
}

// mealWords are what people ate, or eating itself, after "after".
var mealWords = map[string]bool{
	"eating": true, "ate": true, "eaten": true, "meal": true, "meals": true, "lunch": true, "lunches": true,
	"dinner": true, "breakfast": true, "supper": true, "food": true,
}

// illnessWords say people fell ill: "fell ill", "taken to hospital".
var illnessWords = map[string]bool{
	"ill": true, "sick": true, "sickened": true, "hospital": true, "hospitalised": true, "hospitalized": true,
	"vomiting": true, "poorly": true,
}

// headlineLabel returns the label a headline opens with before a colon
// ("Cup final crush: …", "Harwick oxygen shortage: …"), lower case, or
// "": two to four words ending in a common noun. A label of the page's
// own ("Live:", "Watch:") or a speaker's name before a quote ("Marek:
// …") names no event.
func (d *docState) headlineLabel(hi int) string {
	toks := d.toks
	c := 0
	for c < hi && c < 5 && toks[c].kind == tWord {
		c++
	}
	if c < 2 || c > 4 || c >= hi || toks[c].low != ":" || pageLabels[toks[0].low] || d.pageLabelEnd(hi) > 0 {
		return ""
	}
	last := &toks[c-1]
	if last.cap && !titleCaseLabel(toks[:c]) || last.flags&(fPron|fAux|fSpeech|fConj|fPrep|fDet|fAdv|fTime|fRole) != 0 || last.inQ {
		return ""
	}
	// a word of speech before an event's noun is a noun, the thing the
	// event struck ("Border post shooting: …", "Press office fire: …"),
	// not a speaker's verb
	spoken := fSpeech
	if eventHeads[singularWord(last.low)] != "" {
		spoken = 0
	}
	for k := 0; k < c-1; k++ {
		if toks[k].flags&(fPron|fAux|spoken|fConj|fDet|fNeg) != 0 {
			return ""
		}
	}
	// the title's own words: its tokens are offsets into the title,
	// not into the article's text
	var b strings.Builder
	for k := 0; k < c; k++ {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].low)
	}
	return b.String()
}

// titleCaseLabel reports whether a headline's label before its colon is
// written in title case and ends in an event's noun ("Border Post
// Shooting: two states trade blame …"): the desk capitalises its own
// name for the event, not a name's, where the rest of the headline is in
// sentence case and titleCaseTokens leaves the capitals standing.
func titleCaseLabel(label []token) bool {
	for i := range label {
		if !label[i].cap {
			return false
		}
	}
	return eventHeads[singularWord(label[len(label)-1].low)] != ""
}

// pageLabelEnd returns the index after the colon of a label of the
// page's kind opening the headline's tokens [0, hi) ("Live:", "Fact
// check:"), or 0 when the headline opens otherwise.
func (d *docState) pageLabelEnd(hi int) int {
	if hi > 2 && pageLabels[d.toks[0].low] && d.toks[1].low == ":" {
		return 2
	}
	if hi > 3 && d.toks[2].low == ":" && d.toks[0].kind == tWord && pageLabelPairs[d.toks[0].low+" "+d.toks[1].low] {
		return 3
	}
	return 0
}

// pageLabelPairs are the two-word labels of a page's kind: a fact
// check's headline names the claim it checks ("Fact check: Did X
// expel …?"), and the article's event is in its body, not "fact check".
var pageLabelPairs = map[string]bool{"fact check": true, "in pictures": true, "in depth": true}

// pageLabels open headlines that name the page's kind, not its story.
var pageLabels = map[string]bool{
	"live": true, "watch": true, "breaking": true, "update": true, "updates": true, "exclusive": true,
	"analysis": true, "opinion": true, "video": true, "explainer": true, "comment": true, "review": true,
	"interview": true, "photos": true, "pictures": true, "listen": true, "podcast": true, "editorial": true,
	"factcheck": true, "fact-check": true,
}

// countTopic counts topic t weight times toward the document's topic,
// noting when it was first named.
func (d *docState) countTopic(t string, weight int) {
	d.markNamed(t) // an event phrase folded into a configured topic: its act
	if d.configured(t) {
		d.noteActOf(t) // the same, for bareTopics
	}
	d.seq++
	d.topicCount[t] += weight
	if _, ok := d.topicFirst[t]; !ok {
		d.topicFirst[t] = d.seq
	}
}

// countCompoundActs notes, among the charges, the hyphenated acts the
// headline and first paragraphs name a dispute by ("match-fixing",
// "vote-rigging", "price-fixing"), weight times each: a dispute with no
// configured topic and no event is named by them before the acts its
// charges name one by one (docTopic). An adjective's compound
// ("long-running", "far-reaching") names no act.
func (d *docState) countCompoundActs(lo, hi, weight int) {
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if t.kind != tWord || len(t.low) < 9 || t.low[len(t.low)-1] != 'g' || !strings.HasSuffix(t.low, "ing") {
			continue
		}
		noun, act, ok := strings.Cut(t.low, "-")
		if !ok || len(noun) < 3 || len(act) < 6 || strings.ContainsAny(act, "-'’") || lightVerbs[guessLemma(act)] {
			continue
		}
		if lexicon[noun]&(fAdv|fTime|fDet|fPrep|fNeg) != 0 || adjectival(noun) || compoundAdjectives[noun] || strings.HasSuffix(noun, "ly") {
			continue
		}
		name := t.low
		if conf := d.x.topicAlias[noun+" "+act]; conf != "" && d.x.topicWord[singularWord(noun)] == conf {
			// the act written as two words is an alias of the
			// configured topic whose name opens with its noun
			// ("election-meddling" is "election meddling", election
			// interference): the hyphen is the writer's, the topic
			// the same. An alias of another noun's topic ("vote-
			// rigging" in a rowing federation) keeps the act's word.
			name = conf
		}
		for n := 0; n < weight; n++ {
			d.noteCharge(name)
		}
		// and toward the document's topic, as the acts a charge names by
		// a gerund and its object do (chargeAct): "shielding club
		// owners" in a later paragraph does not name a dispute the
		// headline calls match-fixing
		d.countTopic(name, weight)
	}
}

// compoundAdjectives start compounds in -ing that describe rather than
// name an act: "long-running", "fast-moving", "high-ranking".
var compoundAdjectives = map[string]bool{
	"long": true, "far": true, "fast": true, "slow": true, "high": true, "low": true, "well": true,
	"good": true, "hard": true, "quick": true, "never": true, "ever": true, "free": true, "wide": true,
	"deep": true, "short": true, "all": true, "record": true, "eye": true, "mind": true, "law": true,
	"top": true, "self": true, "life": true, "easy": true, "heart": true, "open": true, "best": true,
}

// headSingular maps the event heads as written to their singular:
// "explosions" → "explosion", "clashes" → "clash"; the generic words
// ("incident") name no kind of event and are left out.
var headSingular = func() map[string]string {
	m := map[string]string{}
	for w := range eventHeads {
		if genericEvents[w] {
			continue
		}
		s := w
		if h := eventHeads[w]; strings.HasSuffix(w, "es") && eventHeads[w[:len(w)-2]] == h {
			s = w[:len(w)-2]
		} else if strings.HasSuffix(w, "s") && eventHeads[w[:len(w)-1]] == h {
			s = w[:len(w)-1]
		}
		m[w] = s
	}
	// a strike from the air is a strike, as labels name it
	m["airstrike"], m["airstrikes"] = "strike", "strike"
	return m
}()

// kindHeads name, for an event head, the one noun of its class that
// says what kind of event it was, which a desk keeps over the bare head
// once the article writes it: an attack on computers is a cyberattack.
// (A strike from the air stays a strike: labels name it so.)
var kindHeads = map[string]string{"attack": "cyberattack"}

// leadNames reports whether the headline or the first paragraph
// writes the word w, in any case, as a word or a word's start ("the
// cyberattack", "Cyberattacks"). surfaceName also takes the configured
// topic w is an alias of counted from the lead (inLead): a lead under
// a standfirst and a caption.
func (d *docState) leadNames(w string) bool {
	return containsFold(d.headline, w) || containsFold(d.lead(), w)
}

// leadArmedHead reports whether the headline or the first paragraph
// writes head after the weapon that made it ("Missile attack on port",
// "a drone attack"): the lead's event is of that kind, and a
// cyberattack it recalls is another event.
func (d *docState) leadArmedHead(head string) bool {
	for w := range projectiles {
		if d.leadNames(w + " " + head) {
			return true
		}
	}
	return d.leadNames("drone "+head) || d.leadNames("knife "+head)
}

// containsFold reports whether s holds w (lower-case ASCII) in any
// case. (For such a w, strings.EqualFold of each window of its length,
// which this was, folds no byte but ASCII's: a rune past ASCII that
// folds to an ASCII letter, the Kelvin sign or the long s, takes more
// bytes than the letter, so its window has fewer runes than w.)
func containsFold(s, w string) bool {
	return indexFold(s, w) >= 0
}

// surfaceName names an induced event by the noun the article itself
// uses most for it, the headline and first paragraphs weighing more:
// an article that writes "explosion" five times and "blast" twice
// reports a "plant explosion", though both fold into one head to find
// and merge the event; but the headline's word of a class of true
// synonyms first (titleHead). A configured topic keeps its name, and a
// tie keeps the folded head.
func (d *docState) surfaceName(t string) string {
	// a bare event noun (weakSlot, bareEvent) is its own head: i is -1
	i := strings.LastIndexByte(t, ' ')
	if len(d.headWords) == 0 && len(d.titleHeads) == 0 {
		return t
	}
	if head := t[i+1:]; eventHeads[head] != head || d.configured(t) {
		return t
	}
	head := t[i+1:]
	if k := kindHeads[head]; k != "" && d.headWords[k] > 0 && (d.leadNames(k) || d.inLead(d.x.topicAlias[k])) && !d.leadArmedHead(head) {
		// "attack that froze the payment system", then "the
		// cyberattack that knocked it offline": the kind the lead
		// names is the desk's noun, however often the bare head (a
		// cyberattack of another year, further down, is no kind of
		// this attack)
		return t[:i+1] + k
	}
	if w := d.titleHead(head); w != "" {
		return t[:i+1] + w
	}
	best, bestN := head, d.headWords[head]
	for w, n := range d.headWords {
		if n > bestN && w != best && eventHeads[w] == head || n == bestN && n > 0 && w < best && w != head && best != head && eventHeads[w] == head {
			best, bestN = w, n
		}
	}
	if best == head {
		return t
	}
	return t[:i+1] + best
}

// ownVerbNoun names a claim's own event t, one other than the
// document's, by the noun a desk keeps for the verb the claim itself
// wrote of it (verbNouns): "accused X of shelling the grain terminal" is
// a terminal shelling, though "shelled" folds into the strikes to find
// the event and the article's commonest word names the document's own
// events (surfaceName). An article that writes the event's name with
// the head ("the bridge strike") keeps it. ev is the claim's evidence.
func (d *docState) ownVerbNoun(t string, ev graph.Span) string {
	i := strings.LastIndexByte(t, ' ')
	if i < 0 || !verbNounHeads[t[i+1:]] || ev.Start < 0 || ev.End > len(d.str) || ev.Start >= ev.End {
		// most topics: no head a kept verb noun folds into
		return t
	}
	head, obj := t[i+1:], t[strings.LastIndexByte(t[:i], ' ')+1:i]
	text := d.str[ev.Start:ev.End]
	for v, noun := range verbNouns {
		if eventVerbs[v].head != head {
			continue
		}
		// the claim's tokens are gone by now: the verb's forms found in
		// its text, and the few words after each
		for off := 0; ; {
			j := strings.Index(text[off:], v)
			if j < 0 {
				break
			}
			j += off
			e := j + len(v)
			for e < len(text) && isASCIILetter(text[e]) {
				e++
			}
			off = e
			if j > 0 && isASCIILetter(text[j-1]) || !verbEnding(text[j+len(v):e]) {
				continue // "bombshell", "shellfish"
			}
			if objectWordAfter(text[e:], obj) {
				if d.configured(t) {
					return t // a configured topic keeps its name
				}
				if t != d.namedT {
					// asked once for the run of claims on one event
					d.namedT, d.namedV = t, hasWords(d.str, obj+" "+head) || hasWords(d.str, obj+" "+head+"s")
				}
				if d.namedV {
					// the article names the event by the head itself
					// ("the bridge strike killed four"): one event, one
					// name
					return t
				}
				return t[:i+1] + noun
			}
		}
	}
	return t
}

// verbEnding reports whether s ends a regular verb after its stem:
// "shell" is "shelled", "shelling", "shells".
func verbEnding(s string) bool {
	return s == "" || s == "s" || s == "ed" || s == "ing"
}

// objectWordAfter reports whether obj, singular, is among the first four
// words of s before a preposition: "the grain terminal at …" after
// "shelling" holds "terminal".
func objectWordAfter(s, obj string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		// a capitalised word is a name's, never the lower-case noun
		// asked for: compared as written
		w = strings.TrimRight(w, ",;:.")
		if singularWord(w) == obj {
			return true
		}
		if n++; n == 4 || throughWords[w] {
			return false
		}
	}
	return false
}

// verbNounHeads are the event heads the verbs of verbNouns fold into.
var verbNounHeads = func() map[string]bool {
	m := map[string]bool{}
	for v := range verbNouns {
		m[eventVerbs[v].head] = true
	}
	return m
}()

// titleHead returns the word of a class of true synonyms
// (graph.EventNoun) the headline names the event of head by, however
// often the body writes another: the class, not the word, makes it one
// topic with an article that writes the other (graph.TopicSlug). Of two
// in the headline, the one the body writes more, then the first; "" for
// none. A figure of speech ("meltdown" for a breakdown) is in no class
// and names the event only as often as the body writes it.
func (d *docState) titleHead(head string) string {
	best, bestN := "", -1
	for _, w := range d.titleHeads {
		if eventHeads[w] == head && d.headWords[w] > bestN {
			best, bestN = w, d.headWords[w]
		}
	}
	return best
}

// noteTitleHeads records for surfaceName the event nouns of a class of
// synonyms (graph.EventNoun) the headline writes, singular: the
// article's title, or without one the headings before the first
// paragraph ("Blast rocks grain terminal"), which no paragraph reads.
func (d *docState) noteTitleHeads(title string, c *cleaned) {
	if title != "" {
		noteHeadsIn(d, title)
		return
	}
	for _, p := range c.paras {
		if p.kind == paraBoiler {
			continue
		}
		if p.kind != paraHeading {
			break
		}
		// every heading of the run cleanInto reads as the headline's: a
		// masthead of capitalised names ("The Harwick Courier") may stand
		// above the headline, which ends the run with a word in lower case
		b := c.text[p.start:p.end]
		noteHeadsIn(d, b)
		if lowerCount(b) > 0 {
			break
		}
	}
}

// noteHeadsIn is noteTitleHeads for the headline text s.
func noteHeadsIn[T string | []byte](d *docState, s T) {
	// a word lower-cased in a buffer of its own: headlines are title
	// case, and no event noun is longer than the buffer
	var buf [16]byte
	n, long := 0, false
	word := func() {
		if n > 0 && !long {
			if s := headSingular[string(buf[:n])]; s != "" && graph.EventNoun(s) != "" && !slices.Contains(d.titleHeads, s) {
				d.titleHeads = append(d.titleHeads, s)
			}
		}
		n, long = 0, false
	}
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z':
			if n == len(buf) {
				long = true
			} else {
				buf[n] = b | 0x20
				n++
			}
		default:
			word()
		}
	}
	word()
}

// noteNamed records a configured topic's mention that names more than
// a bare place or thing: several words ("dam breach"), an event's word
// ("shelling") or a verb of its act before it ("blew up the dam"),
// unlike "the dam".
func (d *docState) noteNamed(m mention) {
	// only a topic whose act strikes a place matters (settingOfBlame):
	// the mention's flag says so without a lookup
	if !m.struck || d.actNamed[m.topic] {
		return
	}
	if m.j-m.i == 1 {
		w := d.toks[m.i].low
		if eventHeads[w] == "" && !strings.HasSuffix(w, "ing") && !d.coreVerbBefore(m.i, m.topic) {
			return
		}
	}
	d.markNamed(m.topic)
}

// coreVerbBefore reports whether a verb of topic's core act governs the
// word at i, a few words back: "blew up the dam", "had destroyed the
// old dam".
func (d *docState) coreVerbBefore(i int, topic string) bool {
	c := d.x.cores[topic]
	if c == nil || len(c.Verbs) == 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &d.toks[k]
		if t.kind != tWord {
			return false
		}
		// a verb the lexicon knows, or an event verb's form: one flag
		// test before the lemma and the core's list
		if t.flags&(fVerb|fEvent) != 0 && !t.cap && c.HasVerb(t.guessLemma()) {
			return true
		}
	}
	return false
}

// markNamed records that topic t, if its act strikes a place, is named
// by its act in this document (settingOfBlame leaves it alone).
func (d *docState) markNamed(t string) {
	if c := d.x.cores[t]; c == nil || len(c.Targets) == 0 {
		return
	}
	if d.actNamed == nil {
		d.actNamed = map[string]bool{}
	}
	d.actNamed[t] = true
}

// settingOfBlame gives the event the parties blame each other for the
// counts of a configured topic the article names only by a bare place
// or thing ("the dam", "the reservoir") and never by its act: "blame
// each other for the floods after water was let out of the dam" is
// about the floods, the dam their setting, as an induced event's own
// noun is (eventTopics). The event blamed most, then first in name
// order, takes them.
func (d *docState) settingOfBlame() {
	ev, evN := "", 0
	for name, n := range d.blamed {
		if n > 0 && d.topicCount[name] > 0 && !d.configured(name) && (n > evN || n == evN && name < ev) {
			ev, evN = name, n
		}
	}
	if ev == "" {
		return
	}
	var confs []string
	for t, n := range d.topicCount {
		if n <= 0 || d.actNamed[t] || !d.configured(t) {
			continue
		}
		// only a topic whose act strikes a place ("destroy the dam"):
		// "the ceasefire", "drones" name the dispute itself
		if c := d.x.cores[t]; c != nil && len(c.Targets) > 0 {
			confs = append(confs, t)
		}
	}
	d.foldTopics(ev, confs) // a claim that names the dam is about the floods
}

// foldTopics gives the event ev the counts of the topics names and files
// their claims under it (merged), in one order whatever the map's.
func (d *docState) foldTopics(ev string, names []string) {
	slices.Sort(names)
	for _, t := range names {
		d.topicCount[ev] += d.topicCount[t]
		delete(d.topicCount, t)
		d.merged[t] = ev
		for o, m := range d.merged {
			if m == t {
				// "dam destruction" folded into "contamination", now
				// folded itself: its claims follow to the event
				d.merged[o] = ev
			}
		}
	}
}

// foldTopicsFirst folds names into ev as foldTopics does, and gives ev
// the earliest first mention of ev and names: a label renamed or merged
// keeps the place in the story its words first had.
func (d *docState) foldTopicsFirst(ev string, names []string) {
	d.foldTopics(ev, names)
	for _, t := range names {
		if f, ok := d.topicFirst[t]; ok {
			if g, had := d.topicFirst[ev]; !had || f < g {
				d.topicFirst[ev] = f
			}
		}
	}
}

// specificEvents gives an induced event the counts of the configured
// kind of attack it was named from ("a drone attack gutted the water
// plant": the plant attack is the article's drone attack), and the
// claims that name that kind: the analyst names the one event, not its
// category. Of two such events, the one counted more, then the first
// in name order, takes them.
func (d *docState) specificEvents() {
	evs := make([]string, 0, len(d.specialised))
	for ev := range d.specialised {
		evs = append(evs, ev)
	}
	slices.SortFunc(evs, func(a, b string) int {
		if c := d.topicCount[b] - d.topicCount[a]; c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	for _, ev := range evs {
		conf := d.specialised[ev]
		if _, gone := d.merged[conf]; gone || d.topicCount[ev] <= 0 {
			continue
		}
		ev = d.sameThing(ev)
		d.topicCount[ev] += d.topicCount[conf]
		delete(d.topicCount, conf)
		d.merged[conf] = ev
	}
}

// sameThing returns the induced event that names the thing ev struck
// by another head and is counted more ("balloon downing" for "its
// missile struck the balloon"), the one eventTopics will fold ev into,
// or ev: a weapon's counts go to the event its strike is, not raise
// the strike over it.
func (d *docState) sameThing(ev string) string {
	noun, _, _ := strings.Cut(ev, " ")
	best, bestN := ev, d.topicCount[ev]
	for o, n := range d.topicCount {
		if n > bestN || n == bestN && best != ev && o < best {
			if _, gone := d.merged[o]; !gone && o != ev && strings.HasPrefix(o, noun+" ") && !d.configured(o) {
				best, bestN = o, n
			}
		}
	}
	return best
}

// configuredFirst takes back the bonus of an induced object of blame
// that a configured topic outnumbers without it: "blames hackers for a
// week-long outage" in an article that names its cyberattacks more
// often stays on the cyberattacks.
func (d *docState) configuredFirst() {
	for name, bonus := range d.blamed {
		if d.configured(name) {
			continue
		}
		n := d.topicCount[name] - bonus
		for t, m := range d.topicCount {
			if m > n && d.configured(t) {
				d.topicCount[name] = n
				break
			}
		}
	}
}

// outageNouns are what an attack on a system did to its service, no
// act of anyone's: "the bank outage". A blackout is not among them: a
// nationwide blackout is an event of its own in a desk's words, whoever
// is blamed for it, a hacking group included.
var outageNouns = map[string]bool{"outage": true}

// outageOfHack gives an article's configured topic of hacking (its core
// act "hack": cyberattacks) the counts and the claims of the outages it
// names, when the article names that topic at all: "Greywell Bank
// outage enters third day as Elmsgard blames spy agency", then "the
// hacking group": the outage is what the attack did, and a desk files
// the dispute under the attack each side says the other made. An outage
// in an article that names no hacking keeps its own name.
func (d *docState) outageOfHack() {
	var outages []string
	for t, n := range d.topicCount {
		if i := strings.LastIndexByte(t, ' '); n > 0 && i >= 0 && outageNouns[t[i+1:]] && !d.configured(t) {
			outages = append(outages, t)
		}
	}
	if len(outages) == 0 {
		return
	}
	for t, n := range d.topicCount {
		if n <= 0 || !d.configured(t) {
			continue
		}
		if c := d.x.cores[t]; c != nil && c.HasVerb("hack") {
			d.foldTopics(t, outages)
			return
		}
	}
}

// topicNameWords indexes the configured topics by the first word of
// their names, singular, for eventName: "dam" → "dam destruction". A
// word that starts several names indexes none of them.
func topicNameWords(names []string) map[string]string {
	m := map[string]string{}
	for _, n := range names {
		f := strings.Fields(strings.ToLower(n))
		if len(f) < 2 {
			continue
		}
		w := singularWord(f[0])
		if len(w) < 3 {
			continue
		}
		if prev, ok := m[w]; ok && prev != n {
			m[w] = ""
			continue
		}
		m[w] = n
	}
	return m
}

// weakTopic prefixes, in a claim's topics, a configured topic named by
// a one-word alias.
const weakTopic = "\x01"

// referTopic marks, in a claim's topics and beside a configured topic,
// that the claim charges the breach of that topic through "it", the
// sentence before naming it (brokenReferent): the charge is the
// agreement's breach, however seldom the article names the agreement
// (pickTopic).
const referTopic = "\x02"

// anaphorTopic marks, in a claim's topics, a reference back to the
// document's event ("the attack").
const anaphorTopic = "\x00event"

// eventTopics folds the document's topic counts for docTopic: induced
// topics with the same noun ("pipeline blast", "pipeline attack") are
// one event, named by the most frequent (merged records the others'
// names); and an induced topic takes the mentions of a configured
// topic's one-word alias that is its noun ("prison", an alias of
// "prisoners of war"), as those name the place of the event.
func (d *docState) eventTopics() {
	if d.blamed != nil {
		d.settingOfBlame()
	}
	if d.specialised != nil {
		d.specificEvents()
	}
	d.configuredFirst()
	d.outageOfHack()
	var induced []string
	for t, n := range d.topicCount {
		if n > 0 && strings.Contains(t, " ") && !d.configured(t) {
			induced = append(induced, t)
		}
	}
	slices.Sort(induced)
	for _, t := range induced {
		if _, gone := d.merged[t]; gone {
			continue
		}
		noun, _, _ := strings.Cut(t, " ")
		// the topics of this noun, noun+" " sliced from t rather than
		// built per comparison: sorted, they are one run of induced,
		// and the rest need not be looked at (a scan of all was
		// quadratic in the document's topics)
		prefix := t[:len(noun)+1]
		lo, _ := slices.BinarySearch(induced, prefix)
		hi := lo
		for hi < len(induced) && strings.HasPrefix(induced[hi], prefix) {
			hi++
		}
		run := induced[lo:hi]
		rep := t
		for _, o := range run {
			// the headline's name over the body's ("missile downed
			// helicopter", then "the loss of the helicopter"); else the
			// one counted more, and of two counted alike the one the
			// article named first: "blast at the prison", then "the
			// prison had been hit"
			if _, gone := d.merged[o]; gone || o == rep {
				continue
			}
			// "waste heap" in the headline, "a waste heap … slid" in the
			// lead: the thing gives way to its event
			if namesEventOf(o, rep) {
				rep = o
				continue
			}
			if namesEventOf(rep, o) {
				continue
			}
			if ot, rt := d.inTitle(o), d.inTitle(rep); ot != rt {
				if ot {
					rep = o
				}
				continue
			}
			if d.topicCount[o] > d.topicCount[rep] || d.topicCount[o] == d.topicCount[rep] && d.topicFirst[o] < d.topicFirst[rep] {
				rep = o
			}
		}
		var same []string
		for _, o := range run {
			if _, gone := d.merged[o]; !gone && o != rep {
				same = append(same, o)
			}
		}
		// foldTopics also takes along what was folded into them before:
		// "missile strikes", folded into the body's "helicopter loss",
		// follows it to the headline's name
		d.foldTopics(rep, same)
		if w := d.aliasWordCount[noun]; w > 0 {
			if conf := d.x.topicAlias[noun]; conf != "" && d.topicCount[conf] > 0 {
				take := min(w, d.topicCount[conf])
				d.topicCount[conf] -= take
				d.topicCount[rep] += take
			}
		}
	}
	if len(d.leadEvents) > 0 {
		d.leadSetting()
	}
	d.struckSetting()
	d.placeEvent()
	d.namedVictims()
	d.diplomatExpulsions()
	if len(d.titleSide) > 0 {
		d.sideThemes()
	}
	if len(d.topicThings) > 0 {
		d.ownActs()
	}
	d.bareTopics()
}

// sideThemes gives the one incident the headline reports the counts and
// claims of the configured topics the headline names only as one side's
// word: in quotation marks ("Olbravia cries 'blockade'") or as the act
// one side accuses the other of ("Blast kills 11 at wedding; rebels
// accuse army of drone strike"). The desk labels the incident; the
// theme is one side's account of it, however often the body repeats
// that side's word. A theme the headline also names in its own words,
// or a headline with no incident or several, keeps its counts.
func (d *docState) sideThemes() {
	ev := d.leadIncident(d.inTitle)
	if ev == "" {
		return
	}
	var side []string
	for _, t := range d.titleSide {
		if _, gone := d.merged[t]; !gone && d.topicCount[t] > 0 && !slices.Contains(d.titleOwn, t) && !slices.Contains(side, t) {
			side = append(side, t)
		}
	}
	d.foldTopics(ev, side)
}

// struckSetting gives the article's one incident the counts and the
// claims of the configured topic that names what the incident struck
// and outnumbers it, when the incident is no act of that topic's core:
// "an explosion tore through the prison" is a prison blast, "prisoners
// of war" (whose alias "prison" is the blast's noun) its victims and
// setting, however often the article names them; a desk labels the
// event by what it struck and what happened, not by the war-wide theme.
// A head that is a verb of the topic's act keeps the topic ("the dam
// was blown up": dam destruction), as does an article with several
// incidents, whose dispute no one of them is. A topic the incident
// already outnumbers keeps the claims that name it: one about the theme
// itself ("the mistreatment of prisoners") is no claim about the blast.
func (d *docState) struckSetting() {
	ev := ""
	for t, n := range d.topicCount {
		if n <= 0 || !d.incident(t) {
			continue
		}
		if ev != "" {
			return
		}
		ev = t
	}
	if ev == "" {
		return
	}
	noun, _, _ := strings.Cut(ev, " ")
	conf := d.x.topicAlias[noun]
	if conf == "" || d.topicCount[conf] <= d.topicCount[ev] {
		return
	}
	if _, gone := d.merged[conf]; gone {
		return
	}
	head := ev[strings.LastIndexByte(ev, ' ')+1:]
	if c := d.x.cores[conf]; c != nil && c.HasVerb(headVerbs[eventHeads[head]]) {
		return
	}
	d.foldTopics(ev, []string{conf})
}

// placeEvent settles the event of an article that names a configured
// topic whose act strikes a place only by that place's bare word ("the
// dam", "a broken dam") and never by its act, when the topic outnumbers
// every event the article induced: the article's own event noun for
// what happened there names the event (settingOfBlame does the same
// when the parties blame each other for a named event). The noun the
// headline writes, else the one the article writes most, a noun of the
// topic's own act first on a tie: "flooding Imbervale with dam
// release … the flooding" is a dam flooding, no dam destruction, and
// takes the topic's counts and claims; "blames the province for the
// breach" of a dam is the topic's own act, named as the article names
// it when that is one of the topic's aliases (placeName: "dam breach").
func (d *docState) placeEvent() {
	conf, n := "", 0
	for t, m := range d.topicCount {
		if m > n || m == n && t < conf {
			conf, n = t, m
		}
	}
	if n == 0 || !d.configured(conf) || d.actNamed[conf] || len(d.headWords) == 0 {
		return
	}
	c := d.x.cores[conf]
	if c == nil || len(c.Targets) == 0 {
		return
	}
	// the topic's bare words, and the place among them named most
	words := map[string]int{}
	for w, k := range d.aliasWordCount {
		// a possessive's word as counted: "the dam's gates" ("dam'")
		if w = strings.TrimRight(w, "'’"); d.x.topicAlias[w] == conf {
			words[w] += k
		}
	}
	for _, tw := range d.titleWords {
		if d.x.topicAlias[tw] == conf {
			words[tw] += 2 // the title counts twice
		}
	}
	byWord, place, placeN := 0, "", 0
	for w, k := range words {
		byWord += k
		if c.HasTarget(w) && (k > placeN || k == placeN && w < place) {
			place, placeN = w, k
		}
	}
	if place == "" || byWord < n {
		return // named by a phrase of its own ("Kakhovka dam") or its act
	}
	head, headN, headAct := "", 0, false
	for w, k := range d.headWords {
		h := eventHeads[w]
		if h == "" {
			h = w
		}
		act := c.HasVerb(headVerbs[h])
		if slices.Contains(d.titleHeads, w) {
			k += 1 << 16 // the headline's word first
		}
		if k > headN || k == headN && (act && !headAct || act == headAct && w < head) {
			head, headN, headAct = w, k, act
		}
	}
	if head == "" {
		return
	}
	name := place + " " + head
	if headAct {
		if d.x.topicAlias[name] == conf {
			d.placeName = name
		}
		return
	}
	if !slices.Contains(d.titleHeads, head) {
		// another act than the topic's takes it over only when the
		// headline reports it: a noun the body writes of something
		// else ("cuts" to a prison budget) is no event at the place
		return
	}
	d.foldTopics(name, []string{conf})
	if _, ok := d.topicFirst[name]; !ok {
		d.topicFirst[name] = d.topicFirst[conf]
	}
}

// cargo is an event the headline or first paragraphs report whose
// noun a configured topic's first word modifies: "navy seizes grain
// ship", a ship seizure and grain exports.
type cargo struct{ ev, conf string }

// leadSetting gives each event of the lead the counts and the claims of
// the configured topic whose word modified its noun, when the article
// names that topic by nothing but that word, a thing its act moves or
// uses ("the grain" of grain exports, "the drones" of drone strikes):
// the cargo is the event's setting, the seizure the dispute. A topic
// named by any other of its words ("grain exports", "grain corridor"),
// by an event phrase folded into it, or by a verb of its act before
// the word ("broke the ceasefire") keeps its counts, as does one whose
// act strikes the place its word names ("the dam": dam destruction,
// settingOfBlame) and one whose name starts with its head ("prisoners
// of war").
func (d *docState) leadSetting() {
	for _, c := range d.leadEvents {
		ev := c.ev
		if m, ok := d.merged[ev]; ok {
			ev = m
		}
		if n := d.topicCount[c.conf]; n > 0 && d.topicCount[ev] > 0 && !d.configured(ev) && d.objectWordOnly(c.conf, n) {
			d.topicCount[ev] += n
			delete(d.topicCount, c.conf)
			d.merged[c.conf] = ev
		}
	}
}

// objectWordOnly reports whether the configured topic conf, counted n
// times, was named by nothing but the first word of its name, that
// word one of its aliases and no place its act strikes (leadSetting).
func (d *docState) objectWordOnly(conf string, n int) bool {
	if _, gone := d.merged[conf]; gone || strings.Contains(conf, " of ") || d.actNamed[conf] {
		return false
	}
	if c := d.x.cores[conf]; c != nil && len(c.Targets) > 0 {
		return false
	}
	w := strings.ToLower(conf[:strings.IndexByte(conf, ' ')])
	if d.x.topicAlias[w] != conf {
		return false
	}
	w = singularWord(w)
	byWord := d.aliasWordCount[w]
	for _, tw := range d.titleWords {
		if tw == w {
			byWord += 2 // the title counts twice
		}
	}
	return n <= byWord
}

// kindOfEvent reports whether the configured topic conf is the kind of
// the document's induced event ev, not a dispute of its own: its name
// is an attack as ev is ("missile strikes" and a "market strike";
// "cyberattacks" and a "website hack"), or its core act is the event's
// ("hack"). A claim that names it is about that one event.
func (d *docState) kindOfEvent(conf string) bool {
	// the cheap test first: most documents' topic is no induced event
	head := d.evHead
	if head == "" || !d.configured(conf) {
		return false
	}
	last := strings.ToLower(conf[strings.LastIndexByte(conf, ' ')+1:])
	if h := eventHeads[singularWord(last)]; h != "" && (h == head || attackHeads[h] && (attackHeads[head] || firedAt[head])) {
		return true
	}
	c := d.x.cores[conf]
	return c != nil && headVerbs[head] != "" && c.HasVerb(headVerbs[head])
}

// firedAt are the events an attack's weapon brings about without being
// an attack on the ground: the missile that downed a balloon is the
// downing's (kindOfEvent), where "drone downing" stays no drone strike
// (headFits).
var firedAt = map[string]bool{"downing": true}

// inducedHead returns the event head of ev when it is an induced
// event's name ("market strike": "strike"), not a configured topic, or
// "": what kindOfEvent compares, found once per document.
func (d *docState) inducedHead(ev string) string {
	i := strings.LastIndexByte(ev, ' ')
	if i < 0 {
		return ""
	}
	head := eventHeads[ev[i+1:]]
	if head == "" && firedAt[ev[i+1:]] {
		head = ev[i+1:] // a downing, named by no class of eventHeads
	}
	if head == "" || d.configured(ev) {
		return ""
	}
	return head
}

// configured reports whether t is a topic of the taxonomy.
func (d *docState) configured(t string) bool {
	return lookupLower(d.x.topicAlias, t) != ""
}

// The object of blame. Parties that blame each other name the event
// they blame by the object of the blame: "blamed each other for a
// sinkhole that swallowed a bus", "accused each other over the downing
// of a passenger jet", "traded blame after a landslide buried …",
// "blamed the disaster on …". Its head noun names the dispute even when
// no list knows it as an event ("sinkhole", "landslide", "train
// derailment"), and more surely than the acts each side alleges
// ("skipped compaction", "cut corners"), so it counts toward the
// document's topic with a bonus (blameBonus).

// blameEventPreps open the object of blame after the cue: the act
// follows "of" ("accused X of cutting corners"), the event these.
var blameEventPreps = map[string]bool{"for": true, "over": true, "after": true}

// genericEvents refer back to an event without naming it: "blamed the
// disaster on …", "traded blame over the incident".
var genericEvents = map[string]bool{
	"incident": true, "incidents": true, "disaster": true, "tragedy": true, "accident": true, "catastrophe": true,
}

// kindNouns class an event without judging its scale, as "disaster" or
// "tragedy" do: "the accident", "the incident".
var kindNouns = map[string]bool{"accident": true, "incident": true}

// airliners fold a passenger aircraft into one noun: "the downing of a
// passenger jet" is an airliner downing.
var airliners = map[string]bool{"jet": true, "plane": true, "aircraft": true, "airplane": true, "flight": true}

// articles open the name of an event after "responsibility for" and
// "the cause of".
var articles = map[string]bool{"the": true, "a": true, "an": true, "this": true}

// sequenceNoun reports whether w counts events or orders them, as the
// noun before "of" that names them: "a series of blasts", "a spate of
// kidnappings", "a string of arson attacks".
func sequenceNoun(w string) bool {
	switch w {
	case "chain", "series", "wave", "waves", "spate", "string", "succession", "run", "flurry",
		"barrage", "volley", "hail", "salvo", "burst", "round", "rounds", "cycle", "pattern":
		return true
	}
	return false
}

// blameBonus is what the object of blame counts toward the document's
// topic beyond its paragraph's weight.
const blameBonus = 2

// blameEvent returns the event phrase the blame or accusation cue at k
// names by its object, or false: "" as its name when the object refers
// back to the event ("the disaster"). A known event noun is left to
// paraPhrases, which names it with its place or target.
func (d *docState) blameEvent(k, hi int) (phraseAt, bool) {
	if k > 0 && d.toks[k-1].is(fRecip) {
		return phraseAt{}, false // "traded blame": read once, from "traded"
	}
	j := k + 1
	if t := &d.toks[k]; t.flags&fBlameObj != 0 {
		// "denied responsibility for the blackout", "the cause of the
		// blackout": the noun's object is the event, as blame's is
		// the object with an article, as events are named: not "took
		// responsibility for my decision", "the cause of his anger"
		if j+1 < hi && articles[d.toks[j+1].low] && (t.low == "responsibility" && d.toks[j].low == "for" ||
			t.low != "responsibility" && d.toks[j].low == "of" && k > 0 && d.toks[k-1].is(fDet) && !d.toks[k-1].is(fPron)) {
			// the noun phrase is the subject of the verb after it ("the
			// cause of the blackout was …"), no passive clause
			e := j + 1
			for e < hi && e < j+10 && !d.toks[e].is(fAux) {
				e++
			}
			return d.blameObject(j+1, e)
		}
		return phraseAt{}, false
	}
	lem := d.toks[k].guessLemma()
	switch lem {
	case "trade", "exchange":
		// "traded blame", "exchanged accusations"; not "trade talks"
		if j >= hi || !d.toks[j].is(fRecip|fBlameNoun) {
			return phraseAt{}, false
		}
		j++
	case "blame":
		// "blamed the disaster on …": the object is the event
		if j+2 < hi && d.toks[j].is(fDet) && !d.toks[j].is(fPron) && genericEvents[d.toks[j+1].low] && d.toks[j+2].low == "on" {
			return phraseAt{k: j + 1}, true
		}
		// "blamed the jamming of navigation signals on …": the act
		// blamed, as "accused … of jamming navigation signals" names it
		if j+3 < hi && d.toks[j].low == "the" && d.toks[j+2].low == "of" {
			if p, ok := d.blamedAct(j+1, hi); ok {
				return p, true
			}
		}
	case "accuse":
	default:
		return phraseAt{}, false
	}
	for end := min(hi, j+12); j < end; j++ {
		t := &d.toks[j]
		if t.kind == tWord && blameEventPrepsF.has(blameEventPreps, t.low) {
			return d.blameObject(j+1, hi)
		}
		if o := d.eventAfterPrep(j, hi); o > 0 {
			return d.blameObject(o, hi)
		} else if o == 0 {
			continue // "traded blame the following day for …"
		}
		if t.kind == tPunct && t.low != "," || t.inQ || t.is(fRel|fSubord) || t.low == "of" {
			return phraseAt{}, false
		}
	}
	return phraseAt{}, false
}

// eventAfterPrep returns where the object of blame starts after the
// prepositions of time that news writes as "after" ("traded blame
// following a landslide", "accused each other in the wake of the
// collapse") at token j, else -1; 0 for "the following day", a time
// and no preposition, which the blame's own "for" may follow.
func (d *docState) eventAfterPrep(j, hi int) int {
	switch d.toks[j].low {
	case "following":
		if j > 0 && d.toks[j-1].is(fDet) {
			return 0
		}
		if j+1 < hi {
			return j + 1
		}
	case "wake":
		if j >= 2 && j+2 < hi && d.toks[j-2].low == "in" && d.toks[j-1].low == "the" && d.toks[j+1].low == "of" {
			return j + 2
		}
	}
	return -1
}

// The act a charge names. "Accused Velmark of jamming navigation
// signals", "blamed the farms for washing fertiliser into the lake":
// the gerund with its object names what one side says the other did,
// as an analyst names it ("signal jamming", "fertiliser washing"),
// whatever the verb, listed or not. That names the dispute when nothing
// happened but the act (a jamming, a leak); when the article reports an
// event the acts are each side's account of (a fire, a die-off), the
// event does: the act is a claim's weak topic (claimTopics) and no
// object of blame, so it counts toward the document's topic only as
// often as it is named.

// chargeAct returns the act the accusation cue at k names by "of" and
// a gerund with its object ("accused X of jamming signals"; "charged X
// with bribing judges"), or false.
func (d *docState) chargeAct(k, hi int) (phraseAt, bool) {
	prep := "of"
	switch d.toks[k].guessLemma() {
	case "accuse":
	case "charge":
		prep = "with"
	default:
		return phraseAt{}, false
	}
	for j, end := k+1, min(hi-1, k+10); j < end; j++ {
		t := &d.toks[j]
		if t.kind == tWord && t.low == prep {
			if p, ok := d.actPhrase(j+1, hi); ok || prep != "with" {
				if !ok {
					// "accused the operator of illegal lockout"
					return d.chargedNoun(j+1, hi)
				}
				return p, ok
			}
			return d.chargedCrime(k, j+1, hi)
		}
		if t.kind == tPunct && t.low != "," || t.inQ || t.is(fRel|fSubord) {
			break
		}
	}
	return phraseAt{}, false
}

// chargedCrime reads the crime a formal charge names by its bare noun,
// from token c after "charged X with" (the verb at k): "charged a
// correspondent with espionage", "charges reporter with spying",
// "charged with securities fraud". A prosecutor's charge names the
// offence, as a desk labels the case, where the evidence the charge
// rests on ("of photographing a naval base") is a detail of it. Only the
// verb's "with" (not "the charge with evidence") and a noun phrase of at
// most two words that ends the clause or the charge ("with spying for
// Velland", "with fraud and bribery"); a determiner, a name or a number
// after "with" is whom or what the charge came with, not its offence.
func (d *docState) chargedCrime(k, c, hi int) (phraseAt, bool) {
	if k > 0 && d.toks[k-1].is(fDet) || d.toks[k].low == "charge" || c >= hi {
		return phraseAt{}, false
	}
	e := c
	for e < hi && e < c+2 && d.toks[e].kind == tWord && !d.toks[e].cap && !d.toks[e].is(fDet|fPron|fPrep|fConj|fRel|fSubord|fAux|fSpeech|fNeg|fTime) {
		e++
	}
	if e == c || e < hi && d.toks[e].kind == tWord && !d.toks[e].is(fPrep|fConj|fRel|fSubord) {
		return phraseAt{}, false
	}
	n := e - 1
	w := d.toks[n].low
	if len(w) < 5 || d.toks[n].is(fEvent) || lightVerbs[guessLemma(w)] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") {
		return phraseAt{}, false
	}
	name := w
	if n > c && (d.openEventNoun(c) && !strings.HasSuffix(d.toks[c].low, "ing") || strings.HasSuffix(w, "ing")) {
		// "securities fraud"; and a gerund is the offence only with
		// the word before it: "dangerous driving", "insider dealing",
		// "money laundering" ("driving" alone is no offence, and shares
		// its topic with every driver's account)
		name = d.toks[c].low + " " + w
	}
	return phraseAt{k: n, name: name, act: true}, true
}

// actPhrase reads a gerund with its object from token g: "jamming
// satellite navigation signals" is a signal jamming. Gerunds of event
// verbs are named as events (paraPhrases), light verbs name no act
// ("of running a network"), and a gerund with no noun object ("of
// lying") leaves the act to the charges (countCharges).
func (d *docState) actPhrase(g, hi int) (phraseAt, bool) {
	if g+1 < hi && d.mannerAdverb(g) {
		// "of deliberately jamming signals", "of illegally locking
		// out the crews": how the act was done is no part of its name
		g++
	}
	if g >= hi {
		return phraseAt{}, false
	}
	t := &d.toks[g]
	if t.kind != tWord || t.cap || len(t.low) < 6 || !strings.HasSuffix(t.low, "ing") || t.flags&(fEvent|fSpeech|fPrep) != 0 || lightVerbs[t.guessLemma()] {
		return phraseAt{}, false
	}
	if p, ok := d.particleAct(g, hi); ok {
		return p, true
	}
	o := g + 1
	if d.cutThrough(o, hi, t.guessLemma()) {
		// "of cutting through their nets": what the blade went through
		// is what it cut, a net cutting
		o++
	}
	n := d.objectNoun(o, hi)
	if n < 0 {
		n = d.weakObject(o, hi)
	}
	if n >= 0 && causingGerunds[t.low] && d.infinitiveAt(n+1, hi) {
		// "of encouraging its fleet to violate the waters": the object
		// is who was to act, not what was acted on; a "fleet
		// encouraging" names no act, and the act is the infinitive's,
		// which the charges read
		return phraseAt{}, false
	}
	if n < 0 {
		if g2 := d.nextGerund(o, hi); g2 > 0 {
			// "of trespassing on its shore base and damaging a feed
			// barge": the first act names no thing, the one joined to
			// it does (a barge damaging)
			return d.actPhrase(g2, hi)
		}
	}
	if n >= 0 {
		n = d.possessedNoun(n, hi)
	}
	if n >= 0 && fireWord(d.toks[n].low) {
		// "of setting the fields alight": no "alight setting", the
		// fields' fire (setFirePhrase)
		return phraseAt{}, false
	}
	if n < 0 || d.mentAt != nil && n < len(d.mentAt) && d.mentAt[n] >= 0 && d.ments[d.mentAt[n]].topic != "" && !d.otherPersonAct(n, t.guessLemma()) {
		// a configured topic's word names that topic: "of sponsoring
		// terrorism"; not an act on its people that its core is not
		// ("of mistreating prisoners")
		return phraseAt{}, false
	}
	act := actNoun(t.low)
	if act == "attack" && guessLemma(t.low) == "target" && (d.targetedWith(n+1, hi) || audienceNouns[d.toks[n].low]) {
		// "targeting children with adverts", "targeting families with
		// the tax": aimed at, not struck; and those a seller or a
		// campaign courts are aimed at ("targeting young shoppers",
		// "targeting swing voters")
		act = t.low
	}
	if d.heldPerson(guessLemma(t.low), n) {
		act = "detention"
	}
	return phraseAt{k: g, name: singularWord(d.toks[n].low) + " " + act, act: true}, true
}

// nounParticles are the particles English joins to a verb to make the
// noun of its act: "lock out" a lockout, "cover up" a cover-up, "crack
// down" a crackdown, "lay off" a layoff, "take over" a takeover.
var nounParticles = map[string]bool{"out": true, "up": true, "down": true, "off": true, "over": true}

// particleNoun returns the noun the article writes for the verb lem with
// its particle ("lockout", "cover-up", "shut-down"), or "": a phrasal
// verb makes its noun only sometimes ("carry out" makes none), so the
// article's own use of the noun is the test.
func (d *docState) particleNoun(lem, particle string) string {
	for _, n := range [...]string{lem + particle, lem + "-" + particle} {
		if hasWords(d.str, n) || hasWords(d.headline, n) {
			return n
		}
	}
	return ""
}

// particleAct reads a charge's gerund with its particle from token g as
// the act's own noun, when the article writes that noun: "of illegally
// locking out 900 dockers", where the story says "lockout", is a
// lockout; "of covering up the deaths", where it says "cover-up", a
// death cover-up. People locked out or laid off, or any number of
// things, are whom the act struck, not its name ("lockout", not "docker
// lockout"). A gerund whose
// verb has an event of its own ("blowing up", "shooting down") is left
// to the event verbs (actPhrase is not called for those).
func (d *docState) particleAct(g, hi int) (phraseAt, bool) {
	if g+1 >= hi || !nounParticles[d.toks[g+1].low] {
		return phraseAt{}, false
	}
	noun := d.particleNoun(d.toks[g].guessLemma(), d.toks[g+1].low)
	if noun == "" {
		return phraseAt{}, false
	}
	if n := d.objectNoun(g+2, hi); n >= 0 && !personWord(d.toks[n].low) && victimPersonWord(d.toks[n].low) == "" && !d.toks[n].is(fRole|fGroup|fOrgRef) && !numberLike(&d.toks[n-1]) {
		return phraseAt{k: g, name: singularWord(d.toks[n].low) + " " + noun, act: true}, true
	}
	return phraseAt{k: g, name: noun, act: true}, true
}

// chargedNoun reads a charge that names its act by a phrasal verb's
// noun from token c after "accused X of": "of illegal lockout", "of a
// cover-up", "of a brutal crackdown" (adjectives dropped, a noun of the
// compound kept: "of a port lockout"). Other nouns after "of" are left
// to the charges (countCharges).
func (d *docState) chargedNoun(c, hi int) (phraseAt, bool) {
	for c < hi && d.toks[c].kind == tWord && (d.toks[c].is(fDet) && !d.toks[c].is(fPron) || notModifiers[d.toks[c].low] || adjectiveNotNoun(d.toks[c].low) || plainAdjective(d.toks[c].low)) {
		c++
	}
	mod := -1
	if c+1 < hi && d.compoundNoun(c) && d.toks[c+1].kind == tWord {
		mod, c = c, c+1
	}
	if c >= hi || d.toks[c].kind != tWord || d.toks[c].cap {
		return phraseAt{}, false
	}
	w := singularWord(d.toks[c].low)
	found := false
	for p := range nounParticles {
		stem, ok := strings.CutSuffix(w, p)
		stem = strings.TrimSuffix(stem, "-")
		if ok && len(stem) >= 3 && d.particleNoun(stem, p) == w {
			found = true
			break
		}
	}
	if !found {
		return phraseAt{}, false
	}
	if mod >= 0 {
		w = d.toks[mod].low + " " + w
	}
	return phraseAt{k: c, name: w, act: true}, true
}

// mannerAdverb reports whether token k is an adverb of manner in "-ly"
// before a gerund: "deliberately jamming", "secretly dumping".
func (d *docState) mannerAdverb(k int) bool {
	t := &d.toks[k]
	// lyAdverb, not fAdv: "deliberately" and "illegally" carry the
	// flags of charges (fCulp) in place of the fallback's
	return t.kind == tWord && !t.cap && lyAdverb(t.low) != 0 && strings.HasSuffix(d.toks[k+1].low, "ing")
}

// causingGerunds are the gerunds of the verbs that move someone to act,
// whose object is followed by the act it was moved to in the infinitive:
// "encouraging its fleet to raid", "ordering troops to open fire".
var causingGerunds = map[string]bool{
	"encouraging": true, "urging": true, "ordering": true, "inciting": true, "instructing": true,
	"helping": true, "allowing": true, "forcing": true, "pressuring": true, "pressing": true,
	"permitting": true, "enabling": true, "inducing": true, "persuading": true, "coercing": true,
	"telling": true, "asking": true, "prompting": true, "directing": true,
}

// infinitiveAt reports whether token k opens an infinitive, "to" and a
// word in lower case no determiner opens: "to violate"; "to the border"
// is a place, "to Kessar" a name.
func (d *docState) infinitiveAt(k, hi int) bool {
	if k+1 >= hi || d.toks[k].low != "to" {
		return false
	}
	v := &d.toks[k+1]
	return v.kind == tWord && !v.cap && !v.is(fDet|fPron) && !determiners[v.low]
}

// nextGerund returns the gerund joined by "and" to the act before
// token o, within its clause ("trespassing on its base and damaging"),
// or -1: what follows a comma or a relative is another clause's.
func (d *docState) nextGerund(o, hi int) int {
	for k := o; k+1 < hi && k < o+8; k++ {
		t := &d.toks[k]
		if t.kind == tPunct || t.inQ || t.is(fRel|fSubord) {
			return -1
		}
		if t.low == "and" {
			if g := &d.toks[k+1]; g.kind == tWord && !g.cap && len(g.low) >= 6 && strings.HasSuffix(g.low, "ing") {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// throughCutting are the lemmas of the verbs of severing whose object
// English may put after "through" ("cut through the nets", "tore
// through the fence"): the thing gone through is the thing cut. Verbs of movement
// ("drove through the checkpoint", "broke through the lines") go past
// or into a place and are not among them.
var throughCutting = map[string]bool{"cut": true, "slice": true, "tear": true, "rip": true, "hack": true, "chew": true}

// severables are the things a blade goes through and cuts: "cutting
// through red tape" or "through the park" cuts neither.
var severables = map[string]bool{
	"net": true, "netting": true, "cable": true, "line": true, "fence": true, "wire": true, "pipe": true,
	"pipeline": true, "rope": true, "hose": true, "chain": true, "cord": true, "tether": true, "mooring": true,
}

// cutThrough reports whether token o is the "through" after a verb of
// severing lem whose object, before hi, is a thing it cut: "cutting
// through their nets".
func (d *docState) cutThrough(o, hi int, lem string) bool {
	if o+1 >= hi || d.toks[o].low != "through" || !throughCutting[lem] {
		return false
	}
	n := d.objectNoun(o+1, hi)
	return n >= 0 && severables[singularWord(d.toks[n].low)]
}

// takingVerbs take a person by force, in the words of the side that
// lost them: "snatched", "abducted", "seized".
var takingVerbs = map[string]bool{
	"snatch": true, "abduct": true, "kidnap": true, "seize": true, "grab": true, "capture": true,
}

// holdingVerbs keep a thing where it is, a craft against its owner's
// will: "held the tanker", "impounded the trawler".
var holdingVerbs = map[string]bool{"hold": true, "impound": true, "detain": true}

// heldCraft reports whether the verb at k, one of holding, holds a
// ship, boat or aircraft (vesselNouns): its object ("holds Bellundian
// cargo plane"), or in the passive its subject ("the trawler was
// impounded"); "the ferry holds 300 passengers" holds no craft.
func (d *docState) heldCraft(k, lo, hi int) bool {
	n := -1
	if d.passive(k) || d.headlinePassive(k, k+1, lo, hi) {
		n = d.subjectNoun(k, lo)
	} else if k+1 < hi && d.objectStart(k+1) {
		n = d.objectNoun(k+1, hi)
	}
	return n >= 0 && vesselNouns[d.toks[n].low] || n >= 0 && vesselNouns[singularWord(d.toks[n].low)]
}

// takingLemmas are the lemmas heldPerson takes: takingVerbs, and those
// of them that end in e without it ("seiz" of "seized"), so that a lemma
// is one probe rather than two and a concatenation; heldPerson is asked
// of every event verb with an object.
var takingLemmas = func() map[string]bool {
	m := map[string]bool{}
	for v := range takingVerbs {
		m[v] = true
		if strings.HasSuffix(v, "e") {
			m[strings.TrimSuffix(v, "e")] = true
		}
	}
	return m
}()

// heldPerson reports whether the verb lem, one of taking, with the
// person at token n as its object, names what the article's other
// account calls an arrest ("detained", "arrested"): a state holding one
// of its neighbour's guards or crew. The accuser's word is one side's;
// a desk labels what both accounts agree happened, the detention ("the
// border guard detention"), where a gang's hostages stay a kidnapping.
func (d *docState) heldPerson(lem string, n int) bool {
	if !takingLemmasF.has(takingLemmas, lem) { // takingVerbs[lem] || takingVerbs[lem+"e"]
		return false
	}
	w := d.toks[n].low
	if !personWord(w) && victimPersonWord(w) == "" && !d.toks[n].is(fRole) {
		return false
	}
	return hasWords(d.str, "arrested") || hasWords(d.str, "detained")
}

// possessedNoun returns the noun a possessive at n owns, or n: "jamming
// airliners' navigation" jams the navigation, "poisoning the town's
// water" the water; the owner is whose it was, not what was struck.
func (d *docState) possessedNoun(n, hi int) int {
	p := n + 1
	if p >= hi || d.toks[p].low != "'" && d.toks[p].low != "’" && d.toks[p].low != "'s" && d.toks[p].low != "’s" {
		return n
	}
	if p+1 < hi && (d.toks[p+1].low == "s" || d.toks[p+1].low == "'s") {
		p++
	}
	if m := d.objectNoun(p+1, hi); m >= 0 {
		return m
	}
	return n
}

// actNouns are the nouns English names an act by whose form no suffix
// rule gives (actNoun): the verb itself ("abusing prisoners" is prisoner
// abuse, "releasing water" a water release) or a noun of another ending
// ("seizing a trawler" a trawler seizure). Desks label a dispute by the
// noun: of the tuning sets' gold topics none writes these verbs' gerunds
// and 30 write the nouns (seizure, detention, expulsion, harassment,
// destruction, pollution, bribery, arrest, abuse, release). "Stealing"
// is left out: stolen votes are no theft (mutualActNouns names a thing
// stolen by its theft where the headline says so).
var actNouns = map[string]string{
	"abuse": "abuse", "damage": "damage", "release": "release", "arrest": "arrest", "assault": "assault", "raid": "raid", "murder": "murder",
	"seize": "seizure", "detain": "detention", "expel": "expulsion", "harass": "harassment", "destroy": "destruction",
	"pollute": "pollution", "bribe": "bribery", "torture": "torture", "deport": "deportation",
	"evict": "eviction", "annex": "annexation", "obstruct": "obstruction", "extort": "extortion", "intimidate": "intimidation",
}

// actNoun names the act of a gerund by its verb's regular noun where
// English forms one, as analysts and headlines do ("diverting a river"
// is a river diversion, "fabricating evidence" an evidence
// fabrication), and by the gerund otherwise ("signal jamming"). Short
// verbs in -ate ("debate", "create") are left as they are.
func actNoun(gerund string) string {
	l := guessLemma(gerund)
	if n := actNouns[l]; n != "" {
		return n
	}
	switch {
	case l == "target":
		// "accused each other of targeting farm infrastructure": what
		// a charge calls targeting a desk calls an attack on it, as
		// in all four such charges of the tuning sets (a market, a
		// convoy, journalists, a mission)
		return "attack"
	case strings.HasSuffix(l, "vert"):
		return l[:len(l)-1] + "sion" // divert, convert, subvert
	case len(l) >= 7 && strings.HasSuffix(l, "ate"):
		return l[:len(l)-1] + "ion" // contaminate, fabricate, manipulate
	case len(l) >= 6 && strings.HasSuffix(l, "ify"):
		return l[:len(l)-1] + "ication" // falsify, intensify
	case len(l) >= 8 && strings.HasSuffix(l, "treat"):
		return l + "ment" // mistreat, maltreat, ill-treat: not "treat", "retreat"
	}
	return gerund
}

// blamedAct reads "the V-ing of N … on" from token g, the gerund: the
// act "N V-ing" when "on" follows the noun phrase and names whom it is
// blamed on ("blamed the jamming of signals on Velland").
func (d *docState) blamedAct(g, hi int) (phraseAt, bool) {
	t := &d.toks[g]
	if t.kind != tWord || t.cap || len(t.low) < 6 || !strings.HasSuffix(t.low, "ing") || t.flags&(fEvent|fSpeech) != 0 || lightVerbs[t.guessLemma()] {
		return phraseAt{}, false
	}
	n := d.objectNoun(g+2, hi)
	if n < 0 {
		return phraseAt{}, false
	}
	for e := n + 1; e < hi && e <= n+4; e++ {
		if d.toks[e].low == "on" {
			return phraseAt{k: g, name: singularWord(d.toks[n].low) + " " + actNoun(t.low), act: true}, true
		}
		if d.toks[e].kind != tWord || d.toks[e].is(fVerb|fRel|fSubord) {
			break
		}
	}
	return phraseAt{}, false
}

// weakObject returns token k, after a determiner, when it is a noun
// that is no event's place but can be an act's object ("inventing
// evidence", "seizing territory"), or -1.
func (d *docState) weakObject(k, hi int) int {
	for k < hi && (d.toks[k].is(fDet) && !d.toks[k].is(fPron) || d.toks[k].kind == tNum) {
		k++
	}
	if k >= hi || d.toks[k].kind != tWord || d.toks[k].cap || !weakNouns[d.toks[k].low] || !d.nounLike(k) ||
		d.toks[k].is(fTime) || k+1 < hi && (d.toks[k+1].low == "of" || d.toks[k+1].kind == tWord && d.nounLike(k+1) && !d.toks[k+1].is(fPrep|fConj|fRel)) {
		// "inventing evidence of vote-rigging": the complement names it
		return -1
	}
	return k
}

// gunNouns are the guns that "went silent" when the firing stopped, no
// weapon lexicon word: a lull, no outage.
var gunNouns = map[string]bool{"gun": true, "cannon": true, "battery": true}

// goneDark reports whether the verb w and the words after it say that a
// thing stopped working, as news writes of a system, a network or a
// craft: "goes dark", "went silent", "has gone offline", "went off air"
// ("went quiet" is said of people and places as often).
func goneDark(w string, after []token) bool {
	switch w {
	case "go", "goes", "went", "gone", "going":
	default:
		return false
	}
	if len(after) == 0 || after[0].kind != tWord {
		return false
	}
	switch after[0].low {
	case "dark", "silent", "offline":
		return true
	case "off":
		return len(after) > 1 && (after[1].low == "air" || after[1].low == "line")
	}
	return false
}

// blameObject reads the noun phrase of the object of blame from token
// i: "a sinkhole that …", "deadly train derailment", "the downing of a
// passenger jet"; or the act blamed, "for washing fertiliser into the
// lake" (actPhrase).
func (d *docState) blameObject(i, hi int) (phraseAt, bool) {
	if p, ok := d.actPhrase(i, hi); ok {
		return p, true
	}
	if i < hi && d.toks[i].low == "who" {
		return d.whoAct(i, hi)
	}
	for i < hi && (d.toks[i].is(fDet) && !d.toks[i].is(fPron) || d.toks[i].kind == tNum) {
		i++
	}
	if i+2 < hi && d.toks[i+1].low == "of" && sequenceNoun(d.toks[i].low) {
		// "over a chain of explosions", "for a wave of arson attacks":
		// how many events there were, and in what order, is no event;
		// the noun after "of" names them
		return d.blameObject(i+2, hi)
	}
	// kinds of event and the place's name say nothing of what happened:
	// "the deadly Mervik derailment"; nor does how far it reached when
	// "of" names what it struck, "a nationwide recall of yoghurt"
	// (scopeBeforeOf: the "-wide" word is no noun, which a head the
	// loop below stops at, "recall", left the event's name)
	for i < hi && d.toks[i].kind == tWord && (notModifiers[d.toks[i].low] || d.toks[i].cap || adjectiveNotNoun(d.toks[i].low) ||
		i+1 < hi && d.scopeBeforeOf(i+1, hi) ||
		strings.Contains(d.toks[i].low, "-") && i+1 < hi && d.toks[i+1].kind == tWord) {
		i++
	}
	head, mod, first := -1, -1, i
	for n := 0; i < hi && n < 3; n++ {
		t := &d.toks[i]
		if head >= 0 && t.kind == tWord && standPreps[t.low] {
			// "after a waste heap above the village slid into the
			// valley": where the noun stood is no part of its name;
			// the clause's verb past the place may be the event
			if p, ok := d.placedClause(mod, head, i+1, hi); ok {
				return p, true
			}
			break // no word of the noun's name ("heap above")
		}
		// a verb's form may be a noun here ("train derailment", "floods")
		if t.kind != tWord || t.cap || len(t.low) < 2 || t.is(fAux|fAdv|fPrep|fDet|fPron|fConj|fRel|fSubord|fNeg|fParticle|fSpeech|fNoNoun) {
			break
		}
		if head >= 0 && supportVerb(t.low) {
			// "after airliner makes emergency landing", "after a
			// satellite suffered an outage": the verb says nothing of
			// what happened, its object names the event
			if p, ok := d.supportObject(head, i, hi); ok {
				return p, true
			}
		}
		if head >= 0 && goneDark(t.low, d.toks[i+1:hi]) && !personWord(d.toks[head].low) && !d.toks[head].is(fRole|fGroup|fOrgRef|fMedia|fWeapon) && !gunNouns[singularWord(d.toks[head].low)] {
			// "after communications satellite goes dark", "after the
			// exchange went offline": what stopped working, as a desk
			// labels it, an outage (not a person or a body gone quiet,
			// nor guns gone silent, a lull),
			// by its head noun alone ("satellite outage"), the name the
			// body's "the loss of the satellite" folds into
			return phraseAt{k: head, name: singularWord(d.toks[head].low) + " outage"}, true
		}
		if head >= 0 && (strings.HasSuffix(t.low, "ed") || pastIrregular(t.low)) {
			// "after a cabin fell thirty metres", "a crane collapsed": a
			// clause starts; what the noun did may be the event
			if ev := victimClause(d.toks[head].low, t.low, i+1 < hi && d.toks[i+1].low == "dead"); ev != "" {
				// "after journalist shot dead at checkpoint": the act
				// against the person, not the person, is the event
				return phraseAt{k: head, name: ev}, true
			}
			if ev := clauseEvent(t.low); ev != "" && d.openEventNoun(head) {
				name := singularWord(d.toks[head].low) + " " + ev
				if mod >= 0 && d.openEventNoun(mod) {
					name = d.toks[mod].low + " " + name // "a water main burst"
				}
				return phraseAt{k: head, name: name}, true
			}
			break
		}
		if head >= 0 && strings.HasSuffix(t.low, "s") && i+1 < hi && d.objectStart(i+1) {
			break // "a sinkhole swallows a bus": a clause starts
		}
		if quantityWord(t.low) || tensWords[t.low] || numberWords[t.low] {
			break // "a truck hit forty cars": no event is named by a number
		}
		mod, head = head, i
		i++
	}
	if head >= 0 && head+3 < hi && d.toks[head+1].low == "and" {
		// "after corvette and ferry collide": two things that did
		// something together, as a headline writes a meeting; the
		// clause's verb is the event, named by the second thing as
		// "Corvette and ferry collide" is
		n := head + 2
		if d.toks[n].is(fDet) && !d.toks[n].is(fPron) {
			n++
		}
		if n+1 < hi && d.toks[n].kind == tWord && !d.toks[n].cap && d.toks[n+1].kind == tWord && (d.openEventNoun(n) || vesselNouns[d.toks[n].low]) {
			if ev := clauseEvent(d.toks[n+1].low); ev != "" {
				return phraseAt{k: n, name: singularWord(d.toks[n].low) + " " + ev}, true
			}
		}
	}
	if head >= 0 && head+2 < hi && possessiveMark(d.toks[head+1].low) {
		// "for newborns' deaths": the possessor is whom the event
		// struck, as in "the deaths of newborns", not the event
		p := head + 2
		if d.toks[p].low == "s" {
			p++
		}
		ev, ok := d.blameObject(p, hi)
		if ok && ev.name != "" && !strings.Contains(ev.name, " ") {
			ev.name = singularWord(d.toks[head].low) + " " + ev.name
		}
		return ev, ok
	}
	if head < 0 || head+1 < hi && d.toks[head+1].is(fAux) {
		if head >= 0 {
			// "after an airliner had made an emergency landing": the
			// support verb past its auxiliaries
			v := head + 1
			for v < hi && v < head+4 && d.toks[v].is(fAux|fAdv) {
				v++
			}
			if v < hi && supportVerb(d.toks[v].low) {
				return d.supportObject(head, v, hi)
			}
		}
		// "after an airliner was shot down": what the clause did to
		// the noun is the event, not the noun
		return phraseAt{}, false
	}
	if head+1 < hi && d.toks[head+1].low == "of" && d.topicNamedIn(head+2, min(hi, head+8)) {
		// "the deaths of prisoners of war": a configured topic the
		// object names is the dispute
		return phraseAt{}, false
	}
	t := &d.toks[head]
	switch {
	case genericEvents[t.low]:
		return phraseAt{k: head}, true
	case t.is(fEvent) && !(t.eventHead() == "" && eventVerbs[t.guessLemma()].head == t.low && head+1 < hi && d.toks[head+1].low == "of"):
		// the gerund of an event verb that is its noun and no event
		// head ("the downing of a passenger jet") is the act's noun below
		return phraseAt{k: head, known: true}, true
	case strings.HasSuffix(t.low, "ing"):
		if head+1 >= hi || d.toks[head+1].low != "of" {
			if mod >= 0 && mod == head-1 && d.toks[mod].is(fOrgan) && d.compoundNoun(mod) && !sideNouns[t.low] {
				// "trade blame after emergency landing": a state
				// organ's modifier names no thing an act was done to
				// (compoundAct's "ballot stuffing") but, with the
				// gerund, the kind of event, the writer's compound
				return phraseAt{k: head, name: d.toks[mod].low + " " + t.low}, true
			}
			// "blames Velland for GPS jamming", "accused of ballot
			// stuffing": the act's noun after what it was done to, as
			// a desk names it
			return d.compoundAct(mod, head)
		}
		// "the downing of a passenger jet": an act's noun names the event
		// with what it struck
		if mod >= 0 {
			// "the emergency landing of an airliner", "the mass
			// poisoning of a village": the writer's compound names the
			// kind of event, as a desk keeps it whole, where what it
			// befell is one detail of it; an adjective ("the latest
			// shelling of") was skipped before mod, and a gerund or a
			// participle there is no compound's noun
			if mod == head-1 && d.compoundNoun(mod) && !sideNouns[t.low] {
				return phraseAt{k: head, name: d.toks[mod].low + " " + t.low}, true
			}
			return phraseAt{}, false
		}
		n := d.objectNoun(head+2, hi)
		if n < 0 {
			return phraseAt{}, false
		}
		noun := singularWord(d.toks[n].low)
		if airliners[noun] && n > 0 && d.toks[n-1].low == "passenger" {
			noun = "airliner"
		}
		return phraseAt{k: head, name: noun + " " + t.low}, true
	}
	if !d.openEventNoun(head) {
		return phraseAt{}, false
	}
	if firefight(d.toks[head].low, head, hi, d.toks) {
		// "over an exchange of fire between patrol boats": news's
		// stock phrase for a firefight, which a desk labels a clash
		// (the clash the headline reports), not an "exchange"
		return phraseAt{k: head, name: d.titleClash()}, true
	}
	name := singularWord(t.low)
	if head+1 < hi && d.toks[head+1].low == "of" {
		// "the deaths of three workers": the event with whom or what it
		// struck, as "the collapse of a crane" is a crane collapse
		if n := d.objectNoun(head+2, hi); n >= 0 {
			return phraseAt{k: head, name: singularWord(d.toks[n].low) + " " + name}, true
		}
	}
	if act := d.participleAct(d.toks[first].low); act != "" && first < head {
		// "blame each other for contaminated supply", "poisoned
		// wells", "leaked loan ledger": the participle is the act,
		// named as a desk nominalises it with what it struck, a
		// supply's by what it supplies ("water contamination", "well
		// poisoning", "loan ledger leak")
		name = d.supplied(name)
		if mod > first && d.openEventNoun(mod) {
			name = singularWord(d.toks[mod].low) + " " + name
		}
		return phraseAt{k: head, name: name + " " + act}, true
	}
	if mod >= 0 && d.openEventNoun(mod) && !strings.HasSuffix(d.toks[mod].low, "ing") && !strings.HasSuffix(d.toks[mod].low, "ed") {
		name = singularWord(d.toks[mod].low) + " " + name
	} else if sideNouns[name] {
		// "blamed the delay", "responsibility for the rain": what a
		// side blames is an aspect of the event, no label of it
		return phraseAt{}, false
	}
	if c := d.x.topicAlias[name]; c != "" {
		name = c
	}
	return phraseAt{k: head, name: name}, true
}

// titleClash names the clash "an exchange of fire" is: the headline's
// own name for it where the headline names one by a clash's noun ("trade
// blame over deadly border clash": border clash, not a second topic
// "clash" beside it), else "clash"; of two, the one named first.
func (d *docState) titleClash() string {
	name, at := "clash", -1
	for t, f := range d.topicFirst {
		if f > d.titleSeq || !strings.Contains(t, " ") {
			continue
		}
		switch t[strings.LastIndexByte(t, ' ')+1:] {
		case "clash", "clashes", "skirmish", "firefight", "gunfight":
			if at < 0 || f < at || f == at && t < name {
				name, at = t, f
			}
		}
	}
	return name
}

// firefight reports whether the noun w at token k opens "an exchange of
// fire" (of gunfire, of shots): two sides shooting at each other.
func firefight(w string, k, hi int, toks []token) bool {
	if w != "exchange" && w != "exchanges" || k+2 >= hi || toks[k+1].low != "of" {
		return false
	}
	switch toks[k+2].low {
	case "fire", "gunfire", "shots", "shelling", "artillery":
		return true
	}
	return false
}

// compoundNoun reports whether token k, in lower case before an event
// noun, is a noun that forms a compound with it ("emergency landing",
// "mass poisoning"), not an adjective ("poor handling" judges how well
// it was done), a gerund or a participle, nor a word of people, bodies
// or times. A state organ's modifier is a
// compound's noun here, before an event's noun rather than a body's
// ("emergency landing", not "emergency ministry").
func (d *docState) compoundNoun(k int) bool {
	t := &d.toks[k]
	const other = fRole | fOrg | fGroup | fMedia | fTime | fWeapon | fOrgRef | fNoNoun | fDismiss | fBlameNoun | fThreat | fFail | fAux | fAdv | fPrep | fDet | fPron | fConj | fRel | fSubord | fNeg | fParticle | fSpeech
	w := t.low
	return t.kind == tWord && !t.cap && len(w) > 3 && t.flags&other == 0 && !weakNouns[w] && !notModifiers[w] && !adjectiveNotNoun(w) && !plainAdjective(w) && !performanceWords[w] &&
		!strings.ContainsAny(w, "'’") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") && !personWord(w) && !quantityWord(w)
}

// plainAdjective reports whether w is an adjective that adjectival's
// endings miss, before an event noun: one of scope ("nationwide",
// "citywide"), one in "-al" ("illegal", "total", "formal": a noun in
// "-al" seldom compounds with an event's), or a short common one of
// manner ("sudden", "hard", "secret").
func plainAdjective(w string) bool {
	switch w {
	case "sudden", "hard", "safe", "unsafe", "secret", "abrupt", "hasty", "brief", "rough", "false", "wrong", "joint", "near", "full":
		return true
	}
	return len(w) > 5 && (strings.HasSuffix(w, "wide") || strings.HasSuffix(w, "al"))
}

// supportVerb reports whether w is a form of a verb that adds nothing to
// the event its object names: "made an emergency landing", "suffered an
// outage", "underwent a recall". Not "had", which also owns things.
func supportVerb(w string) bool {
	switch w {
	case "make", "makes", "made", "making", "suffer", "suffers", "suffered", "suffering",
		"undergo", "undergoes", "underwent", "undergone", "undergoing":
		return true
	}
	return false
}

// deverbalNoun reports whether w ends as English makes nouns of verbs,
// the event's own noun: "landing", "outage", "explosion", "shipment",
// "failure", "removal", "disturbance". The ending alone would take
// "nation", "village" and "hospital": openEventNoun and the word lists
// keep those out where an event is read (supportObject).
func deverbalNoun(w string) bool {
	for _, suf := range [...]string{"ing", "tion", "sion", "ment", "age", "ure", "al", "ance", "ence"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// supportObject reads the object of the support verb at v, whose subject
// is the noun at subj: "airliner makes emergency landing" is an
// emergency landing, as the writer compounds it; "a satellite suffered
// an outage" a satellite outage, what the event befell naming it when
// the object has no noun of its own. A verb of making whose subject did
// the making ("the minister made a statement") names its event by the
// object only; the object's head must be an event's noun (an event head,
// or deverbal by its ending), not "made a profit", "suffered a defeat
// at home" (a kind of event, "defeat", stays with the lists).
func (d *docState) supportObject(subj, v, hi int) (phraseAt, bool) {
	i := v + 1
	for i < hi && (d.toks[i].is(fDet) && !d.toks[i].is(fPron) || d.toks[i].kind == tWord && (notModifiers[d.toks[i].low] || adjectiveNotNoun(d.toks[i].low) || plainAdjective(d.toks[i].low))) {
		i++
	}
	mod, head := -1, -1
	for n := 0; i < hi && n < 2; n++ {
		t := &d.toks[i]
		if t.kind != tWord || t.cap || !d.openEventNoun(i) && !d.compoundNoun(i) || t.is(fAux|fAdv|fPrep|fDet|fPron|fConj|fRel|fSubord|fNeg|fParticle|fSpeech) {
			break
		}
		mod, head = head, i
		i++
	}
	if head < 0 {
		return phraseAt{}, false
	}
	h := &d.toks[head]
	w := singularWord(h.low)
	making := strings.HasPrefix(d.toks[v].low, "ma")
	switch {
	case h.flags&fEvent != 0 && h.eventHead() != "":
		w = h.headSingular()
	case h.is(fClaimNoun|fBlameNoun|fSpeech) || claimNouns[h.low] || sideNouns[w] || !deverbalNoun(w):
		// "made a statement", "suffered a defeat": no event's noun
		return phraseAt{}, false
	case making && !strings.HasSuffix(w, "ing"):
		// what one makes is mostly a thing said or agreed ("made an
		// announcement", "an agreement", "a payment"): of making, only
		// a gerund's event ("made an emergency landing")
		return phraseAt{}, false
	}
	switch {
	case mod >= 0 && d.compoundNoun(mod):
		return phraseAt{k: head, name: d.toks[mod].low + " " + w}, true
	case mod >= 0:
		return phraseAt{}, false
	case !making && d.openEventNoun(subj) && !personWord(d.toks[subj].low):
		// what suffered or underwent the event
		return phraseAt{k: head, name: singularWord(d.toks[subj].low) + " " + w}, true
	}
	return phraseAt{k: head, name: w}, true
}

// compoundAct reads the gerund at head after the noun it was done to,
// mod (-1: none in lower case), as the act blamed: "ballot stuffing",
// "cattle rustling", or after an acronym of a thing the article does not
// spell out, "GPS jamming". The gerund is a verb's ("a spring meeting",
// "the town building" name no act), and an acronym's only of an act on
// a device or a signal (thingAct: not "NATO bombing", a party's act).
func (d *docState) compoundAct(mod, head int) (phraseAt, bool) {
	t := &d.toks[head]
	if len(t.low) < 6 || t.is(fSpeech) || lightVerbs[t.guessLemma()] || t.guessLemma() == t.low {
		return phraseAt{}, false
	}
	if mod < 0 && head > 0 && thingAct(t.low) && d.acronymWord(head-1) {
		return phraseAt{k: head, name: d.toks[head-1].low + " " + t.low, act: true}, true
	}
	if mod > 0 && mod == head-1 && performanceWords[d.toks[mod-1].low] {
		// "blamed his players for sloppy ball handling", "for slow
		// road building": how well a task was done, a failing named by
		// its quality, is no wrong act done to the thing
		return phraseAt{}, false
	}
	if mod < 0 || mod != head-1 || !d.nounLike(mod) || strings.HasSuffix(d.toks[mod].low, "ing") || strings.HasSuffix(d.toks[mod].low, "ed") || !d.openEventNoun(mod) {
		return phraseAt{}, false
	}
	return phraseAt{k: head, name: singularWord(d.toks[mod].low) + " " + t.low, act: true}, true
}

// performanceWords judge how well a task was done: "poor ball
// handling", "slow road building".
var performanceWords = map[string]bool{
	"poor": true, "sloppy": true, "bad": true, "careless": true, "slow": true, "weak": true, "shoddy": true,
	"lax": true, "clumsy": true, "sluggish": true, "inadequate": true, "inept": true,
}

// acronymWord reports whether token k is written in capitals, two to
// five letters, as no name of the article is: "GPS", "CCTV" (thingAcronym's
// test of its letters, with no context).
func (d *docState) acronymWord(k int) bool {
	t := &d.toks[k]
	if t.kind != tWord || !t.cap || len(t.low) < 2 || len(t.low) > 5 || t.e-t.s != len(t.low) || d.acronyms[t.low] != "" || strings.Trim(t.low, "ivxl") == "" {
		return false
	}
	src := d.str
	if d.phraseWeight == titleWeight && t.e <= len(d.headline) && strings.EqualFold(d.headline[t.s:t.e], t.low) {
		src = d.headline
	}
	if t.e > len(src) || !strings.EqualFold(src[t.s:t.e], t.low) || !isUpperWord(src[t.s:t.e]) {
		return false
	}
	return d.mentAt == nil || k >= len(d.mentAt) || d.mentAt[k] < 0
}

// possessiveMark reports whether w, a token after a noun, marks it a
// possessor: "'s", or the bare apostrophe of a plural ("newborns'").
func possessiveMark(w string) bool {
	return w == "'" || w == "’" || w == "'s" || w == "’s"
}

// whoAct reads the act a question of who did it names, from "who" at
// token i: "accuse each other over who leaked the contract", "blame
// each other for who cut the cable". The parties dispute the agent, not
// the act, and a desk labels the act as English nominalises its verb,
// with its object: a contract leak, a cable cut. An unlisted verb names
// nothing ("over who said what"), and an object that is an event noun
// names the event ("who started the fire": the fire).
func (d *docState) whoAct(i, hi int) (phraseAt, bool) {
	v := i + 1
	if v >= hi || d.toks[v].kind != tWord || d.toks[v].cap || !strings.HasSuffix(d.toks[v].low, "ed") && !pastIrregular(d.toks[v].low) {
		return phraseAt{}, false
	}
	o := v + 1
	for o < hi && (d.toks[o].is(fDet) && !d.toks[o].is(fPron) || d.toks[o].kind == tNum || amountWords[d.toks[o].low]) {
		o++ // "who leaked the £38m contract": the sum counts the object
	}
	n := d.objectNoun(o, hi)
	if n < 0 {
		return phraseAt{}, false
	}
	if d.toks[n].is(fEvent) && eventHeads[d.toks[n].low] != "" {
		return phraseAt{k: n, known: true}, true
	}
	lem, ok := irregular[d.toks[v].low]
	if !ok {
		lem = guessLemma(d.toks[v].low)
	}
	noun := verbNouns[lem]
	if noun == "" {
		if ev, ok := getF(eventVerbsF, eventVerbs, lem); ok {
			noun = ev.head
		} else if eventHeads[lem] == lem {
			noun = lem // "leaked": a leak, as the noun is the verb
		}
	}
	if noun == "" {
		return phraseAt{}, false
	}
	return phraseAt{k: v, name: singularWord(d.toks[n].low) + " " + noun}, true
}

// deadNouns name the dead by what is left of them: "frozen bodies",
// "burned corpses" say how they were found, and what a verb did to the
// body is no event a desk labels (a "body freeze"); the deaths are.
var deadNouns = map[string]bool{
	"body": true, "bodies": true, "corpse": true, "corpses": true, "remains": true, "carcass": true, "carcasses": true,
}

// personHeads are the events that befall people, held by an authority:
// named by the kind of people ("crew detention", "surveyor detention"),
// and only by people ("detained the ship" names none).
var personHeads = map[string]bool{"detention": true, "eviction": true, "deportation": true}

// personNoun reports whether token k is a noun of a kind of people:
// "diplomats", "crew", "surveyors", "tenants".
func (d *docState) personNoun(k int) bool {
	t := &d.toks[k]
	if t.kind != tWord || t.cap || t.is(fPron|fDet|fPrep|fConj|fRel|fAux|fSubord) {
		return false
	}
	switch t.low {
	case "man", "men", "woman", "women", "person", "persons", "people", "child", "children", "boy", "boys", "girl", "girls":
		// "detained a man": anyone, by whom the desk names the event no
		// more than "the police arrested a man" (victimPersons)
		return false
	}
	if t.is(fRole|fGroup) || personWord(t.low) || victimPersonWord(t.low) != "" {
		return true
	}
	// the plural of a noun of agents or of those acted on: "surveyors",
	// "engineers", "detainees", "guardians", "tenants", "residents"
	if t.low == "family" || t.low == "families" || t.low == "household" || t.low == "households" {
		return true
	}
	for _, suf := range [...]string{"ers", "ors", "ists", "ians", "ees", "ants", "ents"} {
		if len(t.low) > len(suf)+3 && strings.HasSuffix(t.low, suf) {
			return true
		}
	}
	return false
}

// personObject returns the noun of people that ends the object phrase
// from k ("detained two senior engineers": engineers), or -1.
func (d *docState) personObject(k, hi int) int {
	for k < hi && (d.toks[k].is(fDet) && !d.toks[k].is(fPron) || numberLike(&d.toks[k]) || tensWords[d.toks[k].low] ||
		d.toks[k].low == "of" && k > 0 && numberLike(&d.toks[k-1])) {
		k++ // "four of its geologists"
	}
	last := -1
	for n := 0; k < hi && n < 4 && d.toks[k].kind == tWord && !d.toks[k].is(fPron|fDet|fPrep|fConj|fRel|fAux|fSubord|fTime); n++ {
		if !d.toks[k].cap {
			last = k // "two Vellandi surveyors": the people's state is no noun of theirs
		}
		k++
	}
	if last >= 0 && d.personNoun(last) {
		return last
	}
	if last >= 0 && k+1 < hi && d.toks[k].low == "of" && (d.toks[last].low == "crew" || d.toks[last].low == "crews") {
		return last // "the crew of a trawler"
	}
	return -1
}

// heldSubject returns the noun of people just before the passive
// verb at k ("the students were detained"), or -1.
func (d *docState) heldSubject(k, lo int) int {
	b := k - 1
	for b > lo && d.toks[b].is(fAux|fAdv|fNeg) {
		b--
	}
	if b >= lo && d.personNoun(b) {
		return b
	}
	return -1
}

// unrealised reports whether the verb at k is under a modal or an
// infinitive's "to" ("should be closed", "to close"): an act demanded,
// threatened or planned.
func (d *docState) unrealised(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-4; j-- {
		switch d.toks[j].low {
		case "should", "must", "would", "will", "could", "may", "might", "shall", "to", "'ll":
			return true
		}
		if !d.toks[j].is(fAux | fAdv | fNeg) {
			return false
		}
	}
	return false
}

// ergativeVerbs are transitive event verbs whose subject, with no
// object, is what the event befell: "the underpass flooded" as "the
// main flooded the underpass".
var ergativeVerbs = map[string]bool{"flood": true, "leak": true, "spill": true}

// ergativeFigure reports whether the ergative verb lem, with no object
// before token obj, is a figure, no event of its subject: crowds moving
// ("migrants flooded into the town", where "oil spilled into the bay"
// is a spill) or a particle's idiom ("the protest spilled over").
func (d *docState) ergativeFigure(lem string, obj, hi int) bool {
	if obj >= hi {
		return false
	}
	switch d.toks[obj].low {
	case "over", "out", "back":
		return true
	case "into", "across", "through", "onto", "to", "towards":
		return lem == "flood"
	}
	return false
}

// figuresWith are the event verbs whose passive with "with" is a figure
// of plenty, no event: "the ministry was flooded with calls".
var figuresWith = map[string]bool{"flood": true}

// idiomObjects are the objects with which an event verb makes an idiom
// of no event: "the dockers downed tools" is a walkout, no downing.
var idiomObjects = map[string]map[string]bool{
	"down": {"tool": true, "tools": true},
	// goods sold cheap "flooded the market"; a river "flooded its banks"
	// names the land beyond them, no bank
	"flood": {"market": true, "markets": true, "bank": true, "banks": true},
	// what is brought to an end, not shut: "closed the meeting", "closed
	// the gap", "closed ranks", "closed the deal"
	"close": {
		"meeting": true, "meetings": true, "session": true, "sessions": true, "debate": true, "gap": true, "gaps": true,
		"rank": true, "ranks": true, "deal": true, "deals": true, "case": true, "cases": true, "investigation": true,
		"inquiry": true, "probe": true, "file": true, "chapter": true, "account": true, "accounts": true, "position": true,
		"positions": true, "loophole": true, "loopholes": true, "year": true, "day": true, "week": true, "quarter": true,
		"trading": true, "lead": true, "distance": true, "eye": true, "eyes": true, "door": true, "talks": true,
		// a price at the day's end: "shares closed lower"
		"higher": true, "lower": true, "flat": true, "unchanged": true,
	},
	"shut": {"door": true, "doors": true, "eye": true, "eyes": true, "mouth": true, "mouths": true},
	// a mind turned elsewhere: "diverted attention from the war"
	"divert": {"attention": true, "focus": true, "blame": true},
}

// participleNoun returns the noun English makes of the verb whose past
// participle is w, as editors name its act: "poisoned" a poisoning,
// "contaminated" a contamination, "leaked" a leak; "" for a participle
// of no act a desk labels ("alleged", "disputed", "frozen").
func participleNoun(w string) string {
	if !strings.HasSuffix(w, "ed") || len(w) < 6 {
		return ""
	}
	lem := guessLemma(w)
	for _, l := range [...]string{lem, lem + "e"} {
		if n := verbNouns[l]; n != "" {
			return n
		}
		if ev, ok := eventVerbs[l]; ok && ev.transitive && ev.head != "strike" && ev.head != "attack" {
			return ev.head
		}
		if eventHeads[l] == l {
			return l // "leaked": a leak
		}
		if len(l) >= 9 && strings.HasSuffix(l, "ate") {
			return l[:len(l)-1] + "ion" // contaminate
		}
		if n := verbNominal[l]; n != "" {
			return n
		}
		if len(l) >= 6 && strings.HasSuffix(l, "ify") {
			return l[:len(l)-1] + "ication" // falsify
		}
	}
	return ""
}

// verbNominal are the nouns of verbs that no regular ending makes:
// "polluted" is a pollution ("disputed" no "dispution").
var verbNominal = map[string]string{"pollute": "pollution", "destroy": "destruction"}

// participleAct is participleNoun(w), but a contamination the article
// reports as a poisoning ("treated for poisoning", "poisoned the
// town") is the poisoning: a desk names what fouled water people drank
// by the article's own harm, as a well poisoning, and keeps
// "contamination" for what no one calls poison.
func (d *docState) participleAct(w string) string {
	act := participleNoun(w)
	if act == "contamination" && (hasWords(d.str, "poisoning") || hasWords(d.str, "poisoned")) {
		return "poisoning"
	}
	return act
}

// supplyGoods are what a supply carries, which names it: a "supply"
// alone is the water, gas or power the article is about.
var supplyGoods = [...]string{"water", "gas", "power", "electricity", "fuel", "oil", "food", "grain", "milk"}

// supplied returns the good the article's supply carries for the noun
// "supply" (the one it names most, at least twice: "tap water", "boil
// their water"), else noun.
func (d *docState) supplied(noun string) string {
	if noun != "supply" {
		return noun
	}
	best, bestN := noun, 1
	for _, g := range supplyGoods {
		if n := countWords(d.str, g); n > bestN {
			best, bestN = g, n
		}
	}
	return best
}

// amountWords are the signs and units of a sum before a noun: "the £38m
// contract", "a $2 billion loan".
var amountWords = map[string]bool{
	"£": true, "$": true, "€": true, "¥": true, "m": true, "bn": true, "k": true, "million": true, "billion": true,
}

// victimClause returns the act against a person its participle v
// names after the person's noun w ("journalist killed", "reporter shot
// dead" when dead says so): "journalist killing"; "" when w names no
// person or v no such act.
func victimClause(w, v string, dead bool) string {
	head := victimVerbForms[v]
	if v == "shot" && dead {
		head = "killing"
	}
	if head == "" {
		return ""
	}
	if p := victimPersonWord(w); p != "" {
		return p + " " + head
	}
	if personWord(w) && len(w) > 3 {
		return singularWord(w) + " " + head
	}
	return ""
}

// sideNouns name, on their own, an aspect of an event that a side
// blames rather than the event an editor labels: the weather ("the
// rain"), a time ("the delay") or a generic verb noun ("the cut", "the
// response"); with a noun before them ("water cut", "flood response")
// they may name one.
var sideNouns = map[string]bool{
	"rain": true, "rainfall": true, "weather": true, "snow": true, "snowfall": true, "wind": true, "fog": true, "heat": true,
	"delay": true, "timing": true, "wait": true, "lateness": true,
	"cut": true, "response": true, "handling": true,
}

// pastIrregular reports whether w is the past tense or participle of an
// irregular verb ("fell", "broke", "blew"), whose "-ed" test misses it.
func pastIrregular(w string) bool {
	l, ok := getF(irregularF, irregular, w)
	return ok && l != w && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing")
}

// clauseEvent names by a noun what an object of blame did when its verb
// is an intransitive event's ("a cabin fell": a cabin fall; "a dam
// burst"), or "".
func clauseEvent(w string) string {
	lem, ok := irregular[w]
	if !ok {
		lem = guessLemma(w)
	}
	switch lem {
	case "fall", "burst", "slide":
		// "a spoil heap slid into the valley": a slide, as desks name
		// what earth, rock or waste did when it came down
		return lem
	}
	ev, ok := eventVerbOf(lem)
	if ok && !ev.transitive {
		return ev.head
	}
	return ""
}

// topicNamedIn reports whether a configured topic is mentioned in
// tokens [lo, hi).
func (d *docState) topicNamedIn(lo, hi int) bool {
	for k := lo; k < hi && k < len(d.mentAt); k++ {
		if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].topic != "" {
			return true
		}
	}
	return false
}

// openEventNoun reports whether token k can head an event no list
// names: a common noun the lexicon knows as nothing else (not a role,
// a body, a time, a weapon or a group), no adjective and no quantity.
func (d *docState) openEventNoun(k int) bool {
	t := &d.toks[k]
	const other = fRole | fOrg | fGroup | fMedia | fTime | fWeapon | fOrgRef | fOrgan | fNoNoun | fDismiss | fBlameNoun | fThreat | fFail
	return len(t.low) > 3 && t.flags&other == 0 && !weakNouns[t.low] && !weakNouns[singularWord(t.low)] &&
		!notModifiers[t.low] && !adjectiveNotNoun(t.low) && !strings.ContainsAny(t.low, "'’")
}

// adjectiveNotNoun is adjectival but for nouns of an act or its result
// in -ment ("derailment", "settlement"), which end like "violent"; and
// a superlative ("the deadliest blast"), which names no thing.
func adjectiveNotNoun(w string) bool {
	return adjectival(w) && !strings.HasSuffix(w, "ment") || superlative(w)
}

// earlierCharge reports whether the evidence ev dates its charge to a
// year before the article's ("accused Vardessa in 2036 of …" in an
// article of 2039): the background of the story, not its event. The
// year must date the charge itself (chargeAfter).
func (d *docState) earlierCharge(ev graph.Span) bool {
	year := d.storyYear()
	if year == 0 || ev.Start < 0 || ev.End > len(d.str) || ev.Start >= ev.End {
		return false
	}
	s := d.str[ev.Start:ev.End]
	for i := 0; ; {
		j := strings.Index(s[i:], "in ")
		if j < 0 {
			return false
		}
		j += i + 3
		if j+4 <= len(s) && (j+4 == len(s) || !isDigitByte(s[j+4])) && chargeAfter(s[j+4:]) {
			if y := yearOf(s[j : j+4]); y > 0 && y < year {
				return true
			}
		}
		i = j
	}
}

// clauseStart returns where the clause of s that holds the byte at
// starts: after a line break, or after a sentence's end or a semicolon
// and its space.
func clauseStart(s string, at int) int {
	for at > 0 && s[at-1] != '\n' && !(s[at-1] == ' ' && at > 1 && (s[at-2] == '.' || s[at-2] == '?' || s[at-2] == '!' || s[at-2] == ';')) {
		at--
	}
	return at
}

// backgroundCharge reports whether the sentence of the evidence ev
// dates its charge before the story by a word of past or habitual time
// ahead of the charge's "of": "has long accused Velland of …", "Last
// year Ostmark accused Velland of …", "has previously been accused by
// monitors of …", "accused the charity then of …". A charge made before
// the event the article reports, or made again and again, is a dispute
// of its own (ownAct), where "accused Velland on Monday of …" is the
// story's.
func (d *docState) backgroundCharge(ev graph.Span) bool {
	s := d.str
	if ev.Start < 0 || ev.End > len(s) || ev.Start >= ev.End {
		return false
	}
	of := indexByRare(s[ev.Start:ev.End], " of ", 2) // by its "f": strings.Index stops at every space
	if of < 0 {
		return false
	}
	of += ev.Start
	start := clauseStart(s, ev.Start)
	pre := s[start:of]
	if y := d.openingYear(start); y > 0 && y < d.storyYear() {
		// "In 2039 the trust accused …", and "Two years later Skellan
		// accused …" after it, in an article of 2042
		return true
	}
	if !strings.Contains(pre, "ast") && !strings.Contains(pre, "ously") && !strings.Contains(pre, "edly") && !strings.Contains(pre, "then") {
		// no cue ("last", "past", "previously", "repeatedly", "then"):
		// most charges, read without lowering and splitting the words
		return false
	}
	prev, past := "", false
	for w := range strings.FieldsSeq(strings.ToLower(pre)) {
		w = strings.Trim(w, ",;:\"'“”‘’")
		if past {
			// "in the past week" is the story's own days
			if !recentPeriods[w] {
				return true
			}
			past = false
		}
		switch {
		case w == "previously" || w == "repeatedly" || w == "then" && prev != "since":
			return true
		case prev == "last" && pastPeriods[w]:
			return true
		case prev == "the" && w == "past":
			past = true // "in the past", unless a period follows
		}
		prev = w
	}
	return past
}

// openingYear returns the year the sentence starting at byte start
// opens with: "In 2039 …", or "Two years later …" counted from the
// year an earlier sentence of its paragraph opened with; 0 otherwise.
func (d *docState) openingYear(start int) int {
	s := d.str
	if rest, ok := strings.CutPrefix(s[start:], "In "); ok && len(rest) > 4 && (rest[4] == ' ' || rest[4] == ',') {
		return yearOf(rest[:4])
	}
	n := 0
	for i, w := range [...]string{"A year later", "Two years later", "Three years later", "Four years later", "Five years later"} {
		if strings.HasPrefix(s[start:], w) {
			n = i + 1
			break
		}
	}
	if n == 0 {
		return 0
	}
	// back to the paragraph's earlier sentences
	para := strings.LastIndexByte(s[:start], '\n') + 1
	for at := start; at > para; {
		prev := clauseStart(s, at-2)
		if prev < para {
			break
		}
		if y := d.openingYear(prev); y > 0 {
			return y + n
		}
		at = prev
	}
	return 0
}

// recentPeriods after "the past" keep a charge within the story's days:
// "twice in the past week".
var recentPeriods = map[string]bool{
	"week": true, "weeks": true, "days": true, "fortnight": true, "month": true, "months": true, "few": true, "24": true, "48": true,
}

// pastPeriods are what "last" dates before the story: "last year", "last
// autumn".
var pastPeriods = map[string]bool{
	"year": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
}

// chargeAfter reports whether the text after a year goes on to the charge
// it dates ("accused Vardessa in 2036 of harbouring …", "blamed it in
// 2031 for …"): a year that ends a phrase of the background ("over the
// strait since a fishing dispute in 2031") dates the background, not the
// charge.
func chargeAfter(s string) bool {
	s = strings.TrimLeft(s, " ,")
	return strings.HasPrefix(s, "of ") || strings.HasPrefix(s, "for ")
}

// ownAct returns the act a claim's own words name among its topics, an
// induced one (weakTopic: "of harbouring exiled leaders"), or "".
func (d *docState) ownAct(topics []string) string {
	for _, t := range topics {
		if w, ok := strings.CutPrefix(t, weakTopic); ok && !d.configured(w) {
			return w
		}
	}
	return ""
}

// audienceNouns are the people a seller, a broadcaster or a campaign
// courts: "targeting" them is aiming at them, never an attack.
var audienceNouns = map[string]bool{
	"shoppers": true, "customers": true, "consumers": true, "buyers": true, "voters": true, "viewers": true,
	"listeners": true, "readers": true, "subscribers": true, "investors": true, "advertisers": true, "users": true,
	"shopper": true, "customer": true, "consumer": true, "buyer": true, "voter": true, "viewer": true,
}

// targetedWith reports whether "with" at token k is followed, within
// four words, by no weapon's noun: what a campaign, an advert or a tax
// aims at someone ("with sugary snacks", "with the new fuel tax").
func (d *docState) targetedWith(k, hi int) bool {
	if k < hi && d.toks[k].low != "with" && d.toks[k].kind == tWord && d.toks[k].is(fPrep) {
		// "targeting pensioners in the marginal seats with leaflets":
		// where they were aimed at comes first, then what with
		for j := k + 1; j < hi && j <= k+5 && d.toks[j].kind == tWord; j++ {
			if d.toks[j].low == "with" {
				k = j
				break
			}
		}
	}
	if k >= hi || d.toks[k].low != "with" {
		return false
	}
	for j := k + 1; j < hi && j <= k+4 && d.toks[j].kind == tWord; j++ {
		if d.toks[j].is(fWeapon) || d.toks[j].is(fCulp) || d.toks[j].low == "impunity" {
			return false // "with drones"; "with impunity" says how, not with what
		}
	}
	return true
}

// bareNounSubject reports whether the event verb's bare form lem at k is
// a noun, the subject of the verb after it, which goes through a place:
// "a car bomb tore through the market", "the bomb rips through a bus".
// After a determiner or a singular noun a present verb would take its
// "-s" ("the militia bombs"), so the bare form is a noun; after a plural
// ("the militias bomb villages across the valley") it is the verb.
func (d *docState) bareNounSubject(k, lo, hi int, lem string) bool {
	t := &d.toks[k]
	if t.cap || t.low != lem || k <= lo || k+3 >= hi || !throughWords[d.toks[k+2].low] || !d.verbish(k+1) {
		return false
	}
	p := &d.toks[k-1]
	if p.kind != tWord || p.is(fPron) {
		return false
	}
	if !p.is(fDet) && (p.cap || strings.HasSuffix(p.low, "s") || !d.nounLike(k-1)) {
		return false
	}
	// the verb after it: a past form, a present one in "-s" that agrees
	// with a singular subject, or a word no list knows between the noun
	// and "through" ("tore", "ploughed"); not a verb of the toll ("car bomb kills at
	// least 19"), whose "at" is no place
	v := &d.toks[k+1]
	if victimVerbForms[v.low] != "" {
		return false
	}
	return v.flags == 0 || pastIrregular(v.low) || strings.HasSuffix(v.low, "ed") || strings.HasSuffix(v.low, "s") && !strings.HasSuffix(v.low, "ss")
}

// groundFeatures are what a vessel runs onto when it goes aground: "the
// ferry struck a sandbank" reports a grounding, not a strike on the
// sandbank. "Bank" alone is also a lender, and counts only after a
// vessel (groundedOn).
var groundFeatures = map[string]bool{
	"sandbank": true, "sandbanks": true, "sandbar": true, "sandbars": true, "reef": true, "reefs": true,
	"shoal": true, "shoals": true, "rocks": true, "seabed": true, "mudbank": true, "mudflats": true,
}

// groundingVerbs are the verbs news writes with "aground": "ran
// aground", "went aground", "was driven aground".
var groundingVerbs = map[string]bool{"run": true, "go": true, "drive": true}

// groundedOn reports whether the strike verb at k, in the sentence from
// lo, has for its object at n what a vessel runs onto: a sandbank, a
// reef, rocks; or "the bank" when the one who struck it is a vessel, or
// "it" in an article that has named a grounding ("said the ferry was
// where it should be when it hit the bank").
func (d *docState) groundedOn(k, lo, n int) bool {
	if d.struckWith(n) {
		return false
	}
	w := d.toks[n].low
	if groundFeatures[w] {
		return true
	}
	if w != "bank" {
		return false
	}
	if d.groundedVessel(k, lo) >= 0 {
		return true
	}
	j := k - 1
	for j >= lo && d.toks[j].is(fAux|fAdv) && d.toks[j].kind == tWord {
		j--
	}
	return j >= lo && d.toks[j].low == "it" && d.headWords["grounding"] > 0
}

// struckWith reports whether the object of a strike at n is struck
// "with" a weapon later in its sentence: a warship that "struck the
// rocks of the island with its guns", a patrol boat that "hit the bank
// with two shells" fired on them and ran onto nothing.
func (d *docState) struckWith(n int) bool {
	for j := n + 1; j < len(d.toks) && j < n+10 && !isEnd(&d.toks[j]); j++ {
		if d.toks[j].low != "with" {
			continue
		}
		for w := j + 1; w < len(d.toks) && w <= j+3; w++ {
			if d.toks[w].is(fWeapon) || d.toks[w].low == "guns" || d.toks[w].low == "gunfire" {
				return true
			}
		}
	}
	return false
}

// groundedVessel returns the vessel's noun that is the subject of the
// verb at k, in the sentence from lo ("the ferry struck", "the ferry
// Saint Ondrel ran": a vessel's name after its noun), or -1.
func (d *docState) groundedVessel(k, lo int) int {
	j := k - 1
	for j >= lo && d.toks[j].is(fAux|fAdv|fNeg) && d.toks[j].kind == tWord {
		j--
	}
	for n := 0; j >= lo && n < 4 && d.toks[j].cap && d.toks[j].kind == tWord; n++ {
		j-- // the vessel's name
	}
	if j >= lo && vesselNouns[singularWord(d.toks[j].low)] {
		return j
	}
	return -1
}

// standPreps are the prepositions that put a thing in its place before
// its verb: "a crane at the port collapsed", "a heap above the village
// slid". "Above" and "below" are no prepositions in the lexicon, which
// reads them as adverbs ("as above") elsewhere.
var standPreps = map[string]bool{
	"above": true, "below": true, "beneath": true, "near": true, "at": true, "beside": true, "behind": true, "over": true,
}

// placedClause names the event of an object of blame whose noun, at
// head (its modifier at mod, or -1), is followed by a place from k and
// then the verb of an intransitive event ("after a waste heap above the
// village of Dunmore slid into the valley": a waste heap slide), or
// reports false. The place is a short phrase of determiners, names and
// nouns, "of" between them; anything else ends it.
func (d *docState) placedClause(mod, head, k, hi int) (phraseAt, bool) {
	if !d.openEventNoun(head) {
		return phraseAt{}, false
	}
	for end := min(hi, k+8); k < end; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			return phraseAt{}, false
		}
		past := strings.HasSuffix(t.low, "ed") || pastIrregular(t.low)
		if t.low == "of" || t.is(fDet) && !t.is(fPron) || t.cap || !past && d.nounLike(k) {
			continue
		}
		if !past {
			return phraseAt{}, false
		}
		ev := clauseEvent(t.low)
		if ev == "" {
			return phraseAt{}, false
		}
		name := singularWord(d.toks[head].low) + " " + ev
		if mod >= 0 && d.openEventNoun(mod) {
			name = d.toks[mod].low + " " + name
		}
		return phraseAt{k: head, name: name}, true
	}
	return phraseAt{}, false
}

// namesEventOf reports whether the induced phrase long is the phrase
// short, a thing with no event noun ("waste heap"), followed by one word
// more, the event that befell it ("waste heap slide"): a headline that
// names only the thing ("after mine waste heap buries homes") names the
// event its article reports.
func namesEventOf(long, short string) bool {
	rest, ok := strings.CutPrefix(long, short+" ")
	return ok && rest != "" && !strings.Contains(rest, " ") && eventHeads[short[strings.LastIndexByte(short, ' ')+1:]] == ""
}
