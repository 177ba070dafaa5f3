package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
	"github.com/contra-project/contra/internal/cputime"
)

// rawExec runs statements on path through a plain connection, without the
// store's pragmas: how another program would write the file.
func rawExec(tb testing.TB, path string, stmts ...string) {
	tb.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
	}
}

// snapshot is a file's bytes and which SQLite sidecar files exist.
type snapshot struct {
	data     []byte
	sidecars []string
}

func snap(tb testing.TB, path string) snapshot {
	tb.Helper()
	var s snapshot
	fi, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	if !fi.IsDir() {
		if s.data, err = os.ReadFile(path); err != nil {
			tb.Fatal(err)
		}
	}
	for _, ext := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + ext); err == nil {
			s.sidecars = append(s.sidecars, ext)
		}
	}
	return s
}

func TestOpenRefuses(t *testing.T) {
	cases := []struct {
		name string
		make func(t *testing.T, path string)
		code graph.Code
	}{
		{"text file", func(t *testing.T, path string) {
			os.WriteFile(path, bytes.Repeat([]byte("not a database, just notes about Arvenia\n"), 10), 0o644)
		}, graph.EInvalid},
		{"short garbage", func(t *testing.T, path string) {
			os.WriteFile(path, []byte("SQLite format 2"), 0o644)
		}, graph.EInvalid},
		{"another program's database", func(t *testing.T, path string) {
			rawExec(t, path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes (body) VALUES ('x')")
		}, graph.EInvalid},
		{"newer schema, rollback journal", func(t *testing.T, path string) {
			rawExec(t, path, "CREATE TABLE claims (id TEXT)", fmt.Sprintf("PRAGMA user_version = %d", schemaVersion()+1))
		}, graph.EUnavailable},
		{"newer schema written by a newer contra", func(t *testing.T, path string) {
			s, err := Open(context.Background(), path, WithLogger(slog.New(slog.DiscardHandler)))
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			rawExec(t, path, fmt.Sprintf("PRAGMA user_version = %d", schemaVersion()+7))
		}, graph.EUnavailable},
		{"directory", func(t *testing.T, path string) { os.Mkdir(path, 0o755) }, graph.EInvalid},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "contra.db")
			tc.make(t, path)
			before := snap(t, path)
			s, err := Open(context.Background(), path, WithLogger(slog.New(slog.DiscardHandler)))
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if got := graph.ErrorCode(err); got != tc.code {
				t.Errorf("Open: code %q (%v), want %q", got, err, tc.code)
			}
			if after := snap(t, path); !reflect.DeepEqual(after, before) {
				t.Errorf("Open touched the file: %d bytes %v, was %d bytes %v",
					len(after.data), after.sidecars, len(before.data), before.sidecars)
			}
		})
	}
}

func TestNewerSchemaMessageNamesVersions(t *testing.T) {
	// Operators need both versions; this is the one message test, and it
	// checks numbers, not wording.
	path := filepath.Join(t.TempDir(), "contra.db")
	rawExec(t, path, "CREATE TABLE x (id TEXT)", "PRAGMA user_version = 42")
	_, err := Open(context.Background(), path)
	if err == nil || !strings.Contains(err.Error(), "42") || !strings.Contains(err.Error(), fmt.Sprint(schemaVersion())) {
		t.Errorf("Open: %v; want both version 42 and %d named", err, schemaVersion())
	}
}

func TestReopenKeepsDataAndVersion(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "contra.db")
	quiet := WithLogger(slog.New(slog.DiscardHandler))
	s, err := Open(ctx, path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	w := worldBatch()
	if _, err := s.Load(ctx, w); err != nil {
		t.Fatal(err)
	}
	want, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for i := range 2 {
		s, err := Open(ctx, path, quiet)
		if err != nil {
			t.Fatalf("reopen %d: %v", i, err)
		}
		got, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("reopen %d: stats %+v, want %+v", i, got, want)
		}
		var v int
		if err := s.r.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != schemaVersion() {
			t.Errorf("user_version %d (%v), want %d", v, err, schemaVersion())
		}
		// Migrating an up-to-date database applies nothing.
		for _, m := range allMigrations() {
			if done, err := s.applyMigration(ctx, m); done || err != nil {
				t.Errorf("migration %s applied again: %v, %v", m.name, done, err)
			}
		}
		res, err := s.Load(ctx, w)
		if err != nil || res.Unchanged != len(w.Claims) {
			t.Errorf("reload after reopen: %+v, %v", res, err)
		}
		s.Close()
	}
}

