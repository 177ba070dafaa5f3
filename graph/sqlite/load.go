package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
)

// Load upserts b in one transaction and runs detection for its new and
// changed claims; see graph.Store. Validation happens before the
// transaction starts, the document check inside it; any error rolls the
// whole batch back.
func (s *Store) Load(ctx context.Context, b graph.Batch) (graph.LoadResult, error) {
	res := graph.LoadResult{Findings: map[graph.Rule]int{}}
	if err := s.check(); err != nil {
		return res, err
	}
	nb, err := normalize(b)
	if err != nil {
		return res, fmt.Errorf("load batch: %w", err)
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return res, translate(err, "load batch: begin")
	}
	defer tx.Rollback()
	l := &loader{ctx: ctx, rowCtx: context.WithoutCancel(ctx), tx: tx, now: nanos(s.now()), res: &res, profileAt: s.profileAt}
	if err := l.run(nb); err != nil {
		if ctx.Err() != nil {
			// database/sql rolls back a cancelled transaction under us;
			// the cancellation is what the caller needs to see.
			return graph.LoadResult{Findings: map[graph.Rule]int{}}, fmt.Errorf("load batch: %w", ctx.Err())
		}
		return graph.LoadResult{Findings: map[graph.Rule]int{}}, err
	}
	if s.beforeCommit != nil {
		if err := s.beforeCommit(ctx); err != nil {
			return graph.LoadResult{Findings: map[graph.Rule]int{}}, fmt.Errorf("load batch: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		if ctx.Err() != nil {
			return graph.LoadResult{Findings: map[graph.Rule]int{}}, fmt.Errorf("load batch: %w", ctx.Err())
		}
		return graph.LoadResult{Findings: map[graph.Rule]int{}}, translate(err, "load batch: commit")
	}
	s.wrote.Store(true)
	return res, nil
}

// batch is a validated, normalised graph.Batch: ids filled, dates in
// YYYY-MM-DD, duplicate claims dropped.
type batch struct {
	graph.Batch
	fps []string // fingerprint of each claim
}

// normalize validates b and fills what the store derives. It never
// modifies b's slices.
func normalize(b graph.Batch) (*batch, error) {
	nb := &batch{}
	var err error
	if nb.Documents, nb.Speakers, nb.Actors, nb.Topics, err = graph.PrepareNodes(b); err != nil {
		return nil, err
	}
	claims, fps, err := graph.PrepareClaims(b.Claims)
	if err != nil {
		return nil, err
	}
	nb.Claims, nb.fps = claims, fps
	return nb, nil
}

// loader runs one Load inside its transaction.
type loader struct {
	ctx context.Context
	// rowCtx runs the per-row statements: a context that cannot be
	// cancelled spares the driver a watcher goroutine per statement; live
	// checks ctx between rows instead, and the transaction itself is bound
	// to ctx, so a cancelled load still rolls back.
	rowCtx context.Context
	tx     *sql.Tx
	now    int64
	res    *graph.LoadResult
	fps    map[string]string // claim id -> fingerprint of the batch's copy

	profileAt int            // group size from which a group gets a profile
	profile   map[string]int // changes to the profile counts, written with the claims
}

func (l *loader) run(nb *batch) error {
	if err := l.checkDocuments(nb); err != nil {
		return err
	}
	if err := l.writeDocuments(nb.Documents); err != nil {
		return err
	}
	if err := l.writeNamed(nb); err != nil {
		return err
	}
	fresh, changed, err := l.sortClaims(nb)
	if err != nil {
		return err
	}
	if len(fresh) == 0 {
		return nil
	}
	// Read the candidates before writing the batch: the stored copies of
	// fresh claims are stale or absent, and graph.Detect pairs fresh claims
	// with each other itself.
	start := time.Now()
	var (
		added, removed map[graph.Rule]int
		counter        map[string]bool // claims that counter another
		before         []graph.Finding // findings of the changed claims' stored versions
	)
	if len(changed) == 0 {
		// New claims only: nothing to retract, so counting is enough. The
		// mirrored accusations are counted in the index instead of read;
		// a large proposition group is counted from its profile, a small
		// one streamed through a Counter a few short columns at a time.
		p := graph.ProbeFor(fresh)
		accKeys, propKeys := p.AccKeys, p.PropKeys
		p.AccKeys, p.PropKeys = nil, nil
		linked, err := l.probe(p, nil)
		if err != nil {
			return err
		}
		accCounts, err := l.countAccusations(accKeys)
		if err != nil {
			return err
		}
		ctr := graph.NewCounter(fresh, linked, accCounts)
		if err := l.countGroups(ctr, fresh, linked, propKeys); err != nil {
			return err
		}
		n := ctr.Counted()
		l.res.DetectNanos += time.Since(start).Nanoseconds()
		added, counter, l.res.FindingsSeen = n.Findings, n.Counterclaimants, n.Total()
	} else {
		cands, err := l.candidates(fresh)
		if err != nil {
			return err
		}
		found := graph.Detect(fresh, cands)
		l.res.DetectNanos += time.Since(start).Nanoseconds()
		if before, err = graph.StoredFindings(changed, l.readProbe); err != nil {
			return err
		}
		added, removed = graph.FindingDelta(before, found)
		counter, l.res.FindingsSeen = graph.Counterclaimants(found), len(found)
		if err := l.profileChanges(fresh, changed); err != nil {
			return err
		}
	}
	for r, n := range added {
		l.res.Findings[r] = n
	}
	if err := l.writeClaims(fresh, changed, counter); err != nil {
		return err
	}
	if err := l.updateCounterclaims(fresh, before, counter); err != nil {
		return err
	}
	if err := l.writeProfiles(); err != nil {
		return err
	}
	return l.count(added, removed)
}

// countAccusations returns how many stored claims have each of keys as
// their accusation key, from the index alone.
func (l *loader) countAccusations(keys []string) (map[string]int, error) {
	return l.keyCounts(countAccSQL, "count accusations", keys)
}

// keyCounts runs query, which selects (key, count) rows for a JSON list
// of keys, and returns the counts by key; a key without a row is left out.
func (l *loader) keyCounts(query, what string, keys []string) (map[string]int, error) {
	out := make(map[string]int, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	rows, err := l.tx.QueryContext(l.ctx, query, jsonList(keys))
	if err != nil {
		return nil, translate(err, "load batch: %s", what)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, translate(err, "load batch: %s", what)
		}
		out[k] = n
	}
	return out, translate(rows.Err(), "load batch: %s", what)
}

// memberChunk is how many group members members hands on at a time.
const memberChunk = 4096

// members streams the stored claims query selects for keys (its one
// parameter, a JSON list) to add, memberChunk at a time, in graph.Member's
// columns.
func (l *loader) members(query string, keys []string, add func([]graph.Member)) error {
	if len(keys) == 0 {
		return nil
	}
	rows, err := l.tx.QueryContext(l.ctx, query, jsonList(keys))
	if err != nil {
		return translate(err, "load batch: read proposition groups")
	}
	defer rows.Close()
	buf := make([]graph.Member, 0, memberChunk)
	for rows.Next() {
		var m graph.Member
		var kind, pol string
		if err := rows.Scan(&m.ID, &m.PropKey, &m.SpeakerID, &m.SideSlug, &kind, &pol, &m.SaidAt); err != nil {
			return translate(err, "load batch: read proposition groups")
		}
		m.Kind, m.Polarity = graph.Kind(kind), graph.Polarity(pol)
		if buf = append(buf, m); len(buf) == memberChunk {
			add(buf)
			buf = buf[:0]
		}
	}
	if err := rows.Err(); err != nil {
		return translate(err, "load batch: read proposition groups")
	}
	add(buf)
	return nil
}

// readProbe reads the claims p names: graph.StoredFindings' read.
func (l *loader) readProbe(p graph.Probe) ([]graph.Claim, error) { return l.probe(p, nil) }

// updateCounterclaims keeps the counterclaim flag of stored claims that
// are not in the batch: set when they now counter a fresh claim, and
// re-derived when they countered a changed claim's old version, which may
// have been all they countered.
func (l *loader) updateCounterclaims(fresh []graph.Claim, before []graph.Finding, counter map[string]bool) error {
	isFresh := make(map[string]bool, len(fresh))
	for i := range fresh {
		isFresh[fresh[i].ID] = true
	}
	var set []string
	for id := range counter {
		if !isFresh[id] {
			set = append(set, id)
		}
	}
	if len(set) > 0 {
		sort.Strings(set)
		if _, err := l.tx.ExecContext(l.ctx, `UPDATE claims SET counterclaim = 1
			WHERE id IN (SELECT value FROM json_each(?)) AND counterclaim = 0`, jsonList(set)); err != nil {
			return translate(err, "load batch: counterclaims")
		}
	}
	recheck := graph.Recheck(before, fresh, counter)
	// The batch is written: these reads see the new versions.
	fs, err := graph.StoredFindings(recheck, l.readProbe)
	if err != nil {
		return err
	}
	still := graph.Counterclaimants(fs)
	var clear []string
	for id := range recheck {
		if !still[id] {
			clear = append(clear, id)
		}
	}
	if len(clear) > 0 {
		sort.Strings(clear)
		if _, err := l.tx.ExecContext(l.ctx, `UPDATE claims SET counterclaim = 0
			WHERE id IN (SELECT value FROM json_each(?))`, jsonList(clear)); err != nil {
			return translate(err, "load batch: counterclaims")
		}
	}
	return nil
}

// count adds the batch's change to the per-rule finding totals.
func (l *loader) count(added, removed map[graph.Rule]int) error {
	for _, r := range graph.Rules {
		d := added[r] - removed[r]
		if d == 0 {
			continue
		}
		if _, err := l.tx.ExecContext(l.ctx, `INSERT INTO finding_counts (rule, n) VALUES (?1, ?2)
			ON CONFLICT (rule) DO UPDATE SET n = n + ?2`, string(r), d); err != nil {
			return translate(err, "load batch: count findings")
		}
	}
	return nil
}

// checkDocuments makes sure every claim's document is in the batch or the store.
func (l *loader) checkDocuments(nb *batch) error {
	known := map[string]bool{}
	for _, d := range nb.Documents {
		known[d.ID] = true
	}
	var ask []string
	for _, c := range nb.Claims {
		if !known[c.DocID] {
			known[c.DocID] = true
			ask = append(ask, c.DocID)
		}
	}
	if len(ask) == 0 {
		return nil
	}
	stored := map[string]bool{}
	rows, err := l.tx.QueryContext(l.ctx, `SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(?))`, jsonList(ask))
	if err != nil {
		return translate(err, "load batch: check documents")
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return translate(err, "load batch: check documents")
		}
		stored[id] = true
	}
	if err := rows.Err(); err != nil {
		return translate(err, "load batch: check documents")
	}
	for _, id := range ask {
		if !stored[id] {
			return graph.Errorf(graph.EInvalid, "load batch: document %s is neither in the batch nor stored", id)
		}
	}
	return nil
}

