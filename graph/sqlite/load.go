package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/contra-project/contra/graph"
)

// Load upserts b in one transaction and runs detection for its new and
// changed claims; see graph.Store. The algorithm is graph.LoadBatch's;
// this file gives it its primitives (loadTx). Validation happens before
// the transaction starts; any error rolls the whole batch back.
func (s *Store) Load(ctx context.Context, b graph.Batch) (graph.LoadResult, error) {
	empty := graph.LoadResult{Findings: map[graph.Rule]int{}}
	if err := s.check(); err != nil {
		return empty, err
	}
	p, err := graph.PrepareBatch(b)
	if err != nil {
		return empty, fmt.Errorf("load batch: %w", err)
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return empty, translate(err, "load batch: begin")
	}
	defer tx.Rollback()
	l := s.newLoadTx(ctx, tx)
	res, err := graph.LoadBatch(ctx, l, p)
	if err != nil {
		if ctx.Err() != nil {
			// database/sql rolls back a cancelled transaction under us;
			// the cancellation is what the caller needs to see.
			return empty, fmt.Errorf("load batch: %w", ctx.Err())
		}
		return empty, fmt.Errorf("load batch: %w", err)
	}
	if s.beforeCommit != nil {
		if err := s.beforeCommit(ctx); err != nil {
			return empty, fmt.Errorf("load batch: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		if ctx.Err() != nil {
			return empty, fmt.Errorf("load batch: %w", ctx.Err())
		}
		return empty, translate(err, "load batch: commit")
	}
	s.wrote.Store(true)
	return res, nil
}

func (s *Store) newLoadTx(ctx context.Context, tx *sql.Tx) *loadTx {
	return &loadTx{ctx: ctx, rowCtx: context.WithoutCancel(ctx), tx: tx, st: s.st, now: nanos(s.now()), profileAt: s.profileAt}
}

// loadTx is graph.LoadTx and graph.ProfileTx over one SQLite transaction.
type loadTx struct {
	ctx context.Context
	// rowCtx runs the per-row statements: a context that cannot be
	// cancelled spares the driver a watcher goroutine per statement; live
	// checks ctx between rows instead, and the transaction itself is bound
	// to ctx, so a cancelled load still rolls back.
	rowCtx context.Context
	tx     *sql.Tx
	st     *stmts                  // the store's statements, prepared once
	stmts  map[*sql.Stmt]*sql.Stmt // st's statements within tx (stmt)
	// insertFirst: upsertNamed tries to insert a node before it reads
	// it (a bulk load's nodes are mostly new; an incremental load's
	// mostly stored).
	insertFirst bool
	now         int64
	profileAt   int // group size from which a group gets a profile
}

// stmt is st within the transaction: prepared already on the one write
// connection, so database/sql uses it as it is. The transaction's copy is
// made once: database/sql keeps every copy until the transaction ends,
// and a bulk transaction runs a statement millions of times.
func (l *loadTx) stmt(st *sql.Stmt) *sql.Stmt {
	if x, ok := l.stmts[st]; ok {
		return x
	}
	if l.stmts == nil {
		l.stmts = map[*sql.Stmt]*sql.Stmt{}
	}
	x := l.tx.StmtContext(l.rowCtx, st)
	l.stmts[st] = x
	return x
}

var _ graph.ProfileTx = (*loadTx)(nil)

// live returns ctx's error every 128 rows, so that a cancelled load stops
// soon without a context check per statement.
func (l *loadTx) live(i int) error {
	if i%128 == 0 {
		if err := l.ctx.Err(); err != nil {
			return err
		}
	}
	return nil
}

// StoredDocuments returns which of ids are stored documents.
func (l *loadTx) StoredDocuments(ctx context.Context, ids []string) (map[string]bool, error) {
	stored := map[string]bool{}
	err := l.column(ctx, `SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(?))`, func(id string) { stored[id] = true }, jsonList(ids))
	return stored, translate(err, "check documents")
}

// column runs query with args, which selects one text column, and calls
// fn with each value.
func (l *loadTx) column(ctx context.Context, query string, fn func(string), args ...any) error {
	rows, err := l.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return err
		}
		fn(v)
	}
	return rows.Err()
}

