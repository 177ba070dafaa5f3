package graph

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"sync"
)

// The dispute and pair queries run in two passes over one snapshot. The
// first reads the scope a chunk of whole topics at a time into an index
// (never the store: one topic, or topics adding up to chunkClaims) and
// ranks each unit: a few numbers and the keys to read it again. It keeps
// only the ranks the page asked for can need (rankHeap), and counts the
// rest. The second pass reads back the units of the page: from the index
// when the scope is one topic, else by index lookups of each unit's keys.
// So a query holds one chunk's briefs and one short record per unit of
// its page, whatever the density of the store; without a limit, one
// record per unit.

// Snapshotter runs fn over one consistent snapshot of a store: every read
// fn makes sees the same whole batches. The stores' Snapshot methods
// implement it; an error of fn is returned as it is, and a store never
// runs fn twice.
type Snapshotter interface {
	Snapshot(ctx context.Context, fn func(ClaimReader) error) error
}

// checkEvery is how many rows or pairs a loop handles between checks of
// its context: an interrupted query stops within a fraction of a second.
const checkEvery = 1024

// walker reads a scope's indexes from a snapshot.
type walker struct {
	r  ClaimReader
	sc *scope
	// cache is the index of the chunk read last and cacheTopics the slugs
	// of its topics: the second pass reads a one-topic scope from it.
	cache       *index
	cacheTopics map[string]bool
	// tally, when set, counts the pairs in scope of each speaker.
	tally map[string]*SpeakerTally
	// contested, when set, is called with the day and topic of each claim
	// taking part in a pair in scope (seen marks those of a topic index).
	contested func(day, topic string)
	seen      []bool
	// exchangesOnly skips the propositions: a query of exchanges alone.
	exchangesOnly bool
	// claims keeps the last full claims read, the first pass's among
	// them unless it reads briefly: what a query shows is fetched
	// through it.
	claims claimCache
	// brief reads the scope's topics with ClaimFilter.Brief, for a page
	// of a few hundred items: the page's claims are then fetched by id.
	// A longer listing shows most of a topic and reads it whole, into
	// the claim cache, as before.
	brief bool
}

// briefPage is the most items (offset and limit) a page may reach for
// its query to read its topics briefly: its claims fetched by id cost
// less than the columns saved.
const briefPage = 500

// briefFor reports whether a page of offset and limit reads briefly.
func briefFor(offset, limit int) bool {
	return limit > 0 && offset+limit <= briefPage
}

// chunkClaims is how many claims a chunk of topics gathers before its
// units are ranked: enough that a store of many small topics is read in
// a few dozen statements, not one per topic, and few enough that a chunk
// is a few MB (a variable for tests).
var chunkClaims = 20000

// fewTopics is how many topics a side's or speaker's scope reads one by
// one; beyond it, one pass over every topic by topic skips the others.
const fewTopics = 64

// walk calls fn with an index of each chunk of whole topics in scope: the
// scope's topics, those its side or speaker speaks on (and the side is
// the subject of), or every topic.
func (w *walker) walk(ctx context.Context, fn func(*index) error) error {
	sc := w.sc
	if len(sc.topics) > 0 {
		return w.walkTopics(ctx, sc.topics, fn)
	}
	if sc.side == "" && sc.Speaker == "" {
		return w.walkAll(ctx, nil, fn)
	}
	names := map[string]string{}
	collect := func(f ClaimFilter) error {
		n := 0
		return w.r.Claims(ctx, f, func(c Claim) error {
			if n++; n%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if _, ok := names[TopicSlug(c.Topic)]; !ok {
				names[TopicSlug(c.Topic)] = c.Topic
			}
			return nil
		})
	}
	if sc.side != "" {
		if err := collect(ClaimFilter{Side: sc.Side}); err != nil {
			return err
		}
		if err := collect(ClaimFilter{Subject: sc.Side}); err != nil {
			return err
		}
	} else if err := collect(ClaimFilter{Speaker: sc.Speaker}); err != nil {
		return err
	}
	if len(names) > fewTopics {
		keep := map[string]bool{}
		for s := range names {
			keep[s] = true
		}
		return w.walkAll(ctx, keep, fn)
	}
	slugs := make([]string, 0, len(names))
	for s := range names {
		slugs = append(slugs, s)
	}
	sort.Strings(slugs)
	list := make([]string, len(slugs))
	for i, s := range slugs {
		list[i] = names[s]
	}
	return w.walkTopics(ctx, list, fn)
}