// writeDocuments upserts documents. A field given empty keeps the stored
// value: a structured record that cites only a URL must not erase the
// outlet an article file gave the same document.
func (l *loader) writeDocuments(ds []graph.Document) error {
	if len(ds) == 0 {
		return nil
	}
	ins, err := l.tx.PrepareContext(l.ctx, `INSERT INTO documents (id, name, url, outlet, title, published)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
	if err != nil {
		return translate(err, "load batch: documents")
	}
	defer ins.Close()
	upd, err := l.tx.PrepareContext(l.ctx, `UPDATE documents SET
		name = CASE WHEN ?2 = '' THEN name ELSE ?2 END,
		url = CASE WHEN ?3 = '' THEN url ELSE ?3 END,
		outlet = CASE WHEN ?4 = '' THEN outlet ELSE ?4 END,
		title = CASE WHEN ?5 = '' THEN title ELSE ?5 END,
		published = CASE WHEN ?6 = '' THEN published ELSE ?6 END
		WHERE id = ?1`)
	if err != nil {
		return translate(err, "load batch: documents")
	}
	defer upd.Close()
	for i, d := range ds {
		if err := l.live(i); err != nil {
			return err
		}
		r, err := ins.ExecContext(l.rowCtx, d.ID, d.Name, d.URL, d.Outlet, d.Title, d.Published)
		if err != nil {
			return translate(err, "load batch: document %s", d.ID)
		}
		if n, _ := r.RowsAffected(); n > 0 {
			l.res.Documents++
			continue
		}
		if _, err := upd.ExecContext(l.rowCtx, d.ID, d.Name, d.URL, d.Outlet, d.Title, d.Published); err != nil {
			return translate(err, "load batch: document %s", d.ID)
		}
	}
	return nil
}

// writeNamed upserts the batch's speakers, actors and topics, then creates
// those its claims name and the store lacks.
func (l *loader) writeNamed(nb *batch) error {
	for _, sp := range nb.Speakers {
		created, err := l.upsertNamed("speakers", sp.ID, sp.Name, sp.Aliases,
			map[string]string{"role": sp.Role, "side": sp.Side})
		if err != nil {
			return err
		}
		if created {
			l.res.Speakers++
		}
	}
	for _, a := range nb.Actors {
		created, err := l.upsertNamed("actors", a.ID, a.Name, a.Aliases, nil)
		if err != nil {
			return err
		}
		if created {
			l.res.Actors++
		}
	}
	for _, t := range nb.Topics {
		created, err := l.upsertNamed("topics", t.ID, t.Name, t.Aliases, nil)
		if err != nil {
			return err
		}
		if created {
			l.res.Topics++
		}
	}

	// Nodes the claims imply, first mention first.
	type named struct{ id, name, role, side string }
	var speakers, actors, topics []named
	seen := map[string]bool{}
	for _, c := range nb.Claims {
		if k := "s" + c.SpeakerID; !seen[k] {
			seen[k] = true
			speakers = append(speakers, named{c.SpeakerID, graph.NodeName(c.Speaker), c.Role, c.Side})
		}
		for _, a := range []string{c.Side, c.Subject} {
			if k := "a" + graph.Slug(a); a != "" && !seen[k] {
				seen[k] = true
				actors = append(actors, named{id: graph.ActorID(a), name: graph.NodeName(a)})
			}
		}
		if k := "t" + graph.Slug(c.Topic); !seen[k] {
			seen[k] = true
			topics = append(topics, named{id: graph.TopicID(c.Topic), name: graph.NodeName(c.Topic)})
		}
	}
	implied := []struct {
		what  string
		sql   string
		list  []named
		count *int
	}{
		{"speaker", `INSERT INTO speakers (id, name, slug, role, side) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, speakers, &l.res.Speakers},
		{"actor", `INSERT INTO actors (id, name, slug) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, actors, &l.res.Actors},
		{"topic", `INSERT INTO topics (id, name, slug) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, topics, &l.res.Topics},
	}
	for _, im := range implied {
		if len(im.list) == 0 {
			continue
		}
		st, err := l.tx.PrepareContext(l.ctx, im.sql)
		if err != nil {
			return translate(err, "load batch: %ss", im.what)
		}
		for _, n := range im.list {
			args := []any{n.id, n.name, graph.Slug(n.name)}
			if im.what == "speaker" {
				args = append(args, n.role, n.side)
			}
			r, err := st.ExecContext(l.rowCtx, args...)
			if err != nil {
				st.Close()
				return translate(err, "load batch: %s %s", im.what, n.id)
			}
			if k, _ := r.RowsAffected(); k > 0 {
				*im.count++
			}
		}
		st.Close()
	}
	return nil
}

