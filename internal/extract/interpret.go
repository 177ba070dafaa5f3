package extract

import (
	"slices"
	"strings"

	"github.com/contra-project/contra/graph"
)

// The interpret stage reads an attribution's content and decides what
// kind of claim it is, about whom (the subject actor), what they are said
// to do (a lemmatised verb phrase) and whether it is asserted or denied.
//
//   - subject: the actor in the content clause's subject phrase ("Ukraine's
//     counteroffensive" → Ukraine), a passive agent ("killed by Russian
//     forces"), a cleft focus ("It is the United States who …"), or a
//     pronoun resolved against the speaker (we → the speaker's side) or the
//     last other actor named (they);
//   - kind: a denial verb, or the speaker's own side with a negation
//     ("refrained from", "never", "does not") → denial; the own side with
//     a threat cue or a future harmful act → threat; another actor with a
//     harmful act ("used cluster munitions", "resorted to unprovoked
//     firing", "responsibility lies with") or a refusal ("is yet to") →
//     accusation; a future → prediction; otherwise assertion;
//   - action: the main verb's lemma with its object, or with the topic when
//     the verb takes a weapon ("have used cluster bombs" → "use cluster
//     munitions"); "do so" repeats the previous claim's action; a blame
//     predicate or one of the topic's event verbs gives the topic's core
//     action (core.go);
//   - denials also come from a denial verb inside the content ("the
//     Kremlin rejected accusations that …"), with what it denies read from
//     its gerund, that-clause or blame noun, and from a dismissal whose
//     pronoun stands for "reports that …" before it.

// action is a claim's action before the document topic is known.
type action struct {
	verb   string // lemma
	obj    string // following words
	weapon bool   // the object is the topic (a weapon)
	prefix string // "fail to "
	resp   bool   // the predicate only says who is responsible: the topic's core event (core.go)
}

// render spells the action; topic is the claim's final topic.
func (a action) render(topic string, kind graph.Kind) string {
	v := a.verb
	if a.weapon && topic != "" && topic != "general" && weaponTopic(topic) {
		if v == "have" || v == "stockpile" {
			v = "possess"
		}
		return a.prefix + v + " " + topic
	}
	if v == "" {
		switch kind {
		case graph.KindAccusation, graph.KindDenial:
			return "be responsible for " + topic
		case graph.KindThreat:
			return "retaliate over " + topic
		}
		return "comment on " + topic
	}
	if a.obj != "" {
		// one concatenation, one allocation, not two
		return a.prefix + v + " " + a.obj
	}
	return a.prefix + v
}

// weaponTopic reports whether a topic's name names a weapon ("cluster
// munitions", "drone strikes"), so that a weapon verb takes it as object.
func weaponTopic(topic string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(topic)) {
		if lexicon[w]&fWeapon != 0 {
			return true
		}
	}
	return false
}

// namesEvent reports whether tokens [cs, ce) name a harmful act without
// spelling it: an event noun ("over the blast").
func (d *docState) namesEvent(cs, ce int) bool {
	for k := cs; k < ce; k++ {
		if eventNouns[d.toks[k].low] {
			return true
		}
	}
	return false
}

// frameVerbs introduce the clause that carries a quoted claim: "I think
// that …", "we have evidence that …".
var frameVerbs = map[string]bool{
	"think": true, "believe": true, "know": true, "have": true, "say": true, "declare": true,
	"see": true, "understand": true, "suspect": true, "hope": true, "fear": true, "feel": true,
	"note": true, "stress": true, "emphasise": true, "emphasize": true, "reiterate": true,
	"repeat": true, "insist": true, "assert": true, "claim": true, "add": true, "confirm": true,
	"warn": true, "be": true,
}

// weaponVerbs take a weapon as object.
var weaponVerbs = map[string]bool{
	"use": true, "fire": true, "deploy": true, "supply": true, "send": true, "drop": true,
	"employ": true, "possess": true, "have": true, "stockpile": true, "deliver": true,
	"receive": true, "transfer": true, "need": true, "provide": true, "launch": true,
}

type interp struct {
	kind     graph.Kind
	subjects []string
	polarity graph.Polarity
	act      action
	topics   []string
}

// interpret reads a's content tokens.
func (d *docState) interpret(a *att) interp {
	cs, ce := a.contS, a.contE
	var in interp
	in.polarity = graph.Positive
	if a.echo {
		// ", which it denies": the speaker's side denies the act just
		// reported, on its topic
		side := a.spk.side
		if side == "" {
			side = d.accSubj
		}
		return interp{kind: graph.KindDenial, polarity: graph.Negative, subjects: []string{side}, act: d.lastAct, topics: d.lastTopics}
	}
	aside := d.asides(cs, ce)
	side := a.spk.side

	if a.class == vAccuse && len(a.accused) > 0 {
		in.kind = graph.KindAccusation
		in.subjects = a.accused
		in.act = d.gerundAction(cs, ce)
		d.weaponCheck(&in.act, cs, ce)
		g := d.gerundAt(cs, ce)
		core := [2]int{cs, ce}
		if g >= 0 {
			core = [2]int{g, d.objectEnd(g+1, ce)}
		}
		in.topics = d.claimTopics(cs, ce, aside, core, core)
		if g >= 0 {
			in.act.resp = d.respPredicate(g, cs, cs, ce, false)
		} else {
			// "accused X over the blast", "accusations that X's forces
			// were behind the blast"
			in.act.resp = d.namesEvent(cs, ce)
			if !in.act.resp {
				s0 := d.skipIntro(cs, ce)
				_, npEnd, _ := d.subjectOf(s0, ce, a)
				in.act.resp = d.respPredicate(d.mainVerb(npEnd, ce), s0, npEnd, ce, false)
			}
		}
		return in
	}

	// the content's main clause
	for cs < ce && (d.toks[cs].kind == tQuote || d.toks[cs].kind == tPunct) {
		cs++
	}
	if th, end := d.falseClaim(cs, ce); th >= 0 {
		// "Ostmark's claim that Velland sank the ferry is false, a
		// Vellandian spokesman said": the speaker denies the clause
		in.kind, in.polarity = graph.KindDenial, graph.Negative
		in.subjects, in.act, _ = d.denied(th, end, a)
		if len(in.subjects) == 0 {
			in.subjects = []string{side}
		}
		in.topics = d.claimTopics(th, end, aside, [2]int{th, end}, [2]int{th, end})
		return in
	}
	cs = d.skipIntro(cs, ce)
	d.harmHint = false
	subjects, npEnd, first := d.subjectOf(cs, ce, a)
	if len(subjects) == 0 && !first && a.pre[1] > a.pre[0] {
		// "Russia, the ministry said, fired …": the subject is before
		// the speaker
		subjects = d.actorsIn(a.pre[0], a.pre[1])
	}
	v := d.mainVerb(npEnd, ce)
	warned := "" // the party the speaker's side warned of a fault (warnedOther)
	if v >= 0 && (first || len(subjects) == 0 || subjects[0] == side) {
		warned = d.warnedOther(v, ce)
	}
	// "We have evidence that X …", "I think that X …": the claim is the
	// embedded clause
	if v >= 0 && (first || len(subjects) == 0 || len(subjects) == 1 && subjects[0] == side) && d.toks[v].frameVerb() {
		for k := v + 1; k < ce && k <= v+5; k++ {
			if d.toks[k].low == "that" && k+1 < ce {
				cs = d.skipIntro(k+1, ce)
				subjects, npEnd, first = d.subjectOf(cs, ce, a)
				v = d.mainVerb(npEnd, ce)
				break
			}
		}
	}
	if v >= 0 && (first || len(subjects) == 0 || subjects[0] == side) {
		// "X said the flooding was Y's fault": the one whose fault it
		// is, not the event, is what the claim is about, and blamed
		if f := d.faultOf(v, ce); f != "" && f != side {
			subjects, first = []string{f}, false
			d.harmHint = true
		}
	}
	if v >= 0 && d.toks[v].lemma() == "hold" && (first || len(subjects) == 0 || subjects[0] == side) {
		// "X said it held Y responsible for Z": Y is blamed
		for r := v + 2; r < ce && r <= v+6; r++ {
			if d.toks[r].is(fHeldCue) {
				if acts := d.actorsIn(v+1, r); len(acts) > 0 && acts[0] != side && d.heldParty(r-1) {
					subjects, first = acts[:1], false
				}
				break
			}
		}
	}
	if v >= 0 && (first || len(subjects) == 0 || subjects[0] == side) {
		if traceVerb(d.toks[v].low) {
			// "investigators had traced the attack to X": X is blamed
			if acts := d.tracedTo(v, ce); len(acts) > 0 && acts[0] != side {
				subjects, first = acts[:1], false
				d.harmHint = true
			}
		}
	}
	if v >= 0 && side != "" && (first || len(subjects) == 0 || subjects[0] == side) && d.toks[v].lemma() == "point" {
		// "everything we have points to the Varkazian intelligence
		// service", "the evidence pointed to the police": the party the
		// evidence points to is blamed, as one a trace leads to is
		if f := d.pointedTo(v, ce); f != "" && f != side && d.sideOf(f) != side {
			subjects, first = []string{f}, false
			d.harmHint = true
		}
	}
	if v >= 0 && (first || len(subjects) == 0 || subjects[0] == side) && warnVerb(d.toks[v].low) {
		// "its members reported the faults to the council and were
		// ignored": the one told is blamed
		if r := d.ignoredBy(v, ce); r != "" && r != side {
			subjects, first = []string{r}, false
		}
	}
	if warned != "" && warned != side && (first || len(subjects) == 0 || subjects[0] == side) {
		// "its engineers had warned the promoter on Friday that the
		// wind was above the limit", "it has been warning the airport
		// company for a year that the radar fails": the party warned
		// of a fault is blamed for it, as the embedded clause names
		// no party of its own
		subjects, first = []string{warned}, false
		d.harmHint = true
	}
	in.act = d.verbAction(v, ce)
	d.weaponCheck(&in.act, cs, ce)
	obj := [2]int{ce, ce}
	if v >= 0 {
		// the verb, its object, or its infinitive ("refused to negotiate")
		obj = [2]int{v, d.objectEnd(v+1, ce)}
		if v+2 < ce && d.toks[v+1].low == "to" {
			obj[1] = d.objectEnd(v+3, ce)
			obj[1] = max(obj[1], v+3)
		}
	}
	subj := [2]int{cs, npEnd}
	if v > cs && d.passive(v) {
		// "40 prisoners of war were killed": the subject is the victim of
		// the act, not what the claim is about
		subj = [2]int{}
	}
	tce := ce
	if a.class == vDeny || a.dismiss || v >= 0 && d.toks[v].speech().class == vDeny {
		tce = d.verdictAt(a.contS, ce)
	}
	in.topics = d.claimTopics(a.contS, tce, aside, subj, obj)

	neg, future, modal := false, false, false
	if cs < npEnd && d.toks[cs].low == "no" || cs < npEnd && d.toks[cs].low == "none" || cs < npEnd && d.toks[cs].low == "nobody" {
		neg = true
	}
	// "Nothing of ours was launched that day", "Not one of our soldiers
	// was near the bridge", "Not a single rocket left": a
	// subject that negates its own quantity negates the clause
	if d.negatedQuantity(cs, ce) {
		neg = true
	}
	upto := v
	if upto < 0 {
		upto = min(ce, npEnd+3)
	}
	for k := max(cs, npEnd-1); k <= upto && k < ce; k++ {
		t := &d.toks[k]
		if t.is(fNeg) {
			neg = true
		}
		if t.is(fFuture) || t.low == "going" && k+1 < ce && d.toks[k+1].low == "to" {
			future = true
		}
		if t.is(fModal) {
			modal = true
		}
	}
	if v >= 0 && d.toks[v].lemma() == "refrain" {
		neg = true
	}
	threat, culp, fail, wilful := false, false, false, false
	moot := -1 // the end of a blame that might be laid (unasserted): no cue up to it counts
	for k := cs; k < ce; k++ {
		t := &d.toks[k]
		// one flag test skips the words no test below takes ("fire" aside),
		// most of a clause, where there were six: about 0.5 M of
		// BenchmarkExtract's 108.8 M instructions
		if t.flags&(fThreat|fCulp|fVerb|fFail|fWilful|fPlace) == 0 && t.low != "fire" {
			continue
		}
		if k-a.contS < len(aside) && k >= a.contS && aside[k-a.contS] {
			continue
		}
		if t.is(fThreat) {
			threat = true
		}
		if k < moot {
			continue
		}
		if t.is(fRecip) && d.unasserted(k, cs, false) {
			// "both governments had reasons to blame the other for the
			// sinking": blame no one lays, nor the harm it would be for
			moot = d.clauseEnd(k+1, ce)
			continue
		}
		if t.is(fCulp) || t.low == "fire" && k > cs && (strings.HasPrefix(d.toks[k-1].low, "open") || setForm(d.toks[k-1].low) && k+1 < ce && d.toks[k+1].low == "to" && !d.ownThing(k+2, ce)) {
			culp = true // "opened fire", "set fire to the depot"
		}
		if t.flags&fVerb != 0 && len(t.low) >= 5 && (t.low[0] == 's' || t.low[0] == 'b') && startVerb(t.low) && d.startsHarm(k+1, ce) {
			culp = true // "had started the fire", "began the fighting"
		}
		if k >= npEnd && t.is(fFail) && (t.low != "yet" || d.yetUndone(k, ce)) {
			fail = true
		}
		if k >= npEnd && t.is(fWilful) {
			wilful = true
		}
		if t.is(fPlace) && d.placedWeapon(k, cs, ce) {
			culp = true // "had laid the mines", "the mine was planted by"
		}
	}
	if v > cs && !neg && d.knewFault(v, ce) {
		// "They knew.", "the company had known for months that the dam
		// was leaking": another
		// party said to have known is charged with knowing and doing
		// nothing, a wrong of its will (the wilful case below: only
		// from a party to the dispute)
		wilful = true
	}
	if v > cs && !neg && !future && d.warnedParty(v, ce) {
		// "the bank had been warned again and again that its servers
		// were out of date": the one warned did nothing, which is the
		// charge
		culp = true
	}
	// the predicate only names who is to blame (core.go); a culprit
	// needs a blame word, which is a culpability cue
	in.act.resp = d.respPredicate(v, cs, npEnd, ce, neg) || d.agentEvent
	if !in.act.resp && culp && len(subjects) > 0 {
		if cul := d.culprit(cs, ce); cul != "" && cul == subjects[0] {
			in.act.resp = true
		}
	}
	if d.harmHint || in.act.resp {
		culp = true
	}
	if in.act.weapon && in.act.verb != "have" && in.act.verb != "possess" && in.act.verb != "receive" && in.act.verb != "need" && in.act.verb != "supply" && in.act.verb != "send" && in.act.verb != "deliver" && in.act.verb != "provide" {
		culp = true
	}
	// a state's own public body is the state's ("the agency never
	// received the warnings", said by its director for the state)
	ownSubj := len(subjects) > 0 && side != "" && (subjects[0] == side || d.sideOf(subjects[0]) == side)
	own := ownSubj || len(subjects) == 0 && first
	other := len(subjects) > 0 && subjects[0] != "" && !ownSubj
	// "the Kremlin rejected accusations that …", "we deny …" reported by
	// the speaker: the speaker's own denial
	denyVerb := v >= 0 && (own || len(subjects) == 0 && a.spk.inst) && d.toks[v].speech().class == vDeny
	// what a denial verb denies; "rejected the peace plan" denies no act:
	// it is the speaker's side's own act of rejecting
	var dSubj []string
	var dAct action
	denial := a.class == vDeny || denyVerb
	if denial && !a.dismiss {
		from, dv := a.contS, a.verb
		if denyVerb {
			from, dv = v+1, v
		}
		var ok bool
		if dSubj, dAct, ok = d.denied(from, ce, a); !ok {
			denial = false
			if !denyVerb {
				// the side's own act of rejecting; read as the content's
				// own claim, "… and rejected Y's plan to close the
				// border" would charge Y with what the speaker rejects.
				// A continuation's frame ("said …, and rejected …")
				// keeps no verb: its denial verb is just before the
				// content
				if dv < 0 {
					dv = d.denyVerbBefore(from)
				}
				if dv >= 0 {
					in.act = action{verb: d.toks[dv].lemma(), obj: d.objectWords(from, ce)}
				}
				subjects, own, other = []string{side}, true, false
			}
		}
	}

	switch {
	case denial || a.dismiss:
		in.kind, in.polarity = graph.KindDenial, graph.Negative
		if th, end := d.dismissedClause(a); th >= 0 {
			// "Asked about reports that X's troops mined the dam, Marek
			// called them lies": the reports' clause is what is denied
			subjects, in.act, _ = d.denied(th, end, a)
			ma, mb := d.mentRange(th, end)
			for _, m := range d.ments[ma:mb] {
				if m.topic != "" && !slices.Contains(in.topics, m.topic) {
					in.topics = append(in.topics, m.topic)
				}
			}
		} else if a.dismiss {
			subjects = nil
			// "called the Tarnovian version a lie", "called the claim a
			// fabrication": a report the speaker names is the other
			// side's against its own, which the dismissal clears, as an
			// owned one ("Velland's account") is; a pronoun ("called them
			// nonsense") may stand for a report about a party the
			// sentence names, which the speaker's side defends
			owned := d.ownedClaimAt(a.contS, ce) || d.namedReportAt(a.contS, ce)
			for k := max(0, ce-maxSentTokens); k < len(d.toks) && k < ce && !owned; k++ {
				if m := d.mentAt[k]; m >= 0 && d.ments[m].actor != "" && d.ments[m].actor != side && (k < a.npS || k >= cs) {
					subjects = []string{d.ments[m].actor}
					break
				}
			}
		} else {
			subjects, in.act = dSubj, dAct
		}
		if len(subjects) == 0 {
			subjects = []string{side}
		}
	case d.noncommittal(a):
		// "X did not say whether …", "Y never accused …", "Z declined to
		// say if …": the speaker takes no side on what follows, so the
		// claim is the speaker's side withholding it. Read as the content
		// negated it made "the Kremlin did not say whether Russia used
		// cluster munitions" oppose the accusation that it did.
		in.kind, in.polarity = graph.KindAssertion, graph.Positive
		subjects = []string{side}
		in.act = d.withheld(a)
	case d.undecidedBlame(cs, ce):
		// "it was too early to say who fired", "they cannot yet
		// attribute the attack": the speaker says no one is to blame
		// yet, which accuses no one, whoever the article blames
		in.kind, in.polarity = graph.KindAssertion, graph.Positive
		subjects = []string{side}
	case a.neg:
		// "Z doesn't think the vote will change anything": a belief
		// negated is the negation believed
		in.kind, in.polarity = graph.KindAssertion, graph.Negative
	case own && neg && !d.unableTo(npEnd, ce):
		in.kind, in.polarity = graph.KindDenial, graph.Negative
		subjects = []string{side}
		in.act.resp = in.act.resp || d.respPredicate(v, cs, npEnd, ce, true)
	case neg && !future && !modal && len(subjects) == 0 && side != "" && d.deniedOccurrence(cs, npEnd, v, ce) && d.chargedSide(side):
		// "Not a single rocket left our batteries", "no
		// missile was launched", "the drone never left our airspace": a
		// side another has charged, saying that what it is charged
		// with did not happen, with no one named, denies it
		in.kind, in.polarity = graph.KindDenial, graph.Negative
		subjects = []string{side}
		in.act.resp = in.act.resp || d.respPredicate(v, cs, npEnd, ce, true)
	case side != "" && !other && !neg && !future && d.lawfulConduct(cs, ce) && !d.namesAnother(cs, npEnd, a.spk):
		// "its wardens acted in full accordance with their rules",
		// "prisoners were treated in accordance with the conventions",
		// "the release was fully within the rules": a side that says
		// its own conduct kept to the rules denies the wrong it is
		// charged with
		in.kind, in.polarity = graph.KindDenial, graph.Negative
		subjects = []string{side}
	case own && (threat || (future || modal) && culp):
		in.kind = graph.KindThreat
		subjects = []string{side}
	case other && culp && !future && !neg:
		in.kind = graph.KindAccusation
	case other && fail && !future && !neg:
		in.kind = graph.KindAccusation
		if in.act.verb != "" && !strings.HasPrefix(in.act.verb, "refuse") && !strings.HasPrefix(in.act.verb, "fail") && !failingVerbs[in.act.verb] {
			in.act.prefix = "fail to "
		}
	case other && wilful && !future && !neg && !modal && side != "":
		// "the union knew and chose to withdraw it", "Y invents these
		// stories", "Y is lying", "Y sends its spies": a wrong done on
		// purpose or by deceit is the charge, though nothing is harmed.
		// Only from a party to the dispute: whom an unplaced speaker
		// speaks for the article has not said, and a guess makes a
		// charge by the wrong accuser
		in.kind = graph.KindAccusation
	case other && !future && !neg && a.verb >= 0 && (d.toks[a.verb].lemma() == "allege" || d.chargedThat(a)):
		// "X alleged that Y's players had been paid to lose": to allege
		// an act of another party is to accuse it; so is to charge it
		// ("X charged that Y had opened the sluices without warning")
		in.kind = graph.KindAccusation
	case other && !future && !neg && d.turnedBack(npEnd, v, ce):
		// "They accuse us of what they have been doing to us", "Ostmark
		// had itself funded the rebels": the charge turned back on the
		// party that makes it
		in.kind = graph.KindAccusation
	case other && !future && !neg && !modal && d.pastCleft(cs, npEnd):
		// "X says it was Y's crew that strayed out of the lane": a past
		// act put on another party by a cleft is the counter-account of
		// who is to blame
		in.kind = graph.KindAccusation
	case future:
		in.kind = graph.KindPrediction
	default:
		in.kind = graph.KindAssertion
		if neg {
			in.polarity = graph.Negative
		}
	}
	if own && len(subjects) == 0 {
		subjects = []string{side}
	}
	if in.kind != graph.KindAccusation && in.kind != graph.KindDenial && len(subjects) > 1 {
		subjects = subjects[:1]
	}
	if in.kind == graph.KindAccusation {
		// an accusation against one's own side is not one
		var keep []string
		for _, s := range subjects {
			if s != "" && s != side {
				keep = append(keep, s)
			}
		}
		if len(keep) == 0 {
			in.kind = graph.KindAssertion
			keep = subjects[:min(1, len(subjects))]
		}
		subjects = keep
	}
	// "Selvakia accused Dravonia of breaking the truce … said Dravonian
	// howitzers had shelled the village": a party named only by its
	// arms, against whom the speaker's side already made its charge,
	// tells how that charge was carried out; it keeps its subject, for
	// the answers to it, and adds no charge under the act's own name
	if in.kind == graph.KindAccusation && d.armsSubj && len(subjects) == 1 && d.sideCharged(side, subjects[0], in.topics) {
		in.kind = graph.KindAssertion
	}
	// "A missile strike … was delivered against the center," after the
	// same speaker accused X of the act: the act is X's
	if in.kind == graph.KindAssertion && len(subjects) == 0 && in.act.resp && in.polarity == graph.Positive &&
		d.accPara == d.paraN && d.accSpk == a.spk.name && d.accSubj != "" {
		in.kind = graph.KindAccusation
		subjects = []string{d.accSubj}
	}
	if len(subjects) == 0 {
		subjects = noSubject
	}
	in.subjects = subjects
	return in
}

