package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestReciprocalSidesUnlisted checks that two parties no list names,
// blaming each other, make two accusations with the parties as sides,
// with no configuration: compound subjects with a state's organ or a
// name holding a plural possessive, two companies joined by "and", and
// "X blamed Y, which in turn blamed X".
func TestReciprocalSidesUnlisted(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		want []string // side>accused of the accusations, in any order
	}{
		{"a state's organ in lower case and a union with a plural possessive",
			dl + "Ostmark's transport ministry and the Kelvan Dockers' Federation blamed each other on Thursday for the collapse of a crane at the port.",
			[]string{"Ostmark>Kelvan Dockers' Federation", "Kelvan Dockers' Federation>Ostmark"}},
		{"an armed group, then a state's organ",
			dl + "The Iron Hill Movement and Ostmark's water ministry blamed each other for a mortar strike on a grain depot.",
			[]string{"Iron Hill Movement>Ostmark", "Ostmark>Iron Hill Movement"}},
		{"two companies joined by and are two parties",
			dl + "Selvik Shipping and Dorrow Logistics traded blame for a warehouse fire at the port.",
			[]string{"Selvik Shipping>Dorrow Logistics", "Dorrow Logistics>Selvik Shipping"}},
		{"an aside between the pair and its verb",
			dl + "The Red Falcon Brigade and Dorrow Logistics, without offering evidence, accused each other of starting a fire at the depot.",
			[]string{"Red Falcon Brigade>Dorrow Logistics", "Dorrow Logistics>Red Falcon Brigade"}},
		{"an apposition describing the second party",
			dl + "The Kelvan Dockers' Federation and Norvale Engineering, the engineering firm that was hired in 2019 to rebuild the quay and its drains, blamed each other for the collapse of a crane.",
			[]string{"Kelvan Dockers' Federation>Norvale Engineering", "Norvale Engineering>Kelvan Dockers' Federation"}},
		{"a town's council in lower case and a company described after it",
			dl + "The Dorvan city council and Bexley Works, the company that paved the ring road in 2018, blamed each other on Friday for the flooding of a tunnel.",
			[]string{"Dorvan city council>Bexley Works", "Bexley Works>Dorvan city council"}},
		{"a port's authority in lower case",
			dl + "The Brask port authority and Norvale Engineering blamed each other for the collapse of a crane.",
			[]string{"Brask port authority>Norvale Engineering", "Norvale Engineering>Brask port authority"}},
		{"a province's government named with 'of', and a miner",
			dl + "The provincial government of Lesk and Corran Metals traded blame on Monday after a landslide buried a road below the quarry.",
			[]string{"Lesk provincial government>Corran Metals", "Corran Metals>Lesk provincial government"}},
		{"a relative clause after the first party",
			dl + "Selvik Shipping, which built the quay in 2017, and the Kelvan Dockers' Federation blamed each other for the collapse of a crane.",
			[]string{"Selvik Shipping>Kelvan Dockers' Federation", "Kelvan Dockers' Federation>Selvik Shipping"}},
		{"a whose clause after the first party",
			dl + "The Red Falcon Brigade, whose fighters hold the hills, and Dorrow Logistics accused each other of starting a fire at the depot.",
			[]string{"Red Falcon Brigade>Dorrow Logistics", "Dorrow Logistics>Red Falcon Brigade"}},
		{"a clause before and is no aside",
			dl + "The ministry said the quay was safe, and Selvik Shipping and Dorrow Logistics blamed each other for the collapse of a crane.",
			[]string{"Selvik Shipping>Dorrow Logistics", "Dorrow Logistics>Selvik Shipping"}},
		{"blamed each other with nothing after: the blame is the claim",
			dl + "A crane collapsed at the port on Monday, killing two workers. Selvik Shipping and Dorrow Logistics blamed each other.",
			[]string{"Selvik Shipping>Dorrow Logistics", "Dorrow Logistics>Selvik Shipping"}},
		{"the two companies, named before, traded blame",
			dl + "A crane collapsed at the port. Selvik Shipping runs the crane and Dorrow Logistics inspects it. The two companies have traded blame since.",
			[]string{"Selvik Shipping>Dorrow Logistics", "Dorrow Logistics>Selvik Shipping"}},
		{"two states no list names, no dateline or demonym",
			"Pirrow and Velland blamed each other on Tuesday for the sinking of a patrol boat.",
			[]string{"Pirrow>Velland", "Velland>Pirrow"}},
		{"two states no list names trade blame",
			"Pirrow and Velland traded blame after a patrol boat sank.",
			[]string{"Pirrow>Velland", "Velland>Pirrow"}},
		{"two states no list names, an auxiliary before the verb",
			"Pirrow and Velland have accused each other of sinking a patrol boat.",
			[]string{"Pirrow>Velland", "Velland>Pirrow"}},
		{"two states no list names, a time before the verb",
			"Pirrow and Velland on Tuesday accused each other of sinking a patrol boat.",
			[]string{"Pirrow>Velland", "Velland>Pirrow"}},
		{"a state's body described in lower case and a company named after its description",
			dl + "Ostmark's water regulator and the region's biggest water company, Halvek, blamed each other for the flooding of a tunnel.",
			[]string{"Ostmark>Halvek", "Halvek>Ostmark"}},
		{"the first party named in apposition to its description",
			dl + "The dam operator, Halvek, and Ostmark's water ministry accused each other of causing the flood.",
			[]string{"Halvek>Ostmark", "Ostmark>Halvek"}},
		{"the second party named in apposition to its description",
			dl + "Ostmark's water ministry and the dam operator, Halvek, blamed each other for the flood.",
			[]string{"Ostmark>Halvek", "Halvek>Ostmark"}},
		{"a ministry named by a state no list knows, the other party in apposition",
			dl + "The dam operator, Halvek, and the Velland water ministry accused each other of causing the flood.",
			[]string{"Halvek>Velland", "Velland>Halvek"}},
		{"a modifier before the second party",
			"Pirrow and neighbouring Velland accused each other of sinking a patrol boat.",
			[]string{"Pirrow>Velland", "Velland>Pirrow"}},
		{"a modifier after the second party's article",
			dl + "The Red Falcon Brigade and the rival Iron Hill Movement blamed each other for a mortar strike on a grain depot.",
			[]string{"Red Falcon Brigade>Iron Hill Movement", "Iron Hill Movement>Red Falcon Brigade"}},
		{"an armed group's word, a verb too, before the second party",
			"KORSA, Vendria (Wirenews) - Shells hit a hospital in Korsa on Saturday, killing nine people.\n\nVendria's army and the rebel Tamsel Hills Front immediately blamed each other for the attack.",
			[]string{"Vendria>Tamsel Hills Front", "Tamsel Hills Front>Vendria"}},
		{"a modifier before a named state, the first party from the dateline",
			dl + "Ostmark and neighbouring Velland blamed each other for a mortar strike on a grain depot.",
			[]string{"Ostmark>Velland", "Velland>Ostmark"}},
		{"guard: a modifier before people no party names",
			dl + "Selvik Shipping and local farmers blamed each other for a fire at the depot.",
			nil},
		{"both countries accused the other: the states named before",
			dl + "Ostmark accused Velland of shelling the village.\n\nBoth countries accused the other of shooting first.",
			[]string{"Ostmark>Velland", "Ostmark>Velland", "Velland>Ostmark"}},
		{"each side blamed the other: two names joined by and in an earlier paragraph",
			"Pirrow and Velland fought a brief border war in May.\n\nEach side blamed the other for the outbreak of fighting.",
			[]string{"Pirrow>Velland", "Velland>Pirrow"}},
		{"each side saying the other: the two names joined by and in an earlier paragraph",
			"Pirrow and Velland fought a brief border war in May.\n\nThe truce collapsed on Friday, with each side saying the other had fired first.",
			[]string{"Pirrow>Velland", "Velland>Pirrow"}},
		{"each side saying the other after two armed groups: the groups, not the dateline's state",
			dl + "A prisoner exchange between two armed groups collapsed on Friday, with each side saying the other had broken the deal.\n\nThe Red Falcon Brigade accused the Iron Hill Movement of adding names to the list. The Iron Hill Movement denied it.",
			[]string{"Red Falcon Brigade>Iron Hill Movement", "Iron Hill Movement>Red Falcon Brigade", "Red Falcon Brigade>Iron Hill Movement"}},
		{"blamed each other's bodies: each party blames the other",
			"Pirrow and Velland blamed each other's coast guards for the sinking of a ferry.",
			[]string{"Pirrow>Velland", "Velland>Pirrow"}},
		{"the two states described by a relative clause with a reporting verb in it",
			"Pirrow accused Velland of opening the dam without warning.\n\nThe two states that share the river have blamed each other for the flood.",
			[]string{"Pirrow>Velland", "Pirrow>Velland", "Velland>Pirrow"}},
		{"guard: two persons named in full are no sides",
			"Tomas Reche and Lena Vos met in May.\n\nEach side blamed the other for the outbreak of fighting.",
			nil},
		{"which in turn blamed",
			dl + "A mortar strike hit a grain depot near Brask. The Red Falcon Brigade blamed the Iron Hill Movement, which in turn blamed the brigade.",
			[]string{"Red Falcon Brigade>Iron Hill Movement", "Iron Hill Movement>Red Falcon Brigade"}},
		{"which in turn accused, the act after the accused",
			dl + "A fire destroyed a warehouse. Selvik Shipping blamed Dorrow Logistics, which in turn accused Selvik Shipping of ignoring safety rules.",
			[]string{"Selvik Shipping>Dorrow Logistics", "Dorrow Logistics>Selvik Shipping"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestOfficerSpeaksForOrganisation checks that a person introduced as an
// organisation's officer takes the organisation's side, not the
// dateline state's, also when the organisation's name holds a plural
// possessive; "the ministry" stays the state's.
func TestOfficerSpeaksForOrganisation(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		spk  string
		side string
		acc  string
	}{
		{"its general secretary, after a plural possessive",
			dl + "The Kelvan Dockers' Federation rejected the account. Its general secretary, Tomas Reche, accused the ministry of cutting crane inspections.",
			"Tomas Reche", "Kelvan Dockers' Federation", "Ostmark"},
		{"a person of an organisation whose name holds a plural possessive",
			dl + "Tomas Reche of the Kelvan Dockers' Federation accused the ministry of cutting crane inspections.",
			"Tomas Reche", "Kelvan Dockers' Federation", "Ostmark"},
		{"a person of the organisation named before",
			dl + "The Kelvan Dockers' Federation rejected the account. Tomas Reche of the federation accused the ministry of cutting crane inspections.",
			"Tomas Reche", "Kelvan Dockers' Federation", "Ostmark"},
		{"a person of a company",
			dl + "Lena Vos of Norvale Engineering accused the ministry of cutting crane inspections.",
			"Lena Vos", "Norvale Engineering", "Ostmark"},
		{"the federation's general secretary in apposition",
			dl + "The Farmers' Union of Kelvan rejected the account. Tomas Reche, the union's general secretary, accused the ministry of cutting grain subsidies.",
			"Tomas Reche", "Farmers' Union of Kelvan", "Ostmark"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			for _, c := range res.Claims {
				if c.Kind == "accusation" && c.Speaker == tt.spk {
					if c.Side != tt.side || c.Subject != tt.acc {
						t.Errorf("%s [%s] accuses %s; want [%s] accusing %s", c.Speaker, c.Side, c.Subject, tt.side, tt.acc)
					}
					return
				}
			}
			t.Errorf("no accusation by %s:%s", tt.spk, describe(res.Claims))
		})
	}
}

// TestReciprocalBlameTopic checks that parties blaming each other for
// an accident no list names accuse each other on the accident's
// induced topic, named by a noun with "of" or by an intransitive verb
// whose stem drops its e ("collapsed").
func TestReciprocalBlameTopic(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name, text, topic string
	}{
		{"the collapse of a crane",
			dl + "Ostmark's transport ministry and the Kelvan Dockers' Federation blamed each other on Thursday for the collapse of a crane at the port.",
			"crane collapse"},
		{"a crane collapsed, then the collapse",
			dl + "A crane collapsed at the port on Monday, killing two workers. Selvik Shipping and Dorrow Logistics blamed each other for the collapse.",
			"crane collapse"},
		{"the sinking of a ferry",
			dl + "Selvik Shipping and Dorrow Logistics traded accusations over the sinking of a ferry near Brask.",
			"ferry sinking"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			n := 0
			for _, c := range res.Claims {
				if c.Kind == "accusation" {
					n++
					if c.Topic != tt.topic {
						t.Errorf("%s accuses %s on %q, want %q", c.Side, c.Subject, c.Topic, tt.topic)
					}
				}
			}
			if n != 2 {
				t.Errorf("%d accusations, want 2:%s", n, describe(res.Claims))
			}
		})
	}
}

