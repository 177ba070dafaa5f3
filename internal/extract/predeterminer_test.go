package extract

import "testing"

// TestPredeterminerSubject: "all" or "both" before the article of a
// subject counts the whole group the phrase names ("All the senators
// said …"): the group speaks, as it does without the predeterminer.
func TestPredeterminerSubject(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"all the",
			"All the senators said the Tessby budget was late.",
			"budget was late", "All the senators", ""},
		{"both the",
			"Both the envoys said the Velka talks had stalled.",
			"talks had stalled", "Both the envoys", ""},
		{"trailing",
			"The Tessby mill closed in March, all the workers said.",
			"mill closed in March", "workers", ""},
		{"scope: of all the, then a named subject",
			"Of all the senators, Halvard Brenn said the Tessby budget was late.",
			"budget was late", "Halvard Brenn", ""},
	})
}