// upsertNamed writes a speaker, actor or topic given explicitly: the name
// is replaced, aliases are merged, extra fields replace stored ones when
// given. table and the extra column names are constants of this package.
// A structured file repeats a speaker's name, role and side on every
// claim, so the row is read first and left alone when nothing would
// change: most upserts of a large load are then a read, not a write.
func (l *loader) upsertNamed(table, id, name string, aliases []string, extra map[string]string) (bool, error) {
	keys := sortedKeys(extra)
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
		args := []any{id, name, graph.Slug(name), jsonList(mergeAliases(nil, aliases))}
		for _, k := range keys {
			cols += ", " + k
			marks += ", ?"
			args = append(args, extra[k])
		}
		if _, err := l.tx.ExecContext(l.rowCtx, `INSERT INTO `+table+` (`+cols+`) VALUES (`+marks+`)`, args...); err != nil {
			return false, translate(err, "load batch: %s %s", table, id)
		}
		return true, nil
	case err != nil:
		return false, translate(err, "load batch: %s %s", table, id)
	}
	var old []string
	if err := json.Unmarshal([]byte(storedAliases), &old); err != nil {
		return false, fmt.Errorf("load batch: %s %s: stored aliases: %w", table, id, err)
	}
	merged := jsonList(mergeAliases(old, aliases))
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
		return false, translate(err, "load batch: %s %s", table, id)
	}
	return false, nil
}