// UpsertDocuments writes documents; a field given empty keeps the stored
// value.
func (l *loadTx) UpsertDocuments(ctx context.Context, ds []graph.Document) (int, error) {
	ins, upd := l.stmt(l.st.insDoc), l.stmt(l.st.updDoc)
	created := 0
	for i, d := range ds {
		if err := l.live(i); err != nil {
			return created, err
		}
		r, err := ins.ExecContext(l.rowCtx, d.ID, d.Name, d.URL, d.Outlet, d.Title, d.Published)
		if err != nil {
			return created, translate(err, "document %s", d.ID)
		}
		if n, _ := r.RowsAffected(); n > 0 {
			created++
			continue
		}
		if _, err := upd.ExecContext(l.rowCtx, d.ID, d.Name, d.URL, d.Outlet, d.Title, d.Published); err != nil {
			return created, translate(err, "document %s", d.ID)
		}
	}
	return created, nil
}

// UpsertSpeakers writes the speakers a batch carries.
func (l *loadTx) UpsertSpeakers(ctx context.Context, sps []graph.Speaker) (int, error) {
	created := 0
	for i, sp := range sps {
		if err := l.live(i); err != nil {
			return created, err
		}
		c, err := l.upsertNamed(l.st.speaker, sp.ID, sp.Name, sp.Aliases, sp.Role, sp.Side)
		if err != nil {
			return created, err
		}
		if c {
			created++
		}
	}
	return created, nil
}

// UpsertActors writes the actors a batch carries.
func (l *loadTx) UpsertActors(ctx context.Context, as []graph.Actor) (int, error) {
	return upsertEach(l, l.st.actor, as)
}

// UpsertTopics writes the topics a batch carries.
func (l *loadTx) UpsertTopics(ctx context.Context, ts []graph.Topic) (int, error) {
	return upsertEach(l, l.st.topic, ts)
}

func upsertEach[T graph.Actor | graph.Topic](l *loadTx, ns *namedStmts, xs []T) (int, error) {
	created := 0
	for i, x := range xs {
		if err := l.live(i); err != nil {
			return created, err
		}
		a := graph.Actor(x)
		c, err := l.upsertNamed(ns, a.ID, a.Name, a.Aliases, "", "")
		if err != nil {
			return created, err
		}
		if c {
			created++
		}
	}
	return created, nil
}

// upsertNamed writes a speaker, actor or topic given explicitly: the name
// is replaced, aliases are merged, a speaker's role and side replace the
// stored ones when given. A structured file repeats a speaker's name, role
// and side on every claim, so the row is read first and left alone when
// nothing would change: most upserts of a large load are then a read, not
// a write.
func (l *loadTx) upsertNamed(ns *namedStmts, id, name string, aliases []string, role, side string) (bool, error) {
	if l.insertFirst {
		r, err := l.stmt(ns.insNew).ExecContext(l.rowCtx, ns.args(id, name, jsonList(graph.MergeAliases(nil, aliases)), role, side)...)
		if err != nil {
			return false, translate(err, "%s %s", ns.table, id)
		}
		if n, _ := r.RowsAffected(); n > 0 {
			return true, nil
		}
	}
	return l.upsertStored(ns, id, name, aliases, role, side)
}

// upsertStored is upsertNamed after its first insert, or without it: the
// row is read, inserted when there is none, updated when it would
// change.
func (l *loadTx) upsertStored(ns *namedStmts, id, name string, aliases []string, role, side string) (bool, error) {
	var storedName, storedAliases, storedRole, storedSide string
	err := l.stmt(ns.sel).QueryRowContext(l.rowCtx, id).Scan(&storedName, &storedAliases, &storedRole, &storedSide)
	switch {
	case err == sql.ErrNoRows:
		if _, err := l.stmt(ns.ins).ExecContext(l.rowCtx, ns.args(id, name, jsonList(graph.MergeAliases(nil, aliases)), role, side)...); err != nil {
			return false, translate(err, "%s %s", ns.table, id)
		}
		return true, nil
	case err != nil:
		return false, translate(err, "%s %s", ns.table, id)
	}
	var old []string
	if err := json.Unmarshal([]byte(storedAliases), &old); err != nil {
		return false, fmt.Errorf("%s %s: stored aliases: %w", ns.table, id, err)
	}
	merged := jsonList(graph.MergeAliases(old, aliases))
	if name == storedName && merged == storedAliases && (role == "" || role == storedRole) && (side == "" || side == storedSide) {
		return false, nil
	}
	if _, err := l.stmt(ns.upd).ExecContext(l.rowCtx, ns.args(id, name, merged, role, side)...); err != nil {
		return false, translate(err, "%s %s", ns.table, id)
	}
	return false, nil
}

