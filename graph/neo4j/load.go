package neo4j

import (
	"context"
	"fmt"
	"sort"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Load upserts b in one managed write transaction and runs detection for
// its new and changed claims inside it; see graph.Store. The algorithm is
// graph.LoadBatch's; this file gives it its primitives (loadTx), one
// embedded statement each, sent in chunks of Config.BatchSize rows.
// Validation runs before the transaction; the load lock, the document
// check, the comparison with stored claims, the candidate reads and every
// write run inside it, so that a replay by the driver starts again from
// what is stored.
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
	p, err := graph.PrepareBatch(b)
	if err != nil {
		return empty, fmt.Errorf("load batch: %w", err)
	}
	if p.Empty() {
		return empty, nil // nothing to write: no transaction, no lock
	}
	now := s.now().UnixNano()
	var res graph.LoadResult
	err = s.write(ctx, func(q querier) error {
		if _, err := exec(ctx, q, stLockLoad, map[string]any{"name": loadLock, "now": now}); err != nil {
			return err
		}
		var err error
		// A replay starts from a fresh result.
		if res, err = graph.LoadBatch(ctx, &loadTx{q: q, now: now, size: s.cfg.BatchSize}, p); err != nil {
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

// loadLock names the LoadLock node every Load locks first: loads are
// serialised, as the SQLite store's single writer serialises them, so
// that detection in each sees every claim committed before it.
const loadLock = "load"

// loadTx is graph.LoadTx over one managed write transaction.
type loadTx struct {
	q    querier
	now  int64 // unix nanoseconds: loaded_at of new claims, changed_at of fresh ones
	size int   // rows per statement
}

var _ graph.LoadTx = (*loadTx)(nil)

// StoredDocuments returns which of ids are stored documents.
func (l *loadTx) StoredDocuments(ctx context.Context, ids []string) (map[string]bool, error) {
	stored := map[string]bool{}
	err := eachChunk(ctx, l.q, stStoredDocuments, "ids", ids, l.size, nil, func(rec *neo4j.Record) error {
		id, err := text(rec, "id")
		stored[id] = true
		return err
	})
	return stored, err
}

// UpsertDocuments merges documents; a field given empty keeps the stored
// value.
func (l *loadTx) UpsertDocuments(ctx context.Context, ds []graph.Document) (int, error) {
	return execChunk(ctx, l.q, stMergeDocuments, "rows", rowsOf(ds, documentRow), l.size, nil)
}

// UpsertActors merges the actors a batch carries, then links the new ones
// to the speakers of their side.
func (l *loadTx) UpsertActors(ctx context.Context, as []graph.Actor) (int, error) {
	n, err := execChunk(ctx, l.q, stMergeActors, "rows", rowsOf(as, actorRow), l.size, nil)
	if err != nil {
		return n, err
	}
	return n, l.linkNewActors(ctx, as)
}

// EnsureActors creates the actors claims name that are not stored, then
// links the new ones to the speakers of their side.
func (l *loadTx) EnsureActors(ctx context.Context, as []graph.Actor) (int, error) {
	n, err := execChunk(ctx, l.q, stEnsureActors, "rows", rowsOf(as, impliedActorRow), l.size, nil)
	if err != nil {
		return n, err
	}
	return n, l.linkNewActors(ctx, as)
}

// linkNewActors links each of as that no speaker speaks for yet to the
// stored speakers of its side: speakers may name a side before its actor
// exists. graph.LoadBatch writes actors before speakers, so the batch's
// own speakers are linked afterwards, by the speaker primitives.
func (l *loadTx) linkNewActors(ctx context.Context, as []graph.Actor) error {
	slugs := make([]string, len(as))
	for i := range as {
		slugs[i] = graph.Slug(as[i].Name)
	}
	_, err := execChunk(ctx, l.q, stLinkNewActors, "slugs", slugs, l.size, nil)
	return err
}

// UpsertTopics merges the topics a batch carries.
func (l *loadTx) UpsertTopics(ctx context.Context, ts []graph.Topic) (int, error) {
	return execChunk(ctx, l.q, stMergeTopics, "rows", rowsOf(ts, topicRow), l.size, nil)
}

// EnsureTopics creates the topics claims name that are not stored.
func (l *loadTx) EnsureTopics(ctx context.Context, ts []graph.Topic) (int, error) {
	return execChunk(ctx, l.q, stEnsureTopics, "rows", rowsOf(ts, impliedTopicRow), l.size, nil)
}

// UpsertSpeakers merges the speakers a batch carries and keeps their
// SPEAKS_FOR in step with their sides.
func (l *loadTx) UpsertSpeakers(ctx context.Context, sps []graph.Speaker) (int, error) {
	n, err := execChunk(ctx, l.q, stMergeSpeakers, "rows", rowsOf(sps, speakerRow), l.size, nil)
	if err != nil {
		return n, err
	}
	ids := speakerIDs(sps)
	if _, err := execChunk(ctx, l.q, stUnlinkSpeakers, "ids", ids, l.size, nil); err != nil {
		return n, err
	}
	_, err = execChunk(ctx, l.q, stLinkSpeakers, "ids", ids, l.size, nil)
	return n, err
}

// EnsureSpeakers creates the speakers claims name that are not stored and
// links them to the actor of their side.
func (l *loadTx) EnsureSpeakers(ctx context.Context, sps []graph.Speaker) (int, error) {
	n, err := execChunk(ctx, l.q, stEnsureSpeakers, "rows", rowsOf(sps, impliedSpeakerRow), l.size, nil)
	if err != nil {
		return n, err
	}
	_, err = execChunk(ctx, l.q, stLinkSpeakers, "ids", speakerIDs(sps), l.size, nil)
	return n, err
}

func speakerIDs(sps []graph.Speaker) []string {
	ids := make([]string, len(sps))
	for i := range sps {
		ids[i] = sps[i].ID
	}
	return ids
}

// Fingerprints returns the stored fingerprints of the claims ids.
func (l *loadTx) Fingerprints(ctx context.Context, ids []string) (map[string]string, error) {
	stored := make(map[string]string, len(ids))
	err := eachChunk(ctx, l.q, stFingerprints, "ids", ids, l.size, nil, func(rec *neo4j.Record) error {
		id, err := text(rec, "id")
		if err != nil {
			return err
		}
		stored[id], err = text(rec, "fingerprint")
		return err
	})
	return stored, err
}

// Probe calls fn with the stored claims p names, once each.
func (l *loadTx) Probe(ctx context.Context, p graph.Probe, fn func(graph.Claim) error) error {
	return probeClaims(ctx, l.q, p, l.size, fn)
}

// CountAccusations counts the stored claims of each accusation key.
func (l *loadTx) CountAccusations(ctx context.Context, keys []string) (map[string]int, error) {
	out := make(map[string]int, len(keys))
	err := eachChunk(ctx, l.q, stCountAccusations, "keys", keys, l.size, nil, func(rec *neo4j.Record) error {
		k, err := text(rec, "key")
		if err != nil {
			return err
		}
		out[k], err = integer(rec, "n")
		return err
	})
	return out, err
}

// memberChunk is how many group members Members hands on at a time.
const memberChunk = 4096

// Members streams the stored members of the groups keys to fn.
func (l *loadTx) Members(ctx context.Context, keys []string, fn func([]graph.Member)) error {
	buf := make([]graph.Member, 0, min(memberChunk, 64*len(keys)))
	err := eachChunk(ctx, l.q, stMembers, "keys", keys, l.size, nil, func(rec *neo4j.Record) error {
		var m graph.Member
		var kind, pol string
		for _, f := range []struct {
			key string
			dst *string
		}{
			{"id", &m.ID}, {"prop_key", &m.PropKey}, {"speaker_id", &m.SpeakerID}, {"side_slug", &m.SideSlug},
			{"kind", &kind}, {"polarity", &pol}, {"said_at", &m.SaidAt},
		} {
			var err error
			if *f.dst, err = text(rec, f.key); err != nil {
				return err
			}
		}
		m.Kind, m.Polarity = graph.Kind(kind), graph.Polarity(pol)
		if buf = append(buf, m); len(buf) == memberChunk {
			fn(buf)
			buf = buf[:0]
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(buf) > 0 {
		fn(buf)
	}
	return nil
}

// WriteClaims unlinks changed claims from what their old content named,
// merges every fresh claim, and sets the Counterclaim label of each to
// counter's say.
func (l *loadTx) WriteClaims(ctx context.Context, fresh []graph.Claim, fps []string, changed, counter map[string]bool) error {
	if _, err := execChunk(ctx, l.q, stUnlinkClaims, "ids", sortedKeys(changed), l.size, nil); err != nil {
		return err
	}
	rows := make([]any, len(fresh))
	var mark, unmark []string
	for i := range fresh {
		c := &fresh[i]
		rows[i] = claimRow(c, fps[i])
		switch {
		case counter[c.ID]:
			mark = append(mark, c.ID)
		case changed[c.ID]:
			unmark = append(unmark, c.ID) // a new claim has no label to remove
		}
	}
	if err := mergeCounted(ctx, l.q, stMergeClaims, rows, l.size, l.now, "claims"); err != nil {
		return err
	}
	if err := l.SetCounterclaims(ctx, mark, true); err != nil {
		return err
	}
	return l.SetCounterclaims(ctx, unmark, false)
}

// SetCounterclaims sets or removes the Counterclaim label of the claims
// ids.
func (l *loadTx) SetCounterclaims(ctx context.Context, ids []string, on bool) error {
	st := stMarkCounterclaims
	if !on {
		st = stUnmarkCounterclaims
	}
	_, err := execChunk(ctx, l.q, st, "ids", ids, l.size, nil)
	return err
}

// AddFindingCounts moves the per-rule finding totals by delta.
func (l *loadTx) AddFindingCounts(ctx context.Context, delta map[graph.Rule]int) error {
	_, err := execChunk(ctx, l.q, stCountFindings, "rows", deltaRows(delta), l.size, nil)
	return err
}

// deltaRows are the rows of count_findings: a rule's total moves by its
// delta; rules that do not move have none.
func deltaRows(delta map[graph.Rule]int) []any {
	var rows []any
	for _, r := range graph.Rules {
		if d := delta[r]; d != 0 {
			rows = append(rows, map[string]any{"rule": string(r), "delta": int64(d)})
		}
	}
	return rows
}

// rowsOf maps xs to statement rows.
func rowsOf[T any](xs []T, row func(*T) map[string]any) []any {
	out := make([]any, len(xs))
	for i := range xs {
		out[i] = row(&xs[i])
	}
	return out
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
