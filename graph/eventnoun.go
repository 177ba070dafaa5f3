package graph

import (
	"bytes"
	"strings"
)

// eventNounClasses are the head nouns news uses for one and the same
// event, first the one a topic's identity takes: an editor writes "the
// pipeline blast" in the headline and "the explosion" in the body, and
// two articles on it write either. Only true synonyms are here, words
// that never name a different kind of event: "strike" and "attack" are
// not one (a strike is from the air or by guns), nor "crash" and
// "collision" (one vehicle or two), nor "spill" and "leak" (a gas
// leaks and never spills; a leaked memo spills nothing), nor "bombing"
// and "blast" (the one is an act with an agent, the other what
// happened). A compound whose head is an event noun keeps its own
// class: a "wildfire" says where it burns, which a "fire" does not, so
// "wildfire" and "bushfire" are one class and "fire" another. A
// "truce" is a "ceasefire" in the plain word (an armistice, which ends a
// war, is not), and "spying" is "espionage" in the plain word (a "spy
// ring" is the people, not the act, and "hacking" steals or breaks
// where espionage only steals).
var eventNounClasses = [][]string{
	{"blast", "explosion", "detonation"},
	{"kidnapping", "abduction"},
	{"fire", "blaze", "inferno"},
	{"wildfire", "bushfire"},
	{"downing", "shootdown"},
	{"flood", "flooding"},
	{"earthquake", "quake"},
	{"killing", "slaying"},
	{"ceasefire", "truce"},
	{"espionage", "spying"},
}

// eventNounOf maps each word of eventNounClasses, and its plural, to its
// class's first word in the same number: "explosions" → "blasts".
var eventNounOf = func() map[string]string {
	m := map[string]string{}
	for _, class := range eventNounClasses {
		for _, w := range class {
			m[w] = class[0]
			m[w+"s"] = class[0] + "s"
		}
	}
	return m
}()

// EventNoun returns the word a topic's identity takes for the lower-case
// event noun w, singular or plural ("explosion" → "blast", "blazes" →
// "fires"), or "" when w is in no class of synonyms.
func EventNoun(w string) string { return eventNounOf[w] }

// EventNouns returns the classes of synonymous event nouns, singular,
// each first the word a topic's identity takes. The caller must not
// modify them.
func EventNouns() [][]string { return eventNounClasses }

// TopicSlug is the slug that identifies a topic: Slug(name) with each
// event noun replaced by the first of its class (EventNoun), so "Pipeline
// Explosion" and "pipeline blast" are one topic. A name with no such
// noun has its plain Slug, the same as before the classes.
func TopicSlug(name string) string {
	var buf [64]byte
	return string(appendTopicSlug(buf[:0], name))
}

// TopicSlugOfSlug is TopicSlug of a name whose Slug is slug: a slug's
// words are its name's, so each event noun is mapped word by word. Stores
// re-key slugs written before the classes with it.
func TopicSlugOfSlug(slug string) string {
	words := strings.Split(slug, "-")
	changed := false
	for i, w := range words {
		if c := eventNounOf[w]; c != "" && c != w {
			words[i], changed = c, true
		}
	}
	if !changed {
		return slug
	}
	return strings.Join(words, "-")
}

// appendTopicSlug appends TopicSlug(name) to b.
func appendTopicSlug(b []byte, name string) []byte {
	start := len(b)
	b = appendSlug(b, name)
	if !renamesEventNoun(b[start:]) {
		return b // most topics: no event noun to map, nothing allocated
	}
	return append(b[:start], TopicSlugOfSlug(string(b[start:]))...)
}

// renamesEventNoun reports whether a word of slug is an event noun that
// TopicSlugOfSlug maps to another word; it allocates nothing, for the
// load's hot path, where a claim's keys are built.
func renamesEventNoun(slug []byte) bool {
	for len(slug) > 0 {
		w := slug
		if i := bytes.IndexByte(slug, '-'); i >= 0 {
			w, slug = slug[:i], slug[i+1:]
		} else {
			slug = nil
		}
		if c := eventNounOf[string(w)]; c != "" && c != string(w) {
			return true
		}
	}
	return false
}
