package extract

import "testing"

// TestByReport covers a report given as the means of an act ("calmed
// the crews by telling them …", "won the vote by saying that …"), the
// by-participle class of PolNeAR train's missed attributions: rows name
// the claim's speaker and a piece of its evidence and how many claims
// the text yields.
func TestByReport(t *testing.T) {
	checkFrames(t, []frameCase{
		{"by telling someone",
			"Dockers walked out at Brennport.\n\nIvo Marek tried to calm the crews by telling them the cranes were safe.",
			"Ivo Marek", "the cranes were safe", 1},
		{"by saying that",
			"Miners in Kelvar voted on Friday.\n\nDana Oster won the union vote by saying that the mine owners had rigged the pay scale.",
			"Dana Oster", "rigged the pay scale", 1},
		{"by arguing",
			"Airlines at Aldmoor face new fees.\n\nThe pilots' union opened the talks by arguing that the runway was too short for the new jets.",
			"pilots' union", "runway was too short", 1},
		{"a report before the means stays one report",
			"Airlines at Aldmoor face new fees.\n\nIvo Marek responded to the union on Monday by saying the fees were fair.",
			"Ivo Marek", "the fees were fair", 1},
		{"an act by adding is no report",
			"Voters in Ostby went to the polls.\n\nThe council redrew the ward by adding two villages to the town.",
			"", "", 0},
	})
}
