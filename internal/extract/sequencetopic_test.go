package extract

import "testing"

// TestSequenceNounTopics checks that a noun counting or ordering events
// before "of" ("a chain of explosions", "a wave of kidnappings") names
// no event: the noun after "of" does, as the object of blame, with the
// place a relative clause gives it ("that tore through an ammunition
// depot"). Before, the first row was "chain" and the second "general".
func TestSequenceNounTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a chain of explosions", "Ostmark and Velland trade blame",
			"KELM, March 14 (Wire) - Ostmark and Velland traded accusations on Friday over a chain of explosions that tore through an ammunition depot near the town of Drossel.",
			[]string{"depot explosion", "depot explosion"}},
		{"a wave of kidnappings", "Ostmark and Velland trade blame",
			"Ostmark and Velland blamed each other on Friday for a wave of kidnappings in the border hills.",
			[]string{"kidnapping", "kidnapping"}},
		{"a spate of arson attacks", "Ostmark and Velland trade blame",
			"Ostmark and Velland blamed each other for a spate of arson attacks on grain stores.",
			[]string{"arson attack", "arson attack"}},
		{"a series of blasts", "Ostmark and Velland trade blame",
			"Ostmark and Velland accused each other on Monday over a series of blasts at the Kell pipeline.",
			[]string{"pipeline blast", "pipeline blast"}},
	})
}
