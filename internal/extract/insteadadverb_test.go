package extract

import "testing"

// TestInsteadBetweenSubjectAndVerb: "instead" between a subject and
// its verb ("The ministry instead blamed …") is an adverb, as "also"
// is: the speaker is the body the subject names, not "ministry
// instead"; "instead of" after a verb is untouched.
func TestInsteadBetweenSubjectAndVerb(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"described body",
			"Velka rejected the accusation. In a statement, its Ministry of Water said the dam was intact.\n\nThe ministry instead blamed the die-off on a paper mill at Tessby.",
			"paper mill at Tessby", "Ministry of Water", ""},
		{"described person",
			"The mayor instead blamed the die-off on the weather.",
			"on the weather", "mayor", ""},
		{"named body",
			"The Harl Growers' Union instead blamed the shortage on the weather.",
			"shortage on the weather", "Harl Growers' Union", "Harl Growers' Union"},
		{"scope: instead of between subject and verb is a preposition",
			"The Harl Growers' Union instead of the council said the dam was unsafe.",
			"dam was unsafe", "Harl Growers' Union", "Harl Growers' Union"},
		{"scope: instead of after the verb",
			"The Harl Growers' Union said instead of rain the valley had seen hail.",
			"valley had seen hail", "Harl Growers' Union", "Harl Growers' Union"},
	})
}
