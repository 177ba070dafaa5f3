// Package taxonomy names the actors (states, blocs, institutions) and the
// topics of dispute that contra's claims refer to, and resolves the many
// ways an article spells them — aliases, demonyms, capitals, institutions —
// to one canonical name.
//
// Topics may have a core event (Core): the act one side accuses another
// of and the other denies, spelled as one canonical action ("destroy the
// dam") so that an accusation and its denial share a proposition key.
//
// A Taxonomy is immutable once built, so one value can be shared by every
// goroutine of a pipeline. Default returns the built-in taxonomy; New
// replaces it with user data and With extends it.
package taxonomy

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

// Taxonomy resolves actor and topic names to canonical names. It is
// immutable after construction and safe for concurrent use.
type Taxonomy struct {
	actors []entry
	topics []entry
	actIdx map[string]int // alias key -> index into actors
	topIdx map[string]int // alias key -> index into topics
}

// entry is one canonical actor or topic with the aliases that resolve to it.
type entry struct {
	name    string
	aliases []string
	gov     string // actors: the speaker name of its government
	demonym string // actors: "Russian"
	core    Core   // topics: the core event; Action "" for none
}

// Core is the central event of a topic of dispute: what one side accuses
// another of and the other denies. Claims that express it share Action, so
// "X blew up the dam" and "we never touched the dam" are one proposition.
type Core struct {
	// Action is the canonical action, lower case: "destroy the dam".
	Action string
	// Verbs are the lemmas that express the event when the topic is named
	// (or referred to by a pronoun) in the same clause: "blow", "breach",
	// "mine", "touch".
	Verbs []string
	// Targets are nouns that name what the event strikes without naming
	// the topic ("the center" for a prison): a verb of Verbs with one of
	// them as object expresses the event too.
	Targets []string
}

// HasVerb reports whether lemma is one of c's verbs.
func (c Core) HasVerb(lemma string) bool { return contains(c.Verbs, lemma) }

// HasTarget reports whether noun (lower case) is one of c's targets.
func (c Core) HasTarget(noun string) bool { return contains(c.Targets, noun) }

func (c Core) clone() Core {
	c.Verbs = append([]string(nil), c.Verbs...)
	c.Targets = append([]string(nil), c.Targets...)
	return c
}

// Default returns the built-in taxonomy: about a hundred states with their
// demonyms, capitals and best-known institutions, the blocs and
// organisations that appear in conflict reporting, and the usual topics of
// dispute with their aliases. Each call returns a fresh value; callers
// share it freely.
func Default() *Taxonomy {
	t := &Taxonomy{}
	for _, a := range builtinActors {
		aliases := append([]string{}, a.aliases...)
		if a.demonym != "" {
			aliases = append(aliases, a.demonym)
			if a.plural != "-" {
				p := a.plural
				if p == "" {
					p = a.demonym + "s"
				}
				aliases = append(aliases, p)
			}
		}
		t.addActor(entry{name: a.name, aliases: aliases, gov: a.gov, demonym: a.demonym})
	}
	for _, tp := range builtinTopics {
		t.addTopic(entry{name: tp.name, aliases: tp.aliases, core: builtinCore(tp.name)})
	}
	return t
}

// New returns a taxonomy holding only actors and topics, replacing the
// built-in lists. Entries whose names collide (after case and white-space
// folding) are merged.
func New(actors []graph.Actor, topics []graph.Topic) *Taxonomy {
	return (&Taxonomy{}).With(actors, topics)
}

// With returns a copy of t extended by actors and topics. An actor or topic
// whose name (or one of whose aliases) already resolves in t adds its
// aliases to that canonical entry; any other becomes a new entry. t itself
// is not changed.
func (t *Taxonomy) With(actors []graph.Actor, topics []graph.Topic) *Taxonomy {
	n := t.clone()
	for _, a := range actors {
		if strings.TrimSpace(a.Name) == "" {
			continue
		}
		n.mergeActor(a.Name, a.Aliases)
	}
	for _, tp := range topics {
		if strings.TrimSpace(tp.Name) == "" {
			continue
		}
		n.mergeTopic(tp.Name, tp.Aliases)
	}
	return n
}

