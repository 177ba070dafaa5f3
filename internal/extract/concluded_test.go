package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestConcludedFrame: "concluded" that ends a speaker's remarks frames the
// quotation before it ('“…,” Vell concluded.') or after it ('Vell
// concluded, “…”') as "added" does; with no quotation and no "that" it
// reports nothing ("the talks concluded on Friday").
func TestConcludedFrame(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"quote then name",
			"The senator spoke for an hour.\n\n\"The agency has put lives at risk and should answer for it,\" Mara Vell concluded.",
			"put lives at risk", "Mara Vell", ""},
		{"quote broken by the frame",
			"''For me,'' Tomas Brenner concluded, ''he was the best player on the court.''",
			"For me", "Tomas Brenner", ""},
		{"frame then quote",
			"Tomas Brenner spoke last. Brenner concluded, \"There is not a single case like this one in the state.\"",
			"not a single case", "Tomas Brenner", ""},
		{"scope: talks that ended",
			"The talks concluded on Friday without a deal, and the envoys flew home.",
			"", "talks", ""},
		{"scope: a quotation framed by its own verb",
			"\"We made progress,\" Mara Vell said as the talks concluded.",
			"", "talks", ""},
	})
	checkSpeaker(t, "The talks concluded on Friday without a deal.", "", "", "",
		func(c graph.Claim) bool { return true })
}
