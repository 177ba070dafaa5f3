package graph

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// A judgement is what an analyst decided about the graph: that a finding
// or a dispute holds (confirm), does not (reject) or is unclear (unsure);
// that two speakers or two topics are one (merge); which side a speaker
// speaks for (set_side); or that an earlier judgement no longer stands
// (undo). Judgements are data, kept beside the graph in both stores
// (JudgementStore) and exchanged as JSON lines: a re-load never touches
// them, and they are applied again to whatever a load writes, so that an
// analyst's decision outlives any re-extraction.

// Action is what a judgement decides.
type Action string

// Actions.
const (
	ActConfirm Action = "confirm"  // a finding, dispute or exchange holds
	ActReject  Action = "reject"   // it does not: queries hide it by default
	ActUnsure  Action = "unsure"   // it is unclear
	ActMerge   Action = "merge"    // a speaker or topic is another one (Into)
	ActSetSide Action = "set_side" // a speaker speaks for Side
	ActUndo    Action = "undo"     // the judgement TargetID no longer stands
)

// Target is the kind of thing a judgement is about.
type Target string

// Targets.
const (
	TargetFinding   Target = "finding"   // a claim pair: TargetID is its finding id
	TargetDispute   Target = "dispute"   // TargetID is a dispute id
	TargetExchange  Target = "exchange"  // TargetID is an exchange id
	TargetSpeaker   Target = "speaker"   // TargetID is the speaker's name
	TargetTopic     Target = "topic"     // TargetID is the topic's name
	TargetJudgement Target = "judgement" // TargetID is a judgement id (undo)
)

// Judgement is one decision of an analyst. Its id is derived from all its
// fields, so importing a file twice stores each judgement once.
type Judgement struct {
	ID     string `json:"id"`
	Action Action `json:"action"`
	Target Target `json:"target"`
	// TargetID names what is judged: an id for findings, disputes,
	// exchanges and judgements, a name for speakers and topics (claims
	// carry names, and a re-extracted claim carries the same name).
	TargetID string `json:"target_id"`
	// Into is the speaker or topic a merge folds TargetID into.
	Into string `json:"into,omitempty"`
	// Side is the actor set_side gives the speaker.
	Side   string `json:"side,omitempty"`
	Reason string `json:"reason,omitempty"`
	// User is who decided: the name of the API token, or the local user.
	User string    `json:"user"`
	At   time.Time `json:"at"`
}

// Limits on a judgement's fields: judgements are typed by people, and a
// store keeps every one.
const (
	MaxJudgementName   = 200  // target id, into, side, user (bytes)
	MaxJudgementReason = 4000 // reason (bytes)
)

// verdictTargets are the targets confirm, reject and unsure apply to.
var verdictTargets = []Target{TargetFinding, TargetDispute, TargetExchange}

// IsVerdict reports whether a is confirm, reject or unsure.
func (a Action) IsVerdict() bool { return a == ActConfirm || a == ActReject || a == ActUnsure }

