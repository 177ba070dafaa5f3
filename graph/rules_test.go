package graph_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/contra-project/contra/graph"
)

// claim builds a claim of an invented world with its id derived.
func claim(speaker, side string, kind graph.Kind, subject, action, topic string, pol graph.Polarity, saidAt string) graph.Claim {
	c := graph.Claim{DocID: "doc:test", Speaker: speaker, Side: side, Kind: kind, Subject: subject,
		Action: action, Topic: topic, Polarity: pol, SaidAt: saidAt, Text: speaker + " on " + action}
	c.ID = graph.ClaimID(&c)
	return c
}

func TestKeys(t *testing.T) {
	acc := claim("Minister Ilya Varga", "Arvenia", graph.KindAccusation, "Belmora", "Use  Cluster munitions", "Cluster Munitions", graph.Positive, "")
	self := claim("Minister Ilya Varga", "Arvenia", graph.KindAccusation, "arvenia", "lie", "press", graph.Positive, "")
	noSide := claim("Analyst Mira Fenn", "", graph.KindAccusation, "Belmora", "lie", "press", graph.Positive, "")
	den := claim("General Tomas Reuel", "Belmora", graph.KindDenial, "Belmora", "use cluster munitions", "cluster-munitions", graph.Negative, "")
	cases := []struct {
		name              string
		c                 graph.Claim
		prop, acc, mirror string
	}{
		{"accusation", acc, "belmora|use cluster munitions|cluster-munitions", "arvenia>belmora|cluster-munitions", "belmora>arvenia|cluster-munitions"},
		{"self-accusation has no key", self, "arvenia|lie|press", "", ""},
		{"accusation without side", noSide, "belmora|lie|press", "", ""},
		{"denial", den, "belmora|use cluster munitions|cluster-munitions", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := []string{graph.PropKey(&tc.c), graph.AccKey(&tc.c), graph.MirrorAccKey(&tc.c)}
			if want := []string{tc.prop, tc.acc, tc.mirror}; !reflect.DeepEqual(got, want) {
				t.Errorf("keys %q, want %q", got, want)
			}
		})
	}
}

// pairRules returns Pair's findings as sorted "rule from>to" strings with
// claims named by their index in names.
func pairRules(fs []graph.Finding, names map[string]string) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, string(f.Rule)+" "+names[f.From]+">"+names[f.To])
	}
	sort.Strings(out)
	return out
}

func TestPair(t *testing.T) {
	const (
		A, B, C = "Arvenia", "Belmora", "Cordovia"
		varga   = "Minister Ilya Varga"
		pirel   = "Colonel Dana Pirel"
		reuel   = "General Tomas Reuel"
		fenn    = "Analyst Mira Fenn"
		cm, act = "cluster munitions", "use cluster munitions"
	)
	P, N := graph.Positive, graph.Negative
	acc, den, as := graph.KindAccusation, graph.KindDenial, graph.KindAssertion
	cases := []struct {
		name string
		a, b graph.Claim
		want []string // "rule a>b" or "rule b>a"
	}{
		{"opposing sides, opposite polarity", claim(varga, A, as, B, act, cm, P, "2024-03-01"), claim(reuel, B, as, B, act, cm, N, "2024-03-02"),
			[]string{"opposing ?"}},
		{"denial counters an accusation", claim(varga, A, acc, B, act, cm, P, "2024-03-01"), claim(reuel, B, den, B, act, cm, N, "2024-03-01"),
			[]string{"counterclaim b>a", "opposing ?"}},
		{"same polarity agrees", claim(varga, A, acc, B, act, cm, P, "2024-03-01"), claim(reuel, B, as, B, act, cm, P, "2024-03-01"),
			nil},
		{"same speaker, same day", claim(varga, A, as, B, act, cm, P, "2024-03-01"), claim(varga, A, as, B, act, cm, N, "2024-03-01"),
			nil},
		{"same speaker, two days: reversal", claim(varga, A, as, B, act, cm, P, "2024-03-01"), claim(varga, A, as, B, act, cm, N, "2024-04-01"),
			[]string{"reversal ?"}},
		{"same side, two speakers, two days: reversal", claim(varga, A, as, B, act, cm, P, "2024-03-01"), claim(pirel, A, den, B, act, cm, N, "2024-04-01"),
			[]string{"reversal ?"}},
		{"undated: no reversal", claim(varga, A, as, B, act, cm, P, ""), claim(varga, A, as, B, act, cm, N, "2024-04-01"),
			nil},
		{"sideless speakers differ by speaker", claim(fenn, "", as, B, act, cm, P, ""), claim(reuel, B, den, B, act, cm, N, ""),
			[]string{"counterclaim b>a", "opposing ?"}},
		{"mutual accusation", claim(varga, A, acc, B, "shell villages", "Border Shelling", P, ""), claim(reuel, B, acc, A, "shell towns", "border shelling", P, ""),
			[]string{"mutual_accusation ?"}},
		{"accusations on different topics", claim(varga, A, acc, B, "shell villages", "border shelling", P, ""), claim(reuel, B, acc, A, "shell villages", "grain corridor", P, ""),
			nil},
		{"accusation of a third state", claim(varga, A, acc, B, "shell villages", "border shelling", P, ""), claim(reuel, B, acc, C, "shell villages", "border shelling", P, ""),
			nil},
		{"denial about another actor", claim(varga, A, acc, B, act, cm, P, ""), claim(reuel, B, den, C, act, cm, N, ""),
			nil},
		{"denial of a denial", claim(varga, A, den, B, act, cm, P, ""), claim(reuel, B, den, B, act, cm, N, ""),
			[]string{"opposing ?"}},
	}
	respA := claim(varga, A, acc, B, act, cm, P, "")
	respB := claim(reuel, B, as, A, "spread propaganda", "propaganda", P, "")
	respB.RespondsTo = []string{respA.ID}
	cases = append(cases, struct {
		name string
		a, b graph.Claim
		want []string
	}{"responds_to counters anything", respA, respB, []string{"counterclaim b>a"}})

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			names := map[string]string{tc.a.ID: "a", tc.b.ID: "b"}
			want := []string{}
			for _, w := range tc.want {
				// Symmetric findings go from the smaller id to the larger.
				if w[len(w)-1] == '?' {
					if tc.a.ID < tc.b.ID {
						w = w[:len(w)-1] + "a>b"
					} else {
						w = w[:len(w)-1] + "b>a"
					}
				}
				want = append(want, w)
			}
			sort.Strings(want)
			ab, ba := pairRules(graph.Pair(&tc.a, &tc.b), names), pairRules(graph.Pair(&tc.b, &tc.a), names)
			if !reflect.DeepEqual(ab, want) {
				t.Errorf("Pair(a, b) = %v, want %v", ab, want)
			}
			if !reflect.DeepEqual(ba, ab) {
				t.Errorf("Pair(b, a) = %v, Pair(a, b) = %v; want the same", ba, ab)
			}
		})
	}
}

