package extract

import "testing"

// TestUnstruckModifier checks that the document's incident drops a
// modifier naming no thing the event struck: a second event it happened
// in, a class of things, the class of the one person it befell when the
// article names that person with an age. Guards: the thing struck stays
// ("ferry sinking"), and so does a class of people no sentence names
// ("villager massacre"), with the place before it.
func TestUnstruckModifier(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"people: the named victim's class", "Dorland nurse kidnapped near Ossel crossing as Ostmark and Velland trade accusations",
			"A Dorland nurse working for a medical charity was kidnapped on Friday near the Ossel crossing.\n\n" +
				"Mira Tallen, 29, a midwife with the charity, was taken from her car a few kilometres from the crossing.\n\n" +
				"Ostmark accused Velland of staging the kidnapping. Velland blamed Ostmark for the kidnapping.",
			[]string{"kidnapping", "kidnapping"}},
		{"event: the strike the clashes happened in", "Union and Harlow Mills trade blame over strike clashes",
			"The Harlow Transport Workers' Union, which has led a month-long strike at the Harlow Mills depot, and the company have blamed each other for clashes at the depot gates on Tuesday night in which a lorry driver was badly hurt.\n\n" +
				"Harlow Mills said the violence had been started by strikers. \"The union must take responsibility,\" its spokeswoman, Greta Moll, said.\n\n" +
				"The union accused Harlow Mills of bringing in hired guards to break the picket line.",
			[]string{"depot clash", "depot clash", "clash", "clash", "clash"}},
		{"a class of things", "Ostmark and Velland trade blame over attack",
			"The two states have traded charges for years, but it is the first time either has blamed the other for an attack that damaged vital infrastructure. " +
				"Ostmark accused Velland of the attack. Velland blamed Ostmark for the attack.",
			[]string{"attack", "attack", "attack", "attack"}},
		{"guard: people no sentence names, a place before them", "Army and rebels blame each other for massacre of 20 villagers in Tarnow",
			"The army and the Free Hills Front blamed each other on Monday for the massacre of 20 villagers in Tarnow. " +
				"The army accused the Free Hills Front of carrying out the massacre. The Free Hills Front blamed the army for the massacre.",
			[]string{"Tarnow villager massacre", "Tarnow villager massacre"}},
		{"guard: the thing struck", "Ostmark and Velland trade blame after ferry sinks near Ossel",
			"Ostmark blamed Velland on Monday for the sinking of a ferry near Ossel. " +
				"Velland accused Ostmark of sinking the ferry.",
			[]string{"ferry sinking", "ferry sinking"}},
	})
}

// TestNamedWithAge checks the sentence that brings in an incident's one
// person: a full name and an age opening it, told in the passive; not a
// speaker's age in a quote's attribution, nor a name inside a sentence.
func TestNamedWithAge(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Mira Tallen, 29, a midwife with the charity, was taken from her car.", true},
		{"The crew was released.\nJonas Brekk, 52, had been fishing the bank for years.", false},
		{"Police said. Jonas Brekk, 52, had been held overnight at the port.", true},
		{"\"We are afraid,\" said Jonas Brekk, 52, a farmer who was at the market.", false},
		{"Jonas Brekk, 52, said the boat was sinking", false},
		{"Jonas Brekk, 52, was grazing his sheep when he was hit.", false},
		{"A farmer, 52, was hurt.", false},
	} {
		if got := namedWithAge(tt.text); got != tt.want {
			t.Errorf("namedWithAge(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