// TestMembersAreTheirOrganisation checks that an organisation's members
// named by its noun ("federation stewards", "company managers") stand
// for the organisation named before as the accused, and that two
// organisations with that noun leave it unsaid.
func TestMembersAreTheirOrganisation(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name, text, accused string
	}{
		{"federation stewards",
			dl + "The Kelvan Dockers' Federation rejected the account. The ministry accused federation stewards of sabotaging the crane.",
			"Kelvan Dockers' Federation"},
		{"company managers, the company's own head another noun",
			dl + "Selvik Shipping rejected the account. The ministry accused company managers of ignoring cracks in the crane.",
			"Selvik Shipping"},
		{"two parties: which one is unsaid",
			dl + "The Green Party rejected the account. The Red Party rejected it too. The ministry accused party members of sabotaging the crane.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			var got string
			for _, c := range res.Claims {
				if c.Speaker == "Ostmark government" && c.Kind == "accusation" {
					got = c.Subject
				}
			}
			if got != tt.accused {
				t.Errorf("accused %q, want %q:%s", got, tt.accused, describe(res.Claims))
			}
		})
	}
}

// TestTradedBlameIsNoReport checks that "A and B traded blame" is the
// two accusations alone: the noun "blame" is no reporting verb whose
// speaker would be "B traded".
func TestTradedBlameIsNoReport(t *testing.T) {
	for _, text := range []string{
		"BRASK, Ostmark, May 3 (Wirenews) - The Red Falcon Brigade and the Iron Hill Movement traded blame on Friday for a mortar strike on a grain depot near Brask.",
		"BRASK, Ostmark, May 3 (Wirenews) - Ostmark's transport ministry and the Kelvan Dockers' Federation traded blame over the collapse of a crane.",
	} {
		res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(text)})
		if len(res.Claims) != 2 || res.Claims[0].Kind != "accusation" || res.Claims[1].Kind != "accusation" {
			t.Errorf("want the two accusations alone:%s", describe(res.Claims))
		}
	}
}

// TestMutualAccusationUnlisted checks the whole way to a finding: an
// invented article about two parties no list names, blaming each other
// for an accident, yields their mutual accusation on the induced topic
// with no configuration.
func TestMutualAccusationUnlisted(t *testing.T) {
	tests := []struct {
		name, text, topic string
	}{
		{"a state's organ and a dockers' union",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark's transport ministry and the Kelvan Dockers' Federation blamed each other on Thursday for the collapse of a crane at the port, which killed two workers.\n\nAdvertisement\n\nThe federation rejected the ministry's account. Its general secretary, Tomas Reche, accused the ministry of cutting crane inspections.",
			"crane collapse"},
		{"two companies, one blaming the other in turn",
			"BRASK, Ostmark, May 3 (Wirenews) - A crane collapsed at the port of Brask on Monday. Selvik Shipping blamed Dorrow Logistics, which in turn blamed Selvik Shipping.\n\nRead more: Port strike ends",
			"crane collapse"},
		{"a company and a town's council blame each other for a sinkhole no list names",
			"BELDEN, Ostmark, May 3 (Wirenews) - Harrow Construction and the Belden city council blamed each other on Tuesday for a sinkhole that swallowed two lorries.\n\nAdvertisement\n\nThe council said Harrow Construction had cut corners on the yard. Harrow Construction said the council had ignored a burst pipe.",
			"sinkhole"},
		{"a builder and a town's council trade blame after a landslide no list names",
			"BELKA, Ostmark, May 2 (Wirenews) - Dorrow Builders and the Belka town council traded blame on Sunday after a landslide buried a mountain road.\n\nRead more: Mountain pass reopens\n\nThe council said Dorrow Builders had cut down the forest above the road. Dorrow Builders said the council had dug a quarry under it.",
			"landslide"},
		{"two states no list names, with no dateline or demonym",
			"Pirrow and Velland blamed each other on Tuesday for the sinking of a patrol boat in disputed waters.\n\nRead more: Fish prices rise\n\nPirrow accused Velland of ramming the boat. Velland denied the charge and accused Pirrow of sending the boat into its waters.",
			"boat sinking"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			for _, f := range graph.Detect(res.Claims, res.Claims) {
				if f.Rule == graph.RuleMutual && f.Topic == tt.topic {
					return
				}
			}
			t.Errorf("no mutual accusation on %q:%s", tt.topic, describe(res.Claims))
		})
	}
}

