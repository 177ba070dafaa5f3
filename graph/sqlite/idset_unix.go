//go:build unix

package sqlite

import (
	"syscall"
	"unsafe"
)

// allocSlots maps n zeroed slots outside the Go heap (anonymous memory,
// which the kernel zeroes and backs page by page as it is written), or
// allocates them on the heap when the mapping fails.
func allocSlots(n int) []uint64 {
	b, err := syscall.Mmap(-1, 0, n*8, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]uint64, n)
	}
	return unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

// freeSlots unmaps slots allocSlots mapped (a heap slice it leaves to
// the collector: unmapping fails on it, harmlessly).
func freeSlots(s []uint64) {
	_ = syscall.Munmap(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*8))
}
