package extract

import "testing"

// TestSetFireTopics checks that a thing set on fire ("setting fire to
// its customs post", "set the fields alight", "Ballot papers set on fire
// at two schools") names the event as a desk does, by the thing burned
// and the fire, not by the light verb ("setting") or the place the fire
// was at; and that a fire no one set, "on fire" alone and a figure of
// speech name no such fire.
func TestSetFireTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"shipping: set fire to", "",
			"The port authority accused the dockers' union of setting fire to its container terminal, its director Lena Brandt said.",
			[]string{"terminal fire"}},
		{"aviation: set fire to", "",
			"Skyra Air accused the ground crew of setting fire to a fuel truck, its chief Tomas Frey said.",
			[]string{"truck fire"}},
		{"mining: set alight", "",
			"Kelby Mining accused the protesters of setting the drill rig alight, its spokesman Oskar Hale said.",
			[]string{"rig fire"}},
		{"farming: set ablaze", "",
			"Velland accused Ostmark soldiers of setting the barley fields ablaze, its minister Karin Dahl said.",
			[]string{"field fire"}},
		{"health: set on fire", "",
			"The hospital trust accused the cleaning firm of setting the clinic storeroom on fire, its director Lena Brandt said.",
			[]string{"storeroom fire"}},
		{"passive: what was set on fire", "",
			"The mayor said the grain silo had been set on fire by rioters.",
			[]string{"silo fire"}},
		{"elections: the headline's thing burned, not where", "Ballot papers set on fire at two schools in Tarn; parties trade blame",
			"The Unity Party blamed the Farmers' League, its leader Tomas Frey said.",
			[]string{"paper fire"}},
		// guards: no "set", no "to", a figure of speech
		{"on fire alone", "", "The captain said the ship was on fire when the crew left.", []string{"general"}},
		{"set fire, no object", "", "Velland said the rebels set fire and fled.", []string{"general"}},
		{"alight with hope", "", "Velland said the talks had set the region alight with hope.", []string{"negotiations"}},
	})
}

// TestBurnedByFireTopics checks that a bare fire, the subject of a
// verb in the headline or the lead, is named by the thing it burned
// ("Fires destroy barley crop": a crop fire), not by the place after
// ("in border villages") or another event; a fire with a noun of its
// own and a fire's toll keep their names.
func TestBurnedByFireTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"farming: headline", "Fires destroy barley crop in border villages as Velland and Ostmark trade blame",
			"Velland blamed Ostmark for the fires, its minister Karin Dahl said.",
			[]string{"crop fire"}},
		{"trade: headline", "Fire guts Kessel grain warehouse; Velland blames Ostmark guards",
			"Velland blamed Ostmark, its minister Karin Dahl said.",
			[]string{"warehouse fire"}},
		{"aviation: lead", "",
			"Skyra Air on Monday blamed its fuel supplier after a fire destroyed the cargo terminal at Orrin airport. The supplier blamed the airline, its chief Tomas Frey said.",
			[]string{"terminal fire", "terminal fire"}},
		// guards: no one blamed in the headline or the lead's sentence
		{"a fire beside the dispute", "Fire guts Lenn warehouse",
			"Tarsia accused Pella of firing missiles at Lenn for a month, its minister Karin Dahl said.",
			[]string{"missile strikes"}},
		// guards: the fire's own noun, a toll
		{"a named fire", "Depot fire destroys records; union blames owners",
			"The union blamed the owners, its leader Tomas Frey said.",
			[]string{"depot fire"}},
		{"a toll", "Fire kills six workers in Kessel depot; union blames owners",
			"The union blamed the owners, its leader Tomas Frey said.",
			[]string{"depot fire"}},
	})
}
