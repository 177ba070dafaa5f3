package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

// randomWorld is randomClaims with speaker ids, change times, outlets and
// some condemnations (no subject, "a crime"), so that every rule, the
// double standard included, fires often.
func randomWorld(seed uint64, n int) []graph.Claim {
	rng := rand.New(rand.NewPCG(seed, 11))
	cs := randomClaims(rng, n)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	outlets := []string{"Harbor Gazette", "Northern Ledger", "Harbor Gazette (via Valley Courier)", ""}
	for i := range cs {
		c := &cs[i]
		if rng.IntN(10) == 0 {
			c.Subject, c.Kind, c.Polarity = "", graph.KindAssertion, graph.Positive
			c.Text = fmt.Sprintf("claim %d: the %s is a crime", i, c.Action)
		}
		c.SpeakerID = graph.SpeakerID(c.Speaker)
		c.ChangedAt = t0.Add(time.Duration(i) * time.Second)
		c.DocID = fmt.Sprintf("doc:%d", rng.IntN(n/3+1))
		c.Document = &graph.Document{ID: c.DocID, Outlet: outlets[rng.IntN(len(outlets))]}
		rs := c.RespondsTo
		c.ID = graph.ClaimID(c)
		c.RespondsTo = rs
	}
	// Responses name the final ids.
	for i := range cs {
		for j := range cs[i].RespondsTo {
			cs[i].RespondsTo[j] = cs[rng.IntN(n)].ID
		}
	}
	return cs
}

// pairKey names an unordered pair.
func pairKey(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "|" + b
}

// wantPairs is the definition Contradictions must meet: every pair some
// rule finds (Detect and DetectDouble over all claims), with its rules.
func wantPairs(cs []graph.Claim) map[string][]graph.Rule {
	out := map[string][]graph.Rule{}
	for _, f := range append(graph.Detect(cs, nil), graph.DetectDouble(cs, nil)...) {
		k := pairKey(f.From, f.To)
		if !slices.Contains(out[k], f.Rule) {
			out[k] = append(out[k], f.Rule)
		}
	}
	for k := range out {
		slices.Sort(out[k])
	}
	return out
}

func listPairs(t *testing.T, cs []graph.Claim, sc graph.Scope, p graph.Page) ([]graph.Contradiction, int) {
	t.Helper()
	var got []graph.Contradiction
	total, err := graph.Contradictions(context.Background(), memReader{cs}, sc, p, func(c graph.Contradiction) error {
		got = append(got, c)
		return nil
	})
	if err != nil {
		t.Fatalf("Contradictions: %v", err)
	}
	return got, total
}

// TestContradictionsListEveryPairOnce: the bounded listing yields every
// pair the rules find, once, with all its rules (the strongest first),
// oriented as documented, and its total counts them.
func TestContradictionsListEveryPairOnce(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		cs := randomWorld(seed, 160)
		want := wantPairs(cs)
		if len(want) < 50 {
			t.Fatalf("seed %d: only %d pairs; the vocabulary is too sparse", seed, len(want))
		}
		got, total := listPairs(t, cs, graph.Scope{}, graph.Page{})
		if total != len(want) || len(got) != len(want) {
			t.Fatalf("seed %d: %d pairs listed, total %d; want %d", seed, len(got), total, len(want))
		}
		byID := map[string]graph.Claim{}
		for _, c := range cs {
			byID[c.ID] = c
		}
		seen := map[string]bool{}
		for _, x := range got {
			a, b := x.Claims[0], x.Claims[1]
			k := pairKey(a.ID, b.ID)
			if seen[k] {
				t.Fatalf("seed %d: pair %s listed twice", seed, k)
			}
			seen[k] = true
			rules := append([]graph.Rule{x.Rule}, x.Tags...)
			slices.Sort(rules)
			if !reflect.DeepEqual(rules, want[k]) {
				t.Errorf("seed %d: pair %s has rules %v, want %v", seed, k, rules, want[k])
			}
			switch x.Rule {
			case graph.RuleCounterclaim:
				fs := graph.Pair(&a, &b)
				if !slices.ContainsFunc(fs, func(f graph.Finding) bool { return f.Rule == graph.RuleCounterclaim && f.From == a.ID }) {
					t.Errorf("seed %d: counterclaim %s listed with the countered claim first", seed, k)
				}
			case graph.RuleDoubleStandard:
				if !graph.DoubleStandard(&a, &b) {
					t.Errorf("seed %d: double standard %s listed with the act first", seed, k)
				}
			case graph.RuleOpposing:
				if a.Polarity != graph.Positive {
					t.Errorf("seed %d: opposing %s listed with the denying claim first", seed, k)
				}
			}
			if x.FindingID == "" || x.Unit == "" {
				t.Errorf("seed %d: pair %s has no finding or unit id", seed, k)
			}
		}
		// Weak pairs come last.
		weakSeen := false
		for _, x := range got {
			if len(x.Weak) > 0 {
				weakSeen = true
			} else if weakSeen {
				t.Fatalf("seed %d: a pair without weak claims comes after a weak one", seed)
			}
		}
	}
}

