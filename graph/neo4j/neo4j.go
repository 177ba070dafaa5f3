// Package neo4j is contra's graph.Store on a Neo4j 5 server, through the
// official Go driver (github.com/neo4j/neo4j-go-driver/v5). Its answers are
// those of the SQLite store given the same input; both pass graph/graphtest.
//
// The graph it writes:
//
//	(:Speaker)-[:ASSERTS]->(:Claim)          (:Speaker)-[:SPEAKS_FOR]->(:Actor)
//	(:Claim)-[:REPORTED_IN {start,end}]->(:Document)
//	(:Claim)-[:ABOUT]->(:Topic)              (:Claim)-[:CONCERNS]->(:Actor)   subject
//	(:Claim)-[:ACCUSES]->(:Actor)            accusations only
//	(:Claim)-[:RESPONDS_TO]->(:ClaimRef {id})
//	(:FindingCount {rule, n})                per-rule finding totals
//	(:SchemaVersion {name, version})         the data model version
//
// Findings are not stored: a pair per finding grows with the square of a
// proposition's claims, so reads derive them from the claims' keys
// (prop_key, acc_key, responds_to) with graph.FindFindings, through the
// index lookups detection uses. Load keeps what reads need beyond the
// claims: changed_at on each claim (a finding is found when its later
// claim changed), the label Counterclaim on claims that counter another,
// and the per-rule totals. A claim's responds_to list is mirrored by
// RESPONDS_TO relationships to ClaimRef stubs, one per target id, so that
// a target loaded after its responders finds them with one index lookup
// (ClaimRef.id is unique) and without a placeholder Claim node that every
// claim query would have to skip.
// Speakers, actors and topics carry a slug beside their name; actors and
// topics are one per slug (a uniqueness constraint), as in the SQLite store.
//
// Every statement is a parameterised .cypher file embedded from cypher/
// (see statements.go); tools/cypherlint checks them with Neo4j's front end.
// The schema (cypher/schema.cypher) is applied at Open when it is absent,
// and a database of an earlier data model is migrated (see migrate.go).
// A Load is one managed write transaction (replayed whole by the driver on
// transient errors, so it only MERGEs, SETs and deletes what it is about
// to rewrite) that first locks a LoadLock node: loads are serialised, as
// the SQLite store's single writer serialises them, so that detection in
// each sees every claim committed before it. Reads run in read
// transactions on read sessions and stream their records.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"sync/atomic"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

var (
	_ graph.Store    = (*Store)(nil)
	_ graph.JobStore = (*Store)(nil)
)

// DefaultBatchSize is how many rows one statement sends when Config does
// not say. A claim row is about 1 KB, so 2,000 rows make a Bolt message of
// about 2 MB. Chosen with contra bench --store neo4j (docs/neo4j.md):
// statements of 100 and 500 rows loaded slower than those of 1,000 to
// 5,000, among which the shared measuring machine showed no consistent
// difference. A batch larger than this is still one transaction, sent as
// several statements.
const DefaultBatchSize = 2000

// DefaultDatabase is the database used when Config names none: the driver
// is always told which database to use, so that no round trip goes to
// resolve the user's home database and a change of home database cannot
// redirect a running load.
const DefaultDatabase = "neo4j"

// Config says where the store is.
type Config struct {
	URI       string // bolt://, bolt+s://, bolt+ssc://, neo4j:// (routing), neo4j+s://, neo4j+ssc://
	User      string
	Password  string
	Database  string // DefaultDatabase when empty
	BatchSize int    // rows per statement; DefaultBatchSize when 0
}

// String describes the configuration without the password.
func (c Config) String() string {
	return fmt.Sprintf("neo4j %s user=%q database=%q", redactURI(c.URI), c.User, c.Database)
}

// Store is a contradiction graph in a Neo4j database. It is safe for
// concurrent use.
type Store struct {
	drv neo4j.DriverWithContext
	// bookmarks is shared by every session of the store: a session starts
	// after the writes of the sessions before it, so that on a cluster a
	// read routed to a secondary sees what this store wrote.
	bookmarks neo4j.BookmarkManager
	cfg       Config
	t         target
	log       *slog.Logger
	now       func() time.Time
	closed    atomic.Bool

	// beforeCommit, when set (by tests), runs at the end of each attempt
	// of a Load's transaction function, before the driver commits: an
	// error it returns is the attempt's.
	beforeCommit func(ctx context.Context) error
}

