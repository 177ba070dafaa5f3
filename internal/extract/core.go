package extract

import (
	"strings"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/taxonomy"
)

// Core events. The contradiction rules pair claims only when subject,
// action and topic agree, so "X blew up the dam", "X was behind the
// blast", "this was sabotage by X" and "our forces never touched the dam"
// must all spell one action. A topic's core event (taxonomy.Core) gives
// that action; a claim takes it when
//
//   - its predicate only says who is to blame: a blame predicate ("is
//     responsible", "was behind", "responsibility lies with"), a verb
//     of performing with a harmful event as object or subject ("carried
//     out a provocation", "a strike was delivered"), an event noun with
//     an agent ("deliberate sabotage by X"), a denied presence ("were
//     nowhere near") or involvement ("had nothing to do with"), or no
//     predicate at all ("accused X over the dam");
//   - or its verb is one of the event's verbs and its object is the topic
//     (named in the claim, a pronoun standing for it, or one of the
//     event's target nouns) or absent.
//
// Claims that say something else — "shelled the dam", "torture prisoners"
// — keep their own action. Only the claim's final topic's event is used,
// so a denial about another topic never takes this topic's action.

// eventNouns name a harmful act without saying what it did.
var eventNouns = map[string]bool{
	"sabotage": true, "provocation": true, "provocations": true, "attack": true, "attacks": true,
	"strike": true, "strikes": true, "blast": true, "blasts": true, "explosion": true, "explosions": true,
	"bombing": true, "bombings": true, "shelling": true, "terrorism": true, "diversion": true,
	"act": true, "crime": true, "false-flag": true,
}

// performVerbs are verbs of doing an act named by their object (or, in
// the passive, their subject): "carried out a provocation", "a strike was
// delivered".
var performVerbs = map[string]bool{
	"carry": true, "commit": true, "perpetrate": true, "stage": true, "orchestrate": true, "conduct": true,
	"deliver": true, "mount": true, "organise": true, "organize": true, "launch": true, "execute": true,
	"cause": true, "plan": true,
}

// involvement nouns after "no" deny a part in an act: "had no role in".
var involvementNouns = map[string]bool{
	"role": true, "part": true, "involvement": true, "hand": true, "connection": true, "relation": true,
}

// presenceWords deny the subject was there when negated: "were not
// anywhere near the dam", "were nowhere near".
var presenceWords = map[string]bool{"near": true, "close": true, "nearby": true}

// respPredicate reports whether the clause whose main verb is v (subject
// tokens [cs, npEnd)) only says who is responsible for an act. neg says
// whether the clause is negated or denied, which makes presence ("were
// anywhere near") count.
func (d *docState) respPredicate(v, cs, npEnd, ce int, neg bool) bool {
	// "had nothing to do with", "has no role in"
	for k := npEnd; k+2 < ce && k < npEnd+6; k++ {
		w := d.toks[k].low
		if w == "nothing" && d.toks[k+1].low == "to" && d.toks[k+2].low == "do" || w == "no" && involvementNouns[d.toks[k+1].low] {
			return true
		}
	}
	if v < 0 || v >= ce {
		return false
	}
	lem := d.toks[v].lemma()
	switch {
	case lem == "be":
		for k := v + 1; k < ce && k <= v+5; k++ {
			t := &d.toks[k]
			w := t.low
			switch {
			case blamePred[w]:
				return true
			case w == "to" && k+1 < ce && d.toks[k+1].low == "blame":
				return true
			case neg && presenceWords[w]:
				return true
			case t.kind == tQuote || t.kind == tSQuote || t.is(fAdv|fNeg) || w == "anywhere" || w == "nowhere" || w == "even" || w == "ever":
				continue
			}
			return false
		}
	case lem == "involve" || lem == "implicate":
		// "was not involved", "was involved in the attack"; not "was
		// involved in the talks"
		return neg || d.namesEvent(v+1, min(ce, v+5)) || d.culpIn(v+1, min(ce, v+5))
	case performVerbsF.has(performVerbs, lem):
		for k := v + 1; k < ce && k <= v+6; k++ {
			t := &d.toks[k]
			if t.kind == tPunct && t.low != "-" {
				break
			}
			if eventNouns[t.low] || t.is(fCulp) && !t.is(fVerb|fAdv) && !blamePred[t.low] {
				return true
			}
		}
		// the passive: "a missile strike … was delivered against …"
		if v == 0 || d.toks[v-1].lemma() != "be" {
			break
		}
		for k := cs; k < npEnd && k < ce; k++ {
			if eventNouns[d.toks[k].low] {
				return true
			}
		}
	}
	return false
}

