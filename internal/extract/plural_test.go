package extract

import "testing"

// TestOpeningPlurals covers a plural of people that opens its sentence
// with a preposition after it ("Aides to the mayor said …"), which the
// capital of the sentence's first word kept from being read as the
// common noun it is: rows name the claim's speaker and a piece of its
// evidence and how many claims the text yields.
func TestOpeningPlurals(t *testing.T) {
	checkFrames(t, []frameCase{
		{"leaders of",
			"Dockers walked out at Brennport.\n\nLeaders of the strike said the cranes had failed three inspections.",
			"Leaders of the strike", "failed three inspections", 1},
		{"aides to",
			"The ferry to Ostby sank in May.\n\nAides to the mayor said the ferry had been overloaded.",
			"Aides to the mayor", "ferry had been overloaded", 1},
		{"lawyers for",
			"Miners in Kelvar went on strike.\n\nLawyers for the miners said the mine had ignored the safety rules.",
			"Lawyers for the miners", "ignored the safety rules", 1},
		{"a verb on a list of acts is no speaker",
			"Ivo Marek is a populist.\n\nPreys on our fears about the port, and calls the dockers \"losers.\"",
			"", "", 0},
	})
}
