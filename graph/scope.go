package graph

import (
	"context"
	"time"
)

// Scope selects what the dispute and pair queries look at. Empty fields
// do not filter. Names are canonical (the caller resolves aliases) and
// compare by Slug.
type Scope struct {
	// Topic keeps one topic; Topics keeps any of several (with Topic,
	// any of them all).
	Topic  string
	Topics []string
	// Side keeps disputes and pairs in which a claim of this side takes
	// part, or, for disputes, whose subject it is; Speaker those with a
	// claim of this speaker.
	Side, Speaker string
	// Since and Until (YYYY-MM-DD) bound the claims considered by their
	// SaidAt: outside them, or undated when a bound is set, a claim takes
	// part in nothing.
	Since, Until string
	// ChangedFrom and ChangedTo select by load time, [From, To): a pair
	// whose later claim changed in the window (its FoundAt), a dispute or
	// exchange with such a pair. Reports use it for what is new.
	ChangedFrom, ChangedTo time.Time
	// Rules keeps the pairs any of whose rules is listed (Contradictions
	// only); empty keeps all.
	Rules []Rule
}

// Page is one page of a ranked list.
type Page struct {
	Offset int // items skipped
	Limit  int // items returned; 0: all
}

func (p Page) check() error {
	if p.Offset < 0 || p.Limit < 0 {
		return Errorf(EInvalid, "negative offset or limit (%d, %d)", p.Offset, p.Limit)
	}
	return nil
}

// scope is a Scope checked and prepared for an index.
type scope struct {
	Scope
	side         string   // slug
	topics       []string // the topics kept, as given; nil: every topic
	since, until string
	speakers     map[string]bool // ids; nil: no speaker filter
	from, to     int64           // changed window in unix nanoseconds; 0: open
	window0      bool            // a window is set
	rules        ruleSet         // 0: all
}

func newScope(ctx context.Context, r ClaimReader, s Scope) (*scope, error) {
	sc := &scope{Scope: s, side: Slug(s.Side)}
	seen := map[string]bool{}
	for _, t := range append([]string{s.Topic}, s.Topics...) {
		if Slug(t) != "" && !seen[Slug(t)] {
			seen[Slug(t)] = true
			sc.topics = append(sc.topics, t)
		}
	}
	var err error
	if sc.since, err = NormDate(s.Since); err != nil {
		return nil, Errorf(EInvalid, "since: %v", err)
	}
	if sc.until, err = NormDate(s.Until); err != nil {
		return nil, Errorf(EInvalid, "until: %v", err)
	}
	for _, x := range s.Rules {
		if !x.Valid() {
			return nil, Errorf(EInvalid, "unknown rule %q", x)
		}
		sc.rules |= ruleBit(x)
	}
	if s.Speaker != "" {
		ids, err := r.SpeakerIDs(ctx, s.Speaker)
		if err != nil {
			return nil, err
		}
		sc.speakers = map[string]bool{}
		for _, id := range ids {
			sc.speakers[id] = true
		}
	}
	sc.from, sc.to = nanosOf(s.ChangedFrom), nanosOf(s.ChangedTo)
	sc.window0 = sc.from != 0 || sc.to != 0
	return sc, nil
}

// dated reports whether a claim said on day takes part under the scope's
// Since and Until.
func (s *scope) dated(day string) bool {
	if s.since != "" && (day == "" || day < s.since) {
		return false
	}
	if s.until != "" && (day == "" || day > s.until) {
		return false
	}
	return true
}

// window places a ChangedAt before (0), in (1) or after (2) the window;
// every claim is in it when no window is set.
func (s *scope) window(changed int64) uint8 {
	switch {
	case !s.window0:
		return 1
	case s.from != 0 && changed < s.from:
		return 0
	case s.to != 0 && changed >= s.to:
		return 2
	}
	return 1
}

// kept applies the scope to the pairs of class pair cp: how many it keeps
// and whether it keeps them all (else only those that are also
// reversals, when the scope asks for reversals and cp's other rules).
func (s *scope) kept(x *index, cp *cpair) (int, bool) {
	if !s.keepClasses(x, cp.a, cp.b, 0) {
		return 0, false
	}
	if s.rules == 0 || cp.rules&s.rules != 0 {
		return cp.count, true
	}
	if cp.revIfDated && s.rules.has(RuleReversal) {
		return cp.revCount, false
	}
	return 0, false
}

// keepClasses applies the scope to the pairs of two classes of x: the side
// or speaker of either, the later load time in the window, and the rules
// rs (0: any).
func (s *scope) keepClasses(x *index, a, b *class, rs ruleSet) bool {
	if rs != 0 && s.rules != 0 && rs&s.rules == 0 {
		return false
	}
	if s.side != "" && x.sym.str(a.side) != s.side && x.sym.str(b.side) != s.side {
		return false
	}
	if s.speakers != nil && !a.mine && !b.mine {
		return false
	}
	return max(a.win, b.win) == 1
}

// keepRows is keepClasses for a pair of rows.
func (s *scope) keepRows(x *index, a, b *brief, rs ruleSet) bool {
	if s.rules != 0 && rs&s.rules == 0 {
		return false
	}
	if s.side != "" && x.sym.str(a.sideSlug) != s.side && x.sym.str(b.sideSlug) != s.side {
		return false
	}
	if s.speakers != nil && !s.speakers[x.sym.str(a.spID)] && !s.speakers[x.sym.str(b.spID)] {
		return false
	}
	return max(s.window(a.changed), s.window(b.changed)) == 1
}

// keepUnit applies the scope's side and speaker to a dispute or exchange:
// a claim of the side or speaker, or the side as the subject. (Its
// window keeps the units with a pair found in it: see ranks.)
func (s *scope) keepUnit(x *index, u *unit) bool {
	side := s.side == ""
	if !side {
		if u.exchange {
			a, b := accSides(x.sym.str(u.key))
			side = a == s.side || b == s.side
		} else {
			side = x.sym.str(x.rows[u.rows[0]].subjSlug) == s.side
		}
	}
	speaker := s.speakers == nil
	for _, rows := range [][]int32{u.rows, u.std} {
		for _, i := range rows {
			r := &x.rows[i]
			if !side && x.sym.str(r.sideSlug) == s.side {
				side = true
			}
			if !speaker && s.speakers[x.sym.str(r.spID)] {
				speaker = true
			}
		}
	}
	return side && speaker
}
