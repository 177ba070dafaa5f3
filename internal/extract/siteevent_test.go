package extract

import "testing"

// TestSiteEventName checks that the document's incident is named by the
// place and the site the headline or the first paragraph ties its event
// noun to ("the explosion at Orlan Chemicals' Tessby plant": the Tessby
// plant blast), over a part of it the body names or a cause one side
// charges, and not when the headline names no such incident, names the
// charge itself, the site's name is a party's or is missing, or the body
// counts another incident by its own noun most.
func TestSiteEventName(t *testing.T) {
	body := "The union accused Orlan Chemicals of cutting corners on maintenance. Orlan Chemicals denied cutting corners and blamed a contractor for the blast."
	lead := "An explosion at Orlan Chemicals' Tessby plant killed four workers on Monday.\n\n"
	runTopicRows(t, []topicRow{
		{"owner's place and site, over a charged cause", "Union blames skipped maintenance for deadly Tessby chemical blast",
			lead + body, []string{"Tessby plant blast", "Tessby plant blast", "Tessby plant blast"}},
		{"site in a place", "Union blames skipped maintenance for deadly chemical blast",
			"An explosion at the chemical plant in Tessby killed four workers on Monday.\n\n" + body, []string{"corner cut", "corner cut", "Tessby plant blast"}},
		{"place and site before the noun, in the headline", "Union and Orlan Chemicals trade blame over Tessby depot fire",
			"Four workers died on Monday.\n\nThe union accused Orlan Chemicals of cutting corners on maintenance. Orlan Chemicals denied cutting corners and blamed a contractor for the fire.", []string{"Tessby depot fire", "Tessby depot fire", "Tessby depot fire"}},
		{"guard: the headline names the charge", "Union accuses Orlan Chemicals of cutting corners",
			lead + body, []string{"corner cut", "corner cut", "corner cut"}},
		{"guard: no site", "Union blames skipped maintenance for deadly chemical blast",
			"An explosion in Tessby killed four workers on Monday.\n\n" + body, []string{"corner cut", "corner cut", "worker blast"}},
		{"guard: a party's name at the site", "Union blames skipped maintenance for deadly chemical blast",
			"An explosion at the Orlan plant killed four workers on Monday.\n\n" + body, []string{"corner cut", "corner cut", "plant blast"}},
		{"guard: the body's own incident", "Union blames skipped maintenance for deadly Tessby chemical blast",
			"An explosion at Orlan Chemicals' Tessby plant killed four workers on Monday, officials said. A fire broke out at a depot on Sunday. " +
				"Velland blamed Ostmark for the depot fire. Ostmark blamed Velland for the depot fire. The depot fire burned for hours, and the depot fire was put out on Monday.",
			[]string{"depot fire", "depot fire", "depot fire"}},
		{"guard: a capital that opens the headline", "Chemical plant blast: union and Orlan Chemicals trade blame",
			"Four workers died on Monday.\n\n" + body, []string{"corner cut", "corner cut", "plant blast"}},
	})
}

// TestCompoundActCharge checks that a charge of the act a compound names
// the dispute by, in its own words ("of rigging Saturday's cup final" in
// a match-fixing row), takes the dispute's name, and that a charge of
// another act keeps its own.
func TestCompoundActCharge(t *testing.T) {
	title := "Association and Brellin Athletic owner trade match-fixing claims after cup final"
	lead := "The Corvane Football Association and the owner of Brellin Athletic accused each other of match-fixing on Monday, two days after a disputed penalty decided the cup final.\n\n"
	runTopicRows(t, []topicRow{
		{"the same act by a synonym", title, lead + "Tomas Ilvard, who owns Brellin, accused the association of rigging Saturday's cup final.", []string{"match-fixing"}},
		{"guard: another act", "Tarvel Unity Party and Free Dawn Party trade vote-buying claims after mayoral poll",
			"The Tarvel Unity Party and the Free Dawn Party accused each other of vote-buying on Monday, two days after the mayoral poll.\n\nFree Dawn leader Mira Kosse accused the Unity Party of rigging the count in the harbour district.", []string{"vote-buying", "vote-buying", "count rigging"}},
	})
}

// TestPlacedActName checks that an act the headline places after what it
// was done to ("of moving border posts in Tarro Valley") is named by the
// place and the object as the headline writes it, and not when the place
// is a state's name or a preposition stands between the act's object and
// the place ("moving tanks to border posts in …": the posts are placed,
// not the tanks).
func TestPlacedActName(t *testing.T) {
	body := "Kessland and Orvia accused each other on Monday of moving border posts. Kessland accused Orvian troops of moving the posts at night. Orvia denied moving any post."
	runTopicRows(t, []topicRow{
		{"after the object", "Kessland and Orvia accuse each other of moving border posts in Tarro Valley", body, []string{"Tarro Valley border post moving", "Tarro Valley border post moving", "Tarro Valley border post moving", "Tarro Valley border post moving"}},
		{"guard: a state's name", "Kessland and Orvia accuse each other of moving border posts in Orvia", body, []string{"border moving", "border moving", "border moving", "border moving"}},
		{"guard: a preposition before the place", "Kessland and Orvia accuse each other of moving tanks to border posts in Tarro Valley",
			"Kessland accused Orvia of moving tanks to the border. Orvia denied moving tanks.", []string{"tank moving", "tank moving"}},
	})
}
