package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
)

// fixedOpen opens the store at path with a fixed clock, so that two
// stores written the same way hold the same times.
func fixedOpen(tb testing.TB, path string, opts ...Option) *Store {
	tb.Helper()
	at := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	opts = append([]Option{WithLogger(slog.New(slog.DiscardHandler)), WithClock(func() time.Time { return at }), withProfileAt(2)}, opts...)
	s, err := Open(context.Background(), path, opts...)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	return s
}

// toVersion turns a store written by this version into what version v
// wrote for the same claims: a topic and a claim keyed by the topic's
// plain Slug, a topic node per Slug (first written first), and the counts
// loads derived from those keys. Version 6 keyed every topic so, version
// 7 those with no word of a class added after it (LaterSynonymWorld).
func toVersion(tb testing.TB, path string, v int) {
	tb.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	type row struct{ id, topic, slug, prop, acc string }
	var rows []row
	q, err := tx.QueryContext(ctx, `SELECT id, topic, topic_slug, prop_key, acc_key FROM claims ORDER BY rowid`)
	if err != nil {
		tb.Fatal(err)
	}
	for q.Next() {
		var r row
		if err := q.Scan(&r.id, &r.topic, &r.slug, &r.prop, &r.acc); err != nil {
			tb.Fatal(err)
		}
		rows = append(rows, r)
	}
	q.Close()
	if _, err := tx.ExecContext(ctx, `DELETE FROM topics`); err != nil {
		tb.Fatal(err)
	}
	for _, r := range rows {
		old := graph.Slug(r.topic)
		prop := strings.TrimSuffix(r.prop, r.slug) + old
		acc := r.acc
		if acc != "" {
			acc = strings.TrimSuffix(acc, r.slug) + old
		}
		if _, err := tx.ExecContext(ctx, `UPDATE claims SET topic_slug = ?, prop_key = ?, acc_key = ? WHERE id = ?`,
			old, prop, acc, r.id); err != nil {
			tb.Fatal(err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO topics (id, name, slug) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
			"topic:"+old, graph.NodeName(r.topic), old); err != nil {
			tb.Fatal(err)
		}
	}
	s := &Store{log: slog.New(slog.DiscardHandler), now: time.Now, profileAt: 2}
	if err := recount(ctx, s, tx); err != nil {
		tb.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`DROP TABLE IF EXISTS temp.bulk_deferred; PRAGMA user_version = %d`, v)); err != nil {
		tb.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
}

// dump is every row of every table of the store at path but SQLite's
// own, tables and rows in order, rowids aside.
func dump(tb testing.TB, path string) string {
	tb.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	var tables []string
	q, err := db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		tb.Fatal(err)
	}
	for q.Next() {
		var n string
		if err := q.Scan(&n); err != nil {
			tb.Fatal(err)
		}
		tables = append(tables, n)
	}
	q.Close()
	var b strings.Builder
	for _, t := range tables {
		rows, err := db.Query(`SELECT * FROM "` + t + `" ORDER BY 1`)
		if err != nil {
			tb.Fatal(err)
		}
		cols, _ := rows.Columns()
		fmt.Fprintf(&b, "%s %v\n", t, cols)
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				tb.Fatal(err)
			}
			fmt.Fprintf(&b, "  %v\n", vals)
		}
		rows.Close()
	}
	return b.String()
}

// TestMigrateTopicSlug: a version-6 store, which keyed topics by their
// plain Slug, opens as the current version holding exactly what loading
// its claims into a new store holds (every table, every answer), also
// after a migration that failed half-way; so does a version-7 store
// whose topics hold a word of a class added after it; a store whose
// topics hold no event noun of a class is left as it was.
func TestMigrateTopicSlug(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name      string
		batch     graph.Batch
		from      int  // the version the old store is of
		interrupt bool // the first migration fails after its SQL
		same      bool // the old store has no key to change
	}{
		{name: "synonyms", batch: graphtest.SynonymWorld(false), from: 6},
		{name: "synonyms, interrupted", batch: graphtest.SynonymWorld(false), from: 6, interrupt: true},
		{name: "no class words", batch: graphtest.SynonymWorld(true), from: 6, same: true},
		{name: "classes after version 7", batch: graphtest.LaterSynonymWorld(), from: 7},
		{name: "classes after version 7, interrupted", batch: graphtest.LaterSynonymWorld(), from: 7, interrupt: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			fresh := filepath.Join(dir, "fresh.db")
			s := fixedOpen(t, fresh)
			if _, err := s.Load(ctx, tc.batch); err != nil {
				t.Fatal(err)
			}
			wantQ := graphtest.Answers(t, s)
			s.Close()
			wantDump := dump(t, fresh)

			old := filepath.Join(dir, "old.db")
			s = fixedOpen(t, old)
			if _, err := s.Load(ctx, tc.batch); err != nil {
				t.Fatal(err)
			}
			s.Close()
			toVersion(t, old, tc.from)
			oldDump := dump(t, old)
			if (oldDump == wantDump) != tc.same {
				t.Fatalf("version-%d store the same as the fresh one: %v, want %v", tc.from, oldDump == wantDump, tc.same)
			}
			if tc.interrupt {
				next := tc.from + 1
				step := migrationSteps[next]
				migrationSteps[next] = migrationStep{before: step.before, after: func(ctx context.Context, s *Store, tx *sql.Tx) error {
					if err := step.after(ctx, s, tx); err != nil {
						return err
					}
					return errors.New("interrupted")
				}}
				_, err := Open(ctx, old, WithLogger(slog.New(slog.DiscardHandler)))
				migrationSteps[next] = step
				if err == nil {
					t.Fatal("the interrupted migration succeeded")
				}
				if got := dump(t, old); got != oldDump {
					t.Fatalf("an interrupted migration left changes:\n%s\nwant\n%s", got, oldDump)
				}
				if v := rawCount(t, old, "PRAGMA user_version"); v != tc.from {
					t.Fatalf("user_version %d after the interrupted migration, want %d", v, tc.from)
				}
			}
			s = fixedOpen(t, old)
			gotQ := graphtest.Answers(t, s)
			if gotQ != wantQ {
				t.Errorf("answers after migration:\n%s\nwant (a fresh load)\n%s", gotQ, wantQ)
			}
			// Loading the claims again finds them stored as they are: no
			// key beside the migrated ones.
			res, err := s.Load(ctx, tc.batch)
			if err != nil || res.Claims != 0 || res.Updated != 0 || res.Unchanged != len(tc.batch.Claims) || res.FindingsSeen != 0 {
				t.Errorf("reload after migration: %+v, %v; want every claim unchanged", res, err)
			}
			if got := graphtest.Answers(t, s); got != wantQ {
				t.Errorf("answers after a reload:\n%s\nwant\n%s", got, wantQ)
			}
			s.Close()
			if got := dump(t, old); got != wantDump {
				t.Errorf("tables after migration:\n%s\nwant (a fresh load)\n%s", got, wantDump)
			}
			if v := rawCount(t, old, "PRAGMA user_version"); v != schemaVersion() {
				t.Errorf("user_version %d, want %d", v, schemaVersion())
			}
		})
	}
}
