package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/graph"
)

// loaded returns a directory whose store holds the examples.
func loaded(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	return dir
}

// TestFlagsThatDoNothingAreRefused: a filter a command would ignore is a
// usage error, not a silent no-op.
func TestFlagsThatDoNothingAreRefused(t *testing.T) {
	dir := loaded(t)
	tests := [][]string{
		{"query", "speaker", "Shoigu", "--speaker", "Kirby"},
		{"query", "mutual", "--rule", "opposing"},
		{"query", "between", "Russia", "Ukraine", "--side", "Russia"},
		{"query", "speakers", "--since", "2023-01-01"},
		{"query", "topics", "--side", "Russia"},
		{"query", "actors", "--topic", "cluster munitions"},
		{"query", "timeline", "--topic", "cluster munitions", "--rule", "opposing"},
		{"schedule", "-o", "json"},
		{"query", "claims", "--wide", "-o", "json"},
		{"stats", "--wide"},
	}
	for _, args := range tests {
		t.Run(strings.Join(args, "_"), func(t *testing.T) {
			out, errs, code := run(t, dir, args...)
			if code != exitInvalid {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitInvalid, out, errs)
			}
		})
	}
}

// TestOutputFlag: every command takes -o/--output with its own formats
// and refuses the others; the old --format still works, warns on stderr
// and leaves stdout to the output.
func TestOutputFlag(t *testing.T) {
	dir := loaded(t)
	tests := []struct {
		args []string
		code int
		json bool // stdout must be JSON
	}{
		{[]string{"stats", "-o", "json"}, exitOK, true},
		{[]string{"stats", "--output", "csv"}, exitOK, false},
		{[]string{"stats", "-o", "dot"}, exitInvalid, false},
		{[]string{"query", "claims", "-o", "json"}, exitOK, true},
		{[]string{"query", "claims", "-o", "mermaid"}, exitInvalid, false},
		{[]string{"query", "mutual", "-o", "mermaid"}, exitOK, false},
		{[]string{"query", "topics", "-o", "JSON"}, exitOK, true},
		{[]string{"load", "-o", "json", "../../examples"}, exitOK, true},
		{[]string{"load", "-o", "text", "../../examples"}, exitOK, false},
		{[]string{"load", "-o", "csv", "../../examples"}, exitInvalid, false},
		{[]string{"load", "--format", "json", "../../examples"}, exitOK, true},
		{[]string{"export", "-o", "ndjson"}, exitOK, false},
		{[]string{"export", "-o", "table"}, exitInvalid, false},
		{[]string{"export", "--format", "csv"}, exitOK, false},
		{[]string{"version", "-o", "json"}, exitOK, true},
		{[]string{"report", "-o", "pdf", "--out", filepath.Join(dir, "r")}, exitInvalid, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, "_"), func(t *testing.T) {
			out, errs, code := run(t, dir, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errs)
			}
			if tt.json && !json.Valid([]byte(out)) {
				t.Fatalf("stdout is not JSON:\n%s", out)
			}
			deprecated := contains(tt.args, "--format")
			if warned := strings.Contains(errs, "--format is deprecated"); warned != deprecated {
				t.Fatalf("deprecation warning on stderr: %v, want %v\nstderr:\n%s", warned, deprecated, errs)
			}
			if strings.Contains(out, "deprecated") {
				t.Fatalf("deprecation warning on stdout:\n%s", out)
			}
		})
	}
}

// TestReportWindows: --since/--until are the said date in report as in
// query; the load-time window has its own flags.
func TestReportWindows(t *testing.T) {
	dir := loaded(t)
	claims := func(args ...string) int {
		t.Helper()
		out := filepath.Join(t.TempDir(), "r")
		mustRun(t, dir, append([]string{"report", "-o", "json", "--out", out}, args...)...)
		data, err := os.ReadFile(filepath.Join(out, "report.json"))
		if err != nil {
			t.Fatal(err)
		}
		var r struct {
			Summary struct{ Claims int } `json:"summary"`
		}
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatal(err)
		}
		return r.Summary.Claims
	}
	all := claims()
	if all == 0 {
		t.Fatal("a report of the whole store has no claims")
	}
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"--loaded-since", "1h"}, all},
		{[]string{"--loaded-until", "2000-01-01"}, 0},
		{[]string{"--since", "2099-01-01"}, 0},
		{[]string{"--until", "1999-12-31"}, 0},
		{[]string{"--since", "1999-01-01"}, all - undated(t, dir)},
	}
	for _, tt := range tests {
		if got := claims(tt.args...); got != tt.want {
			t.Errorf("report %v: %d claims, want %d", tt.args, got, tt.want)
		}
	}
}

