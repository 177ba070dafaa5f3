package graph

import (
	"sort"
	"time"
)

// Rule names the contradiction rule that produced a finding.
type Rule string

// Rules. Counterclaim findings are COUNTERS relationships (from the
// counterclaim to what it answers); the others are CONTRADICTS.
const (
	RuleOpposing     Rule = "opposing"
	RuleMutual       Rule = "mutual_accusation"
	RuleCounterclaim Rule = "counterclaim"
	RuleReversal     Rule = "reversal"
)

// Rules lists every rule.
var Rules = []Rule{RuleOpposing, RuleMutual, RuleCounterclaim, RuleReversal}

// Valid reports whether r is one of Rules.
func (r Rule) Valid() bool {
	for _, v := range Rules {
		if r == v {
			return true
		}
	}
	return false
}

// Directed reports whether the rule's relationship has a meaningful
// direction. Symmetric findings are stored from the smaller claim id to
// the larger, so that each pair is stored once whatever the load order.
func (r Rule) Directed() bool { return r == RuleCounterclaim }

// Finding is a materialised relationship between two claims.
type Finding struct {
	ID    string `json:"id"`
	Rule  Rule   `json:"rule"`
	From  string `json:"from"`
	To    string `json:"to"`
	Topic string `json:"topic"`

	// Filled on reads only.
	FromClaim *Claim    `json:"from_claim,omitempty"`
	ToClaim   *Claim    `json:"to_claim,omitempty"`
	FoundAt   time.Time `json:"found_at,omitzero"`
}

// PropKey is a claim's proposition key: subject, normalised action and
// topic. Claims with equal keys are about the same proposition.
func PropKey(c *Claim) string {
	return Slug(c.Subject) + "|" + NormAction(c.Action) + "|" + Slug(c.Topic)
}

// AccKey is an accusation's key: accuser side, accused actor and topic; ""
// for non-accusations and accusations whose side or subject is unknown.
func AccKey(c *Claim) string {
	if c.Kind != KindAccusation || c.Side == "" || c.Subject == "" || Slug(c.Side) == Slug(c.Subject) {
		return ""
	}
	return Slug(c.Side) + ">" + Slug(c.Subject) + "|" + Slug(c.Topic)
}

// MirrorAccKey is the AccKey of an accusation that would make c's
// accusation mutual; "" when c has no AccKey.
func MirrorAccKey(c *Claim) string {
	if AccKey(c) == "" {
		return ""
	}
	return Slug(c.Subject) + ">" + Slug(c.Side) + "|" + Slug(c.Topic)
}

// Probe says which stored claims detection needs to see for a set of new
// claims. A store answers it with index lookups, never a scan: claims whose
// PropKey is in PropKeys, whose AccKey is in AccKeys, whose id is in IDs,
// or whose RespondsTo names one of RespondersTo.
type Probe struct {
	PropKeys     []string
	AccKeys      []string
	IDs          []string
	RespondersTo []string
}

// Empty reports whether the probe asks for nothing.
func (p Probe) Empty() bool {
	return len(p.PropKeys)+len(p.AccKeys)+len(p.IDs)+len(p.RespondersTo) == 0
}

// ProbeFor returns the probe for detecting findings of claims.
func ProbeFor(claims []Claim) Probe {
	var p Probe
	prop, acc, ids, resp := set{}, set{}, set{}, set{}
	for i := range claims {
		c := &claims[i]
		prop.add(PropKey(c))
		if k := MirrorAccKey(c); k != "" {
			acc.add(k)
		}
		for _, id := range c.RespondsTo {
			ids.add(id)
		}
		resp.add(c.ID)
	}
	p.PropKeys, p.AccKeys, p.IDs, p.RespondersTo = prop.sorted(), acc.sorted(), ids.sorted(), resp.sorted()
	return p
}

// Detect returns every finding between a claim of fresh and a claim of
// fresh or candidates, deduplicated and sorted by id. Candidates may
// include the fresh claims themselves. Because each rule looks at one
// pair of claims only, running Detect for every claim when it is loaded
// yields the same findings whatever the load order.
func Detect(fresh, candidates []Claim) []Finding {
	seen := map[string]bool{}
	var out []Finding
	emit := func(f Finding) {
		if !seen[f.ID] {
			seen[f.ID] = true
			out = append(out, f)
		}
	}
	all := make([]*Claim, 0, len(fresh)+len(candidates))
	byID := map[string]bool{}
	for _, list := range [][]Claim{fresh, candidates} {
		for i := range list {
			if !byID[list[i].ID] {
				byID[list[i].ID] = true
				all = append(all, &list[i])
			}
		}
	}
	for i := range fresh {
		a := &fresh[i]
		for _, b := range all {
			if a.ID == b.ID {
				continue
			}
			for _, f := range Pair(a, b) {
				emit(f)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Pair returns the findings between two distinct claims, in either order.
func Pair(a, b *Claim) []Finding {
	var out []Finding
	samePro := PropKey(a) == PropKey(b)
	opposite := a.Polarity != b.Polarity
	if samePro && opposite && differentSides(a, b) {
		out = append(out, symmetric(RuleOpposing, a, b))
	}
	if k := AccKey(a); k != "" && k == MirrorAccKey(b) {
		out = append(out, symmetric(RuleMutual, a, b))
	}
	if samePro && opposite && sameVoice(a, b) && a.SaidAt != "" && b.SaidAt != "" && a.SaidAt != b.SaidAt {
		out = append(out, symmetric(RuleReversal, a, b))
	}
	if counters(a, b) {
		out = append(out, directed(RuleCounterclaim, a, b))
	}
	if counters(b, a) {
		out = append(out, directed(RuleCounterclaim, b, a))
	}
	return out
}

// counters reports whether d is a counterclaim to t: d explicitly responds
// to t, or d denies the proposition t asserts and comes from another side.
func counters(d, t *Claim) bool {
	for _, id := range d.RespondsTo {
		if id == t.ID {
			return true
		}
	}
	return d.Kind == KindDenial && t.Kind != KindDenial && d.Polarity != t.Polarity &&
		PropKey(d) == PropKey(t) && differentSides(d, t)
}

// differentSides: by side when both are known, else by speaker.
func differentSides(a, b *Claim) bool {
	if a.Side != "" && b.Side != "" {
		return Slug(a.Side) != Slug(b.Side)
	}
	return speakerKey(a) != speakerKey(b)
}

// sameVoice: same speaker, or the same known side.
func sameVoice(a, b *Claim) bool {
	if speakerKey(a) == speakerKey(b) {
		return true
	}
	return a.Side != "" && b.Side != "" && Slug(a.Side) == Slug(b.Side)
}

func speakerKey(c *Claim) string {
	if c.SpeakerID != "" {
		return c.SpeakerID
	}
	return SpeakerID(c.Speaker)
}

func symmetric(r Rule, a, b *Claim) Finding {
	if b.ID < a.ID {
		a, b = b, a
	}
	return Finding{ID: FindingID(r, a.ID, b.ID), Rule: r, From: a.ID, To: b.ID, Topic: a.Topic}
}

func directed(r Rule, from, to *Claim) Finding {
	return Finding{ID: FindingID(r, from.ID, to.ID), Rule: r, From: from.ID, To: to.ID, Topic: to.Topic}
}

type set map[string]bool

func (s set) add(k string) { s[k] = true }

func (s set) sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