// TestConcurrentOpen: two processes (here, stores) creating one file at
// once migrate it once.
func TestConcurrentOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "contra.db")
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() {
			s, err := Open(context.Background(), path, WithLogger(slog.New(slog.DiscardHandler)))
			if err == nil {
				_, err = s.Stats(context.Background())
				s.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("open %d: %v", i, err)
		}
	}
}

// TestIndexUse: detection probes and filtered reads are index lookups.
func TestIndexUse(t *testing.T) {
	s := openTemp(t)
	if _, err := s.Load(context.Background(), worldBatch()); err != nil {
		t.Fatal(err)
	}
	type query struct {
		name string
		sql  string
		args []any
		uses string // an index the plan must use
	}
	qs := []query{
		{"probe prop", probePropSQL, []any{`["a"]`}, "claims_prop_key"},
		{"probe acc", probeAccSQL, []any{`["a"]`}, "claims_acc_key"},
		{"probe ids", probeIDSQL, []any{`["a"]`}, "sqlite_autoindex_claims_1"},
		{"probe responders", probeRespSQL, []any{`["a"]`}, "claim_responds_to"},
		{"count accusations", countAccSQL, []any{`["a"]`}, "COVERING INDEX claims_acc_key"},
		{"open denials", openDenialsSQL, []any{`["a"]`}, "claims_open_denials"},
		{"members by id", membersByIDSQL, []any{`["a"]`}, "sqlite_autoindex_claims_1"},
		{"group profiles", readProfilesSQL, []any{`["a"]`}, "USING PRIMARY KEY"},
	}
	for _, f := range []struct {
		name     string
		f        graph.ClaimFilter
		speakers []string
		uses     string
	}{
		{"ids", graph.ClaimFilter{IDs: []string{"a"}}, nil, "sqlite_autoindex_claims_1"},
		{"topic", graph.ClaimFilter{Topic: "x", WithLinks: true}, nil, "claims_topic_said"},
		// One speaker id: rows come in index order, no sort (a limited
		// read of a prolific speaker stops early).
		{"speaker", graph.ClaimFilter{Speaker: "x", Limit: 100}, []string{"speaker:x"}, "claims_speaker_id (speaker_id=?)"},
		{"speakers", graph.ClaimFilter{Speaker: "x"}, []string{"speaker:x", "speaker:y"}, "claims_speaker_id"},
		{"side", graph.ClaimFilter{Side: "x"}, nil, "claims_side_slug"},
		{"subject", graph.ClaimFilter{Subject: "x"}, nil, "claims_prop_key (prop_key>? AND prop_key<?)"},
		{"topic since", graph.ClaimFilter{Topic: "x", Since: "2024-01-01"}, nil, "claims_topic_said (topic_slug=? AND said_at>?)"},
		{"loaded", graph.ClaimFilter{LoadedFrom: time.Now()}, nil, "claims_changed_at"},
		{"changed", graph.ClaimFilter{ChangedFrom: time.Now(), ChangedTo: time.Now()}, nil, "claims_changed_at"},
	} {
		q, args, err := claimsQuery(f.f, f.speakers)
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, query{"claims " + f.name, q, args, f.uses})
	}
	// The probes findings are derived from (graph.FindFindings).
	for i, uses := range []string{"claims_prop_key", "claims_acc_key", "sqlite_autoindex_claims_1", "claim_responds_to"} {
		qs = append(qs, query{fmt.Sprintf("claim probe %d", i), probeClaimSQL[i], []any{`["a"]`}, uses})
	}
	for _, q := range qs {
		t.Run(q.name, func(t *testing.T) {
			rows, err := s.r.Query("EXPLAIN QUERY PLAN "+q.sql, q.args...)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			text := strings.Join(plan, "\n")
			for _, line := range plan {
				if strings.HasPrefix(line, "SCAN ") && !strings.HasPrefix(line, "SCAN json_each") {
					t.Errorf("full scan %q in plan:\n%s", line, text)
				}
			}
			if !strings.Contains(text, q.uses) {
				t.Errorf("plan does not use %s:\n%s", q.uses, text)
			}
			if q.name == "claims speaker" && strings.Contains(text, "TEMP B-TREE") {
				t.Errorf("a one-speaker read sorts:\n%s", text)
			}
		})
	}
}

