package graph

import (
	"sort"
	"time"
)

// A dispute is the answer to one question an analyst asks: does this
// subject do this action, on this topic? It gathers every claim of one
// proposition into camps (those who say it happens, those who say it does
// not, and the threats and predictions about it), grouped by side and
// speaker with how well each is sourced, the first move and the first
// answer, and the double standard of the subject's side when it holds
// others to what it is said to do. An exchange is the mutual accusation
// of two sides on a topic: the accusations each way, who accused first,
// how long before the answer, and the denials.

// Camp stances.
const (
	StanceAffirm  = "affirm"  // says the action happens (polarity +)
	StanceDeny    = "deny"    // says it does not (polarity -)
	StanceOutlook = "outlook" // threatens or predicts it
)

// Dispute is a contested proposition with its camps. Camps[0] affirms it,
// Camps[1] denies it; Outlook holds the threats and predictions.
type Dispute struct {
	ID      string `json:"id"`
	Subject string `json:"subject"`
	Action  string `json:"action"`
	Topic   string `json:"topic"`
	// Evidence counts the claims of both camps (not the outlook).
	Evidence
	Camps   [2]Camp `json:"camps"`
	Outlook Camp    `json:"outlook"`
	// Opened is the first dated claim of either camp; Answered the first
	// dated claim of the other camp on or after it, AnswerDays the days
	// between them.
	Opened     *Move `json:"opened,omitempty"`
	Answered   *Move `json:"answered,omitempty"`
	AnswerDays *int  `json:"answer_days,omitempty"`
	// DoubleStandard is set when the subject's side holds others to the
	// action it is itself said to do.
	DoubleStandard *Standard `json:"double_standard,omitempty"`
	// Pairs counts the dispute's claim pairs by their strongest rule (the
	// pairs query contradictions lists).
	Pairs map[Rule]int `json:"pairs"`
	// Weak says why the dispute ranks last: its proposition has no
	// subject, or a camp has no stated side.
	Weak []string `json:"weak,omitempty"`
}

// Camp is one stance of a dispute: its evidence, its sides (most
// independent sources first) and its best-evidenced claims.
type Camp struct {
	Stance string `json:"stance"`
	Evidence
	Sides []Voice `json:"sides"`
	// Days counts the camp's dated claims by the day they were said, in
	// date order: the camp's timeline (Evidence.Undated counts the rest).
	Days []DayClaims `json:"days"`
	// Examples are the camp's best-evidenced claims, at most the query's
	// examples; Evidence.Claims counts them all.
	Examples []Claim `json:"examples"`
}

// DayClaims is how many claims were said on one day.
type DayClaims struct {
	Day    string `json:"day"`
	Claims int    `json:"claims"`
}

// Voice is one side within a camp ("" when the speakers state none), with
// its speakers.
type Voice struct {
	Side string `json:"side"`
	Evidence
	Speakers []SpeakerVoice `json:"speakers"`
	// MoreSpeakers counts speakers beyond the first maxSpeakers listed.
	MoreSpeakers int `json:"more_speakers,omitempty"`
}

// SpeakerVoice is one speaker within a side of a camp.
type SpeakerVoice struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Named bool   `json:"named"` // a named person or body, not a generic one
	Evidence
}

// Move is one claim that opens or answers a dispute or an exchange.
type Move struct {
	Stance  string `json:"stance,omitempty"`
	Side    string `json:"side,omitempty"`
	Speaker string `json:"speaker"`
	Date    string `json:"date"`
	ClaimID string `json:"claim_id"`
}

// Standard is a side's double standard in a dispute: its accusations of
// others (or condemnations of the act) while the dispute's affirming camp
// says the side does the act itself.
type Standard struct {
	Side string `json:"side"`
	Evidence
	// Accused are the actors the side accuses of the act, most claimed
	// first; Condemns is set when it also condemns the act as such.
	Accused  []string `json:"accused,omitempty"`
	Condemns bool     `json:"condemns,omitempty"`
	Examples []Claim  `json:"examples"`
	// Pairs counts the (standard, claim) pairs.
	Pairs int `json:"pairs"`
}

