package extract

import "testing"

// TestDeskVerbNouns checks that an event the headline reports by a verb
// an editor keeps is labelled by that verb made a noun ("storms the
// consulate" → "consulate storming"), not by a wider head contra folds
// it into (a raid).
func TestDeskVerbNouns(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a crowd storms a consulate", "Protesters storm Velland consulate in Tarsk",
			"Velland blamed Ostmark police for the attack, its foreign minister said.",
			[]string{"consulate storming"}},
		{"gunmen storm a cargo ship", "Gunmen storm Dorn Line cargo ship off Varn coast",
			"The shipping firm blamed the Ostmark navy for the raid, its chief executive said.",
			[]string{"ship storming"}},
		{"a mob stormed the count", "",
			"Velland said a mob had stormed the election office in Tarsk. The electoral board said the governor's party had organised the attack.",
			[]string{"office storming", "office storming"}},
		// guards: the weather's storm, and storming out, name no storming
		{"a storm is weather", "Ferry operators blame port for storm delays",
			"The ferry company blamed the port authority for the storm delays, its director said.",
			[]string{"storm delay"}},
		{"stormed out of a meeting", "",
			"The Velland delegate stormed out of the meeting. Ostmark accused Velland of wrecking the talks.",
			[]string{"negotiations"}},
	})
}

// TestLabelModifierNoFunctionWord checks that a label's modifier is the
// thing an act struck, never a preposition that follows it: "spraying
// a pesticide along the border" is a pesticide spraying.
func TestLabelModifierNoFunctionWord(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"along a river", "",
			"Velland accused Ostmark of dumping toxic sludge along the riverbank. Ostmark denied it.",
			[]string{"sludge dumping", "sludge dumping"}},
		{"along the seabed", "",
			"The fishermen's union accused Dorn Cable of dredging gravel along the seabed, its chairman said.",
			[]string{"gravel dredging"}},
		{"onto farmland", "",
			"The farmers accused Kessel Mining of pumping slurry onto their fields, a spokesman said.",
			[]string{"slurry pumping"}},
	})
}

// TestVagueHeadPlace checks that a place's phrase ending in a vague
// noun ("border areas") names the event by the noun before it, as the
// desk's "border shelling" does.
func TestVagueHeadPlace(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"border areas", "",
			"Velland blamed Ostmark for the shelling of border areas, the minister said.",
			[]string{"border shelling"}},
		{"runway areas", "",
			"The airline blamed the Ostmark army for the shelling of runway areas near Tarsk, its chief said.",
			[]string{"runway shelling"}},
		{"dock areas", "",
			"The port authority said Ostmark gunboats had shelled dock areas overnight.",
			[]string{"dock shelling"}},
		{"pit areas", "",
			"The miners' union accused Kessel Mining of flooding pit areas to end the strike, a spokesman said.",
			[]string{"pit flooding"}},
		// guard: an area with no noun of its own stays the area
		{"the area alone", "",
			"Velland blamed Ostmark for the shelling of the area, the minister said.",
			[]string{"area shelling"}},
	})
}

// TestHeadlineFirstNoun checks that the headline's event noun compound
// is the label even when its first word opens the headline,
// capitalised as a first word is ("Mine blast kills three"), over the
// act a side is charged with in the body.
func TestHeadlineFirstNoun(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a mine blast", "Mine blast kills three herders; each side says the other laid the mines",
			"Velland accused Ostmark of laying the mines. Ostmark said Velland had laid the mines itself.",
			[]string{"mine blast", "mine blast"}},
		{"a substation blast", "Substation blast cuts power to Tarsk; Velland accuses Ostmark agents",
			"Velland accused Ostmark agents of planting a bomb. Ostmark said Velland had staged the attack.",
			[]string{"substation blast", "substation blast"}},
		{"a plant blast", "Plant blast injures 12 workers; union and owner trade blame",
			"The union accused Carrow Chemicals of skipping safety checks. Carrow said the union had blocked repairs.",
			[]string{"plant blast", "plant blast"}},
		// already named so before: the head's own compound
		{"a tanker spill", "Tanker spill fouls beaches; shipping firm and port trade blame",
			"The port accused Dorn Line of dumping ballast water. Dorn Line said the port had ignored a broken valve.",
			[]string{"tanker spill", "tanker spill"}},
		// guard: a place the article writes as a name is no modifier
		{"a town's name", "Varden blast kills four; Velland and Ostmark trade blame",
			"The blast in Varden killed four. Velland accused Ostmark of planting explosives.",
			[]string{"explosive planting"}},
	})
}

