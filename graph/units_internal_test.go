package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestExchangeUnitSharesClasses checks that an exchange pairs every class
// of one side with the same class values of the other: the mirror side's
// classes are built once, not once per class of the first side (which
// cost a large topic's first page about 29 ms of CPU).
func TestExchangeUnitSharesClasses(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b int
	}{
		{"one claim a side", 1, 1},
		{"three claims by two", 3, 2},
		{"four claims by four", 4, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := newIndex(&scope{})
			add := func(side, subject string, n int) {
				for i := range n {
					// Named and anonymous speakers, dated and weak or not,
					// land in classes of their own.
					c := Claim{Speaker: fmt.Sprintf("Speaker %s %d", side, i), Side: side, Kind: KindAccusation,
						Subject: subject, Action: "shell the ferry port", Topic: "ferry port", Polarity: Positive,
						SaidAt: fmt.Sprintf("2031-05-%02d", 1+i)}
					if i%2 == 1 {
						c.Speaker = "an official"
					}
					c.SpeakerID = SpeakerID(c.Speaker)
					c.Text = c.Speaker + " says " + subject + " shelled the ferry port"
					c.ID = ClaimID(&c) + fmt.Sprint(i)
					x.add(&c, false)
				}
			}
			add("Ostrava Republic", "Kelmar", tc.a)
			add("Kelmar", "Ostrava Republic", tc.b)
			acc, ok := x.sym.lookup("ostrava-republic>kelmar|ferry-port")
			m, ok2 := x.sym.lookup("kelmar>ostrava-republic|ferry-port")
			if !ok || !ok2 {
				t.Fatalf("acc keys not indexed: %v", x.sym.names)
			}
			u := x.exchangeUnit(acc, m)
			if u == nil {
				t.Fatal("no exchange unit")
			}
			bs := map[*class]bool{}
			as := map[*class]bool{}
			for _, cp := range u.pairs {
				as[cp.a], bs[cp.b] = true, true
			}
			if len(as)*len(bs) != len(u.pairs) {
				t.Fatalf("%d pairs from %d classes of one side and %d class values of the other; want each class of the other side built once (%d pairs)",
					len(u.pairs), len(as), len(bs), len(as)*len(bs))
			}
		})
	}
}

// TestRankedOrders: however far a listing goes (eachRanked stopping
// early, before or after it sorts the rest) and whichever classes an
// opponent query asks for (pairsOf, before or after the unit is sorted),
// the class pairs come in the order of a stable sort by score.
func TestRankedOrders(t *testing.T) {
	keys := []classKey{{side: 1}, {side: 2}, {side: 3}, {side: 4}}
	// refsWant is want's pairs under key k, as pairsOf lists them.
	refsWant := func(want []*cpair, k classKey) []cpRef {
		var out []cpRef
		for _, cp := range want {
			if cp.a.key == k {
				out = append(out, cpRef{cp: cp, a: true})
			}
			if cp.b.key == k {
				out = append(out, cpRef{cp: cp})
			}
		}
		return out
	}
	sameRefs := func(got, want []cpRef) bool {
		return slices.EqualFunc(got, want, func(a, b cpRef) bool { return a.cp == b.cp && a.a == b.a })
	}
	for _, n := range []int{0, 1, 7, firstRanked, firstRanked + 1, 3*firstRanked + 5} {
		for _, stop := range []int{1, 2, firstRanked - 1, firstRanked, firstRanked + 1, n} {
			for _, sortFirst := range []bool{false, true} {
				name := fmt.Sprintf("%d pairs, stop at %d, sorted first %v", n, stop, sortFirst)
				rng := rand.New(rand.NewPCG(uint64(n), uint64(stop)))
				classes := make([]*class, len(keys))
				for i, k := range keys {
					classes[i] = &class{key: k}
				}
				u := &unit{}
				for range n {
					// Few distinct scores: ties everywhere.
					s := pairScore{tier: rng.IntN(2), indep: rng.IntN(3), docs: rng.IntN(2)}
					u.pairs = append(u.pairs, &cpair{a: classes[rng.IntN(4)], b: classes[rng.IntN(4)], score: s})
				}
				want := slices.Clone(u.pairs)
				slices.SortStableFunc(want, func(a, b *cpair) int {
					return rankedPair{a.score, 0}.compare(rankedPair{b.score, 0})
				})
				if sortFirst {
					u.ranked()
				}
				// Two keys' lists before the listing, two after.
				for _, k := range keys[:2] {
					if !sameRefs(u.pairsOf(k), refsWant(want, k)) {
						t.Errorf("%s: pairsOf(%v) out of ranked order", name, k)
					}
				}
				var got []*cpair
				u.eachRanked(func(cp *cpair) bool {
					got = append(got, cp)
					return len(got) < stop
				})
				if m := min(stop, n); !slices.Equal(got, want[:m]) {
					t.Errorf("%s: eachRanked gave %d pairs out of ranked order", name, len(got))
				}
				var all []*cpair
				u.eachRanked(func(cp *cpair) bool { all = append(all, cp); return true })
				if !slices.Equal(all, want) {
					t.Errorf("%s: a second eachRanked out of ranked order", name)
				}
				for _, k := range keys {
					if !sameRefs(u.pairsOf(k), refsWant(want, k)) {
						t.Errorf("%s: pairsOf(%v) out of ranked order after the listing", name, k)
					}
				}
			}
		}
	}
}
