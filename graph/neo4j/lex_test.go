package neo4j

import (
	"reflect"
	"testing"
)

func TestSplitStatements(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"one", "RETURN 1", []string{"RETURN 1"}},
		{"two with comments", "// first\nRETURN 1;\n/* second; */ RETURN 2;\n// trailing; comment\n",
			[]string{"RETURN 1", "RETURN 2"}},
		{"semicolons in strings and names", "RETURN 'a;b', \"c;\\\"d\" AS `x;y`; RETURN 2",
			[]string{"RETURN 'a;b', \"c;\\\"d\" AS `x;y`", "RETURN 2"}},
		{"empty statements", ";; RETURN 1 ;", []string{"RETURN 1"}},
		{"comment inside kept", "MATCH (n) // why\nRETURN n;", []string{"MATCH (n) // why\nRETURN n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := splitStatements(tc.src)
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("splitStatements(%q) = %q, %v; want %q", tc.src, got, err, tc.want)
			}
		})
	}
	for _, bad := range []string{"RETURN 'open", "RETURN `open", "/* open", "RETURN 'bad \\q escape'"} {
		if _, err := splitStatements(bad); err == nil {
			t.Errorf("splitStatements(%q): no error", bad)
		}
	}
}

func TestParamNames(t *testing.T) {
	got, err := paramNames("UNWIND $rows AS row MATCH (c {id: $`odd name`}) WHERE c.x = '$notaparam' // $nor\nRETURN $rows, $now")
	want := []string{"now", "odd name", "rows"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("paramNames = %v, %v; want %v", got, err, want)
	}
}

func TestLexPositions(t *testing.T) {
	toks, err := lex("MATCH (c)\n  /* a\n b */ RETURN 'x\ny', c")
	if err != nil {
		t.Fatal(err)
	}
	var got [][3]any
	for _, tk := range toks {
		got = append(got, [3]any{tk.text, tk.line, tk.col})
	}
	want := [][3]any{{"MATCH", 1, 1}, {"(", 1, 7}, {"c", 1, 8}, {")", 1, 9}, {"RETURN", 3, 7}, {"'x\ny'", 3, 14}, {",", 4, 3}, {"c", 4, 5}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens:\n got %v\nwant %v", got, want)
	}
}

func TestWriteClause(t *testing.T) {
	tests := []struct {
		query  string
		clause string
	}{
		// Reads.
		{"MATCH (c:Claim) RETURN c.id", ""},
		{"MATCH (c:Claim) WHERE c.text CONTAINS 'CREATE (x)' RETURN c", ""},
		{`MATCH (c:Claim) WHERE c.text = "DETACH DELETE n" RETURN c`, ""},
		{"MATCH (c:Claim) // DELETE c\nRETURN c", ""},
		{"MATCH (c:Claim) /* SET c.x = 1 */ RETURN c", ""},
		{"MATCH (`create`:Claim) RETURN `create`.set", ""},
		{"MATCH (c:Merge)-[:SET]->(d) RETURN c.delete, {remove: 1, drop: 2}", ""},
		{"MATCH (c) WHERE c.id = $create RETURN c", ""},
		{"WITH 1 AS start MATCH (c) RETURN start", ""},
		{"CALL db.labels() YIELD label RETURN label", ""},
		{"SHOW INDEXES YIELD name RETURN name", ""},
		{"MATCH (c) CALL { WITH c RETURN c.id AS id } RETURN id", ""},
		{"RETURN apoc.create.uuid()", ""},
		// Writes.
		{"CREATE (n:Claim)", "CREATE"},
		{"MATCH (n) DETACH DELETE n", "DETACH"},
		{"MATCH (n) delete n", "DELETE"},
		{"MATCH (n) SET n.x = 1", "SET"},
		{"MATCH (n) REMOVE n:Counterclaim", "REMOVE"},
		{"MERGE (n:Claim {id: 'x'})", "MERGE"},
		{"MATCH (n) FOREACH (x IN [1] | CREATE (m))", "FOREACH"},
		{"LOAD CSV FROM 'file:///x.csv' AS row RETURN row", "LOAD CSV"},
		{"MATCH (n) CALL { WITH n RETURN n } IN TRANSACTIONS RETURN n", "CALL ... IN TRANSACTIONS"},
		{"DROP INDEX contra_claim_id", "DROP"},
		{"GRANT ROLE reader TO bob", "GRANT"},
		{"RETURN 1; STOP DATABASE neo4j", "STOP"},
		{"MATCH (c) RETURN c; MATCH (d) DELETE d", "DELETE"},
	}
	for _, tc := range tests {
		got, _, _, err := writeClause(tc.query)
		if err != nil || got != tc.clause {
			t.Errorf("writeClause(%q) = %q, %v; want %q", tc.query, got, err, tc.clause)
		}
	}
	_, line, col, _ := writeClause("MATCH (n)\nWITH n\n  SET n.x = 1")
	if line != 3 || col != 3 {
		t.Errorf("SET at %d:%d, want 3:3", line, col)
	}
}