// TestOrganPeople checks that an organ's people named with no article
// ("Government officials said", "Army officers said") speak for the
// state whose organ the article named with that noun, else for the
// dateline's state, as "the government" does; with neither there is no
// state to give them.
func TestOrganPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"government officials under a dateline",
			"BRASK, Ostmark, May 3 (Wirenews) - Government officials said Velland's coast guard had rammed the trawler.",
			[]string{"Ostmark>Velland"}},
		{"army officers after the state's army",
			"The Tarsian army moved into the valley on Monday.\n\n" +
				"Army officers said the Red Ridge Front had mined the road to the border post.",
			[]string{"Tarsia>Red Ridge Front"}},
		{"ministry officials after the state's ministry",
			"Marlova's health ministry opened an inquiry on Monday.\n\n" +
				"Ministry officials said Deltrak Mining had poisoned the river.",
			[]string{"Marlova>Deltrak Mining"}},
		{"guard: no state's organ and no dateline",
			"Government officials said Deltrak Mining had poisoned the river.",
			[]string{">Deltrak Mining"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestSoleStateMinister checks that a minister or officer of state named
// by title alone ("Interior Minister Salem Brask", "Colonel Ada Renn of
// the army") speaks for the one state the article has named, against an
// armed group or a company, and for none when it has named two.
func TestSoleStateMinister(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an interior minister against an armed front",
			"Tessarian officials and the Red Ridge Front blamed each other for poisoning the reservoir at Tesh, the main town in the north of Tessaria.\n\n" +
				"Interior Minister Salem Brask has spoken to state television. He accused the Red Ridge Front of poisoning the people it claims to defend.",
			[]string{"Tessaria>Red Ridge Front", "Red Ridge Front>Tessaria", "Tessaria>Red Ridge Front"}},
		{"a transport minister against a shipping company",
			"The Marlovan coast guard accused Selvik Shipping of dumping oil off the coast of Marlova.\n\n" +
				"Transport Minister Ilse Varga accused Selvik Shipping of lying about the spill.",
			[]string{"Marlova>Selvik Shipping", "Marlova>Selvik Shipping"}},
		{"guard: two states named, the minister's unknown",
			"The Marlovan army accused Ostrelian troops of shelling the port of Varn in Marlova, near Ostrelia.\n\n" +
				"Selvik Shipping said its ferries would stop sailing to Varn.\n\n" +
				"Defence Minister Ilse Varga said the Red Ridge Front had mined the road.",
			[]string{"Marlova>Ostrelia", ">Red Ridge Front"}},
		{"a retired general speaks for no state",
			"The Marlovan coast guard accused Selvik Shipping of dumping oil off the coast of Marlova.\n\n" +
				"Retired Lt. Gen. Ilse Varga accused Selvik Shipping of lying about the spill.",
			[]string{"Marlova>Selvik Shipping", ">Selvik Shipping"}},
		{"a city's mayor speaks for no state",
			"The Marlovan coast guard accused Selvik Shipping of dumping oil off the coast of Marlova.\n\n" +
				"Varn Mayor Ilse Varga accused Selvik Shipping of lying about the spill.",
			[]string{"Marlova>Selvik Shipping", ">Selvik Shipping"}},
		{"an attorney general is no army's general",
			"The Marlovan coast guard accused Selvik Shipping of dumping oil off the coast of Marlova.\n\n" +
				"Attorney General Ilse Varga accused Selvik Shipping of lying about the spill.",
			[]string{"Marlova>Selvik Shipping", ">Selvik Shipping"}},
		{"a professor of government speaks for no state",
			"The Marlovan coast guard accused Selvik Shipping of dumping oil off the coast of Marlova.\n\n" +
				"Ilse Varga, a professor of government at Varn University, accused Selvik Shipping of lying about the spill.",
			[]string{"Marlova>Selvik Shipping", ">Selvik Shipping"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestOfficerAfterStateSpoke checks that an officer of state named for
// no state ("Foreign ministry spokesman Ivo Marek") in the sentence after
// a state spoke speaks for that state, not for the state the copy is
// datelined in nor the one whose ministry was named first; a head of
// state or government is not carried over so, nor is an officer after
// another sentence.
func TestOfficerAfterStateSpoke(t *testing.T) {
	const dl = "BRASK, Tarsia, May 3 (Wirenews) - Tarsia accused neighbouring Ostrelia on Tuesday of shelling the port of Brask.\n\n" +
		"Tarsia's defence ministry said radar had tracked the shells from an Ostrelian battery.\n\n" +
		"\"This was an Ostrelian attack on our town,\" Defence Minister Lena Holt told reporters at the port. \"We hold Ostrelia responsible.\"\n\n"
	tests := []struct {
		name, text, evidence, speaker, side string
	}{
		{"a ministry's spokesman after the other state's denial",
			dl + "Ostrelia rejected the charge. Foreign ministry spokesman Ivo Marek said none of its gunboats had fired.",
			"none of its gunboats", "Ivo Marek", "Ostrelia"},
		{"a navy's spokesman after the other state's denial",
			dl + "Ostrelia denied that its gunboats had fired. A navy spokesman, Commander Ana Berg, said the shells were Tarsian.",
			"the shells were Tarsian", "Ana Berg", "Ostrelia"},
		{"guard: a president is not carried over",
			dl + "Ostrelia rejected the charge. President Ivo Marek said the port would be rebuilt.",
			"the port would be rebuilt", "Ivo Marek", "Tarsia"},
		{"guard: an officer two sentences after is not carried over",
			dl + "Ostrelia rejected the charge. The port was closed for the day. Foreign ministry spokesman Ivo Marek said the port would be rebuilt.",
			"the port would be rebuilt", "Ivo Marek", "Tarsia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, nil) })
	}
}

// TestHeadlineOrgan checks that a state's organ the headline names
// ("Dalvanian army and … trade blame") is that state's when the body
// says "the army" before it names the state itself, as a live page or a
// story that puts the state's name late does; a state's organ the body
// names itself still wins.
func TestHeadlineOrgan(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"an army and an armed front",
			"Mass grave near Tesh: Dalvanian army and Red Ridge Front blame each other",
			"The army says Red Ridge Front fighters executed the villagers.\n\n" +
				"In a statement, the Red Ridge Front accused the army of killing the men during a sweep in October.\n\n" +
				"Dalvania closed the road to Tesh on Monday.",
			[]string{"Dalvania>Red Ridge Front", "Red Ridge Front>Dalvania"}},
		{"a navy and a fishermen's union",
			"Trawler sinking: Ostrelian navy and fishermen trade accusations",
			"The navy accused the Harbour Fishermen's Union of staging the collision.\n\n" +
				"The Harbour Fishermen's Union accused the navy of ramming the trawler in calm seas.\n\n" +
				"Ostrelia has sent a second patrol boat to the fishing grounds.",
			[]string{"Ostrelia>Harbour Fishermen's Union", "Harbour Fishermen's Union>Ostrelia"}},
		{"a ministry and a mining company",
			"Dam breach: Marlovan interior ministry and Deltrak Mining blame each other",
			"The ministry accused Deltrak Mining of ignoring safety orders at the tailings dam.\n\n" +
				"Deltrak Mining accused the ministry of delaying repairs for two years.\n\n" +
				"Marlova has ordered an inquiry.",
			[]string{"Marlova>Deltrak Mining", "Deltrak Mining>Marlova"}},
		{"guard: the body's own state organ comes after the headline's",
			"Mass grave near Tesh: Dalvanian army and Red Ridge Front blame each other",
			"Dalvania closed the road to Tesh on Monday. Tessaria's army took the hills in May.\n\n" +
				"The Red Ridge Front accused the army of killing the men during a sweep in October.",
			[]string{"Red Ridge Front>Tessaria"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusationsTitled(t, tt.title, tt.text, tt.want) })
	}
}

// TestFormerOfficeHolders checks that a person who holds an office no
// longer, or one below a state's government, speaks for no state by
// title alone: a general the apposition calls retired, a former or a
// city's governor or mayor; a serving minister whose apposition names an
// earlier trade still speaks for the state.
func TestFormerOfficeHolders(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a general the apposition calls retired",
			"Marlovan campaign groups asked Ilse Varga to reject the support of a retired general who said Marlova should intern striking dockers.\n\n" +
				"Gen. Pavel Ostrin, a retired four-star general and former commander of the northern fleet, is a surrogate for Varga's campaign. In a radio interview, he said the strikers were disloyal to Marlova.",
			"the strikers were disloyal", "Pavel Ostrin", ""},
		{"a former provincial governor after the government spoke",
			"The Marlovan government accused Selvik Shipping of dumping oil off the coast of Marlova.\n\n" +
				"Former Varn governor Ilse Varga accused Selvik Shipping of lying about the spill.",
			"lying about the spill", "Ilse Varga", ""},
		{"a district mayor after a ministry spoke",
			"The Dravik transport ministry accused Kessel Air of hiding faults in its fleet.\n\n" +
				"Harbour district Mayor Ilse Varga accused Kessel Air of lying about the inspections.",
			"lying about the inspections", "Ilse Varga", ""},
		{"guard: a serving minister with an earlier trade",
			"The Marlovan government accused Selvik Shipping of dumping oil off the coast of Marlova.\n\n" +
				"Transport Minister Ilse Varga, a former harbour pilot, accused Selvik Shipping of lying about the spill.",
			"lying about the spill", "Ilse Varga", "Marlova"},
	})
}

