package extract

import "testing"

// TestMeetingPlaceTopics checks that a collision of two things, named
// in a headline or a body, is labelled by where they met, as an editor
// labels it ("runway collision"), and that one thing colliding, or a
// collision with no place, keeps the subject's noun.
func TestMeetingPlaceTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"aviation: a headline's two subjects on a runway", "Tellar Air jet and catering van collide on Borsk runway",
			"Tellar Air blamed the Borsk airport company for the collision, its chief executive said.",
			[]string{"runway collision"}},
		{"aviation: collided with, on the runway", "",
			"A Tellar Air jet collided with a catering van on the main runway at Borsk airport on Monday. Tellar Air blamed the airport company for the collision.",
			[]string{"runway collision"}},
		{"rail: two subjects on a bridge", "",
			"A lorry and a freight train collided on the Dask rail bridge on Monday. Norrin Rail blamed the haulier for the collision.",
			[]string{"bridge collision"}},
		{"shipping: two vessels in a channel", "Velland tanker and Ostmark trawler collide in Marrow channel",
			"Ostmark accused the Velland crew of ignoring the radio warnings, the minister said.",
			[]string{"channel collision"}},
		{"mining: a truck and a bus at the mine", "",
			"A dump truck and a staff bus collided at the Orvik copper mine on Friday. The miners' union blamed Orvik Metals for the collision.",
			[]string{"mine collision"}},
		// guards: one subject, plural; a collision with no place; a
		// time, not a place
		{"one plural subject near a reef", "",
			"Two ships collided near the reef on Tuesday. Each crew blamed the other for the collision.",
			[]string{"ship collision"}},
		{"with, and no place", "",
			"A supply boat collided with a patrol vessel, the navy said. Velland blamed Ostmark for the collision.",
			[]string{"boat collision", "boat collision"}},
		{"two subjects on a day", "",
			"A ferry and a barge collided on Tuesday. Norvik Lines blamed Castor Shipping for the collision.",
			[]string{"barge collision"}},
	})
}

// TestForcedLandingTopics checks that an aircraft forced to land, or
// forced down, is the editor's "forced landing", over an arrest the
// headline reports beside it, and that other forcing lands nothing.
func TestForcedLandingTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a headline's forced to land beside an arrest", "Ostmark airliner forced to land in Velland and journalist arrested",
			"Velland's fighter jets forced the airliner down on Sunday. Ostmark accused Velland of piracy, its foreign minister said.",
			[]string{"forced landing"}},
		{"forced the plane down, in the body", "",
			"Velland's air force forced a Dorn Cargo plane down near the border on Sunday. Ostmark blamed Velland for the incident.",
			[]string{"forced landing"}},
		{"the jet was forced down", "",
			"An Ostmark passenger jet was forced down at Kellby airport on Sunday. Ostmark blamed Velland for the incident.",
			[]string{"forced landing"}},
		{"the forced landing", "",
			"Ostmark blamed Velland for the forced landing of its airliner at Kellby, the minister said.",
			[]string{"forced landing"}},
		// guards: prices forced down; a minister forced to resign
		{"prices forced down", "",
			"Cheap imports forced down copper prices last year. The Velland Miners Union blamed Orvik Metals for the layoffs.",
			[]string{"layoff"}},
		{"forced to resign", "",
			"The Velland health minister was forced to resign over the cholera outbreak. The opposition blamed the ministry for the outbreak.",
			[]string{"outbreak"}},
	})
}

// TestEventSubjectTopics checks that an event its verb reports by its
// subject ("derails", "capsizes", "sinks") is named by that subject
// when the subject's noun is a verb's form too ("train") or a
// headline's capitalised first word ("Ferry capsizes"), and not by a
// name that does something to an object.
func TestEventSubjectTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"rail: a headline's train derails", "Freight train derails near Kolby as rail firm and union trade blame",
			"Norrin Rail blamed the track firm for the disaster, its chief said.",
			[]string{"train derailment"}},
		{"rail: a body's train derailed", "",
			"A freight train derailed near Kolby on Sunday. Norrin Rail blamed the track firm for the derailment.",
			[]string{"train derailment"}},
		{"shipping: a headline's ferry capsizes", "Ferry capsizes on Lake Dorn, 12 dead; Velland and Ostmark blame each other",
			"Velland blamed Ostmark for the disaster, the minister said.",
			[]string{"ferry capsizing"}},
		{"fishing: a headline's trawler sinks", "Trawler sinks near Venn Point as owners and coast guard trade blame",
			"The owners blamed the coast guard for the disaster, their lawyer said.",
			[]string{"trawler sinking"}},
		{"mining: wagons derailed", "",
			"Two coal wagons derailed at the Orvik mine on Friday. The union blamed Orvik Metals for the derailment.",
			[]string{"wagon derailment"}},
		// guards: a name that derails talks; a person as subject
		{"a name derails talks", "Norvik derails Velland trade talks",
			"Velland blamed Norvik for the collapse of the talks, the minister said.",
			[]string{"talk collapse"}},
	})
}

