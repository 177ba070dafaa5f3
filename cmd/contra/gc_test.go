package main

import (
	"io"
	"math"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/contra-project/contra/config"
)

// TestPlanGC holds the collector's setting to its rules: the operator's
// GOGC or GOMEMLIMIT wins over contra's whole setting; otherwise the
// configuration (file, or CONTRA_GC_* environment) is applied, and a bad
// value is an error at start naming its key.
func TestPlanGC(t *testing.T) {
	tests := []struct {
		name        string
		env         []string
		queries     bool // a command that does not load
		wantApply   bool
		wantPercent int
		wantLimit   int64
		wantErr     string
	}{
		{name: "defaults", env: []string{}, wantApply: true, wantPercent: 400, wantLimit: 64 << 20},
		{name: "GOGC wins", env: []string{"GOGC=100"}},
		{name: "GOGC off wins", env: []string{"GOGC=off"}},
		{name: "GOMEMLIMIT wins", env: []string{"GOMEMLIMIT=1GiB"}},
		{name: "GOGC wins over configured values", env: []string{"GOGC=50", "CONTRA_GC_PERCENT=800", "CONTRA_GC_MEMORY_LIMIT=1GiB"}},
		{name: "configured", env: []string{"CONTRA_GC_PERCENT=200", "CONTRA_GC_MEMORY_LIMIT=384MiB"}, wantApply: true, wantPercent: 200, wantLimit: 384 << 20},
		{name: "limit in GiB", env: []string{"CONTRA_GC_MEMORY_LIMIT=2GiB"}, wantApply: true, wantPercent: 400, wantLimit: 2 << 30},
		{name: "limit in bytes", env: []string{"CONTRA_GC_MEMORY_LIMIT=100000000"}, wantApply: true, wantPercent: 400, wantLimit: 100000000},
		{name: "no limit", env: []string{"CONTRA_GC_MEMORY_LIMIT=off"}, wantApply: true, wantPercent: 400, wantLimit: math.MaxInt64},
		{name: "limit without a number", env: []string{"CONTRA_GC_MEMORY_LIMIT=MiB"}, wantErr: "gc.memory_limit"},
		{name: "limit in an unknown unit", env: []string{"CONTRA_GC_MEMORY_LIMIT=384MB"}, wantErr: "gc.memory_limit"},
		{name: "negative limit", env: []string{"CONTRA_GC_MEMORY_LIMIT=-1GiB"}, wantErr: "gc.memory_limit"},
		{name: "limit too small", env: []string{"CONTRA_GC_MEMORY_LIMIT=1MiB"}, wantErr: "gc.memory_limit"},
		{name: "limit overflows", env: []string{"CONTRA_GC_MEMORY_LIMIT=9999999999TiB"}, wantErr: "gc.memory_limit"},
		{name: "percent not a number", env: []string{"CONTRA_GC_PERCENT=lots"}, wantErr: "percent"},
		{name: "percent too small", env: []string{"CONTRA_GC_PERCENT=0"}, wantErr: "gc.percent"},
		{name: "a query keeps Go's default", env: []string{"CONTRA_GC_PERCENT=200"}, queries: true},
		{name: "a query still checks the limit", env: []string{"CONTRA_GC_MEMORY_LIMIT=lots"}, queries: true, wantErr: "gc.memory_limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Resolve(config.Options{SearchDirs: []string{t.TempDir()}, Environ: tt.env})
			var p gcPlan
			if err == nil {
				p, err = planGC(c.GC, environLookup(tt.env), !tt.queries)
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to name %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.apply != tt.wantApply || p.percent != tt.wantPercent || p.limit != tt.wantLimit {
				t.Errorf("plan = apply %v, percent %d, limit %d; want %v, %d, %d", p.apply, p.percent, p.limit, tt.wantApply, tt.wantPercent, tt.wantLimit)
			}
		})
	}
}

// TestGCConfigError is the error a user sees for a bad limit: exit status
// 2 and the key named on the standard error.
func TestGCConfigError(t *testing.T) {
	var out, errb strings.Builder
	m := NewMain(strings.NewReader(""), &out, &errb)
	m.Environ = []string{"CONTRA_GC_MEMORY_LIMIT=lots"}
	if got := m.Run(t.Context(), []string{"--db", t.TempDir() + "/x.db", "config", "show"}); got != exitInvalid {
		t.Fatalf("status %d, want %d (stderr %q)", got, exitInvalid, errb.String())
	}
	if !strings.Contains(errb.String(), "gc.memory_limit") {
		t.Errorf("stderr %q does not name gc.memory_limit", errb.String())
	}
}

// TestConfigureSetsCollector checks the wiring: the start of a command
// that loads applies the configured setting to the process, a query's
// start leaves Go's, and so does any start when GOGC is in the
// environment. (Not parallel: the setting is process-wide.)
func TestConfigureSetsCollector(t *testing.T) {
	prevPercent := debug.SetGCPercent(100)
	prevLimit := debug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() {
		debug.SetGCPercent(prevPercent)
		debug.SetMemoryLimit(prevLimit)
	})
	configured := []string{"CONTRA_GC_PERCENT=321", "CONTRA_GC_MEMORY_LIMIT=99MiB"}
	tests := []struct {
		name        string
		args        []string // the command, and flags set on it
		env         []string
		wantPercent int
		wantLimit   int64
	}{
		{name: "load", args: []string{"load"}, env: configured, wantPercent: 321, wantLimit: 99 << 20},
		{name: "eval", args: []string{"eval"}, env: configured, wantPercent: 321, wantLimit: 99 << 20},
		{name: "bench", args: []string{"bench"}, env: configured, wantPercent: 321, wantLimit: 99 << 20},
		{name: "bench article phase", args: []string{"bench", "--phase=articles"}, env: configured, wantPercent: 321, wantLimit: 99 << 20},
		{name: "bench query phase", args: []string{"bench", "--phase=query"}, env: configured, wantPercent: 100, wantLimit: math.MaxInt64},
		{name: "stats", args: []string{"stats"}, env: configured, wantPercent: 100, wantLimit: math.MaxInt64},
		{name: "load with GOGC in the environment", args: []string{"load"}, env: append([]string{"GOGC=100"}, configured...), wantPercent: 100, wantLimit: math.MaxInt64},
		{name: "load with GOMEMLIMIT in the environment", args: []string{"load"}, env: append([]string{"GOMEMLIMIT=2GiB"}, configured...), wantPercent: 100, wantLimit: math.MaxInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetGCPercent(100)
			debug.SetMemoryLimit(math.MaxInt64)
			m := NewMain(strings.NewReader(""), io.Discard, io.Discard)
			m.Environ = tt.env
			cmd, _, err := m.rootCommand().Find(tt.args[:1])
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.ParseFlags(tt.args[1:]); err != nil {
				t.Fatal(err)
			}
			if err := m.configure(cmd, ""); err != nil {
				t.Fatal(err)
			}
			if got := debug.SetGCPercent(100); got != tt.wantPercent {
				t.Errorf("GC percent %d, want %d", got, tt.wantPercent)
			}
			if got := debug.SetMemoryLimit(math.MaxInt64); got != tt.wantLimit {
				t.Errorf("memory limit %d, want %d", got, tt.wantLimit)
			}
		})
	}
}