// TestHeldCraftSeizure checks that a state holding or impounding a
// ship, boat or aircraft is labelled the craft's seizure, as the desk
// names it, and that holding anything else is no event.
func TestHeldCraftSeizure(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"aviation: holds a cargo plane", "Velland holds Ostmark cargo plane, says it found rifles; Ostmark calls it piracy",
			"Ostmark accused Velland of staging the discovery. Velland said the seizure was lawful.",
			[]string{"plane seizure", "plane seizure"}},
		{"fishing: impounded a trawler", "",
			"Velland coast guard impounded an Ostmark trawler near Kellby. Ostmark accused Velland of piracy, its minister said.",
			[]string{"trawler seizure"}},
		{"shipping: a tanker held in port", "",
			"The Ostmark tanker was held at Dorn port for a week. Ostmark accused Velland of piracy, its minister said.",
			[]string{"tanker seizure"}},
		// guards: a craft that holds, and holding talks or assets
		{"a ferry holds passengers", "",
			"The ferry holds 300 passengers. Ostmark accused Velland of piracy, its minister said.",
			[]string{"general"}},
		{"holding talks", "",
			"Velland will hold talks with Ostmark. Ostmark accused Velland of lying, its minister said.",
			[]string{"negotiations"}},
		{"a charge's gerund stays its act", "",
			"The union accused Dorn Freight of impounding its members' trucks, a spokesman said.",
			[]string{"truck impounding"}},
		{"finance: held assets", "",
			"The regulator has held the bank's assets since March. The bank accused the regulator of bias, its chairman said.",
			[]string{"general"}},
	})
}

// TestBurnedThingFire checks that a thing the headline or the text
// calls burned, as an adjective ("one burned warehouse"), is the
// thing's fire, as the desk labels it, while a verb of burning keeps
// the act ("burnt the mosque", "the rig was burned").
func TestBurnedThingFire(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"shipping: one burned ferry", "One burned ferry and two companies that blame each other",
			"Crews fought the fire for six hours, the port said. Dorn Line accused Kessel Marine of faulty repairs.",
			[]string{"ferry fire", "ferry fire"}},
		{"elections: the burned warehouse", "",
			"Officials inspected the burned warehouse on Monday. The fire destroyed 40,000 ballots. The Unity Party accused the Green League of arson.",
			[]string{"warehouse fire"}},
		{"mining: a burnt excavator", "Miners find a burnt excavator at Kessel pit as union and owner trade blame",
			"The fire began overnight, the police said. The union accused the owner of neglecting the fuel lines.",
			[]string{"excavator fire", "excavator fire"}},
		// guards: the act of burning
		{"burnt the mosque", "",
			"Velland said Ostmark soldiers burnt the mosque. The fire spread to two houses.",
			[]string{"mosque burning"}},
		{"the rig was burned", "Drill rig burned at Dorn Ridge; miners and villagers blame each other",
			"The fire spread overnight. The mining company accused the villagers of setting the rig alight.",
			[]string{"rig burning"}},
	})
}

