package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// randomInput is the batches of a random load: dense proposition groups
// (few states, actions and topics), claims without a side or a subject,
// responds_to links to earlier and later claims, both ways, and ids that
// come back with the same content or another.
func randomInput(rng *rand.Rand, batches, perBatch int) []graph.Batch {
	var out []graph.Batch
	var all []graph.Claim
	for no := range batches {
		b := synthVocab(rng, no, perBatch, 4, 3, 3)
		for i := range b.Claims {
			c := &b.Claims[i]
			switch rng.IntN(8) {
			case 0:
				c.Side = ""
			case 1:
				c.Subject = ""
			}
			if rng.IntN(12) == 0 && len(all) > 0 {
				c.RespondsTo = append(c.RespondsTo, all[rng.IntN(len(all))].ID)
			}
		}
		// Denials that answer a claim they deny anyway (the denial rule
		// and the link give one finding).
		for i := range b.Claims {
			d := &b.Claims[i]
			if d.Kind != graph.KindDenial || rng.IntN(3) > 0 {
				continue
			}
			for j := range i {
				t := &b.Claims[j]
				if t.Kind != graph.KindDenial && t.Polarity != d.Polarity && graph.PropKey(t) == graph.PropKey(d) {
					d.RespondsTo = append(d.RespondsTo, t.ID)
					break
				}
			}
		}
		// A claim answered before it is loaded, and one answered both ways.
		if no > 0 && rng.IntN(2) == 0 {
			prev := &out[no-1].Claims[rng.IntN(len(out[no-1].Claims))]
			prev.RespondsTo = append(prev.RespondsTo, b.Claims[0].ID)
			b.Claims[0].RespondsTo = append(b.Claims[0].RespondsTo, prev.ID)
		}
		// Claims seen before: the same, or changed (side, polarity).
		for k := 0; k < perBatch/10 && len(all) > 0; k++ {
			c := all[rng.IntN(len(all))]
			if rng.IntN(2) == 0 {
				c.Side = []string{"", "state 0", "state 1"}[rng.IntN(3)]
				c.Polarity = c.Polarity.Opposite()
			}
			b.Claims = append(b.Claims, c)
		}
		all = append(all, b.Claims...)
		out = append(out, b)
	}
	// Fix the claims whose links changed after they were kept in all: a
	// batch carries a claim's last version. Within a batch the last
	// version of an id stands, as the loader leaves it.
	for i := range out {
		out[i].Claims = lastVersions(out[i].Claims)
	}
	return out
}

func lastVersions(cs []graph.Claim) []graph.Claim {
	at := map[string]int{}
	var out []graph.Claim
	for _, c := range cs {
		if i, ok := at[c.ID]; ok {
			out[i] = c
			continue
		}
		at[c.ID] = len(out)
		out = append(out, c)
	}
	return out
}

