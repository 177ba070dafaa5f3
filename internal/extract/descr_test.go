package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestPartyByDescription checks accusations whose accuser the sentence
// gives only by a description the article ties elsewhere to one named
// party: "the rebel group said", "the rebels … have described", side>
// accused of every accusation, in any order.
func TestPartyByDescription(t *testing.T) {
	const lead = "KORSA, Vendria, June 4 (Wirenews) - Vendria's government accused the Tamsel Hills Front on Monday of burning a grain depot near Korsa"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"the rebel group speaks for the one armed group named, beside an aid charity and a council",
			lead + ", while the rebel group accused the army of setting the fire itself.\n\n" +
				"The Meridian Relief Alliance, which ran the depot, gave no view. The Korsa District Council asked for calm.",
			[]string{"Vendria>Tamsel Hills Front", "Tamsel Hills Front>Vendria"}},
		{"the rebels, for their part, speak for the one armed group named",
			lead + ".\n\nThe Meridian Relief Alliance, which ran the depot, gave no view. The Korsa District Council asked for calm.\n\n" +
				"The rebels, for their part, accused the army of shelling the depot's road.",
			[]string{"Vendria>Tamsel Hills Front", "Tamsel Hills Front>Vendria"}},
		{"guard: two armed groups named, the rebels stay unresolved",
			lead + ".\n\nThe Red Ash Brigade also holds villages near Korsa. The Korsa District Council asked for calm.\n\n" +
				"The rebels, for their part, accused the army of shelling the depot's road.",
			[]string{">Vendria", "Vendria>Tamsel Hills Front"}},
		{"the developer accused after the firm is named",
			"The Dunmere Fishing Co-operative said two boats lost gear when a drill ship working for Harrowgate Seabed Minerals crossed their nets.\n\n" +
				"Councillor Ines Marrow accused the developer of treating the bay as its own.",
			[]string{">Harrowgate Seabed Minerals"}},
		{"the developer speaks after the firm is named",
			"A survey ship working for Kestrel Wind Energy cut through nets in Harl Bay, fishermen said.\n\n" +
				"The developer accused the Harl Bay Boatmen's Association of setting nets inside its safety zone.",
			[]string{"Kestrel Wind Energy>Harl Bay Boatmen's Association"}},
		{"a wind farm company named by its trade, then the developer",
			"A survey ship working for Kestrel Offshore Wind cut through nets in Harl Bay, fishermen said.\n\n" +
				"The developer accused the Harl Bay Boatmen's Association of setting nets inside its safety zone.",
			[]string{"Kestrel Offshore Wind>Harl Bay Boatmen's Association"}},
		{"the company accused after a wind power firm is named",
			"Villagers in Ardley say turbines run by Tarrow Wind have cracked their walls.\n\n" +
				"The parish council accused the company of ignoring its own vibration survey.",
			[]string{">Tarrow Wind"}},
		{"members in a town speak for the one body named after them",
			"Fishermen in Porthelin have accused Tarrow Marine Holdings of dumping spoil on their crab grounds.\n\n" +
				"The Elin Coast Fishermen's Co-operative said four boats had lost their pots.",
			[]string{"Elin Coast Fishermen's Co-operative>Tarrow Marine Holdings"}},
		{"miners speak for their union",
			"Miners at the Kelby pit have accused Dorrow Mining of ignoring gas alarms.\n\n" +
				"The Kelby Miners' Union said the alarms had sounded three times in a week.",
			[]string{"Kelby Miners' Union>Dorrow Mining"}},
		{"guard: two bodies named after the members, neither chosen",
			"Miners at the Kelby pit have accused Dorrow Mining of ignoring gas alarms.\n\n" +
				"The Kelby Miners' Union and the Northern Miners' Federation said the alarms had sounded three times in a week.",
			[]string{">Dorrow Mining"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestShortFormSpeaker checks that a speaker the sentence names only by
// the capitalised head noun of an organisation's name ("The Guard said")
// is that organisation when the article names one so, and is left alone
// when it names two, or when the noun is a state's body too.
func TestShortFormSpeaker(t *testing.T) {
	tests := []struct {
		name, text, sentence, want string
	}{
		{"a guard named in full, then by its head noun",
			"ORSK, Talvenia, June 4 (Wirenews) - Talvenia accused the Orsk Valley Guard of shelling a water plant in Orsk.\n\n",
			"The Guard said at the time that a Talvenian rocket had hit the plant.", "Orsk Valley Guard"},
		{"guard: two guards named, the short form stays as written",
			"ORSK, Talvenia, June 4 (Wirenews) - Talvenia accused the Orsk Valley Guard of shelling a water plant in Orsk.\n\nThe Kessel Hill Guard holds the next valley.\n\n",
			"The Guard said at the time that a Talvenian rocket had hit the plant.", "!Orsk Valley Guard"},
		{"guard: a noun that names a state's body too stays the state's",
			"ORSK, Talvenia, June 4 (Wirenews) - Talvenia accused the Orsk Valley Army of shelling a water plant in Orsk.\n\n",
			"The Army said at the time that a rebel rocket had hit the plant.", "!Orsk Valley Army"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text + tt.sentence)})
			for _, c := range res.Claims {
				if c.Text != tt.sentence {
					continue
				}
				if not, ok := strings.CutPrefix(tt.want, "!"); ok && c.Speaker == not || !ok && c.Speaker != tt.want {
					t.Errorf("speaker %q, want %q:%s", c.Speaker, tt.want, describe(res.Claims))
				}
				return
			}
			t.Errorf("no claim %q:%s", tt.sentence, describe(res.Claims))
		})
	}
}

