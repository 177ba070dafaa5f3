package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// shellingThenTorture opens an article on one state's shelling charge
// against another and, some 1,300 bytes on, a rights group's torture
// charge against the accused state's police: the charge a later
// dismissal answers is the nearer one.
const shellingThenTorture = "Kestria's army on Monday accused Ambrel of shelling three villages near the border overnight, killing a farmer and wounding four children.\n\n" +
	"\"The guns fired for two hours without a pause, and the shells fell on houses, a school and a clinic,\" army spokesman Pavel Orn told reporters in the capital, Lusk. \"There is no military target anywhere near these villages.\"\n\n" +
	"Orn said the army had counted more than 40 craters in the village of Tamber alone. He said the wounded children had been taken to a hospital in the town of Drell, where doctors said two of them were in serious condition.\n\n" +
	"Residents described a night of fear. Mira Sand, a teacher in Tamber, said her family had spent the night in a cellar. \"We heard the first explosion at midnight and the last one just before dawn,\" she said. \"My neighbour's barn burned to the ground.\"\n\n" +
	"Kestria's foreign minister, Lena Voss, said she had summoned Ambrel's ambassador to protest. \"We will raise this at the regional security council next week,\" Voss said. \"The world must see what is happening on our border.\"\n\n" +
	"The regional security council has met four times this year on disputes between the two states, which have argued over the river border since 2029, when a flood moved the main channel of the Tesla two kilometres to the east. Talks on a new border treaty broke down in March.\n\n" +
	"Separately on Monday, the rights group Clearwatch accused Ambrel's police of torturing detainees arrested during protests in the Ambrel capital last month. Clearwatch researcher Nell Hart said 30 former detainees had described beatings.\n\n"

