package extract

import "testing"

// TestWeaponStruckTopics checks that a headline's weapon, the subject of
// a past verb no event list knows ("missile toppled … mast", "drone
// flattened … silo", "missile brought down cable car"), names one strike
// by what it struck, not the weapon's configured topic; a toll, a plural
// weapon's campaign and prose keep the weapon's topic.
func TestWeaponStruckTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"border clashes: toppled", "Velland says Ostmark missile toppled Kessel radio mast; Ostmark blames Vellandi air defences",
			"Velland blamed Ostmark for the attack, its minister Karin Dahl said.",
			[]string{"mast strike"}},
		{"farming: flattened", "Velland says Ostmark drone flattened Kessel grain silo; Ostmark denies it",
			"Velland blamed Ostmark for the attack, its minister Karin Dahl said.",
			[]string{"silo strike"}},
		{"tourism: brought down", "Velland says Ostmark missile brought down Kessel cable car",
			"Velland blamed Ostmark for the attack, its minister Karin Dahl said.",
			[]string{"car strike"}},
		// guards: a toll, a campaign, prose
		{"a toll", "Velland says Ostmark missile killed three soldiers",
			"Velland blamed Ostmark for the attack, its minister Karin Dahl said.",
			[]string{"missile strikes"}},
		{"plural weapons", "Velland says Ostmark missiles flattened border villages",
			"Velland blamed Ostmark for the attacks, its minister Karin Dahl said.",
			[]string{"missile strikes"}},
		{"prose", "",
			"Velland said an Ostmark missile toppled the radio mast, its minister Karin Dahl said.",
			[]string{"missile strikes"}},
	})
}