// TestPartyNamedAfterDescription checks a party or movement described,
// then named in apposition by a name that holds no organisation's word
// ("Velland's main opposition party, Green Dawn, accused …"): the name
// speaks, on its own side, and "the party" later is it; side>accused of
// every accusation, in any order.
func TestPartyNamedAfterDescription(t *testing.T) {
	const dateline = "ORSK, Velland, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a party described, then named",
			dateline + "Velland's main opposition party, Green Dawn, accused the government on Monday of rigging the count in Orsk.",
			// a party's row with its own state's government names that
			// side the government (homeGovernment)
			[]string{"Green Dawn>Velland government"}},
		{"the movement, after the article, then named",
			dateline + "The protest movement, the New Current, accused the government on Monday of jailing its organisers.",
			[]string{"New Current>Velland"}},
		{"guard: a party named by a word of its kind is read as before",
			dateline + "Velland's main opposition party, the Green Union, accused the government on Monday of rigging the count in Orsk.",
			[]string{"Green Union>Velland"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccusations(t, tt.text, tt.want)
		})
	}
	checkSpeaker(t, dateline+"Velland's main opposition party, Green Dawn, accused the government on Monday of rigging the count in Orsk.\n\nThe party said observers had been barred from two polling stations.",
		"observers had been barred", "Green Dawn", "Green Dawn", nil)
	// guard: the party's leader named in apposition is a person
	checkSpeaker(t, dateline+"Velland's main opposition party, Green Dawn, accused the government on Monday of rigging the count.\n\nThe party's leader, Ilse Mohr, said observers had been barred from two polling stations.",
		"observers had been barred", "Ilse Mohr", "Green Dawn", nil)
}