// culpIn reports whether a culpability cue is in tokens [i, j).
func (d *docState) culpIn(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].is(fCulp) {
			return true
		}
	}
	return false
}

// coreEvents indexes the taxonomy's core events by canonical topic name.
func coreEvents(tax *taxonomy.Taxonomy) map[string]*taxonomy.Core {
	m := map[string]*taxonomy.Core{}
	for _, t := range tax.Topics() {
		if c, ok := tax.Core(t.Name); ok {
			m[t.Name] = &c
		}
	}
	return m
}

// anaphoric objects stand for something named before: "using them",
// "touched it", "doing so".
var anaphoric = map[string]bool{
	"it": true, "them": true, "this": true, "that": true, "these": true, "those": true, "so": true,
}

// expresses reports whether action a, of a claim of kind kind whose text
// names its topic or not (topical), expresses the core event c.
func (a *action) expresses(c *taxonomy.Core, kind graph.Kind, topical bool) bool {
	switch {
	case a.resp:
		return true
	case a.verb == "":
		// "accused X over the dam": no predicate, the topic named
		return topical && (kind == graph.KindAccusation || kind == graph.KindDenial)
	case a.prefix != "":
		// "is yet to respond to the peace proposal": a refusal, which is
		// the event only of topics whose event is refusing
		return c.HasVerb("fail") && topical
	case !c.HasVerb(a.verb):
		return false
	case topical || a.weapon || a.obj == "":
		return true
	}
	obj := strings.Fields(a.obj)
	if anaphoric[obj[0]] {
		return true
	}
	for _, w := range obj {
		if c.HasTarget(w) {
			return true
		}
	}
	return false
}

// actionText spells a claim's action once its topic is known: the
// topic's core action when the action expresses the core event, else the
// action itself. topical says whether the claim's text names the topic.
func (x *Extractor) actionText(a *action, topic string, kind graph.Kind, topical bool) string {
	c := x.cores[topic]
	if c != nil && a.expresses(c, kind, topical) {
		return c.Action
	}
	if a.weapon && c == nil && inducedEvent(topic) {
		// "accused X of sending a drone that crashed": the weapon is
		// the event's noun, not a weapon topic ("send drone crash"); an
		// accusation or denial of it is about who is responsible
		b := *a
		b.weapon = false
		if kind == graph.KindAccusation || kind == graph.KindDenial {
			b.verb = ""
		}
		return b.render(topic, kind)
	}
	if a.verb == "" && !a.weapon && kind != graph.KindAccusation && kind != graph.KindDenial && kind != graph.KindThreat {
		// what render would build, made once by New for a configured topic
		if s := x.commentOn[topic]; s != "" {
			return s
		}
	}
	return a.render(topic, kind)
}

// inducedEvent reports whether topic, with no core of its own, is an
// event phrase induced from the text: its last word is an event head
// ("drone crash") or an event verb's ("helicopter downing").
func inducedEvent(topic string) bool {
	i := strings.LastIndexByte(topic, ' ')
	// the heads of event verbs too: "helicopter downing", "crossing
	// closure" are events as "market strike" is
	return i > 0 && (eventHeads[topic[i+1:]] != "" || incidentHeads[topic[i+1:]])
}
