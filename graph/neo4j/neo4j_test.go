package neo4j

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// serverConfig returns the server named by NEO4J_URI (with NEO4J_USER,
// NEO4J_PASSWORD and NEO4J_DATABASE), or skips the test. The database is
// cleared before each test: never point these variables at data you keep.
func serverConfig(t *testing.T) Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		t.Skip("NEO4J_URI not set: Neo4j behaviour suite skipped")
	}
	return Config{URI: uri, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
}

// openClean opens the store and deletes every node in its database, in
// batches (testdata/clear.cypher), keeping the schema.
func openClean(tb testing.TB, cfg Config) *Store {
	tb.Helper()
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	clear := testStatement(tb, "clear")
	for {
		deleted := 0
		err := s.write(ctx, func(q querier) error {
			return each(ctx, q, clear, map[string]any{"limit": int64(10000)}, func(rec *neo4j.Record) error {
				var err error
				deleted, err = integer(rec, "deleted")
				return err
			})
		})
		if err != nil {
			tb.Fatalf("clear the database: %v", err)
		}
		if deleted == 0 {
			return s
		}
	}
}

// testStatement reads testdata/NAME.cypher.
func testStatement(tb testing.TB, name string) *statement {
	tb.Helper()
	text, err := os.ReadFile("testdata/" + name + ".cypher")
	if err != nil {
		tb.Fatal(err)
	}
	params, err := paramNames(string(text))
	if err != nil {
		tb.Fatal(err)
	}
	return &statement{name: name, text: string(text), params: params}
}

// TestBehaviour runs graph/graphtest on a real server, then the checks
// the suite cannot make. Without NEO4J_URI it is the one skipped test.
func TestBehaviour(t *testing.T) {
	cfg := serverConfig(t)
	graphtest.Run(t, func(tb testing.TB) graph.Store { return openClean(tb, cfg) })
	t.Run("Server", func(t *testing.T) { testServer(t, cfg) })
}

// testServer checks what the suite cannot see: the schema, and analysts'
// Cypher refused by the server itself.
func testServer(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatalf("ApplySchema again: %v", err)
	}
	var n int64
	err := s.ReadCypher(ctx, "SHOW INDEXES YIELD name WHERE name STARTS WITH 'contra_' RETURN count(*) AS n", nil,
		func(_ []string, v []any) error { n, _ = v[0].(int64); return nil })
	if err != nil || int(n) != len(schemaNames) {
		t.Errorf("contra indexes: %d, %v; want %d", n, err, len(schemaNames))
	}
	// A write the keyword scan cannot see is refused by the server.
	err = s.ReadCypher(ctx, "CALL db.createLabel('Intruder')", nil, func([]string, []any) error { return nil })
	if graph.ErrorCode(err) != graph.EInvalid {
		t.Errorf("write through a procedure: %v, want EInvalid", err)
	}
	d, a, b := dispute()
	if _, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}}); err != nil {
		t.Fatal(err)
	}
	var labels []any
	err = s.ReadCypher(ctx, "MATCH (c:Claim {id: $id}) RETURN labels(c) AS labels", map[string]any{"id": b.ID},
		func(_ []string, v []any) error { labels, _ = v[0].([]any); return nil })
	if err != nil || len(labels) != 2 {
		t.Errorf("the counterclaim's labels: %v, %v; want Claim and Counterclaim", labels, err)
	}
	rels := func() int64 {
		var n int64
		err := s.ReadCypher(ctx, "MATCH ()-[r:CONTRADICTS|COUNTERS]->() RETURN count(r) AS n", nil,
			func(_ []string, v []any) error { n, _ = v[0].(int64); return nil })
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Findings[graph.RuleOpposing] != 1 || st.Findings[graph.RuleCounterclaim] != 1 || st.Counterclaims != 1 || rels() != 0 {
		t.Errorf("stats %+v, %v, %d finding relationships; want one opposing, one counterclaim, none stored", st, err, rels())
	}

	// A version 1 store: migrated once, its stored finding counted.
	lo, hi := min(a.ID, b.ID), max(a.ID, b.ID)
	err = s.write(ctx, func(q querier) error {
		_, err := exec(ctx, q, testStatement(t, "v1_findings"), map[string]any{"from": lo, "to": hi,
			"id": graph.FindingID(graph.RuleOpposing, lo, hi)})
		return err
	})
	if err != nil || rels() != 1 {
		t.Fatalf("make a version 1 store: %v", err)
	}
	if err := s.ensureSchema(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	st, err = s.Stats(ctx)
	if err != nil || st.Findings[graph.RuleOpposing] != 1 || st.Findings[graph.RuleCounterclaim] != 0 || rels() != 0 {
		t.Errorf("after the migration: stats %+v, %v, %d finding relationships", st, err, rels())
	}
	claims := 0
	err = s.Claims(ctx, graph.ClaimFilter{ChangedFrom: time.Unix(0, 1)}, func(c graph.Claim) error {
		if !c.ChangedAt.Equal(c.LoadedAt) {
			t.Errorf("%s: changed at %v, loaded at %v", c.ID, c.ChangedAt, c.LoadedAt)
		}
		claims++
		return nil
	})
	if err != nil || claims != 2 {
		t.Errorf("claims with changed_at after the migration: %d, %v", claims, err)
	}
}
