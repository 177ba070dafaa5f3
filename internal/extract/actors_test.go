package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestOpenActors checks that states, armed groups and companies no
// taxonomy names are read from the way an article introduces them.
func TestOpenActors(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimRow // claims in document order
	}{
		{"a state and its demonym, the demonym first",
			"The Ostrelian navy said a Valdorian trawler had rammed its patrol boat. Ostrelia and Valdoria both claim the reef.",
			[]claimRow{{"Ostrelian government", "Ostrelia", "accusation", "Valdoria"}}},
		{"an armed group by its full name, its acronym and a back reference",
			"The Korvik Liberation Front (KLF) said the Red Hand Brigade had shelled the market. The brigade denied it. \"The KLF shelled the market itself,\" the brigade said.",
			[]claimRow{
				{"Korvik Liberation Front", "Korvik Liberation Front", "accusation", "Red Hand Brigade"},
				{"Red Hand Brigade", "Red Hand Brigade", "denial", "Red Hand Brigade"},
				{"Red Hand Brigade", "Red Hand Brigade", "accusation", "Korvik Liberation Front"},
			}},
		{"an organisation named in apposition to a description is accused by that description",
			"LESKOV, Tarvania, June 9 (Wirenews) - The watchdog, the Tarvanian Water Commission, fined Brannock Utilities in March.\n\nBrannock Utilities accused the watchdog of hiding its own inspection reports.",
			[]claimRow{{"Brannock Utilities", "Brannock Utilities", "accusation", "Tarvanian Water Commission"}}},
		{"a company described first, then named, is the company accused later",
			"LESKOV, Tarvania, June 9 (Wirenews) - The region's biggest water company, Halvek, opened the dam in 2015.\n\nDana Oster, a farmer below the dam, accused the company of skipping two inspections.",
			[]claimRow{{"Dana Oster", "", "accusation", "Halvek"}}},
		{"the first words of a name refer back to it",
			"The Red Hand Brigade holds the hills. \"The Red Hand fired the rockets,\" Jonas Vell said.",
			[]claimRow{{"Jonas Vell", "", "accusation", "Red Hand Brigade"}}},
		{"a party shown a state by its minister later speaks as its government throughout, by its regular demonym",
			"Korvel accused Vessaria of draining the lake. Vessaria denies it. Tomas Wend, Vessaria's water minister, said the lake was full.",
			[]claimRow{
				{"Korvel", "Korvel", "accusation", "Vessaria"},
				{"Vessarian government", "Vessaria", "denial", "Vessaria"},
				{"Tomas Wend", "Vessaria", "assertion", ""},
			}},
		{"a state whose name forms no regular demonym keeps its name",
			"Korvel accused Vessaria of draining the lake. Korvel's prime minister, Ada Brisk, said the pumps were illegal.",
			[]claimRow{
				{"Korvel government", "Korvel", "accusation", "Vessaria"},
				{"Ada Brisk", "Korvel", "assertion", ""},
			}},
		{"guard: a party with a chief executive, not a minister, speaks as itself",
			"Korvel accused Brenna of draining the lake. Brenna denies it. Ada Brisk, Brenna's chief executive, said the lake was full.",
			[]claimRow{
				{"Korvel", "Korvel", "accusation", "Brenna"},
				{"Brenna", "Brenna", "denial", "Brenna"},
				{"Ada Brisk", "Brenna", "assertion", ""},
			}},
		{"a state's agency named by the state takes its side, and accused it is the state",
			"A Korvelan probe and a Dunmarchi probe collided on Tuesday. The Korvela Space Agency said Dunmarch had failed to warn anyone. " +
				"Dunmarch's science minister, Ida Lenz, accused the Korvela Space Agency of hiding its own mistake.",
			[]claimRow{
				{"Korvela Space Agency", "Korvela", "accusation", "Dunmarch"},
				{"Ida Lenz", "Dunmarch", "accusation", "Korvela"},
			}},
		{"guard: a union a demonym opens speaks and is accused as itself",
			"A Korvelan probe and a Dunmarchi probe collided on Tuesday. Dunmarch accused the Korvelan Engineers' Union of leaking the plans. " +
				"The Korvelan Engineers' Union said Dunmarch had failed to warn anyone.",
			[]claimRow{
				{"Dunmarchi government", "Dunmarch", "accusation", "Korvelan Engineers' Union"},
				{"Korvelan Engineers' Union", "Korvelan Engineers' Union", "accusation", "Dunmarch"},
			}},
		{"a state named by a possessive before a state noun",
			"Lorvan's energy minister, Petra Sadik, said the country had gas for three days.",
			[]claimRow{{"Petra Sadik", "Lorvan", "assertion", ""}}},
		{"what the article called the group",
			"The separatist Free Moravek Army runs the camp. The separatists said Tarsian forces had shelled it.",
			[]claimRow{{"Free Moravek Army", "Free Moravek Army", "accusation", "Tarsia"}}},
		{"a state's organ speaks for the state",
			"Tarsia borders the region. The Tarsian General Staff said the Free Moravek Army had blown up the depot.",
			[]claimRow{{"Tarsian government", "Tarsia", "accusation", "Free Moravek Army"}}},
		{"the dateline's state speaks as the government, the army, the ministry",
			"MELNA, Quorvia, June 2 (Wirenews) - Shells hit a depot, and the government and the Tyran Front each blamed the other for the blast.\n\nThe interior ministry said the Front had fired the shells.\n\nThe army said its units had not fired.",
			[]claimRow{
				{"Quorvian government", "Quorvia", "accusation", "Tyran Front"},
				{"Tyran Front", "Tyran Front", "accusation", "Quorvia"},
				{"Quorvian Interior Ministry", "Quorvia", "accusation", "Tyran Front"},
				{"Quorvian government", "Quorvia", "assertion", ""},
			}},
		{"a title is no organisation, a capital before a surname is a first name",
			"LISMOR, Quorvia (Wirenews) - Deputy Energy Minister Tamsin Orlo said the Tyran Front lied. Trade Minister Sofia Kettle said the Front had looted the warehouse.",
			[]claimRow{
				{"Tamsin Orlo", "Quorvia", "accusation", "Tyran Front"},
				{"Sofia Kettle", "Quorvia", "accusation", "Tyran Front"},
			}},
		{"a group named before a group noun; the army of the dateline's state",
			"DUNMERE, Sallia (Wirenews) - Sallian police stormed a bus held by the Grey Lantern group.\n\nThe group accused the police of killing the driver.",
			[]claimRow{{"Grey Lantern", "Grey Lantern", "accusation", "Sallia"}}},
		{"a company by the first words of its name, and as the company",
			"The Sallian government accused Redmoor Copper Holdings of dumping waste in the lake. Redmoor Copper rejected the accusation. The company said its pipes were sealed. Chief executive Anton Brisk said the lake was clean.",
			[]claimRow{
				{"Sallian government", "Sallia", "accusation", "Redmoor Copper Holdings"},
				{"Redmoor Copper Holdings", "Redmoor Copper Holdings", "denial", "Redmoor Copper Holdings"},
				{"Redmoor Copper Holdings", "Redmoor Copper Holdings", "assertion", ""},
				{"Anton Brisk", "Redmoor Copper Holdings", "assertion", ""},
			}},
		{"a builder's name ends in a business noun",
			"The Sallian government accused Norvale Engineering of falsifying load tests. Harrow Construction said the bridge was sound.",
			[]claimRow{
				{"Sallian government", "Sallia", "accusation", "Norvale Engineering"},
				{"Harrow Construction", "Harrow Construction", "assertion", ""},
			}},
		{"works and builders after a capitalised word are companies",
			"Bexley Works accused the Grey Lantern group of blocking the quarry road. Dorrow Builders blamed the Grey Lantern group for the fire.",
			[]claimRow{
				{"Bexley Works", "Bexley Works", "accusation", "Grey Lantern"},
				{"Dorrow Builders", "Dorrow Builders", "accusation", "Grey Lantern"},
			}},
		{"a business noun opening a sentence is an ordinary noun",
			"Construction began in May. Engineering students said the bridge was sound.",
			[]claimRow{{"Engineering students", "", "assertion", ""}}},
		{"a town's council speaks for itself and the council refers back to it",
			"DORVAN, Sallia (Wirenews) - The Dorvan city council said the tunnel was safe. The council blamed Bexley Works for the flooding.",
			[]claimRow{
				{"Dorvan city council", "Dorvan city council", "assertion", ""},
				{"Dorvan city council", "Dorvan city council", "accusation", "Bexley Works"},
			}},
		{"a province's government named with 'of' speaks for itself; miners' names end in a business noun",
			"TORVA, Sallia (Wirenews) - The provincial government of Lesk said the mountain road was closed. Corran Metals accused the regional council of Upper Lesk of blocking its trucks. Tess Resources said the quarry was safe.",
			[]claimRow{
				{"Lesk provincial government", "Lesk provincial government", "assertion", ""},
				{"Corran Metals", "Corran Metals", "accusation", "Upper Lesk regional council"},
				{"Tess Resources", "Tess Resources", "assertion", ""},
			}},
		{"a province whose name ends in a word the dateline made a state keeps its whole name",
			"KESTLE, North Dravona (Wirenews) - A landslide buried the mountain road on Monday.\n\nThe provincial government of North Dravona said the road was closed. Corran Metals said the quarry was safe.",
			[]claimRow{
				{"North Dravona provincial government", "North Dravona provincial government", "assertion", ""},
				{"Corran Metals", "Corran Metals", "assertion", ""},
			}},
		// guard: "of" and the state's own name is no province
		{"a provincial government of the dateline's state is the state's",
			"TORVA, Sallia (Wirenews) - A landslide buried the mountain road on Monday.\n\nThe provincial government of Sallia said the road was closed. Corran Metals said the quarry was safe.",
			[]claimRow{
				{"Sallian government", "Sallia", "assertion", ""},
				{"Corran Metals", "Corran Metals", "assertion", ""},
			}},
		{"a field in -ing between a state's possessive and its organ",
			"Brennland's mining ministry said it had suspended the licence. Brennland’s fishing ministry said the trawler sank.",
			[]claimRow{
				{"Brennland Mining Ministry", "Brennland", "assertion", "Brennland"},
				{"Brennland Fishing Ministry", "Brennland", "assertion", ""},
			}},
		{"a party of blame no list names, no dateline or demonym, speaks for itself",
			"Pirrow accused Velland of sinking a patrol boat. Velland denied the charge.",
			[]claimRow{
				{"Pirrow", "Pirrow", "accusation", "Velland"},
				{"Velland", "Velland", "denial", "Velland"},
			}},
		{"a party of blame whose government speaks is a state",
			"Pirrow accused Velland of sinking a patrol boat. Velland's government denied the charge. Its navy said the boat had run aground.",
			[]claimRow{
				{"Pirrow", "Pirrow", "accusation", "Velland"},
				{"Velland government", "Velland", "denial", "Velland"},
				{"navy", "Velland", "assertion", ""},
			}},
		{"a party of blame whose field ministry speaks is a state",
			"Pirrow accused Velland of sinking a patrol boat. Velland's interior ministry denied the charge.",
			[]claimRow{
				{"Pirrow", "Pirrow", "accusation", "Velland"},
				{"Velland Interior Ministry", "Velland", "denial", "Velland"},
			}},
		{"a party of blame's spokesman or police make no state",
			"Pirrow accused Velland of sinking a patrol boat. Velland's spokesman denied the charge. Velland's police said the boat had run aground.",
			[]claimRow{
				{"Pirrow", "Pirrow", "accusation", "Velland"},
				{"Velland", "Velland", "denial", "Velland"},
				{"Velland police", "Velland police", "assertion", ""},
			}},
		{"a party of blame after an auxiliary and a time",
			"Pirrow has accused Velland of piracy.\n\nOn Monday, Velland blamed Pirrow for the flood.",
			[]claimRow{
				{"Pirrow", "Pirrow", "accusation", "Velland"},
				{"Velland", "Velland", "accusation", "Pirrow"},
			}},
		{"a party of blame with a time and an adverb before its verb",
			"Pirrow on Monday accused Velland of sinking the boat. Velland has again blamed Pirrow for the flood.",
			[]claimRow{
				{"Pirrow", "Pirrow", "accusation", "Velland"},
				{"Velland", "Velland", "accusation", "Pirrow"},
			}},
		{"a person, a title, a plural are no party",
			"Tomas Reche said the port was closed.\n\nReche accused Velland of lying. Minister Sorn blamed Pirrow for the flood. Critics accused Dorrin of waste.",
			[]claimRow{
				{"Tomas Reche", "", "assertion", ""},
				{"Tomas Reche", "", "accusation", "Velland"},
				{"Sorn", "", "accusation", "Pirrow"},
				{"Critics", "", "accusation", "Dorrin"},
			}},
		{"a dateline city starts an armed group's name",
			"TAVERN, Quorvia (Wirenews) - The Tavern Liberation Front said Quorvian troops had burned the village.",
			[]claimRow{{"Tavern Liberation Front", "Tavern Liberation Front", "accusation", "Quorvia"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimRows(t, tt.text, tt.want)
		})
	}
}