// undated counts the store's claims without a said date.
func undated(t *testing.T, dir string) int {
	t.Helper()
	var cs []struct {
		SaidAt string `json:"said_at"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, dir, "query", "claims", "-o", "json")), &cs); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cs {
		if c.SaidAt == "" {
			n++
		}
	}
	return n
}

func TestVersionFromBuildInfo(t *testing.T) {
	rev := "928183ce8d28529bf1fef0d92c34945ef3e4dbb9"
	vcs := []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev},
		{Key: "vcs.time", Value: "2026-12-04T02:39:44Z"}, {Key: "vcs.modified", Value: "true"}}
	tests := []struct {
		name     string
		bi       *debug.BuildInfo
		override string
		want     string
	}{
		{"no build info", nil, "", "devel"},
		{"go test", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, "", "devel go1.26.8"},
		{"checkout, dirty", &debug.BuildInfo{GoVersion: "go1.26.8",
			Main: debug.Module{Version: "v0.0.0-20261204023944-928183ce8d28+dirty"}, Settings: vcs},
			"", "v0.0.0-20261204023944-928183ce8d28 (928183ce8d28, modified) go1.26.8"},
		{"tagged", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.4.0"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "false"}}},
			"", "v1.4.0 (928183ce8d28) go1.26.8"},
		{"go install", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.4.0"}}, "", "v1.4.0 go1.26.8"},
		{"ldflags", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, "1.4.0-deb1", "1.4.0-deb1 go1.26.8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionOf(tt.bi, tt.override).String(); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestVersionFlag: contra --version and contra version print the same
// line, from the build information.
func TestVersionFlag(t *testing.T) {
	dir := t.TempDir()
	a, b := mustRun(t, dir, "--version"), mustRun(t, dir, "version")
	want := "contra " + buildVersion().String() + "\n"
	if a != want || b != want {
		t.Fatalf("--version %q, version %q, want %q", a, b, want)
	}
}

// TestUnknownSubcommand: a typo in a subcommand is a usage error with a
// suggestion, not the group's help with exit 0.
func TestUnknownSubcommand(t *testing.T) {
	dir := loaded(t)
	tests := []struct {
		args []string
		code int
		want string // on stderr, or on stdout for help
	}{
		{[]string{"query", "foo"}, exitInvalid, `unknown command "foo" for "contra query"`},
		{[]string{"query", "contradiction"}, exitInvalid, "did you mean contradictions?"},
		{[]string{"config", "shwo"}, exitInvalid, "did you mean show?"},
		{[]string{"schema", "drop"}, exitInvalid, `unknown command "drop"`},
		{[]string{"qurey"}, exitInvalid, "unknown command"},
		{[]string{"query"}, exitOK, "Available Commands"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, "_"), func(t *testing.T) {
			out, errs, code := run(t, dir, tt.args...)
			if code != tt.code || !strings.Contains(out+errs, tt.want) {
				t.Fatalf("exit %d, want %d with %q\nstdout:\n%s\nstderr:\n%s", code, tt.code, tt.want, out, errs)
			}
		})
	}
}

// TestReadCommandsNeedAStore: a command that reads refuses a store file
// that does not exist (exit 3) and creates none; load creates it.
func TestReadCommandsNeedAStore(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{
		{"stats"},
		{"query", "claims"},
		{"query", "speakers"},
		{"query", "speaker", "Shoigu"},
		{"query", "contradictions", "--topic", "cluster munitions"},
		{"export"},
		{"report", "--out", filepath.Join(dir, "reports")},
		{"schedule", "--list"},
	} {
		t.Run(strings.Join(args, "_"), func(t *testing.T) {
			out, errs, code := run(t, dir, append([]string{"--db", typo}, args...)...)
			if code != exitNotFound || !strings.Contains(errs, "does not exist") {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitNotFound, out, errs)
			}
			if _, err := os.Stat(typo); !os.IsNotExist(err) {
				t.Fatalf("%s was created (%v)", typo, err)
			}
		})
	}
	mustRun(t, dir, "--db", typo, "load", "../../examples")
	if _, _, code := run(t, dir, "stats"); code != exitNotFound {
		t.Fatalf("stats of the default store: exit %d, want %d (it should not exist)", code, exitNotFound)
	}
	if _, err := os.Stat(typo); err != nil {
		t.Fatalf("load did not create the store: %v", err)
	}
}

// TestExitStatusesDocumented: contra --help and the README list every
// exit status with the meaning exitStatuses gives it.
func TestExitStatusesDocumented(t *testing.T) {
	help := mustRun(t, t.TempDir(), "--help")
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range exitStatuses {
		if line := fmt.Sprintf("  %3d  %s\n", e.code, e.meaning); !strings.Contains(help, line) {
			t.Errorf("contra --help lacks %q", line)
		}
		if row := fmt.Sprintf("| %d | %s |", e.code, e.meaning); !strings.Contains(string(readme), row) {
			t.Errorf("README lacks %q", row)
		}
	}
}

func TestStatusOf(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, exitOK},
		{errors.New("disk on fire"), exitInternal},
		{usageError{errors.New("bad flag")}, exitInvalid},
		{graph.Errorf(graph.EInvalid, "bad record"), exitInvalid},
		{fmt.Errorf("query: %w", graph.Errorf(graph.ENotFound, "no speaker")), exitNotFound},
		{graph.Errorf(graph.EUnavailable, "locked"), exitUnavailable},
		{graph.Errorf(graph.EConflict, "running"), exitConflict},
		{targetMissed{errors.New("2 targets missed")}, exitTargetMiss},
		{fmt.Errorf("load: %w", context.Canceled), exitInterrupted},
	}
	for _, tt := range tests {
		if got := statusOf(tt.err); got != tt.want {
			t.Errorf("statusOf(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

// TestTopicsAndActorsCarryAliases: the taxonomy's aliases (built in and
// the configuration's) show with the stored topics and actors, and a
// name filter takes an alias.
func TestTopicsAndActorsCarryAliases(t *testing.T) {
	dir := loaded(t)
	type named struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	}
	tests := []struct {
		args        []string
		name, alias string
	}{
		{[]string{"query", "topics", "-o", "json"}, "cluster munitions", "cluster bombs"},
		{[]string{"query", "topics", "--topic", "cluster bombs", "-o", "json"}, "cluster munitions", "cluster bombs"},
		{[]string{"query", "actors", "-o", "json"}, "Russia", "Moscow"},
		{[]string{"query", "actors", "--side", "Kremlin", "-o", "json"}, "Russia", "Moscow"},
	}
	for _, tt := range tests {
		var xs []named
		if err := json.Unmarshal([]byte(mustRun(t, dir, tt.args...)), &xs); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, x := range xs {
			found = found || (x.Name == tt.name && contains(x.Aliases, tt.alias))
		}
		if !found {
			t.Errorf("%v: no %s with alias %q in %+v", tt.args, tt.name, tt.alias, xs)
		}
	}
	if out := mustRun(t, dir, "query", "topics", "--wide"); !strings.Contains(out, "cluster bombs") {
		t.Errorf("the ALIASES column is empty:\n%s", out)
	}
}

// TestEveryCommandHasAnExample: the help of every command shows how to
// use it.
func TestEveryCommandHasAnExample(t *testing.T) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden || c.Name() == "help" {
			return
		}
		if strings.TrimSpace(c.Example) == "" {
			t.Errorf("%s has no example", c.CommandPath())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(NewMain(strings.NewReader(""), io.Discard, io.Discard).rootCommand())
	if out := mustRun(t, t.TempDir(), "query", "speaker", "--help"); !strings.Contains(out, "Examples:\n  contra query speaker Shoigu") {
		t.Errorf("help shows no example:\n%s", out)
	}
}

// TestCompletion: the shell's completion offers the store's speakers,
// topics and sides, with what it knows of them, and never creates a store.
func TestCompletion(t *testing.T) {
	dir := loaded(t)
	tests := []struct {
		args []string
		want []string // completions (name, tab, description)
		not  []string
	}{
		{[]string{"query", "speaker", "Ser"}, []string{"Sergei Shoigu\tRussia, 2 claims"}, []string{"Vladimir Putin"}},
		{[]string{"query", "speaker", "vl"}, []string{"Vladimir Putin\t"}, nil},
		{[]string{"query", "contradictions", "--topic", "clu"}, []string{"cluster munitions\t13 claims"}, []string{"dam destruction"}},
		{[]string{"query", "claims", "--side", ""}, []string{"Russia\t", "Ukraine\t", "Arvenia\t"}, nil},
		{[]string{"query", "between", "Russia", ""}, []string{"Ukraine\t"}, []string{"Russia\t"}},
		{[]string{"query", "between", "Russia", "Ukraine", ""}, nil, []string{"Belmora"}},
		{[]string{"report", "--topic", "dam"}, []string{"dam destruction\t"}, nil},
		{[]string{"query", "mutual", "-o", ""}, []string{"mermaid"}, []string{"jsonl"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, "_"), func(t *testing.T) {
			out := mustRun(t, dir, append([]string{cobra.ShellCompRequestCmd}, tt.args...)...)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("completion lacks %q:\n%s", w, out)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(out, n) {
					t.Errorf("completion offers %q:\n%s", n, out)
				}
			}
		})
	}
	missing := filepath.Join(dir, "missing.db")
	if out := mustRun(t, dir, "--db", missing, cobra.ShellCompRequestCmd, "query", "speaker", ""); strings.Contains(out, "\t") {
		t.Errorf("completion on a missing store offers names:\n%s", out)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("completion created %s", missing)
	}
	if out := mustRun(t, dir, "completion", "bash"); !strings.Contains(out, "__start_contra") {
		t.Errorf("no bash completion script:\n%.300s", out)
	}
}