// chunk gathers whole topics into one index.
type chunk struct {
	w      *walker
	x      *index
	topics map[string]bool
	slug   string // the topic added last, in topics
	n      int
}

func (w *walker) newChunk() *chunk {
	return &chunk{w: w, x: newIndex(w.sc), topics: map[string]bool{}}
}

// add adds claim cl of topic slug to the chunk.
func (c *chunk) add(ctx context.Context, cl *Claim, slug string) error {
	if c.n++; c.n%checkEvery == 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	if slug != c.slug || len(c.topics) == 0 {
		c.topics[slug], c.slug = true, slug
	}
	c.x.add(cl, false)
	if !c.w.brief {
		c.w.claims.put(*cl)
	}
	return nil
}

// done completes the chunk's index with the claims linked to it from
// elsewhere and their groups, hands it to fn and keeps it as the cache.
func (c *chunk) done(ctx context.Context, fn func(*index) error) error {
	if len(c.x.rows) == 0 {
		return nil
	}
	if err := c.w.links(ctx, c.x); err != nil {
		return err
	}
	c.w.cache, c.w.cacheTopics = c.x, c.topics
	return fn(c.x)
}

// walkTopics reads the listed topics, each with one statement, into
// chunks.
func (w *walker) walkTopics(ctx context.Context, topics []string, fn func(*index) error) error {
	if len(topics) == 1 && w.cache != nil && len(w.cacheTopics) == 1 && w.cacheTopics[TopicSlug(topics[0])] {
		return fn(w.cache)
	}
	c := w.newChunk()
	for _, t := range topics {
		if c.n >= chunkClaims {
			if err := c.done(ctx, fn); err != nil {
				return err
			}
			c = w.newChunk()
		}
		err := w.r.Claims(ctx, ClaimFilter{Topic: t, Brief: w.brief}, func(cl Claim) error {
			return c.add(ctx, &cl, c.x.topicSlug(cl.Topic))
		})
		if err != nil {
			return err
		}
	}
	if len(topics) == 1 && len(c.x.rows) == c.n {
		c.x.topicRows = c.n
	}
	return c.done(ctx, fn)
}

// walkAll reads every topic (or those keep names) in one pass ordered by
// topic, cutting it into chunks between topics. The pass runs on a
// goroutine of its own (readAhead), ahead of the ranking: the store reads
// the next claims while a chunk is indexed and ranked. At 1M claims the
// store's read was half of the time and the ranking the other half, one
// after the other.
func (w *walker) walkAll(ctx context.Context, keep map[string]bool, fn func(*index) error) error {
	ra := w.readAhead(ctx, keep)
	defer ra.stop()
	// The chunk's reads (links, groups) and the pass take the one
	// snapshot in turn.
	defer func(r ClaimReader) { w.r = r }(w.r)
	w.r = lockedReader{mu: &ra.mu, r: w.r}
	c := w.newChunk()
	for b := range ra.windows {
		for i := range b.claims {
			// A full chunk holds the topic it added last (c.slug): it
			// ends where another begins.
			t := b.slugs[i]
			if t != c.slug && c.n >= chunkClaims {
				if err := c.done(ctx, fn); err != nil {
					return err
				}
				c = w.newChunk()
			}
			if err := c.add(ctx, &b.claims[i], t); err != nil {
				return err
			}
		}
		ra.recycle(b)
	}
	// The pass has ended: its error, if any, is known.
	ra.stop()
	if ra.err != nil {
		return ra.err
	}
	return c.done(ctx, fn)
}

