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

// allocWords and allocBytes map n zeroed words or bytes outside the Go
// heap as allocSlots does (a snapshot's docTable), or allocate them on the
// heap when the mapping fails; freeWords and freeBytes unmap them.
func allocWords(n int) []uint32 {
	b := allocBytes(n * 4)
	if len(b) == 0 {
		return nil
	}
	return unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

func freeWords(s []uint32) {
	if len(s) > 0 {
		_ = syscall.Munmap(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*4))
	}
}

func allocBytes(n int) []byte {
	if n == 0 {
		return nil
	}
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]byte, n)
	}
	return b
}

func freeBytes(b []byte) {
	if len(b) > 0 {
		_ = syscall.Munmap(b)
	}
}