// TestRespondsTo: a denial or rejection of an article answers the other
// side's claim it refers back to or restates, and graph.Detect then finds
// the counterclaim although the two are worded differently; a denial with
// no such antecedent, or only its own side's, answers nothing.
func TestRespondsTo(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		from       string // a word of the answering claim's text
		to         string // a word of the claim it answers; "" for none
	}{
		{"shipping: rejected the accusation",
			"Freedonia accused Sylvania on Monday of seizing the cargo ship Marlin Queen in international waters.\n\nSylvania rejected the accusation.\n",
			"rejected", "seizing"},
		{"mining: a denial restating the charge",
			"The Kessel Miners' Union accused Orvik Mining of dumping tailings into the Brask river.\n\nOrvik Mining denied that any tailings had reached the river.\n",
			"reached", "dumping"},
		{"border clash: denies it",
			"Sylvania said on Friday that Freedonia shelled the village of Kesk overnight.\n\nFreedonia denies it.\n",
			"denies", "shelled"},
		{"aviation: disputes that account",
			"Ruritania accused Sylvania of forcing the Aerolinea flight to land at Sylvaton.\n\nSylvania disputes that account.\n",
			"disputes", "forcing"},
		{"poisoning: denied any role",
			"Ostmark's government says the Dravian state was behind the attack on a former agent in Brask.\n\nDravia has flatly denied any role.\n",
			"role", "behind"},
		{"health: no antecedent",
			"The Velm Hospital Trust denied any wrongdoing.\n",
			"wrongdoing", ""},
		{"elections: never the denier's own side",
			"Freedonia's defence ministry said its troops had not crossed the border.\n\nFreedonia rejected the accusation.\n",
			"rejected", ""},
		{"drones: the account of someone else",
			"Ruritania accused Sylvania of sending a military drone over the Strelsau dam.\n\nA Sylvanian spokesman rejected Freedonia's account.\n",
			"rejected", ""},
		// (Sylvania's forecast between makes the denial no reply: these
		// rows hold restatement alone)
		{"ports: one shared word is not a restatement",
			"Freedonia accused Sylvania of closing the port of Vell to grain ships.\n\nSylvania said it would reopen the port next month.\n\nSylvania denied that the cranes at its own port were unsafe.\n",
			"cranes", ""},
		{"health: a summary of mutual blame is not answered",
			"The Marrow Health Board and Kelvin Labs blamed each other for the lost test results.\n\nKelvin Labs denied that any test results had been lost in its laboratory.\n",
			"laboratory", ""},
		// an assertion of the accused side answers as a denial does
		{"aviation: a negated assertion restating the charge",
			"Ruritania's defence ministry said Sylvanian fighter jets had flown deep into Ruritanian airspace on Sunday.\n\nSylvania's air force said its fighter jets had never flown into Ruritanian airspace.\n",
			"never", "deep"},
		{"border clash: none of its guns",
			"Freedonia accused Sylvania of shelling the border village of Kesk overnight.\n\nSylvania's army said none of its guns had shelled the village.\n",
			"none", "Kesk"},
		{"shipping: a sentence that opens on the rejection",
			"Freedonia accused Sylvania on Monday of seizing the cargo ship Marlin Queen in international waters.\n\nDismissing the accusation as a fabrication, Sylvania's foreign ministry said its navy had been on exercises far to the south.\n",
			"exercises", "seizing"},
		{"shipping: calls it a provocation",
			"Freedonia accused Sylvania on Monday of seizing the cargo ship Marlin Queen in international waters.\n\nSylvania calls it a \"staged provocation\".\n",
			"staged", "seizing"},
		{"rail: disputes that, the account of one side just reported",
			"The operator, Brenhall Rail, says a bridge that Tarrow Works had repaired in May gave way under the train.\n\n\"The girders were never fit for freight,\" Brenhall's safety chief, Ada Voss, said.\n\nTarrow Works disputes that.\n",
			"disputes", "bridge"},
		{"water: denied that answers the charge before it",
			"Ostravia's interior ministry said Marnian guards had cut the gas pipeline to its eastern towns on Sunday.\n\nMarnia denied that.\n",
			"denied", "pipeline"},
		{"dams: denied receiving any such warning",
			"Ostravia's interior ministry said Marnian officials had been sent a warning by fax before the gates opened.\n\nMarnia denied receiving any such message.\n",
			"message", "fax"},
		// one sentence that sets the two sides' versions against each
		// other answers within itself (jointTarget)
		{"border clash: the answer joined by but",
			"Freedonia accused Sylvania of shelling the border village of Kesk overnight, but Sylvania's army said none of its guns had shelled the village.\n",
			"none", "overnight"},
		{"mining: the answer joined by while",
			"Norland accused Vesk on Monday of laying mines in the harbour at Tamsel, while Vesk said the mines had drifted from an old Norland minefield.\n",
			"drifted", "harbour"},
		{"ports: two versions joined by a semicolon",
			"The Harrow Dockers' Union says the port authority cut the night safety crews; the Harrow Port Authority says every crew is at full strength.\n",
			"strength", "night"},
		{"borders: the answer joined by and after a charge",
			"Ostrava accused Marnia of closing the Kell crossing to lorries, and Marnia said the crossing had been shut for repairs to its bridge.\n",
			"repairs", "lorries"},
		{"guard: borders: and joins two reports, no charge",
			"Ostrava said it had reopened the Kell crossing on Monday, and Marnia said its lorries were already queuing at the bridge.\n",
			"queuing", ""},
		{"guard: banking: a charge against a third party is no version of the bank's",
			"The Kelmar government says Dorvian Rail is hiding its losses; the Brastel Bank says card payments resumed on Friday.\n",
			"payments", ""},
		// the accused side's first word on the accuser answers the
		// charge only when it tells of a blow or of blame, not news of it
		{"guard: shelling: news of the accuser's economy",
			"Freedonia accused Sylvania of shelling the village of Dask on Monday.\n\nSylvania said Freedonia's economy had grown 3 percent last year.\n",
			"percent", ""},
		{"guard: borders: the accuser's elections",
			"Freedonia accused Sylvania of closing the Kell crossing to lorries.\n\nSylvania's foreign minister said Freedonia had held free elections in May.\n",
			"elections", ""},
		{"guard: shelling: condolences to the accuser",
			"Freedonia accused Sylvania of shelling the village of Dask on Monday.\n\nSylvania said Freedonian families had lost loved ones and offered condolences.\n",
			"loved ones", ""},
		{"shelling: the accuser's guns fired first",
			"Freedonia accused Sylvania of shelling the village of Dask on Monday.\n\nSylvania said Freedonian artillery had opened fire on the village first.\n",
			"first", "Monday"},
		{"guard: shelling: and joins an admission, no version of its own",
			"Ostrava accused Marnia of shelling the village of Dask on Monday, and Marnia admitted its gunners had hit the village by mistake.\n",
			"mistake", ""},
		{"guard: truce: but joins a report that also grants the first",
			"Freedonia said the ceasefire had held overnight, but Sylvania said the ceasefire had also held on its side of the river.\n",
			"river", ""},
		{"guard: borders: and joins an agreement",
			"Ostrava accused Marnia of closing the Kell crossing to lorries, and Marnia said the two governments had agreed to reopen the crossing on Friday.\n",
			"Friday", ""},
		{"guard: trade: while joins two sides' news of their own",
			"Freedonia said its exports had risen 4 percent in March, while Sylvania said its factories had added 2,000 jobs.\n",
			"factories", ""},
		{"guard: storms: a semicolon joins two tallies of their own",
			"Freedonia said the storm had damaged 300 homes in its coastal towns; Sylvania said 40 of its fishing boats had sunk.\n",
			"boats", ""},
		{"guard: talks: even as joins an aside",
			"Freedonia said its troops had withdrawn from the ridge, even as Sylvania said its president had flown to Velk for talks.\n",
			"president", ""},
		{"airspace: its own land is the writer's contrast",
			"Freedonia said rockets from Dask routinely fly over its territory; Sylvania said every flight path stays over its own land and the sea.\n",
			"flight path", "rockets"},
		{"mining: the dismissal answers, not its reason",
			"The Kessel Miners' Union accused Orvik Mining of dumping tailings into the Brask river.\n\nOrvik Mining dismissed the accusation as absurd, saying its own tests showed clean water.\n",
			"clean water", ""},
		{"ports: a negated assertion sharing one word",
			"Freedonia accused Sylvania of closing the port of Vell to grain ships.\n\nSylvania said it would reopen the port next month.\n\nSylvania said its port was not unsafe.\n",
			"unsafe", ""},
		{"health: a bystander's negation",
			"The Velm Hospital Trust said Marrow Gases had cut oxygen deliveries to its wards.\n\nAn independent inspector, Ada Brill, said the wards had not run short of oxygen deliveries.\n",
			"short", ""},
		// a rejected charge whose subject went unresolved
		{"aviation: denied the charge of an unresolved report",
			"Ruritania's defence ministry said in a statement that a Sylvanian missile battery had fired on the Aerolinea flight minutes after take-off.\n\nSylvania's foreign minister, Ivo Brand, denied the charge.\n",
			"denied", "Aerolinea"},
		{"health: the charge, not the quote or the forecast after it",
			"The Velm health ministry said tests had found pesticide in the wells and blamed the poisoning on Sylvanian soldiers.\n\n\"This was a deliberate attack,\" Health Minister Ana Rill said. She said samples would be sent to a laboratory abroad.\n\nSylvania rejected the accusations.\n",
			"rejected", "poisoning on"},
		{"aviation: rejected the account of an unresolved report",
			"Ruritania's defence ministry said in a statement that a Sylvanian missile battery had fired on the Aerolinea flight minutes after take-off.\n\nSylvania's foreign minister, Ivo Brand, rejected the account.\n",
			"rejected", "Aerolinea"},
		{"guard: aviation: a pronoun names no account",
			"Ruritania's defence ministry said in a statement that a Sylvanian missile battery had fired on the Aerolinea flight minutes after take-off.\n\nSylvania's foreign minister, Ivo Brand, denied it.\n",
			"denied", ""},
		{"finance: called the accusation absurd",
			"Regulators in Ostland accused Halden Bank of hiding trading losses from investors.\n\nHalden Bank's chief executive, Mira Tolle, called the accusation \"absurd\".\n",
			"absurd", "hiding"},
		// the accused's first word after a charge answers it
		{"fisheries: the accused's answer in its own words",
			"Ruritania accused Sylvania of ramming the trawler Gull off Cape Arn on Tuesday.\n\nSylvania's coast guard said the trawler had been fishing inside Sylvanian waters without a licence.\n",
			"licence", "ramming"},
		{"forest fire: blaming the accuser back",
			"Freedonia accused Sylvania on Sunday of starting the forest fire near Kesk.\n\nSylvania blamed the forest fire on Freedonian soldiers burning stubble.\n",
			"stubble", "starting"},
		{"border clash: a denial that goes on",
			"Freedonia accused Sylvania of shelling the village of Kesk overnight.\n\nSylvania rejected the accusation. \"None of our guns fired that night,\" its army spokesman, Ivo Brand, said.\n",
			"None", "shelling"},
		{"lakes: the answer goes on in the charge's words",
			"Ruritania accused Sylvania of dumping sewage into Lake Marn.\n\nSylvania rejected the accusation. Its environment agency said the sewage works at Dorn had passed every inspection this year.\n",
			"inspection", "dumping"},
		{"guard: lakes: the answer goes on to something else",
			"Ruritania accused Sylvania of dumping sewage into Lake Marn.\n\nSylvania rejected the accusation. Its environment agency said tourism at Dorn had doubled this year.\n",
			"tourism", ""},
		{"guard: border clash: not the accused's first word",
			"Freedonia accused Sylvania of shelling the village of Kesk overnight.\n\nSylvania said it would send observers to the border.\n\nSylvania's army said its gunners had been on leave all week.\n",
			"leave", ""},
		{"guard: border clash: a forecast answers nothing",
			"Freedonia accused Sylvania of shelling the village of Kesk overnight.\n\nSylvania said it would ask the border commission to meet.\n",
			"commission", ""},
		{"rivers: the accused's version, of the accuser",
			"Ruritania accused Sylvania of diverting the Vell river into a new canal.\n\nSylvania said Ruritanian farms had drained the valley with thousands of pumps.\n",
			"pumps", "diverting"},
		{"border clash: the accused's next word on another matter",
			"Velmora accused Tarkistan of shelling the border village of Marsk on Monday. Tarkistan said it had opened a new hospital in its capital.\n",
			"hospital", ""},
		{"border clash: the accused's news of its own campaign",
			"Velmora accused Tarkistan of shelling the border village of Marsk on Monday. Tarkistan said its troops had captured two towns in the north.\n",
			"towns", ""},
		{"guard: borders: a negated existential of another thing",
			"Sylvania closed the Kell crossing to lorries on Monday. Freedonia calls the closure an \"economic siege\".\n\nFreedonia accused Sylvania of starving its border towns.\n\n\"There is no need for panic,\" Sylvania's interior minister, Ivo Brand, said.\n",
			"There is no", "starving"},
		// "that account" points at the other side's account just
		// told, a quote of no named culprit or of the teller's own
		// side, when it tells of the denier
		{"fisheries: rejected that account of a quote",
			"\"A Sylvanian patrol boat crossed into our waters and towed away a fishing boat,\" Freedonia's foreign minister, Ana Kell, said.\n\nSylvania rejected that account.\n",
			"rejected", "towed"},
		{"cyber: dismissed that claim as a fairy tale",
			"Ruritania's interior minister, Olek Brann, said Ruritanian investigators had found and removed Sylvanian spyware from the networks of the rail ministry.\n\nSylvania's foreign ministry dismissed that claim as \"a fairy tale\".\n",
			"fairy", "spyware"},
		{"guard: fisheries: that account's last words tell of something else",
			"\"Two of our deckhands were treated in hospital for burns,\" Freedonia's foreign minister, Ana Kell, said.\n\nSylvania rejected that account.\n",
			"rejected", ""},
		// what the accused will do, between its answers, does not end
		// its answer
		{"border clash: a forecast between the rejection and the denial",
			"Freedonia's border service accused Sylvania on Monday of sending a patrol 200 metres into Freedonian territory.\n\nIvo Brand, the head of Sylvania's border service, called the Freedonian version \"a lie\". \"We have the radio logs of the patrol, and we will show them to anyone who asks,\" Brand told reporters. \"The patrol never left Sylvanian soil.\"\n",
			"never left", "sending"},
		// a denial's reason that denies in turn answers what the
		// denial answers
		{"fisheries: insisted the boat never left, after the dismissal",
			"Freedonia accused Sylvania's coast guard of sailing into Freedonian waters to seize the trawler.\n\nSylvania's foreign ministry dismissed the accusation as \"a fabrication\" and insisted that its cutter had never left Sylvanian waters.\n",
			"never left", "sailing"},
		// "the allegations" answers the opening charge too, when the
		// accused's word is its first after paragraphs of the accusers'
		{"cyber: dismissed the allegations, the opening charge far back",
			"Freedonia's government on Monday accused military hackers from Sylvania of carrying out the attack that shut down its rail signalling network.\n\n" +
				"Commuters in the capital waited on crowded platforms for most of Tuesday as staff walked the lines with lamps and flags, and extra buses ran on the busiest routes to the airport and the southern suburbs while every junction was checked by hand.\n\n" +
				"Trains ran on manual signalling for two days. Freight was delayed across the north, and several ports ran out of space for containers waiting for wagons, which stood in long rows on the quays and in the yards behind them.\n\n" +
				"By Wednesday evening shops in the northern towns had run short of fresh food, and queues formed outside the few that still had bread and milk on their shelves, as lorries that usually carry goods from the ports were caught in traffic on the main roads.\n\n" +
				"The network reopened on Thursday morning, with services running at half their usual frequency, and most lines had returned to their normal timetable by the weekend.\n\n" +
				"The outage was the longest on the network since the great floods of the last decade, when the coastal line was closed for a week and the bridges over the estuary had to be rebuilt, and it came in the busiest month of the year for the ports.\n\n" +
				"Sylvania's foreign ministry dismissed the allegations as \"baseless\".\n",
			"baseless", "carrying out"},
		{"finance: a voice of unknown side",
			"Regulators accused Halden Bank of hiding losses from investors.\n\nHalden Bank rejected the accusations.\n",
			"rejected", ""},
		{"finance: that claim of a voice of unknown side",
			"Regulators accused Halden Bank of hiding losses from investors.\n\nHalden Bank called that claim \"baseless\".\n",
			"baseless", "hiding"},
		// a clause after "that" is no report noun pointed at: "denied that
		// account fees would rise" is the bank's word on its fees
		{"guard: banking: denied that a noun of its own would change",
			"Morvia's finance ministry on Tuesday accused Telsa's state bank of letting hackers move stolen funds through its accounts. \"The money passed through Telsa State Bank in plain sight,\" said finance minister Ada Rook.\n\nSeparately, the bank denied that account fees would rise next year, as some customers had feared.\n",
			"account fees", ""},
		// "the allegations of torture" names the charges it dismisses:
		// the rights group's (its researcher's account, the last of
		// them), not the shelling charge that opened the article
		{"guard: shelling: the allegations of another charge",
			shellingThenTorture +
				"Ambrel's interior minister, Oto Brand, dismissed the allegations of torture as lies spread by foreign-funded activists.\n",
			"allegations of torture", "described beatings"},
		// bare "the allegations" after a nearer charge against a body of
		// the state ("Ambrel's police") answer that charge: the state's
		// opening charge is another matter
		{"guard: shelling: the allegations after a charge against its police",
			shellingThenTorture +
				"Ambrel's interior minister, Oto Brand, dismissed the allegations as lies spread by foreign-funded activists.\n",
			"allegations as lies", "described beatings"},
		// past a forecast the answer must restate the charge: a grievance
		// of its own answers nothing
		{"guard: borders: a grievance after a forecast",
			"Dorvia's government accused Telm of sending troops across the border on Friday. \"Telm's soldiers came three kilometres into our land,\" said Dorvia's foreign minister, Ines Hald.\n\nTelm's defence minister, Piet Crane, called the charge a lie. \"We will hold our usual army exercises in the north next month,\" Crane said. \"Our farmers have never received a single coin of the flood aid that Dorvia promised in 2039,\" he said.\n",
			"flood aid", ""},
		// a matter not yet settled denies no act: it takes no part of the
		// sentence's denial
		{"guard: borders: a pending matter after the denial",
			"Dorvia's government accused Telm of sending troops across the border on Friday. \"Telm's soldiers came three kilometres into our land,\" said Dorvia's foreign minister, Ines Hald.\n\nTelm's defence minister, Piet Crane, called the charge a lie and said the government had not yet decided whether to raise fuel taxes.\n",
			"fuel taxes", ""},
		// an answer told by its denial ("responded with a flat denial")
		// "the findings" are a side's report as "the account" is, and
		// are rejected by reference when the side has spoken since
		{"borders: rejected the findings",
			"The Harrow Relief Trust accused Dorvia's border guards of beating 40 migrants at the Tesk crossing.\n\nDorvia's interior minister, Ivo Marn, said his guards had saved 300 people from the river this year.\n\nDorvia's interior ministry rejected the findings within hours.\n",
			"findings", "beating"},
		{"guard: borders: its own side's findings",
			"Dorvia's interior ministry said its inspectors had found no migrants at the Tesk crossing.\n\nDorvia rejected the findings of the Harrow Relief Trust.\n",
			"rejected", ""},
		{"borders: responded with a flat denial",
			"Dorvia's defence ministry accused Telm of sending troops into the village of Amst on Friday.\n\nTelm's foreign ministry responded with a flat denial of any involvement.\n",
			"flat denial", "Amst"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, from, want := checkResponds(t, tc.text, tc.from, tc.to)
			if tc.to == "" {
				return
			}
			for _, f := range graph.Detect(res.Claims, nil) {
				if f.Rule == graph.RuleCounterclaim && f.From == from.ID && f.To == want[0] {
					return
				}
			}
			t.Errorf("no counterclaim finding from %q", from.Text)
		})
	}
}

