package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
)

// withProfileAt sets the group size from which Load keeps a profile; 0
// never starts one.
func withProfileAt(n int) Option { return func(o *options) { o.profileAt = n } }

// TestBehaviourProfiled runs the behaviour suite with every proposition
// group counted from its profile from its first claim on.
func TestBehaviourProfiled(t *testing.T) {
	graphtest.Run(t, func(tb testing.TB) graph.Store { return openTemp(tb, withProfileAt(1)) })
}

// TestProfilesStayExact loads large groups in batches, so that groups
// get their profile at different times, then changes claims in and out
// of groups and sides, and loads more: the totals must equal the derived
// findings, the flags must be what they derive, and every profile must
// equal the counts of its group's stored claims.
func TestProfilesStayExact(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(7, 11))
	s := openTemp(t, withProfileAt(22))
	load := func(b graph.Batch) graph.LoadResult {
		t.Helper()
		res, err := s.Load(ctx, b)
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		return res
	}
	var loaded []graph.Claim
	batch := func(no int) graph.Batch {
		// 4 states, 3 actions and 3 topics: 36 groups, about 20 claims each
		// after six batches, so that some reach the size and some do not.
		b := synthVocab(rng, no, 120, 4, 3, 3)
		for i := range b.Claims {
			if rng.IntN(4) == 0 {
				b.Claims[i].Side = "" // not part of the id
			}
		}
		return b
	}
	for no := range 6 {
		b := batch(no)
		load(b)
		loaded = append(loaded, b.Claims...)
	}
	checkProfiles(t, s, "after new claims")

	// Change 60 claims: another side, or none (same ids, other content).
	picked := map[string]bool{}
	var ch graph.Batch
	for len(ch.Claims) < 60 {
		c := loaded[rng.IntN(len(loaded))]
		if picked[c.ID] {
			continue
		}
		picked[c.ID] = true
		c.Side = []string{"", "state 0", "state 1", "state 2"}[rng.IntN(4)]
		ch.Claims = append(ch.Claims, c)
	}
	if res := load(ch); res.Updated == 0 {
		t.Fatalf("no claim changed: %+v", res)
	}
	checkProfiles(t, s, "after changes")
	load(batch(6))
	checkProfiles(t, s, "after more new claims")
}