// TestVenueLabelTopics checks that a headline label naming its event
// by the occasion ("Derby crush: …") is named by the venue the article
// holds it in, as an editor labels it, and that a label with no
// occasion, or an article with no venue, keeps the label.
func TestVenueLabelTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"sport: a derby crush at the arena", "Derby crush: Kellby Rovers and city police blame each other",
			"Six fans were hurt outside the arena on Saturday. Kellby Rovers blamed the police for the crush.",
			[]string{"arena crush"}},
		{"music: a concert stampede in the hall", "Concert stampede: promoter and council trade blame",
			"Twenty people were hurt as crowds pushed into the hall on Friday. Dorn Live blamed the council for the stampede.",
			[]string{"hall stampede"}},
		{"racing: a festival crush at the racecourse", "Festival crush: Orvik Racing and county trade blame",
			"Four racegoers were hurt near the racecourse gates. Orvik Racing blamed the county for the crush.",
			[]string{"racecourse crush"}},
		// guards: no venue named; no occasion in the label
		{"no venue", "Derby crush: Kellby Rovers and city police blame each other",
			"Six fans were hurt on Saturday. Kellby Rovers blamed the police for the crush.",
			[]string{"derby crush"}},
		{"no occasion", "Harwick oxygen shortage: board and supplier blame each other",
			"Four patients died at the hospital near the square. The board blamed the supplier for the shortage.",
			[]string{"harwick oxygen shortage"}},
	})
}

// TestNamelessLabelTopics checks that a headline label's first word is
// left out of the event's name when the article writes it as a name
// ("at the Harwick hospital"), and kept when it is capitalised only at
// a sentence's start, or when the label has two words.
func TestNamelessLabelTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"health: a town's oxygen shortage", "Harwick oxygen shortage: board and supplier blame each other",
			"Four patients died at the Harwick General Hospital on Monday. The board blamed the supplier for the shortage.",
			[]string{"oxygen shortage"}},
		{"mining: a company's tailings spill", "Orvik tailings spill: miner and province trade blame",
			"Waste from the Orvik Metals tailings dam reached the river on Sunday. The province blamed Orvik Metals for the spill.",
			[]string{"tailings spill"}},
		// guards: a name only at a sentence's start; a label of two words;
		// a name that is the label's subject
		{"a minister on a policy", "Dorvik on Climate Policy: The Choices Ahead",
			"The levy will rise next year, the finance minister Anna Dorvik said. Farmers said the levy would ruin them.",
			[]string{"dorvik on climate policy", "dorvik on climate policy"}},
		{"a sentence's start", "Velmor warehouse fire: farmers and co-op trade blame",
			"Velmor lost its biggest warehouse on Sunday. The farmers blamed the co-op for the fire.",
			[]string{"velmor warehouse fire"}},
		{"two words", "Harwick blackout: utility and regulator trade blame",
			"Homes across the Harwick valley lost power on Monday. The regulator blamed the utility for the blackout.",
			[]string{"harwick blackout"}},
	})
}

// TestPluralSubjectVerbTopics checks that an event noun that is a
// transitive verb's bare form, after a plural noun and before an
// object, is read as the verb and its event named by its object, and
// that with no object it stays the compound.
func TestPluralSubjectVerbTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"border: rebels attack a convoy", "Velland rebels attack aid convoy near Mirsk",
			"Velland blamed Ostmark for the disaster, the minister said.",
			[]string{"convoy attack"}},
		{"cyber: hackers hack an office", "Ostmark hackers hack Velland tax office",
			"Velland blamed Ostmark for the disaster, the minister said.",
			[]string{"office hack"}},
		{"election: activists raid a polling station", "Party activists raid Kellby polling station as count begins",
			"The Civic Front blamed the Renewal Party for the disaster, its leader said.",
			[]string{"station raid"}},
		{"shipping: gunboats ambush a barge", "Velland gunboats ambush Ostmark fuel barge",
			"Ostmark blamed Velland for the disaster, the minister said.",
			[]string{"barge ambush"}},
		// guard: no object after the word
		{"no object", "",
			"Ostmark said the rebels attack at dawn. Velland blamed Ostmark for the disaster.",
			[]string{"rebel attack", "rebel attack"}},
	})
}

// TestHeadlineOutbreakTopics checks that a headline naming a disease
// in a place and no event ("Cholera in Mirsk camp") is labelled the
// disease's outbreak, as an editor labels it, and that a headline with
// an event noun, or a disease in no place, keeps its own name.
func TestHeadlineOutbreakTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"health: cholera in a camp, a label", "Cholera in Mirsk camp: Velland and aid group trade blame",
			"Velland blamed the aid group for the crisis, the minister said.",
			[]string{"cholera outbreak"}},
		{"schools: measles at a school", "Measles at Dorn school as parents and board trade blame",
			"The parents blamed the board for the crisis, their lawyer said.",
			[]string{"measles outbreak"}},
		{"shipping: norovirus on a cruise ship", "Analysis: Norovirus on Ostmark cruise liner - operator and port each blame the other",
			"Castor Cruises blamed the port authority for the crisis, its chief said.",
			[]string{"norovirus outbreak"}},
		{"mining: typhoid among miners", "Typhoid among Orvik miners; union and company trade blame",
			"The union blamed Orvik Metals for the crisis, its leader said.",
			[]string{"typhoid outbreak"}},
		// guards: an event noun names the event; a disease in no place
		{"an event noun", "Cholera in Mirsk camp after water plant blast",
			"Velland blamed Ostmark for the blast, the minister said.",
			[]string{"plant blast"}},
		{"no place", "Cholera vaccine shortage: ministry and supplier trade blame",
			"The ministry blamed the supplier for the shortage, its spokesman said.",
			[]string{"cholera vaccine shortage"}},
	})
}

