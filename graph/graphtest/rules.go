package graphtest

import (
	"slices"
	"testing"

	"github.com/contra-project/contra/graph"
)

// testRulesOnWorld: the world's findings are exactly the expected ones,
// which are also what graph.Detect finds over all claims at once.
func testRulesOnWorld(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	got := findings(t, s, graph.FindingFilter{})
	gotIDs := []string{}
	for _, x := range got {
		gotIDs = append(gotIDs, x.ID)
	}
	equal(t, "findings", gotIDs, w.wantIDs(nil))
	var all []graph.Claim
	for _, n := range w.order {
		all = append(all, w.claims[n])
	}
	detected := []string{}
	for _, x := range graph.Detect(all, nil) {
		detected = append(detected, x.ID)
	}
	equal(t, "findings vs graph.Detect", gotIDs, detected)
	for _, x := range got {
		if !x.Rule.Directed() && x.From > x.To {
			t.Errorf("symmetric finding %s stored from %s to %s; want the smaller id first", x.ID, x.From, x.To)
		}
		if x.ID != graph.FindingID(x.Rule, x.From, x.To) {
			t.Errorf("finding %s: id is not FindingID(%s, %s, %s)", x.ID, x.Rule, x.From, x.To)
		}
	}
}

// scenario is a handful of claims and the findings they must yield.
type scenario struct {
	name   string
	claims []graph.Claim // named by index in want
	want   [][3]any      // rule, from index, to index
}