// TestChunksChangeNothing: reading every topic a few claims at a time
// into many chunks lists the same pairs and disputes as one chunk.
func TestChunksChangeNothing(t *testing.T) {
	cs := randomWorld(7, 160)
	whole, total := listPairs(t, cs, graph.Scope{}, graph.Page{})
	ds, es, _ := disputes(t, cs, graph.Scope{}, graph.DisputeOptions{})
	defer graph.SetChunkClaims(5)()
	chunked, n := listPairs(t, cs, graph.Scope{}, graph.Page{})
	if n != total || !reflect.DeepEqual(pairIDs(chunked), pairIDs(whole)) {
		t.Errorf("chunked: %d pairs (total %d), want the %d of one chunk in the same order", len(chunked), n, total)
	}
	ds2, es2, _ := disputes(t, cs, graph.Scope{}, graph.DisputeOptions{})
	equalJSON(t, "chunked disputes", ds2, ds)
	equalJSON(t, "chunked exchanges", es2, es)
}

// TestContradictionsPages: pages of any size put together are the whole
// listing, in order.
func TestContradictionsPages(t *testing.T) {
	cs := randomWorld(3, 140)
	all, total := listPairs(t, cs, graph.Scope{}, graph.Page{})
	for _, size := range []int{1, 7, 50} {
		var joined []graph.Contradiction
		for off := 0; off < total+size; off += size {
			page, n := listPairs(t, cs, graph.Scope{}, graph.Page{Offset: off, Limit: size})
			if n != total {
				t.Fatalf("page at %d: total %d, want %d", off, n, total)
			}
			if len(page) > size {
				t.Fatalf("page at %d: %d pairs, limit %d", off, len(page), size)
			}
			joined = append(joined, page...)
		}
		if !reflect.DeepEqual(pairIDs(joined), pairIDs(all)) {
			t.Errorf("pages of %d differ from the whole listing", size)
		}
	}
	if _, err := graph.Contradictions(context.Background(), memReader{cs}, graph.Scope{}, graph.Page{Limit: -1}, nil); graph.ErrorCode(err) != graph.EInvalid {
		t.Errorf("negative limit: %v, want EInvalid", err)
	}
}

func pairIDs(xs []graph.Contradiction) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.Claims[0].ID + ">" + x.Claims[1].ID
	}
	return out
}

