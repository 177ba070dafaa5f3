package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestBodyKindNames checks that an organisation named with the noun of
// its kind, before its name ("the protest group Keep Harrow Green") or
// in apposition after it ("Dunrow Aid, the medical charity that runs
// the clinic,"), is what the article later calls by that noun: "the
// group", "the charity" speak for it; and, the guard, that "the group"
// is the body so described, not a firm named after it.
func TestBodyKindNames(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a protest group, the noun before the name",
			"A quarry worker was hurt on Monday. In a statement, the protest group Keep Harrow Green said it had not blocked the road. The group denied any part in the blast.",
			"The group denied any part", "Keep Harrow Green", "Keep Harrow Green"},
		{"a charity in apposition, with a relative",
			"Cholera has spread in the Orvel camp. Dunrow Aid, the medical charity that runs the clinic, says the ministry cut water deliveries. The charity also says its trucks were held at a checkpoint.",
			"its trucks were held", "Dunrow Aid", "Dunrow Aid"},
		{"a union named by its members' possessive",
			"The mine at Kessel closed on Friday. The dockers' union Fair Harbour said the owners had cut pay. The union also said two of its members had been sacked.",
			"two of its members had been sacked", "Fair Harbour", "Fair Harbour"},
		{"an aid agency, the noun before the name",
			"Gunmen stopped a convoy near Kessel on Sunday. The aid agency Corvel International said its drivers were held for nine hours. The agency also said two lorries were looted.",
			"two lorries were looted", "Corvel International", "Corvel International"},
		{"an aid agency at a summary's bullet, with no article",
			"Convoy held near Kessel\n\n- Aid agency Corvel International says its drivers were held for nine hours\n\nGunmen stopped the convoy on Sunday. The agency said two lorries were looted.",
			"two lorries were looted", "Corvel International", "Corvel International"},
		{"the group so described, not a firm named after it",
			"In a statement, the miners' group Save Orlen Valley said the river had turned brown. Maris Freight, which runs the barges, said the company had done nothing wrong. The group denied blocking the road.",
			"The group denied blocking", "Save Orlen Valley", "Save Orlen Valley"},
	})
}

// TestPairKindSentenceBefore checks that "each … the other" after a
// sentence naming "the two groups" are those two groups, not the aid
// body between them that the article names more often.
func TestPairKindSentenceBefore(t *testing.T) {
	checkAccusations(t,
		"Gunmen seized three drivers of the relief charity Dunrow Aid near Kessel. The Black Ridge Brigade blamed the Sarn Front for the raid. "+
			"Dunrow Aid said it had stopped its convoys. Dunrow Aid said its drivers were unharmed.\n\n"+
			"Traders say raids have grown since the two groups fell out over the bridge. Each has accused the other of seizing trucks to raise money.",
		[]string{"Black Ridge Brigade>Sarn Front", "Black Ridge Brigade>Sarn Front", "Sarn Front>Black Ridge Brigade"})
}

