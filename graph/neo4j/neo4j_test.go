package neo4j

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// serverConfig returns the server named by NEO4J_URI (with NEO4J_USER,
// NEO4J_PASSWORD and NEO4J_DATABASE), or skips the test. The database is
// cleared before each test: never point these variables at data you keep.
// tools/neo4j/serve starts a server for them.
func serverConfig(t *testing.T) Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		t.Skip("NEO4J_URI not set: Neo4j behaviour suite skipped (tools/neo4j/serve start DIR starts a server)")
	}
	return Config{URI: uri, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
}

// openClean opens the store and deletes every node in its database
// (DeleteAll), keeping the schema.
func openClean(tb testing.TB, cfg Config) *Store {
	tb.Helper()
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	if err := s.DeleteAll(ctx); err != nil {
		tb.Fatalf("clear the database: %v", err)
	}
	return s
}

// testStatement reads testdata/NAME.cypher.
func testStatement(tb testing.TB, name string) *statement {
	tb.Helper()
	text, err := os.ReadFile("testdata/" + name + ".cypher")
	if err != nil {
		tb.Fatal(err)
	}
	return adHoc(tb, string(text))
}

// adHoc is a statement of a test's own.
func adHoc(tb testing.TB, text string) *statement {
	tb.Helper()
	params, err := paramNames(text)
	if err != nil {
		tb.Fatal(err)
	}
	return &statement{name: "test", text: text, params: params}
}

// mustWrite runs a test's own write statement in a transaction of its own.
func mustWrite(tb testing.TB, s *Store, text string, params map[string]any) {
	tb.Helper()
	if params == nil {
		params = map[string]any{}
	}
	err := s.write(context.Background(), func(q querier) error {
		_, err := exec(context.Background(), q, adHoc(tb, text), params)
		return err
	})
	if err != nil {
		tb.Fatalf("%s: %v", text, err)
	}
}

// count runs a read query returning one integer column n.
func count(tb testing.TB, s *Store, query string, params map[string]any) int {
	tb.Helper()
	var n int
	err := s.readCypher(context.Background(), query, params, func(_ []string, v []any) error {
		x, ok := asInt(v[0])
		if !ok {
			return errors.New("not an integer")
		}
		n = int(x)
		return nil
	})
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	return n
}

// TestBehaviour runs graph/graphtest on a real server, then the checks
// the suite cannot make. Without NEO4J_URI it is the one skipped test.
func TestBehaviour(t *testing.T) {
	cfg := serverConfig(t)
	graphtest.Run(t, func(tb testing.TB) graph.Store { return openClean(tb, cfg) })
	// The suite again with two rows per statement: every batch statement
	// runs in several chunks within one transaction. Chunking is the same
	// whatever the routing: over bolt:// only, to keep CI short.
	if strings.HasPrefix(cfg.URI, "bolt") {
		t.Run("TwoRowsPerStatement", func(t *testing.T) {
			small := cfg
			small.BatchSize = 2
			graphtest.Run(t, func(tb testing.TB) graph.Store { return openClean(tb, small) })
		})
	}
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, Config)
	}{
		{"Schema", testSchema},
		{"EquivalentSchema", testEquivalentSchema},
		{"Migration", testMigration},
		{"TopicSlugMigration", testTopicSlugMigration},
		{"NewerDataModel", testNewerDataModel},
		{"ReadOnlyCypher", testReadOnlyCypher},
		{"ReplayedByDriver", testReplay},
		{"Bookmarks", testBookmarks},
		{"ClaimRefs", testClaimRefs},
		{"SpeaksFor", testSpeaksFor},
		{"FloatsFromOtherClients", testFloats},
		{"WrongPassword", testWrongPassword},
		{"ExportScript", testScript},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, cfg) })
	}
}

