package sqlite

import (
	"context"
	"fmt"

	"github.com/contra-project/contra/graph"
)

// Floor is the floor of a load, for contra bench: the rows a load writes,
// through the same driver, connection settings and statements, in one
// transaction with the secondary indexes built after the rows, and
// nothing else: no detection, no node read before it is written (each
// node is inserted unless it is stored), no check but the batch's own
// validation. A load cannot write the same rows faster; how close it
// comes is its efficiency.
type Floor struct{ b *bulkLoad }

// BeginFloor begins the floor's transaction on a store, as BeginBulk
// does.
func (s *Store) BeginFloor(ctx context.Context) (*Floor, error) {
	bl, err := s.BeginBulk(ctx)
	if err != nil {
		return nil, err
	}
	f := &Floor{b: bl.(*bulkLoad)}
	// The floor writes without the index a load keeps (keptIndex), as
	// it always did, and does not build it: it flags nothing.
	l := f.b.l
	var sql string
	err = l.tx.QueryRowContext(ctx, `SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?`, keptIndex).Scan(&sql)
	if err == nil {
		_, err = l.tx.ExecContext(ctx, `DROP INDEX "`+keptIndex+`"`)
	}
	if err != nil {
		f.Rollback()
		return nil, fmt.Errorf("floor: %w", translate(err, "drop index %s", keptIndex))
	}
	l.dropped = append(l.dropped, droppedIndex{name: keptIndex, sql: sql})
	return f, nil
}

// Write writes a batch's rows. It prepares the batch as a bulk
// transaction does (PrepareBatchConcurrently, half of it on another
// core): a floor that prepared on its writer alone would credit the load
// with a core the floor left idle, not with writing less.
func (f *Floor) Write(ctx context.Context, b graph.Batch) error {
	p, err := graph.PrepareBatchConcurrently(b)
	if err != nil {
		return fmt.Errorf("floor: %w", err)
	}
	l := f.b.l
	l.ctx = ctx
	for _, step := range []func() (int, error){
		func() (int, error) {
			// Inserted unless stored, as the named nodes.
			_, err := l.insertDocs(ctx, p.Documents, false)
			return 0, err
		},
		func() (int, error) { return l.EnsureActors(ctx, append(p.Actors, p.ImpliedActors...)) },
		func() (int, error) { return l.EnsureTopics(ctx, append(p.Topics, p.ImpliedTopics...)) },
		func() (int, error) { return l.EnsureSpeakers(ctx, append(p.Speakers, p.ImpliedSpeakers...)) },
	} {
		if _, err := step(); err != nil {
			return fmt.Errorf("floor: %w", err)
		}
	}
	if _, err := l.insertClaims(ctx, p.Claims, p.Fingerprints, false); err != nil {
		return fmt.Errorf("floor: %w", err)
	}
	return nil
}

// Commit builds the indexes and commits.
func (f *Floor) Commit(ctx context.Context) error {
	f.b.l.ctx = ctx
	if err := f.b.l.BuildIndexes(ctx); err != nil {
		return fmt.Errorf("floor: %w", err)
	}
	// Into an empty store, the same side file and rename as a load's.
	if err := f.b.commit(ctx); err != nil {
		return fmt.Errorf("floor: %w", err)
	}
	f.b.finish()
	return nil
}

// Rollback abandons the floor's transaction.
func (f *Floor) Rollback() error { return f.b.Rollback() }
