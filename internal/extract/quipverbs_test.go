package extract

import "testing"

// TestQuipRecountInterject: "quipped" (the final consonant doubled, as
// "equipped"), "recounted" and "interjected" frame a quotation as "said"
// does; "a recount" of votes stays a noun.
func TestQuipRecountInterject(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"quipped after the quote",
			"The senator spoke for an hour.\n\n\"The bridge is closed for good, and so is my patience,\" Mara Vell quipped.",
			"so is my patience", "Mara Vell", ""},
		{"quipped that",
			"Mara Vell quipped that the hall was warmer than the budget talks.",
			"warmer than the budget", "Mara Vell", ""},
		{"recounted after the quote",
			"\"We were stunned when the lights went out,\" Tomas Brenner recounted.",
			"lights went out", "Tomas Brenner", ""},
		{"interjected after the quote",
			"\"That figure is wrong,\" Tomas Brenner interjected.",
			"figure is wrong", "Tomas Brenner", ""},
		{"scope: a recount of votes",
			"The Harlow council ordered a recount of the votes. The recount showed the mayor ahead by 12 votes.",
			"", "recount", ""},
	})
}