// PrepareJudgement checks j, normalises its names and time (UTC; now when
// zero) and fills its id. Errors are EInvalid and name the field.
func PrepareJudgement(j Judgement, now time.Time) (Judgement, error) {
	j.TargetID = strings.TrimSpace(j.TargetID)
	j.Into, j.Side = NodeName(j.Into), NodeName(j.Side)
	j.User, j.Reason = NodeName(j.User), strings.TrimSpace(j.Reason)
	if j.Target == TargetSpeaker || j.Target == TargetTopic {
		j.TargetID = NodeName(j.TargetID)
	}
	for _, f := range []struct {
		name, v string
		max     int
	}{
		{"target_id", j.TargetID, MaxJudgementName}, {"into", j.Into, MaxJudgementName},
		{"side", j.Side, MaxJudgementName}, {"user", j.User, MaxJudgementName},
		{"reason", j.Reason, MaxJudgementReason},
	} {
		if len(f.v) > f.max {
			return j, Errorf(EInvalid, "judgement %s: %d bytes, at most %d", f.name, len(f.v), f.max)
		}
		if !utf8.ValidString(f.v) {
			return j, Errorf(EInvalid, "judgement %s is not valid UTF-8", f.name)
		}
	}
	if j.TargetID == "" {
		return j, Errorf(EInvalid, "judgement has no target_id")
	}
	if j.User == "" {
		return j, Errorf(EInvalid, "judgement has no user")
	}
	switch {
	case j.Action.IsVerdict():
		if !containsTarget(verdictTargets, j.Target) {
			return j, Errorf(EInvalid, "%s applies to a finding, dispute or exchange, not %q", j.Action, j.Target)
		}
		if j.Into != "" || j.Side != "" {
			return j, Errorf(EInvalid, "%s takes no into or side", j.Action)
		}
	case j.Action == ActMerge:
		if j.Target != TargetSpeaker && j.Target != TargetTopic {
			return j, Errorf(EInvalid, "merge applies to a speaker or a topic, not %q", j.Target)
		}
		if Slug(j.Into) == "" || Slug(j.TargetID) == "" {
			return j, Errorf(EInvalid, "merge needs two names with letters or digits (target_id and into)")
		}
		if key := j.Target.key(); key(j.Into) == key(j.TargetID) {
			// "pipeline explosion" into "pipeline blast" too: one topic
			return j, Errorf(EInvalid, "merge of %q into itself", j.TargetID)
		}
		if j.Side != "" {
			return j, Errorf(EInvalid, "merge takes no side")
		}
	case j.Action == ActSetSide:
		if j.Target != TargetSpeaker {
			return j, Errorf(EInvalid, "set_side applies to a speaker, not %q", j.Target)
		}
		if Slug(j.Side) == "" || Slug(j.TargetID) == "" {
			return j, Errorf(EInvalid, "set_side needs a speaker (target_id) and a side with letters or digits")
		}
		if j.Into != "" {
			return j, Errorf(EInvalid, "set_side takes no into")
		}
	case j.Action == ActUndo:
		if j.Target != TargetJudgement {
			return j, Errorf(EInvalid, "undo applies to a judgement, not %q", j.Target)
		}
		if j.Into != "" || j.Side != "" {
			return j, Errorf(EInvalid, "undo takes no into or side")
		}
	default:
		return j, Errorf(EInvalid, "judgement action %q is not one of confirm, reject, unsure, merge, set_side, undo", j.Action)
	}
	if j.At.IsZero() {
		j.At = now
	}
	j.At = j.At.UTC()
	if y := j.At.Year(); y < 1000 || y > 9999 {
		return j, Errorf(EInvalid, "judgement time %s: year out of range", j.At.Format(time.RFC3339))
	}
	id := JudgementID(j)
	if j.ID != "" && j.ID != id {
		return j, Errorf(EInvalid, "judgement id %q does not match its content (%s)", j.ID, id)
	}
	j.ID = id
	return j, nil
}

func containsTarget(ts []Target, t Target) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// JudgementID derives a judgement's id from its content.
func JudgementID(j Judgement) string {
	return hashID("judgement:", string(j.Action), string(j.Target), j.TargetID, j.Into, j.Side, j.Reason, j.User,
		j.At.UTC().Format(time.RFC3339Nano))
}

// SortJudgements orders judgements as they apply: by time, then id.
func SortJudgements(js []Judgement) {
	sort.Slice(js, func(a, b int) bool { return judgementBefore(&js[a], &js[b]) })
}

func judgementBefore(a, b *Judgement) bool {
	if !a.At.Equal(b.At) {
		return a.At.Before(b.At)
	}
	return a.ID < b.ID
}