// bulkLoad loads batches into s in one bulk transaction; the batches
// whose index is in undo are loaded in a unit that is taken back.
func bulkLoadAll(t *testing.T, s *Store, batches []graph.Batch, undo map[int]bool) graph.LoadResult {
	t.Helper()
	ctx := context.Background()
	b, err := s.BeginBulk(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	var res graph.LoadResult
	for i, batch := range batches {
		if err := b.Mark(ctx); err != nil {
			t.Fatal(err)
		}
		r, err := b.Load(ctx, batch)
		if err != nil {
			t.Fatalf("bulk batch %d: %v", i, err)
		}
		if undo[i] {
			if err := b.Undo(ctx); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := b.Keep(ctx); err != nil {
			t.Fatal(err)
		}
		res.Add(r)
	}
	r, err := b.Commit(ctx)
	if err != nil {
		t.Fatalf("bulk commit: %v", err)
	}
	res.Add(r)
	return res
}

// storeState is what a store holds, in a canonical text: every claim with
// its fingerprint and flag, every node, and the per-rule totals; with
// profiles, every profile count too.
func storeState(t *testing.T, s *Store, profiles bool) string {
	t.Helper()
	queries := []string{
		`SELECT id || ' ' || fingerprint || ' ' || counterclaim || ' ' || prop_key FROM claims`,
		`SELECT from_id || '>' || to_id FROM claim_responds`,
		`SELECT id || ' ' || name || ' ' || url || ' ' || outlet || ' ' || title || ' ' || published FROM documents`,
		`SELECT id || ' ' || name || ' ' || aliases || ' ' || role || ' ' || side FROM speakers`,
		`SELECT id || ' ' || name || ' ' || slug || ' ' || aliases FROM actors`,
		`SELECT id || ' ' || name || ' ' || slug || ' ' || aliases FROM topics`,
		`SELECT rule || ' ' || n FROM finding_counts WHERE n <> 0`,
	}
	if profiles {
		queries = append(queries, `SELECT key || ' ' || n FROM prop_profiles WHERE n <> 0`)
	}
	var out []string
	for _, q := range queries {
		rows, err := s.r.QueryContext(context.Background(), q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		var lines []string
		for rows.Next() {
			var l string
			if err := rows.Scan(&l); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, l)
		}
		rows.Close()
		slices.Sort(lines)
		out = append(out, q, strings.Join(lines, "\n"))
	}
	return strings.Join(out, "\n")
}

// firstDiff shows where two states part.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d: %q vs %q", i, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines vs %d", len(al), len(bl))
}

// TestBulkCountsAsIncremental: a random input loaded in one bulk
// transaction, on top of a part loaded batch by batch, leaves the store
// exactly as loading the rest batch by batch does: the same claims, nodes,
// flags and totals (and, without changed claims, the same profiles); the
// totals are those the claims derive, and every profile counts its group.
func TestBulkCountsAsIncremental(t *testing.T) {
	ctx := context.Background()
	total := map[graph.Rule]int{}
	for seed := uint64(1); seed <= 6; seed++ {
		for _, tc := range []struct {
			name   string
			before int  // batches loaded batch by batch first
			change bool // the input changes claims
		}{
			{"into empty", 0, false}, {"into loaded", 3, false}, {"with changes", 2, true},
		} {
			t.Run(fmt.Sprintf("seed %d %s", seed, tc.name), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(seed, 41))
				input := randomInput(rng, 8, 60)
				if !tc.change {
					// New claims only: keep each id's first version.
					seen := map[string]bool{}
					for i := range input {
						var keep []graph.Claim
						for _, c := range input[i].Claims {
							if !seen[c.ID] {
								seen[c.ID] = true
								keep = append(keep, c)
							}
						}
						input[i].Claims = keep
					}
				}
				// Small profiles, so that groups get theirs before, during and
				// across the bulk transaction.
				inc, bulk := openTemp(t, withProfileAt(12)), openTemp(t, withProfileAt(12))
				for i, b := range input {
					if _, err := inc.Load(ctx, b); err != nil {
						t.Fatalf("incremental batch %d: %v", i, err)
					}
					if i < tc.before {
						if _, err := bulk.Load(ctx, b); err != nil {
							t.Fatalf("batch %d: %v", i, err)
						}
					}
				}
				// Two batches are loaded and taken back first: nothing of them
				// may remain.
				rest := append([]graph.Batch{randomInput(rand.New(rand.NewPCG(seed, 99)), 1, 40)[0]}, input[tc.before:]...)
				rest = append(rest, randomInput(rand.New(rand.NewPCG(seed, 98)), 1, 40)[0])
				bulkLoadAll(t, bulk, rest, map[int]bool{0: true, len(rest) - 1: true})
				want, got := storeState(t, inc, !tc.change), storeState(t, bulk, !tc.change)
				if got != want {
					t.Fatalf("bulk and incremental stores differ: %s", firstDiff(got, want))
				}
				checkProfiles(t, bulk, "after the bulk load")
				st, err := bulk.Stats(ctx)
				if err != nil {
					t.Fatal(err)
				}
				for r, n := range st.Findings {
					total[r] += n
				}
			})
		}
	}
	// Loads count the four pair rules; double standards are found by
	// queries (graph/double.go), not counted by a load.
	for _, r := range []graph.Rule{graph.RuleOpposing, graph.RuleMutual, graph.RuleCounterclaim, graph.RuleReversal} {
		if total[r] < 100 {
			t.Errorf("%s: %d findings over all inputs: the test checks little", r, total[r])
		}
	}
}

