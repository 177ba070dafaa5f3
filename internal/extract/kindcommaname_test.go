package extract

import "testing"

// TestKindCommaName: a name set between commas right after the kind it
// is given ("the pipeline's operator, Kelmgas,", "the company, Brell
// Haulage,") is an organisation of that kind, though its one word says
// nothing of what it is: its spokesman speaks for it. A name after a
// person's description is untouched.
func TestKindCommaName(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"spokesman for the described operator",
			"A spokesman for the dam's operator, Orvel, said the gates had been checked.",
			"gates had been checked", "spokesman for the dam's operator", "Orvel"},
	})
	checkAccusations(t, "Tarvia blamed the blast on the pipeline's operator, Kelmgas, which it said had ignored warnings. Kelmgas denied it.",
		[]string{"Tarvia>Kelmgas"})
	// scope: a person's description before a name
	checkSpeaker(t, "The ship's captain, Halvard Renn, said the engine had failed.", "engine had failed", "Halvard Renn", "", nil)
}
