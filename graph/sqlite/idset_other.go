//go:build !unix

package sqlite

func offHeap[T byte | uint32 | uint64](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, n)
}

func freeOffHeap[T byte | uint32 | uint64]([]T) {}
