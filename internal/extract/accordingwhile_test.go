package extract

import "testing"

// TestAccordingToBeforeConcession: a leading "according to X" frame
// followed by a concession ("According to X, while …, …") credits the
// whole sentence after it to X; the concession's comma is no cut that
// leaves the frame crediting nothing.
func TestAccordingToBeforeConcession(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"while",
			"According to Halvard Brenn, while the Tessby mill closed in March, its workers were never paid.",
			"workers were never paid", "Halvard Brenn", ""},
		{"although",
			"But according to Mira Tolsen, although the dam passed its inspection, the spillway is cracked.",
			"spillway is cracked", "Mira Tolsen", ""},
		{"scope: a clause of its own after a report",
			"Halvard Brenn said the Tessby mill closed in March, while Mira Tolsen said it closed in May.",
			"it closed in May", "Mira Tolsen", ""},
	})
}
