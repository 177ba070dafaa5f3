package extract

import "testing"

// TestLongTwoFacts: "X said A and that B" with two facts that together
// run long, or whose second fact alone runs to longSecondFact words, is
// two claims, each the speaker's; a short second fact completes one
// report.
func TestLongTwoFacts(t *testing.T) {
	checkFrames(t, []frameCase{
		{"two long facts of one report are two claims",
			"The Ostmark coast guard said the tanker had left Pellport with its transponder switched off three days before the boarding, and that its crew had refused two orders to stop and had thrown the ship's logbook into the sea.",
			"Ostmark coast guard", "its crew had refused two orders to stop", 2},
		{"two long facts without a comma between",
			"Dana Oster said the warehouse had been inspected by three separate teams of engineers during the spring and the summer and that none of them had reported any crack in the roof beams or the walls or the floors of the old building.",
			"Dana Oster", "none of them had reported any crack", 2},
		{"a short second fact completes the report",
			"The Ostmark coast guard said the tanker had left Pellport with its transponder switched off and that no one was hurt.",
			"Ostmark coast guard", "no one was hurt", 1},
		{"a second fact of fifteen words is a claim of its own after a short first",
			"Marta Quell said the dam was safe and that the spillway gates had been tested by engineers from the regional water board in May.",
			"Marta Quell", "the spillway gates had been tested", 2},
		{"a second fact of its own after a denial",
			"The Harlow Shipping Company said none of its tugs had been near the pier and that the damaged barge had been moored at the northern quay by its own crew for a week.",
			"Harlow Shipping Company", "the damaged barge had been moored", 2},
		{"a second fact of thirteen words completes the report",
			"Marta Quell said the dam was safe and that its gates had been tested by engineers from the water board in May.",
			"Marta Quell", "its gates had been tested", 1},
		{"only the second fact's words up to its comma count",
			"Marta Quell said the dam was safe and that its gates had been tested in May, when inspectors from the regional water board visited the site with two engineers.",
			"Marta Quell", "its gates had been tested", 1},
		{"guard: a long second fact after a clause between goes on with that clause",
			"In a statement, Fenwick Water said its engineers had checked the main under Kessel Road on Tuesday morning and found no leak of any kind, and that the flooding had been caused by blocked drains under the old railway underpass.",
			"Fenwick Water", "the flooding had been caused by blocked drains", 2},
		{"guard: \"that of\" is a pronoun, no second fact",
			"Opposition leaders have pointed out that the safety inspectors had also found at least twelve faulty valves and three cracked pipes in the old pumping station run by the Kessel council and that of the Harrow district water board in the north of the province.",
			"Opposition leaders", "the safety inspectors had also found", 1},
		{"guard: a second relative clause of the first fact is no second fact",
			"Dana Oster said the ruling was the latest turn in a long fight between officials over whether to destroy the files that were not marked as secret when they were written and that the ministry thinks should be kept for the inquiry.",
			"Dana Oster", "the ruling was the latest turn", 1},
		{"guard: the last item of a list begun inside the first fact",
			"Ivo Marek says his polling shows the way to win them back includes convincing these voters that the mayor is careless with money, that he cannot be trusted with the port budget and that he has no plan at all for the shipyards.",
			"Ivo Marek", "his polling shows", 1},
	})
}
