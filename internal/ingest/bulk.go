package ingest

import (
	"fmt"

	"github.com/contra-project/contra/graph"
)

// BulkMode says when a load takes the bulk path of a store that has one
// (graph.BulkStore): few long transactions, the store's indexes built
// after the rows are in, detection run once at the end of each, and every
// structured file read once. Its transactions hold the store's write lock
// far longer than load.max_transaction, and other writers wait for each to
// end (the store logs what they wait for).
type BulkMode int

// Bulk modes.
const (
	// BulkAuto takes the bulk path when the input is large compared with
	// the store: at least BulkMinBytes, and at least 1/BulkStoreRatio of
	// the store's size on disk.
	BulkAuto BulkMode = iota
	// BulkAlways takes it whatever the sizes.
	BulkAlways
	// BulkNever loads in short transactions only.
	BulkNever
)

const (
	// BulkMinBytes is the smallest input BulkAuto loads in bulk: a small
	// load keeps the short transactions that let other writers in.
	BulkMinBytes = 4 << 20
	// BulkStoreRatio: BulkAuto loads in bulk an input of at least
	// 1/BulkStoreRatio of the store's size. A store takes about 1.6 times
	// its JSONL input and 4 times its articles; rebuilding every index
	// costs a pass over the store, loading a claim incrementally into a
	// large store several random page writes: from about a fifth of the
	// store's claims on, the pass is cheaper.
	BulkStoreRatio = 8
	// bulkTxMinBytes is the input a bulk transaction takes at least
	// before it commits, at the end of a file. It takes at least as much
	// as the store held when it began, too, so that its index builds
	// cost at most about as much as its rows: over a whole load they
	// cost about twice the final store, however it is split.
	bulkTxMinBytes = 256 << 20
	// BulkBatch is how many claims the writer hands a bulk transaction
	// at a time: large enough that the nodes a batch repeats are written
	// once, small enough to hold.
	BulkBatch = 10000
)

// bulkTx is the writer's bulk transaction in progress.
type bulkTx struct {
	load  graph.BulkLoad
	start int64 // w.done when it began
	limit int64 // it commits once its input (w.done - start) reaches this
	// Its results so far, merged into the summary when it commits.
	res     graph.LoadResult
	batches int
	// The open unit (a file that a bad record takes back): the results
	// of its batches, and the summary's counts when it began.
	unit              bool
	unitRes           graph.LoadResult
	unitClaims, unitN int // w.sum.Claims and w.prog.Claims at the mark
}

// choose begins a bulk transaction when the rest of the input, remaining
// bytes, should be loaded in bulk.
func (w *writer) choose(remaining int64) error {
	mode := w.l.opt.Bulk
	bs, ok := graph.BulkOf(w.l.store)
	switch {
	case mode == BulkNever:
		return nil
	case !ok:
		if mode == BulkAlways {
			w.l.opt.Logger.Warn("this store has no bulk path: loading in transactions of load.batch_size claims")
		}
		return nil
	case mode == BulkAuto && remaining < BulkMinBytes:
		return nil
	}
	size, err := bs.StoredBytes(w.ctx)
	if err != nil {
		return err
	}
	if mode == BulkAuto && remaining*BulkStoreRatio < size {
		return nil
	}
	load, err := bs.BeginBulk(w.ctx)
	if err != nil {
		return err
	}
	w.bulk = &bulkTx{load: load, start: w.done, limit: max(bulkTxMinBytes, size), res: graph.LoadResult{Findings: map[graph.Rule]int{}}}
	w.limit = BulkBatch
	why := "the input is large compared with the store"
	if mode == BulkAlways {
		why = "as told"
	}
	w.l.opt.Logger.Info("loading in bulk ("+why+"): other writers wait for the bulk transaction",
		"input", mib(remaining), "store", mib(size))
	return nil
}

func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// flushBulk writes the batch into the bulk transaction.
func (w *writer) flushBulk() error {
	b := w.bulk
	res, err := b.load.Load(w.ctx, w.batch)
	if err != nil {
		return fmt.Errorf("write batch of %d claims: %w", len(w.batch.Claims), err)
	}
	if b.unit {
		b.unitRes.Add(res)
	} else {
		b.res.Add(res)
	}
	b.batches++
	// The next batch takes as many claims and documents as this one, at
	// most: room for them from the start, rather than the slices grown
	// by doubling as the claims come (growslice, 1.0 s of the 1M load's
	// writer in a CPU profile, copying each batch's claims about twice).
	w.batch = graph.Batch{
		Claims:    make([]graph.Claim, 0, min(len(w.batch.Claims), w.limit)),
		Documents: make([]graph.Document, 0, len(w.batch.Documents)),
	}
	clear(w.seen)
	return nil
}

// markUnit begins a file that a bad record may take back: what came
// before it is written first, outside it.
func (w *writer) markUnit() error {
	if err := w.flush(); err != nil {
		return err
	}
	b := w.bulk
	if err := b.load.Mark(w.ctx); err != nil {
		return err
	}
	b.unit, b.unitRes = true, graph.LoadResult{Findings: map[graph.Rule]int{}}
	b.unitClaims, b.unitN = w.sum.Claims, w.prog.Claims
	return nil
}

// keepUnit ends the file, keeping it.
func (w *writer) keepUnit() error {
	if err := w.flush(); err != nil {
		return err
	}
	b := w.bulk
	if err := b.load.Keep(w.ctx); err != nil {
		return err
	}
	b.unit = false
	b.res.Add(b.unitRes)
	return nil
}

// undoUnit ends the file, taking back everything it wrote.
func (w *writer) undoUnit() error {
	w.batch = graph.Batch{}
	clear(w.seen)
	b := w.bulk
	if err := b.load.Undo(w.ctx); err != nil {
		return err
	}
	b.unit = false
	w.sum.Claims, w.prog.Claims = b.unitClaims, b.unitN
	return nil
}

// endOfFile commits the bulk transaction once it has taken its share of
// the input, and chooses how to load the rest.
func (w *writer) endOfFile() error {
	if w.bulk == nil || w.done-w.bulk.start < w.bulk.limit {
		return nil
	}
	if err := w.flush(); err != nil {
		return err
	}
	if err := w.commitBulk(); err != nil {
		return err
	}
	return w.choose(w.prog.BytesTotal - w.done)
}

// commitBulk commits the bulk transaction (its indexes, detection) and
// adds what it did to the summary.
func (w *writer) commitBulk() error {
	b := w.bulk
	res, err := b.load.Commit(w.ctx)
	if err != nil {
		return err
	}
	w.bulk = nil
	w.limit = min(w.l.opt.BatchSize, DefaultBatchSize)
	w.sum.Result.Add(b.res)
	w.sum.Result.Add(res)
	w.sum.Batches++
	w.sum.Bulk++
	w.l.opt.Logger.Debug("bulk transaction committed", "batches", b.batches, "claims", b.res.Claims, "findings", res.FindingsSeen)
	return nil
}

// rollbackBulk abandons the bulk transaction.
func (w *writer) rollbackBulk() {
	w.bulk.load.Rollback()
	w.bulk = nil
}
