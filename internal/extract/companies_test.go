package extract

import "testing"

// TestCompanyParties checks accusations between companies, parties and
// other bodies that are no states: side>accused of every accusation, in
// any order.
func TestCompanyParties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a ferry line named after its state is no state",
			"HARBEN, Ostmark, May 3 (Wirenews) - A ferry caught fire off the coast of Ostmark on Monday.\n\n" +
				"Ostmark Ferries accused Kellan Marine Works of fitting faulty wiring.",
			[]string{"Ostmark Ferries>Kellan Marine Works"}},
		{"a steel maker named after its state, accused",
			"KORSA, Velland, June 9 (Wirenews) - Two workers died at a plant in Velland on Friday.\n\n" +
				"The Furnace Workers' Union blamed Velland Steel for the blast.",
			[]string{"Furnace Workers' Union>Velland Steel"}},
		{"guard: the state's own ministry stays the state",
			"KORSA, Velland, June 9 (Wirenews) - Two workers died at a plant in Velland on Friday.\n\n" +
				"The Furnace Workers' Union blamed the Velland Labour Ministry for the blast.",
			[]string{"Furnace Workers' Union>Velland"}},
		{"the company accused by the company: the other one (mining)",
			"Varn Mining Company blamed Orsk Engineering for the collapse of a shaft.\n\n" +
				"Orsk Engineering accused the company of ignoring cracks in the roof.",
			[]string{"Varn Mining Company>Orsk Engineering", "Orsk Engineering>Varn Mining Company"}},
		{"the operator accused after a denial: the other one (shipping)",
			"A fire gutted a ferry run by Tarvo Ferries on Monday.\n\n" +
				"Tarvo Ferries said its shipyard, Kellan Marine Works, had fitted faulty wiring.\n\n" +
				"Kellan Marine Works rejected the accusation and accused the operator of overloading the ferry.",
			[]string{"Kellan Marine Works>Tarvo Ferries"}},
		{"the company accused by a drug maker's contractor (health)",
			"Three volunteers died in a trial of a drug made by Ostra Biologics.\n\n" +
				"Verrin Clinical Services accused the company of hiding liver data.",
			[]string{"Verrin Clinical Services>Ostra Biologics"}},
		{"guard: the company that is the only one stays unread",
			"Three volunteers died in a trial run by Verrin Clinical Services.\n\n" +
				"Verrin Clinical Services accused the company of hiding liver data.",
			nil},
		{"a governing party called by its name's last word (elections)",
			"The governing Democratic Accord won the vote in Marrowby province, ahead of the opposition Free Tarsa Movement.\n\n" +
				"Ilse Varga, the Free Tarsa Movement's leader, accused the Accord of stuffing ballot boxes.",
			[]string{"Free Tarsa Movement>Democratic Accord"}},
		{"the Movement is the one whose name ends so, not the party named last",
			"The opposition Free Tarsa Movement came second behind the ruling Civic Accord.\n\n" +
				"The Movement accused the Accord of buying votes in the north.",
			[]string{"Free Tarsa Movement>Civic Accord"}},
		{"the opposition alone is the party the article called so",
			"The governing Civic Accord won the vote, ahead of the opposition Free Tarsa Movement.\n\n" +
				"The opposition accused the Civic Accord of buying votes in the north.",
			[]string{"Free Tarsa Movement>Civic Accord"}},
		{"guard: the opposition of two opposition parties is neither",
			"The governing Civic Accord won the vote, ahead of the opposition Free Tarsa Movement and the opposition Harvest Front.\n\n" +
				"The opposition accused the Civic Accord of buying votes in the north.",
			[]string{">Civic Accord"}}, // the accuser unread, not one of the two
		{"a pair described after a state's possessive, one by a deal's noun (shipping)",
			"Ostmark's ferry operator and the shipyard blamed each other on Tuesday for a fire that gutted a ferry.\n\n" +
				"Ostmark Ferries said its shipyard, Kellan Marine Works, had fitted faulty wiring.",
			[]string{"Ostmark Ferries>Kellan Marine Works", "Kellan Marine Works>Ostmark Ferries"}},
		{"the second party's relative clause has a reporting verb; the contractor named more is no operator (rail)",
			"HARBEN, Ostmark, May 3 (Wirenews) - Ostmark's national rail operator and the contractor that maintains its southern lines blamed each other on Tuesday for a derailment.\n\n" +
				"Ostmark Rail said the contractor, Kellan Track Services, had failed to replace worn bolts.\n\n" +
				"Kellan Track Services said its crews had replaced every bolt. Kellan Track Services said the train was too fast.",
			// the charge of the second paragraph is its own claim now that
			// the verb after the apposition names its act
			[]string{"Ostmark Rail>Kellan Track Services", "Kellan Track Services>Ostmark Rail", "Ostmark Rail>Kellan Track Services"}},
		{"a lender and a developer (finance)",
			"The lender and the developer blamed each other on Friday for the collapse of the tower deal.\n\n" +
				"The lender, Pellam Savings Bank, said the developer, Orrin Properties, had missed three payments.",
			[]string{"Pellam Savings Bank>Orrin Properties", "Orrin Properties>Pellam Savings Bank"}},
		{"a hospital is a body, then the hospital (health)",
			"Wenmoor General Hospital accused Pell Biologics of shipping mislabelled tablets.\n\n" +
				"Pell Biologics accused the hospital of ignoring early warning signs.",
			[]string{"Wenmoor General Hospital>Pell Biologics", "Pell Biologics>Wenmoor General Hospital"}},
		{"a clinic called by a saint's name, then the clinic (health)",
			"Three patients were burned during treatment at St Maren's Eye Clinic.\n\n" +
				"St Maren's Eye Clinic blamed Dovra Laser Systems for the burns. Dovra Laser Systems accused the clinic of misusing the laser.",
			[]string{"St Maren's Eye Clinic>Dovra Laser Systems", "Dovra Laser Systems>St Maren's Eye Clinic"}},
		{"a minister no state is named for, accusing one of two states (aviation)",
			"Ostmark and Velland traded blame on Monday over an airliner forced down near the border.\n\n" +
				"Foreign Minister Ilse Varga accused Velland of endangering 130 passengers. Velland's defence ministry said Ostmark's army had fired first.",
			[]string{"Ostmark>Velland", "Velland>Ostmark", "Ostmark>Velland", "Velland>Ostmark"}},
		{"a president no state is named for, accusing the other (border clash)",
			"KESSA, Tarsia, May 3 (Wirenews) - Tarsia and Dunmarch blamed each other for a shootout at a border post.\n\n" +
				"President Oren Kast accused Tarsia of staging the shootout. Dunmarch's defence ministry called the shootout an ambush.",
			[]string{"Tarsia>Dunmarch", "Dunmarch>Tarsia", "Dunmarch>Tarsia"}},
		{"guard: a company's chief executive speaks for no state",
			"KESSA, Tarsia, May 3 (Wirenews) - Tarsia and Dunmarch blamed each other for a shootout at a border post.\n\n" +
				"Chief Executive Oren Kast accused Tarsia of staging the shootout. Dunmarch's defence ministry called the shootout an ambush.",
			[]string{"Tarsia>Dunmarch", "Dunmarch>Tarsia", ">Tarsia"}},
		{"guard: a former president accusing his own state stays his state's",
			"KESSA, Tarsia, May 3 (Wirenews) - Tarsia and Dunmarch blamed each other for a shootout at a border post.\n\n" +
				"Former President Oren Kast accused Tarsia of staging the shootout. Dunmarch's defence ministry called the shootout an ambush.",
			[]string{"Tarsia>Dunmarch", "Dunmarch>Tarsia"}},
		{"a union's organiser no body is named for, accusing the company it disputes with (mining)",
			"Brenn Mining and the Quarry Workers' Union blamed each other for a tunnel collapse.\n\n" +
				"The union hit back on Friday. Regional organiser Lise Tamm accused Brenn Mining of skipping roof checks.",
			[]string{"Brenn Mining>Quarry Workers' Union", "Quarry Workers' Union>Brenn Mining", "Quarry Workers' Union>Brenn Mining"}},
		{"guard: an analyst speaks for neither body",
			"Brenn Mining and the Quarry Workers' Union blamed each other for a tunnel collapse.\n\n" +
				"Industry analyst Lise Tamm accused Brenn Mining of skipping roof checks.",
			[]string{"Brenn Mining>Quarry Workers' Union", "Quarry Workers' Union>Brenn Mining", ">Brenn Mining"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestShortNamedFirm checks that two capitalised words no list knows,
// blamed or blaming, are a company when the article then shortens them
// to the first word, as news shortens a firm ("Mellick" for Mellick
// Scaffolding) and not a person (whom it shortens to the surname): the
// company is the accused, and "the company" refers back to it.
func TestShortNamedFirm(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a council blames a scaffolding firm",
			"The Tarn District Council blamed Mellick Scaffolding for the collapse of the school wall.\n\n" +
				"Mellick rejected the council's account.",
			[]string{"Tarn District Council>Mellick Scaffolding"}},
		{"a party accuses a printer of misprinting ballots",
			"The Civic Front accused Larwick Printing of misprinting ballots in Marrow.\n\n" +
				"Larwick denied the charge on Tuesday.",
			[]string{"Civic Front>Larwick Printing"}},
		{"a payments firm and a bank blame each other",
			"Harrowgate Payments blamed the Orlen Savings Bank for the outage.\n\n" +
				"The Orlen Savings Bank said Harrowgate had sabotaged its servers.",
			[]string{"Harrowgate Payments>Orlen Savings Bank", "Orlen Savings Bank>Harrowgate Payments"}},
		{"an airport blames a caterer, then the company",
			"The Velmark Airport Authority blamed Skelby Catering for poisoning the passengers of flight 22.\n\n" +
				"Skelby said nothing on Monday. The Velmark Pilots' Union accused the company of cutting corners.",
			[]string{"Velmark Airport Authority>Skelby Catering", "Velmark Pilots' Union>Skelby Catering"}},
		{"guard: a person blamed, then named by the surname",
			"The Civic Front accused Tomas Reche of misprinting ballots in Marrow.\n\n" +
				"Reche denied the charge on Tuesday.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestContractorApposition checks that a name in apposition to a
// party's "contractor", "subcontractor" or "supplier" ("its contractor,
// Pellan Masonry,") is a company no list names, which "the company" or
// "the supplier" then refers back to as the accused.
func TestContractorApposition(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a council and its contractor",
			"The Tarn District Council said the school wall had been built by its contractor, Pellan Masonry, in 2031.\n\n" +
				"The council blamed the company for the collapse of the wall.",
			[]string{"Tarn District Council>Pellan Masonry"}},
		{"an airline and its supplier",
			"Velmark Airways said its supplier, Orvik Parts, had sent the brakes in March.\n\n" +
				"The airline accused the supplier of hiding failed test results.",
			[]string{"Velmark Airways>Orvik Parts"}},
		{"a port authority and its subcontractor",
			"The Brask Port Authority said its subcontractor, Delmar Dredging, had worked near the cable in May.\n\n" +
				"The authority accused the firm of cutting the cable and ignoring the charts.",
			[]string{"Brask Port Authority>Delmar Dredging"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