// TestSurnameIsNoState checks that a taxonomy state's name used as a
// person's surname names the person.
func TestSurnameIsNoState(t *testing.T) {
	tax := testTaxonomy()
	text := "Senator Amy Sylvania said the bill would pass. Sylvania said the vote was close."
	res := extractWith(t, New(tax), Article{Name: "a.txt", Text: []byte(text)})
	if len(res.Claims) != 2 {
		t.Fatalf("got %d claims:%s", len(res.Claims), describe(res.Claims))
	}
	for _, c := range res.Claims {
		if c.Speaker != "Amy Sylvania" || c.Side == "Sylvania" {
			t.Errorf("claim by %s [%s], want Amy Sylvania without a side", c.Speaker, c.Side)
		}
	}
	_ = graph.KindAssertion
}

// TestSidesFromLookup checks that a person an article ties to no side
// takes the side a lookup of earlier loads knows, and that the result
// says where each side came from.
func TestSidesFromLookup(t *testing.T) {
	lookup := func(name string) (string, bool) {
		if name == "Ivo Marek" {
			return "Freedonia", true
		}
		return "", false
	}
	text := "Ivo Marek said the bridge would reopen. Dana Oster, the Sylvanian president, said it would not."
	x := New(testTaxonomy()).WithSides(lookup)
	res := extractWith(t, x, Article{Name: "a.txt", Text: []byte(text)})
	want := map[string][2]string{"Ivo Marek": {"Freedonia", SideFromLookup}, "Dana Oster": {"Sylvania", ""}}
	if len(res.Claims) != 2 {
		t.Fatalf("got %d claims:%s", len(res.Claims), describe(res.Claims))
	}
	for _, c := range res.Claims {
		w := want[c.Speaker]
		if c.Side != w[0] || res.SideFrom[c.SpeakerID] != w[1] {
			t.Errorf("%s: side %q from %q, want %q from %q", c.Speaker, c.Side, res.SideFrom[c.SpeakerID], w[0], w[1])
		}
	}
	// without the lookup the article alone decides
	res = extractWith(t, New(testTaxonomy()), Article{Name: "a.txt", Text: []byte(text)})
	if res.Claims[0].Side != "" {
		t.Errorf("without a lookup, %s has side %q", res.Claims[0].Speaker, res.Claims[0].Side)
	}
}

