package graph

import (
	"strconv"
	"strings"
)

// A proposition group that grows with the corpus makes the pairs of its
// claims grow with the corpus's square, and so does counting them pair by
// pair: every batch reads every member of every group it touches. A hot
// group is therefore counted from a profile instead: counts of its stored
// members by the fields the proposition rules compare (polarity, denial or
// not, side, speaker, date), which a store keeps beside the claims and
// updates as it writes them. The findings of a new claim with the stored
// members are then a dozen of those counts, added and subtracted, however
// large the group is.
//
// For a new claim a, over the members b of opposite polarity:
//
//	differentSides(a, b)  = N − S[a.side] − Q[a.speaker]   (a's side known)
//	                      = N − P[a.speaker]                (a's side unknown)
//	sameVoice, dated, b.date ≠ a.date
//	                      = D[sp] − D[sp, date]
//	                        + D[side] − D[side, date] − D[sp, side] + D[sp, side, date]
//
// where N counts the members, S those of each known side, Q those without
// a side by speaker, P all by speaker, and D the dated members by speaker,
// side, both, each also by date. N, S, Q and P are kept for denials and
// for other claims apart, since the counterclaim rule pairs a denial with
// a claim that is not one.

// ProfileKey is the key of a hot group's member count: a store holds a
// row under it exactly when it keeps the group's profile.
func ProfileKey(prop string) string { return profileKey(prop, 'g', 0, 0) }

// ProfileKeys returns the keys of the profile counts m adds one to in
// its group's profile, ProfileKey(m.PropKey) among them. The keys are
// injective in their fields, whatever characters the fields hold.
func ProfileKeys(m *Member) []string {
	out := make([]string, 0, 10)
	profileCounts(m, func(c pcount) { out = append(out, c.key(m.PropKey)) })
	return out
}

// pcount names one count of a group's profile, within the group: what it
// counts (a letter), the polarity and class where they apply, and up to
// three fields. It is the key a group's counts are tallied under in
// memory (Bulk); pcount.key spells it as the store keeps it.
type pcount struct {
	what, pol, cl byte
	n             uint8 // fields used
	f             [3]string
}

// key is the count's ProfileKey-style key in the group prop.
func (c pcount) key(prop string) string {
	return profileKey(prop, c.what, c.pol, c.cl, c.f[:c.n]...)
}

func count0(what, pol, cl byte) pcount { return pcount{what: what, pol: pol, cl: cl} }

func count1(what, pol, cl byte, a string) pcount {
	return pcount{what: what, pol: pol, cl: cl, n: 1, f: [3]string{a}}
}

func count2(what, pol, cl byte, a, b string) pcount {
	return pcount{what: what, pol: pol, cl: cl, n: 2, f: [3]string{a, b}}
}

func count3(what, pol, cl byte, a, b, c string) pcount {
	return pcount{what: what, pol: pol, cl: cl, n: 3, f: [3]string{a, b, c}}
}

// profileCounts calls fn with each count of its group's profile that m
// adds one to, the group's member count ('g') first: the one place the
// profile's counts are defined.
func profileCounts(m *Member, fn func(pcount)) {
	pol, cl := byte(m.Polarity[0]), denialClass(m.Kind)
	fn(count0('g', 0, 0))
	fn(count0('n', pol, cl))
	if m.SideSlug != "" {
		fn(count1('s', pol, cl, m.SideSlug))
	} else {
		fn(count1('q', pol, cl, m.SpeakerID))
	}
	fn(count1('p', pol, cl, m.SpeakerID))
	if m.SaidAt != "" {
		fn(count1('a', pol, 0, m.SpeakerID))
		fn(count2('A', pol, 0, m.SpeakerID, m.SaidAt))
		if m.SideSlug != "" {
			fn(count1('b', pol, 0, m.SideSlug))
			fn(count2('B', pol, 0, m.SideSlug, m.SaidAt))
			fn(count2('c', pol, 0, m.SpeakerID, m.SideSlug))
			fn(count3('C', pol, 0, m.SpeakerID, m.SideSlug, m.SaidAt))
		}
	}
}

// profileKey spells a key: the group, a letter for the count, polarity
// and class where they apply, and each field prefixed by its length, so
// that no two different field lists give the same key.
func profileKey(prop string, what, pol, cl byte, fields ...string) string {
	var b strings.Builder
	b.Grow(len(prop) + 16 + 8*len(fields))
	b.WriteString(strconv.Itoa(len(prop)))
	b.WriteByte(':')
	b.WriteString(prop)
	if what == 'g' {
		return b.String()
	}
	b.WriteByte(what)
	if pol != 0 {
		b.WriteByte(pol)
	}
	if cl != 0 {
		b.WriteByte(cl)
	}
	for _, f := range fields {
		b.WriteString(strconv.Itoa(len(f)))
		b.WriteByte(':')
		b.WriteString(f)
	}
	return b.String()
}

// denialClass is the class a claim's counts are kept in: the counterclaim
// rule pairs denials with claims that are not.
func denialClass(k Kind) byte {
	if k == KindDenial {
		return 'd'
	}
	return 'o'
}

func opposite(p Polarity) byte {
	if p == Positive {
		return byte(Negative[0])
	}
	return byte(Positive[0])
}

