package extract

import "testing"

// TestBareTopicSetting checks that a built-in topic the article names
// only by a bare common noun among its aliases ("the ceasefire" as a
// time or a line, "terrorists" as one side's word for the attackers)
// does not take the event the article reports: the induced event keeps
// its name and takes that topic's claims (bareTopics). A topic the
// article names by its act ("had broken the ceasefire", "blew up the
// dam") keeps its claims, and a prison where a hunger striker died is
// no prisoner-of-war dispute. The reverse holds too: a shelling of a
// camp the article names by the topic's own words ("prisoners of war")
// is that topic's act (ownActs), where a plant named only as a place
// ("nuclear plant") keeps its own event.
func TestBareTopicSetting(t *testing.T) {
	const blast = "A mine blast killed three shepherds on the Sarn ridge on Monday, close to the ceasefire line. "
	runTopicRows(t, []topicRow{
		{"a truce named as a time and a line is the blast's setting",
			"Mine blast kills three shepherds on Sarn ridge, near ceasefire line",
			blast + "Velland said Ostmark had laid the mines since the ceasefire. " +
				"Ostmark denied laying any mine since the ceasefire and said the mines were Velland's. Velland blamed Ostmark for the blast.",
			[]string{"mine blast", "mine blast", "mine blast", "mine blast"}},
		{"terrorists are one side's word for the attackers",
			"Terrorists ambushed Dorn patrol, Velland says",
			"Velland said terrorists of the Ridge Front ambushed a border patrol near Dorn on Monday. The Ridge Front denied the charge. " +
				"Velland said the terrorists had fired rockets at the patrol. The terrorists, Velland said, had crossed from Ostmark.",
			[]string{"patrol ambush", "patrol ambush", "patrol ambush", "patrol ambush"}},
		// guards: the topic's act named; a built-in topic that is right;
		// a prison that is only where a death happened
		{"guard: a truce named by its breach keeps its claims",
			"Mine blast kills three shepherds on Sarn ridge, near ceasefire line",
			blast + "Velland said Ostmark had broken the ceasefire by laying the mines. " +
				"Ostmark denied laying any mine since the ceasefire and said the mines were Velland's. Velland blamed Ostmark for the blast.",
			[]string{"ceasefire violations", "ceasefire violations", "mine blast", "mine blast"}},
		{"guard: a dam blown up is dam destruction",
			"Velland blows up Harl dam, Ostmark says",
			"Ostmark said Velland blew up the Harl dam on Monday, flooding three villages. Velland denied blowing up the dam and said Ostmark had mined the dam weeks ago.",
			[]string{"dam destruction", "dam destruction", "dam destruction"}},
		{"a camp the article names as its prisoners of war's is shelled",
			"Velland says Ostmark shelled Dorn camp holding prisoners of war",
			"Velland said Ostmark shelled the Dorn camp on Monday, killing eleven prisoners of war held there. Ostmark denied shelling the camp and said Velland had shelled it itself.",
			[]string{"prisoners of war", "prisoners of war", "prisoners of war"}},
		{"guard: a plant named only as a place keeps its shelling",
			"Ostmark shells Harl nuclear plant, Velland says",
			"Velland said Ostmark shelled the Harl nuclear plant on Monday. Ostmark denied shelling the plant and said Velland had shelled it itself.",
			[]string{"plant shelling", "plant shelling", "plant shelling"}},
		{"guard: a hunger striker's death in prison",
			"Activist dies in Marrow prison after hunger strike; family blames guards",
			"Tomas Brell, an opposition activist, died on Sunday in Marrow prison on the 40th day of a hunger strike. His family blamed the prison guards for his death. " +
				"The Ostmark justice ministry said the guards had given him medical care and denied any neglect. Prisoners at Marrow prison have staged protests since his death.",
			[]string{"hunger strike", "hunger strike", "hunger strike"}},
	})
}
