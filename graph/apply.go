package graph

import (
	"context"
	"sort"
)

// How judgements reach the claims, written once for every store: a load
// rewrites each batch before the store writes it (JudgingStore), and a new
// merge, side or undo rewrites the stored claims it touches (Reapply).
// Both record each rewritten claim's Original, so an undo can put it back
// and a later judgement starts from what was loaded, not from what an
// earlier judgement made of it. Rewritten claims go through Store.Load
// like any changed claim, so findings, counts and flags follow them.

// JudgingStore is a Store whose Load applies the judgements in force to
// each batch (Judged.RewriteBatch), read afresh for every batch, so that a
// judgement made while a load runs applies to the batches after it.
// Loading the same input again writes the same claims: re-loading changes
// nothing, and nothing an analyst decided is lost to a re-load.
type JudgingStore struct {
	Store
	Judgements JudgementStore
}

// Load rewrites b by the judgements in force and loads it.
func (s JudgingStore) Load(ctx context.Context, b Batch) (LoadResult, error) {
	return s.load(ctx, b, s.Store.Load)
}

// Bulk passes the bulk path of the store s wraps on (see BulkOf): each
// batch of its transactions is rewritten as Load rewrites it, the
// originals written by a store that puts them in the bulk transaction.
func (s JudgingStore) Bulk() (BulkStore, bool) {
	b, ok := BulkOf(s.Store)
	if !ok {
		return nil, false
	}
	return judgingBulk{BulkStore: b, s: s}, true
}

// judgingBulk is the bulk path of a JudgingStore.
type judgingBulk struct {
	BulkStore
	s JudgingStore
}

func (j judgingBulk) Load(ctx context.Context, b Batch) (LoadResult, error) { return j.s.Load(ctx, b) }

func (j judgingBulk) BeginBulk(ctx context.Context) (BulkLoad, error) {
	l, err := j.BulkStore.BeginBulk(ctx)
	if err != nil {
		return nil, err
	}
	return judgingLoad{BulkLoad: l, s: j.s}, nil
}

// judgingLoad is a bulk transaction of a JudgingStore.
type judgingLoad struct {
	BulkLoad
	s JudgingStore
}

func (l judgingLoad) Load(ctx context.Context, b Batch) (LoadResult, error) {
	return l.s.load(ctx, b, l.BulkLoad.Load)
}

// load rewrites b by the judgements in force and loads it with load.
func (s JudgingStore) load(ctx context.Context, b Batch, load func(context.Context, Batch) (LoadResult, error)) (LoadResult, error) {
	g, err := ReadJudged(ctx, s.Judgements)
	if err != nil {
		return LoadResult{}, err
	}
	if g.Len() == 0 {
		// No judgement was ever made, so no claim was ever rewritten.
		return load(ctx, b)
	}
	ids := make([]string, len(b.Claims))
	for i := range b.Claims {
		ids[i] = b.Claims[i].ID
	}
	stored, err := s.Judgements.Originals(ctx, ids)
	if err != nil {
		return LoadResult{}, err
	}
	nb, origs := g.RewriteBatch(b)
	rewritten := make(map[string]bool, len(origs))
	var set []Original
	for _, o := range origs {
		rewritten[o.ClaimID] = true
		if old, ok := stored[o.ClaimID]; !ok || old != o {
			set = append(set, o)
		}
	}
	// The loaded claim is the original now: a claim no judgement
	// rewrites forgets what was recorded for it once it is written.
	var drop []string
	for id := range stored {
		if !rewritten[id] {
			drop = append(drop, id)
		}
	}
	sort.Strings(drop)
	// Originals first: a crash between the two writes leaves an original
	// for a claim written unchanged, which the next load or Reapply
	// reconciles, never a rewritten claim whose original is lost.
	if len(set) > 0 {
		if err := s.Judgements.SaveOriginals(ctx, set, nil); err != nil {
			return LoadResult{}, err
		}
	}
	res, err := load(ctx, nb)
	if err != nil {
		return res, err
	}
	if len(drop) > 0 {
		if err := s.Judgements.SaveOriginals(ctx, nil, drop); err != nil {
			return res, err
		}
	}
	return res, nil
}

// reapplyChunk is how many claims Reapply reads and writes at a time.
const reapplyChunk = 1000

