package extract

import "testing"

// TestUndecidedBlame checks that a speaker who says it cannot tell yet
// who is to blame ("too early to say who", "cannot yet attribute the
// attack") accuses no one, though the article names a party another
// speaker blames; an accusation before such a clause stays one.
func TestUndecidedBlame(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"monitors who cannot yet attribute a shelling",
			"Ostmark accused the Red Ridge Front of shelling the village of Tesh.\n\n" +
				"Ceasefire monitors say they cannot yet attribute the attack.",
			[]string{"Ostmark>Red Ridge Front"}},
		{"an inquiry's head: far too early to say who killed them",
			"Ostmark accused the Red Ridge Front of killing the villagers.\n\n" +
				"The head of the inquiry, Dr. Vera Holm, said it was \"far too early\" to say when they died or who killed them.",
			[]string{"Ostmark>Red Ridge Front"}},
		{"inspectors unable to determine who polluted a river",
			"The Selk Mining company blamed the Tarn Water Board for poisoning the river.\n\n" +
				"Regional inspectors said they were unable to determine who poisoned the river.",
			[]string{"Selk Mining>Tarn Water Board"}},
		{"guard, already read: too early to say whether a party stuffed ballot boxes",
			"The Unity Party accused the Civic Front of stuffing ballot boxes in Marrow.\n\n" +
				"Election observers said it was too early to say whether the Civic Front had stuffed ballot boxes.",
			[]string{"Unity Party>Civic Front"}},
		{"guard, already read: could not yet say who rammed a ferry",
			"Selvik Shipping accused Dorrow Logistics of ramming its ferry.\n\n" +
				"The Brask port authority said it could not yet say who rammed the ferry.",
			[]string{"Selvik Shipping>Dorrow Logistics"}},
		{"guard: the accusation comes before the withheld count",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark said the Red Ridge Front had shelled the village of Tesh, and that it was too early to say how many had died.",
			[]string{"Ostmark>Red Ridge Front"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
