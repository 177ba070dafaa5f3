package schedule

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/report"
)

// clock is a settable clock shared by the store (it stamps loaded_at and
// found_at) and the scheduler.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

var t0 = time.Date(2031, 3, 6, 9, 0, 0, 0, time.UTC)

// openStore opens a fresh SQLite store in t.TempDir(); a nil clk leaves
// the store on the real clock.
func openStore(t *testing.T, clk *clock) Store {
	t.Helper()
	var opts []sqlite.Option
	if clk != nil {
		opts = append(opts, sqlite.WithClock(clk.Now))
	}
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "contra.db"), opts...)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// loadClaims loads n invented claims tagged tag (a document of their own)
// and returns their ids. Even claims are Norland's, odd ones Sudmark's,
// accusing each other, so loads also create findings.
func loadClaims(t *testing.T, s graph.Store, tag string, n int) []string {
	t.Helper()
	doc := graph.Document{URL: "https://example.test/" + tag, Outlet: "Test Wire", Title: "Dispatch " + tag, Published: "2031-03-06"}
	doc.ID = graph.DocumentID(doc.URL, "", "")
	b := graph.Batch{Documents: []graph.Document{doc}}
	var ids []string
	for i := 0; i < n; i++ {
		side, subject, speaker := "Norland", "Sudmark", "Ada Korr"
		if i%2 == 1 {
			side, subject, speaker = "Sudmark", "Norland", "Bo Lenz"
		}
		c := graph.Claim{DocID: doc.ID, Speaker: speaker, SpeakerID: graph.SpeakerID(speaker), Side: side,
			Kind: graph.KindAccusation, Subject: subject, Action: "jammed ferry radios", Topic: "ferry radios",
			Polarity: graph.Positive, Text: fmt.Sprintf("Claim %d of %s.", i, tag), SaidAt: "2031-03-06"}
		c.ID = graph.ClaimID(&c)
		b.Claims = append(b.Claims, c)
		ids = append(ids, c.ID)
	}
	if _, err := s.Load(context.Background(), b); err != nil {
		t.Fatalf("load %s: %v", tag, err)
	}
	return ids
}

// logBuffer collects log output from concurrent runs.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func newScheduler(t *testing.T, s Store, jobs []Job, opts Options) (*Scheduler, *logBuffer) {
	t.Helper()
	logs := &logBuffer{}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(logs, nil))
	}
	sc, err := New(s, jobs, opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return sc, logs
}

// runDirs returns the run directories (those with a marker) below root,
// sorted.
func runDirs(t *testing.T, root string) []string {
	t.Helper()
	var dirs []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && d.Name() == markerName {
			dirs = append(dirs, filepath.Dir(p))
		}
		return nil
	})
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	sort.Strings(dirs)
	return dirs
}

func readReport(t *testing.T, dir string) report.Data {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var d report.Data
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("%s/report.json: %v", dir, err)
	}
	return d
}

