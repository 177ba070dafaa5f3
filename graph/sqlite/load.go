package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"

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
	l := &loadTx{ctx: ctx, rowCtx: context.WithoutCancel(ctx), tx: tx, now: nanos(s.now()), profileAt: s.profileAt}
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

// loadTx is graph.LoadTx and graph.ProfileTx over one SQLite transaction.
type loadTx struct {
	ctx context.Context
	// rowCtx runs the per-row statements: a context that cannot be
	// cancelled spares the driver a watcher goroutine per statement; live
	// checks ctx between rows instead, and the transaction itself is bound
	// to ctx, so a cancelled load still rolls back.
	rowCtx    context.Context
	tx        *sql.Tx
	now       int64
	profileAt int // group size from which a group gets a profile
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
	err := l.column(ctx, `SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(?))`, ids, func(id string) { stored[id] = true })
	return stored, translate(err, "check documents")
}

// column runs query, which selects one text column for a JSON list of
// keys, and calls fn with each value.
func (l *loadTx) column(ctx context.Context, query string, keys []string, fn func(string)) error {
	rows, err := l.tx.QueryContext(ctx, query, jsonList(keys))
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
	ins, err := l.tx.PrepareContext(ctx, `INSERT INTO documents (id, name, url, outlet, title, published)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
	if err != nil {
		return 0, translate(err, "documents")
	}
	defer ins.Close()
	upd, err := l.tx.PrepareContext(ctx, `UPDATE documents SET
		name = CASE WHEN ?2 = '' THEN name ELSE ?2 END,
		url = CASE WHEN ?3 = '' THEN url ELSE ?3 END,
		outlet = CASE WHEN ?4 = '' THEN outlet ELSE ?4 END,
		title = CASE WHEN ?5 = '' THEN title ELSE ?5 END,
		published = CASE WHEN ?6 = '' THEN published ELSE ?6 END
		WHERE id = ?1`)
	if err != nil {
		return 0, translate(err, "documents")
	}
	defer upd.Close()
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
		c, err := l.upsertNamed(ctx, "speakers", sp.ID, sp.Name, sp.Aliases, map[string]string{"role": sp.Role, "side": sp.Side})
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
	return upsertEach(l, ctx, "actors", as)
}

// UpsertTopics writes the topics a batch carries.
func (l *loadTx) UpsertTopics(ctx context.Context, ts []graph.Topic) (int, error) {
	return upsertEach(l, ctx, "topics", ts)
}

func upsertEach[T graph.Actor | graph.Topic](l *loadTx, ctx context.Context, table string, xs []T) (int, error) {
	created := 0
	for i, x := range xs {
		if err := l.live(i); err != nil {
			return created, err
		}
		a := graph.Actor(x)
		c, err := l.upsertNamed(ctx, table, a.ID, a.Name, a.Aliases, nil)
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
// is replaced, aliases are merged, extra fields replace stored ones when
// given. table and the extra column names are constants of this package.
// A structured file repeats a speaker's name, role and side on every
// claim, so the row is read first and left alone when nothing would
// change: most upserts of a large load are then a read, not a write.
func (l *loadTx) upsertNamed(ctx context.Context, table, id, name string, aliases []string, extra map[string]string) (bool, error) {
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	cols := "name, aliases"
	for _, k := range keys {
		cols += ", " + k
	}
	var storedName, storedAliases string
	storedExtra := make([]string, len(keys))
	dest := []any{&storedName, &storedAliases}
	for i := range storedExtra {
		dest = append(dest, &storedExtra[i])
	}
	err := l.tx.QueryRowContext(l.rowCtx, `SELECT `+cols+` FROM `+table+` WHERE id = ?`, id).Scan(dest...)
	switch {
	case err == sql.ErrNoRows:
		cols, marks := "id, name, slug, aliases", "?, ?, ?, ?"
		args := []any{id, name, graph.Slug(name), jsonList(graph.MergeAliases(nil, aliases))}
		for _, k := range keys {
			cols += ", " + k
			marks += ", ?"
			args = append(args, extra[k])
		}
		if _, err := l.tx.ExecContext(l.rowCtx, `INSERT INTO `+table+` (`+cols+`) VALUES (`+marks+`)`, args...); err != nil {
			return false, translate(err, "%s %s", table, id)
		}
		return true, nil
	case err != nil:
		return false, translate(err, "%s %s", table, id)
	}
	var old []string
	if err := json.Unmarshal([]byte(storedAliases), &old); err != nil {
		return false, fmt.Errorf("%s %s: stored aliases: %w", table, id, err)
	}
	merged := jsonList(graph.MergeAliases(old, aliases))
	same := name == storedName && merged == storedAliases
	for i, k := range keys {
		same = same && (extra[k] == "" || extra[k] == storedExtra[i])
	}
	if same {
		return false, nil
	}
	set := "name = ?, slug = ?, aliases = ?"
	args := []any{name, graph.Slug(name), merged}
	for _, k := range keys {
		set += ", " + k + " = CASE WHEN ? = '' THEN " + k + " ELSE ? END"
		args = append(args, extra[k], extra[k])
	}
	args = append(args, id)
	if _, err := l.tx.ExecContext(l.rowCtx, `UPDATE `+table+` SET `+set+` WHERE id = ?`, args...); err != nil {
		return false, translate(err, "%s %s", table, id)
	}
	return false, nil
}

// EnsureSpeakers creates the speakers claims name that are not stored.
func (l *loadTx) EnsureSpeakers(ctx context.Context, sps []graph.Speaker) (int, error) {
	rows := make([][]any, len(sps))
	for i, sp := range sps {
		rows[i] = []any{sp.ID, sp.Name, graph.Slug(sp.Name), sp.Role, sp.Side}
	}
	return l.insertNew(ctx, "speakers", `INSERT INTO speakers (id, name, slug, role, side) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, rows)
}

