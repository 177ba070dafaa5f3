package extract

import "testing"

// TestStruckSetting checks that the article's one incident whose noun
// names what a configured topic is about ("prison" of prisoners of war,
// "pipeline" of energy supplies, "reservoir" of dam destruction) is the
// dispute when it is no act of that topic's core, however often the
// article names the topic: the desk labels the event by what it struck
// and what happened. A head that is the topic's own act, and an article
// with two incidents, keep the topic.
func TestStruckSetting(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a prison fire and its captive victims", "Kestel says Dravo guards let captured soldiers burn",
			"A fire swept through a prison near Morn on Tuesday, killing twelve prisoners of war. " +
				"Kestel accused Dravo of setting the fire to hide the abuse of prisoners of war. " +
				"Dravo said Kestel saboteurs had started the fire. " +
				"Kestel said the prisoners of war had been held by Dravo for a year.",
			[]string{"prison fire", "prison fire", "prison fire"}},
		{"a pipeline blast in a gas quarrel", "",
			"An explosion ripped through a pipeline near Tarn on Friday, cutting heating to two towns. " +
				"Velland accused Ostmark of planting the charges to stop gas supplies to Velland. " +
				"Ostmark said Velland had staged the blast to win back its gas transit fees. " +
				"Velland said the gas supplies had been a weapon of Ostmark for a decade. " +
				"Ostmark said gas supplies would resume once Velland paid its debts.",
			[]string{"pipeline blast", "pipeline blast", "pipeline blast", "pipeline blast"}},
		{"a jail fire in a quarrel over crowded cells", "",
			"A fire tore through a prison in Harlow on Sunday, killing four inmates. " +
				"The Harlow Guards Union accused the Justice Ministry of packing prisoners into cells built for half as many. " +
				"The Justice Ministry said the union had blocked the transfer of prisoners for a year. " +
				"The Harlow Guards Union said prisoners had slept in corridors since March. " +
				"The Justice Ministry said prisoners would be moved to Dunmore by June.",
			[]string{"prison fire", "prison fire", "prison fire", "prison fire"}},
		// guards: the topic's own act on what it names; two incidents
		{"guard: the prison struck is the topic's act", "",
			"Dravo artillery struck a prison near Morn on Tuesday, killing twelve prisoners of war. " +
				"Kestel accused Dravo of shelling prisoners of war on purpose. " +
				"Dravo said Kestel had moved the prisoners of war into the line of fire.",
			[]string{"prisoners of war", "prisoners of war"}},
		{"guard: a blast is the dam's destruction", "",
			"An explosion tore through the dam near Lenn on Monday, flooding three farms. " +
				"Tarsia accused Velland of planting the charges inside the hydroelectric dam. " +
				"Velland said Tarsia had let the hydroelectric dam rot since the dam breach of 2031.",
			[]string{"dam destruction", "dam destruction"}},
		{"guard: two incidents, no one the dispute", "",
			"A fire swept through a prison near Morn on Tuesday, killing twelve prisoners of war. " +
				"A blast hit a depot near Tarn on Wednesday. " +
				"Kestel accused Dravo of abusing prisoners of war for a year. " +
				"Dravo said Kestel had starved the prisoners of war it held. " +
				"Kestel said the prisoners of war would be exchanged in spring.",
			[]string{"prisoners of war", "prisoners of war", "prisoners of war"}},
	})
}

