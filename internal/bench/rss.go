package bench

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// PeakRSSMB returns this process's peak resident set size in MiB (VmHWM
// from /proc/self/status), or 0 where /proc is not available. It counts
// file pages mapped into the process too: SQLite's memory-mapped reads
// of the store show up in it.
func PeakRSSMB() float64 { return statusMB("VmHWM") }

// statusMB reads one kB field of /proc/self/status in MiB, 0 if absent.
func statusMB(field string) float64 { return statusFieldMB("/proc/self/status", field) }

// statusFieldMB reads one kB field of a /proc status file in MiB, 0 if
// absent.
func statusFieldMB(path, field string) float64 {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, val, ok := strings.Cut(sc.Text(), ":")
		if !ok || name != field {
			continue
		}
		kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(val), " kB"), 64)
		if err != nil {
			return 0
		}
		return kb / 1024
	}
	return 0
}

// anonSampler tracks the peak of the process's anonymous resident memory
// (RssAnon: heaps, Go's and SQLite's, but not mapped file pages), which
// the kernel keeps no high-water mark of, by sampling it.
type anonSampler struct {
	mu   sync.Mutex
	peak float64
	once sync.Once
	stop chan struct{}
	done chan struct{}
}

func startAnonSampler(every time.Duration) *anonSampler {
	s := &anonSampler{stop: make(chan struct{}), done: make(chan struct{})}
	s.sample()
	go func() {
		defer close(s.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-s.stop:
				return
			case <-t.C:
				s.sample()
			}
		}
	}()
	return s
}

func (s *anonSampler) sample() {
	v := statusMB("RssAnon")
	s.mu.Lock()
	s.peak = max(s.peak, v)
	s.mu.Unlock()
}

// Stop ends sampling and returns the peak seen, in MiB. It may be called
// more than once.
func (s *anonSampler) Stop() float64 {
	s.once.Do(func() { close(s.stop) })
	<-s.done
	s.sample()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.peak
}
