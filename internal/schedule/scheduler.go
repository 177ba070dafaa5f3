package schedule

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
	"github.com/contra-project/contra/internal/report"
)

// Options configures a Scheduler.
type Options struct {
	// Logger receives one record per run; nil means slog.Default().
	Logger *slog.Logger
	// Now is the clock that decides when jobs are due and where windows
	// end; nil means time.Now. Run still sleeps on real timers.
	Now func() time.Time
	// BaseDir anchors relative Out templates; "" means the working
	// directory.
	BaseDir string
	// Grace is how long Run, once its context is cancelled, lets runs in
	// progress finish before cancelling them (a cancelled run saves no
	// state, so its window is kept); 0 means DefaultGrace.
	Grace time.Duration
}

// DefaultGrace is the Grace of Options that set none.
const DefaultGrace = 30 * time.Second

// maxSleep bounds how long Run sleeps at once, so that it notices wall
// clock jumps (suspend, NTP steps) within that time.
const maxSleep = time.Minute

// markerName is the file that marks a directory as a run directory of a
// job; pruning deletes only directories carrying the job's marker.
const markerName = ".contra-run.json"

// Scheduler runs report jobs against a store. It is safe for concurrent
// use; one job never runs twice at once, in this process (a try-lock) or
// across processes (an flock on a lock file in the job's base directory).
type Scheduler struct {
	store Store
	jobs  []*jobRun
	log   *slog.Logger
	now   func() time.Time
	base  string
	grace time.Duration
}

// jobRun is a job with what the scheduler knows of it.
type jobRun struct {
	*job
	running sync.Mutex // held for the whole of a run

	mu      sync.Mutex // guards the fields below
	state   graph.JobState
	next    time.Time // next fire time while Run is active
	lastErr string
	fails   failures // the failures since the last successful run
}

// JobStatus is what List reports of a job.
type JobStatus struct {
	Name      string    `json:"name"`
	Cron      string    `json:"cron"`
	Next      time.Time `json:"next"`                // when it fires next (now when due)
	LastRun   time.Time `json:"last_run,omitzero"`   // start of the last successful run
	WindowEnd time.Time `json:"window_end,omitzero"` // where a since: last-run window resumes
	Runs      int       `json:"runs"`                // successful runs
	Due       bool      `json:"due"`
	Running   bool      `json:"running"`
	LastError string    `json:"last_error,omitempty"` // of the last failed run in this process
}

// Store is what a scheduler runs against: the graph its reports read, and
// where it keeps its jobs' state.
type Store interface {
	graph.Store
	graph.JobStore
}

// New validates jobs (EInvalid listing every problem) and returns a
// scheduler for them.
func New(s Store, jobs []Job, opts Options) (*Scheduler, error) {
	if err := ParseJobs(jobs); err != nil {
		return nil, err
	}
	sc := &Scheduler{store: s, log: opts.Logger, now: opts.Now, base: opts.BaseDir, grace: opts.Grace}
	if sc.log == nil {
		sc.log = slog.Default()
	}
	if sc.now == nil {
		sc.now = time.Now
	}
	if sc.grace <= 0 {
		sc.grace = DefaultGrace
	}
	if sc.base == "" {
		sc.base = "."
	}
	abs, err := filepath.Abs(sc.base)
	if err != nil {
		return nil, graph.WrapCode(graph.EInvalid, err, "schedule base dir %s", sc.base)
	}
	sc.base = abs
	for _, j := range jobs {
		pj, err := parseJob(j)
		if err != nil { // unreachable after ParseJobs
			return nil, graph.WrapCode(graph.EInvalid, err, "invalid schedule")
		}
		sc.jobs = append(sc.jobs, &jobRun{job: pj})
	}
	return sc, nil
}

// Refresh reads every job's saved state from the store for List.
func (s *Scheduler) Refresh(ctx context.Context) error {
	var errs []error
	for _, j := range s.jobs {
		if _, _, err := s.readState(ctx, j); err != nil {
			errs = append(errs, fmt.Errorf("job %q: %w", j.Name, err))
		}
	}
	return errors.Join(errs...)
}