// respondRow is an article, a word of the answering claim and a word of
// the claim it answers ("" for none).
type respondRow struct {
	name, text string
	from, to   string
}

// runRespondRows checks each row with checkResponds.
func runRespondRows(t *testing.T, rows []respondRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			checkResponds(t, tc.text, tc.from, tc.to)
		})
	}
}

// checkResponds extracts text and fails unless the claim holding from
// answers just the claim holding to (none when to is ""); it returns the
// result, the answering claim and the ids it should answer. Every table
// of what a claim responds to ends so.
func checkResponds(tb testing.TB, text, from, to string) (Result, *graph.Claim, []string) {
	tb.Helper()
	res := extractText(tb, text)
	d := claimWith(tb, res.Claims, from)
	var want []string
	if to != "" {
		want = []string{claimWith(tb, res.Claims, to).ID}
	}
	if strings.Join(d.RespondsTo, ",") != strings.Join(want, ",") {
		tb.Fatalf("%q responds to %v, want %v\n%s", d.Text, d.RespondsTo, want, describe(res.Claims))
	}
	return res, d, want
}

// claimWith returns the claim whose text holds word.
func claimWith(tb testing.TB, claims []graph.Claim, word string) *graph.Claim {
	tb.Helper()
	for i := range claims {
		if strings.Contains(claims[i].Text, word) {
			return &claims[i]
		}
	}
	tb.Fatalf("no claim holds %q", word)
	return nil
}