// TestBodyCalledByItsNouns checks that a body named whole and then
// called by the nouns of its name is that body speaking: a state's
// agency by its head noun ("the directorate", "the civil aviation
// directorate"), a company by a later word of its name ("the airport",
// "the airport company"), an Airways or Airlines as "the airline";
// and, the guard, that a name's first word is no such noun.
func TestBodyCalledByItsNouns(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a state's directorate, by its head",
			"Carvonian fighter jets forced down a Vellani airliner. Carvonia's civil aviation directorate says the crew asked to land. \"The captain decided,\" the directorate said in a short statement.",
			"The captain decided", "Carvonian government", "Carvonia"},
		{"a state's directorate, by its nouns",
			"Carvonian fighter jets forced down a Vellani airliner. Carvonia's civil aviation directorate says the crew asked to land. Later the civil aviation directorate said the crew had ignored three instructions.",
			"ignored three instructions", "Carvonian government", "Carvonia"},
		{"an airline",
			"A Selvane Airways jet hit a fuel truck at Orsk. Selvane Airways said the truck should not have been there. The Orsk Airport Company said the truck had its lights on. The airline says its pilots were cleared to land.",
			"its pilots were cleared", "Selvane Airways", "Selvane Airways"},
		{"an airport company, by two words of its name",
			"Orsk Airport Company says the runway was closed. Selvane Airways blamed it for the crash. The airport company said the radar had been working.",
			"the radar had been working", "Orsk Airport Company", "Orsk Airport Company"},
		{"a mine, by one word of its name",
			"Tessel Mine Holdings said the shaft was safe. The union disagreed. The mine says the inspectors signed it off in May.",
			"the inspectors signed it off", "Tessel Mine Holdings", "Tessel Mine Holdings"},
	})
	// guards: a news agency is a medium, and the end of a longer name
	// described in apposition is no body of its own
	checkSpeaker(t, "Gunmen stopped a convoy near Kessel. The news agency Kelvo Press reported that two lorries were looted. The agency said the drivers were unharmed.", "", "", "",
		func(c graph.Claim) bool { return c.Speaker == "Kelvo Press" || c.Side == "Kelvo Press" })
	checkSpeaker(t, "Ostmark Citizenship and Residence Services, the agency that runs the visa scheme, said it had found no fraud.", "", "", "",
		func(c graph.Claim) bool { return c.Side == "Residence Services" })
	checkSpeaker(t, "Harbour Freight said the quay was safe. Dockers disagreed. The harbour says the ships left on time.", "", "", "",
		func(c graph.Claim) bool {
			return c.Speaker == "Harbour Freight" && strings.Contains(c.Text, "ships left")
		})
}

// TestBodyNounAccused checks that "Its chief executive" at a sentence's
// start is of the body the sentence before opened with ("The airport
// company has hit back."), though that body did not speak and another
// spoke last, and though the article calls it by words of its name.
func TestBodyNounAccused(t *testing.T) {
	checkAccusations(t,
		"Selvane Airways and Orsk Airport Company blame each other for the runway collision. Selvane Airways has issued a statement. It says its pilots were cleared to land. "+
			"The airport company has hit back. Its chief executive, Mara Quell, accused Selvane of rushing to blame others.",
		[]string{"Selvane Airways>Orsk Airport Company", "Orsk Airport Company>Selvane Airways", "Orsk Airport Company>Selvane Airways"})
}

// TestPlaceFirst checks that people described by where they are speak
// as news names them again, the place first ("the Orsk valley
// farmers"); and, the guard, that people "of" an event keep their
// phrase.
func TestPlaceFirst(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a valley, after in the",
			"Radiation was measured near the border on Monday. Farmers in the Orsk valley said they had been told not to sell milk.",
			"they had been told not to sell milk", "Orsk valley farmers", ""},
		{"a town, after of",
			"Gunmen seized three drivers on Tuesday. Residents of Tesk say raids on the road have become more common.",
			"raids on the road", "Tesk residents", ""},
		// people of a trade at a firm named whole speak as the firm, as
		// the gold sets label them (heldout80, 108, 134)
		{"a bank, after at",
			"The central bank raised rates on Thursday. Economists at Halvor Bank said the rise had come too late.",
			"the rise had come too late", "Halvor Bank", "Halvor Bank"},
		{"a village described in apposition",
			"Tessel Mining said the drill was safe. Residents of Ombel, the village closest to the site, said the trucks had been running at night.",
			"the trucks had been running at night", "Ombel residents", ""},
		{"a port town described in apposition",
			"The ferry line blamed the storm. Dockers at Varn, a port on the northern coast, said the cranes had been left unsecured.",
			"the cranes had been left unsecured", "Varn dockers", ""},
		{"officials in a town, anonymous",
			"Gunmen seized three drivers near Tesk. Local officials in Tesk, who asked not to be named for fear of reprisals, said they believed the gunmen came from the hills.",
			"the gunmen came from the hills", "Tesk local officials", ""},
		{"guard: of an event",
			"Shelling resumed near the lake on Friday. Mediators of the Lake Varn talks said both armies had broken the truce.",
			"both armies had broken the truce", "Mediators of the Lake Varn talks", ""},
	})
}