// TestOneGroupOneSide checks that an armed group named in full and then
// without its noun ("the Black Fen's spokesman" after the Black Fen
// Brigade) is one party of a dispute, not two, nor a state with a
// government of its own.
func TestOneGroupOneSide(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a brigade and its short form, against an army",
			"Nine people died when shells hit the market in Orsk. The two armed parties blame each other.\n\n" +
				"The Black Fen Brigade says its fighters were forty miles away.\n\n" +
				"The Black Fen's spokesman, Oda Rask, said the army had shelled its own town. The Velmarian army says the Black Fen fired the shells.",
			[]string{"Black Fen Brigade>Velmaria", "Velmaria>Black Fen Brigade", "Velmaria>Black Fen Brigade"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestSeatGovernment checks the side of a government named by its seat
// ("the government in Saltreve"), which no dateline or "capital" ties
// to a state: the one state the article names, a state named by its war
// ("Velmar's long war") among them; else the seat's government, never
// "government in Saltreve". A person's war makes no state.
func TestSeatGovernment(t *testing.T) {
	tests := []struct {
		name, text, evidence, speaker, side string
	}{
		{"the one state, named by its troops",
			"Ardenian troops and the Grey Lantern Front blame each other for the collapse of the bridge at Dorvan.\n\n" +
				"The government in Saltreve says fighters of the Grey Lantern Front mined the bridge.",
			"mined the bridge", "Ardenian government", "Ardenia"},
		{"the one state, named by its war",
			"Nine people died when shells hit the market in Orsk, and the two camps in Velmar's long war blame each other.\n\n" +
				"The government in Drossa says fighters of the Black Fen Brigade fired the shells from the ridge.",
			"fired the shells", "Velmar government", "Velmar"},
		{"a minister of the state named by its war",
			"Nine people died when shells hit the market in Orsk, and the two camps in Velmar's civil war blame each other.\n\n" +
				"Interior Minister Hanne Lisk accused the Black Fen Brigade of firing on civilians to provoke reprisals.",
			"firing on civilians", "Hanne Lisk", "Velmar"},
		{"no state named: the seat's government (a port strike)",
			"Dockers at Saltreve walked out for a third day.\n\n" +
				"The government in Saltreve says the Harbour Workers Union broke the law by blocking the quays.",
			"broke the law", "Saltreve government", "Saltreve government"},
		{"guard: a prosecutor's war is no state",
			"Prosecutor Mira Voss said the Tarn cartel had bribed port officials.\n\n" +
				"Voss's war on the cartels has cost the Tarn Harbour Company two contracts. The company accused Voss of ruining its business.",
			"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, func(c graph.Claim) bool { return c.Side == "Voss" || c.Subject == "Voss" })
		})
	}
}

// TestNeighbourBodySide checks that a state the article calls a
// neighbour before anyone blames it ("hours after neighbouring Sarnia
// reopened its airspace") is a state when it is blamed, so that its
// public body ("Sarnia Aviation Authority") and the body's officer speak
// for it, and the officer's denial for the body is the state's denial.
func TestNeighbourBodySide(t *testing.T) {
	tests := []struct {
		name, text, evidence, speaker, side string
		kind                                graph.Kind
	}{
		{"an aviation authority's director denies for it",
			"A cargo plane skidded off the runway at Port Ellet hours after neighbouring Sarnia reopened its airspace.\n\n" +
				"The Ostmark transport ministry accused Sarnia of sending the plane into a storm.\n\n" +
				"Sarnia Aviation Authority has not answered our questions.\n\n" +
				"Aviation Authority director Hela Dorn said the authority had never received any weather warnings.",
			"never received any weather warnings", "Hela Dorn", "Sarnia", graph.KindDenial},
		{"a space authority's spokesman accuses the other state",
			"Burning debris fell on the Kessmark town of Ardel hours after neighbouring Dovaria launched a weather rocket.\n\n" +
				"Kessmark's interior ministry accused Dovaria of failing to warn anyone before the launch.\n\n" +
				"Dovaria Space Authority has not responded to our questions yet.\n\n" +
				"Space Authority spokesman Ivo Lessek said Kessmark had fired a missile at the rocket.",
			"fired a missile", "Ivo Lessek", "Dovaria", graph.KindAccusation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tt.evidence) {
					if c.Speaker != tt.speaker || c.Side != tt.side || c.Kind != tt.kind {
						t.Errorf("claim by %q [%s] %s, want %q [%s] %s:%s", c.Speaker, c.Side, c.Kind, tt.speaker, tt.side, tt.kind, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim with %q:%s", tt.evidence, describe(res.Claims))
		})
	}
}

// TestTwoTradesOneBody checks that a body named for two trades joined
// by "and" ("the Shepherds' and Herders' Union") is one party under its
// whole name, not the second trade's body, and its claims' evidence
// opens with the whole name.
func TestTwoTradesOneBody(t *testing.T) {
	tests := []struct {
		name, text, evidence, speaker string
	}{
		{"a herders' union against a government (water)",
			"Drought has emptied the wells of the Tarsk plateau.\n\n" +
				"The Shepherds' and Herders' Union said the Korvan government had failed its members.\n\n" +
				"The union accused Korvan of diverting the river to its cotton farms.",
			"diverting the river", "Shepherds' and Herders' Union"},
		{"a bakers' guild against a grain trader (food prices)",
			"Bread prices in Ostry rose for a fifth week.\n\n" +
				"The Bakers' and Millers' Guild accused Harlow Grain of hoarding wheat in its silos.",
			"hoarding wheat", "Bakers' and Millers' Guild"},
		{"the claim's evidence opens with the whole name",
			"Bread prices in Ostry rose for a fifth week.\n\n" +
				"The Bakers' and Millers' Guild accused Harlow Grain of hoarding wheat in its silos.",
			"The Bakers' and Millers' Guild accused", "Bakers' and Millers' Guild"},
		{"the evidence of a herders' union's statement",
			"Drought has emptied the wells of the Tarsk plateau.\n\n" +
				"The Shepherds' and Herders' Union said the Korvan government had failed its members.",
			"The Shepherds' and Herders' Union said", "Shepherds' and Herders' Union"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.speaker, nil) })
	}
}

