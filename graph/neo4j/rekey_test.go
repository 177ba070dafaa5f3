package neo4j

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
)

// testTopicSlugMigration: a version-2 store, which keyed topics by their
// plain Slug (and a version-3 store holding only words of the classes
// added after it), is migrated at open to what loading its claims into an empty
// database gives (every answer; topics, claim keys, labels and totals),
// also after a migration interrupted after each of its steps; a store
// whose topics hold no event noun of a class is not written.
func testTopicSlugMigration(t *testing.T, cfg Config) {
	ctx := context.Background()
	type tcase struct {
		name  string
		plain bool
		later bool // a version-3 store of the classes added after it
		steps int  // of the migration run before the one at open; -1: none
	}
	tcs := []tcase{{name: "synonyms", steps: -1}, {name: "no class words", plain: true, steps: -1},
		{name: "classes after version 3", later: true, steps: -1}, {name: "classes after version 3, interrupted", later: true, steps: 2}}
	for k := 1; k < 5; k++ {
		tcs = append(tcs, tcase{name: fmt.Sprintf("interrupted after step %d", k), steps: k})
	}
	for _, tc := range tcs {
		t.Run(tc.name, func(t *testing.T) {
			b := graphtest.SynonymWorld(tc.plain)
			if tc.later {
				b = graphtest.LaterSynonymWorld()
			}
			s := openClean(t, cfg)
			if _, err := s.Load(ctx, b); err != nil {
				t.Fatal(err)
			}
			want, wantDump := graphtest.Answers(t, s), neo4jDump(t, s)

			s = openClean(t, cfg)
			if _, err := s.Load(ctx, b); err != nil {
				t.Fatal(err)
			}
			toVersion2(t, s, b)
			if tc.later {
				// version 3 keyed these topics as version 2 did: no
				// word of theirs was in a class then
				mustWrite(t, s, "MATCH (v:SchemaVersion {name: $name}) SET v.version = 3", map[string]any{"name": schemaVersionName})
			}
			oldDump := neo4jDump(t, s)
			if (oldDump == wantDump) != tc.plain {
				t.Fatalf("version-2 store the same as a fresh one: %v, want %v", oldDump == wantDump, tc.plain)
			}
			if tc.steps > 0 {
				steps, err := s.topicSlugSteps(ctx)
				if err != nil {
					t.Fatal(err)
				}
				for _, st := range steps[:tc.steps] {
					if err := st.run(ctx); err != nil {
						t.Fatalf("%s: %v", st.name, err)
					}
				}
			}
			if _, err := s.ensureSchema(ctx); err != nil {
				t.Fatalf("migrate: %v", err)
			}
			if got := graphtest.Answers(t, s); got != want {
				t.Errorf("answers after migration:\n%s\nwant (a fresh load)\n%s", got, want)
			}
			if got := neo4jDump(t, s); got != wantDump {
				t.Errorf("graph after migration:\n%s\nwant (a fresh load)\n%s", got, wantDump)
			}
			res, err := s.Load(ctx, b)
			if err != nil || res.Claims != 0 || res.Updated != 0 || res.Unchanged != len(b.Claims) || res.FindingsSeen != 0 {
				t.Errorf("reload after migration: %+v, %v; want every claim unchanged", res, err)
			}
			if got := neo4jDump(t, s); got != wantDump {
				t.Errorf("graph after a reload:\n%s\nwant\n%s", got, wantDump)
			}
			v := count(t, s, "MATCH (v:SchemaVersion {name: $name}) WHERE v.recount IS NULL RETURN v.version AS n",
				map[string]any{"name": schemaVersionName})
			if v != dataVersion {
				t.Errorf("version after the migration: %d (or a recount mark left), want %d", v, dataVersion)
			}
		})
	}
}

