//go:build !unix

package schedule

import (
	"errors"
	"fmt"
	"os"

	"github.com/contra-project/contra/graph"
)

// lockFile creates path with O_EXCL and removes it on unlock. Without
// flock a crashed run leaves the file behind; delete it by hand once no
// contra process is running the job.
func lockFile(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return nil, graph.Errorf(graph.EConflict, "another process is running this job (lock file %s exists)", path)
		}
		return nil, fmt.Errorf("create lock file: %w", err)
	}
	fmt.Fprintf(f, "%d\n", os.Getpid())
	f.Close()
	return func() { os.Remove(path) }, nil
}
