package extract

import "testing"

// An institution named with its state's possessive belongs to that state,
// and "the ministry" after it keeps that state, not the dateline's
// (issue 13). Invented states, unknown to any list, as on unseen news.
func TestPossessedOrganSide(t *testing.T) {
	const lead = "TARVEN, Maldora, May 3 (Wirenews) - Maldora on Monday accused neighbouring Quessa of shelling a border village.\n\n" +
		"Maldora's defence minister, Ana Ruvel, said Quessa had fired first.\n\n"
	runStartRows(t, []startRow{
		{"field ministry", lead + "Quessa's water ministry said in a statement that the shells had come from Maldoran positions.\n",
			"Quessa's water ministry said", "Quessan Water Ministry"},
		{"its anaphor", lead + "Quessa's water ministry said in a statement that the shells had come from Maldoran positions. The ministry accused Maldora of staging the attack.\n",
			"The ministry accused", "Quessan Water Ministry"},
		{"ministry of the state", lead + "Quessa's army denied it. The ministry of defence of Quessa said the shells had come from Maldoran positions. The ministry accused Maldora of staging the attack.\n",
			"The ministry accused", "Quessan government"},
		{"health ministry", lead + "Quessa's health ministry said the wounded had been shelled by Maldoran artillery.\n",
			"Quessa's health ministry said", "Quessan Health Ministry"},
	})
}
