package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/neo4j"
	"github.com/contra-project/contra/internal/bench"
	"github.com/contra-project/contra/internal/render"
)

type benchOptions struct {
	bench.Options
	jsonOut   string
	phase     string
	inProcess bool
	keep      bool
	quiet     bool
}

func (m *Main) benchCommand() *cobra.Command {
	var o benchOptions
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure extraction, load, detection and query performance on synthetic data",
		Long: `Run the benchmark on deterministic synthetic inputs (same seed, same inputs), each phase
on a fresh embedded store in a scratch directory:

  extract    article extraction throughput, 1 worker and all workers (MB/s)
  floor-N    the floor of load-N, in the same run: the same rows through the same driver
             and statements in one transaction, indexes built after, no detection; like
             the load into an empty store, it builds the store in a side file without a
             WAL and renames it into place, so the two write the same way
  load-N     loading N structured claims with detection on (claims/s, and its ratio to the
             floor), then the cost of detection per new claim: fresh batches of 1,000 claims
             into that store
  query      p50/p95 latency of query mutual, contradictions, disputes, speaker and timeline
             on the largest store, over its most popular topics and speakers
  query-memory
             peak RSS of each query and of a whole-store report, each run as its own contra
             process, on a store with one topic of 100,000 claims and on the largest store
             (target 300 MB), and how long a query streaming pairs takes to stop after SIGINT
  floor-articles
             the floor of the article load: the same extraction, the same rows
  articles   end-to-end load of a generated article corpus (--articles-mb): MB/s and peak RSS

With --store neo4j the load and query phases run on the configured Neo4j as well, after the
embedded store's (server-load-N, server-query), and the table shows the two side by side.
Those phases delete everything in that Neo4j database: it must be empty, or hold only an
earlier bench run's data (tools/neo4j/serve starts a scratch server).

Each phase runs in a child process (contra bench --phase NAME) so that its peak RSS is its
own; --in-process runs them all in this process instead. Prints a table of figures, targets
and results and writes the figures as JSON (--json). --quick (2k and 10k claims, 5 MB of
articles) finishes in under a minute and is the smoke test: it shows every target's result
but exits 0 when every phase ran. The full run (10k, 100k and 1M claims, 10 MB of
articles) takes a few minutes and about 1.5 GB of disk — see the README; it exits 6 when
a target is missed (and 1 when a phase fails).
--articles-mb 1024 (the memory target's corpus) takes about 20 minutes here and 5.5 GB of
disk: large proposition groups are counted from their profiles, so the load no longer
slows with the square of the corpus, but the store outgrows the page cache.`,
		Example: `  contra bench --quick
  contra bench --json bench-out/full.json
  contra bench --sizes 10000,100000 --articles-mb 20`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.quiet = m.cfg.Quiet
			return m.runBench(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "CI sizes: 2k and 10k claims, 5 MB of articles (< 60 s)")
	f.Int64Var(&o.Seed, "seed", 1, "seed of the synthetic inputs")
	f.IntSliceVar(&o.Sizes, "sizes", nil, "store sizes in claims (default 10000,100000,1000000)")
	f.IntVar(&o.ArticlesMB, "articles-mb", 0, "size of the article corpus in MB (default 10; 1024 for the 1 GB target, see --help)")
	f.IntVar(&o.Workers, "workers", 0, "workers of the all-cores figures (0: one per CPU)")
	f.StringVar(&o.Dir, "dir", "", "scratch directory for inputs and stores (default: a temporary directory, removed after)")
	f.BoolVar(&o.keep, "keep", false, "keep the scratch directory: later runs with the same --dir and seed reuse its inputs (delete it when internal/synth changes)")
	f.StringVar(&o.jsonOut, "json", filepath.Join("bench-out", "bench.json"), `write the figures as JSON to this file ("-": standard output, no table)`)
	f.BoolVar(&o.inProcess, "in-process", false, "run every phase in this process (peak RSS is then cumulative)")
	f.IntVar(&o.BatchSize, "batch-size", 0, "claims per load transaction (0: the load default)")
	f.StringVar(&o.phase, "phase", "", "run only this phase in this process (used for the child processes)")
	return cmd
}