// Actor resolves name — a canonical name, alias, demonym ("Russian"),
// capital ("Kyiv") or institution ("the Pentagon") — to the canonical
// actor name. Matching ignores case, a leading "the", dots in
// abbreviations ("U.S.") and a possessive "'s".
func (t *Taxonomy) Actor(name string) (canonical string, ok bool) {
	if t == nil {
		return "", false
	}
	i, ok := t.actorIndex(name)
	if !ok {
		return "", false
	}
	return t.actors[i].name, true
}

// Topic resolves a topic name or alias ("cluster bombs") to its canonical
// name ("cluster munitions"), ignoring case and a plural "s".
func (t *Taxonomy) Topic(name string) (canonical string, ok bool) {
	if i, ok := t.topicIndex(name); ok {
		return t.topics[i].name, true
	}
	return "", false
}

// CoreAction returns the canonical action of topic's core event ("destroy
// the dam" for "dam destruction"), or "" when topic does not resolve or
// has no core event. topic may be any name Topic resolves.
func (t *Taxonomy) CoreAction(topic string) string {
	c, _ := t.Core(topic)
	return c.Action
}

// Core returns topic's core event and whether it has one. topic may be
// any name Topic resolves. The slices are copies.
func (t *Taxonomy) Core(topic string) (Core, bool) {
	if i, ok := t.topicIndex(topic); ok && t.topics[i].core.Action != "" {
		return t.topics[i].core.clone(), true
	}
	return Core{}, false
}

// WithCore returns a copy of t in which topic has the core event c; a
// topic that does not resolve in t is added under that name. An empty
// c.Action removes the topic's core event. Built-in topics have core
// events already; topics added by New or With have the built-in core
// event of the topic with the same name, if any, and otherwise none until
// WithCore gives one. t itself is not changed.
func (t *Taxonomy) WithCore(topic string, c Core) *Taxonomy {
	n := t.clone()
	if strings.TrimSpace(topic) == "" {
		return n
	}
	c = normCore(c)
	i, ok := n.topicIndex(topic)
	if !ok {
		n.addTopic(entry{name: graph.NormName(topic)})
		i = len(n.topics) - 1
	}
	n.topics[i].core = c
	return n
}

// normCore lower-cases and folds a core event's words and drops empty ones.
func normCore(c Core) Core {
	c.Action = graph.NormAction(c.Action)
	fold := func(list []string) []string {
		var out []string
		for _, w := range list {
			if w = graph.NormAction(w); w != "" && !contains(out, w) {
				out = append(out, w)
			}
		}
		return out
	}
	c.Verbs, c.Targets = fold(c.Verbs), fold(c.Targets)
	return c
}

func (t *Taxonomy) topicIndex(name string) (int, bool) {
	if t == nil {
		return 0, false
	}
	var kb [64]byte
	k := appendKey(kb[:0], name)
	if i, ok := t.topIdx[string(k)]; ok {
		return i, true
	}
	i, ok := t.topIdx[singular(string(k))]
	return i, ok
}

// Government returns the name of the speaker that stands for actor's
// government when an article attributes a statement to the state itself,
// its capital or an institution ("Moscow said" → "Russian government").
// actor may be any name Actor resolves; an unknown name yields "".
func (t *Taxonomy) Government(actor string) string {
	if t == nil {
		return ""
	}
	i, ok := t.actorIndex(actor)
	if !ok {
		return ""
	}
	e := t.actors[i]
	switch {
	case e.gov != "":
		return e.gov
	case e.demonym != "":
		return e.demonym + " government"
	default:
		return e.name + " government"
	}
}

// Demonym returns the adjective for actor's people ("Russian" for any
// name that resolves to Russia), or "" when none is known.
func (t *Taxonomy) Demonym(actor string) string {
	if t == nil {
		return ""
	}
	if i, ok := t.actorIndex(actor); ok {
		return t.actors[i].demonym
	}
	return ""
}

