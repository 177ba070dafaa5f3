package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/contra-project/contra/graph"
)

var (
	_ graph.JudgementStore = (*Store)(nil)
	_ graph.TextStore      = (*Store)(nil)
)

// judgementTime is how judgements' times are stored: UTC with a fixed
// number of fraction digits, so that the text sorts as the time does.
const judgementTime = "2006-01-02T15:04:05.000000000Z"

// AddJudgements stores the judgements not stored yet; see
// graph.JudgementStore.
func (s *Store) AddJudgements(ctx context.Context, js []graph.Judgement) (int, error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	for _, j := range js {
		if p, err := graph.PrepareJudgement(j, j.At); err != nil || p.ID != j.ID {
			if err == nil {
				err = graph.Errorf(graph.EInvalid, "judgement %q is not prepared", j.ID)
			}
			return 0, err
		}
	}
	if len(js) == 0 {
		return 0, nil
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, translate(err, "add judgements")
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT INTO judgements (id, action, target, target_id, into_name, side, reason, user_name, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
	if err != nil {
		return 0, translate(err, "add judgements")
	}
	defer st.Close()
	added := 0
	for _, j := range js {
		res, err := st.ExecContext(ctx, j.ID, string(j.Action), string(j.Target), j.TargetID, j.Into, j.Side, j.Reason, j.User,
			j.At.UTC().Format(judgementTime))
		if err != nil {
			return 0, translate(err, "add judgement %s", j.ID)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return 0, translate(err, "add judgement %s", j.ID)
		}
		added += int(n)
	}
	if err := tx.Commit(); err != nil {
		return 0, translate(err, "add judgements")
	}
	return added, nil
}

// Judgements calls fn with every judgement by time, then id.
func (s *Store) Judgements(ctx context.Context, fn func(graph.Judgement) error) error {
	if err := s.check(); err != nil {
		return err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, action, target, target_id, into_name, side, reason, user_name, at
		FROM judgements ORDER BY at, id`)
	if err != nil {
		return translate(err, "judgements")
	}
	defer rows.Close()
	for rows.Next() {
		j, err := scanJudgement(rows)
		if err != nil {
			return err
		}
		if err := fn(j); err != nil {
			return err
		}
	}
	return translate(rows.Err(), "judgements")
}

func scanJudgement(rows *sql.Rows) (graph.Judgement, error) {
	var j graph.Judgement
	var action, target, at string
	if err := rows.Scan(&j.ID, &action, &target, &j.TargetID, &j.Into, &j.Side, &j.Reason, &j.User, &at); err != nil {
		return j, translate(err, "judgements")
	}
	j.Action, j.Target = graph.Action(action), graph.Target(target)
	t, err := time.Parse(time.RFC3339Nano, at)
	if err != nil {
		return j, fmt.Errorf("judgement %s: at: %w", j.ID, err)
	}
	j.At = t.UTC()
	return j, nil
}

// SaveOriginals records and forgets claims' originals; see
// graph.JudgementStore.
func (s *Store) SaveOriginals(ctx context.Context, set []graph.Original, drop []string) error {
	if err := s.check(); err != nil {
		return err
	}
	if len(set) == 0 && len(drop) == 0 {
		return nil
	}
	return s.inWrite(ctx, "save originals", func(tx *sql.Tx) error {
		if len(set) > 0 {
			st, err := tx.PrepareContext(ctx, `INSERT INTO claim_originals (claim_id, speaker, topic, side) VALUES (?, ?, ?, ?)
				ON CONFLICT (claim_id) DO UPDATE SET speaker = excluded.speaker, topic = excluded.topic, side = excluded.side`)
			if err != nil {
				return translate(err, "save originals")
			}
			defer st.Close()
			for _, o := range set {
				if _, err := st.ExecContext(ctx, o.ClaimID, o.Speaker, o.Topic, o.Side); err != nil {
					return translate(err, "save original of %s", o.ClaimID)
				}
			}
		}
		if len(drop) > 0 {
			if _, err := tx.ExecContext(ctx, `DELETE FROM claim_originals WHERE claim_id IN (SELECT value FROM json_each(?))`, jsonList(drop)); err != nil {
				return translate(err, "forget originals")
			}
		}
		return nil
	})
}

// Originals returns the recorded originals of ids.
func (s *Store) Originals(ctx context.Context, ids []string) (map[string]graph.Original, error) {
	out := map[string]graph.Original{}
	if err := s.check(); err != nil {
		return out, err
	}
	if len(ids) == 0 {
		return out, nil
	}
	err := s.inRead(ctx, func(q queryer) error {
		rows, err := q.QueryContext(ctx, `SELECT claim_id, speaker, topic, side FROM claim_originals
			WHERE claim_id IN (SELECT value FROM json_each(?))`, jsonList(ids))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var o graph.Original
			if err := rows.Scan(&o.ClaimID, &o.Speaker, &o.Topic, &o.Side); err != nil {
				return err
			}
			out[o.ClaimID] = o
		}
		return rows.Err()
	})
	return out, translate(err, "originals")
}

// EachOriginal calls fn with every recorded original by claim id.
func (s *Store) EachOriginal(ctx context.Context, fn func(graph.Original) error) error {
	if err := s.check(); err != nil {
		return err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT claim_id, speaker, topic, side FROM claim_originals ORDER BY claim_id`)
	if err != nil {
		return translate(err, "originals")
	}
	defer rows.Close()
	for rows.Next() {
		var o graph.Original
		if err := rows.Scan(&o.ClaimID, &o.Speaker, &o.Topic, &o.Side); err != nil {
			return translate(err, "originals")
		}
		if err := fn(o); err != nil {
			return err
		}
	}
	return translate(rows.Err(), "originals")
}

// SaveTexts stores articles' original texts; see graph.TextStore.
func (s *Store) SaveTexts(ctx context.Context, texts []graph.DocumentText) error {
	if err := s.check(); err != nil {
		return err
	}
	if len(texts) == 0 {
		return nil
	}
	return s.inWrite(ctx, "save texts", func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `INSERT INTO document_texts (doc_id, text) VALUES (?, ?)
			ON CONFLICT (doc_id) DO UPDATE SET text = excluded.text WHERE text <> excluded.text`)
		if err != nil {
			return translate(err, "save texts")
		}
		defer st.Close()
		for _, t := range texts {
			if t.DocID == "" {
				return graph.Errorf(graph.EInvalid, "save texts: a text without a document id")
			}
			if _, err := st.ExecContext(ctx, t.DocID, t.Text); err != nil {
				return translate(err, "save text of %s", t.DocID)
			}
		}
		return nil
	})
}

