package graph

import (
	"context"
	"slices"
	"sort"
	"time"
)

// The bulk path, written once as LoadBatch is: a store that can
// (BulkStore) loads a large input in few long transactions instead of many
// short ones. A bulk transaction writes the rows first, without detection,
// into a store whose secondary indexes it has dropped; then it builds them
// again and detects once, set-based, over the proposition groups the new
// claims fall in (streamed in key order, each counted with the profile
// arithmetic of profile.go), the accusation keys they carry and the
// responds_to links they take part in. It counts what loading the same
// claims batch by batch counts (LoadBatch), whatever the batches; claims
// that change stored ones go through LoadBatch itself once the new claims
// are counted.

// BulkStore is a Store that loads large inputs in bulk. ingest takes the
// bulk path when an input is large compared with the store (or when told
// to), and the incremental one (Load) otherwise.
type BulkStore interface {
	Store
	// StoredBytes is the size of what the store holds, in bytes: what a
	// loader compares an input with to choose the bulk path.
	StoredBytes(ctx context.Context) (int64, error)
	// BeginBulk begins a bulk transaction. Until it ends, readers see the
	// store as it was before it, and writers wait for it (see the store's
	// documentation); EUnavailable as Load.
	BeginBulk(ctx context.Context) (BulkLoad, error)
}

// BulkWrapper is a Store over another that passes the other's bulk path
// on, doing to each batch of its bulk transactions what it does to the
// batches it loads (JudgingStore).
type BulkWrapper interface {
	Store
	// Bulk returns the wrapper's bulk path; false when the store it
	// wraps has none.
	Bulk() (BulkStore, bool)
}

// BulkOf returns the bulk path of s: s itself when it is a BulkStore,
// what it passes on when it is a BulkWrapper; false when it has none.
func BulkOf(s Store) (BulkStore, bool) {
	switch s := s.(type) {
	case BulkStore:
		return s, true
	case BulkWrapper:
		return s.Bulk()
	}
	return nil, false
}

// BulkLoad is one bulk transaction of a BulkStore: either everything
// written in it is committed, with its findings counted, or nothing is.
type BulkLoad interface {
	// Load writes a batch's nodes and claims as Store.Load does, but
	// counts the findings of its new claims only at Commit, and loads the
	// claims that change stored ones only then. It returns the nodes
	// created and the claims new, unchanged and updated so far. A claim
	// id already added in the transaction is replaced by the later
	// version. EInvalid as Store.Load; after any error the transaction
	// can only be rolled back.
	Load(ctx context.Context, b Batch) (LoadResult, error)
	// Mark begins a unit of Loads (a file) that Undo takes back whole or
	// Keep keeps. Units do not nest.
	Mark(ctx context.Context) error
	// Keep ends the unit Mark began, keeping what it wrote.
	Keep(ctx context.Context) error
	// Undo ends the unit Mark began, taking back everything it wrote.
	Undo(ctx context.Context) error
	// Added is how many claims the transaction has added so far.
	Added(ctx context.Context) (int, error)
	// Commit builds the store's indexes, counts the findings of the
	// claims the transaction added, loads the claims that change stored
	// ones (as Store.Load), and commits. It returns what the counting and
	// those loads found and changed.
	Commit(ctx context.Context) (LoadResult, error)
	// Rollback abandons the transaction; after Commit it does nothing.
	Rollback() error
}

// BulkTx is a store's bulk transaction as Bulk uses it: the primitives of
// LoadTx and ProfileTx (the nodes are written as LoadBatch writes them,
// and the claims that change stored claims are loaded by LoadBatch), and
// those that write claims without detection and read, once the indexes
// are built again, what the set-based detection needs. Claims AddClaims
// wrote are the transaction's added claims; every other stored claim is
// stored before it.
type BulkTx interface {
	ProfileTx
	// AddClaims writes the claims that are not stored, with their
	// fingerprints (by position), new and loaded now, flagged
	// Counterclaim by nobody yet. It returns what is stored under the
	// other ids.
	AddClaims(ctx context.Context, claims []Claim, fps []string) (map[string]StoredClaim, error)
	// ReplaceAdded writes claims over the added claims with their ids.
	ReplaceAdded(ctx context.Context, claims []Claim, fps []string) error
	// DeferClaims keeps claims, in order, until DeferredClaims hands
	// them back: the claims that change claims stored before the
	// transaction.
	DeferClaims(ctx context.Context, claims []Claim) error
	// DeferredClaims calls fn with the claims DeferClaims kept, in the
	// order they were kept, a bounded number at a time, and forgets them.
	DeferredClaims(ctx context.Context, fn func([]Claim) error) error
	// BuildIndexes builds the indexes the transaction dropped that
	// detection reads.
	BuildIndexes(ctx context.Context) error
	// AddedGroups calls fn with the members of the proposition groups
	// that have an added claim, a bounded number at a time, in key order;
	// within a group the members stored before come first. fn may write.
	AddedGroups(ctx context.Context, fn func([]BulkMember) error) error
	// NoProfiles reports whether the store holds no profile count at
	// all, as a store that held no claims before the transaction.
	NoProfiles(ctx context.Context) (bool, error)
	// FlagClaims flags the claims refs (BulkMember.Ref) Counterclaim.
	FlagClaims(ctx context.Context, refs []int64) error
	// Detected is called once detection has counted and flagged: the
	// store builds its other indexes. From then on every primitive must
	// work as in LoadBatch.
	Detected(ctx context.Context) error
	// AddedAccusations returns, for each AccKey of an added claim, how
	// many claims have it, stored before and added.
	AddedAccusations(ctx context.Context) (map[string]AccCount, error)
	// AddedLinks returns the responds_to links between two stored claims,
	// one at least added, but a claim's links to itself.
	AddedLinks(ctx context.Context) ([]BulkLink, error)
}