// TestKindOfAttackNamed checks that an attack the article also names by
// its kind ("the cyberattack that froze …") is labelled by the kind,
// however often the bare head is written, and that an article writing
// only "attack" keeps it.
func TestKindOfAttackNamed(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"headline's attack, lead's cyberattack", "Velland blames Ostmark for attack that froze national grid",
			"Velland accused Ostmark of carrying out the cyberattack that knocked the national grid offline. The attack lasted a day, and a second attack was stopped, the minister said.",
			[]string{"grid cyberattack", "grid cyberattack"}},
		{"body's attack, one cyberattack", "",
			"The Dorn Water board blamed the Kessel Guard for the attack on its pumping station, its chairman said. The cyberattack shut the pumps for a day.",
			[]string{"station cyberattack"}},
		// guards: a cyberattack of another year, further down, and no
		// kind named: the bare head stays
		{"cyberattack of another year", "Velland blames Ostmark for attack on pumping station",
			"Velland blamed Ostmark for the attack on its pumping station, the minister said.\n\nThe pumps were hit by a cyberattack in 2031.",
			[]string{"station attack"}},
		{"attack only", "Velland blames Ostmark for attack on pumping station",
			"Velland blamed Ostmark for the attack on its pumping station, the minister said.",
			[]string{"station attack"}},
		// a weapon's attack in the lead is of that kind: a cyberattack
		// it recalls is another event
		{"missile attack, an earlier cyberattack", "Missile attack on Dorvian port kills three",
			"A missile attack on the Dorvian port of Kell killed three dock workers on Tuesday, officials said. The strike came two weeks after a cyberattack disabled the port's cargo system for a day.\n\n" +
				"Dorvia's defence ministry accused Ambrel of launching the missiles from a base near the border. \"This attack was planned in Ambrel,\" said spokesman Ivo Sand.\n\nAmbrel denied any role in the attack.",
			[]string{"Kell attack", "Kell attack", "Kell attack", "Kell attack"}},
	})
}

// TestEventAlongPlace checks that an event "along" a border or a
// frontier is named by that place, as one "across" it is, a number's
// measure before the place's noun aside ("their 200-mile border"), and
// that a walk along a river makes no event.
func TestEventAlongPlace(t *testing.T) {
	lead := "Velland accused Ostmark of shooting down its drone near the border on Monday, the minister said. Ostmark denied it. "
	runTopicRows(t, []topicRow{
		{"incursions along a border", "Velland says Ostmark downed its drone",
			lead + "The two neighbours have accused each other of repeated incursions along their 200-mile border since a 2030 dispute over grazing land.",
			[]string{"drone downing", "drone downing", "border incursion", "border incursion"}},
		{"incursions along a frontier", "Velland says Ostmark downed its drone",
			lead + "Velland accused Ostmark of incursions along the frontier, the minister said.",
			[]string{"drone downing", "drone downing", "frontier incursion"}},
		// guard: a walk along a river is no event
		{"walked along a river", "Velland says Ostmark downed its drone",
			lead + "Villagers said troops had walked along the river before the drone came down.",
			[]string{"drone downing", "drone downing", "drone downing"}},
	})
}

