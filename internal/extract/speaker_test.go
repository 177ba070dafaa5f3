package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

func TestTitleGender(t *testing.T) {
	tests := []struct {
		role string
		want byte
	}{
		{"Mr.", 'm'},
		{"MR", 'm'},
		{"Defence Minister", 0},
		{"Princess", 'f'},
		{"Queen Consort", 'f'},
		{"Ms", 'f'},
		{"former Prime Minister Mrs.", 'f'},
		{"Sir", 'm'},
		{"Mıss", 0}, // dotless i: not ASCII, lowered by strings.ToLower, no title
		{"ÉMINENCE", 0},
		{"Spokeswoman", 0}, // over eight bytes: skipped
		{"", 0},
	}
	for _, tt := range tests {
		if got := titleGender(tt.role); got != tt.want {
			t.Errorf("titleGender(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// TestRoleGender: a role's own noun gives a gender, a relative's does
// not ("whose brother died": the person may be a woman).
func TestRoleGender(t *testing.T) {
	tests := []struct {
		role string
		want byte
	}{
		{"whose brother died in the blast", 0},
		{"her father's lawyer", 0},
		{"a mother of three", 'f'},
		{"the brother of the missing pilot", 'm'},
		{"police spokeswoman", 'f'},
	}
	for _, tt := range tests {
		if got := roleGender(tt.role); got != tt.want {
			t.Errorf("roleGender(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// TestSpeakerReferences checks the ways news prose names a speaker again
// after introducing them, each a row that failed before this pass: an
// organisation by the first word(s) of its name, a person by their age,
// an office quoted inside a paragraph about another body, and the
// answers of an interview printed as "Q:"/"A:" lines; guard rows keep
// what must not change.
func TestSpeakerReferences(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name     string
		text     string
		evidence string // a piece of the claim's text; "" when no claim may hold want's speaker
		speaker  string
		side     string
	}{
		{"a sentence opening with a time of day names no speaker",
			dl + "Late on Monday, Ostmark's transport minister, Ilse Varga, said the bridge would reopen.",
			"bridge would reopen", "Ilse Varga", "Ostmark"},
		{"a sentence opening with an early hour names no speaker",
			dl + "Early on Friday, Ostmark's transport minister, Ilse Varga, said the bridge would reopen.",
			"bridge would reopen", "Ilse Varga", "Ostmark"},
		{"guard: a surname Early is still a name",
			dl + "Marta Early, a bridge engineer, said the bridge would reopen.\n\nEarly said the cables were sound.",
			"cables were sound", "Marta Early", ""},
		{"guard: the late minister's daughter",
			dl + "The late minister's daughter, Ilse Varga, said the bridge would reopen.",
			"bridge would reopen", "Ilse Varga", ""},
		{"it after a sentence opened by a description and a body's name in apposition is that body",
			dl + "Goldspoon Meals said the council cut the budget.\n\nThe pilots' union, the Harbour Pilots' Guild, backs the company's account.\n\nIt says its members flagged faulty radios in May.",
			"faulty radios", "Harbour Pilots' Guild", "Harbour Pilots' Guild"},
		{"guard: it after a description with no name in apposition",
			dl + "The Tarnwick Town Council said the radios were new.\n\nThe pilots' union, which has 400 members, backs the council's account.\n\nIt says its members flagged faulty radios in May.",
			"faulty radios", "Tarnwick Town Council", "Tarnwick Town Council"},
		{"a company by its first word",
			dl + "Ostmark's transport ministry accused Brenmark Construction of cutting crane inspections.\n\nBrenmark rejected the account on Tuesday, saying its engineers had checked the crane twice.",
			"rejected the account", "Brenmark Construction", "Brenmark Construction"},
		{"a company by its first word after 'the' and a long name",
			dl + "The Norvale Shipping Company denied any fault in the collapse.\n\nNorvale said its crews had followed every rule.",
			"followed every rule", "Norvale Shipping Company", "Norvale Shipping Company"},
		{"a company by its first two words",
			dl + "The Norvale Shipping Company denied any fault in the collapse.\n\nNorvale Shipping said its crews had followed every rule.",
			"followed every rule", "Norvale Shipping Company", "Norvale Shipping Company"},
		{"a person's surname is still the person",
			dl + "Anna Brenmark, a crane driver, saw the collapse. Brenmark Construction denied any fault.\n\nBrenmark said the crane had swayed for a minute.",
			"swayed for a minute", "Anna Brenmark", ""},
		{"said the 46-year-old",
			dl + "Dorin Maskel, a retired engineer, watched the crane fall.\n\n\u201cIt swayed for a minute,\u201d said the 46-year-old.",
			"swayed for a minute", "Dorin Maskel", ""},
		{"the 52-year-old told reporters",
			dl + "Vera Lint lost her brother in the collapse.\n\nThe 52-year-old told reporters the warning had come too late.",
			"come too late", "Vera Lint", ""},
		{"the 52-year-old mother of three said",
			dl + "Vera Lint lost her brother in the collapse.\n\n\u201cNobody warned us,\u201d the 52-year-old mother of three said.",
			"Nobody warned us", "Vera Lint", ""},
		{"a 46-year-old man is someone new",
			dl + "Dorin Maskel, a retired engineer, watched the crane fall.\n\nA 46-year-old man said the crane had swayed for a minute.",
			"swayed for a minute", "46-year-old man", ""},
		{"a companion's court is not the subject's state",
			dl + "Anna Berg, who teaches law at Velland University, said the court would change.\n\nMs. Berg, along with Judge Tom Reel of the United States Court of Appeals, wrote a study of business cases.\n\n\"The question is how far he will go,\" Ms. Berg said.",
			"how far he will go", "Anna Berg", ""},
		{"the former minister after one former minister was named",
			dl + "Anna Korr, a former transport minister, blamed the port.\n\nThe former minister said the inspections had stopped in 2019.",
			"stopped in 2019", "Anna Korr", "Ostmark"},
		{"the engineer after a retired engineer was named",
			dl + "The retired engineer Dorin Maskel said the crane had swayed.\n\nThe engineer said the bolts were old.",
			"bolts were old", "Dorin Maskel", ""},
		{"the man is no chairman",
			dl + "Dorin Maskel, the port's chairman, said the crane was safe.\n\nThe man said the bolts were old.",
			"bolts were old", "man", ""},
		{"a prosecutor's office in a paragraph about a council",
			dl + "The Dorvan city council defended its record. The regional prosecutor's office said it had opened an inquiry into the collapse.",
			"opened an inquiry", "regional prosecutor's office", ""},
		{"the mayor's office after a company",
			dl + "Brenmark Construction denied any fault. The mayor's office said the crane had failed two checks.",
			"failed two checks", "mayor's office", ""},
		{"the ministry after the state's ministry is still the state",
			dl + "Ostmark's transport ministry ordered the port closed. The ministry said the crane had failed two checks.",
			"failed two checks", "Ostmark Transport Ministry", "Ostmark"},
		{"an interview's answer is the interviewee's",
			"Senator Ivo Marek spent Monday in Fredville. He later spoke with Herald senior writer Dana Oster.\n\nQ: Why now?\n\nA: I think the bridge will fall within five years.",
			"bridge will fall", "Ivo Marek", ""},
		{"an answer's next paragraph, Q. and A. with dots",
			"Senator Ivo Marek spent Monday in Fredville.\n\nQ. Why now?\n\nA. It is late.\n\nI said the money was there in May.",
			"money was there", "Ivo Marek", ""},
		{"the journalist named first asks, the other answers",
			"Herald editor Dana Oster said the interview was shortened. Senator Ivo Marek spoke to her in Fredville on Monday.\n\nQ: Why now?\n\nA: I think the bridge will fall within five years.",
			"bridge will fall", "Ivo Marek", ""},
		{"the person introduced as answering, not the first named",
			"Dana Oster, who leads the farmers' union, spoke on Monday. Senator Ivo Marek, speaking to the Herald in Fredville, took our questions.\n\nQ: Why now?\n\nA: I think the bridge will fall within five years.",
			"bridge will fall", "Ivo Marek", ""},
		{"said in an interview",
			"Dana Oster, who leads the farmers' union, spoke on Monday. The bridge is safe, Senator Ivo Marek said in an interview.\n\nQ: Why now?\n\nA: I think the bridge will fall within five years.",
			"bridge will fall", "Ivo Marek", ""},
		{"a description, then the organisation's name with a demonym in apposition",
			"LESKOV, Tarvania, June 9 (Wirenews) - The watchdog, the Tarvanian Water Commission, said the dam's owner had skipped two inspections.",
			"skipped two inspections", "Tarvanian Water Commission", "Tarvanian Water Commission"},
		{"the description refers back to the organisation named in apposition",
			"LESKOV, Tarvania, June 9 (Wirenews) - The watchdog, the Tarvanian Water Commission, fined the dam's owner in March.\n\nThe watchdog said the owner had skipped two inspections.",
			"skipped two inspections", "Tarvanian Water Commission", "Tarvanian Water Commission"},
		{"a question's I is nobody's",
			"Senator Ivo Marek spent Monday in Fredville.\n\nQ: I think the bridge is safe. Do you?\n\nA: No.",
			"", "Ivo Marek", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, func(c graph.Claim) bool { return c.Speaker == tt.speaker })
		})
	}
}

// TestShortNameAccused checks that an organisation called by the first
// word(s) of its name is the accused as well as the speaker, and that a
// person holding that word as a surname stays the person.
func TestShortNameAccused(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name, text, accused string // accused: "" when no accusation may be made
	}{
		{"the accused by its first word",
			dl + "Brenmark Construction, which built the crane, denied any fault.\n\nOstmark's transport ministry accused Brenmark of skipping inspections.",
			"Brenmark Construction"},
		{"the accused by its first two words",
			dl + "The Norvale Shipping Company denied any fault.\n\nOstmark's transport ministry accused Norvale Shipping of skipping inspections.",
			"Norvale Shipping Company"},
		{"a person with the company's first word as surname",
			dl + "Brenmark Construction denied any fault. Anna Brenmark, a crane driver, saw the collapse.\n\nOstmark's transport ministry accused Brenmark of lying about the collapse.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			var got []string
			for _, c := range res.Claims {
				if c.Kind == "accusation" && c.Speaker == "Ostmark Transport Ministry" {
					got = append(got, c.Subject)
				}
			}
			if tt.accused == "" && len(got) > 0 || tt.accused != "" && (len(got) != 1 || got[0] != tt.accused) {
				t.Errorf("accused %q, want %q:%s", got, tt.accused, describe(res.Claims))
			}
		})
	}
}

// TestRoleThenNameOutsideSpeech checks that a person named in apposition
// after a role that ties them to a party ("Selvik's owner, Dag Brun,",
// "the head of the Red Falcon Brigade, Omar Tess,") speaks for that party
// later, though the sentence that named them reported nothing.
func TestRoleThenNameOutsideSpeech(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a shipping line's owner by its short name",
			"Selvik Shipping and the Brask Maritime Agency traded blame over the grounding.\n\n" +
				"Selvik's owner, Dag Brun, flew to Brask on Monday. He said the pilots had ignored the radar.",
			"the pilots had ignored the radar", "Dag Brun", "Selvik Shipping"},
		{"a miner's chief executive by its full name",
			"Corran Metals blamed the Lesk provincial government for the landslide.\n\n" +
				"The chief executive of Corran Metals, Lise Varn, visited the quarry on Tuesday. She said the rain had been the worst in a century.",
			"the rain had been the worst", "Lise Varn", "Corran Metals"},
		{"an armed group's head after a preposition, in a relative clause",
			"Ostmark accused the Red Falcon Brigade of shelling a grain depot.\n\n" +
				"Rebel radio aired a message from the head of the Red Falcon Brigade, Omar Tess, who says the depot was bombed by Ostmark.",
			"the depot was bombed by Ostmark", "Omar Tess", "Red Falcon Brigade"},
		{"an airline's founder, then a pronoun",
			"Kessa Airways blamed the Dorvik airport for the delays.\n\n" +
				"Kessa's founder, Ana Holt, went further on Friday. She said the airport had cut its ground staff by half.",
			"the airport had cut its ground staff", "Ana Holt", "Kessa Airways"},
		{"guard: a role of no party named",
			"Kessa Airways blamed the Dorvik airport for the delays.\n\n" +
				"The engineer, Ana Holt, went further on Friday. She said the airport had cut its ground staff by half.",
			"the airport had cut its ground staff", "Ana Holt", ""},
	})
}

