package extract

import "testing"

// TestConjunctionBeforeSubject covers a report after a verb that reports
// nothing, in a sentence that opens with a conjunction ("But the court
// overruled and said …"), whose subject was not read past the "But":
// rows name the claim's speaker and a piece of its evidence and how many
// claims the text yields.
func TestConjunctionBeforeSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"but, a verb, and said",
			"The port board met on Monday.\n\nBut the appeals court overruled and said the port had already provided enough berths.",
			"appeals court", "provided enough berths", 1},
		{"but, a verb, then saying",
			"Miners in Kelvar went on strike.\n\nBut the union walked out of the talks, saying the pay offer was an insult.",
			"union", "pay offer was an insult", 1},
		{"yet, a verb, and added",
			"The ferry to Ostby sank in May.\n\nYet the ferry company defended its crew and added that the boat had passed every inspection.",
			"ferry company", "passed every inspection", 2},
	})
}
