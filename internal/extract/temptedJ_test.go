package extract

import "testing"

// Passages written to tempt the rules of the twenty-sixth pass's last
// merges (zr19a, zr19b, zorg26) where English says they must not fire,
// and a few where they must. Items: "acc:X" an accusation of X,
// "accText:F" an accusation whose text holds F, "topic:X" a claim with
// topic X, "topicHas:W" a topic holding W, "claim:F" any claim whose text
// holds F, "by:F=S" a claim holding F said by S, "side:F=S" a claim
// holding F on side S, "accTopic:F=T" an accusation holding F with topic
// T, "speaker:S" a claim by S (runTemptedRows). A row with left set keeps
// a misfire no guard mends, and says why.

const (
	jDate   = "PELL, Dornvale, 6 March 2045 - "
	jRally  = jDate + "The Harbour Party and the Lamp Alliance traded blame on Wednesday over an attack on a Harbour Party rally in Quay Square on Sunday, in which 11 people were hurt.\n\n"
	jBorder = "KELL, Orvia, 6 March 2045 - Orvia and Pellan traded blame on Monday for a fire at a border depot near Kell.\n\n"
)

// TestTemptedJIntroducedEvent checks "the X that …" after blame, a
// duration before an event noun and "slick" (zr19a).
func TestTemptedJIntroducedEvent(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "a1", title: "Grid firms trade blame",
			text: jDate + "Voltline and Pellgrid blamed each other on Tuesday for the blackout that cut power to Kell. Voltline accused Pellgrid of overloading the line. Pellgrid accused Voltline of ignoring a faulty relay.",
			must: []string{"topic:blackout"}},
		{name: "a2", title: "Two parties trade blame after market shelling",
			text:    jDate + "The Harbour Party and the Lamp Alliance blamed each other on Tuesday for the blackout that followed the shelling of the Kell market. The Harbour Party accused the Lamp Alliance of shelling the market. The Lamp Alliance accused the Harbour Party of staging the attack.",
			mustNot: []string{"topic:blackout"}},
		{name: "a3", title: "Unions and ministry at odds",
			text:    jDate + "The rail unions and the transport ministry blamed each other on Tuesday for the decision that closed the Kell line. The unions accused the ministry of cutting the budget. The ministry accused the unions of calling the strike.",
			mustNot: []string{"topic:decision"},
			left:    "\"decision\" names the topic with or without definedByClause (the rule is not the cause): no event noun in the passage, the blame's object is taken"},
		{name: "a4", title: "Ministries at odds over budget",
			text:    jDate + "The finance and health ministries blamed each other on Tuesday for the cut that closed three clinics in Kell. The health ministry accused the finance ministry of slashing its budget. The finance ministry accused the health ministry of wasting money.",
			mustNot: []string{"topicHas:clinic"}},
		{name: "a5", title: "Orvia and Pellan trade blame over Kell flood",
			text: jBorder + "Orvia and Pellan blamed each other for the flood that swept through Kell. Orvia accused Pellan of opening a dam upstream. Pellan accused Orvia of ignoring its warnings.",
			must: []string{"topicHas:flood"}},
		{name: "a6", title: "Two firms trade blame",
			text: jDate + "Voltline and Pellgrid blamed each other on Tuesday for the leak that revealed their secret contract. Voltline accused Pellgrid of passing the documents to reporters. Pellgrid accused Voltline of lying.",
			must: []string{"topicHas:leak"}},
		{name: "a7", title: "Rail unions and ministry trade blame",
			text: jDate + "The rail unions and the transport ministry blamed each other on Tuesday for the derailment that killed four passengers near Kell. The unions accused the ministry of cutting maintenance. The ministry accused the unions of ignoring safety rules.",
			must: []string{"topicHas:derailment"}},
		{name: "a8", title: "Two firms trade blame over Kell tunnel fire",
			text:    jDate + "Voltline and Pellgrid blamed each other on Tuesday for the blackout that the Kell tunnel fire caused. Voltline accused Pellgrid of storing fuel in the tunnel. Pellgrid accused Voltline of ignoring the alarms.",
			mustNot: []string{"topic:blackout"}},
		{name: "a9", title: "Grid firms trade blame",
			text:    jDate + "Voltline and Pellgrid blamed each other on Tuesday for the blackout, which cut power to Kell. Voltline accused Pellgrid of overloading the line.",
			mustNot: []string{"topicHas:which"}},
		{name: "b6", title: "Unions and ministry trade blame over one-day strike",
			text: jDate + "The rail unions and the transport ministry accused each other on Tuesday over a one-day strike that halted trains. The ministry accused the unions of holding passengers hostage.",
			must: []string{"topicHas:strike"}, mustNot: []string{"topicHas:one-day"},
			left: "the headline's \"one-day strike\" without its duration is a bare \"strike\", which names no topic alone, so the body's \"hostage holding\" wins; without durationWord the topic was \"one-day strike\""},
		{name: "b7", title: "Orvia and Pellan trade blame over 100-day blockade",
			text:    jBorder + "Orvia accused Pellan on Monday of starving Tesh during a 100-day blockade. Pellan accused Orvia of smuggling arms through the port.",
			mustNot: []string{"topicHas:100-day"}},
		{name: "b1", title: "Orvia and Pellan trade blame over war anniversary",
			text:    jBorder + "Orvia accused Pellan on Monday of starting the Nine-Day War in 2031. Pellan accused Orvia of rewriting history.",
			mustNot: []string{"topic:war"}},
		{name: "b2", title: "Unions and ministry trade blame over rail strike",
			text: jDate + "The rail unions and the transport ministry accused each other on Tuesday over a 24-hour strike that halted trains across Dornvale. The ministry accused the unions of holding passengers hostage. The unions accused the ministry of refusing to negotiate.",
			must: []string{"topicHas:strike"}, mustNot: []string{"topicHas:24-hour"}},
		{name: "b3", title: "Orvia and Pellan trade blame over border siege",
			text:    jBorder + "Orvia and Pellan accused each other on Monday over the three-day siege of the border town of Tesh. Orvia accused Pellan of cutting off the town's water. Pellan accused Orvia of shelling the town.",
			mustNot: []string{"topicHas:three-day"}},
		{name: "b4", title: "Orvia and Pellan trade blame over ultimatum",
			text:    jBorder + "Orvia accused Pellan on Monday of issuing a 48-hour ultimatum to its border guards. Pellan accused Orvia of massing troops on the frontier.",
			mustNot: []string{"topicHas:48-hour"}},
		{name: "b5", title: "Orvia and Pellan trade blame over gun battle",
			text:    jBorder + "Orvia and Pellan accused each other on Monday of starting a two-hour gun battle at the Tesh crossing. Orvia accused Pellan of firing first. Pellan accused Orvia of sending troops across the line.",
			mustNot: []string{"topicHas:two-hour"}},
		{name: "c1", title: "Harbour Party's slick video draws fire",
			text:    jDate + "The Lamp Alliance accused the Harbour Party on Tuesday of spreading lies in a slick campaign video. The Harbour Party accused the Lamp Alliance of smearing its candidate.",
			mustNot: []string{"topicHas:slick"}},
		{name: "c2", title: "Drivers and council trade blame after crash on slick road",
			text:    jDate + "The drivers' union and the Kell council accused each other on Tuesday after a bus skidded on a slick road and hit a wall. The union accused the council of failing to grit the road. The council accused the union of ignoring speed limits.",
			mustNot: []string{"topicHas:slick"}},
		{name: "c3", title: "Lamp Alliance accuses rival of slick disinformation",
			text:    jDate + "The Lamp Alliance accused the Harbour Party on Tuesday of running a slick disinformation operation on social media. The Harbour Party accused the Lamp Alliance of paranoia.",
			mustNot: []string{"topicHas:slick"}},
		{name: "c4", title: "Fishermen and tanker firm trade blame over oil slick",
			text: jDate + "The Kell Fishermen's Association and Marlow Shipping blamed each other on Friday for an oil slick off the Kell coast. The association accused Marlow Shipping of dumping fuel. Marlow Shipping accused the association of inventing the sighting.",
			must: []string{"topicHas:slick"}},
		{name: "c5", title: "Harbour Party's slick new leader faces rally questions",
			text:    jDate + "The Lamp Alliance accused the Harbour Party on Tuesday of staging the rally brawl in Quay Square. The Harbour Party accused the Lamp Alliance of hiring thugs.",
			mustNot: []string{"topicHas:slick"},
			left:    "\"slick\" as an adjective in a headline (\"slick new leader\") is read as the event noun; a noun's \"slick\" and an adjective's are one word"},
	})
}