// List returns each job's status at now, in configuration order, from the
// state last read by Refresh, Once or Run.
func (s *Scheduler) List(now time.Time) []JobStatus {
	out := make([]JobStatus, 0, len(s.jobs))
	for _, j := range s.jobs {
		j.mu.Lock()
		st := JobStatus{Name: j.Name, Cron: j.Cron, LastRun: j.state.LastRun, WindowEnd: j.state.WindowEnd,
			Runs: j.state.Runs, LastError: j.lastErr}
		next := j.next
		j.mu.Unlock()
		if next.IsZero() {
			next = dueAt(j.job, st.LastRun, now)
		}
		st.Next, st.Due = next, !next.After(now)
		if j.running.TryLock() {
			j.running.Unlock()
		} else {
			st.Running = true
		}
		out = append(out, st)
	}
	return out
}

// dueAt is when a job whose last successful run started at last is next
// due: now if it never ran, else the schedule's next time after last.
func dueAt(j *job, last, now time.Time) time.Time {
	if last.IsZero() {
		return now
	}
	return j.sched.Next(last)
}

// Once runs every due job once, one after the other, and returns the
// failures joined (each names its job). A job is due if it never ran or
// its next time after its last run is not after now. A failing job does
// not stop the others.
func (s *Scheduler) Once(ctx context.Context) error {
	var errs []error
	for _, j := range s.jobs {
		if err := ctx.Err(); err != nil {
			return errors.Join(append(errs, err)...)
		}
		st, _, err := s.readState(ctx, j)
		if err != nil {
			err = fmt.Errorf("job %q: read state: %w", j.Name, err)
			s.log.Error("report job failed", "job", j.Name, "error", err)
			errs = append(errs, err)
			continue
		}
		now := s.now()
		if dueAt(j.job, st.LastRun, now).After(now) {
			continue
		}
		if err := s.runJob(ctx, j); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Run fires jobs on their schedules until ctx is cancelled, then lets the
// runs in progress finish (for up to Options.Grace) and returns nil. Jobs
// that are due when Run starts (never ran, or missed a time while nothing
// was running) fire at once. A run that fails is logged and the job fires
// again at its next scheduled time, with its window intact.
func (s *Scheduler) Run(ctx context.Context) error {
	// Runs outlive ctx so that a shutdown finishes the report it is
	// writing; runCancel is the grace period's backstop.
	runCtx, runCancel := context.WithCancel(context.WithoutCancel(ctx))
	defer runCancel()
	var wg sync.WaitGroup

	now := s.now()
	for _, j := range s.jobs {
		next := now
		if st, _, err := s.readState(ctx, j); err != nil {
			s.log.Warn("report job state unreadable; running it now", "job", j.Name, "error", err)
		} else {
			next = dueAt(j.job, st.LastRun, now)
		}
		j.mu.Lock()
		j.next = next
		j.mu.Unlock()
	}
	if len(s.jobs) == 0 {
		s.log.Warn("scheduler has no jobs; waiting for shutdown")
	}

	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		wait := maxSleep
		now := s.now()
		for _, j := range s.jobs {
			j.mu.Lock()
			wait = min(wait, j.next.Sub(now))
			j.mu.Unlock()
		}
		timer.Reset(max(wait, 0))
		select {
		case <-ctx.Done():
			s.drain(&wg, runCancel)
			return nil
		case <-timer.C:
		}
		if ctx.Err() != nil { // cancelled while the timer fired: start nothing new
			s.drain(&wg, runCancel)
			return nil
		}
		now = s.now()
		for _, j := range s.jobs {
			j.mu.Lock()
			due := !j.next.After(now)
			if due {
				j.next = j.sched.Next(now)
			}
			j.mu.Unlock()
			if !due {
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				_ = s.runJob(runCtx, j) // logged by runJob
			}()
		}
	}
}

// drain waits for runs in progress, cancelling them after the grace
// period.
func (s *Scheduler) drain(wg *sync.WaitGroup, cancel context.CancelFunc) {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(s.grace):
		s.log.Warn("report jobs still running after the grace period; cancelling them", "grace", s.grace)
		cancel()
		<-done
	}
}

// readState reads a job's state from the store and caches it; found is
// false for a job that never completed a run.
func (s *Scheduler) readState(ctx context.Context, j *jobRun) (graph.JobState, bool, error) {
	st, err := s.store.JobState(ctx, j.Name)
	found := err == nil
	if graph.ErrorCode(err) == graph.ENotFound {
		st, err = graph.JobState{Name: j.Name}, nil
	}
	if err != nil {
		return st, false, err
	}
	j.mu.Lock()
	j.state = st
	j.mu.Unlock()
	return st, found, nil
}

