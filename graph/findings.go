package graph

import (
	"context"
	"sort"
	"time"
)

// Findings are derived from claims, not stored. Every rule pairs claims
// within a group an index names (a proposition, a mirrored accusation, a
// responds_to link), so the claims that can take part in a finding are a
// few index lookups away. Stored pairs would grow with the square of a
// group: a proposition repeated by a thousand documents on each side is a
// million pairs but two thousand claims. So a store keeps claims and
// their keys, and answers finding queries by reading the claims the query
// can touch and applying Detect, which is what it applied at load time.

// ClaimReader reads claims from one consistent snapshot of a store. It is
// what FindFindings and FillLinks need of a backend; a backend implements
// it over a read transaction so that a finding query sees whole batches.
//
// A read may be made from inside the callback of an open Claims (the
// store pauses that result meanwhile), and from another goroutine than
// the one that opened it, one call at a time: a whole-store ranking reads
// its next chunk on a goroutine of its own and hands the reader to and fro
// under a mutex, between rows, never two calls at once.
type ClaimReader interface {
	// Claims is Store.Claims, without links.
	Claims(ctx context.Context, f ClaimFilter, fn func(Claim) error) error
	// Probe calls fn for each claim p names (see Probe), once each, in no
	// particular order, filled as Claims fills them.
	Probe(ctx context.Context, p Probe, fn func(Claim) error) error
	// Topics is Store.Topics.
	Topics(ctx context.Context, match string) ([]TopicCount, error)
	// SpeakerIDs returns the ids of the speakers whose name has the slug
	// of name: the speakers a filter by that name selects.
	SpeakerIDs(ctx context.Context, name string) ([]string, error)
}