func TestParseJobs(t *testing.T) {
	ok := Job{Name: "daily", Cron: "0 6 * * *"}
	with := func(f func(*Job)) []Job {
		j := ok
		f(&j)
		return []Job{j}
	}
	tests := []struct {
		name string
		jobs []Job
		want string // "" for valid, else a fragment of the message
	}{
		{"minimal", []Job{ok}, ""},
		{"no jobs", nil, ""},
		{"descriptor", with(func(j *Job) { j.Cron = "@daily" }), ""},
		{"every", with(func(j *Job) { j.Cron = "@every 1h30m" }), ""},
		{"since duration", with(func(j *Job) { j.Since = "24h" }), ""},
		{"since last-run", with(func(j *Job) { j.Since = "last-run" }), ""},
		{"all options", with(func(j *Job) {
			j.Topics, j.Formats, j.Out, j.Keep = []string{"x"}, []string{"md", "json"}, "/srv/reports/{name}/{date}T{time}", 7
		}), ""},
		{"hostile but harmless name", with(func(j *Job) { j.Name = `<script>alert("x")` }), ""},
		{"six fields", with(func(j *Job) { j.Cron = "0 0 6 * * *" }), "cron"},
		{"bad cron", with(func(j *Job) { j.Cron = "every day" }), "cron"},
		{"no cron", with(func(j *Job) { j.Cron = " " }), "no cron"},
		{"bad since", with(func(j *Job) { j.Since = "yesterday" }), "since"},
		{"negative since", with(func(j *Job) { j.Since = "-1h" }), "since"},
		{"bad format", with(func(j *Job) { j.Formats = []string{"pdf"} }), "format"},
		{"negative keep", with(func(j *Job) { j.Keep = -1 }), "keep"},
		{"no name", with(func(j *Job) { j.Name = "" }), "no name"},
		{"cypher name", with(func(j *Job) { j.Name = `"}) DETACH DELETE n //` }), "separator"},
		{"dotdot name", with(func(j *Job) { j.Name = "../../etc" }), "separator"},
		{"bare dotdot", with(func(j *Job) { j.Name = ".." }), `".."`},
		{"backslash", with(func(j *Job) { j.Name = `a\b` }), "separator"},
		{"control char", with(func(j *Job) { j.Name = "a\nb" }), "control"},
		{"long name", with(func(j *Job) { j.Name = strings.Repeat("n", 101) }), "longer"},
		{"unknown placeholder", with(func(j *Job) { j.Out = "{name}/{hour}" }), "placeholder"},
		{"out escapes after name", with(func(j *Job) { j.Out = "reports/{name}/../../../x" }), "not below"},
		{"out is its base", with(func(j *Job) { j.Out = "reports/" }), "not below"},
		{"duplicate", []Job{ok, {Name: "Daily", Cron: "@daily"}}, "already used"},
		{"shared out without name", []Job{{Name: "a", Cron: "@daily", Out: "r/{date}"}, {Name: "b", Cron: "@daily", Out: "r/{date}"}}, "add {name}"},
		{"shared out with name", []Job{{Name: "a", Cron: "@daily", Out: "r/{name}"}, {Name: "b", Cron: "@daily", Out: "r/{name}"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ParseJobs(tt.jobs)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("ParseJobs: %v", err)
				}
				return
			}
			if graph.ErrorCode(err) != graph.EInvalid {
				t.Fatalf("ParseJobs error %v, want code invalid", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseJobs error %q lacks %q", err, tt.want)
			}
		})
	}
}

func TestLastRunWindowsCoverEachClaimOnce(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: t0}
	s := openStore(t, clk)
	base := t.TempDir()
	sc, _ := newScheduler(t, s, []Job{{Name: "hourly", Cron: "@every 1m", Since: SinceLastRun, Formats: []string{"json"}}},
		Options{Now: clk.Now, BaseDir: base})

	var all []string
	loads := []int{3, 4, 5}
	for i, n := range loads {
		clk.Add(time.Minute)
		all = append(all, loadClaims(t, s, fmt.Sprint("batch", i), n)...)
		clk.Add(time.Minute)
		if err := sc.Once(ctx); err != nil {
			t.Fatalf("run %d: %v", i+1, err)
		}
	}
	dirs := runDirs(t, base)
	if len(dirs) != len(loads) {
		t.Fatalf("got %d run dirs, want %d: %v", len(dirs), len(loads), dirs)
	}
	seen := map[string]int{}
	var prev report.Window
	for i, dir := range dirs {
		d := readReport(t, dir)
		if d.Summary.Claims != loads[i] {
			t.Errorf("run %d reports %d new claims, want the %d loaded since run %d", i+1, d.Summary.Claims, loads[i], i)
		}
		if i == 0 && !d.Window.Since.IsZero() {
			t.Errorf("first window starts at %v, want the beginning", d.Window.Since)
		}
		if i > 0 && !d.Window.Since.Equal(prev.Until) {
			t.Errorf("window %d starts at %v, previous ended at %v: gap or overlap", i+1, d.Window.Since, prev.Until)
		}
		prev = d.Window
		// The store agrees: exactly the claims stamped inside the window.
		cs, err := graph.CollectClaims(ctx, s, graph.ClaimFilter{LoadedFrom: d.Window.Since, LoadedTo: d.Window.Until})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			seen[c.ID]++
		}
	}
	for _, id := range all {
		if seen[id] != 1 {
			t.Errorf("claim %s covered %d times, want exactly once", id, seen[id])
		}
	}
	st, err := s.JobState(ctx, "hourly")
	if err != nil || st.Runs != 3 || !st.WindowEnd.Equal(prev.Until) {
		t.Errorf("job state = %+v, %v; want 3 runs ending at %v", st, err, prev.Until)
	}
	// Nothing is due until the schedule says so.
	if err := sc.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(runDirs(t, base)); n != 3 {
		t.Errorf("a run that was not due wrote output: %d dirs", n)
	}
}