// Reapply brings the stored claims in line with the judgements in force:
// the claims of merged speakers and topics, of speakers given a side, and
// every claim rewritten before (it may have to go back) are read, rewritten
// from their originals, and those that differ from what is stored are
// loaded again. It returns how many claims it changed. Running it twice
// changes nothing the second time.
func Reapply(ctx context.Context, s Store, js JudgementStore) (int, error) {
	g, err := ReadJudged(ctx, js)
	if err != nil {
		return 0, err
	}
	ids := map[string]bool{}
	err = js.EachOriginal(ctx, func(o Original) error {
		ids[o.ClaimID] = true
		return nil
	})
	if err != nil {
		return 0, err
	}
	collect := func(f ClaimFilter) error {
		return s.Claims(ctx, f, func(c Claim) error {
			ids[c.ID] = true
			return nil
		})
	}
	for _, name := range append(g.MergedSpeakers(), g.SidedSpeakers()...) {
		if err := collect(ClaimFilter{Speaker: name}); err != nil {
			return 0, err
		}
	}
	for _, name := range g.MergedTopics() {
		if err := collect(ClaimFilter{Topic: name}); err != nil {
			return 0, err
		}
	}
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	sort.Strings(list)
	changed := 0
	for start := 0; start < len(list); start += reapplyChunk {
		if err := ctx.Err(); err != nil {
			return changed, err
		}
		chunk := list[start:min(start+reapplyChunk, len(list))]
		n, err := reapplyChunkOf(ctx, s, js, g, chunk)
		changed += n
		if err != nil {
			return changed, err
		}
	}
	return changed, nil
}

func reapplyChunkOf(ctx context.Context, s Store, js JudgementStore, g *Judged, ids []string) (int, error) {
	stored, err := js.Originals(ctx, ids)
	if err != nil {
		return 0, err
	}
	current, err := CollectClaims(ctx, s, ClaimFilter{IDs: ids})
	if err != nil {
		return 0, err
	}
	var (
		b         Batch
		set       []Original
		drop      []string
		speakers  = map[string]bool{}
		seenClaim = make(map[string]bool, len(current))
	)
	for _, cur := range current {
		seenClaim[cur.ID] = true
		orig := cur
		old, had := stored[cur.ID]
		if had {
			old.restore(&orig)
		}
		want := orig
		if g.Rewrite(&want) {
			if o := OriginalOf(&orig); !had || o != old {
				set = append(set, o)
			}
		} else if had {
			drop = append(drop, cur.ID)
		}
		if want.Speaker == cur.Speaker && want.SpeakerID == cur.SpeakerID && want.Topic == cur.Topic && want.Side == cur.Side {
			continue
		}
		b.Claims = append(b.Claims, want)
		if sk := Slug(want.Speaker); !speakers[sk] {
			speakers[sk] = true
			if side, ok := g.sides[sk]; ok {
				b.Speakers = append(b.Speakers, Speaker{ID: SpeakerID(want.Speaker), Name: want.Speaker, Side: side})
			}
		}
	}
	// An original whose claim is gone (a crash before its load) goes.
	for _, id := range ids {
		if _, ok := stored[id]; ok && !seenClaim[id] {
			drop = append(drop, id)
		}
	}
	if len(set) > 0 {
		if err := js.SaveOriginals(ctx, set, nil); err != nil {
			return 0, err
		}
	}
	if len(b.Claims) > 0 {
		if _, err := s.Load(ctx, b); err != nil {
			return 0, err
		}
	}
	if len(drop) > 0 {
		sort.Strings(drop)
		if err := js.SaveOriginals(ctx, nil, drop); err != nil {
			return len(b.Claims), err
		}
	}
	return len(b.Claims), nil
}

// Judge records judgements (each prepared with PrepareJudgement) and, when
// one of them can change claims (a merge, a side, an undo), applies the
// judgements in force to the stored claims (Reapply). An undo must name a
// judgement stored or given before it (ENotFound otherwise). It returns
// how many judgements were new and how many claims changed.
func Judge(ctx context.Context, s Store, js JudgementStore, in []Judgement) (added, changed int, err error) {
	if len(in) == 0 {
		return 0, 0, nil
	}
	known := map[string]bool{}
	needUndo := false
	for _, j := range in {
		known[j.ID] = true
		if j.Action == ActUndo {
			needUndo = true
		}
	}
	if needUndo {
		err := js.Judgements(ctx, func(j Judgement) error {
			known[j.ID] = true
			return nil
		})
		if err != nil {
			return 0, 0, err
		}
		for _, j := range in {
			if j.Action == ActUndo && !known[j.TargetID] {
				return 0, 0, Errorf(ENotFound, "undo: no judgement %q", j.TargetID)
			}
		}
	}
	if added, err = js.AddJudgements(ctx, in); err != nil {
		return 0, 0, err
	}
	for _, j := range in {
		if !j.Action.IsVerdict() {
			changed, err = Reapply(ctx, s, js)
			return added, changed, err
		}
	}
	return added, 0, nil
}

// DocumentText is the original text of an article, as it was read: the
// byte offsets of its claims' evidence index into it.
type DocumentText struct {
	DocID string
	Text  string
}

// TextStore keeps the original text of articles beside the graph, so that
// a claim's evidence can be shown in place. Structured records carry no
// text. Errors are coded as Store's.
type TextStore interface {
	// SaveTexts stores texts in one transaction, replacing any stored
	// text of the same document.
	SaveTexts(ctx context.Context, texts []DocumentText) error
	// DocumentText returns the stored text of a document; ENotFound when
	// none is stored.
	DocumentText(ctx context.Context, docID string) (string, error)
}