// TestHeadlineTestTopics checks that a headline's test, with no event
// noun, is named by what the article says it tests for beside a test
// of its own ("the anti-doping agency, which tests …"), as an editor
// names it, and that an article which never says keeps the test alone.
func TestHeadlineTestTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"sport: a positive test, the anti-doping body tests", "Analysis: A positive test and a feud between Kellby Rovers and the league",
			"The anti-doping agency, which tests for the league, said little. Kellby Rovers blamed the league for the affair, its chairman said.",
			[]string{"doping test"}},
		{"transport: a failed test of a pilot", "Opinion: A failed test, a grounded pilot and a row between Tellar Air and its union",
			"The alcohol readings of the breath testers were disputed. The union blamed Tellar Air for the affair, its leader said.",
			[]string{"alcohol test"}},
		{"motoring: a test a carmaker disputes", "Analysis: The test that Dorn Motors says was rigged",
			"Regulators ran the emissions tests at a lab in Kellby. Dorn Motors blamed the regulator for the affair, its chief said.",
			[]string{"emissions test"}},
		// guards: the body says nothing of what was tested; the word
		// far from any test
		{"no kind", "Analysis: A positive test and a feud between Kellby Rovers and the league",
			"Kellby Rovers blamed the league for the affair, its chairman said.",
			[]string{"affair"}},
		{"a kind far from the test", "Analysis: A positive test and a feud between Kellby Rovers and the league",
			"The club has long campaigned against doping in the sport and says its record is spotless. Kellby Rovers blamed the league for the affair, its chairman said.",
			[]string{"affair", "affair"}},
	})
}

// TestHeadlineThingTopics checks that an event a body names by the
// people it harmed ("the shooting of the fishermen") takes the
// headline's name of the same kind of event by a thing or a place
// ("fired on trawler": trawler shooting), and that with no such
// headline the body's name stays.
func TestHeadlineThingTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"fishing: the fishermen of a trawler", "Velland coast guard fired on Ostmark trawler",
			"Ostmark blamed Velland for the shooting of the fishermen, the minister said.",
			[]string{"trawler shooting"}},
		{"mining: the miners of a mine shaft", "Blast at Orvik mine shaft as union and company trade blame",
			"The union blamed Orvik Metals for the blast that killed the miners, its leader said. Orvik Metals blamed the contractor for the explosion of the workers' gas cylinders.",
			[]string{"shaft blast", "shaft blast"}},
		{"roads: the drivers of a fuel convoy", "Militia fired on Dorn Oil fuel convoy near Kellby",
			"Dorn Oil blamed the militia for the shooting of the drivers, its chief said.",
			[]string{"convoy shooting"}},
		// guard: no event in the headline
		{"no headline event", "Velland and Ostmark trade blame",
			"Ostmark blamed Velland for the shooting of the fishermen, the minister said.",
			[]string{"fishermen shooting"}},
	})
}

// TestHeadlinePastHarmTopics checks that a headline's past-tense harm
// verb names its event by its object when a place follows with "off"
// ("seized tanker off Kellby": tanker seizure), as with "near" or
// "in", and that a plural noun before "on" stays the noun ("Forest
// fires on Kellby ridge").
func TestHeadlinePastHarmTopics(t *testing.T) {
	const body = "Ostmark blamed Velland for the incident, the minister said."
	runTopicRows(t, []topicRow{
		{"shipping: a tanker seized off a port", "Velland navy seized Ostmark tanker off Kellby", body, []string{"tanker seizure"}},
		{"fishing: a boat rammed off the coast", "Velland patrol ship rammed fishing boat off the coast", body, []string{"boat ramming"}},
		{"aviation: a plane shot down off an island", "Velland missile shot down Ostmark cargo plane off Dask island", body, []string{"plane downing"}},
		{"border: a ferry shelled off a town", "Velland gunners shelled Ostmark ferry off Mirsk", body, []string{"ferry shelling"}},
		// guards: a noun's plural before "on"; "off" the phrase's first word
		{"forest fires on a ridge", "Forest fires on Kellby ridge as farmers and council trade blame",
			"The farmers blamed the council for the incident, their union said.", []string{"ridge fire"}},
		{"fired on, no off", "Velland coast guard fired on Ostmark trawler near Kellby", body, []string{"trawler shooting"}},
	})
}

// TestCyberHeadTopics checks that a strike or an attack whose subject
// is a cyber actor is named a hack ("hackers hit bank": bank hack), in
// a headline or a body, and that other subjects keep the strike.
func TestCyberHeadTopics(t *testing.T) {
	const body = "Ostmark blamed Velland for the incident, the minister said."
	runTopicRows(t, []topicRow{
		{"finance: hackers hit a bank", "Hackers hit Dorn savings bank", body, []string{"bank hack"}},
		{"energy: hackers attack a grid operator", "Ostmark hackers attack Velland grid operator", body, []string{"operator hack"}},
		{"health: a ransomware gang struck a hospital", "Ransomware gang struck Kellby hospital", body, []string{"hospital hack"}},
		{"finance: in the body", "",
			"Hackers hit the Dorn savings bank on Monday. Ostmark blamed Velland for the incident.",
			[]string{"bank hack"}},
		// guards: drones and a street gang strike
		{"drones hit a depot", "Drones hit Velland oil depot", body, []string{"depot strike"}},
		{"a gang attacked a shop", "Street gang attacked Kellby pharmacy", body, []string{"pharmacy attack"}},
	})
}

// TestHeadlineInspectionTopics checks that a headline's inspection is
// named, as a test is, by what the article says it inspects for.
func TestHeadlineInspectionTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"food: a failed inspection of a kitchen", "Analysis: A failed inspection and a feud between Dorn Foods and the council",
			"The hygiene inspectors visited the Dorn Foods kitchen twice. Dorn Foods blamed the council for the affair, its chief said.",
			[]string{"hygiene inspection"}},
		{"arms control: inspections a state refuses", "Opinion: The inspections Velland will not allow",
			"Ostmark wants weapons inspectors at the Mirsk site. Ostmark blamed Velland for the affair, the minister said.",
			[]string{"weapons inspection", "weapons inspection"}},
		// guard: the body says nothing of what is inspected
		{"no kind", "Analysis: A failed inspection and a feud between Dorn Foods and the council",
			"Dorn Foods blamed the council for the affair, its chief said.",
			[]string{"affair"}},
	})
}