// TestDemonymNoShortForm checks that a state's demonym opening a body's
// name ("the Carvonian Radiation Safety Authority") is no short form of
// that body: "Carvonian officials, speaking on condition of anonymity,"
// speak for the state, not for the authority.
func TestDemonymNoShortForm(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"anonymous officials after the state's authority",
			"Carvonia accused neighbouring Vellan on Monday of hiding a radiation leak. The Carvonian Radiation Safety Authority said its stations had measured high readings. Vellan denied it. " +
				"Carvonian officials, speaking on condition of anonymity, said air samples had been flown to a laboratory.",
			"air samples had been flown", "Carvonian government", "Carvonia"},
		{"officials after the state's port board",
			"Ostrel blamed neighbouring Marvia for the collision. The Ostrelian Port Safety Board said the tanker had ignored a warning. " +
				"Ostrelian officials, who asked not to be named, said the tanker's radar had been switched off.",
			"the tanker's radar had been switched off", "Ostrelian government", "Ostrel"},
	})
}

// TestTiedSources checks that unnamed people described by their tie to
// a body ("people familiar with the agency's review", "people close to
// the company") speak as so described, on that body's side, not as the
// body; that "they" after them is them; and that "close", a verb too,
// does not end the phrase.
func TestTiedSources(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"familiar with a body's review",
			"The Orsk Anti-Doping Agency has said little. People familiar with the agency's review said the intake form records a broken seal.",
			"the intake form records", "People familiar with the agency's review", "Orsk Anti-Doping Agency"},
		{"they after them",
			"The Orsk Anti-Doping Agency has said little. People familiar with the agency's review said the intake form records a broken seal. But they cautioned that such marks are often made in error.",
			"such marks are often made", "People familiar with the agency's review", "Orsk Anti-Doping Agency"},
		{"close to a company",
			"Voltan Mobility said the fires were not its fault. People close to the company say the board is trying to scare investors.",
			"the board is trying", "People close to the company", "Voltan Mobility"},
		{"sources close to a mine's owner",
			"Tessel Mine Holdings said the shaft was safe. Sources close to the company said the inspectors had been paid off.",
			"the inspectors had been paid off", "Sources close to the company", "Tessel Mine Holdings"},
	})
}

// TestUnownedSpokesman checks that "A spokesman said" after a sentence
// that opened with a body is that body's spokesman, on its side; and,
// the guard, that a spokesman whose body the phrase names keeps it.
func TestUnownedSpokesman(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"after the body's sentence",
			"The Orsk Anti-Doping Agency, which tests the riders, has said little. A spokesman said the agency had received the documents.",
			"the agency had received the documents", "Orsk Anti-Doping Agency spokesman", "Orsk Anti-Doping Agency"},
		{"a spokeswoman after a mining company",
			"Tessel Mine Holdings has not commented on the flood. A spokeswoman said the pumps had been checked in May.",
			"the pumps had been checked", "Tessel Mine Holdings spokeswoman", "Tessel Mine Holdings"},
		{"guard: the body named in the phrase",
			"Tessel Mine Holdings has not commented on the flood. A spokeswoman for the Orsk Water Board said the river had risen overnight.",
			"the river had risen overnight", "Orsk Water Board", "Orsk Water Board"},
	})
}

// TestIntroWithReportingNoun checks that an opening phrase holding a
// reporting word used as a noun after an article ("In a post on social
// media", "In a comment to reporters") still lets the subject after it
// speak.
func TestIntroWithReportingNoun(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a post",
			"Governor Lena Ostrova appealed for calm on Tuesday. In a post on social media she said looting would be punished.",
			"looting would be punished", "Lena Ostrova", ""},
		{"a comment",
			"Harbour master Piet Varga inspected the quay on Monday. In a comment to reporters he said the ferry had left without clearance.",
			"the ferry had left without clearance", "Piet Varga", ""},
	})
}