func TestAnaphoricRejection(t *testing.T) {
	for _, tc := range []struct {
		sent  string
		want  bool
		owner string
		named bool // what it rejects is named by a noun
		last  bool // a pronoun "that": the account just reported
	}{
		{"The mine's owner rejected the charge.", true, "", true, false},
		{"The mine's owner rejected Vell's accusations.", true, "vell", true, false},
		{"The ministry dismissed those allegations as a smear.", true, "", true, false},
		{"The airline called it \"grotesque\".", true, "", false, false},
		{"The port authority calls that claim invented.", true, "", true, false},
		{"The shipping line rejected Brann's version of events.", true, "brann", true, false},
		{"The insurer denies it.", true, "", false, false},
		{"The ministry called the accusation \"absurd\".", true, "", true, false},
		{"The minister branded the ramming allegations a smear.", true, "", true, false},
		{"The mayor called the police.", false, "", false, false},
		{"The airline called the report's authors.", false, "", false, false},
		{"The union called for a strike.", false, "", false, false},
		{"The council denied that the vans were too warm.", false, "", false, false},
		{"The court rejected the appeal.", false, "", false, false},
		{"Dravia has flatly denied any role.", true, "", true, false},
		{"The company denies involvement.", true, "", true, false},
		{"The rebels rejected all responsibility for the blast.", true, "", true, false},
		{"The board disputed the role of the auditors.", false, "", false, false},
		{"Ostmark's president denied his role in the talks had ended.", false, "", false, false},
		{"The mayor denied any role in the fraud.", true, "", true, false},
		{"The mayor denied any wrongdoing and called the audit a smear.", true, "", true, false},
		{"The harbour board disputed that.", true, "", false, true},
		{"Velmark denied that, saying the permit had lapsed.", true, "", false, true},
		{"The insurer rejects that.\"", true, "", false, true},
		{"The council denied that its vans had been late.", false, "", false, false},
		{"The water board denies receiving any such letters.", true, "", false, true},
		{"The water board denies receiving letters from the mill.", false, "", false, false},
		// guards: a negated rejection grants what was said
		{"\"Nobody disputes that,\" the harbour master said.", false, "", false, false},
		{"\"We cannot deny that,\" the mayor of Tarsk said.", false, "", false, false},
		{"The tannery did not deny receiving any such letters.", false, "", false, false},
		{"The tannery didn't deny it.", false, "", false, false},
	} {
		ok, owner, named, last := anaphoricRejection(tc.sent)
		if ok != tc.want || owner != tc.owner || named != tc.named || last != tc.last {
			t.Errorf("anaphoricRejection(%q) = %v, %q, %v, %v; want %v, %q, %v, %v", tc.sent, ok, owner, named, last, tc.want, tc.owner, tc.named, tc.last)
		}
	}
}

