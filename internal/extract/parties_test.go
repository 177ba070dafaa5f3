package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestOpenPartiesOfBlame checks the two sides of accusations between
// parties no list names (companies, armed groups, unions): a pair phrase
// ("the two companies", "both sides") resolved to the two parties the
// article names around it, and organisations that speak or are accused
// filed as their own side; side>accused of every accusation, in any
// order.
func TestOpenPartiesOfBlame(t *testing.T) {
	const ferry = "The barge Marten sank on the Ulva river on Monday after a ferry struck it near Oskel.\n\n" +
		"The two companies involved are blaming each other.\n\n" +
		"The barge's owner, Tolvik Freight, says the ferry turned into its path without a signal.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"guard: one party with its short form accuses the other",
			"TARN, Morvia, May 3 (Wirenews) - The Kessel Ridge Front (KRF) accused Morvia on Monday of setting the fields alight.",
			[]string{"Kessel Ridge Front>Morvia"}},
		{"a party's name of two words joined by and, as the accused",
			"ORSK, Velland, May 3 (Wirenews) - The Green Valley Alliance accused the Justice and Labour Party of stuffing ballot boxes in Orsk.",
			[]string{"Green Valley Alliance>Justice and Labour Party"}},
		{"a union's name of two trades joined by and, as the accused",
			"A picket blocked the gate of the Orsk smelter on Monday.\n\nHalden Mining accused the Miners and Smelters Union of blocking the gate.",
			[]string{"Halden Mining>Miners and Smelters Union"}},
		{"guard: a company and a union joined by and stay two parties",
			"A picket blocked the gate of the Orsk smelter on Monday.\n\nHalden Mining and the Dorvel Workers Union accused each other of blocking the gate.",
			[]string{"Dorvel Workers Union>Halden Mining", "Halden Mining>Dorvel Workers Union"}},
		{"a company named by a carrier's noun, in a pair of companies",
			ferry + "Dorvel Line, which runs the ferry, rejects that account.",
			[]string{"Tolvik Freight>Dorvel Line", "Dorvel Line>Tolvik Freight"}},
		{"a haulier and a shipping company",
			"A lorry and a freight train collided at a level crossing near Dask.\n\nThe two firms are blaming each other.\n\n" +
				"Brask Haulage said the barrier was raised. Selmar Maritime said the lorry was stuck on the tracks.",
			[]string{"Brask Haulage>Selmar Maritime", "Selmar Maritime>Brask Haulage"}},
		{"a state's body described, then named in apposition to its noun",
			"Velmark's energy regulator and the country's largest power company, Ostra Power, blamed each other on Monday for a shortage that left towns dry for a week.\n\n" +
				"The regulator, the Velmarian Energy Authority, said the pumps had failed.",
			[]string{"Velmarian Energy Authority>Ostra Power", "Ostra Power>Velmarian Energy Authority"}},
		{"guard: a state's body described and never named stays the state's",
			"Velmark's energy regulator and the country's largest power company, Ostra Power, blamed each other on Monday for a shortage that left towns dry for a week.\n\n" +
				"The regulator said the pumps had failed.",
			[]string{"Velmark>Ostra Power", "Ostra Power>Velmark"}},
		{"an armed group described before its name",
			"DASK, Morvia, May 3 (Wirenews) -- A school in the rebel-held town of Dask was hit on Sunday, and the militia that controls the town blamed the Morvian army.\n\n" +
				"The Dask Liberation Council, which has held the town since March, said two shells hit the school.",
			[]string{"Dask Liberation Council>Morvia"}},
		{"guard: two armed groups named after the description, none chosen",
			"DASK, Morvia, May 3 (Wirenews) -- A school in the rebel-held town of Dask was hit on Sunday, and the militia that controls the town blamed the Morvian army.\n\n" +
				"The Dask Liberation Council and the Red Hill Brigade, which share the town, said two shells hit the school.",
			[]string{">Morvia"}},
		{"a company named by a services noun, in a pair of firms",
			"A freight train left the rails near Dask.\n\nBoth firms blame each other.\n\n" +
				"Halden Rail said the track gave way. Dorvel Track Services said the train was too fast.",
			[]string{"Halden Rail>Dorvel Track Services", "Dorvel Track Services>Halden Rail"}},
		{"a company's spokeswoman after a capital A speaks for it",
			"Halden Rail blamed Dorvel Track Services for the derailment.\n\n" +
				"A Dorvel spokeswoman, Clara Voss, accused Halden Rail of ignoring the speed limit.",
			[]string{"Halden Rail>Dorvel Track Services", "Dorvel Track Services>Halden Rail"}},
		{"the contractor refers back to the company named last",
			"Halden Rail blamed Dorvel Track Services for the derailment.\n\n" +
				"Dorvel Track Services maintains the line. The contractor blamed Halden Rail for the crash.",
			[]string{"Halden Rail>Dorvel Track Services", "Dorvel Track Services>Halden Rail"}},
		{"a past cleft puts the act on another party",
			"Ostmark accused Velland of shelling the border post.\n\nVelland says it was Ostmark's patrol boat that strayed into its waters.",
			[]string{"Ostmark>Velland", "Velland>Ostmark"}},
		{"guard: a present cleft is no accusation",
			"Ostmark accused Velland of shelling the border post.\n\nVelland says it is Ostmark that must decide on talks.",
			[]string{"Ostmark>Velland"}},
		{"guard: a cleft on the speaker's own side is no accusation",
			"Ostmark accused Velland of shelling the border post.\n\nVelland says it was Velland's engineers who rebuilt the road.",
			[]string{"Ostmark>Velland"}},
		{"a union and a company described, then named",
			"Nine people were hurt when a picket line at the Harrow docks turned violent, and the striking dockers' union and the port's operator traded accusations over who started it.\n\n" +
				"The Velland Dockers' Union said guards had charged the pickets. Harrow Terminals said the pickets had thrown stones.",
			[]string{"Velland Dockers' Union>Harrow Terminals", "Harrow Terminals>Velland Dockers' Union"}},
		{"guard: a state's ministry and a union described are no pair of organisations",
			"Nine people were hurt at the Harrow docks, and the labour ministry and the union traded accusations over who started it.\n\n" +
				"The Velland Dockers' Union said guards had charged the pickets. Harrow Terminals said the pickets had thrown stones.",
			nil},
		{"the company refers back to one named in apposition to its operator",
			"Guards hired by the operator, Harrow Terminals, drove a lorry into the picket line, the Velland Dockers' Union said.\n\n" +
				"The company accused the union of attacking the lorry.",
			[]string{"Harrow Terminals>Velland Dockers' Union"}},
		{"two armed groups: a modifier between the number and the noun",
			"Nine people died when a shell hit a bus station in Dask, and the two armed groups that hold the town's districts blamed each other.\n\n" +
				"The Red Hill Brigade and the Dask Liberation Council have fought for the town since March.",
			[]string{"Red Hill Brigade>Dask Liberation Council", "Dask Liberation Council>Red Hill Brigade"}},
		{"the accused after a modifier, a state named later by its ministry",
			"Pirrow on Tuesday accused neighbouring Dravel of opening the gates of a border dam without warning.\n\n" +
				"Dravel's water ministry said the gates were opened after heavy rain. The ministry accused Pirrow of building homes on the flood plain.",
			[]string{"Pirrow>Dravel", "Dravel>Pirrow"}},
		{"the accused after a modifier: a rival company",
			"Halden Rail on Tuesday blamed rival Korrin for the collapse of the tunnel.",
			[]string{"Halden Rail>Korrin"}},
		{"the accused named after the accuser's relation to it",
			"Casmir on Sunday accused its northern neighbour Pelleran of spraying a banned pesticide along the border.",
			[]string{"Casmir>Pelleran"}},
		{"the accused named after a rival noun and a modifier",
			"Halden Rail blamed its old rival Korrin for the collapse of the tunnel.",
			[]string{"Halden Rail>Korrin"}},
		{"guard: the accuser's own relation, no name after it",
			"Casmir on Sunday accused its neighbour of spraying a banned pesticide along the border.",
			nil},
		{"to allege another party's act is to accuse it",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark alleged on Monday that Velland's soldiers had opened the sluices.",
			[]string{"Ostmark>Velland"}},
		{"guard: the same act said, not alleged",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark said on Monday that Velland's soldiers had opened the sluices.",
			nil},
		{"guard: alleged of the speaker's own side",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark alleged on Monday that Ostmark's soldiers had opened the sluices.",
			nil},
		{"held responsible: a blame with no reporting verb",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark held Velland's army responsible for the shelling of the village.",
			[]string{"Ostmark>Velland"}},
		{"guard: held responsible, reported: one accusation",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark said it held Velland's army responsible for the shelling of the village.",
			[]string{"Ostmark>Velland"}},
		{"guard: responsible in a clause after the one held",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark held Velland's envoy, who is responsible for the talks, at the border.",
			nil},
		{"pointed the finger at: a blame with no reporting verb",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark pointed the finger at Velland's army for the shelling of the village.",
			[]string{"Ostmark>Velland"}},
		{"guard: a finger pointed at no party",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark pointed the finger at heavy rain for the flooding of the village.",
			nil},
		{"laid the blame on: a blame with no reporting verb",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark laid the blame for the shelling of the village squarely on Velland's army.",
			[]string{"Ostmark>Velland"}},
		{"guard: the blame laid on no party",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark laid the blame for the flooding of the village on heavy rain.",
			nil},
		{"a company's officer named by its first word in the possessive speaks for it",
			"The Kelvan Miners' Union and the mine's owner, Dorrow Mining, are locked in a dispute over a tunnel collapse.\n\n" +
				"Dorrow's chief executive, Anna Holm, accused the union of sabotage.",
			[]string{"Dorrow Mining>Kelvan Miners' Union"}},
		{"guard: the possessive of a person who bears that name",
			"The Kelvan Miners' Union and the mine's owner, Dorrow Mining, are locked in a dispute over a tunnel collapse.\n\n" +
				"The miners' lawyer, Ivo Dorrow, spoke to reporters. Dorrow's assistant, Anna Holm, accused the company of sabotage.",
			[]string{">Dorrow Mining"}},
		{"a union named again by its members",
			"The Kelvan Miners' Union and the mine's owner, Dorrow Mining, are locked in a dispute over a tunnel collapse.\n\n" +
				"The miners' union accused the company of ignoring warnings.",
			[]string{"Kelvan Miners' Union>Dorrow Mining"}},
		{"guard: a town's farmers' union is no state's",
			"BRASK, Ostmark, May 3 (Wirenews) - Velland's army shelled the border on Monday.\n\n" +
				"The Brask farmers' union accused Velland of burning the fields.",
			[]string{">Velland"}},
		{"a name no list knows that runs something is an organisation",
			"A ferry and a barge collided on the Ulva river on Monday.\n\nNorvik, which runs the ferry, blamed Castor for the crash.",
			[]string{"Norvik>Castor"}},
		{"a name whose second word the vocabulary knows, that runs something",
			"A ferry and a barge collided on the Ulva river on Monday.\n\nNorvik Harbour, which runs the ferry, blamed Castor for the crash.",
			[]string{"Norvik Harbour>Castor"}},
		{"guard, already read: the name of a group that holds a bank of the river",
			"A bridge was blown up on Monday.\n\nThe Tarn Shield, which holds the eastern bank, accused Castor of planting the explosives.",
			[]string{"Tarn Shield>Castor"}},
		{"guard: a place that lies somewhere is no organisation",
			"A ferry and a barge collided on the Ulva river on Monday.\n\nResidents of Dunport, which lies on the river, said the ferry was too fast.",
			nil},
		{"the accused described, then named by one word in apposition",
			"A ferry and a barge collided on the Ulva river on Monday.\n\nThe ferry's operator, Norvik, accused the barge's owner, Castor, of ignoring the signals.",
			[]string{"Norvik>Castor"}},
		{"guard: a person named in full in apposition is no party",
			"A ferry and a barge collided on the Ulva river on Monday.\n\nThe ferry's operator, Norvik, accused the barge's owner, Anna Castor, of ignoring the signals.",
			[]string{}},
		{"the rival militias: a plural of parties with a modifier",
			"The Red Hawk Brigade and the Iron Guard have fought over the town of Brask for months.\n\nThe rival militias have traded accusations over the shelling.",
			[]string{"Red Hawk Brigade>Iron Guard", "Iron Guard>Red Hawk Brigade"}},
		{"the armed groups: a participle as the modifier",
			"The Red Hawk Brigade and the Iron Guard have fought over the town of Brask for months.\n\nThe armed groups blamed one another for the shelling.",
			[]string{"Red Hawk Brigade>Iron Guard", "Iron Guard>Red Hawk Brigade"}},
		{"guard: residents are no parties",
			"The Red Hawk Brigade and the Iron Guard have fought over the town of Brask for months.\n\nThe frightened residents blamed one another for the panic.",
			nil},
		{"its rival: the other of the two parties",
			"The Red Hawk Brigade and the Iron Guard have fought over the town of Brask for months.\n\nThe Iron Guard accused its rival of shelling the market.",
			[]string{"Iron Guard>Red Hawk Brigade"}},
		{"guard: its own fighters are no rival",
			"The Red Hawk Brigade and the Iron Guard have fought over the town of Brask for months.\n\nThe Iron Guard accused its own fighters of looting the market.",
			nil},
		{"the army a group accuses, no dateline: the one state named",
			"The Red Hill Brigade has fought Ostmark's government in the hills since 2031.\n\n" +
				"The group's spokesman, Tomas Vell, accused the army of shelling a column of lorries near Pell.",
			[]string{"Red Hill Brigade>Ostmark"}},
		{"the security forces a group accuses in a clause after its said clause",
			"The Red Hill Brigade has fought Ostmark's government in the hills since 2031.\n\n" +
				"The group's spokesman, Tomas Vell, said the buses were hit at dawn, and accused the security forces of shelling them.",
			[]string{"Red Hill Brigade>Ostmark"}},
		{"guard: the authorities a group accuses, two states named and neither its rival",
			"Ostmark's army and Velland's army both patrol the hills where the Red Hill Brigade has fought since 2031.\n\n" +
				"The group's spokesman, Tomas Vell, accused the authorities of shelling a column of lorries near Pell.",
			nil},
		{"guard: a speaker known by a bare name, which may be the army's own state",
			"Ostmark's government said on Sunday it had sent food and medicine to villages across the border.\n\n" +
				"Rebels in the Brask region of Velland accused the army of shelling three villages.",
			nil},
		{"guard: the ministry an opposition party accuses is a body of its own",
			"The Unity Party has quarrelled with Ostmark's government for a year.\n\n" +
				"The party's leader, Tomas Vell, accused the interior ministry of reading the emails of its members.",
			nil},
		{"two airlines: companies named by their trade",
			"A jet of Kestrel Airlines and a jet of Norvale Airways touched wings at Brask airport on Monday.\n\n" +
				"Ostmark's transport ministry said Ostmark's aviation authority and Ostmark's police were investigating.\n\nThe two airlines blamed each other for the collision.",
			[]string{"Kestrel Airlines>Norvale Airways", "Norvale Airways>Kestrel Airlines"}},
		{"a counter-account: in a party's version, a cleft",
			"BRASK, Ostmark, May 3 (Wirenews) - Velland's army and Ostmark's troops clashed on the border on Monday.\n\n" +
				"In Velland's version, it was Ostmark's troops that fired first.",
			[]string{"Velland>Ostmark"}},
		{"a counter-account: in its version, after the party rejects the other's",
			"BRASK, Ostmark, May 3 (Wirenews) - Velland's army and Ostmark's troops clashed on the border on Monday.\n\n" +
				"Velland rejects that account. In its version, it was Ostmark's troops that fired first.",
			[]string{"Velland>Ostmark"}},
		{"a company's counter-account, the company named by its first word",
			"Halden Rail blamed Dorvel Track Services for the derailment.\n\n" +
				"In Dorvel's version, it was Halden Rail's train that was speeding on the curve.",
			[]string{"Halden Rail>Dorvel Track Services", "Dorvel Track Services>Halden Rail"}},
		{"guard: in a person's view is no party's account",
			"BRASK, Ostmark, May 3 (Wirenews) - Velland's army and Ostmark's troops clashed on the border on Monday.\n\n" +
				"In Anna Holm's view, it was Ostmark's troops that fired first.",
			nil},
		{"guard: a company after another party and \"and\"",
			"A fire broke out at the Brask mine on Monday.\n\nThe Red Hawk Brigade and Dorrow Mining blamed each other for the fire.",
			[]string{"Red Hawk Brigade>Dorrow Mining", "Dorrow Mining>Red Hawk Brigade"}},
		{"a party no list names, after its standing, in a reciprocal pair",
			"A fire broke out at the Brask mine on Monday.\n\nThe ruling Unity Party and the opposition Civic Lantern accuse each other of starting the fire.",
			[]string{"Unity Party>Civic Lantern", "Civic Lantern>Unity Party"}},
		{"the ruling party refers back to the party named with that standing",
			"The ruling Unity Party won the vote in Brask.\n\nThe opposition Harbour League accused the ruling party of burning ballots.",
			[]string{"Harbour League>Unity Party"}},
		{"the opposition party after the ruling one was named",
			"The ruling Unity Party and the opposition Civic Lantern met in Brask.\n\nThe Unity Party accused the opposition party of burning ballots.",
			[]string{"Unity Party>Civic Lantern"}},
		{"guard: two ruling parties, the ruling party is neither",
			"The ruling Unity Party and the ruling Farmers League met in Brask.\n\nThe opposition Civic Lantern accused the ruling party of burning ballots.",
			nil},
		{"an airline no list names by what it flies, then the airline",
			"Check-in failed at Tessel airport on Sunday.\n\nFlyvane, which flies most of the routes from Tessel, blamed the failure on Tessel Port Holdings.\n\n" +
				"Tessel Port Holdings accused the airline of adding flights without warning.",
			[]string{"Flyvane>Tessel Port Holdings", "Tessel Port Holdings>Flyvane"}},
		{"the operator named in apposition at a sentence's end, then the operator",
			"Check-in failed at Tessel airport on Sunday.\n\nFlyvane, which flies most of the routes from Tessel, said the fault lay with the operator, Tessel Port Holdings.\n\n" +
				"Flyvane's founder, Ola Brenn, accused the operator of cutting staff.",
			[]string{"Flyvane>Tessel Port Holdings"}},
		{"the operator, named in apposition, before the company seen last",
			"Check-in failed at Tessel airport on Sunday.\n\nFlyvane blamed the failure on the operator, Tessel Port Holdings.\n\n" +
				"Norbeck Systems, which runs the check-in desks, said it was not told.\n\nFlyvane accused the operator of cutting staff.",
			[]string{"Flyvane>Tessel Port Holdings"}},
		{"a city's police are a party of their own, the police refer back, the club is the town's club",
			"Six fans were hurt in a crush at Kell Park in Morrow on Saturday.\n\nMorrow Rovers, which owns Kell Park, said the gate opened too early.\n\n" +
				"Morrow's police chief, Ada Lint, blamed the crush on the club.\n\nThe police, in turn, blame the delay on the club.",
			[]string{"Morrow police>Morrow Rovers", "Morrow police>Morrow Rovers"}},
		{"guard: a state's police are the state's",
			"BRASK, Ostmark, May 3 (Wirenews) - Velland accused Ostmark's police of beating protesters.",
			[]string{"Velland>Ostmark"}},
		{"guard: a state named before is no city",
			"Ostmark's army shelled the border town of Brask on Monday.\n\nVelland accused Ostmark's police of beating protesters.",
			[]string{"Velland>Ostmark"}},
		{"guard: a person's name before police is no city",
			"Six fans were hurt in a crush at Kell Park on Saturday.\n\nMorrow Rovers, which owns Kell Park, blamed Tomas Lint.\n\nLint police said nothing.",
			nil},
		{"a company named by its gases, its director speaking for it",
			"Four patients died at a hospital in Pell after its oxygen ran low.\n\nThe Pell Health Board says Selvo Gases missed two deliveries.\n\n" +
				"Selvo's managing director, Ana Brook, accused the Pell Health Board of leaving its bills unpaid.",
			[]string{"Selvo Gases>Pell Health Board"}},
		{"an officer of a body named by the end of its name in lower case",
			"Four patients died at a hospital in Pell after its oxygen ran low.\n\nThe Pell Health Board says Selvo Gases missed two deliveries.\n\n" +
				"A health board spokesperson accused Selvo Gases of ignoring an alarm.",
			[]string{"Pell Health Board>Selvo Gases"}},
		{"guard: words no organisation's name ends in tie the officer to none",
			"Four patients died at a hospital in Pell after its oxygen ran low.\n\nThe Pell Health Board says Selvo Gases missed two deliveries.\n\n" +
				"A water board spokesperson accused Selvo Gases of ignoring an alarm.",
			[]string{">Selvo Gases"}},
		{"an officer of a body named by its one noun, in apposition to his name",
			"The Tarn Valley Brigade stopped a convoy of the charity Corvel Relief on Sunday.\n\n" +
				"A brigade commander, Oskar Venn, accused the charity of smuggling fuel.",
			[]string{"Tarn Valley Brigade>Corvel Relief"}},
		{"guard: one noun two bodies' names end in ties the officer to neither",
			"The Tarn Valley Brigade and the Red Hill Brigade stopped a convoy of the charity Corvel Relief on Sunday.\n\n" +
				"A brigade commander accused the charity of smuggling fuel.",
			[]string{">Corvel Relief"}},
		{"guard: an army spokesman is not the rebel army's",
			"The rebel Free Tarn Army attacked the town of Kessa on Sunday.\n\n" +
				"An army spokesman accused the Free Tarn Army of shelling the market.",
			[]string{">Free Tarn Army"}},
		{"guard: a bank spokesman is not the one bank's named",
			"The Velmora Development Bank cut its growth forecast for Dorvan on Monday.\n\n" +
				"A bank spokesman accused Dorvan of hiding its debts.",
			[]string{">Dorvan"}},
		{"a pair described by relative clauses, named later",
			"The hospital in Pell lost power on Monday.\n\nThe union that represents the nurses and the company that supplies its power are blaming each other.\n\n" +
				"The Pell Nurses Union said Norbeck Energy cut the cable. Norbeck Energy said the union had blocked repairs.",
			[]string{"Pell Nurses Union>Norbeck Energy", "Norbeck Energy>Pell Nurses Union"}},
		{"a named organisation and one described by a relative clause",
			"Selm Savings Bank and the software firm that ran its database are blaming each other for a leak of customer records.\n\n" +
				"Norbeck Systems said the bank had refused updates.",
			[]string{"Selm Savings Bank>Norbeck Systems", "Norbeck Systems>Selm Savings Bank", "Norbeck Systems>Selm Savings Bank"}},
		{"a body's managers stand for it in a described pair",
			"The hospital in Pell lost power on Monday.\n\nThe hospital's managers and the company that supplies its power are blaming each other.\n\n" +
				"The Pell Health Trust said Norbeck Energy cut the cable. Norbeck Energy said the trust had not paid.",
			[]string{"Pell Health Trust>Norbeck Energy", "Norbeck Energy>Pell Health Trust"}},
		{"guard: managers named by no possessive are people",
			"The hospital in Pell lost power on Monday.\n\nSome managers and the company that supplies its power are blaming each other.\n\n" +
				"The Pell Health Trust said Norbeck Energy cut the cable. Norbeck Energy said the trust had not paid.",
			nil},
		{"guard: a person's relative clause is no party",
			"The hospital in Pell lost power on Monday.\n\nThe nurse who ran the ward and the company that supplies its power are blaming each other.\n\n" +
				"Norbeck Energy said the union had blocked repairs.",
			nil},
		{"two states' agencies blaming each other are the two states",
			"A Korvelan train and a Dunmarchi train collided on the border bridge on Tuesday, and the two countries' rail authorities blamed each other for the crash.\n\n" +
				"The Korvela Rail Authority said Dunmarch had failed to warn its drivers. The Dunmarch Rail Authority said the Korvelan driver had ignored a red light.",

			[]string{"Korvela>Dunmarch", "Korvela>Dunmarch", "Dunmarch>Korvela", "Dunmarch>Korvela"}},
		{"a state's port authority named by the state in lower case, accused by the other state, is that state",
			"A ferry sank on Lake Varo on Sunday.\n\nKorvela's government accused the Dunmarch port authority of letting the ferry sail overloaded.\n\n" +
				"Dunmarch's government rejected the charge.",
			[]string{"Korvela>Dunmarch"}},
		{"guard: a port authority named by a place that is no state keeps its own name",
			"A ferry sank on Lake Varo on Sunday.\n\nKorvela's government accused the Brask port authority of letting the ferry sail overloaded.\n\n" +
				"Dunmarch's government rejected the charge.",
			[]string{"Korvela>Brask port authority"}},
		{"a party described by an of phrase and one by a relative clause, named after",
			"Nine skiers were hurt when a chairlift slid backwards at the Dalmo resort.\n\n" +
				"The operator of the Dalmo resort and the company that built its chairlift blamed each other for the accident.\n\n" +
				"Brisa Alpin, which runs the resort, said the lift had passed every test. The lift maker, Holtz Seilbahn, said it had warned of a worn cable.",
			[]string{"Brisa Alpin>Holtz Seilbahn", "Holtz Seilbahn>Brisa Alpin"}},
		{"a party described by its possessive owner and one by a relative clause, named after",
			"Nine skiers were hurt when a chairlift slid backwards at the Dalmo resort.\n\n" +
				"The resort's owner and the firm that made its chairlift traded blame over the accident.\n\n" +
				"Brisa Alpin, which runs the resort, said the lift had passed every test. The lift maker, Holtz Seilbahn, said it had warned of a worn cable.",
			[]string{"Brisa Alpin>Holtz Seilbahn", "Holtz Seilbahn>Brisa Alpin"}},
		{"the owner of a resort is the company whose name ends in resorts, against the other company",
			"Nine skiers were hurt when a chairlift slid backwards at the Dalmo ski area.\n\n" +
				"The resort's owner and the firm that made its chairlift traded blame over the accident.\n\n" +
				"Kelmar Resorts said the cable was faulty. Holtz Seilbahn, which built the lift, said it had passed every test. " +
				"Holtz Seilbahn said the cable had been checked. The regional broadcaster, Skarvik Radio Service, said the lift was closed.",
			[]string{"Kelmar Resorts>Holtz Seilbahn", "Holtz Seilbahn>Kelmar Resorts"}},
		{"guard: a person's possessive owner is no party",
			"Nine skiers were hurt when a chairlift slid backwards at the Dalmo resort.\n\n" +
				"Tomas's owner and the firm that made its chairlift traded blame over the accident.\n\n" +
				"Brisa Alpin, which runs the resort, said the lift had passed every test. The lift maker, Holtz Seilbahn, said it had warned of a worn cable.",
			nil},
		{"guard: people described by an of phrase are no party",
			"Nine skiers were hurt when a chairlift slid backwards at the Dalmo resort.\n\n" +
				"Hundreds of guests and the company that built its chairlift blamed each other for the accident.\n\n" +
				"Brisa Alpin, which runs the resort, said the lift had passed every test. The lift maker, Holtz Seilbahn, said it had warned of a worn cable.",
			nil},
		{"two described parties, the second named in apposition, blaming each other",
			"The Varn valley flooded on Monday after a dam gave way.\n\n" +
				"The region's water authority and the company that built the dam, Osk Hydro, are blaming each other for the flood.\n\n" +
				"The Varn Water Authority said the dam had been poorly built.",
			[]string{"Varn Water Authority>Osk Hydro", "Osk Hydro>Varn Water Authority"}},
		{"guard: two people described, the second named in apposition, blaming each other",
			"The Varn valley flooded on Monday after a dam gave way.\n\n" +
				"The engineer and the driver, Ada Brisk, are blaming each other for the flood.\n\n" +
				"The Varn Water Authority said the dam had been poorly built.",
			nil},
		{"two described parties, the second named in apposition, each blaming the other",
			"Forty pupils fell ill in Tarnwick on Tuesday.\n\nThe town council and the firm it pays to run the kitchens, Goldspoon Meals, are each blaming the other.\n\n" +
				"Tarnwick Town Council said the vans were clean. The Van Drivers' Guild said the vans were cold. The guild said the fridges had failed.",
			[]string{"Tarnwick Town Council>Goldspoon Meals", "Goldspoon Meals>Tarnwick Town Council"}},
		{"guard: people each blaming the other are no parties",
			"Forty pupils fell ill in Tarnwick on Tuesday.\n\nThe cook and the driver, Ada Brisk, are each blaming the other.\n\n" +
				"Tarnwick Town Council said the vans were clean. The Van Drivers' Guild said the vans were cold. The guild said the fridges had failed.",
			[]string{"Tarnwick Town Council>Van Drivers' Guild", "Van Drivers' Guild>Tarnwick Town Council"}},
		{"guard: a boundary line is no party",
			"Ostmark accused Velland of moving troops across the Green Line on Monday.",
			[]string{"Ostmark>Velland"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestRejectedAccount checks that rejecting the other side's story
// ("rejects that account", "disputes their version") is a denial by
// the speaker's side.
func TestRejectedAccount(t *testing.T) {
	const lead = "Halden Rail blamed Dorvel Track Services for the derailment.\n\n"
	tests := []struct {
		name, sentence, kind string
	}{
		{"that account", "Dorvel Track Services rejects that account.", "denial"},
		{"their version", "Dorvel Track Services disputes their version.", "denial"},
		{"guard: the accusation", "Dorvel Track Services rejected the accusation.", "denial"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(lead + tt.sentence)})
			for _, c := range res.Claims {
				if c.Text == tt.sentence {
					if string(c.Kind) != tt.kind || c.Side != "Dorvel Track Services" {
						t.Errorf("%s on side %q, want %s by Dorvel Track Services:%s", c.Kind, c.Side, tt.kind, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim %q:%s", tt.sentence, describe(res.Claims))
		})
	}
}

// TestNameEndIsNoParty checks that the end of a longer name joined by
// "of" or "and" ("the Department of Passport Services", "Ostmark
// Citizenship and Passport Services") makes no organisation of its own.
func TestNameEndIsNoParty(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - Velland's army shelled the border on Monday.\n\n"
	for _, text := range []string{
		dl + "The Department of Passport Services said Velland had forged the documents.",
		dl + "Ostmark State Citizenship and Passport Services said Velland had forged the documents.",
	} {
		res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(text)})
		for _, c := range res.Claims {
			if c.Side == "Passport Services" || c.Subject == "Passport Services" {
				t.Errorf("%q: the end of a name made a party:%s", text, describe(res.Claims))
			}
		}
	}
}

// TestLeaderSpeaksForOrganisation checks that a person introduced by
// a relative clause telling what they lead ("who chairs the …") speaks
// for that organisation, and that other relative clauses tie them to
// nothing.
func TestLeaderSpeaksForOrganisation(t *testing.T) {
	const lead = "Six fans were hurt in a crush at Kell Park in Morrow on Saturday.\n\n"
	tests := []struct {
		name, text, side string
	}{
		{"who heads an association", "Ida Sand, who heads the Pell Fans Association, said the gates were shut.", "Pell Fans Association"},
		{"who chairs a supporters' trust", "Ida Sand, who chairs the Pell Supporters' Trust, said the gates were shut.", "Pell Supporters' Trust"},
		{"guard: who wrote to an association", "Ida Sand, who wrote to the Pell Fans Association, said the gates were shut.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeaker(t, lead+tt.text, "the gates were shut", "Ida Sand", tt.side, nil)
		})
	}
}