// EnsureSpeakers creates the speakers claims name that are not stored.
func (l *loadTx) EnsureSpeakers(ctx context.Context, sps []graph.Speaker) (int, error) {
	return ensure(l, l.st.speaker, sps, func(sp graph.Speaker) []any {
		return []any{sp.ID, sp.Name, graph.Slug(sp.Name), sp.Role, sp.Side}
	})
}

// EnsureActors creates the actors claims name that are not stored, by id
// or by slug.
func (l *loadTx) EnsureActors(ctx context.Context, as []graph.Actor) (int, error) {
	return ensure(l, l.st.actor, as, func(a graph.Actor) []any { return []any{a.ID, a.Name, graph.Slug(a.Name)} })
}

// EnsureTopics creates the topics claims name that are not stored, by id
// or by slug.
func (l *loadTx) EnsureTopics(ctx context.Context, ts []graph.Topic) (int, error) {
	return ensure(l, l.st.topic, ts, func(t graph.Topic) []any { return []any{t.ID, t.Name, graph.TopicSlug(t.Name)} })
}

// ensure runs ns's INSERT … ON CONFLICT DO NOTHING for each node and
// counts the rows it inserted.
func ensure[T any](l *loadTx, ns *namedStmts, xs []T, args func(T) []any) (int, error) {
	st := l.stmt(ns.ens)
	created := 0
	for i, x := range xs {
		if err := l.live(i); err != nil {
			return created, err
		}
		a := args(x)
		r, err := st.ExecContext(l.rowCtx, a...)
		if err != nil {
			return created, translate(err, "%s %v", ns.table, a[0])
		}
		if k, _ := r.RowsAffected(); k > 0 {
			created++
		}
	}
	return created, nil
}

// Fingerprints returns the stored fingerprints of the claims ids.
func (l *loadTx) Fingerprints(ctx context.Context, ids []string) (map[string]string, error) {
	stored := make(map[string]string, len(ids))
	rows, err := l.tx.QueryContext(ctx, fingerprintsSQL, jsonList(ids))
	if err != nil {
		return nil, translate(err, "read stored claims")
	}
	defer rows.Close()
	for rows.Next() {
		var id, fp string
		if err := rows.Scan(&id, &fp); err != nil {
			return nil, translate(err, "read stored claims")
		}
		stored[id] = fp
	}
	return stored, translate(rows.Err(), "read stored claims")
}

// claimCols are the columns detection reads, in scanCandidate's order.
const claimCols = `id, speaker_id, speaker, side, kind, subject, action, topic, polarity, said_at, responds_to`

// The probe queries: each is an index lookup driven by a JSON list of keys
// (one bound parameter, so no variable limit to chunk around).
const (
	probePropSQL = `SELECT ` + claimCols + ` FROM claims WHERE prop_key IN (SELECT value FROM json_each(?))`
	probeAccSQL  = `SELECT ` + claimCols + ` FROM claims WHERE acc_key IN (SELECT value FROM json_each(?)) AND acc_key <> ''`
	probeIDSQL   = `SELECT ` + claimCols + ` FROM claims WHERE id IN (SELECT value FROM json_each(?))`
	probeRespSQL = `SELECT ` + claimCols + ` FROM claims WHERE id IN (SELECT from_id FROM claim_responds WHERE to_id IN (SELECT value FROM json_each(?)))`
	membersSQL   = `SELECT id, prop_key, speaker_id, side_slug, kind, polarity, said_at FROM claims WHERE prop_key IN (SELECT value FROM json_each(?))`
	countAccSQL  = `SELECT acc_key, count(*) FROM claims WHERE acc_key IN (SELECT value FROM json_each(?)) AND acc_key <> '' GROUP BY acc_key`
	// fingerprintsSQL reads the stored fingerprints of a JSON list of ids.
	fingerprintsSQL = `SELECT id, fingerprint FROM claims WHERE id IN (SELECT value FROM json_each(?))`
)

