// Package schedule runs report jobs on cron schedules and writes their
// reports into per-run directories.
//
// A job's progress lives in the store (graph.JobStore), not in the
// process, so a restarted daemon, a one-shot `Once` from cron and a second
// machine sharing the database all continue the same sequence of windows.
// A job with since: last-run reports on [end of the last successful
// window, now): the state is saved only after the files are written, so a
// failed run leaves the window to the next one and consecutive windows
// neither overlap nor leave gaps.
package schedule

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/robfig/cron/v3"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/report"
)

// Job is one scheduled report as configured.
type Job struct {
	// Name identifies the job's state in the store and names its files; it
	// may not contain path separators or "..".
	Name string `json:"name" mapstructure:"name"`
	// Cron is a standard 5-field cron expression or a descriptor such as
	// @daily or "@every 1h", in the local time zone unless it starts with
	// CRON_TZ=.
	Cron string `json:"cron" mapstructure:"cron"`
	// Topics limits the report; empty means every topic.
	Topics []string `json:"topics,omitempty" mapstructure:"topics"`
	// Since is SinceLastRun (the default) or a Go duration such as 24h,
	// for a sliding window ending at the run.
	Since string `json:"since,omitempty" mapstructure:"since"`
	// Formats are report formats (md, html, csv, json); empty means all.
	Formats []string `json:"formats,omitempty" mapstructure:"formats"`
	// Out is the run directory template, relative to the scheduler's base
	// dir unless absolute, with {name}, {date} (YYYY-MM-DD) and {time}
	// (HHMMSS) in the run's local time; "" means DefaultOut. The part before
	// the first placeholder is the job's base: run directories must stay
	// below it, and its lock file lives in it. Every run gets a directory
	// of its own: a template without both {date} and {time} gets what it
	// lacks (see RunsApart), and a directory that exists already gets a
	// suffix (-2, -3...), so no run overwrites another.
	Out string `json:"out,omitempty" mapstructure:"out"`
	// Keep prunes the job's older run directories so that at most Keep
	// remain; 0 keeps all. Nothing else removes a run's directory.
	Keep int `json:"keep,omitempty" mapstructure:"keep"`
}

// SinceLastRun makes a job report on what was loaded since its last
// successful run.
const SinceLastRun = "last-run"

// DefaultOut is the run directory template of a job without Out.
const DefaultOut = "{name}/{date}-{time}"

// maxNameLen keeps a name usable as one path element with room for the
// lock file's prefix and suffix.
const maxNameLen = 100

// placeholders are the only brace expressions Out may contain.
var placeholders = []string{"{name}", "{date}", "{time}"}

// ParseJobs checks every job and returns an EInvalid error listing all
// the problems found, or nil.
func ParseJobs(jobs []Job) error {
	var errs []error
	seen := map[string]string{}
	outs := map[string]string{}
	for i := range jobs {
		pj, err := parseJob(jobs[i])
		if err != nil {
			errs = append(errs, err)
		} else if !strings.Contains(pj.Out, "{name}") {
			// Without {name}, two jobs with one template would overwrite
			// each other's reports and markers.
			if prev, ok := outs[pj.Out]; ok {
				errs = append(errs, fmt.Errorf("job %q: out %q is also job %q's; add {name}", pj.Name, pj.Out, prev))
			}
			outs[pj.Out] = pj.Name
		}
		// Names differing only in case would share files on
		// case-insensitive file systems.
		k := strings.ToLower(jobs[i].Name)
		if prev, ok := seen[k]; ok {
			errs = append(errs, fmt.Errorf("job %q: name already used by job %q", jobs[i].Name, prev))
		}
		seen[k] = jobs[i].Name
	}
	if len(errs) > 0 {
		return graph.WrapCode(graph.EInvalid, errors.Join(errs...), "invalid schedule")
	}
	return nil
}

// job is a validated Job with its parsed parts and run-time state.
type job struct {
	Job
	sched   cron.Schedule
	window  time.Duration // 0: since last run
	formats []string
}