// TestCompanyAmongBodies checks that "the company", in an article that
// names a company, a public agency and a third body, refers back to the
// company (a drug maker's name ends in its trade; a body named "… Agency"
// is a public one) and, between two companies, to the one named last.
func TestCompanyAmongBodies(t *testing.T) {
	tests := []struct {
		name, text, want string // want: side>accused of the one accusation
	}{
		{"a drug maker, a public agency named after it, a society",
			"Pell Therapeutics said its heart drug was safe.\n\nThe Drug Safety Agency said it had found faults. The Pell Cardiology Society urged calm.\n\n" +
				"The company accused the agency of ignoring its data.",
			"Pell Therapeutics>Drug Safety Agency"},
		{"a vaccine maker by its name's trade, then an environment agency",
			"Dorvik Vaccines said the batch had passed every test.\n\nThe Coastal Environment Agency said the plant had leaked. The Dorvik Anglers' Union said fish had died.\n\n" +
				"The company blamed the agency for the panic.",
			"Dorvik Vaccines>Coastal Environment Agency"},
		{"a shipping line, then a port agency: the company is the line",
			"Selvik Shipping said its tanker had kept to the lane.\n\nThe Brask Maritime Agency said the tanker had strayed. The harbour pilots' guild said nothing.\n\n" +
				"The company accused the agency of losing the radar logs.",
			"Selvik Shipping>Brask Maritime Agency"},
		{"guard: with no company named, the company may be the agency",
			"A heart drug ran out in Pell hospitals.\n\nThe Lorn Supply Agency said its stocks were low.\n\n" +
				"The company accused Korvela of blocking its trucks.",
			"Lorn Supply Agency>Korvela"},
		{"guard: of two companies, the one named last",
			"Kelmar Resorts said its cabins were checked daily.\n\nThe cable maker, Dornach, disputed that.\n\n" +
				"In a statement, the company accused Kelmar Resorts of skipping repairs.",
			"Dornach>Kelmar Resorts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, []string{tt.want}) })
	}
}

// TestStateOrganNamedAgain checks that a state's organ named once with
// its state ("Sylvania's Border Intelligence Directorate", "the
// Ruritanian Coastal Security Service") is that state when named again
// without it, with the states of the test taxonomy.
func TestStateOrganNamedAgain(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an intelligence directorate, first by its state's possessive",
			"Freedonia blamed Sylvania's Border Intelligence Directorate for the bombing of a rail bridge.\n\n" +
				"The Border Intelligence Directorate accused Freedonia of staging the bombing.",
			[]string{"Freedonia>Sylvania", "Sylvania>Freedonia"}},
		{"a coastal service, first by its state's demonym",
			"Freedonia said the Ruritanian Coastal Security Service had rammed a trawler.\n\n" +
				"The Coastal Security Service accused Freedonia of sending the trawler into its waters.",
			[]string{"Freedonia>Ruritania", "Ruritania>Freedonia"}},
		{"a naval command, first as a speaker",
			"The Sylvanian Naval Command said a Freedonian tanker had entered the strait.\n\n" +
				"Freedonia accused the Naval Command of firing on the tanker.",
			[]string{"Freedonia>Sylvania"}},
		{"guard: an organ named only without a state is its own party",
			"Freedonia blamed Sylvania for the bombing of a rail bridge.\n\n" +
				"The Border Intelligence Directorate accused Freedonia of staging the bombing.",
			[]string{"Freedonia>Sylvania", "Border Intelligence Directorate>Freedonia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			var got []string
			for _, c := range res.Claims {
				if c.Kind == "accusation" {
					got = append(got, c.Side+">"+c.Subject)
				}
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) {
				t.Errorf("accusations %q, want %q:%s", got, want, describe(res.Claims))
			}
		})
	}
}