// testSchema: every index and constraint is there, a second apply changes
// nothing, and the counterclaim label is a label.
func testSchema(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatalf("ApplySchema again: %v", err)
	}
	n := count(t, s, "SHOW INDEXES YIELD name, state WHERE name STARTS WITH 'contra_' AND state = 'ONLINE' RETURN count(*) AS n", nil)
	if n != len(schemaNames) {
		t.Errorf("contra indexes online: %d; want %d", n, len(schemaNames))
	}
	if applied, err := s.ensureSchema(ctx); err != nil || applied {
		t.Errorf("ensureSchema on a complete schema: applied %v, %v; want neither", applied, err)
	}
	d, a, b := dispute()
	if _, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, "MATCH (c:Claim:Counterclaim {id: $id}) RETURN count(c) AS n", map[string]any{"id": b.ID}); n != 1 {
		t.Errorf("the denial is not labelled Counterclaim")
	}
	if n := count(t, s, "MATCH ()-[r:CONTRADICTS|COUNTERS]->() RETURN count(r) AS n", nil); n != 0 {
		t.Errorf("%d finding relationships stored; findings are derived", n)
	}
	// A duplicate the constraints must refuse.
	err := s.write(ctx, func(q querier) error {
		_, err := exec(ctx, q, adHoc(t, "CREATE (:Claim {id: $id})"), map[string]any{"id": a.ID})
		return err
	})
	if graph.ErrorCode(translate(err, s.t, "duplicate")) != graph.EConflict {
		t.Errorf("a second claim with one id: %v, want EConflict", err)
	}
}

// testEquivalentSchema: constraints and indexes an administrator made
// under other names count as contra's (no re-apply at every open), and a
// plain range index on a key contra makes unique gives way to the
// constraint (Neo4j refuses the constraint beside it).
func testEquivalentSchema(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	t.Cleanup(func() {
		for _, q := range []string{"DROP CONSTRAINT admin_claim_id IF EXISTS", "DROP INDEX admin_prop_key IF EXISTS", "DROP INDEX admin_topic_slug IF EXISTS"} {
			mustWrite(t, s, q, nil)
		}
		if err := s.ApplySchema(ctx); err != nil {
			t.Errorf("restore the schema: %v", err)
		}
	})
	for _, q := range []string{
		"DROP CONSTRAINT contra_claim_id", "CREATE CONSTRAINT admin_claim_id FOR (c:Claim) REQUIRE c.id IS UNIQUE",
		"DROP INDEX contra_claim_prop_key", "CREATE INDEX admin_prop_key FOR (c:Claim) ON (c.prop_key)",
	} {
		mustWrite(t, s, q, nil)
	}
	if applied, err := s.ensureSchema(ctx); err != nil || applied {
		t.Errorf("ensureSchema with equivalents under other names: applied %v, %v; want neither", applied, err)
	}

	for _, q := range []string{"DROP CONSTRAINT contra_topic_slug", "CREATE INDEX admin_topic_slug FOR (t:Topic) ON (t.slug)"} {
		mustWrite(t, s, q, nil)
	}
	applied, err := s.ensureSchema(ctx)
	if err != nil || !applied {
		t.Fatalf("ensureSchema with a range index where a constraint belongs: applied %v, %v; want applied", applied, err)
	}
	if n := count(t, s, "SHOW CONSTRAINTS YIELD name WHERE name = 'contra_topic_slug' RETURN count(*) AS n", nil); n != 1 {
		t.Errorf("contra_topic_slug not created")
	}
	if n := count(t, s, "SHOW INDEXES YIELD name WHERE name = 'admin_topic_slug' RETURN count(*) AS n", nil); n != 0 {
		t.Errorf("the range index the constraint replaces is still there")
	}
}