// TestBulkChunkConflicts: claims added earlier in a bulk transaction come
// back at every place of a many-row insert (rowChunk): each is counted
// unchanged, or replaced when changed, and the new ones beside it added,
// with their links, wherever they fall; documents come back between new
// ones, some changed.
func TestBulkChunkConflicts(t *testing.T) {
	ctx := context.Background()
	first := synthVocab(rand.New(rand.NewPCG(7, 7)), 0, 3*rowChunk, 3, 4, 3)
	fresh := synthVocab(rand.New(rand.NewPCG(8, 8)), 1, 3*rowChunk, 3, 4, 3)
	for i := range fresh.Claims {
		fresh.Claims[i].RespondsTo = []string{first.Claims[i%len(first.Claims)].ID}
	}
	// Documents enough for many-row inserts: the second batch brings the
	// first's back, every third with a new title, between new ones.
	var again []graph.Document
	for i := range 2 * rowChunk {
		d := graph.Document{ID: fmt.Sprintf("doc-%d", i), Name: fmt.Sprintf("Doc %d", i), Title: "first"}
		first.Documents = append(first.Documents, d)
		if i%3 == 0 {
			d.Title = "second"
		}
		again = append(again, d, graph.Document{ID: fmt.Sprintf("new-doc-%d", i), Title: "new"})
	}
	for _, tc := range []struct {
		name    string
		old     []int // positions in the second batch that repeat a claim of the first
		changed bool  // the repeats change it
	}{
		{"none", nil, false},
		{"first of a chunk", []int{0}, false},
		{"last of a chunk", []int{rowChunk - 1}, false},
		{"a whole chunk", seq(rowChunk, 2*rowChunk), false},
		{"all but one of a chunk", seq(1, rowChunk), false},
		{"in the rows after the chunks", []int{2*rowChunk + 1}, false},
		{"scattered, changed", []int{3, rowChunk + 5, 2*rowChunk - 1, 2*rowChunk + 2}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			second := graph.Batch{Documents: append(slices.Concat(first.Documents[:10], again), fresh.Documents...)}
			// A chunk and a half: two chunk statements, then single rows.
			n := 2*rowChunk + rowChunk/2
			second.Claims = slices.Clone(fresh.Claims[:n])
			for k, at := range tc.old {
				c := first.Claims[k]
				if tc.changed {
					c.Polarity = c.Polarity.Opposite()
				}
				second.Claims[at] = c
			}
			s := openTemp(t)
			res := bulkLoadAll(t, s, []graph.Batch{first, second}, nil)
			wantUpdated, wantUnchanged := 0, len(tc.old)
			if tc.changed {
				wantUpdated, wantUnchanged = len(tc.old), 0
			}
			if want := len(first.Claims) + n - len(tc.old); res.Claims != want || res.Unchanged != wantUnchanged || res.Updated != wantUpdated {
				t.Errorf("new %d, unchanged %d, updated %d; want %d, %d, %d",
					res.Claims, res.Unchanged, res.Updated, want, wantUnchanged, wantUpdated)
			}
			if want := len(first.Documents) + 2*rowChunk + len(fresh.Documents); res.Documents != want {
				t.Errorf("%d documents created, want %d", res.Documents, want)
			}
			// The same claims loaded batch by batch: the same store.
			inc := openTemp(t)
			for _, b := range []graph.Batch{first, second} {
				if _, err := inc.Load(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			if got, want := storeState(t, s, true), storeState(t, inc, true); got != want {
				t.Fatalf("bulk and incremental stores differ: %s", firstDiff(got, want))
			}
		})
	}
}

// seq is lo, lo+1, …, hi-1.
func seq(lo, hi int) []int {
	var out []int
	for i := lo; i < hi; i++ {
		out = append(out, i)
	}
	return out
}

// TestBulkNodeChunks: speakers, actors and topics given again in a bulk
// transaction, at every place of a many-row insert (rowChunk), alike or
// renamed, with aliases, a new role or side, or twice in one batch, leave
// the store as loading them batch by batch does, with the same counts of
// nodes created; one that takes another's slug fails both ways.
func TestBulkNodeChunks(t *testing.T) {
	ctx := context.Background()
	n := 2*rowChunk + rowChunk/2 // two chunk statements, then single rows
	nodes := func(prefix string, lo, hi int) graph.Batch {
		var b graph.Batch
		for i := lo; i < hi; i++ {
			b.Speakers = append(b.Speakers, graph.Speaker{Name: fmt.Sprintf("%s speaker %d", prefix, i), Role: "envoy", Side: "Vardonia"})
			b.Actors = append(b.Actors, graph.Actor{Name: fmt.Sprintf("%s state %d", prefix, i)})
			b.Topics = append(b.Topics, graph.Topic{Name: fmt.Sprintf("%s dam dispute %d", prefix, i)})
		}
		return b
	}
	first := nodes("old", 0, n)
	for _, tc := range []struct {
		name   string
		edit   func(b *graph.Batch) // the second batch: n new nodes of each kind, edited
		failed bool
	}{
		{"all new", func(b *graph.Batch) {}, false},
		{"first of a chunk, alike", func(b *graph.Batch) {
			b.Speakers[0], b.Actors[0], b.Topics[0] = first.Speakers[0], first.Actors[0], first.Topics[0]
		}, false},
		{"last of a chunk, with an alias", func(b *graph.Batch) {
			i := rowChunk - 1
			b.Speakers[i], b.Actors[i], b.Topics[i] = first.Speakers[i], first.Actors[i], first.Topics[i]
			b.Speakers[i].Aliases = []string{"the envoy"}
			b.Actors[i].Aliases = []string{"the old state"}
			b.Topics[i].Aliases = []string{"the dam row"}
		}, false},
		{"a whole chunk, renamed", func(b *graph.Batch) {
			for i := rowChunk; i < 2*rowChunk; i++ {
				b.Speakers[i] = first.Speakers[i]
				b.Speakers[i].ID = graph.SpeakerID(first.Speakers[i].Name)
				b.Speakers[i].Name = strings.ToUpper(first.Speakers[i].Name)
				b.Actors[i] = graph.Actor{ID: graph.ActorID(first.Actors[i].Name), Name: "Old State " + fmt.Sprint(i)}
				b.Topics[i] = graph.Topic{ID: graph.TopicID(first.Topics[i].Name), Name: "Old Dam Dispute " + fmt.Sprint(i)}
			}
		}, false},
		{"a new role and side in the single rows", func(b *graph.Batch) {
			i := 2*rowChunk + 1
			b.Speakers[i] = first.Speakers[i]
			b.Speakers[i].Role, b.Speakers[i].Side = "foreign minister", "Kestria"
			b.Speakers[i+1] = first.Speakers[i+1]
			b.Speakers[i+1].Role = ""
		}, false},
		{"twice in one chunk, the second with an alias", func(b *graph.Batch) {
			b.Speakers[5], b.Actors[5], b.Topics[5] = b.Speakers[2], b.Actors[2], b.Topics[2]
			b.Speakers[5].Aliases, b.Actors[5].Aliases, b.Topics[5].Aliases = []string{"X"}, []string{"Y"}, []string{"Z"}
		}, false},
		{"another id with a stored slug", func(b *graph.Batch) {
			b.Topics[3] = graph.Topic{ID: "topic:elsewhere", Name: first.Topics[3].Name}
		}, true},
	} {
		for _, before := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s, first batch before %v", tc.name, before), func(t *testing.T) {
				second := nodes("new", 0, n)
				tc.edit(&second)
				inc, bulk := openTemp(t), openTemp(t)
				var want graph.LoadResult
				var incErr error
				for _, b := range []graph.Batch{first, second} {
					r, err := inc.Load(ctx, b)
					if err != nil {
						incErr = err
						break
					}
					want.Add(r)
				}
				batches := []graph.Batch{first, second}
				var got graph.LoadResult
				if before {
					r, err := bulk.Load(ctx, first)
					if err != nil {
						t.Fatal(err)
					}
					got.Add(r)
					batches = batches[1:]
				}
				bl, err := bulk.BeginBulk(ctx)
				if err != nil {
					t.Fatal(err)
				}
				defer bl.Rollback()
				var bulkErr error
				for _, b := range batches {
					r, err := bl.Load(ctx, b)
					if err != nil {
						bulkErr = err
						break
					}
					got.Add(r)
				}
				if (incErr != nil) != tc.failed || (bulkErr != nil) != tc.failed {
					t.Fatalf("incremental: %v; bulk: %v; want failed %v", incErr, bulkErr, tc.failed)
				}
				if tc.failed {
					return
				}
				if _, err := bl.Commit(ctx); err != nil {
					t.Fatal(err)
				}
				if got.Speakers != want.Speakers || got.Actors != want.Actors || got.Topics != want.Topics {
					t.Errorf("created %d speakers, %d actors, %d topics; want %d, %d, %d",
						got.Speakers, got.Actors, got.Topics, want.Speakers, want.Actors, want.Topics)
				}
				if g, w := storeState(t, bulk, true), storeState(t, inc, true); g != w {
					t.Fatalf("bulk and incremental stores differ: %s", firstDiff(g, w))
				}
			})
		}
	}
}

