package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
)

// lockMessages are what SQLite contention looks like when it leaks out
// instead of being waited for.
var lockMessages = []string{"database is locked", "SQLITE_BUSY", "database table is locked", "panic:"}

// TestConcurrentLoadQueriesAndSchedule runs a load, two query loops, a
// stats loop and the scheduler (a job every second) on one embedded
// store at once. Nobody may fail or see a lock error, and readers must
// see whole batches only.
func TestConcurrentLoadQueriesAndSchedule(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	const batch = 500
	recs := writeClaimFiles(t, filepath.Join(dir, "corpus"), 11, 15000, batch)
	topic := popularTopic(recs)
	db := filepath.Join(dir, "contra.db")

	cfg := filepath.Join(dir, "contra.yaml")
	q, _ := json.Marshal(topic)
	body := fmt.Sprintf("reports:\n  - name: tick\n    cron: \"@every 1s\"\n    topics: [%s]\n    since: last-run\n    formats: [json, md]\n    out: reports/{name}/{date}-{time}\n", q)
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	common := []string{"--config", cfg, "--db", db}

	// The store exists before the race starts, as it does for an
	// operator (a load creates it; reading commands refuse a missing
	// store); TestConcurrentOpenOfNewStore races its creation.
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runContra(t, bin, dir, append(common, "load", "-q", empty)...); code != 0 {
		t.Fatalf("create the store: exit %d\n%s", code, stderr)
	}
	sched := startContra(t, bin, dir, append(common, "schedule", "--base", dir, "--log-format", "json")...)
	load := startContra(t, bin, dir, append(common, "load", "corpus", "--batch-size", fmt.Sprint(batch), "-q", "-o", "json")...)
	loadDone := make(chan struct{})

	var mu sync.Mutex
	var finished []*proc
	var counts []int
	loop := func(args []string, check func(stdout []byte) error) {
		for i := 0; ; i++ {
			select {
			case <-loadDone:
				if i > 0 {
					return
				}
			default:
			}
			// Not startContra and wait: they may stop the test, which only
			// the test's own goroutine may do.
			p := newProc(bin, dir, append(common, args...)...)
			code, err := exitCode(p.cmd.Run())
			if err != nil {
				t.Errorf("contra %s: %v", strings.Join(args, " "), err)
				return
			}
			mu.Lock()
			finished = append(finished, p)
			mu.Unlock()
			// Until the load writes the topic, asking for it is "not
			// found" (exit 3), not an empty answer.
			if code == exitNotFound && strings.Contains(p.stderr.String(), "no topic") {
				time.Sleep(100 * time.Millisecond)
				continue
			}
			if code != 0 {
				t.Errorf("contra %s: exit %d\n%s", strings.Join(args, " "), code, p.stderr.String())
				return
			}
			if err := check(p.stdout.Bytes()); err != nil {
				t.Errorf("contra %s: %v", strings.Join(args, " "), err)
				return
			}
			// A pause leaves the two cores to the load now and then.
			time.Sleep(100 * time.Millisecond)
		}
	}
	isJSON := func(out []byte) error {
		if !json.Valid(out) {
			return fmt.Errorf("output is not JSON: %.200q", out)
		}
		return nil
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		loop([]string{"query", "contradictions", "--topic", topic, "--limit", "20", "-o", "json"}, isJSON)
	})
	wg.Go(func() { loop([]string{"query", "mutual", "--topic", topic, "-o", "json"}, isJSON) })
	wg.Go(func() {
		loop([]string{"stats", "-o", "json"}, func(out []byte) error {
			var st graph.Stats
			if err := json.Unmarshal(out, &st); err != nil {
				return err
			}
			mu.Lock()
			counts = append(counts, st.Claims)
			mu.Unlock()
			return nil
		})
	})

	code := load.wait(t)
	close(loadDone)
	wg.Wait()
	if code != 0 {
		t.Errorf("load: exit %d\n%s", code, load.stderr.String())
	}
	// Let the scheduler run once more after the load, then stop it.
	time.Sleep(1500 * time.Millisecond)
	if err := sched.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := sched.wait(t); code != 0 {
		t.Errorf("schedule: exit %d after SIGTERM\n%s", code, sched.stderr.String())
	}

	for _, p := range append(finished, load, sched) {
		for _, m := range lockMessages {
			if strings.Contains(p.stderr.String(), m) {
				t.Errorf("contra %s: stderr has %q:\n%s", strings.Join(p.args, " "), m, p.stderr.String())
			}
		}
	}
	var distinct []int
	prev := 0
	for _, n := range counts {
		if len(distinct) == 0 || n != distinct[len(distinct)-1] {
			distinct = append(distinct, n)
		}
		if n%batch != 0 {
			t.Errorf("a reader saw %d claims: not whole batches of %d", n, batch)
		}
		if n < prev {
			t.Errorf("a reader saw %d claims after %d", n, prev)
		}
		prev = n
	}
	t.Logf("%d reader processes; claim counts seen, in order: %v", len(finished), distinct)
	if st := storeStats(t, db); st.Claims != len(recs) {
		t.Errorf("store holds %d claims after the load, want %d", st.Claims, len(recs))
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	js, err := s.JobState(context.Background(), "tick")
	s.Close()
	if err != nil || js.Runs == 0 {
		t.Errorf("the scheduled job never completed a run: %+v, %v\n%s", js, err, sched.stderr.String())
	}
}

