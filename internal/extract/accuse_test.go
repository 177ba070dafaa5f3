package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestAccusationShapes checks accusations written in the shapes news
// prose gives them beyond "X accused Y of Z", by parties no list names:
// side>accused of every accusation, in any order.
func TestAccusationShapes(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a passive with a pair subject: the agent accuses both",
			"Korvela accused Dunmarch of letting sick cattle cross the border. Dunmarch accused Korvela of hiding the outbreak.\n\n" +
				"Both governments were blamed by the Valley Growers' Union for letting the river silt up.",
			[]string{"Korvela>Dunmarch", "Dunmarch>Korvela", "Valley Growers' Union>Korvela", "Valley Growers' Union>Dunmarch"}},
		{"guard: a pair of people in the passive names no party",
			"Korvela accused Dunmarch of letting sick cattle cross the border. Dunmarch accused Korvela of hiding the outbreak.\n\n" +
				"Both players were blamed by the Valley Growers' Union for losing the cup.",
			[]string{"Korvela>Dunmarch", "Dunmarch>Korvela"}},
		{"both the company and the council, by a group the company's noun also fits",
			"Solvent was found in the wells of Lower Pell. The first suspect is the works of Orrin Chemicals. The second is a landfill owned by Pell City Council.\n\n" +
				"The council accused Orrin of letting waste seep from a lagoon. Orrin rejects it.\n\n" +
				"The Pell Residents Group has accused both the company and the council of \"arguing while our taps run dry\".",
			[]string{"Pell City Council>Orrin Chemicals", "Pell Residents Group>Orrin Chemicals", "Pell Residents Group>Pell City Council"}},
		{"the accused named in apposition, then a time, before of",
			dl + "The Kelvan Football Federation accused the country's largest broadcaster, Ostvision, on Monday of fabricating evidence.",
			[]string{"Kelvan Football Federation>Ostvision"}},
		{"the accused named in apposition before of",
			dl + "The Kelvan Football Federation accused the country's largest broadcaster, Ostvision, of fabricating evidence.",
			[]string{"Kelvan Football Federation>Ostvision"}},
		{"the accused named in apposition before for",
			dl + "The Kelvan Football Federation blamed the country's largest broadcaster, Ostvision, for the leak.",
			[]string{"Kelvan Football Federation>Ostvision"}},
		{"guard, already read: a time between commas before of",
			dl + "Ostmark accused Velland, on Tuesday, of shelling the village.",
			[]string{"Ostmark>Velland"}},
		{"guard, already read: the accused described in apposition before of",
			dl + "Ostmark accused Velland, its northern neighbour, of shelling the village.",
			[]string{"Ostmark>Velland"}},
		{"blamed an event with of on the accused",
			dl + "Tarsian troops crossed the river. Tarsia blamed the shelling of the village on Ostmark.",
			[]string{"Tarsia>Ostmark"}},
		{"blamed an event with of on an armed group",
			dl + "The Red Falcon Brigade blamed the collapse of the bridge on the Iron Hill Movement.",
			[]string{"Red Falcon Brigade>Iron Hill Movement"}},
		{"guard: blamed the accused for an event with of",
			dl + "Tarsian troops crossed the river. Tarsia blamed Ostmark for the shelling of the village on Monday.",
			[]string{"Tarsia>Ostmark"}},
		{"guard: blamed an event with of on no party",
			dl + "Tarsian troops crossed the river. Tarsia blamed the collapse of the bridge on heavy rain.",
			nil},
		{"a demonym's accusations that",
			dl + "Tarsian troops crossed the river. Tarsian accusations that Ostmark had shelled the village have strained ties between the two states.",
			[]string{"Tarsia>Ostmark"}},
		{"a state's allegations that, against a group",
			dl + "Ostmark's allegations that the Iron Hill Movement had mined the road were never proven.",
			[]string{"Ostmark>Iron Hill Movement"}},
		{"a state's claim that",
			dl + "Tarsian troops crossed the river. Ostmark's claim that Tarsia had shelled the village angered the Tarsian government.",
			[]string{"Ostmark>Tarsia"}},
		{"guard: accusations rejected are the denial alone",
			dl + "Tarsian troops crossed the river. Ostmark rejected Tarsia's accusations that its troops had shelled the village.",
			nil},
		{"guard: accusations nobody owns",
			dl + "Tarsian troops crossed the river. The accusations that Ostmark had shelled the village were never proven.",
			nil},
		{"a body's \"it\" after an opening phrase with no comma accuses",
			dl + "The Ostmark interior ministry said the road to Pell was closed.\n\nIn a short statement it accused the Iron Hill Movement of \"using villagers as shields\".",
			[]string{"Ostmark>Iron Hill Movement"}},
		{"a body's \"it\" after a time with no comma accuses",
			dl + "The Ostmark interior ministry said the road to Pell was closed.\n\nOn Tuesday it accused the Iron Hill Movement of shelling the dam.",
			[]string{"Ostmark>Iron Hill Movement"}},
		{"a state named by its demonym alone, in \"-an\", before its ministry",
			dl + "The Tarn Valley Brigade blocked a convoy on Monday.\n\nThe Corvessan health ministry said the Tarn Valley Brigade had shelled the convoy.",
			[]string{"Corvessa>Tarn Valley Brigade"}},
		{"that ministry's \"it\" after an opening phrase, in the sentence after it opened one",
			dl + "The Tarn Valley Brigade blocked a convoy on Monday.\n\nThe Corvessan health ministry, which has no say in the valley, has weighed in. In a short statement it accused the Tarn Valley Brigade of \"using sick children as bargaining chips\".",
			[]string{"Corvessa>Tarn Valley Brigade"}},
		{"guard: \"it\" after a verb in the opening phrase is its object",
			dl + "The Ostmark interior ministry said the road to Pell was closed.\n\nOn hearing it accused the Iron Hill Movement of shelling the dam.",
			nil},
		{"the rival's people charged: the company blames the fishermen",
			dl + "A survey ship working for Norcastle Energy cut nets in Dallow Bay, the Dallow Fishing Association said. Norcastle Energy denied the charge.\n\nThe company blamed the fishermen for the damage.",
			[]string{"Norcastle Energy>Dallow Fishing Association"}},
		{"the people named in a party's name",
			dl + "The Harlow Fishermen's Co-operative said a survey ship working for Norcastle Energy had cut its nets. Ostmark's coastguard is investigating.\n\nNorcastle Energy blamed the fishermen for the damage.",
			[]string{"Norcastle Energy>Harlow Fishermen's Co-operative"}},
		{"members called by their organisation's noun",
			dl + "The Velt Anglers' Trust said Orin Mining had poisoned the river. Orin Mining denied it.\n\nOrin Mining accused trust members of trespassing on its land.",
			[]string{"Velt Anglers' Trust>Orin Mining", "Orin Mining>Velt Anglers' Trust"}},
		{"a group's fighters charged by a charity",
			dl + "The Tarn Valley Brigade turned back lorries of the charity Corvel Relief on Sunday, the charity said. The brigade accused the charity of smuggling fuel.\n\nIn May, Corvel Relief accused its fighters of stealing flour.",
			[]string{"Tarn Valley Brigade>Corvel Relief", "Corvel Relief>Tarn Valley Brigade"}},
		{"members called by their organisation's noun, by a speaker no list makes a party",
			dl + "Thousands of salmon escaped from a farm run by Dunmore Salmon after its nets were cut, the company said. The Velt Anglers' Trust denied any part in it.\n\nTwo years ago Dunmore accused trust members of trespassing on its shore base.",
			[]string{">Velt Anglers' Trust"}}, // the speaker, Dunmore Salmon, accuses with no side
		{"guard: people described by an adjective are some other people",
			dl + "A survey ship working for Norcastle Energy cut nets in Dallow Bay, the Dallow Fishing Association said. Norcastle Energy denied the charge.\n\nThe company blamed foreign fishermen for the damage.",
			nil},
		{"guard: a state's people are not named so",
			dl + "Tarsian troops crossed the river. Ostmark accused Tarsia of shelling the village.\n\nOstmark accused the fighters of looting.",
			[]string{"Ostmark>Tarsia"}},
		{"the provincial government is the province's named before",
			dl + "Dorrow Minerals and Kessia's provincial government are fighting over who is to blame for the dam breach.\n\nDorrow Minerals blames the provincial government for the breach.",
			[]string{"Dorrow Minerals>Kessia"}},
		{"a group blamed by what it is, with no \"for\", after a report",
			dl + "Cyanide was found in the Velt river below the Orin Gold dam on Monday.\n\nThe company said its own monitoring showed no leak and blamed illegal miners who work along the river.",
			[]string{">illegal miners"}},
		{"a group blamed by what it is, for the event",
			dl + "A fire destroyed the Harl grain store on Monday.\n\nThe Harl Farmers' Union blamed armed herders for the fire.",
			[]string{"Harl Farmers' Union>armed herders"}},
		{"guard: things blamed are no group",
			dl + "Two mills closed in Harl on Monday.\n\nThe Harl Farmers' Union blamed cheap imports for the closures.",
			nil},
		{"guard: payments blamed are no people, though their noun ends as \"residents\" does",
			dl + "Two mills closed in Harl on Monday.\n\nThe Harl Farmers' Union blamed late payments for the closures.",
			nil},
		{"guard: currents blamed are no people, though their noun ends as \"parents\" does",
			dl + "The Harl sea wall gave way on Monday.\n\nThe Harl Farmers' Union blamed strong currents for the breach.",
			nil},
		{"guard: transformers blamed are no people, though their noun ends as \"farmers\" does",
			dl + "Harl was dark for six hours on Monday.\n\nThe Harl Power Company blamed faulty transformers for the blackout.",
			nil},
		{"guard: embers blamed are no people",
			dl + "A fire destroyed the Harl grain store on Monday.\n\nThe Harl Farmers' Union blamed stray embers from a bonfire.",
			nil},
		{"a group blamed by what it is, with no \"for\", by a body of no side",
			dl + "A fire destroyed the Harl grain store on Monday.\n\nThe union blamed armed herders who graze along the river.",
			[]string{">armed herders"}},
		{"a group blamed by what it is, a relative saying they are people",
			dl + "A fire destroyed the Harl grain store on Monday.\n\nThe Harl Farmers' Union blamed young drovers who graze along the river.",
			[]string{"Harl Farmers' Union>young drovers"}},
		{"guard: a party's people described are not a group of their own",
			dl + "Ballot boxes burned in Harl on Monday.\n\nThe Harl Farmers' Union blamed ruling-party activists for the fire.",
			nil},
		{"guard: a new clause after the comma",
			dl + "Ostmark accused Velland, and the talks broke down.",
			nil},
		{"a state's artillery by its demonym fired (drones by a demonym: TestAccusedPairs); its defence ministry speaks for it (ysides)",
			dl + "Tarsian artillery fired at least nine shells at the Kesk power plant overnight, the Ostmark Defence Ministry said on Thursday.",
			[]string{"Ostmark>Tarsia"}},
		{"a dateline with the day before the month",
			"KESK, 3 April (Wirenews) – Tarsian troops shelled the Kesk power plant overnight, the Ostmark Defence Ministry said on Thursday.",
			[]string{"Ostmark>Tarsia"}},
		{"the other party's charge after a denial and even as",
			dl + "The Dunmarch Timber Company denied that its sawmill had fouled the lake, even as the Tarsel Anglers' Union accused the company of poisoning the fish.",
			[]string{"Tarsel Anglers' Union>Dunmarch Timber Company"}},
		{"a second participle after a set-off denial: dismissing … and accusing",
			dl + "The Brightwater Trust accused Ostmark of beating migrants at the border. Ostmark's interior minister, Tomas Reche, went further, dismissing the report as \"a fabrication\" and accusing the Brightwater Trust of working with smuggling gangs.",
			[]string{"Brightwater Trust>Ostmark", "Ostmark>Brightwater Trust"}},
		{"a second participle after a set-off denial: rejecting … and blaming",
			dl + "The Brightwater Trust accused Ostmark of beating migrants at the border. Ostmark's interior minister, Tomas Reche, hit back, rejecting the report and blaming the Brightwater Trust for the unrest.",
			[]string{"Brightwater Trust>Ostmark", "Ostmark>Brightwater Trust"}},
		{"guard: a participle after \"and\" inside reported content is the content's",
			dl + "The Brightwater Trust accused Ostmark of beating migrants at the border. The Velland Refugee Council backed the trust. Ostmark's interior minister, Tomas Reche, said the trust had spent the summer meeting smugglers and accusing the Velland Refugee Council of lying.",
			[]string{"Brightwater Trust>Ostmark", "Ostmark>Brightwater Trust"}},
		{"the bare \"the regulator\" accused: the body whose name holds a regulator's field",
			dl + "The Ostmark Medicines Agency suspended the licence of Harl Pharma on Monday. The company's chief executive, Nils Dovre, accused the regulator of rushing to judgment.",
			[]string{"Harl Pharma>Ostmark Medicines Agency"}},
		{"already read: the bare \"the watchdog\" accused, the body the article called a watchdog",
			dl + "The Ostmark Competition Board, the country's competition watchdog, fined Harl Pharma on Monday. The company's chief executive, Nils Dovre, accused the watchdog of bowing to rivals.",
			[]string{"Harl Pharma>Ostmark Competition Board"}},
		{"guard: a harbour authority is no one's \"the regulator\"",
			dl + "The Ostmark Harbour Authority fined Harl Shipping on Monday. The company's chief executive, Nils Dovre, accused the regulator of rushing to judgment.",
			nil},
		{"guard: \"the regulator of <whom> … of\" is that body's regulator, not the agency named before",
			dl + "The Ostmark Medicines Agency suspended the licence of Harl Pharma on Monday. Harl Pharma, which sponsors football, accused the regulator of the football league of ignoring its bid.",
			nil},
		{"the regulator of a cover-up: one \"of\" is the charge",
			dl + "The Ostmark Medicines Agency suspended the licence of Harl Pharma on Monday. The company's chief executive, Nils Dovre, accused the regulator of a cover-up.",
			[]string{"Harl Pharma>Ostmark Medicines Agency"}},
		{"already read under the state's dateline: government troops accused by a group",
			dl + "Fighting between the Ostmark army and the Iron Hill Movement has emptied the valley. The Iron Hill Movement accused government troops of shelling the market in Pell.",
			[]string{"Iron Hill Movement>Ostmark"}},
		{"bare soldiers accused by a group: the state",
			dl + "Fighting between the Ostmark army and the Iron Hill Movement has emptied the valley. The Iron Hill Movement accused soldiers of abducting the mayor of Pell.",
			[]string{"Iron Hill Movement>Ostmark"}},
		{"guard: rebel forces with no article are no state's",
			dl + "Fighting between the Ostmark army and the Iron Hill Movement has emptied the valley. The Iron Hill Movement accused rebel forces of shelling the market in Pell.",
			nil},
		{"guard: bare soldiers after two states' soldiers are either's",
			dl + "Ostmark and Velland soldiers exchanged fire across the Pell river on Monday. The Pell Red Cross accused soldiers of looting houses on both banks.",
			nil},
		{"guard: bare troops after troops from two states are either's",
			dl + "Troops from Ostmark and Velland exchanged fire across the Pell river on Monday. The Pell Red Cross accused troops of looting houses on both banks.",
			nil},
		{"the state's own soldiers named before: still the state's",
			dl + "Ostmark soldiers moved into the Pell valley on Monday. The Pell Red Cross accused soldiers of looting houses on both banks.",
			[]string{"Pell Red Cross>Ostmark"}},
		{"guard: counted soldiers are some men, not the state",
			dl + "Fighting between the Ostmark army and the Iron Hill Movement has emptied the valley. The Iron Hill Movement accused two soldiers of stealing cattle in Pell.",
			nil},
		{"a person accused by surname: the party the article tied the person to",
			"The Kelvan Football Federation and the owner of Dorrow Rovers accused each other of match-fixing on Monday, two days after a late penalty sent Dorrow down.\n\nPiet Halloran, the shipping magnate who has owned Dorrow since 2031, accused the federation of rigging the match.\n\nIlse Marr, the federation president, accused Halloran of trying to fix the same match himself.",
			[]string{"Dorrow Rovers>Kelvan Football Federation", "Kelvan Football Federation>Dorrow Rovers"}},
		{"a person accused by title and surname, after a set-off participle",
			"The Kelvan Football Federation and the owner of Dorrow Rovers accused each other of match-fixing on Monday, two days after a late penalty sent Dorrow down.\n\nPiet Halloran, the shipping magnate who has owned Dorrow since 2031, accused the federation of rigging the match.\n\nThe federation hit back on Tuesday, accusing Mr Halloran of bribing two players.",
			[]string{"Dorrow Rovers>Kelvan Football Federation", "Kelvan Football Federation>Dorrow Rovers"}},
		{"guard: a first name alone is no surname",
			"The Kelvan Football Federation and the owner of Dorrow Rovers accused each other of match-fixing on Monday, two days after a late penalty sent Dorrow down.\n\nPiet Halloran, the shipping magnate who has owned Dorrow since 2031, accused the federation of rigging the match.\n\nIlse Marr, the federation president, accused Piet of trying to fix the same match himself.",
			[]string{"Dorrow Rovers>Kelvan Football Federation"}},
		{"guard: a surname two people of two parties share charges neither",
			"The Liberal Party and the Farmers' Party traded blame on Monday over the budget cuts.\n\nElsa Varn, a Liberal Party deputy, said the cuts were a mess. Her brother, Karl Varn, a Farmers' Party deputy, defended them.\n\nThe Kelby Teachers' Union accused Varn of misleading parliament.",
			[]string{"Liberal Party>Farmers' Party", "Farmers' Party>Liberal Party"}},
		{"one of two people sharing a surname is of the accuser's party: the other is charged",
			"The Liberal Party and the Farmers' Party traded blame on Monday over the budget cuts.\n\nKarl Varn, a Farmers' Party deputy, defended the cuts. His sister, Elsa Varn, a Liberal Party deputy, said they were a mess.\n\nThe Liberal Party accused Varn of misleading parliament.",
			[]string{"Liberal Party>Farmers' Party", "Farmers' Party>Liberal Party", "Liberal Party>Farmers' Party"}},
		{"the full name of one of two people sharing a surname charges that one's party",
			"The Liberal Party and the Farmers' Party traded blame on Monday over the budget cuts.\n\nElsa Varn, a Liberal Party deputy, said the cuts were a mess. Her brother, Karl Varn, a Farmers' Party deputy, defended them.\n\nThe Farmers' Party accused Elsa Varn of misleading parliament.",
			[]string{"Liberal Party>Farmers' Party", "Farmers' Party>Liberal Party", "Farmers' Party>Liberal Party"}},
		{"guard: a person the article tied to no party charges no party",
			"The Kelvan Football Federation fined Dorrow Rovers on Monday. Anton Brisk, a referee, said he had been offered money.\n\nIlse Marr, the federation president, accused Brisk of lying.",
			nil},
		{"a body called again in lower case by the last words of its name, the first a verb too",
			dl + "The Velport Harbour Authority awarded the tender to Belharrow Ports on Monday. Ostrand Marine Terminals accused the harbour authority of rigging the tender.",
			[]string{"Ostrand Marine Terminals>Velport Harbour Authority"}},
		{"guard: the last words of two bodies' names point at neither",
			dl + "The Velport Harbour Authority and the Selmark Harbour Authority have both bid to run the ferry link. Ostrand Marine Terminals accused the harbour authority of rigging the tender.",
			nil},
		{"a charge with \"charged that\": the clause's act of another party",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. Tarsia charged that Ostmark had opened the sluices without warning.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia", "Tarsia>Ostmark"}},
		{"guard, already read: \"charged that\" with the speaker's own act",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. Tarsia charged that its own engineers had opened the sluices without warning.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia"}},
		{"an event said to be a party's fault",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. Tarsia said the flooding was Ostmark's fault.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia", "Tarsia>Ostmark"}},
		{"guard: an event said to be no party's fault",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. Tarsia said the flooding was nobody's fault.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia"}},
		{"the blame laid at a party's door",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. Tarsia's foreign ministry laid the blame for the flooding at Ostmark's door.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia", "Tarsia>Ostmark"}},
		{"guard: the blame laid at a place, then on no party",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. Tarsia laid the blame at an Ostmark news conference on the storm.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia"}},
		{"an event blamed by a party on another, in the passive",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. The flooding was blamed by Tarsia on Ostmark.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia", "Tarsia>Ostmark"}},
		{"guard: an event blamed in the passive on no party",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. The flooding was blamed by Tarsia on heavy rain.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia"}},
		{"\"the other side\" accused: the accuser's rival in a quarrel of two",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. Tarsia accused the other side of ignoring its warnings.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia", "Tarsia>Ostmark"}},
		{"\"the other side\" accused after a denial, in a second clause",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. The Ostmark government denied it, and accused the other side of lying.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia", "Ostmark>Tarsia"}},
		{"guard: \"the other side\" in the words of a third party is no one's rival",
			"Tarsia and Ostmark traded blame on Monday over the flooding of the Pell valley. The Pell Farmers Union accused the other side of lying.",
			[]string{"Tarsia>Ostmark", "Ostmark>Tarsia"}},
		{"guard: an even as of no report stays in the report",
			dl + "The Dunmarch Timber Company denied that its sawmill had fouled the lake, even as the fish died in their thousands.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestConfiguredTopicHead checks that a configured topic takes an event
// named by its first word only when the event is of the topic's kind: a
// drone that crashed is a "drone crash", not "drone strikes".
func TestConfiguredTopicHead(t *testing.T) {
	tests := []struct {
		name, text, want string // want: the first claim's topic
	}{
		{"a drone crashed: the event's own head",
			"A drone crashed into a house in a border village in Pirrow on Sunday, killing two. Pirrow accused Velland of flying the drone.",
			"drone crash"},
		{"blamed each other for a drone crash",
			"Pirrow and Velland blamed each other for a drone crash that killed two villagers.",
			"drone crash"},
		{"guard: a drone attack is the configured drone strikes",
			"Pirrow and Velland blamed each other for a drone attack that killed two villagers.",
			"drone strikes"},
		{"guard: the configured topic's own phrase",
			"Officials said the drone strike killed three.",
			"drone strikes"},
		{"guard: an attack on a dam is the configured dam destruction",
			"The minister blamed the dam attack on rebels.",
			"dam destruction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFirstTopic(t, tt.text, tt.want)
		})
	}
}

// TestWeaponOfInducedEvent checks that an accusation of sending the
// weapon that caused an induced event ("a drone that crashed") is about
// who is responsible for the event, so the denial of "the charge"
// opposes it; a configured weapon topic keeps its own action.
func TestWeaponOfInducedEvent(t *testing.T) {
	tests := []struct {
		name, text, topic, action string
	}{
		{"a drone that crashed",
			"A drone crashed into a house in Pirrow on Sunday. Pirrow accused Velland of sending the drone. Velland rejected the charge.",
			"drone crash", "be responsible for drone crash"},
		{"guard: a configured weapon topic",
			"Pirrow accused Velland of using cluster munitions near the border. Velland rejected the charge.",
			"cluster munitions", "use cluster munitions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			for _, c := range res.Claims {
				if c.Kind == "accusation" && (c.Topic != tt.topic || c.Action != tt.action) {
					t.Errorf("accusation on %q «%s», want %q «%s»", c.Topic, c.Action, tt.topic, tt.action)
				}
			}
			for _, f := range graph.Detect(res.Claims, res.Claims) {
				if f.Rule == graph.RuleOpposing {
					return
				}
			}
			t.Errorf("no opposing pair:%s", describe(res.Claims))
		})
	}
}

// TestVerbFormModifier checks that a word that is also a verb's form
// may modify the noun an event struck ("rammed a supply boat"), so the
// event is named by the noun, and that an event verb that takes no
// object as a rule is named by one it takes ("sinking a patrol boat").
func TestVerbFormModifier(t *testing.T) {
	tests := []struct {
		text, want string // want: the first claim's topic
	}{
		// an intransitive event verb used with an object is named by it
		{"Pirrow and Velland have accused each other of sinking a patrol boat.", "boat sinking"},
		{"Pirrow accused Velland of sinking a fishing boat near the reef.", "boat sinking"},
		{"Officials said two ships collided near the reef.", "ship collision"},
		{"Ostmark said a Tarsian patrol boat had rammed a supply boat.", "boat ramming"},
		{"Ostmark said a Tarsian patrol boat rammed a supply vessel.", "vessel ramming"},
		{"Ostmark said a Tarsian patrol boat had rammed a supply ship near the reef.", "ship ramming"},
		// guards: a modifier that is no verb, and none
		{"Ostmark said a Tarsian patrol boat had rammed a fishing boat.", "boat ramming"},
		{"Ostmark said a Tarsian patrol boat had rammed its trawler.", "trawler ramming"},
	}
	for _, tt := range tests {
		checkFirstTopic(t, tt.text, tt.want)
	}
}

// TestCompoundActTopic checks that a dispute with no configured topic
// and no event is named by the hyphenated act its headline or first
// paragraphs name ("vote-rigging") before the acts its charges name one
// by one, and that an event or an adjective's compound keeps its place.
func TestCompoundActTopic(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name, title, text, want string // want: the first claim's topic
	}{
		{"named by the headline", "Rowing federation and broadcaster trade blame over vote-rigging report",
			dl + "The Ostmark Rowing Federation accused Ostvision of inventing evidence. Ostvision said the federation had hidden the evidence for years.",
			"vote-rigging"},
		{"named in the first paragraph", "",
			dl + "The Ostmark Rowing Federation accused Ostvision of inventing evidence of vote-rigging. Ostvision accused the federation of hiding the truth.",
			"vote-rigging"},
		{"the act written with a hyphen is the configured topic's alias", "Dravia dismisses Ostmark's election-meddling charge",
			dl + "Dravia on Monday denied accusations from Ostmark that it had run a covert campaign. Ostmark accused Dravia of lying.",
			"election interference"},
		{"guard: an adjective's compound names no act", "",
			dl + "The Ostmark Rowing Federation accused Ostvision of inventing evidence in a long-running feud. Ostvision accused the federation of hiding the truth.",
			"evidence inventing"},
		{"guard: an event the first paragraph reports comes first", "",
			dl + "An explosion tore through a studio of Ostvision on Monday. Ostvision accused the federation of covering up vote-rigging.",
			"studio explosion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFirstTopicTitled(t, tt.title, tt.text, tt.want)
		})
	}
}

// TestAdjunctThenApposition checks that a reporting verb's adjunct
// before "that" ("said in a statement that", "said in a report that") is
// no opening phrase running to the comma of an apposition in the
// reported clause ("the port, a vital link,"): the clause's subject is
// still the accused.
func TestAdjunctThenApposition(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"shelling, a statement, an apposition to the object",
			"Ostmark and Velland traded blame over the shelling of a port.\n\n" +
				"Ostmark said in a statement that Velland had shelled the port, a vital link for grain, at dawn.",
			[]string{"Ostmark>Velland", "Velland>Ostmark", "Ostmark>Velland"}},
		{"a spill, a report, a person named in apposition",
			"Selvik Shipping and the Brask Maritime Agency traded blame over the spill.\n\n" +
				"The Brask Maritime Agency said in a report that Selvik illegally fouled the pier, Jon Alm's mooring, at night.",
			[]string{"Selvik Shipping>Brask Maritime Agency", "Brask Maritime Agency>Selvik Shipping", "Brask Maritime Agency>Selvik Shipping"}},
		{"a leak, a filing, an apposition to the object",
			"Orlen Savings Bank and Brightmoor Systems blamed each other for the leak.\n\n" +
				"Orlen Savings Bank said in a filing that Brightmoor Systems had sabotaged the records, two million of them, for months.",
			[]string{"Orlen Savings Bank>Brightmoor Systems", "Brightmoor Systems>Orlen Savings Bank", "Orlen Savings Bank>Brightmoor Systems"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestMemberGunmen checks that an armed group's noun before "gunmen"
// ("militia gunmen", "brigade gunmen") is the group named before: the
// gunmen's acts are its acts.
func TestMemberGunmen(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"militia gunmen on a hijacked barge",
			"The Red Falcon Militia seized a grain barge on the Ulva river on Monday.\n\n" +
				"Ostmark's navy said militia gunmen had shot the pilot when he refused to steer.",
			[]string{"Ostmark>Red Falcon Militia"}},
		{"brigade gunmen at a border post",
			"The Iron Hill Brigade took a border post near Lesk on Friday.\n\n" +
				"Velland's army said brigade gunmen had killed two guards at the gate.",
			[]string{"Velland>Iron Hill Brigade"}},
		{"guard: gunmen of no named body",
			"The Red Falcon Militia seized a grain barge on the Ulva river on Monday.\n\n" +
				"Ostmark's navy said two gunmen had shot the pilot when he refused to steer.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestNominalOpensSentence checks that an accusation stated as a noun
// with its makers after "by" is read when the noun opens the sentence
// ("Allegations by Velland that Ostmark staged the sinking …"), as it was
// inside one.
func TestNominalOpensSentence(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"allegations by a state",
			"Ostmark and Velland have traded blame over the sinking of a ferry.\n\nAllegations by Velland that Ostmark staged the sinking drew an angry reply.",
			[]string{"Ostmark>Velland", "Velland>Ostmark", "Velland>Ostmark"}},
		{"accusations by an armed group",
			"Ostmark blamed the Red Falcon Brigade for the fire at the depot.\n\nAccusations by the Red Falcon Brigade that Ostmark's army shelled the depot were repeated on Friday.",
			[]string{"Ostmark>Red Falcon Brigade", "Red Falcon Brigade>Ostmark"}},
		{"charges by a shipping line",
			"Selvik Shipping and the Brask Port Agency blamed each other for the spill.\n\nCharges by Selvik Shipping that the Brask Port Agency falsified the radar logs were sent to the court.",
			[]string{"Selvik Shipping>Brask Port Agency", "Brask Port Agency>Selvik Shipping", "Selvik Shipping>Brask Port Agency"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestAccusedThenAside checks an accusation whose accused is followed,
// before the "of" or "for" of the charge, by a relative clause between
// commas or a short form in brackets: side>accused and the action.
func TestAccusedThenAside(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name, text, want, action string
	}{
		{"a relative clause between commas before of",
			dl + "Ostmark's government accused the Velland Power Board, which runs the Harl dam about 40 miles upstream, of opening the gates without warning.",
			"Ostmark>Velland Power Board", "open gates"},
		{"a short form in brackets, then a relative clause, before of",
			dl + "Ostmark's government accused the Velland Power Board (VPB), which runs the Harl dam, of opening the gates without warning.",
			"Ostmark>Velland Power Board", "open gates"},
		{"a short form in brackets before of",
			dl + "Ostmark's government accused the Velland Power Board (VPB) of opening the gates without warning.",
			"Ostmark>Velland Power Board", "open gates"},
		{"a relative clause with a quotation in it before of",
			dl + "Ostmark's government accused the Velland Power Board, which it called \"a law unto itself\", of hiding the leak.",
			"Ostmark>Velland Power Board", "hide leak"},
		{"already read: a relative clause between commas before for",
			dl + "Ostmark's government blamed the Velland Power Board, which runs the Harl dam, for the flood that swept through six villages.",
			"Ostmark>Velland Power Board", ""},
		{"guard: \"of which\" after a comma goes on with the relative clause; the charge comes later",
			dl + "Ostmark's government accused the Velland Power Board, which runs twelve dams, of which the Harl dam is the largest, of hiding the leak.",
			"Ostmark>Velland Power Board", "hide leak"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			var got []string
			for _, c := range res.Claims {
				if c.Kind == graph.KindAccusation {
					got = append(got, c.Side+">"+c.Subject)
					if tt.action != "" && c.Action != tt.action {
						t.Errorf("action %q, want %q", c.Action, tt.action)
					}
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("accusations %q, want [%q]:%s", got, tt.want, describe(res.Claims))
			}
		})
	}
}

// TestOrgByItsOfficer checks that a name of two words no list knows, with
// no organisation's noun, whose officer the next sentence gives by "Its"
// ("Forward Velland dismissed the allegations. Its chairwoman, …") is an
// organisation that its officer speaks and accuses for, even when the
// article read the name as a person's before; and, the guards, that an
// "Its" before no title, or a longer name that begins with the name's
// last word, makes no such organisation.
func TestOrgByItsOfficer(t *testing.T) {
	const lead = "MARLOW — Velland's two largest parties accused each other on Tuesday of rigging the regional vote.\n\n" +
		"With most ballots counted, Forward Velland led the Hearth Party by 4,000 votes.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"the officer after \"Its\" speaks for the name",
			lead + "Forward Velland dismissed the allegations as lies. Its chairwoman, Delia Marrack, said the video was fake.",
			"the video was fake", "Delia Marrack", "Forward Velland"},
		{"the name itself then has a side",
			lead + "Forward Velland dismissed the allegations as lies. Its chairwoman, Delia Marrack, said the video was fake.",
			"dismissed the allegations", "Forward Velland", "Forward Velland"},
		{"guard: \"Its\" before no title is no officer",
			lead + "Forward Velland dismissed the report as lies. Its findings, Delia Marrack said, were invented.",
			"dismissed the report", "Forward Velland", ""},
		{"guard: a longer name beginning with the last word is another body",
			lead + "Forward Velland dismissed the allegations as lies. Its chairwoman, Delia Marrack, said the video was fake.\n\n" +
				"The Velland Regional Election Commission said it had found irregularities at 11 precincts.",
			"found irregularities", "Velland Regional Election Commission", "Velland Regional Election Commission"},
	})
	checkAccusations(t, lead+"Forward Velland dismissed the allegations as lies. Its chairwoman, Delia Marrack, accused the Hearth Party of stuffing ballot boxes.",
		// the lead's pair too (TestPairWithBareNamedParty)
		[]string{"Forward Velland>Hearth Party", "Hearth Party>Forward Velland", "Forward Velland>Hearth Party"})
}

// TestPairWithBareNamedParty checks that "the two largest parties accused
// each other" takes a party named by words alone, its officer speaking
// for it, as one of the two when the article names one other party only;
// and, the guard, not when it names two parties by a party's noun.
func TestPairWithBareNamedParty(t *testing.T) {
	checkAccusations(t, "Velland's two largest parties accused each other on Tuesday of stuffing ballot boxes.\n\n"+
		"Forward Velland dismissed the allegations as lies. Its chairwoman, Delia Marrack, said the video was fake. The Hearth Party said it would appeal.",
		[]string{"Forward Velland>Hearth Party", "Hearth Party>Forward Velland"})
	checkAccusations(t, "Velland's two largest parties accused each other on Tuesday of stuffing ballot boxes.\n\n"+
		"Silver Arrow dismissed the allegations as lies. Its chairwoman, Delia Marrack, said the video was fake. Silver Arrow said the count was fair. Silver Arrow said it would cooperate. "+
		"The Hearth Party said it would appeal. The Green Party said it won.",
		[]string{"Green Party>Hearth Party", "Hearth Party>Green Party"})
}

// TestSecondParticipleCarriesReport: a second participle after a set-off
// one is split off as a report of its own only when its words carry a
// charge or a clause; a bare object ("praising the club's young coach")
// or a charge against no one stays inside the first.
func TestSecondParticipleCarriesReport(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		own        string // the words after the second participle
		split      bool   // whether they open a claim of their own
	}{
		{"a charge's \"of\"",
			"Ostmark's interior minister, Tomas Reche, went further, dismissing the report as \"a fabrication\" and accusing the Brightwater Trust of working with smuggling gangs.\n",
			"the Brightwater Trust of working", true},
		{"guard: a bare object",
			"Harl Rovers striker Anton Vell signed a new contract on Friday, dismissing rumours of a move abroad and praising the club's young coach.\n",
			"the club's young coach", false},
		{"guard: a charge against no one",
			"The council leader, Mara Tell, spoke for an hour, dismissing the opposition's budget as reckless and accusing nobody in particular of anything.\n",
			"nobody in particular", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := extractText(t, tc.text)
			split := false
			for _, c := range res.Claims {
				if strings.HasPrefix(c.Text, tc.own) {
					split = true
				}
			}
			if split != tc.split {
				t.Fatalf("split %v, want %v%s", split, tc.split, describe(res.Claims))
			}
		})
	}
}

// TestVerbWordBeforeBodyNoun checks that a word that is a verb too reads
// as a body's name word after "the" only before a noun: "the harbour
// authority" is the Velport Harbour Authority, "The harbour said" no one.
func TestVerbWordBeforeBodyNoun(t *testing.T) {
	const text = "BRASK, Ostmark, May 3 (Wirenews) - The Velport Harbour Authority awarded the tender to Belharrow Ports on Monday.\n\n" +
		"The harbour said nothing had changed since the storm."
	checkSpeaker(t, text, "", "", "", func(c graph.Claim) bool {
		return strings.Contains(c.Text, "nothing had changed") && c.Side == "Velport Harbour Authority"
	})
}

// TestRetoldClaimOfBodyNoun checks that a rival's retelling of a body's
// claim, the body called by the last words of its name in the
// possessive, gives the body no claim of its own, as its full name there
// does not.
func TestRetoldClaimOfBodyNoun(t *testing.T) {
	const text = "BRASK, Ostmark, May 3 (Wirenews) - Selvane Airways and the Orsk Airport Company blamed each other for the collision.\n\n" +
		"Noor Ashby, of Selvane Airways, rejected the account. She described the airport company's claim that the jet took the wrong exit as \"an invention\"."
	checkSpeaker(t, text, "", "", "", func(c graph.Claim) bool {
		return strings.Contains(c.Text, "wrong exit") && c.Side == "Orsk Airport Company"
	})
}
