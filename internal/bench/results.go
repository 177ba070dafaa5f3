package bench

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// Peak RSS scopes.
const (
	// RSSPhase: each phase ran in its own process; its figure is that
	// process's peak.
	RSSPhase = "phase (each phase in its own process)"
	// RSSProcess: phases shared one process; each figure is the process's
	// peak so far, so a phase's own peak is at most its figure.
	RSSProcess = "process (high-water mark so far; phases shared one process)"
)

// Results is what a run measured. Figures absent from a run are nil or
// empty.
type Results struct {
	Seed           int64     `json:"seed"`
	Quick          bool      `json:"quick"`
	Sizes          []int     `json:"sizes"`
	ArticlesMB     int       `json:"articles_mb"`
	Workers        int       `json:"workers"`
	GOMAXPROCS     int       `json:"gomaxprocs"`
	NumCPU         int       `json:"num_cpu"`
	GoVersion      string    `json:"go_version"`
	Started        time.Time `json:"started"`
	Seconds        float64   `json:"seconds"`         // whole run, inputs included
	PrepareSeconds float64   `json:"prepare_seconds"` // generating inputs
	RSSScope       string    `json:"rss_scope"`

	Extract  *ExtractFigures  `json:"extract,omitempty"`
	Floors   []FloorFigures   `json:"floors,omitempty"`
	Loads    []LoadFigures    `json:"loads,omitempty"`
	Queries  *QueryFigures    `json:"queries,omitempty"`
	QueryMem *QueryMemFigures `json:"query_memory,omitempty"`
	Articles *ArticleFigures  `json:"articles,omitempty"`
	// Server holds the load and query figures of Options.Server.
	Server *ServerFigures `json:"server,omitempty"`
	Phases []PhaseFigures `json:"phases,omitempty"`

	// DetectRatio is the detection cost per claim at the largest size
	// over that at the smallest (target ≤ MaxDetectRatio).
	DetectRatio float64 `json:"detect_ratio,omitempty"`
	// Checks are the figures with targets, and whether they were met.
	Checks []Check `json:"checks,omitempty"`
}

// ExtractFigures is article extraction throughput, extractor only.
type ExtractFigures struct {
	Articles    int     `json:"articles"`
	Bytes       int64   `json:"bytes"`
	Claims      int     `json:"claims"` // claims found in the sample
	MBps1       float64 `json:"mbps_1_worker"`
	MBpsAll     float64 `json:"mbps_all_workers"`
	Workers     int     `json:"workers"`
	Seconds1    float64 `json:"seconds_1_worker"`
	SecondsAll  float64 `json:"seconds_all_workers"`
	ClaimsPerMB float64 `json:"claims_per_mb"`
}

// ServerFigures are the figures of the load and query phases on a
// server's store.
type ServerFigures struct {
	Name    string        `json:"name"`
	Loads   []LoadFigures `json:"loads,omitempty"`
	Queries *QueryFigures `json:"queries,omitempty"`
}

// LoadFigures is one store size: loading it, then fresh batches into it.
type LoadFigures struct {
	Store        string  `json:"store,omitempty"` // the server's name; "" for the embedded store
	Size         int     `json:"size"`            // claims loaded
	Bytes        int64   `json:"bytes"`           // JSONL input
	Seconds      float64 `json:"seconds"`         // loading Size claims
	ClaimsPerSec float64 `json:"claims_per_sec"`
	// FloorRatio is ClaimsPerSec over the floor's of the same input, in
	// the same run (0 without a floor phase).
	FloorRatio float64 `json:"floor_ratio,omitempty"`
	Findings   int     `json:"findings"` // in the store after the load
	StoreBytes int64   `json:"store_bytes"`
	// DetectMicros is the median, over the extra batches, of the time the
	// store spent finding candidates and applying the rules
	// (graph.LoadResult.DetectNanos) per fresh claim: the engine's cost.
	DetectMicros float64   `json:"detect_us_per_claim"`
	DetectAll    []float64 `json:"detect_us_per_claim_all"`
	// LoadMicros is the median of the whole load of an extra batch per
	// fresh claim: detection plus writing the claims and their findings.
	LoadMicros  float64   `json:"load_us_per_claim"`
	ExtraMicros []float64 `json:"extra_us_per_claim"`
	PeakRSSMB   float64   `json:"peak_rss_mb"`
	PeakAnonMB  float64   `json:"peak_anon_mb"`
}

// QueryFigures is query latency on the largest store.
type QueryFigures struct {
	Size     int          `json:"size"`
	Topics   []string     `json:"topics"`
	Speakers []string     `json:"speakers"`
	Stats    []QueryStats `json:"stats"`
}

