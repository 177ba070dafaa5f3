package graph

import (
	"context"
	"sort"
)

// The analysts' queries are compositions of Store methods, written once
// here so every backend answers them identically.

// Contradiction is one finding with both claims and how well they are
// corroborated.
type Contradiction struct {
	Rule   Rule    `json:"rule"`
	Topic  string  `json:"topic"`
	Claims []Claim `json:"claims"` // two: From then To
	// Corroboration is the sum over both claims of the distinct documents
	// and outlets carrying the same proposition from the same side.
	Documents int    `json:"documents"`
	Outlets   int    `json:"outlets"`
	Latest    string `json:"latest,omitempty"` // later SaidAt of the two
	FindingID string `json:"finding_id"`
}

// Contradictions returns the findings matching f ranked by corroboration
// (documents, then outlets) and then recency.
func Contradictions(ctx context.Context, s Store, f FindingFilter) ([]Contradiction, error) {
	fs, err := s.Findings(ctx, f)
	if err != nil {
		return nil, err
	}
	keys := map[SupportKey]bool{}
	for _, x := range fs {
		keys[SupportKeyOf(x.FromClaim)] = true
		keys[SupportKeyOf(x.ToClaim)] = true
	}
	sup, err := supportOf(ctx, s, keys)
	if err != nil {
		return nil, err
	}
	out := make([]Contradiction, 0, len(fs))
	for _, x := range fs {
		a, b := sup[SupportKeyOf(x.FromClaim)], sup[SupportKeyOf(x.ToClaim)]
		out = append(out, Contradiction{
			Rule: x.Rule, Topic: x.Topic, Claims: []Claim{*x.FromClaim, *x.ToClaim},
			Documents: a.Documents + b.Documents, Outlets: a.Outlets + b.Outlets,
			Latest: maxStr(x.FromClaim.SaidAt, x.ToClaim.SaidAt), FindingID: x.ID,
		})
	}
	RankContradictions(out)
	return out, nil
}

// RankContradictions orders contradictions as Contradictions does: by
// corroboration (documents, then outlets), then recency, then finding id.
// Callers that merge several results re-rank with it.
func RankContradictions(cs []Contradiction) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Outlets != b.Outlets {
			return a.Outlets > b.Outlets
		}
		if a.Latest != b.Latest {
			return a.Latest > b.Latest
		}
		return a.FindingID < b.FindingID
	})
}

func supportOf(ctx context.Context, s Store, keys map[SupportKey]bool) (map[SupportKey]Support, error) {
	if len(keys) == 0 {
		return map[SupportKey]Support{}, nil
	}
	list := make([]SupportKey, 0, len(keys))
	for k := range keys {
		list = append(list, k)
	}
	return s.Support(ctx, list)
}

// MutualGroup is a mutual accusation: two sides accusing each other on one
// topic, with every accusation of each side that takes part.
type MutualGroup struct {
	Sides [2]string `json:"sides"` // ordered by name
	Topic string    `json:"topic"`
	// Accusations[i] are Sides[i]'s accusations of the other side.
	Accusations [2][]Claim `json:"accusations"`
	Count       int        `json:"count"` // accusations on both sides
	Documents   int        `json:"documents"`
	First       string     `json:"first,omitempty"`
	Last        string     `json:"last,omitempty"`
}

// Mutual returns mutual accusations grouped by pair of sides and topic,
// most documented first. The filter's Rules are ignored.
//
// A group exists exactly when each side has an accusation of the other on
// the topic, so without a found-time or claim-id filter the groups are
// built from the topic's accusations: the cost follows the number of
// accusations, not the number of accusation pairs (which grows with its
// square). Side and Speaker keep the groups that have an accusation by
// that side or speaker; Since and Until bound each accusation's date.
func Mutual(ctx context.Context, s Store, f FindingFilter) ([]MutualGroup, error) {
	if f.FoundFrom.IsZero() && f.FoundTo.IsZero() && len(f.ClaimIDs) == 0 {
		return mutualFromClaims(ctx, s, f)
	}
	f.Rules = []Rule{RuleMutual}
	fs, err := s.Findings(ctx, f)
	if err != nil {
		return nil, err
	}
	g := newMutualGrouper()
	for _, x := range fs {
		g.add(x.FromClaim)
		g.add(x.ToClaim)
	}
	return g.groups(), nil
}