func TestFailedRunKeepsWindow(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: t0}
	s := openStore(t, clk)
	root := t.TempDir()
	out := filepath.Join(root, "out")
	sc, logs := newScheduler(t, s, []Job{{Name: "j", Cron: "@every 1m", Out: "out/{name}/{date}-{time}", Formats: []string{"json", "md"}}},
		Options{Now: clk.Now, BaseDir: root})

	loadClaims(t, s, "a", 2)
	clk.Add(time.Minute)
	if err := sc.Once(ctx); err != nil {
		t.Fatal(err)
	}
	before, err := s.JobState(ctx, "j")
	if err != nil {
		t.Fatal(err)
	}

	// The disk goes away: the base becomes a regular file.
	clk.Add(time.Minute)
	loadClaims(t, s, "b", 3)
	clk.Add(time.Minute)
	if err := os.Rename(out, out+".bak"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, []byte("not a dir"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = sc.Once(ctx)
	if err == nil || !strings.Contains(err.Error(), "not a directory") || !strings.Contains(err.Error(), `job "j"`) {
		t.Fatalf("run on a broken disk: error %v, want one naming the job and the cause", err)
	}
	if !strings.Contains(logs.String(), "level=ERROR") || !strings.Contains(logs.String(), "job=j") {
		t.Errorf("failure not logged with its job:\n%s", logs)
	}
	after, err := s.JobState(ctx, "j")
	if err != nil || after != before {
		t.Fatalf("failed run changed the state: %+v -> %+v (%v)", before, after, err)
	}

	// Back to normal: the next run covers everything since the last success.
	if err := os.Remove(out); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(out+".bak", out); err != nil {
		t.Fatal(err)
	}
	loadClaims(t, s, "c", 4)
	clk.Add(time.Minute)
	if err := sc.Once(ctx); err != nil {
		t.Fatal(err)
	}
	dirs := runDirs(t, out)
	if len(dirs) != 2 {
		t.Fatalf("run dirs = %v, want 2", dirs)
	}
	d := readReport(t, dirs[1])
	if d.Summary.Claims != 7 || !d.Window.Since.Equal(before.WindowEnd) {
		t.Errorf("retry covers %d claims from %v, want 7 from %v", d.Summary.Claims, d.Window.Since, before.WindowEnd)
	}
}

func TestRunEverySecondAndShutdown(t *testing.T) {
	s := openStore(t, nil)
	loadClaims(t, s, "live", 4)
	base := t.TempDir()
	file := filepath.Join(t.TempDir(), "regular-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	jobs := []Job{
		// Below a regular file: not writable even for root.
		{Name: "broken", Cron: "@every 1s", Out: filepath.Join(file, "reports", "{name}", "{time}")},
		{Name: "tick", Cron: "@every 1s", Out: "reports/{name}/{date}-{time}", Formats: []string{"md", "json"}},
	}
	sc, logs := newScheduler(t, s, jobs, Options{BaseDir: base})

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sc.Run(ctx) }()

	deadline := time.Now().Add(10 * time.Second)
	for len(runDirs(t, filepath.Join(base, "reports", "tick"))) < 2 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	stop := time.Now()
	cancel() // what SIGTERM does through signal.NotifyContext
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run returned %v, want nil on shutdown", err)
		}
		if d := time.Since(stop); d > time.Second {
			t.Errorf("Run took %v to return after cancel, want < 1s", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}

	dirs := runDirs(t, filepath.Join(base, "reports", "tick"))
	if len(dirs) < 2 {
		t.Fatalf("tick produced %d runs while broken kept failing, want >= 2", len(dirs))
	}
	for _, dir := range dirs {
		if filepath.Dir(dir) != filepath.Join(base, "reports", "tick") {
			t.Errorf("run dir %s is not in reports/tick", dir)
		}
		for _, f := range []string{"report.md", "report.json"} {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Errorf("run %s lacks %s: %v", dir, f, err)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "report.html")); err == nil {
			t.Errorf("run %s has report.html, not among the job's formats", dir)
		}
	}
	if d := readReport(t, dirs[0]); d.Summary.Claims != 4 {
		t.Errorf("first run reports %d claims, want 4", d.Summary.Claims)
	}
	out := logs.String()
	for _, want := range []string{"job=broken", "not a directory", "level=ERROR", "job=tick", "report job done", "window=", "files=", "duration="} {
		if !strings.Contains(out, want) {
			t.Errorf("logs lack %q:\n%s", want, out)
		}
	}
	if st, err := s.JobState(context.Background(), "broken"); err == nil && st.Runs != 0 {
		t.Errorf("broken job saved a successful run: %+v", st)
	}
}

