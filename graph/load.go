package graph

import (
	"context"
	"sort"
	"time"
)

// The load algorithm, written once for every store (as the rules and
// FindFindings are): a store's Load prepares the batch (PrepareBatch),
// opens one write transaction and runs LoadBatch in it over LoadTx, the
// primitives that transaction offers. Both stores therefore agree by
// construction on what a batch writes, which nodes it creates, what it
// counts as new, changed and unchanged, and which findings it counts.

// LoadTx is one write transaction of a store, as LoadBatch uses it. Each
// method takes a whole list (a store splits it into statements as it
// likes) and leaves the transaction usable after an error only in the
// sense that the caller will roll it back. Nodes and claims are given as
// PrepareBatch leaves them: validated, ids filled, names folded.
type LoadTx interface {
	// StoredDocuments returns which of ids are stored documents.
	StoredDocuments(ctx context.Context, ids []string) (map[string]bool, error)
	// UpsertDocuments writes documents: a new one as given, a stored one
	// with each field given non-empty replaced (a structured record that
	// cites only a URL must not erase the outlet an article gave the
	// document). It returns how many it created.
	UpsertDocuments(ctx context.Context, docs []Document) (int, error)
	// UpsertActors, UpsertTopics and UpsertSpeakers write the nodes a
	// batch carries: a new one as given; a stored one gets the name, the
	// union of its aliases and these, and (speakers) the role and side
	// given non-empty. An actor or topic is one per id and one per slug
	// of its name. A store that links speakers to the actors of their
	// sides does it here; LoadBatch writes actors before speakers. They
	// return how many nodes they created.
	UpsertActors(ctx context.Context, actors []Actor) (int, error)
	UpsertTopics(ctx context.Context, topics []Topic) (int, error)
	UpsertSpeakers(ctx context.Context, speakers []Speaker) (int, error)
	// EnsureActors, EnsureTopics and EnsureSpeakers create the nodes
	// claims name that are not stored (an actor or topic is stored when
	// its id or the slug of its name is); a stored node is left as it is.
	// They return how many nodes they created.
	EnsureActors(ctx context.Context, actors []Actor) (int, error)
	EnsureTopics(ctx context.Context, topics []Topic) (int, error)
	EnsureSpeakers(ctx context.Context, speakers []Speaker) (int, error)
	// Fingerprints returns the stored fingerprint of each of ids that is
	// a stored claim.
	Fingerprints(ctx context.Context, ids []string) (map[string]string, error)
	// Probe calls fn with each stored claim p names (ProbeFor), once
	// each, with at least the fields the rules read. It stops at fn's
	// first error and returns it.
	Probe(ctx context.Context, p Probe, fn func(Claim) error) error
	// CountAccusations returns how many stored claims have each of keys
	// as their AccKey; a key no claim has may be left out.
	CountAccusations(ctx context.Context, keys []string) (map[string]int, error)
	// Members calls fn with the stored claims whose PropKey is one of
	// keys, as Members, a bounded number at a time.
	Members(ctx context.Context, keys []string, fn func([]Member)) error
	// WriteClaims writes fresh claims with their fingerprints (fps, by
	// position): a claim whose id is in changed replaces the stored one
	// and keeps its first-load time; the others are new and loaded now.
	// Every fresh claim is changed now, and flagged Counterclaim exactly
	// when counter has its id.
	WriteClaims(ctx context.Context, fresh []Claim, fps []string, changed, counter map[string]bool) error
	// SetCounterclaims sets the Counterclaim flag of the stored claims
	// ids to on.
	SetCounterclaims(ctx context.Context, ids []string, on bool) error
	// AddFindingCounts moves the per-rule finding totals by delta.
	AddFindingCounts(ctx context.Context, delta map[Rule]int) error
}

// ProfileTx is what a store that keeps group profiles (profile.go) adds
// to LoadTx. LoadBatch counts a group's pairs from its profile once the
// group has one, gives a group a profile when it reaches ProfileAt
// members, and keeps the profiles in step with the claims it writes.
type ProfileTx interface {
	LoadTx
	// ProfileAt is the group size from which a group gets a profile; 0
	// for never.
	ProfileAt() int
	// Profiles returns the stored profile counts under keys (ProfileKey,
	// ProfileKeys); a key without a count may be left out.
	Profiles(ctx context.Context, keys []string) (map[string]int, error)
	// OpenDenials calls fn with the stored denials of the groups keys
	// that are not flagged Counterclaim, as Members.
	OpenDenials(ctx context.Context, keys []string, fn func([]Member)) error
	// MembersByID calls fn with the stored claims ids, as Members.
	MembersByID(ctx context.Context, ids []string, fn func([]Member)) error
	// AddProfiles moves the profile counts by delta.
	AddProfiles(ctx context.Context, delta map[string]int) error
}