// TestDenialThatThenSaying checks that a denial with a clause of its own
// ("denied that the crossings had been cut") and a participle after it
// (", saying two boats had been damaged") are two statements, two
// claims; and, the guard, that a denial of an account with its reason
// ("rejected that account, saying …") stays one.
func TestDenialThatThenSaying(t *testing.T) {
	tests := []struct {
		name, text string
		claims     int
	}{
		{"a minister's denial, then why",
			"Ferry row\n\nTransport Minister Ola Brenn denied that ferry crossings had been cut for political reasons, saying two boats had been damaged in the storm.", 2},
		{"a company's denial, then why",
			"River row\n\nTessel Mining denied that it had dumped waste in the river, saying the water had been brown for years.", 2},
		{"a claim that … rejected, then why",
			"Border row\n\nDeputy Minister Hana Voss rejected the claim that border guards had let anyone near the dam, saying the zone was patrolled every hour.", 2},
		{"guard: an account rejected, with its reason",
			"Strike row\n\nThe union's spokeswoman, Ida Rell, rejected that account, saying the first letter it received came after the strike.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			if len(res.Claims) != tt.claims {
				t.Errorf("got %d claims, want %d:%s", len(res.Claims), tt.claims, describe(res.Claims))
			}
		})
	}
}

// TestDeniedPerfectOfEventVerb checks that "denied that X had <event
// verb>ed …" is a denial when the lexicon knows the participle only as
// an event's verb ("had contaminated").
func TestDeniedPerfectOfEventVerb(t *testing.T) {
	tests := []struct {
		name, text string
		kind       graph.Kind
	}{
		{"had contaminated", "River row\n\nTessel Mining denied that its copper mine had contaminated the river.", graph.KindDenial},
		{"a breach had contaminated", "River row\n\nTessel Mining on Tuesday denied that a breach at its Orlen copper mine had contaminated drinking water downstream.", graph.KindDenial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			if len(res.Claims) == 0 || res.Claims[0].Kind != tt.kind {
				t.Errorf("want a first claim of kind %s:%s", tt.kind, describe(res.Claims))
			}
		})
	}
}

// TestCharityNamedByWhatItGives checks that a charity whose name ends in
// what it gives ("Dunrow Aid", "Tessel Relief") is "the charity" after
// it (anaphora, in a trailing attribution too), and "a medical charity"
// in a lead that names it in the sentences after (cataphora); and, the
// guards, that with two such charities neither noun is resolved, and
// that a charity is never one of the two sides "both sides" accuses.
func TestCharityNamedByWhatItGives(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"the charity, after its name, at the sentence's end",
			"Police cleared a camp in Orvel on Monday. Dunrow Aid said its doctors had treated 80 people. Many of them had broken fingers, the charity said.",
			"broken fingers", "Dunrow Aid", "Dunrow Aid"},
		{"the charity, after its name, opening the sentence",
			"Police cleared a camp in Orvel on Monday. Tessel Relief said its doctors had treated 80 people.\n\nThe charity said several of them were children.",
			"several of them were children", "Tessel Relief", "Tessel Relief"},
		{"a medical charity in the lead, named in the next paragraph",
			"A medical charity has accused Vardenia's police of beating migrants at the border, allegations the interior ministry has denied.\n\nIn a report on Tuesday, Dunrow Aid said its teams had treated 80 people.",
			"beating migrants", "Dunrow Aid", "Dunrow Aid"},
	})
	// guard: a body its name calls an aid, which the article calls a
	// state agency, is no charity
	checkSpeaker(t, "A children's charity has accused the Vardenian government of balancing the books on the backs of poor families.\n\n"+
		"Orvel Trust said the cuts to family courts would leave thousands of parents without help. Dorvel Legal Aid, the state agency that pays for lawyers, said the cuts had been ordered by the Finance Ministry.",
		"", "", "", func(c graph.Claim) bool {
			return strings.Contains(c.Text, "balancing the books") && c.Side == "Dorvel Legal Aid"
		})
	two := "A medical charity has accused Vardenia's police of beating migrants at the border.\n\nDunrow Aid said its teams had treated 80 people. Tessel Relief said it had seen the same. Many of them were children, the charity said."
	checkSpeaker(t, two, "", "", "", func(c graph.Claim) bool {
		return (strings.Contains(c.Text, "beating migrants") || strings.Contains(c.Text, "were children")) && c.Side != ""
	})
	checkAccusations(t,
		"Dunrow Aid said its clinic in Orvel had treated 40 wounded. The charity said the shelling had gone on all night, and the charity said its staff were unhurt. "+
			"Vardenian forces and the Sarn Front have fought over the hills since March. Both sides have been accused by monitors of shelling villages.",
		[]string{">Sarn Front", ">Vardenia"}) // monitors, on no side
}

