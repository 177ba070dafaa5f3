//go:build !unix

package sqlite

import "os"

// Without flock, writers do not take turns: SQLite's busy timeout alone
// bounds their wait.
const (
	flockSupported                 = false
	lockSH, lockEX, lockNB, lockUN = 1, 2, 4, 8
)

func flock(*os.File, int) bool { return true }