// runJob runs j once, logs the outcome and returns the error, naming the
// job. Only one run of a job happens at a time in this process.
func (s *Scheduler) runJob(ctx context.Context, j *jobRun) error {
	if !j.running.TryLock() {
		err := graph.Errorf(graph.EConflict, "job %q: a run is already in progress", j.Name)
		s.log.Warn("report job skipped", "job", j.Name, "error", err)
		return err
	}
	defer j.running.Unlock()
	start := time.Now()
	now := s.now()
	var r runResult
	err := s.safeRun(ctx, j, now, &r)
	attrs := []any{"job", j.Name, "window", r.window.String(), "files", r.files, "duration", time.Since(start)}
	var off *backingOff
	if errors.As(err, &off) {
		s.log.Debug("report job backing off", "job", j.Name, "until", off.until, "reason", off.reason)
		return nil
	}
	j.mu.Lock()
	if err != nil {
		j.lastErr = err.Error()
	} else {
		j.lastErr = ""
	}
	j.mu.Unlock()
	switch {
	case err == nil:
		s.succeeded(j, r.base)
	case graph.ErrorCode(err) == graph.EConflict || errors.Is(err, context.Canceled):
		// Another run holds the job, or shutdown: not the job failing.
	default:
		s.failed(j, r.base, err.Error(), now)
	}
	if err != nil {
		err = fmt.Errorf("job %q: %w", j.Name, err)
		s.log.Error("report job failed", append(attrs, "error", err)...)
		return err
	}
	s.log.Info("report job done", append(attrs, "dir", r.dir)...)
	return nil
}

// safeRun is run, with a panic turned into the run's error: a bug in a
// report must cost a run, not the daemon.
func (s *Scheduler) safeRun(ctx context.Context, j *jobRun, now time.Time, r *runResult) (err error) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("report job panicked", "job", j.Name, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return s.run(ctx, j, now, r)
}

// runResult is what a run got to, for its log record.
type runResult struct {
	window report.Window
	base   string // the job's base directory, once known
	dir    string
	files  []string
}

// marker is the content of a run directory's marker file.
type marker struct {
	Job     string        `json:"job"`
	Started time.Time     `json:"started"`
	Window  report.Window `json:"window"`
}

// run is one run of j at now: lock, clean what a killed run left, window,
// gather, write, save, prune. The report is written into a temporary run
// directory beside its final place and renamed into place whole once every
// format is written, so a run directory is always a complete run.
func (s *Scheduler) run(ctx context.Context, j *jobRun, now time.Time, r *runResult) error {
	base, dir := s.paths(j.job, now)
	if !below(base, dir) { // checked at parse time; kept as a guard
		return graph.Errorf(graph.EInvalid, "run directory %s is not below %s", dir, base)
	}
	if err := os.MkdirAll(base, 0o755); err != nil {
		return fmt.Errorf("create output base: %w", err)
	}
	r.base = base
	unlock, err := lockFile(filepath.Join(base, ".contra-"+j.Name+".lock"))
	if err != nil {
		return err
	}
	defer unlock()

	s.loadFailures(j, base)
	if n := s.cleanLeftovers(j.job); n > 0 {
		// Only a run that was killed leaves its temporary directory: the
		// next run would likely die the same way, so it counts.
		s.failed(j, base, reasonKilled, now)
	}
	if until, reason, ok := j.backingOff(now); ok {
		return &backingOff{until: until, reason: reason}
	}

	st, found, err := s.readState(ctx, j)
	if err != nil {
		return fmt.Errorf("read state: %w", err)
	}
	r.window = report.Window{Since: st.WindowEnd, Until: now}
	if j.window > 0 {
		r.window.Since = now.Add(-j.window)
	}
	if r.window.Until.Before(r.window.Since) { // the clock went back: report nothing, lose nothing
		r.window.Until = r.window.Since
	}
	// A barrier write after taking now and before reading: SQLite loads
	// hold the write lock from before they stamp loaded_at until they
	// commit, so once this write commits every claim stamped before now is
	// visible, and none can appear later in this window's past.
	if !found {
		st = graph.JobState{Name: j.Name}
	}
	if err := s.saveState(ctx, st); err != nil {
		return fmt.Errorf("save state: %w", err)
	}

	d, err := report.Gather(ctx, s.store, report.Options{
		Topics: j.Topics, Since: r.window.Since, Until: r.window.Until, Formats: j.formats,
		Title: "contra report: " + j.Name, Now: now,
	})
	if err != nil {
		return fmt.Errorf("gather report: %w", err)
	}

	if r.dir, err = s.write(ctx, j, dir, d, now, r); err != nil {
		r.files = nil
		return err
	}
	next := graph.JobState{Name: j.Name, WindowEnd: r.window.Until, LastRun: now, Runs: st.Runs + 1}
	if err := s.saveState(ctx, next); err != nil {
		// The window will be reported again: this run's directory would be
		// a second copy of it.
		os.RemoveAll(r.dir)
		r.files = nil
		return fmt.Errorf("save state (the window will be reported again): %w", err)
	}
	j.mu.Lock()
	j.state = next
	j.mu.Unlock()
	if err := s.prune(j.job, base, r.dir); err != nil {
		s.log.Warn("report job prune failed", "job", j.Name, "error", err)
	}
	return nil
}