// TestTradeNounRefersToCompany checks that "the resort", "the ferry
// operator", "the hotel group" refer back to the company whose name ends
// in the trade's plural ("Kelmar Resorts"), also where the noun is a
// verb's form ("resort") opening the sentence.
func TestTradeNounRefersToCompany(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a ski resort's company denies",
			"A gondola fell at Kelmar on Sunday.\n\nNorvale Engineering said Kelmar Resorts had skipped inspections.\n\n" +
				"The resort denies skipping its own inspections.",
			"skipping its own inspections", "Kelmar Resorts", "Kelmar Resorts"},
		{"a ferry operator",
			"Selvik Ferries and the Brask port authority blamed each other for the sinking.\n\n" +
				"The ferry operator denies overloading the boat.",
			"overloading the boat", "Selvik Ferries", "Selvik Ferries"},
		{"a hotel group",
			"Dovra Hotels said on Monday that its pool had been closed.\n\n" +
				"The hotel group said the health inspectors had been wrong.",
			"the health inspectors had been wrong", "Dovra Hotels", "Dovra Hotels"},
		{"a brewery",
			"The Lesk water board blamed Ostra Breweries for the dead fish.\n\n" +
				"The brewery said its drains had been sealed for years.",
			"its drains had been sealed", "Ostra Breweries", "Ostra Breweries"},
	})
}

