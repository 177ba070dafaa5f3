package extract

import "testing"

// TestOrganPeople checks that an organ's people named with no article
// ("Government officials said", "Army officers said") speak for the
// state whose organ the article named with that noun, else for the
// dateline's state, as "the government" does; with neither there is no
// state to give them.
func TestOrganPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"government officials under a dateline",
			"BRASK, Ostmark, May 3 (Wirenews) - Government officials said Velland's coast guard had rammed the trawler.",
			[]string{"Ostmark>Velland"}},
		{"army officers after the state's army",
			"The Tarsian army moved into the valley on Monday.\n\n" +
				"Army officers said the Red Ridge Front had mined the road to the border post.",
			[]string{"Tarsia>Red Ridge Front"}},
		{"ministry officials after the state's ministry",
			"Marlova's health ministry opened an inquiry on Monday.\n\n" +
				"Ministry officials said Deltrak Mining had poisoned the river.",
			[]string{"Marlova>Deltrak Mining"}},
		{"guard: no state's organ and no dateline",
			"Government officials said Deltrak Mining had poisoned the river.",
			[]string{">Deltrak Mining"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
