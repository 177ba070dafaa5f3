package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/contra-project/contra/graph"
)

// The CLI against a real Neo4j server (NEO4J_URI, NEO4J_USER,
// NEO4J_PASSWORD; tools/neo4j/serve starts one): loads in separate
// processes racing each other and queries, a load killed with SIGKILL and
// run again, and writes refused by contra cypher. The database is cleared
// between cases: never point these variables at data you keep.

// neo4jServer is the server the tests run against.
type neo4jServer struct {
	uri, user, password string
	drv                 neo4j.DriverWithContext
}

// TestNeo4j runs the CLI's Neo4j cases; without NEO4J_URI it is skipped.
func TestNeo4j(t *testing.T) {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		t.Skip("NEO4J_URI not set: the CLI's Neo4j tests skipped (tools/neo4j/serve start DIR starts a server)")
	}
	bin := buildBinary(t)
	srv := &neo4jServer{uri: uri, user: os.Getenv("NEO4J_USER"), password: os.Getenv("NEO4J_PASSWORD")}
	drv, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(srv.user, srv.password, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { drv.Close(context.Background()) })
	srv.drv = drv
	// The first open applies the schema: do it once, before any race.
	srv.clear(t)
	if _, stderr, code := srv.run(t, bin, t.TempDir(), "schema", "apply"); code != 0 {
		t.Fatalf("schema apply: exit %d\n%s", code, stderr)
	}
	t.Run("ConcurrentLoadsAndQueries", func(t *testing.T) { testNeo4jConcurrent(t, bin, srv) })
	t.Run("SIGKILLThenReload", func(t *testing.T) { testNeo4jKilled(t, bin, srv) })
	t.Run("CypherRefusesWrites", func(t *testing.T) { testNeo4jCypher(t, bin, srv) })
}

// proc prepares contra with args in dir, configured for the server.
func (s *neo4jServer) proc(bin, dir string, args ...string) *proc {
	p := newProc(bin, dir, args...)
	p.cmd.Env = append(p.cmd.Env, "CONTRA_STORE=neo4j", "CONTRA_NEO4J_URI="+s.uri, "CONTRA_NEO4J_USER="+s.user,
		"CONTRA_NEO4J_PASSWORD="+s.password)
	return p
}

// start starts contra against the server; the test kills it if it is
// still running at the end.
func (s *neo4jServer) start(t *testing.T, bin, dir string, args ...string) *proc {
	t.Helper()
	return s.proc(bin, dir, args...).start(t)
}

// run runs contra against the server to completion.
func (s *neo4jServer) run(t *testing.T, bin, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	p := s.start(t, bin, dir, args...)
	code = p.wait(t)
	return p.stdout.String(), p.stderr.String(), code
}

