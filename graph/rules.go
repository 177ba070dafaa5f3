package graph

import (
	"sort"
	"time"
)

// Rule names the contradiction rule that produced a finding.
type Rule string

// Rules. A counterclaim finding goes from the counterclaim to what it
// answers, a double standard (RuleDoubleStandard, in double.go) from the
// standard to the claim that breaks it; the others are symmetric.
const (
	RuleOpposing     Rule = "opposing"
	RuleMutual       Rule = "mutual_accusation"
	RuleCounterclaim Rule = "counterclaim"
	RuleReversal     Rule = "reversal"
)

// Rules lists every rule.
var Rules = []Rule{RuleOpposing, RuleMutual, RuleCounterclaim, RuleReversal, RuleDoubleStandard}

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
func (r Rule) Directed() bool { return r == RuleCounterclaim || r == RuleDoubleStandard }

// Finding is a relationship between two claims that a rule establishes.
// Stores derive findings from claims on read (see FindFindings).
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
	return Slug(c.Subject) + "|" + NormAction(c.Action) + "|" + TopicSlug(c.Topic)
}

// AccKey is an accusation's key: accuser side, accused actor and topic; ""
// for non-accusations and accusations whose side or subject is unknown.
func AccKey(c *Claim) string {
	if c.Kind != KindAccusation || c.Side == "" || c.Subject == "" || Slug(c.Side) == Slug(c.Subject) {
		return ""
	}
	return Slug(c.Side) + ">" + Slug(c.Subject) + "|" + TopicSlug(c.Topic)
}