// JudgementStore keeps judgements beside the graph. It is not part of
// graph.Store: both stores implement it in the same database. Errors are
// coded as Store's; after Close, EUnavailable.
type JudgementStore interface {
	// AddJudgements stores, in one transaction, the judgements whose id
	// is not stored yet, and returns how many it stored. Each must have
	// passed PrepareJudgement (EInvalid otherwise: nothing is stored).
	AddJudgements(ctx context.Context, js []Judgement) (int, error)
	// Judgements calls fn with every stored judgement, ordered by At
	// then ID. It stops at fn's first error and returns it.
	Judgements(ctx context.Context, fn func(Judgement) error) error

	// SaveOriginals records, in one transaction, the fields of claims as
	// a load gave them before judgements rewrote them (replacing what
	// was recorded for the same claim), and forgets those of drop.
	SaveOriginals(ctx context.Context, set []Original, drop []string) error
	// Originals returns the recorded originals of the claims ids that
	// have one.
	Originals(ctx context.Context, ids []string) (map[string]Original, error)
	// EachOriginal calls fn with every recorded original, ordered by
	// claim id; it stops at fn's first error and returns it.
	EachOriginal(ctx context.Context, fn func(Original) error) error
}

// Original is what judgements may rewrite of a claim, as it was loaded.
type Original struct {
	ClaimID string `json:"claim_id"`
	Speaker string `json:"speaker"`
	Topic   string `json:"topic"`
	Side    string `json:"side,omitempty"`
}

// OriginalOf returns c's rewritable fields.
func OriginalOf(c *Claim) Original {
	return Original{ClaimID: c.ID, Speaker: c.Speaker, Topic: c.Topic, Side: c.Side}
}

// restore puts o's fields back into c.
func (o Original) restore(c *Claim) {
	c.Speaker, c.SpeakerID, c.Topic, c.Side = o.Speaker, SpeakerID(o.Speaker), o.Topic, o.Side
}

// Judged is the effect of a list of judgements, applied in order (time,
// then id): the verdict in force for each judged finding, dispute and
// exchange (the latest), and the merges and sides claims are rewritten
// with. A judgement undone by an undo in force has no effect; undoing an
// undo restores what it undid.
type Judged struct {
	list     []Judgement
	byID     map[string]*Judgement
	inForce  map[string]bool
	verdicts map[string]*Judgement // by target id
	speakers map[string]string     // slug of a merged speaker -> the name it merges into
	topics   map[string]string     // slug of a merged topic -> the name it merges into
	sides    map[string]string     // slug of a speaker -> its side
	rejected int
}

// NewJudged applies js (in any order) and returns their effect.
func NewJudged(js []Judgement) *Judged {
	list := append([]Judgement(nil), js...)
	SortJudgements(list)
	g := &Judged{list: list, byID: map[string]*Judgement{}, inForce: map[string]bool{},
		verdicts: map[string]*Judgement{}, speakers: map[string]string{}, topics: map[string]string{}, sides: map[string]string{}}
	undoneBy := map[string][]string{}
	for i := range list {
		j := &list[i]
		g.byID[j.ID] = j
		if j.Action == ActUndo {
			undoneBy[j.TargetID] = append(undoneBy[j.TargetID], j.ID)
		}
	}
	// A judgement is in force unless an undo in force names it. Undos
	// only name judgements, so the recursion follows undo chains; a
	// cycle (possible only in hand-written files) counts as in force.
	state := map[string]int8{} // 0 unknown, 1 visiting, 2 in force, 3 undone
	var force func(id string) bool
	force = func(id string) bool {
		switch state[id] {
		case 1:
			return true
		case 2:
			return true
		case 3:
			return false
		}
		state[id] = 1
		in := true
		for _, u := range undoneBy[id] {
			if force(u) {
				in = false
				break
			}
		}
		state[id] = 3
		if in {
			state[id] = 2
		}
		return in
	}
	for i := range list {
		j := &list[i]
		if !force(j.ID) {
			continue
		}
		g.inForce[j.ID] = true
		switch {
		case j.Action.IsVerdict():
			g.verdicts[j.TargetID] = j
		case j.Action == ActMerge && j.Target == TargetSpeaker:
			merge(g.speakers, j.TargetID, j.Into, Slug)
		case j.Action == ActMerge && j.Target == TargetTopic:
			merge(g.topics, j.TargetID, j.Into, TopicSlug)
		case j.Action == ActSetSide:
			g.sides[Slug(j.TargetID)] = j.Side
		}
	}
	for _, v := range g.verdicts {
		if v.Action == ActReject {
			g.rejected++
		}
	}
	return g
}