// TestLoadAllOrNothing: a load that fails after writing everything, or
// whose context is cancelled then, leaves nothing behind.
func TestLoadAllOrNothing(t *testing.T) {
	boom := errors.New("crash before commit")
	cases := []struct {
		name string
		hook func(cancel context.CancelFunc) func(context.Context) error
	}{
		{"error before commit", func(context.CancelFunc) func(context.Context) error {
			return func(context.Context) error { return boom }
		}},
		{"context cancelled before commit", func(cancel context.CancelFunc) func(context.Context) error {
			return func(context.Context) error { cancel(); return nil }
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			bg := context.Background()
			if _, err := s.Load(bg, worldBatch()); err != nil {
				t.Fatal(err)
			}
			before, _ := s.Stats(bg)
			big := synthBatch(rand.New(rand.NewPCG(7, 7)), 0, 2000)
			ctx, cancel := context.WithCancel(bg)
			defer cancel()
			s.beforeCommit = tc.hook(cancel)
			if _, err := s.Load(ctx, big); err == nil {
				t.Fatal("Load succeeded")
			}
			s.beforeCommit = nil
			after, err := s.Stats(bg)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(after, before) {
				t.Errorf("stats after a failed load %+v, want %+v", after, before)
			}
			// The store still works.
			res, err := s.Load(bg, big)
			if err != nil || res.Claims != len(big.Claims) {
				t.Errorf("load after the failure: %+v, %v", res, err)
			}
		})
	}
}