// readAhead is walkAll's pass over the store, on a goroutine of its own:
// it hands the claims over a window at a time on windows, whose buffer
// lets it read on while a chunk is ranked (readAheadWindows). The pass
// holds mu but between rows, where the store pauses it, as it did while a
// chunk was ranked inside the pass's callback: the ranking's reads take
// mu there, so one transaction serves both without two statements ever
// running at once, which neither database/sql's connection nor a Neo4j
// transaction allows from two goroutines.
type readAhead struct {
	mu      sync.Mutex
	windows chan *claimWindow
	free    chan *claimWindow
	quit    chan struct{}
	done    chan struct{}
	once    sync.Once
	err     error // the pass's, read after done
	// panicked is a panic of the pass, read after done: stop raises it
	// again on the ranking's goroutine.
	panicked *passPanic
}

// passPanic is a panic of a readAhead's pass raised again by walkAll, with
// the stack of the pass's goroutine where it began.
type passPanic struct {
	value any
	stack []byte
}

func (p *passPanic) Error() string {
	return fmt.Sprintf("%v [in a whole-store ranking's pass]\n\n%s", p.value, p.stack)
}

// Unwrap returns the value panicked with, when it was an error.
func (p *passPanic) Unwrap() error {
	err, _ := p.value.(error)
	return err
}

// claimWindow is a window of the pass's claims and each one's topic slug.
type claimWindow struct {
	claims []Claim
	slugs  []string
}

// readAheadWindow is how many claims a window holds, and readAheadWindows
// how many windows the pass may read ahead: enough to go on reading while
// a chunk is ranked (at 1M claims the ranking of a chunk took a third of
// the time its read did, about 7,000 claims' worth), few enough that the
// claims waiting (about 700 bytes each) stay a few MB: whole chunks
// waiting cost 30 MB more live heap.
const (
	readAheadWindow  = 1024
	readAheadWindows = 8
)

// errStopped ends a pass whose claims are no longer wanted.
var errStopped = errors.New("pass stopped")

func (w *walker) readAhead(ctx context.Context, keep map[string]bool) *readAhead {
	ra := &readAhead{windows: make(chan *claimWindow, readAheadWindows), free: make(chan *claimWindow, readAheadWindows+2),
		quit: make(chan struct{}), done: make(chan struct{})}
	r, f := w.r, ClaimFilter{ByTopic: true, Brief: w.brief}
	go func() {
		defer close(ra.done)
		defer close(ra.windows)
		// A panic of the pass (the store's, or a slug's) must not end
		// the process from a goroutine no one can recover on: a server
		// or a scheduler recovers a query's panic on the query's own
		// goroutine, where stop raises it again. Caught before windows
		// closes, so that the ranking never takes a pass cut short by a
		// panic for a whole one.
		defer func() {
			if p := recover(); p != nil {
				ra.panicked = &passPanic{value: p, stack: debug.Stack()}
			}
		}()
		b := ra.window()
		lastTopic, lastSlug := "", ""
		n := 0
		send := func() error {
			select {
			case ra.windows <- b:
				b = ra.window()
				return nil
			case <-ra.quit:
				return errStopped
			}
		}
		ra.mu.Lock()
		err := func() error {
			// Released however the store returns, a panic included.
			defer ra.mu.Unlock()
			return r.Claims(ctx, f, func(cl Claim) error {
				ra.mu.Unlock()
				// Taken again on every way back into the store, a
				// panic's too: what the store does on its way out
				// (closing its result, releasing its document table)
				// runs under mu, never beside a read of the ranking.
				defer ra.mu.Lock()
				// A stopped ranking stops the pass at once: the pass
				// sees quit only when it hands a window over, and a
				// scope's pass (keep) may skip the rest of the store
				// without handing one.
				select {
				case <-ra.quit:
					return errStopped
				default:
				}
				if n++; n%checkEvery == 0 {
					if err := ctx.Err(); err != nil {
						return err
					}
				}
				// Claims come topic by topic, nearly all of a topic
				// spelled alike: its slug is derived once per run of one
				// spelling.
				if cl.Topic != lastTopic || lastTopic == "" {
					lastSlug, lastTopic = TopicSlug(cl.Topic), cl.Topic
				}
				if keep != nil && !keep[lastSlug] {
					return nil
				}
				b.claims, b.slugs = append(b.claims, cl), append(b.slugs, lastSlug)
				if len(b.claims) == readAheadWindow {
					return send()
				}
				return nil
			})
		}()
		if err == nil && len(b.claims) > 0 {
			err = send()
		}
		if err != errStopped {
			ra.err = err
		}
	}()
	return ra
}