// key returns the function that gives a name of the target's nodes its
// identity: a topic's TopicSlug, any other name's Slug.
func (t Target) key() func(string) string {
	if t == TargetTopic {
		return TopicSlug
	}
	return Slug
}

// merge records that from merges into into. A later merge wins over an
// earlier one that would make a cycle: merging B into A after A into B
// keeps A. key gives a name's identity (Target.key).
func merge(m map[string]string, from, into string, key func(string) string) {
	f := key(from)
	// Walk from into; if the walk reaches from, drop the link that
	// enters it, so the new link closes no cycle.
	prev, cur := "", key(into)
	for seen := map[string]bool{}; cur != "" && !seen[cur]; {
		seen[cur] = true
		if cur == f {
			delete(m, prev)
			break
		}
		next, ok := m[cur]
		if !ok {
			break
		}
		prev, cur = cur, key(next)
	}
	m[f] = into
}

// resolve follows merges from name to the name it ends in, or "" when
// name is not merged; key gives a name's identity (Target.key).
func resolve(m map[string]string, name string, key func(string) string) string {
	out := ""
	cur := key(name)
	for seen := map[string]bool{}; !seen[cur]; {
		seen[cur] = true
		next, ok := m[cur]
		if !ok {
			break
		}
		out, cur = next, key(next)
	}
	return out
}

// Len is how many judgements there are, in force or not.
func (g *Judged) Len() int { return len(g.list) }

// List returns the judgements in the order they apply.
func (g *Judged) List() []Judgement { return g.list }

// Get returns the judgement with id.
func (g *Judged) Get(id string) (Judgement, bool) {
	j, ok := g.byID[id]
	if !ok {
		return Judgement{}, false
	}
	return *j, true
}

// InForce reports whether the judgement id stands (no undo in force
// names it).
func (g *Judged) InForce(id string) bool { return g.inForce[id] }

// Verdict returns the verdict in force on a finding, dispute or exchange.
func (g *Judged) Verdict(targetID string) (Judgement, bool) {
	j, ok := g.verdicts[targetID]
	if !ok {
		return Judgement{}, false
	}
	return *j, true
}

// Rejected reports whether the verdict in force on targetID is reject.
func (g *Judged) Rejected(targetID string) bool {
	j, ok := g.verdicts[targetID]
	return ok && j.Action == ActReject
}

// RejectedCount is how many findings, disputes and exchanges stand
// rejected: a page that hides them needs at most that many more rows.
func (g *Judged) RejectedCount() int { return g.rejected }

// Verdicts returns the verdict in force of each of ids that has one.
func (g *Judged) Verdicts(ids ...string) map[string]Action {
	out := map[string]Action{}
	for _, id := range ids {
		if j, ok := g.verdicts[id]; ok {
			out[id] = j.Action
		}
	}
	return out
}

// Rewrites reports whether any merge or side is in force: without one,
// Rewrite changes nothing.
func (g *Judged) Rewrites() bool {
	return len(g.speakers)+len(g.topics)+len(g.sides) > 0
}

// Speaker returns the name the speaker name is merged into, or name.
func (g *Judged) Speaker(name string) string {
	if into := resolve(g.speakers, name, Slug); into != "" {
		return into
	}
	return name
}

// Topic returns the name the topic name is merged into, or name.
func (g *Judged) Topic(name string) string {
	if into := resolve(g.topics, name, TopicSlug); into != "" {
		return into
	}
	return name
}

// MergedSpeakers and MergedTopics list the names merged into others;
// SidedSpeakers the speakers given a side. Reapply reads their claims.
func (g *Judged) MergedSpeakers() []string {
	return sortedValues(g.speakers, g.mergedNames(TargetSpeaker))
}

