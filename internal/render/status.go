package render

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"time"
)

// Job is a scheduled report job as contra schedule --list shows it.
type Job struct {
	Name    string    `json:"name"`
	Cron    string    `json:"cron"`
	LastRun time.Time `json:"last_run,omitzero"` // zero: never run
	NextRun time.Time `json:"next_run"`
}

// Jobs writes scheduled report jobs.
//
//   - table: JOB, CRON, LAST RUN ("never" when it has not run), NEXT RUN,
//     in local time.
//   - json: [{"name", "cron", "last_run"?, "next_run"}], times in RFC 3339.
//   - csv: name, cron, last_run, next_run (RFC 3339, empty when never).
//   - graph formats: EInvalid.
func (o Options) Jobs(w io.Writer, f Format, js []Job) error {
	n := o.nameCap()
	return renderers{
		what: "jobs",
		table: func(b *bytes.Buffer) error {
			t := newTable(o, name("JOB"), name("CRON"), fixed("LAST RUN"), fixed("NEXT RUN"))
			for _, j := range js {
				last := "never"
				if !j.LastRun.IsZero() {
					last = j.LastRun.Local().Format(time.DateTime)
				}
				t.row(orDash(show(j.Name, n)), orDash(show(j.Cron, n)), last, j.NextRun.Local().Format(time.DateTime))
			}
			return t.write(b)
		},
		json: func(b *bytes.Buffer) error { return writeJSON(b, nonNil(js)) },
		csv: func(b *bytes.Buffer) error {
			rows := [][]string{{"name", "cron", "last_run", "next_run"}}
			for _, j := range js {
				last := ""
				if !j.LastRun.IsZero() {
					last = j.LastRun.Format(time.RFC3339)
				}
				rows = append(rows, []string{j.Name, j.Cron, last, j.NextRun.Format(time.RFC3339)})
			}
			return writeCSV(csv.NewWriter(b), rows)
		},
	}.run(w, f)
}

// Paths writes the files a command wrote (contra report).
//
//   - table: one path per line.
//   - json: an array of paths.
//   - other formats: EInvalid.
func (o Options) Paths(w io.Writer, f Format, paths []string) error {
	return renderers{
		what: "paths",
		table: func(b *bytes.Buffer) error {
			for _, p := range paths {
				b.WriteString(oneLine(p) + "\n")
			}
			return nil
		},
		json: func(b *bytes.Buffer) error { return writeJSON(b, nonNil(paths)) },
	}.run(w, f)
}

// Message writes a one-line acknowledgement ("schema applied"), made safe
// for a terminal.
func Message(w io.Writer, msg string) error {
	_, err := io.WriteString(w, oneLine(msg)+"\n")
	return err
}

// Text writes multi-line text (contra config show) safe for a terminal:
// a line holding control characters, escape sequences or invalid UTF-8 is
// shown as oneLine makes it; the others are written as they are, so that
// indentation and spacing survive.
func Text(w io.Writer, s string) error {
	var b bytes.Buffer
	for l := range strings.Lines(s) {
		l = strings.TrimSuffix(l, "\n")
		if safe := oneLine(l); safe != strings.Join(strings.Fields(l), " ") {
			l = safe
		}
		b.WriteString(l + "\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}

// VersionInfo is the build contra was made from.
type VersionInfo struct {
	Version  string `json:"version"`            // module version, or "devel"
	Revision string `json:"revision,omitempty"` // VCS commit
	Time     string `json:"time,omitempty"`     // VCS commit time
	Modified bool   `json:"modified"`           // uncommitted changes in the checkout
	Go       string `json:"go,omitempty"`       // toolchain
}

// String is "v1.2.0 (3f2a9c1d0b7e, modified) go1.26.8": the revision cut
// to 12 characters, parts left out when unknown.
func (v VersionInfo) String() string {
	s := v.Version
	var extra []string
	if v.Revision != "" {
		extra = append(extra, v.Revision[:min(12, len(v.Revision))])
	}
	if v.Modified {
		extra = append(extra, "modified")
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, ", ") + ")"
	}
	if v.Go != "" {
		s += " " + v.Go
	}
	return oneLine(s)
}

// Version writes the build contra was made from.
//
//   - table: "contra " and VersionInfo.String.
//   - json: VersionInfo: {"version", "revision"?, "time"?, "modified", "go"?}.
//   - other formats: EInvalid.
func (o Options) Version(w io.Writer, f Format, v VersionInfo) error {
	return renderers{
		what: "version",
		table: func(b *bytes.Buffer) error {
			b.WriteString("contra " + v.String() + "\n")
			return nil
		},
		json: func(b *bytes.Buffer) error { return writeJSON(b, v) },
	}.run(w, f)
}