// A load writes originals and texts beside its batches (graph.JudgingStore,
// the CLI's text keeper). During a bulk transaction this process's write
// connection is the transaction's, so those writes go into it: they are
// committed with its rows or rolled back with them (a unit's Undo takes
// back what was written in it too; a text lost so is saved again by the
// next load of its article), and the reads that go with them see them.

// inWrite runs fn in the open bulk transaction, or else in a transaction
// of its own that it commits.
func (s *Store) inWrite(ctx context.Context, what string, fn func(tx *sql.Tx) error) error {
	if done, err := s.inBulk(func(tx *sql.Tx) error { return fn(tx) }); done {
		return err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return translate(err, "%s", what)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return translate(tx.Commit(), "%s", what)
}

// inRead runs fn on the open bulk transaction, so that it sees what the
// transaction wrote, or else on the read pool.
func (s *Store) inRead(ctx context.Context, fn func(q queryer) error) error {
	if done, err := s.inBulk(func(tx *sql.Tx) error { return fn(tx) }); done {
		return err
	}
	return fn(s.r)
}

// inBulk runs fn in the open bulk transaction, if there is one that has
// not ended (it may end between the two looks: ran is then false).
func (s *Store) inBulk(fn func(tx *sql.Tx) error) (ran bool, err error) {
	b := s.bulk.Load()
	if b == nil {
		return false, nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return false, nil
	}
	return true, fn(b.tx)
}

// DocumentText returns a document's original text; ENotFound without one.
func (s *Store) DocumentText(ctx context.Context, docID string) (string, error) {
	if err := s.check(); err != nil {
		return "", err
	}
	var text string
	err := s.r.QueryRowContext(ctx, `SELECT text FROM document_texts WHERE doc_id = ?`, docID).Scan(&text)
	if err == sql.ErrNoRows {
		return "", graph.Errorf(graph.ENotFound, "document %q has no stored text", docID)
	}
	return text, translate(err, "text of document %s", docID)
}