// standingCharge reports whether the act phrase at token k, in a claim
// ending at ce, is what two parties have charged each other with over a
// span of time ("Both sides have accused each other of targeting farm
// infrastructure since fighting resumed"): a standing charge, a dispute
// of its own beside the story's incident, where one side's charge (or
// the pair's over the incident itself) is the accuser's word for the
// story's event (weakTopic). Of the tuning sets' four "accused each other
// of … since" sentences, the gold gives three a topic of their own and
// the fourth the document's, which is the same charge; of two without
// "since", both the document's.
func (d *docState) standingCharge(k, ce int) bool {
	j := k - 1
	if j > 0 && d.mannerAdverb(j) {
		j-- // "of deliberately targeting"
	}
	if j < 2 || d.toks[j].low != "of" {
		return false
	}
	if o, e := d.toks[j-1].low, d.toks[j-2].low; !(o == "other" && e == "each" || o == "another" && e == "one") {
		return false
	}
	for i := k + 1; i < ce && i < len(d.toks); i++ {
		if d.toks[i].low == "since" {
			return true
		}
	}
	return false
}

// claimTopics returns the topics tokens [cs, ce) name: configured
// topics, event phrases, and anaphorTopic when they refer back to the
// document's event. A configured topic is marked weakTopic unless it is
// named in the clause's subject or its verb and object (core spans):
// elsewhere it only describes the event ("hit the building with a
// missile to stop the prisoners from testifying"). aside marks the
// tokens of asides from cs.
func (d *docState) claimTopics(cs, ce int, aside []bool, core1, core2 [2]int) []string {
	// gathered on the stack and copied into the document's arena
	// (keepStrs) once: growing a fresh slice per claim was an eighth of
	// the extractor's allocations
	var buf [8]string
	topics := buf[:0]
	ma, mb := d.mentRange(cs, ce)
	for _, m := range d.ments[ma:mb] {
		if m.topic == "" || m.i-cs < len(aside) && aside[m.i-cs] {
			continue
		}
		t := m.topic
		if m.j == m.i+1 && d.eventNouns[singularWord(d.toks[m.i].low)] {
			// "the pipeline" after a pipeline blast: the event's place
			if !slices.Contains(topics, anaphorTopic) {
				topics = append(topics, anaphorTopic)
			}
			continue
		}
		if !(m.i >= core1[0] && m.i < core1[1] || m.i >= core2[0] && m.i < core2[1]) || d.modifiesNoun(m.j, ce) {
			// outside the core, or a modifier of the noun after it ("a
			// chain of fake news blogs"): it describes the thing, and
			// the dispute is the article's
			if w := d.x.weak[t]; w != "" {
				t = w // a configured topic: no new string
			} else {
				t = weakTopic + t
			}
		}
		if !slices.Contains(topics, t) {
			topics = append(topics, t)
		}
	}
	if len(topics) == 0 {
		if t := d.brokenReferent(cs, ce); t != "" {
			// marked as found through "it": no passing mention (pickTopic)
			topics = append(topics, t, d.x.referred[t])
		}
	}
	// "It was an attack on fishermen", "This is sabotage": the event
	// phrase describes what the pronoun refers back to
	anaphor := d.describesReferent(cs, ce)
	for _, p := range d.phrases {
		switch {
		case p.k < cs || p.k >= ce:
		case p.name == "":
			// "blamed union activists for the sabotage" after a
			// headline's "crane sabotage": the one event named before
			// by this noun, which need not be the story's
			if t := d.namedBefore(d.toks[p.k].headSingular()); t != "" && (p.k >= core1[0] && p.k < core1[1] || p.k >= core2[0] && p.k < core2[1]) {
				if !slices.Contains(topics, t) {
					topics = append(topics, t)
				}
				continue
			}
			anaphor = true
		default:
			t := p.name
			if p.act && !d.standingCharge(p.k, ce) || !p.act && !(p.k >= core1[0] && p.k < core1[1] || p.k >= core2[0] && p.k < core2[1]) {
				t = weakTopic + t
			}
			if !slices.Contains(topics, t) {
				topics = append(topics, t)
			}
		}
	}
	if anaphor {
		topics = append(topics, anaphorTopic)
	}
	return d.keepStrs(topics...)
}

// keepStrs copies strs into the document's arena of claims' strings
// (strArena) and returns the copy, sliced full so that a caller's append
// copies rather than writes over the next list; nil for none. The
// lists of topics, subjects and actors a document's clauses name never
// outlive the document.
func (d *docState) keepStrs(strs ...string) []string {
	if len(strs) == 0 {
		return nil
	}
	start := len(d.strArena)
	d.strArena = append(d.strArena, strs...)
	return d.strArena[start:len(d.strArena):len(d.strArena)]
}

// breachVerbs are the verbs of breaking an agreement.
var breachVerbs = map[string]bool{"break": true, "breach": true, "violate": true}

// brokenReferent returns the configured topic a clause [cs, ce) charges
// by breaking "it", when the sentence before names it: "A truce was
// signed in May. Both sides have accused each other of breaking it":
// the charge is of the truce's violation, whatever event the article
// reports (its market shelling), and not the article's event. The last
// topic mention of the paragraph before the pronoun and after the end
// of the sentence before that one is the referent; "" when there is
// none or it names no configured topic.
func (d *docState) brokenReferent(cs, ce int) string {
	k := cs
	for ; k+1 < ce; k++ {
		if d.toks[k+1].low == "it" && d.toks[k].kind == tWord && breachVerbs[d.toks[k].lemma()] {
			break
		}
	}
	if k+1 >= ce {
		return ""
	}
	// back to the start of the sentence before the pronoun's
	lo, ends := k, 0
	for ; lo > 0; lo-- {
		if t := &d.toks[lo-1]; t.kind == tPunct && (t.low == "." || t.low == "!" || t.low == "?") {
			if ends++; ends == 2 {
				break
			}
		}
	}
	ma, mb := d.mentRange(lo, k)
	for i := mb - 1; i >= ma; i-- {
		if t := d.ments[i].topic; t != "" {
			if d.configured(t) {
				d.noteActOf(t) // "breaking it": the topic's act (bareTopics)
				return t
			}
			return ""
		}
	}
	return ""
}

// modifiesNoun reports whether token j, after a topic's mention, is a
// common noun the mention modifies: "fake news blogs", "drone
// factories"; not a verb ("fake news spreads") or the clause's end.
func (d *docState) modifiesNoun(j, ce int) bool {
	if j >= ce {
		return false
	}
	t := &d.toks[j]
	return t.kind == tWord && !t.cap && !t.inQ && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing") && d.nounLike(j)
}