// EnsureActors creates the actors claims name that are not stored, by id
// or by slug.
func (l *loadTx) EnsureActors(ctx context.Context, as []graph.Actor) (int, error) {
	rows := make([][]any, len(as))
	for i, a := range as {
		rows[i] = []any{a.ID, a.Name, graph.Slug(a.Name)}
	}
	return l.insertNew(ctx, "actors", `INSERT INTO actors (id, name, slug) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, rows)
}

// EnsureTopics creates the topics claims name that are not stored, by id
// or by slug.
func (l *loadTx) EnsureTopics(ctx context.Context, ts []graph.Topic) (int, error) {
	rows := make([][]any, len(ts))
	for i, t := range ts {
		rows[i] = []any{t.ID, t.Name, graph.Slug(t.Name)}
	}
	return l.insertNew(ctx, "topics", `INSERT INTO topics (id, name, slug) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, rows)
}

// insertNew runs an INSERT … ON CONFLICT DO NOTHING per row and counts
// the rows it inserted.
func (l *loadTx) insertNew(ctx context.Context, what, query string, rows [][]any) (int, error) {
	st, err := l.tx.PrepareContext(ctx, query)
	if err != nil {
		return 0, translate(err, "%s", what)
	}
	defer st.Close()
	created := 0
	for i, args := range rows {
		if err := l.live(i); err != nil {
			return created, err
		}
		r, err := st.ExecContext(l.rowCtx, args...)
		if err != nil {
			return created, translate(err, "%s %v", what, args[0])
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
	rows, err := l.tx.QueryContext(ctx, `SELECT id, fingerprint FROM claims WHERE id IN (SELECT value FROM json_each(?))`, jsonList(ids))
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
	probePropSQL   = `SELECT ` + claimCols + ` FROM claims WHERE prop_key IN (SELECT value FROM json_each(?))`
	probeAccSQL    = `SELECT ` + claimCols + ` FROM claims WHERE acc_key IN (SELECT value FROM json_each(?)) AND acc_key <> ''`
	probeIDSQL     = `SELECT ` + claimCols + ` FROM claims WHERE id IN (SELECT value FROM json_each(?))`
	probeRespSQL   = `SELECT ` + claimCols + ` FROM claims WHERE id IN (SELECT from_id FROM claim_responds WHERE to_id IN (SELECT value FROM json_each(?)))`
	membersSQL     = `SELECT id, prop_key, speaker_id, side_slug, kind, polarity, said_at FROM claims WHERE prop_key IN (SELECT value FROM json_each(?))`
	countAccSQL    = `SELECT acc_key, count(*) FROM claims WHERE acc_key IN (SELECT value FROM json_each(?)) AND acc_key <> '' GROUP BY acc_key`
	insertClaimSQL = `INSERT INTO claims (id, doc_id, speaker_id, speaker, role, side, side_slug, kind,
		subject, subject_slug, action, topic, topic_slug, polarity, text, said_at, ev_start, ev_end, ev_text,
		responds_to, prop_key, acc_key, fingerprint, changed_at, counterclaim, loaded_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	// The update keeps loaded_at: it is the time of the first load.
	updateClaimSQL = `UPDATE claims SET doc_id = ?2, speaker_id = ?3, speaker = ?4, role = ?5,
		side = ?6, side_slug = ?7, kind = ?8, subject = ?9, subject_slug = ?10, action = ?11, topic = ?12,
		topic_slug = ?13, polarity = ?14, text = ?15, said_at = ?16, ev_start = ?17, ev_end = ?18, ev_text = ?19,
		responds_to = ?20, prop_key = ?21, acc_key = ?22, fingerprint = ?23, changed_at = ?24,
		counterclaim = ?25 WHERE id = ?1`
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
	ins, err := l.tx.PrepareContext(ctx, insertClaimSQL)
	if err != nil {
		return translate(err, "claims")
	}
	defer ins.Close()
	var upd, delResp *sql.Stmt
	if len(changed) > 0 {
		if upd, err = l.tx.PrepareContext(ctx, updateClaimSQL); err != nil {
			return translate(err, "claims")
		}
		defer upd.Close()
		if delResp, err = l.tx.PrepareContext(ctx, `DELETE FROM claim_responds WHERE from_id = ?`); err != nil {
			return translate(err, "claims")
		}
		defer delResp.Close()
	}
	var insResp *sql.Stmt
	for i := range fresh {
		if err := l.live(i); err != nil {
			return err
		}
		c := &fresh[i]
		var evStart, evEnd, evText any
		if e := c.Evidence; e != nil {
			evStart, evEnd, evText = e.Start, e.End, e.Text
		}
		args := []any{c.ID, c.DocID, c.SpeakerID, c.Speaker, c.Role, c.Side, graph.Slug(c.Side),
			string(c.Kind), c.Subject, graph.Slug(c.Subject), c.Action, c.Topic, graph.Slug(c.Topic), string(c.Polarity),
			c.Text, c.SaidAt, evStart, evEnd, evText, jsonList(c.RespondsTo), graph.PropKey(c), graph.AccKey(c), fps[i],
			l.now, counter[c.ID]}
		if changed[c.ID] {
			if _, err := upd.ExecContext(l.rowCtx, args...); err != nil {
				return translate(err, "update claim %s", c.ID)
			}
			if _, err := delResp.ExecContext(l.rowCtx, c.ID); err != nil {
				return translate(err, "update claim %s", c.ID)
			}
		} else if _, err := ins.ExecContext(l.rowCtx, append(args, l.now)...); err != nil {
			return translate(err, "insert claim %s", c.ID)
		}
		for _, to := range c.RespondsTo {
			if insResp == nil {
				if insResp, err = l.tx.PrepareContext(ctx, `INSERT INTO claim_responds (from_id, to_id) VALUES (?, ?) ON CONFLICT DO NOTHING`); err != nil {
					return translate(err, "claims")
				}
				defer insResp.Close()
			}
			if _, err := insResp.ExecContext(l.rowCtx, c.ID, to); err != nil {
				return translate(err, "claim %s responds to %s", c.ID, to)
			}
		}
	}
	return nil
}

// SetCounterclaims sets the counterclaim flag of the stored claims ids.
func (l *loadTx) SetCounterclaims(ctx context.Context, ids []string, on bool) error {
	query := `UPDATE claims SET counterclaim = 1 WHERE id IN (SELECT value FROM json_each(?)) AND counterclaim = 0`
	if !on {
		query = `UPDATE claims SET counterclaim = 0 WHERE id IN (SELECT value FROM json_each(?)) AND counterclaim = 1`
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
		if _, err := l.tx.ExecContext(ctx, `INSERT INTO finding_counts (rule, n) VALUES (?1, ?2)
			ON CONFLICT (rule) DO UPDATE SET n = n + ?2`, string(r), d); err != nil {
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
