package extract

import "testing"

// TestAbbreviatedTitleAnaphor covers "the general", "the governor" after
// a person first written with the rank abbreviated before the name
// ("Brig. Gen. Ivo Marsk", "Gov. Hal Brenn"): the bare title names that
// person, not an unnamed general; a title with its own modifier ("the
// border general") is left to describe.
func TestAbbreviatedTitleAnaphor(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a general named with his rank, then the general",
			"Gen. Arno Vesk told reporters the convoy had been attacked near Pell.\n\nThe general said the inquiry was \"fully independent\".",
			"Arno Vesk", "fully independent", 2},
		{"a rank before the name and a role in apposition",
			"Brig. Gen. Tomas Ryl, the army's spokesman, said the shelling had stopped at dawn.\n\nThe general dismissed the rebels' call for monitors as a stalling tactic.",
			"Tomas Ryl", "stalling tactic", 2},
		{"a governor after a flood",
			"Gov. Hal Brenn said the dam at Orrin would hold through the weekend.\n\nThe governor said the evacuation order would stay in force.",
			"Hal Brenn", "evacuation order", 2},
		{"an admiral after a collision at sea",
			"Adm. Sela Korr said the frigate had kept to its lane when the tanker turned.\n\nThe admiral said the tanker's crew had ignored two radio calls.",
			"Sela Korr", "ignored two radio calls", 2},
	})
}

// TestCompanyAfterUnknownFirm covers "the company said" after a business
// whose name ends in no trade's noun the vocabulary knows ("Grelton
// Quarries", "Tessa Cargo") spoke: the company is the firm just quoted,
// not a speaker named "company"; a described person quoted between
// them is skipped, and a public body quoted last is no company.
func TestCompanyAfterUnknownFirm(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a quarry firm named short, then the company",
			"Harlby council blamed Grelton Quarries for the cracked wall.\n\nGrelton rejected the council's account. In a statement, the company said the blast had stayed within its limit.",
			"Grelton Quarries", "stayed within its limit", 3},
		{"an air freight carrier, then the company",
			"Tessa Cargo said in a brief statement that it had suspended flights over Ormand. The company said the plane had never been stopped on the route before.",
			"Tessa Cargo", "never been stopped", 2},
		{"a described person between the firm and the company",
			"Kelvin Orchards said the apples were safe to eat.\n\nIts chief executive, Mara Dunn, said the batch had been tested twice. The company said it would publish the results on Friday.",
			"Kelvin Orchards", "publish the results", 3},
		{"a council quoted last is no company",
			"The Ostby Borough Council said the hall was unsafe. The company said the roof had passed its survey.",
			"company", "passed its survey", 2},
	})
}

// TestAccordingToRoleThenName covers "…, according to the regional
// governor, Ilse Brunnhof." and "According to the bank's chief economist,
// Pia Lund, …": the name in apposition after the role is the source, and
// "she" in the next sentence is that person.
func TestAccordingToRoleThenName(t *testing.T) {
	checkFrames(t, []frameCase{
		{"trailing, a mayor named after her role",
			"The mill was shut on Monday, according to the district mayor, Edda Rusk.",
			"Edda Rusk", "mill was shut", 1},
		{"trailing, then she",
			"The dead herders came from Dubrin, according to the regional governor, Anna Velk. She said nobody had warned the families.",
			"Anna Velk", "nobody had warned", 2},
		{"trailing, a who clause after the name",
			"Two pilots were hurt in the landing, according to the airline's safety chief, Jon Marek, who spoke to reporters at the airport.",
			"Jon Marek", "pilots were hurt", 1},
		{"leading, a bank economist",
			"According to the bank's chief economist, Pia Lund, inflation will peak in March.",
			"Pia Lund", "inflation will peak", 1},
	})
}