// TestTemptedJDatedAct checks an act the charge dates before the story
// (zr19a): a date that is the story's own event, a date of a thing
// inside the act, a date ahead.
func TestTemptedJDatedAct(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "d1", title: "Two parties trade blame after square rally attack",
			text: jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking the rally last Sunday.",
			must: []string{"accTopic:attacking the rally=rally attack"}},
		{name: "d2", title: "Two parties trade blame after square rally attack",
			text: "PELL, Dornvale, 2 April 2045 - The Harbour Party and the Lamp Alliance traded blame on Wednesday over an attack on a Harbour Party rally in Quay Square on 28 March.\n\nIda Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking the rally in March.",
			must: []string{"accTopic:attacking the rally=rally attack"}},
		{name: "d3", title: "Orvia and Pellan trade blame over Tesh shelling",
			text: "KELL, Orvia, 6 March 2045 - Orvia and Pellan traded blame on Monday for the shelling of the border town of Tesh, where four people were killed on Sunday.\n\nOrvia accused Pellan of shelling the town every night since last month.",
			must: []string{"accTopic:shelling the town=Tesh town shelling"}},
		{name: "d4", title: "Orvia and Pellan trade blame over Tesh shelling",
			text:    "KELL, Orvia, 6 March 2045 - Orvia and Pellan traded blame on Monday for the shelling of the border town of Tesh, where four people were killed on Sunday.\n\nOrvia accused Pellan of breaking the truce of last month.",
			mustNot: []string{"accTopic:breaking the truce=truce breach"}},
		{name: "d5", title: "Two parties trade blame after square rally attack",
			text: jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking the hall where she spoke last Sunday.",
			must: []string{"accTopic:attacking the hall=rally attack"}},
		{name: "d6", title: "Two parties trade blame after square rally attack",
			text:    jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of plotting attacks on polling stations in April.",
			mustNot: []string{"accTopic:plotting attacks=polling station attack"}},
		{name: "d7", title: "Two parties trade blame after square rally attack",
			text:    jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking a campaign office in the town of Oskel last Tuesday.",
			mustNot: []string{"accTopic:attacking a campaign office=rally attack"}},
		{name: "d8", title: "Two parties trade blame after square rally attack",
			text: jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of holding the rally's organisers hostage since last Sunday.",
			must: []string{"accTopic:holding the rally=rally attack"}},
		{name: "d9", title: "Two parties trade blame after square rally attack",
			text: jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking the rally the party had planned since last month.",
			must: []string{"accTopic:attacking the rally=rally attack"}},
		{name: "d10", title: "Two parties trade blame after square rally attack",
			text: jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking the rally with clubs bought last month.",
			must: []string{"accTopic:attacking the rally=rally attack"}},
		{name: "d11", title: "Two parties trade blame after square rally attack",
			text:    jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of preparing to disrupt the vote in April.",
			mustNot: []string{"accTopic:preparing to disrupt=vote disruption"}},
		{name: "d12", title: "Two parties trade blame after square rally attack",
			text: jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking the rally on Sunday, as it had attacked a march last month.",
			must: []string{"accTopic:attacking the rally=rally attack"}},
		{name: "d13", title: "Two parties trade blame after square rally attack",
			text: jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking the rally to avenge a defeat last month.",
			must: []string{"accTopic:attacking the rally=rally attack"}},
		{name: "d14", title: "Two parties trade blame after square rally attack",
			text: jRally + "Ida Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking the rally for the second time since last May.",
			must: []string{"accTopic:attacking the rally=rally attack"}},
		{name: "d15", title: "Two parties trade blame over storming of Oskel office",
			text:    "PELL, Dornvale, 8 March 2045 - The Harbour Party and the Lamp Alliance traded blame on Thursday over the storming of a Harbour Party office in Oskel on Tuesday.\n\nIda Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking the office last Tuesday.",
			mustNot: []string{"accTopic:attacking the office=office attack"}},
		{name: "d16", title: "Two parties trade blame over storming of Oskel office",
			text:    "PELL, Dornvale, 2 March 2045 - The Harbour Party and the Lamp Alliance traded blame on Thursday over the storming of a Harbour Party office in Oskel on 26 February.\n\nIda Marsh, the Harbour Party's leader, accused the Lamp Alliance of attacking the office in February.",
			mustNot: []string{"accTopic:attacking the office=office attack"}},
		{name: "d17", title: "Orvia and Pellan trade blame over Tesh convoy ambush",
			text:    "KELL, Orvia, 8 March 2045 - Orvia and Pellan traded blame on Thursday for an ambush on an aid convoy near Tesh on Tuesday, in which three drivers died.\n\nOrvia accused Pellan of firing on the trucks last Tuesday.",
			mustNot: []string{"accTopic:firing on the trucks=truck shooting"}},
		{name: "d18", title: "Orvia and Pellan trade blame over Tesh convoy ambush",
			text:    "KELL, Orvia, 8 March 2045 - Orvia and Pellan traded blame on Thursday for an ambush on an aid convoy near Tesh on Tuesday, in which three drivers died.\n\nOrvia accused Pellan of shelling a hospital in Tesh last November.",
			mustNot: []string{"accTopic:shelling a hospital=convoy ambush"}},
	})
}

