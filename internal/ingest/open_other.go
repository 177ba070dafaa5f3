//go:build !unix

package ingest

// oNonblock is unix's O_NONBLOCK; elsewhere there are no FIFOs to open.
const oNonblock = 0
