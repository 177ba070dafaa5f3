package neo4j

import (
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestParseSchemaItems(t *testing.T) {
	if len(schemaItems) != len(schemaStatements) || len(schemaItems) < 10 {
		t.Fatalf("%d items for %d statements", len(schemaItems), len(schemaStatements))
	}
	it, err := parseSchemaItem("// why\nCREATE CONSTRAINT contra_x IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE")
	if err != nil || !it.unique || it.key != (schemaKey{"Claim", "id"}) || it.name != "contra_x" {
		t.Errorf("constraint: %+v, %v", it, err)
	}
	it, err = parseSchemaItem("CREATE INDEX contra_y IF NOT EXISTS FOR (n:Claim) ON (n.prop_key)")
	if err != nil || it.unique || it.key != (schemaKey{"Claim", "prop_key"}) {
		t.Errorf("index: %+v, %v", it, err)
	}
	for _, bad := range []string{
		"CREATE INDEX contra_y FOR (n:Claim) ON (n.prop_key)",                // not IF NOT EXISTS
		"CREATE INDEX contra_y IF NOT EXISTS FOR (n:Claim) ON (n.a, n.b)",    // two properties
		"CREATE TEXT INDEX contra_y IF NOT EXISTS FOR (n:Claim) ON (n.text)", // not a range index
		"CREATE CONSTRAINT contra_x IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS NOT NULL",
	} {
		if _, err := parseSchemaItem(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

// complete is a database schema with every item of contra's, online.
func complete() dbSchema {
	db := dbSchema{unique: map[schemaKey]bool{}, indexes: map[schemaKey][]dbIndex{}}
	for _, it := range schemaItems {
		db.unique[it.key] = db.unique[it.key] || it.unique
		db.indexes[it.key] = []dbIndex{{name: "other_" + it.name, state: "ONLINE", owned: it.unique}}
	}
	return db
}

// What the wait makes of the schema it reads: done, wait more, or an
// error with the code a user acts on.
func TestSchemaReady(t *testing.T) {
	key := schemaItems[0].key
	tests := []struct {
		name  string
		edit  func(db dbSchema)
		late  bool
		ready bool
		code  graph.Code // "" for no error
		want  string
	}{
		{name: "online", edit: func(dbSchema) {}, ready: true},
		{name: "populating", edit: func(db dbSchema) { db.indexes[key][0].state = "POPULATING" }},
		{name: "populating past the wait", edit: func(db dbSchema) { db.indexes[key][0].state = "POPULATING" }, late: true,
			code: graph.EUnavailable, want: "still populating after 5m0s"},
		{name: "one of two online", edit: func(db dbSchema) {
			db.indexes[key] = append(db.indexes[key], dbIndex{name: "x", state: "FAILED"})
		}, late: true, ready: true},
		{name: "failed", edit: func(db dbSchema) { db.indexes[key][0].state, db.indexes[key][0].failure = "FAILED", "disk full" },
			code: graph.EUnavailable, want: "disk full"},
		{name: "missing", edit: func(db dbSchema) { delete(db.indexes, key); delete(db.unique, key) },
			code: graph.EInvalid, want: "still missing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := complete()
			tc.edit(db)
			err := schemaReady(db, tc.late, 5*time.Minute)
			if graph.ErrorCode(err) != tc.code || tc.code == "" && err != nil || err != nil && !strings.Contains(err.Error(), tc.want) {
				t.Errorf("schemaReady: %v; want code %q saying %q", err, tc.code, tc.want)
			}
			if db.ready() != tc.ready {
				t.Errorf("ready: %v, want %v", db.ready(), tc.ready)
			}
		})
	}
}

// Only the server refusing the account sends Open to apply the schema
// blind; anything else (a transient error, a lost connection) is reported.
func TestForbidden(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Security.Forbidden"}, true},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized"}, false},
		{&neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable"}, false},
		{&neo4j.ConnectivityError{}, false},
		{nil, false},
	} {
		if got := forbidden(tc.err); got != tc.want {
			t.Errorf("forbidden(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