// TestBulkFlagChunks: FlagClaims flags exactly the claims it is given,
// however many (a statement flags flagChunk of them, the rest one each).
func TestBulkFlagChunks(t *testing.T) {
	ctx := context.Background()
	batch := synthVocab(rand.New(rand.NewPCG(3, 3)), 0, 3*flagChunk+10, 3, 4, 3)
	for _, n := range []int{0, 1, flagChunk - 1, flagChunk, flagChunk + 1, 2*flagChunk + 3, len(batch.Claims)} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			s := openTemp(t)
			bl, err := s.BeginBulk(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer bl.Rollback()
			if _, err := bl.Load(ctx, batch); err != nil {
				t.Fatal(err)
			}
			l := bl.(*bulkLoad).l
			// Every third claim from the second on, then the first ones.
			var refs []int64
			for r := int64(2); len(refs) < n && r <= int64(len(batch.Claims)); r += 3 {
				refs = append(refs, r)
			}
			for r := int64(1); len(refs) < n; r++ {
				if !slices.Contains(refs, r) {
					refs = append(refs, r)
				}
			}
			slices.Sort(refs)
			if err := l.FlagClaims(ctx, refs); err != nil {
				t.Fatal(err)
			}
			var got []int64
			rows, err := l.tx.QueryContext(ctx, `SELECT rowid FROM claims WHERE counterclaim = 1 ORDER BY rowid`)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var r int64
				if err := rows.Scan(&r); err != nil {
					t.Fatal(err)
				}
				got = append(got, r)
			}
			rows.Close()
			if !slices.Equal(got, refs) {
				t.Errorf("flagged %v, want %v", got, refs)
			}
		})
	}
}