// TestUpper8 checks the word-at-a-time capital and lower-case finders of
// scanDemonyms against a byte-by-byte test, for every byte in every lane, beside
// neighbours that are themselves capitals, non-ASCII or neither.
func TestUpper8(t *testing.T) {
	for _, fill := range []byte{' ', 'A', 'Z', 'a', 0x80, 0xff, '@', '['} {
		for lane := 0; lane < 8; lane++ {
			for c := 0; c < 256; c++ {
				var w [8]byte
				for k := range w {
					w[k] = fill
				}
				w[lane] = byte(c)
				var x, want uint64
				for k, b := range w {
					x |= uint64(b) << (8 * k)
					if b >= 'A' && b <= 'Z' {
						want |= 0x80 << (8 * k)
					}
				}
				if got := upper8(x); got != want {
					t.Fatalf("upper8(% x) = %#x, want %#x", w, got, want)
				}
				var wantLower uint64
				for k, b := range w {
					if b >= 'a' && b <= 'z' {
						wantLower |= 0x80 << (8 * k)
					}
				}
				if got := lower8(x); got != wantLower {
					t.Fatalf("lower8(% x) = %#x, want %#x", w, got, wantLower)
				}
			}
		}
	}
}

// TestNationalOrganPair checks that two states no list names, each
// given by its name before an organ only a state has ("the Velland
// government", "Ostmark's coastguard"), are the two parties of "accused
// each other", and that a demonym before the organ makes no state of
// its own.
func TestNationalOrganPair(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // accuser>accused of the accusations, sorted; nil: any
		forbid string   // a side no accusation may have
	}{
		{"The Velland government and the Ostmark government accused each other of ramming trawlers on the lake.",
			[]string{"Ostmark>Velland", "Velland>Ostmark"}, ""},
		{"The Korsa navy and the Ellund army blamed each other for the shelling of the ferry terminal.",
			[]string{"Ellund>Korsa", "Korsa>Ellund"}, ""},
		{"Velland's navy and Ostmark's coastguard accused each other of firing on fishing boats.",
			[]string{"Ostmark>Velland", "Velland>Ostmark"}, ""},
		// guards: the state's adjective names none but its state; a
		// town's police and a firm's board are no state's
		{"Vessland closed the strait on Monday. The Vesslander navy accused Ombria of laying mines in the channel.",
			nil, "Vesslander"},
		{"The Harwick police accused Dunmore Freight of hiding the cargo.",
			[]string{"Harwick police>Dunmore Freight"}, "Harwick"},
	}
	for _, tt := range tests {
		got, res := accusationPairs(t, tt.text)
		for _, g := range got {
			if tt.forbid != "" && strings.HasPrefix(g, tt.forbid+">") {
				t.Errorf("%q: %s speaks for a state of its own:%s", tt.text, tt.forbid, describe(res.Claims))
			}
		}
		if tt.want != nil && !slices.Equal(got, tt.want) {
			t.Errorf("%q: accusations %v, want %v:%s", tt.text, got, tt.want, describe(res.Claims))
		}
	}
}

