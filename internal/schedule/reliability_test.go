package schedule

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

// TestRunsNeverOverwrite: whatever the out template, every run gets a
// directory of its own: several runs a day with {date} only, runs on two
// days at one time with {time} only, runs with neither, two runs in the
// same second.
func TestRunsNeverOverwrite(t *testing.T) {
	tests := []struct {
		out   string
		steps []time.Duration // clock advances before each run
		want  []string        // run directories, relative to the base
	}{
		{"r/{name}/{date}", []time.Duration{time.Hour, time.Hour, time.Hour},
			[]string{"r/j/2031-03-06-100000", "r/j/2031-03-06-110000", "r/j/2031-03-06-120000"}},
		{"r/{name}/{time}", []time.Duration{time.Hour, 24 * time.Hour},
			[]string{"r/j/2031-03-06-100000", "r/j/2031-03-07-100000"}},
		{"r/{name}", []time.Duration{time.Minute, time.Minute},
			[]string{"r/j/2031-03-06-090100", "r/j/2031-03-06-090200"}},
		{"r/{name}/{date}T{time}", []time.Duration{time.Minute, 0, 0},
			[]string{"r/j/2031-03-06T090100", "r/j/2031-03-06T090100-2", "r/j/2031-03-06T090100-3"}},
	}
	for _, tt := range tests {
		t.Run(tt.out, func(t *testing.T) {
			ctx := context.Background()
			clk := &clock{t: t0}
			s := openStore(t, clk)
			base := t.TempDir()
			sc, _ := newScheduler(t, s, []Job{{Name: "j", Cron: "@every 1m", Out: tt.out, Formats: []string{"json"}}},
				Options{Now: clk.Now, BaseDir: base})
			for i, step := range tt.steps {
				clk.Add(step)
				loadClaims(t, s, fmt.Sprint("run", i), 2)
				// runJob, not Once: a run in the same second is not due, but
				// a second scheduler (or a clock stepped back) can start one.
				if err := sc.runJob(ctx, sc.jobs[0]); err != nil {
					t.Fatalf("run %d: %v", i+1, err)
				}
			}
			var got []string
			for _, d := range runDirs(t, base) {
				rel, _ := filepath.Rel(base, d)
				got = append(got, filepath.ToSlash(rel))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("run directories %v, want %v", got, tt.want)
			}
			for _, d := range runDirs(t, base) {
				readReport(t, d)
			}
		})
	}
}

// TestKeepAlonePrunes: keep prunes the job's own runs, suffixed ones
// included, and nothing else removes one.
func TestKeepAlonePrunes(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: t0}
	s := openStore(t, clk)
	base := t.TempDir()
	sc, _ := newScheduler(t, s, []Job{{Name: "j", Cron: "@every 1m", Out: "r/{name}/{date}", Keep: 3, Formats: []string{"json"}}},
		Options{Now: clk.Now, BaseDir: base})
	for i := range 5 {
		if i%2 == 0 {
			clk.Add(time.Minute)
		}
		if err := sc.runJob(ctx, sc.jobs[0]); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, d := range runDirs(t, base) {
		got = append(got, filepath.Base(d))
	}
	want := []string{"2031-03-06-090200", "2031-03-06-090200-2", "2031-03-06-090300"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("after 5 runs with keep 3: %v, want %v", got, want)
	}
}

