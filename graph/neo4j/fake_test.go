package neo4j

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A scripted stand-in for the server: Store methods and the loader run on
// it unchanged, so their orchestration, parameters and record mapping are
// tested without Neo4j. It checks what it can check without executing
// Cypher: each call's parameters match the statement's (run does that),
// and each canned record has exactly the columns the statement's RETURN
// clause names.

type fakeCall struct {
	name   string
	params map[string]any
}

// fakeResult is what a handler answers: records by column name, the nodes
// the statement "created", or an error (errAfter: after the records).
type fakeResult struct {
	records  []map[string]any
	created  int
	err      error
	errAfter error
}

type fakeQuerier struct {
	tb       testing.TB
	handlers map[string]func(params map[string]any) fakeResult
	calls    []fakeCall
}

func newFake(tb testing.TB) *fakeQuerier {
	return &fakeQuerier{tb: tb, handlers: map[string]func(map[string]any) fakeResult{}}
}

func (f *fakeQuerier) on(name string, h func(params map[string]any) fakeResult) {
	if _, ok := statements[name]; !ok && name != "cypher" {
		f.tb.Fatalf("fake: no statement %s", name)
	}
	f.handlers[name] = h
}

func (f *fakeQuerier) query(_ context.Context, st *statement, params map[string]any) (cursor, error) {
	f.calls = append(f.calls, fakeCall{st.name, params})
	var res fakeResult
	if h := f.handlers[st.name]; h != nil {
		res = h(params)
	} else if cols := returnColumns(f.tb, st.text); len(cols) == 1 && cols[0] == "n" {
		// merge statements that count their rows: all written.
		res.records = []map[string]any{{"n": int64(rowCount(params))}}
	}
	if res.err != nil {
		return nil, res.err
	}
	cols := returnColumns(f.tb, st.text)
	c := &fakeCursor{nodes: res.created, err: res.errAfter}
	for _, r := range res.records {
		rec := &neo4j.Record{Keys: cols, Values: make([]any, len(cols))}
		for i, k := range cols {
			v, ok := r[k]
			if !ok {
				f.tb.Errorf("fake %s: record lacks column %s (has %v)", st.name, k, r)
			}
			rec.Values[i] = v
		}
		if len(r) != len(cols) {
			f.tb.Errorf("fake %s: record %v has columns beyond %v", st.name, r, cols)
		}
		c.records = append(c.records, rec)
	}
	return c, nil
}

func rowCount(params map[string]any) int {
	switch r := params["rows"].(type) {
	case []any:
		return len(r)
	case []string:
		return len(r)
	}
	return 0
}

// names lists the statements called, in order.
func (f *fakeQuerier) names() []string {
	var out []string
	for _, c := range f.calls {
		out = append(out, c.name)
	}
	return out
}

// callsOf returns the calls of one statement.
func (f *fakeQuerier) callsOf(name string) []fakeCall {
	var out []fakeCall
	for _, c := range f.calls {
		if c.name == name {
			out = append(out, c)
		}
	}
	return out
}

type fakeCursor struct {
	records []*neo4j.Record
	i       int
	nodes   int
	err     error
}

func (c *fakeCursor) Next(context.Context) bool {
	if c.i >= len(c.records) {
		return false
	}
	c.i++
	return true
}

func (c *fakeCursor) Record() *neo4j.Record { return c.records[c.i-1] }

func (c *fakeCursor) Err() error {
	if c.i >= len(c.records) {
		return c.err
	}
	return nil
}

func (c *fakeCursor) created(context.Context) (int, error) { return c.nodes, c.Err() }

// fakeTx runs work on the fake querier; replays runs a write that many
// extra times first, as the driver does after a transient error, and
// readReplays likewise for reads.
type fakeTx struct {
	q                    *fakeQuerier
	replays, readReplays int
	reads, writes        int
}

func (t *fakeTx) read(ctx context.Context, work func(q querier) error) error {
	t.reads++
	for i := 0; i < t.readReplays; i++ {
		if err := work(t.q); err != nil {
			return err
		}
	}
	return work(t.q)
}

func (t *fakeTx) write(ctx context.Context, work func(q querier) error) error {
	t.writes++
	for i := 0; i < t.replays; i++ {
		if err := work(t.q); err != nil {
			return err
		}
	}
	return work(t.q)
}

// fakeStore returns a Store whose transactions run on q.
func fakeStore(q *fakeQuerier, batchSize int) (*Store, *fakeTx) {
	tx := &fakeTx{q: q}
	cfg := Config{URI: "bolt://db.example:7687", User: "contra", Password: "hunter2-S3cret!", Database: "neo4j", BatchSize: batchSize}
	return &Store{tx: tx, cfg: cfg, t: targetOf(cfg), log: slog.Default(),
		now: func() time.Time { return time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC) }}, tx
}

// returnColumns lists the columns a statement returns: the items of its
// last RETURN clause, by alias or by variable. A statement without RETURN
// returns none.
func returnColumns(tb testing.TB, text string) []string {
	tb.Helper()
	toks, err := lex(text)
	if err != nil {
		tb.Fatalf("lex: %v", err)
	}
	depth, start := 0, -1
	for i, t := range toks {
		switch {
		case t.kind == tPunct && strings.Contains("([{", t.text):
			depth++
		case t.kind == tPunct && strings.Contains(")]}", t.text):
			depth--
		case depth == 0 && t.kind == tIdent && strings.EqualFold(t.text, "RETURN"):
			start = i + 1
		}
	}
	if start < 0 {
		return nil
	}
	var cols []string
	var item []token
	flush := func() {
		if len(item) == 0 {
			return
		}
		switch {
		case len(item) >= 2 && strings.EqualFold(item[len(item)-2].text, "AS"):
			cols = append(cols, item[len(item)-1].val)
		case len(item) == 1 && (item[0].kind == tIdent || item[0].kind == tQuoted):
			cols = append(cols, item[0].val)
		default:
			tb.Fatalf("RETURN item without alias: %v", item)
		}
		item = nil
	}
	depth = 0
	for _, t := range toks[start:] {
		if depth == 0 && t.kind == tIdent && len(item) == 0 && strings.EqualFold(t.text, "DISTINCT") {
			continue
		}
		if depth == 0 && t.kind == tIdent && (strings.EqualFold(t.text, "ORDER") || strings.EqualFold(t.text, "LIMIT") || strings.EqualFold(t.text, "SKIP")) {
			break
		}
		switch {
		case t.kind == tPunct && strings.Contains("([{", t.text):
			depth++
		case t.kind == tPunct && strings.Contains(")]}", t.text):
			depth--
		case depth == 0 && t.kind == tPunct && t.text == ",":
			flush()
			continue
		}
		item = append(item, t)
	}
	flush()
	return cols
}