// TestShotDeadTopics checks that a shooting that killed ("shot dead")
// is named a killing by whom it killed, in a headline or a body, as the
// subject of a dropped passive, of a full one, or as the object, and
// never by "dead".
func TestShotDeadTopics(t *testing.T) {
	const body = "Ostmark blamed Velland for the incident, the minister said."
	runTopicRows(t, []topicRow{
		{"border: a headline's journalist shot dead at a checkpoint", "Army and rebels blame each other after journalist shot dead at checkpoint",
			"The Velland army blamed the Kellby Front for the incident, its spokesman said.",
			[]string{"journalist killing"}},
		{"elections: an activist was shot dead", "",
			"An opposition activist was shot dead outside a polling station in Mirsk on Sunday. " + body,
			[]string{"activist killing"}},
		{"mining: guards shot dead by gunmen", "",
			"Gunmen shot dead two guards at the Orvik copper mine on Friday. The miners' union blamed Orvik Metals for the incident.",
			[]string{"guard killing"}},
		{"media: a reporter for a station was shot dead", "",
			"A reporter for a Dorn radio station was shot dead near the border on Monday. " + body,
			[]string{"reporter killing"}},
		{"shipping: a headline's skipper shot dead off the coast", "Skipper shot dead off Kellby; Ostmark blames Velland navy", body,
			[]string{"skipper killing"}},
	})
}

// TestPassiveFiredOnTopics checks that a passive "fired on" names its
// shooting by the thing fired on: a headline's with its auxiliary
// dropped ("Trawler fired on by coast guard"), and a body's whose
// subject opens with a name ("A Dorn fishing boat was fired on").
func TestPassiveFiredOnTopics(t *testing.T) {
	const body = "Ostmark blamed Velland for the incident, the minister said."
	runTopicRows(t, []topicRow{
		{"fishing: a headline's trawler fired on by a coast guard", "Kellby trawler fired on by Velland coast guard; skipper wounded", body,
			[]string{"trawler shooting"}},
		{"aviation: a headline's airliner fired on over a border", "Ostmark airliner fired on over Velland border", body,
			[]string{"airliner shooting"}},
		{"roads: a body's convoy with a name first", "",
			"A Dorn Oil fuel convoy was fired on by militia near Kellby on Monday. " + body,
			[]string{"convoy shooting"}},
		{"border: a body's patrol with a name first", "",
			"An Ostmark border patrol was fired on near the Mirsk crossing on Friday. " + body,
			[]string{"patrol shooting"}},
	})
}

// TestCutoffTopics checks that a supply cut off is named by the noun
// English makes of "cut off", in a headline, a body, or when a
// headline's "cuts" is referred back to as "the cut-off", and that a
// cut the article never calls so stays a cut.
func TestCutoffTopics(t *testing.T) {
	const body = "Ostmark blamed Velland for the incident, the minister said."
	runTopicRows(t, []topicRow{
		{"energy: a headline's cut off gas", "Velgas cuts off gas to Ostmark as winter bites", body,
			[]string{"gas cutoff"}},
		{"water: a body's cut off the water", "",
			"The Dorn water board cut off the water to the Kellby refugee camp on Monday. " + body,
			[]string{"water cutoff"}},
		{"power: a headline's cuts, the body's cut-off", "Velland grid cuts power to Mirsk; Ostmark cries foul",
			"Ostmark called the cut-off an act of war. " + body,
			[]string{"power cut-off", "power cut-off"}},
		// guard: a cut no one calls a cut-off
		{"finance: a budget cut", "",
			"The Dorn council cut the hospital budget again on Monday. " + body,
			[]string{"budget cut"}},
	})
}

// TestHeadlineTallyTopics checks that a headline counting harms and the
// one thing they share ("Three deaths, one drug trial …") is labelled
// by the thing and the harms, after a page label too, and that other
// headlines opening with a number are not.
func TestHeadlineTallyTopics(t *testing.T) {
	const body = "Dorn Health blamed the Kellby clinic for the affair, its chief said."
	runTopicRows(t, []topicRow{
		{"health: deaths and a drug trial", "Analysis: Three deaths, one drug trial and a clinic and its sponsor at odds", body,
			[]string{"trial deaths"}},
		{"roads: crashes and a junction", "Two crashes, one junction: council and haulier trade blame", body,
			[]string{"junction crashes"}},
		{"housing: fires and a landlord", "Four fires, one landlord and a row over who pays", body,
			[]string{"landlord fires"}},
		{"mining: collapses and a pit", "Explainer: Five collapses, one copper pit and the firm that runs it", body,
			[]string{"pit collapses"}},
		// guards: a number of people; no "one"
		{"people, not harms", "Three workers, one mine and a union at odds", body,
			[]string{"affair"}},
		{"farming: people no list knows, not harms", "Analysis: Three herders, one minefield and an old border that Velland and Ostmark still dispute", body,
			[]string{"affair"}},
		{"fishing: things, not harms", "Two trawlers, one reef and a quarrel over the catch", body,
			[]string{"affair"}},
		{"no one", "Three deaths in a drug trial as clinic and sponsor trade blame", body,
			[]string{"affair"}},
	})
}