// TestConcurrentOpenOfNewStore starts a load, the scheduler and readers
// at once on a store file that does not exist yet, a few times over: the
// first opens create the file, switch it to WAL and migrate it while the
// others open it, and none may fail.
func TestConcurrentOpenOfNewStore(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	writeClaimFiles(t, filepath.Join(dir, "corpus"), 19, 500, 500)
	cfg := filepath.Join(dir, "contra.yaml")
	body := "reports:\n  - name: tick\n    cron: \"@every 1s\"\n    formats: [json]\n    out: reports/{name}/{date}-{time}\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	for round := range 8 {
		db := filepath.Join(dir, fmt.Sprintf("round%d.db", round))
		common := []string{"--config", cfg, "--db", db}
		// Each process waits at a barrier (reading a FIFO, which blocks
		// until someone opens it for writing), so that all of them start
		// within a millisecond rather than one after another.
		fifo := filepath.Join(dir, fmt.Sprintf("go%d", round))
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skipf("no FIFO for the start barrier: %v", err)
		}
		atBarrier := func(args ...string) *proc {
			p := newProc(bin, dir, append(common, args...)...)
			p.cmd.Path, p.cmd.Err = "/bin/sh", nil
			p.cmd.Args = append([]string{"sh", "-c", `read x < "$0"; exec "$@"`, fifo, bin}, p.cmd.Args[1:]...)
			p.start(t)
			return p
		}
		sched := atBarrier("schedule", "--base", dir)
		procs := []*proc{atBarrier("load", "corpus", "-q")}
		for range 3 {
			procs = append(procs, atBarrier("stats", "-o", "json"), atBarrier("query", "mutual", "-o", "json"))
		}
		time.Sleep(100 * time.Millisecond) // all at the barrier
		// One line per process releases them: a process that reaches the
		// barrier late (a loaded machine) still finds its line, where an
		// open and close of the FIFO would have left it blocked in open
		// for ever. (O_RDWR does not block on a FIFO without readers.)
		f, err := os.OpenFile(fifo, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString(strings.Repeat("go\n", len(procs)+1)); err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		// Only load creates the store: a reader that starts before the
		// file exists refuses it (exit 3), and must not create it.
		refused := func(code int, p *proc) bool {
			return code == exitNotFound && strings.Contains(p.stderr.String(), "does not exist")
		}
		for _, p := range procs {
			if code := p.wait(t); code != 0 && !refused(code, p) {
				t.Errorf("round %d: contra %s: exit %d\n%s", round, strings.Join(p.args, " "), code, p.stderr.String())
			}
		}
		_ = sched.cmd.Process.Signal(syscall.SIGTERM) // it may have refused the store already
		if code := sched.wait(t); code != 0 && !refused(code, sched) {
			t.Errorf("round %d: schedule: exit %d\n%s", round, code, sched.stderr.String())
		}
	}
}

// popularTopic is the topic most records are about.
func popularTopic(recs []graph.Record) string {
	n := map[string]int{}
	for _, r := range recs {
		n[r.Topic]++
	}
	topics := make([]string, 0, len(n))
	for k := range n {
		topics = append(topics, k)
	}
	sort.Slice(topics, func(i, j int) bool {
		if n[topics[i]] != n[topics[j]] {
			return n[topics[i]] > n[topics[j]]
		}
		return topics[i] < topics[j]
	})
	return topics[0]
}