// TestDescribedThenNamedOrg checks that a speaker described by what it
// owns or runs, with an apposition that describes then names an
// organisation ("The ship's owner, the Kolvan firm Drass Shipping,"), is
// that organisation, not the description nor the state of its demonym.
func TestDescribedThenNamedOrg(t *testing.T) {
	tests := []struct {
		name, text, evidence, speaker string
	}{
		{"a tanker's owner, a firm of a state",
			"Ostmark's navy seized a tanker off Brask on Monday.\n\nThe tanker's owner, the Vellandian firm Selvik Shipping, said in a statement that the cargo had been bought legally.",
			"the cargo had been bought legally", "Selvik Shipping"},
		{"a mine's operator, a company of a town",
			"A dam burst above Lesk on Monday.\n\nThe mine's operator, the Lesk company Corran Metals, said the dam had been inspected in May.",
			"the dam had been inspected", "Corran Metals"},
		{"an airline described, then named",
			"Flights were cancelled at Kessa on Friday.\n\nThe airline, the Kessa carrier Dorvik Airways, said the runway had been closed without warning.",
			"the runway had been closed", "Dorvik Airways"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.speaker, nil)
		})
	}
}

// TestOpeningPhraseThenTheParty checks that a sentence opening with a
// phrase of time or occasion and no comma ("In a statement on Wednesday
// the company said") still reports the party after it.
func TestOpeningPhraseThenTheParty(t *testing.T) {
	tests := []struct {
		name, text, evidence, speaker string
	}{
		{"a statement and a day, then the company",
			"Selvik Shipping and the Brask Port Agency blamed each other for the spill.\n\nIn a statement on Wednesday the company said the pilots had been drunk.",
			"the pilots had been drunk", "Selvik Shipping"},
		{"a day, then the agency by its noun",
			"Selvik Shipping and the Brask Port Agency blamed each other for the spill.\n\nOn Wednesday the agency said the tanker had been late.",
			"the tanker had been late", "Brask Port Agency"},
		{"a letter, then the body by its name",
			"The Lesk Election Commission and the Green Party traded blame over the count.\n\nIn a letter to parliament the Lesk Election Commission said the ballots had been counted twice.",
			"the ballots had been counted twice", "Lesk Election Commission"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.speaker, nil)
		})
	}
}

