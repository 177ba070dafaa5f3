package extract

import "testing"

// TestAccordingToDatedPaper: "paper" after a year ("according to the
// 2009 paper") is a study, evidence that speaks, not a newspaper left
// unnamed; a newspaper described as "a paper" still speaks by its name.
func TestAccordingToDatedPaper(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"the year's paper",
			"Even if the levy halved the harvest, it would still raise $40 million a year, according to the 2009 paper.",
			"would still raise", "2009 paper", ""},
		{"a paper by",
			"The Tessby mill's closure cost the valley 600 jobs, according to a 2015 paper by Halvard Brenn.",
			"cost the valley 600 jobs", "2015 paper by Halvard Brenn", ""},
		{"scope: a newspaper described as a paper",
			"The levy would still raise $40 million a year, the Kelm Herald, a paper founded in 1998, said.",
			"would still raise", "Kelm Herald", ""},
	})
}