// Retrying a job state write the store was too busy to take: the waits
// between attempts double from stateRetryWait, at most stateRetries times.
const (
	stateRetries   = 6
	stateRetryWait = 100 * time.Millisecond
)

// saveState saves a job's state, retrying while the store is busy (a load
// holding its write lock).
func (s *Scheduler) saveState(ctx context.Context, st graph.JobState) error {
	err := s.store.SaveJobState(ctx, st)
	for attempt, wait := 1, stateRetryWait; err != nil && graph.Temporary(err) && attempt <= stateRetries; attempt, wait = attempt+1, 2*wait {
		s.log.Info("store busy (another process is writing); retrying the job state write", "job", st.Name, "attempt", attempt, "wait", wait.String())
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		err = s.store.SaveJobState(ctx, st)
	}
	return err
}

// tmpPrefix starts the name of a run directory being written.
func tmpPrefix(name string) string { return ".contra-run-" + name + "-" }

// write writes the run into a temporary directory beside dir and renames
// it into place, at dir or, if that exists, at the first of dir-2, dir-3...
// that does not. It returns where the run is.
func (s *Scheduler) write(ctx context.Context, j *jobRun, dir string, d *report.Data, now time.Time, r *runResult) (string, error) {
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", fmt.Errorf("create run directory: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, tmpPrefix(j.Name)+"*")
	if err != nil {
		return "", fmt.Errorf("create run directory: %w", err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp makes it 0700
		return "", fmt.Errorf("create run directory: %w", err)
	}
	m, err := json.Marshal(marker{Job: j.Name, Started: now, Window: r.window})
	if err != nil {
		return "", fmt.Errorf("write run marker: %w", err)
	}
	if err := render.WriteFile(filepath.Join(tmp, markerName), func(w io.Writer) error { _, err := w.Write(m); return err }); err != nil {
		return "", fmt.Errorf("write run marker: %w", err)
	}
	files, err := report.Write(ctx, tmp, d, j.formats)
	if err != nil {
		return "", fmt.Errorf("write report: %w", err)
	}
	final, err := renameNew(tmp, dir)
	if err != nil {
		return "", fmt.Errorf("move the run into place: %w", err)
	}
	done = true
	for i, f := range files {
		files[i] = filepath.Join(final, filepath.Base(f))
	}
	r.files = files
	return final, nil
}

// renameNew renames dir tmp to dir, or to dir-2, dir-3... when dir exists:
// never over another run. A rename onto an existing directory fails unless
// it is empty, so two schedulers racing for one name cannot merge runs.
func renameNew(tmp, dir string) (string, error) {
	for i := 1; i <= 100; i++ {
		p := dir
		if i > 1 {
			p = fmt.Sprintf("%s-%d", dir, i)
		}
		if _, err := os.Lstat(p); err == nil {
			continue
		}
		err := os.Rename(tmp, p)
		if err == nil {
			return p, nil
		}
		if !errors.Is(err, fs.ErrExist) && !errors.Is(err, syscall.ENOTEMPTY) {
			return "", err
		}
	}
	return "", fmt.Errorf("%s and 99 suffixed names exist", dir)
}

