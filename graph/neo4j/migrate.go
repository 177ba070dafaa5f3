package neo4j

import (
	"context"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// dataVersion is the version of the data model this package writes. It is
// recorded on a SchemaVersion node once a database holds it, so that Open
// migrates a database once, and again after an interrupted migration.
//
//	1 (no SchemaVersion node): findings stored as CONTRADICTS and COUNTERS
//	  relationships, one per pair of claims.
//	2: findings derived from claims on read (graph.FindFindings); claims
//	  carry changed_at; per-rule totals on FindingCount nodes.
//	3: a topic's slug, and the topic_slug, prop_key and acc_key of its
//	  claims, are its graph.TopicSlug (event nouns of a class of synonyms
//	  made the first of it): topics that became one are one Topic node.
//	4: the same for the classes added after version 3 (a truce is a
//	  ceasefire, spying is espionage); the steps of version 3 re-key it.
const dataVersion = 4

// schemaVersionName names contra's SchemaVersion node.
const schemaVersionName = "contra"

// migrateBatch is how many relationships or nodes one migration
// transaction changes: the migration of a large store is many modest
// transactions, not one that holds every pair in memory.
const migrateBatch = 10000

// newerModel is the error for a database that records data model
// version v, newer than dataVersion: a newer contra changed what keys and
// counts mean, and writing with this one's rules would mix two models in
// one database, so it is refused before anything is written, as the
// SQLite store refuses a newer schema.
func (s *Store) newerModel(v int) error {
	return graph.Errorf(graph.EUnavailable,
		"open neo4j database %s: data model %d is newer than this contra supports (%d); upgrade contra",
		s.cfg.Database, v, dataVersion)
}

// storedVersion returns the data model version the database records; 1
// when it records none (a version-1 database), and whether it holds no
// claim (then there is no data to migrate).
func storedVersion(ctx context.Context, q querier) (version int, empty bool, err error) {
	version = 1
	err = each(ctx, q, stSchemaVersion, map[string]any{"name": schemaVersionName}, func(rec *neo4j.Record) error {
		var err error
		if empty, err = boolean(rec, "empty"); err != nil {
			return err
		}
		v, err := value(rec, "version")
		if err != nil || v == nil {
			return err
		}
		version, err = integer(rec, "version")
		return err
	})
	return version, empty, err
}

// migrate brings the database's data to dataVersion, unless it records
// that version already. Version 2 to 3, and 3 to 4: see topicSlugSteps.
// Version 1 to 2: count the stored findings by rule into FindingCount totals (under
// the load lock, so that no load moves a total meanwhile), drop the
// finding relationships and give every claim a changed_at, migrateBatch
// changes per transaction. Every step is idempotent, so an interrupted
// migration runs again from the start at the next Open; the version is
// recorded last. The Counterclaim label means what it meant.
func (s *Store) migrate(ctx context.Context) error {
	var version int
	var empty bool
	err := s.read(ctx, func(q querier) error {
		var err error
		version, empty, err = storedVersion(ctx, q)
		return err
	})
	if err != nil {
		return translate(err, s.t, "migrate neo4j data")
	}
	if version > dataVersion {
		return s.newerModel(version)
	}
	if version == dataVersion {
		return nil
	}
	if empty {
		// Nothing to migrate: record the version, so that the database is
		// not taken for a version 1 one once it holds claims.
		return s.saveVersion(ctx)
	}
	s.log.Info("neo4j: migrating the data model", "from", version, "to", dataVersion, "database", s.cfg.Database)
	if version < 2 {
		if err := s.migrateFindings(ctx); err != nil {
			return err
		}
	}
	steps, err := s.topicSlugSteps(ctx)
	if err != nil {
		return err
	}
	for _, step := range steps {
		if err := step.run(ctx); err != nil {
			return translate(err, s.t, "migrate neo4j data: %s", step.name)
		}
	}
	if err := s.saveVersion(ctx); err != nil {
		return err
	}
	s.log.Info("neo4j: data model migrated", "version", dataVersion, "database", s.cfg.Database)
	return nil
}

// migrateFindings migrates version 1 to 2 (see migrate).
func (s *Store) migrateFindings(ctx context.Context) error {
	err := s.write(ctx, func(q querier) error {
		if _, err := exec(ctx, q, stLockLoad, map[string]any{"name": loadLock, "now": s.now().UnixNano()}); err != nil {
			return err
		}
		_, err := exec(ctx, q, stMigrateCounts, map[string]any{})
		return err
	})
	if err != nil {
		return translate(err, s.t, "migrate neo4j data: count findings")
	}
	// One pass each, committing every migrateBatch changes: Neo4j's own
	// batching (CALL { … } IN TRANSACTIONS) in an auto-commit transaction.
	for _, st := range []*statement{stMigrateDropFindings, stMigrateChangedAt} {
		if err := s.autoCommit(ctx, st, map[string]any{"batch": int64(migrateBatch)}); err != nil {
			return translate(err, s.t, "migrate neo4j data: %s", st.name)
		}
	}
	return nil
}

// DeleteAll deletes everything the store's database holds, keeping the
// schema, migrateBatch nodes per transaction: for benchmarks and tests on
// a scratch database. What it deletes is gone. The empty database is
// stamped with the current data model, as Open stamps one.
func (s *Store) DeleteAll(ctx context.Context) error {
	if err := s.check(); err != nil {
		return err
	}
	if err := s.autoCommit(ctx, stDeleteAll, map[string]any{"batch": int64(migrateBatch)}); err != nil {
		return translate(err, s.t, "delete everything in neo4j database %s", s.cfg.Database)
	}
	return s.saveVersion(ctx)
}

// saveVersion records that the database holds data model dataVersion.
func (s *Store) saveVersion(ctx context.Context) error {
	err := s.write(ctx, func(q querier) error {
		_, err := exec(ctx, q, stSaveSchemaVersion, map[string]any{"name": schemaVersionName, "version": int64(dataVersion)})
		return err
	})
	return translate(err, s.t, "migrate neo4j data: record the version")
}
