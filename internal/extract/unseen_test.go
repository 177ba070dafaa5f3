package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestNamedOnlyAs checks that a spokesman who gives only a name, a rank
// and a surname or a nom de guerre, is that person, on his group's
// side, in any tense of the apposition, and is the same person when
// named again by the surname alone.
func TestNamedOnlyAs(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"present tense, a rank before the name",
			"The Sarn Liberation Army denied any role in the ambush. Its spokesman, who gives his name only as Captain Ferro, told reporters by telephone that the army had not fired a shot.",
			"the army had not fired a shot", "Captain Ferro", "Sarn Liberation Army"},
		{"the surname again",
			"The Sarn Liberation Army denied any role in the ambush. Its spokesman, who gives his name only as Captain Ferro, told reporters that the army had not fired a shot. \"We were forty miles away,\" Ferro said.",
			"We were forty miles away", "Captain Ferro", "Sarn Liberation Army"},
		{"past tense, one name",
			"The Dolan Miners' Union rejected the charge. Its organiser, who gave her name only as Mirela, said the union had never blocked the shaft.",
			"the union had never blocked the shaft", "Mirela", "Dolan Miners' Union"},
	})
}

// TestVerbBeforeFire checks that a verb's past form ("have caught
// fire") and a count ("the first six fires") are no noun an event is
// named by: the event the article names stays its topic.
func TestVerbBeforeFire(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"caught fire", "",
			"Ostmark blamed Velland on Monday for the depot strike. Since March four tankers have caught fire in the harbour, Ostmark said.",
			[]string{"depot strike", "depot strike"}},
		{"a count of fires", "",
			"Velland blamed the Harlow Mining Company for the bridge strike. The company said it had reported the first six fires to the inspectorate.",
			[]string{"bridge strike", "bridge strike"}},
	})
}

// TestBareEventTopic checks that an event the article names over and
// over by its noun alone ("Nine fires", "caught fire", "the fires") is
// its topic over an act one charge names or one compound of a passing
// mention; and, the guard, that an event named with its noun stays so.
func TestBareEventTopic(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"fires named by the noun alone", "Who set the scooters on fire? A maker and its regulator each blame the other",
			"Nine fires have broken out in Harrow since April, and scooters have caught fire in three garages. The Velmar Transport Board accused Orsk Scooters of fitting cheap cells. " +
				"Orsk Scooters blames the board for the fires. The board dismissed that. " +
				"Each side accuses the other of causing the fires. Firefighters said two of the fires had spread to flats.",
			[]string{"fire", "fire", "fire", "fire"}},
		// guard: the event named with its noun in the headline keeps
		// that name
		{"a compound in the headline", "Who is to blame for the moor fires?",
			"Nine fires have burned across Harrow moor since April. The Dunmore Mining Company says the fires were started by the inspectorate's own trucks. " +
				"The Harrow Mines Inspectorate accused the company of dumping hot slag and blames it for the fires. " +
				"Each side accuses the other of causing the fires. Residents said two of the fires had reached the village.",
			[]string{"moor fire", "moor fire", "moor fire", "moor fire", "moor fire", "moor fire"}},
	})
}

// TestSectorCompanyNames checks that a company named by its sector
// ("Orsk Mobility", "Selvik Aerospace") is a party: its short name and
// its chief executive speak for it, not for the body it quarrels with.
func TestSectorCompanyNames(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"mobility",
			"The fight between Orsk Mobility and the Velmar Transport Authority has turned bitter. The authority says the fault lies in the battery. Orsk rejects that. Its chief executive, Mara Quill, insists that the cells are sound.",
			"the cells are sound", "Mara Quill", "Orsk Mobility"},
		{"aerospace",
			"The dispute between Selvik Aerospace and the Dovrin Aviation Authority widened on Monday. The authority grounded twelve aircraft. Selvik rejects the order. Its chief executive, Ivan Roos, said the engines were safe.",
			"the engines were safe", "Ivan Roos", "Selvik Aerospace"},
		{"robotics, the short name",
			"Kanto Robotics and the Harlow Mines Inspectorate blame each other for the collapse. Kanto said the inspectorate had approved the shaft.",
			"the inspectorate had approved the shaft", "Kanto Robotics", "Kanto Robotics"},
	})
}

// TestShortOrgName checks that a group or body named again without a
// middle word ("the Sarn Army" for the Sarn Liberation Army) is the
// one named in full before, and that a name with other words is not.
func TestShortOrgName(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"an armed group",
			"The Sarn Liberation Army denied any role in the ambush. The Sarn Army said late on Tuesday that it had sent its own fighters to search the villages.",
			"it had sent its own fighters", "Sarn Liberation Army", "Sarn Liberation Army"},
		{"a union",
			"The Dolan Miners' Union rejected the charge. On Friday the Dolan Union said it would ballot its members on a strike.",
			"it would ballot its members", "Dolan Miners' Union", "Dolan Miners' Union"},
		// guard: other words are another body
		{"another body",
			"The Sarn Liberation Army denied any role in the ambush. The Sarn Defence Army said it had sent fighters to the villages.",
			"it had sent fighters", "Sarn Defence Army", "Sarn Defence Army"},
	})
}