// BulkLink is a responds_to link: From responds to To (BulkMember.Ref).
type BulkLink struct{ From, To int64 }

// StoredClaim is what AddClaims says of a claim it found stored.
type StoredClaim struct {
	Fingerprint string
	// Added: the stored claim was added by the transaction.
	Added bool
	// Deferred: claims with this id were deferred (DeferClaims).
	Deferred bool
}

// BulkMember is a member of a proposition group in a bulk transaction.
// Its Member.ID may be empty: the store refers to it by Ref.
type BulkMember struct {
	Member
	Ref          int64 // the store's reference to the claim (FlagClaims)
	Added        bool  // added by the transaction
	Counterclaim bool  // flagged Counterclaim (a denial stored before; false for others)
}

// AccCount counts the claims with one AccKey.
type AccCount struct {
	Stored, Added int // stored before the transaction, added by it
}

// Bulk is the bulk load algorithm over one transaction. It keeps no
// state of its own between calls: everything is in the transaction, so a
// store may take back part of it (BulkLoad.Undo).
type Bulk struct{ tx BulkTx }

// NewBulk returns the algorithm over tx.
func NewBulk(tx BulkTx) *Bulk { return &Bulk{tx: tx} }

// Add writes p in the transaction: it checks the documents and writes the
// nodes as LoadBatch does, adds the claims that are not stored, replaces
// those added earlier in the transaction with different content, and
// defers those that change claims stored before it (Finish loads them).
// It counts the claims new, unchanged and replaced; a deferred claim is
// counted when Finish loads it.
func (b *Bulk) Add(ctx context.Context, p *PreparedBatch) (LoadResult, error) {
	res := LoadResult{Findings: map[Rule]int{}}
	if err := checkDocuments(ctx, b.tx, p); err != nil {
		return res, err
	}
	if err := writeNodes(ctx, b.tx, p, &res); err != nil {
		return res, err
	}
	if len(p.Claims) == 0 {
		return res, nil
	}
	stored, err := b.tx.AddClaims(ctx, p.Claims, p.Fingerprints)
	if err != nil {
		return res, err
	}
	res.Claims = len(p.Claims) - len(stored)
	var replace, later []Claim
	var fps []string
	for i := range p.Claims {
		c := &p.Claims[i]
		s, ok := stored[c.ID]
		switch {
		case !ok:
		case s.Deferred:
			// An earlier version waits to be loaded: this one follows it,
			// whatever it says, so that the last one stands.
			later = append(later, *c)
		case s.Fingerprint == p.Fingerprints[i]:
			res.Unchanged++
		case s.Added:
			replace, fps = append(replace, *c), append(fps, p.Fingerprints[i])
			res.Updated++
		default:
			later = append(later, *c)
		}
	}
	if len(replace) > 0 {
		if err := b.tx.ReplaceAdded(ctx, replace, fps); err != nil {
			return res, err
		}
	}
	if len(later) > 0 {
		if err := b.tx.DeferClaims(ctx, later); err != nil {
			return res, err
		}
	}
	return res, nil
}