// TestTemptedJKindNamedBack checks "the office" and "the mission" (zr19b)
// where the noun last named is another body's, lower case.
func TestTemptedJKindNamedBack(t *testing.T) {
	const med = "The talks were hosted by the Office of the Harlow Mediator, a neutral body.\n\n"
	const mon = "The truce is watched by the Joint Monitoring Mission on the Kessel, a team of 80 observers.\n\n"
	runTemptedRows(t, []temptedRow{
		{name: "e1", text: jBorder + med + "Pellan's presidential office called the fire an accident. The office said Orvian guards had been careless.",
			mustNot: []string{"by:guards had been careless=Office of the Harlow Mediator"}},
		{name: "e2", text: jBorder + mon + "Pellan's mission to the Union sent a letter on Tuesday. The mission said Orvian guards had started the fire.",
			mustNot: []string{"by:guards had started=Joint Monitoring Mission on the Kessel"}},
		{name: "e3", text: jBorder + med + "Gunmen attacked the Office of the Harlow Mediator on Tuesday. The office said nobody had been hurt.",
			must: []string{"by:nobody had been hurt=Office of the Harlow Mediator"}},
		{name: "e4", text: jBorder + med + "The office of Ida Marsh, the Orvian opposition leader, called for an inquiry. The office said Pellan had ignored every warning.",
			mustNot: []string{"by:ignored every warning=Office of the Harlow Mediator"}},
		{name: "e5", text: jBorder + mon + "Orvia's army said its own mission, a patrol along the river, had found the depot burning. The mission said the fire had been set.",
			mustNot: []string{"by:fire had been set=Joint Monitoring Mission on the Kessel"}},
		{name: "e6", text: jBorder + med + "Pellan's prime minister's office denied the charge. The office said the Orvian account was false.",
			mustNot: []string{"by:account was false=Office of the Harlow Mediator"}},
		{name: "e7", text: jBorder + mon + "The Red Crescent sent a medical mission to Kell. The mission said 14 people had been treated for burns.",
			mustNot: []string{"by:treated for burns=Joint Monitoring Mission on the Kessel"}},
		{name: "e8", text: jBorder + med + "Orvia's Foreign Office summoned Pellan's envoy. The office said the fire was an act of war.",
			mustNot: []string{"by:act of war=Office of the Harlow Mediator"}},
		{name: "e9", text: jBorder + mon + "In a report released on Friday, the mission said its teams had counted 40 blasts.",
			must: []string{"by:counted 40 blasts=Joint Monitoring Mission on the Kessel"}},
		{name: "e10", text: jBorder + med + "A regional office of the Union's refugee agency opened in Kell in January. The office said 300 families had fled the fire.",
			mustNot: []string{"by:300 families=Office of the Harlow Mediator"}},
	})
}