// testMigration: a version 1 store (findings stored as relationships, no
// changed_at, no totals) is migrated once at open, its stored finding
// counted; an empty database is stamped current without a migration.
func testMigration(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	d, a, b := dispute()
	if _, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}}); err != nil {
		t.Fatal(err)
	}
	rels := func() int {
		return count(t, s, "MATCH ()-[r:CONTRADICTS|COUNTERS]->() RETURN count(r) AS n", nil)
	}
	lo, hi := min(a.ID, b.ID), max(a.ID, b.ID)
	mustWrite(t, s, testStatement(t, "v1_findings").text, map[string]any{"from": lo, "to": hi,
		"id": graph.FindingID(graph.RuleOpposing, lo, hi)})
	if rels() != 1 {
		t.Fatalf("make a version 1 store: no finding relationship")
	}
	if _, err := s.ensureSchema(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	st, err := s.Stats(ctx)
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
	version := func() int {
		return count(t, s, "MATCH (v:SchemaVersion {name: $name}) RETURN v.version AS n", map[string]any{"name": schemaVersionName})
	}
	if v := version(); v != dataVersion {
		t.Errorf("version after the migration: %d", v)
	}

	// An empty database: stamped at open (and by DeleteAll), nothing
	// migrated.
	mustWrite(t, s, "MATCH (n) DETACH DELETE n", nil)
	if _, err := s.ensureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	if v := version(); v != dataVersion {
		t.Errorf("version of an empty database after open: %d", v)
	}
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if v := version(); v != dataVersion {
		t.Errorf("version of an empty database after DeleteAll: %d", v)
	}
}

// testReadOnlyCypher: contra cypher runs in read access mode, so the
// server itself refuses every write, whatever contra's own scan of the
// query would say (readCypher is ReadCypher without that scan). Each
// refusal is EInvalid and says why.
func testReadOnlyCypher(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	d, a, b := dispute()
	if _, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}}); err != nil {
		t.Fatal(err)
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nop := func([]string, []any) error { return nil }
	writes := []struct{ name, query, why string }{
		{"CREATE", "CREATE (:Claim {id: 'intruder'})", readOnlyMessage},
		{"MERGE", "MERGE (s:Speaker {id: 'speaker:intruder'}) RETURN s", readOnlyMessage},
		{"DELETE", "MATCH (c:Claim) DETACH DELETE c", readOnlyMessage},
		{"SET", "MATCH (c:Claim) SET c.text = 'changed' RETURN count(c)", readOnlyMessage},
		{"REMOVE", "MATCH (c:Counterclaim) REMOVE c:Counterclaim", readOnlyMessage},
		{"FOREACH", "FOREACH (i IN [1] | CREATE (:Claim))", readOnlyMessage},
		{"CALL IN TRANSACTIONS", "MATCH (c:Claim) CALL { WITH c DELETE c } IN TRANSACTIONS", readOnlyMessage},
		{"CALL IN TRANSACTIONS, reading", "UNWIND [1] AS i CALL { WITH i RETURN i AS j } IN TRANSACTIONS RETURN j", inTransactionsMessage},
		{"LOAD CSV", "LOAD CSV FROM 'file:///nowhere.csv' AS row CREATE (:Claim {id: row[0]})", readOnlyMessage},
		{"CREATE INDEX", "CREATE INDEX intruder FOR (c:Claim) ON (c.text)", readOnlyMessage},
		{"DROP CONSTRAINT", "DROP CONSTRAINT contra_claim_id", readOnlyMessage},
		{"CREATE CONSTRAINT", "CREATE CONSTRAINT intruder FOR (c:Claim) REQUIRE c.text IS UNIQUE", readOnlyMessage},
		{"a procedure that writes", "CALL db.createLabel('Intruder')", readOnlyMessage},
		{"CREATE DATABASE", "CREATE DATABASE intruder", readOnlyMessage},
	}
	for _, w := range writes {
		err := s.readCypher(ctx, w.query, nil, nop)
		if graph.ErrorCode(err) != graph.EInvalid || !strings.Contains(err.Error(), w.why) {
			t.Errorf("%s, past contra's scan: %v; want EInvalid saying %q", w.name, err, w.why)
		}
		// And with the scan: refused too, before the server sees it.
		if err := s.ReadCypher(ctx, w.query, nil, nop); graph.ErrorCode(err) != graph.EInvalid {
			t.Errorf("%s: ReadCypher: %v; want EInvalid", w.name, err)
		}
	}
	after, err := s.Stats(ctx)
	if err != nil || !slices.Equal([]int{after.Claims, after.Speakers, after.Counterclaims}, []int{before.Claims, before.Speakers, before.Counterclaims}) {
		t.Errorf("stats after refused writes: %+v, %v; before %+v", after, err, before)
	}
	if n := count(t, s, "SHOW INDEXES YIELD name WHERE name = 'intruder' RETURN count(*) AS n", nil); n != 0 {
		t.Error("an index was created through contra cypher")
	}

	// Reads work, with parameters, and values come back plain.
	var keys []string
	var values []any
	err = s.ReadCypher(ctx, "MATCH (c:Claim {id: $id}) RETURN c.id AS id, labels(c) AS labels, size(c.text) AS n", map[string]any{"id": b.ID},
		func(k []string, v []any) error { keys, values = k, v; return nil })
	if err != nil || !slices.Equal(keys, []string{"id", "labels", "n"}) || len(values) != 3 || values[0] != b.ID ||
		!slices.Equal(values[1].([]any), []any{"Claim", "Counterclaim"}) {
		t.Errorf("read: %v %v, %v", keys, values, err)
	}
	stop := errors.New("stop")
	if err := s.ReadCypher(ctx, "MATCH (c:Claim) RETURN c", nil, func([]string, []any) error { return stop }); err != stop {
		t.Errorf("fn's error: %v, want it as returned", err)
	}
	if err := s.ReadCypher(ctx, "MATCH (c:Claim RETURN c", nil, nop); graph.ErrorCode(err) != graph.EInvalid {
		t.Errorf("a syntax error: %v, want EInvalid", err)
	}
}