// Finish builds the indexes, counts the findings the added claims take
// part in, flags the claims that now counter another, gives the groups
// that reach the profile size their profiles and keeps the others' in
// step, moves the per-rule totals, and then loads the deferred claims
// with LoadBatch. It returns what it found and what the deferred claims
// changed.
func (b *Bulk) Finish(ctx context.Context) (LoadResult, error) {
	res := LoadResult{Findings: map[Rule]int{}}
	if err := b.tx.BuildIndexes(ctx); err != nil {
		return res, err
	}
	start := time.Now()
	d := &bulkCount{tx: b.tx, at: b.tx.ProfileAt(), found: map[Rule]int{}, profile: map[string]int{}}
	if err := d.readLinks(ctx); err != nil {
		return res, err
	}
	if err := d.groups(ctx); err != nil {
		return res, err
	}
	if len(d.profile) > 0 {
		if err := b.tx.AddProfiles(ctx, d.profile); err != nil {
			return res, err
		}
	}
	d.countLinks()
	if err := d.accusations(ctx); err != nil {
		return res, err
	}
	// The flags go in the claims' order: the rows they change are then
	// read and written once each, in order.
	slices.Sort(d.refs)
	if err := b.tx.FlagClaims(ctx, slices.Compact(d.refs)); err != nil {
		return res, err
	}
	res.DetectNanos = time.Since(start).Nanoseconds()
	if err := b.tx.Detected(ctx); err != nil {
		return res, err
	}
	delta := map[Rule]int{}
	for r, n := range d.found {
		if n != 0 {
			res.Findings[r], delta[r] = n, n
			res.FindingsSeen += n
		}
	}
	if len(delta) > 0 {
		if err := b.tx.AddFindingCounts(ctx, delta); err != nil {
			return res, err
		}
	}
	err := b.tx.DeferredClaims(ctx, func(cs []Claim) error {
		p, err := PrepareBatch(Batch{Claims: lastOfEach(cs)})
		if err != nil {
			return err
		}
		r, err := LoadBatch(ctx, b.tx, p)
		if err != nil {
			return err
		}
		res.Add(r)
		return nil
	})
	return res, err
}

// lastOfEach keeps the last claim of each id, in the order of those
// claims: LoadBatch takes one version of a claim per batch.
func lastOfEach(cs []Claim) []Claim {
	last := make(map[string]int, len(cs))
	for i := range cs {
		last[cs[i].ID] = i
	}
	if len(last) == len(cs) {
		return cs
	}
	out := make([]Claim, 0, len(last))
	for i := range cs {
		if last[cs[i].ID] == i {
			out = append(out, cs[i])
		}
	}
	return out
}

// bulkFlushAt is how many profile counts bulkCount holds before writing
// them.
const bulkFlushAt = 1 << 14

// bulkCount is one run of the set-based detection.
type bulkCount struct {
	tx      BulkTx
	at      int // ProfileAt
	found   map[Rule]int
	refs    []int64        // claims to flag Counterclaim
	profile map[string]int // profile counts to add

	// The responds_to links of added claims, and what the group pass saw
	// of the claims at their ends.
	links  []BulkLink
	linked map[int64]*Member

	// The group being counted: its key, whether it has a profile, its
	// size, the counts of its members stored before and of its added
	// members so far, and its denials not flagged yet.
	prop     string
	profiled bool
	size     int
	stored   map[pcount]int
	added    map[pcount]int
	open     []BulkMember
}

// groupChunk is a chunk of AddedGroups with the profile keys that have a
// count among the groups it starts.
type groupChunk struct {
	ms  []BulkMember
	has map[string]int
}

