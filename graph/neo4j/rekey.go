package neo4j

import (
	"context"
	"sort"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// migrationStep is one idempotent step of a data model migration.
type migrationStep struct {
	name string
	run  func(ctx context.Context) error
}

// topicSlugSteps are the steps of the migration to version 3, and again
// to 4 for the classes added after it: a topic's identity is its
// graph.TopicSlug. The stored topic slugs whose TopicSlug
// differs are re-keyed: first a mark that the counts must be counted
// again, then the claims' topic_slug, prop_key and acc_key (the keys end
// in the slug), then the topics that become one merged into one node,
// then the counts loads keep (Counterclaim labels, FindingCount totals)
// counted again from the claims, as a script of the store sets them,
// and the mark cleared. Every step is idempotent and each changes what
// the next finds only forward: a migration interrupted anywhere runs again
// from the start at the next Open (the mark, set until the counts are
// counted, says they must be even once no key is left to change). A store
// whose topics have no event noun of a class is not written.
func (s *Store) topicSlugSteps(ctx context.Context) ([]migrationStep, error) {
	var slugs []string
	recount := false
	err := s.read(ctx, func(q querier) error {
		return each(ctx, q, stMigrateTopicSlugs, map[string]any{"name": schemaVersionName}, func(rec *neo4j.Record) error {
			var err error
			if recount, err = boolean(rec, "recount"); err != nil {
				return err
			}
			v, _ := rec.Get("slugs")
			xs, _ := v.([]any)
			for _, x := range xs {
				if sl, ok := x.(string); ok {
					slugs = append(slugs, sl)
				}
			}
			return nil
		})
	})
	if err != nil {
		return nil, translate(err, s.t, "migrate neo4j data: read topic slugs")
	}
	stored := map[string]bool{}
	groups := map[string][]string{} // new slug → the slugs that become it
	var rekeys []any
	for _, sl := range slugs {
		stored[sl] = true
		if n := graph.TopicSlugOfSlug(sl); n != sl {
			groups[n] = append(groups[n], sl)
			rekeys = append(rekeys, map[string]any{"old": sl, "new": n})
		}
	}
	if len(rekeys) == 0 && !recount {
		return nil, nil
	}
	var groupRows []any
	for _, n := range sortedKeys(groups) {
		sl := groups[n]
		sort.Strings(sl)
		if stored[n] {
			sl = append(sl, n)
		}
		groupRows = append(groupRows, map[string]any{"new": n, "slugs": anyList(sl)})
	}
	mark := func(on bool) func(ctx context.Context) error {
		return func(ctx context.Context) error {
			return s.write(ctx, func(q querier) error {
				_, err := exec(ctx, q, stMigrateMarkRecount, map[string]any{"name": schemaVersionName, "on": on})
				return err
			})
		}
	}
	return []migrationStep{
		{"mark the counts to count", mark(true)},
		{"re-key claims", func(ctx context.Context) error {
			for _, c := range chunks(len(rekeys), migrateBatch) {
				err := s.autoCommit(ctx, stMigrateRekeyClaims, map[string]any{"rows": rekeys[c[0]:c[1]], "batch": int64(migrateBatch)})
				if err != nil {
					return err
				}
			}
			return nil
		}},
		{"merge topics", func(ctx context.Context) error {
			for _, c := range chunks(len(groupRows), migrateBatch) {
				if err := s.mergeTopics(ctx, groupRows[c[0]:c[1]]); err != nil {
					return err
				}
			}
			return nil
		}},
		{"count findings", s.recount},
		{"clear the mark", mark(false)},
	}, nil
}

// mergeTopics merges the topics of groups (rows of migrate_topic_group)
// into the first of each, in one transaction.
func (s *Store) mergeTopics(ctx context.Context, groups []any) error {
	return s.write(ctx, func(q querier) error {
		type member struct {
			id, slug string
			aliases  []string
		}
		byNew := map[string][]member{}
		var order []string
		err := each(ctx, q, stMigrateTopicGroup, map[string]any{"rows": groups}, func(rec *neo4j.Record) error {
			n, _ := rec.Get("new")
			id, _ := rec.Get("id")
			slug, _ := rec.Get("slug")
			al, _ := rec.Get("aliases")
			m := member{id: id.(string), slug: slug.(string)}
			if xs, ok := al.([]any); ok {
				for _, x := range xs {
					if a, ok := x.(string); ok {
						m.aliases = append(m.aliases, a)
					}
				}
			}
			if _, ok := byNew[n.(string)]; !ok {
				order = append(order, n.(string))
			}
			byNew[n.(string)] = append(byNew[n.(string)], m)
			return nil
		})
		if err != nil {
			return err
		}
		var rows []any
		for _, n := range order {
			ms := byNew[n]
			keep := ms[0]
			id := keep.id
			if id == "topic:"+keep.slug {
				id = "topic:" + n // what TopicID gives the topic now
			}
			var drop []any
			var aliases any // null: the kept topic's are left as they are
			merged := keep.aliases
			for _, m := range ms[1:] {
				drop = append(drop, m.id)
				if len(m.aliases) > 0 {
					merged = graph.MergeAliases(merged, m.aliases)
					aliases = anyList(merged)
				}
			}
			rows = append(rows, map[string]any{"keep": keep.id, "drop": drop, "slug": n, "id": id, "aliases": aliases})
		}
		_, err = exec(ctx, q, stMigrateMergeTopics, map[string]any{"rows": rows})
		return err
	})
}

// recount sets the Counterclaim labels and the FindingCount totals to
// what the claims' findings are (graph.FindFindings), as a script of the
// store sets them, and keeps no total of none, as a fresh load keeps none.
// It reads the findings a topic at a time (graph.FindingsByTopic), so that
// it holds one topic's findings, not the store's.
func (s *Store) recount(ctx context.Context) error {
	if err := s.autoCommit(ctx, stMigrateUnmarkCounterclaims, map[string]any{"batch": int64(migrateBatch)}); err != nil {
		return err
	}
	n := map[graph.Rule]int{}
	err := graph.FindingsByTopic(ctx, s, func(fs []graph.Finding) error {
		ids := anyList(counterclaimIDs(fs))
		for _, c := range chunks(len(ids), migrateBatch) {
			err := s.write(ctx, func(q querier) error {
				_, err := exec(ctx, q, stMarkCounterclaims, map[string]any{"ids": ids[c[0]:c[1]]})
				return err
			})
			if err != nil {
				return err
			}
		}
		for _, f := range fs {
			n[f.Rule]++
		}
		return nil
	})
	if err != nil {
		return err
	}
	return s.write(ctx, func(q querier) error {
		if _, err := exec(ctx, q, stSetFindingCounts, map[string]any{"rows": totalRows(n)}); err != nil {
			return err
		}
		_, err := exec(ctx, q, stMigrateDropZeroCounts, map[string]any{})
		return err
	})
}