// write runs a statement of the test's own in an auto-commit transaction.
func (s *neo4jServer) write(t *testing.T, query string) {
	t.Helper()
	ctx := context.Background()
	sess := s.drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j"})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, query, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// count runs a read query returning one integer n.
func (s *neo4jServer) count(t *testing.T, query string) int {
	t.Helper()
	ctx := context.Background()
	res, err := neo4j.ExecuteQuery(ctx, s.drv, query, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase("neo4j"), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil || len(res.Records) != 1 {
		t.Fatalf("%s: %v", query, err)
	}
	n, _ := res.Records[0].Get("n")
	return int(n.(int64))
}

// clear deletes every node, keeping the schema.
func (s *neo4jServer) clear(t *testing.T) {
	t.Helper()
	s.write(t, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
}

// stats is contra stats on the server.
func (s *neo4jServer) stats(t *testing.T, bin, dir string) graph.Stats {
	t.Helper()
	out, stderr, code := s.run(t, bin, dir, "stats", "-o", "json")
	if code != 0 {
		t.Fatalf("stats: exit %d\n%s", code, stderr)
	}
	var st graph.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("stats: %v\n%s", err, out)
	}
	return st
}

// duplicates counts nodes that share a label and id (or, for actors and
// topics, a slug): the uniqueness constraints must make it zero.
func (s *neo4jServer) duplicates(t *testing.T) int {
	t.Helper()
	return s.count(t, `MATCH (n) WHERE n:Document OR n:Speaker OR n:Actor OR n:Topic OR n:Claim OR n:ClaimRef
		WITH labels(n)[0] AS label, coalesce(n.slug, n.id) AS key, count(*) AS k
		WHERE k > 1 RETURN count(*) AS n`)
}

// refStats loads dirs in order into a fresh embedded store and returns its
// stats: what a store must hold after loading the same input, whatever
// the order and concurrency (both stores pass one behaviour suite).
func refStats(t *testing.T, bin, dir string, dirs ...string) graph.Stats {
	t.Helper()
	db := filepath.Join(t.TempDir(), "ref.db")
	for _, d := range dirs {
		if _, stderr, code := runContra(t, bin, dir, "--db", db, "load", d, "-q", "--format", "json"); code != 0 {
			t.Fatalf("reference load of %s: exit %d\n%s", d, code, stderr)
		}
	}
	return storeStats(t, db)
}

// transientMessages are what a transient server condition looks like when
// it reaches the user instead of being retried.
var transientMessages = []string{"TransientError", "not available now", "DeadlockDetected", "panic:"}

// testNeo4jConcurrent runs two loads of overlapping corpora on one server
// at once, with queries and stats running meanwhile: every process
// succeeds without a transient error, the store ends with exactly what
// one embedded store holds after loading both corpora, and no node is
// duplicated.
func testNeo4jConcurrent(t *testing.T, bin string, srv *neo4jServer) {
	srv.clear(t)
	dir := t.TempDir()
	const batch = 250
	a := writeClaimFiles(t, filepath.Join(dir, "a"), 11, 2000, batch)
	writeClaimFiles(t, filepath.Join(dir, "b"), 12, 2000, batch)
	// Each corpus carries a file of the other: the same claims race.
	for _, cp := range [][2]string{{"a/part-0003.jsonl", "b/part-from-a.jsonl"}, {"b/part-0005.jsonl", "a/part-from-b.jsonl"}} {
		data, err := os.ReadFile(filepath.Join(dir, cp[0]))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, cp[1]), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := refStats(t, bin, dir, "a", "b")
	topic := popularTopic(a)

	loadArgs := func(d string) []string {
		return []string{"load", d, "--batch-size", fmt.Sprint(batch), "-q", "--format", "json"}
	}
	loads := []*proc{srv.start(t, bin, dir, loadArgs("a")...), srv.start(t, bin, dir, loadArgs("b")...)}
	done := make(chan struct{})
	var mu sync.Mutex
	var readers []*proc
	loop := func(args ...string) {
		answered := false // a query has seen the topic
		for i := 0; ; i++ {
			select {
			case <-done:
				if i > 0 {
					return
				}
			default:
			}
			p := srv.proc(bin, dir, args...)
			code, err := exitCode(p.cmd.Run())
			mu.Lock()
			readers = append(readers, p)
			mu.Unlock()
			// A name the store does not hold is an error (exit 3): until
			// a load has written the topic, that is the right answer.
			if !answered && err == nil && code == exitNotFound && strings.Contains(p.stderr.String(), "no topic") {
				time.Sleep(100 * time.Millisecond)
				continue
			}
			if err != nil || code != 0 {
				t.Errorf("contra %s: exit %d, %v\n%s", strings.Join(args, " "), code, err, p.stderr.String())
				return
			}
			if !json.Valid(p.stdout.Bytes()) {
				t.Errorf("contra %s: output is not JSON: %.200q", strings.Join(args, " "), p.stdout.String())
				return
			}
			answered = true
			time.Sleep(100 * time.Millisecond)
		}
	}
	var wg sync.WaitGroup
	wg.Go(func() { loop("query", "contradictions", "--topic", topic, "--limit", "20", "-o", "json") })
	wg.Go(func() { loop("query", "mutual", "--topic", topic, "-o", "json") })
	wg.Go(func() { loop("stats", "-o", "json") })
	start := time.Now()
	for _, p := range loads {
		if code := p.wait(t); code != 0 {
			t.Errorf("contra %s: exit %d\n%s", strings.Join(p.args, " "), code, p.stderr.String())
		}
	}
	close(done)
	wg.Wait()
	t.Logf("two loads of 2,250 claims each and %d reader processes: %s", len(readers), time.Since(start).Round(time.Millisecond))

	for _, p := range append(readers, loads...) {
		for _, m := range transientMessages {
			if strings.Contains(p.stderr.String(), m) {
				t.Errorf("contra %s: stderr has %q:\n%s", strings.Join(p.args, " "), m, p.stderr.String())
			}
		}
	}
	if got := srv.stats(t, bin, dir); statsJSON(got) != statsJSON(want) {
		t.Errorf("after two concurrent loads Neo4j holds\n%s\nloading both into an embedded store gives\n%s", statsJSON(got), statsJSON(want))
	}
	if n := srv.duplicates(t); n != 0 {
		t.Errorf("%d duplicated nodes", n)
	}
}

// testNeo4jKilled kills a load with SIGKILL once some batches are in,
// loads again, and must end with exactly what a clean run holds.
func testNeo4jKilled(t *testing.T, bin string, srv *neo4jServer) {
	dir := t.TempDir()
	const batch = 250
	recs := writeClaimFiles(t, filepath.Join(dir, "corpus"), 7, 5000, batch)
	load := []string{"load", "corpus", "--batch-size", fmt.Sprint(batch), "-q", "--format", "json"}

	srv.clear(t)
	start := time.Now()
	if _, stderr, code := srv.run(t, bin, dir, load...); code != 0 {
		t.Fatalf("clean load: exit %d\n%s", code, stderr)
	}
	t.Logf("clean load of %d claims: %s", len(recs), time.Since(start).Round(time.Millisecond))
	want := srv.stats(t, bin, dir)
	if want.Claims != len(recs) {
		t.Fatalf("clean load stored %d claims, want %d", want.Claims, len(recs))
	}
	if ref := refStats(t, bin, dir, "corpus"); statsJSON(ref) != statsJSON(want) {
		t.Errorf("Neo4j after a clean load\n%s\nthe embedded store\n%s", statsJSON(want), statsJSON(ref))
	}

	srv.clear(t)
	// On a busy machine the loader shrinks batches that would hold the
	// write lock past load.max_transaction; this load must commit whole
	// batches, so that a partial one shows.
	p := srv.proc(bin, dir, load...)
	p.cmd.Env = append(p.cmd.Env, "CONTRA_LOAD_MAX_TRANSACTION=1h")
	p.start(t)
	deadline := time.Now().Add(60 * time.Second)
	for srv.count(t, "MATCH (c:Claim) RETURN count(c) AS n") < 2*batch {
		if time.Now().After(deadline) {
			t.Fatal("no two batches committed within 60s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = p.cmd.Wait()
	if ws, ok := p.cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the load ended before it was killed: make the corpus larger\n%s", p.stderr.String())
	}
	k := srv.count(t, "MATCH (c:Claim) RETURN count(c) AS n")
	if k%batch != 0 || k >= len(recs) {
		t.Fatalf("after SIGKILL Neo4j holds %d claims: want whole batches of %d, fewer than %d", k, batch, len(recs))
	}
	t.Logf("killed after %d of %d claims", k, len(recs))

	if _, stderr, code := srv.run(t, bin, dir, load...); code != 0 {
		t.Fatalf("load after SIGKILL: exit %d\n%s", code, stderr)
	}
	if got := srv.stats(t, bin, dir); statsJSON(got) != statsJSON(want) {
		t.Errorf("load resumed after SIGKILL ends with\n%s\na clean run with\n%s", statsJSON(got), statsJSON(want))
	}
	if n := srv.duplicates(t); n != 0 {
		t.Errorf("%d duplicated nodes", n)
	}
}

// testNeo4jCypher: contra cypher refuses writes with exit status 2 and a
// message saying so, reads work, and nothing is written.
func testNeo4jCypher(t *testing.T, bin string, srv *neo4jServer) {
	srv.clear(t)
	dir := t.TempDir()
	if _, stderr, code := srv.run(t, bin, dir, "load", filepath.Join(repoRoot(t), "examples"), "-q"); code != 0 {
		t.Fatalf("load examples: exit %d\n%s", code, stderr)
	}
	before := srv.count(t, "MATCH (n) RETURN count(n) AS n")
	for _, q := range []string{
		"CREATE (:Claim {id: 'x'})",
		"MATCH (c:Claim) DETACH DELETE c",
		"CALL db.createLabel('Intruder')", // past contra's scan: the server refuses it
		"CREATE INDEX intruder FOR (c:Claim) ON (c.text)",
	} {
		_, stderr, code := srv.run(t, bin, dir, "cypher", q)
		if code != exitInvalid || !strings.Contains(stderr, "read-only") {
			t.Errorf("contra cypher %q: exit %d, stderr %q; want %d and a read-only message", q, code, stderr, exitInvalid)
		}
	}
	if after := srv.count(t, "MATCH (n) RETURN count(n) AS n"); after != before {
		t.Errorf("%d nodes after refused writes, %d before", after, before)
	}
	out, stderr, code := srv.run(t, bin, dir, "cypher", "MATCH (c:Claim) RETURN count(c) AS claims", "-o", "json")
	if code != 0 || !strings.Contains(out, `"claims"`) {
		t.Errorf("a read: exit %d, %q\n%s", code, out, stderr)
	}
}

// repoRoot is the module's root directory (the tests run in cmd/contra).
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}
