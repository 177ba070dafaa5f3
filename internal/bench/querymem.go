package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/synth"
)

// The query memory phase runs the analyst queries and a whole-store
// report as a user runs them, each in its own contra process, on two
// stores: the dense store (one topic of DenseClaims claims and 394
// million pairs at 100k) and the largest load store. Its figures are
// each process's peak RSS, against the target, and how long a query
// streaming pairs takes to stop after an interrupt.
//
// The peak is the child's VmHWM (which counts SQLite's mapped pages of
// the store too), read from /proc while it runs: the maxrss wait4
// reports for a child started by vfork and exec folds in the parent's
// high-water mark.

// PhaseQueryMem is the query memory phase.
const PhaseQueryMem = "query-memory"

// Query memory targets.
const (
	MaxQueryRSSMB    = 300.0
	MaxInterruptStop = time.Second
)

// DenseClaims is the size of the dense store (quick: QuickDenseClaims).
const (
	DenseClaims      = 100000
	QuickDenseClaims = 10000
)

// QueryMemFigures is the query memory phase.
type QueryMemFigures struct {
	Stores []StoreFigures    `json:"stores"`
	Runs   []QueryMemRun     `json:"runs"`
	Stop   *InterruptFigures `json:"interrupt,omitempty"`
	// MaxPeakRSSMB is the largest peak of the runs.
	MaxPeakRSSMB float64 `json:"max_peak_rss_mb"`
}

// StoreFigures describes a store the queries ran on.
type StoreFigures struct {
	Name     string `json:"name"`
	Claims   int    `json:"claims"`
	Topic    string `json:"topic"`    // its most popular topic, the queries' --topic
	Speaker  string `json:"speaker"`  // its most prolific speaker
	Findings int    `json:"findings"` // counted by the load
	Bytes    int64  `json:"bytes"`
}

// QueryMemRun is one query in its own process.
type QueryMemRun struct {
	Store     string   `json:"store"`
	Args      []string `json:"args"`
	PeakRSSMB float64  `json:"peak_rss_mb"`
	Seconds   float64  `json:"seconds"`
	CPU       float64  `json:"cpu_seconds"`
	OutBytes  int64    `json:"out_bytes"`
}

// InterruptFigures is how long a query took to stop after SIGINT.
type InterruptFigures struct {
	Store  string   `json:"store"`
	Args   []string `json:"args"`
	StopMs float64  `json:"stop_ms"`
	Exit   int      `json:"exit"`
}

func denseSize(o Options) int {
	if o.Quick {
		return QuickDenseClaims
	}
	return DenseClaims
}

// buildDense writes the dense store of n claims at path unless it holds
// them already.
func buildDense(ctx context.Context, path string, seed int64, n int, progress io.Writer) error {
	if fileSize(path) > 0 {
		s, err := sqlite.Open(ctx, path)
		if err == nil {
			st, err := s.Stats(ctx)
			s.Close()
			if err == nil && st.Claims == n {
				return nil
			}
		}
	}
	s, err := openFresh(ctx, path)
	if err != nil {
		return err
	}
	fmt.Fprintf(progress, "bench: build the dense store: %s claims on one topic...\n", count(n))
	start := time.Now()
	err = synth.DenseBatches(seed, n, loadBatch, func(b graph.Batch) error {
		_, err := s.Load(ctx, b)
		return err
	})
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("build the dense store: %w", err)
	}
	fmt.Fprintf(progress, "bench: dense store built in %.1f s\n", time.Since(start).Seconds())
	return nil
}

// describe names a store's busiest topic and speaker.
func describe(ctx context.Context, name, path string) (StoreFigures, error) {
	f := StoreFigures{Name: name, Bytes: fileSize(path)}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return f, err
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		return f, err
	}
	f.Claims = st.Claims
	for _, n := range st.Findings {
		f.Findings += n
	}
	ts, err := s.Topics(ctx, "")
	if err != nil {
		return f, err
	}
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].Claims > ts[j].Claims })
	sp, err := s.Speakers(ctx, "")
	if err != nil {
		return f, err
	}
	sort.SliceStable(sp, func(i, j int) bool { return sp[i].Claims > sp[j].Claims })
	if len(ts) == 0 || len(sp) == 0 {
		return f, fmt.Errorf("store %s is empty", path)
	}
	f.Topic, f.Speaker = ts[0].Name, sp[0].Name
	return f, nil
}

// queryMemArgs are the commands run on a store, as a user types them.
func queryMemArgs(f StoreFigures, reportDir string) [][]string {
	return [][]string{
		{"query", "contradictions", "--limit", "3"},
		{"query", "contradictions", "--topic", f.Topic, "--limit", "50"},
		{"query", "contradictions", "--topic", f.Topic, "--limit", "100000", "-o", "json"},
		{"query", "disputes", "--limit", "20"},
		{"query", "disputes", "--topic", f.Topic, "-o", "json"},
		{"query", "mutual", "--topic", f.Topic},
		{"query", "timeline", "--topic", f.Topic, "--limit", "100"},
		{"query", "speaker", f.Speaker, "--limit", "100"},
		{"query", "claims", "--topic", f.Topic, "-o", "json"},
		{"report", "--out", reportDir, "--format", "html,md,csv,json"},
	}
}