// TestBareBodyNounAgain covers "Police said …", "Officials said …"
// written alone right after the same body was named with its modifier
// ("Freedonian police say …"): the same body on the same side, not a
// new speaker named "Police" with none; without such a body before, the
// bare noun stays as written.
func TestBareBodyNounAgain(t *testing.T) {
	checkFrames(t, []frameCase{
		{"police at a riot",
			"Freedonian police say the crowd gathered after a rumour spread overnight. Police said the boy was in hospital with a leg wound.",
			"Freedonian government", "leg wound", 2},
		{"officials after a mine flood",
			"Sylvanian officials said the shaft had flooded at dawn.\n\nOfficials said eleven miners were still underground.",
			"Sylvanian government", "eleven miners", 2},
		{"investigators after an air crash",
			"Ruritanian investigators said the jet's engines had failed at take-off. Investigators said the recorders had been found.",
			"Ruritanian government", "recorders had been found", 2},
		{"no body named before",
			"A tanker ran aground off Kell on Sunday.\n\nPolice said the captain had been drinking.",
			"Police", "captain had been drinking", 1},
	})
}

// TestNounTitleThenDefinite covers a noun written as a title before a
// name ("promoter Kestra Events said", "actress Dana Vell said") and
// "the promoter", "the actress" later: the speaker so titled, not one
// named by the noun; a noun no name was titled with stays as written.
func TestNounTitleThenDefinite(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a festival promoter",
			"In a statement on Sunday, promoter Kestra Events said the rig had been signed off by its contractor.\n\nThe council said it had approved the plan in June.\n\nSunday's programme was cancelled and the promoter said ticket holders would be refunded.",
			"Kestra Events", "would be refunded", 3},
		{"a grain exporter at a port",
			"On Monday, exporter Vellan Grain said the cargo had been loaded before the ban. Port officials said the hull was sound. The exporter said it would not pay the fine.",
			"Vellan Grain", "would not pay", 3},
		{"an actress at an election rally",
			"At a rally in Ostby, actress Dana Vell said she would vote for the opposition.\n\nThe actress said the governing party had ignored the coast.",
			"Dana Vell", "ignored the coast", 2},
		{"no name titled with the noun",
			"Kestra Events said the rig was safe.\n\nThe promoter said ticket holders would be refunded.",
			"promoter", "would be refunded", 2},
	})
}

// TestPointMadeBy covers a report closed by an apposition that names its
// speaker ("…, a point Halla Brin made on Sunday, warning that …"): the
// report before the apposition and the continuation after it are the
// speaker's, not a speaker read out of the report ("a flag state").
func TestPointMadeBy(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a minister on shipping law",
			"Under maritime law, a flag state must inspect the ships that sail under it, a point Halla Brin made repeatedly on Sunday, warning that Ostmark would \"consider every option\" if Dorr did not act.",
			"Halla Brin", "flag state must inspect", 2},
		{"the continuation is the same speaker's",
			"Under maritime law, a flag state must inspect the ships that sail under it, a point Halla Brin made repeatedly on Sunday, warning that Ostmark would \"consider every option\" if Dorr did not act.",
			"Halla Brin", "consider every option", 2},
		{"a doctor on reporting rules",
			"Hospitals must report every case of the fever within a day, a point Ines Vall stressed on Monday, adding that clinics in the south had not done so.",
			"Ines Vall", "report every case", 2},
		{"an economist on bank capital",
			"Banks should hold far more capital against such loans, an argument Omar Sedd has made since March, saying the risks were growing.",
			"Omar Sedd", "hold far more capital", 2},
	})
}

// TestWhoseRelativeSubject covers a subject with a "whose" clause and no
// commas before its reporting verb ("A farmer whose wheat was stored in
// the warehouse said …"): the head before "whose" speaks, as it does
// before "who" or "that".
func TestWhoseRelativeSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a farmer after a warehouse fire",
			"Residents were divided. A farmer whose wheat was stored in the warehouse said he had heard several explosions shortly after midnight.",
			"farmer", "several explosions", 1},
		{"a pilot after a runway incursion",
			"A pilot whose jet was waiting at the gate said the tower had cleared two aircraft onto the runway.",
			"pilot", "cleared two aircraft", 1},
		{"a trader after a bank run",
			"A trader whose savings were held at Kell Savings said the bank had stopped paying out on Friday.",
			"trader", "stopped paying out", 1},
	})
}