// mergeAliases returns the union of two alias lists, sorted, without
// duplicates (by exact text) or blank names. Names are kept verbatim.
func mergeAliases(a, b []string) []string {
	set := map[string]bool{}
	for _, l := range [][]string{a, b} {
		for _, s := range l {
			if strings.TrimSpace(s) != "" {
				set[s] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// sortClaims compares the batch's claims with the stored ones: it counts
// the unchanged and returns the fresh ones (new or changed) and the ids of
// the changed.
func (l *loader) sortClaims(nb *batch) ([]graph.Claim, map[string]bool, error) {
	ids := make([]string, len(nb.Claims))
	for i := range nb.Claims {
		ids[i] = nb.Claims[i].ID
	}
	stored := make(map[string]string, len(ids))
	rows, err := l.tx.QueryContext(l.ctx, `SELECT id, fingerprint FROM claims WHERE id IN (SELECT value FROM json_each(?))`, jsonList(ids))
	if err != nil {
		return nil, nil, translate(err, "load batch: read stored claims")
	}
	defer rows.Close()
	for rows.Next() {
		var id, fp string
		if err := rows.Scan(&id, &fp); err != nil {
			return nil, nil, translate(err, "load batch: read stored claims")
		}
		stored[id] = fp
	}
	if err := rows.Err(); err != nil {
		return nil, nil, translate(err, "load batch: read stored claims")
	}
	var fresh []graph.Claim
	changed := map[string]bool{}
	for i, c := range nb.Claims {
		fp, ok := stored[c.ID]
		switch {
		case !ok:
			l.res.Claims++
		case fp == nb.fps[i]:
			l.res.Unchanged++
			continue
		default:
			l.res.Updated++
			changed[c.ID] = true
		}
		fresh = append(fresh, c)
	}
	// Keep the fingerprints beside the fresh claims for writeClaims.
	l.fps = map[string]string{}
	for i, c := range nb.Claims {
		l.fps[c.ID] = nb.fps[i]
	}
	return fresh, changed, nil
}

// live returns ctx's error every 128 rows, so that a cancelled load stops
// soon without a context check per statement.
func (l *loader) live(i int) error {
	if i%128 == 0 {
		if err := l.ctx.Err(); err != nil {
			return fmt.Errorf("load batch: %w", err)
		}
	}
	return nil
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

// candidates reads the stored claims graph.ProbeFor(fresh) names, except
// the fresh claims themselves.
func (l *loader) candidates(fresh []graph.Claim) ([]graph.Claim, error) {
	skip := make(map[string]bool, len(fresh))
	for i := range fresh {
		skip[fresh[i].ID] = true
	}
	return l.probe(graph.ProbeFor(fresh), skip)
}

// probe reads the claims p names, the columns detection needs only, each
// once and none in skip.
func (l *loader) probe(p graph.Probe, skip map[string]bool) ([]graph.Claim, error) {
	seen := map[string]bool{}
	var out []graph.Claim
	for _, q := range []struct {
		sql  string
		keys []string
	}{
		{probePropSQL, p.PropKeys}, {probeAccSQL, p.AccKeys}, {probeIDSQL, p.IDs}, {probeRespSQL, p.RespondersTo},
	} {
		if len(q.keys) == 0 {
			continue
		}
		err := func() error {
			rows, err := l.tx.QueryContext(l.ctx, q.sql, jsonList(q.keys))
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				c, err := scanCandidate(rows)
				if err != nil {
					return err
				}
				if !skip[c.ID] && !seen[c.ID] {
					seen[c.ID] = true
					out = append(out, c)
				}
			}
			return rows.Err()
		}()
		if err != nil {
			return nil, translate(err, "load batch: read candidates")
		}
	}
	return out, nil
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

// writeClaims inserts new claims and updates changed ones, with their
// responds_to rows, change time and counterclaim flag (counter).
func (l *loader) writeClaims(fresh []graph.Claim, changed, counter map[string]bool) error {
	ins, err := l.tx.PrepareContext(l.ctx, insertClaimSQL)
	if err != nil {
		return translate(err, "load batch: claims")
	}
	defer ins.Close()
	var upd, delResp *sql.Stmt
	if len(changed) > 0 {
		if upd, err = l.tx.PrepareContext(l.ctx, updateClaimSQL); err != nil {
			return translate(err, "load batch: claims")
		}
		defer upd.Close()
		if delResp, err = l.tx.PrepareContext(l.ctx, `DELETE FROM claim_responds WHERE from_id = ?`); err != nil {
			return translate(err, "load batch: claims")
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
			c.Text, c.SaidAt, evStart, evEnd, evText, jsonList(c.RespondsTo), graph.PropKey(c), graph.AccKey(c), l.fps[c.ID],
			l.now, counter[c.ID]}
		if changed[c.ID] {
			if _, err := upd.ExecContext(l.rowCtx, args...); err != nil {
				return translate(err, "load batch: update claim %s", c.ID)
			}
			if _, err := delResp.ExecContext(l.rowCtx, c.ID); err != nil {
				return translate(err, "load batch: update claim %s", c.ID)
			}
		} else if _, err := ins.ExecContext(l.rowCtx, append(args, l.now)...); err != nil {
			return translate(err, "load batch: insert claim %s", c.ID)
		}
		for _, to := range c.RespondsTo {
			if insResp == nil {
				if insResp, err = l.tx.PrepareContext(l.ctx, `INSERT INTO claim_responds (from_id, to_id) VALUES (?, ?) ON CONFLICT DO NOTHING`); err != nil {
					return translate(err, "load batch: claims")
				}
				defer insResp.Close()
			}
			if _, err := insResp.ExecContext(l.rowCtx, c.ID, to); err != nil {
				return translate(err, "load batch: claim %s responds to %s", c.ID, to)
			}
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