// TestTemptedJWhereStationed checks an unnamed person's rank and town
// (zr19b) where the "town" is a state or a group the person serves.
func TestTemptedJWhereStationed(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "f1", text: jBorder + "The armed group Sarvat has fought Orvian troops along the border for years. A senior commander in Sarvat said Orvian guards had started the fire.",
			mustNot: []string{"by:guards had started=senior commander"}},
		{name: "f2", text: jBorder + "A senior official in Orvia said Pellan had fired first.",
			must: []string{"side:fired first=Orvia"}, mustNot: []string{"by:fired first=senior official"}},
		{name: "f3", text: jBorder + "A senior diplomat in Tesh said neither side wanted an inquiry.",
			must: []string{"by:neither side wanted=senior diplomat"}},
		{name: "f4", text: jBorder + "A Western diplomat in Orvia said neither side wanted an inquiry.",
			must: []string{"by:neither side wanted=Western diplomat"}},
		{name: "f5", text: jBorder + "A top official in Pellan said Orvian guards had started the fire.",
			must: []string{"side:guards had started=Pellan"}},
		{name: "f6", text: jBorder + "A senior officer in Lamp Brigade, a militia that fights beside Pellan's army, said Orvian guards had started the fire.",
			mustNot: []string{"by:guards had started=senior officer"}},
		{name: "f7", text: jBorder + "A senior doctor in Kell said 14 people had been treated for burns.",
			must: []string{"claim:treated for burns"}},
		{name: "f8", text: jBorder + "A senior judge in Pellan said the case would be heard in May.",
			must: []string{"side:heard in May=Pellan"}},
	})
}

