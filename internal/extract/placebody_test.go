package extract

import (
	"testing"
)

// TestPlaceNotItsBody checks that a town's name after a preposition of
// place ("the MP for Harlow", "for Eastvale and Harlow") is the town,
// not the police force or council named after it: the MP speaks for
// the party the article gives him, or for no one. The town's name as a
// subject still calls its council.
func TestPlaceNotItsBody(t *testing.T) {
	tests := []struct{ name, sent, speaker, want string }{
		{"an MP's seat",
			"The MP for Harlow, Ada Quist, said the council had failed to listen.",
			"Ada Quist", ""},
		{"two places, and a party after the name",
			"The MP for Eastvale and Harlow, Ivo Penn of the opposition Green Front, said the council had failed to listen.",
			"Ivo Penn", "Green Front"},
		{"the town's name as subject is its council",
			"Harlow said it would not reopen the depot.",
			"Harlow Town Council", "Harlow Town Council"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Row in Harlow\n\nHarlow Provincial Police said six people had been arrested. Harlow Town Council approved the depot in May.\n\n" + tt.sent + "\n"
			res := extractTitled(t, "Row in Harlow", text)
			wantSpeakerSide(t, res, tt.speaker, tt.want)
		})
	}
}