// TestSpokesmanByAlias checks a body's spokesman known by a name he goes
// by ("who goes by the name …", "who uses the nom de guerre …", with
// commas or without): that name speaks, on the body's side; an armed
// group described in apposition with a relative after its noun is "the
// militia" later; "the ministry" after officials on no side is the
// state's.
func TestSpokesmanByAlias(t *testing.T) {
	const lead = "DASK, Morvia, May 3 (Wirenews) - Morvia's interior minister, Ilse Mohr, said the Red Ash Brigades, a separatist militia that has held the hills since 2030, had seized the convoy.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"goes by the name, between commas",
			lead + "The militia denied any role. Its spokesman, who goes by the name Harl Venn, said the convoy had been seized by bandits.",
			"seized by bandits", "Harl Venn", "Red Ash Brigades"},
		{"the nom de guerre, in a clause without commas",
			lead + "The militia denied any role. In a statement on its channel, a spokesman who uses the nom de guerre Captain Ostra said the convoy had been seized by bandits.",
			"seized by bandits", "Captain Ostra", "Red Ash Brigades"},
		{"guard: the militia described with a relative, named before, is the group named",
			"DASK, Morvia, May 3 (Wirenews) - \"The Red Ash Brigades seized the convoy,\" Morvia's interior minister, Ilse Mohr, said.\n\nShe said the Red Ash Brigades, a separatist militia that has held the hills since 2030, wanted ransom.\n\nThe militia denied any role.",
			"denied any role", "Red Ash Brigades", "Red Ash Brigades"},
		{"guard: a name formed by something is no alias",
			lead + "Anna Berg, holding a banner that formed the name Velmar, said the convoy had been seized by bandits.",
			"seized by bandits", "Anna Berg", ""},
		{"the ministry after officials on no side is the state's",
			"Morvia's interior minister, Ilse Mohr, said the Red Ash Brigades, a separatist militia, had seized the convoy.\n\n" +
				"Officials have also pointed to a radio message in which, they say, a Brigades commander praises his men.\n\n" +
				"\"We saw nothing,\" said Anna Berg, a driver.\n\nThe defence ministry rejected the drone claim outright.",
			"rejected the drone claim", "Morvian Defence Ministry", "Morvia"},
	})
}

// TestStateOrganByInitials checks a state's organ the article names in
// full and calls by its initials, the state's first letter and the
// organ's words ("MDF" for the Morvian Defence Forces), and its press
// office named by them ("MDF Media Directorate", first seen in a photo
// credit): they speak and are accused for the state; side>accused of
// every accusation, in any order, and the press office's speaker.
func TestStateOrganByInitials(t *testing.T) {
	const text = "[Photo courtesy MDF Media Directorate]\n\n" +
		"DASK, Morvia, May 3 (Wirenews) - The Morvian Defence Forces condemned the attack on the convoy by the Red Ash Front.\n\n" +
		"MDF units secured the area, the MDF Media Directorate said. The MDF rejects any attempt by the Front to shift the blame.\n\n" +
		"The Front's spokesman, Ilan Brask, said an MDF checkpoint had fired on the convoy."
	checkAccusations(t, text, []string{"Morvia>Red Ash Front", "Red Ash Front>Morvia"})
	checkSpeaker(t, text, "The MDF rejects", "Morvian government", "Morvia", nil)
	// guard: a company's initials are no state's organ
	checkSpeaker(t, "DASK, Morvia, May 3 (Wirenews) - The Morvian Defence Forces closed the road.\n\nMorvian Dredging Firm (MDF) said its barges were safe. MDF said the road was open.",
		"", "", "", func(c graph.Claim) bool { return strings.Contains(c.Text, "road was open") && c.Side == "Morvia" })
	// guard: a body described as a militia is no state's organ, by its
	// name or its initials
	const militia = "The Morvian Democratic Forces (MDF), a Velsh-led militia fighting the government in Dask, accused Morvia's army of shelling its positions near Lenk.\n\n" +
		"The MDF said six of its fighters were killed.\n\n" +
		"Morvia's defence ministry denied the charge and accused the MDF of attacking a checkpoint."
	checkSpeaker(t, militia, "six of its fighters", "Morvian Democratic Forces", "Morvian Democratic Forces", nil)
	checkAccusations(t, militia, []string{"Morvian Democratic Forces>Morvia", "Morvia>Morvian Democratic Forces"})
}