// Exchange is a mutual accusation: two sides accusing each other on one
// topic. Sides[0] accused first.
type Exchange struct {
	ID    string    `json:"id"`
	Sides [2]string `json:"sides"`
	Topic string    `json:"topic"`
	Evidence
	// Accusations[i] are Sides[i]'s accusations of Sides[1-i].
	Accusations [2]Direction `json:"accusations"`
	// FirstAccuser is Sides[0] when the dated accusations say who began:
	// its first accusation is earlier than the other side's. SameDay is
	// set when both sides' first accusations share a day. Opened is the
	// first dated accusation, Answered the first dated accusation back,
	// AnswerDays the days between them.
	FirstAccuser string `json:"first_accuser,omitempty"`
	SameDay      bool   `json:"same_day,omitempty"`
	Opened       *Move  `json:"opened,omitempty"`
	Answered     *Move  `json:"answered,omitempty"`
	AnswerDays   *int   `json:"answer_days,omitempty"`
	Pairs        int    `json:"pairs"` // mutual-accusation pairs
}

// Direction is one side's accusations of the other within an exchange,
// and the other side's denials of them.
type Direction struct {
	From string `json:"from"`
	To   string `json:"to"`
	Evidence
	// Actions are what From alleges, most claimed first.
	Actions  []ActionCount `json:"actions"`
	Examples []Claim       `json:"examples"`
	// Denials are To's denials of those actions, DenialExamples the best
	// of them.
	Denials        Evidence `json:"denials"`
	DenialExamples []Claim  `json:"denial_examples"`
}

// ActionCount is an action and how many claims allege it.
type ActionCount struct {
	Action string `json:"action"`
	Claims int    `json:"claims"`
}

// DisputeTotals counts what a dispute query found before paging.
type DisputeTotals struct {
	Disputes  int `json:"disputes"`
	Exchanges int `json:"exchanges"`
	// Pairs counts the pairs of all those disputes and exchanges (under
	// the scope's window) by their strongest rule.
	Pairs map[Rule]int `json:"pairs"`
	// MostOpposed are the speakers whose claims take part in the most
	// pairs, when DisputeOptions.Speakers asks for them.
	MostOpposed []SpeakerTally `json:"most_opposed,omitempty"`
}

// SpeakerTally is how many pairs a speaker's claims take part in, by the
// pairs' strongest rule.
type SpeakerTally struct {
	SpeakerID string       `json:"speaker_id"`
	Speaker   string       `json:"speaker"`
	Side      string       `json:"side,omitempty"`
	Pairs     int          `json:"pairs"`
	ByRule    map[Rule]int `json:"by_rule"`
}

// maxSpeakers caps the speakers listed per side of a camp and maxActions
// the actions per direction of an exchange: the counts cover the rest.
const (
	maxSpeakers = 12
	maxActions  = 8
)

// DisputeID and ExchangeID are the ids of a dispute (by proposition key)
// and an exchange (by the two sides' accusation keys), stable across
// loads.
func DisputeID(propKey string) string { return hashID("dispute:", propKey) }

// ExchangeID is the id of the exchange of two accusation keys, in either
// order.
func ExchangeID(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return hashID("exchange:", a, b)
}

// camp returns the stance of row r in a dispute.
func stanceOf(r *brief) int {
	switch {
	case kindCat(r.kind) == catOther:
		return 2
	case r.pos:
		return 0
	}
	return 1
}

// claimKey is what claims are ranked by for examples: fewer weaknesses,
// more independent support, a named speaker, more documents, more
// recent, then id.
type claimKey struct {
	weak        uint8
	indep, docs int
	named       bool
	day, id     string
}

func (a *claimKey) better(b *claimKey) bool {
	switch {
	case a.weak != b.weak:
		return a.weak < b.weak
	case a.indep != b.indep:
		return a.indep > b.indep
	case a.named != b.named:
		return a.named
	case a.docs != b.docs:
		return a.docs > b.docs
	case a.day != b.day:
		return a.day > b.day
	}
	return a.id < b.id
}

func (x *index) claimKey(i int32) claimKey {
	r := &x.rows[i]
	s := x.support(r)
	return claimKey{weak: r.weak, indep: s.Independent, docs: s.Documents, named: r.named, day: x.sym.str(r.said), id: r.id}
}

// best returns the ids of the n best rows.
func (x *index) best(rows []int32, n int) []string {
	if n <= 0 || len(rows) == 0 {
		return nil
	}
	// A partial selection: n is small, rows may be many.
	type keyed struct {
		k claimKey
		i int32
	}
	var top []keyed
	for _, i := range rows {
		k := x.claimKey(i)
		if len(top) == n && !k.better(&top[n-1].k) {
			continue
		}
		j := len(top)
		if j < n {
			top = append(top, keyed{})
		} else {
			j = n - 1
		}
		for ; j > 0 && k.better(&top[j-1].k); j-- {
			top[j] = top[j-1]
		}
		top[j] = keyed{k, i}
	}
	out := make([]string, len(top))
	for i, t := range top {
		out[i] = t.k.id
	}
	return out
}