// stemWordPlain is stemWord as first written: the first of five suffixes
// that leaves more than two letters is cut.
func stemWordPlain(w []byte) []byte {
	for _, suf := range [...]string{"ing", "ed", "es", "s", "e"} {
		if len(w) > len(suf)+2 && string(w[len(w)-len(suf):]) == suf {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if n := len(w); n >= 4 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
		w = w[:n-1]
	}
	if len(w) > 5 {
		w = w[:5]
	}
	return w
}

// TestStemWord holds stemWord's switch to the list of suffixes it
// replaced, on words of every length around the suffixes' limits.
func TestStemWord(t *testing.T) {
	words := []string{"ram", "ring", "bring", "string", "ramming", "firing", "fired", "used", "shed", "seized",
		"goes", "uses", "closes", "ships", "gas", "bus", "fire", "dye", "sue", "issue", "tailings", "dumped",
		"shelled", "called", "passes", "need", "seeing", "ing", "eds", "see", "ss", "miss", "mill", "fall",
		"attacks", "barred", "stopping", "planned", "pre-war", "-ed", "a-s"}
	// and every word of up to five letters over a small alphabet that
	// holds the suffixes' letters
	const letters = "abdegins"
	var gen func(prefix string)
	gen = func(prefix string) {
		if len(prefix) >= 3 {
			words = append(words, prefix)
		}
		if len(prefix) == 6 {
			return
		}
		for _, c := range letters {
			gen(prefix + string(c))
		}
	}
	gen("")
	for _, w := range words {
		got, want := string(stemWord([]byte(w))), string(stemWordPlain([]byte(w)))
		if got != want {
			t.Errorf("stemWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestCounterCharges: an assertion that answers a charge by blaming the
// accuser is filed as an accusation, so that the two make a mutual
// accusation; a claim about the accuser that answers no charge stays an
// assertion.
func TestCounterCharges(t *testing.T) {
	for _, tc := range []struct {
		name, text, word string
		want             graph.Kind
		mutual           bool
	}{
		{"borders: the accuser's own smuggling",
			"Ruritania accused Sylvania of closing the Kesk crossing to lorries on Monday.\n\nSylvania said Ruritania was using the crossing to smuggle fuel.\n",
			"smuggle", graph.KindAccusation, true},
		{"fisheries: the accuser's own boats",
			"Ruritania accused Sylvania of sending trawlers into its waters on Monday.\n\nSylvania says Ruritania has been sending its patrol boats onto the bank in convoys to test its patience.\n",
			"convoys", graph.KindAccusation, true},
		{"guard: dams: news of the accuser, no answer",
			"Ruritania accused Sylvania of shelling the dam at Kesk on Monday.\n\nSylvania said it would open a new hospital in its capital.\n\nSylvania's trade minister, Ivo Brand, said Ruritania had bought more Sylvanian wheat this year.\n",
			"wheat", graph.KindAssertion, false},
		// guards: news of what the accuser agreed to, suffered or did
		// for its own people, sharing the charge's place, charges nothing
		{"guard: borders: the accuser agreed",
			"Freedonia accused Sylvania of closing the Kell crossing to lorries on Monday.\n\nSylvania said Freedonia had agreed to send engineers to repair the crossing.\n",
			"engineers", graph.KindAssertion, false},
		{"guard: shelling: the accuser evacuated",
			"Freedonia accused Sylvania of shelling the village of Dask on Monday.\n\nSylvania said Freedonia had evacuated the village of Dask a week ago.\n",
			"week ago", graph.KindAssertion, false},
		{"guard: shelling: the accuser's losses",
			"Freedonia accused Sylvania of shelling the village of Dask on Monday.\n\nSylvania said Freedonian troops had suffered heavy losses near the village.\n",
			"losses", graph.KindAssertion, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := extractText(t, tc.text)
			c := claimWith(t, res.Claims, tc.word)
			if c.Kind != tc.want {
				t.Fatalf("%q is a %s (subject %q), want %s", c.Text, c.Kind, c.Subject, tc.want)
			}
			if c.ID != (&graph.ClaimIDs{}).IDNormal(c) {
				t.Errorf("%q keeps the id of its old kind", c.Text)
			}
			mutual := false
			for _, f := range graph.Detect(res.Claims, nil) {
				mutual = mutual || f.Rule == graph.RuleMutual && (f.From == c.ID || f.To == c.ID)
			}
			if mutual != tc.mutual {
				t.Errorf("mutual accusation with %q: %v, want %v", c.Text, mutual, tc.mutual)
			}
		})
	}
}

// TestAnswersSide: Y's answer whose first words were linked to one claim
// of X's account answers X's other charges as it goes on; one linked to a
// third voice's claim does not.
func TestAnswersSide(t *testing.T) {
	prev := []graph.Claim{
		{ID: "a", Side: "Ruritania"},
		{ID: "b", Side: "Ruritania"},
		{ID: "c", Side: "Harbour Watch"},
	}
	for _, tc := range []struct {
		resp []string
		want bool
	}{
		{[]string{"a"}, true},
		{[]string{"a", "b"}, true},
		{[]string{"a", "c"}, false},
		{[]string{"z"}, false},
	} {
		u := &graph.Claim{RespondsTo: tc.resp}
		if got := answersSide(prev, u, "Ruritania"); got != tc.want {
			t.Errorf("answersSide(%v) = %v, want %v", tc.resp, got, tc.want)
		}
	}
}

// TestNoActAsserted: a claim whose action is the placeholder "comment on
// <topic>" (no act read in it) is positive though said under a negation,
// so that two such claims of two sides are no opposing pair; the
// negation still links it as the answer it is.
func TestNoActAsserted(t *testing.T) {
	res := extractText(t, "Sylvania closed the Kell crossing to lorries on Monday. Freedonia calls the closure an \"economic siege\".\n\n"+
		"Freedonia accused Sylvania of starving its border towns.\n\n\"There is no siege,\" Sylvania's interior minister, Ivo Brand, said.\n")
	a, d := claimWith(t, res.Claims, "economic siege"), claimWith(t, res.Claims, "There is no")
	if !strings.HasPrefix(d.Action, "comment on ") || d.Polarity != graph.Positive {
		t.Fatalf("%q: %s %q, want + and a placeholder action", d.Text, d.Polarity, d.Action)
	}
	if d.ID != graph.ClaimID(d) {
		t.Errorf("%q: id %s, want %s", d.Text, d.ID, graph.ClaimID(d))
	}
	for _, f := range graph.Detect(res.Claims, nil) {
		if f.Rule == graph.RuleOpposing || f.Rule == graph.RuleReversal {
			t.Errorf("%s finding between %s and %s", f.Rule, f.From, f.To)
		}
	}
	// the claim the denial restates, and the charge of the same run
	// against Sylvania (linkChargeRuns)
	if want := a.ID + "," + claimWith(t, res.Claims, "starving").ID; strings.Join(d.RespondsTo, ",") != want {
		t.Errorf("%q responds to %v, want %s", d.Text, d.RespondsTo, want)
	}
}

// TestAccountRun: a denial answers the whole account it rejects, the
// claims of the other side's run that charge the denier (about its side,
// or about no one named in words naming it), not the account's other news
// nor a claim past another voice.
func TestAccountRun(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		from       string   // a word of the denial's text
		in, out    []string // words of claims it answers, and does not
	}{
		{"shipping: the whole account, the claim naming the denier too",
			"Freedonia's navy said the trawler Gull had been rammed twice before dawn by a boat flying the Sylvanian flag. Freedonia accused Sylvania of trying to sink a civilian vessel.\n\nSylvania rejected the accusation.\n",
			"rejected", []string{"trying to sink", "rammed twice"}, nil},
		{"shipping: the account's other news stays unanswered",
			"Freedonia's navy said the trawler Gull had been towed to the port of Amsk. It accused Sylvania of trying to sink a civilian vessel.\n\nSylvania rejected the accusation.\n",
			"rejected", []string{"trying to sink"}, []string{"towed"}},
		{"guard: a denial of its own act leaves the account's neutral news unanswered",
			"Freedonia accused Sylvania of shelling the market in Amsk. Freedonia's defence ministry said Sylvanian troops had withdrawn from the village of Brask and that Sylvania had reopened the Kessel crossing.\n\nSylvania denied shelling the market.\n",
			"denied", []string{"shelling the market in"}, []string{"withdrawn", "reopened"}},
		{"shipping: another voice ends the account",
			"Freedonia's navy said the trawler Gull had been rammed twice before dawn by a boat flying the Sylvanian flag. The harbour master of Amsk, Ola Brenn, said the trawler had reached port safely. Freedonia accused Sylvania of trying to sink a civilian vessel.\n\nSylvania rejected the accusation.\n",
			"rejected", []string{"trying to sink"}, []string{"rammed twice", "reached port"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := extractText(t, tc.text)
			from := claimWith(t, res.Claims, tc.from)
			for _, w := range tc.in {
				if !slices.Contains(from.RespondsTo, claimWith(t, res.Claims, w).ID) {
					t.Errorf("%q does not answer the claim of %q", from.Text, w)
				}
			}
			for _, w := range tc.out {
				if slices.Contains(from.RespondsTo, claimWith(t, res.Claims, w).ID) {
					t.Errorf("%q answers the claim of %q", from.Text, w)
				}
			}
		})
	}
}

// TestRecordTarget: "no record of" what another voice told answers that
// claim, by a content word of what has no record; a time ("that night")
// is no such word.
func TestRecordTarget(t *testing.T) {
	runRespondRows(t, []respondRow{
		{"ports: no record of any such reports",
			"The Harl Dockers' Union said its safety officers had reported cracked mooring bollards to the port authority on three occasions in May.\n\nThe Port of Vessel Authority said it had no record of any such reports.\n",
			"no record of", "bollards"},
		{"ports: no record of a telephone call",
			"The Harl Dockers' Union said its safety officers had warned the port authority by telephone on the night of the storm.\n\nThe Port of Vessel Authority said it had no record of a telephone call that night.\n",
			"no record of", "warned"},
		{"guard: bars: who did the act is not what has no record",
			"Police said the driver had been drinking at a bar in the old town before the crash.\n\nThe town's licensing office said it had no record of the bar holding a late licence.\n",
			"no record of", ""},
		{"guard: weather: a measure beyond the records kept answers no one",
			"Farmers in the Tessel valley said the rain had flooded their fields for a week.\n\nThe Tessel Weather Office said it had no record of so much rain in October.\n",
			"no record of", ""},
		{"ports: no record of the act told",
			"The Amsk Port Authority said the tanker Vela had entered the port at night without a pilot.\n\nThe Harl Maritime Registry said it had no record of the tanker entering the port.\n",
			"no record of", "without a pilot"},
		{"guard: museums: a record of an act answers no claim that shares only its object",
			"The Amsk City Museum said on Tuesday that the disputed painting had been bought from the artist's family in 1921 and had hung in the city since.\n" +
				"The museum said the painting showed the old harbour of the city.\n\nThe Harl National Archive said it had no record of the artist visiting the city.\n",
			"no record of", "bought from"}, // the account it denies, not the harbour claim's "city"
		{"ports: a count is an account's",
			"The Harl Dockers' Union said its officers had telephoned the port authority five times on the night of the storm.\n\nThe Port of Vessel Authority said it had no record of more than one telephone call.\n",
			"no record of", "five times"},
		{"guard: ports: a time is no matter",
			"The Harl Dockers' Union said the storm had flooded its offices that night.\n\nThe Port of Vessel Authority said it had no record of a telephone call that night.\n",
			"no record of", ""},
	})
}

// TestDenialAnswersReport: a denial with no charge to answer answers the
// other side's latest report about the denier told as news, not one
// about another party; a denial naming its act by "deny" answers only a
// report of that act.
func TestDenialAnswersReport(t *testing.T) {
	runRespondRows(t, []respondRow{
		{"signals: a report told as news",
			"Dorvia's transport minister, Ana Brill, said Telm was jamming satellite signals over Dorvian airports.\n\nTelm's defence ministry said no Telmish unit had carried out any jamming near the border.\n",
			"carried out", "satellite"},
		{"guard: signals: a report about another party",
			"Dorvia's transport minister, Ana Brill, said Varnia was jamming satellite signals over Dorvian airports.\n\nTelm's defence ministry said no Telmish unit had carried out any jamming near the border.\n",
			"carried out", ""},
		{"guard: market: a denial of its own act leaves other news unanswered",
			"Harmon accuses Bellia of shelling border market\n\nHarmon's defence ministry said on Tuesday that Bellian troops had left the town of Ruvo under the truce.\n\n" +
				"The ministry said Bellia had also reopened the Ossa bridge to buses.\n\nBellia's defence ministry denied shelling the market and said its guns had been silent all week.\n",
			"denied", ""},
		{"market: a denial of its own act answers a report of that act",
			"Harmon accuses Bellia of shelling border market\n\nHarmon's defence ministry said on Tuesday that Bellian troops had left the town of Ruvo under the truce.\n\n" +
				"The ministry said Bellia had also shelled the market in Ruvo.\n\nBellia's defence ministry denied shelling the market and said its guns had been silent all week.\n",
			"denied", "market in Ruvo"},
	})
}

// TestExhibitTarget: a claim that names a thing another voice put forward
// ("the injuries seen by the trust's doctors", "the turnout figures cited
// by Green Dawn") and gives it another cause or meaning answers the
// latest claim of another side that told of it, with no word of
// rejection; not when it grants the thing, not a claim of its own side,
// and not what the other side said it would do.
func TestExhibitTarget(t *testing.T) {
	runRespondRows(t, []respondRow{
		{"borders: a rival cause for the injuries",
			"The Harrow Relief Trust said its doctors had treated 40 people with injuries from police batons at the Tesk crossing.\n\n" +
				"The Dravian interior ministry said the injuries seen by the trust's doctors had been caused by barbed wire, not by its officers.\n",
			"barbed", "batons"},
		{"elections: a rival reading of the figures",
			"The opposition Green Dawn Party said turnout figures in four precincts of Vell had exceeded 100 percent of registered voters.\n\n" +
				"The Vell Electoral Board said the turnout figures cited by Green Dawn reflected a typing error in the first count.\n",
			"typing", "exceeded"},
		{"rail: an expert's reading of one side's exhibit",
			"Morrow Rail said the cable cuts at Alder junction showed the work of a trained signal fitter.\n\n" +
				"Jon Pell, an engineer who teaches at Wexham College, said the cuts described by the company needed only a hacksaw.\n",
			"hacksaw", "fitter"},
		{"guard: elections: the claim grants the figures",
			"The opposition Green Dawn Party said turnout figures in four precincts of Vell had exceeded 100 percent of registered voters.\n\n" +
				"The Vell Electoral Board said the turnout figures cited by Green Dawn matched its own first count.\n",
			"first count", ""},
		{"guard: borders: the claim grants the injuries and weighs them",
			"The Harrow Relief Trust said its doctors had treated 40 people with injuries from police batons at the Tesk crossing.\n\n" +
				"The Dravian interior ministry said the injuries seen by the trust's doctors were serious and that it would open an inquiry.\n",
			"inquiry", ""},
		{"borders: \"seriously\" gives another figure",
			"The Harrow Relief Trust said its doctors had treated 40 people with injuries from police batons at the Tesk crossing.\n\n" +
				"The Dravian interior ministry said the injuries seen by the trust's doctors had been seriously exaggerated by its staff.\n",
			"exaggerated", "batons"},
		{"guard: elections: its own side's figures",
			"The opposition Green Dawn Party said turnout figures in four precincts of Vell had exceeded 100 percent of registered voters.\n\n" +
				"Green Dawn's leader, Ida Brenn, said the turnout figures cited by her party showed a stolen vote.\n",
			"stolen", ""},
		{"guard: elections: what the other side would publish",
			"The opposition Green Dawn Party said it would publish turnout figures for four precincts of Vell on Friday.\n\n" +
				"The Vell Electoral Board said the turnout figures cited by Green Dawn reflected a typing error in the first count.\n",
			"typing", ""},
	})
}

func TestExhibitNoun(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"the injuries seen by the trust's doctors had been caused by wire", "injuries"},
		{"the turnout figures cited by Green Dawn reflected a typing error", "figures"},
		{"those casualty numbers released by the army were too low", "numbers"},
		{"troops reported by villagers had left", ""},     // no determiner: nothing named before
		{"the Ledger published by Orn Media said so", ""}, // a name, not a thing
		{"the ship was hit by a mine", ""},                // no participle of putting forward
		{"the figures were cited by the party", ""},       // "were" is no noun
		{"the documents seen by the Courier show a deal", "documents"},
		// the second " by " is the exhibit's, after a "by" that is none
		{"the ship was hit by a mine, and the images released by the navy were old", "images"},
		{"the nearby footage shown bystanders", ""},                        // "by" inside words
		{"the photos shown by", ""},                                        // no space after "by"
		{"the memos cited  by the board", ""},                              // two spaces
		{"the figures cited by the Orlan union by the hundred", "figures"}, // the first that fits
	} {
		if got, _ := exhibitNoun(tc.text); got != tc.want {
			t.Errorf("exhibitNoun(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNextByRare: the search by a rarer byte finds each occurrence
// strings.Index and nextIndex find, in order, overlapping ones included.
func TestNextByRare(t *testing.T) {
	for _, tc := range []struct {
		s, sub string
		r      int
	}{
		{"the ship was hit by a mine and seen by the crew", " by ", 2},
		{" by  by by by ", " by ", 2},
		{"nearby bystanders, baby yaks", " by ", 2}, // guard: no whole " by "
		{"by the way", " by ", 2},                   // guard: no space before
		{"aaaa", "aa", 1},                           // overlapping
		{"", " by ", 2},
	} {
		var want, got []int
		for i := strings.Index(tc.s, tc.sub); i >= 0; i = nextIndex(tc.s, tc.sub, i) {
			want = append(want, i)
		}
		for i := indexByRare(tc.s, tc.sub, tc.r); i >= 0; i = nextByRare(tc.s, tc.sub, tc.r, i) {
			got = append(got, i)
		}
		if !slices.Equal(got, want) {
			t.Errorf("by rare byte %q in %q: %v, strings.Index gives %v", tc.sub, tc.s, got, want)
		}
	}
}

// TestRivalCause: a claim that gives another cause for the effect the
// other side blames on someone ("the fire had been set by a rival
// faction" against "accused riot police of setting fire to its offices")
// answers that blame, with no word of rejection; not the other side's
// news of the effect that blames no one, nor a claim whose effect the
// other side never named.
func TestRivalCause(t *testing.T) {
	runRespondRows(t, []respondRow{
		{"arson: a rival culprit for the fire",
			"The opposition Green Dawn Party accused riot police on Tuesday of setting fire to its offices in Vell.\n\n" +
				"Dorvia's interior ministry said the fire had been set by members of a rival faction within the party.\n",
			"rival faction", "riot police"},
		{"floods: a rival cause for the flooding",
			"The opposition Green Dawn Party blamed the Vell water board for the flooding of the Tarn underpass.\n\n" +
				"Dorvia's interior ministry said the flooding had been caused by blocked council drains.\n",
			"blocked", "underpass"},
		{"guard: arson: news of the fire blames no one",
			"The opposition Green Dawn Party said the fire had destroyed its archive in Vell.\n\n" +
				"Dorvia's interior ministry said the fire had been set by members of a rival faction within the party.\n",
			"rival faction", ""},
		{"guard: ports: the cause of another effect",
			"The opposition Green Dawn Party accused riot police on Tuesday of setting fire to its offices in Vell.\n\n" +
				"Dorvia's interior ministry said the delay had been caused by a strike at the port.\n",
			"strike", ""},
	})
}

func TestCausedEffects(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // the effect words whose stems are found
	}{
		{"the fire had almost certainly been started by lithium batteries", []string{"fire"}},
		{"the explosion was the result of rockets stored near homes", []string{"explosion"}},
		{"its flooding was caused by blocked drains", []string{"flooding"}},
		{"a fire was started by lightning", nil},         // no determiner: no effect already named
		{"the army had been sent by the president", nil}, // no phrase of cause
	} {
		var effects [4]uint64
		n := causedEffects(tc.text, &effects)
		var want []uint64
		for _, w := range tc.want {
			want = append(want, packStem(stemWord([]byte(w))))
		}
		if !slices.Equal(effects[:n], want) {
			t.Errorf("causedEffects(%q) = %v, want %v", tc.text, effects[:n], want)
		}
	}
}

// TestContraryHalves: the one walk over a text finds the half of each
// pair of contraries that searching the text for every word of the pair
// (holdsWordOf, which nearContrary's hits still come from) finds, guards
// included: a word inside another ("unbroken", "legalise"), "the legal
// limit", "outside" as an adverb, and a text holding both halves.
func TestContraryHalves(t *testing.T) {
	for _, text := range []string{
		"Marovia's coast guard said the trawler had switched off its transponder inside the exclusion zone.",
		"the Kestrel Mining statement said every test result had been reported to the regulator on time",
		"the ferry company said the crossing was delayed and the tickets were genuine",
		"it said the release was unavoidable and fully within the rules, and the treaty was respected",
		"Tavren's ministry said the blast was deliberately set, not an accident",
		"the catch was legal, the minister said, and the nets were lawfully registered",
		// guards: no half, or both
		"the unbroken seal and the legalised stall were shown to reporters", // words inside words
		"the driver was well over the legal limit, police in Orrin said",    // a measure
		"the crew waited outside in the rain for an hour",                   // an adverb
		"the ship sailed outside, then inside the line",                     // both halves: neither
		"Illegal fishing, said the Velmor port authority.",                  // capital: no lower-case word
		"",
	} {
		got, holds := contraryHalves(text)
		var want [len(contraries)]int8
		wantHolds := false
		for p := range contraries {
			a, b := holdsWordOf(text, contraries[p][0]), holdsWordOf(text, contraries[p][1])
			switch {
			case a && !b:
				want[p], wantHolds = 1, true
			case b && !a:
				want[p], wantHolds = 2, true
			}
		}
		if got != want || holds != wantHolds {
			t.Errorf("contraryHalves(%q) = %v, %v; the searches give %v, %v", text, got, holds, want, wantHolds)
		}
	}
	// texts made of pieces that put the words of contraries at every
	// offset of an eight-byte word, after letters, digits, marks and
	// bytes above 0x7f, and at the text's end
	pieces := []string{"the ", "ship ", "was ", "breached", "unbroken ", "Illegal ", "legal", " limit", "outside",
		" the zone", " in", "é", "3", ",", "\"", "switched off", "on time", "days late", "fake", "genuine", "a", " ", "x"}
	seed := uint32(7)
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := 0; k < int(seed%12); k++ {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[seed>>8%uint32(len(pieces))])
		}
		seed = seed*1664525 + 1013904223
		text := b.String()
		got, _ := contraryHalves(text)
		for p := range contraries {
			a, b := holdsWordOf(text, contraries[p][0]), holdsWordOf(text, contraries[p][1])
			want := int8(0)
			if a && !b {
				want = 1
			} else if b && !a {
				want = 2
			}
			if got[p] != want {
				t.Fatalf("contraryHalves(%q)[%d] = %d, the searches give %d", text, p, got[p], want)
			}
		}
	}
	for _, tc := range []struct {
		text string
		p    int
		want int8
	}{
		{"the trawler had switched off its transponder", 3, 1},
		{"the registry showed the boat was fishing legally", 2, 2},
		{"the driver was over the legal limit", 2, 0},   // guard: a measure
		{"the crew waited outside in the rain", 1, 0},   // guard: an adverb
		{"the seal was unbroken when it arrived", 0, 0}, // guard: a word inside a word
		{"the ship was outside the line, not inside it", 1, 0},
	} {
		if got, _ := contraryHalves(tc.text); got[tc.p] != tc.want {
			t.Errorf("contraryHalves(%q)[%d] = %d, want %d", tc.text, tc.p, got[tc.p], tc.want)
		}
	}
}

// TestCausePhrasesIn: the walk over a text's spaces finds the phrases of
// cause a search for each finds, and no phrase without its spaces.
func TestCausePhrasesIn(t *testing.T) {
	for _, text := range []string{
		"the fire had been started by soldiers who stored shells there",
		"the outage was due to a storm and the result of old cables",
		"the flooding stemmed from blocked drains, the council of Arvel said",
		"the blast was the work of saboteurs and not caused by a leak",
		"the sunset by the harbour was blamed on nobody",
		// guards
		"the sunset by the harbour",       // "set by" inside a word
		"caused by a leak, the firm said", // no space before the phrase
		"the leak was caused  by a crack", // two spaces
		"Fires were Started By lightning", // capitals
		"the delay was due tomorrow",      // no space after the phrase
		"",
	} {
		var want uint16
		for k, p := range causePhrases {
			if strings.Contains(text, p) {
				want |= 1 << k
			}
		}
		if got := causePhrasesIn(text); got != want {
			t.Errorf("causePhrasesIn(%q) = %b, want %b", text, got, want)
		}
	}
	// generated texts: the phrases at every offset of an eight-byte
	// word, after bytes that differ from a space in one bit ("\x00",
	// "0", "\xa0") and at the text's end
	pieces := []string{" caused by ", " set by", " due to ", "the ", "x", "\x00", "0", "\xa0", "é", "  ", "sunset by ", " result of "}
	seed := uint32(11)
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := 0; k < int(seed%10); k++ {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[seed>>8%uint32(len(pieces))])
		}
		seed = seed*1664525 + 1013904223
		text := b.String()
		var want uint16
		for k, p := range causePhrases {
			if strings.Contains(text, p) {
				want |= 1 << k
			}
		}
		if got := causePhrasesIn(text); got != want {
			t.Fatalf("causePhrasesIn(%q) = %b, want %b", text, got, want)
		}
	}
	if causePhrasesIn("the sunset by the harbour") != 0 || causePhrasesIn("the fire was set by arsonists") == 0 {
		t.Errorf("causePhrasesIn: \"sunset by\" must hold no phrase, \"was set by\" one")
	}
}