// TestMixedPair checks a reciprocal accusation whose subject names one
// party and describes the other by its noun ("the regulator and Skyvale
// Airways"): the described party is the organisation an apposition
// called so, in either order, and none when no organisation is.
func TestMixedPair(t *testing.T) {
	const intro = "The Civil Aviation Board, the country's aviation regulator, opened an inquiry on Monday. "
	tests := []struct {
		text string
		want []string // accuser>accused of the accusations, sorted
	}{
		{intro + "The regulator and Skyvale Airways blamed each other for the near miss at Brenholt.",
			[]string{"Civil Aviation Board>Skyvale Airways", "Skyvale Airways>Civil Aviation Board"}},
		{intro + "Skyvale Airways and the aviation regulator have accused each other of hiding the tower recordings.",
			[]string{"Civil Aviation Board>Skyvale Airways", "Skyvale Airways>Civil Aviation Board"}},
		{"Dunmore Freight, a haulage company, lost two lorries in the fire. The company and the Harwick Port Authority blamed each other for the blaze.",
			[]string{"Dunmore Freight>Harwick Port Authority", "Harwick Port Authority>Dunmore Freight"}},
		// guard: no organisation is called a regulator: no party is made up
		{"Skyvale Airways grounded its jets on Monday. The regulator and Skyvale Airways blamed each other for the near miss.",
			nil},
	}
	for _, tt := range tests {
		got, res := accusationPairs(t, tt.text)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: accusations %v, want %v:%s", tt.text, got, tt.want, describe(res.Claims))
		}
	}
}

