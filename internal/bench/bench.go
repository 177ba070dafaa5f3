// Package bench measures contra on deterministic synthetic workloads
// (internal/synth): extraction throughput, load throughput into the
// embedded store with detection on, the cost of detection per new claim as
// the store grows, analyst query latency on the largest store, and the
// peak memory of each of these.
//
// Every figure goes through the code a user runs: the extractor, the
// ingest loader and the graph queries on a fresh graph/sqlite store per
// phase, in a scratch directory. Inputs are generated once per directory
// and seed and reused, so a phase can be re-run on its own.
//
// Peak memory is the kernel's high-water mark of the process (VmHWM),
// which a process cannot reset. Run therefore accepts a Spawn function
// that runs each phase in a child process (`contra bench --phase X`);
// without it, phases share one process and each phase reports the
// high-water mark so far, which Results.RSSScope says. VmHWM counts the
// store's pages that SQLite maps into the process for reading, so each
// phase also reports the sampled peak of its anonymous memory (RssAnon:
// Go's and SQLite's heaps) beside it.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/ingest"
)

// Options configures Run. Zero fields take their defaults.
type Options struct {
	Seed int64
	// Sizes are the store sizes, in claims, that load and detection are
	// measured at (default 10,000, 100,000 and 1,000,000; quick: 2,000 and
	// 10,000). Queries run on the largest.
	Sizes []int
	// ArticlesMB is the size of the article corpus of the end-to-end
	// article load (default 10; quick: 5).
	ArticlesMB int
	// Dir is the scratch directory for inputs and stores; it must be set.
	Dir string
	// Workers is the parallelism of the "all cores" figures (default
	// GOMAXPROCS).
	Workers int
	// Quick selects the CI sizes: 2k and 10k claims, 5 MB of articles and
	// a smaller extraction sample.
	Quick bool
	// Phases restricts Run to these phases (see PhaseNames); nil runs all.
	Phases []string
	// Spawn, when set, runs one phase in a child process and returns the
	// child's Results, so that each phase's peak RSS is its own. Run
	// prepares the inputs before spawning.
	Spawn func(ctx context.Context, phase string) (*Results, error)
	// Server, when set, is a store on a database server (Neo4j) that the
	// load and query phases run on as well, after the embedded store's,
	// so that the two are measured side by side in one run.
	Server *Server
	// BatchSize is the loader's batch (claims per transaction) of the
	// load phases; 0 is the CLI's default.
	BatchSize int

	// Exe is the contra executable the query memory phase runs its
	// queries with, each in its own process; without it the phase is
	// skipped.
	Exe string
}

// Server is a store on a database server, opened by the caller (the
// bench names no backend but the embedded one). Its load phases empty its
// database first: it must be a scratch database.
type Server struct {
	Name string // in the table: "Neo4j"
	// Open opens the store.
	Open func(ctx context.Context) (graph.Store, error)
	// Clear deletes everything in the store's database.
	Clear func(ctx context.Context, s graph.Store) error
}

// Defaults.
var (
	DefaultSizes = []int{10000, 100000, 1000000}
	QuickSizes   = []int{2000, 10000}
	// DefaultArticlesMB is 10, not the 50 first planned, to keep the full
	// run to minutes: the extractor files synthetic articles under a few
	// taxonomy topics and core actions, so proposition groups grow with
	// the corpus (their findings with its square: 1.4 M at 10 MB, 11.6
	// billion at 1 GB), and larger corpora load slower per MB as the
	// store outgrows the page cache.
	DefaultArticlesMB = 10
	QuickArticlesMB   = 5
)

// Fixed workload shapes.
const (
	// ExtraClaims is the size of each fresh batch whose load time gives
	// the detection cost per claim; extraBatches of them are timed and
	// the median is reported.
	ExtraClaims  = 1000
	extraBatches = 5
	// queryRuns is how often each query is timed.
	queryRuns = 30
	// queryHead is how many of the most popular topics and speakers the
	// queries cycle through.
	queryHead = 8
	// loadBatch is the loader's batch size: the CLI's default, so that
	// the figures are what `contra load` does.
	loadBatch = ingest.DefaultBatchSize
)