// TestPossessedActTopics checks that a charge's act on what a plural
// possessive owns ("jamming airliners' navigation") is named by the
// thing owned, not by its owner, as a singular's is.
func TestPossessedActTopics(t *testing.T) {
	const body = "The minister gave no details."
	runTopicRows(t, []topicRow{
		{"aviation: airliners' navigation", "", "Velland accused Ostmark of jamming airliners' navigation over the Dask sea, the minister said. " + body,
			[]string{"navigation jamming"}},
		{"shipping: the skippers' radios", "", "The Kellby fishing council accused Dorn Shipping of blocking skippers' radios in the strait, its leader said. " + body,
			[]string{"radio blocking"}},
		{"elections: the voters' records", "", "The Free Party accused the Unity Bloc of altering voters' registration records, its chairman said. " + body,
			[]string{"record altering"}},
		// guard: no possessive
		{"no possessive", "", "Velland accused Ostmark of jamming satellite signals over the Dask sea, the minister said. " + body,
			[]string{"signal jamming"}},
	})
}

// TestSideNounTopics checks that what a side blames on its own, the
// weather, a time or a generic verb noun ("the rain", "the delay"),
// labels no dispute, and that with a noun before it it may.
func TestSideNounTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"floods: the rain", "",
			"Velland accused Ostmark of jamming the river gauges, the minister said. Ostmark would not accept responsibility for the rain.",
			[]string{"gauge jamming"}},
		{"aviation: the delay", "",
			"The pilots' union accused Tellar Air of falsifying maintenance logs, its leader said. Tellar Air blamed the union for the delay.",
			[]string{"log falsification", "log falsification"}},
		{"energy: the heat", "",
			"The Kellby council accused Dorn Power of rigging the meters, its leader said. Dorn Power blamed the council for the heat.",
			[]string{"meter rigging", "meter rigging"}},
	})
}

// TestHeadlineSubjectTopics checks that the event a headline opens with
// as its verb's subject labels the story over a side's word for an
// aspect of it ("the delay"), and that remnants that fell are named
// with their source, not as a strike on what they hit.
func TestHeadlineSubjectTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"forests: a wildfire that crossed a ridge", "Wildfire that crossed the Kellby ridge sets Velland and Ostmark at odds",
			"Velland blamed Ostmark for the delay in sending water bombers, the minister said.",
			[]string{"wildfire"}},
		{"finance: an outage enters a third day", "Live: Dorn Savings outage enters third day as Velland blames Ostmark",
			"Velland blamed Ostmark for the delay at Dorn Savings, the minister said.",
			[]string{"savings outage"}},
		{"space: rocket debris hits a school", "Rocket debris hits Kellby school; Velland and Ostmark trade blame",
			"Velland blamed Ostmark for the incident, the minister said.",
			[]string{"rocket debris"}},
		{"aviation: satellite wreckage lands on a farm", "Satellite wreckage lands on Mirsk farm as Ostmark blames Velland",
			"Ostmark blamed Velland for the incident, the minister said.",
			[]string{"satellite wreckage"}},
		// guards: a bare event and a verb; a name, not an event
		{"blast kills", "Blast kills 31 at Dorn prison",
			"Velland blamed Ostmark for the blast at the prison, the minister said.",
			[]string{"prison blast"}},
		{"a company's name", "Dorn Savings enters third day of talks as Velland blames Ostmark",
			"Velland blamed Ostmark for the delay, the minister said.",
			[]string{"negotiations"}},
	})
}

// TestShutdownTopics checks that "shut down" is named by the noun
// English makes of it, with what was shut, in a body, a passive and a
// headline, and that "shut" with no "down" names no event.
func TestShutdownTopics(t *testing.T) {
	const body = "Ostmark blamed Velland for the incident, the minister said."
	runTopicRows(t, []topicRow{
		{"energy: shut down a pipeline", "", "Velland shut down the Kellby pipeline on Monday. " + body, []string{"pipeline shutdown"}},
		{"energy: the plant was shut down", "", "The Dorn power plant was shut down on Monday. " + body, []string{"plant shutdown"}},
		{"mining: a headline's shuts down mine", "Orvik Metals shuts down copper mine as union cries foul", body, []string{"mine shutdown"}},
		{"guard: shut the door on talks", "", "Velland shut the door on talks on Monday. " + body, []string{"negotiations"}},
	})
}

// TestShellingTopics checks that "shelled" names its event as a desk
// does, a shelling of what was shelled, not a strike.
func TestShellingTopics(t *testing.T) {
	const body = "Ostmark blamed Velland for the incident, the minister said."
	runTopicRows(t, []topicRow{
		{"border: a headline's shelled depot", "Velland shells Kellby fuel depot; Ostmark vows response", body,
			[]string{"depot shelling"}},
		{"health: a headline's shelled hospital", "Velland shells Mirsk hospital; Ostmark vows response", body,
			[]string{"hospital shelling"}},
		{"shipping: a shelled port in a question", "Who shelled Dorn port? Two navies and no witnesses", body,
			[]string{"port shelling"}},
	})
}