// TestMovementShortForm checks that a movement named in full and then
// by its name without its noun in the possessive ("the Civic Dawn's
// chairwoman" after the Civic Dawn Movement) is the same party: its
// officers speak for it.
func TestMovementShortForm(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"an armed movement's spokesman (border clash)",
			"Fighters of the Grey Lantern Movement blocked the mountain road at Sarn for a third day.\n\n" +
				"The Grey Lantern's spokesman said the army had shelled the market on Sunday.",
			"shelled the market", "Grey Lantern Movement", "Grey Lantern Movement"},
		{"a protest movement's chairwoman (elections)",
			"Members of the Civic Dawn Movement marched on the election commission in Orvel.\n\n" +
				"The Civic Dawn's chairwoman, Lia Brand, said the commission had hidden ballot boxes in a warehouse.",
			"hidden ballot boxes", "Lia Brand", "Civic Dawn Movement"},
	})
}

// TestUnshownStateOrgan checks that a state's body named by a state no
// list knows, before anything shows that name a state ("Ostmark's
// Coastal Border Directorate", "the Velmora Defence Ministry"), speaks
// for that state, and so does the body a headline named without it;
// the guard: a word the vocabulary knows opens a name of its own.
func TestUnshownStateOrgan(t *testing.T) {
	tests := []struct {
		name, title, text, speaker, side string
	}{
		{"a state in -stan before its ministry is its own name", "",
			"Shells fell on Marsk, a village near the border with Tarkistan, on Monday.\n\nThe Tarkistan health ministry said Velmora had shelled the village.",
			"Tarkistan Health Ministry", "Tarkistan"},
		{"a directorate after its state's possessive", "",
			"Ostmark's Coastal Border Directorate said on Monday that its patrols had stopped a fishing boat near Kessa.",
			"Ostmark's Coastal Border Directorate", "Ostmark"},
		{"the directorate named again by its noun", "",
			"Ostmark's Coastal Border Directorate said on Monday that its patrols had stopped a fishing boat near Kessa.\n\n" +
				"The Directorate said on Tuesday that the crew had been released.",
			"Ostmark's Coastal Border Directorate", "Ostmark"},
		{"a bureau after its state's possessive", "",
			"Dravona's National Security Bureau said it had found a network of fake accounts before the vote.",
			"Dravona's National Security Bureau", "Dravona"},
		{"a field's ministry after the state's bare name", "",
			"The Velmora Defence Ministry said on Tuesday that artillery had fired at a fuel depot near Kessa.",
			"Velmora Defence Ministry", "Velmora"},
		{"the headline's ministry, its state named in the body", "",
			"Home / World / Dorvanian shells land 500 metres from Kessa fuel depot, Defence Ministry says\n" +
				"Dorvanian shells land 500 metres from Kessa fuel depot, Defence Ministry says\n" +
				"12:40, 3 April 2046 | correspondent Ann Lee\n" +
				"KESSA, 3 April – Dorvanian artillery fired at least six shells at the fuel depot near Kessa overnight, the Velmora Defence Ministry said on Tuesday.",
			"Defence Ministry", "Velmora"},
		{"guard: a word the vocabulary knows opens the name", "",
			"Freedom's Army said on Monday that its fighters had taken the hills above Kessa.",
			"Freedom's Army", "Freedom's Army"},
		{"guard: a chain's staff", "",
			"Brenmart's Corporate Staff said the chain would raise wages in the spring.",
			"Brenmart's Corporate Staff", "Brenmart's Corporate Staff"},
		{"guard: a company's bureau that names no field", "",
			"Brenmart's Loss Prevention Bureau said thieves had taken goods from the Kessa store.",
			"Brenmart's Loss Prevention Bureau", "Brenmart's Loss Prevention Bureau"},
		{"guard: a town's nursing staff", "",
			"Riverdell's Nursing Staff said the ward had run out of beds on Monday.",
			"Riverdell's Nursing Staff", "Riverdell's Nursing Staff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Title: tt.title}})
			for _, c := range res.Claims {
				if c.Speaker == tt.speaker {
					if c.Side != tt.side {
						t.Errorf("%s on side %q, want %q:%s", c.Speaker, c.Side, tt.side, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim by %s:%s", tt.speaker, describe(res.Claims))
		})
	}
}

// TestShortenedBodyName checks that a body the article describes as a
// nonprofit ("Dorvik Shore Rescue, a nonprofit that …") is an
// organisation, one speaker when named again by its first words
// ("Dorvik Shore") or by that noun ("the nonprofit"); the guards: a
// person named before a body named after them, and two bodies that
// share their first words, keep their own names.
func TestShortenedBodyName(t *testing.T) {
	tests := []struct {
		name, text, sentence, speaker string
	}{
		{"a nonprofit named in full, then shortened",
			"Dorvik Shore Rescue, a nonprofit that runs a lifeboat in the strait, said its crew had found the dinghy on Monday.\n\n" +
				"The Kessa coast guard accused the charity of working with smugglers.\n\n",
			"Dorvik Shore dismissed that charge as an old smear.", "Dorvik Shore Rescue"},
		{"the nonprofit named again by its noun",
			"Dorvik Shore Rescue, a nonprofit that runs a lifeboat in the strait, said its crew had found the dinghy on Monday.\n\n" +
				"The Kessa coast guard accused the charity of working with smugglers.\n\n",
			"The nonprofit said it would take the case to court.", "Dorvik Shore Rescue"},
		{"guard: the person first, the body named after them later",
			"Mara Dovic said the count had been fair.\n\n" +
				"Mara Dovic Rescue said it would pay for a recount.\n\n",
			"Mara Dovic said the recount was a waste of money.", "Mara Dovic"},
		{"guard: two bodies begin alike",
			"Dorvik Shore Rescue said its crew had found the dinghy on Monday.\n\n" +
				"Dorvik Shore Relief said it had seen no dinghy.\n\n",
			"Dorvik Shore dismissed that charge as an old smear.", "Dorvik Shore"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text + tt.sentence)})
			for _, c := range res.Claims {
				if c.Text == tt.sentence {
					if c.Speaker != tt.speaker {
						t.Errorf("speaker %q, want %q:%s", c.Speaker, tt.speaker, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim %q:%s", tt.sentence, describe(res.Claims))
		})
	}
}

// TestItsOrganAfterState checks that a state's organ a sentence opens
// with "Its" ("Ostmark rejected that account. Its foreign ministry
// said …") is the state the sentence before opened with, not the state
// whose minister of that portfolio spoke before, nor the last one named.
func TestItsOrganAfterState(t *testing.T) {
	tests := []struct {
		name, text, side string
	}{
		{"after the other state's minister of that portfolio",
			"Ostmark's coast guard seized a Velland trawler on Monday.\n\n" +
				"Velland's foreign minister, Ana Lind, said the seizure was an act of piracy.\n\n" +
				"Ostmark rejected that account. Its foreign ministry called the piracy charge \"baseless\" on Tuesday.",
			"Ostmark"},
		{"after the other state's ministry of another field",
			"Ostmark accused Velland of seizing a trawler on Monday.\n\n" +
				"Velland's fisheries ministry said the trawler had been fishing without a licence.\n\n" +
				"Ostmark rejected that account. Its foreign ministry called the charge \"baseless\" on Tuesday.",
			"Ostmark"},
		{"guard: the sentence before opened with a body of no state",
			"Ostmark's foreign minister accused Velland of spying on its ports.\n\n" +
				"The United Nations urged restraint.\n\n" +
				"Its foreign ministry said Velland would not back down.",
			"Ostmark"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			wantFirstSide(t, res, "the ministry", func(text string) bool { return strings.HasPrefix(text, "Its foreign ministry") }, tt.side)
		})
	}
}

// TestItsOrganAfterDemonymOpening checks that "its" ministry, at the
// start of a sentence or after an opening phrase, is the state whose
// organ the sentence before opened with by its demonym ("The Brenovan
// government was the first to speak. In a statement, its interior
// ministry said …"), not the state that spoke last; the guard: a
// sentence before that opens with no organ of a state gives no owner.
func TestItsOrganAfterDemonymOpening(t *testing.T) {
	const lead = "Brenova and Tasmark traded accusations on Sunday over the disappearance of a surveyor near the border.\n\n"
	tests := []struct {
		name, text, side string
	}{
		{"after an opening phrase",
			"The Brenovan government was the first to speak. In a statement on Sunday, its interior ministry said the surveyor had been seized by Tasmarkian border police.",
			"Brenova"},
		{"at the start of the sentence",
			"The Brenovan army gave its own account. Its defence ministry said the surveyor had been seized by Tasmarkian border police.",
			"Brenova"},
		{"the other state's organ",
			"The Tasmarkian government rejected the charge. In a statement, its foreign ministry said the surveyor had been seized by Tasmarkian border police.",
			"Tasmark"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(lead + tt.text)})
			wantFirstSide(t, res, "the ministry", func(text string) bool { return strings.Contains(text, "ministry said the surveyor") }, tt.side)
		})
	}
}

