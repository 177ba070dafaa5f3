package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/contra-project/contra/graph"
)

// migrationStep is Go a migration runs in its transaction, before and
// after its SQL file: what SQL cannot compute (graph's rules).
type migrationStep struct {
	before, after func(ctx context.Context, s *Store, tx *sql.Tx) error
}

// migrationSteps are the Go steps of the migrations that have any.
var migrationSteps = map[int]migrationStep{
	7: {before: rekeyTopics, after: recountRekeyed},
	// the same steps for the classes added after version 7: a truce is a
	// ceasefire, spying is espionage (graph.EventNoun)
	8: {before: rekeyTopics, after: recountRekeyed},
}

// rekeyTopics (migration 7, before its SQL) fills temp.topic_rekey with
// every stored topic slug, of a topic or a claim, whose TopicSlug differs,
// and re-keys the topics: a load now keeps one topic per TopicSlug, the
// first written (ensure does nothing on a stored slug), so of the topics
// that become one the one with the smallest rowid stays, with the others'
// aliases; a topic whose id is TopicID's old form "topic:"+slug takes the
// new form, as a load now gives it.
func rekeyTopics(ctx context.Context, _ *Store, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DROP TABLE IF EXISTS temp.topic_rekey;
		CREATE TEMP TABLE topic_rekey (old TEXT PRIMARY KEY, new TEXT NOT NULL) WITHOUT ROWID`); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT slug FROM topics UNION SELECT DISTINCT topic_slug FROM claims`)
	if err != nil {
		return err
	}
	rekey := map[string]string{}
	for rows.Next() {
		var slug string
		if err := rows.Scan(&slug); err != nil {
			rows.Close()
			return err
		}
		if n := graph.TopicSlugOfSlug(slug); n != slug {
			rekey[slug] = n
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(rekey) == 0 {
		return nil
	}
	for old, n := range rekey {
		if _, err := tx.ExecContext(ctx, `INSERT INTO temp.topic_rekey (old, new) VALUES (?, ?)`, old, n); err != nil {
			return err
		}
	}
	// The topics of every new slug: those re-keyed and one stored under it.
	rows, err = tx.QueryContext(ctx, `SELECT t.rowid, t.id, t.slug, t.aliases, coalesce(r.new, t.slug) FROM topics t
		LEFT JOIN temp.topic_rekey r ON r.old = t.slug
		WHERE t.slug IN (SELECT old FROM temp.topic_rekey UNION SELECT new FROM temp.topic_rekey)
		ORDER BY t.rowid`)
	if err != nil {
		return err
	}
	type topic struct {
		rowid             int64
		id, slug, aliases string
		newSlug           string
		mergedAliases     []string
		dropped, changed  bool
	}
	var ts []*topic
	first := map[string]*topic{}
	for rows.Next() {
		t := &topic{}
		if err := rows.Scan(&t.rowid, &t.id, &t.slug, &t.aliases, &t.newSlug); err != nil {
			rows.Close()
			return err
		}
		ts = append(ts, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, t := range ts {
		var as []string
		if err := json.Unmarshal([]byte(t.aliases), &as); err != nil {
			return err
		}
		f := first[t.newSlug]
		if f == nil {
			first[t.newSlug] = t
			t.mergedAliases, t.changed = as, t.slug != t.newSlug
			continue
		}
		t.dropped = true
		if len(as) > 0 {
			f.mergedAliases, f.changed = graph.MergeAliases(f.mergedAliases, as), true
		}
	}
	// The dropped go first: a kept topic may take the id one of them has.
	for _, t := range ts {
		if t.dropped {
			if _, err := tx.ExecContext(ctx, `DELETE FROM topics WHERE rowid = ?`, t.rowid); err != nil {
				return err
			}
		}
	}
	for _, t := range ts {
		if t.dropped || !t.changed {
			continue
		}
		id := t.id
		if id == "topic:"+t.slug {
			id = "topic:" + t.newSlug
		}
		if id != t.id {
			var taken int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM topics WHERE id = ?`, id).Scan(&taken); err != nil {
				return err
			}
			if taken > 0 {
				id = t.id // an id given explicitly to another topic
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE topics SET id = ?, slug = ?, aliases = ? WHERE rowid = ?`,
			id, t.newSlug, jsonList(t.mergedAliases), t.rowid); err != nil {
			return err
		}
	}
	return nil
}

// recountRekeyed (migration 7, after its SQL) counts again what loads
// derive from proposition and accusation keys when any key changed:
// groups that were two are one, and their findings, counterclaim flags,
// profiles and per-rule totals are those of the one. The counts are
// cleared and counted over every claim as the bulk path counts the
// claims of a load into an empty store, which counts what loading them
// batch by batch counts.
func recountRekeyed(ctx context.Context, s *Store, tx *sql.Tx) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM temp.topic_rekey`).Scan(&n); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DROP TABLE temp.topic_rekey`); err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	return recount(ctx, s, tx)
}

// recount clears the counts loads derive and counts them over every
// stored claim.
func recount(ctx context.Context, s *Store, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `UPDATE claims SET counterclaim = 0 WHERE counterclaim <> 0;
		DELETE FROM prop_profiles; DELETE FROM finding_counts;
		DROP TABLE IF EXISTS temp.bulk_deferred; `+deferredTable); err != nil {
		return err
	}
	// The store's statements are prepared after its migrations: the two
	// the counting writes with are prepared on the transaction.
	st := &stmts{}
	for _, p := range []struct {
		to *(*sql.Stmt)
		q  string
	}{{&st.profile, profileSQL}, {&st.addCount, addCountSQL}} {
		x, err := tx.PrepareContext(ctx, p.q)
		if err != nil {
			return err
		}
		defer x.Close()
		*p.to = x
	}
	l := &loadTx{ctx: ctx, rowCtx: context.WithoutCancel(ctx), tx: tx, st: st, now: nanos(s.now()), profileAt: s.profileAt}
	l.stmts = map[*sql.Stmt]*sql.Stmt{st.profile: st.profile, st.addCount: st.addCount}
	// base 0: every claim is counted as added; no index was dropped.
	b := &bulkTx{loadTx: l, log: s.log}
	if _, err := graph.NewBulk(b).Finish(ctx); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DROP TABLE IF EXISTS temp.bulk_deferred`)
	return err
}