// describesReferent reports whether the clause [cs, ce) opens with "it"
// or "this" and a form of "be": what follows describes an event named
// before.
func (d *docState) describesReferent(cs, ce int) bool {
	k := cs
	for k < ce && (d.toks[k].kind == tQuote || d.toks[k].kind == tSQuote) {
		k++
	}
	if k+1 >= ce {
		return false
	}
	if w := d.toks[k].low; w != "it" && w != "this" {
		return false
	}
	switch d.toks[k+1].low {
	case "was", "is", "'s", "’s":
		return true
	}
	return false
}

// passive reports whether verb v is a participle after a form of "be":
// "were killed", "had been fired".
func (d *docState) passive(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		t := &d.toks[k]
		if t.lemma() == "be" {
			return true
		}
		if !t.is(fAux | fAdv | fNeg) {
			return false
		}
	}
	return false
}

// objectEnd returns the end of the noun phrase starting at from: its
// determiner, modifiers and nouns ("the grain silos").
func (d *docState) objectEnd(from, ce int) int {
	k := from
	for k < ce && (d.toks[k].kind == tQuote || d.toks[k].is(fDet) && !d.toks[k].is(fPron)) {
		k++
	}
	for n := 0; k < ce && n < 6; n++ {
		t := &d.toks[k]
		if t.kind != tWord && t.kind != tNum || !(d.nounLike(k) || t.cap && !t.is(fConj|fPrep|fDet)) {
			break
		}
		k++
	}
	// a complement: "an interest in dialogue", "the use of drones"; not
	// an instrument or a place ("with a missile", "near the border")
	if k+1 < ce && k > from && complementPrepsF.has(complementPreps, d.toks[k].low) {
		return d.objectEnd(k+1, ce)
	}
	return k
}

// complementPreps join a noun's complement to it.
var complementPreps = map[string]bool{"of": true, "in": true, "on": true, "about": true, "over": true, "for": true}

// failingVerbs are acts that are failings themselves: "had ignored the
// warning" charges ignoring it, not failing to ignore it.
var failingVerbs = map[string]bool{"ignore": true, "obstruct": true, "stall": true, "reject": true}

// ownedClaimAt reports whether content [cs, ce) opens with another
// party's claim ("the Front's version", "the party's claims"): calling
// it a lie clears the speaker's own side, whatever party spoke before.
func (d *docState) ownedClaimAt(cs, ce int) bool {
	for k := cs; k+1 < ce && k < cs+4; k++ {
		if _, poss := possessiveBase(d.toks[k].low); poss && d.mentAt[k] >= 0 {
			return blameObjects[d.toks[k+1].low]
		}
	}
	return false
}

// namedReportAt reports whether content [cs, ce) opens with a report
// noun after a determiner, an owner or a modifier: "the claim", "that
// version", "the minister's remarks", "the Tarnovian account".
func (d *docState) namedReportAt(cs, ce int) bool {
	for k := cs; k < ce && k < cs+4; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.inQ {
			return false
		}
		if t.is(fPron) {
			return false
		}
		if blameObjects[t.low] || claimNouns[t.low] {
			return k > cs
		}
	}
	return false
}

// verdictAt returns where the verdict of a dismissal starts in its
// content [cs, ce): after the claim it refers back to ("dismissed that
// claim as propaganda", "called the army's account propaganda",
// "rejected the accusation as terrorism"). The verdict is the speaker's
// word for the other side's claim, not what the claim is about: the
// claim's topic is the one it refers back to. ce when the content is no
// such reference.
func (d *docState) verdictAt(cs, ce int) int {
	for k := cs; k < ce && k < cs+5; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			return ce
		}
		if blameObjects[t.low] && !t.is(fPron) && t.low != "this" {
			if k+1 < ce && (d.toks[k+1].low == "as" || !d.toks[k+1].is(fPrep) && d.toks[k+1].low != "that") {
				return k + 1
			}
			return ce // "the claims of drone strikes": what the claims say
		}
	}
	return ce
}

// blameObjects are what a denial verb takes when it denies an act without
// spelling it: "denied the accusations", "rejected any involvement".
var blameObjects = map[string]bool{
	"accusations": true, "accusation": true, "allegations": true, "allegation": true, "claims": true,
	"claim": true, "charges": true, "charge": true, "reports": true, "report": true, "involvement": true,
	"responsibility": true, "role": true, "wrongdoing": true, "blame": true, "it": true, "them": true,
	"this": true, "suggestions": true, "assertions": true,
	// the other side's story: "rejects that account", "disputes their version"
	"account": true, "accounts": true, "version": true,
	// what the other side or a monitor found or put forward against the
	// speaker's side: "rejected the watchdog's findings", "dismissed the
	// auditors' figures as partial", "dismissed the storm explanation",
	// "rejected the suggestion", "denies any link with the smugglers",
	// "rejected the counter-accusation"
	"findings": true, "figures": true, "figure": true, "criticism": true, "explanation": true,
	"suggestion": true, "link": true, "counter-accusation": true, "counter-accusations": true,
}

// denied reads what a denial verb's content [from, ce) denies, returning
// the denied actors (nil: the speaker's side) and the denied act: a
// gerund ("denied shelling the dam"), a that-clause, also after a blame
// noun ("rejected accusations by X that Y's forces were behind the
// blast"), a clause ("denied Y had shelled"), or a blame noun ("rejected
// the Sylvanian accusations"), which denies the topic's core event. It
// reports false when the content is none of these ("rejected the peace
// plan"): nothing is denied.
func (d *docState) denied(from, ce int, a *att) ([]string, action, bool) {
	k := from
	for k < ce && (d.toks[k].kind == tQuote || d.toks[k].kind == tSQuote || d.toks[k].kind == tPunct ||
		d.toks[k].is(fAdv) && !d.toks[k].is(fNeg)) {
		k++
	}
	if k >= ce {
		return nil, action{}, true
	}
	if g := d.gerundAt(k, min(ce, k+1)); g >= 0 {
		act := d.gerundAction(g, ce)
		d.weaponCheck(&act, g, ce)
		act.resp = d.respPredicate(g, g, g, ce, true)
		return nil, act, true
	}
	if d.toks[k].low == "that" && (k+1 >= ce || isEnd(&d.toks[k+1])) {
		// "Norvale Engineering, which built the lift, rejected that.":
		// the pronoun stands for the account just reported, as "this"
		return nil, action{resp: true}, true
	}
	if d.everyOne(k, ce) {
		// "The company rejects all of it.", "The agency has denied every
		// one.": all that was just charged, as the pronoun alone stands
		// for it
		return nil, action{resp: true}, true
	}
	// the frame took a "that" before the content: "dismissed that as
	// nonsense" has its pronoun, which stands for the account just
	// reported; "denied that the fighters crossed the strait" its
	// complementiser, so the content is a clause whatever verb form
	// it has; "rejected that criticism" its determiner, whose noun
	// stands for the account as the pronoun does (a clause with no
	// verb below)
	framed := from > 0 && d.toks[from-1].low == "that" && !d.toks[from-1].inQ
	if framed && d.toks[k].low == "as" {
		return nil, action{resp: true}, true
	}
	cl := d.thatClause(k, ce)
	bare := cl < 0 && !framed // no "that": an object phrase, or a clause after an opening phrase
	if cl < 0 {
		// "the accusations", "the latest Sylvanian claims" stand for an
		// act; "it" may stand for anything
		for j := k; j < ce && j < k+5; j++ {
			t := &d.toks[j]
			if blameObjects[t.low] {
				return nil, action{resp: !t.is(fPron)}, true
			}
			if t.kind != tWord || t.is(fVerb|fPrep|fConj) && !t.is(fNounish) {
				break
			}
		}
		// "denied that, in March, its guards had closed the gates": the
		// frame dropped the "that"; the clause starts after the phrase
		cl = d.skipIntro(k, ce)
	}
	subjects, npEnd, first := d.subjectOf(cl, ce, a)
	v := d.mainVerb(npEnd, ce)
	if v < 0 && bare {
		return nil, action{}, false
	}
	p := v
	if p < 0 {
		// "denied that the prisoners had been mistreated": a participle the
		// lexicon knows only as a harm or an event is no main verb; a
		// harm's is the act denied, while an event's ("the balloon was
		// downed") leaves the act the topic's core. Either makes the
		// clause a passive
		p = d.clauseParticiple(npEnd, ce)
		if p >= 0 && !d.toks[p].is(fEvent) {
			v = p
		}
	}
	act := d.verbAction(v, ce)
	d.weaponCheck(&act, cl, ce)
	act.resp = d.respPredicate(v, cl, npEnd, ce, true) || d.agentEvent
	if first || v < 0 && p < 0 {
		// a clause with no verb read has no subject read either ("the
		// fighters crossed into Tarnovian airspace" gave the airspace's
		// state): the denier's side is the one denied to have acted
		subjects = nil
	}
	if p > cl && d.passive(p) {
		// "denied that prisoners were mistreated": the subject of a
		// passive is the one it was done to; the one denied to have
		// done it is its agent ("by its guards"), else the denier's
		// side
		subjects = nil
		if p+2 < ce && d.toks[p+1].low == "by" {
			subjects = d.actorsIn(p+2, d.clauseEnd(p+2, ce))
		}
	}
	return subjects, act, true
}

// negatedQuantity reports whether the words at k negate a quantity:
// "nothing", "not one", "not a single", "not a": a subject that negates
// its own quantity negates its clause ("Nothing of ours was launched
// that day", "Not one of our soldiers was near the bridge").
func (d *docState) negatedQuantity(k, ce int) bool {
	if k+1 >= ce {
		return false
	}
	switch d.toks[k].low {
	case "nothing":
		return true
	case "not":
		n := d.toks[k+1].low
		return n == "one" || n == "a" || n == "single"
	}
	return false
}

// deniedOccurrence reports whether the clause at cs (subject ending at
// npEnd, main verb v) says that an act did not happen: a negated subject
// of an act ("no rocket was launched", "nobody ordered it", "not one
// lorry has been turned back") or "never" before the verb ("the drone
// never crossed the line"). A copula's negation ("this was not a drill",
// "no one is exempt") answers a charge with one of its own as
// often as it denies one, and "no one was hurt" tells what the act
// spared, so neither is; "there is no …" was tried and left out (seven
// sets, three of its findings true).
func (d *docState) deniedOccurrence(cs, npEnd, v, ce int) bool {
	if cs >= ce || v < 0 {
		return false
	}
	if wantVerbs[d.toks[v].lemma()] {
		// "no one in his government wanted the talks to fail": a wish
		// denied is no act denied
		return false
	}
	w := d.toks[cs].low
	switch {
	case d.negatedQuantity(cs, ce) || w == "no" || w == "none" || w == "nobody":
		if d.toks[v].lemma() == "be" {
			return false
		}
		person := w == "nobody" || w == "no" && cs+1 < ce && d.toks[cs+1].low == "one"
		return !(person && d.passive(v))
	}
	for k := max(cs, npEnd); k < v; k++ {
		if d.toks[k].low == "never" {
			return true
		}
	}
	return false
}

// chargedSide reports whether another side has charged side in a claim
// so far.
func (d *docState) chargedSide(side string) bool {
	for i := range d.claims {
		if c := &d.claims[i].c; c.Kind == graph.KindAccusation && c.Subject == side && c.Side != side {
			return true
		}
	}
	return false
}

// lawfulConduct reports whether content [cs, ce) says that conduct kept
// to the rules: "in (full) accordance with", "in (full) compliance
// with", "within the law", "within (the) rules", "within guidelines",
// "within regulations". "In line with" is left out: as often it compares
// ("in line with last year's costs") or tells an act the speaker owns
// ("fired back in line with its orders").
func (d *docState) lawfulConduct(cs, ce int) bool {
	for k := cs + 1; k+1 < ce; k++ {
		switch d.toks[k].low {
		case "accordance", "compliance":
			if p := d.toks[k-1].low; (p == "in" || p == "full") && d.toks[k+1].low == "with" {
				return true
			}
		case "within":
			j := k + 1
			if d.toks[j].low == "the" && j+1 < ce {
				j++
			}
			switch d.toks[j].low {
			case "law", "rules", "guidelines", "regulations":
				return true
			}
		}
	}
	return false
}

// unableTo reports whether the clause's verb group from npEnd says the
// subject cannot do something ("it could not pay teachers in
// December", "we cannot fund the clinics"): a side that says it is
// unable denies no act; "could not have fired" (a perfect after the
// modal) still says the act did not happen.
func (d *docState) unableTo(npEnd, ce int) bool {
	for k := npEnd; k+2 < ce && k < npEnd+3; k++ {
		switch d.toks[k].low {
		case "could", "can", "ca":
			if n := d.toks[k+1].low; n == "not" || n == "n't" {
				return d.toks[k+2].low != "have" && d.toks[k+2].low != "be"
			}
		case "cannot":
			return d.toks[k+1].low != "have" && d.toks[k+1].low != "be"
		}
	}
	return false
}

// namesAnother reports whether the subject [cs, npEnd) of a content
// holds a capitalised word that is no part of the speaker's name or
// side: "the Halvex plant had operated in full accordance with the
// rules", said by a safety authority, is its verdict on another's
// conduct, not its own side's conduct kept to the rules, though the
// article has not yet named that other as a party. Only the words
// before the subject's first preposition count, the owner a name
// before the head gives: "prisoners at Zolny were treated …" says where
// the side's own conduct was. A word that only lengthens the side's
// name ("Velmari troops" of Velmar) is the side's.
func (d *docState) namesAnother(cs, npEnd int, spk speaker) bool {
	own := strings.Fields(strings.ToLower(spk.name + " " + spk.side))
	for k := cs; k < npEnd && k < len(d.toks); k++ {
		t := d.toks[k]
		if t.is(fPrep) || t.low == "," {
			return false
		}
		if t.kind != tWord || !t.cap || k == cs && t.is(fDet) || t.is(fPron) {
			continue
		}
		mine := false
		for _, w := range own {
			if len(w) >= 3 && (strings.HasPrefix(t.low, w) || strings.HasPrefix(w, t.low)) {
				mine = true
				break
			}
		}
		if !mine {
			return true
		}
	}
	return false
}

// everyOne reports whether the words at k quantify over what was just
// said: "all of it", "all of this", "all of them", "every one", "each
// one".
func (d *docState) everyOne(k, ce int) bool {
	if k+1 >= ce {
		return false
	}
	switch d.toks[k].low {
	case "all", "every", "each":
	default:
		return false
	}
	if n := d.toks[k+1].low; n == "one" {
		return d.toks[k].low != "all"
	} else if n != "of" || k+2 >= ce {
		return false
	}
	switch d.toks[k+2].low {
	case "it", "this", "them", "that", "these", "those":
		return true
	}
	return false
}

// denyVerbBefore returns the denial verb among the three tokens before
// content that starts at from ("and rejected the plan", "and flatly
// denied that"), or -1.
func (d *docState) denyVerbBefore(from int) int {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if d.toks[k].speech().class == vDeny && d.toks[k].kind == tWord {
			return k
		}
	}
	return -1
}

