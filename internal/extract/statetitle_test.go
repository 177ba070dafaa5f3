package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestStateTitleAfterGovernment checks that an official named by a title
// of state alone ("Defence Minister …", "Army spokesman Colonel …") in
// copy without a dateline speaks for the state whose government or
// ministry spoke last, and that a title naming its own state, or a
// company that spoke last, gives no such side.
func TestStateTitleAfterGovernment(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // side>accused of the accusations, in any order
	}{
		{"a defence minister after his government spoke (border clash)",
			"Pirrow's government says the shells that hit the market came from across the river. Defence Minister General Anton Kessel accused Velland of shelling the market to frighten farmers away.",
			[]string{"Pirrow>Velland"}},
		{"a transport minister after her ministry spoke (aviation)",
			"Velland's foreign ministry said two airliners had lost their landing signals. Transport Minister Ada Roen accused Pirrow of jamming the airport's signals from a ship offshore.",
			[]string{"Velland>Pirrow"}},
		{"a minister accusing an armed group (reservoir)",
			"Ostmark's government said the water supply of three towns had been cut. Interior Minister Sami Halden accused the Red Falcon Brigade of poisoning the reservoir.",
			[]string{"Ostmark>Red Falcon Brigade"}},
		{"guard: a minister who names his own state",
			"Pirrow's government says the shells came from across the river. Velland's Defence Minister Anton Kessel accused Pirrow of staging the attack.",
			[]string{"Velland>Pirrow"}},
		{"guard: a president is as often another state's (summit)",
			"Pirrow's government says the shells came from across the river. President Ivo Marek accused Velland of shelling the market.",
			[]string{">Velland"}},
		{"guard: a secretary general, of no state (diplomacy)",
			"Pirrow's foreign ministry said the talks had failed. Secretary General Ama Okoro accused Velland of blocking the talks.",
			[]string{">Velland"}},
		{"guard: a company spoke last, the minister is none of its (finance)",
			"Halvek Bank said its loans to the port were sound. Finance Minister Ada Roen accused Halvek Bank of hiding bad loans from its auditors.",
			[]string{">Halvek Bank"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestItsBodyOpensSentence checks that "Its foreign ministry" (or
// "defence ministry", "press office") opening a sentence is the body of
// the party the sentence before opened with ("Velland's answer came
// within hours."), not of the party quoted last.
func TestItsBodyOpensSentence(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	runSpeakerRows(t, []speakerRow{
		{"a state's foreign ministry (mines on a border)",
			dl + "Ostmark accused Velland on Monday of laying fresh mines along the border.\n\nVelland's answer came within hours. Its foreign ministry said in a statement that Ostmark had laid the mines itself in 2019.",
			"laid the mines itself", "Velland", "Velland"},
		{"a state's defence ministry after an armed group spoke (depot)",
			dl + "The Red Falcon Brigade accused Ostmark on Monday of shelling a grain depot.\n\nOstmark's reply came late. Its defence ministry said the brigade had stored rockets in the depot.",
			"stored rockets", "Ostmark Defence Ministry", "Ostmark"},
		{"a company's press office (shipping)",
			"Dorrow Logistics accused Selvik Shipping on Monday of loading the crane beyond its limit.\n\nSelvik Shipping's reply came quickly. Its press office said Dorrow Logistics had skipped the crane's inspection.",
			"skipped the crane's inspection", "Selvik Shipping", "Selvik Shipping"},
	})
}

// TestWorksNamedByTrade checks that a single works named by its trade
// ("Harlow Creamery", "Kessa Foundry") is a company, as a plural one
// ("Dovra Breweries") is: it can be blamed, and "Its managing director"
// after it speaks for it.
func TestWorksNamedByTrade(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // side>accused of the accusations, in any order
	}{
		{"a creamery blamed for a river spill",
			"Last year Lathmoor Water blamed Harlow Creamery for a fish kill below the weir.",
			[]string{"Lathmoor Water>Harlow Creamery"}},
		{"a foundry accuses a shipyard (shipping)",
			"Kessa Foundry accused Brill Shipyard of refusing to pay for forty tonnes of steel plate.",
			[]string{"Kessa Foundry>Brill Shipyard"}},
		{"a brewery's director after the brewery spoke (health)",
			"Ostra Brewery rejected the inspectors' findings. Its managing director, Lena Vos, accused the Pell Health Board of testing the wrong tanks.",
			[]string{"Ostra Brewery>Pell Health Board"}},
		{"a dairy blames a water board (farming)",
			"Dunmere Dairy blamed the Pell Water Board for the flooding of its milking sheds.",
			[]string{"Dunmere Dairy>Pell Water Board"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestBlamedBothClosesSentence checks that "X blamed both companies."
// with nothing after blames each of the pair named before for the event
// reported, as "blamed both companies for the collapse" does.
func TestBlamedBothClosesSentence(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // side>accused of the accusations, in any order
	}{
		{"a union blames both rail companies",
			"A freight train left the rails near Dunmere on Monday. Norvale Rail runs the trains and Corran Track Services maintains the line. The Kelvan Railworkers' Federation blamed both companies.",
			[]string{"Kelvan Railworkers' Federation>Norvale Rail", "Kelvan Railworkers' Federation>Corran Track Services"}},
		{"a mining company blames both armed groups",
			"A convoy carrying copper ore was ambushed near Lesk. The Red Falcon Brigade and the Iron Hill Movement both patrol the road. Corran Metals blamed both groups.",
			[]string{"Corran Metals>Red Falcon Brigade", "Corran Metals>Iron Hill Movement"}},
		{"a hospital trust blames both insurers (health)",
			"Payments to the Pell clinic stopped in March. Ostra Insurance and Dovra Assurance Group share its patients. The Pell Hospital Trust blamed both insurers.",
			[]string{"Pell Hospital Trust>Ostra Insurance", "Pell Hospital Trust>Dovra Assurance Group"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestDatelineAgencyOfWords checks that a dateline whose wire service is
// named by several words ("(Northgate Wire)") places the copy in its
// state as a one-word service does, so that "the government" and a bare
// minister's title are that state's.
func TestDatelineAgencyOfWords(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // side>accused of the accusations, in any order
	}{
		{"the government after a clause (aviation)",
			"AMBRECHT, Ostmark, July 9 (Northgate Wire) - Ostmark's air force shot down a balloon over its northern border on Wednesday, and the government accused neighbouring Velland of sending the craft to photograph air bases.",
			[]string{"Ostmark>Velland"}},
		{"a minister by title alone (shipping)",
			"BRASK, Ostmark, May 3 (Atlas News Agency) - Transport Minister Ada Roen accused Selvik Shipping on Tuesday of hiding cracks in the hull of a ferry.",
			[]string{"Ostmark>Selvik Shipping"}},
		{"the government against an armed group (border clash)",
			"LESK, Velland, March 12 (Meridian Press) - Two soldiers were killed at a checkpoint, and the government blamed the Red Falcon Brigade for the attack.",
			[]string{"Velland>Red Falcon Brigade"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestItsOfficerAfterIntro checks that "its spokesman, NAME," after an
// adverbial that opens the sentence ("Within hours its spokesman …")
// ties the person to the body the sentence before opened with, also
// when the sentence is no speech of theirs and another body was quoted
// last.
func TestItsOfficerAfterIntro(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // side>accused of the accusations, in any order
	}{
		{"an armed group's spokesman posts a video (market shelling)",
			"Ostmark's army said it had not fired on Sunday.\n\nThe Red Falcon Brigade, which holds the northern ridge, was quick to respond. Within hours its spokesman, Dana Velez, posted a video on social media. He accused Ostmark of shelling the market.",
			[]string{"Red Falcon Brigade>Ostmark"}},
		{"a company's chief executive writes to staff (shipping)",
			"Dorrow Logistics said the crane had been inspected in May.\n\nSelvik Shipping took a day to reply. On Tuesday its chief executive, Lena Vos, wrote to staff. She accused Dorrow Logistics of overloading the crane.",
			[]string{"Selvik Shipping>Dorrow Logistics"}},
		{"a union's general secretary, after a comma (mining)",
			"Corran Metals said the shaft was safe.\n\nThe Lesk Miners' Union was slower to respond. In a letter to members, its general secretary, Tomas Reche, set out the union's case. He accused Corran Metals of ignoring gas alarms.",
			[]string{"Lesk Miners' Union>Corran Metals"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestAirlineCalledByTrade checks that "the airline" refers back to a
// company whose name ends in another word for its trade ("Veska
// Airways"), as it does to one named "… Airlines", so that it can be
// blamed.
func TestAirlineCalledByTrade(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // side>accused of the accusations, in any order
	}{
		{"an aviation directorate blames the airline",
			"BRASK, Ostmark, May 3 (Wirenews) - Selvik Airways said its captain had been told to land at Quillon. Ostmark's civil aviation directorate blamed the airline for putting its own passengers at risk.",
			[]string{"Ostmark>Selvik Airways"}},
		{"a leasing bank accuses the airline (finance)",
			"Norvale Airways said its fleet was fully paid for. Halvek Bank accused the airline of hiding six months of unpaid leases.",
			[]string{"Halvek Bank>Norvale Airways"}},
		{"a charity blames the airline (health cargo)",
			"Dorrow Airways flew the vaccines to Lesk in June. The Pell Medical Trust blamed the airline for the spoiled doses.",
			[]string{"Pell Medical Trust>Dorrow Airways"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestOfficerDeniesForOwnPeople checks that an officer saying "her
// pilots" or "his crews" did nothing wrong denies for the body she or he
// speaks for, as "the airline's pilots" does; another person between
// them keeps the words an assertion.
func TestOfficerDeniesForOwnPeople(t *testing.T) {
	tests := []struct {
		name, text, evidence string
		want                 graph.Kind
	}{
		{"an airline's chief executive and her pilots",
			"Ostmark's aviation directorate blamed Selvik Airways for the near miss. Selvik Airways chief executive Lise Granholm says her pilots did nothing wrong.",
			"did nothing wrong", graph.KindDenial},
		{"a shipping firm's director and his crews",
			"The port authority blamed Dorrow Shipping for the spill. Dorrow Shipping chief executive Piet Olden said his crews had not dumped any fuel.",
			"had not dumped any fuel", graph.KindDenial},
		{"a mining company's chief and her engineers",
			"Residents blamed Corran Metals for the cracked houses. Corran Metals chief executive Ada Roen said her engineers had not used explosives near the village.",
			"had not used explosives", graph.KindDenial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tt.evidence) {
					if c.Kind != tt.want {
						t.Errorf("%q is a %s, want %s:%s", c.Text, c.Kind, tt.want, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim with %q:%s", tt.evidence, describe(res.Claims))
		})
	}
}

// TestCouncillorTitle checks that a councillor's title before the name
// ("Councillor Ada Roen", "Cllr Ada Roen") is a title, as "Mayor" is,
// and no part of the speaker's name.
func TestCouncillorTitle(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a councillor accusing a health board",
			"Councillor Ada Roen, who chairs the district's health committee, accused the Pell Health Board of wasting vaccine doses.",
			"wasting vaccine doses", "Ada Roen", ""},
		{"a councilor accusing a developer (housing)",
			"Councilor Tomas Reche said Dorrow Developments had ignored flood warnings when it built the estate.",
			"ignored flood warnings", "Tomas Reche", ""},
		{"an alderman on an election count",
			"Alderman Lena Vos said the Civic Accord had moved ballot boxes before the count.",
			"moved ballot boxes", "Lena Vos", ""},
		{"the abbreviated title, a council leader on a depot fire",
			"Harrowby Borough Council blamed Fenwick Waste for the fire at the Dunmoor depot.\n\n" +
				"Cllr Nadia Brooke, who leads the council, said the operator had ignored two warnings.",
			"ignored two warnings", "Nadia Brooke", "Harrowby Borough Council"},
		{"the abbreviated title with its dot, on a landlord (housing)",
			"Cllr. Priya Nandra said Selbrook Homes had ignored damp reports from tenants for two winters.",
			"Cllr. Priya Nandra said", "Priya Nandra", ""},
	})
}