// MirrorAccKey is the AccKey of an accusation that would make c's
// accusation mutual; "" when c has no AccKey.
func MirrorAccKey(c *Claim) string {
	if AccKey(c) == "" {
		return ""
	}
	return Slug(c.Subject) + ">" + Slug(c.Side) + "|" + TopicSlug(c.Topic)
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
	// Brief asks for the claims as ClaimFilter.Brief does.
	Brief bool
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
	// Keys are computed once per claim and pairs are only formed within
	// the groups a rule can fire in, so the cost is the sum of the group
	// sizes, not fresh × candidates.
	all, byProp, byAcc, responders := group(fresh, candidates, func(*keyed) bool { return true })
	seen := map[string]bool{}
	var out []Finding
	emit := func(fs []Finding) {
		for _, f := range fs {
			if !seen[f.ID] {
				seen[f.ID] = true
				out = append(out, f)
			}
		}
	}
	for i := range fresh {
		a := all[fresh[i].ID]
		if a.c != &fresh[i] {
			continue // a duplicate id within fresh: the first one stands
		}
		pairs := map[string]*keyed{}
		for _, b := range byProp[a.prop] {
			pairs[b.c.ID] = b
		}
		if a.mirror != "" {
			for _, b := range byAcc[a.mirror] {
				pairs[b.c.ID] = b
			}
		}
		for _, id := range a.c.RespondsTo {
			if b, ok := all[id]; ok {
				pairs[id] = b
			}
		}
		for _, b := range responders[a.c.ID] {
			pairs[b.c.ID] = b
		}
		delete(pairs, a.c.ID)
		for _, b := range pairs {
			emit(pairKeyed(a, b))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Counted is what CountNew finds: the number of findings by rule and the
// claims that counter another.
type Counted struct {
	Findings map[Rule]int
	// Counterclaimants are the ids of the claims that are the From of a
	// counterclaim finding.
	Counterclaimants map[string]bool
}

// Total is the number of findings counted.
func (c Counted) Total() int {
	n := 0
	for _, v := range c.Findings {
		n += v
	}
	return n
}

// CountNew counts the findings Detect(fresh, candidates) would return,
// without building them. A load of new claims needs only these counts
// (for the store's totals and its summary) and who counters whom, and a
// popular proposition pairs each new claim with thousands of stored ones:
// counting them costs a comparison each, building them a hash and an
// allocation each. fresh must not repeat an id.
//
// With accCounts, the stored side of mutual accusations is counted, not
// read: accCounts[k] is the number of stored claims whose AccKey is k, for
// each k in ProbeFor(fresh).AccKeys, and candidates need not hold those
// claims. Every accusation of the mirror group makes a mutual finding with
// a fresh accusation, and no other rule pairs them unless a responds_to
// link does, so a count is all the group is needed for; it is the largest
// group a new claim has, and grows with the corpus. fresh claims must then
// be new (no stored copies among the counted).
func CountNew(fresh, candidates []Claim, accCounts map[string]int) Counted {
	out, _ := countNew(fresh, candidates, accCounts)
	return out
}

// countNew is CountNew, also returning every claim it keyed by id, so that
// a Counter reuses the fresh claims' keys instead of computing them again.
func countNew(fresh, candidates []Claim, accCounts map[string]int) (Counted, map[string]*keyed) {
	out := Counted{Findings: map[Rule]int{}, Counterclaimants: map[string]bool{}}
	freshAt := make(map[string]int, len(fresh))
	for i := range fresh {
		freshAt[fresh[i].ID] = i
	}
	// With accCounts the stored accusations are counted, not grouped.
	all, byProp, byAcc, responders := group(fresh, candidates, func(k *keyed) bool {
		_, isFresh := freshAt[k.c.ID]
		return accCounts == nil || isFresh
	})
	for i := range fresh {
		a := all[fresh[i].ID]
		// A pair of two fresh claims is counted from the first of them.
		counts := func(b *keyed) bool {
			if b == a {
				return false
			}
			j, isFresh := freshAt[b.c.ID]
			return !isFresh || j > i
		}
		// The proposition group and the mirrored accusations are disjoint
		// (a claim cannot have the same subject and accuse it back), so
		// only responds_to links can repeat a pair the groups gave.
		for _, b := range byProp[a.prop] {
			if counts(b) {
				out.add(a, b, true)
			}
		}
		if a.mirror != "" {
			if n := accCounts[a.mirror]; n > 0 {
				out.Findings[RuleMutual] += n
			}
			for _, b := range byAcc[a.mirror] {
				if counts(b) {
					out.add(a, b, true)
				}
			}
		}
		linked := map[*keyed]bool{}
		for _, id := range a.c.RespondsTo {
			if b, ok := all[id]; ok {
				linked[b] = true
			}
		}
		for _, b := range responders[a.c.ID] {
			linked[b] = true
		}
		for b := range linked {
			if !counts(b) || b.prop == a.prop {
				continue
			}
			inMirror := a.mirror != "" && b.acc == a.mirror
			_, bFresh := freshAt[b.c.ID]
			switch {
			case !inMirror:
				out.add(a, b, true)
			case accCounts != nil && !bFresh:
				// Its mutual finding is in the count; the link may add a
				// counterclaim.
				out.add(a, b, false)
			}
		}
	}
	return out, all
}

// add counts the findings of one pair; mutual false leaves a mutual
// accusation out (it is counted elsewhere).
func (out *Counted) add(a, b *keyed, mutual bool) {
	m := match(a, b)
	if m.opposing {
		out.Findings[RuleOpposing]++
	}
	if m.mutual && mutual {
		out.Findings[RuleMutual]++
	}
	if m.reversal {
		out.Findings[RuleReversal]++
	}
	if m.aCountersB {
		out.Findings[RuleCounterclaim]++
		out.Counterclaimants[a.c.ID] = true
	}
	if m.bCountersA {
		out.Findings[RuleCounterclaim]++
		out.Counterclaimants[b.c.ID] = true
	}
}

// Member is what counting needs of a stored claim of a proposition group,
// as a store keeps it: its keys were computed when it was written, so a
// store reads a few short columns instead of the whole claim.
type Member struct {
	ID, PropKey string
	SpeakerID   string // never empty for a stored claim
	SideSlug    string // Slug of the side; "" when unknown
	Kind        Kind
	Polarity    Polarity
	SaidAt      string
}

// MemberOf returns what counting needs of c.
func MemberOf(c *Claim) Member {
	return Member{ID: c.ID, PropKey: PropKey(c), SpeakerID: speakerKey(c), SideSlug: Slug(c.Side),
		Kind: c.Kind, Polarity: c.Polarity, SaidAt: c.SaidAt}
}

// Counter counts what CountNew counts for new claims against a store, with
// the proposition groups streamed through Add instead of held in memory.
// A popular proposition of an article corpus grows with the corpus, and a
// batch touches most of them: holding their claims costs memory in
// proportion to the store (421 MB of peak RSS at 40 MB of articles); a
// Counter holds only the batch and the linked claims.
type Counter struct {
	out    Counted
	byProp map[string][]*keyed // the fresh claims by proposition key
	skip   map[string]bool     // fresh and linked ids: their pairs are counted already
}

// NewCounter starts counting the findings of fresh, new claims without
// repeated ids, against a store. linked are the stored claims that
// ProbeFor(fresh) names by IDs and RespondersTo, and accCounts the store's
// counts of its AccKeys, as CountNew takes them. The pairs of fresh claims
// with each other, with linked claims and with mirrored accusations are
// counted here; the members of the fresh claims' proposition groups follow
// through Add.
func NewCounter(fresh, linked []Claim, accCounts map[string]int) *Counter {
	if accCounts == nil {
		accCounts = map[string]int{}
	}
	out, all := countNew(fresh, linked, accCounts)
	c := &Counter{out: out, byProp: map[string][]*keyed{}, skip: make(map[string]bool, len(fresh)+len(linked))}
	for i := range fresh {
		k := all[fresh[i].ID]
		c.byProp[k.prop] = append(c.byProp[k.prop], k)
		c.skip[fresh[i].ID] = true
	}
	for i := range linked {
		c.skip[linked[i].ID] = true
	}
	return c
}

// Add counts the pairs of the fresh claims with stored members of their
// proposition groups. Over all calls each stored claim must come at most
// once; fresh and linked claims and claims of other groups are skipped.
// No rule but the proposition rules can pair a fresh claim with a member
// that is neither linked nor a mirrored accusation, so the members' other
// fields are not needed.
func (c *Counter) Add(ms []Member) {
	var bc Claim
	b := &keyed{c: &bc}
	for i := range ms {
		m := &ms[i]
		as := c.byProp[m.PropKey]
		if len(as) == 0 || c.skip[m.ID] {
			continue
		}
		bc = Claim{ID: m.ID, Kind: m.Kind, Polarity: m.Polarity, SaidAt: m.SaidAt}
		b.prop, b.side, b.sp = m.PropKey, m.SideSlug, m.SpeakerID
		for _, a := range as {
			c.out.add(a, b, true)
		}
	}
}

// Counted returns what has been counted so far.
func (c *Counter) Counted() Counted { return c.out }

// group keys each claim of fresh and candidates once (the first copy of
// an id wins) and indexes them by the keys the rules pair on: proposition,
// accusation (for the claims inAcc keeps) and the ids they respond to.
func group(fresh, candidates []Claim, inAcc func(*keyed) bool) (all map[string]*keyed, byProp, byAcc, responders map[string][]*keyed) {
	all = make(map[string]*keyed, len(fresh)+len(candidates))
	byProp, byAcc, responders = map[string][]*keyed{}, map[string][]*keyed{}, map[string][]*keyed{}
	for _, list := range [][]Claim{fresh, candidates} {
		for i := range list {
			if _, ok := all[list[i].ID]; ok {
				continue
			}
			k := prepare(&list[i])
			all[list[i].ID] = k
			byProp[k.prop] = append(byProp[k.prop], k)
			if k.acc != "" && inAcc(k) {
				byAcc[k.acc] = append(byAcc[k.acc], k)
			}
			for _, id := range k.c.RespondsTo {
				responders[id] = append(responders[id], k)
			}
		}
	}
	return all, byProp, byAcc, responders
}

// Counterclaimants returns the ids of the claims that are the From of a
// counterclaim finding in fs: the claims a store flags Counterclaim.
func Counterclaimants(fs []Finding) map[string]bool {
	out := map[string]bool{}
	for _, f := range fs {
		if f.Rule == RuleCounterclaim {
			out[f.From] = true
		}
	}
	return out
}

// keyed is a claim with the keys the rules compare, computed once.
type keyed struct {
	c                           *Claim
	prop, acc, mirror, side, sp string
}

func prepare(c *Claim) *keyed {
	return &keyed{c: c, prop: PropKey(c), acc: AccKey(c), mirror: MirrorAccKey(c), side: Slug(c.Side), sp: speakerKey(c)}
}

// Pair returns the findings between two distinct claims, in either order.
func Pair(a, b *Claim) []Finding { return pairKeyed(prepare(a), prepare(b)) }

func pairKeyed(ka, kb *keyed) []Finding {
	a, b := ka.c, kb.c
	m := match(ka, kb)
	var out []Finding
	if m.opposing {
		out = append(out, symmetric(RuleOpposing, a, b))
	}
	if m.mutual {
		out = append(out, symmetric(RuleMutual, a, b))
	}
	if m.reversal {
		out = append(out, symmetric(RuleReversal, a, b))
	}
	if m.aCountersB {
		out = append(out, directed(RuleCounterclaim, a, b))
	}
	if m.bCountersA {
		out = append(out, directed(RuleCounterclaim, b, a))
	}
	return out
}

// pairMatch is which rules fire for a pair of claims.
type pairMatch struct {
	opposing, mutual, reversal bool
	aCountersB, bCountersA     bool
}

// match applies every rule to a pair: the one place the rules are written.
func match(ka, kb *keyed) pairMatch {
	a, b := ka.c, kb.c
	samePro := ka.prop == kb.prop
	opposite := a.Polarity != b.Polarity
	return pairMatch{
		opposing:   samePro && opposite && differentSides(ka, kb),
		mutual:     ka.acc != "" && ka.acc == kb.mirror,
		reversal:   samePro && opposite && sameVoice(ka, kb) && a.SaidAt != "" && b.SaidAt != "" && a.SaidAt != b.SaidAt,
		aCountersB: counters(ka, kb),
		bCountersA: counters(kb, ka),
	}
}

// counters reports whether d is a counterclaim to t: d explicitly responds
// to t, or d denies the proposition t asserts and comes from another side.
func counters(kd, kt *keyed) bool {
	d, t := kd.c, kt.c
	for _, id := range d.RespondsTo {
		if id == t.ID {
			return true
		}
	}
	return d.Kind == KindDenial && t.Kind != KindDenial && d.Polarity != t.Polarity &&
		kd.prop == kt.prop && differentSides(kd, kt)
}

// differentSides: by side when both are known, else by speaker.
func differentSides(a, b *keyed) bool {
	if a.side != "" && b.side != "" {
		return a.side != b.side
	}
	return a.sp != b.sp
}

// sameVoice: same speaker, or the same known side.
func sameVoice(a, b *keyed) bool {
	if a.sp == b.sp {
		return true
	}
	return a.side != "" && a.side == b.side
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