// window returns an empty claimWindow, a recycled one when there is one.
func (ra *readAhead) window() *claimWindow {
	select {
	case b := <-ra.free:
		return b
	default:
		return &claimWindow{claims: make([]Claim, 0, readAheadWindow), slugs: make([]string, 0, readAheadWindow)}
	}
}

// recycle hands window b back to the pass, emptied: the index holds what
// it keeps of the claims.
func (ra *readAhead) recycle(b *claimWindow) {
	clear(b.claims)
	b.claims, b.slugs = b.claims[:0], b.slugs[:0]
	select {
	case ra.free <- b:
	default:
	}
}

// stop ends the pass and waits for its goroutine: whatever the ranking
// returns, no read of the snapshot outlives walkAll. A panic of the pass
// is raised again here, once.
func (ra *readAhead) stop() {
	ra.once.Do(func() { close(ra.quit) })
	<-ra.done
	if p := ra.panicked; p != nil {
		ra.panicked = nil
		panic(p)
	}
}

// lockedReader is a ClaimReader that holds mu for each read: the
// ranking's side of a readAhead.
type lockedReader struct {
	mu *sync.Mutex
	r  ClaimReader
}

func (l lockedReader) Claims(ctx context.Context, f ClaimFilter, fn func(Claim) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.Claims(ctx, f, fn)
}

func (l lockedReader) Probe(ctx context.Context, p Probe, fn func(Claim) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.Probe(ctx, p, fn)
}

func (l lockedReader) Topics(ctx context.Context, match string) ([]TopicCount, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.Topics(ctx, match)
}

func (l lockedReader) SpeakerIDs(ctx context.Context, name string) ([]string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.SpeakerIDs(ctx, name)
}

// links adds to x, as foreign rows, the claims linked by responds_to to
// x's claims from outside x, and the groups of those claims.
func (w *walker) links(ctx context.Context, x *index) error {
	have := map[sym]bool{}
	for k := range x.byProp {
		have[k] = true
	}
	ids := make([]string, 0, len(x.rows))
	var targets []string
	for i := range x.rows {
		ids = append(ids, x.rows[i].id)
		for _, t := range x.rows[i].responds {
			if _, ok := x.byID[t]; !ok {
				targets = append(targets, t)
			}
		}
	}
	sort.Strings(ids)
	sort.Strings(targets)
	// Briefly whatever the topics' read: read keeps only what the index
	// compares, and what is shown is fetched by id.
	if err := w.read(ctx, x, Probe{IDs: targets, RespondersTo: ids, Brief: true}, true); err != nil {
		return err
	}
	return w.supportGroups(ctx, x, have)
}

// read adds the claims p names to x, as foreign rows or not.
func (w *walker) read(ctx context.Context, x *index, p Probe, foreign bool) error {
	if p.Empty() {
		return nil
	}
	n := 0
	return w.r.Probe(ctx, p, func(c Claim) error {
		if n++; n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		x.add(&c, foreign)
		return nil
	})
}

// supportGroups reads the proposition groups of x's rows that x does not
// hold yet, as foreign rows: a claim's support counts its whole group.
func (w *walker) supportGroups(ctx context.Context, x *index, have map[sym]bool) error {
	var props []string
	for i := range x.rows {
		if p := x.rows[i].prop; !have[p] {
			have[p] = true
			props = append(props, x.sym.str(p))
		}
	}
	sort.Strings(props)
	return w.read(ctx, x, Probe{PropKeys: props, Brief: true}, true)
}

// topicIndex reads one topic into an index, with the claims linked to it
// by responds_to from other topics (foreign rows) and their groups.
func (w *walker) topicIndex(ctx context.Context, topic string) (*index, error) {
	var out *index
	err := w.walkTopics(ctx, []string{topic}, func(x *index) error { out = x; return nil })
	if out == nil && err == nil {
		out = newIndex(w.sc)
	}
	return out, err
}