// TestAcronymOfNameWithSmallWords checks an acronym given in brackets
// after a name that holds "in", "for" or "a" ("the Kessel Relief Mission
// in Morvia (KRMIM)", "the Movement for a Free Dask (MFD)"): the acronym
// later is the body, not the state or place that ends its name.
func TestAcronymOfNameWithSmallWords(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"the small word spelled in the acronym",
			"Gunmen attacked a patrol near Dask on Monday.\n\nThe Kessel Relief Mission in Morvia (KRMIM) said it had opened an investigation. KRMIM said it had sent a team.",
			"sent a team", "Kessel Relief Mission in Morvia", ""},
		{"the small word left out of the acronym",
			"Gunmen attacked a patrol near Dask on Monday.\n\nThe Kessel Relief Mission in Morvia (KRMM) said it had opened an investigation. KRMM said it had sent a team.",
			"sent a team", "Kessel Relief Mission in Morvia", ""},
		{"an article in the name, the acronym a speaker later",
			"Morvia's interior ministry said on Monday that the Movement for a Free Dask (MFD) had staged the attack.\n\nThe MFD rejected the ministry's account.",
			"rejected the ministry's account", "Movement for a Free Dask", "Movement for a Free Dask"},
	})
}

// TestOppositionMakesState checks a name whose possessive has a main
// opposition party or leader ("Ostrava's main opposition party"): it is
// a state, whose interior ministry speaks for it; and a relative denial
// that ends in what the denier does beside ("a charge the ministry
// dismissed as “theatre” while blaming a faction") leaves the sentence
// before it its own speaker's.
func TestOppositionMakesState(t *testing.T) {
	const lead = "LERNA, Nov 4 (Wirenews) - Ostrava's main opposition party, Green Dawn, accused interior ministry police on Tuesday of setting fire to its offices"
	runSpeakerRows(t, []speakerRow{
		{"the interior ministry of the state with an opposition",
			lead + ".\n\nThe interior ministry rejected the allegation.",
			"rejected the allegation", "Ostravan Interior Ministry", "Ostrava"},
		{"a relative denial before what the denier does beside: the accuser",
			lead + ", a charge the ministry dismissed as \"political theatre\" while blaming a feuding faction inside the party.",
			"accused interior ministry police", "Green Dawn", "Green Dawn"},
		{"guard: the opposition party alone is no state's government",
			"Ostrava's main opposition party accused the government of rigging the vote. The party said it would contest the result.",
			"accused the government", "Ostrava's main opposition party", ""},
		{"guard: the opposition leader in apposition is no state's",
			"Ostrava's main opposition leader, Piet Lorn, accused the government of rigging the vote on Sunday.\n\nThe interior ministry said the count was fair.",
			"accused the government", "Piet Lorn", ""},
	})
	// guard: a person's opposition to something is a stance
	checkSpeaker(t, "Anna Berg's opposition to the plan is well known. Berg said the offices had been set on fire by the police.",
		"", "", "", func(c graph.Claim) bool { return c.Side == "Anna Berg" || c.Subject == "Anna Berg" })
}

// TestYetUndone checks "yet" as a cue of failure only where something is
// still undone ("has yet to pay", "has not yet paid"), not in "claims
// that nobody has yet proven" or "the clearest sign yet": a monitor
// saying both sides make unproven claims accuses neither; side>accused
// of every accusation, in any order.
func TestYetUndone(t *testing.T) {
	const lead = "LERNA, Velland, Nov 4 (Wirenews) - Velland accused Ostmark of faking a video of the minister. Ostmark denied it.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"claims nobody has yet proven accuse no one",
			lead + "\"Both sides are making claims about authorship that nobody has yet proven,\" said Anna Berg, who runs the Tarn Media Lab.",
			[]string{"Velland>Ostmark"}},
		{"guard: the clearest sign yet accuses no one",
			lead + "Anna Berg said the video was the clearest sign yet that Ostmark's hackers had grown bolder.",
			[]string{"Velland>Ostmark"}},
		{"guard: has yet to pay is a failure charged",
			lead + "Ostmark has yet to pay for the damage, Velland said.",
			[]string{"Velland>Ostmark", "Velland>Ostmark"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccusations(t, tt.text, tt.want)
		})
	}
}

