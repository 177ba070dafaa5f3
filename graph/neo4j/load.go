package neo4j

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Load upserts b in one managed write transaction and runs detection for
// its new and changed claims inside it; see graph.Store. Validation runs
// before the transaction; the document check, the comparison with stored
// claims, the candidate reads and every write run inside it, so that a
// replay by the driver starts again from what is stored.
//
// Findings are not stored (reads derive them, see graph.FindFindings):
// what a load keeps of them is the per-rule totals (FindingCount nodes,
// moved by what the batch added and removed) and the Counterclaim label
// of the claims that counter another.
func (s *Store) Load(ctx context.Context, b graph.Batch) (graph.LoadResult, error) {
	empty := graph.LoadResult{Findings: map[graph.Rule]int{}}
	if err := s.check(); err != nil {
		return empty, err
	}
	nb, err := normalize(b)
	if err != nil {
		return empty, fmt.Errorf("load batch: %w", err)
	}
	if len(nb.docs)+len(nb.speakers)+len(nb.actors)+len(nb.topics)+len(nb.claims) == 0 {
		return empty, nil // nothing to write: no transaction, no lock
	}
	now := s.now().UnixNano()
	var res graph.LoadResult
	err = s.write(ctx, func(q querier) error {
		l := &loader{q: q, now: now, size: s.cfg.BatchSize}
		var err error
		if res, err = l.run(ctx, nb); err != nil { // a replay starts from a fresh result
			return err
		}
		if s.beforeCommit != nil {
			return s.beforeCommit(ctx)
		}
		return nil
	})
	if err != nil {
		return empty, translate(err, s.t, "load batch")
	}
	return res, nil
}

// batch is a validated, normalised graph.Batch: ids filled, names and
// dates normalised, duplicates folded, and the nodes its claims imply.
type batch struct {
	docs     []graph.Document
	speakers []graph.Speaker
	actors   []graph.Actor
	topics   []graph.Topic
	claims   []graph.Claim
	fps      []string // fingerprint of each claim

	// Nodes the claims name, first mention first: a speaker per speaker id
	// (with its first claim's role and side), an actor per side or subject
	// slug, a topic per topic slug.
	impliedSpeakers []*graph.Claim
	impliedActors   []named
	impliedTopics   []named
}

type named struct{ id, name string }

