package neo4j

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schemaItem is one statement of cypher/schema.cypher: a uniqueness
// constraint or a range index, on one property of one label.
type schemaItem struct {
	name   string // contra_…
	text   string // the statement
	unique bool   // a uniqueness constraint; else an index
	key    schemaKey
}

// schemaKey is what an index or constraint is on.
type schemaKey struct{ label, prop string }

func (k schemaKey) String() string { return ":" + k.label + "(" + k.prop + ")" }

var schemaItemRE = regexp.MustCompile(`(?is)^CREATE\s+(CONSTRAINT|INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\s+` +
	`FOR\s+\(n:(\w+)\)\s+(?:REQUIRE\s+n\.(\w+)\s+IS\s+UNIQUE|ON\s+\(n\.(\w+)\))$`)

// parseSchemaItem reads a statement of cypher/schema.cypher.
func parseSchemaItem(text string) (schemaItem, error) {
	// Drop the comment lines a statement may start with.
	var body []string
	for _, l := range strings.Split(text, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "//") {
			body = append(body, l)
		}
	}
	m := schemaItemRE.FindStringSubmatch(strings.TrimSpace(strings.Join(body, "\n")))
	if m == nil {
		return schemaItem{}, fmt.Errorf("not a named CREATE CONSTRAINT … IS UNIQUE or CREATE INDEX … IF NOT EXISTS on one property: %q", text)
	}
	it := schemaItem{name: m[2], text: text, unique: strings.EqualFold(m[1], "CONSTRAINT"), key: schemaKey{m[3], m[4] + m[5]}}
	return it, nil
}

// dbSchema is what a database has of indexes and constraints, by what
// they are on: names do not matter (an administrator may have made an
// equivalent one under another name).
type dbSchema struct {
	unique  map[schemaKey]bool      // properties a constraint makes unique
	indexes map[schemaKey][]dbIndex // range indexes on one node property
}

// dbIndex is a range index of the database.
type dbIndex struct {
	name    string
	state   string // ONLINE, POPULATING or FAILED
	failure string // why it failed
	owned   bool   // backs a constraint
}

// readSchema lists the database's indexes and constraints.
func readSchema(ctx context.Context, q querier) (dbSchema, error) {
	db := dbSchema{unique: map[schemaKey]bool{}, indexes: map[schemaKey][]dbIndex{}}
	// on returns the key of a schema rule on one property of one node
	// label, and whether it is one.
	on := func(rec *neo4j.Record) (schemaKey, bool, error) {
		entity, err := text(rec, "entityType")
		if err != nil {
			return schemaKey{}, false, err
		}
		labels, err := texts(rec, "labelsOrTypes")
		if err != nil {
			return schemaKey{}, false, err
		}
		props, err := texts(rec, "properties")
		if err != nil {
			return schemaKey{}, false, err
		}
		if entity != "NODE" || len(labels) != 1 || len(props) != 1 {
			return schemaKey{}, false, nil
		}
		return schemaKey{labels[0], props[0]}, true, nil
	}
	err := each(ctx, q, stSchemaConstraints, map[string]any{}, func(rec *neo4j.Record) error {
		k, ok, err := on(rec)
		if err != nil || !ok {
			return err
		}
		typ, err := text(rec, "type")
		// A node key on one property makes it unique too.
		if slices.Contains([]string{"UNIQUENESS", "NODE_PROPERTY_UNIQUENESS", "NODE_KEY"}, typ) {
			db.unique[k] = true
		}
		return err
	})
	if err != nil {
		return db, err
	}
	err = each(ctx, q, stSchemaIndexes, map[string]any{}, func(rec *neo4j.Record) error {
		k, ok, err := on(rec)
		if err != nil || !ok {
			return err
		}
		var ix dbIndex
		var typ, owner string
		for _, f := range []struct {
			key string
			dst *string
		}{{"type", &typ}, {"name", &ix.name}, {"state", &ix.state}, {"failureMessage", &ix.failure}, {"owningConstraint", &owner}} {
			if *f.dst, err = text(rec, f.key); err != nil {
				return err
			}
		}
		if typ == "RANGE" {
			ix.owned = owner != ""
			db.indexes[k] = append(db.indexes[k], ix)
		}
		return nil
	})
	return db, err
}

