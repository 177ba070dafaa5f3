package synth

import (
	"unicode"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

// Claim text is one sentence as a news article would print it, attributed
// to the speaker's full name, so that a claim read from a JSONL file looks
// like the evidence an extractor would have cut from a page.

var (
	accuseColors = []string{"This is a crime, and it will not go unpunished", "The whole world saw it",
		"There can be no doubt about who is responsible", "We will present the evidence to the international community"}
	denyColors = []string{"These accusations are a lie", "This is pure fabrication", "We reject these claims categorically",
		"It is a provocation designed to mislead the world"}
	dismissals = []string{"a fabrication", "baseless", "a provocation", "an insult to the victims"}
)

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// forces names a side's military or the side itself.
func (s *stream) forces(side int) string { return forcesOf(&s.r, &s.g.v.sides[side]) }

func forcesOf(r *rng, sd *side) string {
	switch r.intn(4) {
	case 0:
		return sd.adj + " forces"
	case 1:
		return sd.adj + " troops"
	case 2:
		return "the " + sd.adj + " army"
	}
	return sd.name
}

func quotes(o *outlet) (string, string) {
	if o.curly {
		return "\u201c", "\u201d"
	}
	return `"`, `"`
}

// days returns the phrase dating a statement after "said" (" on Tuesday",
// " Tuesday" or "") and before a verb (" on Tuesday" or "").
func (s *stream) days(o *outlet, day int) (post, pre string) {
	if s.r.chance(0.3) {
		return "", ""
	}
	wd := weekday(day)
	if o.bareDay {
		return " " + wd, " on " + wd
	}
	return " on " + wd, " on " + wd
}

func (s *stream) claimText(d *doc, i int) string {
	sp := &d.specs[i]
	v := s.g.v
	r := &s.r
	spk := &v.speakers[sp.spk]
	a := d.ev.acts[sp.act]
	w := spk.full
	W := capFirst(w)
	F := s.forces(sp.subj)
	Fc := capFirst(F)
	q, qc := quotes(d.out)
	D, Dpre := s.days(d.out, sp.day)
	acc := " accused "
	if d.out.nbsp {
		acc = " accused\u00a0"
	}
	neg := sp.pol == graph.Negative
	switch sp.move {
	case mAccuse, mCounter:
		n := 4
		if spk.org && spk.name == v.sides[spk.side].adj+" government" {
			n = 5
		}
		k := r.intn(n)
		if sp.move == mCounter && r.chance(0.25) {
			k = 5
		}
		switch k {
		case 0:
			return W + Dpre + acc + F + " of " + a.ing + "."
		case 1:
			return q + Fc + " " + a.past + ". " + pick(r, accuseColors) + "," + qc + " " + w + " said" + D + "."
		case 2:
			return W + " said" + D + " that " + F + " had " + a.pp + "."
		case 3:
			return q + "We have clear evidence that " + F + " " + a.past + "," + qc + " " + w + " said" + D + "."
		case 4:
			return v.sides[spk.side].name + " has" + acc + F + " of " + a.ing + "."
		default:
			return q + "It was " + F + " who " + a.past + "," + qc + " " + w + " said" + D + "."
		}
	case mMutual:
		A, B := v.sides[spk.side].name, v.sides[sp.subj].name
		if r.intn(2) == 0 {
			return A + " and " + B + " have" + acc + "each other of " + a.ing + "."
		}
		return A + " and " + B + " traded accusations" + D + ", each blaming the other for " + a.ing + "."
	case mDeny, mDenyCounter:
		switch r.intn(5) {
		case 0:
			return W + " denied" + D + " that " + F + " had " + a.pp + "."
		case 1:
			return q + "Our forces did not " + a.base + ". " + pick(r, denyColors) + "," + qc + " " + w + " said" + D + "."
		case 2:
			return W + Dpre + " rejected accusations that " + F + " had " + a.pp + ", calling them " + pick(r, dismissals) + "."
		case 3:
			return W + " said" + D + " that " + F + " had refrained from " + a.ing + "."
		default:
			return q + "Our troops have never " + a.pp + "," + qc + " " + w + " said" + D + "."
		}
	case mThird, mSupport:
		if neg {
			switch r.intn(3) {
			case 0:
				return W + " said" + D + " there was no evidence that " + F + " had " + a.pp + "."
			case 1:
				return W + " said" + D + " investigators had found nothing to show that " + F + " " + a.past + "."
			default:
				return q + "We have seen no proof that " + F + " " + a.past + "," + qc + " " + w + " said" + D + "."
			}
		}
		switch r.intn(4) {
		case 0:
			return W + " said" + D + " there was evidence that " + F + " had " + a.pp + "."
		case 1:
			return W + " said" + D + " an investigation had found that " + F + " " + a.past + "."
		case 2:
			return q + "Everything points to " + F + " having " + a.pp + "," + qc + " " + w + " said" + D + "."
		default:
			return W + " said" + D + " satellite images showed that " + F + " had " + a.pp + "."
		}
	case mThreat:
		switch r.intn(3) {
		case 0:
			return W + " warned" + D + " that " + v.sides[sp.subj].name + " would " + a.base + "."
		case 1:
			return q + "We will " + a.base + ", and no one should doubt it," + qc + " " + w + " said" + D + "."
		default:
			return W + Dpre + " threatened to " + a.base + "."
		}
	case mPredict:
		if neg {
			if r.intn(2) == 0 {
				return W + " said" + D + " that " + F + " would not " + a.base + "."
			}
			return q + Fc + " will not " + a.base + ", whatever they claim," + qc + " " + w + " said" + D + "."
		}
		if r.intn(2) == 0 {
			return W + " predicted" + D + " that " + F + " would " + a.base + "."
		}
		return q + Fc + " will " + a.base + " within weeks," + qc + " " + w + " said" + D + "."
	default: // mReverse
		if neg {
			if r.intn(2) == 0 {
				return W + " said" + D + " it was now clear that " + F + " had not " + a.pp + "."
			}
			return W + Dpre + " withdrew the claim that " + F + " had " + a.pp + "."
		}
		if r.intn(2) == 0 {
			return W + " acknowledged" + D + " that " + F + " had " + a.pp + "."
		}
		return W + Dpre + " conceded that " + F + " had " + a.pp + ", reversing an earlier statement."
	}
}

// title writes a headline from the document's first claim.
func (s *stream) title(d *doc) string {
	v := s.g.v
	r := &s.r
	sp := &d.specs[0]
	spk := &v.speakers[sp.spk]
	a := d.ev.acts[sp.act]
	X, Y := v.sides[spk.side].name, v.sides[sp.subj].name
	who := spk.short
	if spk.org {
		who = X
	}
	var t string
	switch sp.move {
	case mAccuse, mCounter, mSupport:
		if r.intn(2) == 0 {
			t = X + " accuses " + Y + " of " + a.ing
		} else {
			t = who + " says " + Y + " " + a.past
		}
	case mMutual:
		t = X + " and " + Y + " trade blame over " + a.ing
	case mDeny, mDenyCounter:
		if r.intn(2) == 0 {
			t = Y + " denies " + a.ing
		} else {
			t = who + " rejects claims " + Y + " " + a.past
			if X == Y && spk.org {
				t = X + " rejects claims it " + a.past
			}
		}
	case mThird:
		if sp.pol == graph.Negative {
			t = X + " sees no evidence " + Y + " " + a.past
		} else {
			t = X + " says " + Y + " " + a.past
		}
	case mThreat:
		t = X + " warns it will " + a.base
	case mPredict:
		if sp.pol == graph.Negative {
			t = who + " says " + Y + " will not " + a.base
		} else {
			t = X + " expects " + Y + " to " + a.base
		}
	default:
		t = who + " reverses stance on " + d.ev.topic
	}
	if r.chance(0.15) {
		t = capFirst(d.ev.topic) + ": " + t
	}
	return t
}