// TestTheyAreTheSpeakers checks "they" right after the speech verb of a
// body spoken of in the plural ("Police said they had opened a criminal
// investigation"): the speakers' own act, accusing no one; a party
// named in the clause keeps the old reading. side>accused of every
// accusation, in any order.
func TestTheyAreTheSpeakers(t *testing.T) {
	const lead = "LERNA, Velland, Nov 4 (Wirenews) - The Tarn Rail Company accused the Drivers' Union of cutting signal cables near Lerna.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"police opening an investigation accuse no one",
			lead + "Police said they had opened a criminal investigation but had made no arrests.",
			[]string{"Tarn Rail Company>Drivers' Union"}},
		{"officials said that they",
			lead + "Officials said that they had opened a criminal investigation.",
			[]string{"Tarn Rail Company>Drivers' Union"}},
		{"guard: a harm 'they' did is the party named before's",
			"LERNA, Velland, Nov 4 (Wirenews) - Ostrian troops crossed the border into Velland on Monday. Vellandian officials said they had shelled three villages.",
			[]string{"Velland>Ostria"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccusations(t, tt.text, tt.want)
		})
	}
	// guard: a party named in the clause is no act of the speakers'
	checkSpeaker(t, lead+"Officials said they had seen union members cut the cables.", "", "", "",
		func(c graph.Claim) bool { return strings.Contains(c.Text, "seen union") && c.Subject == "" })
}

// TestTradeNamedCompanies checks companies named by their trade
// ("Halden Distribution", "Pell Laboratories") beside a state's
// regulator: each speaks for itself, and "the company" is the company,
// not the agency that spoke before.
func TestTradeNamedCompanies(t *testing.T) {
	const text = "LERNA, Velland, Nov 4 (Wirenews) - The Velland Medicines Agency accused Halden Distribution of importing fake capsules.\n\n" +
		"Halden Distribution rejected the charge. In a statement, the company said it had never handled a counterfeit product.\n\n" +
		"Pell Laboratories, the maker named on the boxes, said it had no record of the batch."
	for _, tt := range []struct{ evidence, speaker, side string }{
		{"never handled a counterfeit", "Halden Distribution", "Halden Distribution"},
		{"no record of the batch", "Pell Laboratories", "Pell Laboratories"},
	} {
		checkSpeaker(t, text, tt.evidence, tt.speaker, tt.side, nil)
	}
	// guard: a state's body named by its trade is no company of its own
	const public = "LERNA, Velland, Nov 4 (Wirenews) - Velland's health ministry said tests by the National Public Health Laboratories found the water in Dask contaminated.\n\n" +
		"The laboratories said the samples contained high levels of lead.\n\n" +
		"Lerna Medical Supplies, the state procurement agency, said it had sent bottled water to the town."
	checkSpeaker(t, public, "", "", "", func(c graph.Claim) bool {
		return c.Side == "National Public Health Laboratories" || c.Side == "Health Laboratories" || c.Side == "Lerna Medical Supplies"
	})
}

// TestAccuserOfNeighbour checks a party no list names that accuses a
// neighbour ("Tarnow on Wednesday accused neighbouring Velmar of …"): a
// state, as its neighbour is, speaking as its government, and its
// minister named later is its own, not the neighbour's.
func TestAccuserOfNeighbour(t *testing.T) {
	const text = "Tarnow on Wednesday accused neighbouring Velmar of jamming satellite signals along their border.\n\n" +
		"Transport Minister Edvin Salk told reporters that the interference came from transmitters near the border.\n\n" +
		"Velmar rejected the accusation. Velmarian forces had never interfered with civil aviation, a spokeswoman said."
	checkSpeaker(t, text, "accused neighbouring Velmar", "Tarnow government", "Tarnow", nil)
	checkSpeaker(t, text, "came from transmitters", "Edvin Salk", "Tarnow", nil)
	// guard: a person from a neighbouring state is no state
	checkSpeaker(t, "A judge from neighbouring Velmar accused the court of bias.", "", "", "",
		func(c graph.Claim) bool { return strings.HasSuffix(c.Speaker, "government") })
}