// Probe calls fn with the stored claims p names, the columns detection
// needs only, each once.
func (l *loadTx) Probe(ctx context.Context, p graph.Probe, fn func(graph.Claim) error) error {
	seen := map[string]bool{}
	for _, q := range []struct {
		sql  string
		keys []string
	}{
		{probePropSQL, p.PropKeys}, {probeAccSQL, p.AccKeys}, {probeIDSQL, p.IDs}, {probeRespSQL, p.RespondersTo},
	} {
		if len(q.keys) == 0 {
			continue
		}
		var fnErr error
		err := func() error {
			rows, err := l.tx.QueryContext(ctx, q.sql, jsonList(q.keys))
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				c, err := scanCandidate(rows)
				if err != nil {
					return err
				}
				if !seen[c.ID] {
					seen[c.ID] = true
					if fnErr = fn(c); fnErr != nil {
						return fnErr
					}
				}
			}
			return rows.Err()
		}()
		if fnErr != nil {
			return fnErr
		}
		if err != nil {
			return translate(err, "read candidates")
		}
	}
	return nil
}

func scanCandidate(rows *sql.Rows) (graph.Claim, error) {
	var c graph.Claim
	var kind, pol, resp string
	if err := rows.Scan(&c.ID, &c.SpeakerID, &c.Speaker, &c.Side, &kind, &c.Subject, &c.Action, &c.Topic,
		&pol, &c.SaidAt, &resp); err != nil {
		return c, err
	}
	c.Kind, c.Polarity = graph.Kind(kind), graph.Polarity(pol)
	var err error
	c.RespondsTo, err = parseList(resp)
	return c, err
}

// CountAccusations returns how many stored claims have each of keys as
// their accusation key, from the index alone.
func (l *loadTx) CountAccusations(ctx context.Context, keys []string) (map[string]int, error) {
	return l.keyCounts(ctx, countAccSQL, "count accusations", keys)
}

// keyCounts runs query, which selects (key, count) rows for a JSON list
// of keys, and returns the counts by key; a key without a row is left out.
func (l *loadTx) keyCounts(ctx context.Context, query, what string, keys []string) (map[string]int, error) {
	out := make(map[string]int, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	rows, err := l.tx.QueryContext(ctx, query, jsonList(keys))
	if err != nil {
		return nil, translate(err, "%s", what)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, translate(err, "%s", what)
		}
		out[k] = n
	}
	return out, translate(rows.Err(), "%s", what)
}

// memberChunk is how many group members members hands on at a time.
const memberChunk = 4096

// Members calls fn with the stored members of the groups keys.
func (l *loadTx) Members(ctx context.Context, keys []string, fn func([]graph.Member)) error {
	return l.members(ctx, membersSQL, keys, fn)
}

// members streams the stored claims query selects for keys (its one
// parameter, a JSON list) to fn, memberChunk at a time, in graph.Member's
// columns.
func (l *loadTx) members(ctx context.Context, query string, keys []string, fn func([]graph.Member)) error {
	if len(keys) == 0 {
		return nil
	}
	rows, err := l.tx.QueryContext(ctx, query, jsonList(keys))
	if err != nil {
		return translate(err, "read proposition groups")
	}
	defer rows.Close()
	buf := make([]graph.Member, 0, memberChunk)
	for rows.Next() {
		var m graph.Member
		var kind, pol string
		if err := rows.Scan(&m.ID, &m.PropKey, &m.SpeakerID, &m.SideSlug, &kind, &pol, &m.SaidAt); err != nil {
			return translate(err, "read proposition groups")
		}
		m.Kind, m.Polarity = graph.Kind(kind), graph.Polarity(pol)
		if buf = append(buf, m); len(buf) == memberChunk {
			fn(buf)
			buf = buf[:0]
		}
	}
	if err := rows.Err(); err != nil {
		return translate(err, "read proposition groups")
	}
	fn(buf)
	return nil
}

