package neo4j

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

func TestEveryFileIsAStatement(t *testing.T) {
	files, err := fs.Glob(cypherFiles, "cypher/*.cypher")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(f, "cypher/"), ".cypher")
		names = append(names, name)
		if _, ok := statements[name]; !ok && name != "schema" {
			t.Errorf("%s is embedded but no statement variable loads it", f)
		}
	}
	if len(names) != len(statements)+1 {
		t.Errorf("%d files, %d statements and the schema", len(names), len(statements))
	}
}

// tail returns text from the first line that starts with prefix.
func tail(t *testing.T, st *statement, prefix string) string {
	t.Helper()
	lines := strings.Split(st.text, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return strings.Join(lines[i:], "\n")
		}
	}
	t.Fatalf("%s has no line starting with %q", st.name, prefix)
	return ""
}

func TestAnchoredStatementsShareTheirTail(t *testing.T) {
	for _, group := range []struct {
		prefix string
		sts    []*statement
	}{
		{"WITH c\n", []*statement{stClaimsAll, stClaimsByIDs, stClaimsByDoc, stClaimsBySpkr, stClaimsByTopic, stClaimsBySide, stClaimsBySubj,
			stClaimsByLoad, stClaimsByChg}},
		{"RETURN c, ", []*statement{stCandidatesProp, stCandidatesAcc, stCandidatesID, stCandidatesResponder}},
	} {
		prefix := strings.TrimSuffix(group.prefix, "\n")
		want := tail(t, group.sts[0], prefix)
		for _, st := range group.sts[1:] {
			if got := tail(t, st, prefix); got != want {
				t.Errorf("%s differs from %s after its anchor:\n%s\n---\n%s", st.name, group.sts[0].name, got, want)
			}
			if !reflect.DeepEqual(st.params, group.sts[0].params) {
				t.Errorf("%s takes %v, %s takes %v", st.name, st.params, group.sts[0].name, group.sts[0].params)
			}
		}
	}
}

// Findings are derived, not stored: only the migration that drops the
// relationships of earlier versions names them, in the statements and in
// the analysts' Cypher of docs/cypher.
func TestNoFindingRelationships(t *testing.T) {
	rel := regexp.MustCompile(`\b(CONTRADICTS|COUNTERS)\b`)
	texts := map[string]string{}
	for name, st := range statements {
		texts[name] = st.text
	}
	texts["schema"] = schemaText
	docs, err := filepath.Glob(filepath.Join("..", "..", "docs", "cypher", "*.cypher"))
	if err != nil || len(docs) == 0 {
		t.Fatalf("docs/cypher: %v, %d files", err, len(docs))
	}
	for _, f := range docs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
	}
	uses := func(text string) bool {
		var code []string // the text without comment lines
		for _, l := range strings.Split(text, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(l), "//") {
				code = append(code, l)
			}
		}
		return rel.MatchString(strings.Join(code, "\n"))
	}
	for name, text := range texts {
		if uses(text) && !strings.HasPrefix(name, "migrate_") {
			t.Errorf("%s names a finding relationship", name)
		}
	}
	for _, st := range []*statement{stMigrateCounts, stMigrateDropFindings} {
		if !uses(st.text) {
			t.Errorf("%s does not name the finding relationships it migrates", st.name)
		}
	}
}

func TestSchemaStatements(t *testing.T) {
	if len(schemaNames) != len(schemaStatements) || len(schemaNames) < 10 {
		t.Fatalf("%d names for %d statements", len(schemaNames), len(schemaStatements))
	}
	for i, n := range schemaNames {
		if !strings.HasPrefix(n, "contra_") {
			t.Errorf("%s: not named contra_*: Open could not tell it from the user's", n)
		}
		if i > 0 && schemaNames[i-1] == n {
			t.Errorf("%s named twice", n)
		}
	}
	if !strings.Contains(SchemaCypher(), "CREATE CONSTRAINT contra_claim_id IF NOT EXISTS") {
		t.Error("SchemaCypher does not return the schema")
	}
}

// indexed lists the (label or type, property) pairs the schema backs with
// a uniqueness constraint or an index.
func indexed(t *testing.T) (unique, index map[[2]string]bool) {
	unique, index = map[[2]string]bool{}, map[[2]string]bool{}
	cons := regexp.MustCompile(`FOR \((\w+):(\w+)\) REQUIRE (\w+)\.(\w+) IS UNIQUE`)
	node := regexp.MustCompile(`FOR \((\w+):(\w+)\) ON \((\w+)\.(\w+)\)`)
	rel := regexp.MustCompile(`FOR \(\)-\[(\w+):(\w+)\]-\(\) ON \((\w+)\.(\w+)\)`)
	for _, s := range schemaStatements {
		if m := cons.FindStringSubmatch(s); m != nil {
			unique[[2]string{m[2], m[4]}] = true
		} else if m := node.FindStringSubmatch(s); m != nil {
			index[[2]string{m[2], m[4]}] = true
		} else if m := rel.FindStringSubmatch(s); m != nil {
			index[[2]string{m[2], m[4]}] = true
		} else {
			t.Errorf("schema statement not understood: %s", s)
		}
	}
	return unique, index
}