// QueryStats is the latency of one query.
type QueryStats struct {
	Name        string  `json:"name"`
	Runs        int     `json:"runs"`
	P50ms       float64 `json:"p50_ms"`
	P95ms       float64 `json:"p95_ms"`
	Maxms       float64 `json:"max_ms"`
	MeanResults float64 `json:"mean_results"` // rows (claims, findings, groups) returned
	// MicrosPerRow is the runs' time over the rows they returned: what a
	// whole-topic stream costs per row.
	MicrosPerRow float64 `json:"micros_per_row,omitempty"`
}

// ArticleFigures is the end-to-end load of an article corpus.
type ArticleFigures struct {
	Files    int     `json:"files"`
	Bytes    int64   `json:"bytes"` // article text, sidecars excluded
	Claims   int     `json:"claims"`
	Findings int     `json:"findings"` // in the store after the load
	Seconds  float64 `json:"seconds"`
	MBps     float64 `json:"mbps"`
	// FloorRatio is MBps over the floor's (0 without a floor phase).
	FloorRatio float64 `json:"floor_ratio,omitempty"`
	// StoreBytes is the size of the store after the load.
	StoreBytes int64   `json:"store_bytes"`
	PeakRSSMB  float64 `json:"peak_rss_mb"`
	PeakAnonMB float64 `json:"peak_anon_mb"`
}

// PhaseFigures is one phase's duration and peak memory: PeakRSSMB is the
// kernel's high-water mark (VmHWM), which counts the store's pages that
// SQLite reads through mmap; PeakAnonMB is the sampled peak of anonymous
// memory (Go's and SQLite's heaps) alone.
type PhaseFigures struct {
	Name       string  `json:"name"`
	Seconds    float64 `json:"seconds"`
	PeakRSSMB  float64 `json:"peak_rss_mb"`
	PeakAnonMB float64 `json:"peak_anon_mb"`
}

// Check is a figure with a target.
type Check struct {
	Figure   string `json:"figure"`
	Target   string `json:"target"`
	Measured string `json:"measured"`
	Pass     bool   `json:"pass"`
}

// Targets.
const (
	// MaxDetectRatio bounds how much dearer detection per new claim may
	// get from the smallest to the largest store: detection must stay
	// index lookups, not scans.
	MaxDetectRatio = 2.0
	// MaxArticleRSSMB bounds the peak RSS of loading a 1 GB article corpus.
	MaxArticleRSSMB = 500
	// QuickSeconds bounds a --quick run, for CI.
	QuickSeconds = 60
	// MinExtractMBps is the extraction throughput per core.
	MinExtractMBps = 20.0
	// MinFloorRatio is the throughput of a fresh load (structured claims
	// or articles), detection on, over the floor's of the same input,
	// measured in the same run.
	MinFloorRatio = 0.8
	// MinArticleMBps is the end-to-end article load throughput on a quiet
	// machine; a run elsewhere passes at MinFloorRatio of its floor.
	MinArticleMBps = 10.0
	// MaxQueryP50ms bounds the median latency of each query at the
	// largest store size.
	MaxQueryP50ms = 50.0
	// MaxQueryP95ms bounds the 95th percentile latency of the first page
	// of a topic's contradictions and timeline: what an analyst runs. The
	// whole-topic streams grow with the topic; they are reported with
	// their cost per row, not bounded.
	MaxQueryP95ms = 100.0
)

// tailBound lists the queries whose p95 MaxQueryP95ms bounds.
var tailBound = map[string]bool{"query contradictions --topic --limit 100": true, "query timeline --topic --limit 100": true}

// Passed reports whether every check passed.
func (r *Results) Passed() bool {
	for _, c := range r.Checks {
		if !c.Pass {
			return false
		}
	}
	return true
}

