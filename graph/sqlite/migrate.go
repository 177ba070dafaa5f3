package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/contra-project/contra/graph"
)

// Migrations are numbered SQL files, applied in order, each in its own
// transaction together with the PRAGMA user_version that records it, and
// with its Go steps if it has any (migrationSteps). Never edit a released
// file; add the next number.
//
//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations sorted by version. It panics
// on a malformed file name: that is a build mistake, caught by any test.
func migrations() []migration {
	ents, err := migrationFS.ReadDir("migrations")
	if err != nil {
		panic(fmt.Sprintf("sqlite: read embedded migrations: %v", err))
	}
	var out []migration
	for _, e := range ents {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			panic(fmt.Sprintf("sqlite: migration %s: name must start with a positive number and _", e.Name()))
		}
		b, err := migrationFS.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			panic(fmt.Sprintf("sqlite: read migration %s: %v", e.Name(), err))
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			panic(fmt.Sprintf("sqlite: migration %s: want version %d", m.name, i+1))
		}
	}
	return out
}

// schemaVersion is the version the embedded migrations bring a database to.
func schemaVersion() int { return len(allMigrations()) }

// allMigrations parses the embedded files once.
var allMigrations = sync.OnceValue(migrations)

// migrate brings the database to schemaVersion. It re-reads user_version
// under the write lock, so two processes opening a new file at once apply
// each migration once, and it refuses a newer database before writing.
func (s *Store) migrate(ctx context.Context) error {
	// A current schema needs no write lock: reading the version first lets
	// a query open while a long load batch holds the lock.
	var v int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return translate(err, "open sqlite store %s: read schema version", s.path)
	}
	if v > schemaVersion() {
		return newerSchema(s.path, v)
	}
	if v == schemaVersion() {
		return nil
	}
	for _, m := range allMigrations() {
		done, err := s.applyMigration(ctx, m)
		if err != nil {
			return err
		}
		if done {
			s.log.Debug("sqlite schema migrated", "path", s.path, "version", m.version, "file", m.name)
		}
	}
	return nil
}

func (s *Store) applyMigration(ctx context.Context, m migration) (bool, error) {
	tx, err := s.beginBusy(ctx)
	if err != nil {
		return false, translate(err, "open sqlite store %s", s.path)
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, translate(err, "open sqlite store %s: read schema version", s.path)
	}
	if v > schemaVersion() {
		return false, newerSchema(s.path, v)
	}
	if v >= m.version {
		return false, nil
	}
	if v == 0 {
		// A version-0 database with tables is someone else's.
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
			return false, translate(err, "open sqlite store %s", s.path)
		}
		if n > 0 {
			return false, graph.Errorf(graph.EInvalid,
				"open sqlite store %s: the database has tables but no contra schema version", s.path)
		}
	}
	step := migrationSteps[m.version]
	if step.before != nil {
		if err := step.before(ctx, s, tx); err != nil {
			return false, translate(err, "open sqlite store %s: migration %s", s.path, m.name)
		}
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, translate(err, "open sqlite store %s: migration %s", s.path, m.name)
	}
	if step.after != nil {
		if err := step.after(ctx, s, tx); err != nil {
			return false, translate(err, "open sqlite store %s: migration %s", s.path, m.name)
		}
	}
	// PRAGMA takes no parameters; the version is our own integer.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return false, translate(err, "open sqlite store %s: migration %s", s.path, m.name)
	}
	if err := tx.Commit(); err != nil {
		return false, translate(err, "open sqlite store %s: migration %s", s.path, m.name)
	}
	return true, nil
}

// beginBusy begins the migration transaction, retrying while another
// process creating the same new file holds the lock it cannot wait on.
func (s *Store) beginBusy(ctx context.Context) (*sql.Tx, error) {
	deadline := time.Now().Add(10 * time.Second)
	wait := 5 * time.Millisecond
	for {
		tx, err := s.w.BeginTx(ctx, nil)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return tx, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 200*time.Millisecond)
	}
}