// runMain runs contra in this process with a configuration of its own
// and no environment.
func runMain(t *testing.T, dir string, args ...string) (stderr string, code int) {
	t.Helper()
	cfg := filepath.Join(dir, "empty.yaml")
	if err := os.WriteFile(cfg, []byte("store: sqlite\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &errb)
	m.Environ = []string{}
	code = m.Run(context.Background(), append([]string{"--config", cfg}, args...))
	return errb.String(), code
}

// TestUnusableStoreIsLeftAlone points contra at store files it must
// refuse: a directory, a file that is not SQLite, a database of a newer
// schema. Each command must fail with the right status and a message,
// and leave the file as it was.
func TestUnusableStoreIsLeftAlone(t *testing.T) {
	dir := t.TempDir()
	writeClaimFiles(t, filepath.Join(dir, "corpus"), 5, 100, 100)

	garbage := filepath.Join(dir, "garbage.db")
	junk := bytes.Repeat([]byte("not a database, just bytes\x00\x01\x02"), 200)
	if err := os.WriteFile(garbage, junk, 0o644); err != nil {
		t.Fatal(err)
	}
	newer := filepath.Join(dir, "newer.db")
	s, err := sqlite.Open(context.Background(), newer)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	raw := openRaw(t, newer, false)
	if _, err := raw.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	asDir := filepath.Join(dir, "dir.db")
	if err := os.Mkdir(asDir, 0o755); err != nil {
		t.Fatal(err)
	}

	commands := [][]string{
		{"stats"},
		{"load", filepath.Join(dir, "corpus")},
		{"query", "contradictions"},
	}
	tests := []struct {
		name string
		db   string
		want int
	}{
		{"directory", asDir, exitInvalid},
		{"not sqlite", garbage, exitInvalid},
		{"newer schema", newer, exitUnavailable},
	}
	for _, tt := range tests {
		for _, args := range commands {
			t.Run(tt.name+"/"+args[0], func(t *testing.T) {
				before := fingerprintPath(t, tt.db)
				stderr, code := runMain(t, dir, append([]string{"--db", tt.db}, args...)...)
				if code != tt.want {
					t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.want, stderr)
				}
				if !strings.HasPrefix(stderr, "contra: ") || !strings.Contains(stderr, tt.db) {
					t.Errorf("stderr does not name the store file:\n%s", stderr)
				}
				if after := fingerprintPath(t, tt.db); after != before {
					t.Errorf("the store changed: %s -> %s", before, after)
				}
			})
		}
	}
}

// fingerprintPath is the sha256 of a file and of its -wal and -shm
// companions, or the listing of a directory.
func fingerprintPath(t *testing.T, path string) string {
	t.Helper()
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		ents, err := os.ReadDir(path)
		if err != nil {
			t.Fatal(err)
		}
		names := []string{"dir"}
		for _, e := range ents {
			names = append(names, e.Name())
		}
		return strings.Join(names, ",") + " wal=" + fileSHA(t, path+"-wal") + " shm=" + fileSHA(t, path+"-shm")
	}
	return fileSHA(t, path) + " wal=" + fileSHA(t, path+"-wal") + " shm=" + fileSHA(t, path+"-shm")
}

// TestFullDisk loads into a store on a tmpfs that fills up mid-batch: the
// load must fail with a clear error and leave the database file as it was.
func TestFullDisk(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	mnt := filepath.Join(dir, "small")
	if err := os.Mkdir(mnt, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=64m"); err != nil {
		t.Skipf("cannot mount a small tmpfs to fill (%v): the full-disk case did not run", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(mnt, 0); err != nil {
			t.Errorf("unmount %s: %v", mnt, err)
		}
	})
	writeClaimFiles(t, filepath.Join(dir, "first"), 13, 300, 300)
	writeClaimFiles(t, filepath.Join(dir, "second"), 17, 2000, 2000)
	db := filepath.Join(mnt, "contra.db")
	if _, stderr, code := runContra(t, bin, dir, "--db", db, "load", "first", "-q"); code != 0 {
		t.Fatalf("first load: exit %d\n%s", code, stderr)
	}
	fill(t, filepath.Join(mnt, "filler"), 256<<10)
	before := fileSHA(t, db)
	_, stderr, code := runContra(t, bin, dir, "--db", db, "load", "second", "--batch-size", "5000", "-q")
	if code != exitUnavailable {
		t.Errorf("load onto a full disk: exit %d, want %d\n%s", code, exitUnavailable, stderr)
	}
	if !strings.Contains(stderr, "full") {
		t.Errorf("the error does not say the disk is full:\n%s", stderr)
	}
	t.Logf("load onto a full disk: exit %d: %s", code, strings.TrimSpace(stderr))
	for _, m := range []string{"panic:", "goroutine "} {
		if strings.Contains(stderr, m) {
			t.Errorf("stderr has %q:\n%s", m, stderr)
		}
	}
	if after := fileSHA(t, db); after != before {
		t.Errorf("the database file changed on a failed load: %s -> %s", before, after)
	}
	// With room again, the same load succeeds: nothing was left half done.
	if err := os.Remove(filepath.Join(mnt, "filler")); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runContra(t, bin, dir, "--db", db, "load", "second", "--batch-size", "5000", "-q"); code != 0 {
		t.Fatalf("load after freeing space: exit %d\n%s", code, stderr)
	}
	if st := storeStats(t, db); st.Claims != 2300 {
		t.Errorf("store holds %d claims, want 2300", st.Claims)
	}
}

// fill writes a file until the file system has at most free bytes left.
func fill(t *testing.T, path string, free int64) {
	t.Helper()
	var st syscall.Statfs_t
	if err := syscall.Statfs(filepath.Dir(path), &st); err != nil {
		t.Fatal(err)
	}
	avail := int64(st.Bavail) * int64(st.Bsize)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 64<<10)
	for n := avail - free; n > 0; n -= int64(len(chunk)) {
		if _, err := f.Write(chunk[:min(int64(len(chunk)), n)]); err != nil {
			if errors.Is(err, syscall.ENOSPC) {
				return
			}
			t.Fatal(err)
		}
	}
}