// TestCapitalNamedInApposition covers a city the article calls a state's
// capital in apposition ("in central Kell, Freedonia's capital", "Orsk,
// the Sylvanian capital"): "officials in Kell" later are that state's,
// and "Varo said" its government, as a dateline's city is its state's.
func TestCapitalNamedInApposition(t *testing.T) {
	checkFrames(t, []frameCase{
		{"officials in a capital after an embassy storming",
			"Several hundred people broke through the gates of the Sylvanian embassy in central Kell, Freedonia's capital, on Tuesday.\n\nOfficials in Kell, speaking on condition of anonymity, told reporters that the guard was still inside the embassy.",
			"Freedonian government", "guard was still inside", 1},
		{"a demonym before capital, then officials there",
			"Mining talks opened in Orsk, the Sylvanian capital, on Monday.\n\nOfficials in Orsk said the talks over the copper mine had failed.",
			"Sylvanian government", "talks over the copper mine", 1},
		{"the capital for its government",
			"Flood talks opened in Varo, Ruritania's capital, last week.\n\nTwo days later Varo said the dam gates would stay shut until June.",
			"Ruritanian government", "dam gates would stay shut", 1},
		// states no list knows, the capital named first or after "of"
		{"a state's capital first, then the capital speaks",
			"Tessaly accused Ombria on Friday of shelling a border farm. Talks had opened in Ombria's capital, Drellin, a week before.\n\nDrellin said the shells had come from Tessalian guns.",
			"Ombrian government", "shells had come from", 1},
		{"a demonym's capital first",
			"Tessaly accused Ombria on Friday of shelling a border farm. Talks had opened in the Ombrian capital, Drellin, a week before.\n\nDrellin said the shells had come from Tessalian guns.",
			"Ombrian government", "shells had come from", 1},
		{"the capital of a state, after the city",
			"Tessaly accused Ombria on Friday of shelling a border farm. Talks had opened in Drellin, the capital of Ombria, a week before.\n\nDrellin denied that its gunners had fired at all.",
			"Ombrian government", "gunners had fired", 1},
		{"the capital of a state, before the city",
			"Tessaly accused Ombria on Friday of shelling a border farm. Talks had opened in the capital of Ombria, Drellin, a week before.\n\nDrellin said the shells had come from Tessalian guns.",
			"Ombrian government", "shells had come from", 1},
		{"the capital speaks later in the same paragraph",
			"Tessaly accused Ombria on Friday of shelling a border farm. Talks had opened in Drellin, the Ombrian capital, a week before. Drellin said the shells had come from Tessalian guns.",
			"Ombrian government", "shells had come from", 1},
	})
}

// TestReportingVerbInSubjectAside covers a reporting verb inside a "who"
// clause set off by commas between a subject and its own "said" ("An
// official, who spoke on condition of anonymity because the board does
// not comment on disputes, said …"): the sentence reports with "said",
// its speaker the subject, not the board the aside names.
func TestReportingVerbInSubjectAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a fisheries official",
			"An official at the Coastal Fisheries Board, who spoke on condition of anonymity because the board does not comment on disputes, said it had received a notice from the port only on the evening before.",
			"Coastal Fisheries Board official", "received a notice", 1},
		{"an airline engineer",
			"An engineer at Skylon Air, who asked not to be named because the airline does not comment on investigations, told reporters the engine had been serviced twice.",
			"Skylon Air", "serviced twice", 1},
		{"a poll worker at an election",
			"A poll worker in Ostby, who declined to give her name because the commission does not comment on complaints, said the ballot boxes had arrived unsealed.",
			"poll worker in Ostby", "arrived unsealed", 1},
	})
}