// runQueryMem is the query memory phase: each command in a child contra
// (o.Exe), its peak RSS its own.
func runQueryMem(ctx context.Context, o Options, progress io.Writer) (*QueryMemFigures, error) {
	if o.Exe == "" {
		return nil, errors.New("the query memory phase runs contra itself: no executable given")
	}
	dense := storePath(o, fmt.Sprintf("dense-%d", denseSize(o)))
	if err := buildDense(ctx, dense, o.Seed, denseSize(o), progress); err != nil {
		return nil, err
	}
	stores := [][2]string{{"dense", dense}}
	largest := o.Sizes[len(o.Sizes)-1]
	if p := storePath(o, fmt.Sprint(largest)); fileSize(p) > 0 {
		stores = append(stores, [2]string{count(largest), p})
	} else {
		fmt.Fprintf(progress, "bench: no store of %s claims (run phase %s%d first): query memory on the dense store only\n",
			count(largest), loadPrefix, largest)
	}
	f := &QueryMemFigures{}
	for _, st := range stores {
		sf, err := describe(ctx, st[0], st[1])
		if err != nil {
			return nil, err
		}
		f.Stores = append(f.Stores, sf)
		out := filepath.Join(o.Dir, "report-"+st[0])
		for _, args := range queryMemArgs(sf, out) {
			run, err := runChild(ctx, o.Exe, st[1], args, 0)
			if err != nil {
				return nil, fmt.Errorf("%s on the %s store: %w", args, st[0], err)
			}
			run.Store = st[0]
			f.Runs = append(f.Runs, run.QueryMemRun)
			f.MaxPeakRSSMB = max(f.MaxPeakRSSMB, run.PeakRSSMB)
			fmt.Fprintf(progress, "bench: %s store: contra %v: peak RSS %.0f MB, %.1f s (%.1f s CPU)\n",
				st[0], args, run.PeakRSSMB, run.Seconds, run.CPU)
		}
	}
	// An interrupt in the middle of listing every pair of the dense topic.
	args := []string{"query", "contradictions", "--topic", synth.DenseTopic, "-o", "json"}
	run, err := runChild(ctx, o.Exe, dense, args, 2*time.Second)
	if err != nil {
		return nil, fmt.Errorf("interrupted %v: %w", args, err)
	}
	f.Stop = &InterruptFigures{Store: "dense", Args: args, StopMs: run.stop.Seconds() * 1000, Exit: run.exit}
	fmt.Fprintf(progress, "bench: dense store: contra %v stopped %.0f ms after SIGINT (exit %d)\n", args, f.Stop.StopMs, run.exit)
	return f, nil
}

type childRun struct {
	QueryMemRun
	exit int
	stop time.Duration
}

// runChild runs contra args on the store at db with stdout counted and
// dropped; with interrupt > 0 it sends SIGINT after that long and times
// the exit.
func runChild(ctx context.Context, exe, db string, args []string, interrupt time.Duration) (*childRun, error) {
	cmd := exec.CommandContext(ctx, exe, append([]string{"--db", db, "--quiet", "--log-level", "error"}, args...)...)
	cw := &countWriter{}
	cmd.Stdout = cw
	var stderr limitedBuffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	peak := watchPeak(cmd.Process.Pid)
	var sent time.Time
	if interrupt > 0 {
		timer := time.AfterFunc(interrupt, func() {
			sent = time.Now()
			_ = cmd.Process.Signal(os.Interrupt)
		})
		defer timer.Stop()
	}
	err := cmd.Wait()
	r := &childRun{QueryMemRun: QueryMemRun{Args: args, Seconds: time.Since(start).Seconds(), OutBytes: cw.n,
		PeakRSSMB: peak()}}
	if !sent.IsZero() {
		r.stop = time.Since(sent)
	}
	if ps := cmd.ProcessState; ps != nil {
		r.exit = ps.ExitCode()
		// UserTime and SystemTime are the child's rusage on Unix, and
		// exist on every platform, where syscall.Rusage's fields do not.
		r.CPU = (ps.UserTime() + ps.SystemTime()).Seconds()
	}
	if err != nil && (interrupt == 0 || sent.IsZero()) {
		return nil, fmt.Errorf("%w: %s", err, stderr.String())
	}
	return r, nil
}

// watchPeak samples the VmHWM of process pid every few milliseconds
// until the returned function is called (after the process ended), which
// returns the last value seen in MiB. VmHWM only grows, so the last
// sample is the peak but for a rise in the last milliseconds.
func watchPeak(pid int) func() float64 {
	path := "/proc/" + strconv.Itoa(pid) + "/status"
	var mu sync.Mutex
	last := 0.0
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			if v := statusFieldMB(path, "VmHWM"); v > 0 {
				mu.Lock()
				last = max(last, v)
				mu.Unlock()
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() float64 {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return last
	}
}

// countWriter counts and drops what is written to it.
type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// limitedBuffer keeps the first 4 kB written to it: a child's error.
type limitedBuffer struct{ b []byte }

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := 4096 - len(l.b); room > 0 {
		l.b = append(l.b, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

func (l *limitedBuffer) String() string { return string(l.b) }

// queryMemChecks are the phase's targets.
func queryMemChecks(f *QueryMemFigures) []Check {
	var out []Check
	if len(f.Runs) > 0 {
		out = append(out, Check{Figure: "peak RSS of any query or whole-store report (dense and largest store)",
			Target: fmt.Sprintf("≤ %.0f MB", MaxQueryRSSMB), Measured: fmt.Sprintf("%.0f MB", f.MaxPeakRSSMB),
			Pass: f.MaxPeakRSSMB <= MaxQueryRSSMB})
	}
	if s := f.Stop; s != nil {
		out = append(out, Check{Figure: "query stops after Ctrl-C (SIGINT)", Target: fmt.Sprintf("≤ %d ms", MaxInterruptStop.Milliseconds()),
			Measured: strconv.FormatFloat(s.StopMs, 'f', 0, 64) + " ms", Pass: s.StopMs <= float64(MaxInterruptStop.Milliseconds()) && s.Exit == 130})
	}
	return out
}