// profileQuery is one fresh claim's reading of its group's profile.
type profileQuery struct {
	a   *keyed
	get func(pcount) int
}

// differentSides counts the members of class cl and opposite polarity
// that differentSides pairs with a.
func (q profileQuery) differentSides(cl byte) int {
	a, pol := q.a, opposite(q.a.c.Polarity)
	n := q.get(count0('n', pol, cl))
	if a.side != "" {
		return n - q.get(count1('s', pol, cl, a.side)) - q.get(count1('q', pol, cl, a.sp))
	}
	return n - q.get(count1('p', pol, cl, a.sp))
}

// reversals counts the members that reverse a: opposite polarity, the
// same voice, dated and on another date.
func (q profileQuery) reversals() int {
	a, pol := q.a, opposite(q.a.c.Polarity)
	d := a.c.SaidAt
	if d == "" {
		return 0
	}
	n := q.get(count1('a', pol, 0, a.sp)) - q.get(count2('A', pol, 0, a.sp, d))
	if a.side != "" {
		n += q.get(count1('b', pol, 0, a.side)) - q.get(count2('B', pol, 0, a.side, d)) -
			q.get(count2('c', pol, 0, a.sp, a.side)) + q.get(count3('C', pol, 0, a.sp, a.side, d))
	}
	return n
}

// pairs counts the findings of a with the members a profile counts, by
// the group rules only (a's links are not the profile's business):
// opposing, reversal and counterclaim, into f; and reports whether a
// counters any of them.
func (q profileQuery) pairs(f map[Rule]int) (counters int) {
	den, other := q.differentSides('d'), q.differentSides('o')
	f[RuleOpposing] += den + other
	f[RuleReversal] += q.reversals()
	counter := den
	if q.a.c.Kind == KindDenial {
		counter = other
	}
	f[RuleCounterclaim] += counter
	return counter
}

// ProfileNeeds returns the profile keys AddProfiles reads for the fresh
// claims of the groups in hot, sorted and without repeats.
func (c *Counter) ProfileNeeds(hot map[string]bool) []string {
	need := set{}
	for prop, as := range c.byProp {
		if !hot[prop] {
			continue
		}
		get := func(k pcount) int { need.add(k.key(prop)); return 0 }
		for _, a := range as {
			q := profileQuery{a: a, get: get}
			q.differentSides('d')
			q.differentSides('o')
			q.reversals()
		}
	}
	return need.sorted()
}

// AddProfiles counts the pairs of the fresh claims of the groups in hot
// with their stored members, from the groups' profiles: profile holds the
// counts ProfileNeeds named (a missing key counts 0). The profiles count
// every stored member, linked claims among them, whose pairs NewCounter
// counted already: their share is taken out again. open are the stored
// denials of those groups that are not flagged as counterclaims yet: a
// count says how many members counter a fresh claim, not which, and the
// store must flag them. Passing flagged denials too does no harm.
//
// A hot group must not also go through Add.
func (c *Counter) AddProfiles(hot map[string]bool, profile map[string]int, open []Member, linked []Claim) {
	linkedIn := map[string][]Member{}
	for i := range linked {
		m := MemberOf(&linked[i])
		if hot[m.PropKey] {
			linkedIn[m.PropKey] = append(linkedIn[m.PropKey], m)
		}
	}
	openIn := map[string][]Member{}
	for _, m := range open {
		if hot[m.PropKey] && !c.skip[m.ID] {
			openIn[m.PropKey] = append(openIn[m.PropKey], m)
		}
	}
	f := c.out.Findings
	for prop, as := range c.byProp {
		if !hot[prop] {
			continue
		}
		get := func(k pcount) int { return profile[k.key(prop)] }
		for _, a := range as {
			q := profileQuery{a: a, get: get}
			counter := q.pairs(f)
			// The profile pairs a with its members by the group rules
			// only: so does this copy of a, without a's links.
			plain := &keyed{c: &Claim{ID: a.c.ID, Kind: a.c.Kind, Polarity: a.c.Polarity, SaidAt: a.c.SaidAt},
				prop: a.prop, side: a.side, sp: a.sp}
			// NewCounter counted every pair of a with a linked claim;
			// the profile counted a linked member's group pairs again.
			linkedCounter := 0
			if ls := linkedIn[prop]; len(ls) > 0 {
				less := Counted{Findings: map[Rule]int{}, Counterclaimants: map[string]bool{}}
				for i := range ls {
					less.add(plain, memberKeyed(&ls[i]), true)
				}
				for r, n := range less.Findings {
					f[r] -= n
				}
				linkedCounter = less.Findings[RuleCounterclaim]
			}
			// A denial countering linked members only is flagged by
			// NewCounter already.
			if a.c.Kind == KindDenial && counter > linkedCounter {
				c.out.Counterclaimants[a.c.ID] = true
			}
			for i := range openIn[prop] {
				if b := memberKeyed(&openIn[prop][i]); counters(b, plain) {
					c.out.Counterclaimants[b.c.ID] = true
				}
			}
		}
	}
}

// memberKeyed is a stored member as the rules see it: no links.
func memberKeyed(m *Member) *keyed {
	return &keyed{c: &Claim{ID: m.ID, Kind: m.Kind, Polarity: m.Polarity, SaidAt: m.SaidAt},
		prop: m.PropKey, side: m.SideSlug, sp: m.SpeakerID}
}