// TestCraftClassReferBack checks that "the aircraft" or "the vessel",
// the class noun a side refers back to the incident's craft by, tells
// that side's account of the incident, not an event of its own; a
// vessel in an article of a downed drone stays apart.
func TestCraftClassReferBack(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"drone, then aircraft", "Velland says it downed Ostmark drone; Ostmark says aircraft was hit over own soil",
			"Velland said its air defences shot down an Ostmark drone near Tarsk on Monday. Ostmark said the aircraft had been hit by Velland's own guns over Ostmark soil.",
			[]string{"drone downing", "drone downing"}},
		{"trawler, then vessel", "Velland coast guard seizes Ostmark trawler",
			"Velland's coast guard seized an Ostmark trawler near Tarsk on Monday. Ostmark accused Velland of ramming the vessel before the seizure, its fisheries minister said.",
			[]string{"trawler seizure"}},
		// guard: a vessel is no class of a drone
		{"drone, then vessel", "Velland says it downed Ostmark drone",
			"Velland said its air defences shot down an Ostmark drone near Tarsk on Monday. Ostmark accused Velland of ramming a vessel near Dorn last year, its fisheries minister said.",
			[]string{"drone downing", "vessel ramming"}},
		{"drone, then aircraft in the next sentence", "Velland says it downed Ostmark drone; Ostmark says aircraft was hit over own soil",
			"On Monday Velland said its air defences shot down a drone. The aircraft had been hit over Ostmark soil by Velland's own guns, Ostmark said.",
			[]string{"drone downing", "drone downing"}},
		// guard: "an aircraft" brings in another craft, not the drone
		{"drone, then another aircraft", "Velland says it shot down Ostmark drone",
			"Velland's air defences shot down an Ostmark drone over Tarsk on Monday, the defence ministry said. Ostmark denied sending the drone.\n\n" +
				"In a separate incident on Tuesday, a Velland military transport aircraft crashed in the southern hills, killing four crew. Families of the crew said the aircraft crash showed the air force's planes were too old.",
			[]string{"drone downing", "drone downing", "aircraft crash"}},
	})
}

// TestExpulsionOverCharge checks that a headline's expulsion "over" a
// charge names the dispute by the charge's noun phrase, though no event
// noun names it, and that a configured topic or an event noun after
// "over" is left to their own rules.
func TestExpulsionOverCharge(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"over a spy ring", "Velland expels three Ostmark diplomats over spy ring targeting army depot",
			"Velland accused Ostmark of running agents inside its defence ministry, the foreign minister said. Ostmark called the charge a lie and accused Velland of gathering information on its ports.",
			[]string{"spy ring", "spy ring", "spy ring"}},
		{"a number of diplomats", "Velland expels 12 Ostmark diplomats over bribery scheme",
			"Velland accused Ostmark of paying its customs officers, the foreign minister said.",
			[]string{"bribery scheme"}},
		{"recalls over a smear campaign", "Velland recalls its ambassador over smear campaign against president",
			"Velland accused Ostmark of paying bloggers to insult its president, the foreign minister said.",
			[]string{"smear campaign"}},
		// guards: a maker's recall, and a configured topic, name no
		// dispute by the phrase after "over"
		{"a maker recalls cars", "Dorn Motors recalls family cars over faulty brake pads",
			"The Velland transport ministry accused Dorn Motors of hiding brake failures, a spokesman said.",
			[]string{"failure hiding"}},
		{"over election meddling", "Velland expels Ostmark diplomats over alleged election meddling",
			"Velland accused Ostmark of funding fake news sites before the vote, the foreign minister said.",
			[]string{"election interference"}},
	})
}

// TestHeadlineVictimName checks that a headline naming an act against a
// person by the person's surname ('staged Tarvel "poisoning"') labels
// the dispute so, over the side's own account the body names ("food
// poisoning"), and that a name the body never writes after a first
// name labels nothing.
func TestHeadlineVictimName(t *testing.T) {
	body := "Opposition activist Mila Tarvel was taken to hospital on Tuesday. The party alleged that she had been poisoned by security officers. The minister said tests showed signs consistent with food poisoning."
	runTopicRows(t, []topicRow{
		{"surname in quotes", `Ministry: opposition may have staged Tarvel "poisoning" to win votes`, body,
			[]string{"tarvel poisoning", "tarvel poisoning"}},
		{"surname bare", `Ministry says opposition staged Tarvel poisoning to win votes`, body,
			[]string{"tarvel poisoning", "tarvel poisoning"}},
		// guard: a place's name, which the body writes after no first
		// name, is left to the other rules, and names the incident by
		// where it was (placedName)
		{"a place's name", `Ministry says opposition staged Kessel poisoning to win votes`,
			"Villagers near the Kessel river fell ill on Tuesday. The party alleged that they had been poisoned by security officers. The minister said tests showed signs consistent with food poisoning.",
			[]string{"Kessel food poisoning", "Kessel food poisoning"}},
	})
}