// merge takes the figures of a phase run (possibly in a child process).
func (r *Results) merge(p *Results) {
	if p == nil {
		return
	}
	if p.Extract != nil {
		r.Extract = p.Extract
	}
	r.Floors = append(r.Floors, p.Floors...)
	r.Loads = append(r.Loads, p.Loads...)
	if p.Queries != nil {
		r.Queries = p.Queries
	}
	if p.QueryMem != nil {
		r.QueryMem = p.QueryMem
	}
	if p.Articles != nil {
		r.Articles = p.Articles
	}
	if ps := p.Server; ps != nil {
		if r.Server == nil {
			r.Server = &ServerFigures{Name: ps.Name}
		}
		r.Server.Loads = append(r.Server.Loads, ps.Loads...)
		if ps.Queries != nil {
			r.Server.Queries = ps.Queries
		}
	}
	r.Phases = append(r.Phases, p.Phases...)
	// A phase's peak RSS belongs to its figures too.
	for _, ph := range p.Phases {
		for i := range r.Loads {
			if ph.Name == loadPrefix+strconv.Itoa(r.Loads[i].Size) {
				r.Loads[i].PeakRSSMB, r.Loads[i].PeakAnonMB = ph.PeakRSSMB, ph.PeakAnonMB
			}
		}
		if r.Server != nil {
			for i := range r.Server.Loads {
				if ph.Name == serverPrefix+loadPrefix+strconv.Itoa(r.Server.Loads[i].Size) {
					r.Server.Loads[i].PeakRSSMB, r.Server.Loads[i].PeakAnonMB = ph.PeakRSSMB, ph.PeakAnonMB
				}
			}
		}
		if ph.Name == PhaseArticles && r.Articles != nil {
			r.Articles.PeakRSSMB, r.Articles.PeakAnonMB = ph.PeakRSSMB, ph.PeakAnonMB
		}
	}
}

// evaluate computes the derived figures and the checks.
func (r *Results) evaluate() {
	r.Checks = nil
	if n := len(r.Loads); n >= 2 {
		lo, hi := r.Loads[0], r.Loads[n-1]
		for _, l := range r.Loads {
			if l.Size < lo.Size {
				lo = l
			}
			if l.Size > hi.Size {
				hi = l
			}
		}
		if lo.DetectMicros > 0 {
			r.DetectRatio = hi.DetectMicros / lo.DetectMicros
			r.Checks = append(r.Checks, Check{
				Figure: fmt.Sprintf("detection cost per claim, %s vs %s store", count(hi.Size), count(lo.Size)),
				Target: fmt.Sprintf("≤ %.0f×", MaxDetectRatio), Measured: fmt.Sprintf("%.2f×", r.DetectRatio),
				Pass: r.DetectRatio <= MaxDetectRatio,
			})
		}
	}
	if e := r.Extract; e != nil && e.MBps1 > 0 {
		r.Checks = append(r.Checks, Check{
			Figure: "extraction per core (1 worker)", Target: fmt.Sprintf("≥ %.0f MB/s", MinExtractMBps),
			Measured: fmt.Sprintf("%.2f MB/s", e.MBps1), Pass: e.MBps1 >= MinExtractMBps,
		})
	}
	for i := range r.Loads {
		l := &r.Loads[i]
		f := r.floor("claims", l.Size)
		if f == nil || f.ClaimsPerSec <= 0 {
			continue
		}
		l.FloorRatio = l.ClaimsPerSec / f.ClaimsPerSec
		r.Checks = append(r.Checks, Check{
			Figure: fmt.Sprintf("structured load throughput, %s claims, over its floor", count(l.Size)), Target: fmt.Sprintf("≥ %.1f×", MinFloorRatio),
			Measured: fmt.Sprintf("%.2f× (%.0f / %.0f claims/s)", l.FloorRatio, l.ClaimsPerSec, f.ClaimsPerSec), Pass: l.FloorRatio >= MinFloorRatio,
		})
	}
	if q := r.Queries; q != nil {
		for _, st := range q.Stats {
			r.Checks = append(r.Checks, Check{
				Figure: fmt.Sprintf("%s p50, %s store", st.Name, count(q.Size)), Target: fmt.Sprintf("≤ %.0f ms", MaxQueryP50ms),
				Measured: fmt.Sprintf("%.1f ms", st.P50ms), Pass: st.P50ms <= MaxQueryP50ms,
			})
			if tailBound[st.Name] {
				r.Checks = append(r.Checks, Check{
					Figure: fmt.Sprintf("%s p95, %s store", st.Name, count(q.Size)), Target: fmt.Sprintf("≤ %.0f ms", MaxQueryP95ms),
					Measured: fmt.Sprintf("%.1f ms", st.P95ms), Pass: st.P95ms <= MaxQueryP95ms,
				})
			}
		}
	}
	if q := r.QueryMem; q != nil {
		r.Checks = append(r.Checks, queryMemChecks(q)...)
	}
	if a := r.Articles; a != nil && a.MBps > 0 {
		c := Check{
			Figure: "article load end to end", Target: fmt.Sprintf("≥ %.0f MB/s, or ≥ %.1f× its floor", MinArticleMBps, MinFloorRatio),
			Measured: fmt.Sprintf("%.2f MB/s", a.MBps), Pass: a.MBps >= MinArticleMBps,
		}
		if f := r.floor("articles", 0); f != nil && f.MBps > 0 {
			a.FloorRatio = a.MBps / f.MBps
			c.Measured += fmt.Sprintf(", %.2f× its floor (%.2f MB/s)", a.FloorRatio, f.MBps)
			c.Pass = c.Pass || a.FloorRatio >= MinFloorRatio
		}
		r.Checks = append(r.Checks, c)
	}
	if a := r.Articles; a != nil && a.PeakRSSMB > 0 {
		fig := fmt.Sprintf("peak RSS, article load of %s", mb(a.Bytes))
		if r.ArticlesMB < 1024 {
			fig += " (target set for 1 GB)"
		}
		r.Checks = append(r.Checks, Check{
			Figure: fig, Target: fmt.Sprintf("< %d MB", MaxArticleRSSMB),
			Measured: fmt.Sprintf("%.0f MB (%.0f MB anonymous)", a.PeakRSSMB, a.PeakAnonMB), Pass: a.PeakRSSMB < MaxArticleRSSMB,
		})
	}
	if r.Quick && r.Seconds > 0 {
		r.Checks = append(r.Checks, Check{
			Figure: "quick run duration", Target: fmt.Sprintf("< %d s", QuickSeconds),
			Measured: fmt.Sprintf("%.1f s", r.Seconds), Pass: r.Seconds < QuickSeconds,
		})
	}
}

