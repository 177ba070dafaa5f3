package extract

import "testing"

// TestToldFarThat checks "told HEARERS [where, when] that …" with the
// hearers' place and time longer than a few words: the account starts
// after "that", so its subject is read there.
func TestToldFarThat(t *testing.T) {
	const lead = "TARSK, Halmora (Wirenews) - Shells hit a grain store near Tarsk on Friday, and Halmora's army and the rebel Grey Fen Front blamed each other for the attack.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"told reporters in a town of a name that",
			lead + "Its spokesman, Arno Vell, told reporters in the rebel-held town of Orsk that government howitzers had shelled the store.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Grey Fen Front>Halmora"}},
		{"told a news conference at a place that",
			lead + "The Grey Fen Front's leader told a news conference at the movement's headquarters in Orsk that army units had shelled the store.\n",
			[]string{"Halmora>Grey Fen Front", "Grey Fen Front>Halmora", "Grey Fen Front>Halmora"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