// groups counts the pairs of the proposition groups that have an added
// claim: each added member is paired, through the group's counts, with
// the members before it (stored before the transaction, then added ones),
// so every pair with an added claim is counted once. At a group's end its
// denials not flagged yet are flagged when they counter a member, and its
// profile is written or kept in step. The store reads the next chunk while
// a goroutine counts this one; only this goroutine uses the transaction.
func (d *bulkCount) groups(ctx context.Context) error {
	d.stored, d.added = map[pcount]int{}, map[pcount]int{}
	chunks := make(chan groupChunk, 2)
	writes := make(chan map[string]int, 2) // profile counts to write
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(writes)
		started := false
		for c := range chunks {
			for i := range c.ms {
				m := &c.ms[i]
				if !started || m.PropKey != d.prop {
					if started {
						d.endGroup(writes)
					}
					started = true
					_, d.profiled = c.has[ProfileKey(m.PropKey)]
					d.prop, d.size = m.PropKey, 0
					clear(d.stored)
					clear(d.added)
					d.open = d.open[:0]
				}
				d.member(m)
			}
		}
		if started {
			d.endGroup(writes)
		}
	}()
	write := func(w map[string]int) error { return d.tx.AddProfiles(ctx, w) }
	// With no profile stored when the pass begins, no group has one: the
	// pass writes the counts of groups that have ended only, under keys
	// injective in the group's key and the count (ProfileKey is one), and
	// a group's members come together in key order, so none is written
	// before its group starts. The lookups are then skipped: into an empty
	// store they were a query a chunk, 0.6 s of the 1M load's CPU.
	none, err := d.tx.NoProfiles(ctx)
	if err != nil {
		return err
	}
	cur := ""
	asked := map[string]bool{}
	err = d.tx.AddedGroups(ctx, func(ms []BulkMember) error {
		// Whether a group has a profile: one lookup for the groups that
		// start in this chunk.
		var keys []string
		clear(asked)
		for i := range ms {
			if k := ms[i].PropKey; !none && k != cur && !asked[k] {
				asked[k] = true
				keys = append(keys, ProfileKey(k))
			}
		}
		if len(ms) > 0 {
			cur = ms[len(ms)-1].PropKey
		}
		has := map[string]int{}
		if !none {
			var err error
			if has, err = d.tx.Profiles(ctx, keys); err != nil {
				return err
			}
		}
		// The chunk is the counter's from here: a copy, as the store may
		// reuse its slice.
		c := groupChunk{ms: append([]BulkMember(nil), ms...), has: has}
		for {
			select {
			case chunks <- c:
				return nil
			case w := <-writes:
				if err := write(w); err != nil {
					return err
				}
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	})
	// The counter ends with the chunks; what it has left to write is
	// written, unless the pass failed.
	close(chunks)
	for w := range writes {
		if err == nil {
			err = write(w)
		}
	}
	<-done
	return err
}

// member counts one member of the current group.
func (d *bulkCount) member(m *BulkMember) {
	d.size++
	if m.Kind == KindDenial && !m.Counterclaim {
		d.open = append(d.open, *m)
	}
	if _, ok := d.linked[m.Ref]; ok {
		mm := m.Member
		d.linked[m.Ref] = &mm
	}
	if !m.Added {
		profileCounts(&m.Member, func(c pcount) { d.stored[c]++ })
		return
	}
	q := profileQuery{a: memberKeyed(&m.Member), get: d.count}
	q.pairs(d.found)
	profileCounts(&m.Member, func(c pcount) { d.added[c]++ })
}

// count is a count of the current group: its members so far.
func (d *bulkCount) count(c pcount) int { return d.stored[c] + d.added[c] }

// endGroup flags the group's denials that counter a member, and adds its
// profile counts: the added members' when it has a profile, all its
// counts when it reaches the size for one. It hands the counts on to
// writes once it holds many.
func (d *bulkCount) endGroup(writes chan<- map[string]int) {
	for i := range d.open {
		if (profileQuery{a: memberKeyed(&d.open[i].Member), get: d.count}).differentSides('o') > 0 {
			d.refs = append(d.refs, d.open[i].Ref)
		}
	}
	switch {
	case d.profiled:
		d.addProfile(d.added)
	case d.at > 0 && d.size >= d.at:
		d.addProfile(d.stored)
		d.addProfile(d.added)
	}
	if len(d.profile) >= bulkFlushAt {
		writes <- d.profile
		d.profile = map[string]int{}
	}
}

func (d *bulkCount) addProfile(counts map[pcount]int) {
	for c, n := range counts {
		d.profile[c.key(d.prop)] += n
	}
}

// readLinks reads the responds_to links of added claims before the group
// pass, which notes the claims at their ends.
func (d *bulkCount) readLinks(ctx context.Context) error {
	var err error
	if d.links, err = d.tx.AddedLinks(ctx); err != nil {
		return err
	}
	d.linked = make(map[int64]*Member, 2*len(d.links))
	for _, l := range d.links {
		d.linked[l.From], d.linked[l.To] = nil, nil
	}
	return nil
}

// countLinks counts what the links add to the groups' counts: a claim that
// responds to another counters it, a finding the groups counted only when
// the denial rule made it one, which needs the two claims in one group,
// where the group pass saw them. The responding claim is flagged.
func (d *bulkCount) countLinks() {
	for _, l := range d.links {
		d.refs = append(d.refs, l.From)
		a, b := d.linked[l.From], d.linked[l.To]
		if a != nil && b != nil && counters(memberKeyed(a), memberKeyed(b)) {
			continue
		}
		d.found[RuleCounterclaim]++
	}
}

// accusations counts the mutual accusations with an added claim: every
// claim of an accusation key with every claim of its mirror, less the
// pairs of claims both stored before.
func (d *bulkCount) accusations(ctx context.Context) error {
	acc, err := d.tx.AddedAccusations(ctx)
	if err != nil || len(acc) == 0 {
		return err
	}
	var ask []string
	for k := range acc {
		if m := mirrorOfAccKey(k); m != "" {
			if _, ok := acc[m]; !ok {
				ask = append(ask, m)
			}
		}
	}
	sort.Strings(ask)
	stored, err := d.tx.CountAccusations(ctx, ask)
	if err != nil {
		return err
	}
	for k, a := range acc {
		m := mirrorOfAccKey(k)
		if m == "" {
			continue
		}
		b, ok := acc[m]
		if ok && m < k {
			continue // the pair of keys is counted from m
		}
		if !ok {
			b = AccCount{Stored: stored[m]}
		}
		d.found[RuleMutual] += (a.Stored+a.Added)*(b.Stored+b.Added) - a.Stored*b.Stored
	}
	return nil
}