// PreparedBatch is a batch as every store writes it: validated, ids
// filled, node names folded (NodeName), the repeats of a node folded as
// successive upserts would fold them (a later non-empty field wins,
// aliases merge), claims prepared (PrepareClaims), and the nodes the
// claims imply.
type PreparedBatch struct {
	Documents    []Document
	Speakers     []Speaker
	Actors       []Actor
	Topics       []Topic
	Claims       []Claim
	Fingerprints []string // of each claim, by position
	// The nodes the claims name, first mention first: a speaker per
	// speaker id (with its first claim's role and side), an actor per
	// slug of a side or subject, a topic per topic slug. A store creates
	// those it lacks.
	ImpliedSpeakers []Speaker
	ImpliedActors   []Actor
	ImpliedTopics   []Topic
}

// Empty reports whether the batch writes nothing.
func (p *PreparedBatch) Empty() bool {
	return len(p.Documents)+len(p.Speakers)+len(p.Actors)+len(p.Topics)+len(p.Claims) == 0
}

// PrepareBatch validates b and prepares it for LoadBatch (see
// PreparedBatch). It never modifies b. Errors are EInvalid.
func PrepareBatch(b Batch) (*PreparedBatch, error) {
	p, err := prepareNodes(b)
	if err != nil {
		return nil, err
	}
	if p.Claims, p.Fingerprints, err = PrepareClaims(b.Claims); err != nil {
		return nil, err
	}
	p.implied()
	return p, nil
}

// prepareNodes is a PreparedBatch of b's nodes, prepared (PrepareNodes)
// and folded by id, without its claims yet.
func prepareNodes(b Batch) (*PreparedBatch, error) {
	docs, speakers, actors, topics, err := PrepareNodes(b)
	if err != nil {
		return nil, err
	}
	return &PreparedBatch{Documents: foldDocuments(docs), Speakers: foldSpeakers(speakers), Actors: foldNamed(actors), Topics: foldNamed(topics)}, nil
}

// implied lists the nodes p's claims imply.
func (p *PreparedBatch) implied() {
	seen := map[string]bool{}
	for i := range p.Claims {
		c := &p.Claims[i]
		if k := "s" + c.SpeakerID; !seen[k] {
			seen[k] = true
			p.ImpliedSpeakers = append(p.ImpliedSpeakers, Speaker{ID: c.SpeakerID, Name: NodeName(c.Speaker), Role: c.Role, Side: c.Side})
		}
		for _, a := range []string{c.Side, c.Subject} {
			if k := "a" + Slug(a); a != "" && !seen[k] {
				seen[k] = true
				p.ImpliedActors = append(p.ImpliedActors, Actor{ID: ActorID(a), Name: NodeName(a)})
			}
		}
		if k := "t" + TopicSlug(c.Topic); !seen[k] {
			seen[k] = true
			p.ImpliedTopics = append(p.ImpliedTopics, Topic{ID: TopicID(c.Topic), Name: NodeName(c.Topic)})
		}
	}
}

// PrepareBatchConcurrently is PrepareBatch, with the nodes and the
// second half of the claims prepared on another goroutine while this one
// prepares the first half; the claims are then checked for repeated ids
// in their order, so that the result, and the error when the batch has
// one, are PrepareBatch's. A bulk transaction prepares each batch while
// nothing else can write and, the parsers being ahead, a core is idle:
// its preparation was 3.5 s of the 1M load's single writer.
func PrepareBatchConcurrently(b Batch) (*PreparedBatch, error) {
	n := len(b.Claims)
	claims, fps := make([]Claim, n), make([]string, n)
	mid := n / 2
	var p *PreparedBatch
	var nodeErr error
	var rest map[int]error
	done := make(chan struct{})
	go func() {
		defer close(done)
		if p, nodeErr = prepareNodes(b); nodeErr != nil {
			return
		}
		rest = prepareClaims(b.Claims[mid:], claims[mid:], fps[mid:])
	}()
	errs := prepareClaims(b.Claims[:mid], claims[:mid], fps[:mid])
	<-done
	if nodeErr != nil {
		return nil, nodeErr
	}
	for i, err := range rest {
		if errs == nil {
			errs = map[int]error{}
		}
		errs[mid+i] = err
	}
	var err error
	if p.Claims, p.Fingerprints, err = dedupClaims(claims, fps, errs); err != nil {
		return nil, err
	}
	p.implied()
	return p, nil
}