// toVersion2 turns s, which holds b loaded by this version, into what
// version 2 held for b: topics and claims keyed by the topic's plain Slug,
// a Topic per Slug, and the counts of those keys. Each claim is given a
// load time in b's order, as loads one after the other give: a load keeps
// the first topic of a slug.
func toVersion2(tb testing.TB, s *Store, b graph.Batch) {
	tb.Helper()
	mustWrite(tb, s, "MATCH (t:Topic) DETACH DELETE t", nil)
	for i, c := range b.Claims {
		old, cur := graph.Slug(c.Topic), graph.TopicSlug(c.Topic)
		acc := any(nil)
		if k := graph.AccKey(&c); k != "" {
			acc = strings.TrimSuffix(k, cur) + old
		}
		mustWrite(tb, s, `MATCH (c:Claim {id: $id})
			SET c.topic_slug = $old, c.prop_key = $prop, c.acc_key = $acc, c.loaded_at = $at, c.changed_at = $at
			MERGE (t:Topic {slug: $old}) ON CREATE SET t.id = $tid, t.name = $name
			MERGE (c)-[:ABOUT]->(t)`, map[string]any{"id": c.ID, "old": old, "prop": strings.TrimSuffix(graph.PropKey(&c), cur) + old,
			"acc": acc, "at": int64(1000 + i), "tid": "topic:" + old, "name": graph.NodeName(c.Topic)})
	}
	if err := s.recount(context.Background()); err != nil {
		tb.Fatal(err)
	}
	mustWrite(tb, s, "MATCH (v:SchemaVersion {name: $name}) SET v.version = 2", map[string]any{"name": schemaVersionName})
}

// neo4jDump is what the migration changes: topics, the claims' keys and
// labels and their topics, the totals.
func neo4jDump(tb testing.TB, s *Store) string {
	tb.Helper()
	var b strings.Builder
	for _, q := range []string{
		"MATCH (t:Topic) RETURN t.id, t.slug, t.name, t.aliases ORDER BY t.id",
		"MATCH (c:Claim)-[:ABOUT]->(t:Topic) RETURN c.id, c.topic_slug, c.prop_key, c.acc_key, labels(c), t.id ORDER BY c.id",
		"MATCH (c:Claim) RETURN count { (c)-[:ABOUT]->() } AS n ORDER BY c.id",
		"MATCH (f:FindingCount) RETURN f.rule, f.n ORDER BY f.rule",
	} {
		err := s.readCypher(context.Background(), q, nil, func(_ []string, v []any) error {
			fmt.Fprintf(&b, "%v\n", v)
			return nil
		})
		if err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
	}
	return b.String()
}

// testNewerDataModel: a database that a newer contra stamped is refused,
// at Open and by ApplySchema, before anything is written.
func testNewerDataModel(t *testing.T, cfg Config) {
	ctx := context.Background()
	s := openClean(t, cfg)
	if _, err := s.Load(ctx, graphtest.SynonymWorld(false)); err != nil {
		t.Fatal(err)
	}
	newer := map[string]any{"name": schemaVersionName, "v": int64(dataVersion + 1)}
	mustWrite(t, s, "MATCH (v:SchemaVersion {name: $name}) SET v.version = $v", newer)
	// the next test's Open must find this model again
	t.Cleanup(func() {
		mustWrite(t, s, "MATCH (v:SchemaVersion {name: $name}) SET v.version = $v",
			map[string]any{"name": schemaVersionName, "v": int64(dataVersion)})
	})
	before := neo4jDump(t, s)
	for _, tc := range []struct {
		name string
		run  func() error
	}{
		{"open", func() error {
			o, err := Open(ctx, cfg)
			if err == nil {
				o.Close()
			}
			return err
		}},
		{"apply schema", func() error { return s.ApplySchema(ctx) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			if graph.ErrorCode(err) != graph.EUnavailable || !strings.Contains(fmt.Sprint(err), "newer than this contra supports") {
				t.Fatalf("got %v, want EUnavailable naming a newer data model", err)
			}
			if got := neo4jDump(t, s); got != before {
				t.Errorf("database written:\n%s\nwant\n%s", got, before)
			}
		})
	}
}
