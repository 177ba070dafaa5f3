package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestBulkLoadSurvivesSIGKILL kills a bulk load at several points of its
// one transaction (writing rows with the indexes dropped, rebuilding the
// indexes, counting findings, committing; into an empty store, also once
// the side file it builds the store in is written and once it is renamed
// over the store) and checks that each time the store holds either what
// it held before the load or the whole load, indexes included, that a
// side file left behind is gone after the next open, and that the same
// load run again then ends with exactly what an uninterrupted load leaves.
func TestBulkLoadSurvivesSIGKILL(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	writeClaimFiles(t, filepath.Join(dir, "first"), 31, 2000, 1000)
	writeClaimFiles(t, filepath.Join(dir, "second"), 37, 20000, 2000)
	if err := os.WriteFile(filepath.Join(dir, "empty.jsonl"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	second := func(db string) []string {
		return []string{"--db", db, "load", "second", "--bulk", "-q", "--log-level", "debug", "--log-format", "json"}
	}
	// The points every bulk transaction passes: the debug message the load
	// logs when it gets there; the kill lands right after it, or after a
	// while into the rows.
	type point struct {
		name, msg string
		after     time.Duration
	}
	points := []point{
		{"writing rows", "loading in bulk", 300 * time.Millisecond},
		{"rebuilding indexes", "bulk load: index built", 0},
		{"counting findings", "bulk load: counting the findings of the added claims", 0},
		{"flagging", "bulk load: flagging counterclaims", 0},
		{"committing", "bulk load: committing", 0},
	}
	for _, tc := range []struct {
		name string
		// before makes the store the load starts from.
		before []string
		extra  []point
	}{
		// An incremental first load: the bulk transaction starts over a
		// store that has rows, indexes and profiles to keep.
		{"into a loaded store", []string{"load", "first", "--bulk=false", "-q"}, nil},
		// An empty store (created by loading an empty file): the load
		// builds a fresh one beside it.
		{"into an empty store", []string{"load", "empty.jsonl", "-q"}, []point{
			{"syncing the side file", "bulk load: fresh store committed", 0},
			{"renaming", "bulk load: fresh store written", 0},
			{"fresh store renamed", "bulk load: fresh store in place", 0},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			prepare := func(t *testing.T, db string) {
				t.Helper()
				if _, stderr, code := runContra(t, bin, dir, append([]string{"--db", db}, tc.before...)...); code != 0 {
					t.Fatalf("%v: exit %d\n%s", tc.before, code, stderr)
				}
			}
			ref := filepath.Join(t.TempDir(), "ref.db")
			prepare(t, ref)
			before := storeDump(t, ref)
			if _, stderr, code := runContra(t, bin, dir, second(ref)...); code != 0 {
				t.Fatalf("uninterrupted bulk load: exit %d\n%s", code, stderr)
			}
			want := storeDump(t, ref)
			if want == before {
				t.Fatal("the bulk load changed nothing")
			}
			for _, point := range append(points, tc.extra...) {
				t.Run(point.name, func(t *testing.T) {
					db := filepath.Join(t.TempDir(), "crash.db")
					prepare(t, db)
					killAt(t, newProc(bin, dir, second(db)...), point.msg, point.after)
					raw := openRaw(t, db, false)
					var integrity string
					if err := raw.QueryRow("PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
						t.Fatalf("integrity_check after SIGKILL: %q, %v", integrity, err)
					}
					raw.Close()
					// One transaction: nothing of it, or all of it.
					switch got := storeDump(t, db); got {
					case before:
						t.Logf("killed at %q: the store is as before the load", point.msg)
					case want:
						t.Logf("killed at %q: the load had committed", point.msg)
					default:
						t.Fatalf("killed at %q, the store is neither as before the load nor as after it", point.msg)
					}
					// A side file the kill left is the next open's to remove.
					if _, stderr, code := runContra(t, bin, dir, "--db", db, "stats"); code != 0 {
						t.Fatalf("stats after SIGKILL: exit %d\n%s", code, stderr)
					}
					if _, err := os.Stat(db + "-fresh"); !os.IsNotExist(err) {
						t.Fatalf("the side file is still there after an open: %v", err)
					}
					if _, stderr, code := runContra(t, bin, dir, second(db)...); code != 0 {
						t.Fatalf("load after SIGKILL: exit %d\n%s", code, stderr)
					}
					if got := storeDump(t, db); got != want {
						t.Fatalf("the load run again after SIGKILL at %q ends with another store than an uninterrupted one", point.msg)
					}
				})
			}
		})
	}
}

// killAt starts p and kills it with SIGKILL after it logs (as JSON) a
// message starting with msg, and after after; it fails the test if p
// ends before.
func killAt(t *testing.T, p *proc, msg string, after time.Duration) {
	t.Helper()
	p.cmd.Stderr = nil
	pipe, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.start(t)
	reached := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		found := false
		for sc.Scan() {
			var rec struct{ Msg string }
			if !found && json.Unmarshal(sc.Bytes(), &rec) == nil && strings.HasPrefix(rec.Msg, msg) {
				found = true
				time.Sleep(after)
				_ = p.cmd.Process.Signal(syscall.SIGKILL)
				reached <- true
			}
		}
		if !found {
			reached <- false
		}
	}()
	select {
	case ok := <-reached:
		if !ok {
			t.Fatalf("the load never logged %q", msg)
		}
	case <-time.After(2 * time.Minute):
		t.Fatalf("the load did not log %q within 2 minutes", msg)
	}
	_ = p.cmd.Wait()
	if ws, ok := p.cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the load ended before it was killed at %q", msg)
	}
}

// storeDump is a digest of what a store holds: its schema (indexes
// included), every claim with its fingerprint and flag, every link, node,
// finding total and profile count.
func storeDump(t *testing.T, path string) string {
	t.Helper()
	db := openRaw(t, path, true)
	defer db.Close()
	h := sha256.New()
	for _, q := range []string{
		`SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name`,
		`SELECT id || ' ' || fingerprint || ' ' || counterclaim FROM claims ORDER BY id`,
		`SELECT from_id || '>' || to_id FROM claim_responds ORDER BY 1`,
		`SELECT id FROM documents ORDER BY id`,
		`SELECT id FROM speakers ORDER BY id`,
		`SELECT id FROM actors ORDER BY id`,
		`SELECT id FROM topics ORDER BY id`,
		`SELECT rule || ' ' || n FROM finding_counts WHERE n <> 0 ORDER BY rule`,
		`SELECT key || ' ' || n FROM prop_profiles WHERE n <> 0 ORDER BY key`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		h.Write([]byte(q + "\n"))
		for rows.Next() {
			var l string
			if err := rows.Scan(&l); err != nil {
				t.Fatal(err)
			}
			h.Write([]byte(l + "\n"))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return hex.EncodeToString(h.Sum(nil))
}