// days counts rows' dated claims by day, in date order.
func (x *index) days(rows []int32) []DayClaims {
	n := map[sym]int{}
	for _, i := range rows {
		if d := x.rows[i].said; d != 0 {
			n[d]++
		}
	}
	out := make([]DayClaims, 0, len(n))
	for d, c := range n {
		out = append(out, DayClaims{Day: x.sym.str(d), Claims: c})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Day < out[j].Day })
	return out
}

// voices groups rows by side, then speaker, each with its evidence, most
// independent sources first.
func (x *index) voices(rows []int32) []Voice {
	bySide := map[sym][]int32{}
	var sides []sym
	for _, i := range rows {
		s := x.rows[i].sideSlug
		if _, ok := bySide[s]; !ok {
			sides = append(sides, s)
		}
		bySide[s] = append(bySide[s], i)
	}
	out := make([]Voice, 0, len(sides))
	for _, s := range sides {
		rs := bySide[s]
		v := Voice{Side: x.sym.str(x.rows[rs[0]].side), Evidence: x.evidence(rs)}
		bySp := map[sym][]int32{}
		var sps []sym
		for _, i := range rs {
			sp := x.rows[i].spID
			if _, ok := bySp[sp]; !ok {
				sps = append(sps, sp)
			}
			bySp[sp] = append(bySp[sp], i)
		}
		for _, sp := range sps {
			r := &x.rows[bySp[sp][0]]
			v.Speakers = append(v.Speakers, SpeakerVoice{ID: x.sym.str(sp), Name: x.sym.str(r.speaker), Named: r.named,
				Evidence: x.evidence(bySp[sp])})
		}
		sort.SliceStable(v.Speakers, func(i, j int) bool {
			return evidenceBetter(v.Speakers[i].Evidence, v.Speakers[j].Evidence, v.Speakers[i].Name, v.Speakers[j].Name)
		})
		if len(v.Speakers) > maxSpeakers {
			v.MoreSpeakers = len(v.Speakers) - maxSpeakers
			v.Speakers = v.Speakers[:maxSpeakers]
		}
		out = append(out, v)
	}
	sort.SliceStable(out, func(i, j int) bool {
		// A stated side before none.
		if (out[i].Side == "") != (out[j].Side == "") {
			return out[i].Side != ""
		}
		return evidenceBetter(out[i].Evidence, out[j].Evidence, out[i].Side, out[j].Side)
	})
	return out
}

// evidenceBetter orders by independent sources, documents, claims, then
// name.
func evidenceBetter(a, b Evidence, an, bn string) bool {
	if a.Independent != b.Independent {
		return a.Independent > b.Independent
	}
	if a.Documents != b.Documents {
		return a.Documents > b.Documents
	}
	if a.Claims != b.Claims {
		return a.Claims > b.Claims
	}
	return an < bn
}

// firstMove returns the earliest dated row (then by id) of rows.
func (x *index) firstMove(rows []int32, after string) (int32, bool) {
	best := int32(-1)
	for _, i := range rows {
		d := x.sym.str(x.rows[i].said)
		if d == "" || d < after {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		bd := x.sym.str(x.rows[best].said)
		if d < bd || (d == bd && x.rows[i].id < x.rows[best].id) {
			best = i
		}
	}
	return best, best >= 0
}

func (x *index) move(i int32, stance string) *Move {
	r := &x.rows[i]
	return &Move{Stance: stance, Side: x.sym.str(r.side), Speaker: x.sym.str(r.speaker), Date: x.sym.str(r.said), ClaimID: r.id}
}

// daysBetween is the number of days from a to b (YYYY-MM-DD).
func daysBetween(a, b string) *int {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return nil
	}
	d := int(tb.Sub(ta).Hours() / 24)
	return &d
}

var stances = [3]string{StanceAffirm, StanceDeny, StanceOutlook}

// draft is a dispute or exchange before its example claims are fetched:
// the ids to fetch for each list of claims.
type draft struct {
	d    *Dispute
	e    *Exchange
	want [][]string // ids per list, in order
	into []*[]Claim
}

