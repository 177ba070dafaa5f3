package cputime

import (
	"runtime"
	"testing"
)

// TestProcessGrows: work done on the CPU shows in Process where the
// system reports it, so the benchmarks' per-CPU-second figures measure
// something.
func TestProcessGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no getrusage here: Process is 0 by design")
	}
	before := Process()
	if before <= 0 {
		t.Fatalf("Process() = %v before any work, want > 0", before)
	}
	x := uint64(1)
	for i := 0; i < 50_000_000; i++ {
		x = x*6364136223846793005 + 1442695040888963407
	}
	if x == 0 {
		t.Log(x) // keeps the loop
	}
	if after := Process(); after <= before {
		t.Errorf("Process() = %v after a busy loop, want more than %v", after, before)
	}
}