// WithDefaults returns o with its zero fields filled in.
func (o Options) WithDefaults() Options {
	if len(o.Sizes) == 0 {
		o.Sizes = DefaultSizes
		if o.Quick {
			o.Sizes = QuickSizes
		}
	}
	o.Sizes = slices.Clone(o.Sizes)
	slices.Sort(o.Sizes)
	o.Sizes = slices.Compact(o.Sizes)
	if o.ArticlesMB <= 0 {
		o.ArticlesMB = DefaultArticlesMB
		if o.Quick {
			o.ArticlesMB = QuickArticlesMB
		}
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.BatchSize <= 0 {
		o.BatchSize = loadBatch
	}
	return o
}

// Phase names. Load phases are "load-N" for each size N, each after its
// floor phase "floor-N"; the article load's floor is "floor-articles".
const (
	PhaseExtract       = "extract"
	PhaseQuery         = "query"
	PhaseArticles      = "articles"
	PhaseArticlesFloor = floorPrefix + PhaseArticles
	loadPrefix         = "load-"
	floorPrefix        = "floor-"
	// serverPrefix starts the phases that run on Options.Server:
	// server-load-N and server-query.
	serverPrefix = "server-"
)

// loadPhase returns the size of a load phase and whether it runs on the
// server; ok is false for other phases.
func loadPhase(phase string) (n int, server, ok bool) {
	if rest, found := strings.CutPrefix(phase, serverPrefix); found {
		phase, server = rest, true
	}
	rest, found := strings.CutPrefix(phase, loadPrefix)
	if !found {
		return 0, false, false
	}
	n, err := strconv.Atoi(rest)
	return n, server, err == nil
}

// PhaseNames lists the phases of o in the order Run runs them: queries
// need the largest store, so they come after its load; the query memory
// phase builds its dense store itself.
func (o Options) PhaseNames() []string {
	o = o.WithDefaults()
	out := []string{PhaseExtract}
	for _, n := range o.Sizes {
		out = append(out, floorPrefix+strconv.Itoa(n), loadPrefix+strconv.Itoa(n))
	}
	out = append(out, PhaseQuery, PhaseQueryMem)
	if o.Server != nil {
		for _, n := range o.Sizes {
			out = append(out, serverPrefix+loadPrefix+strconv.Itoa(n))
		}
		out = append(out, serverPrefix+PhaseQuery)
	}
	return append(out, PhaseArticlesFloor, PhaseArticles)
}

// Run runs the benchmark phases of o and returns what they measured.
// Progress lines go to progress. The error is for what stops the run
// (bad options, a failed phase, ctx ending); targets missed are results.
// When a phase fails, Run also returns the figures of the phases before
// it.
func Run(ctx context.Context, o Options, progress io.Writer) (*Results, error) {
	o = o.WithDefaults()
	if progress == nil {
		progress = io.Discard
	}
	if o.Dir == "" {
		return nil, errors.New("bench: no scratch directory")
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	phases := o.PhaseNames()
	if len(o.Phases) > 0 {
		for _, p := range o.Phases {
			if !slices.Contains(phases, p) {
				return nil, fmt.Errorf("bench: unknown phase %q (phases: %s)", p, strings.Join(phases, ", "))
			}
		}
		phases = o.Phases
	}
	res := &Results{
		Seed: o.Seed, Quick: o.Quick, Sizes: o.Sizes, ArticlesMB: o.ArticlesMB,
		Workers: o.Workers, GOMAXPROCS: runtime.GOMAXPROCS(0), NumCPU: runtime.NumCPU(),
		GoVersion: runtime.Version(), Started: time.Now().UTC(),
		RSSScope: RSSProcess,
	}
	if o.Spawn != nil {
		res.RSSScope = RSSPhase
	}
	start := time.Now()
	prepStart := time.Now()
	if err := prepare(ctx, o, phases, progress); err != nil {
		return nil, err
	}
	res.PrepareSeconds = time.Since(prepStart).Seconds()
	for _, ph := range phases {
		if err := ctx.Err(); err != nil {
			res.evaluate()
			return res, fmt.Errorf("bench: %w", err)
		}
		var pr *Results
		var err error
		if o.Spawn != nil {
			pr, err = o.Spawn(ctx, ph)
		} else {
			pr, err = runPhase(ctx, o, ph, progress)
		}
		if err != nil {
			res.Seconds = time.Since(start).Seconds()
			res.evaluate()
			return res, fmt.Errorf("bench phase %s: %w", ph, err)
		}
		res.merge(pr)
	}
	res.Seconds = time.Since(start).Seconds()
	res.evaluate()
	return res, nil
}

// runPhase runs one phase in this process.
func runPhase(ctx context.Context, o Options, phase string, progress io.Writer) (*Results, error) {
	r := &Results{}
	start := time.Now()
	anon := startAnonSampler(20 * time.Millisecond)
	defer anon.Stop()
	var err error
	switch {
	case phase == PhaseExtract:
		r.Extract, err = runExtract(ctx, o, progress)
	case phase == PhaseArticlesFloor:
		var fl *FloorFigures
		if fl, err = runArticlesFloor(ctx, o, progress); fl != nil {
			r.Floors = append(r.Floors, *fl)
		}
	case strings.HasPrefix(phase, floorPrefix):
		var n int
		n, err = strconv.Atoi(strings.TrimPrefix(phase, floorPrefix))
		if err == nil {
			var fl *FloorFigures
			if fl, err = runFloor(ctx, o, n, progress); fl != nil {
				r.Floors = append(r.Floors, *fl)
			}
		}
	case strings.HasPrefix(phase, loadPrefix):
		var n int
		n, err = strconv.Atoi(strings.TrimPrefix(phase, loadPrefix))
		if err == nil {
			var l *LoadFigures
			l, err = runLoad(ctx, o, n, embedded(o, n), progress)
			if l != nil {
				r.Loads = append(r.Loads, *l)
			}
		}
	case phase == PhaseQuery:
		r.Queries, err = runQueries(ctx, o, progress)
	case phase == PhaseQueryMem:
		if o.Exe == "" {
			fmt.Fprintln(progress, "bench: query memory phase skipped: it runs contra itself, and no executable was given")
			return r, nil
		}
		r.QueryMem, err = runQueryMem(ctx, o, progress)
	case strings.HasPrefix(phase, serverPrefix) && o.Server == nil:
		err = fmt.Errorf("phase %s: no server store", phase)
	case phase == serverPrefix+PhaseQuery:
		var q *QueryFigures
		if q, err = runServerQueries(ctx, o, progress); q != nil {
			r.Server = &ServerFigures{Name: o.Server.Name, Queries: q}
		}
	case strings.HasPrefix(phase, serverPrefix+loadPrefix):
		n, _, _ := loadPhase(phase)
		var l *LoadFigures
		if l, err = runLoad(ctx, o, n, onServer(o), progress); l != nil {
			r.Server = &ServerFigures{Name: o.Server.Name, Loads: []LoadFigures{*l}}
		}
	case phase == PhaseArticles:
		r.Articles, err = runArticles(ctx, o, progress)
	default:
		err = fmt.Errorf("unknown phase %q", phase)
	}
	if err != nil {
		return nil, err
	}
	r.Phases = append(r.Phases, PhaseFigures{Name: phase, Seconds: time.Since(start).Seconds(),
		PeakRSSMB: PeakRSSMB(), PeakAnonMB: anon.Stop()})
	return r, nil
}
