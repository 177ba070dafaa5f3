package extract

import (
	"slices"
	"strings"
)

// Built-in topics meet the induced event. The taxonomy's topics were
// written for the wars of one corpus, and many of their short aliases
// are common English nouns: "ceasefire", "prison", "reservoir",
// "grain", "drone", "terrorists". In news of any other dispute such a
// noun names the setting of the article's event, a thing near it or a
// word for one side, not the topic's act: "no unit had laid a mine
// since the ceasefire" is no ceasefire violation, "a drone circling
// before the blast" no drone strike. A built-in topic takes the
// article's event only when the article names the topic's own act
// somewhere: a verb of its core before its word ("broke the truce",
// "blew up the dam") or after it in the passive ("the dam was
// breached"), an event's word ("shelling", "dam breach"), its own name
// ("sanctions"), or several words that name the thing itself ("cluster
// munitions", "prisoner of war") rather than a place its act strikes
// ("nuclear power plant", "prison camp"). Otherwise the event the
// article induced keeps its own name (bareTopics). And an induced event
// that is the topic's act at a place the article ties to the topic by
// the topic's own words is the topic's (ownActs).

// noteAct records that the configured topic of mention m (its tokens in
// d.toks) is named by its act in this document, and whether by several
// words that name its own thing (namesThing).
func (d *docState) noteAct(m mention) {
	if !d.topicActs[m.topic] && d.namesAct(m) {
		d.noteActOf(m.topic)
	}
	if !d.topicThings[m.topic] && d.namesThing(m) {
		if d.topicThings == nil {
			d.topicThings = map[string]bool{}
		}
		d.topicThings[m.topic] = true
	}
}

// namesThing reports whether mention m names its configured topic by
// several words that end on no place its core strikes: "prisoners of
// war", not "the nuclear plant".
func (d *docState) namesThing(m mention) bool {
	if m.j-m.i < 2 {
		return false // "cease-fire" is one word, as "ceasefire" is
	}
	c := d.x.cores[m.topic]
	return c != nil && len(c.Targets) > 0 && !c.HasTarget(singularWord(d.toks[m.j-1].low))
}

// ownActs gives a configured topic whose act strikes a place, and that
// the article names by its own thing (namesThing: "prisoner of war"), the
// counts and claims of each induced event that is that act at such a
// place: "shelled the camp, killing prisoners of war held there" is a
// camp shelling, and the camp is the topic's own; the desk files it
// under the topic. A place
// the article names only as a place ("the nuclear plant") is where any
// event can happen, and its event keeps its name.
func (d *docState) ownActs() {
	confs := make([]string, 0, len(d.topicThings))
	for conf := range d.topicThings {
		confs = append(confs, conf)
	}
	slices.Sort(confs) // one order whatever the map's, when two could take an event
	for _, conf := range confs {
		c := d.x.cores[conf]
		if _, gone := d.merged[conf]; gone || c == nil || d.topicCount[conf] <= 0 {
			continue
		}
		var evs []string
		for t, n := range d.topicCount {
			if n <= 0 || !d.incident(t) {
				continue
			}
			if _, gone := d.merged[t]; gone {
				continue
			}
			noun, _, _ := strings.Cut(t, " ")
			head := t[strings.LastIndexByte(t, ' ')+1:]
			if c.HasTarget(singularWord(noun)) && c.HasVerb(headVerbs[eventHeads[head]]) {
				evs = append(evs, t)
			}
		}
		d.foldTopics(conf, evs)
	}
}

// noteActOf records that the article names configured topic t's act.
func (d *docState) noteActOf(t string) {
	if d.topicActs == nil {
		d.topicActs = map[string]bool{}
	}
	d.topicActs[t] = true
}

// namesAct reports whether mention m names its configured topic's act,
// not a bare thing or place among its aliases.
func (d *docState) namesAct(m mention) bool {
	c := d.x.cores[m.topic]
	if m.j-m.i > 1 {
		// "cluster munitions", "prisoner of war", "ceasefire violation":
		// the topic's own thing; "the Harlow nuclear plant" is a place
		// any event can strike, unless a verb of the act governs it
		if c == nil || !c.HasTarget(singularWord(d.toks[m.j-1].low)) {
			return true
		}
		return d.coreVerbBefore(m.i, m.topic) || d.coreVerbAfter(m.j, m.topic)
	}
	w := d.toks[m.i].low
	if singularWord(w) == singularWord(strings.ToLower(m.topic)) {
		return true // "sanctions", "the blockade": the topic by its name
	}
	if eventHeads[w] != "" || strings.HasSuffix(w, "ing") {
		return true // "shelling", "the massacre", "hacking"
	}
	return d.coreVerbBefore(m.i, m.topic) || d.coreVerbAfter(m.j, m.topic)
}