// TestItsOfficerOfBody checks that a speaker written "its lawyers" or
// "its director", left with no side, is given the body "its" refers
// back to: the subject of its own sentence, or the subject of the
// sentence before when "its" opens the sentence after an opening phrase.
func TestItsOfficerOfBody(t *testing.T) {
	const lead = "Harlow Town Council and Pemberton Metals have fought for two years over polluted wells near the town.\n\n"
	tests := []struct {
		name, text, cue, speaker, side string
	}{
		{"the subject of its own sentence",
			"Pemberton Metals said the wells had been polluted long before its plant opened, its lawyers said.",
			"long before its plant", "Pemberton Metals lawyers", "Pemberton Metals"},
		{"the subject of the sentence before",
			"The council has gone further. In a letter to the regulator, seen by the Gazette, its lawyers accused Pemberton Metals of hiding the results of its own tests.",
			"hiding the results", "Harlow Town Council lawyers", "Harlow Town Council"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(lead + tt.text)})
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tt.cue) {
					if c.Speaker != tt.speaker || c.Side != tt.side {
						t.Errorf("speaker %q side %q, want %q %q:%s", c.Speaker, c.Side, tt.speaker, tt.side, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim %q:%s", tt.cue, describe(res.Claims))
		})
	}
}

// TestRulingPartyOfState checks that a ruling party written with its
// state's possessive ("Velland's ruling Unity Alliance") is accused and
// speaks for that state; the guard: "the ruling Unity Alliance", of no
// state, stays a party of its own.
func TestRulingPartyOfState(t *testing.T) {
	tests := []struct {
		name, party, side string
	}{
		{"the state's possessive", "Velland's ruling Unity Alliance", "Velland"},
		{"guard: a ruling party of no state", "the ruling Unity Alliance", "Unity Alliance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Ostmark denied that it had meddled in the Vellandian election.\n\n" +
				"Ostmark's foreign minister, Ana Lind, accused " + tt.party + " of inventing the charge to win the vote.\n\n" +
				"The Unity Alliance said on Tuesday that Ostmark had paid for rallies in the border towns."
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(text)})
			var accused, said bool
			for _, c := range res.Claims {
				switch {
				case strings.Contains(c.Text, "inventing the charge"):
					accused = c.Subject == tt.side
				case strings.Contains(c.Text, "paid for rallies"):
					said = c.Side == tt.side
				}
			}
			if !accused || !said {
				t.Errorf("accused as %s %v, speaking on its side %v:%s", tt.side, accused, said, describe(res.Claims))
			}
		})
	}
}

// TestStatePossessiveAfterItsBody checks that a state's possessive
// read after a body whose name begins with it ("Tarsia's State Security
// Bureau", then "Tarsia's electoral commission") is still the state.
func TestStatePossessiveAfterItsBody(t *testing.T) {
	const text = "Ostmark denied that it had meddled in the Tarsian election.\n\n" +
		"Tarsia's State Security Bureau said it had found a network of fake accounts run from Ostmark.\n\n" +
		"Tarsia's electoral commission said on Tuesday that it had seen no sign of tampering with the count."
	res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(text)})
	for _, c := range res.Claims {
		if strings.HasPrefix(c.Text, "Tarsia's electoral commission") {
			if c.Side != "Tarsia" {
				t.Errorf("side %q, want Tarsia:%s", c.Side, describe(res.Claims))
			}
			return
		}
	}
	t.Errorf("no claim by the commission:%s", describe(res.Claims))
}

// TestBareTitleAfterOpener checks that a bare title opening a sentence
// (no state, body or possessive before it) is an office of the party
// that opened the sentence before in the paragraph, when the office is
// one such a party has: a state's minister, a body's chief or
// spokesman; a governor is no office of a police force.
func TestBareTitleAfterOpener(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a state's minister after the state opened the sentence before",
			"The Marlovan army accused Ostrelian troops of shelling the port of Varn in Marlova, near Ostrelia.\n\n" +
				"Ostrelia is not backing down. Defence Minister Ilse Varga said the shells had been fired by the Red Ridge Front.",
			"fired by the Red Ridge Front", "Ilse Varga", "Ostrelia"},
		{"a police chief after the force opened the sentence before",
			"Selvik Shipping and the Norvale Harbour Police gave different accounts of the collision.\n\n" +
				"Norvale Harbour Police said officers were still at the quay. Chief Inspector Dana Holt said the ferry's crew had ignored a warning.",
			"ignored a warning", "Dana Holt", "Norvale Harbour Police"},
		{"guard: a governor is no office of the police",
			"Selvik Shipping and the Norvale Harbour Police gave different accounts of the collision.\n\n" +
				"Norvale Harbour Police said officers were still at the quay. Governor Dana Holt said the ferry's crew had ignored a warning.",
			"ignored a warning", "Dana Holt", ""},
		{"guard: the opener of another paragraph",
			"Selvik Shipping and the Norvale Harbour Police gave different accounts of the collision.\n\n" +
				"Norvale Harbour Police said officers were still at the quay.\n\n" +
				"Chief Inspector Dana Holt said the ferry's crew had ignored a warning.",
			"ignored a warning", "Dana Holt", ""},
	})
}

// TestNamedPersonsDeputy checks that "SURNAME's deputy, NAME," (or
// spokesman) speaks for the side of the person named before by that
// surname, a lawyer for the client even when the client has no party
// (the client's own side), and that an unknown name's possessive gives
// no side.
func TestNamedPersonsDeputy(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a board director's deputy",
			"The Norvale Safety Board accused Selvik Shipping of hiding faults in its ferries.\n\n" +
				"\"They knew for months,\" the board's director, Ivo Marek, said.\n\n" +
				"Selvik Shipping called the charge false. Marek's deputy, Ilse Varga, called that denial an insult to every inspector.",
			"called that denial an insult", "Ilse Varga", "Norvale Safety Board"},
		{"a client's lawyer speaks on the client's own side",
			"Marlovan police charged a reporter with spying for Ostrelia. The police said they had arrested Piet Olden at a café in Varn on Friday.\n\n" +
				"Olden's lawyer, Ilse Varga, said her client had been held for two days without food.",
			"held for two days without food", "Ilse Varga", "Piet Olden"},
		{"guard: the possessive of no person named before",
			"The Norvale Safety Board accused Selvik Shipping of hiding faults in its ferries.\n\n" +
				"Selvik Shipping called the charge false. Brandt's deputy, Ilse Varga, called that denial an insult to every inspector.",
			"called that denial an insult", "Ilse Varga", ""},
	})
}