// clauseParticiple returns the participle of a clause whose subject
// ends at from when mainVerb found none: the first lower-case word
// ending in "-ed" past the auxiliaries, adverbs and negations ("were
// mistreated", "had never been diverted"), or -1.
func (d *docState) clauseParticiple(from, ce int) int {
	for k := from; k < ce && k < from+5; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			return -1
		}
		if t.is(fAux|fNeg|fAdv) && !strings.HasSuffix(t.low, "ed") {
			continue
		}
		if !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") {
			return k
		}
		return -1
	}
	return -1
}

// gerundAt returns the first -ing verb form in [cs, min(ce, cs+6)), or -1.
func (d *docState) gerundAt(cs, ce int) int {
	for k := cs; k < ce && k < cs+6; k++ {
		t := &d.toks[k]
		if t.kind == tWord && strings.HasSuffix(t.low, "ing") && len(t.low) > 4 {
			return k
		}
	}
	return -1
}

// skipIntro skips an opening subordinate clause, prepositional phrase or
// sentence adverb that ends in a comma: "While …, ", "In this case, ",
// "However, ".
func (d *docState) skipIntro(cs, ce int) int {
	for round := 0; round < 2 && cs < ce; round++ {
		t := &d.toks[cs]
		if d.negatedQuantity(cs, ce) {
			return cs // "Not one of our soldiers was near the village, …": the subject
		}
		if !(t.kind == tWord && (t.is(fSubord|fPrep|fAdv|fTime) || t.low == "yes" || t.low == "here" || t.low == "of" || t.low == "a" && d.toks[min(cs+1, ce-1)].low == "few")) {
			return cs
		}
		limit := 25
		if !t.is(fSubord) {
			limit = 10
		}
		k := cs + 1
		for k < ce && k-cs < limit && d.toks[k].low != "," {
			if d.toks[k].low == "that" && !t.is(fSubord) && cs > 0 && d.toks[cs-1].is(fSpeech) {
				// "said in a statement that …, Ivo Renn, …": the
				// reporting verb's adjunct, then its clause, not an
				// opening phrase up to the apposition's comma
				return k + 1
			}
			k++
		}
		if k >= ce-1 || d.toks[k].low != "," {
			return cs
		}
		cs = k + 1
	}
	return cs
}

// isVerbAt reports whether token k is (probably) a finite verb.
func (d *docState) isVerbAt(k, from int) bool {
	t := &d.toks[k]
	if t.kind != tWord || t.cap {
		return false
	}
	if t.is(fAux) {
		return !(t.is(fPron) && k == from) || strings.ContainsAny(t.low, "'")
	}
	if !t.is(fVerb) || strings.Contains(t.low, "-") {
		return false
	}
	if k == from {
		return false
	}
	p := &d.toks[k-1]
	if detOrPossessive(p) {
		return false
	}
	if m := d.mentAt[k-1]; m >= 0 && d.ments[m].demonym {
		return false // "Ukrainian forces": a noun after an adjective
	}
	if t.is(fPast) || p.is(fPron) || p.is(fAdv) {
		return true
	}
	if t.is(fNounish) {
		return p.kind == tWord && p.cap && d.mentAt[k-1] >= 0
	}
	return p.kind == tWord && (p.cap || strings.HasSuffix(p.low, "s") || p.is(fPron))
}

// firstVerb returns the first finite verb in [from, ce), or ce.
func (d *docState) firstVerb(from, ce int) int {
	for k := from; k < ce; k++ {
		t := &d.toks[k]
		if t.kind == tPunct && (t.low == "," || isEnd(t)) && k > from {
			return k
		}
		if d.isVerbAt(k, from) {
			return k
		}
	}
	return ce
}

// appositionVerb reads a name set off by commas after the subject
// phrase, whose first comma is at c: "Velland's operator, Velgas Energy,
// had ignored …". It returns the second comma and the clause's verb
// after it, or -1 when no name and verb follow: a list ("Velland,
// Tarsia, Ostmark and Dorn") has none.
func (d *docState) appositionVerb(c, ce int) (int, int) {
	e := c + 1
	for e < ce && e <= c+5 && d.toks[e].kind == tWord && d.toks[e].cap {
		e++
	}
	if e == c+1 || e+1 >= ce || d.toks[e].low != "," {
		return -1, -1
	}
	v := e + 1
	if d.isVerbAt(v, c) {
		return e, v
	}
	if ed, ok := bareForm(&d.toks[v]); ok && d.objectAfter(v, ed, ce, ce) {
		return e, v
	}
	return -1, -1
}

// verbSense are the classes a word may carry that say what an act does,
// not which part of speech the word is: a word with no class but these
// is no noun, determiner or preposition the lexicon knows, so its
// ending decides.
const verbSense = fCulp | fWilful | fPlace | fEvent | fThreat | fFail | fEnglish

// bareVerbIn returns the verb of the reported clause from cs that
// stands bare after its subject, before m (where firstVerb stopped), or
// -1: "Korvela opened the gates", "the ship strayed from the channel",
// "Unity Party officials stuffed ballot boxes", "Ostmark sows mines".
// The lexicon lists few regular verbs, so with no auxiliary to mark it
// such a verb was read as part of the subject and the clause had none.
func (d *docState) bareVerbIn(cs, m, ce int) int {
	for k := cs + 1; k < m && k <= cs+6; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			return -1
		}
		// bareForm's first cue, inlined here: most words of a subject are
		// capitalised, classed or short, or end in neither "d" nor "s",
		// and skipping the two calls for them took about 0.3 M of
		// BenchmarkExtract's 108.8 M instructions
		if !bareCue(t) {
			continue
		}
		if d.bareVerbAt(k, cs, m, ce) {
			return k
		}
	}
	return -1
}

// bareVerbAt reports whether token k, after the subject [cs, k), is its
// verb: an unknown "-ed" or "-s" word after a name or a noun phrase that
// opens with a name or "the", before an object or an adjunct. "The armed
// group", "Velland's mines" and "Ostmark farmers say" keep their nouns.
func (d *docState) bareVerbAt(k, cs, m, ce int) bool {
	ed, ok := bareForm(&d.toks[k])
	if !ok {
		return false
	}
	// the subject: a pronoun, a name, or nouns after a name or "the"
	p := &d.toks[k-1]
	if k-1 == cs && (nominativeF.has(nominative, p.low) || p.low == "it") {
		return d.objectAfter(k, ed, m, ce)
	}
	if strings.HasSuffix(p.low, "'s") || p.is(fDet|fPrep|fConj|fRel|fSubord|fAux|fAdv|fNeg|fPron) {
		return false
	}
	if p.cap {
		mi := d.mentAt[k-1]
		if mi < 0 || d.ments[mi].actor == "" || d.ments[mi].demonym || d.ments[mi].j != k {
			return false
		}
	} else {
		if !ed && !d.theBody(cs, k) || !(d.toks[cs].low == "the" || d.toks[cs].cap) {
			return false // "-s" after a noun is a plural more often than a verb
		}
		for j := cs + 1; j < k; j++ {
			if u := &d.toks[j]; !u.cap && (!d.nounLike(j) || u.is(fVerb) && !u.is(fNounish)) {
				return false
			}
		}
	}
	return d.objectAfter(k, ed, m, ce)
}

// theBody reports whether [cs, k) is "the" and one singular noun of a
// body or a vessel ("the company", "the army", "the ship"): after one, an
// "-s" word is a verb ("the company dumps the waste"), where after other
// nouns it is mostly a plural ("the border posts").
func (d *docState) theBody(cs, k int) bool {
	if k != cs+2 || d.toks[cs].low != "the" {
		return false
	}
	n := &d.toks[cs+1]
	return !strings.HasSuffix(n.low, "s") && (n.is(fOrg|fGroup|fOrgRef|fOrgan) || vesselNouns[n.low] || n.low == "company")
}

// bareCue reports whether t can be a verb the lexicon does not list, by
// what is cheapest to read: a lower-case word of four bytes or more,
// with no class but a verb's sense, ending in "d" or "s". Small enough
// to inline where bareVerbIn reads every word of a subject.
func bareCue(t *token) bool {
	n := len(t.low)
	return t.kind == tWord && !t.cap && t.flags&^verbSense == 0 && n >= 4 && (t.low[n-1] == 'd' || t.low[n-1] == 's')
}

// bareForm reports whether t has the form of a verb the lexicon does not
// list, and whether that form is "-ed" (else "-s").
func bareForm(t *token) (ed, ok bool) {
	if !bareCue(t) || strings.IndexByte(t.low, '-') >= 0 || strings.IndexByte(t.low, '\'') >= 0 {
		// two byte searches, not strings.ContainsAny: for a word of eight
		// bytes or fewer that decodes each rune and searches the set
		return false, false
	}
	ed = len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "eed")
	if !ed && !(strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !strings.HasSuffix(t.low, "us") && !strings.HasSuffix(t.low, "is")) {
		return false, false
	}
	if !ed && t.flags != 0 && lexFlags(pastOf(guessLemma(t.low))) == 0 {
		// a plural the lexicon classes by its sense, "atrocities",
		// "killings": a verb's "-s" form has a past it knows too
		return false, false
	}
	return ed, true
}

// objectAfter reports whether an object or, for an "-ed" form, an
// adjunct follows token k, so that k is a verb rather than a noun: a
// determiner, a number, an object pronoun or a bare noun, or a
// preposition or particle ("strayed from", "forced down"). m is where
// firstVerb stopped in the clause [.., ce).
func (d *docState) objectAfter(k int, ed bool, m, ce int) bool {
	if k+1 >= ce {
		return false
	}
	n := &d.toks[k+1]
	switch {
	case n.kind == tNum:
		return true
	case n.kind != tWord || n.cap:
		return false
	case n.is(fDet) || objectPronouns[n.low] || n.low == "us":
		return true
	case n.is(fPrep|fParticle) || verbParticles[n.low]:
		// "-ed" before a preposition is a reduced relative when a verb
		// of the clause follows: "troops stationed near the border fired"
		return ed && n.low != "by" && n.low != "of" && n.low != "to" &&
			!(m < ce && d.toks[m].kind == tWord && !d.toks[m-1].is(fConj))
	}
	// a bare noun object: "stuffed ballot boxes", "sows mines"
	return (n.flags&^verbSense == 0 || n.is(fNounish)) && !strings.HasSuffix(n.low, "ed") && !strings.HasSuffix(n.low, "ly") && len(n.low) > 2
}

// noSubject is the subjects of a claim about nobody in particular: most
// claims, so one shared slice rather than an allocation each. Read only:
// its readers (emit) range over it and never write to it.
var noSubject = []string{""}

// pastCleft reports whether the clause from cs opens with a past cleft
// whose focus subjectOf read, ending at npEnd: "it was the tanker that
// …", "it was Velland's soldiers who …".
func (d *docState) pastCleft(cs, npEnd int) bool {
	return npEnd-cs > 3 && d.toks[cs].low == "it" && d.toks[cs+1].low == "was" && d.toks[npEnd-1].is(fRel)
}

