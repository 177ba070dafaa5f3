package graph_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestProfilesMatchCountNew: counting some groups from their profiles and
// streaming the others through Add counts what CountNew counts over the
// whole probe, whichever groups are hot.
func TestProfilesMatchCountNew(t *testing.T) {
	counted := map[graph.Rule]int{}
	for seed := uint64(1); seed <= 12; seed++ {
		for _, mode := range []string{"none", "half", "all"} {
			rng := rand.New(rand.NewPCG(seed, 29))
			fresh, stored, linked, accCounts, want := counterInput(rng, 240, 60)
			p := graph.ProbeFor(fresh)

			hot := map[string]bool{}
			for _, k := range p.PropKeys {
				hot[k] = mode == "all" || (mode == "half" && rng.IntN(2) == 0)
			}
			profile := map[string]int{}
			var cold, open []graph.Member
			for i := range stored {
				m := graph.MemberOf(&stored[i])
				if !hot[m.PropKey] {
					cold = append(cold, m)
					continue
				}
				for _, k := range graph.ProfileKeys(&m) {
					profile[k]++
				}
				if m.Kind == graph.KindDenial {
					open = append(open, m)
				}
			}
			ctr := graph.NewCounter(fresh, linked, accCounts)
			// Only what ProfileNeeds names is read: a store reads no more.
			needed := map[string]int{}
			for _, k := range ctr.ProfileNeeds(hot) {
				if n, ok := profile[k]; ok {
					needed[k] = n
				}
			}
			rng.Shuffle(len(cold), func(i, j int) { cold[i], cold[j] = cold[j], cold[i] })
			for len(cold) > 0 {
				n := min(len(cold), 1+rng.IntN(40))
				ctr.Add(cold[:n])
				cold = cold[n:]
			}
			ctr.AddProfiles(hot, needed, open, linked)
			if got := ctr.Counted(); !reflect.DeepEqual(got, want) {
				t.Errorf("seed %d, %s hot: counted %v %d flagged, CountNew %v %d flagged", seed, mode,
					got.Findings, len(got.Counterclaimants), want.Findings, len(want.Counterclaimants))
			}
			if mode == "all" {
				for r, n := range want.Findings {
					counted[r] += n
				}
			}
		}
	}
	// Every rule the profiles count must have been exercised.
	for _, r := range []graph.Rule{graph.RuleOpposing, graph.RuleReversal, graph.RuleCounterclaim} {
		if counted[r] < 100 {
			t.Errorf("%s: %d findings over all seeds: the test checks little", r, counted[r])
		}
	}
}