// TestTheCountrysOffice checks that an apposition naming "the country's"
// office ("Ivo Marek, head of the country's flood agency,") speaks for
// the state the sentence before opened with, not for the state that
// spoke last.
func TestTheCountrysOffice(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"the state that opened the sentence before",
			"The Marlovan government accused Ostrelian engineers of flooding the town of Varn in Marlova, near Ostrelia. Ostrelia said it had warned Marlova.\n\n" +
				"Marlova denied receiving any warning. Ivo Marek, head of the country's flood agency, said the first message came hours later.",
			"the first message came hours later", "Ivo Marek", "Marlova"},
		{"guard: no country's office",
			"The Marlovan government accused Ostrelian engineers of flooding the town of Varn in Marlova, near Ostrelia. Ostrelia said it had warned Marlova.\n\n" +
				"Marlova denied receiving any warning. Ivo Marek, a hydrologist who studies the river, said the first message came hours later.",
			"the first message came hours later", "Ivo Marek", ""},
		{"guard: the country's opposition party is no office of the state",
			"Velmark's government said on Monday the election had been fair.\n\n" +
				"Ivo Marek, head of the country's largest opposition party, the Civic Alliance, said the vote had been rigged in three provinces.",
			"the vote had been rigged", "Ivo Marek", "Civic Alliance"},
		{"guard: the country's union is no office of the state",
			"Marlova denied receiving any warning. Ilse Varga, head of the country's biggest dockers' union, said the port had flooded twice.",
			"the port had flooded twice", "Ilse Varga", ""},
	})
}

// TestOrganTitleAfterOpener checks that a bare organ title opening a
// sentence ("Foreign Ministry spokeswoman …"), which names no state,
// speaks for the state the sentence before opened with rather than for
// the state whose organ of that name spoke before.
func TestOrganTitleAfterOpener(t *testing.T) {
	text := "The Ostrelian foreign ministry accused Marlovan agents of poisoning a defector in Varn, the Ostrelian capital, near Marlova.\n\n" +
		"Marlova rejected the charge. Foreign Ministry spokeswoman Ilse Varga said the defector had fallen ill after a dinner with Ostrelian officers."
	checkSpeaker(t, text, "fallen ill after a dinner", "Ilse Varga", "Marlova", nil)
}

// TestDatelineOwnLine checks that a dateline on a line of its own above
// the lead, which the cleaner files as a heading, makes its state the
// copy's home as one opening the lead does: a minister named by office
// alone is that state's, though the lead names another state too.
func TestDatelineOwnLine(t *testing.T) {
	const head = "Ostravia blames Red Ridge Front for bridge bombing\n\nBy Ada Lorn\n"
	const lead = "\n\nA bridge used by Lusian and Ostravian hauliers was bombed on the border between Ostravia and Lusia on Monday.\n\n" +
		"Interior Minister Ana Pell told reporters that the Red Ridge Front had bombed the bridge to scare away investors."
	tests := []struct {
		name, text string
		want       []string
	}{
		{"city, state, date, agency, dash", head + "KARSK, Ostravia, June 3 (Wirenews) -" + lead,
			[]string{"Ostravia>Red Ridge Front"}},
		{"a city of two words", head + "KARSK HILL, Ostravia, June 3 (Wirenews) -" + lead,
			[]string{"Ostravia>Red Ridge Front"}},
		{"city, state, dash, then the date", head + "KARSK, Ostravia - 19 July 2045" + lead,
			[]string{"Ostravia>Red Ridge Front"}},
		{"told reporters in the dateline's city", head + "KARSK, Ostravia, June 3 (Wirenews) -" + strings.Replace(lead, "told reporters", "told reporters in Karsk", 1),
			[]string{"Ostravia>Red Ridge Front"}},
		{"guard: a minister who spoke in another place", head + "KARSK, Ostravia, June 3 (Wirenews) -" + strings.Replace(lead, "told reporters", "told reporters in Pellan", 1),
			[]string{">Red Ridge Front"}},
		{"guard: a dateline naming no state", head + "KARSK, June 3 (Wirenews) -" + lead,
			[]string{">Red Ridge Front"}},
		{"guard: a line of capitals below the lead is a heading", head + lead[2:] + "\n\nKARSK, Ostravia, June 3 -\n\nDefence Minister Ivo Tarn said the Red Ridge Front had mined the road.",
			[]string{">Red Ridge Front", ">Red Ridge Front"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestRoleOwnerNamed checks that a role whose owner is named in the
// possessive ("Harlow Live's director") speaks for that owner: the body
// the article named, by its whole name or the first words of it, or a
// body of its own when no one named it; never the rival body that spoke
// last, nor a person described as one.
func TestRoleOwnerNamed(t *testing.T) {
	tests := []struct {
		name, text, speaker, want string
	}{
		{"a two-word short form in the possessive",
			"Harlow Bay Rescue, a charity that runs a search ship, accused the coast guard of towing a boat out to sea. The coast guard denied it.\n\n" +
				"\"We found the boat empty,\" said Ana Lutz, Harlow Bay's head of operations, at a news conference.",
			"Ana Lutz", "Harlow Bay Rescue"},
		{"an owner no one named is a body of its own",
			"A reporter for Radio Kessel was shot dead at a checkpoint. The army denied firing.\n\n" +
				"Radio Kessel's director, Ana Lutz, said the station had no doubt who fired.",
			"Ana Lutz", "Radio Kessel"},
		{"not the rival firm that spoke last",
			"A festival stage run by Harlow Live collapsed. The rigging firm Dorn Staging said the promoter had asked for extra lights.\n\n" +
				"\"We trusted them and they let us down,\" Harlow Live's director, Ana Lutz, told the Courier.",
			"Ana Lutz", "Harlow Live"},
		{"a one-word short form of a company named before, read as a name too",
			"The city council and the company it pays to cook the meals, Brightway Catering, are each blaming the other.\n\n" +
				"The council accuses Brightway of buying cheap chicken.\n\n" +
				"Brightway's chief executive, Nadia Orrow, said the council had cut the number of vans.",
			"Nadia Orrow", "Brightway Catering"},
		{"guard: a one-word owner that is a person's surname is the person, not the company",
			"Selvik Shipping said the crane was safe. Ivo Selvik, its founder, retired in May.\n\n" +
				"Selvik's lawyer, Ana Lutz, said the port had ignored the warnings.",
			"Ana Lutz", "Ivo Selvik"},
		{"guard: a described person's deputy is no body",
			"Ivo Marek, the board's chairman, said the port was safe. The Selvik Dockers' Union disagreed.\n\n" +
				"Ivo Marek's deputy, Ana Lutz, said the cranes had been inspected.",
			"Ana Lutz", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			found := false
			for _, c := range res.Claims {
				if c.Speaker == tt.speaker {
					found = true
					if c.Side != tt.want {
						t.Errorf("%s: side %q, want %q:%s", tt.speaker, c.Side, tt.want, describe(res.Claims))
					}
				}
			}
			if !found {
				t.Errorf("no claim by %s:%s", tt.speaker, describe(res.Claims))
			}
		})
	}
}

// TestKindNamedBack checks that "the office" or "the mission" calls back
// the body named before with that noun, when its name opens on the noun
// ("Office of the …") or goes on past it ("… Mission on the …"), in the
// same paragraph or an earlier one; and that a state's office or a head of
// state's is not read as a body of its own.
func TestKindNamedBack(t *testing.T) {
	lead := "Talks between Orvia and Pellan broke down on Monday. Orvia's foreign ministry said Pellan had walked out.\n\n"
	tests := []struct {
		name, text, speaker string
		want                string // the speaker of the sentence under test, "" for not the body's name
	}{
		{"an office named by its noun first, same paragraph",
			lead + "The talks were hosted by the Office of the Harlow Mediator, a neutral body. The office said it regretted the outcome.",
			"The office said", "Office of the Harlow Mediator"},
		{"the pronoun after it follows",
			lead + "The talks were hosted by the Office of the Harlow Mediator, a neutral body. The office said it regretted the outcome. It said both sides would meet again.",
			"It said both", "Office of the Harlow Mediator"},
		{"a mission with a place after its noun, a paragraph before",
			lead + "The truce is watched by the Joint Monitoring Mission on the Kessel (JMMK), a team of 80 observers.\n\nIn a report released on Friday, the mission said its teams had counted 40 blasts.",
			"the mission said", "Joint Monitoring Mission on the Kessel"},
		{"guard: a head of state's office",
			lead + "The Office of the President of Pellan was silent at first. Later the office said it had proof.",
			"the office said", ""},
		{"guard: a state's office in the possessive",
			lead + "Pellan's Foreign Office summoned the envoy. The office said the walkout was staged.",
			"The office said", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			found := false
			for _, c := range res.Claims {
				if !strings.Contains(c.Text, tt.speaker) {
					continue
				}
				found = true
				if tt.want != "" && c.Speaker != tt.want || tt.want == "" && strings.Contains(c.Speaker, "Office") {
					t.Errorf("speaker %q, want %q:%s", c.Speaker, tt.want, describe(res.Claims))
				}
			}
			if !found {
				t.Errorf("no claim %q:%s", tt.speaker, describe(res.Claims))
			}
		})
	}
}

// TestWhereStationed checks that an unnamed person whose rank or side
// qualifies the role is named without the town he spoke in ("a senior
// diplomat in Orsk" is the senior diplomat), while a role alone or a
// trade keeps its town, and a plural keeps the town put first.
func TestWhereStationed(t *testing.T) {
	lead := "Orvia and Pellan traded blame on Monday for the sinking of a ferry.\n\n"
	tests := []struct {
		name, text, want string
	}{
		{"a rank before the role", "A senior diplomat in Orsk, speaking privately, said neither side wanted an inquiry.", "senior diplomat"},
		{"a side before the role", "A Western diplomat in Tesh said the wreck had been moved.", "Western diplomat"},
		{"an organisation's initials before the role", "A U.N. spokesman in Geneva said the organization could not say who was to blame.", "U.N. spokesman"},
		{"guard: a role alone keeps its town", "A diplomat in Orsk said neither side wanted an inquiry.", "diplomat in Orsk"},
		{"guard: a trade keeps its town", "A grain merchant in Tesh said the harvest had been lost.", "Tesh grain merchant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(lead + tt.text)})
			for _, c := range res.Claims {
				if c.Speaker == tt.want {
					return
				}
			}
			t.Errorf("no claim by %q:%s", tt.want, describe(res.Claims))
		})
	}
}

// TestWitnessesDescribed checks that people quoted for what they lived
// through ("Residents described a night of panic") make no claim, while
// what they saw someone do, or when, and what a speaker called something
// ("described the attack as …") stay claims.
func TestWitnessesDescribed(t *testing.T) {
	lead := "Orvia and Pellan traded blame on Monday for a fire at a border depot.\n\n"
	tests := []struct {
		name, text string
		claim      bool
	}{
		{"an experience, a capitalised plural", "Residents described a night of panic.", false},
		{"an experience, lower case", "In Tesh, shopkeepers described two days of chaos.", false},
		{"an adjective in -ing is no participle", "Commuters described a frightening half hour.", false},
		{"what they saw someone do", "Survivors described masked gunmen going from house to house.", true},
		{"when it happened", "Passengers described a violent jolt moments before the crash.", true},
		{"what it is called", "Witnesses described the fire as \"a deliberate attack\".", true},
		{"a person describing", "Ana Lutz, a depot guard, described a night of panic.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(lead + tt.text)})
			found := false
			for _, c := range res.Claims {
				found = found || strings.Contains(c.Text, "described")
			}
			if found != tt.claim {
				t.Errorf("claim %v, want %v:%s", found, tt.claim, describe(res.Claims))
			}
		})
	}
}