func TestKeepPrunesOnlyOwnRuns(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: t0}
	s := openStore(t, clk)
	base := t.TempDir()
	jobDir := filepath.Join(base, "j")
	// Directories matching the template that the job did not create.
	foreign := filepath.Join(jobDir, "2000-01-01-000000")
	other := filepath.Join(jobDir, "2000-01-02-000000")
	for _, d := range []string{foreign, other} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(other, markerName), []byte(`{"job":"someone-else"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, _ := newScheduler(t, s, []Job{{Name: "j", Cron: "@every 1m", Keep: 2, Formats: []string{"json"}}},
		Options{Now: clk.Now, BaseDir: base})
	var made []string
	for i := 0; i < 4; i++ {
		clk.Add(time.Minute)
		if err := sc.Once(ctx); err != nil {
			t.Fatal(err)
		}
		made = append(made, filepath.Join(jobDir, clk.Now().Format("2006-01-02-150405")))
	}
	for i, d := range made {
		_, err := os.Stat(d)
		if kept := i >= 2; kept != (err == nil) {
			t.Errorf("run %d dir %s: exists=%v, want %v", i+1, d, err == nil, kept)
		}
	}
	for _, d := range []string{foreign, other} {
		if _, err := os.Stat(d); err != nil {
			t.Errorf("pruning deleted %s, which the job did not create", d)
		}
	}
}

func TestOneRunAtATime(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: t0}
	s := openStore(t, clk)
	base := t.TempDir()
	sc, _ := newScheduler(t, s, []Job{{Name: "j", Cron: "@daily", Out: "r/{name}/{time}"}}, Options{Now: clk.Now, BaseDir: base})

	// Another process holds the job's lock file.
	if err := os.MkdirAll(filepath.Join(base, "r"), 0o755); err != nil {
		t.Fatal(err)
	}
	unlock, err := lockFile(filepath.Join(base, "r", ".contra-j.lock"))
	if err != nil {
		t.Fatal(err)
	}
	err = sc.Once(ctx)
	if graph.ErrorCode(err) != graph.EConflict {
		t.Errorf("Once while another process runs the job: %v, want code conflict", err)
	}
	if dirs := runDirs(t, base); len(dirs) != 0 {
		t.Errorf("locked run wrote %v", dirs)
	}
	unlock()

	// This process is already running it.
	j := sc.jobs[0]
	j.running.Lock()
	if err := sc.runJob(ctx, j); graph.ErrorCode(err) != graph.EConflict {
		t.Errorf("second run in process: %v, want code conflict", err)
	}
	if st := sc.List(clk.Now()); !st[0].Running {
		t.Errorf("List while running = %+v, want Running", st[0])
	}
	j.running.Unlock()

	if err := sc.Once(ctx); err != nil {
		t.Fatalf("Once after the lock was released: %v", err)
	}
	if dirs := runDirs(t, base); len(dirs) != 1 {
		t.Errorf("run dirs = %v, want 1", dirs)
	}
}

func TestHostileNameStaysInBase(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: t0}
	s := openStore(t, clk)
	base := t.TempDir()
	name := `<script>alert("x")`
	sc, _ := newScheduler(t, s, []Job{{Name: name, Cron: "@daily", Formats: []string{"html", "json"}}}, Options{Now: clk.Now, BaseDir: base})
	if err := sc.Once(ctx); err != nil {
		t.Fatal(err)
	}
	dirs := runDirs(t, base)
	if len(dirs) != 1 || filepath.Dir(dirs[0]) != filepath.Join(base, name) {
		t.Fatalf("run dirs = %v, want one in %s", dirs, filepath.Join(base, name))
	}
	if st, err := s.JobState(ctx, name); err != nil || st.Name != name || st.Runs != 1 {
		t.Errorf("state of the hostile job = %+v, %v; want its name verbatim and 1 run", st, err)
	}
	html, err := os.ReadFile(filepath.Join(dirs[0], "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(html, []byte("<script")) {
		t.Error("the job name reached report.html unescaped")
	}
}

func TestSinceDurationAndList(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: t0}
	s := openStore(t, clk)
	loadClaims(t, s, "old", 2)
	clk.Add(3 * time.Hour)
	loadClaims(t, s, "new", 3)
	clk.Add(time.Minute)
	base := t.TempDir()
	jobs := []Job{
		{Name: "recent", Cron: "CRON_TZ=UTC 0 * * * *", Since: "1h", Formats: []string{"json"}},
		{Name: "later", Cron: "0 0 1 1 *", Formats: []string{"json"}},
	}
	sc, _ := newScheduler(t, s, jobs, Options{Now: clk.Now, BaseDir: base})
	if err := sc.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	before := sc.List(clk.Now())
	if !before[0].Due || !before[1].Due || before[0].Runs != 0 {
		t.Errorf("never-run jobs = %+v, want due", before)
	}
	if err := sc.Once(ctx); err != nil {
		t.Fatal(err)
	}
	d := readReport(t, runDirs(t, filepath.Join(base, "recent"))[0])
	if d.Summary.Claims != 3 || !d.Window.Since.Equal(clk.Now().Add(-time.Hour)) {
		t.Errorf("since 1h: %d claims from %v, want 3 from %v", d.Summary.Claims, d.Window.Since, clk.Now().Add(-time.Hour))
	}
	now := clk.Now()
	st := sc.List(now)
	names := []string{st[0].Name, st[1].Name}
	if !slices.Equal(names, []string{"recent", "later"}) {
		t.Fatalf("List order = %v", names)
	}
	wantNext := time.Date(2031, 3, 6, 13, 0, 0, 0, time.UTC)
	if st[0].Due || !st[0].LastRun.Equal(now) || st[0].Runs != 1 || !st[0].Next.Equal(wantNext) {
		t.Errorf("after a run: %+v, want not due, last run %v, next %v", st[0], now, wantNext)
	}
}

// slowStore is the real store with a slow Claims, to catch Run's shutdown
// in the middle of a run.
type slowStore struct {
	Store
	started chan struct{}
	once    sync.Once
}

func (s *slowStore) Claims(ctx context.Context, f graph.ClaimFilter, fn func(graph.Claim) error) error {
	s.once.Do(func() { close(s.started) })
	select {
	case <-time.After(300 * time.Millisecond):
	case <-ctx.Done():
		return ctx.Err()
	}
	return s.Store.Claims(ctx, f, fn)
}

func TestShutdownFinishesRunInProgress(t *testing.T) {
	real := openStore(t, nil)
	loadClaims(t, real, "x", 2)
	s := &slowStore{Store: real, started: make(chan struct{})}
	base := t.TempDir()
	sc, _ := newScheduler(t, s, []Job{{Name: "slow", Cron: "@daily", Formats: []string{"json"}}}, Options{BaseDir: base})

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sc.Run(ctx) }()
	select {
	case <-s.started:
	case <-time.After(5 * time.Second):
		t.Fatal("the run never started")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return")
	}
	dirs := runDirs(t, base)
	if len(dirs) != 1 {
		t.Fatalf("run dirs = %v, want the interrupted run finished", dirs)
	}
	if d := readReport(t, dirs[0]); d.Summary.Claims != 2 {
		t.Errorf("finished run reports %d claims, want 2", d.Summary.Claims)
	}
	if st, err := real.JobState(context.Background(), "slow"); err != nil || st.Runs != 1 {
		t.Errorf("state after shutdown = %+v, %v; want the run saved", st, err)
	}
}

func TestShutdownGraceCancelsStuckRun(t *testing.T) {
	real := openStore(t, nil)
	loadClaims(t, real, "x", 2)
	s := &slowStore{Store: real, started: make(chan struct{})}
	base := t.TempDir()
	sc, _ := newScheduler(t, s, []Job{{Name: "slow", Cron: "@daily", Formats: []string{"json"}}},
		Options{BaseDir: base, Grace: 50 * time.Millisecond})

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sc.Run(ctx) }()
	<-s.started
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
	if dirs := runDirs(t, base); len(dirs) != 0 {
		t.Errorf("cancelled run left %v", dirs)
	}
	if st, err := real.JobState(context.Background(), "slow"); err == nil && st.Runs != 0 {
		t.Errorf("cancelled run saved its window: %+v", st)
	}
}
