package main

import (
	"context"
	"sync"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/ingest"
)

// The workspace shows a claim's sentence in its article, so a load keeps
// each article's original text beside the graph (graph.TextStore): the
// extractor hands the text over as it reads an article, and the store's
// Load saves the texts of a batch's documents just before the batch.

// maxPendingText bounds the text held between an article's extraction
// and its batch: past it, the texts are saved at once.
const maxPendingText = 64 << 20

// textKeeper is an ingest.Extractor that remembers the text of each
// article its extractor read, until the batch of its document is loaded.
type textKeeper struct {
	ingest.Extractor
	texts graph.TextStore

	mu      sync.Mutex
	pending map[string]string // document id -> text
	size    int
}

func newTextKeeper(x ingest.Extractor, ts graph.TextStore) *textKeeper {
	return &textKeeper{Extractor: x, texts: ts, pending: map[string]string{}}
}

// Extract extracts a and keeps its text.
func (k *textKeeper) Extract(ctx context.Context, a ingest.Article) (ingest.Extracted, error) {
	ex, err := k.Extractor.Extract(ctx, a)
	if err != nil || ex.Document.ID == "" {
		return ex, err
	}
	k.mu.Lock()
	if old, ok := k.pending[ex.Document.ID]; ok {
		k.size -= len(old)
	}
	k.pending[ex.Document.ID] = string(a.Text)
	k.size += len(a.Text)
	var flush []graph.DocumentText
	if k.size > maxPendingText {
		flush = k.takeAll()
	}
	k.mu.Unlock()
	if len(flush) > 0 {
		if err := k.texts.SaveTexts(ctx, flush); err != nil {
			return ex, err
		}
	}
	return ex, nil
}

// take removes and returns the pending texts of docs.
func (k *textKeeper) take(docs []graph.Document) []graph.DocumentText {
	k.mu.Lock()
	defer k.mu.Unlock()
	var out []graph.DocumentText
	for _, d := range docs {
		if t, ok := k.pending[d.ID]; ok {
			out = append(out, graph.DocumentText{DocID: d.ID, Text: t})
			delete(k.pending, d.ID)
			k.size -= len(t)
		}
	}
	return out
}

func (k *textKeeper) takeAll() []graph.DocumentText {
	out := make([]graph.DocumentText, 0, len(k.pending))
	for id, t := range k.pending {
		out = append(out, graph.DocumentText{DocID: id, Text: t})
	}
	k.pending, k.size = map[string]string{}, 0
	return out
}

// textSaving is a Store whose Load first saves the texts its batch's
// documents came with. A text saved for a batch that then fails is
// harmless: the next load of the article saves it again.
type textSaving struct {
	graph.Store
	k *textKeeper
}

func (s textSaving) Load(ctx context.Context, b graph.Batch) (graph.LoadResult, error) {
	return s.k.load(ctx, b, s.Store.Load)
}

// Bulk passes the bulk path of the store s wraps on (graph.BulkOf),
// saving texts as Load does; a store with a bulk path saves them in its
// bulk transaction.
func (s textSaving) Bulk() (graph.BulkStore, bool) {
	b, ok := graph.BulkOf(s.Store)
	if !ok {
		return nil, false
	}
	return textSavingBulk{BulkStore: b, k: s.k}, true
}

// textSavingBulk is the bulk path of a textSaving store.
type textSavingBulk struct {
	graph.BulkStore
	k *textKeeper
}

func (s textSavingBulk) Load(ctx context.Context, b graph.Batch) (graph.LoadResult, error) {
	return s.k.load(ctx, b, s.BulkStore.Load)
}

func (s textSavingBulk) BeginBulk(ctx context.Context) (graph.BulkLoad, error) {
	l, err := s.BulkStore.BeginBulk(ctx)
	if err != nil {
		return nil, err
	}
	return textSavingLoad{BulkLoad: l, k: s.k}, nil
}

// textSavingLoad is a bulk transaction that saves texts.
type textSavingLoad struct {
	graph.BulkLoad
	k *textKeeper
}

func (l textSavingLoad) Load(ctx context.Context, b graph.Batch) (graph.LoadResult, error) {
	return l.k.load(ctx, b, l.BulkLoad.Load)
}

// load saves the texts of b's documents, then loads b with load.
func (k *textKeeper) load(ctx context.Context, b graph.Batch, load func(context.Context, graph.Batch) (graph.LoadResult, error)) (graph.LoadResult, error) {
	if texts := k.take(b.Documents); len(texts) > 0 {
		if err := k.texts.SaveTexts(ctx, texts); err != nil {
			return graph.LoadResult{}, err
		}
	}
	return load(ctx, b)
}