// cleanLeftovers removes the temporary run directories of j (a killed run
// leaves its own) from where its runs go, and returns how many there were.
// It runs under the job's lock, so no run of j is writing one.
func (s *Scheduler) cleanLeftovers(j *job) int {
	parents, err := filepath.Glob(filepath.Dir(globPattern(s, j)))
	if err != nil {
		return 0
	}
	n := 0
	for _, parent := range parents {
		ents, err := os.ReadDir(parent)
		if err != nil {
			continue
		}
		for _, e := range ents {
			if !e.IsDir() || !isTmpRun(e.Name(), j.Name) {
				continue // symlinks and files are not ours
			}
			p := filepath.Join(parent, e.Name())
			if err := os.RemoveAll(p); err != nil {
				s.log.Warn("report job: cannot remove what a killed run left", "job", j.Name, "dir", p, "error", err)
				continue
			}
			s.log.Warn("report job: removed what a killed run left", "job", j.Name, "dir", p)
			n++
		}
	}
	return n
}

// isTmpRun reports whether a directory name is a temporary run directory
// of the job named name: the prefix, then MkdirTemp's random digits (a
// job named "daily" must not take "daily-x"'s).
func isTmpRun(dirName, name string) bool {
	rest, ok := strings.CutPrefix(dirName, tmpPrefix(name))
	if !ok || rest == "" {
		return false
	}
	for _, c := range rest {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// paths returns a job's base and run directory at t, absolute.
func (s *Scheduler) paths(j *job, t time.Time) (base, dir string) {
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return filepath.Clean(p)
		}
		return filepath.Join(s.base, p)
	}
	return abs(outBase(j.Out)), abs(expandOut(j.Out, j.Name, t))
}

// prune removes the job's oldest run directories beyond Keep. It only
// considers directories that match the job's out template, lie below its
// base and carry a marker naming the job, so it never deletes anything
// the job did not create.
func (s *Scheduler) prune(j *job, base, current string) error {
	if j.Keep <= 0 {
		return nil
	}
	// The suffix matches the -2, -3... of a run that found its name taken.
	pattern := globPattern(s, j) + "*"
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return fmt.Errorf("list run directories: %w", err)
	}
	type run struct {
		dir     string
		started time.Time
	}
	var runs []run
	for _, m := range matches {
		if !below(base, m) || strings.HasPrefix(filepath.Base(m), ".contra-run-") {
			continue // a run being written (or left by a killed one) is no run
		}
		if fi, err := os.Lstat(m); err != nil || !fi.IsDir() {
			continue // not a directory, or a symlink: not ours to follow
		}
		b, err := os.ReadFile(filepath.Join(m, markerName))
		if err != nil {
			continue
		}
		var mk marker
		if json.Unmarshal(b, &mk) != nil || mk.Job != j.Name {
			continue
		}
		runs = append(runs, run{m, mk.Started})
	}
	sort.Slice(runs, func(a, b int) bool {
		if !runs[a].started.Equal(runs[b].started) {
			return runs[a].started.After(runs[b].started)
		}
		return runs[a].dir > runs[b].dir
	})
	var errs []error
	kept := 0
	for _, r := range runs {
		if r.dir == current || kept < j.Keep {
			kept++
			continue
		}
		if err := os.RemoveAll(r.dir); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// globPattern matches every directory the job's template can expand to.
func globPattern(s *Scheduler, j *job) string {
	esc := strings.NewReplacer(`*`, `\*`, `?`, `\?`, `[`, `\[`, `\`, `\\`)
	out := j.Out
	if !filepath.IsAbs(out) {
		out = filepath.Join(s.base, out)
	}
	parts := strings.SplitAfter(out, "}")
	var b strings.Builder
	for _, p := range parts {
		i := strings.LastIndex(p, "{")
		if i < 0 {
			b.WriteString(esc.Replace(p))
			continue
		}
		b.WriteString(esc.Replace(p[:i]))
		switch p[i:] {
		case "{name}":
			b.WriteString(esc.Replace(j.Name))
		case "{date}":
			b.WriteString("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]")
		case "{time}":
			b.WriteString("[0-9][0-9][0-9][0-9][0-9][0-9]")
		}
	}
	return filepath.Clean(b.String())
}
