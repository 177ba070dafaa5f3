package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/extract"
	"github.com/contra-project/contra/internal/ingest"
)

// Extraction sample sizes.
const (
	extractSampleMB      = 8
	quickExtractSampleMB = 1
)

// runExtract times the extractor alone over an in-memory sample, with one
// worker and with o.Workers.
func runExtract(ctx context.Context, o Options, progress io.Writer) (*ExtractFigures, error) {
	size := int64(extractSampleMB) << 20
	if o.Quick {
		size = int64(quickExtractSampleMB) << 20
	}
	arts, err := sampleArticles(o, size)
	if err != nil {
		return nil, fmt.Errorf("sample articles: %w", err)
	}
	tax, err := worldTaxonomy(o)
	if err != nil {
		return nil, err
	}
	x := extract.New(tax)
	f := &ExtractFigures{Articles: len(arts), Workers: o.Workers}
	for _, a := range arts {
		f.Bytes += int64(len(a.text))
	}
	one := func(a *article) (int, error) {
		format, _ := extract.FormatOf(a.name)
		r, err := x.Extract(ctx, extract.Article{Name: a.name, Text: a.text, Format: format, Meta: a.meta})
		return len(r.Claims), err
	}
	run := func(workers int) (time.Duration, int, error) {
		start := time.Now()
		// Workers take the next article by an atomic index rather than
		// from a channel fed by this goroutine: each send on an
		// unbuffered channel parks one goroutine and wakes the other,
		// often on another thread, and with one worker that hand-off per
		// article (a few KB) cost 13% more CPU time and up to 20% of the
		// wall-clock figure, time the extractor does not spend. One
		// worker runs on this goroutine, as a single-threaded caller
		// would run it.
		var next atomic.Int64
		var mu sync.Mutex
		claims := 0
		var firstErr error
		work := func() {
			n := 0
			for {
				i := int(next.Add(1)) - 1
				if i >= len(arts) {
					break
				}
				k, err := one(&arts[i])
				if err != nil {
					mu.Lock()
					firstErr = err
					mu.Unlock()
					continue
				}
				n += k
			}
			mu.Lock()
			claims += n
			mu.Unlock()
		}
		if workers <= 1 {
			work()
		} else {
			var wg sync.WaitGroup
			for range workers {
				wg.Go(work)
			}
			wg.Wait()
		}
		return time.Since(start), claims, firstErr
	}
	d1, claims, err := run(1)
	if err != nil {
		return nil, err
	}
	dAll, claimsAll, err := run(o.Workers)
	if err != nil {
		return nil, err
	}
	if claims != claimsAll {
		return nil, fmt.Errorf("extraction is not deterministic: %d claims with 1 worker, %d with %d", claims, claimsAll, o.Workers)
	}
	mbs := float64(f.Bytes) / (1 << 20)
	f.Claims, f.Seconds1, f.SecondsAll = claims, d1.Seconds(), dAll.Seconds()
	f.MBps1, f.MBpsAll = mbs/f.Seconds1, mbs/f.SecondsAll
	f.ClaimsPerMB = float64(claims) / mbs
	fmt.Fprintf(progress, "bench: extract %d articles (%s): %.2f MB/s with 1 worker, %.2f MB/s with %d; %d claims\n",
		f.Articles, mb(f.Bytes), f.MBps1, f.MBpsAll, o.Workers, claims)
	return f, nil
}

// openFresh opens a new store at path, removing any earlier one.
func openFresh(ctx context.Context, path string) (*sqlite.Store, error) {
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			return nil, err
		}
	}
	return sqlite.Open(ctx, path)
}

// loadAll loads paths and fails on any file that did not load whole.
func loadAll(ctx context.Context, l *ingest.Loader, paths ...string) (*ingest.Summary, error) {
	sum, err := l.Load(ctx, paths)
	if err != nil {
		return nil, err
	}
	for _, f := range sum.Files {
		if f.Kind != "other" && f.Status != ingest.StatusLoaded && f.Status != ingest.StatusIgnored {
			return nil, fmt.Errorf("%s: %s: %v %v", f.Path, f.Status, f.Problems, f.Notes)
		}
	}
	return sum, nil
}