// subjectOf finds the subject actors of the clause starting at cs. It
// returns them, where the subject phrase ends, and whether the subject
// is the speaker's own first person.
func (d *docState) subjectOf(cs, ce int, a *att) ([]string, int, bool) {
	// bareV belongs to this clause: the early returns below must not leave
	// the previous clause's verb for mainVerb to match
	d.agentEvent, d.bareV, d.armsSubj = false, -1, false
	if cs >= ce {
		return nil, cs, false
	}
	// cleft: "It is X who …"
	if cs+2 < ce && d.toks[cs].low == "it" && (d.toks[cs+1].low == "is" || d.toks[cs+1].low == "was") {
		k := cs + 2
		for k < ce && k-cs < 12 && !d.toks[k].is(fRel) {
			k++
		}
		if k < ce {
			if acts := d.actorsIn(cs+2, k); len(acts) > 0 {
				return acts[:1], k + 1, false
			}
		}
	}
	m := d.firstVerb(cs, ce)
	if m == cs && d.toks[cs].is(fPron) { // "it's", "they'll"
		m = cs + 1
	}
	d.bareV = d.bareVerbIn(cs, m, ce)
	if d.bareV >= 0 {
		m = d.bareV
	}
	apS, apE := -1, -1 // a name in apposition to the subject: "Velland's operator, Velgas Energy, had …"
	if m > cs && m+3 < ce && d.toks[m].low == "," {
		if e, v := d.appositionVerb(m, ce); v >= 0 {
			apS, apE, m = m+1, e, v
			d.bareV = v // mainVerb takes it though the lexicon may not know it
		}
	}
	first := false
	// built in buf and copied out into the document's arena (keepStrs):
	// a fresh list per clause was one allocation in thirteen
	var buf [4]string
	subjects := buf[:0]
	lo := cs
	if apS >= 0 && len(d.actorsIn(apS, apE)) > 0 {
		// the name in apposition is who the head phrase describes
		lo = apS
	}
	for k := lo; k < m; k++ {
		if k == apE {
			break
		}
		// "a strike from a Sylvanian launcher": an actor inside a
		// prepositional phrase modifies the subject, it is not the
		// subject, nor is anything after it: the loop stops there, where
		// it went on to m (the clause's end when no verb was found) to
		// skip each word, about 0.1 M of BenchmarkExtract's 108 M
		if t := &d.toks[k]; t.kind == tWord && t.is(fPrep) && t.low != "of" && k > cs {
			break
		}
		mi := d.mentAt[k]
		if mi < 0 || d.ments[mi].actor == "" || d.ments[mi].i != k {
			continue
		}
		mm := d.ments[mi]
		// "American HIMARS", "U.S. cluster munitions": the weapon's maker, not the subject;
		// "Velland's drones" are Velland's own
		// "government artillery", "army drones": an organ's arms are
		// its state's own. Other arms are their party's when a party to
		// the dispute or a state speaks of the other's (partyArms), and
		// "artillery" after a demonym whenever a state speaks of it: it is
		// the state's arm of gunners, as "Ruvanian troops" are its men,
		// where drones or jets may be named by their maker ("American
		// drones"); a charity's account of them is no charge
		if mm.j < len(d.toks) && mm.j < m && d.toks[mm.j].is(fWeapon) && !possessive(d.toks[mm.j-1].low) &&
			!(stateHands[d.toks[mm.j].low] && d.toks[mm.j-1].is(fOrgan)) {
			if !d.partyArms(mm.actor, a.spk.side) && !(mm.demonym && d.toks[mm.j].low == "artillery" && d.isState(a.spk.side)) && !d.organArm(mm, a.spk.side) {
				continue
			}
			if !d.armsActive(k, m, ce, true) {
				continue
			}
			d.armsSubj = true
		}
		if !slices.Contains(subjects, mm.actor) {
			subjects = append(subjects, mm.actor)
		}
	}
	if len(subjects) < 2 {
		for k := cs; k < m && k < cs+3; k++ {
			if d.toks[k].low == "both" && k+1 < m && pairNouns[d.toks[k+1].low] {
				subjects = d.bothPair(k+1, k+2)
				break
			}
		}
	}
	if len(subjects) == 0 && cs < m {
		w := d.toks[cs].low
		if j := strings.IndexByte(w, '\''); j > 0 {
			w = w[:j]
		}
		switch {
		case d.toks[cs].is(fFirstPerson) || w == "we" || w == "i":
			first = true
		case (w == "his" || w == "her") && a.spk.person != nil && !d.toks[cs].inQ && d.ownState(cs+1, m) && !d.otherPerson(a.npE, cs),
			(w == "his" || w == "her") && a.spk.person != nil && a.spk.side != "" && !d.toks[cs].inQ && cs+1 < m && d.ownPeople(cs+1) && !d.otherPerson(a.npE, cs),
			w == "its" && a.spk.inst && d.ownState(cs+1, m):
			// reported speech: "Oren denied that his country's troops …"
			first = true
		case w == "it" && a.spk.inst:
			// "the mission said it was still gathering evidence": the
			// body itself, not the last party named, even with no side
			if a.spk.side != "" {
				subjects = append(buf[:0], a.spk.side)
			}
		case w == "they" && d.theyAreSpeaker(a, cs, ce):
			// "Police said they had opened a criminal investigation":
			// the speakers' own act, not the last party named
			first = true
		case w == "they" || w == "them" || w == "it":
			if act := d.lastOther(cs, a.spk.side); act != "" {
				subjects = append(buf[:0], act)
			}
		case w == "the" && cs+1 < m && (d.toks[cs+1].low == "latter" || d.toks[cs+1].low == "former"):
			if act := d.lastOther(cs, ""); act != "" {
				subjects = append(buf[:0], act)
			}
		case w == "the" && cs+2 < m && d.toks[cs+1].low == "other" && (d.toks[cs+2].low == "side" || d.toks[cs+2].low == "party"):
			for _, act := range d.salientPair() {
				if act != a.spk.side {
					subjects = append(buf[:0], act)
					break
				}
			}
		}
	}
	if len(subjects) == 0 && !first && m > cs && m-cs <= 3 {
		// "the ministry said the rebels had laid the mine": an armed
		// group described by its noun is the one the article names
		if act := d.armedSubject(cs, m); act != "" && act != a.spk.side && d.culpAfter(m, ce) {
			subjects = append(buf[:0], act)
		}
	}
	if len(subjects) == 0 && !first {
		// "three drones launched from Kessinian territory had hit the
		// hall", "the shells had come from Kessin's positions": the
		// weapon is the party's it came from. A weapon launched or fired
		// is harm, whatever the verb; "the tanks had come from Kessinian
		// factories" is only if a verb of the clause does harm
		if act, fired := d.weaponFrom(cs, ce); act != "" && d.partyArms(act, a.spk.side) && d.armsActive(cs, m, ce, !fired) {
			subjects = d.armsOf(buf[:0], act)
			d.harmHint = d.harmHint || fired
		}
	}
	if len(subjects) == 0 && !first && m-cs >= 3 && m < ce {
		// "three men in Kessinian uniform had thrown fuel bottles": the
		// uniform's party, when it is the other of the pair
		for k := cs + 1; k+2 < m && k < cs+8; k++ {
			if u := d.toks[k+2].low; d.toks[k].low == "in" && (u == "uniform" || u == "uniforms") {
				if act := d.actorIn(k+1, k+2); act != "" && d.partyArms(act, a.spk.side) && d.armsActive(k, m, ce, true) {
					subjects = d.armsOf(buf[:0], act)
				}
				break
			}
		}
	}
	if len(subjects) == 0 && !first {
		// "a team of saboteurs sent by Kessin's intelligence had blown
		// up the bridge": whoever sent the doers of the harm
		if act := d.sentBy(cs, m, ce); act != "" && d.partyArms(act, a.spk.side) {
			subjects = d.armsOf(buf[:0], act)
		}
	}
	if len(subjects) == 0 && !first && m-2 >= cs && d.toks[m-2].low == "the" && vesselNounsF.has(vesselNouns, d.toks[m-1].low) {
		// "the trawler had rammed the patrol boat" after "a Norvan
		// fishing trawler": the vessel acts for its owner
		if act := d.vesselOwner(m - 1); act != "" {
			subjects = append(buf[:0], act)
		}
	}
	// "the party that violates the agreement is Israel": a harmful
	// description identified with an actor
	if m < ce && d.toks[m].lemma() == "be" && m+1 < ce {
		harm := false
		for k := cs; k < m; k++ {
			// "the side that shells …": a relative clause's verb counts in
			// any form
			if d.toks[k].is(fCulp) || k > cs && d.toks[k-1].is(fRel) && lexicon[pastOf(d.toks[k].lemma())]&fCulp != 0 {
				harm = true
			}
		}
		if act := d.actorIn(m+1, min(ce, m+3)); harm && act != "" {
			d.harmHint = true
			return d.keepStrs(act), m, false
		}
	}
	// a culprit named by a blame predicate: "Russia is responsible",
	// "responsibility lies with the Kyiv regime"
	if len(subjects) == 0 && !first {
		if act := d.culprit(cs, ce); act != "" {
			subjects = append(buf[:0], act)
		} else if g := d.describedAuthor(cs, ce); g != "" && a.spk.side != "" {
			// "the kidnapping was the work of a criminal gang": a group
			// the speaker describes, only from a party to the dispute
			// (whom an unplaced speaker speaks for the article has not
			// said, and a guess makes a charge by the wrong accuser)
			subjects = append(buf[:0], g)
		}
	}
	// a passive agent after a harmful act: "killed by Russian forces"
	if len(subjects) == 0 || first {
		for k := cs; k+1 < ce; k++ {
			if d.toks[k].low != "by" {
				continue
			}
			covert := a.spk.side != "" && d.covertAgent(cs, k+1, ce)
			if d.toks[k].inQ != d.toks[cs].inQ && !covert {
				// a quoted fragment's agent is the fragment's, but a
				// state's spies stay the doer the speaker names ("had
				// been \"tasked and paid by Kessian military
				// intelligence\"")
				continue
			}
			harm, event, caused := false, false, false
			for b := k - 1; b >= cs && b >= k-6; b-- {
				// "killed by", "an explosion caused by"
				if d.toks[b].is(fCulp) || eventHeads[d.toks[b].low] != "" || d.toks[b].is(fPlace) && d.placedWeapon(b, cs, ce) {
					harm = true
				}
				if eventNouns[d.toks[b].low] || eventHeads[d.toks[b].low] != "" {
					event = true
				}
			}
			if !harm && d.causedHarm(k, cs) {
				// "the contamination had been caused by X": a harm no
				// event word names, put on its cause, which is the charge
				harm, caused = true, true
			}
			if !harm && d.executedBy(k, cs) {
				// "the attack on the depot was carried out by X": the
				// event noun further back, its doer after "by"
				harm, event = true, true
			}
			if !harm && covert {
				// "scenes arranged by the Kessian secret police", "tasks
				// set by Kessian military intelligence": whatever a
				// state's spies are said to have done, the saying is
				// the charge, however plain the verb
				harm, caused = true, true
			}
			if !harm {
				continue
			}
			if act := d.actorIn(k+1, min(ce, k+4)); act != "" {
				subjects = append(buf[:0], act)
				first = false
				d.agentEvent = event
				d.harmHint = d.harmHint || caused
				break
			}
			if g := d.describedDoer(k+1, ce); g != "" && a.spk.side != "" && d.doneBy(k, cs) {
				// "the spill was caused by illegal miners who …", "the
				// bomb had been planted by a smuggling network": a group
				// the speaker describes and does not name
				subjects = append(buf[:0], g)
				first = false
				d.agentEvent = event
				d.harmHint = d.harmHint || caused
				break
			}
			// "hit by a missile launched from Kessin's side of the
			// river": the weapon's party, where it came from
			if act, _ := d.weaponFrom(k+1, ce); act != "" && d.partyArms(act, a.spk.side) {
				subjects = d.armsOf(buf[:0], act)
				first = false
				break
			}
		}
	}
	if len(subjects) == 0 && a.spk.side != "" {
		// "accusing him of running a network that passed details to
		// Kessian military intelligence": the spies' state is charged
		if st := d.covertServed(cs, ce); st != "" {
			subjects = append(buf[:0], st)
			d.harmHint = true
		}
	}
	return d.keepStrs(subjects...), m, first
}

// organArm reports whether the weapon after mention mm is a state's
// arm named by its organ, "an army drone fired", "hit by a government
// missile", spoken of by another side: the organ's noun leaves no maker
// to read, so no pair need be known yet (a lead's "the movement says an
// army drone …" comes before the article names both sides), only that a
// third party reporting both sides' arms is no accuser.
func (d *docState) organArm(mm mention, side string) bool {
	if side == "" || side == mm.actor || !d.toks[mm.j-1].is(fOrgan) {
		return false
	}
	pair := d.salientPair()
	return len(pair) < 2 || slices.Contains(pair, side) || d.isState(side)
}

// armsOf makes act, the party whose arms or agents a clause's subject
// names, its one subject in buf (the caller's empty list) and marks the
// claim's subject as named by its arms (armsSubj).
func (d *docState) armsOf(buf []string, act string) []string {
	d.armsSubj = true
	return append(buf, act)
}

// armsActive reports whether the clause whose subject names a party's
// arms at k goes on with an active verb: "Kessinian tanks had been
// destroyed by Dorvian artillery", "a man in Kessinian uniform had been
// shot by a sniper" make the arms the victim, not the doer. The verb
// group is the first auxiliary after k, before any relative clause
// ("jets bombed a hospital that had been …" is the relative's), else the
// clause's first verb m; a form of "be" in it that is no progressive
// ("were shelling") is passive or a copula. With harm set the verb must
// do harm; a weapon's "had come from" says where from, the harm being
// the event's.
func (d *docState) armsActive(k, m, ce int, harm bool) bool {
	g := m
	for j := k + 1; j < ce && j < k+12; j++ {
		t := &d.toks[j]
		if t.kind != tWord || t.is(fRel) {
			break
		}
		if t.is(fAux) {
			g = j
			break
		}
	}
	for j := g; j < ce && j < g+4; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			return true
		}
		if passiveAux[t.low] {
			return j+1 < ce && strings.HasSuffix(d.toks[j+1].low, "ing")
		}
		if !t.is(fAux | fAdv) {
			return !harm || d.harmFrom(j, ce)
		}
	}
	return false
}

// harmFrom reports whether the predicate [j, ce) does harm, in its verb
// or a verb coordinated with it ("had crossed the barrier, broken a
// window and thrown fuel bottles"), as sentBy asks: "Kessinian tanks had
// withdrawn from the border", "soldiers in Kessinian uniform had crossed
// the bridge" tell of the arms, they charge no one. The clause may end
// at the comma before the coordinated verbs: the sentence's end bounds
// the look.
func (d *docState) harmFrom(j, ce int) bool {
	for end := j + 30; j < len(d.toks) && j < end; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			if j >= ce && isEnd(t) {
				return false
			}
			continue
		}
		if t.harms() ||
			j+1 < ce && d.toks[j+1].low == "fire" && (setForm(t.low) || strings.HasPrefix(t.low, "open")) {
			return true
		}
	}
	return false
}

// ownThing reports whether the phrase at k is the doer's own thing,
// "their own fields", "his own car": setting fire to it harms no one
// else ("farmers had set fire to their own fields to clear stubble").
func (d *docState) ownThing(k, ce int) bool {
	if k+1 >= ce || d.toks[k+1].low != "own" {
		return false
	}
	switch d.toks[k].low {
	case "their", "his", "her", "its", "our", "my":
		return true
	}
	return false
}

// partyArms reports whether an actor named before a weapon in a
// clause's subject ("Ruvanian artillery fired", "a Kesmeti missile
// battery had fired on the airliner") is one of the two parties the
// article is about, the speaker's side being the other: then the weapon
// is that party's in its hands, the charge the speaker makes, where a maker's
// adjective ("American rockets" in a war between two others) names a
// state outside the pair.
func (d *docState) partyArms(actor, side string) bool {
	if side == "" || actor == side {
		return false
	}
	pair := d.salientPair()
	// a monitor's or an analyst's account of the other's arms is a
	// report, not a charge: only a party to the dispute, or a state,
	// accuses by it
	return slices.Contains(pair, actor) && (slices.Contains(pair, side) || d.isState(side))
}

// weaponFrom reads a phrase at i that names a weapon and where it came
// from, "a missile launched from Kessin's side of the river", "three
// drones fired from Kessinian territory", "the shells had come from
// Kessinian positions", and returns the actor named after "from", or
// "", and whether the weapon was launched or fired from there.
func (d *docState) weaponFrom(i, hi int) (string, bool) {
	w, k := -1, i
	for ; k < hi && k < i+5; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			return "", false
		}
		if t.is(fWeapon) {
			w = k
		} else if w >= 0 {
			break
		} else if t.is(fAux | fVerb) {
			return "", false // "radar had tracked the drone from …": the weapon is no subject
		}
	}
	if w < 0 {
		return "", false
	}
	fired := false
	for n := 0; k < hi && n < 3 && (d.toks[k].is(fAux) || cameFrom[d.toks[k].low]); n++ {
		// a projectile that came from somewhere was fired from there ("the
		// shells had come from Kessinian positions"); a tank or a jet that
		// came from a factory was not
		fired = fired || d.toks[k].low == "launched" || d.toks[k].low == "fired" || projectiles[d.toks[w].low]
		k++ // "launched", "had come"
	}
	if k >= hi || d.toks[k].low != "from" {
		return "", false
	}
	return d.actorIn(k+1, min(hi, k+4)), fired
}

// projectiles are the weapons that are fired: where one came from is
// where it was fired from.
var projectiles = map[string]bool{
	"shell": true, "shells": true, "rocket": true, "rockets": true, "missile": true, "missiles": true,
	"bullet": true, "bullets": true, "round": true, "rounds": true, "bomb": true, "bombs": true,
	"grenade": true, "grenades": true,
}

// cameFrom are the verbs between a weapon and "from" that say where it
// was fired: "a missile launched from", "shells that came from".
var cameFrom = map[string]bool{
	"launched": true, "fired": true, "flown": true, "sent": true, "come": true, "came": true,
}

// sentBy reads a subject's participle at or before m that says who sent its people,
// "saboteurs sent by Kessin's military intelligence", "gunmen hired by
// X", and returns the actor named after "by" when the clause's verb
// after that phrase does harm ("had blown up the bridge"), else "".
func (d *docState) sentBy(cs, m, ce int) string {
	// the participle is the clause's first verb, or a word before it
	// when the lexicon does not take it for one ("saboteurs hired by");
	// "by" is looked for first, a compare where the participles were a
	// map probe per word of every clause
	j := -1
	for k := min(m+1, ce-2); k > cs+1 && m-k < 8; k-- {
		if t := &d.toks[k]; len(t.low) == 2 && t.low == "by" {
			j = k - 1
			break
		}
	}
	if j <= cs || !sentVerbs[d.toks[j].low] {
		return ""
	}
	act, k := "", j+2
	for ; k < ce && k < j+8; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.is(fAux) {
			break
		}
		if mi := d.mentAt[k]; act == "" && mi >= 0 && d.ments[mi].actor != "" {
			act = d.ments[mi].actor
		}
	}
	if act == "" || !d.harmAfter(k, ce) {
		return ""
	}
	return act
}