// TestContradictionsScope: each filter keeps exactly the pairs its
// definition keeps.
func TestContradictionsScope(t *testing.T) {
	cs := randomWorld(5, 160)
	byID := map[string]graph.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	mid := cs[80].ChangedAt
	type pred func(a, b graph.Claim, rules []graph.Rule) bool
	either := func(f func(c graph.Claim) bool) pred {
		return func(a, b graph.Claim, _ []graph.Rule) bool { return f(a) || f(b) }
	}
	cases := []struct {
		name string
		sc   graph.Scope
		keep pred
		// dated: claims outside Since/Until take part in nothing.
		dated func(c graph.Claim) bool
	}{
		// A pair belongs to the topic of its unit: its claims' topic, or
		// for an answer across topics the topic of the claim answered
		// (of the smaller id when each answers the other).
		{"topic", graph.Scope{Topic: "Topic 1"}, func(a, b graph.Claim, _ []graph.Rule) bool {
			if graph.Slug(a.Topic) == graph.Slug(b.Topic) {
				return graph.Slug(a.Topic) == "topic-1"
			}
			ab, ba := slices.Contains(a.RespondsTo, b.ID), slices.Contains(b.RespondsTo, a.ID)
			answered := b
			if ba && (!ab || a.ID < b.ID) {
				answered = a
			}
			return graph.Slug(answered.Topic) == "topic-1"
		}, nil},
		{"side", graph.Scope{Side: "belmora"}, either(func(c graph.Claim) bool { return graph.Slug(c.Side) == "belmora" }), nil},
		{"speaker", graph.Scope{Speaker: "Speaker 2"}, either(func(c graph.Claim) bool { return c.Speaker == "Speaker 2" }), nil},
		{"rules", graph.Scope{Rules: []graph.Rule{graph.RuleReversal, graph.RuleDoubleStandard}}, func(_, _ graph.Claim, rs []graph.Rule) bool {
			return slices.Contains(rs, graph.RuleReversal) || slices.Contains(rs, graph.RuleDoubleStandard)
		}, nil},
		{"changed window", graph.Scope{ChangedFrom: mid}, func(a, b graph.Claim, _ []graph.Rule) bool {
			return !a.ChangedAt.Before(mid) || !b.ChangedAt.Before(mid)
		}, nil},
		{"since", graph.Scope{Since: "2024-04-01"}, func(a, b graph.Claim, _ []graph.Rule) bool { return true },
			func(c graph.Claim) bool { return c.SaidAt >= "2024-04-01" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := cs
			if tc.dated != nil {
				in = nil
				for _, c := range cs {
					if tc.dated(c) {
						in = append(in, c)
					}
				}
			}
			want := map[string]bool{}
			for k, rules := range wantPairs(in) {
				ab := strings.SplitN(k, "|", 2)
				if tc.keep(byID[ab[0]], byID[ab[1]], rules) {
					want[k] = true
				}
			}
			got, total := listPairs(t, cs, tc.sc, graph.Page{})
			gotSet := map[string]bool{}
			for _, x := range got {
				gotSet[pairKey(x.Claims[0].ID, x.Claims[1].ID)] = true
			}
			if len(want) == 0 {
				t.Fatal("the filter keeps nothing; the case tests nothing")
			}
			if !reflect.DeepEqual(sortedSet(gotSet), sortedSet(want)) || total != len(want) {
				t.Errorf("kept %d pairs (total %d), want %d", len(gotSet), total, len(want))
			}
		})
	}
}

// TestDoubleStandardRule: the pair logic and its near misses.
func TestDoubleStandardRule(t *testing.T) {
	const topic, act = "cluster munitions", "use cluster munitions"
	A, N := graph.Positive, graph.Negative
	acc, as, dn, th := graph.KindAccusation, graph.KindAssertion, graph.KindDenial, graph.KindThreat
	// Arvenia accuses Belmora of using them; the question is what others
	// say of Arvenia.
	std := claim("Minister Ilya Varga", "Arvenia", acc, "Belmora", act, topic, A, "2024-03-01")
	condemn := claim("Minister Ilya Varga", "Arvenia", as, "", "regard the use of cluster munitions", topic, A, "2024-03-01")
	condemn.Text = "Varga called the use of cluster munitions a crime."
	cases := []struct {
		name     string
		std, act graph.Claim
		want     bool
	}{
		{"a third side says the accuser does it", std,
			claim("Ambassador Lena Okaro", "Cordovia", acc, "Arvenia", act, topic, A, "2024-03-02"), true},
		{"an unattributed report says it does it", std,
			claim("Analyst Mira Fenn", "", as, "Arvenia", act, topic, A, "2024-03-02"), true},
		{"its own side admits it", std,
			claim("Colonel Dana Pirel", "Arvenia", as, "Arvenia", act, topic, A, "2024-03-02"), true},
		{"the accused answering in kind is only mutual", std,
			claim("General Tomas Reuel", "Belmora", acc, "Arvenia", act, topic, A, "2024-03-02"), false},
		{"a condemnation as such, even against the accused's answer", condemn,
			claim("General Tomas Reuel", "Belmora", acc, "Arvenia", act, topic, A, "2024-03-02"), true},
		{"another action", std,
			claim("Ambassador Lena Okaro", "Cordovia", acc, "Arvenia", "use landmines", topic, A, "2024-03-02"), false},
		{"another topic", std,
			claim("Ambassador Lena Okaro", "Cordovia", acc, "Arvenia", act, "border shelling", A, "2024-03-02"), false},
		{"a denial that it does it", std,
			claim("Ambassador Lena Okaro", "Cordovia", dn, "Arvenia", act, topic, N, "2024-03-02"), false},
		{"a threat to do it", std,
			claim("Colonel Dana Pirel", "Arvenia", th, "Arvenia", act, topic, A, "2024-03-02"), false},
		{"a standard without a side", claim("Analyst Mira Fenn", "", acc, "Belmora", act, topic, A, "2024-03-01"),
			claim("Ambassador Lena Okaro", "Cordovia", acc, "Arvenia", act, topic, A, "2024-03-02"), false},
		{"someone else's act", std,
			claim("Ambassador Lena Okaro", "Cordovia", acc, "Belmora", act, topic, A, "2024-03-02"), false},
		{"an assertion without a cue condemns nothing",
			claim("Minister Ilya Varga", "Arvenia", as, "", act, topic, A, "2024-03-01"),
			claim("Ambassador Lena Okaro", "Cordovia", acc, "Arvenia", act, topic, A, "2024-03-02"), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := graph.DoubleStandard(&tc.std, &tc.act); got != tc.want {
				t.Errorf("DoubleStandard = %v, want %v", got, tc.want)
			}
			if graph.DoubleStandard(&tc.act, &tc.std) {
				t.Errorf("DoubleStandard fires with the claims swapped")
			}
			// Detection finds it from either claim.
			for _, fresh := range [][]graph.Claim{{tc.std}, {tc.act}, {tc.std, tc.act}} {
				fs := graph.DetectDouble(fresh, []graph.Claim{tc.std, tc.act})
				if (len(fs) == 1) != tc.want {
					t.Errorf("DetectDouble from %d fresh claims found %d", len(fresh), len(fs))
				}
				if len(fs) == 1 && (fs[0].From != tc.std.ID || fs[0].To != tc.act.ID) {
					t.Errorf("finding goes %s -> %s, want the standard first", fs[0].From, fs[0].To)
				}
			}
		})
	}
}