// TestContraryTarget: a claim that tells the thing the other side told
// by the contrary word ("the transponder was on the whole time" against
// "switched off its transponder") answers it, with no word of rejection;
// not a claim of the same side, not one that shares no word with it, and
// not "the legal limit", which measures rather than judges.
func TestContraryTarget(t *testing.T) {
	runRespondRows(t, []respondRow{
		{"shipping: the transponder off and on",
			"Sylvania's coast guard said the tanker Orla had switched off its transponder near the Kesk buoy.\n\n" +
				"Freedonia's shipping ministry said the transponder was on the whole time.\n",
			"whole time", "Kesk"},
		{"fisheries: illegal and legal fishing",
			"Sylvania's coast guard said the trawler Marit had been fishing illegally inside Sylvanian waters.\n\n" +
				"Freedonia's fisheries ministry said the Marit had been fishing legally on its own side of the line.\n",
			"own side", "Sylvanian waters"},
		{"guard: fisheries: the same side's word",
			"Sylvania's coast guard commander, Ana Brell, said the trawler Marit had been fishing illegally inside Sylvanian waters.\n\n" +
				"Sylvania's fisheries minister, Tom Vask, said other boats had been fishing legally nearby.\n",
			"nearby", ""},
		{"guard: rivers: the legal limit measures",
			"Sylvania's environment ministry said river samples showed cyanide at ten times the legal limit.\n\n" +
				"Freedonia's mining ministry said miners working illegally upstream had poisoned the river.\n",
			"upstream", ""},
		{"trials: results on time and days late",
			"Sylvania's health ministry said Freedonian laboratories had sent the liver test results nine days late.\n\n" +
				"Freedonia's health ministry said its laboratories had sent every liver test result on time.\n",
			"every liver", "nine days"},
		{"guard: trials: late on a day is no delay",
			"Sylvania's health ministry said Freedonian laboratories had sent the liver test results late on Tuesday.\n\n" +
				"Freedonia's health ministry said its laboratories had sent every liver test result on time.\n",
			"every liver", ""},
		{"guard: shipping: nothing shared",
			"Sylvania's coast guard said the tanker Orla had switched off its transponder near the Kesk buoy.\n\n" +
				"Freedonia's shipping ministry said its own radar was on all night.\n",
			"radar", ""},
		{"guard: fisheries: only the frames share a word (\"fisheries ministry\")",
			"Sylvania's fisheries ministry said Freedonian trawlers had used illegal nets in the bay.\n\n" +
				"Freedonia's fisheries ministry said its fishermen had sold their catch legally at the market in Kesk for years.\n",
			"catch", ""},
		{"rail: a frame set off inside what it reports",
			"Sylvania's transport ministry said the freight invoices had been sent nine days late.\n\n" +
				"Freedonian clerks sent the invoices on time, Freedonia's rail minister said\n",
			"clerks", "freight invoices"},
		{"guard: ferries: \"outside\" with no place after it",
			"Sylvania's coast guard said the Freedonian ferry Lina had been sailing inside the exclusion zone.\n\n" +
				"Freedonia's shipping ministry said the ferry's passengers had stayed outside in the cold for three hours.\n",
			"passengers", ""},
		{"guard: health: what was reported is another thing than what was hidden",
			"Sylvania's health ministry said Freedonia had hidden the number of cholera cases in the border camps.\n\n" +
				"Freedonia's health ministry said it had reported a new vaccination drive in the border camps to the World Health Organization.\n",
			"vaccination", ""},
		{"dams: the thing judged stands a few words before the contrary words",
			"Sylvania's interior minister said Freedonia had broken a 2019 treaty that requires notice before any large release.\n\n" +
				"Freedonia's water ministry said the night's large release had been made \"wholly within the rules\" after the storm.\n",
			"wholly", "2019 treaty"},
		{"guard: harvests: \"its own\" harvest is another",
			"Sylvania's farm ministry said the wheat harvest in the north was weeks late because of heavy rain.\n\n" +
				"Freedonia's farm ministry said its own barley harvest had been brought in on time.\n",
			"barley", ""},
	})
}

