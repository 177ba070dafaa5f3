package extract

import "testing"

// TestWhoseSaid: "…, Freedonia, whose foreign ministry said that …" is
// the report of Freedonia's organ, which speaks for the state, as
// "Freedonia's foreign ministry said" is.
func TestWhoseSaid(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{"a state's organ in a relative clause",
			"The row over the dam has also drawn in Freedonia, whose foreign ministry said that Sylvanian troops had crossed its border.",
			[]claimWant{{"Freedonian government", "assertion", "Sylvania"}}},
		{"with a time before that",
			"The row has drawn in Freedonia, whose defence ministry said last week that Sylvanian drones had flown over its dams.",
			[]claimWant{{"Freedonian government", "assertion", ""}}},
		{"guard: people of the state are no organ of it",
			"The row has also drawn in Freedonia, whose fishermen said Sylvanian guards had seized their nets.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantClaims(t, tt.text, tt.want) })
	}
}
