package extract

import "testing"

// TestColonQuotes covers a quotation set after its speaker's name and a
// colon, as transcripts, exchanges and lists of reactions print it, the
// label-colon class of PolNeAR train's missed attributions: rows name the
// claim's speaker and a piece of its evidence and how many claims the
// text yields (0: the text reports nothing).
func TestColonQuotes(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a surname, a colon and a quotation opening a paragraph",
			"Ivo Marek, a senator, spoke on the flood.\n\nMarek: \u201cThe mission is to stop the flood, not to contain it.\u201d",
			"Ivo Marek", "The mission is to stop the flood", 1},
		{"two speakers set out in one paragraph",
			"Dana Oster and Ivo Marek reject the plan for the dam. Oster: \"Our goal is to rebuild the dam by May.\" Marek: \"The dam will not be rebuilt with our money.\"",
			"Ivo Marek", "will not be rebuilt with our money", 3},
		{"a title, a name and a party in parentheses",
			"The hearing on the mine collapse went on for six hours.\n\nSenator Ivo Marek (R-Fred.): \"I have not heard anyone cite that figure for the mine.\"",
			"Ivo Marek", "cite that figure for the mine", 1},
		{"an organisation's person named with a possessive",
			"Dockers walked out at Brennport.\n\nPort Watch's Dana Oster: \"The cranes have failed three inspections since May.\"",
			"Dana Oster", "failed three inspections", 1},
		{"a line label is no speaker",
			"Dockers walked out at Brennport.\n\nUpdate: \"The cranes have failed three inspections since May.\"",
			"", "", 0},
		{"a dateline in capitals is no speaker",
			"BRENNPORT: \"The cranes have failed three inspections since May.\"",
			"", "", 0},
	})
}