// coreVerbAfter reports whether the word ending at j is the subject of
// a passive of a verb of topic's core act: "the dam was breached", "the
// truce had been broken".
func (d *docState) coreVerbAfter(j int, topic string) bool {
	c := d.x.cores[topic]
	if c == nil || len(c.Verbs) == 0 {
		return false
	}
	aux := false
	for k := j; k < len(d.toks) && k <= j+3; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			return false
		}
		if t.is(fAux) {
			aux = true
			continue
		}
		return aux && !t.cap && t.flags&(fVerb|fEvent) != 0 && c.HasVerb(t.guessLemma())
	}
	return false
}

// bareTopics sets aside, while a configured topic the article never
// names by its act (actOf) leads the counts, that topic: its bare noun
// is the setting of the event the article induced, and the document's
// topic is chosen among the rest (docTopic); bareClaims then files its
// claims under that topic. The induced event must be counted at least
// half as often: one event named once in passing ("seized a grain
// lorry", late in an article about the grain) is no article's event;
// or the headline must blame a party for it ("Ostrava blames rebels for
// kidnapping of dam engineer"), however often the body then names the
// place where it happened (the dam site, work on the dam): the headline
// states what the story is, the place is where. A topic named by its
// act stops the search.
func (d *docState) bareTopics() {
	for range 4 {
		win, winN, indN, blamedHead := "", 0, 0, false
		for t, n := range d.topicCount {
			if n <= 0 {
				continue
			}
			if _, gone := d.merged[t]; gone {
				continue
			}
			if n > winN || n == winN && d.earlier(t, win) {
				win, winN = t, n
			}
			if !d.configured(t) {
				indN = max(indN, n)
				if d.blamed[t] > 0 && d.inTitle(t) {
					blamedHead = true
				}
			}
		}
		if 2*indN < winN && !blamedHead || !d.configured(win) || d.actOf(win) {
			return
		}
		d.setAside = append(d.setAside, win)
		delete(d.topicCount, win)
	}
}

// bareClaims files the claims of the configured topics bareTopics set
// aside under the document's topic docTopic: "no unit laid a mine since
// the ceasefire", in an article on a mine blast, is about the blast.
func (d *docState) bareClaims(docTopic string) {
	if docTopic == "" {
		return
	}
	for _, t := range d.setAside {
		d.merged[t] = docTopic
	}
}

// earlier reports whether topic a was first named before b, or at the
// same place and first in name order; any topic is earlier than none.
func (d *docState) earlier(a, b string) bool {
	if b == "" {
		return true
	}
	fa, fb := d.topicFirst[a], d.topicFirst[b]
	return fa < fb || fa == fb && a < b
}

// actOf reports whether the article names configured topic t's act.
func (d *docState) actOf(t string) bool {
	return d.topicActs[t] || d.headOfAct(t)
}

// headOfAct reports whether an event noun the article writes is the act
// of configured topic conf: a verb of its core ("blames the province for
// the breach" of a dam, "the violations" of a truce), or the head of an
// alias of conf after a place its act strikes that the article names
// ("the dam wall collapses": "dam collapse"). A bare word for people is
// no place: "terrorists" and "the attack" are no "terrorist attack".
func (d *docState) headOfAct(conf string) bool {
	c := d.x.cores[conf]
	for w := range d.headWords {
		h := eventHeads[w]
		if h == "" {
			h = w
		}
		if v := headVerbs[h]; c != nil && v != "" && c.HasVerb(v) {
			return true
		}
		if c == nil || len(c.Targets) == 0 {
			continue
		}
		for a := range d.aliasWordCount {
			if c.HasTarget(a) && d.x.topicAlias[a+" "+w] == conf {
				return true
			}
		}
	}
	return false
}
