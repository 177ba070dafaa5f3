package extract

import "testing"

// TestRecallReportedBy covers "as reported by X", the frame that credits
// what a sentence says to the outlet that reported it, as "according to
// X" does, leading or trailing, with "first" between (the seventeenth
// session, from PolNeAR train misses); a day after the outlet's name is
// no part of it, in either frame; and the outlet, cited in passing, is
// not whom the next sentence's pronoun stands for.
func TestRecallReportedBy(t *testing.T) {
	checkFrames(t, []frameCase{
		{"leading",
			"As reported by the Tarrow Ledger, inspectors found over 300 faulty valves at the Velmont plant.",
			"Tarrow Ledger", "inspectors found over 300 faulty valves", 1},
		{"trailing, first reported",
			"The port union started buying airtime in the coastal towns this week, as first reported by Radio Kessel.",
			"Radio Kessel", "The port union started buying airtime", 1},
		{"trailing, a day after the outlet",
			"The port union started buying airtime in the coastal towns this week, as first reported by the Kessel Times on Tuesday.",
			"Kessel Times", "The port union started buying airtime", 1},
		{"according to, a day after the outlet",
			"The port union started buying airtime in the coastal towns, according to the Kessel Times on Tuesday.",
			"Kessel Times", "The port union started buying airtime", 1},
		{"guard: a passive of report is no frame",
			"The leak was reported by the Tarrow Ledger in May.",
			"", "", 0},
		{"guard: a comparison",
			"Losses at the Velmont plant were twice as high as reported by the Tarrow Ledger.",
			"", "", 0},
	})
}

// TestReportedByNotAntecedent: the outlet of "as reported by" does not
// become the speaker a later "They" stands for: the board is.
func TestReportedByNotAntecedent(t *testing.T) {
	res := extractText(t, "The port board met on Monday. As reported by the Kessel Times, the board rejected the dredging plan.\n\nThey said the plan would have cut traffic by half.")
	for _, c := range res.Claims {
		if c.Speaker == "Kessel Times" && c.Text != "As reported by the Kessel Times, the board rejected the dredging plan." {
			t.Errorf("claim %q given to the outlet:%s", c.Text, describe(res.Claims))
		}
	}
}