// TestGovernmentHands checks that "government forces", "government
// troops" and "government soldiers" in lower case inside a charge are
// the state's hands, as "Government officials" opening a sentence are
// its people: the charge accuses the state.
func TestGovernmentHands(t *testing.T) {
	const lead = "TOLMA, Ostmark (Wirenews) - Ostmark's army and the rebel Varn Hills Front blamed each other for a rocket strike on a clinic. "
	tests := []struct {
		text string
		want string // accuser>accused of the sentence's accusation; "" none
	}{
		{lead + "The Front said government forces had fired the rockets.", "Varn Hills Front>Ostmark"},
		{lead + "The Front accused government troops of firing the rockets from a school.", "Varn Hills Front>Ostmark"},
		{lead + "Witnesses said government soldiers had shelled the market.", "Ostmark"},
		// guard: no state in the article: the government's hands are no one's
		{"The Front accused government troops of firing the rockets.", ""},
	}
	for _, tt := range tests {
		res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
		got := ""
		for _, c := range res.Claims {
			if c.Kind == graph.KindAccusation && strings.Contains(tt.text[strings.LastIndex(tt.text, ". ")+1:], c.Text) {
				got = c.Side + ">" + c.Subject
			}
		}
		if tt.want != "" && !strings.HasSuffix(got, tt.want) || tt.want == "" && got != "" {
			t.Errorf("%q: accusation %q, want %q:%s", tt.text, got, tt.want, describe(res.Claims))
		}
	}
}