// testReplay: the driver replays a load's transaction function after a
// transient error, on a real server that rolled the first attempt back:
// the result is that of one load, and the store holds each claim once.
func testReplay(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	attempts := 0
	s.beforeCommit = func(context.Context) error {
		attempts++
		if attempts == 1 {
			// What the server sends when two transactions deadlock: the
			// driver rolls back and runs the function again.
			return &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock (injected by the test)"}
		}
		return nil
	}
	d, a, b := dispute()
	res, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if attempts != 2 {
		t.Fatalf("%d attempts: the driver did not replay the transaction", attempts)
	}
	res.DetectNanos = 0
	want := graph.LoadResult{Documents: 1, Speakers: 2, Actors: 2, Topics: 1, Claims: 2, FindingsSeen: 2,
		Findings: map[graph.Rule]int{graph.RuleOpposing: 1, graph.RuleCounterclaim: 1}}
	if !equalResults(res, want) {
		t.Errorf("replayed load: %+v, want %+v", res, want)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Claims != 2 || st.Documents != 1 || st.Findings[graph.RuleOpposing] != 1 || st.Counterclaims != 1 {
		t.Errorf("stats after a replayed load: %+v, %v", st, err)
	}
	if n := count(t, s, "MATCH (:Speaker)-[r:ASSERTS]->(:Claim) RETURN count(r) AS n", nil); n != 2 {
		t.Errorf("%d ASSERTS relationships, want 2", n)
	}
	// A replay of a load whose claims are stored: unchanged, nothing new.
	attempts = 0
	res, err = s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}})
	if err != nil || attempts != 2 || res.Unchanged != 2 || res.Claims != 0 || res.FindingsSeen != 0 {
		t.Errorf("replayed reload: %+v, %v after %d attempts", res, err, attempts)
	}
}

// equalResults compares load results but for the time spent and rules
// counted zero.
func equalResults(a, b graph.LoadResult) bool {
	a.DetectNanos, b.DetectNanos = 0, 0
	for _, r := range []*graph.LoadResult{&a, &b} {
		nz := map[graph.Rule]int{}
		for k, v := range r.Findings {
			if v != 0 {
				nz[k] = v
			}
		}
		r.Findings = nz
	}
	return reflect.DeepEqual(a, b)
}

