package extract

import "testing"

// TestRebelArms checks a charge whose doer is the other side's people or
// arms named after its noun as an adjective, "rebel units", "army
// artillery", "government howitzers": the armed group the article names,
// or the state whose organ it is; a crowd ("an army of volunteers") and
// hands that do no harm charge no one.
func TestRebelArms(t *testing.T) {
	const lead = "TARSK, Halmora (Wirenews) - Shells hit a grain store near Tarsk on Friday, and Halmora's army and the rebel Grey Fen Front blamed each other for the attack.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"rebel fighters, the state's account",
			lead + "Halmora's defence ministry said rebel fighters had fired shells into the store shortly after midnight.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Halmora>Grey Fen Front"}},
		{"rebel units",
			lead + "The defence ministry said rebel units had shelled the store on Friday night.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Halmora>Grey Fen Front"}},
		{"army artillery, the group's account",
			lead + "The Grey Fen Front said army artillery had shelled the store from the hills.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Grey Fen Front>Halmora"}},
		{"army units",
			lead + "The Grey Fen Front said army units had shelled the store from the hills.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Grey Fen Front>Halmora"}},
		{"government howitzers",
			lead + "The Grey Fen Front said government howitzers had shelled the store from the hills.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Grey Fen Front>Halmora"}},
		{"the army shelled",
			lead + "The Grey Fen Front said the army shelled the store from the hills.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Grey Fen Front>Halmora"}},
		{"rebel gunners",
			lead + "The defence ministry said rebel gunners had fired on the store from the ridge.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Halmora>Grey Fen Front"}},
		{"the Front's gunmen",
			lead + "The defence ministry said the Front's gunmen had fired on the store from the ridge.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Halmora>Grey Fen Front"}},
		{"that before government howitzers",
			lead + "The Grey Fen Front said that government howitzers had shelled the store from the hills.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Grey Fen Front>Halmora"}},
		{"guard: rebel units that withdrew",
			lead + "The defence ministry said rebel units had withdrawn from the hills.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora"}},
		{"guard: an army of volunteers",
			lead + "The Grey Fen Front said an army of Orvani volunteers had cleared the road.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora"}},
		{"an army drone",
			lead + "The Grey Fen Front said an army drone had fired a missile into the store.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Grey Fen Front>Halmora"}},
		{"hit by an army drone",
			lead + "The Grey Fen Front said the store was hit by an army drone.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Grey Fen Front>Halmora"}},
		{"guard: an army drone that watched",
			lead + "The Grey Fen Front said an army drone had circled the hills all day.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora"}},
		{"its fighters",
			lead + "The ministry said the Front and its fighters had fired on the store from the ridge.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Halmora>Grey Fen Front"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