// TestOfficialOfBodyNamedBefore checks that an unnamed official
// described by a body's noun ("a commission official", "an authority
// official") after that body spoke is one of its officials, named by
// the body as first written and on its side, if it has one.
func TestOfficialOfBodyNamedBefore(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"an election commission, with an apposition",
			"The Dovrin election commission says it will recount the ballots in six districts.\n\nA commission official, who asked not to be named, told us that six boxes had been opened.",
			"six boxes had been opened", "Dovrin election commission official", ""},
		{"a port authority",
			"The Kelvar port authority said the tanker was seized lawfully. An authority official, speaking on condition of anonymity, said the crew had been freed.",
			"the crew had been freed", "Kelvar port authority official", "Kelvar port authority"},
		{"a health inspectorate",
			"The Norvale health inspectorate said the clinic had broken the rules. An inspectorate official said the licence would be suspended.",
			"the licence would be suspended", "Norvale health inspectorate official", ""},
	})
}

// TestCountedModelName checks that a product model counted before its
// noun ("nine Orsk Glide scooters", "eleven Kestrel Lark drones") is no
// person, so the maker's short name later is the maker.
func TestCountedModelName(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"scooters, a number word",
			"The fight between Orsk Mobility and the Velmar Transport Authority has turned bitter. Since May, nine Orsk Glide scooters have caught fire while charging. The authority blames the battery.\n\nOrsk rejects almost all of that.",
			"Orsk rejects almost all", "Orsk Mobility", "Orsk Mobility"},
		{"drones, a teen",
			"The Dovrin Aviation Authority grounded the fleet of Kestrel Aerospace on Monday. At least eleven Kestrel Lark drones have crashed this year.\n\nKestrel said the crashes were caused by interference.",
			"the crashes were caused by interference", "Kestrel Aerospace", "Kestrel Aerospace"},
		{"trucks, in figures",
			"The Harlow Mines Inspectorate fined Dunmore Mining on Friday. It said 14 Dunmore Hauler trucks had failed their brake tests.\n\nDunmore said the tests were flawed.",
			"the tests were flawed", "Dunmore Mining", "Dunmore Mining"},
	})
}

// TestPairDescribedAtLength checks that a pair described by a relative
// clause with a place ("the two armed groups that control the hills on
// either side of the road") still blames each other, and that the event
// after their possessive ("for their abduction") is the one reported.
func TestPairDescribedAtLength(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"armed groups",
			"Four drivers were killed on the road to Pell on Monday, and the two armed groups that control the hills on either side of the road are blaming each other for the ambush.\n\nThe Sarn Liberation Army said the Dolan Front had carried out the ambush. The Dolan Front denied any role.",
			[]string{"Dolan Front>Sarn Liberation Army", "Sarn Liberation Army>Dolan Front"}},
		{"shipping firms",
			"A tanker ran aground off Kessby on Friday, and the two shipping firms that share the berths at the northern end of the harbour are blaming each other for the grounding.\n\nKessler Freight said Dovrin Shipping had moved the buoys. Dovrin Shipping denied it.",
			[]string{"Dovrin Shipping>Kessler Freight", "Kessler Freight>Dovrin Shipping"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
	runTopicRows(t, []topicRow{
		{"their abduction", "Rival groups blame each other for kidnapping of five engineers near Pell",
			"Five engineers were seized on the Pell road on Monday, and the two armed groups in the valley are blaming each other for their abduction. The Sarn Liberation Army said the Dolan Front had carried out the abduction.",
			// the headline's word of two true synonyms (titleHead)
			[]string{"engineer kidnapping", "engineer kidnapping", "engineer kidnapping"}},
	})
}

// TestWhichSaid checks that a body's relative clause ("…, which said
// …") reports what the body said, and that a thing's does not.
func TestWhichSaid(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a passive's agent",
			"Ostmark's claim that its drones had tracked a convoy was dismissed by Velland's defence ministry, which said the only convoy on the road that night was an ambulance.",
			"the only convoy on the road that night was an ambulance", "Velland Defence Ministry", "Velland"},
		{"a port authority",
			"The charge was rejected by the Dovrin port authority, which said the tanker had been inspected twice.",
			"the tanker had been inspected twice", "Dovrin port authority", "Dovrin port authority"},
		// guard: a document is no body
		{"a report",
			"Inspectors published the audit on Monday, which said the dam was unsafe.",
			"", "audit", ""},
	})
}

// TestEachDenied checks that ", and each has denied it" after a pair's
// accusation of each other is a denial by each party of its own part.
func TestEachDenied(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"armed groups, perfect",
			"The Sarn Liberation Army and the Dolan Front fell out over the checkpoint last spring. Each has accused the other of kidnapping traders to raise money, and each has denied it.",
			[]string{"Dolan Front>Dolan Front", "Sarn Liberation Army>Sarn Liberation Army"}},
		{"shipping firms, present",
			"Kessler Freight and Dovrin Shipping fell out over the berths. Each accuses the other of moving the buoys, and each denies it.",
			[]string{"Dovrin Shipping>Dovrin Shipping", "Kessler Freight>Kessler Freight"}},
		// guard: a denial by someone else is not the pair's
		{"a third party denies",
			"Kessler Freight and Dovrin Shipping fell out over the berths. Each accuses the other of moving the buoys, and the harbour master denies it.",
			nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			var got []string
			for _, c := range res.Claims {
				if c.Kind == "denial" && strings.HasPrefix(c.Text, "each") {
					got = append(got, c.Side+">"+c.Subject)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("denials %q, want %q:%s", got, tt.want, describe(res.Claims))
			}
		})
	}
}
