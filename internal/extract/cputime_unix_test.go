//go:build unix

package extract

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user + system) the process has used. On a
// shared machine, throughput per CPU second is steadier than per wall
// second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