// has reports whether the database has what it serves: a uniqueness
// constraint on the key, or a range index on it.
func (db dbSchema) has(it schemaItem) bool {
	if it.unique {
		return db.unique[it.key]
	}
	return len(db.indexes[it.key]) > 0
}

// missing lists the items of contra's schema the database lacks.
func (db dbSchema) missing() []schemaItem {
	var out []schemaItem
	for _, it := range schemaItems {
		if !db.has(it) {
			out = append(out, it)
		}
	}
	return out
}

// notOnline says what keeps contra's schema from serving: the keys none
// of whose indexes is online yet (populating), and the failed indexes of
// keys that have no other.
func (db dbSchema) notOnline() (populating []string, failed []string) {
	for _, it := range schemaItems {
		ixs := db.indexes[it.key]
		if slices.ContainsFunc(ixs, func(ix dbIndex) bool { return ix.state == "ONLINE" }) {
			continue
		}
		var bad []string
		pop := false
		for _, ix := range ixs {
			switch ix.state {
			case "FAILED":
				bad = append(bad, fmt.Sprintf("%s on %s (%s)", ix.name, it.key, ix.failure))
			default:
				pop = true
			}
		}
		switch {
		case pop:
			populating = append(populating, it.key.String())
		case len(bad) > 0:
			failed = append(failed, bad...)
		}
	}
	return populating, failed
}

// ensureSchema applies the schema unless the database has every index and
// constraint it names, under any name, so that an account allowed to read
// and write but not to manage the schema can use a prepared database; it
// migrates the data of a database whose schema is complete but whose data
// model is older (ApplySchema migrates in any case). It reports whether
// it applied the schema.
func (s *Store) ensureSchema(ctx context.Context) (applied bool, err error) {
	var db dbSchema
	version := 0
	err = s.read(ctx, func(q querier) error {
		var err error
		if version, _, err = storedVersion(ctx, q); err != nil {
			return err
		}
		db, err = readSchema(ctx, q)
		return err
	})
	if version > dataVersion {
		return false, s.newerModel(version)
	}
	switch {
	case forbidden(err):
		// Listing the schema may be forbidden where using it is not: try
		// to apply it, and report that attempt's error if it fails too.
		s.log.Debug("neo4j: may not list the schema; applying it", "err", translate(err, s.t, "list schema"))
		return true, s.ApplySchema(ctx)
	case err != nil:
		return false, translate(err, s.t, "open neo4j store: read the schema")
	case len(db.missing()) > 0:
		return true, s.ApplySchema(ctx)
	case version < dataVersion:
		return false, s.migrate(ctx)
	}
	return false, nil
}

// forbidden reports whether err is the server refusing the account.
func forbidden(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && ne.HasSecurityCode() && !ne.IsAuthenticationFailed()
}

// schemaAwait bounds how long ApplySchema waits for new indexes to come
// online.
const schemaAwait = 5 * time.Minute

// schemaPoll is how often ApplySchema looks at the indexes while it waits.
const schemaPoll = 200 * time.Millisecond

