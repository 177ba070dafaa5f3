package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestAnsweredLabels: a side's counter-charge against the party that
// accused it, under a label of its own that no other claim carries, is
// filed under the label of the charge it answers when the side denied
// that charge; a second matter the side raises (it has charged back under
// the event's label already), a side that denied nothing, a charge filed
// under an earlier dispute, and an incident the accuser's label (an issue)
// does not name keep their own.
func TestAnsweredLabels(t *testing.T) {
	acc := func(side, subj, topic, text string) graph.Claim {
		return graph.Claim{Kind: graph.KindAccusation, Side: side, Subject: subj, Topic: topic, Text: text, Polarity: graph.Positive}
	}
	deny := func(side, topic, text string) graph.Claim {
		return graph.Claim{Kind: graph.KindDenial, Side: side, Subject: side, Topic: topic, Text: text, Polarity: graph.Negative}
	}
	for _, tc := range []struct {
		name    string
		claims  []graph.Claim
		earlier []int
		want    string // the last claim's label afterwards
	}{
		{"massacre: the village shelled, the other side's version",
			[]graph.Claim{
				acc("Ostravia", "Daltor", "Velno massacre", "Ostravia accused Daltori troops of executing civilians in Velno."),
				deny("Daltor", "Velno massacre", "Daltor denied that its soldiers had harmed anyone."),
				acc("Daltor", "Ostravia", "village shelling", "He accused Ostravian artillery of shelling the village."),
			}, nil, "Velno massacre"},
		{"ambush: the patrol fired on by the army",
			[]graph.Claim{
				acc("Kessary", "Liberation Front", "convoy ambush", "The army said the Front had ambushed the convoy."),
				acc("Kessary", "Liberation Front", "convoy ambush", "The Front targets the people sent to protect civilians."),
				deny("Liberation Front", "convoy ambush", "The Front called the army's statement a lie."),
				acc("Liberation Front", "Kessary", "guard shooting", "The guards had been fired on by an army checkpoint."),
			}, nil, "convoy ambush"},
		{"theft: the same icon taken a century ago",
			[]graph.Claim{
				acc("Marlovia", "Pressen", "icon theft", "Marlovia accused Pressen of exhibiting a stolen icon."),
				deny("Pressen", "icon theft", "The Pressen museum denied tampering with the icon."),
				acc("Pressen", "Marlovia", "object looting", "Pressen accused Marlovia of having looted the same icon."),
			}, nil, "icon theft"},
		{"guard: a second matter after a charge back under the event's label",
			[]graph.Claim{
				acc("Ostravia", "Daltor", "Velno massacre", "Ostravia accused Daltor of a massacre in Velno."),
				deny("Daltor", "Velno massacre", "Daltor denied it."),
				acc("Daltor", "Ostravia", "Velno massacre", "Daltor accused Ostravia of staging the massacre."),
				acc("Daltor", "Ostravia", "border shelling", "Daltor blames Ostravia for the shelling of border towns."),
			}, nil, "border shelling"},
		{"guard: the side denied nothing",
			[]graph.Claim{
				acc("Ostravia", "Daltor", "Velno massacre", "Ostravia accused Daltor of a massacre in Velno."),
				acc("Daltor", "Ostravia", "pasture seizure", "Daltor said Ostravia had seized its pastures."),
			}, nil, "pasture seizure"},
		{"guard: a label two claims carry",
			[]graph.Claim{
				acc("Ostravia", "Daltor", "Velno massacre", "Ostravia accused Daltor of a massacre in Velno."),
				deny("Daltor", "Velno massacre", "Daltor denied it."),
				acc("Harvest Watch", "Ostravia", "pasture seizure", "The group said Ostravia had seized the pastures."),
				acc("Daltor", "Ostravia", "pasture seizure", "Daltor said Ostravia had seized its pastures."),
			}, nil, "pasture seizure"},
		{"guard: a charge filed under an earlier dispute",
			[]graph.Claim{
				acc("Ostravia", "Daltor", "Velno massacre", "Ostravia accused Daltor of a massacre in Velno."),
				deny("Daltor", "Velno massacre", "Daltor denied it."),
				acc("Daltor", "Ostravia", "dam shelling", "Last year Daltor accused Ostravia of shelling the dam."),
			}, []int{2}, "dam shelling"},
		{"guard: an incident under an issue's label",
			[]graph.Claim{
				acc("Ostravia", "Daltor", "reactor safety", "Ostravia said Daltori shells fell near the reactor."),
				deny("Daltor", "reactor safety", "Daltor denied the charge."),
				acc("Daltor", "Ostravia", "plant shelling", "Daltor said Ostravia's own forces had fired on the plant."),
			}, nil, "plant shelling"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids := &graph.ClaimIDs{}
			for i := range tc.claims {
				tc.claims[i].Evidence = &graph.Span{Start: 100 * i, End: 100*i + 50}
				tc.claims[i].ID = ids.IDNormal(&tc.claims[i])
			}
			answeredLabels(tc.claims, tc.earlier, ids)
			c := &tc.claims[len(tc.claims)-1]
			if c.Topic != tc.want {
				t.Fatalf("%q is under %q, want %q", c.Text, c.Topic, tc.want)
			}
			if c.ID != ids.IDNormal(c) {
				t.Errorf("%q keeps the id of its old label", c.Text)
			}
		})
	}
}
