package extract

import "testing"

// TestStateOwnerPortfolio: a single unknown capitalised word written in
// the possessive before a cabinet portfolio's minister, capitalised or
// not ("Velmark's Culture Minister"), is a state from the start, so its
// bare name speaking ("Velmark accused ...") speaks by its government.
// A named person's or a group's minister is no state's.
func TestStateOwnerPortfolio(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"capitalised portfolio",
			"Velmark accused Ostrany of hiding the stolen statue.\n\nVelmark's Culture Minister, Anna Holt, said the statue was theirs.",
			"hiding the stolen statue", "Velmark government", "Velmark"},
		{"lower-case portfolio",
			"Velmark said the loan had been repaid in full.\n\nVelmark's finance minister, Jon Aske, told reporters the books were open.",
			"loan had been repaid", "Velmark government", "Velmark"},
		{"capitalised foreign minister",
			"Velmark said the border had been closed overnight.\n\nVelmark's Foreign Minister, Anna Holt, was in Rome.",
			"border had been closed", "Velmark government", "Velmark"},
		{"scope: a person's own minister",
			"Holt said the loan had been repaid in full.\n\nAnna Holt's finance minister, Jon Aske, told reporters the books were open.",
			"loan had been repaid", "Holt", ""},
	})
}