// floor returns the floor figures of an input ("claims" of size n, or
// "articles"), nil without them.
func (r *Results) floor(input string, n int) *FloorFigures {
	for i := range r.Floors {
		if f := &r.Floors[i]; f.Input == input && f.Size == n {
			return f
		}
	}
	return nil
}

// WriteTable prints the figures as a table: figure, target, measured,
// result ("pass", "FAIL", or "-" for figures without a target).
func (r *Results) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	row := func(fig, target, measured, result string) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", fig, target, measured, result)
	}
	info := func(fig, measured string) { row(fig, "-", measured, "-") }
	check := func(c Check) {
		res := "pass"
		if !c.Pass {
			res = "FAIL"
		}
		row(c.Figure, c.Target, c.Measured, res)
	}
	row("FIGURE", "TARGET", "MEASURED", "RESULT")
	if e := r.Extract; e != nil {
		info(fmt.Sprintf("extraction, 1 worker (%s sample, %.0f claims/MB)", mb(e.Bytes), e.ClaimsPerMB), fmt.Sprintf("%.2f MB/s", e.MBps1))
		info(fmt.Sprintf("extraction, %d workers", e.Workers), fmt.Sprintf("%.2f MB/s", e.MBpsAll))
	}
	// A server's figures follow the embedded store's of the same size.
	var server []LoadFigures
	var serverQueries *QueryFigures
	if r.Server != nil {
		server, serverQueries = r.Server.Loads, r.Server.Queries
	}
	sameSize := func(n int) []LoadFigures {
		var out []LoadFigures
		for _, l := range server {
			if l.Size == n {
				out = append(out, l)
			}
		}
		return out
	}
	loadRow := func(l LoadFigures) {
		if f := r.floor("claims", l.Size); f != nil && l.Store == "" {
			info(fmt.Sprintf("floor of %s claims (same rows, one transaction, indexes after)", count(l.Size)),
				fmt.Sprintf("%.0f claims/s (%.1f s)", f.ClaimsPerSec, f.Seconds))
		}
		if l.Store != "" {
			info(fmt.Sprintf("load %s claims into %s (JSONL, detection on)", count(l.Size), l.Store),
				fmt.Sprintf("%.0f claims/s (%.1f s, %d findings)", l.ClaimsPerSec, l.Seconds, l.Findings))
			return
		}
		info(fmt.Sprintf("load %s claims (JSONL, detection on)", count(l.Size)),
			fmt.Sprintf("%.0f claims/s (%.1f s, %s store, %d findings)", l.ClaimsPerSec, l.Seconds, mb(l.StoreBytes), l.Findings))
	}
	detectRows := func(l LoadFigures) {
		in := fmt.Sprintf("%s store", count(l.Size))
		if l.Store != "" {
			in = fmt.Sprintf("%s, %s claims", l.Store, count(l.Size))
		}
		info(fmt.Sprintf("detection (probe + rules) per new claim, %s", in), fmt.Sprintf("%.0f µs", l.DetectMicros))
		info(fmt.Sprintf("whole load per new claim (detection + writes), %s", in), fmt.Sprintf("%.0f µs", l.LoadMicros))
	}
	for _, l := range r.Loads {
		loadRow(l)
		for _, sl := range sameSize(l.Size) {
			loadRow(sl)
		}
	}
	for _, l := range r.Loads {
		detectRows(l)
		for _, sl := range sameSize(l.Size) {
			detectRows(sl)
		}
	}
	for _, c := range r.Checks {
		if strings.HasPrefix(c.Figure, "detection cost") {
			check(c)
		}
	}
	if q := r.Queries; q != nil {
		for _, s := range q.Stats {
			info(fmt.Sprintf("%s p50 / p95, %s store (%d runs, %.0f rows)", s.Name, count(q.Size), s.Runs, s.MeanResults),
				fmt.Sprintf("%.1f / %.1f ms (%.1f µs a row)", s.P50ms, s.P95ms, s.MicrosPerRow))
			if sq := serverQueries; sq != nil {
				for _, ss := range sq.Stats {
					if ss.Name == s.Name {
						info(fmt.Sprintf("%s p50 / p95, %s, %s claims (%d runs, %.0f rows)", ss.Name, r.Server.Name, count(sq.Size), ss.Runs, ss.MeanResults),
							fmt.Sprintf("%.1f / %.1f ms (%.1f µs a row)", ss.P50ms, ss.P95ms, ss.MicrosPerRow))
					}
				}
			}
		}
	}
	if q := r.QueryMem; q != nil {
		for _, st := range q.Stores {
			info(fmt.Sprintf("store %s: %s claims, %d findings counted, %s (--topic %q)", st.Name, count(st.Claims), st.Findings, mb(st.Bytes), st.Topic), "-")
		}
		for _, run := range q.Runs {
			info(fmt.Sprintf("peak RSS, %s store: contra %s", run.Store, strings.Join(run.Args, " ")),
				fmt.Sprintf("%.0f MB, %.1f s (%.1f s CPU)", run.PeakRSSMB, run.Seconds, run.CPU))
		}
		for _, c := range r.Checks {
			if strings.HasPrefix(c.Figure, "peak RSS of any query") || strings.HasPrefix(c.Figure, "query stops") {
				check(c)
			}
		}
	}
	if f := r.floor("articles", 0); f != nil {
		info(fmt.Sprintf("floor of the article load, %s (%d claims)", mb(f.Bytes), f.Claims),
			fmt.Sprintf("%.2f MB/s (%.1f s)", f.MBps, f.Seconds))
	}
	if a := r.Articles; a != nil {
		info(fmt.Sprintf("article load, %d files, %s (%d claims, %d findings)", a.Files, mb(a.Bytes), a.Claims, a.Findings),
			fmt.Sprintf("%.2f MB/s (%.1f s, %s store)", a.MBps, a.Seconds, mb(a.StoreBytes)))
	}
	for _, c := range r.Checks {
		if strings.HasPrefix(c.Figure, "peak RSS, article") {
			check(c)
		}
	}
	for _, p := range r.Phases {
		info(fmt.Sprintf("peak RSS (anonymous), phase %s", p.Name), fmt.Sprintf("%.0f MB (%.0f MB), %.1f s", p.PeakRSSMB, p.PeakAnonMB, p.Seconds))
	}
	for _, c := range r.Checks {
		if c.Figure == "quick run duration" {
			check(c)
		}
	}
	// The throughput and latency targets, together at the end.
	for _, c := range r.Checks {
		switch {
		case strings.HasPrefix(c.Figure, "extraction per core"), strings.HasPrefix(c.Figure, "structured load"),
			strings.HasSuffix(c.Figure, "store") && (strings.Contains(c.Figure, " p50") || strings.Contains(c.Figure, " p95")),
			c.Figure == "article load end to end":
			check(c)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\nPeak RSS scope: %s. Run: %.1f s (inputs %.1f s), %d CPUs, GOMAXPROCS %d, %s, seed %d.\n",
		r.RSSScope, r.Seconds, r.PrepareSeconds, r.NumCPU, r.GOMAXPROCS, r.GoVersion, r.Seed)
	return err
}

// count renders a claim count: 10k, 1M.
func count(n int) string {
	switch {
	case n >= 1000000 && n%1000000 == 0:
		return strconv.Itoa(n/1000000) + "M"
	case n >= 1000 && n%1000 == 0:
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}

func mb(b int64) string {
	return fmt.Sprintf("%.1f MB", float64(b)/(1<<20))
}

// fileSize is the size of path, 0 when it does not exist.
func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}