// Every node a statement MERGEs on a key has a uniqueness constraint on
// it (else MERGE scans and, under concurrency, duplicates), and every
// node or relationship a statement looks up by a property is indexed:
// detection and the anchored reads are index lookups.
func TestLookupsAreIndexed(t *testing.T) {
	unique, index := indexed(t)
	merge := regexp.MustCompile(`MERGE \((\w*):(\w+) \{(\w+):`)
	lookup := regexp.MustCompile(`\((\w*):(\w+) \{(\w+):`)
	relLookup := regexp.MustCompile(`\[(\w*):(\w+) \{(\w+):`)
	for name, st := range statements {
		for _, m := range merge.FindAllStringSubmatch(st.text, -1) {
			if !unique[[2]string{m[2], m[3]}] {
				t.Errorf("%s: MERGE on %s.%s, which has no uniqueness constraint", name, m[2], m[3])
			}
		}
		for _, m := range lookup.FindAllStringSubmatch(st.text, -1) {
			if k := [2]string{m[2], m[3]}; !unique[k] && !index[k] {
				t.Errorf("%s: looks up %s by %s, which is not indexed", name, m[2], m[3])
			}
		}
		for _, m := range relLookup.FindAllStringSubmatch(st.text, -1) {
			if k := [2]string{m[2], m[3]}; !index[k] {
				t.Errorf("%s: looks up %s by %s, which is not indexed", name, m[2], m[3])
			}
		}
	}
}

// mapKeys lists the keys a statement reads from the map variable v
// (row.id, key.side), sorted.
func mapKeys(st *statement, v string) []string {
	re := regexp.MustCompile(`\b` + v + `\.(\w+)`)
	set := map[string]bool{}
	for _, m := range re.FindAllStringSubmatch(st.text, -1) {
		set[m[1]] = true
	}
	return sortedKeys(set)
}

func keysOf(row any) []string {
	return sortedKeys(row.(map[string]any))
}

// The rows Go builds carry exactly the keys the statements read, and every
// key is in tools/cypherlint/schema.json, which the linter checks the
// statements against.
func TestRowsMatchStatements(t *testing.T) {
	m := loadModel(t)
	known := map[string]bool{}
	for _, group := range []map[string][]string{m.Labels, m.RelationshipTypes} {
		for _, keys := range group {
			for _, k := range keys {
				known[k] = true
			}
		}
	}
	for _, k := range m.MapKeys {
		known[k] = true
	}
	c := graph.Claim{ID: "claim:1", Speaker: "X", Kind: graph.KindAssertion, Action: "a", Topic: "t", Polarity: "+"}
	sp := graph.Speaker{ID: "speaker:x", Name: "X"}
	d := testDoc()
	tests := []struct {
		st   *statement
		v    string
		row  any
		from string // what builds the row
	}{
		{stMergeDocuments, "row", documentRow(&d), "documentRow"},
		{stMergeActors, "row", actorRow(&graph.Actor{ID: "actor:x", Name: "X"}), "actorRow"},
		{stMergeTopics, "row", topicRow(&graph.Topic{ID: "topic:x", Name: "X"}), "topicRow"},
		{stEnsureActors, "row", impliedActorRow(&graph.Actor{ID: "actor:x", Name: "X"}), "impliedActorRow"},
		{stEnsureTopics, "row", impliedTopicRow(&graph.Topic{ID: "topic:x", Name: "X"}), "impliedTopicRow"},
		{stMergeSpeakers, "row", speakerRow(&sp), "speakerRow"},
		{stEnsureSpeakers, "row", impliedSpeakerRow(&sp), "impliedSpeakerRow"},
		{stMergeClaims, "row", claimRow(&c, "fp"), "claimRow"},
		{stCountFindings, "row", deltaRows(map[graph.Rule]int{graph.RuleMutual: 1})[0], "deltaRows"},
		{stSetFindingCounts, "row", countRows([]graph.Finding{})[0], "countRows"},
		{stSupport, "key", map[string]any{"prop_key": "", "polarity": "", "side": ""}, "Support"},
	}
	for _, tc := range tests {
		got, want := mapKeys(tc.st, tc.v), keysOf(tc.row)
		if !slices.Equal(got, want) {
			t.Errorf("%s reads %s.%v; %s builds %v", tc.st.name, tc.v, got, tc.from, want)
		}
		for _, k := range want {
			if !known[k] {
				t.Errorf("%s: key %s is not in tools/cypherlint/schema.json", tc.from, k)
			}
		}
	}
}

func TestStatementParams(t *testing.T) {
	st := &statement{name: "x", params: []string{"ids", "now"}}
	tests := []struct {
		params map[string]any
		ok     bool
	}{
		{map[string]any{"ids": nil, "now": 1}, true},
		{map[string]any{"ids": nil}, false},
		{map[string]any{"ids": nil, "now": 1, "limit": 3}, false},
		{map[string]any{"ids": nil, "later": 1}, false},
	}
	for _, tc := range tests {
		if err := st.check(tc.params); (err == nil) != tc.ok {
			t.Errorf("check(%v) = %v, want ok %v", tc.params, err, tc.ok)
		}
	}
	if !slices.Equal(stMergeClaims.params, []string{"now", "rows"}) {
		t.Errorf("merge_claims params %v", stMergeClaims.params)
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		n, size int
		want    [][2]int
	}{
		{0, 500, nil},
		{3, 500, [][2]int{{0, 3}}},
		{5, 2, [][2]int{{0, 2}, {2, 4}, {4, 5}}},
		{4, 2, [][2]int{{0, 2}, {2, 4}}},
		{3, 0, [][2]int{{0, 3}}},
	}
	for _, tc := range tests {
		if got := chunks(tc.n, tc.size); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("chunks(%d, %d) = %v, want %v", tc.n, tc.size, got, tc.want)
		}
	}
}

func TestSchemaNamesSorted(t *testing.T) {
	if !sort.StringsAreSorted(schemaNames) {
		t.Error("schemaNames is not sorted")
	}
}