// disputeDraft builds the dispute of prop unit u with up to n example
// claims per camp.
func (x *index) disputeDraft(u *unit, n int) *draft {
	first := &x.rows[u.rows[0]]
	d := &Dispute{ID: DisputeID(x.sym.str(u.key)), Subject: x.sym.str(first.subject), Action: x.sym.str(first.action),
		Topic: x.sym.str(first.topic), Pairs: map[Rule]int{}}
	dr := &draft{d: d}
	var camps [3][]int32
	for _, i := range u.rows {
		s := stanceOf(&x.rows[i])
		camps[s] = append(camps[s], i)
	}
	for s := range camps {
		c := Camp{Stance: stances[s], Evidence: x.evidence(camps[s]), Sides: x.voices(camps[s]), Days: x.days(camps[s]),
			Examples: []Claim{}}
		if c.Sides == nil {
			c.Sides = []Voice{}
		}
		if s < 2 {
			d.Camps[s] = c
			dr.want = append(dr.want, x.best(camps[s], n))
			dr.into = append(dr.into, &d.Camps[s].Examples)
		} else {
			d.Outlook = c
			dr.want = append(dr.want, x.best(camps[s], n))
			dr.into = append(dr.into, &d.Outlook.Examples)
		}
	}
	d.Evidence = x.evidence(append(append([]int32(nil), camps[0]...), camps[1]...))
	if o, ok := x.firstMove(append(append([]int32(nil), camps[0]...), camps[1]...), ""); ok {
		s := stanceOf(&x.rows[o])
		d.Opened = x.move(o, stances[s])
		if a, ok := x.firstMove(camps[1-s], x.sym.str(x.rows[o].said)); ok {
			d.Answered = x.move(a, stances[1-s])
			d.AnswerDays = daysBetween(d.Opened.Date, d.Answered.Date)
		}
	}
	for _, cp := range u.pairs {
		r, _ := cp.rules.strongest()
		d.Pairs[r] += cp.count
	}
	for _, lp := range u.links {
		r, _ := lp.rules.strongest()
		d.Pairs[r]++
	}
	if d.Pairs[RuleDoubleStandard] > 0 {
		d.DoubleStandard = x.standard(u, n)
		dr.want = append(dr.want, x.best(x.brokenStandards(u), n))
		dr.into = append(dr.into, &d.DoubleStandard.Examples)
	}
	d.Weak = x.disputeWeak(first, camps)
	return dr
}

// brokenStandards are the standards of u that some claim of u breaks.
func (x *index) brokenStandards(u *unit) []int32 {
	var out []int32
	for _, cp := range u.pairs {
		if cp.kind == cpDouble {
			out = append(out, cp.a.rows...)
		}
	}
	for _, lp := range u.links {
		if lp.rules.has(RuleDoubleStandard) && x.rows[lp.a].dbl == u.key {
			out = append(out, lp.a)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	k := 0
	for i, v := range out {
		if i == 0 || v != out[i-1] {
			out[k] = v
			k++
		}
	}
	return out[:k]
}

// standard summarises u's double standard.
func (x *index) standard(u *unit, n int) *Standard {
	rows := x.brokenStandards(u)
	st := &Standard{Evidence: x.evidence(rows), Examples: []Claim{}, Pairs: 0}
	if len(rows) > 0 {
		st.Side = x.sym.str(x.rows[rows[0]].side)
	}
	accused := map[string]int{}
	for _, i := range rows {
		r := &x.rows[i]
		if r.cond {
			st.Condemns = true
		} else if s := x.sym.str(r.subject); s != "" {
			accused[s]++
		}
	}
	for a := range accused {
		st.Accused = append(st.Accused, a)
	}
	sort.Slice(st.Accused, func(i, j int) bool {
		a, b := st.Accused[i], st.Accused[j]
		if accused[a] != accused[b] {
			return accused[a] > accused[b]
		}
		return a < b
	})
	for _, cp := range u.pairs {
		if cp.kind == cpDouble {
			st.Pairs += cp.count
		}
	}
	for _, lp := range u.links {
		if lp.rules.has(RuleDoubleStandard) {
			st.Pairs++
		}
	}
	return st
}

// disputeWeak says why a dispute is weak: no subject, an action that is a
// frame of speech, a camp whose claims all lack a side.
func (x *index) disputeWeak(first *brief, camps [3][]int32) []string {
	var out []string
	if first.subject == 0 {
		out = append(out, WeakNoSubject)
	}
	if f := splitFirst(x.sym.str(first.action)); framingVerbs[f] && !first.cond {
		out = append(out, WeakFraming)
	}
	for s := 0; s < 2; s++ {
		if len(camps[s]) == 0 {
			continue
		}
		sided := false
		for _, i := range camps[s] {
			if x.rows[i].sideSlug != 0 {
				sided = true
				break
			}
		}
		if !sided {
			out = append(out, "no side in the "+stances[s]+" camp")
		}
	}
	return out
}

func splitFirst(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i]
		}
	}
	return s
}

