//go:build unix

package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

// TestWritersTakeTurns: one store loads batch after batch, each holding
// the write lock as long as the slowest batch a load allows; another store
// on the same file (as another process would) saves job states with a
// busy timeout of only a few such batches. Each save gets its turn within
// about one batch instead of failing with "database is locked".
func TestWritersTakeTurns(t *testing.T) {
	const slowest = 300 * time.Millisecond // the holder's every transaction
	path := filepath.Join(t.TempDir(), "contra.db")
	quiet := WithLogger(slog.New(slog.DiscardHandler))
	holder, err := Open(context.Background(), path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	holder.beforeCommit = func(ctx context.Context) error {
		time.Sleep(slowest)
		return nil
	}
	other, err := Open(context.Background(), path, quiet, WithBusyTimeout(5*slowest))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()

	// The floor of a save: the same save with no other writer, timed in
	// this run, so that the bound below holds on a loaded machine too.
	solo := time.Now()
	if err := other.SaveJobState(context.Background(), graph.JobState{Name: "alone"}); err != nil {
		t.Fatal(err)
	}
	floor := time.Since(solo)

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var batches int
	var longest time.Duration // the holder's longest transaction, as it ran
	wg.Go(func() {
		for i := 0; ctx.Err() == nil; i++ {
			b := graph.Batch{Documents: []graph.Document{{ID: graph.DocumentID("", "", fmt.Sprint("d", i)), Name: fmt.Sprint("d", i)}}}
			start := time.Now()
			if _, err := holder.Load(ctx, b); err != nil && ctx.Err() == nil {
				t.Errorf("holder: %v", err)
				return
			}
			longest = max(longest, time.Since(start))
			batches++
		}
	})
	var waits []time.Duration
	for i := range 6 {
		// Saves come at any point of the holder's transactions.
		time.Sleep(slowest + time.Duration(i)*slowest/6)
		start := time.Now()
		err := other.SaveJobState(context.Background(), graph.JobState{Name: fmt.Sprint("job", i)})
		waits = append(waits, time.Since(start).Round(time.Millisecond))
		if err != nil {
			t.Errorf("save %d while another store loads: %v", i, err)
		}
	}
	cancel()
	wg.Wait()
	t.Logf("waits for the lock behind %v transactions (longest %v): %v (%d holder transactions; a save alone %v)",
		slowest, longest.Round(time.Millisecond), waits, batches, floor.Round(time.Millisecond))
	// Its turn comes within about one transaction: the rest of the one it
	// ran into, perhaps the next one that took the lock first, and its
	// own work. Waiting behind every transaction would fail after the
	// busy timeout instead.
	for _, w := range waits {
		if w > 2*longest+3*floor+50*time.Millisecond {
			t.Errorf("a save waited %v behind transactions of at most %v (a save alone: %v)", w, longest, floor)
		}
	}
}

// TestBusyIsTemporary: a write that timed out on another writer's lock
// says it may succeed later (graph.Temporary), so callers retry it.
func TestBusyIsTemporary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "contra.db")
	s, err := Open(context.Background(), path, WithBusyTimeout(50*time.Millisecond), WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	for name, err := range map[string]error{
		"SaveJobState": s.SaveJobState(context.Background(), graph.JobState{Name: "daily"}),
		"Load":         func() error { _, err := s.Load(context.Background(), worldBatch()); return err }(),
	} {
		if !graph.Temporary(err) || graph.ErrorCode(err) != graph.EUnavailable {
			t.Errorf("%s while locked: %v; want a temporary unavailable error", name, err)
		}
	}
}

// TestReadOnlyFileSystem: a store on a read-only mount opens; reads work,
// writes fail with EUnavailable saying why, and the file stays as it was.
func TestReadOnlyFileSystem(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(src, "contra.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(context.Background(), worldBatch()); err != nil {
		t.Fatal(err)
	}
	want, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	mnt := filepath.Join(dir, "ro")
	if err := os.Mkdir(mnt, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount(src, mnt, "", syscall.MS_BIND, ""); err != nil {
		t.Skipf("cannot bind-mount (%v): the read-only case did not run", err)
	}
	t.Cleanup(func() { syscall.Unmount(mnt, 0) })
	if err := syscall.Mount("", mnt, "", syscall.MS_REMOUNT|syscall.MS_BIND|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("cannot remount read-only (%v): the read-only case did not run", err)
	}
	ro := filepath.Join(mnt, "contra.db")
	before := fileHash(t, path)

	s, err = Open(context.Background(), ro)
	if err != nil {
		t.Fatalf("open on a read-only file system: %v", err)
	}
	defer s.Close()
	got, err := s.Stats(context.Background())
	if err != nil || got.Claims != want.Claims || got.Claims == 0 {
		t.Errorf("stats = %+v, %v; want %+v", got, err, want)
	}
	cs, err := graph.CollectClaims(context.Background(), s, graph.ClaimFilter{})
	if err != nil || len(cs) != want.Claims {
		t.Errorf("claims: %d, %v", len(cs), err)
	}
	_, lerr := s.Load(context.Background(), worldBatch())
	serr := s.SaveJobState(context.Background(), graph.JobState{Name: "daily"})
	for name, err := range map[string]error{"Load": lerr, "SaveJobState": serr} {
		if graph.ErrorCode(err) != graph.EUnavailable || !containsAll(err.Error(), "read-only file system", ro) {
			t.Errorf("%s on a read-only store: %v; want unavailable, naming the file and the reason", name, err)
		}
	}
	if err := s.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	if after := fileHash(t, path); after != before {
		t.Error("the read-only store's file changed")
	}
}

func containsAll(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

func fileHash(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", sha256.Sum256(b))
}
