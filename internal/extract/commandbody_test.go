package extract

import "testing"

// TestCommandBody: "the general staff" or "its General Staff" opening a
// sentence (or after "In a statement,") right after a sentence that
// opened with a state's forces is that state's command speaking, a body
// on the state's side, not an unplaced "general staff".
func TestCommandBody(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"the general staff after the state's army",
			"Velmark's army has blamed the Red Ridge Front for the blast. In a statement, the general staff said rebels had flown a drone into the depot.",
			"rebels had flown a drone", "Velmark General Staff", "Velmark"},
		{"its General Staff after a demonym's military",
			"The Tarsian military rejected the account. Its General Staff said its gunners had not fired on the village.",
			"its gunners had not fired", "Tarsian General Staff", "Tarsia"},
		{"the high command",
			"Velmark's army denied the report. The high command said no unit had crossed the river.",
			"no unit had crossed the river", "Velmark High Command", "Velmark"},
		{"no state opens the sentence before: left as written",
			"Rescuers worked through the night in Kessby. The general staff said two bridges had been closed.",
			"two bridges had been closed", "general staff", ""},
	})
}