// TestSearchesByRareByte: the cue searches that find a word led by a
// space by a rarer byte of it (forecast, chargeComplement) answer as
// strings.Index does, guards included: the word inside another
// ("willow", "swill", "offer", "forward") and a text opening with it.
func TestSearchesByRareByte(t *testing.T) {
	for _, text := range []string{
		"the Delvan ministry said the dam would hold",
		"Korrin will appeal, the firm said",
		"the willow by the swill pit", // guard: inside words
		"will the ferry sail",         // guard: no space before
		"accused the Pell union of blocking the port for weeks",
		"blamed the harbour board for the delay of the ferry",
		"the offer was forwarded to the often silent board", // guard: inside words
		"of course",
		"",
	} {
		wantF := strings.Contains(text, " would ") || strings.Contains(text, " will ")
		if got := forecast(text); got != wantF {
			t.Errorf("forecast(%q) = %v, want %v", text, got, wantF)
		}
		of, n := strings.Index(text, " of "), len(" of ")
		if f := strings.Index(text, " for "); f >= 0 && (of < 0 || f < of) {
			of, n = f, len(" for ")
		}
		if gotOf, gotN := chargeComplement(text); gotOf != of || of >= 0 && gotN != n {
			t.Errorf("chargeComplement(%q) = %d, %d; want %d, %d", text, gotOf, gotN, of, n)
		}
	}
}
