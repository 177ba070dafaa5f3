package extract

import "testing"

// TestCompanyParties checks accusations between companies, parties and
// other bodies that are no states: side>accused of every accusation, in
// any order.
func TestCompanyParties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a ferry line named after its state is no state",
			"HARBEN, Ostmark, May 3 (Wirenews) - A ferry caught fire off the coast of Ostmark on Monday.\n\n" +
				"Ostmark Ferries accused Kellan Marine Works of fitting faulty wiring.",
			[]string{"Ostmark Ferries>Kellan Marine Works"}},
		{"a steel maker named after its state, accused",
			"KORSA, Velland, June 9 (Wirenews) - Two workers died at a plant in Velland on Friday.\n\n" +
				"The Furnace Workers' Union blamed Velland Steel for the blast.",
			[]string{"Furnace Workers' Union>Velland Steel"}},
		{"guard: the state's own ministry stays the state",
			"KORSA, Velland, June 9 (Wirenews) - Two workers died at a plant in Velland on Friday.\n\n" +
				"The Furnace Workers' Union blamed the Velland Labour Ministry for the blast.",
			[]string{"Furnace Workers' Union>Velland"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