// unitRank is what the first pass keeps of a unit: how it ranks, how many
// pairs it has in scope, and the keys to read it again.
type unitRank struct {
	key, mirror string // PropKey, or the two AccKeys
	topic       string
	latest      string
	// stdAcc and stdProp are the keys that read the unit's standards back,
	// links the ids of its link partners.
	stdAcc, stdProp, links []string
	// count[t] and best[t] are the unit's pairs in scope without (t=0)
	// and with (t=1) a weak claim, and the best score among them.
	count  [2]int
	best   [2]pairScore
	byRule [5]int // pairs in scope by strongest rule, in Rules order
	// disputes: how they rank
	indep, claims int
	weak          uint8
	exchange      bool
	contested     bool
}

func ruleIndex(r Rule) int {
	for i, v := range Rules {
		if v == r {
			return i
		}
	}
	return 0
}

// rankOf ranks unit u of index x under the scope. With pairs (a pair
// query) it leaves out what only disputes rank by: their camps, weakness
// and evidence. The keys to read the unit again are keys' to fill, for
// the few units a page may show.
func (w *walker) rankOf(x *index, u *unit, pairs bool) *unitRank {
	ur := &unitRank{exchange: u.exchange, key: x.sym.str(u.key), topic: x.sym.str(u.topic)}
	if u.exchange {
		ur.mirror = x.sym.str(u.mirror)
	}
	// Dates are ISO days and "" sorts first: the latest symbol's string
	// is the latest day, compared once per new symbol only.
	var latest sym
	for _, rows := range [][]int32{u.rows, u.std} {
		for _, i := range rows {
			if d := x.rows[i].said; d != latest && x.sym.str(d) > x.sym.str(latest) {
				latest = d
			}
		}
	}
	ur.latest = x.sym.str(latest)
	add := func(n, tier int, s pairScore, rs ruleSet) {
		if n == 0 {
			return
		}
		t := min(tier, 1)
		if ur.count[t] == 0 || s.better(ur.best[t]) {
			ur.best[t] = s
		}
		ur.count[t] += n
		r, _ := rs.strongest()
		ur.byRule[ruleIndex(r)] += n
	}
	for _, cp := range u.pairs {
		n, all := w.sc.kept(x, cp)
		add(n, cp.score.tier, cp.score, cp.rules)
		// A class pair whose only pairs are linked still tallies them
		// (its links do not).
		if (w.tally != nil || w.contested != nil) && (n > 0 || all) {
			w.tallyPair(x, cp, all)
		}
	}
	for _, lp := range u.links {
		a, b := &x.rows[lp.a], &x.rows[lp.b]
		if w.sc.keepRows(x, a, b, lp.rules) {
			add(1, lp.score.tier, lp.score, lp.rules)
			if !lp.inside { // an inside link's class pair counted it
				r, _ := lp.rules.strongest()
				w.count(x, lp.a, r, 1)
				w.count(x, lp.b, r, 1)
			}
		}
	}
	if pairs {
		return ur
	}
	if !u.exchange {
		var camps [3][]int32
		for _, i := range u.rows {
			s := stanceOf(&x.rows[i])
			camps[s] = append(camps[s], i)
		}
		ur.contested = len(camps[0]) > 0 && len(camps[1]) > 0
		ur.weak = uint8(len(x.disputeWeak(&x.rows[u.rows[0]], camps)))
		e := x.evidence(append(append([]int32(nil), camps[0]...), camps[1]...))
		ur.indep, ur.claims = e.Independent, e.Claims
	} else {
		e := x.evidence(u.rows)
		ur.indep, ur.claims = e.Independent, e.Claims
	}
	return ur
}

// keys fills in ur the keys that read unit u of x back (open): its
// standards' keys and its link partners' ids.
func (ur *unitRank) keys(x *index, u *unit) {
	acc, props := map[string]bool{}, map[string]bool{}
	for _, i := range u.std {
		r := &x.rows[i]
		if r.acc != 0 {
			acc[x.sym.str(r.acc)] = true
		} else {
			props[x.sym.str(r.prop)] = true
		}
	}
	ur.stdAcc, ur.stdProp = sortedSet(acc), sortedSet(props)
	links := map[string]bool{}
	for _, lp := range u.links {
		links[x.rows[lp.a].id], links[x.rows[lp.b].id] = true, true
	}
	ur.links = sortedSet(links)
}