// randomClaims returns n claims over a tiny vocabulary, so that every rule
// fires often, with some explicit responses.
func randomClaims(rng *rand.Rand, n int) []graph.Claim {
	sides := []string{"Arvenia", "Belmora", "Cordovia", ""}
	kinds := graph.Kinds
	dates := []string{"", "2024-03-01", "2024-04-01"}
	out := make([]graph.Claim, n)
	for i := range out {
		side := sides[rng.IntN(len(sides))]
		pol := graph.Positive
		if rng.IntN(2) == 0 {
			pol = graph.Negative
		}
		out[i] = claim(fmt.Sprintf("Speaker %d", rng.IntN(6)), side, kinds[rng.IntN(len(kinds))],
			sides[rng.IntN(3)], fmt.Sprintf("act %d", rng.IntN(3)), fmt.Sprintf("topic %d", rng.IntN(2)), pol,
			dates[rng.IntN(len(dates))])
		out[i].Text = fmt.Sprintf("claim %d", i) // distinct ids
		out[i].ID = graph.ClaimID(&out[i])
	}
	for i := range out {
		if rng.IntN(8) == 0 {
			out[i].RespondsTo = []string{out[rng.IntN(n)].ID}
		}
	}
	return out
}

// bruteForce is Detect's definition: Pair over every pair of a fresh claim
// and another claim of fresh or candidates (fresh copies win).
func bruteForce(fresh, candidates []graph.Claim) []string {
	all := map[string]*graph.Claim{}
	var order []*graph.Claim
	for _, l := range [][]graph.Claim{fresh, candidates} {
		for i := range l {
			if all[l[i].ID] == nil {
				all[l[i].ID] = &l[i]
				order = append(order, &l[i])
			}
		}
	}
	set := map[string]bool{}
	for i := range fresh {
		a := all[fresh[i].ID]
		for _, b := range order {
			if a.ID != b.ID {
				for _, f := range graph.Pair(a, b) {
					set[f.ID] = true
				}
			}
		}
	}
	return sortedSet(set)
}

func sortedSet(m map[string]bool) []string {
	out := []string{}
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func ids(fs []graph.Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

func TestDetectMatchesBruteForce(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		rng := rand.New(rand.NewPCG(seed, 1))
		cs := randomClaims(rng, 120)
		fresh, cands := cs[:50], slices.Clone(cs[30:])
		// Stale stored copies of fresh claims must lose to the fresh ones.
		for i := range 10 {
			cands[i].Side = "Dravonia"
		}
		got, want := ids(graph.Detect(fresh, cands)), bruteForce(fresh, cands)
		if len(want) == 0 {
			t.Fatalf("seed %d: no findings; the vocabulary is too sparse to test anything", seed)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: Detect found %d findings, brute force %d", seed, len(got), len(want))
		}
	}
}

// probe answers a graph.Probe over stored claims the way a store must.
func probe(p graph.Probe, stored []graph.Claim) []graph.Claim {
	in := func(l []string, k string) bool { _, ok := slices.BinarySearch(l, k); return ok }
	var out []graph.Claim
	for _, c := range stored {
		hit := in(p.PropKeys, graph.PropKey(&c)) || in(p.IDs, c.ID) ||
			(graph.AccKey(&c) != "" && in(p.AccKeys, graph.AccKey(&c)))
		for _, r := range c.RespondsTo {
			hit = hit || in(p.RespondersTo, r)
		}
		if hit {
			out = append(out, c)
		}
	}
	return out
}

// TestIncrementalDetection: loading claims in any order and batching, each
// batch detected against what ProbeFor names, finds what one Detect over
// everything finds. This is the property every store relies on.
func TestIncrementalDetection(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 42))
	cs := randomClaims(rng, 150)
	want := ids(graph.Detect(cs, nil))
	if len(want) < 20 {
		t.Fatalf("only %d findings; the vocabulary is too sparse", len(want))
	}
	for seed := uint64(1); seed <= 6; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		order := slices.Clone(cs)
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var stored []graph.Claim
		found := map[string]bool{}
		for len(order) > 0 {
			n := min(1+r.IntN(10), len(order))
			batch := order[:n]
			order = order[n:]
			for _, f := range graph.Detect(batch, probe(graph.ProbeFor(batch), stored)) {
				found[f.ID] = true
			}
			stored = append(stored, batch...)
		}
		if got := sortedSet(found); !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: incremental detection found %d findings, all at once %d", seed, len(got), len(want))
		}
	}
}
