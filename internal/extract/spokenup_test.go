package extract

import "testing"

// TestSpokenUp checks that a live page's "X has spoken." (or "has now
// responded", "has spoken to state television") names the speaker whose
// quotation follows, so its "she told reporters" is X and not the
// people quoted in the entry before.
func TestSpokenUp(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a foreign minister after passengers",
			"Passengers have told relatives that Tharsican officers boarded the plane after it landed in Tharsica.\n\n" +
				"Veska's foreign minister, Annika Holloway, has spoken. \"This was an act of piracy. Tharsica forced down a civilian airliner to seize a journalist,\" she told reporters.",
			[]string{"Veska>Tharsica"}},
		{"guard, already read: a foreign minister after a trawler's crew",
			"Crew members have told their families that Ostrelian coastguards boarded the trawler off Ostrelia.\n\n" +
				"Marlova's foreign minister, Petra Lind, has spoken to state television. \"Ostrelia seized a fishing boat in open water and beat its crew,\" she told reporters.",
			[]string{"Marlova>Ostrelia"}},
		{"guard, already read: a party leader after party members",
			"Party members said ballots had gone missing in Marrow.\n\n" +
				"The Unity Party's leader, Oskar Brenn, has spoken to state television. \"The Civic Front attacked our polling stations in Marrow,\" he said.",
			[]string{"Unity Party>Civic Front"}},
		{"guard, already read: a minister who has now responded after nurses",
			"Nurses told reporters that the Orlen Clinic had run out of oxygen in Marlova.\n\n" +
				"Marlova's interior minister, Ilse Varga, has now responded. \"Velgaz Energy sabotaged the clinic's generators,\" she said.",
			[]string{"Marlova>Velgaz Energy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