// testBookmarks: every session of a store shares one bookmark manager,
// so a read starts after the writes before it, wherever a cluster routes
// it. On one server the read would see the write anyway; what is checked
// is that the write's bookmark is kept and handed on.
func testBookmarks(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	before, err := s.bookmarks.GetBookmarks(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, a, b := dispute()
	if _, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}}); err != nil {
		t.Fatal(err)
	}
	after, err := s.bookmarks.GetBookmarks(ctx)
	if err != nil || len(after) == 0 || slices.Equal(after, before) {
		t.Fatalf("bookmarks after a load: %v (before %v), %v; want the load's", after, before, err)
	}
	// A read session of the store starts from those bookmarks.
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	n, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (int64, error) {
		res, err := tx.Run(ctx, "MATCH (c:Claim) RETURN count(c) AS n", nil)
		if err != nil {
			return 0, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return 0, err
		}
		v, _ := rec.Get("n")
		return v.(int64), nil
	})
	if err != nil || n != 2 {
		t.Errorf("read after the load: %d claims, %v", n, err)
	}
}

// testClaimRefs: a ClaimRef stub lives while a claim responds to its id,
// and goes with the last such response.
func testClaimRefs(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	d, a, b := dispute()
	b.RespondsTo = []string{a.ID, "claim:not-loaded"}
	c := b
	c.Speaker, c.SpeakerID, c.Text = "Dana Pirel", graph.SpeakerID("Dana Pirel"), "Pirel spoke."
	c.ID = graph.ClaimID(&c)
	c.RespondsTo = []string{"claim:not-loaded"}
	if _, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b, c}}); err != nil {
		t.Fatal(err)
	}
	refs := func() []string {
		var out []string
		err := s.readCypher(ctx, "MATCH (r:ClaimRef) RETURN r.id AS id ORDER BY id", nil, func(_ []string, v []any) error {
			out = append(out, v[0].(string))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	equalStrings(t, "refs", refs(), sortedStrings(a.ID, "claim:not-loaded"))
	b.RespondsTo = nil // b answers nothing now; c still answers claim:not-loaded
	if _, err := s.Load(ctx, graph.Batch{Claims: []graph.Claim{b}}); err != nil {
		t.Fatal(err)
	}
	equalStrings(t, "refs after b changed", refs(), []string{"claim:not-loaded"})
	c.RespondsTo = []string{a.ID}
	if _, err := s.Load(ctx, graph.Batch{Claims: []graph.Claim{c}}); err != nil {
		t.Fatal(err)
	}
	equalStrings(t, "refs after c changed", refs(), []string{a.ID})
	if n := count(t, s, "MATCH (:Claim)-[r:RESPONDS_TO]->(:ClaimRef) RETURN count(r) AS n", nil); n != 1 {
		t.Errorf("%d RESPONDS_TO relationships, want 1", n)
	}
}

// testSpeaksFor: SPEAKS_FOR follows a speaker's side, reaches speakers
// written before their side's actor existed, and is written once.
func testSpeaksFor(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	links := func() []string {
		var out []string
		err := s.readCypher(ctx, "MATCH (s:Speaker)-[:SPEAKS_FOR]->(a:Actor) RETURN s.name + '>' + a.name AS l ORDER BY l", nil,
			func(_ []string, v []any) error { out = append(out, v[0].(string)); return nil })
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// Speakers with a side whose actor is not stored yet.
	sps := []graph.Speaker{{Name: "Ilse Varga", Side: "Arvenia"}, {Name: "Dana Pirel", Side: "Arvenia"}, {Name: "Tomas Reuel", Side: "Belmora"}}
	if _, err := s.Load(ctx, graph.Batch{Speakers: sps}); err != nil {
		t.Fatal(err)
	}
	equalStrings(t, "links before the actors", links(), nil)
	if _, err := s.Load(ctx, graph.Batch{Actors: []graph.Actor{{Name: "Arvenia"}}}); err != nil {
		t.Fatal(err)
	}
	equalStrings(t, "links once Arvenia exists", links(), []string{"Dana Pirel>Arvenia", "Ilse Varga>Arvenia"})
	// A claim of Reuel's brings Belmora; Pirel changes sides.
	d, _, b := dispute()
	if _, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{b},
		Speakers: []graph.Speaker{{Name: "Dana Pirel", Side: "Belmora"}}}); err != nil {
		t.Fatal(err)
	}
	equalStrings(t, "links after Belmora and the change", links(), []string{"Dana Pirel>Belmora", "Ilse Varga>Arvenia", "Tomas Reuel>Belmora"})
	// Loading again writes no relationship twice.
	if _, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{b}, Speakers: sps[:1]}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, "MATCH (:Speaker)-[r:SPEAKS_FOR]->(:Actor) RETURN count(r) AS n", nil); n != 3 {
		t.Errorf("%d SPEAKS_FOR relationships, want 3", n)
	}

	// A batch touching a side of many speakers costs what the batch
	// holds, not what the side holds: measured in the server's own
	// database hits (PROFILE), against merging every speaker of the side.
	const many = 500
	var crowd []graph.Speaker
	for i := range many {
		crowd = append(crowd, graph.Speaker{Name: fmt.Sprintf("Official %d", i), Side: "Arvenia"})
	}
	if _, err := s.Load(ctx, graph.Batch{Speakers: crowd}); err != nil {
		t.Fatal(err)
	}
	one := map[string]any{"ids": []string{graph.SpeakerID("Official 7")}}
	side := map[string]any{"slugs": []string{"arvenia"}}
	newActors, speakers := profileHits(t, s, stLinkNewActors.text, side), profileHits(t, s, stLinkSpeakers.text, one)
	hits := newActors + speakers
	t.Logf("link_new_actors: %d database hits; link_speakers: %d", newActors, speakers)
	everyone := profileHits(t, s, `UNWIND $slugs AS slug
		MATCH (a:Actor {slug: slug})
		MATCH (s:Speaker {side_slug: slug})
		MERGE (s)-[:SPEAKS_FOR]->(a)`, side)
	t.Logf("linking one speaker of a side of %d: %d database hits; merging the whole side: %d", many, hits, everyone)
	if hits >= many || everyone < many {
		t.Errorf("linking one speaker of a side of %d: %d database hits (merging the whole side: %d)", many, hits, everyone)
	}
}

