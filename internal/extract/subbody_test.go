package extract

import "testing"

// TestNamedSubBodies checks which body speaks, and for which party, when
// a body's name holds other names: a body's name with "for", "at" or
// "on" inside ("the Committee for Reporters at Risk") is one party, its
// last words no place or party of their own.
func TestNamedSubBodies(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name, text, evidence, speaker, side string
	}{
		{"a name joined by 'for' and 'at' is one body",
			dl + "Ostmark has charged a Vellish reporter with spying. The Committee for Writers at Peril, a press-freedom group, said the charge was false.",
			"charge was false", "Committee for Writers at Peril", "Committee for Writers at Peril"},
		{"a name joined by 'on'",
			dl + "Ostmark has charged a Vellish reporter with spying. The Council on Coastal Waters, a research group, said the charge was false.",
			"charge was false", "Council on Coastal Waters", "Council on Coastal Waters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, nil)
		})
	}
}