// Open connects to the server, checks the credentials, and applies the
// schema when it is absent. A malformed configuration is EInvalid; a
// server that cannot be reached or that refuses the credentials is
// EUnavailable. No error or log line carries the password.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Database == "" {
		cfg.Database = DefaultDatabase
	}
	if cfg.BatchSize == 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	t := targetOf(cfg)
	if err := checkConfig(cfg); err != nil {
		return nil, err
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *config.Config) {
		c.UserAgent = "contra"
	})
	if err != nil {
		return nil, translate(err, t, "open neo4j store")
	}
	s := &Store{drv: drv, bookmarks: neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{}), cfg: cfg, t: t,
		log: slog.Default(), now: time.Now}
	if err := drv.VerifyConnectivity(ctx); err != nil {
		drv.Close(ctx)
		return nil, translate(err, t, "open neo4j store")
	}
	if _, err := s.ensureSchema(ctx); err != nil {
		drv.Close(ctx)
		return nil, err
	}
	return s, nil
}

var schemes = []string{"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}

func checkConfig(cfg Config) error {
	u, err := url.Parse(cfg.URI)
	switch {
	case cfg.URI == "":
		return graph.Errorf(graph.EInvalid, "open neo4j store: no URI")
	case err != nil:
		return graph.Errorf(graph.EInvalid, "open neo4j store: URI %q is malformed", redactURI(cfg.URI))
	case u.User != nil:
		return graph.Errorf(graph.EInvalid, "open neo4j store: the URI must not carry credentials; give the user and password apart")
	case !slices.Contains(schemes, u.Scheme):
		return graph.Errorf(graph.EInvalid, "open neo4j store: URI scheme %q is not one of bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc", u.Scheme)
	case u.Host == "":
		return graph.Errorf(graph.EInvalid, "open neo4j store: URI %q names no host", cfg.URI)
	case cfg.BatchSize < 0:
		return graph.Errorf(graph.EInvalid, "open neo4j store: batch size %d is negative", cfg.BatchSize)
	}
	return nil
}

// Close releases the driver and its connections. It is idempotent; other
// calls after it fail with EUnavailable.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	// The caller's context is gone by now; closing only returns pooled
	// connections, so a short deadline of our own bounds it.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if s.drv == nil {
		return nil
	}
	if err := s.drv.Close(ctx); err != nil {
		return translate(err, s.t, "close neo4j store")
	}
	return nil
}

func (s *Store) check() error {
	if s.closed.Load() {
		return graph.Errorf(graph.EUnavailable, "neo4j store %s is closed", s.t.uri)
	}
	return nil
}

// session opens a session on the configured database (the driver is
// always told the database, so that no session depends on the user's home
// database) that shares the store's bookmarks.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.drv.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: s.cfg.Database, BookmarkManager: s.bookmarks})
}

// read runs work in a managed read transaction on a read session.
func (s *Store) read(ctx context.Context, work func(q querier) error) error {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, work(querier{tx})
	})
	return unwrapFinal(err)
}

// write runs work in a managed write transaction. The driver replays work
// on transient errors, so work must be safe to run again from the start.
func (s *Store) write(ctx context.Context, work func(q querier) error) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, work(querier{tx})
	})
	return unwrapFinal(err)
}

// autoCommit runs st in an auto-commit transaction on a write session:
// the only kind in which CALL { ... } IN TRANSACTIONS may run. The driver
// does not replay it; st must be safe to run again, by its caller.
func (s *Store) autoCommit(ctx context.Context, st *statement, params map[string]any) error {
	if err := st.check(params); err != nil {
		return err
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, st.text, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// final marks an error the driver must not retry: a read that has already
// handed records to its caller would hand them again.
type final struct{ err error }

func (f *final) Error() string { return f.err.Error() }

func unwrapFinal(err error) error {
	var f *final
	if errors.As(err, &f) {
		return f.err
	}
	return err
}