// ApplySchema creates the constraints and indexes of contra's schema that
// the database lacks (each statement is IF NOT EXISTS, and an equivalent
// made under another name counts as present), drops the indexes of earlier
// data models, waits for the indexes to come online and migrates the data
// of an earlier data model (see migrate). A plain range index on a
// property the schema makes unique is dropped first: Neo4j refuses the
// constraint beside it, and the constraint's own index serves the same
// lookups. Each schema statement runs in a write transaction of its own:
// Neo4j does not mix schema and data changes in one.
func (s *Store) ApplySchema(ctx context.Context) error {
	if err := s.check(); err != nil {
		return err
	}
	var db dbSchema
	version := 0
	err := s.write(ctx, func(q querier) error {
		var err error
		if version, _, err = storedVersion(ctx, q); err != nil {
			return err
		}
		db, err = readSchema(ctx, q)
		return err
	})
	if version > dataVersion {
		// before an index of the newer model is dropped
		return s.newerModel(version)
	}
	if err != nil && !forbidden(err) {
		return translate(err, s.t, "apply neo4j schema: read the schema")
	}
	// Without the right to list the schema, every statement runs: each is
	// IF NOT EXISTS.
	todo := schemaItems
	if err == nil {
		todo = db.missing()
	}
	for _, it := range todo {
		for _, ix := range db.indexes[it.key] {
			if it.unique && !ix.owned {
				s.log.Info("neo4j: dropping an index a uniqueness constraint replaces", "index", ix.name, "on", it.key.String(), "constraint", it.name)
				if err := s.schemaWrite(ctx, stDropIndex, map[string]any{"name": ix.name}); err != nil {
					return translate(err, s.t, "apply neo4j schema: drop index %s", ix.name)
				}
			}
		}
		if err := s.schemaWrite(ctx, &statement{name: it.name, text: it.text}, map[string]any{}); err != nil {
			return translate(err, s.t, "apply neo4j schema: %s", it.name)
		}
	}
	for _, st := range []*statement{stDropContradictsIndex, stDropCountersIndex} {
		if err := s.schemaWrite(ctx, st, map[string]any{}); err != nil {
			return translate(err, s.t, "apply neo4j schema: %s", st.name)
		}
	}
	if err := s.awaitIndexes(ctx, schemaAwait); err != nil {
		return err
	}
	s.log.Info("neo4j: schema applied", "uri", s.t.uri, "database", s.cfg.Database)
	return s.migrate(ctx)
}

// schemaWrite runs one schema statement in a write transaction of its own.
func (s *Store) schemaWrite(ctx context.Context, st *statement, params map[string]any) error {
	return s.write(ctx, func(q querier) error {
		_, err := exec(ctx, q, st, params)
		return err
	})
}

// awaitIndexes waits until every index and constraint of contra's schema
// is there and online, for at most limit. It reads the schema in write
// transactions, which a cluster routes to the server that created the
// indexes, and polls rather than calling db.awaitIndexes, which waits on
// the server for every index of the database (contra's or not) and cannot
// be interrupted. Errors: EUnavailable when an index is still populating
// at the deadline or has failed; EInvalid when the schema is not complete
// (an index or constraint under one of contra's names that is on something
// else).
func (s *Store) awaitIndexes(ctx context.Context, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		var db dbSchema
		err := s.write(ctx, func(q querier) error {
			var err error
			db, err = readSchema(ctx, q)
			return err
		})
		if forbidden(err) {
			return nil // nothing to wait with: the statements succeeded
		}
		if err != nil {
			return translate(err, s.t, "apply neo4j schema: wait for indexes")
		}
		if err := schemaReady(db, time.Now().After(deadline), limit); err != nil || db.ready() {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("apply neo4j schema: wait for indexes: %w", ctx.Err())
		case <-time.After(schemaPoll):
		}
	}
}

// ready reports whether every index of contra's schema is there and
// online.
func (db dbSchema) ready() bool {
	pop, failed := db.notOnline()
	return len(db.missing()) == 0 && len(pop) == 0 && len(failed) == 0
}

// schemaReady says what is wrong with db once the schema has been applied:
// an error for what waiting cannot mend, and for indexes still populating
// once late is true (the wait of limit is over); nil otherwise.
func schemaReady(db dbSchema, late bool, limit time.Duration) error {
	if missing := db.missing(); len(missing) > 0 {
		var names []string
		for _, it := range missing {
			names = append(names, it.name+" on "+it.key.String())
		}
		return graph.Errorf(graph.EInvalid, "apply neo4j schema: still missing after it was applied: %s (is an index or constraint of that name on something else?)",
			strings.Join(names, ", "))
	}
	pop, failed := db.notOnline()
	if len(failed) > 0 {
		return graph.Errorf(graph.EUnavailable, "apply neo4j schema: index %s failed: drop it and run contra schema apply", strings.Join(failed, "; "))
	}
	if len(pop) > 0 && late {
		return graph.Errorf(graph.EUnavailable, "apply neo4j schema: indexes on %s still populating after %s; contra schema apply waits again",
			strings.Join(pop, ", "), limit)
	}
	return nil
}
