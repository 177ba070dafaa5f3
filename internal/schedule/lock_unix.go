//go:build unix

package schedule

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/contra-project/contra/graph"
)

// lockFile takes an exclusive, non-blocking flock(2) on path, creating the
// file if needed. flock rather than O_EXCL because the kernel drops the
// lock when its holder dies, so a crashed run never leaves a stale lock
// behind. The file itself is left in place: deleting it while another
// process opens it would let two processes lock two different files.
func lockFile(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock file: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, graph.Errorf(graph.EConflict, "another process is running this job (lock %s is held)", path)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