// TestParticipleLabel checks a page's label in a participle before a
// colon ("Now Playing: …", "Breaking: …"): no one's words; a surname in
// -ing named before still labels its person's.
func TestParticipleLabel(t *testing.T) {
	checkSpeaker(t, "Did rebels kidnap the tourists?\n\nNow Playing: The trekking road below Dulbek Pass\n\nThe Velland government blamed the Red Ash Front.",
		"", "", "", func(c graph.Claim) bool { return strings.Contains(c.Speaker, "Playing") })
	checkSpeaker(t, "Mayor Lena Fleming opened the hearing on Monday.\n\nFleming: The bridge will reopen in May, whatever the contractor says.",
		"bridge will reopen", "Lena Fleming", "", nil)
	// a label in -ing that opens two paragraphs or more is a transcript's
	// speaker, named nowhere else
	checkSpeaker(t, "Interview transcript\n\nBrenning: We never fired on the convoy.\n\nInterviewer: Who did, then?\n\nBrenning: The rebels fired first.",
		"rebels fired first", "Brenning", "", nil)
}

// TestSentenceCaseBody checks a body a headline or standfirst calls by
// its kind in sentence case ("Dockers' union accuses …", "Coast guard
// says …"), before the body names it: it is the body whose name ends in
// that noun and speaks in the article, when one side does; "Each
// company says" stays both parties'.
func TestSentenceCaseBody(t *testing.T) {
	const union = "Harwick quay cuts overtime as storm shuts berths\n\n" +
		"Porters' union accuses quay owner of breaking pay deal; company blames storm damage\n\n" +
		"HARWICK, May 3 (Wirenews) - The Harwick Porters' Union said on Monday that Harwick Quay Holdings had cut overtime pay without notice.\n\n" +
		"Harwick Quay Holdings said the storm had closed two berths."
	const guard = "Dastria detains Ombrian fishing boat off Kettle Point\n\n" +
		"Coast guard says the Wren was trawling inside Dastrian waters; Ombria calls the arrest \"theft\"\n\n" +
		"The Dastrian coast guard said the Wren had ignored two radio warnings before it was boarded."
	runSpeakerRows(t, []speakerRow{
		{"a union by its kind, then named", union, "quay owner of breaking", "Harwick Porters' Union", "Harwick Porters' Union"},
		{"a coast guard by its noun, then the state's", guard, "the Wren was trawling", "Dastrian coast guard", "Dastria"},
		// the words before the noun must be the name's too: "Porters'
		// union" is the Porters' Union, not the Clerks' Union
		{"two unions speak, the kind's word picks one",
			strings.Replace(union, "Harwick Quay Holdings said the storm", "The Quayside Clerks' Union said the storm", 1),
			"quay owner of breaking", "Harwick Porters' Union", "Harwick Porters' Union"},
		// guards: a kind whose words are not the speaking body's: only
		// the noun is shared
		{"guard: an insurer is no shipping company",
			"Freighter hit by mine off Dunmere\n\nA freighter carrying grain was damaged by a mine off Dunmere on Monday, the Kestrian navy said. Insurance company says the damage is covered.\n\n" +
				"The ship's owner, the Velko Shipping Company, said none of the crew had been hurt.",
			"the damage is covered", "Insurance company", ""},
		{"guard: a teachers' union is no transport workers' union",
			"Teachers' union says pay offer is an insult\n\nTeachers in Ambry will vote next week on a strike after the town council offered a pay rise of 2 percent. Teachers' union says the offer is an insult to its members.\n\n" +
				"The Ambry Transport Workers' Union said its members would not join any strike.",
			"the offer is an insult", "Teachers' union", ""},
		{"guard: a rights group is no dockers' group",
			"Strike closes Ambry port\n\nDock workers closed the port of Ambry on Monday in a strike over pay. Rights group says the police used too much force against the strikers.\n\n" +
				"The Ambry Dockers' Group said the strike would last a week.",
			"too much force", "Rights group", ""},
	})
}

