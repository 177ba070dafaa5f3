//go:build unix

package sqlite

import (
	"os"
	"syscall"
)

const (
	flockSupported = true
	lockSH         = syscall.LOCK_SH
	lockEX         = syscall.LOCK_EX
	lockNB         = syscall.LOCK_NB
	lockUN         = syscall.LOCK_UN
)

// flock applies how to f and reports whether it succeeded.
func flock(f *os.File, how int) bool {
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if err != syscall.EINTR {
			return err == nil
		}
	}
}