// loadTarget is the store a load phase writes: opened empty, and closed
// with the findings it holds and its size on disk (0 for a server).
type loadTarget struct {
	name  string // "" for the embedded store
	open  func(ctx context.Context) (graph.Store, error)
	close func(ctx context.Context, s graph.Store) (findings int, bytes int64, err error)
}

// embedded is a fresh embedded store for n claims, kept for the query
// phase.
func embedded(o Options, n int) loadTarget {
	path := storePath(o, fmt.Sprint(n))
	return loadTarget{
		open: func(ctx context.Context) (graph.Store, error) { return openFresh(ctx, path) },
		close: func(ctx context.Context, s graph.Store) (int, int64, error) {
			return closeStore(ctx, s, path)
		},
	}
}

// ServerMarker names the job state the bench saves in a server's database
// once it has emptied it: a database holding it holds the bench's data
// only, which a later run may delete.
const ServerMarker = "contra-bench"

// onServer is the server's store, emptied; the data stays for the query
// phase (the last load is the largest).
func onServer(o Options) loadTarget {
	return loadTarget{
		name: o.Server.Name,
		open: func(ctx context.Context) (graph.Store, error) {
			s, err := o.Server.Open(ctx)
			if err != nil {
				return nil, err
			}
			if err := o.Server.Clear(ctx, s); err != nil {
				s.Close()
				return nil, fmt.Errorf("empty the %s database: %w", o.Server.Name, err)
			}
			if js, ok := s.(graph.JobStore); ok {
				if err := js.SaveJobState(ctx, graph.JobState{Name: ServerMarker}); err != nil {
					s.Close()
					return nil, err
				}
			}
			return s, nil
		},
		close: func(ctx context.Context, s graph.Store) (int, int64, error) {
			n, _, err := closeStore(ctx, s, "")
			return n, 0, err
		},
	}
}

