package extract

import "testing"

// TestBodyKindNames checks that an organisation named with the noun of
// its kind, before its name ("the protest group Keep Harrow Green") or
// in apposition after it ("Dunrow Aid, the medical charity that runs
// the clinic,"), is what the article later calls by that noun: "the
// group", "the charity" speak for it; and, the guard, that "the group"
// is the body so described, not a firm named after it.
func TestBodyKindNames(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a protest group, the noun before the name",
			"A quarry worker was hurt on Monday. In a statement, the protest group Keep Harrow Green said it had not blocked the road. The group denied any part in the blast.",
			"The group denied any part", "Keep Harrow Green", "Keep Harrow Green"},
		{"a charity in apposition, with a relative",
			"Cholera has spread in the Orvel camp. Dunrow Aid, the medical charity that runs the clinic, says the ministry cut water deliveries. The charity also says its trucks were held at a checkpoint.",
			"its trucks were held", "Dunrow Aid", "Dunrow Aid"},
		{"a union named by its members' possessive",
			"The mine at Kessel closed on Friday. The dockers' union Fair Harbour said the owners had cut pay. The union also said two of its members had been sacked.",
			"two of its members had been sacked", "Fair Harbour", "Fair Harbour"},
		{"the group so described, not a firm named after it",
			"In a statement, the miners' group Save Orlen Valley said the river had turned brown. Maris Freight, which runs the barges, said the company had done nothing wrong. The group denied blocking the road.",
			"The group denied blocking", "Save Orlen Valley", "Save Orlen Valley"},
	})
}

// TestPairKindSentenceBefore checks that "each … the other" after a
// sentence naming "the two groups" are those two groups, not the aid
// body between them that the article names more often.
func TestPairKindSentenceBefore(t *testing.T) {
	checkAccusations(t,
		"Gunmen seized three drivers of the relief charity Dunrow Aid near Kessel. The Black Ridge Brigade blamed the Sarn Front for the raid. "+
			"Dunrow Aid said it had stopped its convoys. Dunrow Aid said its drivers were unharmed.\n\n"+
			"Traders say raids have grown since the two groups fell out over the bridge. Each has accused the other of seizing trucks to raise money.",
		[]string{"Black Ridge Brigade>Sarn Front", "Black Ridge Brigade>Sarn Front", "Sarn Front>Black Ridge Brigade"})
}