// TestMissionSpeaksForItsState covers an embassy or a consulate as a
// speaker: it speaks for the state that sends it, named before it, after
// "of" or by "its", never for the state whose city it sits in (the
// dateline's), and is named as news names it again ("Ombrian embassy").
func TestMissionSpeaksForItsState(t *testing.T) {
	checkFrames(t, []frameCase{
		{"its embassy in the dateline's city",
			"DRELLIN, Tessaly, May 4 (Wire) — Tessaly expelled three Ombrian diplomats on Monday, accusing them of spying on its ports.\n\nOmbria called the charge a lie. Its embassy in Drellin said the three had done only their normal work.",
			"Ombrian embassy", "normal work", 2},
		{"a state's consulate in a city",
			"Tessaly expelled three Ombrian diplomats on Monday, accusing them of spying on its ports.\n\nOmbria's consulate in Varsk said the three had done only their normal work.",
			"Ombrian consulate", "normal work", 1},
		{"the embassy of a state",
			"Tessaly expelled three Ombrian diplomats on Monday, accusing them of spying on its ports.\n\nThe embassy of Ombria said the three had done only their normal work.",
			"Ombrian embassy", "normal work", 1},
		{"protesters outside an embassy",
			"Tessaly expelled three Ombrian diplomats, accusing them of spying. Protesters outside the Ombrian embassy said Ombria had lied.",
			"Ombrian embassy protesters", "had lied", 1},
		{"a demonym's embassy",
			"Tessaly expelled three Ombrian diplomats on Monday, accusing them of spying on its ports.\n\nThe Ombrian embassy in Drellin said the three had done only their normal work.",
			"Ombrian embassy", "normal work", 1},
	})
}

// TestCityPeopleAreNotItsGovernment covers lay people of a city the
// dateline or an apposition tied to a state ("Residents of Drellin",
// "Drellin shopkeepers"): the city stands for the state's government when
// it speaks or is blamed, but its people speak for themselves. The
// guards keep the city itself the government's voice.
func TestCityPeopleAreNotItsGovernment(t *testing.T) {
	const dateline = "DRELLIN, Ruritania, May 4 (Wire) — Ruritania accused Freedonia on Monday of shelling the border village of Kesk.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"residents of the dateline's city",
			dateline + "Residents of Drellin said they had heard the guns all night.",
			"heard the guns", "Drellin residents", ""},
		{"the city's residents before their noun",
			dateline + "Drellin residents said they had heard the guns all night.",
			"heard the guns", "Drellin residents", ""},
		{"shopkeepers in a capital named in apposition",
			"Ruritania accused Freedonia on Monday of shelling the border village of Kesk. Talks had opened in Varsk, the Freedonian capital, a week before.\n\nShopkeepers in Varsk said prices had doubled since the talks failed.",
			"prices had doubled", "Varsk shopkeepers", ""},
		{"a capital's mayor",
			"Tessaly accused Ombria of shelling a farm. Talks opened in Drellin, the Ombrian capital. Drellin's mayor said the talks had failed.",
			"talks had failed", "Drellin's mayor", ""},
		// "capital" as money: no city, no state
		{"a company's capital, then its banker",
			"The rights issue would rebuild Kessco's capital, Halvorsen said. Halvorsen said the bank had enough cash.",
			"enough cash", "Halvorsen", ""},
		{"a bank's capital, then its chairman",
			"The merger would double Nordbank's capital, Lindqvist told reporters. Lindqvist said regulators had approved it.",
			"regulators had approved", "Lindqvist", ""},
		// guards
		{"the city itself speaks for its state",
			dateline + "Drellin said the shells had come from Freedonian guns.",
			"shells had come from", "Ruritanian government", "Ruritania"},
		{"officials there speak for it",
			dateline + "Officials in Drellin said the shells had come from Freedonian guns.",
			"shells had come from", "Ruritanian government", "Ruritania"},
	})
}
