package extract

import "testing"

// TestLayPeopleApposition checks that people who speak for themselves,
// named by their place ("Residents of Tesk"), keep that description
// when an apposition after the place says where they or it are ("on
// the Ostmark-held bank", "which backs onto the underpass"), rather than
// the place speaking.
func TestLayPeopleApposition(t *testing.T) {
	tests := []struct {
		name, text, evidence, speaker, not string
	}{
		{"a bank of a river (water supply)",
			"Ostmark accused Velland of cutting the water. Residents of Lower Kesk, on the Velland-held bank, said queues had formed at the wells by dawn.",
			"queues had formed", "Lower Kesk residents", "Lower Kesk"},
		{"a relative clause on the street (flooding)",
			"The council said the drains were clear. Residents of Linden Terrace, which backs onto the underpass, said the road had flooded four times this year.",
			"road had flooded", "Linden Terrace residents", "Linden Terrace"},
		{"farmers along a river (mining)",
			"Halvek Mining said the tailings were safe. Farmers in Dorrow, along the river below the mine, said the company had poisoned their wells.",
			"poisoned their wells", "Dorrow farmers", "Dorrow"},
		{"guard: passengers at an airport, as before (aviation)",
			"Norwind Air blamed the delays on the weather. Passengers at Kessby airport, near the coast, said the runway had been open all day.",
			"runway had been open", "Kessby airport passengers", "Kessby airport"},
		{"guard: a place in apposition, as before (border)",
			"Ostmark accused Velland of shelling the border. Residents of Tesk, the village closest to the border, said the shells came from the east.",
			"shells came from the east", "Tesk residents", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaimSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.not, false) })
	}
}