// TestSpeakerInContext checks speakers that only the sentences around a
// claim tell: each group of rows is one rule.
func TestSpeakerInContext(t *testing.T) {
	const spokesmenBefore = "The Velmarkian government accused neighbouring Orsova of closing its border without notice.\n\nThe Orsovan government denied the charge. A government spokesman, Ilan Brask, said the border had been shut for safety.\n\n"
	const datelineKessa = "KESSA, Velmark, June 2 (Wirenews) - "
	runSpeakerRows(t, []speakerRow{
		// "a spokesman for X, the … company Y," speaks for Y, and "he said" after it too, however
		// many spokesmen were named before.
		{"a dam's operator, a state-owned company",
			spokesmenBefore + "A spokesman for the dam's operator, the state-owned company Orsova Hydro, denied that. \"The gates were opened for safety,\" he said.",
			"gates were opened for safety", "Orsova Hydro", "Orsova"},
		{"a mine's owner, a firm",
			spokesmenBefore + "A spokeswoman for the mine's owner, the mining firm Kettle Ridge Metals, said the tailings dam had been inspected in May.",
			"tailings dam had been inspected", "Kettle Ridge Metals", "Kettle Ridge Metals"},
		{"an airport's operator, then he",
			spokesmenBefore + "An official at the airport's operator, the state-run company Orsova Airports, rejected that. He said the runway had been closed by the army.",
			"runway had been closed by the army", "Orsova Airports", "Orsova"},
		{"guard: a spokesman named in apposition is the person",
			spokesmenBefore + "A spokesman for the port, Dario Vence, said the ferries were running.",
			"ferries were running", "Dario Vence", "Orsova"},
		// A minister named by portfolio alone is of the state whose ministry of that portfolio spoke
		// before, not of the state the copy is datelined in.
		{"a water ministry, then its minister",
			datelineKessa + "Velmark accused neighbouring Orsova of draining the Tarn reservoir. \"They took our water,\" Velmarkian Farm Minister Jon Eskel said.\n\nOrsova rejected the accusation. Its water ministry said the release had followed the rules.\n\n\"We opened the sluices because the dam was at risk,\" Water Minister Ilsa Brenner said on state television.",
			"We opened the sluices", "Ilsa Brenner", "Orsova"},
		{"a health ministry, then its minister",
			datelineKessa + "Velmark blamed neighbouring Orsova for the measles outbreak.\n\nThe Orsovan health ministry said the vaccines had been delivered in March.\n\nHealth Minister Dara Vell told reporters the outbreak had started in Velmark.",
			"the outbreak had started in Velmark", "Dara Vell", "Orsova"},
		{"guard: another portfolio stays with the dateline's state",
			datelineKessa + "Velmark accused neighbouring Orsova of draining the Tarn reservoir.\n\nOrsova rejected the accusation. Its water ministry said the release had followed the rules.\n\nInterior Minister Pavel Rusk said the evacuation of the valley was complete.",
			"evacuation of the valley was complete", "Pavel Rusk", "Velmark"},
		// "one of them" after a group spoke is one of that group, named in the singular, on its
		// side.
		{"one of a state's officials",
			"Velmark accused neighbouring Orsova of closing the border.\n\nTwo Velmarkian officials, who spoke on condition of anonymity, said the government would take the case to the regional court. One of them claimed the closure had been planned for weeks.",
			"planned for weeks", "Velmarkian official", "Velmark"},
		{"one of the fishermen",
			"Orsova closed the fishing grounds off Tesk on Monday.\n\nThree Velmarkian fishermen told reporters in Tesk that their nets had been cut by a patrol boat. One of them said the crew had been threatened with arrest.",
			"threatened with arrest", "Velmarkian fisherman", ""},
		{"one of the nurses",
			"Several nurses at the Brask clinic said the wards were full. One of them said patients were sleeping in corridors.",
			"sleeping in corridors", "Brask clinic nurse", ""},
		// A subject "it" after a sentence naming one organisation, and nothing else, is that
		// organisation, not the body quoted before.
		{"a monitoring group, then a report",
			"The Lesk Election Commission said the count had been clean.\n\nThe fullest account comes from Tallyline, a monitoring group that sent 900 volunteers. In a preliminary report, it said ballot boxes had arrived already sealed.",
			"ballot boxes had arrived already sealed", "Tallyline", "Tallyline"},
		{"an engineering firm, then a letter",
			"Korvel Mining said the dam had been inspected.\n\nThe pumps were supplied by Dunmere Engineering. In a letter to the regulator, it said the pumps had been installed wrongly.",
			"installed wrongly", "Dunmere Engineering", "Dunmere Engineering"},
		{"guard: a state's own committee speaks for its state",
			"Ludvia accused Kerrow of seizing the ferry on Monday, the Ludvian foreign ministry said. The Kerrowan government denied it.\n\nThe ferry was boarded by officers of Kerrow's State Security Committee. In a statement, it said the ferry had been carrying arms.",
			"carrying arms", "Kerrowan government", "Kerrow"},
		{"guard: a hospital named as where patients were treated is no antecedent",
			"The Brask Water Board said the tap water was safe to drink again.\n\nThe Lesk Public Health Office said residents should still boil their water.\n\nFour children were treated at Aldmoor General Hospital on Monday. It warned that the notice could stay in place until Friday.",
			"could stay in place until Friday", "Lesk Public Health Office", ""},
		{"guard: two bodies named, the last one quoted stays",
			"Korvel Mining said the dam had been inspected.\n\nThe pumps were sold by Dunmere Engineering to Brask Industries in May. In a letter to the regulator, it said the pumps had been installed wrongly.",
			"installed wrongly", "Korvel Mining", "Korvel Mining"},
		// "the Movement", "the organisation" is the body whose own name ends in that noun, not
		// another group quoted since.
		{"a party's movement after a monitoring group",
			"The governing Unity Bloc narrowly beat the opposition Green Lesk Movement.\n\nThe Movement, in turn, dismissed the story as a distraction.\n\nTallyline, a monitoring group, published its report on Monday. Its director, Ava Rusk, said neither party came out well.\n\nThe Movement said the report backed its case.",
			"the report backed its case", "Green Lesk Movement", "Green Lesk Movement"},
		{"a health organisation after a charity",
			"The Coastal Health Organisation said the outbreak began in Brask.\n\nSeawatch, a monitoring group, said the water had been clean. Its director, Ava Rusk, said samples were taken daily.\n\nThe organisation said its figures were correct.",
			"its figures were correct", "Coastal Health Organisation", "Coastal Health Organisation"},
		// "a party spokesman", "a union spokeswoman" after that body spoke is its spokesman,
		// speaking for it.
		{"a party spokesman after the party",
			"The Unity Bloc and the Green Lesk Movement accused each other of fraud.\n\nThe Green Lesk Movement dismissed the story as a distraction. A party spokesman said no complaint had been lodged before the count.",
			"no complaint had been lodged", "Green Lesk Movement", "Green Lesk Movement"},
		{"a union spokeswoman after the union",
			"Brask Dockers' Union blamed the port for the crane collapse.\n\nThe Brask Dockers' Union rejected the inspector's report. A union spokeswoman said the crane had not been serviced for a year.",
			"had not been serviced", "Brask Dockers' Union", "Brask Dockers' Union"},
		// "the energy ministry" is the ministry of the state whose energy minister was named, though
		// another state's ministry spoke since.
		{"an energy minister, then the energy ministry",
			"The Velmarkian government accused neighbouring Orsova of cutting its gas supply.\n\nVelmark's energy minister, Ilan Brask, said the cut-off was blackmail.\n\nOrsova's foreign ministry hit back. A spokeswoman, Nadia Tal, said the Velmarkian operator had not paid its bills.\n\nA regional governor, Tomas Vey, said the capital had failed to fill the storage tanks.\n\nThe energy ministry rejected that criticism, saying the tanks had been filled in December.",
			"tanks had been filled in December", "Velmarkian Energy Ministry", "Velmark"},
		{"a health minister, then the health ministry",
			"The Velmarkian government accused neighbouring Orsova of hiding the outbreak.\n\nOrsova's health minister, Dara Vell, said the first cases had been reported in Velmark.\n\nThe Velmarkian foreign ministry called that a lie.\n\nThe health ministry said its laboratories had confirmed 40 cases.",
			"confirmed 40 cases", "Orsovan Health Ministry", "Orsova"},
		// "In a statement, it said" refers to the body the sentence before opened with, as "It said"
		// does.
		{"a coast guard's account, then a statement",
			"The Velmarkian government accused neighbouring Orsova of firing on a trawler.\n\nOrsova's coast guard gave a very different account. In a statement, it said the trawler had ignored signals to stop.",
			"ignored signals to stop", "Orsovan government", "Orsova"},
		{"a mining company, then a letter",
			"Residents of Tesk blamed the spill on the Brask Water Board.\n\nKorvel Mining gave a different account. In a letter on Friday, it said the tailings pond had been inspected in May.",
			"inspected in May", "Korvel Mining", "Korvel Mining"},
		// "A spokesman told us" after a sentence naming one party only, not as its subject, is that
		// party's.
		{"a ministry asked",
			"The Velmarkian government accused neighbouring Orsova of jamming its airports.\n\nWe asked Orsova's transport ministry about that. A spokesman told us the claim was baseless.",
			"the claim was baseless", "Orsovan government spokesman", "Orsova"},
		{"a company asked",
			"Residents of Tesk blamed the spill on the Brask Water Board.\n\nWe put the residents' questions to Korvel Mining. A spokeswoman said the tailings pond had been inspected in May.",
			"inspected in May", "Korvel Mining spokeswoman", "Korvel Mining"},
		// "the rail workers' union, the Velmark Federation of Railwaymen," speaks as the body its
		// name in apposition names.
		{"a union named after its description",
			"The Velmarkian rail operator and its track contractor blamed each other for the derailment.\n\nThe rail workers' union, the Velmark Federation of Railwaymen, said crews had reported the cracked rail in March.",
			"reported the cracked rail", "Velmark Federation of Railwaymen", "Velmark Federation of Railwaymen"},
		{"a dockers' union named after its description",
			"The Velmarkian port operator and its pilots blamed each other for the collision.\n\nThe dock workers' union, the Velmark Federation of Dockers, said the crane had not been inspected for a year.",
			"had not been inspected", "Velmark Federation of Dockers", "Velmark Federation of Dockers"},
	})
}