func (m *Main) runBench(ctx context.Context, o benchOptions) error {
	progress := m.Stderr
	if o.quiet {
		progress = io.Discard
	}
	if o.Dir == "" {
		if o.phase != "" {
			return usageError{fmt.Errorf("--phase needs --dir")}
		}
		dir, err := os.MkdirTemp("", "contra-bench-")
		if err != nil {
			return err
		}
		o.Dir = dir
		if !o.keep {
			defer os.RemoveAll(dir)
		}
	}
	if m.cfg.Store == "neo4j" {
		o.Server = m.benchServer()
		if o.phase == "" {
			if err := m.checkBenchServer(ctx); err != nil {
				return err
			}
		}
	}
	if o.phase != "" {
		o.Phases = []string{o.phase}
	} else if !o.inProcess {
		spawn, err := m.spawnPhase(o, progress)
		if err != nil {
			return err
		}
		o.Spawn = spawn
	}
	for _, n := range o.Sizes {
		if n <= 0 {
			return usageError{fmt.Errorf("--sizes: %d is not a positive number of claims", n)}
		}
	}
	// The query memory phase runs this very program, a process a query.
	if exe, err := os.Executable(); err == nil {
		o.Exe = exe
	}
	res, runErr := bench.Run(ctx, o.Options, progress)
	if runErr != nil && strings.Contains(runErr.Error(), "unknown phase") {
		return usageError{runErr}
	}
	// The figures of the phases that ran are written even when a later
	// one failed: a long run should not lose them.
	if res == nil || (runErr != nil && (o.phase != "" || len(res.Phases) == 0)) {
		return runErr
	}
	if err := writeBenchJSON(o.jsonOut, m.Stdout, res); err != nil {
		return err
	}
	if o.phase != "" {
		return nil
	}
	if o.jsonOut != "-" {
		if err := res.WriteTable(m.Stdout); err != nil {
			return err
		}
		if err := render.Message(m.Stdout, "Figures written to "+o.jsonOut+"."); err != nil {
			return err
		}
	}
	if runErr != nil {
		return runErr
	}
	if res.Passed() {
		return nil
	}
	var missed []string
	for _, c := range res.Checks {
		if !c.Pass {
			missed = append(missed, fmt.Sprintf("%s: %s, target %s", c.Figure, c.Measured, c.Target))
		}
	}
	// The targets are set for the full sizes and for a quiet machine: the
	// quick run is the smoke test that every phase runs, so it reports
	// its misses without failing (it failed on every run here, which made
	// it useless as a smoke test).
	if o.Quick {
		return render.Message(m.Stderr, fmt.Sprintf("contra: quick run: %d target(s) missed (reported, not enforced; the full run exits %d on a miss)", len(missed), exitTargetMiss))
	}
	return targetMissed{fmt.Errorf("%d target(s) missed: %s", len(missed), strings.Join(missed, "; "))}
}

// targetMissed is a full benchmark run that missed a target: exit status
// exitTargetMiss, told apart from a run that failed.
type targetMissed struct{ error }

// benchServer is the configured Neo4j as the bench's server store.
func (m *Main) benchServer() *bench.Server {
	return &bench.Server{
		Name: "Neo4j",
		Open: func(ctx context.Context) (graph.Store, error) { return neo4j.Open(ctx, m.neo4jConfig()) },
		Clear: func(ctx context.Context, s graph.Store) error {
			ns, ok := s.(*neo4j.Store)
			if !ok {
				return fmt.Errorf("bench: %T is not a Neo4j store", s)
			}
			return ns.DeleteAll(ctx)
		},
	}
}

// checkBenchServer refuses a Neo4j database the bench would destroy: one
// that holds claims and is not marked as an earlier bench run's.
func (m *Main) checkBenchServer(ctx context.Context) error {
	s, err := neo4j.Open(ctx, m.neo4jConfig())
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	if st.Claims == 0 {
		return nil
	}
	if _, err := s.JobState(ctx, bench.ServerMarker); err == nil {
		return nil
	} else if graph.ErrorCode(err) != graph.ENotFound {
		return err
	}
	return usageError{fmt.Errorf("bench --store neo4j deletes everything in the Neo4j database between its phases, and database %q at %s holds %d claims of yours: point neo4j.uri or neo4j.database at a scratch database (tools/neo4j/serve starts one)",
		m.cfg.Neo4j.Database, m.cfg.Neo4j.URI, st.Claims)}
}

func writeBenchJSON(path string, stdout io.Writer, res *bench.Results) error {
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if path == "-" {
		_, err = stdout.Write(b)
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return render.WriteFile(path, func(w io.Writer) error { _, err := w.Write(b); return err })
}

// spawnPhase returns a function that runs one phase in a child contra,
// whose own peak RSS is then the phase's. The child reuses the inputs
// the parent prepared in the scratch directory and prints its figures as
// JSON; its progress lines go to progress.
func (m *Main) spawnPhase(o benchOptions, progress io.Writer) (func(context.Context, string) (*bench.Results, error), error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("bench: find own executable: %w", err)
	}
	o.Options = o.WithDefaults()
	sizes := make([]string, len(o.Sizes))
	for i, n := range o.Sizes {
		sizes[i] = strconv.Itoa(n)
	}
	base := []string{"bench", "--dir", o.Dir, "--seed", strconv.FormatInt(o.Seed, 10),
		"--sizes", strings.Join(sizes, ","), "--articles-mb", strconv.Itoa(o.ArticlesMB),
		"--workers", strconv.Itoa(o.Workers), "--json", "-"}
	if o.Quick {
		base = append(base, "--quick")
	}
	if o.BatchSize > 0 {
		base = append(base, "--batch-size", strconv.Itoa(o.BatchSize))
	}
	if m.cfg.File != "" {
		base = append(base, "--config", m.cfg.File)
	}
	if o.Server != nil {
		// The password reaches the child as it reached this process: from
		// the environment or the configuration file, never the command line.
		c := m.cfg.Neo4j
		base = append(base, "--store", "neo4j", "--neo4j-uri", c.URI, "--neo4j-user", c.User, "--neo4j-database", c.Database)
	}
	return func(ctx context.Context, phase string) (*bench.Results, error) {
		cmd := exec.CommandContext(ctx, exe, append(base, "--phase", phase)...)
		var out bytes.Buffer
		cmd.Stdout = &out
		cmd.Stderr = progress
		// On cancellation the child gets SIGINT and finishes its phase's
		// cleanup; it is killed if it takes longer than WaitDelay.
		cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
		cmd.WaitDelay = 10 * time.Second
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("child process: %w", err)
		}
		var r bench.Results
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("child process output: %w", err)
		}
		return &r, nil
	}, nil
}
