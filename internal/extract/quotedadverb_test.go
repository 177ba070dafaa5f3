package extract

import "testing"

// TestQuotedAdverb: an adverb the reporter quotes between the subject and
// its verb ("Freedonia \"categorically\" denied the charge") is skipped
// as the same adverb unquoted is; a quoted negation is not.
func TestQuotedAdverb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a quoted adverb before a denial",
			"Sylvania accused Freedonia of shelling the dam. Freedonia \"categorically\" rejected the allegation.",
			"Freedonian government", "rejected the allegation", 2},
		{"a quoted adverb before a report",
			"Dana Oster \"firmly\" said the dam had been inspected in May.",
			"Dana Oster", "the dam had been inspected", 1},
		{"guard: a quoted negation is no adverb to skip",
			"Sylvania accused Freedonia of shelling the dam. Freedonia \"never\" denied it.",
			"Sylvanian government", "accused Freedonia of shelling", 1},
	})
}