// TestHeadlineEventOverSetting checks that the event a headline reports
// labels the article's charges over a configured topic the article
// sets it in, on a tie, and that a charge of breaking what the sentence
// before names ("A truce was signed … accused each other of breaking
// it") keeps that configured topic.
func TestHeadlineEventOverSetting(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"border: a shelled market and a truce in name only", "Who shelled Kellby market? Two militias, one crater and a truce in name only",
			"The Dorn Front and the Velland Guard have each accused the other of carrying out the attack.",
			[]string{"market shelling", "market shelling"}},
		{"border: the truce broken, named the sentence before", "Who shelled Kellby market? Two militias, one crater and a truce in name only",
			"The Dorn Front and the Velland Guard have each accused the other of carrying out the attack. " +
				"A truce signed in Mirsk last spring was meant to keep heavy guns away from the town. " +
				"Both groups have accused each other of breaking it almost weekly ever since.",
			[]string{"market shelling", "market shelling", "ceasefire violations", "ceasefire violations"}},
		{"shipping: a grain deal violated, after a ramming", "Velland tanker rams Ostmark ferry in Kellby strait",
			"Ostmark accused Velland of ramming the ferry on purpose. A grain deal signed in May guarantees ships safe passage through the strait. Ostmark also accused Velland of violating it.",
			[]string{"ferry ramming", "grain exports"}},
		{"trade: an embargo breached, after a blast", "Blast at Orvik steel plant kills four; Dorn blames Velland",
			"Dorn accused Velland of causing the blast. An embargo on Velland steel came into force in June. Dorn also accused Velland of breaching it.",
			[]string{"plant blast", "sanctions"}},
		// guard: what "it" refers to is no configured topic
		{"mining: a contract broken, after a collapse", "Orvik mine tunnel collapses; union blames Dorn Metals",
			"The union accused Dorn Metals of causing the collapse. A contract signed in May requires two inspections a week. The union also accused Dorn Metals of breaking it.",
			[]string{"tunnel collapse", "tunnel collapse"}},
	})
}

// TestHeadlineHarmTopics checks that a headline's harm noun with the
// nouns before it that name what was harmed ("border guard detention",
// "migrant deaths") labels the charges of an article whose body says
// only "the incident", as a desk labels its story; a name, a number or
// an adjective before the harm is no part of the label and makes none.
func TestHeadlineHarmTopics(t *testing.T) {
	const body = "Velland blamed Ostmark for the incident, the minister said."
	runTopicRows(t, []topicRow{
		{"border: guards detained", "Border guard detention deepens rift between Velland and Ostmark", body,
			[]string{"border guard detention"}},
		{"shipping: migrants dead at sea", "Migrant deaths off Kellby coast: Velland and Ostmark trade blame", "Forty migrants drowned. " + body,
			[]string{"migrant deaths"}},
		{"mining: a river contaminated", "River contamination pits Orvik Metals against Dorn farmers", body,
			[]string{"river contamination"}},
		{"health: a ward's detentions", "Velland and Ostmark at odds over ward detentions at Mirsk clinic", body,
			[]string{"ward detentions"}},
		{"aviation: a crew held", "Crew detention at Mirsk airport strains ties as Velland blames Ostmark", body,
			[]string{"crew detention"}},
		{"health: a drug run short", "Insulin shortage deepens as Dorn Pharma and Velland regulator trade blame", body,
			[]string{"insulin shortage"}},
		{"farming: fields under water", "Velland and Ostmark at odds over farmland flooding near Kellby", body,
			[]string{"farmland flooding"}},
		{"housing: tenants driven out", "Tenant evictions in Mirsk: council and Orvik Homes blame each other", "Forty tenants were told to leave. " + body,
			[]string{"Mirsk tenant evictions"}}, // named by its place (placedName)
		// guards: a number and an adjective are no part of the label
		{"elections: a count of deaths", "Velland and Ostmark trade blame over 14 deaths in Dorn", body,
			[]string{"death"}},
		{"aviation: an unlawful detention", "Velland condemns unlawful detention as Ostmark blames Velland", body,
			[]string{"general"}},
	})
}

// TestHeadlineEventOverBodyTopic checks that the one event the headline
// reports labels the charges that refer back to it, over a configured
// topic only the body names, however often; a configured topic the
// headline names keeps the story.
func TestHeadlineEventOverBodyTopic(t *testing.T) {
	const sanctions = " Sanctions on Velland gas were tightened in May. The sanctions cut its exports by half. New sanctions followed in June, and the sanctions were extended in July."
	const truce = " A ceasefire was signed in March. The ceasefire was extended in May, and the ceasefire line was redrawn. Monitors of the ceasefire arrived in June."
	runTopicRows(t, []topicRow{
		{"energy: a pipeline blast amid sanctions", "Kellby pipeline blast: Dorn and Velland trade blame",
			"Dorn accused Velland of causing the incident." + sanctions,
			[]string{"pipeline blast"}},
		{"aviation: a runway collision amid a truce", "Jet and fuel truck collide on Mirsk runway as Velland blames Ostmark",
			"Velland blamed Ostmark for the incident." + truce,
			[]string{"runway collision"}},
		{"mining: a tunnel collapse amid sanctions", "Orvik mine tunnel collapses; union blames Dorn Metals",
			"The union blamed Dorn Metals for the incident." + sanctions,
			[]string{"tunnel collapse"}},
		{"shipping: a ferry ramming amid a truce", "Velland tanker rams Ostmark ferry in Kellby strait",
			"Ostmark blamed Velland for the incident." + truce,
			[]string{"ferry ramming"}},
		// guard: the headline names the configured topic
		{"trade: sanctions in the headline", "Dorn and Velland trade blame over sanctions after pipeline blast",
			"Dorn accused Velland of causing the incident." + sanctions,
			[]string{"sanctions"}},
	})
}

// TestQuarrelLabelTopics checks that a headline label naming a row by
// what it is over ("Harbour tender row: …") files the story under that
// subject, the dispute itself, without the quarrel's noun and over an
// act the body alleges (a claim that names its own act keeps it); a
// label of a setting keeps yielding to that act.
func TestQuarrelLabelTopics(t *testing.T) {
	const body = "Tarnby Cranes accused the Kessel Harbour Board of leaking its complaint to the press. " +
		"The board blamed Tarnby Cranes, its chair Karin Dahl said."
	runTopicRows(t, []topicRow{
		{"ports: a tender row", "Harbour tender row: losing bidder says contract was written for the winner", body,
			[]string{"complaint leak", "harbour tender"}},
		{"farming: a licence feud", "Water licence feud: growers say board favoured the dairy", body,
			[]string{"complaint leak", "water licence"}},
		// guard: one word before the quarrel's noun names a field
		{"labour: a pay row", "Pay row: nurses accuse health board of broken promises",
			"The Tarby nurses' union accused the health board of breaking its promise on pay. The board denied it.",
			[]string{"pay row", "pay row"}},
		// guard: a label of a setting, no quarrel
		{"a setting", "Harbour crane tender: losing bidder says contract was written for the winner", body,
			[]string{"complaint leak", "complaint leak"}},
	})
}

