package extract

import "testing"

// TestTripleApostropheClose: in typewriter-style copy a quotation within
// a quotation ends with three apostrophes ("… the word 'old-school,”'
// said X"): the inner single mark closes first, then the two that close
// the quotation, which keeps its frame after it. Three apostrophes that
// open a quotation are its mark and then the inner one.
func TestTripleApostropheClose(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"inverted frame after the nested close",
			"The envoy spoke last.\n\n''I would use the word 'steady,''' said Orla Fenwick, a former envoy. ''Patience is rare.''",
			"I would use the word", "Orla Fenwick", ""},
		{"name and verb after the nested close",
			"He railed about the capital's habits. ''We hear it all the time, 'Tessary is a special case,''' Mr. Barlow said. ''It is not.''",
			"special case", "Barlow", ""},
		{"a question closing the nested quote",
			"''She would look at me and ask, 'What did he mean by that?''' Mr. Dorran said, gripping the lectern.",
			"What did he mean", "Dorran", ""},
		{"scope: three apostrophes opening a quotation",
			"'''Steady' is the word for her,'' said Orla Fenwick, a former envoy.",
			"is the word for her", "Orla Fenwick", ""},
	})
}