// pairs is the unit's pairs in scope.
func (ur *unitRank) pairs() int { return ur.count[0] + ur.count[1] }

// rankHeap keeps, of the ranks pushed, those that can be on a page: the
// best ranks whose weights (a unit's pairs, or 1) add up to need, and no
// more; need 0 keeps them all. Its top is the worst rank it keeps.
type rankHeap struct {
	before func(a, b *unitRank) bool
	weight func(*unitRank) int
	need   int
	items  []*unitRank
	sum    int
}

func (h *rankHeap) Len() int           { return len(h.items) }
func (h *rankHeap) Less(i, j int) bool { return h.before(h.items[j], h.items[i]) }
func (h *rankHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *rankHeap) Push(x any)         { h.items = append(h.items, x.(*unitRank)) }
func (h *rankHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}

// add keeps ur if it can be on the page, and drops the worst ranks the
// page no longer needs. It reports whether it kept ur.
func (h *rankHeap) add(ur *unitRank) bool {
	wt := h.weight(ur)
	if wt == 0 {
		return false
	}
	heap.Push(h, ur)
	h.sum += wt
	kept := true
	for h.need > 0 && len(h.items) > 1 && h.sum-h.weight(h.items[0]) >= h.need {
		out := heap.Pop(h).(*unitRank)
		h.sum -= h.weight(out)
		kept = kept && out != ur
	}
	return kept
}

// sorted returns the ranks kept, best first.
func (h *rankHeap) sorted() []*unitRank {
	out := append([]*unitRank(nil), h.items...)
	sort.SliceStable(out, func(i, j int) bool { return h.before(out[i], out[j]) })
	return out
}

// tallyPair counts, for each claim of class pair cp, the pairs it takes
// part in (all: every pair of cp is in scope, else only its reversals).
// Linked pairs are counted with the links.
func (w *walker) tallyPair(x *index, cp *cpair, all bool) {
	r, _ := cp.rules.strongest()
	dated := cp.kind == cpReversal || !all
	for _, side := range [2][2]*class{{cp.a, cp.b}, {cp.b, cp.a}} {
		own, other := side[0], side[1]
		for _, i := range own.rows {
			b := &x.rows[i]
			n := len(other.rows)
			if dated {
				if b.said == 0 {
					continue
				}
				n = x.dated(other) - x.dayCount(other, b.said)
			}
			w.count(x, i, r, n)
		}
	}
}

// count adds n pairs of rule r to row i: to its speaker's tally, and
// marks it contested.
func (w *walker) count(x *index, i int32, r Rule, n int) {
	if n <= 0 {
		return
	}
	b := &x.rows[i]
	if w.contested != nil && !w.seen[i] && !b.foreign {
		w.seen[i] = true
		day := x.sym.str(b.said)
		if day == "" {
			day = x.sym.str(b.pub)
		}
		w.contested(day, x.sym.str(b.topic))
	}
	if w.tally == nil {
		return
	}
	id := x.sym.str(b.spID)
	t := w.tally[id]
	if t == nil {
		t = &SpeakerTally{SpeakerID: id, Speaker: x.sym.str(b.speaker), Side: x.sym.str(b.side), ByRule: map[Rule]int{}}
		w.tally[id] = t
	}
	t.Pairs += n
	t.ByRule[r] += n
}