// sentVerbs are the participles that name who sent, paid or ran the
// people of a clause's subject: "saboteurs sent by", "gunmen hired by".
var sentVerbs = map[string]bool{
	"sent": true, "hired": true, "paid": true, "directed": true, "run": true, "recruited": true, "trained": true, "dispatched": true,
}

// sideCharged reports whether a claim so far is side's accusation of
// accused on one of topics (any, when either names none, and any strike
// after a charge of breaking a truce): "Dorvia accused Kessin of rigging
// the tariff talks" is no charge of the bombing of a hospital told after
// it.
func (d *docState) sideCharged(side, accused string, topics []string) bool {
	for i := range d.claims {
		p := &d.claims[i]
		if c := &p.c; c.Kind == graph.KindAccusation && c.Side == side && c.Subject == accused {
			if len(topics) == 0 || len(p.topics) == 0 {
				return true
			}
			for _, t := range p.topics {
				// a charge of breaking a truce is carried out by any
				// strike the account tells of
				if slices.Contains(topics, t) || strings.Contains(t, "ceasefire") || strings.Contains(t, "truce") {
					return true
				}
			}
		}
	}
	return false
}

// armedSubject reads a clause's subject [cs, m) that describes an armed
// group by a plural noun, "[the] [separatist] rebels", "Orm gunmen", and
// returns the one armed organisation the article names that it refers
// to: the one whose name holds the place it names ("Orm gunmen": the
// Orm Liberation Front), else the one it calls by that noun or whose
// name is an armed movement's; "" when none or more than one (two rebel
// groups named: nothing).
func (d *docState) armedSubject(cs, m int) string {
	n := m - 1
	t := &d.toks[n]
	noun := armedDescr[t.low]
	if n > cs && groupHands[t.low] && !d.toks[n-1].cap && armedDescr[d.toks[n-1].low] != "" {
		// "rebel units", "the separatist gunners": the group's hands,
		// described by the group's noun before them
		noun = armedDescr[d.toks[n-1].low]
	} else if t.kind != tWord || t.cap || !(t.low == "gunmen" || t.low == "militiamen" || noun != "" && strings.HasSuffix(t.low, "s")) {
		return ""
	}
	place := ""
	for k := cs; k < n; k++ {
		w := &d.toks[k]
		switch {
		case k == cs && w.low == "the":
		case w.kind == tWord && w.cap && place == "" && (d.mentAt[k] < 0 || d.ments[d.mentAt[k]].actor == ""):
			place = d.str[w.s:w.e]
		case unknownArmed[w.low]:
			return "" // "two gunmen", "unidentified militants": no group's
		case premodifier(w) || armedDescr[w.low] != "":
		default:
			return ""
		}
	}
	if place == "" && t.low == "gunmen" {
		return "" // "gunmen" alone are attackers no one has named
	}
	if place != "" {
		d.noteArmedPlace(place)
		if o := d.describedPlaceOrg(place); o != nil {
			return o.name
		}
		return ""
	}
	var named, movement *openActor
	nNamed, nMovement := 0, 0
	for _, o := range d.open {
		if o.state || o.owner != "" {
			continue
		}
		if noun != "" && (o.head == t.low || slices.Contains(o.descr, noun)) {
			named, nNamed = o, nNamed+1
		}
		if armedName(o) {
			movement, nMovement = o, nMovement+1
		}
	}
	switch {
	case nNamed == 1:
		return named.name
	case nNamed == 0 && nMovement == 1:
		return movement.name
	case nNamed == 0 && nMovement == 0:
		if o := d.armedPlaceOrg(); o != nil {
			return o.name
		}
	}
	return ""
}

// groupHands are an armed group's people and arms named after the
// group's noun as an adjective: "rebel units had shelled", "militia
// gunners fired"; the group acts through them as a state through its
// hands (stateHands).
var groupHands = map[string]bool{"units": true, "gunners": true, "guards": true, "commanders": true,
	"snipers": true, "forces": true, "troops": true, "mortars": true, "artillery": true}

// unknownArmed are words before an armed noun that leave its people
// unidentified or counted, not the group: "two gunmen", "unidentified
// militants".
var unknownArmed = map[string]bool{
	"two": true, "three": true, "four": true, "several": true, "some": true, "many": true, "few": true,
	"unidentified": true, "unknown": true, "suspected": true, "masked": true, "armed": true, "other": true,
}

// armedPlaceOrg returns the one organisation whose name holds the place
// the article's armed descriptions named before ("separatist fighters in
// the breakaway Orm region", "Orm gunmen": armedPlace), which "the
// rebels" then refers back to; nil when they named none, or two places.
func (d *docState) armedPlaceOrg() *openActor {
	if d.armedPlace == "" || d.armedPlace == "\x00" {
		return nil
	}
	return d.describedPlaceOrg(d.armedPlace)
}

// noteArmedPlace records the place an armed description names
// (armedPlaceOrg); a second place makes it none.
func (d *docState) noteArmedPlace(place string) {
	switch d.armedPlace {
	case "":
		d.armedPlace = place
	case place:
	default:
		d.armedPlace = "\x00"
	}
}

// culpAfter reports whether a past act or a verb of harm opens the
// predicate at m ("had laid", "shelled", "are firing on"): what an
// armed group's description is the subject of in a charge, not in a
// remark ("the rebels know …").
func (d *docState) culpAfter(m, ce int) bool { return d.actOpens(m, ce, true) }

// actOpens reports whether a verb of harm, or with past any past verb,
// opens the predicate at m within three tokens, past auxiliaries and
// adverbs.
func (d *docState) actOpens(m, ce int, past bool) bool {
	for k := m; k < ce && k < m+3; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			return false
		}
		if t.harms() && !t.is(fAux) || past && t.is(fPast) && !t.is(fAux) {
			return true
		}
		if !t.is(fAux | fAdv) {
			return false
		}
	}
	return false
}

// executorVerbs carry out an event whose noun is their subject:
// "carried out", "perpetrated", "staged", "ordered".
var executorVerbs = map[string]bool{
	"carried": true, "perpetrated": true, "committed": true, "staged": true, "orchestrated": true,
	"ordered": true, "masterminded": true, "launched": true, "conducted": true, "planned": true,
}

// executedBy reports whether "by" at k follows an executor verb
// ("carried out by", "staged by") whose subject, in [cs, k), is an
// event noun ("the attack on the depot", "the bombing").
func (d *docState) executedBy(k, cs int) bool {
	v := k - 1
	if v > cs && d.toks[v].low == "out" {
		v--
	}
	if v <= cs || !executorVerbs[d.toks[v].low] {
		return false
	}
	for b := cs; b < v; b++ {
		if eventHeads[d.toks[b].low] != "" || eventNouns[d.toks[b].low] {
			return true
		}
	}
	return false
}

// causeVerbs are the verbs before "by" that put an act on its doer
// beside the harm verbs: "the fire had been started by …", "the
// attack was claimed by …".
var causeVerbs = map[string]bool{
	"caused": true, "started": true, "set": true, "lit": true, "triggered": true, "sparked": true, "claimed": true,
}

// doneBy reports whether the "by" at k names who did the act: its verb
// is one of harm, of placing a weapon, of causing or of carrying out
// ("killed by", "planted by", "caused by", "carried out by"), or an
// act's noun stands before it ("sabotage by"). A harm further back in
// the clause makes no doer of those who filmed, investigated, treated
// or put out what happened ("the explosion was filmed by passing
// motorists", "the fire was put out by volunteer firefighters").
func (d *docState) doneBy(k, cs int) bool {
	b := k - 1
	if b <= cs {
		return false
	}
	t := &d.toks[b]
	return t.is(fCulp) || causeVerbs[t.low] || eventHeads[t.low] != "" || eventNouns[t.low] ||
		t.is(fPlace) && d.placedWeapon(b, cs, k) || d.executedBy(k, cs)
}

// knewFault reports whether the main verb v is "know" told as guilty
// knowledge of a past wrong: "knew" or a perfect "known" ("They knew.",
// "had known for months that …"). A passive ("is known as", "was known
// for") describes, and knowing how, nothing or little is no charge. The
// present ("Y knows this perfectly well") says Y knows the speaker is
// right, a charge of bad faith rather than of the wrong itself: left.
func (d *docState) knewFault(v, ce int) bool {
	t := &d.toks[v]
	if t.lemma() != "know" || v > 0 && (d.toks[v-1].lemma() == "be" || d.toks[v-1].is(fNeg)) {
		return false
	}
	next := ""
	if v+1 < ce {
		next = d.toks[v+1].low
	}
	switch next {
	case "how", "nothing", "little", "of", "what", "whether", "if", "who":
		return false
	}
	if d.knownThing(v+1, ce) {
		return false
	}
	switch t.low {
	case "knew":
		return true
	case "known":
		return v > 0 && (d.toks[v-1].low == "had" || d.toks[v-1].low == "has" || d.toks[v-1].low == "have")
	}
	return false
}

// knownThing reports whether the words from k, to ce, after "knew" or
// "known" are only its object, a person, a place or a thing known
// ("knew her from university", "knew the region and its fishermen
// well", "had known peace for forty years"), and no clause of what was
// known ("knew the dam was leaking", "knew we were coming"): knowing
// someone or something is no knowledge of a wrong. "It", "this" and
// "that" refer to the wrong ("They knew it.").
func (d *docState) knownThing(k, ce int) bool {
	if k >= ce {
		return false
	}
	if t := &d.toks[k]; t.kind != tWord || t.is(fPrep|fAdv|fRel|fSubord|fConj|fNeg) {
		return false // "knew.", "knew about", "knew exactly", "knew which"
	}
	switch d.toks[k].low {
	case "it", "this", "that", "all", "so", "full":
		return false
	}
	for j := k; j < ce && j < k+6; j++ {
		u := &d.toks[j]
		if u.is(fAux) || j > k && u.kind == tWord && (strings.HasSuffix(u.low, "ed") || pastIrregular(u.low)) {
			return false // the object is the subject of a clause
		}
		if u.kind == tPunct && u.low == "-" {
			continue // "a red-flag warning"
		}
		if u.kind != tWord || u.is(fPrep|fConj|fAdv|fSubord|fRel) {
			break
		}
	}
	return true
}

// causedHarm reports whether the "by" at k follows "caused" and a harm
// noun (harmNouns: "contamination", "deaths", "flooding") opens the
// clause from cs before it: "the flooding was caused by …". Causes of
// other things ("the delay was caused by …") are no charge.
func (d *docState) causedHarm(k, cs int) bool {
	if k-1 <= cs || d.toks[k-1].low != "caused" {
		return false
	}
	for b := cs; b < k-1 && b < cs+4; b++ {
		if harmNouns[d.toks[b].low] {
			return true
		}
	}
	return false
}

// placedWeapon reports whether token k, a form of a verb that puts a
// weapon where it goes off later (fPlace: "laid", "planted", "sown"),
// places a weapon named within four tokens of it inside [lo, hi): its
// object ("laid a belt of mines") or, in the passive, its subject ("the
// mine was planted by"). Planting trees or sowing wheat harms no one. A
// single "mine" or "device" is a weapon only so placed, never a weapon
// word by itself.
func (d *docState) placedWeapon(k, lo, hi int) bool {
	if !d.toks[k].is(fPlace) {
		return false
	}
	for j := max(lo, k-4); j < hi && j <= k+4; j++ {
		if t := &d.toks[j]; j != k && (t.is(fWeapon) || t.low == "mine" || t.low == "explosive" || t.low == "device") {
			return true
		}
	}
	return false
}

// ownStateWords after "his", "her" or "its" in reported speech name the
// speaker's own state: "his country's troops", "its own forces".
var ownStateWords = map[string]bool{
	"country": true, "country's": true, "countrys": true, "nation": true, "nation's": true, "own": true,
	"government": true, "government's": true,
}

// crewNouns are the people who work for a body besides its members
// (memberNouns): "her pilots", "his crew".
var crewNouns = map[string]bool{
	"pilots": true, "crew": true, "crews": true, "soldiers": true, "troops": true, "guards": true,
	"drivers": true, "nurses": true, "doctors": true, "inspectors": true, "controllers": true,
}

// ownPeople reports whether the token k (after "his" or "her" in an
// officer's words) names the people of the body the officer speaks for:
// "the chief executive said her pilots did nothing wrong" is the
// airline's own denial, as "the airline's pilots" is.
func (d *docState) ownPeople(k int) bool {
	w := d.toks[k].low
	return crewNouns[w] || memberNouns[w]
}

// ownState reports whether tokens [i, j) (a subject after "his") hold one
// of ownStateWords.
func (d *docState) ownState(i, j int) bool {
	for k := i; k < j && k < i+3; k++ {
		if ownStateWords[d.toks[k].low] {
			return true
		}
	}
	return false
}

// otherPerson reports whether tokens [i, j) name someone "his" or "her"
// could refer to instead of the speaker: a role word or a capitalised
// word that is no actor.
func (d *docState) otherPerson(i, j int) bool {
	for k := max(i, 0); k < j; k++ {
		t := &d.toks[k]
		if t.kind == tWord && (t.is(fRole) || t.cap && d.mentAt[k] < 0) {
			return true
		}
	}
	return false
}

// dismissedClause finds, for a dismissal ("… called them nonsense"), the
// clause its pronoun stands for: a that-clause after a blame noun before
// the speaker ("Asked about reports that X …, Marek called them lies").
// It returns the clause's first token and end, or -1.
func (d *docState) dismissedClause(a *att) (int, int) {
	if !a.dismiss || a.npS <= 0 {
		return -1, -1
	}
	lo := a.npS - 1
	for lo > 0 && !isEnd(&d.toks[lo-1]) && a.npS-lo < maxSentTokens {
		lo--
	}
	for k := lo + 1; k < a.npS; k++ {
		if d.toks[k].low != "that" || d.toks[k].inQ || !blameObjects[d.toks[k-1].low] || d.toks[k-1].is(fPron) {
			continue
		}
		end := d.clauseEnd(k+1, a.npS)
		if end > k+2 {
			return k + 1, end
		}
	}
	return -1, -1
}

// falseWords call a claim untrue: "… is false", "… was baseless".
var falseWords = map[string]bool{
	"false": true, "untrue": true, "baseless": true, "groundless": true, "unfounded": true,
	"wrong": true, "fabricated": true, "lie": true, "lies": true, "fabrication": true, "nonsense": true,
}