// checkProfiles compares the store's totals and flags with the derived
// findings, and each profile with its group's stored claims.
func checkProfiles(t *testing.T, s *Store, when string) {
	t.Helper()
	ctx := context.Background()
	fs, err := s.Findings(ctx, graph.FindingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want, counter := map[graph.Rule]int{}, map[string]bool{}
	for _, x := range fs {
		want[x.Rule]++
		if x.Rule == graph.RuleCounterclaim {
			counter[x.From] = true
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range graph.CountedRules {
		if st.Findings[r] != want[r] {
			t.Errorf("%s: Stats %s = %d, derived %d", when, r, st.Findings[r], want[r])
		}
	}
	if st.Counterclaims != len(counter) {
		t.Errorf("%s: Stats.Counterclaims = %d, derived %d", when, st.Counterclaims, len(counter))
	}

	stored := map[string]int{}
	rows, err := s.r.QueryContext(ctx, `SELECT key, n FROM prop_profiles WHERE n <> 0`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			t.Fatal(err)
		}
		stored[k] = n
	}
	rows.Close()
	recount := map[string]int{}
	groups, hot := map[string]bool{}, 0
	rows, err = s.r.QueryContext(ctx, `SELECT id, prop_key, speaker_id, side_slug, kind, polarity, said_at FROM claims`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var m graph.Member
		var kind, pol string
		if err := rows.Scan(&m.ID, &m.PropKey, &m.SpeakerID, &m.SideSlug, &kind, &pol, &m.SaidAt); err != nil {
			t.Fatal(err)
		}
		m.Kind, m.Polarity = graph.Kind(kind), graph.Polarity(pol)
		groups[m.PropKey] = true
		if _, ok := stored[graph.ProfileKey(m.PropKey)]; !ok {
			continue
		}
		for _, k := range graph.ProfileKeys(&m) {
			recount[k]++
		}
	}
	rows.Close()
	for g := range groups {
		if _, ok := stored[graph.ProfileKey(g)]; ok {
			hot++
		}
	}
	if !reflect.DeepEqual(stored, recount) {
		diff := 0
		for k, n := range recount {
			if stored[k] != n {
				diff++
			}
		}
		t.Errorf("%s: %d profile counts differ from the stored claims' (%d stored, %d recounted)", when, diff, len(stored), len(recount))
	}
	if hot == 0 || hot == len(groups) {
		t.Errorf("%s: %d of %d groups have a profile: the test checks less than it says", when, hot, len(groups))
	}
	t.Logf("%s: %d of %d groups profiled, %v", when, hot, len(groups), want)
}

// TestNoProfiles: a store holds no profile count until a group reaches the
// profile size, and a bulk transaction sees the profiles stored before it.
func TestNoProfiles(t *testing.T) {
	ctx := context.Background()
	batch := synthVocab(rand.New(rand.NewPCG(5, 5)), 0, 60, 2, 2, 2)
	for _, tc := range []struct {
		name      string
		profileAt int  // 0: never
		load      bool // batch loaded before the transaction
		want      bool
	}{
		{"empty store", 3, false, true},
		{"claims, no group of the profile size", 0, true, true},
		{"claims, groups with a profile", 3, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t, withProfileAt(tc.profileAt))
			if tc.load {
				if _, err := s.Load(ctx, batch); err != nil {
					t.Fatal(err)
				}
			}
			bl, err := s.BeginBulk(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer bl.Rollback()
			got, err := bl.(*bulkLoad).l.NoProfiles(ctx)
			if err != nil || got != tc.want {
				t.Errorf("NoProfiles = %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

// TestBulkAddProfiles: a bulk transaction's AddProfiles, profileChunk
// counts a statement, moves the counts as loadTx's does, new rows and
// stored ones, however many.
func TestBulkAddProfiles(t *testing.T) {
	ctx := context.Background()
	for _, n := range []int{0, 1, profileChunk - 1, profileChunk, profileChunk + 1, 2*profileChunk + 5} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			// The first delta makes rows; the second moves half of them,
			// one to zero, and adds as many new ones.
			first, second := map[string]int{}, map[string]int{}
			for i := range n {
				first[fmt.Sprintf("k%03d", i)] = i + 1
				if i%2 == 0 {
					second[fmt.Sprintf("k%03d", i)] = -(i + 1)
					second[fmt.Sprintf("n%03d", i)] = 3
				}
			}
			second["k001"] = 0
			inc, bulk := openTemp(t), openTemp(t)
			tx, err := inc.w.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			li := inc.newLoadTx(ctx, tx)
			bl, err := bulk.BeginBulk(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer bl.Rollback()
			lb := bl.(*bulkLoad).l
			for _, d := range []map[string]int{first, second} {
				if err := li.AddProfiles(ctx, d); err != nil {
					t.Fatal(err)
				}
				if err := lb.AddProfiles(ctx, d); err != nil {
					t.Fatal(err)
				}
			}
			read := func(l *loadTx) []string {
				var out []string
				if err := l.column(ctx, `SELECT key || ' ' || n FROM prop_profiles ORDER BY key`, func(v string) { out = append(out, v) }); err != nil {
					t.Fatal(err)
				}
				return out
			}
			got, want := read(lb.loadTx), read(li)
			if !slices.Equal(got, want) || len(want) != n+(n+1)/2 {
				t.Errorf("bulk %d rows, incremental %d (want %d); first difference: %s", len(got), len(want), n+(n+1)/2,
					firstDiff(strings.Join(got, "\n"), strings.Join(want, "\n")))
			}
			tx.Rollback()
		})
	}
}
