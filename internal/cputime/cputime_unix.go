//go:build unix

// Package cputime reads the CPU time this process has used, for
// benchmarks on a shared machine: throughput per CPU second is steadier
// than per wall second when other work takes turns on the cores.
package cputime

import (
	"syscall"
	"time"
)

// Process is the CPU time (user + system, all threads) this process has
// used; 0 when the system will not say.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