// MergedTopics lists the topics merged into others.
func (g *Judged) MergedTopics() []string { return sortedValues(g.topics, g.mergedNames(TargetTopic)) }

// SidedSpeakers lists the speakers a set_side in force names.
func (g *Judged) SidedSpeakers() []string {
	var out []string
	seen := map[string]bool{}
	for i := range g.list {
		j := &g.list[i]
		if j.Action == ActSetSide && g.inForce[j.ID] && !seen[Slug(j.TargetID)] {
			seen[Slug(j.TargetID)] = true
			out = append(out, j.TargetID)
		}
	}
	sort.Strings(out)
	return out
}

// mergedNames maps the slug of each merged name to the name as the
// judgement gave it.
func (g *Judged) mergedNames(t Target) map[string]string {
	out := map[string]string{}
	for i := range g.list {
		j := &g.list[i]
		if j.Action == ActMerge && j.Target == t {
			out[t.key()(j.TargetID)] = j.TargetID
		}
	}
	return out
}

func sortedValues(m map[string]string, names map[string]string) []string {
	out := make([]string, 0, len(m))
	for slug := range m {
		out = append(out, names[slug])
	}
	sort.Strings(out)
	return out
}

// Rewrite applies the merges and sides in force to c, a claim as loaded
// (before any judgement), and reports whether it changed c: a merged
// speaker becomes the speaker it merges into (name and id), a merged topic
// the topic it merges into, and a claim of a speaker given a side gets
// that side. The side of the speaker a claim ends up with wins over the
// side of the speaker it came from. Rewrite is a function of c and the
// judgements only, so every load of the same claim writes the same claim.
func (g *Judged) Rewrite(c *Claim) bool {
	if !g.Rewrites() {
		return false
	}
	changed := false
	if into := resolve(g.speakers, c.Speaker, Slug); into != "" && into != c.Speaker {
		from := c.Speaker
		c.Speaker, c.SpeakerID = into, SpeakerID(into)
		if side, ok := g.sides[Slug(from)]; ok && c.Side != side {
			c.Side = side
		}
		changed = true
	}
	if into := resolve(g.topics, c.Topic, TopicSlug); into != "" && into != c.Topic {
		c.Topic = into
		changed = true
	}
	if side, ok := g.sides[Slug(c.Speaker)]; ok && c.Side != side {
		c.Side = side
		changed = true
	}
	return changed
}

// RewriteBatch applies Rewrite to a copy of b's claims and folds its
// speakers and topics the same way (a merged speaker or topic is left
// out: the node it merges into stands for it; a speaker given a side gets
// it). It returns the batch to write and, for each claim Rewrite changed,
// its Original.
func (g *Judged) RewriteBatch(b Batch) (Batch, []Original) {
	if !g.Rewrites() {
		return b, nil
	}
	out := b
	out.Claims = make([]Claim, len(b.Claims))
	var origs []Original
	for i := range b.Claims {
		c := b.Claims[i]
		if g.Rewrite(&c) {
			origs = append(origs, OriginalOf(&b.Claims[i]))
		}
		out.Claims[i] = c
	}
	out.Speakers = nil
	for _, sp := range b.Speakers {
		if resolve(g.speakers, sp.Name, Slug) != "" {
			continue
		}
		if side, ok := g.sides[Slug(sp.Name)]; ok {
			sp.Side = side
		}
		out.Speakers = append(out.Speakers, sp)
	}
	out.Topics = nil
	for _, t := range b.Topics {
		if resolve(g.topics, t.Name, TopicSlug) == "" {
			out.Topics = append(out.Topics, t)
		}
	}
	return out, origs
}

// ReadJudged reads every stored judgement and returns their effect.
func ReadJudged(ctx context.Context, js JudgementStore) (*Judged, error) {
	var list []Judgement
	err := js.Judgements(ctx, func(j Judgement) error {
		list = append(list, j)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return NewJudged(list), nil
}
