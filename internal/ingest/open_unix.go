//go:build unix

package ingest

import "syscall"

// oNonblock keeps open(2) of a FIFO from waiting for a writer; on a
// regular file it changes nothing.
const oNonblock = syscall.O_NONBLOCK
