package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/extract"
	"github.com/contra-project/contra/internal/ingest"
)

func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("loads several small stores and an article corpus (about 15 s); skipped under -short")
	}
	ctx := context.Background()
	o := Options{Seed: 3, Sizes: []int{1500, 500}, ArticlesMB: 1, Quick: true, Dir: t.TempDir()}
	var progress bytes.Buffer
	r, err := Run(ctx, o, &progress)
	if err != nil {
		t.Fatalf("%v\n%s", err, progress.String())
	}
	if len(r.Loads) != 2 || r.Loads[0].Size != 500 || r.Loads[1].Size != 1500 {
		t.Fatalf("loads: %+v", r.Loads)
	}
	if len(r.Floors) != 3 {
		t.Errorf("floors: %+v", r.Floors)
	}
	for _, l := range r.Loads {
		if l.FloorRatio <= 0 {
			t.Errorf("load of %d claims has no ratio to its floor: %+v", l.Size, l)
		}
		if l.ClaimsPerSec <= 0 || l.DetectMicros <= 0 || l.Findings == 0 || len(l.ExtraMicros) != extraBatches || l.StoreBytes == 0 {
			t.Errorf("load figures: %+v", l)
		}
	}
	if e := r.Extract; e == nil || e.Claims == 0 || e.MBps1 <= 0 || e.MBpsAll <= 0 {
		t.Errorf("extract figures: %+v", r.Extract)
	}
	if q := r.Queries; q == nil || q.Size != 1500 || len(q.Stats) != 7 {
		t.Errorf("query figures: %+v", r.Queries)
	} else {
		for _, s := range q.Stats {
			if s.Runs != queryRuns || s.P50ms <= 0 || s.P95ms < s.P50ms || s.Maxms < s.P95ms {
				t.Errorf("query %s: %+v", s.Name, s)
			}
		}
		if q.Stats[1].MeanResults == 0 {
			t.Errorf("contradictions on the most popular topics found nothing: %+v", q.Stats[1])
		}
	}
	if a := r.Articles; a == nil || a.Files == 0 || a.Claims == 0 || a.MBps <= 0 || a.Bytes < 1<<20 {
		t.Errorf("article figures: %+v", r.Articles)
	}
	if len(r.Phases) != 8 || r.RSSScope != RSSProcess {
		t.Errorf("phases: %+v, scope %q", r.Phases, r.RSSScope)
	}
	// detection ratio, extraction, two loads over their floors, seven
	// queries' p50 and two p95s (the first pages'), article throughput,
	// article memory, quick duration.
	if r.DetectRatio <= 0 || len(r.Checks) != 16 {
		t.Errorf("ratio %v, checks %+v", r.DetectRatio, r.Checks)
	}
	var tab bytes.Buffer
	if err := r.WriteTable(&tab); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"FIGURE", "load 1500 claims", "detection cost per claim, 1500 vs 500 store", "query timeline --topic", "peak RSS, article load", "phase articles", "structured load throughput, 1500 claims", "article load end to end", "floor of 1500 claims", "floor of the article load"} {
		if !strings.Contains(tab.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, tab.String())
		}
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Results
	if err := json.Unmarshal(b, &back); err != nil || back.Loads[1].Findings != r.Loads[1].Findings {
		t.Errorf("JSON round trip: %v", err)
	}

	// Inputs are reused and deterministic: the same phase again, in a
	// second run on the same directory, finds the same.
	again, err := Run(ctx, Options{Seed: 3, Sizes: []int{500, 1500}, Quick: true, Dir: o.Dir, Phases: []string{"load-500"}}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Loads) != 1 || again.Loads[0].Findings != r.Loads[0].Findings {
		t.Errorf("second run of load-500: %+v, first %+v", again.Loads, r.Loads[0])
	}
	if _, err := Run(ctx, Options{Dir: o.Dir, Phases: []string{"load-7"}}, io.Discard); err == nil {
		t.Error("an unknown phase ran")
	}
}