func TestPortfolioWord(t *testing.T) {
	tests := []struct{ role, want string }{
		{"Energy Minister", "Energy"},
		{"Velmark's energy minister", "energy"},
		{"Prime Minister", ""},
		{"the minister", ""},
		{"Velmark's minister", ""},
		{"spokesman", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := portfolioWord(tt.role); got != tt.want {
			t.Errorf("portfolioWord(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// TestContainsLower holds containsLower to the lowered copy it saves.
func TestContainsLower(t *testing.T) {
	for _, tc := range []struct{ s, sub string }{
		{"Defence Minister", "minister"}, {"defence minister", "minister"}, {"Port Authority Spokesman", "spokesman"},
		{"Chief Executive", "minister"}, {"", ""}, {"", "a"}, {"MINISTER", "minister"}, {"Minist", "minister"},
		{"Ministre des Armées", "armées"}, {"İnterior Minister", "minister"}, {"Airline CEO", "ceo"}, {"x", ""},
	} {
		if got, want := containsLower(tc.s, tc.sub), strings.Contains(strings.ToLower(tc.s), tc.sub); got != want {
			t.Errorf("containsLower(%q, %q) = %v, want %v", tc.s, tc.sub, got, want)
		}
	}
}

// TestIndefiniteRole checks that a role with "a" or "an" before it is
// someone new: never a person the article named before with that role,
// and of the state whose organ modifies the role.
func TestIndefiniteRole(t *testing.T) {
	const lead = "TOLMA, Ostmark (Wirenews) - Ostmark's army and the rebel Varn Hills Front blamed each other for a rocket strike on a clinic. \"They knew it was a clinic,\" a Front spokesman, Dario Venn, said. "
	tests := []struct {
		text, evidence, speaker, side string
	}{
		{lead + "A military spokesman said the rebels had stored weapons in the clinic.", "A military spokesman", "military spokesman", "Ostmark"},
		{lead + "An army spokesman told reporters the rebels had stored weapons there.", "An army spokesman", "army spokesman", "Ostmark"},
		{"Korsa's navy and the Free Isles Movement traded blame over the sinking. \"We fired no shot,\" the navy's spokeswoman, Ana Brell, said. A navy spokeswoman later said the movement's boats had laid mines.", "A navy spokeswoman", "navy spokeswoman", "Korsa"},
		// guards: "the" refers back to the spokesman named before; "a"
		// after a name and a comma describes the person just named
		{lead + "The spokesman said the army had fired first.", "The spokesman said", "Dario Venn", "Varn Hills Front"},
		{"Ivo Brand, a former party chairman, said he would back the motion.", "would back", "Ivo Brand", ""},
	}
	for _, tt := range tests {
		checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, nil)
	}
}

// TestLaySpeakers checks people quoted by where they are ("Residents
// near the plant", "Protesters outside the embassy"): the phrase is the
// speaker, and a firm or body named in it is no side of theirs; a
// firm's own workers keep the firm's.
func TestLaySpeakers(t *testing.T) {
	const lead = "Skyvale Airways and Dunmore Mining both issued statements on Monday. "
	const border = "BRASK, Ostmark, May 3 (Wirenews) - Ostmark accused Velland of closing the bridge. "
	tests := []struct {
		text, evidence, speaker, side string
	}{
		{lead + "Residents near the Dunmore Mining plant said the water had turned brown.", "Residents near", "Residents near the Dunmore Mining plant", ""},
		{lead + "Passengers on the Skyvale Airways flight said the jet had braked hard.", "Passengers on", "Passengers on the Skyvale Airways flight", ""},
		{lead + "Protesters outside the embassy said police had beaten them.", "Protesters outside", "Protesters outside the embassy", ""},
		{lead + "Farmers near the river said the water had turned brown.", "Farmers near", "Farmers near the river", ""},
		// guard: the firm's workers
		{lead + "Workers at the Dunmore Mining site said the dam had leaked for weeks.", "Workers at", "Dunmore Mining site workers", "Dunmore Mining"},
		{border + "Lorry drivers stranded on the Vellandian side said they had seen no soldiers.", "no soldiers", "Lorry drivers", ""},
		{border + "Farmers trapped on the Vellandian bank said the guards had fired warning shots.", "warning shots", "Farmers", ""},
		// guards: people a demonym describes keep its state; a participle
		// that names no state changes nothing
		{border + "Vellandian drivers stranded at the bridge said they had seen no soldiers.", "no soldiers", "Vellandian drivers stranded at the bridge", "Velland"},
		{lead + "Workers employed at the Dunmore Mining site said the dam had leaked for weeks.", "leaked for weeks", "Dunmore Mining site workers employed", "Dunmore Mining"},
	}
	for _, tt := range tests {
		checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, nil)
	}
}

// TestOrganSpokesmanSide checks that a spokesman titled by a state's
// organ ("Government spokesman Piet Lorn") is no spokesman of the
// institute or firm that spoke last, while a bare "spokesman" after a
// body spoke is that body's.
func TestOrganSpokesmanSide(t *testing.T) {
	const lead = "The opposition Civic Renewal Party accused the Doral Electoral Commission of rigging the count. Monitors from the Regional Democracy Institute said they had seen no fraud. "
	tests := []struct {
		text, evidence, speaker, side string
	}{
		{lead + "Government spokesman Piet Lorn said the ruling party would accept any recount.", "Piet Lorn", "Piet Lorn", ""},
		{lead + "Army spokeswoman Ida Venn said troops had guarded the polling stations.", "Ida Venn", "Ida Venn", ""},
		// guard: a bare spokesman of the body that spoke
		{"The Regional Democracy Institute said it had seen no fraud. Spokesman Karel Dunn said the monitors would stay.", "Karel Dunn", "Karel Dunn", "Regional Democracy Institute"},
	}
	for _, tt := range tests {
		checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, nil)
	}
}