func mutualFromClaims(ctx context.Context, s Store, f FindingFilter) ([]MutualGroup, error) {
	byKey := map[string][]Claim{}
	err := s.Claims(ctx, ClaimFilter{Topic: f.Topic, Kind: KindAccusation, Since: f.Since, Until: f.Until}, func(c Claim) error {
		if k := AccKey(&c); k != "" {
			byKey[k] = append(byKey[k], c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	g := newMutualGrouper()
	for k, list := range byKey {
		mirror := MirrorAccKey(&list[0])
		other, ok := byKey[mirror]
		if !ok || mirror < k {
			continue // no mirror, or the pair is handled from the other key
		}
		if !mutualMatches(f, list, other) {
			continue
		}
		for i := range list {
			g.add(&list[i])
		}
		for i := range other {
			g.add(&other[i])
		}
	}
	return g.groups(), nil
}

// mutualMatches applies a filter's Side and Speaker to a group's two lists.
func mutualMatches(f FindingFilter, a, b []Claim) bool {
	if f.Side != "" && Slug(f.Side) != Slug(a[0].Side) && Slug(f.Side) != Slug(b[0].Side) {
		return false
	}
	if f.Speaker == "" {
		return true
	}
	for _, list := range [][]Claim{a, b} {
		for i := range list {
			if Slug(list[i].Speaker) == Slug(f.Speaker) {
				return true
			}
		}
	}
	return false
}

// RankMutual orders mutual-accusation groups as Mutual does: most
// documented first, then most recent, then by topic and sides.
func RankMutual(ms []MutualGroup) {
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Last != b.Last {
			return a.Last > b.Last
		}
		if a.Topic != b.Topic {
			return a.Topic < b.Topic
		}
		return a.Sides[0]+a.Sides[1] < b.Sides[0]+b.Sides[1]
	})
}

type mutualKey struct{ a, b, topic string }

// mutualGrouper collects accusations into MutualGroups, each claim once.
type mutualGrouper struct {
	byKey map[mutualKey]*MutualGroup
	seen  map[mutualKey]map[string]bool
}

func newMutualGrouper() *mutualGrouper {
	return &mutualGrouper{byKey: map[mutualKey]*MutualGroup{}, seen: map[mutualKey]map[string]bool{}}
}

func (m *mutualGrouper) add(c *Claim) {
	a, b := c.Side, c.Subject
	if Slug(b) < Slug(a) {
		a, b = b, a
	}
	k := mutualKey{Slug(a), Slug(b), Slug(c.Topic)}
	g := m.byKey[k]
	if g == nil {
		g = &MutualGroup{Sides: [2]string{a, b}, Topic: c.Topic}
		m.byKey[k] = g
		m.seen[k] = map[string]bool{}
	}
	if m.seen[k][c.ID] {
		return
	}
	m.seen[k][c.ID] = true
	i := 0
	if Slug(c.Side) != Slug(g.Sides[0]) {
		i = 1
	}
	g.Accusations[i] = append(g.Accusations[i], *c)
}

func (m *mutualGrouper) groups() []MutualGroup {
	out := make([]MutualGroup, 0, len(m.byKey))
	for _, g := range m.byKey {
		docs := map[string]bool{}
		for i := range g.Accusations {
			sortClaims(g.Accusations[i])
			for _, c := range g.Accusations[i] {
				g.Count++
				docs[c.DocID] = true
				if c.SaidAt != "" && (g.First == "" || c.SaidAt < g.First) {
					g.First = c.SaidAt
				}
				g.Last = maxStr(g.Last, c.SaidAt)
			}
		}
		g.Documents = len(docs)
		out = append(out, *g)
	}
	RankMutual(out)
	return out
}

// Opponent is a claim that contradicts or counters another, and how.
type Opponent struct {
	Rule  Rule  `json:"rule"`
	Claim Claim `json:"claim"`
	// Direction is "counters" when Claim counters the subject claim,
	// "countered_by" when the subject claim counters Claim, "" otherwise.
	Direction string `json:"direction,omitempty"`
}

// ClaimOpponents is a claim and the claims opposing it.
type ClaimOpponents struct {
	Claim     Claim      `json:"claim"`
	Opponents []Opponent `json:"opponents"`
}

// SpeakerClaims returns a speaker's claims, each with the claims that
// contradict or counter it.
func SpeakerClaims(ctx context.Context, s Store, speaker string, f ClaimFilter) ([]ClaimOpponents, error) {
	f.Speaker = speaker
	claims, err := CollectClaims(ctx, s, f)
	if err != nil {
		return nil, err
	}
	return withOpponents(ctx, s, claims)
}

func withOpponents(ctx context.Context, s Store, claims []Claim) ([]ClaimOpponents, error) {
	out := make([]ClaimOpponents, len(claims))
	idx := map[string]int{}
	ids := make([]string, len(claims))
	for i, c := range claims {
		out[i].Claim = c
		out[i].Opponents = []Opponent{}
		idx[c.ID] = i
		ids[i] = c.ID
	}
	if len(ids) == 0 {
		return out, nil
	}
	fs, err := s.Findings(ctx, FindingFilter{ClaimIDs: ids})
	if err != nil {
		return nil, err
	}
	for _, x := range fs {
		if i, ok := idx[x.From]; ok {
			dir := ""
			if x.Rule == RuleCounterclaim {
				dir = "countered_by"
			}
			out[i].Opponents = append(out[i].Opponents, Opponent{Rule: x.Rule, Claim: *x.ToClaim, Direction: dir})
		}
		if i, ok := idx[x.To]; ok {
			dir := ""
			if x.Rule == RuleCounterclaim {
				dir = "counters"
			}
			out[i].Opponents = append(out[i].Opponents, Opponent{Rule: x.Rule, Claim: *x.FromClaim, Direction: dir})
		}
	}
	return out, nil
}

// TimelineEntry is a claim on a topic with the findings it takes part in.
type TimelineEntry struct {
	ClaimOpponents
	// Contested is true when the claim takes part in any finding.
	Contested bool `json:"contested"`
}

// Timeline returns the claims on f.Topic by date, each marked with the
// contradictions it takes part in.
func Timeline(ctx context.Context, s Store, f ClaimFilter) ([]TimelineEntry, error) {
	claims, err := CollectClaims(ctx, s, f)
	if err != nil {
		return nil, err
	}
	ops, err := withOpponents(ctx, s, claims)
	if err != nil {
		return nil, err
	}
	out := make([]TimelineEntry, len(ops))
	for i, o := range ops {
		out[i] = TimelineEntry{ClaimOpponents: o, Contested: len(o.Opponents) > 0}
	}
	return out, nil
}

// Between returns what two sides assert about each other: claims of side
// a about b, then of side b about a, each with its opponents.
func Between(ctx context.Context, s Store, a, b string, f ClaimFilter) ([]ClaimOpponents, error) {
	var claims []Claim
	for _, p := range [][2]string{{a, b}, {b, a}} {
		g := f
		g.Side, g.Subject = p[0], p[1]
		cs, err := CollectClaims(ctx, s, g)
		if err != nil {
			return nil, err
		}
		claims = append(claims, cs...)
	}
	return withOpponents(ctx, s, claims)
}

// ClaimLister is the part of a Store (or a ClaimReader) CollectClaims needs.
type ClaimLister interface {
	Claims(ctx context.Context, f ClaimFilter, fn func(Claim) error) error
}

// CollectClaims returns the claims matching f as a slice.
func CollectClaims(ctx context.Context, s ClaimLister, f ClaimFilter) ([]Claim, error) {
	var out []Claim
	err := s.Claims(ctx, f, func(c Claim) error {
		out = append(out, c)
		return nil
	})
	return out, err
}

func sortClaims(cs []Claim) {
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].SaidAt != cs[j].SaidAt {
			return cs[i].SaidAt < cs[j].SaidAt
		}
		return cs[i].ID < cs[j].ID
	})
}

func maxStr(a, b string) string {
	if b > a {
		return b
	}
	return a
}