// foldDocuments folds documents by id, first seen first: a later
// non-empty field replaces an earlier one.
func foldDocuments(in []Document) []Document {
	var out []Document
	at := map[string]int{}
	for _, d := range in {
		i, ok := at[d.ID]
		if !ok {
			at[d.ID] = len(out)
			out = append(out, d)
			continue
		}
		o := &out[i]
		for _, f := range []struct {
			dst *string
			v   string
		}{
			{&o.Name, d.Name}, {&o.URL, d.URL}, {&o.Outlet, d.Outlet}, {&o.Title, d.Title}, {&o.Published, d.Published},
		} {
			if f.v != "" {
				*f.dst = f.v
			}
		}
	}
	return out
}

// foldSpeakers folds speakers by id, first seen first: the last name
// stands, aliases merge, a later non-empty role or side replaces.
func foldSpeakers(in []Speaker) []Speaker {
	var out []Speaker
	at := map[string]int{}
	for _, sp := range in {
		i, ok := at[sp.ID]
		if !ok {
			sp.Aliases = MergeAliases(nil, sp.Aliases)
			at[sp.ID] = len(out)
			out = append(out, sp)
			continue
		}
		o := &out[i]
		o.Name, o.Aliases = sp.Name, MergeAliases(o.Aliases, sp.Aliases)
		if sp.Role != "" {
			o.Role = sp.Role
		}
		if sp.Side != "" {
			o.Side = sp.Side
		}
	}
	return out
}

// foldNamed folds actors or topics (the same fields) by id, first seen
// first: the last name stands, aliases merge.
func foldNamed[T Actor | Topic](in []T) []T {
	var out []T
	at := map[string]int{}
	for _, x := range in {
		n := Actor(x)
		if i, ok := at[n.ID]; ok {
			o := Actor(out[i])
			o.Name, o.Aliases = n.Name, MergeAliases(o.Aliases, n.Aliases)
			out[i] = T(o)
			continue
		}
		n.Aliases = MergeAliases(nil, n.Aliases)
		at[n.ID] = len(out)
		out = append(out, T(n))
	}
	return out
}