// mostOpposed returns the n speakers with the most pairs.
func (w *walker) mostOpposed(n int) []SpeakerTally {
	if n <= 0 {
		return nil
	}
	out := make([]SpeakerTally, 0, len(w.tally))
	for _, t := range w.tally {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Pairs != out[j].Pairs {
			return out[i].Pairs > out[j].Pairs
		}
		return out[i].SpeakerID < out[j].SpeakerID
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// claimCache keeps the full claims a query fetched for what it shows, the
// last maxCached of them: a claim is shown beside many others.
type claimCache struct {
	m     map[string]Claim
	order []string
}

// maxCached is how many full claims a query keeps between fetches.
const maxCached = 4096

func (c *claimCache) put(cl Claim) {
	if c.m == nil {
		c.m = map[string]Claim{}
	}
	if _, ok := c.m[cl.ID]; ok {
		return
	}
	if len(c.order) >= maxCached {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[cl.ID] = cl
	c.order = append(c.order, cl.ID)
}

// fetch returns the claims of ids, reading those it does not hold. The
// result holds every one found, whatever the cache evicts meanwhile.
func (c *claimCache) fetch(ctx context.Context, r ClaimReader, ids map[string]bool) (map[string]Claim, error) {
	out := make(map[string]Claim, len(ids))
	missing := map[string]bool{}
	for id := range ids {
		if cl, ok := c.m[id]; ok {
			out[id] = cl
		} else {
			missing[id] = true
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	err := r.Claims(ctx, ClaimFilter{IDs: sortedSet(missing)}, func(cl Claim) error {
		out[cl.ID] = cl
		c.put(cl)
		return nil
	})
	return out, err
}

func sortedSet(m map[string]bool) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ranks runs the first pass, calling sink with the rank of every unit the
// scope keeps. With pairs, a unit is kept when it has pairs in scope; else
// (disputes) when keepUnit keeps it and, with a window, a pair was found
// in it. sink reports whether it keeps the rank for a page: only then are
// the keys to read its unit again filled in (most units of a store rank
// below a page and never need them).
func (w *walker) ranks(ctx context.Context, pairs bool, sink func(*unitRank) bool) error {
	return w.walk(ctx, func(x *index) error {
		if w.contested != nil {
			w.seen = make([]bool, len(x.rows))
		}
		return x.eachUnit(w.exchangesOnly, func(u *unit) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if !pairs && !w.sc.keepUnit(x, u) {
				return nil
			}
			ur := w.rankOf(x, u, pairs)
			// With pairs every filter of the scope applies to the pairs;
			// a dispute needs one pair found in its window.
			if (pairs || w.sc.window0) && ur.pairs() == 0 {
				return nil
			}
			if len(w.sc.topics) == 1 {
				// One topic's index serves the second pass: its units
				// need not be built twice. They cost what the index does.
				x.built[unitKey{u.key, u.exchange}] = u
			}
			if sink(ur) {
				ur.keys(x, u)
			}
			return nil
		})
	})
}

// open reads unit ur back: from the cached topic index, else through
// index lookups of its keys into an index of its own.
func (w *walker) open(ctx context.Context, ur *unitRank) (*index, *unit, error) {
	x := w.cache
	if x == nil || !w.cacheTopics[TopicSlug(ur.topic)] {
		x = newIndex(w.sc)
		p := Probe{IDs: ur.links, Brief: true}
		if ur.exchange {
			p.AccKeys = []string{ur.key, ur.mirror}
		} else {
			p.PropKeys, p.AccKeys = append([]string{ur.key}, ur.stdProp...), ur.stdAcc
		}
		if err := w.read(ctx, x, p, false); err != nil {
			return nil, nil, err
		}
		// The unit's own groups are whole already.
		have := map[sym]bool{}
		for _, k := range p.PropKeys {
			if s, ok := x.sym.lookup(k); ok {
				have[s] = true
			}
		}
		if err := w.supportGroups(ctx, x, have); err != nil {
			return nil, nil, err
		}
	}
	k, ok := x.sym.lookup(ur.key)
	if !ok {
		return nil, nil, Errorf(EInternal, "unit %s vanished from its snapshot", ur.key)
	}
	if u := x.built[unitKey{k, ur.exchange}]; u != nil {
		return x, u, nil
	}
	var u *unit
	if ur.exchange {
		m, _ := x.sym.lookup(ur.mirror)
		u = x.exchangeUnit(k, m)
	} else {
		u = x.propUnit(k)
	}
	if u == nil {
		return nil, nil, Errorf(EInternal, "unit %s vanished from its snapshot", ur.key)
	}
	u.addLinks(x)
	return x, u, nil
}
