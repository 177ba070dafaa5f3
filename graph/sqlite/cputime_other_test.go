//go:build !unix

package sqlite

import "time"

// cpuTime is 0 where getrusage is not there (Windows): the benchmark's
// claims/cpu-s is then meaningless, and the package's tests still build.
func cpuTime() time.Duration { return 0 }