// TestWeaponOfDowning checks that a claim naming the weapon that downed
// an aircraft ("fired a missile") is about the article's downing, as a
// claim naming the kind of the article's strike is (kindOfEvent): the
// missile is the downing's, no missile strikes of their own. A weapon
// in an article whose event is no attack keeps its topic.
func TestWeaponOfDowning(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a balloon downed by a missile", "Ostmark shoots down Velland balloon over border",
			"Ostmark's air force shot down a balloon over its northern border on Monday. " +
				"Velland accused Ostmark of firing a missile across the border at a weather balloon. " +
				"Ostmark said the balloon had been sent by Velland to spy on its air bases. " +
				"Velland said the missile had been fired while the balloon was still over Velland. " +
				"Ostmark said its missile had struck the balloon over open farmland.",
			[]string{"balloon downing", "balloon downing", "balloon downing", "balloon downing"}},
		{"a survey plane downed by a missile", "Tarsia shoots down Pellan survey plane",
			"Tarsian gunners shot down a survey plane near Lenn on Friday. " +
				"Pellan Mapping accused Tarsia of firing a missile at an unarmed aircraft. " +
				"Tarsia said the plane had strayed into a closed military zone. " +
				"Pellan Mapping said the missile had been fired without a warning call. " +
				"Tarsia said the missile was fired only after three warnings.",
			[]string{"plane downing", "plane downing", "plane downing", "plane downing"}},
		// guard: an event that is no attack leaves the weapon its topic
		{"guard: a warehouse fire", "Fire guts Lenn warehouse",
			"A fire gutted a warehouse in Lenn on Friday. " +
				"Tarsia accused Pella of firing missiles at Lenn for a month. " +
				"Pella said missiles had never been fired at Lenn. " +
				"Tarsia said the missiles had hit schools and homes.",
			[]string{"missile strikes", "missile strikes", "missile strikes"}},
	})
}

// TestPlaceOfEvent checks that an accusation naming the place of the
// article's event by the word the event is named by ("the reactor" in
// an article on a reactor leak, "the prison" in one on a prison fire), a
// configured topic's alias, is about the event, not the topic; in an
// article whose event is set elsewhere the topic stays.
func TestPlaceOfEvent(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a reactor named in an article on its leak", "Velland says Ostmark hid leak at Tolvane reactor",
			"Velland accused Ostmark on Monday of hiding a leak at its Tolvane reactor. " +
				"Ostmark's atomic agency denied any leak.\n\n" +
				"Its director, Pell Varo, went further, calling the figures false and accusing Velland of staging a scare to block the reactor's planned expansion.\n\n" +
				"Velland said the nuclear plant should be closed. " +
				"Ostmark said the nuclear plant had passed every inspection.",
			[]string{"Tolvane reactor leak", "Tolvane reactor leak", "Tolvane reactor leak", "Tolvane reactor leak", "Tolvane reactor leak", "nuclear plant safety"}},
		{"a prison named in an article on its fire", "Kestel says Dravo guards set fire at Morn prison",
			"Kestel accused Dravo on Monday of setting a fire at its Morn prison. " +
				"Dravo's justice ministry denied any fire.\n\n" +
				"Its director, Ilse Brann, went further, calling the figures false and accusing Kestel of staging a scare to block the prison's planned expansion.\n\n" +
				"Kestel said the prisoners of war should be freed. " +
				"Dravo said the prisoners of war were fed and housed.",
			[]string{"Morn prison fire", "Morn prison fire", "Morn prison fire", "Morn prison fire", "Morn prison fire", "prisoners of war"}},
		// guard: the event set elsewhere; the reactor is a dispute of its own
		// (the director's "calling … and accusing …" is two claims, the
		// denial's and the charge's, both on the story's event)
		{"guard: a reactor beside a border clash", "Velland says Ostmark troops started border clash at Tolvane",
			"Velland accused Ostmark on Monday of starting a border clash at Tolvane. " +
				"Ostmark's army denied any clash.\n\n" +
				"Its director, Pell Varo, went further, calling the figures false and accusing Velland of staging a scare to block the reactor's planned expansion.\n\n" +
				"Velland said the nuclear plant should be closed. " +
				"Ostmark said the nuclear plant had passed every inspection.",
			// the headline's "border clash at Tolvane" names it by its place (placedName)
			[]string{"Tolvane border clash", "Tolvane border clash", "Tolvane border clash", "Tolvane border clash", "Tolvane border clash", "nuclear plant safety"}},
	})
}