// TestTemptedJWitnesses checks unnamed plurals who describe (zr19b):
// witnesses who do make a claim, and others than witnesses.
func TestTemptedJWitnesses(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "g1", text: jBorder + "Villagers described Pellan soldiers who burned their homes.", must: []string{"claim:described"}},
		{name: "g2", text: jBorder + "Villagers described seeing a Pellan drone drop a bomb on the depot.", must: []string{"claim:described"}},
		{name: "g3", text: jBorder + "Survivors described being beaten by Orvian guards.", must: []string{"claim:described"}},
		{name: "g4", text: jBorder + "Passengers described how the crew abandoned the ship.", must: []string{"claim:described"}},
		{name: "g5", text: jBorder + "Witnesses described a fire started by Orvian soldiers.", must: []string{"claim:described"}},
		{name: "g6", text: jBorder + "Officials described a plot to blow up the Kell bridge.", must: []string{"claim:described"}},
		{name: "g7", text: jBorder + "Analysts described a pattern of attacks by Pellan on Orvian shipping.", must: []string{"claim:described"}},
		{name: "g8", text: jBorder + "Residents described a police raid in which officers beat a teenager.", must: []string{"claim:described"},
			left: "\"a police raid in which officers beat a teenager\": a doer inside a relative clause after a preposition, as \"a night in which nobody slept\" is an experience"},
		{name: "g9", text: jBorder + "Doctors described injuries consistent with tear gas.", must: []string{"claim:described"}},
		{name: "g10", text: jBorder + "Residents described a night of panic.", mustNot: []string{"claim:described"}},
		{name: "g11", text: jBorder + "Diplomats described a tense meeting.", mustNot: []string{"claim:described"},
			left: "\"Diplomats\" opening the sentence is read as a one-word name, not one of the witness plurals: a claim is kept (debatable either way)"},
		{name: "g12", text: jBorder + "Farmers described Orvian soldiers burning crops.", must: []string{"claim:described"}},
		{name: "g13", text: jBorder + "Investigators described evidence of arson at the depot.", must: []string{"claim:described"}},
		{name: "g14", text: jBorder + "Orvian officials described the fire as an act of sabotage.", must: []string{"claim:described"}},
		{name: "g15", text: jBorder + "Prosecutors described a scheme to smuggle fuel across the border.", must: []string{"claim:described"}},
		{name: "g21", text: jBorder + "Residents described hearing two blasts before the fire.", must: []string{"claim:described"}},
		{name: "g22", text: jBorder + "Villagers described a depot guarded by Pellan soldiers.", must: []string{"claim:described"}},
		{name: "g23", text: jBorder + "In Tesh, residents described two days of fear.", mustNot: []string{"claim:described"}},
		{name: "g17", text: jBorder + "In Kell, officials described a plot to blow up the bridge.", must: []string{"claim:described"}},
		{name: "g18", text: jBorder + "In Kell, doctors described injuries consistent with tear gas.", must: []string{"claim:described"}},
		{name: "g19", text: jBorder + "In Kell, investigators described evidence of arson at the depot.", must: []string{"claim:described"}},
		{name: "g20", text: jBorder + "In Kell, residents described a night of panic.", mustNot: []string{"claim:described"}},
		{name: "g16", text: jBorder + "Shopkeepers described a morning of chaos.", mustNot: []string{"claim:described"},
			left: "\"Shopkeepers\" opening the sentence is read as a one-word name and is not one of the witness plurals; lower case it is dropped"},
	})
}

