//go:build !unix

package sqlite

func allocSlots(n int) []uint64 { return make([]uint64, n) }

func freeSlots([]uint64) {}
