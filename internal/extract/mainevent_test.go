package extract

import "testing"

// TestMainEvent checks that a side aspect the parties blame each other
// for (the violence before a fire, the delay after a collision) is
// filed under the incident the headline reports, with the claims that
// name it.
func TestMainEvent(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"violence before a fire", "Grain warehouse burned at Pellam docks: Norrin Freight and dockers' union blame each other",
			"A warehouse was burned at Pellam docks overnight, and Norrin Freight and the dockers' union are blaming each other for the violence that came before the fire. " +
				"Norrin Freight accused the union of setting the warehouse alight. The union blamed Norrin Freight's guards for the violence, saying they beat its pickets.",
			[]string{"warehouse burning", "warehouse burning"}},
		{"delay after a collision", "Ferry and tug collide in Osterhaven harbour; operator and port blame each other",
			"A Brenmar Lines ferry collided with a tug in Osterhaven harbour on Friday. Brenmar Lines blamed the port authority for the delay in sending rescue boats. " +
				"The port authority blamed the ferry's crew for the delay, saying they had ignored its radio calls.",
			[]string{"harbour collision", "harbour collision"}},
		{"violence after a shelling", "Central market shelled in Dovrany: Kestria and Dravonia trade blame",
			"Shells struck the central market in Dovrany on Sunday. Kestria and Dravonia blamed each other for the violence that followed. " +
				"Kestria accused Dravonian gunners of firing on the market. Dravonia blamed Kestrian troops for the violence, saying they had fired first.",
			[]string{"market shelling", "market shelling", "market shelling", "market shelling"}},
		// a headline with no incident: the first paragraph's
		{"delay after a crash, the lead's", "Airline and airport trade blame at Pellam",
			"A Norvan Air cargo jet crashed on landing at Pellam on Monday, and the airline and the airport are blaming each other for the delay in reaching the wreck.\n\n" +
				"Norvan Air blamed the airport's fire crews for the delay. The airport blamed the airline's pilots for the delay.",
			[]string{"jet crash", "jet crash"}},
		{"shortage after a recall, the lead's", "Clinics empty as drug maker and regulator feud",
			"The recall of 90,000 doses of an asthma drug has left clinics empty, with Orvel Pharma and the Kestrian drug agency blaming each other for the shortage.\n\n" +
				"Orvel Pharma blamed the agency for the shortage. The agency blamed Orvel Pharma for the shortage.",
			[]string{"drug recall", "drug recall"}},
		// guards: a headline that reports no incident keeps the blamed
		// topic; one the headline names is no aspect
		{"no incident", "Kestria and Dravonia trade blame over border unrest",
			"Kestria and Dravonia blamed each other for the violence on Sunday. Kestria blamed Dravonian troops for the violence.",
			[]string{"violence", "violence", "violence"}},
	})
}

// TestFiredOn checks that "fired on" names a shooting by what was
// fired on, in a headline too, and that other firing names none.
func TestFiredOn(t *testing.T) {
	tests := []struct {
		text string
		want string // the document topic
	}{
		{"Velland said Ostmark gunboats fired on the ferry near the reef.", "ferry shooting"},
		{"The Halvik airline said soldiers had fired on the cargo plane as it landed.", "plane shooting"},
		{"The miners' union said guards fired on the picket line outside the pit.", "picket line shooting"}, // a line by its kind (lineKind)
		// guards: firing a person, and firing on all cylinders
		{"Velland said the Ostmark company fired the manager after the audit.", "general"},
		{"Velland said its economy was firing on all cylinders.", "general"},
	}
	for _, tt := range tests {
		checkFirstTopic(t, tt.text, tt.want)
	}
	runTopicRows(t, []topicRow{
		{"headline", "Keldor says Brannish border guards fired on tanker; Brannmark denies it",
			"Keldor said Brannish guards had fired on the tanker. Brannmark said its guards fired warning shots.",
			[]string{"tanker shooting", "tanker shooting"}},
	})
}

// TestSameIncident checks that an incident of the article's kind the
// body names by another noun is one side's account of the article's
// incident, not a second one.
func TestSameIncident(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"shooting", "Striking miner shot at Orvel pit as company and union trade blame",
			"A miner was shot at the Orvel pit on Monday.\n\nThe union said company guards had fired on the picket line. " +
				"The company said pickets shot a guard first.",
			[]string{"miner shooting", "miner shooting"}},
		{"strike", "Shelling hits Dovrany hospital; Kestria and Dravonia trade blame",
			"Shells struck the Dovrany hospital on Sunday.\n\nKestria said Dravonian guns had struck the hospital. " +
				"Dravonia said Kestrian rockets had struck the ammunition depot beside it.",
			[]string{"hospital shelling", "hospital shelling"}},
	})
}