// TestNeighbourState checks that a name no list knows after
// "neighbouring" is a state wherever the phrase stands, so that its
// later denial speaks for it and a charge against its agents is one
// against it.
func TestNeighbourState(t *testing.T) {
	tests := []struct {
		text, evidence, speaker, side string
	}{
		{"A cyberattack left most of Ostra without power on Friday, and the government blamed hackers working for neighbouring Vell. Vell denied any role.", "Vell denied", "Vell government", "Vell"},
		{"The governor said troops of neighboring Korrin had crossed the river. Korrin said its troops had stayed on their side.", "Korrin said", "Korrin government", "Korrin"},
		// guard: where a person is from is no side of hers
		{"The mediator, a retired judge from neighbouring Varsk named Oona Brill, said the talks would resume.", "talks would resume", "Oona Brill", ""},
	}
	for _, tt := range tests {
		checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, nil)
	}
}

// TestPresidencyNoState checks that a person's presidency ("Clinton's
// presidency", "the Marek presidency") makes no state of the person, as
// a state's navy or coastguard makes one of its name.
func TestPresidencyNoState(t *testing.T) {
	tests := []struct {
		text, evidence, speaker, side string
	}{
		{"Ivo Marek's presidency was a disaster, the senator said. Marek's team says he will campaign on Friday.", "Marek's team says", "Marek's team", ""},
		{"The Marek presidency ended in 2030. Marek's team says he will campaign on Friday.", "Marek's team says", "Marek's team", ""},
	}
	for _, tt := range tests {
		checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, nil)
	}
}

// TestNoStateFromCompound checks names that the state-naming rules must
// leave alone: an organ's noun that modifies another ("the Tellan
// military tribunals"), and the first of a state's two words after
// "the government of" ("Costa Verde").
func TestNoStateFromCompound(t *testing.T) {
	tests := []struct {
		text, notState string
	}{
		{"\"The Tellan military tribunals are a farce,\" said Ivo Brenn of the Civil Liberties League.", "Tellan"},
		{"The government of Costa Verde has agreed to host the refugees, officials said. Advocates said the government should go further.", "Costa"},
	}
	for _, tt := range tests {
		res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
		for _, c := range res.Claims {
			if c.Side == tt.notState || c.Subject == tt.notState {
				t.Errorf("%q: %q made a state:%s", tt.text, tt.notState, describe(res.Claims))
			}
		}
	}
}