// TestAcronymActTopics checks that a charge's act on a thing news names
// by its acronym ("jamming GPS", "faking DNA tests") is named by it, in a
// headline and in a body, and that an acronym that is a party's, spelled
// out by the article or modifying a noun after it, is not the act's
// object.
func TestAcronymActTopics(t *testing.T) {
	const body = "The minister gave no details."
	runTopicRows(t, []topicRow{
		{"aviation: a headline's jamming GPS", "Velland accuses Ostmark of jamming GPS over Kellby as flights divert",
			"Velland accused Ostmark of jamming satellite navigation signals near the border, the minister said. " + body,
			[]string{"gps jamming"}},
		{"security: a body's hacking CCTV", "", "The Kellby council accused Dorn Watch of hacking CCTV in the market, its leader said. " + body,
			[]string{"cctv hack"}},
		// guards: an acronym the article spells out is a party; one
		// before a noun modifies it
		{"a spelled-out party", "", "The Mirsk Defence Front (MDF) said on Monday it would fight on. Velland accused Ostmark of arming MDF in the hills, the minister said. " + body,
			[]string{"arming", "arming"}},
		{"an acronym modifier", "", "Velland accused Ostmark of jamming GPS signals over the Dask sea, the minister said. " + body,
			[]string{"signal jamming"}},
		// guards: a Roman numeral is a name's part, no thing
		{"a reactor's numeral", "", "Velland accused Ostmark of shelling Reactor IV at the Kellby plant, the minister said. " + body,
			[]string{"missile strikes"}},
		{"a unit's numeral", "", "Velland accused Ostmark of shelling Unit II near Kellby, the minister said. " + body,
			[]string{"missile strikes"}},
		// guards: after a verb of deceiving or dealing an acronym is a
		// body, in a headline too, no thing struck
		{"a body misled, in a headline", "Velland accuses Ostmark of misleading KRTA over Kellby plant",
			"Velland accused Ostmark of hiding fuel at the Kellby plant, the minister said. " + body,
			[]string{"fuel hiding"}},
		{"a body bribed", "", "Velland accused Ostmark of bribing KFV to win the tournament, the minister said. " + body,
			[]string{"bribery"}},
		{"a signal spoofed", "", "Velland accused Ostmark of spoofing AIS over the Kellby coast, the minister said. " + body,
			[]string{"ais spoofing"}},
	})
}

// TestLineKindTopics checks that an act on a line is named by the kind
// of line, written before it ("a power line") or, when only an
// adjective is ("the main line"), a railway's in an article of
// railways; and that a bare line in no such article stays a line, "to
// train" naming no railway.
func TestLineKindTopics(t *testing.T) {
	const body = "The minister gave no details."
	runTopicRows(t, []topicRow{
		{"rail: sabotage on the main line", "Velland blames Ostmark for sabotage on the northern main line",
			"Velland accused Ostmark of sabotage on the northern main line after a freight train left the rails near Kellby, the railway said. " + body,
			[]string{"rail line sabotage"}},
		{"energy: attacks on a power line", "", "Velland accused Ostmark of two attacks on a power line near Kellby, the minister said. " + body,
			[]string{"power line attack"}},
		// guards: no kind and no railway; "trains" a verb
		{"a bare line", "", "Velland accused Ostmark of two attacks on the line near Kellby, the minister said. " + body,
			[]string{"line attack"}},
		{"a verb of training", "", "Velland accused Ostmark, which trains fighters, of two attacks on the line near Kellby, the minister said. " + body,
			[]string{"line attack"}},
		// guards: "rail" as a verb or a guard rail names no railway; a
		// noun before "line" names its kind, and no railway's
		{"a verb of railing", "", "Velland accused Ostmark of two attacks on the line near Kellby, the minister said. Hardliners continued to rail against the truce. " + body,
			[]string{"line attack"}},
		{"a guard rail", "", "Velland accused Ostmark of two attacks on the line near Kellby, the minister said. A guard rail on the bridge was bent. " + body,
			[]string{"line attack"}},
		{"a gas line in an article of railways", "", "Velland accused Ostmark of sabotage on the gas line to Kellby, the minister said. The railway was not affected. " + body,
			[]string{"line sabotage"}},
	})
}

// TestPossessorBlameTopics checks that the object of blame written with
// a plural possessor ("for newborns' deaths") is named by the event with
// the possessor it struck, as "the deaths of newborns" is, not by the
// possessor alone.
func TestPossessorBlameTopics(t *testing.T) {
	const body = "The minister gave no details."
	runTopicRows(t, []topicRow{
		{"health: a plural possessor", "Velland and Ostmark blame each other for newborns' deaths",
			"Velland and Ostmark blamed each other on Monday for the deaths at the Kellby clinic, the minister said. " + body,
			[]string{"newborn death", "newborn death", "newborn death", "newborn death"}},
		{"mining: a plural possessor in a body", "", "Velland blamed Ostmark for the miners' deaths at Kellby, the minister said. " + body,
			[]string{"miner death"}},
		// guard: no possessor
		{"deaths of villagers", "", "Velland blamed Ostmark for the deaths of four villagers near Kellby, the minister said. " + body,
			[]string{"villager death"}},
	})
}