func testRuleScenarios(t *testing.T, open Opener) {
	d1, d2 := Doc("scenario-1", harbor, "2024-03-01"), Doc("scenario-2", ledger, "2024-03-01")
	acc := Claim(d1, Varga, Arvenia, graph.KindAccusation, Belmora, actCM, topCM, graph.Positive, "2024-03-01")
	A, N := graph.Positive, graph.Negative
	type K = graph.Kind
	as, ac, dn := graph.KindAssertion, graph.KindAccusation, graph.KindDenial
	mk := func(d graph.Document, speaker, side string, kind K, subject, action, topic string, pol graph.Polarity, date string) graph.Claim {
		return Claim(d, speaker, side, kind, subject, action, topic, pol, date)
	}
	respond := mk(d2, Reuel, Belmora, as, Arvenia, "spread propaganda", "propaganda", A, "2024-03-09")
	respond.RespondsTo = []string{acc.ID}
	cases := []scenario{
		{"opposing across sides", []graph.Claim{
			mk(d1, Varga, Arvenia, as, Belmora, actCM, topCM, A, "2024-03-01"),
			mk(d2, Reuel, Belmora, as, Belmora, actCM, topCM, N, "2024-03-02"),
		}, [][3]any{{graph.RuleOpposing, 0, 1}}},
		{"denial counters an accusation", []graph.Claim{
			acc, mk(d2, Reuel, Belmora, dn, Belmora, actCM, topCM, N, "2024-03-02"),
		}, [][3]any{{graph.RuleOpposing, 0, 1}, {graph.RuleCounterclaim, 1, 0}}},
		{"names compare by slug", []graph.Claim{
			acc, mk(d2, Reuel, "belmora", dn, "BELMORA", "Use  Cluster munitions", "Cluster-Munitions", N, "2024-03-02"),
		}, [][3]any{{graph.RuleOpposing, 0, 1}, {graph.RuleCounterclaim, 1, 0}}},
		{"one speaker, both polarities, same day, two outlets", []graph.Claim{
			mk(d1, Varga, Arvenia, as, Arvenia, "withdraw troops", topRW, A, "2024-03-01"),
			mk(d2, Varga, Arvenia, as, Arvenia, "withdraw troops", topRW, N, "2024-03-01"),
		}, nil},
		{"one side, two speakers, both polarities, same day", []graph.Claim{
			mk(d1, Varga, Arvenia, as, Arvenia, "withdraw troops", topRW, A, "2024-03-01"),
			mk(d2, Pirel, Arvenia, dn, Arvenia, "withdraw troops", topRW, N, "2024-03-01"),
		}, nil},
		{"same speaker, different dates: reversal", []graph.Claim{
			mk(d1, Varga, Arvenia, as, Arvenia, "withdraw troops", topRW, A, "2024-03-01"),
			mk(d2, Varga, Arvenia, as, Arvenia, "withdraw troops", topRW, N, "2024-04-01"),
		}, [][3]any{{graph.RuleReversal, 0, 1}}},
		{"same side, other speaker, different dates: reversal", []graph.Claim{
			mk(d1, Varga, Arvenia, as, Arvenia, "withdraw troops", topRW, A, "2024-03-01"),
			mk(d2, Pirel, Arvenia, as, Arvenia, "withdraw troops", topRW, N, "2024-04-01"),
		}, [][3]any{{graph.RuleReversal, 0, 1}}},
		{"same speaker, no side, different dates: reversal", []graph.Claim{
			mk(d1, Fenn, "", as, Cordovia, "hold elections", "elections", A, "2024-03-01"),
			mk(d2, Fenn, "", as, Cordovia, "hold elections", "elections", N, "2024-04-01"),
		}, [][3]any{{graph.RuleReversal, 0, 1}}},
		{"reversal needs both dates", []graph.Claim{
			mk(d1, Varga, Arvenia, as, Arvenia, "withdraw troops", topRW, A, ""),
			mk(d2, Varga, Arvenia, as, Arvenia, "withdraw troops", topRW, N, "2024-04-01"),
		}, nil},
		{"mutual accusation", []graph.Claim{
			mk(d1, Varga, Arvenia, ac, Belmora, actBS, topBS, A, "2024-03-01"),
			mk(d2, Dusk, Belmora, ac, Arvenia, "shell villages", "Border Shelling", A, "2024-03-05"),
		}, [][3]any{{graph.RuleMutual, 0, 1}}},
		{"accusations on different topics", []graph.Claim{
			mk(d1, Varga, Arvenia, ac, Belmora, actBS, topBS, A, "2024-03-01"),
			mk(d2, Dusk, Belmora, ac, Arvenia, actBS, topGC, A, "2024-03-05"),
		}, nil},
		{"accusations in the same direction", []graph.Claim{
			mk(d1, Varga, Arvenia, ac, Belmora, actBS, topBS, A, "2024-03-01"),
			mk(d2, Pirel, Arvenia, ac, Belmora, actBS, topBS, A, "2024-03-05"),
		}, nil},
		// Not mutual, but a double standard: Belmora accuses Arvenia of
		// what Fenn says Belmora does.
		{"an accusation without a side is not mutual", []graph.Claim{
			mk(d1, Fenn, "", ac, Belmora, actBS, topBS, A, "2024-03-01"),
			mk(d2, Dusk, Belmora, ac, Arvenia, actBS, topBS, A, "2024-03-05"),
		}, [][3]any{{graph.RuleDoubleStandard, 1, 0}}},
		{"denial about a different actor", []graph.Claim{
			acc, mk(d2, Reuel, Belmora, dn, Cordovia, actCM, topCM, N, "2024-03-02"),
		}, nil},
		{"denial of another action", []graph.Claim{
			acc, mk(d2, Reuel, Belmora, dn, Belmora, "use landmines", topCM, N, "2024-03-02"),
		}, nil},
		{"denial from the accuser's side, same day", []graph.Claim{
			acc, mk(d2, Pirel, Arvenia, dn, Belmora, actCM, topCM, N, "2024-03-01"),
		}, nil},
		{"responds_to counters across topics", []graph.Claim{acc, respond},
			[][3]any{{graph.RuleCounterclaim, 1, 0}}},
	}
	for _, sc := range cases {
		t.Run(sc.name, func(t *testing.T) {
			want := []string{}
			for _, x := range sc.want {
				r, a, b := x[0].(graph.Rule), sc.claims[x[1].(int)].ID, sc.claims[x[2].(int)].ID
				if !r.Directed() && b < a {
					a, b = b, a
				}
				want = append(want, graph.FindingID(r, a, b))
			}
			slices.Sort(want)
			docs := []graph.Document{d1, d2}
			orders := map[string][][]graph.Claim{
				"one batch": {sc.claims},
				"forward":   {},
				"backward":  {},
			}
			for i := range sc.claims {
				orders["forward"] = append(orders["forward"], []graph.Claim{sc.claims[i]})
				orders["backward"] = append(orders["backward"], []graph.Claim{sc.claims[len(sc.claims)-1-i]})
			}
			for _, name := range []string{"one batch", "forward", "backward"} {
				s := open(t)
				for _, cs := range orders[name] {
					mustLoad(t, s, graph.Batch{Documents: docs, Claims: cs})
				}
				equal(t, name, findingIDs(t, s, graph.FindingFilter{}), want)
				checkDerived(t, s)
			}
		})
	}
}
