//go:build !unix

package sqlite

func allocSlots(n int) []uint64 { return make([]uint64, n) }

func freeSlots([]uint64) {}

func allocWords(n int) []uint32 { return make([]uint32, n) }

func freeWords([]uint32) {}

func allocBytes(n int) []byte { return make([]byte, n) }

func freeBytes([]byte) {}