// runLoad loads n claims into target's empty store, then times each extra
// batch.
func runLoad(ctx context.Context, o Options, n int, target loadTarget, progress io.Writer) (*LoadFigures, error) {
	dir := claimsDir(o, n)
	bytes, files, ok := ready(dir)
	if !ok || files != 1+extraBatches {
		return nil, fmt.Errorf("inputs for %d claims are missing in %s", n, dir)
	}
	s, err := target.open(ctx)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	l := ingest.New(s, ingest.Options{BatchSize: o.BatchSize, Workers: o.Workers})
	on := ""
	if target.name != "" {
		on = " into " + target.name
	}
	fmt.Fprintf(progress, "bench: load %s claims%s...\n", count(n), on)
	start := time.Now()
	sum, err := loadAll(ctx, l, filepath.Join(dir, "base.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("load %d claims: %w", n, err)
	}
	f := &LoadFigures{Size: n, Bytes: bytes, Seconds: time.Since(start).Seconds(), Store: target.name}
	if sum.Claims != n {
		return nil, fmt.Errorf("load %d claims: the loader wrote %d", n, sum.Claims)
	}
	f.ClaimsPerSec = float64(n) / f.Seconds
	// One batch per extra file: the loader's batch is ExtraClaims.
	for k := 1; k <= extraBatches; k++ {
		start := time.Now()
		sum, err := loadAll(ctx, l, extraFile(dir, k))
		if err != nil {
			return nil, fmt.Errorf("load extra batch %d: %w", k, err)
		}
		el := time.Since(start)
		if sum.Result.Claims == 0 {
			return nil, fmt.Errorf("extra batch %d added no claims", k)
		}
		f.ExtraMicros = append(f.ExtraMicros, float64(el.Microseconds())/float64(sum.Claims))
		f.DetectAll = append(f.DetectAll, float64(sum.Result.DetectNanos)/1e3/float64(sum.Claims))
	}
	f.LoadMicros = median(f.ExtraMicros)
	f.DetectMicros = median(f.DetectAll)
	if f.Findings, f.StoreBytes, err = target.close(ctx, s); err != nil {
		return nil, err
	}
	fmt.Fprintf(progress, "bench: load %s claims%s: %.1f s, %.0f claims/s, %d findings; then per new claim %.0f µs detection, %.0f µs whole load\n",
		count(n), on, f.Seconds, f.ClaimsPerSec, f.Findings, f.DetectMicros, f.LoadMicros)
	return f, nil
}

// speakerPage and topicPage are the page sizes of the paged speaker and
// topic queries.
const (
	speakerPage = 100
	topicPage   = 100
)

// runQueries times the analyst queries on the largest store, cycling
// through the most popular topics and speakers. The topic queries run
// twice: whole (everything on the topic, as the CLI streams it without
// --limit) and as their first page.
func runQueries(ctx context.Context, o Options, progress io.Writer) (*QueryFigures, error) {
	n := o.Sizes[len(o.Sizes)-1]
	path := storePath(o, fmt.Sprint(n))
	if fileSize(path) == 0 {
		return nil, fmt.Errorf("no store of %d claims at %s: run phase %s%d first", n, path, loadPrefix, n)
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return timeQueries(ctx, s, n, "", progress)
}

// runServerQueries times the analyst queries on the server's store, which
// the last server load phase (the largest) filled.
func runServerQueries(ctx context.Context, o Options, progress io.Writer) (*QueryFigures, error) {
	s, err := o.Server.Open(ctx)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return timeQueries(ctx, s, o.Sizes[len(o.Sizes)-1], o.Server.Name, progress)
}

// timeQueries times the analyst queries on s, a store of n claims (on a
// server named server, or embedded).
func timeQueries(ctx context.Context, s graph.Store, n int, server string, progress io.Writer) (*QueryFigures, error) {
	tc, err := s.Topics(ctx, "")
	if err != nil {
		return nil, err
	}
	sort.SliceStable(tc, func(i, j int) bool { return tc[i].Claims > tc[j].Claims })
	sc, err := s.Speakers(ctx, "")
	if err != nil {
		return nil, err
	}
	sort.SliceStable(sc, func(i, j int) bool { return sc[i].Claims > sc[j].Claims })
	f := &QueryFigures{Size: n}
	for i := 0; i < len(tc) && i < queryHead; i++ {
		f.Topics = append(f.Topics, tc[i].Name)
	}
	for i := 0; i < len(sc) && i < queryHead; i++ {
		f.Speakers = append(f.Speakers, sc[i].Name)
	}
	if len(f.Topics) == 0 || len(f.Speakers) == 0 {
		return nil, fmt.Errorf("the store of %d claims has no topics or speakers", n)
	}
	type query struct {
		name string
		args []string
		run  func(arg string) (int, error)
	}
	// The topic queries run whole and as their first page: one body each,
	// the page the only difference.
	contradictions := func(pg graph.Page) func(string) (int, error) {
		return func(t string) (int, error) {
			n := 0
			_, err := graph.Contradictions(ctx, s, graph.Scope{Topic: t}, pg, func(graph.Contradiction) error { n++; return nil })
			return n, err
		}
	}
	timeline := func(limit int) func(string) (int, error) {
		return func(t string) (int, error) {
			n := 0
			err := graph.Timeline(ctx, s, graph.ClaimFilter{Topic: t, Limit: limit}, 0, func(graph.TimelineEntry) error { n++; return nil })
			return n, err
		}
	}
	// Each query counts what it streams, as the CLI would print it.
	queries := []query{
		{"query mutual --topic", f.Topics, func(t string) (int, error) {
			n := 0
			_, err := graph.Mutual(ctx, s, graph.Scope{Topic: t}, graph.DisputeOptions{}, func(graph.MutualGroup) error { n++; return nil })
			return n, err
		}},
		{"query contradictions --topic", f.Topics, contradictions(graph.Page{})},
		{"query disputes --topic", f.Topics, func(t string) (int, error) {
			n := 0
			err := graph.Disputes(ctx, s, graph.Scope{Topic: t}, graph.DisputeOptions{}, graph.DisputeHandler{
				Dispute:  func(graph.Dispute) error { n++; return nil },
				Exchange: func(graph.Exchange) error { n++; return nil },
			})
			return n, err
		}},
		// The head speakers are governments with a tenth of all claims:
		// their whole record is an export, not a query, so this one is
		// paged as an analyst would read it.
		{"query speaker --limit 100", f.Speakers, func(sp string) (int, error) {
			n := 0
			err := graph.SpeakerClaims(ctx, s, sp, graph.ClaimFilter{Limit: speakerPage}, 0, func(graph.ClaimOpponents) error { n++; return nil })
			return n, err
		}},
		{"query timeline --topic", f.Topics, timeline(0)},
		// What an analyst reads of a topic: its first page, as the CLI's
		// --limit asks for it. These are the figures MaxQueryP95ms bounds;
		// the whole-topic streams above are reported with their cost per
		// row.
		{"query contradictions --topic --limit 100", f.Topics, contradictions(graph.Page{Limit: topicPage})},
		{"query timeline --topic --limit 100", f.Topics, timeline(topicPage)},
	}
	for _, q := range queries {
		lat := make([]float64, 0, queryRuns)
		rows := 0
		for i := range queryRuns {
			start := time.Now()
			k, err := q.run(q.args[i%len(q.args)])
			if err != nil {
				return nil, fmt.Errorf("%s %s: %w", q.name, q.args[i%len(q.args)], err)
			}
			lat = append(lat, float64(time.Since(start).Microseconds())/1000)
			rows += k
		}
		st := QueryStats{Name: q.name, Runs: len(lat), P50ms: percentile(lat, 50), P95ms: percentile(lat, 95),
			Maxms: slices.Max(lat), MeanResults: float64(rows) / float64(len(lat))}
		if rows > 0 {
			total := 0.0
			for _, l := range lat {
				total += l
			}
			st.MicrosPerRow = total * 1000 / float64(rows)
		}
		f.Stats = append(f.Stats, st)
		on := ""
		if server != "" {
			on = " in " + server
		}
		fmt.Fprintf(progress, "bench: %s on %s claims%s: p50 %.1f ms, p95 %.1f ms (%.0f rows, %.1f µs a row)\n", q.name, count(n), on, st.P50ms, st.P95ms, st.MeanResults, st.MicrosPerRow)
	}
	return f, nil
}

// runArticles loads the article corpus end to end into a fresh store.
func runArticles(ctx context.Context, o Options, progress io.Writer) (*ArticleFigures, error) {
	dir := articlesDir(o)
	bytes, files, ok := ready(dir)
	if !ok {
		return nil, fmt.Errorf("article corpus missing in %s", dir)
	}
	tax, err := worldTaxonomy(o)
	if err != nil {
		return nil, err
	}
	path := storePath(o, "articles")
	s, err := openFresh(ctx, path)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	l := ingest.New(s, ingest.Options{BatchSize: o.BatchSize, Workers: o.Workers, Names: tax, Extractor: ingest.Pipeline(extract.New(tax))})
	fmt.Fprintf(progress, "bench: load %d articles (%s)...\n", files, mb(bytes))
	start := time.Now()
	sum, err := l.Load(ctx, []string{dir})
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	f := &ArticleFigures{Bytes: bytes, Seconds: time.Since(start).Seconds(), Claims: sum.Claims}
	// A file that did not load is listed whatever the corpus's size.
	for _, r := range sum.Files {
		if r.Kind == "article" && r.Status != ingest.StatusLoaded {
			return nil, fmt.Errorf("%s: %s: %s", r.Path, r.Status, strings.Join(r.Notes, "; "))
		}
	}
	if f.Files = sum.Loaded["article"]; f.Files != files {
		return nil, fmt.Errorf("loaded %d articles of %d", f.Files, files)
	}
	f.MBps = float64(bytes) / (1 << 20) / f.Seconds
	if f.Findings, f.StoreBytes, err = closeStore(ctx, s, path); err != nil {
		return nil, err
	}
	fmt.Fprintf(progress, "bench: load %d articles: %.1f s, %.2f MB/s, %d claims, %d findings\n", f.Files, f.Seconds, f.MBps, f.Claims, f.Findings)
	return f, nil
}

// percentile is the nearest-rank percentile p of xs.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(float64(len(s))*p/100+0.999999) - 1
	return s[max(0, min(i, len(s)-1))]
}

func median(xs []float64) float64 { return percentile(xs, 50) }

// closeStore closes a phase's store and returns the findings it holds and
// its size on disk, WAL included.
func closeStore(ctx context.Context, s graph.Store, path string) (findings int, bytes int64, err error) {
	st, err := s.Stats(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, v := range st.Findings {
		findings += v
	}
	if err := s.Close(); err != nil {
		return 0, 0, err
	}
	if path == "" {
		return findings, 0, nil
	}
	return findings, fileSize(path) + fileSize(path+"-wal"), nil
}