// TestRejectedThat checks that "X rejected that." and "X, which …,
// disputes that." deny the account before them: "that" ending the
// sentence stands for it, as "this" or "the accusation" would.
func TestRejectedThat(t *testing.T) {
	tests := []struct {
		name, lead, sentence, side string
	}{
		{"a lift maker after a relative clause",
			"Dovra Hotels said the cable of its gondola had been badly spliced.\n\n",
			"Norvale Engineering, which built the lift in 2015, rejected that.", "Norvale Engineering"},
		{"a track contractor, in the present",
			"Halden Rail blamed Dorvel Track Services for the derailment.\n\n",
			"Dorvel Track Services, which maintains the line, disputes that.", "Dorvel Track Services"},
		{"an airline, no aside",
			"The Kessa airport authority said Dorvik Airways had overbooked its flights.\n\n",
			"Dorvik Airways rejected that.", "Dorvik Airways"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.lead + tt.sentence)})
			for _, c := range res.Claims {
				if c.Text == tt.sentence {
					if c.Kind != "denial" || c.Side != tt.side {
						t.Errorf("%s on side %q, want a denial by %s:%s", c.Kind, c.Side, tt.side, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim %q:%s", tt.sentence, describe(res.Claims))
		})
	}
}

// TestDismissedThatSaying checks that "X dismissed that, saying …" stays
// one claim: the pronoun reading is only for "that" ending the sentence.
func TestDismissedThatSaying(t *testing.T) {
	const text = "Ostmark accused Velland of blocking its inspectors.\n\n" +
		"Velland dismissed that, saying the inspectors had been invited on Monday."
	res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(text)})
	n := 0
	for _, c := range res.Claims {
		if strings.Contains(c.Text, "invited on Monday") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d claims hold the reason, want 1:%s", n, describe(res.Claims))
	}
}

