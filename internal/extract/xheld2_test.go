package extract

import "testing"

// TestNamedOnlyAs checks that a spokesman who gives only a name, a rank
// and a surname or a nom de guerre, is that person, on his group's
// side, in any tense of the apposition, and is the same person when
// named again by the surname alone.
func TestNamedOnlyAs(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"present tense, a rank before the name",
			"The Sarn Liberation Army denied any role in the ambush. Its spokesman, who gives his name only as Captain Ferro, told reporters by telephone that the army had not fired a shot.",
			"the army had not fired a shot", "Captain Ferro", "Sarn Liberation Army"},
		{"the surname again",
			"The Sarn Liberation Army denied any role in the ambush. Its spokesman, who gives his name only as Captain Ferro, told reporters that the army had not fired a shot. \"We were forty miles away,\" Ferro said.",
			"We were forty miles away", "Captain Ferro", "Sarn Liberation Army"},
		{"past tense, one name",
			"The Dolan Miners' Union rejected the charge. Its organiser, who gave her name only as Mirela, said the union had never blocked the shaft.",
			"the union had never blocked the shaft", "Mirela", "Dolan Miners' Union"},
	})
}
