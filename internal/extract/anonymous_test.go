package extract

import "testing"

// TestAnonymousSource covers the formula of an unnamed source set
// between subject and verb without commas ("A source speaking on
// condition of anonymity said …"), which left the verb with no subject
// and the sentence with no report: rows name the claim's speaker and a
// piece of its evidence and how many claims the text yields.
func TestAnonymousSource(t *testing.T) {
	checkFrames(t, []frameCase{
		{"speaking on condition of anonymity",
			"Dockers walked out at Brennport.\n\nA source speaking on condition of anonymity said the board would sell the port.",
			"source", "board would sell the port", 1},
		{"speaking on the condition of anonymity",
			"Pilots at Aldmoor walked out on Monday.\n\nTwo officials speaking on the condition of anonymity said the runway had been closed twice.",
			"Two officials", "runway had been closed twice", 1},
		{"the formula set off by commas keeps its reading",
			"Dockers walked out at Brennport.\n\nA union official, speaking on condition of anonymity, said the board would sell the port.",
			"union official", "board would sell the port", 1},
	})
}