// TestHeadlineBlamedIncident checks that the incident a headline blames
// on someone is the dispute over the cause one side names more often,
// when the body still names the incident after the lead.
func TestHeadlineBlamedIncident(t *testing.T) {
	runTopicRows(t, []topicRow{
		// a service outage is what the hack did, whichever the body
		// names after the lead (outageOfHack); a blackout is an event
		// of its own
		{"hospital outage", "Orvel health board blames Kestrian hackers for hospital outage",
			"The Orvel health board said on Monday that a cyberattack by Kestrian hackers shut its hospital systems for three days.\n\n" +
				"The board said the cyberattack had been prepared for months. Kestria said the board was using the outage to hide its own neglect.",
			[]string{"cyberattacks", "cyberattacks", "cyberattacks"}},
		{"grid blackout", "Halvik blames Dravonian hackers for regional blackout",
			"Halvik said on Friday that Dravonian hackers had caused a cyberattack that cut power to the north.\n\n" +
				"The energy minister said the hackers had planted malware in the grid. Dravonia said Halvik was blaming it for the blackout to cover years of neglect.",
			[]string{"regional blackout", "regional blackout", "regional blackout"}},
		// guard: a harm only the headline and lead name is the
		// headline's word for what the article calls the attack
		{"outage named only in the lead", "Orvel health board blames Kestrian hackers for hospital outage",
			"The Orvel health board said on Monday that a cyberattack by Kestrian hackers shut its hospital systems for three days.\n\n" +
				"The board said the cyberattack had been prepared for months. Kestria said the board was lying.",
			[]string{"cyberattacks", "cyberattacks", "cyberattacks"}},
		// guard: a longer word that starts with the incident's noun
		// ("leaked") does not name it after the lead
		{"leak named only in the lead", "Orvel health board blames Kestrian hackers for patient data leak",
			"The Orvel health board said on Monday that a cyberattack by Kestrian hackers exposed its patient records.\n\n" +
				"The board said the cyberattack had been prepared for months. Kestria said the board leaked the records itself.",
			[]string{"cyberattacks", "cyberattacks", "cyberattacks"}},
	})
}

// TestNeutralName checks that an incident the lead names by one side's
// version takes the neutral noun the article refers back to it with.
func TestNeutralName(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"spill", "Pellam council accuses Norrin Chemicals of poisoning canal",
			"The Pellam council accused Norrin Chemicals on Monday of poisoning the canal with solvent.\n\n" +
				"Norrin Chemicals said the spill came from a passing barge.",
			[]string{"canal spill", "canal spill"}},
		{"collision", "Ostmark says Velland trawler tried to ram its patrol boat",
			"Ostmark said on Friday that a Velland trawler had tried to ram its patrol boat near the reef.\n\n" +
				"Velland said the collision was the fault of the Ostmark crew.",
			[]string{"boat collision", "boat collision"}},
		// the noun found past a longer word that starts with it
		{"spill after spillway", "Pellam council accuses Norrin Chemicals of poisoning canal",
			"The Pellam council accused Norrin Chemicals on Monday of poisoning the canal with solvent.\n\n" +
				"Norrin Chemicals said the spillway gates were shut and the spill came from a passing barge.",
			[]string{"canal spill", "canal spill"}},
		// guard: no neutral noun after the lead
		{"no neutral noun", "Pellam council accuses Norrin Chemicals of poisoning canal",
			"The Pellam council accused Norrin Chemicals on Monday of poisoning the canal with solvent.\n\n" +
				"Norrin Chemicals said a passing barge was to blame.",
			[]string{"canal poisoning", "canal poisoning"}},
	})
}

// TestFirstNeutralHead holds firstNeutralHead's one pass to the hasWords
// scans it replaced: each head in order, with each determiner.
func TestFirstNeutralHead(t *testing.T) {
	plain := func(body string) string {
		for _, h := range neutralHeads {
			for _, det := range [...]string{"the ", "The ", "this ", "This "} {
				if hasWords(body, det+h) {
					return h
				}
			}
		}
		return ""
	}
	for _, body := range []string{
		"",
		"The refinery said the leak was contained before the spill reached the bay.",
		"Engineers traced this leak to a valve; the firefighters arrived later.",
		"Inspectors blamed the fireworks, not the fire.",
		"Breathe spill and soothe crash are no phrases; the crashes were minor.",
		"This collision, the pilots' union said, was avoidable. The shooting came after.",
		"the spill",
		"Marthe leak: the\nspill, the  blast, then the explosion-proof doors held.",
		"Thethe fire. th",
		"The explosión and the blast.",
		"Other fire crews and this crash",
	} {
		if got, want := firstNeutralHead(body), plain(body); got != want {
			t.Errorf("firstNeutralHead(%q) = %q, want %q", body, got, want)
		}
	}
}
