package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/synth"
)

// The tests in this file and in concurrency_test.go run the real contra
// binary as separate processes, because what they check — a process
// killed mid-load, several processes on one file — cannot happen inside
// one test process.

// buildBinary builds contra into a temporary directory. Heavy tests call
// it first, so -short skips them.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the contra binary and runs it in several processes; skipped under -short")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command in PATH to build contra with")
	}
	bin := filepath.Join(t.TempDir(), "contra")
	out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// proc is a contra subprocess with its output captured.
type proc struct {
	args           []string
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
}

// startContra starts bin with args in dir, with no CONTRA_* variables
// and no user configuration directory, so only the arguments count.
func startContra(t *testing.T, bin, dir string, args ...string) *proc {
	t.Helper()
	return newProc(bin, dir, args...).start(t)
}

// start starts p; the test kills it if it is still running at the end.
func (p *proc) start(t *testing.T) *proc {
	t.Helper()
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start contra %s: %v", strings.Join(p.args, " "), err)
	}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			_ = p.cmd.Process.Kill()
			_ = p.cmd.Wait()
		}
	})
	return p
}

// newProc prepares bin with args in dir.
func newProc(bin, dir string, args ...string) *proc {
	p := &proc{args: args}
	p.cmd = exec.Command(bin, args...)
	p.cmd.Dir = dir
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CONTRA_") && !strings.HasPrefix(kv, "XDG_CONFIG_HOME=") {
			p.cmd.Env = append(p.cmd.Env, kv)
		}
	}
	p.cmd.Env = append(p.cmd.Env, "XDG_CONFIG_HOME="+dir)
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	return p
}

// exitCode turns what Wait or Run returned into an exit status; err is
// non-nil when the process could not be run or waited for at all.
func exitCode(err error) (int, error) {
	if err == nil {
		return 0, nil
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode(), nil
	}
	return -1, err
}

// wait waits for p and returns its exit status.
func (p *proc) wait(t *testing.T) int {
	t.Helper()
	code, err := exitCode(p.cmd.Wait())
	if err != nil {
		t.Fatalf("contra %s: %v", strings.Join(p.args, " "), err)
	}
	return code
}

// runContra runs bin to completion and returns its outputs and status.
func runContra(t *testing.T, bin, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	p := startContra(t, bin, dir, args...)
	code = p.wait(t)
	return p.stdout.String(), p.stderr.String(), code
}

