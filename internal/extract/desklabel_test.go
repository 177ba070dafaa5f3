package extract

import "testing"

// TestDeskVerbNouns checks that an event the headline reports by a verb
// an editor keeps is labelled by that verb made a noun ("storms the
// consulate" → "consulate storming"), not by a wider head contra folds
// it into (a raid).
func TestDeskVerbNouns(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a crowd storms a consulate", "Protesters storm Velland consulate in Tarsk",
			"Velland blamed Ostmark police for the attack, its foreign minister said.",
			[]string{"consulate storming"}},
		{"gunmen storm a cargo ship", "Gunmen storm Dorn Line cargo ship off Varn coast",
			"The shipping firm blamed the Ostmark navy for the raid, its chief executive said.",
			[]string{"ship storming"}},
		{"a mob stormed the count", "",
			"Velland said a mob had stormed the election office in Tarsk. The electoral board said the governor's party had organised the attack.",
			[]string{"office storming", "office storming"}},
		// guards: the weather's storm, and storming out, name no storming
		{"a storm is weather", "Ferry operators blame port for storm delays",
			"The ferry company blamed the port authority for the storm delays, its director said.",
			[]string{"storm delay"}},
		{"stormed out of a meeting", "",
			"The Velland delegate stormed out of the meeting. Ostmark accused Velland of wrecking the talks.",
			[]string{"negotiations"}},
	})
}