// TestBulkKeptIndex: a bulk transaction keeps keptIndex (and no other
// secondary index of claims) while it writes, and the floor keeps none;
// after the commit the index holds exactly the flagged claims.
func TestBulkKeptIndex(t *testing.T) {
	ctx := context.Background()
	input := randomInput(rand.New(rand.NewPCG(4, 4)), 3, 80)
	for _, tc := range []struct {
		name   string
		before bool // a batch loaded first: not a fresh store
		floor  bool
		want   []string
	}{
		{"fresh store", false, false, []string{keptIndex}},
		{"loaded store", true, false, []string{keptIndex}},
		{"floor", false, true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t, withProfileAt(12))
			if tc.before {
				if _, err := s.Load(ctx, input[0]); err != nil {
					t.Fatal(err)
				}
			}
			var l *bulkTx
			var bl graph.BulkLoad
			if tc.floor {
				f, err := s.BeginFloor(ctx)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Rollback()
				l = f.b.l
			} else {
				var err error
				if bl, err = s.BeginBulk(ctx); err != nil {
					t.Fatal(err)
				}
				defer bl.Rollback()
				l = bl.(*bulkLoad).l
			}
			var got []string
			if err := l.column(ctx, `SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL ORDER BY name`,
				func(n string) { got = append(got, n) }); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("indexes in the transaction %v, want %v", got, tc.want)
			}
			if tc.floor {
				return
			}
			rest := input
			if tc.before {
				rest = input[1:]
			}
			for _, b := range rest {
				if _, err := bl.Load(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := bl.Commit(ctx); err != nil {
				t.Fatal(err)
			}
			var indexed, flagged int
			var ok string
			for q, v := range map[string]any{
				`SELECT count(*) FROM claims INDEXED BY claims_counterclaim WHERE counterclaim = 1`: &indexed,
				`SELECT count(*) FROM claims NOT INDEXED WHERE counterclaim = 1`:                    &flagged,
				`PRAGMA integrity_check`: &ok,
			} {
				if err := s.r.QueryRowContext(ctx, q).Scan(v); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			if indexed != flagged || flagged == 0 || ok != "ok" {
				t.Errorf("%d claims in the index, %d flagged (want the same, and some); integrity %q", indexed, flagged, ok)
			}
		})
	}
}