// profileHits runs text with PROFILE in a write transaction and returns
// the database hits of its plan; it logs the plan's operators.
func profileHits(t *testing.T, s *Store, text string, params map[string]any) int64 {
	t.Helper()
	ctx := context.Background()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	hits, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int64, error) {
		res, err := tx.Run(ctx, "PROFILE "+text, params)
		if err != nil {
			return 0, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return 0, err
		}
		var ops []string
		var total func(p neo4j.ProfiledPlan) int64
		total = func(p neo4j.ProfiledPlan) int64 {
			n := p.DbHits()
			ops = append(ops, fmt.Sprintf("%s[%v]:%d", p.Operator(), p.Arguments()["Details"], p.DbHits()))
			for _, c := range p.Children() {
				n += total(c)
			}
			return n
		}
		if sum.Profile() == nil {
			return 0, errors.New("no profile")
		}
		n := total(sum.Profile())
		t.Logf("plan (%d hits): %s", n, strings.Join(ops, " < "))
		return n, nil
	})
	if err != nil {
		t.Fatalf("PROFILE %s: %v", text, err)
	}
	return hits
}

// testFloats: numbers written by a JavaScript client (floats) read as
// the integers they are.
func testFloats(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	d, a, b := dispute()
	a.Evidence = &graph.Span{Start: 3, End: 40, Text: "spoke"}
	a.ID = graph.ClaimID(&a)
	if _, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{a, b}}); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, `MATCH (c:Claim) SET c.ev_start = toFloat(c.ev_start), c.ev_end = toFloat(c.ev_end),
		c.loaded_at = toFloat(c.loaded_at), c.changed_at = toFloat(c.changed_at)`, nil)
	mustWrite(t, s, `MATCH (f:FindingCount) SET f.n = toFloat(f.n)`, nil)
	mustWrite(t, s, `MATCH ()-[r:REPORTED_IN]->() SET r.start = toFloat(r.start), r.end = toFloat(r.end)`, nil)
	if err := s.SaveJobState(ctx, graph.JobState{Name: "daily", Runs: 3}); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, `MATCH (j:JobState) SET j.runs = toFloat(j.runs)`, nil)

	cs, err := graph.CollectClaims(ctx, s, graph.ClaimFilter{IDs: []string{a.ID}})
	if err != nil || len(cs) != 1 || cs[0].Evidence == nil || cs[0].Evidence.Start != 3 || cs[0].Evidence.End != 40 || cs[0].LoadedAt.IsZero() {
		t.Errorf("claim with float numbers: %+v, %v", cs, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Findings[graph.RuleOpposing] != 1 {
		t.Errorf("stats with float totals: %+v, %v", st, err)
	}
	if js, err := s.JobState(ctx, "daily"); err != nil || js.Runs != 3 {
		t.Errorf("job state with a float count: %+v, %v", js, err)
	}
	if fs, err := s.Findings(ctx, graph.FindingFilter{}); err != nil || len(fs) != 2 {
		t.Errorf("findings with float times: %d, %v", len(fs), err)
	}
}

// testWrongPassword: a refused login is EUnavailable, says whose, and
// never shows the password.
func testWrongPassword(t *testing.T, cfg Config) {
	cfg.Password = secret
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := Open(ctx, cfg)
	if graph.ErrorCode(err) != graph.EUnavailable {
		t.Fatalf("Open: %v, want EUnavailable", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, "authentication failed for user \""+cfg.User+"\"") || strings.Contains(msg, secret) {
		t.Errorf("message %q: want whose login failed, never the password", msg)
	}
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) || !ne.IsAuthenticationFailed() {
		t.Errorf("the server's error is not in the chain of %v", err)
	}
}

func sortedStrings(l ...string) []string { slices.Sort(l); return l }

func equalStrings(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s: %q, want %q", what, got, want)
	}
}