// writeClaimFiles writes claims synthetic records into dir as files of
// perFile records each (part-0000.jsonl, ...) and returns the records in
// load order. With --batch-size perFile, every batch the loader
// writes is then exactly one file: the loader flushes when a batch
// reaches the batch size, which happens exactly at each file's end.
func writeClaimFiles(t *testing.T, dir string, seed int64, claims, perFile int) []graph.Record {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var recs []graph.Record
	var f *os.File
	var bw *bufio.Writer
	var enc *json.Encoder
	closeFile := func() {
		if f == nil {
			return
		}
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	err := synth.New(synth.Config{Seed: seed, Claims: claims}).Records(func(r graph.Record) error {
		if len(recs)%perFile == 0 {
			closeFile()
			var err error
			f, err = os.Create(filepath.Join(dir, fmt.Sprintf("part-%04d.jsonl", len(recs)/perFile)))
			if err != nil {
				return err
			}
			bw = bufio.NewWriter(f)
			enc = json.NewEncoder(bw)
		}
		recs = append(recs, r)
		return enc.Encode(&r)
	})
	closeFile()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != claims || len(recs)%perFile != 0 {
		t.Fatalf("generated %d records, want %d in files of %d", len(recs), claims, perFile)
	}
	return recs
}

// openRaw opens the SQLite file with database/sql, bypassing the store,
// to look at it as SQLite sees it.
func openRaw(t *testing.T, path string, readOnly bool) *sql.DB {
	t.Helper()
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func queryInt(t *testing.T, db *sql.DB, query string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func storeStats(t *testing.T, path string) graph.Stats {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func statsJSON(st graph.Stats) string {
	b, _ := json.Marshal(st)
	return string(b)
}

// TestLoadSurvivesSIGKILL kills a load mid-way and checks that the store
// holds whole batches only, is intact, and that loading again ends where
// an uninterrupted load ends.
func TestLoadSurvivesSIGKILL(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	const batch = 500
	// 15,000 claims (30 batches) take over two seconds to load on a 2-core
	// machine, so the kill after the second batch lands mid-load.
	var ids []string
	for _, r := range writeClaimFiles(t, filepath.Join(dir, "corpus"), 7, 15000, batch) {
		ids = append(ids, r.ID)
	}
	load := func(db string) []string {
		// Incremental: batches commit one by one (the bulk path's kill
		// points are TestBulkLoadSurvivesSIGKILL's).
		return []string{"--db", db, "load", "corpus", "--bulk=false", "--batch-size", fmt.Sprint(batch), "-q", "-o", "json"}
	}

	ref := filepath.Join(dir, "ref.db")
	start := time.Now()
	if _, stderr, code := runContra(t, bin, dir, load(ref)...); code != 0 {
		t.Fatalf("uninterrupted load: exit %d\n%s", code, stderr)
	}
	t.Logf("uninterrupted load of %d claims: %s", len(ids), time.Since(start).Round(time.Millisecond))
	want := storeStats(t, ref)
	if want.Claims != len(ids) {
		t.Fatalf("uninterrupted load stored %d claims, want %d", want.Claims, len(ids))
	}

	db := filepath.Join(dir, "crash.db")
	p := startContra(t, bin, dir, load(db)...)
	// Kill once at least two batches are in (at about a second): a
	// read-only connection sees committed batches only.
	deadline := time.Now().Add(30 * time.Second)
	for {
		if time.Now().After(deadline) {
			t.Fatal("no batch committed within 30s")
		}
		time.Sleep(50 * time.Millisecond)
		if fileSize(db) == 0 {
			continue
		}
		if n := claimsIn(t, db); n >= 2*batch {
			break
		}
	}
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := p.cmd.Wait()
	if ws, ok := p.cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("load ended before it was killed (%v): make the corpus larger\n%s", err, p.stderr.String())
	}

	raw := openRaw(t, db, false)
	var integrity string
	if err := raw.QueryRow("PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
		t.Fatalf("integrity_check after SIGKILL: %q, %v", integrity, err)
	}
	if n := queryInt(t, raw, "SELECT count(*) FROM pragma_foreign_key_check"); n != 0 {
		t.Errorf("%d foreign key violations after SIGKILL", n)
	}
	checks := []struct{ name, query string }{
		{"claims without their document", "SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT id FROM documents)"},
		{"claims without their speaker", "SELECT count(*) FROM claims WHERE speaker_id NOT IN (SELECT id FROM speakers)"},
		{"claims without their topic", "SELECT count(*) FROM claims WHERE topic_slug NOT IN (SELECT slug FROM topics)"},
		{"responds_to links of a missing claim", "SELECT count(*) FROM claim_responds WHERE from_id NOT IN (SELECT id FROM claims)"},
		{"negative finding totals", "SELECT count(*) FROM finding_counts WHERE n < 0"},
	}
	for _, c := range checks {
		if n := queryInt(t, raw, c.query); n != 0 {
			t.Errorf("%s: %d", c.name, n)
		}
	}
	// The stored claims are exactly the first whole batches of the input.
	rows, err := raw.Query("SELECT id FROM claims")
	if err != nil {
		t.Fatal(err)
	}
	var stored []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		stored = append(stored, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	raw.Close()
	k := len(stored)
	if k == 0 || k%batch != 0 || k >= len(ids) {
		t.Fatalf("after SIGKILL the store holds %d claims: want a positive multiple of the batch size %d below %d", k, batch, len(ids))
	}
	slices.Sort(stored)
	prefix := slices.Clone(ids[:k])
	slices.Sort(prefix)
	if !slices.Equal(stored, prefix) {
		t.Fatalf("after SIGKILL the %d stored claims are not the first %d of the input", k, k)
	}
	t.Logf("killed after %d of %d claims (%d batches)", k, len(ids), k/batch)

	if _, stderr, code := runContra(t, bin, dir, load(db)...); code != 0 {
		t.Fatalf("load after SIGKILL: exit %d\n%s", code, stderr)
	}
	if got := storeStats(t, db); statsJSON(got) != statsJSON(want) {
		t.Fatalf("load resumed after SIGKILL ends with\n%s\nan uninterrupted load with\n%s", statsJSON(got), statsJSON(want))
	}
}

// claimsIn counts the committed claims of a store another process is
// writing, through a read-only connection.
func claimsIn(t *testing.T, path string) int {
	t.Helper()
	db := openRaw(t, path, true)
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM claims").Scan(&n); err != nil {
		// The loader may not have created the schema yet.
		if strings.Contains(err.Error(), "no such table") {
			return 0
		}
		t.Fatalf("count claims: %v", err)
	}
	return n
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// fileSHA is the sha256 of a file's content, "absent" when it does not exist.
func fileSHA(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return "absent"
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil))
}
