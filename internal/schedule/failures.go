package schedule

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/contra-project/contra/internal/render"
)

// failures is a job's failures since its last successful run, for one
// reason: a run that fails twice the same way would likely fail again at
// its next tick, and a report that runs the machine out of memory takes
// the daemon down with it each time it is retried. So from the second
// such failure on, the job backs off (backoffAfter), and says so. The
// record is kept beside the job's lock file as well as in memory, so that
// a daemon restarted after a run killed it still knows.
type failures struct {
	Reason  string    `json:"reason"` // the last failure's message
	Count   int       `json:"count"`  // consecutive failures for that reason
	Last    time.Time `json:"last"`
	RetryAt time.Time `json:"retry_at,omitzero"` // no run before this
}

// reasonKilled is the failure a run leaves behind when it is killed (its
// temporary run directory is found by the next run).
const reasonKilled = "the previous run did not finish: the process was killed (out of memory?)"

// Backing off: after the second consecutive failure for one reason the
// job waits firstBackoff, then twice as long after each further one, at
// most maxBackoff.
const (
	firstBackoff = time.Minute
	maxBackoff   = 6 * time.Hour
)

// backoffAfter is how long a job waits after its n-th consecutive failure
// for one reason; 0 before the second.
func backoffAfter(n int) time.Duration {
	if n < 2 {
		return 0
	}
	d := firstBackoff
	for i := 2; i < n && d < maxBackoff; i++ {
		d *= 2
	}
	return min(d, maxBackoff)
}

// backingOff is a run not started because its job is backing off: not a
// failure of its own.
type backingOff struct {
	until  time.Time
	reason string
}

func (b *backingOff) Error() string {
	return fmt.Sprintf("backing off until %s after repeated failures: %s", b.until.Format(time.RFC3339), b.reason)
}

// sameReason compares failure messages with their numbers left out: a
// temporary file's random name, a size or a time changes from one run to
// the next while the reason does not.
func sameReason(a, b string) bool {
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return -1
			}
			return r
		}, s)
	}
	return strip(a) == strip(b)
}

// failuresFile is where a job's failures are kept, beside its lock file.
func failuresFile(base, name string) string {
	return filepath.Join(base, ".contra-"+name+".failures")
}

// backingOff reports whether j must not run at now, and why.
func (j *jobRun) backingOff(now time.Time) (until time.Time, reason string, ok bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if now.Before(j.fails.RetryAt) {
		return j.fails.RetryAt, j.fails.Reason, true
	}
	return time.Time{}, "", false
}

// failed records a failure of j at now; from the second for one reason
// on, it sets the job to back off and logs that it does.
func (s *Scheduler) failed(j *jobRun, base, reason string, now time.Time) {
	j.mu.Lock()
	f := j.fails
	if f.Count > 0 && sameReason(f.Reason, reason) {
		f.Count++
	} else {
		f = failures{Count: 1}
	}
	f.Reason, f.Last = reason, now
	if d := backoffAfter(f.Count); d > 0 {
		f.RetryAt = now.Add(d)
	}
	j.fails = f
	j.mu.Unlock()
	if !f.RetryAt.IsZero() {
		s.log.Warn("report job failed again for the same reason; backing off",
			"job", j.Name, "failures", f.Count, "reason", reason, "retry_at", f.RetryAt, "backoff", f.RetryAt.Sub(now))
	}
	if base == "" {
		return
	}
	b, err := json.Marshal(f)
	if err == nil {
		err = render.WriteFile(failuresFile(base, j.Name), func(w io.Writer) error { _, err := w.Write(b); return err })
	}
	if err != nil {
		s.log.Debug("report job: failures not kept on disk", "job", j.Name, "error", err)
	}
}

// succeeded clears j's failures.
func (s *Scheduler) succeeded(j *jobRun, base string) {
	j.mu.Lock()
	had := j.fails.Count > 0
	j.fails = failures{}
	j.mu.Unlock()
	if base == "" {
		return
	}
	if err := os.Remove(failuresFile(base, j.Name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		s.log.Warn("report job: cannot clear its failures", "job", j.Name, "error", err)
	} else if had {
		s.log.Info("report job succeeded after failures", "job", j.Name)
	}
}

// loadFailures reads the failures a previous process kept for j, when
// they are newer than what this one knows.
func (s *Scheduler) loadFailures(j *jobRun, base string) {
	b, err := os.ReadFile(failuresFile(base, j.Name))
	if err != nil {
		return
	}
	var f failures
	if json.Unmarshal(b, &f) != nil {
		return
	}
	j.mu.Lock()
	if f.Last.After(j.fails.Last) {
		j.fails = f
	}
	j.mu.Unlock()
}