// TestBodyCalledByOwnerAndKind checks that a body first called by its
// place or owner and its kind ("Tessel regulator" in a headline,
// "Tessel's drug regulator" in the lead) and named after (the Tessel
// Medicines Authority) is that body, that "the regulator" is it too,
// and that a company a headline shortens to its first word ("Orsk") is
// the company the article names whole ("Orsk Biotherapeutics"); and,
// the guards, that with two bodies of the kind, or two names beginning
// with the short one, nothing is resolved.
func TestBodyCalledByOwnerAndKind(t *testing.T) {
	const title = "Tessel regulator accuses Orsk of hiding liver injuries in trial; company denies"
	const art = "Shares of Orsk Biotherapeutics fell 20% on Thursday after Tessel's drug regulator accused the company of concealing side effects from a trial of its asthma drug.\n\n" +
		"The Tessel Medicines Authority said an inspection had found nine cases of liver injury that were left out of the filing. According to the regulator, the cases were later reclassified by the company.\n\n" +
		"Orsk rejected the allegation. In a statement, the company said every adverse event had been reported in full."
	runSpeakerRows(t, []speakerRow{
		{"the owner's kind in the lead", art, "concealing side effects", "Tessel Medicines Authority", "Tessel Medicines Authority"},
		{"the regulator, after its name", art, "later reclassified", "Tessel Medicines Authority", "Tessel Medicines Authority"},
		{"the company, named whole", art, "reported in full", "Orsk Biotherapeutics", "Orsk Biotherapeutics"},
	})
	checkAccusations(t, "Orsk shares slide after review halted\n\n"+title+"\n\n"+art, []string{"Tessel Medicines Authority>Orsk Biotherapeutics", "Tessel Medicines Authority>Orsk Biotherapeutics"})
	two := strings.Replace(art, "According to the regulator,", "The Tessel Competition Commission opened its own inquiry. According to the regulator,", 1)
	checkSpeaker(t, two, "later reclassified", "regulator", "", nil)
	twoNames := strings.Replace(art, "Orsk rejected the allegation.", "Orsk Shipping, which carries the drug, declined to comment. Orsk rejected the allegation.", 1)
	res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte("Orsk shares slide after review halted\n\n" + title + "\n\n" + twoNames)})
	found := false
	for _, c := range res.Claims {
		if strings.Contains(c.Text, "hiding liver injuries") {
			found = true
			if c.Subject != "Orsk" {
				t.Errorf("headline's Orsk, beside two bodies named so, taken for %q:%s", c.Subject, describe(res.Claims))
			}
		}
	}
	if !found {
		t.Errorf("no headline claim:%s", describe(res.Claims))
	}
}

// TestRegulatorFitsBody checks, the guards of owner-and-kind naming,
// that "the regulator" is no body that merely runs something (a port
// authority beside a fined water company), and that a field word before
// "regulator" must fit the body's name ("drug" fits "Medicines", not
// "Broadcasting").
func TestRegulatorFitsBody(t *testing.T) {
	portAuth := "Morrow Water was fined 2 million crowns on Monday for letting slurry into the river Abb.\n\n" +
		"The Dunhaven Port Authority said the slurry had closed its mussel beds for a month.\n\n" +
		"The regulator said the company had failed to report eleven of the leaks."
	checkSpeaker(t, portAuth, "failed to report eleven", "regulator", "", nil)
	// guard: a body the article calls a company is no regulator, though
	// its name holds a regulator's field ("Energy")
	stateCompany := "The Orvel Energy Agency, the state-owned power company, raised household prices by 12 percent on Monday.\n\n" +
		"The regulator said the rise was too steep and would be reviewed."
	checkSpeaker(t, stateCompany, "too steep", "regulator", "", nil)
	broadcast := "Astrel's drug regulator ordered Pellam Labs on Tuesday to recall a batch of cough syrup.\n\n" +
		"The regulator said the syrup had been bottled at a plant in Ruvo.\n\n" +
		"The Astrel Broadcasting Authority, meanwhile, said it had received 90 complaints about a Pellam Labs advert."
	checkSpeaker(t, broadcast, "", "", "", func(c graph.Claim) bool {
		return c.Side == "Astrel Broadcasting Authority" && !strings.Contains(c.Text, "90 complaints")
	})
	// the gains kept: the field word's alias fits, and the bare noun
	// then is the body it named
	medicines := strings.Replace(broadcast, "Astrel Broadcasting Authority, meanwhile,", "Astrel Medicines Agency", 1)
	checkSpeaker(t, medicines, "bottled at a plant", "Astrel Medicines Agency", "Astrel Medicines Agency", nil)
}