// TestTemptedJStoryAnnounced checks "tells the story …" (zr19b) where the
// account follows in the same sentence.
func TestTemptedJStoryAnnounced(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "h1", text: jBorder + "Pellan tells the story differently, saying Orvian guards fired first.", must: []string{"claim:fired first"}},
		{name: "h2", text: jBorder + "Pellan tells the story the other way round, with Orvian troops opening fire first.", must: []string{"claim:opening fire"}},
		{name: "h3", text: jBorder + "The two governments tell two very different stories about why.", mustNot: []string{"claim:tell two"}},
		{name: "h4", text: jBorder + "Orvia tells the story of a border guard shot by Pellan troops.", must: []string{"claim:guard shot"}},
		{name: "h5", text: jBorder + "Pellan tells a different story about Orvian guards firing first.", must: []string{"claim:guards firing first"}},
		{name: "h6", text: jBorder + "Witnesses tell conflicting accounts about who fired first.", mustNot: []string{"claim:conflicting accounts"}},
		{name: "h7", text: jBorder + "Pellan tells a different story about why the depot burned.", mustNot: []string{"claim:tells a different story"}},
		{name: "h8", text: jBorder + "Pellan tells the story the other way round: Orvian guards, it says, fired first.", must: []string{"claim:fired first"}},
		{name: "h9", text: jBorder + "Pellan's guards tell the story the other way round and say Orvian troops fired first.", must: []string{"claim:fired first"}},
	})
}

// TestTemptedJPowerCompany checks "X Power" and a known state's name
// with a business's noun (zorg26) where X Power is a person.
func TestTemptedJPowerCompany(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "i1", text: jBorder + "Maria Power, 54, lives next to the depot. She said the fire had burned for six hours before help came.",
			must: []string{"by:burned for six hours=Maria Power"}},
		{name: "i2", text: jBorder + "Georgia Power, a nurse at the Kell hospital, said 14 people had been treated for burns. She said most were guards.",
			must: []string{"by:most were guards=Georgia Power"},
			left: "\"Georgia Power, a nurse …\" is now a person (the apposition), but the known state's name as her first name is read as her state: the speaker is \"Power\" of Georgia"},
		{name: "i3", text: jBorder + "Chad Power said he had seen soldiers near the depot an hour before the fire. He said they wore Pellan uniforms.",
			must: []string{"by:wore Pellan uniforms=Chad Power"},
			left: "\"Chad Power said he …\": only the pronoun inside the clause says a person; a known state's name and \"Power\" are a company"},
		{name: "i4", text: jBorder + "Maria Power, whose son works at the depot, said the fire had started in the fuel store. Power said the guards had run away.",
			must: []string{"by:guards had run away=Maria Power"},
			left: "\"Maria Power, whose son …\": a relative clause of kin says a person; read as a company, \"Power said\" is a second speaker"},
		{name: "i5", text: jBorder + "Mr Power said the depot had no fire alarm.",
			must: []string{"by:no fire alarm=Power"}},
		{name: "i6", text: jBorder + "Kell Power, the company that runs the depot, said the fire had been set.",
			must: []string{"by:had been set=Kell Power"}},
		{name: "i7", text: jBorder + "Jordan Steel, a welder who was at the depot, said he heard two blasts. He said the guards fled.",
			must: []string{"by:guards fled=Jordan Steel"},
			left: "\"Jordan Steel, a welder who …\": a trade noun outside personNouns and the roles; a known state's name and \"Steel\" stay a company"},
		{name: "i8", text: jBorder + "Ana Power, the mother of a guard who died, said Pellan troops had fired on the depot.",
			must: []string{"by:had fired on the depot=Ana Power"}},
		{name: "i9", text: jBorder + "Kenya Power said its lines to the depot had been cut an hour before the fire.",
			must: []string{"by:lines to the depot=Kenya Power"}},
		{name: "i10", text: jBorder + "Tomas Power told reporters he had seen Pellan soldiers near the depot. \"They came at night,\" Power said.",
			must: []string{"by:came at night=Tomas Power"},
			left: "\"Tomas Power told reporters he …\": only the pronoun says a person; \"Power said\" then is a second speaker"},
		{name: "i11", text: jBorder + "Georgia Steel said she had warned the depot's managers for months. Steel said nobody listened.",
			must: []string{"by:nobody listened=Georgia Steel"},
			left: "\"Georgia Steel said she …\": a known state's name and \"Steel\", a company by zorg26; only the pronoun says a person"},
		{name: "i12", text: jBorder + "Orvia Power, the state utility, said the depot had lost power at noon.",
			must: []string{"by:lost power at noon=Orvia Power"}},
	})
}