// TestKilledRunIsCleanedAndNotCounted: what a killed run leaves (its
// temporary run directory, with some formats and a temporary file) is
// removed by the next run, never counted by pruning, and counted as a
// failure; every run directory holds a whole run.
func TestKilledRunIsCleanedAndNotCounted(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: t0}
	s := openStore(t, clk)
	base := t.TempDir()
	job := Job{Name: "j", Cron: "@every 1m", Keep: 1, Formats: []string{"json", "md", "csv"}}
	sc, logs := newScheduler(t, s, []Job{job}, Options{Now: clk.Now, BaseDir: base})
	loadClaims(t, s, "a", 2)
	clk.Add(time.Minute)
	if err := sc.Once(ctx); err != nil {
		t.Fatal(err)
	}
	// A run killed while writing: its directory, beside the runs.
	jobDir := filepath.Join(base, "j")
	killed := filepath.Join(jobDir, tmpPrefix("j")+"4242")
	other := filepath.Join(jobDir, tmpPrefix("j-x")+"4243") // another job's: not ours to remove
	for _, d := range []string{killed, other} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{markerName, "report.json", ".report.md.123.tmp"} {
			if err := os.WriteFile(filepath.Join(d, f), []byte(`{"job":"j"}`), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	clk.Add(time.Minute)
	if err := sc.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(killed); !os.IsNotExist(err) {
		t.Errorf("the killed run's directory is still there (%v)", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("another job's temporary directory was removed: %v", err)
	}
	dirs := runDirs(t, jobDir)
	if len(dirs) != 2 { // the new run, and the other job's leftover (runDirs finds its marker)
		t.Errorf("run directories after keep 1: %v", dirs)
	}
	for _, d := range dirs {
		if strings.HasPrefix(filepath.Base(d), ".contra-run-") {
			continue
		}
		for _, f := range []string{"report.json", "report.md", "report.csv"} {
			if _, err := os.Stat(filepath.Join(d, f)); err != nil {
				t.Errorf("run %s is not whole: %v", d, err)
			}
		}
	}
	if !strings.Contains(logs.String(), "removed what a killed run left") {
		t.Errorf("the cleanup was not logged:\n%s", logs)
	}
	if f := sc.jobs[0].fails; f.Count != 0 {
		t.Errorf("failures after a successful run: %+v", f)
	}
}

// failingStore fails (or panics in) every report, and fails its first
// busy job state writes as a store whose lock is held does.
type failingStore struct {
	Store
	mu       sync.Mutex
	claimErr error
	panics   bool
	busy     int
	claims   int // Claims calls
}

func (s *failingStore) Claims(ctx context.Context, f graph.ClaimFilter, fn func(graph.Claim) error) error {
	s.mu.Lock()
	s.claims++
	err, panics := s.claimErr, s.panics
	s.mu.Unlock()
	if panics {
		panic("a bug in a report")
	}
	if err != nil {
		return err
	}
	return s.Store.Claims(ctx, f, fn)
}

func (s *failingStore) SaveJobState(ctx context.Context, st graph.JobState) error {
	s.mu.Lock()
	if s.busy > 0 {
		s.busy--
		s.mu.Unlock()
		return graph.WrapCode(graph.EUnavailable, busyErr{}, "save job state: database is locked")
	}
	s.mu.Unlock()
	return s.Store.SaveJobState(ctx, st)
}

type busyErr struct{}

func (busyErr) Error() string   { return "database is locked" }
func (busyErr) Temporary() bool { return true }

// TestStateWriteIsRetried: a job state write the store is too busy to
// take is retried; the run succeeds.
func TestStateWriteIsRetried(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: t0}
	real := openStore(t, clk)
	loadClaims(t, real, "a", 2)
	s := &failingStore{Store: real, busy: 3}
	base := t.TempDir()
	sc, _ := newScheduler(t, s, []Job{{Name: "j", Cron: "@every 1m", Formats: []string{"json"}}}, Options{Now: clk.Now, BaseDir: base})
	if err := sc.Once(ctx); err != nil {
		t.Fatalf("run with a busy store: %v", err)
	}
	if st, err := real.JobState(ctx, "j"); err != nil || st.Runs != 1 {
		t.Errorf("state = %+v, %v; want one run saved", st, err)
	}
}

// TestRepeatedFailureBacksOff: a job failing twice for one reason backs
// off (and says so), across a restart of the scheduler; a panic in a run
// is a failure, not the end of the scheduler; a success clears it all.
func TestRepeatedFailureBacksOff(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: t0}
	real := openStore(t, clk)
	loadClaims(t, real, "a", 2)
	s := &failingStore{Store: real, claimErr: errors.New("out of memory after 1234 findings")}
	base := t.TempDir()
	jobs := []Job{{Name: "j", Cron: "@every 1m", Formats: []string{"json"}}}
	sc, logs := newScheduler(t, s, jobs, Options{Now: clk.Now, BaseDir: base})
	attempts := func() int { s.mu.Lock(); defer s.mu.Unlock(); return s.claims }

	step := func(d time.Duration, wantErr bool, wantAttempts int) {
		t.Helper()
		clk.Add(d)
		err := sc.Once(ctx)
		if (err != nil) != wantErr {
			t.Fatalf("at %v: Once = %v, want error %v", clk.Now().Sub(t0), err, wantErr)
		}
		if got := attempts(); got != wantAttempts {
			t.Fatalf("at %v: %d attempts, want %d", clk.Now().Sub(t0), got, wantAttempts)
		}
	}
	step(time.Minute, true, 1)
	s.claimErr = errors.New("out of memory after 5678 findings") // the same reason, another number
	step(time.Minute, true, 2)
	if !strings.Contains(logs.String(), "backing off") || !strings.Contains(logs.String(), "failures=2") {
		t.Errorf("the back-off was not logged:\n%s", logs)
	}
	step(30*time.Second, false, 2) // backing off: not run, not a failure
	step(time.Minute, true, 3)     // a minute after the second failure: tried again, fails
	step(time.Minute, false, 3)    // backing off two minutes now

	// A restarted scheduler remembers.
	sc, _ = newScheduler(t, s, jobs, Options{Now: clk.Now, BaseDir: base})
	step(0, false, 3)
	step(2*time.Minute, true, 4)

	// Another reason starts over; a panic is a failure like another.
	s.claimErr, s.panics = nil, true
	step(8*time.Minute, true, 5)
	step(time.Minute, true, 6)
	step(30*time.Second, false, 6)
	s.panics = false
	step(5*time.Minute, false, 7)
	if _, err := os.Stat(failuresFile(filepath.Join(base, "j"), "j")); !os.IsNotExist(err) {
		t.Errorf("failures kept after a success: %v", err)
	}
	if dirs := runDirs(t, base); len(dirs) != 1 {
		t.Errorf("run directories %v, want the one successful run", dirs)
	}
}

// TestBackoffSchedule pins the waits.
func TestBackoffSchedule(t *testing.T) {
	var got []string
	for n := 1; n <= 12; n++ {
		got = append(got, backoffAfter(n).String())
	}
	want := "0s 1m0s 2m0s 4m0s 8m0s 16m0s 32m0s 1h4m0s 2h8m0s 4h16m0s 6h0m0s 6h0m0s"
	if strings.Join(got, " ") != want {
		t.Errorf("backoffs %v, want %s", got, want)
	}
	reasons := []string{"write /r/.contra-run-j-123/report.md: no space", "write /r/.contra-run-j-999/report.md: no space"}
	sort.Strings(reasons)
	if !sameReason(reasons[0], reasons[1]) || sameReason("disk full", "store down") {
		t.Error("sameReason")
	}
}
