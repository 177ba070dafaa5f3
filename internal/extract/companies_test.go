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
			[]string{"Ostmark Rail>Kellan Track Services", "Kellan Track Services>Ostmark Rail"}},
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
