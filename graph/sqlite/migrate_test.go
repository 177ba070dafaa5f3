package sqlite

import (
	"context"
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
	// changed as they were.
	stmts := []string{
		"DROP INDEX claims_prop_key", "CREATE INDEX claims_prop_key ON claims (prop_key)",
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