// TestReadersDuringLoad: readers never fail while a load runs, and only
// ever see whole batches.
func TestReadersDuringLoad(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	const batches, size = 15, 300
	rng := rand.New(rand.NewPCG(3, 4))
	var all []graph.Batch
	for i := range batches {
		all = append(all, synthBatch(rng, i, size))
	}
	var done atomic.Bool
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for r := range 2 {
		wg.Go(func() {
			last, reads := 0, 0
			for !done.Load() || reads == 0 {
				reads++
				st, err := s.Stats(ctx)
				if err != nil {
					errs <- fmt.Errorf("reader %d: stats: %w", r, err)
					return
				}
				if st.Claims%size != 0 || st.Claims < last {
					errs <- fmt.Errorf("reader %d saw %d claims after %d: a partial batch", r, st.Claims, last)
					return
				}
				last = st.Claims
				n := 0
				if err := s.Claims(ctx, graph.ClaimFilter{Topic: "topic 3"}, func(graph.Claim) error { n++; return nil }); err != nil {
					errs <- fmt.Errorf("reader %d: claims: %w", r, err)
					return
				}
				if _, err := s.Findings(ctx, graph.FindingFilter{Side: "state 1", Limit: 50}); err != nil {
					errs <- fmt.Errorf("reader %d: findings: %w", r, err)
					return
				}
			}
		})
	}
	for _, b := range all {
		if _, err := s.Load(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	done.Store(true)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestBusyIsUnavailable: another process holding the write lock past the
// busy timeout makes writes fail with EUnavailable; reads go on.
func TestBusyIsUnavailable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "contra.db")
	s, err := Open(context.Background(), path, WithBusyTimeout(50*time.Millisecond), WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	_, err = s.Load(context.Background(), worldBatch())
	if graph.ErrorCode(err) != graph.EUnavailable {
		t.Errorf("Load while locked: %v, want code %s", err, graph.EUnavailable)
	}
	err = s.SaveJobState(context.Background(), graph.JobState{Name: "daily"})
	if graph.ErrorCode(err) != graph.EUnavailable {
		t.Errorf("SaveJobState while locked: %v, want code %s", err, graph.EUnavailable)
	}
	if _, err := s.Stats(context.Background()); err != nil {
		t.Errorf("Stats while another process writes: %v", err)
	}
}

func TestCloseIdempotent(t *testing.T) {
	s := openTemp(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// worldBatch is the behaviour suite's world in one batch, via a store-free
// path: graphtest exports only the fixture builders.
func worldBatch() graph.Batch {
	d1 := graphtest.Doc("w1", "Harbor Gazette", "2024-03-01")
	d2 := graphtest.Doc("w2", "Northern Ledger", "2024-03-02")
	acc := graphtest.Claim(d1, graphtest.Varga, graphtest.Arvenia, graph.KindAccusation, graphtest.Belmora,
		"use cluster munitions", "cluster munitions", graph.Positive, "2024-03-01")
	den := graphtest.Claim(d2, graphtest.Reuel, graphtest.Belmora, graph.KindDenial, graphtest.Belmora,
		"use cluster munitions", "cluster munitions", graph.Negative, "2024-03-02")
	mut := graphtest.Claim(d2, graphtest.Dusk, graphtest.Belmora, graph.KindAccusation, graphtest.Arvenia,
		"shell border villages", "border shelling", graph.Positive, "2024-03-02")
	mut2 := graphtest.Claim(d1, graphtest.Pirel, graphtest.Arvenia, graph.KindAccusation, graphtest.Belmora,
		"shell border villages", "border shelling", graph.Positive, "2024-03-01")
	return graph.Batch{Documents: []graph.Document{d1, d2}, Claims: []graph.Claim{acc, den, mut, mut2}}
}

// synthBatch returns n synthetic claims (batch number no) over a realistic
// vocabulary: a few hundred thousand propositions, so that each claim has
// a handful of candidates.
func synthBatch(rng *rand.Rand, no, n int) graph.Batch {
	return synthVocab(rng, no, n, 8, 60, 40)
}

// synthVocab returns n synthetic claims over states states (sides and
// subjects), actions actions and topics topics.
func synthVocab(rng *rand.Rand, no, n, states, actions, topics int) graph.Batch {
	var b graph.Batch
	for i := range 10 {
		b.Documents = append(b.Documents, graphtest.Doc(fmt.Sprintf("synth-%d-%d", no, i),
			fmt.Sprintf("Outlet %d", rng.IntN(12)), ""))
	}
	kinds := graph.Kinds
	for i := range n {
		side := fmt.Sprintf("state %d", rng.IntN(states))
		speaker := fmt.Sprintf("Official %d of %s", rng.IntN(5), side)
		date := ""
		if rng.IntN(10) > 0 {
			date = time.Date(2023, 1, 1+rng.IntN(700), 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		}
		pol := graph.Positive
		if rng.IntN(2) == 0 {
			pol = graph.Negative
		}
		c := graph.Claim{
			DocID: b.Documents[rng.IntN(len(b.Documents))].ID, Speaker: speaker, Side: side,
			Kind: kinds[rng.IntN(len(kinds))], Subject: fmt.Sprintf("state %d", rng.IntN(states)),
			Action: fmt.Sprintf("action %d", rng.IntN(actions)), Topic: fmt.Sprintf("topic %d", rng.IntN(topics)),
			Polarity: pol, SaidAt: date, Text: fmt.Sprintf("synthetic claim %d of batch %d", i, no),
		}
		c.ID = graph.ClaimID(&c)
		if i > 0 && rng.IntN(50) == 0 {
			c.RespondsTo = []string{b.Claims[rng.IntN(i)].ID}
		}
		b.Claims = append(b.Claims, c)
	}
	return b
}

// BenchmarkLoad loads batches of 1000 new claims into a growing store and
// reports claims per second, detection included.
func BenchmarkLoad(b *testing.B) {
	for _, bc := range []struct {
		name                    string
		states, actions, topics int
	}{
		{"realistic", 8, 60, 40},
		{"dense", 4, 10, 5}, // 200 propositions: big candidate groups
	} {
		b.Run(bc.name, func(b *testing.B) {
			s := openTemp(b)
			rng := rand.New(rand.NewPCG(1, 2))
			const size = 1000
			batches := make([]graph.Batch, b.N)
			for i := range batches {
				batches[i] = synthVocab(rng, i, size, bc.states, bc.actions, bc.topics)
			}
			ctx := context.Background()
			findings := 0
			cpu0 := cputime.Process()
			b.ResetTimer()
			for i := range b.N {
				res, err := s.Load(ctx, batches[i])
				if err != nil {
					b.Fatal(err)
				}
				findings += res.FindingsSeen
			}
			b.StopTimer()
			b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "claims/s")
			// The machine may be shared: CPU time says what a load costs.
			b.ReportMetric(float64(b.N*size)/(cputime.Process()-cpu0).Seconds(), "claims/cpu-s")
			b.ReportMetric(float64(findings)/float64(b.N*size), "findings/claim")
		})
	}
}

// BenchmarkInsertFloor measures what a load cannot go below in this
// store: the claim rows and their index entries, written with the load's
// own statements (UpsertDocuments, WriteClaims) and committed in batches of
// 5000, with no validation, normalisation or detection. "no secondary
// indexes" drops every index but the primary keys, to show what the
// indexes the queries and detection need cost. The README's benchmark
// section cites these figures against the structured-load target.
func BenchmarkInsertFloor(b *testing.B) {
	for _, bc := range []struct {
		name string
		drop bool
	}{{"schema", false}, {"no secondary indexes", true}} {
		b.Run(bc.name, func(b *testing.B) {
			s := openTemp(b)
			ctx := context.Background()
			if bc.drop {
				for _, ix := range []string{"claims_prop_key", "claims_acc_key", "claims_topic_said", "claims_speaker_id",
					"claims_side_slug", "claims_changed_at", "claims_counterclaim", "claims_open_denials", "claim_responds_to"} {
					if _, err := s.w.ExecContext(ctx, "DROP INDEX "+ix); err != nil {
						b.Fatal(err)
					}
				}
			}
			rng := rand.New(rand.NewPCG(1, 2))
			const size = 5000
			batches := make([]*graph.PreparedBatch, b.N)
			for i := range batches {
				nb, err := graph.PrepareBatch(synthVocab(rng, i, size, 8, 60, 40))
				if err != nil {
					b.Fatal(err)
				}
				batches[i] = nb
			}
			cpu0 := cputime.Process()
			b.ResetTimer()
			for i := range b.N {
				tx, err := s.w.BeginTx(ctx, nil)
				if err != nil {
					b.Fatal(err)
				}
				l := &loadTx{ctx: ctx, rowCtx: ctx, tx: tx}
				if _, err := l.UpsertDocuments(ctx, batches[i].Documents); err != nil {
					b.Fatal(err)
				}
				if err := l.WriteClaims(ctx, batches[i].Claims, batches[i].Fingerprints, nil, nil); err != nil {
					b.Fatal(err)
				}
				if err := tx.Commit(); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "claims/s")
			b.ReportMetric(float64(b.N*size)/(cputime.Process()-cpu0).Seconds(), "claims/cpu-s")
		})
	}
}

// TestErrorCodes: conditions a user can act on carry their code.
func TestErrorCodes(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.Load(ctx, worldBatch()); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		do   func() error
		code graph.Code
	}{
		{"actor named like a stored one under another id", func() error {
			_, err := s.Load(ctx, graph.Batch{Actors: []graph.Actor{{ID: "actor:arv", Name: graphtest.Arvenia}}})
			return err
		}, graph.EConflict},
		{"topic without letters", func() error {
			_, err := s.Load(ctx, graph.Batch{Topics: []graph.Topic{{Name: "--"}}})
			return err
		}, graph.EInvalid},
		{"document with a bad date", func() error {
			d := graphtest.Doc("bad", "Harbor Gazette", "yesterday")
			_, err := s.Load(ctx, graph.Batch{Documents: []graph.Document{d}})
			return err
		}, graph.EInvalid},
		{"job state without a name", func() error { return s.SaveJobState(ctx, graph.JobState{}) }, graph.EInvalid},
		{"negative limit", func() error {
			_, err := s.Findings(ctx, graph.FindingFilter{Limit: -1})
			return err
		}, graph.EInvalid},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := s.Stats(ctx)
			err := tc.do()
			if got := graph.ErrorCode(err); got != tc.code {
				t.Errorf("code %q (%v), want %q", got, err, tc.code)
			}
			if after, _ := s.Stats(ctx); !reflect.DeepEqual(after, before) {
				t.Errorf("stats changed: %+v -> %+v", before, after)
			}
		})
	}
}