// exchangeDraft builds the exchange of unit u with up to n example claims
// per list.
func (x *index) exchangeDraft(u *unit, n int) *draft {
	ka, kb := x.sym.str(u.key), x.sym.str(u.mirror)
	dirs := [2][]int32{x.byAcc[u.key], x.byAcc[u.mirror]}
	keys := [2]string{ka, kb}
	fa, oka := x.firstMove(dirs[0], "")
	fb, okb := x.firstMove(dirs[1], "")
	// The side that accused first leads; on the same day, or undated,
	// the sides come by name.
	byName := Slug(x.sym.str(x.rows[dirs[1][0]].side)) < Slug(x.sym.str(x.rows[dirs[0][0]].side))
	swap := false
	switch {
	case oka && okb:
		da, db := x.sym.str(x.rows[fa].said), x.sym.str(x.rows[fb].said)
		swap = db < da || (da == db && byName)
	case okb:
		swap = true
	case !oka:
		swap = byName
	}
	if swap {
		dirs[0], dirs[1] = dirs[1], dirs[0]
		keys[0], keys[1] = keys[1], keys[0]
		fa, fb, oka, okb = fb, fa, okb, oka
	}
	side := func(rows []int32) string { return x.sym.str(x.rows[rows[0]].side) }
	e := &Exchange{ID: ExchangeID(ka, kb), Sides: [2]string{side(dirs[0]), side(dirs[1])},
		Topic: x.sym.str(x.rows[dirs[0][0]].topic), Evidence: x.evidence(u.rows)}
	dr := &draft{e: e}
	for i := range dirs {
		dir := Direction{From: e.Sides[i], To: e.Sides[1-i], Evidence: x.evidence(dirs[i]), Examples: []Claim{},
			DenialExamples: []Claim{}, Actions: []ActionCount{}}
		actions := map[sym]int{}
		props := map[sym]bool{}
		for _, r := range dirs[i] {
			actions[x.rows[r].action]++
			props[x.rows[r].prop] = true
		}
		for a, c := range actions {
			dir.Actions = append(dir.Actions, ActionCount{Action: x.sym.str(a), Claims: c})
		}
		sort.Slice(dir.Actions, func(p, q int) bool {
			if dir.Actions[p].Claims != dir.Actions[q].Claims {
				return dir.Actions[p].Claims > dir.Actions[q].Claims
			}
			return dir.Actions[p].Action < dir.Actions[q].Action
		})
		if len(dir.Actions) > maxActions {
			dir.Actions = dir.Actions[:maxActions]
		}
		// The accused's denials: its own claims that it does not do what
		// it is accused of.
		accused := x.rows[dirs[1-i][0]].sideSlug
		var denials []int32
		for p := range props {
			for _, r := range x.allProp[p] {
				if b := &x.rows[r]; !b.pos && b.sideSlug == accused {
					denials = append(denials, r)
				}
			}
		}
		sort.Slice(denials, func(p, q int) bool { return denials[p] < denials[q] })
		dir.Denials = x.evidence(denials)
		e.Accusations[i] = dir
		dr.want = append(dr.want, x.best(dirs[i], n), x.best(denials, n))
		dr.into = append(dr.into, &e.Accusations[i].Examples, &e.Accusations[i].DenialExamples)
	}
	if oka {
		if !okb || x.rows[fa].said != x.rows[fb].said {
			e.FirstAccuser = e.Sides[0]
		} else {
			e.SameDay = true
		}
		e.Opened = x.move(fa, "")
		if a, ok := x.firstMove(dirs[1], x.sym.str(x.rows[fa].said)); ok {
			e.Answered = x.move(a, "")
			e.AnswerDays = daysBetween(e.Opened.Date, e.Answered.Date)
		}
	}
	for _, cp := range u.pairs {
		e.Pairs += cp.count
	}
	for _, lp := range u.links {
		if lp.rules.has(RuleMutual) {
			e.Pairs++
		}
	}
	return dr
}