// testScript runs the Cypher script WriteScript writes (what contra export
// --format cypher hands to cypher-shell: :param lines, then statements) on
// the server, statement by statement in auto-commit transactions as
// cypher-shell does, and compares the graph with the one Load writes.
func testScript(t *testing.T, cfg Config) {
	s := openClean(t, cfg)
	ctx := context.Background()
	b, fs := scriptBatch()
	if _, err := s.Load(ctx, b); err != nil {
		t.Fatal(err)
	}
	loaded := snapshot(t, s)
	var buf strings.Builder
	if err := writeScript(&buf, b, fs, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	params := map[string]any{}
	var chunk []string
	flush := func() {
		sts, err := splitStatements(strings.Join(chunk, "\n"))
		if err != nil {
			t.Fatalf("split the script: %v", err)
		}
		chunk = nil
		for _, text := range sts {
			st := adHoc(t, text)
			p := map[string]any{}
			for _, name := range st.params {
				p[name] = params[name]
			}
			if err := s.autoCommit(ctx, st, p); err != nil {
				t.Fatalf("script statement %.80q: %v", text, err)
			}
		}
	}
	for _, line := range strings.Split(buf.String(), "\n") {
		rest, ok := strings.CutPrefix(line, ":param ")
		if !ok {
			chunk = append(chunk, line)
			continue
		}
		flush()
		name, lit, ok := strings.Cut(strings.TrimSuffix(rest, ";"), " => ")
		v, err := parseLiteral(lit)
		if !ok || err != nil {
			t.Fatalf("param line %.80q: %v", line, err)
		}
		params[name] = v
	}
	flush()
	if got := snapshot(t, s); got != loaded {
		t.Errorf("the script's graph differs from Load's:\nscript: %s\nload:   %s", got, loaded)
	}
}

// snapshot describes what a store holds, but for load times: stats,
// claims with their fields, and named nodes.
func snapshot(t *testing.T, s *Store) string {
	t.Helper()
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := fmt.Sprintf("%+v", st)
	cs, err := graph.CollectClaims(ctx, s, graph.ClaimFilter{WithLinks: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		d, ev := *c.Document, graph.Span{}
		if c.Evidence != nil {
			ev = *c.Evidence
		}
		c.LoadedAt, c.ChangedAt, c.Document, c.Evidence = time.Time{}, time.Time{}, nil, nil
		out += fmt.Sprintf(" %+v %+v %+v", c, d, ev)
	}
	sp, err := s.Speakers(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	ac, err := s.Actors(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	tp, err := s.Topics(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	return out + fmt.Sprintf(" %+v %+v %+v", sp, ac, tp)
}