// normalize validates b and fills what the store derives, with the SQLite
// store's rules. Duplicates in the batch fold as successive upserts would:
// a later non-empty field wins, aliases merge; claims with one id must
// have one content. It never modifies b's slices.
func normalize(b graph.Batch) (*batch, error) {
	nb := &batch{}
	docs, speakers, actors, topics, err := graph.PrepareNodes(b)
	if err != nil {
		return nil, err
	}
	docAt := map[string]int{}
	for _, d := range docs {
		i, ok := docAt[d.ID]
		if !ok {
			docAt[d.ID] = len(nb.docs)
			nb.docs = append(nb.docs, d)
			continue
		}
		o := &nb.docs[i]
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
	spAt := map[string]int{}
	for _, sp := range speakers {
		sp.Name = graph.NormName(sp.Name)
		i, ok := spAt[sp.ID]
		if !ok {
			sp.Aliases = mergeAliases(nil, sp.Aliases)
			spAt[sp.ID] = len(nb.speakers)
			nb.speakers = append(nb.speakers, sp)
			continue
		}
		o := &nb.speakers[i]
		o.Name, o.Aliases = sp.Name, mergeAliases(o.Aliases, sp.Aliases)
		if sp.Role != "" {
			o.Role = sp.Role
		}
		if sp.Side != "" {
			o.Side = sp.Side
		}
	}
	nb.actors, nb.topics = foldNamed(actors), foldNamed(topics)

	claims, fps, err := graph.PrepareClaims(b.Claims)
	if err != nil {
		return nil, err
	}
	nb.claims, nb.fps = claims, fps

	mentioned := map[string]bool{}
	for i := range nb.claims {
		c := &nb.claims[i]
		if k := "s" + c.SpeakerID; !mentioned[k] {
			mentioned[k] = true
			nb.impliedSpeakers = append(nb.impliedSpeakers, c)
		}
		for _, a := range []string{c.Side, c.Subject} {
			if k := "a" + graph.Slug(a); a != "" && !mentioned[k] {
				mentioned[k] = true
				nb.impliedActors = append(nb.impliedActors, named{graph.ActorID(a), a})
			}
		}
		if k := "t" + graph.Slug(c.Topic); !mentioned[k] {
			mentioned[k] = true
			nb.impliedTopics = append(nb.impliedTopics, named{graph.TopicID(c.Topic), c.Topic})
		}
	}
	return nb, nil
}

// foldNamed folds a batch's actors or topics (the same fields) by id, in
// first-seen order: names normalised, the last name standing, aliases
// merged.
func foldNamed[T graph.Actor | graph.Topic](in []T) []T {
	var out []T
	at := map[string]int{}
	for _, x := range in {
		n := graph.Actor(x)
		n.Name = graph.NormName(n.Name)
		if i, ok := at[n.ID]; ok {
			o := graph.Actor(out[i])
			o.Name, o.Aliases = n.Name, mergeAliases(o.Aliases, n.Aliases)
			out[i] = T(o)
			continue
		}
		n.Aliases = mergeAliases(nil, n.Aliases)
		at[n.ID] = len(out)
		out = append(out, T(n))
	}
	return out
}

// mergeAliases returns the union of two alias lists, normalised, sorted,
// without duplicates or empty names.
func mergeAliases(a, b []string) []string {
	set := map[string]bool{}
	for _, l := range [][]string{a, b} {
		for _, s := range l {
			if s = graph.NormName(s); s != "" {
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

// nodeRows are the rows of the node statements, shared by Load and
// WriteScript so that a script writes what a load writes.
type nodeRows struct {
	docs                      []any
	actors, impliedActors     []any
	topics, impliedTopics     []any
	speakers, impliedSpeakers []any
	speakerIDs                []string // speakers the batch carries, whose SPEAKS_FOR may be stale
	linkIDs                   []string // speakers the batch wrote, to link to their side
	actorSlugs                []string // actors the batch wrote, to link to their speakers if new
}

func rowsOf(nb *batch) nodeRows {
	var r nodeRows
	seen := map[string]bool{}
	add := func(list *[]string, k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			*list = append(*list, k)
		}
	}
	for i := range nb.docs {
		r.docs = append(r.docs, documentRow(&nb.docs[i]))
	}
	for _, a := range nb.actors {
		r.actors = append(r.actors, namedRow(a.ID, a.Name, a.Aliases))
		add(&r.actorSlugs, graph.Slug(a.Name))
	}
	for _, a := range nb.impliedActors {
		r.impliedActors = append(r.impliedActors, impliedRow(a.id, a.name))
		add(&r.actorSlugs, graph.Slug(a.name))
	}
	for _, t := range nb.topics {
		r.topics = append(r.topics, namedRow(t.ID, t.Name, t.Aliases))
	}
	for _, t := range nb.impliedTopics {
		r.impliedTopics = append(r.impliedTopics, impliedRow(t.id, t.name))
	}
	for i := range nb.speakers {
		sp := &nb.speakers[i]
		r.speakers = append(r.speakers, speakerRow(sp))
		r.speakerIDs = append(r.speakerIDs, sp.ID)
		add(&r.linkIDs, sp.ID)
	}
	for _, c := range nb.impliedSpeakers {
		r.impliedSpeakers = append(r.impliedSpeakers, impliedSpeakerRow(c))
		add(&r.linkIDs, c.SpeakerID)
	}
	return r
}

// loadLock names the LoadLock node every Load locks first.
const loadLock = "load"

// loader runs one attempt of a Load inside its transaction.
type loader struct {
	q    querier
	now  int64 // unix nanoseconds: loaded_at of new claims, changed_at of fresh ones
	size int   // rows per statement
}

func (l *loader) run(ctx context.Context, nb *batch) (graph.LoadResult, error) {
	res := graph.LoadResult{Findings: map[graph.Rule]int{}}
	if _, err := exec(ctx, l.q, stLockLoad, map[string]any{"name": loadLock, "now": l.now}); err != nil {
		return res, err
	}
	if err := l.checkDocuments(ctx, nb); err != nil {
		return res, err
	}
	if err := l.writeNodes(ctx, rowsOf(nb), &res); err != nil {
		return res, err
	}
	fresh, changed, err := l.sortClaims(ctx, nb, &res)
	if err != nil || len(fresh) == 0 {
		return res, err
	}
	// Read the candidates before writing the batch: the stored copies of
	// fresh claims are stale or absent, and detection pairs fresh claims
	// with each other itself.
	start := time.Now()
	cands, err := l.candidates(ctx, fresh)
	if err != nil {
		return res, err
	}
	found := graph.Detect(fresh, cands)
	res.DetectNanos += time.Since(start).Nanoseconds()
	read := func(p graph.Probe) ([]graph.Claim, error) { return l.probe(ctx, p, nil) }
	before, err := graph.StoredFindings(changed, read)
	if err != nil {
		return res, err
	}
	added, removed := graph.FindingDelta(before, found)
	res.FindingsSeen = len(found)
	for r, n := range added {
		res.Findings[r] = n
	}
	counter := graph.Counterclaimants(found)
	if err := l.writeClaims(ctx, fresh, changed, nb); err != nil {
		return res, err
	}
	if err := l.updateCounterclaims(ctx, read, fresh, changed, before, counter); err != nil {
		return res, err
	}
	return res, l.count(ctx, added, removed)
}

// updateCounterclaims keeps the Counterclaim label in step with the
// findings: set on every claim that counters another in found (fresh or
// stored), removed from changed claims that no longer do, and re-derived
// for stored claims that countered a changed claim's old version, which
// may have been all they countered.
func (l *loader) updateCounterclaims(ctx context.Context, read func(graph.Probe) ([]graph.Claim, error), fresh []graph.Claim, changed map[string]bool, before []graph.Finding, counter map[string]bool) error {
	if _, err := execChunk(ctx, l.q, stMarkCounterclaims, "ids", sortedKeys(counter), l.size, nil); err != nil {
		return err
	}
	unmark := map[string]bool{}
	for id := range changed {
		if !counter[id] {
			unmark[id] = true
		}
	}
	recheck := graph.Recheck(before, fresh, counter)
	// The batch is written: these reads see the new versions.
	fs, err := graph.StoredFindings(recheck, read)
	if err != nil {
		return err
	}
	still := graph.Counterclaimants(fs)
	for id := range recheck {
		if !still[id] {
			unmark[id] = true
		}
	}
	_, err = execChunk(ctx, l.q, stUnmarkCounterclaims, "ids", sortedKeys(unmark), l.size, nil)
	return err
}

// count adds the batch's change to the per-rule finding totals.
func (l *loader) count(ctx context.Context, added, removed map[graph.Rule]int) error {
	_, err := execChunk(ctx, l.q, stCountFindings, "rows", deltaRows(added, removed), l.size, nil)
	return err
}

// deltaRows are the rows of count_findings: each rule's total moves by
// what was added less what was removed; rules that do not move have none.
func deltaRows(added, removed map[graph.Rule]int) []any {
	var rows []any
	for _, r := range graph.Rules {
		if d := added[r] - removed[r]; d != 0 {
			rows = append(rows, map[string]any{"rule": string(r), "delta": int64(d)})
		}
	}
	return rows
}

// checkDocuments makes sure every claim's document is in the batch or stored.
func (l *loader) checkDocuments(ctx context.Context, nb *batch) error {
	have := map[string]bool{}
	for _, d := range nb.docs {
		have[d.ID] = true
	}
	var ask []string
	for _, c := range nb.claims {
		if !have[c.DocID] {
			have[c.DocID] = true
			ask = append(ask, c.DocID)
		}
	}
	missing := map[string]bool{}
	err := eachChunk(ctx, l.q, stMissingDocuments, "ids", ask, l.size, nil, func(rec *neo4j.Record) error {
		id, err := text(rec, "id")
		missing[id] = true
		return err
	})
	if err != nil {
		return err
	}
	for _, c := range nb.claims {
		if missing[c.DocID] {
			return graph.Errorf(graph.EInvalid, "claim %s: document %s is neither in the batch nor stored", c.ID, c.DocID)
		}
	}
	return nil
}

// writeNodes upserts documents, actors, topics and speakers, the batch's
// and those its claims imply, and keeps SPEAKS_FOR in step with speakers'
// sides, touching only the batch's speakers and actors (a side's stored
// speakers are linked already). Actors come before speakers so that
// SPEAKS_FOR finds them.
func (l *loader) writeNodes(ctx context.Context, r nodeRows, res *graph.LoadResult) error {
	for _, step := range []struct {
		st    *statement
		rows  []any
		count *int
	}{
		{stMergeDocuments, r.docs, &res.Documents},
		{stMergeActors, r.actors, &res.Actors},
		{stEnsureActors, r.impliedActors, &res.Actors},
		{stMergeTopics, r.topics, &res.Topics},
		{stEnsureTopics, r.impliedTopics, &res.Topics},
		{stMergeSpeakers, r.speakers, &res.Speakers},
		{stEnsureSpeakers, r.impliedSpeakers, &res.Speakers},
	} {
		n, err := execChunk(ctx, l.q, step.st, "rows", step.rows, l.size, nil)
		if err != nil {
			return err
		}
		*step.count += n
	}
	if _, err := execChunk(ctx, l.q, stUnlinkSpeakers, "ids", r.speakerIDs, l.size, nil); err != nil {
		return err
	}
	// New actors first: they link every speaker of their side, the
	// batch's included, and a speaker linked first would hide the rest.
	if _, err := execChunk(ctx, l.q, stLinkNewActors, "slugs", r.actorSlugs, l.size, nil); err != nil {
		return err
	}
	_, err := execChunk(ctx, l.q, stLinkSpeakers, "ids", r.linkIDs, l.size, nil)
	return err
}

// sortClaims compares the batch's claims with the stored ones: it counts
// the unchanged and returns the fresh ones (new or changed) and the ids of
// the changed.
func (l *loader) sortClaims(ctx context.Context, nb *batch, res *graph.LoadResult) ([]graph.Claim, map[string]bool, error) {
	ids := make([]string, len(nb.claims))
	for i := range nb.claims {
		ids[i] = nb.claims[i].ID
	}
	stored := map[string]string{}
	err := eachChunk(ctx, l.q, stFingerprints, "ids", ids, l.size, nil, func(rec *neo4j.Record) error {
		id, err := text(rec, "id")
		if err != nil {
			return err
		}
		stored[id], err = text(rec, "fingerprint")
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	var fresh []graph.Claim
	changed := map[string]bool{}
	for i, c := range nb.claims {
		fp, ok := stored[c.ID]
		switch {
		case !ok:
			res.Claims++
		case fp == nb.fps[i]:
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

// candidates reads the stored claims graph.ProbeFor(fresh) names, except
// the fresh claims themselves (their stored copies are stale).
func (l *loader) candidates(ctx context.Context, fresh []graph.Claim) ([]graph.Claim, error) {
	skip := make(map[string]bool, len(fresh))
	for i := range fresh {
		skip[fresh[i].ID] = true
	}
	return l.probe(ctx, graph.ProbeFor(fresh), skip)
}

// probe reads the claims p names, each once and none in skip.
func (l *loader) probe(ctx context.Context, p graph.Probe, skip map[string]bool) ([]graph.Claim, error) {
	var out []graph.Claim
	err := probeClaims(ctx, l.q, p, l.size, func(c graph.Claim) error {
		if !skip[c.ID] {
			out = append(out, c)
		}
		return nil
	})
	return out, err
}

// writeClaims unlinks changed claims from their old document, speaker,
// topic and actors, then merges every fresh claim.
func (l *loader) writeClaims(ctx context.Context, fresh []graph.Claim, changed map[string]bool, nb *batch) error {
	fps := make(map[string]string, len(nb.claims))
	for i := range nb.claims {
		fps[nb.claims[i].ID] = nb.fps[i]
	}
	if _, err := execChunk(ctx, l.q, stUnlinkClaims, "ids", sortedKeys(changed), l.size, nil); err != nil {
		return err
	}
	rows := make([]any, len(fresh))
	for i := range fresh {
		rows[i] = claimRow(&fresh[i], fps[fresh[i].ID])
	}
	return mergeCounted(ctx, l.q, stMergeClaims, rows, l.size, l.now, "claims")
}

// mergeCounted runs a merge statement that takes $rows and $now and
// returns the number of rows it wrote as n, and checks that none was lost
// to a node it expected and did not find.
func mergeCounted(ctx context.Context, q querier, st *statement, rows []any, size int, now int64, what string) error {
	written := 0
	err := eachChunk(ctx, q, st, "rows", rows, size, map[string]any{"now": now}, func(rec *neo4j.Record) error {
		n, err := integer(rec, "n")
		written += n
		return err
	})
	if err != nil {
		return err
	}
	if written != len(rows) {
		return fmt.Errorf("%s wrote %d of %d %s: a node they link to is missing", st.name, written, len(rows), what)
	}
	return nil
}

// execChunk runs st once per chunk of items (as parameter key, beside
// extra) and returns the nodes created in all.
func execChunk[T any](ctx context.Context, q querier, st *statement, key string, items []T, size int, extra map[string]any) (int, error) {
	total := 0
	for _, c := range chunks(len(items), size) {
		n, err := exec(ctx, q, st, chunkParams(key, items[c[0]:c[1]], extra))
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

// eachChunk runs st once per chunk of items and calls fn with each record.
func eachChunk[T any](ctx context.Context, q querier, st *statement, key string, items []T, size int, extra map[string]any, fn func(*neo4j.Record) error) error {
	for _, c := range chunks(len(items), size) {
		if err := each(ctx, q, st, chunkParams(key, items[c[0]:c[1]], extra), fn); err != nil {
			return err
		}
	}
	return nil
}

func chunkParams[T any](key string, items []T, extra map[string]any) map[string]any {
	p := make(map[string]any, len(extra)+1)
	for k, v := range extra {
		p[k] = v
	}
	p[key] = items
	return p
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
