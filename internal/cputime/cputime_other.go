//go:build !unix

// Package cputime reads the CPU time this process has used, for
// benchmarks on a shared machine: throughput per CPU second is steadier
// than per wall second when other work takes turns on the cores.
package cputime

import "time"

// Process is 0 where getrusage is not there (Windows): a benchmark's
// per-CPU-second figure is then meaningless, and its package still builds.
func Process() time.Duration { return 0 }