func parseJob(j Job) (*job, error) {
	pj := &job{Job: j}
	fail := func(format string, args ...any) (*job, error) {
		return nil, fmt.Errorf("job %q: %s", j.Name, fmt.Sprintf(format, args...))
	}
	if err := checkName(j.Name); err != nil {
		return fail("%v", err)
	}
	if strings.TrimSpace(j.Cron) == "" {
		return fail("no cron schedule")
	}
	s, err := cron.ParseStandard(j.Cron)
	if err != nil {
		return fail("cron %q: %v", j.Cron, err)
	}
	pj.sched = s
	switch since := strings.TrimSpace(j.Since); since {
	case "", SinceLastRun:
	default:
		d, err := time.ParseDuration(since)
		if err != nil || d <= 0 {
			return fail("since %q: want %q or a positive duration such as 24h", j.Since, SinceLastRun)
		}
		pj.window = d
	}
	if pj.formats, err = report.NormFormats(j.Formats); err != nil {
		return fail("%v", err)
	}
	if j.Keep < 0 {
		return fail("keep %d: want 0 (keep all) or more", j.Keep)
	}
	if pj.Out == "" {
		pj.Out = DefaultOut
	}
	if err := checkOut(pj.Out, j.Name); err != nil {
		return fail("out %q: %v", pj.Out, err)
	}
	pj.Out = RunsApart(pj.Out)
	return pj, nil
}

// RunsApart returns out such that two runs, on any days and at any times,
// expand it to different directories: with {date} and {time}. A template
// with one of them gets the other beside it ({date} becomes
// {date}-{time}); a template with neither gets a {date}-{time}
// subdirectory. reports/{name}/{date} on an hourly schedule overwrote each
// run with the next.
func RunsApart(out string) string {
	hasDate, hasTime := strings.Contains(out, "{date}"), strings.Contains(out, "{time}")
	switch {
	case hasDate && hasTime:
		return out
	case hasDate:
		i := strings.LastIndex(out, "{date}")
		return out[:i] + "{date}-{time}" + out[i+len("{date}"):]
	case hasTime:
		i := strings.LastIndex(out, "{time}")
		return out[:i] + "{date}-{time}" + out[i+len("{time}"):]
	}
	return strings.TrimRight(out, `/\`) + "/{date}-{time}"
}

// checkName keeps a name to one harmless path element. Other hostile
// characters (quotes, angle brackets, braces) are allowed: the store keeps
// names as data and the reports escape them.
func checkName(name string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return errors.New("no name")
	case len(name) > maxNameLen:
		return fmt.Errorf("name longer than %d bytes", maxNameLen)
	case !utf8.ValidString(name):
		return errors.New("name is not UTF-8")
	case strings.ContainsAny(name, `/\`):
		return errors.New("name contains a path separator")
	case strings.Contains(name, ".."):
		return errors.New(`name contains ".."`)
	case name == ".":
		return errors.New(`name is "."`)
	}
	for _, r := range name {
		if unicode.IsControl(r) {
			return errors.New("name contains a control character")
		}
	}
	return nil
}

// checkOut validates an out template: known placeholders only, and for the
// given name (and any date and time) a run directory strictly below the
// template's base.
func checkOut(out, name string) error {
	if strings.ContainsRune(out, 0) {
		return errors.New("contains a NUL byte")
	}
	rest := out
	for _, p := range placeholders {
		rest = strings.ReplaceAll(rest, p, "")
	}
	if strings.ContainsAny(rest, "{}") {
		return errors.New("unknown placeholder (want {name}, {date}, {time})")
	}
	base := outBase(out)
	dir := expandOut(out, name, time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC))
	if !below(base, dir) {
		return fmt.Errorf("run directory %s is not below the base %s", dir, base)
	}
	return nil
}

// outBase is the directory holding everything a template can expand to:
// the directory part of the text before its first placeholder.
func outBase(out string) string {
	prefix := out
	if i := strings.IndexByte(out, '{'); i >= 0 {
		prefix = out[:i]
	}
	return filepath.Dir(prefix + "x")
}

// expandOut fills a template in one pass, so a name cannot inject another
// placeholder.
func expandOut(out, name string, t time.Time) string {
	r := strings.NewReplacer("{name}", name, "{date}", t.Format("2006-01-02"), "{time}", t.Format("150405"))
	return filepath.Clean(r.Replace(out))
}

// below reports whether dir is strictly inside base, lexically.
func below(base, dir string) bool {
	rel, err := filepath.Rel(base, dir)
	return err == nil && rel != "." && filepath.IsLocal(rel)
}