// TestPartyNounAnyParty checks "the party" or "the movement" as a
// speaker when the article names no body so but one party, alliance,
// movement or front: it is that body; with two such bodies speaking it
// stays as written.
func TestPartyNounAnyParty(t *testing.T) {
	const front = "KORSA, Vendria, June 4 (Wirenews) - Vendria's army accused the Tamsel Hills Front on Monday of shelling a grain depot near Korsa.\n\n" +
		"The rebels put out a statement in the evening. The movement says the army stored shells beside the depot."
	const alliance = "ORSK, May 3 (Wirenews) - Velland's interior ministry said on Monday that the Alliance for a Free Velland (AFV) had staged the attack on its organiser.\n\n" +
		"Ivo Renn, an organiser for the AFV, was taken to hospital after collapsing at a rally. The party alleged that he had been beaten by police officers.\n\n" +
		"The AFV rejected the ministry's account."
	runSpeakerRows(t, []speakerRow{
		{"the movement is the one front named", front, "the army stored shells", "Tamsel Hills Front", "Tamsel Hills Front"},
		{"the party is the one alliance named", alliance, "he had been beaten", "Alliance for a Free Velland", "Alliance for a Free Velland"},
		{"guard: a second party speaks, the party stays as written",
			alliance + "\n\nThe Civic Front said it would join the protest on Friday.",
			"he had been beaten", "party", ""},
	})
}

// TestHiredFirmSpeaks checks a firm described by the client that hired
// it ("Redfern Labs, a security firm brought in by the central bank,
// said"): the firm speaks for itself, not for its client; a spokesman
// for a body still speaks for it.
func TestHiredFirmSpeaks(t *testing.T) {
	const bank = "The National Bank of Tarvia said on Monday that its payment system had failed. "
	runSpeakerRows(t, []speakerRow{
		{"brought in by", bank + "Redfern Labs, a security firm brought in by the National Bank, said the malware was new.",
			"the malware was new", "Redfern Labs", "Redfern Labs"},
		{"hired by", bank + "Redfern Labs, a security firm hired by the bank, said the malware was new.",
			"the malware was new", "Redfern Labs", "Redfern Labs"},
		{"guard: a spokesman for the bank speaks for it", bank + "Ivo Tam, a spokesman for the National Bank, said the malware was new.",
			"the malware was new", "Ivo Tam", "National Bank of Tarvia"},
		// a firm hired to argue the client's case (law, lobbying, public
		// relations) speaks on the client's side
		{"a law firm retained by the client", "Farmers in Kesk said on Monday that Orvin Mining had poisoned their wells.\n\nDorrit Partners, a law firm retained by Orvin Mining, said the farmers' tests were flawed.",
			"tests were flawed", "Dorrit Partners", "Orvin Mining"},
		{"a lobbying firm hired by the client", "Farmers in Kesk said on Monday that Orvin Mining had poisoned their wells.\n\nAmos Creel, a lobbying firm hired by Orvin Mining, said the mine was safe.",
			"the mine was safe", "Amos Creel", "Orvin Mining"},
	})
}

// TestReplyWithoutStatement checks "responded", "replied", "reacted"
// with no word of the answer after them ("Tarvia responded within
// hours", "did not respond to a request for comment"): no claim; a reply
// that states something ("responded that …", "replied by calling …") is
// one.
func TestReplyWithoutStatement(t *testing.T) {
	const lead = "Ostmark accused Tarvia on Monday of shelling a border post near Lenk.\n\n"
	for _, tt := range []struct {
		name, sentence string
		claim          bool
	}{
		{"a reply told by when it came", "Tarvia responded within hours.", false},
		{"a reply to a request", "Tarvia's foreign ministry did not respond to a request for comment.", false},
		{"a reply told by an act", "Tarvia replied by expelling six Ostmarki diplomats.", false},
		{"a reply that states", "Tarvia responded that its guns had not fired.", true},
		{"a reply by a verb of saying", "Tarvia responded by calling the charge a lie.", true},
		{"a reply told by its denial", "Tarvia's foreign ministry responded with a flat denial of any involvement.", true},
		{"a reply by a rebuttal", "Tarvia's army replied with a rebuttal on its website.", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(lead + tt.sentence)})
			got := false
			for _, c := range res.Claims {
				got = got || strings.Contains(tt.sentence, c.Text) || strings.Contains(c.Text, tt.sentence)
			}
			if got != tt.claim {
				t.Errorf("claim of %q: %v, want %v:%s", tt.sentence, got, tt.claim, describe(res.Claims))
			}
		})
	}
}
