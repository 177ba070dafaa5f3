package sqlite

import (
	"context"
	"database/sql"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

// auditStmt is a statement the store runs on claims or claim_responds,
// with arguments of the kind it is run with, and the index its plan must
// use ("" when a scan of the table is the plan wanted).
type auditStmt struct {
	name  string
	sql   string
	args  []any
	index string
}

// auditStmts are every read and detection statement of the package that
// reads claims or claim_responds by something other than rowid, with the
// index each needs.
func auditStmts(tb testing.TB) []auditStmt {
	tb.Helper()
	list := jsonList([]string{"a", "b"})
	// A schedule reads a recent window: few claims.
	day := time.Now().Add(time.Hour)
	filter := func(name string, f graph.ClaimFilter, speakers []string, index string) auditStmt {
		q, args, err := claimsQuery(f, speakers)
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		return auditStmt{name, q, args, index}
	}
	out := []auditStmt{
		filter("claims --topic", graph.ClaimFilter{Topic: "t"}, nil, "claims_topic_said"),
		filter("claims --topic, brief by topic", graph.ClaimFilter{Topic: "t", Brief: true, ByTopic: true}, nil, "claims_topic_said"),
		filter("claims --speaker (one id)", graph.ClaimFilter{Speaker: "s", Limit: 100}, []string{"speaker:s"}, "claims_speaker_id"),
		filter("claims --speaker (ids)", graph.ClaimFilter{Speaker: "s"}, []string{"speaker:s", "speaker:t"}, "claims_speaker_id"),
		filter("claims --side", graph.ClaimFilter{Side: "Arvenia"}, nil, "claims_side_slug"),
		filter("claims --subject", graph.ClaimFilter{Subject: "Arvenia"}, nil, "claims_prop_key"),
		filter("claims --ids", graph.ClaimFilter{IDs: []string{"a", "b"}}, nil, "sqlite_autoindex_claims_1"),
		filter("claims loaded from (schedule)", graph.ClaimFilter{LoadedFrom: day}, nil, "claims_changed_at"),
		filter("claims changed from (schedule)", graph.ClaimFilter{ChangedFrom: day}, nil, "claims_changed_at"),
		filter("claims (whole store)", graph.ClaimFilter{}, nil, ""),
		{"speakers", speakersSQL, nil, "claims_speaker_id"},
		{"actors", actorsSQL, nil, "claims_side_slug"},
		{"topics", topicsSQL, nil, "claims_topic_said"},
		{"support", supportSQL, []any{list}, "claims_prop_key"},
		{"stats", statsSQL, nil, "claims_counterclaim"},
		{"load: fingerprints", fingerprintsSQL, []any{list}, "sqlite_autoindex_claims_1"},
		{"load: probe groups", probePropSQL, []any{list}, "claims_prop_key"},
		{"load: probe accusations", probeAccSQL, []any{list}, "claims_acc_key"},
		{"load: probe ids", probeIDSQL, []any{list}, "sqlite_autoindex_claims_1"},
		{"load: probe responders", probeRespSQL, []any{list}, "claim_responds_to"},
		{"load: group members", membersSQL, []any{list}, "claims_prop_key"},
		{"load: count accusations", countAccSQL, []any{list}, "claims_acc_key"},
		{"load: open denials", openDenialsSQL, []any{list}, "claims_open_denials"},
		{"load: members by id", membersByIDSQL, []any{list}, "sqlite_autoindex_claims_1"},
		{"load: flag", flagSQL, []any{list}, "sqlite_autoindex_claims_1"},
		{"load: unflag", unflagSQL, []any{list}, "sqlite_autoindex_claims_1"},
		{"bulk: stored claims", bulkStoredSQL, []any{0, list}, "sqlite_autoindex_claims_1"},
		{"bulk: members (empty store)", allMembersSQL, []any{0, "", "", "", "", "", "", -1, groupChunk}, "claims_prop_key"},
		{"bulk: members of keys", keyMembersSQL, []any{0, list}, "claims_prop_key"},
		{"bulk: accusations (empty store)", allAccSQL, nil, "claims_acc_key"},
		{"bulk: accusations of added claims", addedAccSQL, []any{0}, "claims_acc_key"},
		{"bulk: links", addedLinksSQL, []any{0}, "sqlite_autoindex_claims_1"},
	}
	// The query layer's probes, in graph.Probe's field order.
	probes := []struct{ name, index string }{{"groups", "claims_prop_key"}, {"accusations", "claims_acc_key"},
		{"ids", "sqlite_autoindex_claims_1"}, {"responders", "claim_responds_to"}}
	for i, p := range probes {
		out = append(out, auditStmt{"probe " + p.name, probeClaimSQL[i], []any{list}, p.index},
			auditStmt{"brief probe " + p.name, probeBriefSQL[i], []any{list}, p.index})
	}
	return out
}

var usingIndex = regexp.MustCompile(`USING (?:COVERING )?INDEX (\w+)`)

// planIndexes returns the indexes of claims and claim_responds q's plan
// uses.
func planIndexes(ctx context.Context, tb testing.TB, c *sql.Conn, q string, args []any) []string {
	tb.Helper()
	rows, err := c.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		tb.Fatalf("explain %s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			tb.Fatal(err)
		}
		for _, m := range usingIndex.FindAllStringSubmatch(detail, -1) {
			if !slices.Contains(out, m[1]) {
				out = append(out, m[1])
			}
		}
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestIndexAudit: every index of claims and claim_responds is the one
// some statement of the store needs (an index no statement uses costs
// every claim written a b-tree insert for nothing), and each statement's
// plan uses the index it was written for. It runs on a store with the
// planner's statistics, as a bulk load leaves it; CONTRA_INDEX_AUDIT_STORE
// names a store of the current schema to audit instead (a bench store:
// plans may change with the data), and -v prints each index with the
// statements that use it.
func TestIndexAudit(t *testing.T) {
	ctx := context.Background()
	var s *Store
	if path := os.Getenv("CONTRA_INDEX_AUDIT_STORE"); path != "" {
		var err error
		if s, err = Open(ctx, path); err != nil {
			t.Fatal(err)
		}
		defer s.Close()
	} else {
		s = openTemp(t)
		// Many speakers with few claims each, as in a bench store: with
		// few, a scan beats the speaker index and the plans differ.
		rng := rand.New(rand.NewPCG(1, 2))
		for i := range 5 {
			if _, err := s.Load(ctx, synthVocab(rng, i, 1000, 200, 60, 40)); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.Load(ctx, worldBatch()); err != nil {
			t.Fatal(err)
		}
		if _, err := s.w.ExecContext(ctx, `ANALYZE`); err != nil {
			t.Fatal(err)
		}
	}
	c, err := s.w.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// The bulk statements read the transaction's temporary tables.
	if _, err := c.ExecContext(ctx, deferredTable+`; CREATE TEMP TABLE IF NOT EXISTS bulk_groups (prop_key TEXT PRIMARY KEY) WITHOUT ROWID`); err != nil {
		t.Fatal(err)
	}
	used := map[string][]string{}
	for _, st := range append(auditStmts(t), auditStmt{"bulk: keys of added claims", strings.SplitN(addedKeysSQL, ";", 2)[1], []any{0}, ""}) {
		got := planIndexes(ctx, t, c, st.sql, st.args)
		for _, ix := range got {
			used[ix] = append(used[ix], st.name)
		}
		if st.index == "" && strings.Contains(st.name, "whole store") {
			continue
		}
		if st.index != "" && !slices.Contains(got, st.index) {
			t.Errorf("%s: plan uses %v, want %s", st.name, got, st.index)
		}
	}
	rows, err := c.QueryContext(ctx, `SELECT name FROM sqlite_schema
		WHERE type = 'index' AND tbl_name IN ('claims', 'claim_responds') ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var indexes []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		indexes = append(indexes, name)
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	sort.Strings(indexes)
	for _, ix := range indexes {
		// claim_responds' primary key is its table (WITHOUT ROWID); the
		// statements that delete and insert its rows use it.
		if ix == "sqlite_autoindex_claim_responds_1" {
			continue
		}
		if len(used[ix]) == 0 {
			t.Errorf("index %s: no statement uses it", ix)
			continue
		}
		t.Logf("%s: %s", ix, strings.Join(used[ix], "; "))
	}
}