func TestSpawnRunsEveryPhase(t *testing.T) {
	o := Options{Seed: 1, Sizes: []int{20, 10}, ArticlesMB: 1, Dir: t.TempDir()}
	var spawned []string
	o.Spawn = func(_ context.Context, phase string) (*Results, error) {
		spawned = append(spawned, phase)
		return &Results{Phases: []PhaseFigures{{Name: phase, PeakRSSMB: 1}}}, nil
	}
	// Spawn replaces running in process, but Run still prepares inputs.
	r, err := Run(context.Background(), o, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"extract", "floor-10", "load-10", "floor-20", "load-20", "query", "query-memory", "floor-articles", "articles"}
	if strings.Join(spawned, ",") != strings.Join(want, ",") || r.RSSScope != RSSPhase {
		t.Fatalf("spawned %v (scope %q), want %v", spawned, r.RSSScope, want)
	}
	for _, n := range []int{10, 20} {
		if _, _, ok := ready(claimsDir(o.WithDefaults(), n)); !ok {
			t.Errorf("inputs for %d claims were not prepared", n)
		}
	}
	if _, files, ok := ready(articlesDir(o.WithDefaults())); !ok || files == 0 {
		t.Errorf("articles were not prepared")
	}
}

func TestPercentile(t *testing.T) {
	xs := []float64{5, 1, 4, 2, 3, 10, 9, 8, 7, 6}
	tests := []struct {
		p    float64
		want float64
	}{{50, 5}, {95, 10}, {10, 1}, {100, 10}, {0, 1}}
	for _, tt := range tests {
		if got := percentile(xs, tt.p); got != tt.want {
			t.Errorf("percentile(%v) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if percentile(nil, 50) != 0 {
		t.Error("percentile of nothing is not 0")
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{10000: "10k", 1000000: "1M", 1500: "1500", 2000: "2k", 7: "7"} {
		if got := count(n); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
}

// benchInputs prepares the claims of a store of n for a benchmark.
func benchInputs(b *testing.B, n int) (Options, string) {
	b.Helper()
	o := Options{Seed: 1, Sizes: []int{n}, Dir: b.TempDir()}.WithDefaults()
	if err := prepareClaims(context.Background(), o, n, io.Discard); err != nil {
		b.Fatal(err)
	}
	return o, claimsDir(o, n)
}

func benchLoad(b *testing.B, n int) {
	o, dir := benchInputs(b, n)
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		s, err := openFresh(ctx, filepath.Join(o.Dir, "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		l := ingest.New(s, ingest.Options{BatchSize: loadBatch, Workers: o.Workers})
		b.StartTimer()
		if _, err := loadAll(ctx, l, filepath.Join(dir, "base.jsonl")); err != nil {
			b.Fatalf("iteration %d: %v", i, err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "claims/s")
}

// BenchmarkLoad10k loads 10,000 synthetic claims into a fresh store
// through the loader, detection on.
func BenchmarkLoad10k(b *testing.B) { benchLoad(b, 10000) }

// BenchmarkLoad100k is BenchmarkLoad10k at 100,000 claims (about a
// minute per iteration on two cores).
func BenchmarkLoad100k(b *testing.B) { benchLoad(b, 100000) }

// BenchmarkDetect10k loads a fresh batch of 1,000 claims into a copy of a
// store of 10,000: the cost of detection per new claim.
func BenchmarkDetect10k(b *testing.B) {
	o, dir := benchInputs(b, 10000)
	ctx := context.Background()
	base := filepath.Join(o.Dir, "base.db")
	s, err := openFresh(ctx, base)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := loadAll(ctx, ingest.New(s, ingest.Options{BatchSize: loadBatch}), filepath.Join(dir, "base.jsonl")); err != nil {
		b.Fatal(err)
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(base)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		path := filepath.Join(o.Dir, "copy.db")
		for _, p := range []string{path + "-wal", path + "-shm"} {
			os.Remove(p)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		l := ingest.New(s, ingest.Options{BatchSize: loadBatch})
		b.StartTimer()
		if _, err := loadAll(ctx, l, extraFile(dir, 1)); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*ExtraClaims), "µs/claim")
}

// BenchmarkExtract runs the extractor over 1 MB of synthetic articles.
func BenchmarkExtract(b *testing.B) {
	o := Options{Seed: 1}.WithDefaults()
	arts, err := sampleArticles(o, 1<<20)
	if err != nil {
		b.Fatal(err)
	}
	tax, err := worldTaxonomy(o)
	if err != nil {
		b.Fatal(err)
	}
	x := extract.New(tax)
	var n int64
	for _, a := range arts {
		n += int64(len(a.text))
	}
	ctx := context.Background()
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			if _, err := x.Extract(ctx, extract.Article{Name: a.name, Text: a.text, Meta: a.meta}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkContradictions10k ranks the contradictions on the most popular
// topic of a store of 10,000 claims.
func BenchmarkContradictions10k(b *testing.B) {
	o, dir := benchInputs(b, 10000)
	ctx := context.Background()
	s, err := openFresh(ctx, filepath.Join(o.Dir, "q.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := loadAll(ctx, ingest.New(s, ingest.Options{BatchSize: loadBatch}), filepath.Join(dir, "base.jsonl")); err != nil {
		b.Fatal(err)
	}
	ts, err := s.Topics(ctx, "")
	if err != nil {
		b.Fatal(err)
	}
	top := ts[0]
	for _, t := range ts {
		if t.Claims > top.Claims {
			top = t
		}
	}
	b.ResetTimer()
	for range b.N {
		if _, err := graph.Contradictions(ctx, s, graph.Scope{Topic: top.Name}, graph.Page{}, func(graph.Contradiction) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// A server store's load and query phases run after the embedded store's,
// on the same inputs, and land beside them in the results and the table.
// The "server" here is a second embedded store: the plumbing is what is
// tested; contra bench --store neo4j runs it on Neo4j.
func TestServerPhases(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "server.db")
	cleared := 0
	o := Options{Seed: 5, Sizes: []int{400}, Quick: true, Dir: dir, Phases: []string{"load-400", "query", "server-load-400", "server-query"},
		Server: &Server{
			Name: "Other",
			Open: func(ctx context.Context) (graph.Store, error) { return sqlite.Open(ctx, path) },
			Clear: func(context.Context, graph.Store) error {
				cleared++
				return nil
			},
		}}
	if got := strings.Join(o.PhaseNames(), ","); got != "extract,floor-400,load-400,query,query-memory,server-load-400,server-query,floor-articles,articles" {
		t.Errorf("phases: %s", got)
	}
	r, err := Run(ctx, o, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if cleared != 1 || r.Server == nil || r.Server.Name != "Other" || len(r.Server.Loads) != 1 || r.Server.Queries == nil {
		t.Fatalf("server figures: %+v (cleared %d)", r.Server, cleared)
	}
	if sl, l := r.Server.Loads[0], r.Loads[0]; sl.Findings != l.Findings || sl.Store != "Other" || l.Store != "" {
		t.Errorf("server load %+v, embedded %+v: the same input must find the same", sl, l)
	}
	var tab bytes.Buffer
	if err := r.WriteTable(&tab); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"load 400 claims into Other", "query mutual --topic p50 / p95, Other, 400 claims", "whole load per new claim (detection + writes), Other, 400 claims"} {
		if !strings.Contains(tab.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, tab.String())
		}
	}
	if _, err := Run(ctx, Options{Dir: dir, Sizes: []int{400}, Phases: []string{"server-load-400"}}, io.Discard); err == nil {
		t.Error("a server phase ran without a server")
	}
}