// TestDetectDoubleOrderIndependent: detecting each batch against what
// was loaded before finds what one pass over everything finds.
func TestDetectDoubleOrderIndependent(t *testing.T) {
	cs := randomWorld(9, 150)
	want := ids(graph.DetectDouble(cs, nil))
	if len(want) < 10 {
		t.Fatalf("only %d double standards; the vocabulary is too sparse", len(want))
	}
	for seed := uint64(1); seed <= 5; seed++ {
		order := slices.Clone(cs)
		rand.New(rand.NewPCG(seed, 2)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		found := map[string]bool{}
		for i := 0; i < len(order); i += 17 {
			batch := order[i:min(i+17, len(order))]
			for _, f := range graph.DetectDouble(batch, order[:min(i+17, len(order))]) {
				found[f.ID] = true
			}
		}
		got := sortedSet(found)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("order %d: %d double standards, want %d", seed, len(got), len(want))
		}
	}
}

// TestUnitPairsStrongestFirst: within a unit, the pairs of its classes
// (those a responds_to link does not name: listed apart) come strongest
// first, tier by tier: across sides before one voice, then by more
// independent sources, named speakers and documents.
func TestUnitPairsStrongestFirst(t *testing.T) {
	type score struct{ tier, voice, indep, named, docs int }
	scoreOf := func(x graph.Contradiction) score {
		s := score{indep: x.Independent, docs: x.Documents}
		if len(x.Weak) > 0 {
			s.tier = 1
		}
		if x.Rule == graph.RuleReversal {
			s.voice = 1
		}
		for _, c := range x.Claims {
			if graph.Named(c.Speaker) {
				s.named++
			}
		}
		return s
	}
	worse := func(a, b score) bool { // a ranks after b
		for _, d := range [][2]int{{a.tier, b.tier}, {a.voice, b.voice}, {b.indep, a.indep}, {b.named, a.named}, {b.docs, a.docs}} {
			if d[0] != d[1] {
				return d[0] > d[1]
			}
		}
		return false
	}
	checked := 0
	for seed := uint64(1); seed <= 6; seed++ {
		got, _ := listPairs(t, randomWorld(seed, 160), graph.Scope{}, graph.Page{})
		for i := 1; i < len(got); i++ {
			a, b := got[i-1], got[i]
			if a.Unit != b.Unit || a.Rule == graph.RuleCounterclaim || b.Rule == graph.RuleCounterclaim || len(a.Weak) != len(b.Weak) {
				continue
			}
			checked++
			if sa, sb := scoreOf(a), scoreOf(b); worse(sa, sb) {
				t.Errorf("seed %d: unit %s lists %+v before %+v", seed, a.Unit, sa, sb)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d neighbouring pairs of one unit checked", checked)
	}
}
