package extract

import "testing"

// TestDemonymOpensBody: a demonym that opens the name of a body outside
// the state ("the Freedonian Medical Association", "the Sylvanian Chess
// Federation") names that body, not the state's government; a state's
// own organ ("the Freedonian Defence Ministry") and a demonym right
// before the body's noun stay the state's.
func TestDemonymOpensBody(t *testing.T) {
	for _, tt := range []struct{ name, text, evidence, speaker string }{
		{"medical association",
			"The Freedonian Medical Association said on Tuesday that the import ban would harm patients.",
			"harm patients", "Freedonian Medical Association"},
		{"federation of a sport",
			"The Sylvanian Chess Federation said the new rule was unfair to young players.",
			"unfair to young players", "Sylvanian Chess Federation"},
		{"institute after a dateline",
			"FREDVILLE - The Freedonian Petroleum Institute warned that fuel prices would rise.",
			"fuel prices would rise", "Freedonian Petroleum Institute"},
		{"scope: the state's ministry",
			"The Freedonian Defence Ministry said the drills would end on Friday.",
			"drills would end", "Freedonian government"},
		{"scope: the government itself",
			"The Sylvanian government said the border would stay open.",
			"border would stay open", "Sylvanian government"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			wantSpeaker(t, res, tt.evidence, tt.speaker)
		})
	}
}
