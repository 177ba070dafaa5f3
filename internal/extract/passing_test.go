package extract

import "testing"

// TestPassingConfiguredTopic checks that an accusation naming a
// configured topic the article mentions no more than in passing (a
// side's loaded word: "terrorism", "war crimes") keeps the story's
// event, which a desk labels it by, while one the article keeps naming
// is a dispute of its own.
func TestPassingConfiguredTopic(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"shipping", "Tanker collision off Brask Point: Ostmark and Velland trade blame",
			"A tanker and a ferry collided off Brask Point on Monday, spilling fuel into the strait. " +
				"Ostmark's transport minister, Ilse Varga, accused Velland of terrorism on the high seas. " +
				"Velland's coast guard said the collision was caused by the tanker's crew.",
			// "collision off Brask Point": named by its place (placedName)
			[]string{"Brask Point tanker collision", "Brask Point tanker collision"}},
		{"mining", "Harrowgap mine collapse: union and Dellcore trade blame",
			"A shaft of the Harrowgap copper mine collapsed on Friday, trapping eleven miners for two days. " +
				"The miners' union accused Dellcore of war crimes against its workers. " +
				"Dellcore said the collapse followed a walkout that left the props unchecked.",
			[]string{"mine collapse", "mine collapse"}},
		{"border clash", "Vessa pass clash: Velland and Ostmark trade blame",
			"Soldiers of Velland and Ostmark clashed at the Vessa pass on Sunday, and three were wounded. " +
				"Velland's defence minister accused Ostmark of war crimes in the pass. " +
				"Ostmark said the clash began when Velland's patrol crossed the line.",
			[]string{"pass clash", "pass clash"}},
		{"elections", "Ballot depot fire in Sarn: Unity Party blames rivals",
			"A fire gutted the ballot depot in Sarn on Saturday night, two days before the vote. " +
				"The Unity Party accused the Civic Front of terrorism against voters. " +
				"The Civic Front said the fire began in faulty wiring.",
			[]string{"Sarn depot fire", "Sarn depot fire"}},
		{"labour, by its act", "Dockyard clash in Merrow: union blames Hallam Yards Ltd",
			"Strikers and guards clashed at the Hallam dockyard in Merrow on Monday, and twelve workers were hurt. " +
				"The union accused Hallam Yards Ltd of firing tear gas at the strikers. " +
				"Hallam Yards Ltd said the clash began when strikers stormed the gate.",
			[]string{"Merrow dockyard clash", "Merrow dockyard clash"}},
		// guard: a configured topic the article keeps naming is a dispute
		// of its own
		{"named throughout", "Bridge shelling in Korla: Velland and Ostmark trade blame",
			"Shells struck the Korla bridge on Monday, killing four people. The shelling broke a ceasefire agreed in March. " +
				"Monitors have counted forty ceasefire violations since April, and both sides report more violations of the ceasefire each week. " +
				"Velland's minister accused Ostmark of ceasefire violations. " +
				"Ostmark said Velland had shelled the bridge itself.",
			[]string{"ceasefire violations", "bridge shelling"}},
		// guard: a second charge of a configured topic's own act, by its
		// own name, is a dispute of its own however seldom it is named
		{"a charge by the topic's name", "Sarn weir flooding: Velland and Ostmark trade blame",
			"Floodwater from the Sarn weir swept through four villages on Monday. " +
				"Velland accused Ostmark of opening the sluices without warning. " +
				"Velland also claimed that Ostmark had used cluster munitions near the river.",
			[]string{"weir flooding", "cluster munitions"}},
	})
}