// Actors returns the canonical actors with their ids and aliases, sorted
// by name. The slices are copies.
func (t *Taxonomy) Actors() []graph.Actor {
	if t == nil {
		return nil
	}
	out := make([]graph.Actor, 0, len(t.actors))
	for _, e := range t.actors {
		out = append(out, graph.Actor{ID: graph.ActorID(e.name), Name: e.name, Aliases: sortedCopy(e.aliases)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Topics returns the canonical topics with their ids and aliases, sorted
// by name. The slices are copies.
func (t *Taxonomy) Topics() []graph.Topic {
	if t == nil {
		return nil
	}
	out := make([]graph.Topic, 0, len(t.topics))
	for _, e := range t.topics {
		out = append(out, graph.Topic{ID: graph.TopicID(e.name), Name: e.name, Aliases: sortedCopy(e.aliases)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Key folds a name for lookup: lower case, curly apostrophes made
// straight, dots dropped ("U.S." = "US"), white space folded, a leading
// "the " and a trailing "'s" removed.
func Key(s string) string {
	var buf [64]byte
	return string(appendKey(buf[:0], s))
}

// actorIndex returns the index of the actor whose key name folds to, with
// the key laid out on the stack (appendKey), not allocated.
func (t *Taxonomy) actorIndex(name string) (int, bool) {
	var kb [64]byte
	i, ok := t.actIdx[string(appendKey(kb[:0], name))]
	return i, ok
}

// keyCutset is what Key trims from both ends of a folded name.
const keyCutset = " ,;:!?\"'()[]{}"

// appendKey appends Key(s) to b and returns the key's bytes, which begin
// at len(b) or later (the trims only move its start). The lookups fold a
// name into a stack buffer and index a map with it without a string of
// their own (the Key of every name asked about was an allocation and a
// strings.Builder's growth).
func appendKey(b []byte, s string) []byte {
	start := len(b)
	space := false
	for i := 0; i < len(s); i++ {
		// ASCII bytes by a table, without a rune's decoding and tests
		// (the names asked about are ASCII nearly always)
		c := s[i]
		if c >= utf8.RuneSelf {
			return appendKeyRunes(b, start, space, s[i:])
		}
		switch k := keyASCII[c]; k {
		case keyDrop:
			continue // '.'
		case ' ':
			space = true
			continue
		default:
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = append(b, k)
		}
	}
	return trimKey(b[start:])
}

// keyDrop marks in keyASCII the byte a key drops, the dot; no ASCII byte
// is written as it.
const keyDrop = 0xff

// keyASCII is what appendKey makes of an ASCII byte: its lower case, a
// straight apostrophe for '`', ' ' for white space, keyDrop for a dot.
var keyASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
	}
	t['.'], t['`'] = keyDrop, '\''
	t['\t'], t['\n'], t['\r'] = ' ', ' ', ' '
	return t
}()

// appendKeyRunes is appendKey from the first non-ASCII byte of its
// name on, s, with the key begun at b[start:] and space pending.
func appendKeyRunes(b []byte, start int, space bool, s string) []byte {
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '’' || r == '‘' || r == '`':
			r = '\''
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0':
			space = true
			continue
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		space = false
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		} else if r >= 0x80 {
			r = toLower(r)
		}
		b = utf8.AppendRune(b, r)
	}
	return trimKey(b[start:])
}

// trimKey trims a folded name as Key does.
func trimKey(k []byte) []byte {
	k = bytes.TrimPrefix(k, []byte("the "))
	k = bytes.TrimSuffix(k, []byte("'s"))
	// bytes.Trim(k, keyCutset), without the set bytes.Trim builds from
	// the cutset on every call
	for len(k) > 0 && keyTrimmed[k[0]] {
		k = k[1:]
	}
	for len(k) > 0 && keyTrimmed[k[len(k)-1]] {
		k = k[:len(k)-1]
	}
	return k
}

// keyTrimmed marks the bytes of keyCutset.
var keyTrimmed = func() (t [256]bool) {
	for i := 0; i < len(keyCutset); i++ {
		t[keyCutset[i]] = true
	}
	return t
}()

func toLower(r rune) rune { return []rune(strings.ToLower(string(r)))[0] }

func singular(k string) string {
	switch {
	case strings.HasSuffix(k, "ies"):
		return k[:len(k)-3] + "y"
	case strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss"):
		return k[:len(k)-1]
	}
	return k + "s"
}

func sortedCopy(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

func (t *Taxonomy) clone() *Taxonomy {
	n := &Taxonomy{
		actors: make([]entry, len(t.actors)),
		topics: make([]entry, len(t.topics)),
		actIdx: make(map[string]int, len(t.actIdx)),
		topIdx: make(map[string]int, len(t.topIdx)),
	}
	for i, e := range t.actors {
		e.aliases = append([]string(nil), e.aliases...)
		n.actors[i] = e
	}
	for i, e := range t.topics {
		e.aliases = append([]string(nil), e.aliases...)
		n.topics[i] = e
	}
	for k, v := range t.actIdx {
		n.actIdx[k] = v
	}
	for k, v := range t.topIdx {
		n.topIdx[k] = v
	}
	return n
}

func (t *Taxonomy) addActor(e entry) {
	if t.actIdx == nil {
		t.actIdx = map[string]int{}
	}
	t.actors = append(t.actors, entry{name: e.name, gov: e.gov, demonym: e.demonym})
	addAliases(&t.actors[len(t.actors)-1], len(t.actors)-1, t.actIdx, e.name, e.aliases)
}

func (t *Taxonomy) addTopic(e entry) {
	if t.topIdx == nil {
		t.topIdx = map[string]int{}
	}
	t.topics = append(t.topics, entry{name: e.name, core: e.core})
	addAliases(&t.topics[len(t.topics)-1], len(t.topics)-1, t.topIdx, e.name, e.aliases)
}

// addAliases indexes name and aliases for entry i. An alias already taken
// by another entry keeps its first owner, so resolution never depends on
// map iteration order.
func addAliases(e *entry, i int, idx map[string]int, name string, aliases []string) {
	if k := Key(name); k != "" {
		if _, taken := idx[k]; !taken {
			idx[k] = i
		}
	}
	for _, a := range aliases {
		a = graph.NormName(a)
		k := Key(a)
		if k == "" || a == e.name {
			continue
		}
		if j, taken := idx[k]; taken && j != i {
			continue
		}
		idx[k] = i
		if !contains(e.aliases, a) {
			e.aliases = append(e.aliases, a)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (t *Taxonomy) mergeActor(name string, aliases []string) {
	name = graph.NormName(name)
	if i, ok := t.find(t.actIdx, name, aliases); ok {
		addAliases(&t.actors[i], i, t.actIdx, t.actors[i].name, append([]string{name}, aliases...))
		return
	}
	t.addActor(entry{name: name, aliases: aliases, demonym: inferDemonym(name, aliases)})
}

// inferDemonym picks, among a new actor's aliases, the one that looks
// like the adjective of its name: it shares the name's stem and ends like
// a demonym ("Freedonia" → "Freedonian").
func inferDemonym(name string, aliases []string) string {
	n := strings.ToLower(name)
	for _, a := range aliases {
		l := strings.ToLower(a)
		if strings.Contains(l, " ") || l == n {
			continue
		}
		stem := min(len(n), len(l)) - 2
		if stem < 3 || n[:stem] != l[:stem] {
			continue
		}
		for _, suf := range []string{"ian", "an", "ese", "ish", "i", "ic"} {
			if strings.HasSuffix(l, suf) {
				return a
			}
		}
	}
	return ""
}

func (t *Taxonomy) mergeTopic(name string, aliases []string) {
	name = graph.NormName(name)
	if i, ok := t.find(t.topIdx, name, aliases); ok {
		addAliases(&t.topics[i], i, t.topIdx, t.topics[i].name, append([]string{name}, aliases...))
		return
	}
	// a user topic named like a built-in one means the same dispute
	t.addTopic(entry{name: name, aliases: aliases, core: builtinCore(name)})
}

func (t *Taxonomy) find(idx map[string]int, name string, aliases []string) (int, bool) {
	if i, ok := idx[Key(name)]; ok {
		return i, true
	}
	for _, a := range aliases {
		if i, ok := idx[Key(a)]; ok {
			return i, true
		}
	}
	return 0, false
}
