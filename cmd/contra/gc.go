package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/config"
	"github.com/contra-project/contra/internal/bench"
)

// gcPlan is what contra does to its own collector at start.
type gcPlan struct {
	apply   bool   // false: the environment's GOGC or GOMEMLIMIT rules, untouched
	percent int    // GOGC percent
	limit   int64  // soft memory limit in bytes (math.MaxInt64: none)
	why     string // for the debug log
}

// loadsData reports whether cmd is a command the collector setting is
// for: one that loads or extracts (load, eval, and the bench phases that
// do), whose live heap is small for most of the run (15-30 MB) beside
// SQLite's caches. A query holds more from start to end (about 50 MB of
// live heap on a 670k-claim store), so
// the limit that keeps a 1 GB load under its target would make a query's
// collector run more often than Go's default does (10-25% more CPU,
// measured): queries, reports and the server keep Go's default.
func loadsData(cmd *cobra.Command) bool {
	switch cmd.Name() {
	case "load", "eval":
		return true
	case "bench":
		phase, _ := cmd.Flags().GetString("phase")
		return phase != bench.PhaseQuery && phase != "server-"+bench.PhaseQuery
	}
	return false
}

// planGC decides the collector's setting from the configuration and the
// environment (lookup is os.LookupEnv, or the test's environment), for a
// command that loads data (loadsData) or not. GOGC and GOMEMLIMIT are one
// setting to Go (GOGC=off with a limit means "collect only at the
// limit"), so when the operator set either of them contra leaves both as
// the runtime read them rather than mixing its values with theirs.
func planGC(c config.GC, lookup func(string) (string, bool), loads bool) (gcPlan, error) {
	lim, err := c.Limit()
	if err != nil {
		return gcPlan{}, usageError{fmt.Errorf("gc.memory_limit: %w", err)}
	}
	for _, name := range []string{"GOGC", "GOMEMLIMIT"} {
		if v, ok := lookup(name); ok {
			return gcPlan{why: fmt.Sprintf("%s=%s is set in the environment: the collector is left as Go set it", name, v)}, nil
		}
	}
	if !loads {
		return gcPlan{why: "a command that does not load: Go's default collector"}, nil
	}
	return gcPlan{apply: true, percent: c.Percent, limit: lim,
		why: fmt.Sprintf("gc.percent %d, gc.memory_limit %s", c.Percent, c.MemoryLimit)}, nil
}

// applyGC sets the plan on the running process. It is called once, from
// configure, before any command does work: the percent and the limit are
// process-wide, and a collector retuned in the middle of a load would
// make its first part's memory and speed follow other rules than the
// rest's (and a bench phase's figures mix two settings).
func applyGC(p gcPlan) {
	if !p.apply {
		return
	}
	debug.SetGCPercent(p.percent)
	debug.SetMemoryLimit(p.limit)
}

// environLookup is os.LookupEnv over an environment list (Main.Environ).
func environLookup(env []string) func(string) (string, bool) {
	return func(name string) (string, bool) {
		for _, kv := range env {
			if k, v, ok := strings.Cut(kv, "="); ok && k == name {
				return v, true
			}
		}
		return "", false
	}
}