// TestBodyByModifiedKind checks that a speaker described by a body's
// kind after its modifiers ("The election commission says", "the
// pipeline's operator blamed") is the one body of that kind the article
// names; and, the guards, that with two such bodies, or with a noun any
// group takes ("the country's largest gun group"), it stays described.
func TestBodyByModifiedKind(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"an election commission, named before",
			"Fires destroyed three ballot boxes in Tessa on Sunday. The Central Election Commission opened an inquiry on Monday.\n\nThe election commission says it will decide on Friday whether the vote is repeated.",
			"whether the vote is repeated", "Central Election Commission", "Central Election Commission"},
		{"a ruling party, named before",
			"Fires destroyed three ballot boxes in Tessa. The Unity and Progress Party won the vote by a wide margin.\n\nThe ruling party said the fires were set by outsiders.",
			"set by outsiders", "Unity and Progress Party", "Unity and Progress Party"},
		{"a province's grid operator, named after as the operator, beside a software firm",
			"Power failed across Kessa on Monday after what the province's grid operator described as a \"coordinated intrusion\".\n\n" +
				"The operator, Kessa Power Distribution, said crews had reconnected a fifth of homes. Orsk Labs, a security firm, said the malware was new.",
			"coordinated intrusion", "Kessa Power Distribution", "Kessa Power Distribution"},
		{"a pipeline's operator, named after",
			"An explosion tore through the Orsk pipeline on Monday, and the pipeline's operator blamed rebels of the Black Ridge Front.\n\nThe Kelvan Pipeline Company said repairs would take two weeks.",
			"blamed rebels", "Kelvan Pipeline Company", "Kelvan Pipeline Company"},
	})
	checkSpeaker(t, "Fires destroyed three ballot boxes in Tessa. The Unity and Progress Party and the Free Tessa Party blamed each other.\n\nThe ruling party said the fires were set by outsiders.",
		"set by outsiders", "ruling party", "", nil)
	// guard: the one party named is the opposition, not the ruling party
	checkSpeaker(t, "The Free Tessa Party, the main opposition party, accused the government of burning ballot boxes in Orsk.\n\nThe ruling party said the fires were set by outsiders.",
		"set by outsiders", "ruling party", "", nil)
	// guards: the words before the noun fit no body the article names
	checkSpeaker(t, "Fires destroyed three ballot boxes in Tessa. The Velmark Human Rights Commission said observers had been barred.\n\nThe election commission said the count had been checked twice.",
		"checked twice", "election commission", "", nil)
	checkSpeaker(t, "The National Unity Party won the vote in Tessa by a wide margin.\n\nThe opposition party said it had video of officials handing out cash.",
		"handing out cash", "opposition party", "", nil)
	// guard: a body is not its own accuser
	checkSpeaker(t, "A medical charity has accused the state agency Orsk Relief of hoarding tents meant for flood victims.\n\nThe floods displaced 40,000 people.",
		"", "", "", func(c graph.Claim) bool {
			return strings.Contains(c.Text, "hoarding tents") && (c.Speaker == "Orsk Relief" || c.Side == "Orsk Relief")
		})
	checkSpeaker(t, "Gunmen killed nine people at a school in Orsk. The Safe Schools Group called for a ban on rifles.\n\nThe country's largest gun group said the ban would not have saved anyone.",
		"", "", "", func(c graph.Claim) bool {
			return strings.Contains(c.Text, "would not have saved") && c.Side == "Safe Schools Group"
		})
}
