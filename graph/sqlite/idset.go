package sqlite

// idSet is a set of 64-bit hashes (never 0: a slot holding 0 is empty)
// with linear probing, kept at most half full. Its slots live outside
// the Go heap where the platform allows (idset_unix.go): a million
// hashes in a map on the heap pushed the load's heap against its memory
// limit (config gc.memory_limit), and the collector then ran without
// pause, a third more CPU for a 1M load.
type idSet struct {
	slots []uint64
	n     int
}

func newIDSet() *idSet { return &idSet{slots: offHeap[uint64](1 << 16)} }

// has reports whether h is in the set.
func (s *idSet) has(h uint64) bool {
	if len(s.slots) == 0 {
		return false
	}
	h |= 1 // 0 marks an empty slot
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// add puts h in the set.
func (s *idSet) add(h uint64) {
	if 2*(s.n+1) > len(s.slots) {
		old := s.slots
		s.slots, s.n = offHeap[uint64](max(2*len(old), 1<<16)), 0
		for _, x := range old {
			if x != 0 {
				s.put(x)
			}
		}
		if old != nil {
			freeOffHeap(old)
		}
	}
	s.put(h | 1)
}

func (s *idSet) put(h uint64) {
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return
		case 0:
			s.slots[i] = h
			s.n++
			return
		}
	}
}

// free gives the slots back; the set is empty after.
func (s *idSet) free() {
	if s.slots != nil {
		freeOffHeap(s.slots)
	}
	s.slots, s.n = nil, 0
}
