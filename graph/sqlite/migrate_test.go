package sqlite

import (
	"context"
	"database/sql"
	"log/slog"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestMigrateStoredFindings: a version-1 store, which kept findings as
// pairs, opens as the current version with the same findings (now derived), the same
// totals and counterclaim flags, and change times equal to load times.
func TestMigrateStoredFindings(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	quiet := WithLogger(slog.New(slog.DiscardHandler))
	s, err := Open(ctx, path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(ctx, worldBatch()); err != nil {
		t.Fatal(err)
	}
	wantStats, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := s.Findings(ctx, graph.FindingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	wantClaims, err := graph.CollectClaims(ctx, s, graph.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if len(want) == 0 || wantStats.Counterclaims == 0 {
		t.Fatalf("the world has %d findings and %d counterclaims: nothing to migrate", len(want), wantStats.Counterclaims)
	}

	// Turn the file back into version 1: findings as rows, none of the
	// columns and tables versions 2 to 4 added, the indexes version 5
	// changed and the column version 6 dropped as they were.
	stmts := []string{
		"DROP INDEX claims_prop_key", "CREATE INDEX claims_prop_key ON claims (prop_key)",
		"ALTER TABLE claims ADD COLUMN subject_slug TEXT NOT NULL DEFAULT ''",
		"CREATE INDEX claims_subject_slug ON claims (subject_slug)",
		"DROP TABLE judgements", "DROP TABLE claim_originals", "DROP TABLE document_texts",
		"DROP INDEX claims_open_denials", "DROP TABLE prop_profiles",
		"DROP INDEX claims_changed_at", "DROP INDEX claims_counterclaim",
		"ALTER TABLE claims DROP COLUMN changed_at", "ALTER TABLE claims DROP COLUMN counterclaim",
		"DROP TABLE finding_counts",
		"CREATE INDEX claims_loaded_at ON claims (loaded_at)",
		`CREATE TABLE findings (id TEXT PRIMARY KEY, rule TEXT NOT NULL,
			from_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
			to_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
			topic TEXT NOT NULL, topic_slug TEXT NOT NULL, found_at INTEGER NOT NULL) WITHOUT ROWID`,
		"CREATE INDEX findings_from ON findings (from_id, rule)",
		"CREATE INDEX findings_to ON findings (to_id, rule)",
		"CREATE INDEX findings_rule_topic ON findings (rule, topic_slug)",
		"CREATE INDEX findings_found_at ON findings (found_at)",
	}
	for _, x := range want {
		stmts = append(stmts, "INSERT INTO findings VALUES ('"+x.ID+"', '"+string(x.Rule)+"', '"+x.From+"', '"+x.To+"', 't', 't', 1)")
	}
	rawExec(t, path, append(stmts, "PRAGMA user_version = 1")...)

	s, err = Open(ctx, path, quiet)
	if err != nil {
		t.Fatalf("open version 1: %v", err)
	}
	defer s.Close()
	gotStats, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotStats, wantStats) {
		t.Errorf("stats after migration %+v, want %+v", gotStats, wantStats)
	}
	got, err := s.Findings(ctx, graph.FindingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d findings after migration, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].ID != want[i].ID {
			t.Errorf("finding %d: %s, want %s", i, got[i].ID, want[i].ID)
		}
	}
	gotClaims, err := graph.CollectClaims(ctx, s, graph.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range gotClaims {
		if c.Counterclaim != wantClaims[i].Counterclaim {
			t.Errorf("%s: Counterclaim %v after migration, want %v", c.ID, c.Counterclaim, wantClaims[i].Counterclaim)
		}
		if !c.ChangedAt.Equal(c.LoadedAt) {
			t.Errorf("%s: ChangedAt %v, want the load time %v", c.ID, c.ChangedAt, c.LoadedAt)
		}
	}
}

// TestMigrateLeanClaims: a version-5 store, whose claim rows had a
// subject_slug column and every evidence's text, opens as the current
// version with the same claims, the column gone and the evidence text
// stored only where it is not the claim's.
func TestMigrateLeanClaims(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v5.db")
	quiet := WithLogger(slog.New(slog.DiscardHandler))
	s, err := Open(ctx, path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	b := worldBatch()
	// Extracted claims: two whose evidence is their text, one whose
	// evidence is the sentence before normalisation.
	for i, text := range []string{"", "", "Varga  said\nso."} {
		c := &b.Claims[i]
		if text == "" {
			text = c.Text
		}
		c.Evidence = &graph.Span{Start: 10 * i, End: 10*i + len(text), Text: text}
		c.ID = graph.ClaimID(c)
	}
	if _, err := s.Load(ctx, b); err != nil {
		t.Fatal(err)
	}
	want, err := graph.CollectClaims(ctx, s, graph.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// A load stores the one evidence text that is not its claim's.
	if n := rawCount(t, path, "SELECT count(*) FROM claims WHERE ev_text IS NOT NULL"); n != 1 {
		t.Fatalf("loaded: %d evidence texts stored, want 1", n)
	}

	// Turn the file back into version 5: the column, and every evidence
	// text in its row.
	rawExec(t, path,
		"ALTER TABLE claims ADD COLUMN subject_slug TEXT NOT NULL DEFAULT ''",
		"UPDATE claims SET subject_slug = substr(prop_key, 1, instr(prop_key, '|') - 1)",
		"UPDATE claims SET ev_text = text WHERE ev_start IS NOT NULL AND ev_text IS NULL",
		"PRAGMA user_version = 5")
	if n := rawCount(t, path, "SELECT count(*) FROM claims WHERE ev_text IS NOT NULL"); n != 3 {
		t.Fatalf("version 5 store: %d evidence texts, want 3", n)
	}

	s, err = Open(ctx, path, quiet)
	if err != nil {
		t.Fatalf("open version 5: %v", err)
	}
	got, err := graph.CollectClaims(ctx, s, graph.ClaimFilter{})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims after migration differ:\n%+v\nwant\n%+v", got, want)
	}
	loaded := map[string]*graph.Span{}
	for _, c := range b.Claims {
		loaded[c.ID] = c.Evidence
	}
	for _, c := range got {
		if !reflect.DeepEqual(c.Evidence, loaded[c.ID]) {
			t.Errorf("%s: evidence %+v, loaded %+v", c.ID, c.Evidence, loaded[c.ID])
		}
	}
	for _, c := range []struct {
		q    string
		want int
	}{
		{"SELECT count(*) FROM pragma_table_info('claims') WHERE name = 'subject_slug'", 0},
		{"SELECT count(*) FROM claims WHERE ev_text IS NOT NULL", 1},
		{"SELECT count(*) FROM claims WHERE ev_start IS NOT NULL", 3},
	} {
		if n := rawCount(t, path, c.q); n != c.want {
			t.Errorf("%s: %d, want %d", c.q, n, c.want)
		}
	}
}

// rawCount runs a count on the file at path, outside any Store.
func rawCount(tb testing.TB, path, q string) int {
	tb.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	return n
}