// TestStoryAnnounced checks that a sentence announcing another account
// ("Pellan tells the story the other way round", "The two firms tell two
// very different stories about why") is no claim of its own, while an
// account told after "that" or a colon is.
func TestStoryAnnounced(t *testing.T) {
	lead := "Orvia and Pellan traded blame on Monday for a fire at a border depot.\n\n"
	tests := []struct {
		name, text, claimed string
		claim               bool
	}{
		{"the story the other way round", "Pellan tells the story the other way round. Its foreign ministry said Orvian guards had started the fire.", "tells the story", false},
		{"stories about why", "The two governments now tell two very different stories about why.", "tell two", false},
		{"a different story, as before", "Pellan tells a very different story.", "tells a", false},
		{"guard: the account after that", "Pellan tells a different story that Orvian guards started the fire.", "tells a different story that", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(lead + tt.text)})
			found := false
			for _, c := range res.Claims {
				found = found || strings.Contains(c.Text, tt.claimed)
			}
			if found != tt.claim {
				t.Errorf("claim %v, want %v:%s", found, tt.claim, describe(res.Claims))
			}
		})
	}
}

// TestGovernorSpeaksForProvince checks that a governor speaks for the one
// provincial or regional government the article names, as a mayor does
// for the town's council, and that a name ending in a local qualifier and
// "Administration" or "Government" opens a body of its own; a company
// named by its turbines' water ("Trask Hydro") is a company.
func TestGovernorSpeaksForProvince(t *testing.T) {
	tests := []struct {
		name, text, speaker, side, subject string
	}{
		{"a governor by title after the administration spoke",
			"Floodwater from the Dellow reservoir covered farms in the Marl valley on Tuesday.\n\n" +
				"The Marl Provincial Administration has denied Trask Hydro's claim that it ordered the reservoir kept full.\n\n" +
				"Governor Anselm Korvik accused Trask Hydro of ignoring a heavy-rain warning.",
			"Anselm Korvik", "Marl Provincial Administration", "Trask Hydro"},
		{"a regional governor and a regional government named in capitals",
			"A landslide buried the road below the Orrin quarry on Monday.\n\n" +
				"The Orrin Regional Government said the quarry's owner had been warned.\n\n" +
				"Regional governor Ida Fenwick accused Dorn Metals of dumping spoil on an unstable slope.",
			"Ida Fenwick", "Orrin Regional Government", "Dorn Metals"},
		{"the body called again by its kind in lower case",
			"Floodwater from the Dellow reservoir covered farms in the Marl valley on Tuesday.\n\n" +
				"The Marl Provincial Administration has denied Trask Hydro's claim that it ordered the reservoir kept full.\n\n" +
				"Trask Hydro's chief executive, Lena Brodie, accused the provincial administration of ignoring its request.",
			"Lena Brodie", "Trask Hydro", "Marl Provincial Administration"},
		{"a borough council called again by its kind",
			"A tunnel under the ring road flooded on Friday.\n\n" +
				"Welby Borough Council said the drains had been cleared in May.\n\n" +
				"Ada Kern, chief executive of Dorn Works, said the borough council had ignored its warnings about the pumps.",
			"Ada Kern", "Dorn Works", "Welby Borough Council"},
		{"a governor of a province named in his post, no state named",
			"Two armed groups blamed each other on Monday for the abduction of four aid workers near Selm.\n\n" +
				"The governor of Orrin province, Pavel Drask, accused the Red Hill Brigades of selling the hostages.",
			"Pavel Drask", "Orrin provincial government", "Red Hill Brigades"},
		{"guard: where a state is named, a province's governor is given no province's government",
			"DORVIK, Ostmark, May 3 (Wirenews) - Ostmark's army and the Red Hill Brigades blamed each other for a bomb at a market.\n\n" +
				"The governor of Orrin province, Pavel Drask, accused the Red Hill Brigades of planting the bomb.",
			"Pavel Drask", "", "Red Hill Brigades"},
		{"guard: a central bank's governor speaks for no province",
			"The Marl Provincial Administration said the levy was legal.\n\n" +
				"Central bank governor Anselm Korvik accused Trask Hydro of hiding its debts.",
			"Anselm Korvik", "", "Trask Hydro"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			for _, c := range res.Claims {
				if c.Speaker == tt.speaker && c.Kind == graph.KindAccusation {
					if c.Side != tt.side || c.Subject != tt.subject {
						t.Errorf("%s [%s] accuses %s; want [%s] accusing %s:%s", c.Speaker, c.Side, c.Subject, tt.side, tt.subject, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no accusation by %s:%s", tt.speaker, describe(res.Claims))
		})
	}
}
