package extract

import "testing"

// TestMediaSources covers a news medium that reports in its own name,
// the largest class of PolNeAR train's missed attributions whose cue is
// a verb of speech ("…, according to Bloomberg", "CNN reported …"):
// rows name the claim's speaker and a piece of its evidence and how many
// claims the text yields (0: the text reports nothing).
func TestMediaSources(t *testing.T) {
	checkFrames(t, []frameCase{
		{"according to a newspaper after the clause",
			"Miners in the north went on strike.\n\nThe Kelvar copper mine lost $30 million in the first quarter, according to the Fredville Herald.",
			"Fredville Herald", "Kelvar copper mine lost", 1},
		{"according to a broadcaster before the clause",
			"Pilots at Aldmoor walked out on Monday.\n\nAccording to Aldmoor Television, the airline grounded four jets after the inspection.",
			"Aldmoor Television", "grounded four jets", 1},
		{"according to a radio station",
			"The clinic in Ostby closed its doors.\n\nThe vaccine stock ran out in May, according to Radio Norvia.",
			"Radio Norvia", "vaccine stock ran out", 1},
		{"a newspaper reported that",
			"Dockers at Brennport went on strike.\n\nThe Ostmark Gazette reported that the port had lost three contracts since June.",
			"Ostmark Gazette", "lost three contracts", 1},
		{"a state broadcaster said",
			"A ferry sank off the coast of Norvia.\n\nNorvian state television said the ferry had hit a reef in thick fog.",
			"Norvian state television", "hit a reef", 1},
		{"a newspaper said, after the clause",
			"Dockers at Brennport went on strike.\n\nThe port had lost three contracts since June, the Ostmark Gazette said on Sunday.",
			"Ostmark Gazette", "lost three contracts", 1},
		{"a newspaper reported, after the clause, stays the story it carries",
			"Dockers at Brennport went on strike.\n\nThis is the first strike at the port in four years, the Ostmark Gazette reported.",
			"", "", 0},
		{"a medium after a clause with its own speaker gives way",
			"Dockers at Brennport went on strike.\n\nThe port's director, Ivo Marek, said the cranes were unsafe, the Ostmark Gazette said.",
			"Ivo Marek", "cranes were unsafe", 1},
		{"a medium named after its description is its name",
			"A ferry sank off the coast of Norvia.\n\nNorvia's state broadcaster NTV said the ferry had hit a reef in thick fog.",
			"NTV", "hit a reef", 1},
		{"a medium named by its noun alone stays unresolved",
			"A ferry sank off the coast of Norvia.\n\nThe channel said the ferry had hit a reef in thick fog.",
			"", "", 0},
		{"a medium carrying someone else's words is not their speaker",
			"Dockers at Brennport went on strike.\n\nThe Ostmark Gazette reported that the port's director, Ivo Marek, said the cranes were unsafe.",
			"", "", 0},
		{"people a medium's noun describes are no medium",
			"Ads flooded the airwaves in Kellport.\n\nThe Harbour Party has spent about $12 million on ads since May, according to media trackers.",
			"media trackers", "spent about $12 million", 1},
		{"analysts a medium's noun describes speak themselves",
			"Ads flooded the airwaves in Kellport.\n\nTelevision analysts said the Harbour Party had spent about $12 million on ads since May.",
			"Television analysts", "spent about $12 million", 1},
		{"a company a medium's noun describes is no medium",
			"Accounts linked to the militia vanished overnight.\n\nThe social media company said on Friday that it had suspended 125,000 accounts since May.",
			"social media company", "suspended 125,000 accounts", 1},
		{"media by their noun alone stay unresolved",
			"A ferry sank off the coast of Norvia.\n\nLocal media reported that the ferry had hit a reef in thick fog.",
			"", "", 0},
		{"a medium covering a subject reports no content",
			"Dockers at Brennport went on strike.\n\nThe Ostmark Gazette has reported on Brennport for forty years.",
			"", "", 0},
		{"a medium as the subject of no report",
			"Dockers at Brennport went on strike.\n\nThe Ostmark Gazette is said to be for sale.",
			"", "", 0},
	})
}