// WriteClaims inserts new claims and updates changed ones, with their
// responds_to rows, change time and counterclaim flag.
func (l *loadTx) WriteClaims(ctx context.Context, fresh []graph.Claim, fps []string, changed, counter map[string]bool) error {
	ins, upd := l.stmt(l.st.insClaim), l.stmt(l.st.updClaim)
	for i := range fresh {
		if err := l.live(i); err != nil {
			return err
		}
		c := &fresh[i]
		args := claimArgs(c, fps[i], l.now, counter[c.ID])
		if changed[c.ID] {
			if _, err := upd.ExecContext(l.rowCtx, args...); err != nil {
				return translate(err, "update claim %s", c.ID)
			}
			if err := l.writeResponds(c, true); err != nil {
				return err
			}
			continue
		}
		if _, err := ins.ExecContext(l.rowCtx, append(args, l.now)...); err != nil {
			return translate(err, "insert claim %s", c.ID)
		}
		if err := l.writeResponds(c, false); err != nil {
			return err
		}
	}
	return nil
}

// claimArgs are the arguments of insClaim (less loaded_at, its last) and
// updClaim.
func claimArgs(c *graph.Claim, fp string, now int64, counter bool) []any {
	return appendClaimArgs(make([]any, 0, 24), c, fp, now, counter)
}

// appendClaimArgs appends claimArgs to dst: a bulk transaction puts many
// claims' arguments in one slice (rowChunk).
func appendClaimArgs(dst []any, c *graph.Claim, fp string, now int64, counter bool) []any {
	var evStart, evEnd, evText any
	if e := c.Evidence; e != nil {
		evStart, evEnd = e.Start, e.End
		// Stored only when it is not the claim's text (see insClaimSQL).
		if e.Text != c.Text {
			evText = e.Text
		}
	}
	return append(dst, c.ID, c.DocID, c.SpeakerID, c.Speaker, c.Role, c.Side, graph.Slug(c.Side),
		string(c.Kind), c.Subject, c.Action, c.Topic, graph.TopicSlug(c.Topic), string(c.Polarity),
		c.Text, c.SaidAt, evStart, evEnd, evText, jsonList(c.RespondsTo), graph.PropKey(c), graph.AccKey(c), fp,
		now, counter)
}

// writeResponds writes c's responds_to rows, replacing the stored ones
// when replace.
func (l *loadTx) writeResponds(c *graph.Claim, replace bool) error {
	if replace {
		if _, err := l.stmt(l.st.delResp).ExecContext(l.rowCtx, c.ID); err != nil {
			return translate(err, "update claim %s", c.ID)
		}
	}
	for _, to := range c.RespondsTo {
		if _, err := l.stmt(l.st.insResp).ExecContext(l.rowCtx, c.ID, to); err != nil {
			return translate(err, "claim %s responds to %s", c.ID, to)
		}
	}
	return nil
}

// The statements of SetCounterclaims, on a JSON list of ids.
const (
	flagSQL   = `UPDATE claims SET counterclaim = 1 WHERE id IN (SELECT value FROM json_each(?)) AND counterclaim = 0`
	unflagSQL = `UPDATE claims SET counterclaim = 0 WHERE id IN (SELECT value FROM json_each(?)) AND counterclaim = 1`
)

// SetCounterclaims sets the counterclaim flag of the stored claims ids.
func (l *loadTx) SetCounterclaims(ctx context.Context, ids []string, on bool) error {
	query := flagSQL
	if !on {
		query = unflagSQL
	}
	_, err := l.tx.ExecContext(ctx, query, jsonList(ids))
	return translate(err, "counterclaims")
}

// AddFindingCounts adds the batch's change to the per-rule finding totals.
func (l *loadTx) AddFindingCounts(ctx context.Context, delta map[graph.Rule]int) error {
	for _, r := range graph.Rules {
		d := delta[r]
		if d == 0 {
			continue
		}
		if _, err := l.stmt(l.st.addCount).ExecContext(l.rowCtx, string(r), d); err != nil {
			return translate(err, "count findings")
		}
	}
	return nil
}

// jsonList encodes a string list as a JSON array ("[]" for none).
func jsonList(l []string) string {
	if len(l) == 0 {
		return "[]"
	}
	b, err := json.Marshal(l)
	if err != nil {
		panic(err) // a []string always marshals
	}
	return string(b)
}

// parseList decodes a JSON array of strings; "" and "[]" are nil.
func parseList(s string) ([]string, error) {
	if s == "" || s == "[]" {
		return nil, nil
	}
	var l []string
	if err := json.Unmarshal([]byte(s), &l); err != nil {
		return nil, fmt.Errorf("decode list %.40q: %w", s, err)
	}
	return l, nil
}