// TestDescribedPairAmongThree checks that a pair described by its nouns
// ("the company that chartered the tanker and the agency that runs the
// port") in an article naming a third body matches each noun to its own
// organisation, not the article's two most named.
func TestDescribedPairAmongThree(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"shipping: a union named first, then each side blaming the other",
			"The Brask Fishermen's Union says its members have lost a month's catch since a tanker ran aground, and the grounding has turned into a feud between the company that chartered the tanker and the agency that runs the port, with each side blaming the other.\n\n" +
				"Selvik Shipping, which chartered the tanker, said the pilots had steered it onto the rocks. The Brask Port Agency said the tanker had ignored its warnings.\n\n" +
				"The Brask Fishermen's Union said the catch was lost.",
			[]string{"Selvik Shipping>Brask Port Agency", "Brask Port Agency>Selvik Shipping"}},
		{"aviation: a travellers' body named first, a pair before the verb",
			"Passengers were stranded at Dorvik airport after a power cut, and the airline that flies most routes from it and the authority that runs the airport blamed each other.\n\n" +
				"The Dorvik Travellers' Association demanded refunds. The Dorvik Travellers' Association said it would sue. Kessa Airways said the generators had not been tested. The Dorvik Airport Authority said the planes had not been moved.",
			[]string{"Kessa Airways>Dorvik Airport Authority", "Dorvik Airport Authority>Kessa Airways"}},
		{"mining: a firm and a provincial authority, a teachers' body after them",
			"A landslide below a quarry in Lesk has started a row between the firm that runs the quarry and the authority that licensed it, each blaming the other.\n\n" +
				"The Lesk Teachers' Association said two schools were closed. The Lesk Teachers' Association said the road was shut.\n\n" +
				"Corran Metals said the rain had been heavy. The Lesk Provincial Authority said the quarry was too deep.",
			[]string{"Corran Metals>Lesk Provincial Authority", "Lesk Provincial Authority>Corran Metals"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestEachSideSayingTheOther checks that "each side saying the other …"
// is a pair of accusations between the two parties of the kind the
// sentence named before ("between two armed groups"), not the states
// the dateline and the article name.
func TestEachSideSayingTheOther(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two armed groups in a state's hills",
			"BRASK, Ostmark, May 3 (Wirenews) - A planned exchange of prisoners between two armed groups in Ostmark's hills collapsed on Wednesday, with each side saying the other broke the deal.\n\n" +
				"The Red Falcon Brigade said its convoy had waited for hours. The Iron Hill Movement said its men had been shot at. Ostmark said it would send monitors. Ostmark said the hills were calm.",
			[]string{"Red Falcon Brigade>Iron Hill Movement", "Iron Hill Movement>Red Falcon Brigade"}},
		{"two companies, each side said",
			"BRASK, Ostmark, May 3 (Wirenews) - Talks between two shipping companies on a shared terminal in Ostmark collapsed, and each side said the other had lied about its debts.\n\n" +
				"Selvik Shipping said its offer had been fair. Dorrow Logistics said the offer had been late. Ostmark said the terminal would stay open. Ostmark said the port was busy.",
			[]string{"Selvik Shipping>Dorrow Logistics", "Dorrow Logistics>Selvik Shipping"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestFalseClaimIsDenial checks that a speaker calling the other side's
// claim untrue ("Ostmark's claim that Velland sank the ferry is false, a
// Vellandian spokesman said") denies the claim's clause, on the
// speaker's side, about the clause's subject.
func TestFalseClaimIsDenial(t *testing.T) {
	tests := []struct {
		name, text, evidence, side, subject string
	}{
		{"a state's claim is false",
			"Ostmark and Velland have traded blame over the sinking of a ferry.\n\nOstmark's claim that Velland sank the ferry is false, a Vellandian spokesman said.",
			"a Vellandian spokesman said", "Velland", "Velland"},
		{"an agency's accusation was baseless",
			"Selvik Shipping and the Brask Port Agency blamed each other for the spill.\n\nThe agency's accusation that Selvik Shipping had dumped fuel in the harbour was baseless, the company said.",
			"the company said", "Selvik Shipping", "Selvik Shipping"},
		{"a ministry's allegation is untrue",
			"Dorvik Vaccines and the Lesk health ministry traded blame over the shortage.\n\nThe allegation that Dorvik Vaccines hid its test results is untrue, the company said.",
			"the company said", "Dorvik Vaccines", "Dorvik Vaccines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tt.evidence) {
					if c.Kind != "denial" || c.Side != tt.side || c.Subject != tt.subject {
						t.Errorf("%s by %q about %q, want a denial by %s about %s:%s", c.Kind, c.Side, c.Subject, tt.side, tt.subject, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim with %q:%s", tt.evidence, describe(res.Claims))
		})
	}
}