// TestQuantityModifierTopics checks that a word of how many ("multiple
// explosions") names no thing an event struck.
func TestQuantityModifierTopics(t *testing.T) {
	const body = "Velland blamed Ostmark for the attack, the minister said."
	runTopicRows(t, []topicRow{
		{"multiple explosions", "", "Monitors said they had heard multiple explosions overnight. " + body,
			[]string{"general", "general"}},
		{"numerous fires", "", "Residents reported numerous fires overnight. " + body,
			[]string{"general", "general"}},
	})
}

// TestLabelMutualActTopics checks that a headline label with no event
// noun gives way to the act the same headline says the parties accuse
// each other of, named with the label's thing or, under a quarrel's
// label, with the act's object; a label with an event noun, or one with
// no such act after it, keeps its name.
func TestLabelMutualActTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a convoy blocked", "Harl valley aid convoy: militias accuse each other of blocking trucks",
			"Forty trucks have waited at the valley road since Friday. The Velland Guard accused the Ostmark Front of blocking the trucks, its spokesman Ivo Sarn said.",
			[]string{"convoy blockade"}},
		{"a treasure stolen", "Museum row: Velland and Ostmark each say the other stole the Kell Chalice",
			"The chalice went on show in Dorn last week. Velland accused Ostmark of theft, its culture minister Ivo Sarn said.",
			[]string{"chalice theft"}},
		{"each side says", "Chalice row: each side says the other stole the Kell Chalice",
			"The chalice went on show in Dorn last week. Velland accused Ostmark of theft, its culture minister Ivo Sarn said.",
			[]string{"chalice theft"}},
		// guards: a label with an event noun; no mutual act after it
		{"an event label", "Depot fire: militias accuse each other of blocking fire engines",
			"The Velland Guard accused the Ostmark Front of blocking the fire engines, its spokesman Ivo Sarn said.",
			[]string{"depot fire"}},
		{"no mutual act", "Harl valley aid convoy: trucks wait for a sixth day",
			"The Velland Guard accused the Ostmark Front of blocking the trucks, its spokesman Ivo Sarn said.",
			[]string{"harl valley aid convoy"}},
	})
}

// TestPlacedClauseTopics checks that an object of blame whose noun
// stands somewhere before its verb ("a waste heap above the village
// slid") is named by what the verb says befell it, and that the
// headline's name for the thing alone gives way to that event; a verb
// that names no event leaves the thing's name.
func TestPlacedClauseTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a heap slid", "Villagers and mine owner trade blame after waste heap buries homes in Dorn",
			"Dorn Mining and the villagers blamed each other on Sunday after a waste heap above the village of Dorn slid into the valley. The village council accused Dorn Mining of ignoring cracks, its chair Ivo Sarn said.",
			[]string{"waste heap slide", "waste heap slide"}},
		{"a crane collapsed", "",
			"The port and the builder blamed each other on Monday after a crane at the Kell terminal collapsed onto a ship. The Kell port authority accused Orvik Cranes of skipping inspections, its chief Ivo Sarn said.",
			[]string{"crane collapse", "crane collapse"}},
		// guard: the verb past the place names no event of its own
		{"a heap stood", "Villagers and mine owner trade blame after waste heap buries homes in Dorn",
			"Dorn Mining and the villagers blamed each other on Sunday after a waste heap above the village of Dorn worried residents. The village council accused Dorn Mining of ignoring cracks, its chair Ivo Sarn said.",
			[]string{"waste heap", "waste heap"}},
	})
}

// TestPushbackTopics checks that people or a boat forced or pushed
// back across a border or out to sea are a pushback, named by the craft
// when one is turned back, over the blows or the towing one side
// reports with it; a plan pushed back, a date pushed back and people
// pushed back and forth turn no one back.
func TestPushbackTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"people forced back", "Charity says Velland guards beat migrants and forced them back into Ostmark",
			"The Dorn Aid charity accused Velland of beating asylum seekers, its director Ivo Sarn said.",
			[]string{"pushback"}},
		{"a boat pushed back", "Rescuers say Velland coastguard pushed migrant boat back out to sea",
			"The Dorn Aid charity accused Velland of towing the boat, its director Ivo Sarn said.",
			[]string{"boat pushback"}},
		{"a count of people pushed back", "Did Velland guards push 40 refugees back across the Ostmark river?",
			"The Ostmark interior ministry accused Velland of expelling the group, its spokesman Ivo Sarn said.",
			[]string{"pushback"}},
		{"a count in words", "Velland guards forced twelve migrants back into Ostmark, charity says",
			"The Dorn Aid charity accused Velland of beating asylum seekers, its director Ivo Sarn said.",
			[]string{"pushback"}},
		// guards
		{"a plan pushed back", "Velland pushed the vote back to May",
			"The Ostmark opposition accused Velland of rigging the vote, its leader Ivo Sarn said.",
			[]string{"election interference"}},
		{"a dated vote pushed back", "Velland pushed the 2028 vote back to May",
			"The Ostmark opposition accused Velland of rigging the vote, its leader Ivo Sarn said.",
			[]string{"election interference"}},
		{"a crowd forced back", "Velland police beat protesters and forced them back across the square",
			"The Dorn Aid charity accused Velland of beating protesters, its director Ivo Sarn said.",
			[]string{"protester beating"}},
		{"pushed back against", "Velland pushed back against the charity's report on migrants",
			"The Dorn Aid charity accused Velland of beating asylum seekers, its director Ivo Sarn said.",
			[]string{"seeker beating"}},
	})
}
