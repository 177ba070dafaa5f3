package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/extract"
	"github.com/contra-project/contra/internal/ingest"
)

// The floor phases measure what a load cannot beat on this machine, in
// the same run: the same input read by the same reader (every file once,
// articles extracted by the same workers) into the same rows, written by
// the same driver with the same statements in one transaction, the
// secondary indexes built after the rows (sqlite.Floor), and nothing
// else: no detection, no node read back. A load's figure is then shown as
// a ratio to its floor, which a shared machine's load moves far less than
// either figure.

// FloorFigures is one floor phase.
type FloorFigures struct {
	Input        string  `json:"input"` // "claims" or "articles"
	Size         int     `json:"size"`  // claims (for "claims")
	Bytes        int64   `json:"bytes"`
	Claims       int     `json:"claims"`
	Seconds      float64 `json:"seconds"`
	ClaimsPerSec float64 `json:"claims_per_sec"`
	MBps         float64 `json:"mbps"`
	StoreBytes   int64   `json:"store_bytes"`
}

// floorStore is a store whose loads are the floor's writes.
type floorStore struct {
	graph.Store
	f *sqlite.Floor
}

func (s floorStore) Load(ctx context.Context, b graph.Batch) (graph.LoadResult, error) {
	return graph.LoadResult{}, s.f.Write(ctx, b)
}

// runFloor writes the n claims of load-n at the floor.
func runFloor(ctx context.Context, o Options, n int, progress io.Writer) (*FloorFigures, error) {
	dir := claimsDir(o, n)
	bytes, _, ok := ready(dir)
	if !ok {
		return nil, fmt.Errorf("inputs for %d claims are missing in %s", n, dir)
	}
	fmt.Fprintf(progress, "bench: floor of %s claims...\n", count(n))
	f, err := floor(ctx, o, fmt.Sprint(floorPrefix, n), ingest.Options{}, filepath.Join(dir, "base.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("floor of %d claims: %w", n, err)
	}
	if f.Claims != n {
		return nil, fmt.Errorf("floor of %d claims: wrote %d", n, f.Claims)
	}
	f.Input, f.Size, f.Bytes = "claims", n, bytes
	f.ClaimsPerSec = float64(n) / f.Seconds
	fmt.Fprintf(progress, "bench: floor of %s claims: %.1f s, %.0f claims/s\n", count(n), f.Seconds, f.ClaimsPerSec)
	return f, nil
}

// runArticlesFloor extracts the article corpus and writes its claims at
// the floor.
func runArticlesFloor(ctx context.Context, o Options, progress io.Writer) (*FloorFigures, error) {
	dir := articlesDir(o)
	bytes, _, ok := ready(dir)
	if !ok {
		return nil, fmt.Errorf("article corpus missing in %s", dir)
	}
	tax, err := worldTaxonomy(o)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(progress, "bench: floor of the article load (%s)...\n", mb(bytes))
	f, err := floor(ctx, o, PhaseArticlesFloor, ingest.Options{Names: tax, Extractor: ingest.Pipeline(extract.New(tax))}, dir)
	if err != nil {
		return nil, fmt.Errorf("floor of the article load: %w", err)
	}
	f.Input, f.Bytes = "articles", bytes
	f.MBps = float64(bytes) / (1 << 20) / f.Seconds
	fmt.Fprintf(progress, "bench: floor of the article load: %.1f s, %.2f MB/s, %d claims\n", f.Seconds, f.MBps, f.Claims)
	return f, nil
}

// floor loads paths into a fresh store named name at the floor, with the
// loader's options opts (reading each file once: nothing is rejected),
// and removes the store after.
func floor(ctx context.Context, o Options, name string, opts ingest.Options, paths ...string) (*FloorFigures, error) {
	path := storePath(o, name)
	s, err := openFresh(ctx, path)
	if err != nil {
		return nil, err
	}
	defer func() {
		s.Close()
		for _, p := range []string{path, path + "-wal", path + "-shm", path + "-writers", path + "-bulk", path + "-fresh"} {
			os.Remove(p)
		}
	}()
	start := time.Now()
	fl, err := s.BeginFloor(ctx)
	if err != nil {
		return nil, err
	}
	defer fl.Rollback()
	opts.KeepGoing, opts.Bulk, opts.Workers = true, ingest.BulkNever, o.Workers
	opts.BatchSize, opts.MaxTransaction = ingest.BulkBatch, time.Hour
	sum, err := loadAll(ctx, ingest.New(floorStore{Store: s, f: fl}, opts), paths...)
	if err != nil {
		return nil, err
	}
	if err := fl.Commit(ctx); err != nil {
		return nil, err
	}
	f := &FloorFigures{Claims: sum.Claims, Seconds: time.Since(start).Seconds()}
	st, err := os.Stat(path)
	if err == nil {
		f.StoreBytes = st.Size()
	}
	return f, nil
}