// falseClaim reads content [cs, ce) that calls a claim untrue: a claim's
// noun among its first four words ("Ostmark's claim", "the
// accusations"), its that-clause of two words or more, then "is",
// "was", "are" or "were" before any comma or quoted word and, within
// three words, a word that calls it untrue
// (falseWords: "false", "a lie"; or a dismissal: "absurd"). It returns
// the that-clause, from after "that" to the verb, or -1, -1.
func (d *docState) falseClaim(cs, ce int) (int, int) {
	th := -1
	for k := cs; k < ce && k <= cs+3; k++ {
		if k+1 < ce && d.toks[k+1].low == "that" && claimNouns[d.toks[k].low] {
			th = k + 2
			break
		}
	}
	if th < 0 {
		return -1, -1
	}
	for k := th + 2; k+1 < ce; k++ {
		t := &d.toks[k]
		if t.low == "," || t.inQ {
			return -1, -1
		}
		if t.low != "is" && t.low != "was" && t.low != "are" && t.low != "were" {
			continue
		}
		for j := k + 1; j < ce && j <= k+3; j++ {
			if w := &d.toks[j]; falseWords[w.low] || w.is(fDismiss) {
				return th, k
			}
		}
		// "Tarnovia's claim that the rifles were hidden aboard was “an
		// insult to anyone who can read a cargo manifest”": a charge given a
		// quoted verdict is called untrue whatever the words, as
		// chargeVerdict reads "called the claim “…”"; not a "statement"
		// or "a claim", which may be the speaker's own
		q := k + 1
		if q+1 < ce && d.toks[q].is(fAdv) {
			q++ // "was simply “a lie”"
		}
		if d.toks[q].kind == tQuote && d.toks[q].open && verdictNouns[d.toks[th-2].low] && (th < 3 || d.toks[th-3].low != "a" && d.toks[th-3].low != "an") {
			return th, k
		}
	}
	return -1, -1
}

// lastOther returns the most recently named actor other than side:
// first in the current sentence before position k, then earlier.
func (d *docState) lastOther(k int, side string) string {
	for j := k - 1; j >= 0; j-- {
		if m := d.mentAt[j]; m >= 0 && d.ments[m].actor != "" && d.ments[m].actor != side {
			return d.ments[m].actor
		}
	}
	for j := len(d.recent) - 1; j >= 0; j-- {
		if d.recent[j] != side {
			return d.recent[j]
		}
	}
	return ""
}

// startVerb reports whether w begins an act: "started the fire",
// "began the fighting".
func startVerb(w string) bool {
	switch w {
	case "start", "started", "starts", "starting", "began", "begun", "begin", "begins":
		return true
	}
	return false
}

// startsHarm reports whether a harmful event is named within the three
// words from k ("the fire", "the fighting", "this war"): what a party is
// said to have started.
func (d *docState) startsHarm(k, ce int) bool {
	for j := k; j < ce && j < k+3; j++ {
		t := &d.toks[j]
		switch t.low {
		case "fire", "fires", "fighting", "war", "violence", "clashes", "riot", "riots", "blaze", "shooting":
			return true
		}
		if t.flags&fEvent != 0 && t.eventHead() != "" {
			return true
		}
		if !t.is(fDet) && t.kind == tWord && j > k {
			return false
		}
	}
	return false
}

// turnedBack reports whether the clause whose subject ends at npEnd and
// whose main verb is v turns a charge back on its subject: "accuse us of
// what they do" (an accusation verb on the speaker's own side, then "of
// what"), or an emphatic reflexive after the subject ("had itself
// funded").
func (d *docState) turnedBack(npEnd, v, ce int) bool {
	if v < 0 {
		return false
	}
	for k := max(npEnd-1, 1); k < ce && k <= v+1; k++ {
		// right after the subject or an auxiliary ("Ostmark itself had
		// funded", "had itself spent"), not a verb's object ("found
		// itself isolated"), nor on a victim ("Ostmark itself had been
		// hit"); the flag first: reflexives stand for a noun (fNoNoun)
		if t := &d.toks[k]; t.flags&fNoNoun != 0 && (t.low == "itself" || t.low == "themselves") && (k <= npEnd || d.toks[k-1].is(fAux)) {
			return d.toks[v].lemma() != "be" && !d.passive(v)
		}
	}
	if l := d.toks[v].low; v+3 < ce && (strings.HasPrefix(l, "accus") || strings.HasPrefix(l, "blam")) {
		o := d.toks[v+1].low
		return (o == "us" || o == "me") && (d.toks[v+2].low == "of" || d.toks[v+2].low == "for") && d.toks[v+3].low == "what"
	}
	return false
}

// warnVerb reports whether w tells someone of a danger or a fault:
// "reported the faults to", "warned the council".
func warnVerb(w string) bool {
	switch w {
	case "reported", "complained", "warned", "told", "wrote", "alerted", "raised":
		return true
	}
	return false
}

// warnedParty reports whether the verb at v is "warned" or "told" in
// the passive with what the warning said after it ("had been warned
// again and again that …", "was told three times this spring that …",
// "were warned about the weld"), not an order ("was told to leave") nor
// a warning of what will come ("was warned that Velland would …").
func (d *docState) warnedParty(v, ce int) bool {
	toks := d.toks
	if w := toks[v].low; w != "warned" && w != "told" && w != "alerted" || !d.passive(v) {
		return false
	}
	for k := v + 1; k < ce && k <= v+8; k++ {
		switch toks[k].low {
		case "to":
			// "alerted to the cracks", not "told to leave"
			return k+1 < ce && toks[k+1].is(fDet) && !toks[k+1].is(fPron)
		case "by":
			return false
		case "about", "of":
			return true
		case "that":
			return !d.warningAhead(k, ce)
		}
		if toks[k].kind == tPunct && toks[k].low != "," {
			return false
		}
	}
	return false
}

// warningAhead reports whether the "that" clause at k warns of what will
// come, a future or a modal within its first six words ("that Velland
// would respond"): a threat, not a fault already done.
func (d *docState) warningAhead(k, ce int) bool {
	for j := k + 1; j < ce && j <= k+6; j++ {
		if d.toks[j].is(fFuture | fModal) {
			return true
		}
	}
	return false
}

// warnedOther returns the party the active "warned" or "has been
// warning" at v names as its object, when what it was warned of follows
// ("that …", "about …", "of …") and is no warning of what will come
// ("warned Velland that it would respond" is a threat), or "".
func (d *docState) warnedOther(v, ce int) string {
	toks := d.toks
	if w := toks[v].low; w != "warned" && w != "warning" || w == "warned" && d.passive(v) {
		return ""
	}
	r := d.actorIn(v+1, min(ce, v+5))
	if r == "" {
		return ""
	}
	for k := v + 2; k < ce && k <= v+10; k++ {
		switch toks[k].low {
		case "about", "of":
			return r
		case "that":
			if d.warningAhead(k, ce) {
				return ""
			}
			return r
		}
		if toks[k].kind == tPunct && toks[k].low != "," || toks[k].is(fConj|fRel) || toks[k].low == "to" {
			return ""
		}
	}
	return ""
}

// ignoredBy returns the party told by the warning verb at v ("reported
// the faults to the council", "warned the council") when the clause
// [v, ce) goes on to say the warning was ignored ("and were ignored",
// "but was ignored"), or "".
func (d *docState) ignoredBy(v, ce int) string {
	for k := v + 2; k < ce && k <= v+16; k++ {
		t := &d.toks[k]
		if t.low != "ignored" && t.low != "rebuffed" && t.low != "dismissed" || !d.toks[k-1].is(fAux) {
			continue
		}
		if w := d.toks[v].low; w == "warned" || w == "told" || w == "alerted" {
			return d.actorIn(v+1, min(k, v+4))
		}
		for j := v + 1; j < k-1; j++ {
			if d.toks[j].low == "to" {
				return d.actorIn(j+1, min(k, j+4))
			}
		}
		return ""
	}
	return ""
}

// traceVerb reports whether w ties an act to who did it: "traced the
// attack to X".
func traceVerb(w string) bool {
	switch w {
	case "trace", "traces", "traced", "tracing", "link", "links", "linked", "linking":
		return true
	}
	return false
}

// tracedTo returns the parties named after the "to" of "traced (linked)
// the attack to X" at the verb v, within a few words and the clause
// [v, ce), or nil.
func (d *docState) tracedTo(v, ce int) []string {
	for r := v + 2; r < ce && r <= v+10; r++ {
		t := &d.toks[r]
		if t.low == "to" {
			return d.actorsIn(r+1, min(ce, r+8))
		}
		if t.kind != tWord || t.is(fConj|fRel|fSubord) {
			return nil
		}
	}
	return nil
}

// pointedTo returns the party whose mention opens the noun phrase after
// "points to" or "pointed at" at verb v (maybe after "instead" or
// "the"), or "": "pointed to the Orsk Front" names the party; "pointed to
// a pressure failure" names none, and "pointed to Orsk's exports" a
// thing of the party, not the party.
func (d *docState) pointedTo(v, ce int) string {
	r := v + 1
	if r < ce && d.toks[r].is(fAdv) {
		r++ // "pointed instead to", "points clearly at"
	}
	if r >= ce || d.toks[r].low != "to" && d.toks[r].low != "at" {
		return ""
	}
	r++
	if r < ce && d.toks[r].low == "the" {
		r++
	}
	if r >= ce || d.mentAt[r] < 0 {
		return d.pointedDoer(r, ce)
	}
	m := &d.ments[d.mentAt[r]]
	if m.i != r {
		return ""
	}
	if _, poss := possessiveBase(d.toks[m.j-1].low); poss {
		return ""
	}
	if m.demonym && m.j < ce && d.toks[m.j].kind == tWord && !d.toks[m.j].cap && !organNouns[d.toks[m.j].low] && !stateHands[d.toks[m.j].low] {
		return "" // "pointed to Ostrelian exports"
	}
	return m.actor
}

// pointedDoer returns the party named as the doer of the thing the
// evidence points to, from r: "pointed to a valve that had been
// disabled by the operator", "pointed instead to an exchanger replaced
// by Orsk Engineering": the one who did it is blamed. Only a party after
// a past participle's "by", in the same clause of the sentence.
func (d *docState) pointedDoer(r, ce int) string {
	for k := r; k+1 < ce && k < r+16; k++ {
		t := &d.toks[k]
		if t.kind == tPunct && t.low != "-" || t.inQ != d.toks[r].inQ {
			return ""
		}
		if t.low != "by" || k == r || !strings.HasSuffix(d.toks[k-1].low, "ed") {
			continue
		}
		b := k + 1
		if b < ce && d.toks[b].low == "the" {
			b++
		}
		if b < ce && d.mentAt[b] >= 0 && d.ments[d.mentAt[b]].i == b {
			return d.ments[d.mentAt[b]].actor
		}
		return ""
	}
	return ""
}

// vesselNouns name a ship, boat or aircraft that news names by its
// owner once ("a Norvan fishing trawler", "the Ostmark coast guard
// vessel") and then by its noun alone ("the trawler").
var vesselNouns = map[string]bool{
	"trawler": true, "boat": true, "vessel": true, "ship": true, "tanker": true, "ferry": true,
	"frigate": true, "destroyer": true, "cutter": true, "freighter": true, "barge": true, "submarine": true,
	"warship": true, "aircraft": true, "plane": true, "jet": true, "helicopter": true, "drone": true,
}

// vesselKeepers are the nouns of the party that runs a vessel: "the
// ship's operator, Brightmoor Shipping".
var vesselKeepers = map[string]bool{"operator": true, "owner": true, "owners": true, "operators": true, "charterer": true}

// vesselOwned is a vessel's noun and the party named with it.
type vesselOwned struct {
	noun, actor string
	para        int
}

// noteVessel records the vessel a party's mention m names ("a Norvan
// fishing trawler", "the Ostmark coast guard vessel"): a vessel noun
// within the three plain words after it.
func (d *docState) noteVessel(m mention) {
	for i := m.j; i < len(d.toks) && i < m.j+3; i++ {
		t := &d.toks[i]
		if !plainWord(t) {
			return
		}
		if vesselNounsF.has(vesselNouns, t.low) {
			if len(d.vessels) >= 16 {
				d.vessels = append(d.vessels[:0], d.vessels[8:]...)
			}
			d.vessels = append(d.vessels, vesselOwned{noun: t.low, actor: m.actor, para: d.paraN})
			return
		}
	}
}

// plainWord is noteVessel's test of the words after the party, asked
// first without the call: after most parties' names comes a verb, a
// preposition or punctuation.
func plainWord(t *token) bool {
	return t.kind == tWord && !t.cap && !t.is(fDet|fPrep|fVerb|fConj)
}

// vesselOwner returns the party that owns the vessel named by its noun
// alone at token k: the party named with the same noun last before it
// (noteVessel), or "".
func (d *docState) vesselOwner(k int) string {
	w := d.toks[k].low
	for j := k - 1; j > 0; j-- {
		if j+3 < k && len(d.toks[j].low) == len(w)+2 && strings.HasPrefix(d.toks[j].low, w) && strings.HasSuffix(d.toks[j].low, "'s") &&
			vesselKeepers[d.toks[j+1].low] && d.toks[j+2].low == "," {
			// "the ship's operator, Brightmoor Shipping": the vessel's
			// keeper named in apposition
			if m := d.mentAt[j+3]; m >= 0 && d.ments[m].actor != "" {
				return d.ments[m].actor
			}
		}
		if d.toks[j].low != w {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-3; i-- {
			if m := d.mentAt[i]; m >= 0 && d.ments[m].actor != "" {
				return d.ments[m].actor
			}
			if t := &d.toks[i]; t.kind != tWord || t.is(fDet|fPrep|fVerb) {
				break
			}
		}
	}
	for j := len(d.vessels) - 1; j >= 0; j-- {
		if v := &d.vessels[j]; v.noun == w && v.para < d.paraN {
			return v.actor
		}
	}
	return ""
}

// mainVerb returns the main verb token of a clause whose subject ends at
// from (auxiliaries, negation and adverbs skipped), or -1.
func (d *docState) mainVerb(from, ce int) int {
	k := from
	for k < ce {
		t := &d.toks[k]
		if t.kind != tWord {
			if t.kind == tQuote || t.kind == tSQuote {
				k++
				continue
			}
			return -1
		}
		if t.is(fAux|fNeg|fAdv) && !t.is(fVerb&^fAux) || t.low == "to" || t.low == "going" || t.low == "yet" ||
			t.is(fAux) && k+1 < ce && d.toks[k+1].kind == tWord && (d.toks[k+1].is(fVerb|fAdv|fNeg) || d.toks[k+1].low == "to" || len(d.toks[k+1].low) > 4 && strings.HasSuffix(d.toks[k+1].low, "ed")) {
			k++
			continue
		}
		if t.is(fVerb) || k == d.bareV {
			return k
		}
		// an unknown participle after an auxiliary or adverb: "had
		// dynamited"; verbAction lemmatises it. One the lexicon knows
		// only as an event's verb is one too after "had" (an active
		// perfect: "denied that its mine had contaminated the river"
		// was no denial); after "was" it is the passive whose event
		// the clause names ("the balloon was downed")
		if k > from && (t.flags == 0 || t.flags&^fEvent == 0 && perfectAux(d.toks[k-1].low)) && !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") {
			return k
		}
		return -1
	}
	return -1
}

