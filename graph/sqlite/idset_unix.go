//go:build unix

package sqlite

import (
	"syscall"
	"unsafe"
)

// offHeap maps n zeroed values outside the Go heap (anonymous memory,
// which the kernel zeroes and backs page by page as it is written), or
// allocates them on the heap when the mapping fails; nil for none. An
// idSet's slots and a snapshot's docTable live there.
func offHeap[T byte | uint32 | uint64](n int) []T {
	if n == 0 {
		return nil
	}
	size := int(unsafe.Sizeof(*new(T)))
	b, err := syscall.Mmap(-1, 0, n*size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]T, n)
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

// freeOffHeap unmaps s, which offHeap mapped (a heap slice it leaves to
// the collector: unmapping fails on it, harmlessly).
func freeOffHeap[T byte | uint32 | uint64](s []T) {
	if len(s) > 0 {
		_ = syscall.Munmap(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(s[0]))))
	}
}
