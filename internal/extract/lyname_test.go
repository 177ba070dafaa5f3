package extract

import "testing"

// TestLyNames covers names the "-ly" ending made adverbs ("Kelly",
// "Jolly", "Emily"), whose reports PolNeAR train missed whole: rows name
// the claim's speaker and a piece of its evidence and how many claims the
// text yields.
func TestLyNames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a surname in -ly after the full name",
			"Senator Mark Kelly visited the dam on Monday.\n\nKelly said the spillway had cracked in two places.",
			"Mark Kelly", "spillway had cracked", 1},
		{"a surname in -ly opening its own apposition",
			"Ivo Jolly, a congressman from Ostby, said the spillway had cracked in two places.",
			"Ivo Jolly", "spillway had cracked", 1},
		{"a first name in -ly",
			"Clinics in Ostby ran out of vaccine.\n\nDr. Emily Oster said the stock would last until May.",
			"Emily Oster", "stock would last until May", 1},
		{"an -ly adverb opening a sentence stays one",
			"Clinics in Ostby ran out of vaccine.\n\nReportedly the stock would last until May.",
			"", "", 0},
		{"an -ly adverb before a speaker stays one",
			"Dockers walked out at Brennport.\n\nFinally the union said the cranes were unsafe.",
			"union", "cranes were unsafe", 1},
	})
}