// TestTemptedJOneDemonym checks one demonym, one state (zorg26) where a
// word of the stem really is a second place.
func TestTemptedJOneDemonym(t *testing.T) {
	runTemptedRows(t, []temptedRow{
		{name: "j1", text: "KELL, Vellia, 6 March 2045 - Vellia and its small neighbour Vella traded blame on Monday for a fire at a border depot. Vellian officials said Vella had sent saboteurs. Vella's foreign minister said the fire was an accident.",
			must: []string{"side:fire was an accident=Vella"}},
		{name: "j2", text: "KELL, Brennovia, 6 March 2045 - Brennovia and the grid operator traded blame on Monday for a blackout. Brennovian officials blamed the grid operator. Brennova Power rejected the account within hours.",
			must: []string{"by:rejected the account=Brennova Power"}},
		{name: "j3", text: "KELL, Ostria, 6 March 2045 - Ostria accused Pellan on Monday of shelling the border town of Ostra. Ostrian troops returned fire. Ostra's mayor said four people had been killed.",
			mustNot: []string{"side:four people had been killed=Ostra"}},
		{name: "j4", text: "KELL, Darvia, 6 March 2045 - Darvia and Darva, two states that split in 2031, traded blame on Monday for a fire at a border depot. Darvian guards said Darva had sent saboteurs. Darva said the fire was an accident.",
			must: []string{"side:fire was an accident=Darva"}},
		{name: "j5", text: "KELL, Lestria, 6 March 2045 - Lestria accused its neighbour Lestra on Monday of shelling the border town of Tesh. Lestrian troops returned fire. Lestra's defence ministry said Lestria had fired first.",
			must: []string{"side:Lestria had fired first=Lestra"}},
		{name: "j6", text: "KELL, Korra, 6 March 2045 - Korra accused Pellan on Monday of shelling the border town of Korria. Korran troops returned fire. Korria's mayor said four people had been killed.",
			mustNot: []string{"side:four people had been killed=Korria"}},
		{name: "j7", text: "KELL, Vellia, 6 March 2045 - Vellia accused Pellan on Monday of shelling a border depot. Vellian troops returned fire. Vella Marsh, a guard at the depot, said the shells came from the east.",
			must: []string{"by:shells came from the east=Vella Marsh"}},
		{name: "j8", text: "KELL, Tarvia, 6 March 2045 - Tarvia and the grid firm Tarva Energy traded blame on Monday for a blackout. Tarvian officials blamed the firm. Tarva Energy said the Tarvian grid was to blame.",
			must: []string{"by:grid was to blame=Tarva Energy"}},
		{name: "j9", text: "KELL, Brennovia, 6 March 2045 - Brennovia and Brennova Power traded blame on Monday for a blackout. Brennovian officials blamed the company. Brennova Power rejected the account within hours.",
			must: []string{"by:rejected the account=Brennova Power"}},
		{name: "j10", text: "KELL, Darvia, 6 March 2045 - Talks between Darvia and Darva broke down on Monday. Darvian officials said Darva had walked out. Darva said the talks had never been serious.",
			must: []string{"side:never been serious=Darva"}},
	})
}

// TestPeersNamed checks the pair of names joined by "and" that
// regularStateElsewhere takes for two states.
func TestPeersNamed(t *testing.T) {
	for _, tt := range []struct {
		text, pair string
		want       bool
	}{
		{"Darvia and Darva traded blame", "Darvia and Darva", true},
		{"between Darvia and Darva.", "Darvia and Darva", true},
		{"Darvia and Darva, two states", "Darvia and Darva", true},
		{"Ostria and Ostra Grid clashed", "Ostria and Ostra", false},
		{"Ostria and Ostrava", "Ostria and Ostra", false},
	} {
		if got := peersNamed(tt.text, tt.pair); got != tt.want {
			t.Errorf("peersNamed(%q, %q) = %v, want %v", tt.text, tt.pair, got, tt.want)
		}
	}
}