// FindFindings answers Store.Findings: the findings matching f, with
// FromClaim and ToClaim filled and FoundAt the later ChangedAt of the two
// claims, ordered by id.
//
// It reads the claims one filter selects (claim ids, else topic, speaker,
// side, found-at range, in that order of preference; else every topic in
// turn), the claims Probe names for them, and keeps what Detect finds
// there that matches the remaining filters. A topic's propositions and
// accusations lie within the topic (their keys carry it), so for a topic
// only responds_to links are probed beyond its own claims.
func FindFindings(ctx context.Context, r ClaimReader, f FindingFilter) ([]Finding, error) {
	m, err := newFindingMatch(ctx, r, f)
	if err != nil {
		return nil, err
	}
	var out []Finding
	keep := func(fs []Finding, own func(*Finding) bool) {
		for _, x := range fs {
			if m.keep(&x) && (own == nil || own(&x)) {
				out = append(out, x)
			}
		}
	}
	seeds := func(cf ClaimFilter) ([]Claim, error) { return CollectClaims(ctx, r, cf) }
	var cf *ClaimFilter
	switch {
	case len(f.ClaimIDs) > 0:
		cf = &ClaimFilter{IDs: f.ClaimIDs}
	case f.Topic != "":
		cs, err := seeds(ClaimFilter{Topic: f.Topic})
		if err != nil {
			return nil, err
		}
		fs, err := detectAround(ctx, r, cs, linkProbe(cs), doubleWithin)
		if err != nil {
			return nil, err
		}
		keep(fs, nil)
	case f.Speaker != "":
		cf = &ClaimFilter{Speaker: f.Speaker}
	case f.Side != "":
		cf = &ClaimFilter{Side: f.Side}
	case !f.FoundFrom.IsZero() || !f.FoundTo.IsZero():
		// A finding is found when its later claim changed: that claim is
		// in the range.
		cf = &ClaimFilter{ChangedFrom: f.FoundFrom, ChangedTo: f.FoundTo}
	default:
		topics, err := r.Topics(ctx, "")
		if err != nil {
			return nil, err
		}
		for _, t := range topics {
			cs, err := seeds(ClaimFilter{Topic: t.Name})
			if err != nil {
				return nil, err
			}
			fs, err := detectAround(ctx, r, cs, linkProbe(cs), doubleWithin)
			if err != nil {
				return nil, err
			}
			// A responds_to link across topics is found from both: keep
			// it from its From claim's topic only.
			slug := TopicSlug(t.Name)
			keep(fs, func(x *Finding) bool { return TopicSlug(x.FromClaim.Topic) == slug })
		}
	}
	if cf != nil {
		cs, err := seeds(*cf)
		if err != nil {
			return nil, err
		}
		fs, err := detectAround(ctx, r, cs, ProbeFor(cs), doubleRead)
		if err != nil {
			return nil, err
		}
		keep(fs, nil)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out, nil
}

// TopicFinder is what FindingsByTopic reads: a Store's topics and
// findings.
type TopicFinder interface {
	Topics(ctx context.Context, match string) ([]TopicCount, error)
	Findings(ctx context.Context, f FindingFilter) ([]Finding, error)
}

// FindingsByTopic calls fn with the findings of each topic of s in turn:
// every finding of the store, each once, under its From claim's topic, as
// Findings with no filter finds them, but a topic at a time, so that a pass
// over a whole store (an export, a migration's recount) holds one topic's
// findings, not the store's.
func FindingsByTopic(ctx context.Context, s TopicFinder, fn func([]Finding) error) error {
	topics, err := s.Topics(ctx, "")
	if err != nil {
		return err
	}
	for _, t := range topics {
		fs, err := s.Findings(ctx, FindingFilter{Topic: t.Name})
		if err != nil {
			return err
		}
		slug := TopicSlug(t.Name)
		seen := make(map[string]bool, len(fs))
		own := fs[:0]
		for _, f := range fs {
			if !seen[f.ID] && TopicSlug(f.FromClaim.Topic) == slug {
				seen[f.ID] = true
				own = append(own, f)
			}
		}
		if len(own) == 0 {
			continue
		}
		if err := fn(own); err != nil {
			return err
		}
	}
	return nil
}

// FillLinks sets Counters and Contradicts on each of claims, which r's
// snapshot holds: what Store.Claims returns with WithLinks.
func FillLinks(ctx context.Context, r ClaimReader, claims []Claim) error {
	fs, err := detectAround(ctx, r, claims, ProbeFor(claims), doubleNone)
	if err != nil {
		return err
	}
	idx := make(map[string]int, len(claims))
	for i := range claims {
		idx[claims[i].ID] = i
		claims[i].Counters, claims[i].Contradicts = nil, nil
	}
	counters := map[int]set{}
	contra := map[int]set{}
	add := func(m map[int]set, i int, id string) {
		if m[i] == nil {
			m[i] = set{}
		}
		m[i].add(id)
	}
	for _, x := range fs {
		if x.Rule == RuleCounterclaim {
			if i, ok := idx[x.From]; ok {
				add(counters, i, x.To)
			}
			continue
		}
		if i, ok := idx[x.From]; ok {
			add(contra, i, x.To)
		}
		if i, ok := idx[x.To]; ok {
			add(contra, i, x.From)
		}
	}
	for i, s := range counters {
		claims[i].Counters = s.sorted()
	}
	for i, s := range contra {
		claims[i].Contradicts = s.sorted()
	}
	return nil
}

// FindingDelta counts, by rule, the findings in now that are not in
// before and those in before that are not in now. A load passes the
// findings of its fresh claims as Detect finds them (now) and those the
// stored versions of its changed claims had (before): the difference is
// what the load changed in the store's findings.
func FindingDelta(before, now []Finding) (added, removed map[Rule]int) {
	added, removed = map[Rule]int{}, map[Rule]int{}
	old := make(map[string]bool, len(before))
	for _, x := range before {
		old[x.ID] = true
	}
	cur := make(map[string]bool, len(now))
	for _, x := range now {
		cur[x.ID] = true
		if !old[x.ID] {
			added[x.Rule]++
		}
	}
	for _, x := range before {
		if !cur[x.ID] {
			removed[x.Rule]++
		}
	}
	return added, removed
}

// StoredFindings returns the findings the stored claims with these ids
// take part in: read returns the claims a probe names, first these claims,
// then their groups (ProbeFor), and Detect pairs them. A load calls it
// before writing, for what its changed claims' stored versions had, and
// after, to re-derive the Counterclaim flag of the claims Recheck names.
func StoredFindings(ids map[string]bool, read func(Probe) ([]Claim, error)) ([]Finding, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list := make(set, len(ids))
	for id := range ids {
		list.add(id)
	}
	claims, err := read(Probe{IDs: list.sorted()})
	if err != nil {
		return nil, err
	}
	cands, err := read(ProbeFor(claims))
	if err != nil {
		return nil, err
	}
	return Detect(claims, cands), nil
}

// Recheck returns the claims a load must re-derive the Counterclaim flag
// of after writing: they countered a claim in before (the findings of the
// changed claims' stored versions), are not in the batch (fresh) and
// counter nothing among the batch's findings (counter). What they
// countered may have been an old version only.
func Recheck(before []Finding, fresh []Claim, counter map[string]bool) map[string]bool {
	isFresh := make(map[string]bool, len(fresh))
	for i := range fresh {
		isFresh[fresh[i].ID] = true
	}
	out := map[string]bool{}
	for _, f := range before {
		if f.Rule == RuleCounterclaim && !isFresh[f.From] && !counter[f.From] {
			out[f.From] = true
		}
	}
	return out
}

// linkProbe names the claims linked to cs by responds_to, either way: all
// a topic's claims need beyond the topic.
func linkProbe(cs []Claim) Probe {
	ids, resp := set{}, set{}
	for i := range cs {
		for _, id := range cs[i].RespondsTo {
			ids.add(id)
		}
		resp.add(cs[i].ID)
	}
	return Probe{IDs: ids.sorted(), RespondersTo: resp.sorted()}
}

// How detectAround finds double standards: not at all (FillLinks keeps
// to the rules a load counts), among the claims it has (a topic's seeds
// hold every claim a double standard of theirs needs), or after reading
// the claims breaking the seeds' standards and the standards they break.
const (
	doubleNone = iota
	doubleWithin
	doubleRead
)

// detectAround returns the findings between a claim of seeds and a claim
// of seeds or of what p names, with FromClaim, ToClaim and FoundAt set;
// double says how double standards are found.
func detectAround(ctx context.Context, r ClaimReader, seeds []Claim, p Probe, double int) ([]Finding, error) {
	standards := double == doubleRead
	if len(seeds) == 0 {
		return nil, nil
	}
	byID := make(map[string]*Claim, len(seeds))
	for i := range seeds {
		byID[seeds[i].ID] = &seeds[i]
	}
	var cands []Claim
	keepCand := func(c Claim) error {
		if _, ok := byID[c.ID]; !ok {
			cands = append(cands, c)
		}
		return nil
	}
	if standards {
		prop := set{}
		for _, k := range p.PropKeys {
			prop.add(k)
		}
		for i := range seeds {
			if k := DoubleKey(&seeds[i]); k != "" {
				prop.add(k)
			}
		}
		p.PropKeys = prop.sorted()
	}
	if !p.Empty() {
		if err := r.Probe(ctx, p, keepCand); err != nil {
			return nil, err
		}
	}
	if standards {
		// The standards a seed breaks: its subject's side's claims on its
		// topic with the seed's proposition as DoubleKey. There is no
		// index of DoubleKey yet, so these are read by side and topic.
		type sideTopic struct{ side, topic string }
		done := map[sideTopic]bool{}
		for i := range seeds {
			c := &seeds[i]
			k := sideTopic{Slug(c.Subject), TopicSlug(c.Topic)}
			if !Breaks(c) || done[k] {
				continue
			}
			done[k] = true
			err := r.Claims(ctx, ClaimFilter{Side: c.Subject, Topic: c.Topic}, func(s Claim) error {
				if DoubleKey(&s) != "" {
					return keepCand(s)
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	for i := range cands {
		if _, ok := byID[cands[i].ID]; !ok {
			byID[cands[i].ID] = &cands[i]
		}
	}
	fs := Detect(seeds, cands)
	if double != doubleNone {
		fs = append(fs, DetectDouble(seeds, cands)...)
		sortFindings(fs)
	}
	for i := range fs {
		x := &fs[i]
		x.FromClaim, x.ToClaim = byID[x.From], byID[x.To]
		x.FoundAt = laterTime(x.FromClaim.ChangedAt, x.ToClaim.ChangedAt)
	}
	return fs, nil
}

// findingMatch is a FindingFilter checked against derived findings.
type findingMatch struct {
	f            FindingFilter
	rules        map[Rule]bool
	topic, side  string
	speakers     map[string]bool
	ids          map[string]bool
	since, until string
}

func newFindingMatch(ctx context.Context, r ClaimReader, f FindingFilter) (*findingMatch, error) {
	m := &findingMatch{f: f, topic: TopicSlug(f.Topic), side: Slug(f.Side)}
	if f.Limit < 0 {
		return nil, Errorf(EInvalid, "findings: negative limit %d", f.Limit)
	}
	if len(f.Rules) > 0 {
		m.rules = map[Rule]bool{}
		for _, x := range f.Rules {
			if !x.Valid() {
				return nil, Errorf(EInvalid, "findings: unknown rule %q", x)
			}
			m.rules[x] = true
		}
	}
	var err error
	if m.since, err = NormDate(f.Since); err != nil {
		return nil, Errorf(EInvalid, "findings: since: %v", err)
	}
	if m.until, err = NormDate(f.Until); err != nil {
		return nil, Errorf(EInvalid, "findings: until: %v", err)
	}
	if f.Speaker != "" {
		ids, err := r.SpeakerIDs(ctx, f.Speaker)
		if err != nil {
			return nil, err
		}
		m.speakers = map[string]bool{}
		for _, id := range ids {
			m.speakers[id] = true
		}
	}
	if len(f.ClaimIDs) > 0 {
		m.ids = map[string]bool{}
		for _, id := range f.ClaimIDs {
			m.ids[id] = true
		}
	}
	return m, nil
}

// keep applies every filter: Topic, Side, Speaker and ClaimIDs match
// either claim, Since/Until bound the later SaidAt, FoundFrom/FoundTo the
// FoundAt.
func (m *findingMatch) keep(x *Finding) bool {
	a, b := x.FromClaim, x.ToClaim
	if m.rules != nil && !m.rules[x.Rule] {
		return false
	}
	if m.topic != "" && TopicSlug(a.Topic) != m.topic && TopicSlug(b.Topic) != m.topic {
		return false
	}
	if m.side != "" && Slug(a.Side) != m.side && Slug(b.Side) != m.side {
		return false
	}
	if m.speakers != nil && !m.speakers[a.SpeakerID] && !m.speakers[b.SpeakerID] {
		return false
	}
	if m.ids != nil && !m.ids[a.ID] && !m.ids[b.ID] {
		return false
	}
	latest := maxStr(a.SaidAt, b.SaidAt)
	if m.since != "" && latest < m.since {
		return false
	}
	if m.until != "" && (latest == "" || latest > m.until) {
		return false
	}
	if !m.f.FoundFrom.IsZero() && x.FoundAt.Before(m.f.FoundFrom) {
		return false
	}
	if !m.f.FoundTo.IsZero() && !x.FoundAt.Before(m.f.FoundTo) {
		return false
	}
	return true
}

func laterTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