// harms reports whether t is a verb of harm in any form: the lexicon
// marks the past ("shelled"), and "shells" or "shelling" count by theirs
// ("fire" harms only in "opened fire" and "set fire to", which the
// callers read).
func (t *token) harms() bool {
	return t.is(fCulp) || lexicon[pastOf(t.lemma())]&fCulp != 0
}

// perfectAux reports whether w is a form of "have" that makes a
// perfect with the participle after it.
func perfectAux(w string) bool {
	return w == "had" || w == "has" || w == "have"
}

// verbAction builds the action from main verb v.
func (d *docState) verbAction(v, ce int) action {
	if v < 0 {
		return action{}
	}
	lem := d.toks[v].guessLemma() // unknown forms too: "rammed" → "ram"
	// "refrained from doing so", "refused to negotiate": the act refrained from
	if lem == "refrain" && v+2 < ce && d.toks[v+1].low == "from" {
		v += 2
		lem = d.toks[v].lemma()
	}
	if lem == "do" && v+1 < ce && (d.toks[v+1].low == "so" || d.toks[v+1].low == "it" || d.toks[v+1].low == "this" || d.toks[v+1].low == "the") && d.hasLastAct {
		return d.lastAct
	}
	return action{verb: lem, obj: d.objectWords(v+1, ce)}
}

// gerundAction builds the action of "accused X of using …".
func (d *docState) gerundAction(cs, ce int) action {
	k := d.gerundAt(cs, ce)
	if k < 0 {
		return action{}
	}
	lem := d.toks[k].guessLemma()
	if lem == "do" && d.hasLastAct {
		return d.lastAct
	}
	return action{verb: lem, obj: d.objectWords(k+1, ce)}
}

// objectWords returns up to four words after a verb, up to punctuation,
// a conjunction, a relative pronoun or a preposition other than "of".
func (d *docState) objectWords(from, ce int) string {
	var buf [4]string // the most it keeps: no slice grown on the heap
	words := buf[:0]
	for k := from; k < ce && len(words) < 4; k++ {
		t := &d.toks[k]
		if t.kind == tQuote || t.kind == tSQuote {
			continue
		}
		if t.kind != tWord && t.kind != tNum {
			break
		}
		if t.is(fConj|fRel) || t.is(fPrep) && t.low != "of" && len(words) > 0 {
			break
		}
		if t.is(fDet) && !t.is(fPron) && len(words) == 0 {
			continue
		}
		words = append(words, t.low)
	}
	return strings.Join(words, " ")
}

// weaponCheck marks actions whose object is a weapon, so they render
// with the topic. The object is looked for in the words after the verb
// (its first occurrence in [cs, ce)), up to punctuation.
func (d *docState) weaponCheck(a *action, cs, ce int) {
	if a.weapon || !weaponVerbsF.has(weaponVerbs, a.verb) {
		return
	}
	for k := cs; k < ce; k++ {
		if d.toks[k].lemma() == a.verb || a.verb == "possess" && d.toks[k].lemma() == "have" {
			cs = k + 1
			ce = min(ce, k+7)
			break
		}
	}
	for k := cs; k < ce; k++ {
		if t := &d.toks[k]; t.kind == tPunct && t.low != "-" {
			break
		}
		t := &d.toks[k]
		if t.is(fWeapon) {
			a.weapon = true
			return
		}
		if m := d.mentAt[k]; m >= 0 && d.ments[m].topic != "" {
			a.weapon = true
			return
		}
	}
	// "use them": the weapon was named before
	if strings.HasPrefix(a.obj, "them") || strings.HasPrefix(a.obj, "these") || strings.HasPrefix(a.obj, "it") {
		a.weapon = true
	}
}

// thatClause returns the token after the first "that" of [cs, ce), or -1.
func (d *docState) thatClause(cs, ce int) int {
	for k := cs; k < ce; k++ {
		if d.toks[k].low == "that" && !d.toks[k].inQ {
			return k + 1
		}
	}
	return -1
}

// asides marks the tokens of [cs, ce) inside participial asides such as
// ", annexed by Moscow in 2014,": background, not what is claimed.
func (d *docState) asides(cs, ce int) []bool {
	n := max(0, ce-cs)
	if cap(d.maskBuf) < n {
		d.maskBuf = make([]bool, n)
	}
	mask := d.maskBuf[:n]
	for i := range mask {
		mask[i] = false
	}
	for k := cs; k+1 < ce; k++ {
		n := &d.toks[k+1]
		if d.toks[k].low != "," || n.kind != tWord || n.is(fSpeech) || !(n.is(fPast) || len(n.low) > 4 && strings.HasSuffix(n.low, "ed")) {
			continue
		}
		e := k + 1
		for e < ce && d.toks[e].low != "," && !isEnd(&d.toks[e]) {
			e++
		}
		if e >= ce || d.toks[e].low != "," {
			continue // not closed by a comma: the clause goes on
		}
		for i := k + 1; i < e; i++ {
			mask[i-cs] = true
		}
		k = e - 1
	}
	return mask
}

// blamePred are predicates that put the blame on the actor before them;
// blameNoun on the actor after "with" or "on".
var blamePred = map[string]bool{"responsible": true, "culpable": true, "guilty": true, "behind": true}

// culprit finds the actor a blame predicate points at in [cs, ce).
func (d *docState) culprit(cs, ce int) string {
	for k := cs; k < ce; k++ {
		t := &d.toks[k]
		if t.flags&(fCulp|fPrep) == 0 {
			continue // one test for most words
		}
		if t.flags&fCulp == 0 {
			// "the attack was the work (bore the hallmarks) of X"
			if t.low == "of" && k > cs && k+1 < ce && authorNouns[d.toks[k-1].low] {
				if act := d.actorIn(k+1, min(ce, k+5)); act != "" {
					return act
				}
			}
			continue // every blame word is a culpability cue
		}
		switch {
		case blamePredF.has(blamePred, t.low) || t.low == "blame" && k > cs && d.toks[k-1].low == "to":
			if act := d.actorIn(max(cs, k-4), k); act != "" {
				return act
			}
		case t.low == "responsibility" || t.low == "blame":
			// "responsibility (for the dam) lies with X"
			for j := k + 1; j < ce && j <= k+7; j++ {
				if d.toks[j].low == "with" || d.toks[j].low == "on" {
					if act := d.actorIn(j+1, min(ce, j+4)); act != "" {
						return act
					}
				}
			}
		}
	}
	return ""
}

// describedAuthor finds, in [cs, ce), the group the speaker describes
// and does not name after "the work (hallmarks) of": "the bomb was the
// work of a smuggling network" (describedDoer); else "".
func (d *docState) describedAuthor(cs, ce int) string {
	for k := cs + 1; k+1 < ce; k++ {
		if d.toks[k].low == "of" && authorNouns[d.toks[k-1].low] {
			return d.describedDoer(k+1, ce)
		}
	}
	return ""
}

// authorNouns name who did an act: "the work of X", "the hallmarks of X".
var authorNouns = map[string]bool{"work": true, "handiwork": true, "hallmarks": true, "hallmark": true, "signature": true}

// negRaising are the verbs of belief whose negation is read as a belief
// in the negation: "doesn't think X" is "thinks not X"; "did not say X"
// is no such thing.
var negRaising = map[string]bool{
	"think": true, "believe": true, "expect": true, "suppose": true, "feel": true, "want": true,
}

// noncommittal reports whether a's frame withholds the content: a
// negated report of a verb other than belief, or a refusal to speak.
func (d *docState) noncommittal(a *att) bool {
	if a.verb < 0 {
		return false
	}
	l := d.toks[a.verb].lemma()
	return a.neg && !negRaising[l] || l == "decline" || l == "refuse"
}

// judgeVerbs name the judgement a speaker withholds on who is to blame:
// "too early to say who", "cannot attribute the attack".
var judgeVerbs = map[string]bool{
	"say": true, "tell": true, "know": true, "determine": true, "establish": true, "confirm": true,
	"identify": true, "judge": true, "speculate": true, "conclude": true,
	"attribute": true, "apportion": true, "assign": true, "blame": true,
}

// undecidedBlame reports whether the reported clause in tokens [cs, ce)
// opens by saying the speaker cannot tell yet who did it: "it was too
// early to say who was responsible", "they cannot yet attribute the
// attack", "investigators were unable to determine who fired". The
// judgement must be on a culprit (a wh-word after it, or a verb of
// blame itself), so "cannot say enough about the crew" stays a report.
func (d *docState) undecidedBlame(cs, ce int) bool {
	toks := d.toks
	for k := cs; k < ce && k < cs+8; k++ {
		j := -1
		switch toks[k].low {
		case "early", "premature", "soon":
			// "far too early" to say: a quotation may close after it
			n := k + 1
			if n < ce && toks[n].kind == tQuote {
				n++
			}
			if k > cs && toks[k-1].low == "too" && n+1 < ce && toks[n].low == "to" {
				j = n + 1
			}
		case "cannot", "can't", "couldn't", "unable":
			j = k + 1
		case "not":
			if k > cs && (toks[k-1].low == "could" || toks[k-1].low == "can") {
				j = k + 1
			}
		}
		if j < 0 {
			continue
		}
		for j < ce && (toks[j].low == "yet" || toks[j].low == "still" || toks[j].low == "to" || toks[j].low == "be" || toks[j].low == "able") {
			j++
		}
		if j >= ce || !judgeVerbs[toks[j].low] {
			return false
		}
		l := toks[j].low
		if l == "attribute" || l == "apportion" || l == "assign" || l == "blame" {
			return true
		}
		if j+1 < ce {
			switch toks[j+1].low {
			case "who", "whether", "which", "whose", "what", "when", "how", "if":
				return true
			}
		}
		return false
	}
	return false
}

// withheld is the act of a noncommittal frame: "not say", "not
// endorse", "decline to comment".
func (d *docState) withheld(a *att) action {
	l := d.toks[a.verb].lemma()
	if (l == "decline" || l == "refuse") && a.verb+2 < len(d.toks) {
		return action{verb: l, obj: "to " + d.toks[a.verb+2].lemma()}
	}
	return action{prefix: "not ", verb: l}
}

// possessive reports whether the lower-case word ends in a possessive.
func possessive(low string) bool {
	_, ok := possessiveBase(low)
	return ok
}

// yetUndone reports whether "yet" at k says something is still undone by
// the clause's subject: "has yet to pay", "has not yet paid"; not "claims
// that nobody has yet proven", whose failure is no one's in particular,
// nor "the largest yet".
func (d *docState) yetUndone(k, ce int) bool {
	if k+1 < ce && d.toks[k+1].low == "to" {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch d.toks[j].low {
		case "not", "n't", "never":
			return true
		}
	}
	return false
}

// theyAreSpeaker reports whether "they" at cs, opening the reported
// clause [cs, ce) right after the speech verb ("Police said they had
// …", "said that they"), is the speakers themselves: a body spoken of in
// the plural, its noun heading the subject before the verb, and no
// party named in the clause.
func (d *docState) theyAreSpeaker(a *att, cs, ce int) bool {
	if a.verb < 0 || a.npE <= 0 || a.npE > a.verb || a.spk.person != nil {
		return false
	}
	if cs != a.verb+1 && !(cs == a.verb+2 && d.toks[a.verb+1].low == "that") {
		return false
	}
	if !selfPlurals[d.toks[a.npE-1].low] && !d.describedPlural(a) {
		return false
	}
	if d.harmAfter(cs+1, ce) {
		// "Velmari officials said they had shelled three villages":
		// news reports a body's harm done by others, not its own
		return false
	}
	// "Officials said they had seen union members cut the cables": what
	// they saw another party do is that party's
	ma, mb := d.mentRange(cs, ce)
	for _, m := range d.ments[ma:mb] {
		if m.actor != "" {
			return false
		}
	}
	return true
}

// harmAfter reports whether a verb of harm ("shelled", "had
// attacked", "were firing on") opens the predicate at m, past
// auxiliaries and adverbs.
func (d *docState) harmAfter(m, ce int) bool { return d.actOpens(m, ce, false) }

// describedPlural reports whether a's speaker is people or bodies
// described in the plural with no party of their own, "Hospitals in
// Lossen", "local residents": its head noun (the word before a
// preposition, else the last) is a plural common noun no actor is named
// by. "Hospitals in Lossen said they had seen no rise in cases" speaks of
// the hospitals, not of the last party named.
func (d *docState) describedPlural(a *att) bool {
	if a.spk.side != "" || a.spk.inst || a.spk.human {
		return false
	}
	h := a.npE - 1
	for k := a.npS + 1; k < a.npE; k++ {
		if d.toks[k].is(fPrep) {
			h = k - 1
			break
		}
	}
	if h < a.npS {
		return false
	}
	t := &d.toks[h]
	if t.kind != tWord || t.inQ || t.cap && h != d.sentLo || len(t.low) < 4 || !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") || d.mentAt[h] >= 0 {
		return false
	}
	return !t.is(fPron | fDet | fPrep | fConj | fVerb | fAux | fAdv)
}

// selfPlurals are bodies news speaks of in the plural, whose "they"
// right after their own speech verb is themselves.
var selfPlurals = map[string]bool{
	"police": true, "authorities": true, "officials": true, "investigators": true, "prosecutors": true,
	"officers": true, "inspectors": true, "monitors": true, "observers": true, "firefighters": true,
}

// chargedThat reports whether attribution a is an accusing verb with a
// that-clause, "X charged that …": the charge is the clause, whatever
// act it names. "accused Y of …" names the accused itself (interpret's
// first case), and a reporting verb of another class is no charge.
func (d *docState) chargedThat(a *att) bool {
	return a.class == vAccuse && a.verb >= 0 && a.verb+1 < len(d.toks) && d.toks[a.verb+1].low == "that" && d.toks[a.verb].lemma() == "charge"
}

// faultOf returns the party a predicate "is Y's fault" after the verb v
// names, "the flooding was Oskory's fault", "was the government's
// fault": a form of "be", maybe "the", a party's possessive, then
// "fault"; else "". "was nobody's fault" names no party, and "was not
// Y's fault" no fault of Y's.
func (d *docState) faultOf(v, ce int) string {
	if d.toks[v].lemma() != "be" {
		return ""
	}
	k := v + 1
	if k < ce && d.toks[k].low == "the" {
		k++
	}
	if k >= ce || d.toks[k].is(fNeg) {
		return ""
	}
	m := d.mentAt[k]
	if m < 0 || d.ments[m].actor == "" {
		return ""
	}
	e := d.ments[m].j
	if e >= ce || e < 1 || !strings.HasSuffix(d.toks[e-1].low, "'s") && d.toks[e].low != "'s" {
		return ""
	}
	if d.toks[e].low == "'s" {
		e++
	}
	if e >= ce || d.toks[e].low != "fault" {
		return ""
	}
	return d.ments[m].actor
}