// MergeAliases returns the union of two alias lists, sorted, without
// repeats or blank names: the aliases a node keeps.
func MergeAliases(a, b []string) []string {
	set := map[string]bool{}
	for _, l := range [][]string{a, b} {
		for _, s := range l {
			if NodeName(s) != "" {
				set[s] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// LoadBatch loads p in tx, the store's write transaction, and returns what
// it changed (see Store.Load): it checks that every claim's document is in
// the batch or stored, writes the nodes (actors and topics before
// speakers), sorts the claims into new, changed and unchanged by their
// fingerprints, detects the findings of the new and changed ones against
// the stored claims before writing them, writes them, keeps the
// Counterclaim flags of stored claims in step, and moves the per-rule
// totals. A batch of new claims only is counted (Counter: group members
// streamed, or counted from profiles in a ProfileTx) rather than detected
// pair by pair; a batch that changes claims derives the findings of their
// stored versions to retract them.
//
// LoadBatch may run again from the start in a fresh transaction (a
// driver's replay after a transient error): it keeps nothing between
// runs.
func LoadBatch(ctx context.Context, tx LoadTx, p *PreparedBatch) (LoadResult, error) {
	res := LoadResult{Findings: map[Rule]int{}}
	if err := checkDocuments(ctx, tx, p); err != nil {
		return res, err
	}
	if err := writeNodes(ctx, tx, p, &res); err != nil {
		return res, err
	}
	fresh, changed, err := sortFresh(ctx, tx, p, &res)
	if err != nil || len(fresh) == 0 {
		return res, err
	}
	prof, _ := tx.(ProfileTx)
	if prof != nil && prof.ProfileAt() <= 0 {
		prof = nil
	}
	l := &loading{tx: tx, prof: prof, profile: map[string]int{}}

	// Detection reads the stored claims before the batch is written: the
	// stored copies of fresh claims are stale or absent, and the rules
	// pair fresh claims with each other themselves.
	start := time.Now()
	var (
		added, removed map[Rule]int
		counter        map[string]bool // the claims that counter another
		before         []Finding       // the findings of the changed claims' stored versions
	)
	if len(changed) == 0 {
		n, err := l.count(ctx, fresh)
		if err != nil {
			return res, err
		}
		res.DetectNanos += time.Since(start).Nanoseconds()
		added, counter, res.FindingsSeen = n.Findings, n.Counterclaimants, n.Total()
	} else {
		skip := make(map[string]bool, len(fresh))
		for i := range fresh {
			skip[fresh[i].ID] = true
		}
		cands, err := l.probe(ctx, ProbeFor(fresh), skip)
		if err != nil {
			return res, err
		}
		found := Detect(fresh, cands)
		res.DetectNanos += time.Since(start).Nanoseconds()
		if before, err = StoredFindings(changed, l.read(ctx)); err != nil {
			return res, err
		}
		added, removed = FindingDelta(before, found)
		counter, res.FindingsSeen = Counterclaimants(found), len(found)
		if err := l.profileChanges(ctx, fresh, changed); err != nil {
			return res, err
		}
	}
	for r, n := range added {
		res.Findings[r] = n
	}
	fps := make([]string, len(fresh))
	at := make(map[string]string, len(p.Claims))
	for i := range p.Claims {
		at[p.Claims[i].ID] = p.Fingerprints[i]
	}
	for i := range fresh {
		fps[i] = at[fresh[i].ID]
	}
	if err := tx.WriteClaims(ctx, fresh, fps, changed, counter); err != nil {
		return res, err
	}
	if err := l.updateCounterclaims(ctx, fresh, before, counter); err != nil {
		return res, err
	}
	if prof != nil && len(l.profile) > 0 {
		if err := prof.AddProfiles(ctx, l.profile); err != nil {
			return res, err
		}
	}
	delta := map[Rule]int{}
	for _, r := range Rules {
		if d := added[r] - removed[r]; d != 0 {
			delta[r] = d
		}
	}
	if len(delta) == 0 {
		return res, nil
	}
	return res, tx.AddFindingCounts(ctx, delta)
}

// checkDocuments makes sure every claim's document is in the batch or
// stored.
func checkDocuments(ctx context.Context, tx LoadTx, p *PreparedBatch) error {
	known := map[string]bool{}
	for _, d := range p.Documents {
		known[d.ID] = true
	}
	var ask []string
	for i := range p.Claims {
		if id := p.Claims[i].DocID; !known[id] {
			known[id] = true
			ask = append(ask, id)
		}
	}
	if len(ask) == 0 {
		return nil
	}
	stored, err := tx.StoredDocuments(ctx, ask)
	if err != nil {
		return err
	}
	for _, id := range ask {
		if !stored[id] {
			return Errorf(EInvalid, "document %s is neither in the batch nor stored", id)
		}
	}
	return nil
}

// writeNodes writes the documents, actors, topics and speakers, the
// batch's and those its claims imply, and counts those created.
func writeNodes(ctx context.Context, tx LoadTx, p *PreparedBatch, res *LoadResult) error {
	for _, step := range []struct {
		n     int
		write func() (int, error)
		count *int
	}{
		{len(p.Documents), func() (int, error) { return tx.UpsertDocuments(ctx, p.Documents) }, &res.Documents},
		{len(p.Actors), func() (int, error) { return tx.UpsertActors(ctx, p.Actors) }, &res.Actors},
		{len(p.ImpliedActors), func() (int, error) { return tx.EnsureActors(ctx, p.ImpliedActors) }, &res.Actors},
		{len(p.Topics), func() (int, error) { return tx.UpsertTopics(ctx, p.Topics) }, &res.Topics},
		{len(p.ImpliedTopics), func() (int, error) { return tx.EnsureTopics(ctx, p.ImpliedTopics) }, &res.Topics},
		{len(p.Speakers), func() (int, error) { return tx.UpsertSpeakers(ctx, p.Speakers) }, &res.Speakers},
		{len(p.ImpliedSpeakers), func() (int, error) { return tx.EnsureSpeakers(ctx, p.ImpliedSpeakers) }, &res.Speakers},
	} {
		if step.n == 0 {
			continue
		}
		n, err := step.write()
		if err != nil {
			return err
		}
		*step.count += n
	}
	return nil
}

// sortFresh compares the batch's claims with the stored ones: it counts
// the unchanged and returns the fresh ones (new or changed) and the ids of
// the changed.
func sortFresh(ctx context.Context, tx LoadTx, p *PreparedBatch, res *LoadResult) ([]Claim, map[string]bool, error) {
	changed := map[string]bool{}
	if len(p.Claims) == 0 {
		return nil, changed, nil
	}
	ids := make([]string, len(p.Claims))
	for i := range p.Claims {
		ids[i] = p.Claims[i].ID
	}
	stored, err := tx.Fingerprints(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	var fresh []Claim
	for i, c := range p.Claims {
		fp, ok := stored[c.ID]
		switch {
		case !ok:
			res.Claims++
		case fp == p.Fingerprints[i]:
			res.Unchanged++
			continue
		default:
			res.Updated++
			changed[c.ID] = true
		}
		fresh = append(fresh, c)
	}
	return fresh, changed, nil
}

// loading is the state of one run of LoadBatch's detection and profiles.
type loading struct {
	tx      LoadTx
	prof    ProfileTx      // nil: no profiles
	profile map[string]int // changes to the profile counts, written with the claims
}

// probe reads the stored claims p names, each once and none in skip.
func (l *loading) probe(ctx context.Context, p Probe, skip map[string]bool) ([]Claim, error) {
	var out []Claim
	seen := map[string]bool{}
	err := l.tx.Probe(ctx, p, func(c Claim) error {
		if !skip[c.ID] && !seen[c.ID] {
			seen[c.ID] = true
			out = append(out, c)
		}
		return nil
	})
	return out, err
}

// read is StoredFindings' read: the claims a probe names.
func (l *loading) read(ctx context.Context) func(Probe) ([]Claim, error) {
	return func(p Probe) ([]Claim, error) { return l.probe(ctx, p, nil) }
}

// count counts the findings of fresh, new claims: the claims they link
// and the mirrored accusations by index, their proposition groups from
// profiles where a group has one, else streamed member by member.
func (l *loading) count(ctx context.Context, fresh []Claim) (Counted, error) {
	p := ProbeFor(fresh)
	accKeys, propKeys := p.AccKeys, p.PropKeys
	p.AccKeys, p.PropKeys = nil, nil
	linked, err := l.probe(ctx, p, nil)
	if err != nil {
		return Counted{}, err
	}
	var accCounts map[string]int
	if len(accKeys) > 0 {
		if accCounts, err = l.tx.CountAccusations(ctx, accKeys); err != nil {
			return Counted{}, err
		}
	}
	ctr := NewCounter(fresh, linked, accCounts)
	if err := l.countGroups(ctx, ctr, fresh, linked, propKeys); err != nil {
		return Counted{}, err
	}
	return ctr.Counted(), nil
}

// countGroups counts the pairs of fresh, new claims with the stored
// members of their proposition groups, keys: from the profile of a group
// that has one, else by streaming its members through ctr. A group that
// reaches ProfileAt members with this batch gets its profile, built from
// its members; the profiles of all the groups gain the fresh claims.
func (l *loading) countGroups(ctx context.Context, ctr *Counter, fresh, linked []Claim, keys []string) error {
	if l.prof == nil {
		return l.tx.Members(ctx, keys, ctr.Add)
	}
	hot, err := l.profiled(ctx, keys)
	if err != nil {
		return err
	}
	var cold []string
	for _, k := range keys {
		if !hot[k] {
			cold = append(cold, k)
		}
	}
	size := map[string]int{}
	for i := range fresh {
		size[PropKey(&fresh[i])]++
	}
	err = l.tx.Members(ctx, cold, func(ms []Member) {
		ctr.Add(ms)
		for i := range ms {
			size[ms[i].PropKey]++
		}
	})
	if err != nil {
		return err
	}
	if len(hot) > 0 {
		vals, err := l.prof.Profiles(ctx, ctr.ProfileNeeds(hot))
		if err != nil {
			return err
		}
		var open []Member
		if err := l.prof.OpenDenials(ctx, sortedTrue(hot), func(ms []Member) { open = append(open, ms...) }); err != nil {
			return err
		}
		ctr.AddProfiles(hot, vals, open, linked)
	}
	// A group crossing the size is read a second time, once in its life,
	// rather than every cold group's members being kept until the sizes
	// are known.
	var grown []string
	for _, k := range cold {
		if size[k] >= l.prof.ProfileAt() {
			grown = append(grown, k)
			hot[k] = true
		}
	}
	if len(grown) > 0 {
		err = l.tx.Members(ctx, grown, func(ms []Member) {
			for i := range ms {
				l.addProfile(&ms[i], 1)
			}
		})
		if err != nil {
			return err
		}
	}
	for i := range fresh {
		if m := MemberOf(&fresh[i]); hot[m.PropKey] {
			l.addProfile(&m, 1)
		}
	}
	return nil
}

// profileChanges moves the changed claims of fresh from their stored
// versions' profiles to their new versions', and adds the new claims of
// fresh to theirs. Only groups with a profile are kept up to date here:
// a group gets one in a batch of new claims.
func (l *loading) profileChanges(ctx context.Context, fresh []Claim, changed map[string]bool) error {
	if l.prof == nil {
		return nil
	}
	var old []Member
	if err := l.prof.MembersByID(ctx, sortedTrue(changed), func(ms []Member) { old = append(old, ms...) }); err != nil {
		return err
	}
	now := make([]Member, len(fresh))
	keys := map[string]bool{}
	for i := range fresh {
		now[i] = MemberOf(&fresh[i])
		keys[now[i].PropKey] = true
	}
	for i := range old {
		keys[old[i].PropKey] = true
	}
	hot, err := l.profiled(ctx, sortedTrue(keys))
	if err != nil {
		return err
	}
	for i := range old {
		if hot[old[i].PropKey] {
			l.addProfile(&old[i], -1)
		}
	}
	for i := range now {
		if hot[now[i].PropKey] {
			l.addProfile(&now[i], 1)
		}
	}
	return nil
}

func (l *loading) addProfile(m *Member, d int) {
	for _, k := range ProfileKeys(m) {
		l.profile[k] += d
	}
}

// profiled returns which of the groups keys have a profile.
func (l *loading) profiled(ctx context.Context, keys []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(keys) == 0 {
		return out, nil
	}
	group := make(map[string]string, len(keys))
	pk := make([]string, len(keys))
	for i, k := range keys {
		pk[i] = ProfileKey(k)
		group[pk[i]] = k
	}
	vals, err := l.prof.Profiles(ctx, pk)
	if err != nil {
		return nil, err
	}
	for k := range vals {
		out[group[k]] = true
	}
	return out, nil
}

// updateCounterclaims keeps the Counterclaim flag of stored claims that
// are not in the batch (WriteClaims flags the batch's): set when they now
// counter a fresh claim, and derived again when they countered a changed
// claim's old version, which may have been all they countered.
func (l *loading) updateCounterclaims(ctx context.Context, fresh []Claim, before []Finding, counter map[string]bool) error {
	isFresh := make(map[string]bool, len(fresh))
	for i := range fresh {
		isFresh[fresh[i].ID] = true
	}
	var set []string
	for id := range counter {
		if !isFresh[id] {
			set = append(set, id)
		}
	}
	if len(set) > 0 {
		sort.Strings(set)
		if err := l.tx.SetCounterclaims(ctx, set, true); err != nil {
			return err
		}
	}
	recheck := Recheck(before, fresh, counter)
	if len(recheck) == 0 {
		return nil
	}
	// The batch is written: these reads see the new versions.
	fs, err := StoredFindings(recheck, l.read(ctx))
	if err != nil {
		return err
	}
	still := Counterclaimants(fs)
	var clear []string
	for id := range recheck {
		if !still[id] {
			clear = append(clear, id)
		}
	}
	if len(clear) == 0 {
		return nil
	}
	sort.Strings(clear)
	return l.tx.SetCounterclaims(ctx, clear, false)
}

// sortedTrue lists the keys of a set, sorted.
func sortedTrue(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k, ok := range m {
		if ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
