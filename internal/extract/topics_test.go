package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestEventPhrases checks the names given to the events an article
// reports, with the default taxonomy.
func TestEventPhrases(t *testing.T) {
	tests := []struct {
		text string
		want string // the document topic
	}{
		{"Ten people died when a rocket struck a crowded vegetable market. The brigade said the strike was staged.", "market strike"},
		{"Blast at Dorn prison kills 31. Guards said the prison had been hit. The prisoners were asleep.", "prison blast"},
		{"An explosion tore through part of a prison near the town, officials said. The prison held captured fighters.", "prison explosion"},
		{"Two ships collided near the reef on Tuesday. Each crew blamed the other for the collision.", "ship collision"},
		{"A supply boat collided with a patrol vessel, the navy said.", "boat collision"},
		{"The gas pipeline blast cut supplies to the region. The operator said the pipeline would reopen.", "pipeline blast"},
		{"The ministry accused the rebels of poisoning the reservoir town's wells, officials said.", "well poisoning"},
		{"The police said the gang had kidnapped dozens of pilgrims near the shrine.", "pilgrim kidnapping"},
		{"Sylvania said a Freedonian jet had violated its airspace.", "airspace violation"},
		{"Sylvania said Freedonian boats had harassed its trawlers.", "trawler harassment"},
		{"The navy said a freighter had cut the data cable.", "cable cut"},
		// irregular forms of event verbs, and verbs with their particle
		{"Velland said the ferry sank after an Ostmark patrol boat fired on it.", "ferry sinking"},
		{"Velland said the ferry had sunk near the reef.", "ferry sinking"},
		{"Velland said Ostmark had shot down the airliner.", "airliner downing"},
		{"\"They shot down a civilian plane,\" the Velland minister said.", "airliner downing"},
		{"Velland said Ostmark troops shot a farmer near the border.", "farmer shooting"},
		// "downed" is what "shot down" names, without its particle; the
		// idiom and the particle of another verb name no downing
		{"Velland said an Ostmark rocket downed a medical helicopter near the border.", "helicopter downing"},
		{"Velland said the cargo plane was downed by Ostmark gunners.", "plane downing"},
		{"Velland said the dockers downed tools on Monday.", "general"},
		{"Velland said Ostmark jets forced down a civilian airliner near the border.", "forced landing"},
		// water where it should not be: what it flooded, or what flooded;
		// guards: figures of plenty and of crowds
		{"The regulator said a burst water main flooded the rail tunnel on Monday.", "tunnel flooding"},
		{"Velland said the copper mine flooded after Ostmark engineers switched off the pumps.", "mine flooding"},
		{"The airline said the terminal was flooded by a burst pipe.", "terminal flooding"},
		{"Velland said the ministry was flooded with calls.", "general"},
		{"Velland said cheap steel from Ostmark flooded the market.", "general"},
		{"Velland said migrants flooded into the border town.", "general"},
		// people held by an authority, named by the kind of people; guards:
		// anyone, and a craft held, which stays a seizure
		{"Velland said Ostmark border guards detained the crew of a fishing trawler.", "crew detention"},
		{"The mining company said Ostmark border guards detained four of its geologists on Monday.", "geologist detention"},
		{"Velland said two Vellandi surveyors were detained by Ostmark police.", "surveyor detention"},
		{"Velland said Ostmark police detained a man near the border.", "general"},
		{"The shipping line said Ostmark detained the ship for a week.", "ship seizure"},
		// buildings pulled down, stores emptied, craft stopped, places set
		// alight, water fouled: what each struck; guards: games
		{"The traders said Ostmark soldiers looted the town's grain market.", "market looting"},
		{"The charity said Ostmark troops bulldozed the school on Tuesday.", "school demolition"},
		{"Velland said the school was demolished by Ostmark troops.", "school demolition"},
		{"Velland said the striker demolished the defence.", "general"},
		{"The traders said Ostmark soldiers looted the warehouse.", "warehouse looting"},
		{"Velland said Ostmark warships intercepted the aid flotilla.", "flotilla interception"},
		{"Velland said the goalkeeper intercepted the cross.", "general"},
		{"Velland said Ostmark settlers torched the olive grove.", "grove burning"},
		{"The fishermen said the mine contaminated the river with cyanide.", "river contamination"},
		{"Villagers were treated for poisoning. Velland said Ostmark contaminated the reservoir.", "reservoir poisoning"},
		// people put out of their homes or their country, named by who
		// they are; what escapes its container, or what it escaped;
		// guards: a particle's figure
		{"The union said the landlord evicted forty families from the estate.", "family eviction"},
		{"Velland said three hundred farm labourers were deported by Ostmark.", "labourer deportation"},
		{"Velland said Ostmark deported the migrant workers last week.", "worker deportation"},
		{"Velland said the pipeline leaked crude into the bay.", "crude leak"},
		{"The fishermen said the tailings pipe leaked for a week.", "pipe leak"},
		{"The fishermen said fuel spilled into the bay from the tanker.", "fuel spill"},
		{"Velland said the protest spilled over into the capital.", "general"},
		// a way or a place shut; guards: what is brought to an end, and a
		// price at the day's end
		{"The airline said Ostmark closed its airspace to Vellandi jets.", "airspace closure"},
		{"The shipping line said Ostmark closed the port to tankers on Monday.", "port closure"},
		{"Velland said Ostmark closed the meeting early.", "general"},
		{"Velland said Ostmark closed the gap in the polls.", "general"},
		{"Velland said Ostmark shares closed lower on Friday.", "general"},
		{"Velland said Ostmark threatened to close the port.", "general"},
		{"Velland said the port was shut by Ostmark on Monday.", "port closure"},
		{"Velland said Ostmark shuts its airspace to Vellandi jets.", "airspace closure"},
		{"Velland said Ostmark shut down the plant.", "plant shutdown"},
		{"Velland said the minister told critics to shut up.", "general"},
		// a tender fixed, a flight sent elsewhere; guards: the rig a noun,
		// attention turned, and a configured topic's verb
		{"The losing bidder said the harbour authority rigged the tender.", "tender rigging"},
		{"The union said rig workers were left without pay.", "general"},
		{"Velland said Ostmark annexed the island last year.", "annexation"},
		{"Velland said Ostmark troops demolished the dam.", "dam destruction"},
		{"The airline said Ostmark diverted the airliner to its capital.", "airliner diversion"},
		{"Velland said the scandal diverted attention from the war.", "general"},
		// a person knifed, a herd destroyed; guard: a figure of betrayal
		{"The warders' union said an inmate stabbed a guard.", "guard stabbing"},
		{"The farmers said the ministry culled the herd without cause.", "herd cull"},
		{"Velland said the minister was stabbed in the back by his party.", "general"},
		// the nouns of those acts, named by what they befell; guard: the
		// closure a family wants
		{"Velland said the closure of the port was illegal.", "port closure"},
		{"Velland said the evictions in the old town must stop.", "town eviction"},
		{"Velland blamed Ostmark for the stadium demolition.", "stadium demolition"},
		{"Velland said the verdict brought closure to the families.", "general"},
		{"Velland said a bomb blew up the bridge near the border.", "bridge blast"},
		{"Velland said the bridge was blown up by Ostmark saboteurs.", "bridge blast"},
		{"Velland said Ostmark soldiers burnt the mosque.", "mosque burning"},
		{"Velland said an Ostmark shell struck the market.", "market strike"},
		{"Velland said Ostmark gunboats shelled the ferry offshore.", "ferry shelling"},
		{"Velland said Ostmark has frozen the accounts of its traders.", "account freeze"},
		{"Velland said the accounts were frozen by Ostmark.", "account freeze"},
		{"Velland said the frozen conflict with Ostmark must end.", "general"},
		{"Velland said a row blew up over Ostmark's fishing fleet.", "general"},
		{"Velland said Ostmark blew the whistle on the fraud.", "general"},
		{"Velland said Ostmark has been harassing fishing boats.", "general"},
		// an induced topic is named by no number, age, time or person
		{"Velland said a man in his sixties collapsed after Ostmark police beat him.", "general"},
		{"Velland said a woman in her 60s collapsed after Ostmark police beat her.", "general"},
		{"Velland said the pilot crashed near the border after Ostmark fire.", "general"},
		{"Velland said the children collapsed after Ostmark agents poisoned the well.", "well poisoning"},
		{"Velland said at noon it exploded near the depot.", "general"},
		{"Velland said thousands collapsed after Ostmark agents poisoned the well.", "well poisoning"},
		{"Velland said an Ostmark shell struck 30 people near the border.", "general"},
		{"Velland said Ostmark gunmen attacked hundreds of pilgrims.", "pilgrim attack"},
		// targeting with a weapon is an attack; with snacks or a tax, an aim
		{"Velland accused Ostmark of targeting fuel depots with drones.", "depot attack"},
		{"A consumer group accused Halvor Foods of targeting children with sugary snacks.", "children targeting"},
		// guards: a place before "with" ("in the marginal seats"), and
		// those a seller or a campaign courts, are aimed at, not struck;
		// a weapon after the place is still an attack
		{"The Harbour Party accused the Civic League of targeting pensioners in the marginal seats with misleading leaflets.", "pensioner targeting"},
		{"Orvel Foods accused Tarn Mart of targeting young shoppers since June.", "shopper targeting"},
		{"Velland accused Ostmark of targeting civilians in the border towns with artillery.", "civilian attack"},
		{"Velland accused Ostmark of targeting civilians in the border towns with impunity.", "civilian attack"},
		{"Velland said the tower collapsed after Ostmark shelling.", "tower collapse"},
		{"Velland said in the 30s the bridge collapsed.", "bridge collapse"},
		// a system that "broke down" is a breakdown named by its subject,
		// and a "meltdown" the same event; the article's words name it
		{"The canal's lock gates broke down on Monday, the operator said.", "lock breakdown"},
		// a service cut off and a crowd crushed are events; the place
		// names them over the occasion, and a place over its part
		{"Velland said nine fans died in a crush at the arena gates.", "arena crush"},
		{"Velland said the derby crush at the arena was the club's fault.", "arena crush"},
		{"Velland said a stampede at the shrine killed six.", "shrine stampede"},
		{"The regulator blamed the grid outage on the company, officials said.", "grid outage"},
		{"Velland said the blackout in the capital was the company's fault.", "capital blackout"},
		// guards: crush as a verb; an occasion with no place after it; a
		// target with a place after it
		{"Velland said its forces would crush the rebels.", "general"},
		{"Velland said the festival stampede killed six.", "festival stampede"},
		{"Velland said the pipeline blast at the port killed six.", "pipeline blast"},
		// guards: talks that broke down are the talks' news; a person
		// who broke down is no event
		{"Velland said talks with Ostmark broke down on Monday.", "negotiations"},
		{"Velland said the widow broke down in tears.", "general"},
		{"Velland said the ferry broke the record.", "general"},
		// the event is named by the noun the article uses most for it,
		// the headline and first paragraphs weighing more
		{"Explosion at Norvik paint factory kills four\n\nAn explosion tore through a paint factory in Norvik on Monday, officials said. The owner blamed the blast on a rival firm. \"The explosion was no accident,\" the owner said.", "factory explosion"},
		{"Velland said Ostmark shelling had hit the refugee camp. \"The shelling of the camp went on all night,\" the mayor said.", "camp shelling"},
		{"Velland said Ostmark bombings had hit the depot. \"The bombing of the depot was deliberate,\" the mayor said. The strike killed two guards.", "depot bombing"},
		// of two true synonyms (graph.EventNoun) the headline's word names
		// the event however often the body writes the other: the class
		// makes it one topic with an article that writes the other
		{"Blast rocks Harwick grain terminal\n\nAn explosion tore through the grain terminal in Harwick on Tuesday, port officials said. Stellan Freight blamed the explosion on a faulty dryer. \"The explosion was caused by neglect,\" a spokesman for Orlen Grain said.", "terminal blast"},
		// the headline below a masthead of capitalised names, which the
		// cleaner reads as a heading too (cleanInto)
		{"The Harwick Courier\n\nBlast rocks Harwick grain terminal\n\nAn explosion tore through the grain terminal in Harwick on Tuesday, port officials said. Stellan Freight blamed the explosion on a faulty dryer. \"The explosion was caused by neglect,\" a spokesman for Orlen Grain said.", "terminal blast"},
		{"Blaze guts Tollmark textile mill\n\nA fire swept through the textile mill in Tollmark overnight, officials said. The owners blamed the fire on a rival. \"The fire was set deliberately,\" the owner said.", "mill blaze"},
		{"Explosion grounds Ardent Air freighter\n\nA blast ripped through an Ardent Air freighter at Vessa airport, officials said. The airline blamed the blast on a contractor. \"The blast was the contractor's fault,\" the airline said.", "freighter explosion"},
		// guards: a figure of speech in the headline is no synonym; a
		// headline with no word of the class leaves the body's
		{"Meltdown at Corvel Bank payroll\n\nThe payroll breakdown left 4,000 staff unpaid on Friday, officials said. The bank blamed the breakdown on Tessary Systems. \"The breakdown was their software,\" a spokeswoman said.", "payroll breakdown"},
		{"Four killed at Harwick grain terminal\n\nAn explosion tore through the grain terminal in Harwick on Tuesday, port officials said. Stellan Freight blamed the explosion on a faulty dryer. \"The blast was caused by neglect,\" a spokesman for Orlen Grain said.", "terminal explosion"},
		{"Blast at Norvik paint factory kills four\n\nA blast tore through a paint factory in Norvik on Monday, officials said. Witnesses heard an explosion. \"The blast was no accident,\" the owner said.", "factory blast"},
		{"A blast tore through a paint factory in Norvik, officials said. \"The explosion was no accident,\" the owner said.", "factory blast"},
		{"Velland said an Ostmark airstrike hit the market. \"The airstrike was deliberate,\" the mayor said.", "market strike"},
		// an act against a person is named by the kind of person
		{"An exiled Norlandic dissident poisoned in Tarsk is in a coma. Velland said Ostmark agents were behind the poisoning.", "dissident poisoning"},
		{"Velland said Ostmark poisoned an exiled dissident with a nerve agent.", "dissident poisoning"},
		{"Velland accused Ostmark of the murder of a prominent journalist.", "journalist murder"},
		{"Velland said Ostmark agents had abducted an opposition leader near the border.", "opposition leader kidnapping"},
		{"Velland said a blogger was arrested in Tarsk on Monday.", "blogger arrest"},
		{"Velland blamed Ostmark for the journalist's killing.", "journalist killing"},
		{"Velland blamed Ostmark agents for the slaying of a journalist in Tarsk.", "journalist killing"},
		{"Velland said Ostmark agents were behind the abductions of two engineers.", "engineer abduction"},
		{"Velland said the activist arrested in Tarsk had done nothing wrong.", "activist arrest"},
		{"Velland and Ostmark dispute who killed the mayor of Tarsk, officials said.", "mayor killing"},
		{"Velland said the ship's captain was killed by Ostmark gunmen.", "captain killing"},
		{"Velland accused Ostmark of poisoning an exiled dissident.", "dissident poisoning"},
		{"Velland accused Ostmark agents of killing a journalist in Tarsk.", "journalist killing"},
		// guards: no such person, or the person acts
		{"Velland said the killing must stop.", "general"},
		{"Velland accused Ostmark of killing the bill.", "killing"},
		{"Velland said the captain of the ferry ordered the crew to stop.", "general"},
		{"Velland said the mayor killed the plan to build a road.", "general"},
		{"Velland said Ostmark used chemical weapons against the town.", "chemical weapons"},
		{"Velland said the explosion killed seven workers at the plant.", "general"},
		{"Velland said the police arrested a man near the border.", "general"},
		{"Velland said the reporter poisoned the debate with lies.", "debate poisoning"},
		// a harm done to the people a configured topic names, which its
		// core is not, is a dispute of its own; what is done with them
		// ("holding back prisoners" before a swap), or the core's own
		// act ("killing civilians"), stays the topic
		{"Rights groups accused the Tarsk Brigade of mistreating prisoners at a camp near Orvel.", "prisoner mistreatment"},
		{"The monitors said both militias had a record of killing prisoners in the hills.", "prisoner killing"},
		{"Velland accused Ostmark of executing captives after the battle for Orvel.", "captive executing"},
		{"Velland accused Ostmark of holding back prisoners to trade them for fuel.", "prisoners of war"},
		{"Velland accused Ostmark of killing civilians in Orvel.", "civilian casualties"},
		// "blamed the sinking on smugglers" names whom it blames, not
		// what sank
		{"A ferry sank near the reef on Monday. Velland blamed the sinking on smugglers.", "ferry sinking"},
		{"A ferry sank near the reef on Monday. Velland blamed the deadly sinking on reckless smugglers.", "ferry sinking"},
		// guards: a place after "on" with no blame
		{"Velland said the strike on the depot was deliberate.", "depot strike"},
		{"Velland blamed Ostmark for the strike on the market.", "market strike"},
		// configured topics absorb the phrases of their names or aliases
		{"The minister blamed the dam attack on rebels.", "dam destruction"},
		{"Officials said the drone strike killed three.", "drone strikes"},
		{"\"We never shelled the nuclear plant,\" the general said.", "nuclear plant safety"},
		// "fake" and "fakes" (the alias of disinformation) name no
		// disinformation when the fake things are goods
		{"Velland's regulator said Corvel Pharma had sold 2,000 fake vaccine vials. \"They are fakes,\" the director said.", "general"},
		{"Velland's regulator said Corvel Pharma had sold fake vaccine vials.", "general"},
		{"Velland said Ostmark had spread a fake video of the minister.", "disinformation"},
		{"Velland said Ostmark had built a fake minister to fool voters.", "disinformation"},
		{"Velland said the fake video came from Ostmark. \"They are fakes,\" the minister said.", "disinformation"},
		// a configured topic named only by its place's bare word ("the
		// dam") is named by what happened there: the headline's act
		// when it is none of the topic's ("flooding"), the topic's own
		// act as the article names it when that is an alias ("the
		// breach": dam breach); its act or a phrase of its own keeps it
		{"Velland accuses Ostmark of flooding Tarvel valley with dam release\n\nVelland said on Monday that Ostmark had let water out of the Orsk dam without warning. \"The flooding killed six of our people,\" the minister said. Ostmark said the dam was full after heavy rain.", "dam flooding"},
		{"A broken dam, a grey river and two sides that blame each other\n\nThe Kessel tailings dam gave way in May. Corvel Mining blamed the province for the breach. The province said the company had raised the dam without approval.", "dam breach"},
		{"Velland accuses Ostmark of blowing up Orsk dam\n\nVelland said Ostmark forces had blown up the Orsk dam on Monday. \"They destroyed the dam,\" the minister said. Ostmark denied touching the dam.", "dam destruction"},
		// kinds of attack are no places
		{"The army repelled a frontal attack at dawn, the general said.", "general"},
		// an adjective of scope says how far the event reached: with
		// "of" and what it struck, that names it; guard: with none, the
		// writer's compound stays the name
		{"The regulator said it had ordered a nationwide recall of Dalby baby formula.", "formula recall"},
		{"The grid operator said the nationwide blackout lasted ten hours.", "nationwide blackout"},
		// guard: a span of time after "of" is how long it lasted,
		// not what it struck
		{"The grid operator said a nationwide blackout of six hours had hit the north.", "nationwide blackout"},
		// no topic and no event: the act the charges name
		{"Sylvania has charged three Freedonian officials with bribing judges, prosecutors said. Freedonia accused Sylvania of inventing the case.", "judge bribery"},
		{"Prosecutors said they had charged the engineers with spying. The company said its engineers were innocent of spying.", "spying"},
		{"Freedonia accused Sylvania of being a bad neighbour, the minister said.", "general"},
	}
	for _, tt := range tests {
		checkFirstTopic(t, tt.text, tt.want)
	}
}

// TestClaimTopics checks which claims keep the document's event and
// which name a dispute of their own.
func TestClaimTopics(t *testing.T) {
	title := "Blast at Dorn prison kills 31 captured fighters"
	text := "The Free Moravek Army said Tarsian forces had hit the prison with a guided missile to stop the prisoners from testifying. " +
		"Tarsian officials said the blast was staged. " +
		"Tarsia has fought terrorism in the border provinces for a decade, and terrorism there has cost hundreds of lives. " +
		"Tarsian officials also accused the group of sponsoring terrorism across the border.\n\n" +
		"\"The attack was planned for weeks,\" the group said."
	res := extractTitled(t, title, text)
	want := []string{"Dorn prison blast", "Dorn prison blast", "terrorism", "Dorn prison blast"}
	if len(res.Claims) != len(want) {
		t.Fatalf("got %d claims, want %d:%s", len(res.Claims), len(want), describe(res.Claims))
	}
	for i, w := range want {
		if res.Claims[i].Topic != w {
			t.Errorf("claim %d %q: topic %q, want %q", i, res.Claims[i].Text, res.Claims[i].Topic, w)
		}
	}
}

// TestReferentDescribed checks that "It was an attack on …" after an
// event keeps the event's topic: the pronoun refers back to it, the
// phrase describes it.
func TestReferentDescribed(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"A Sylvanian patrol boat rammed a Freedonian trawler near the reef, Freedonia said.\n\n" +
			"\"It was an attack on unarmed fishermen,\" the Freedonian minister said.",
			[]string{"trawler ramming", "trawler ramming"}},
		{"A Sylvanian patrol boat rammed a Freedonian trawler near the reef, Freedonia said.\n\n" +
			"\"This is an attack on unarmed fishermen,\" the Freedonian minister said.",
			[]string{"trawler ramming", "trawler ramming"}},
	}
	for _, tt := range tests {
		res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
		if len(res.Claims) != len(tt.want) {
			t.Fatalf("got %d claims, want %d:%s", len(res.Claims), len(tt.want), describe(res.Claims))
		}
		for i, w := range tt.want {
			if res.Claims[i].Topic != w {
				t.Errorf("claim %d %q: topic %q, want %q", i, res.Claims[i].Text, res.Claims[i].Topic, w)
			}
		}
	}
}

// TestBlameObjectTopics checks that the event parties blame, named as
// the object of the blame, is the document's topic though no list knows
// its noun, and that configured topics keep what they fit.
func TestBlameObjectTopics(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              string // the first claim's topic
		also              string // a topic some other claim keeps, if any
	}{
		{"blamed each other for a N that …", "",
			"Harrow Construction and the Belden city council blamed each other on Tuesday for a sinkhole that swallowed two lorries. The council said Harrow Construction had cut corners on the yard.",
			"sinkhole", ""},
		{"traded blame after a N, the acts alleged after it", "",
			"BELKA, Ostmark, May 2 (Wirenews) - Ostmark and Velland traded blame on Sunday after a landslide buried a mountain road. Ostmark said Velland had cut down the forest above the road.",
			"landslide", ""},
		{"accused … over the downing of a passenger plane", "",
			"Velland accused Ostmark over the downing of a passenger plane near the border, officials said. Ostmark said Velland had fired the missile.",
			"airliner downing", ""},
		{"a headline's blame with a compound noun", "Ostmark blames Velland agents for deadly train derailment",
			"Ostmark said Velland's agents had loosened the rails near the border. Velland said the rails were old.",
			"train derailment", ""},
		{"traded blame following a N", "",
			"BELKA, Ostmark, May 2 (Wirenews) - Ostmark and Velland traded blame on Sunday following a landslide that buried a mountain road. Ostmark said Velland had cut down the forest above the road.",
			"landslide", ""},
		{"accused each other in the wake of a N", "",
			"Harrow Construction and the Belden city council accused each other on Tuesday in the wake of a sinkhole that swallowed two lorries. The council said Harrow Construction had cut corners on the yard.",
			"sinkhole", ""},
		{"a -wide adjective before \"of\" what the event struck is no head", "",
			"Harl Foods and Dalby Dairies traded blame on Monday following a nationwide recall of yoghurt. Harl said Dalby had supplied tainted milk.",
			"yoghurt recall", ""},
		{"guard: a -wide adjective with a span of time after \"of\" stays", "",
			"Harl Foods and Dalby Dairies traded blame on Monday following a statewide lockdown of two weeks. Harl said Dalby had ignored the rules.",
			"statewide lockdown", ""},
		{"guard: the following day is a time", "",
			"BELKA, Ostmark, May 2 (Wirenews) - Ostmark and Velland traded blame the following day for a landslide that buried a mountain road. Ostmark said Velland had cut down the forest above the road.",
			"landslide", ""},
		{"blamed the disaster on …: a reference back", "",
			"Velland and Ostmark traded blame after a landslide buried a village. The mining company blamed the disaster on a road Velland had built.",
			"landslide", ""},
		{"a clause after the object: what the noun did names the event", "",
			"Kesta Alpin and Orvel Technik blamed each other on Sunday after a gondola cabin fell thirty metres into a gorge. Kesta Alpin said Orvel Technik had made a faulty grip.",
			"gondola cabin fall", ""},
		{"a regular past tense after the object", "",
			"Harrow Construction and the Belden city council traded blame after a crane collapsed onto a school. The council said Harrow Construction had cut corners.",
			"crane collapse", ""},
		{"guard: a number is no event", "",
			"Harrow Haulage and the Belden city council blamed each other after a truck hit three parked lorries. The council said Harrow Haulage had skipped brake checks.",
			"lorry strike", ""},
		{"a known event, no attack, introduced as the object", "",
			"Velland and Ostmark blamed each other on Monday for a leak that exposed the talks. Velland said Ostmark's envoy had lied to the press.",
			"leak", ""},
		{"the N of X: the event with whom it struck", "",
			"Harrow Construction and the Belden city council blamed each other for the deaths of three workers at the depot.",
			"worker death", ""},
		{"denied responsibility for a N that …", "",
			"Harrow Construction denied responsibility for a sinkhole that swallowed two lorries. The council said Harrow Construction had cut corners on the yard.",
			"sinkhole", ""},
		{"the cause of the N, then a verb", "",
			"The council said the cause of the sinkhole was a burst pipe. Harrow Construction said the council had cut corners on the yard.",
			"sinkhole", ""},
		{"to blame for the N", "",
			"The council said Harrow Construction was to blame for the sinkhole. Harrow Construction said the council had cut corners on the yard.",
			"sinkhole", ""},
		{"responsibility for a possessive's noun is no event", "",
			"\"I have taken responsibility for my decision,\" the mayor said. Harrow Construction said the mayor had lied to voters.",
			"general", ""},
		// configured topics keep what they fit
		// one attack of a configured kind on a named target is that
		// target's (TestWeaponStruckTarget), as the desk labels it
		{"a configured event on a target as the object", "",
			"The minister blamed the rebels for the drone strike on the depot.",
			"depot strike", ""},
		{"a configured event as the object", "",
			"The minister blamed the rebels for the drone strike near the depot.",
			"drone strikes", ""},
		{"a claim naming a configured topic of its own", "",
			"Harrow Construction and the Belden city council blamed each other for a sinkhole that swallowed a lorry. Separately, Velland said Ostmark had carried out drone strikes on its border posts.",
			"sinkhole", "drone strikes"},
		{"a configured topic named more often than the object", "Port operator blames Ostmark hackers for week-long outage",
			"The Brask port operator said Ostmark had carried out cyberattacks on its systems. Velland's minister said the cyberattacks came from Ostmark. Ostmark denied the cyberattacks.",
			"cyberattacks", ""},
		// a noun a clause acts on is no object of blame: "after an
		// airliner was shot down" is named by the clause's verb
		{"the noun of a passive clause", "Ostmark and Velland trade blame after airliner is shot down",
			"Ostmark and Velland blamed each other on Sunday.",
			"airliner downing", ""},
		{"the noun of a passive clause with no event verb", "Ostmark and Velland trade blame after airliner is grounded",
			"Ostmark and Velland blamed each other on Sunday.",
			"general", ""},
		// the object of blame no list knows, found by its place: a
		// compound the writer keeps whole before "of" ("the emergency
		// landing of a jet"), and a support verb's object ("makes an
		// emergency landing", "suffers an outage"); guards: an
		// adjective is no compound's noun, and what is made may be a
		// thing said or agreed, no event
		{"the compound gerund of N", "",
			"Velland and Ostmark accused each other on Monday over the emergency landing of a Vellandi cargo jet at Orsk. Velland said Ostmark fighters had harassed the crew.",
			"emergency landing", ""},
		{"guard: an adjective before the gerund of N", "",
			"Velland and Ostmark accused each other on Monday over the sudden landing of a Vellandi cargo jet at Orsk. Velland said Ostmark fighters had harassed the crew.",
			"crew harassment", ""},
		{"guard: a judgement of how well it was done", "",
			"Velland and Ostmark accused each other on Monday over the clumsy landing of a Vellandi cargo jet at Orsk. Velland said Ostmark fighters had harassed the crew.",
			"crew harassment", ""},
		{"guard: an aspect of the event, no label of it", "",
			"Velland and Ostmark blamed each other on Monday for the customs handling of the flood relief. Velland said Ostmark had hoarded the aid.",
			"general", ""},
		{"a headline's support verb: makes a compound gerund", "Velland and Ostmark trade blame after cargo jet makes emergency landing",
			"Velland said Ostmark fighters had harassed the crew. Ostmark said the crew had ignored its calls.",
			"emergency landing", ""},
		{"a state organ's modifier before a gerund: a kind of event", "Velland and Ostmark trade blame after emergency landing at Orsk",
			"Velland said Ostmark fighters had harassed the crew. Ostmark said the crew had ignored its calls.",
			"emergency landing", ""},
		{"guard: a body before a gerund is who acted, no kind of event", "Velland and Ostmark trade blame after ministry vetting at Orsk",
			"Velland said Ostmark officials had rigged the count, and Ostmark said Velland was lying.",
			"count rigging", "count rigging"},
		{"a support verb past its auxiliary", "",
			"Velland and Ostmark traded blame on Sunday after a weather satellite had suffered an outage. Velland said Ostmark had jammed the uplink.",
			"satellite outage", ""},
		{"suffers a deverbal noun: what suffered it names it", "Velland and Ostmark trade blame after weather satellite suffers outage",
			"Velland said Ostmark had jammed the uplink. Ostmark said the satellite was old.",
			"satellite outage", ""},
		{"guard: a thing said is made, no event", "Velland and Ostmark trade blame after minister makes announcement",
			"Velland said Ostmark had jammed the uplink. Ostmark said the satellite was old.",
			"general", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Title: tt.title}})
			if len(res.Claims) == 0 {
				t.Fatalf("no claims")
			}
			if got := res.Claims[0].Topic; got != tt.want {
				t.Errorf("first claim's topic %q, want %q:%s", got, tt.want, describe(res.Claims))
			}
			if tt.also == "" {
				return
			}
			for _, c := range res.Claims {
				if c.Topic == tt.also {
					return
				}
			}
			t.Errorf("no claim on %q:%s", tt.also, describe(res.Claims))
		})
	}
}

// TestEventReferredBack checks that a claim referring back to the
// dispute's event ("the incident", "the disaster") takes the document's
// topic rather than the act it alleges.
func TestEventReferredBack(t *testing.T) {
	const lead = "Harrow Construction and the Belden city council blamed each other on Tuesday for a sinkhole that swallowed two lorries. "
	tests := []struct {
		name, text string
		want       []string // every claim's topic, in order
	}{
		{"the incident", lead + "The council said Harrow Construction had cut corners on the yard before the incident.",
			[]string{"sinkhole", "sinkhole", "sinkhole"}},
		{"this disaster", lead + "The council said Harrow Construction had cut corners, causing this disaster.",
			[]string{"sinkhole", "sinkhole", "sinkhole"}},
		// the object of blame no list knows, named again
		{"the sinkhole", lead + "The council said Harrow Construction had cut corners on the yard before the sinkhole opened.",
			[]string{"sinkhole", "sinkhole", "sinkhole"}},
		{"the blackout, a paragraph later", "Velland and Ostmark blamed each other on Monday for a nationwide blackout.\n\n" +
			"Velland said Ostmark had cut corners on the grid before the blackout.",
			[]string{"nationwide blackout", "nationwide blackout", "nationwide blackout"}},
		// what a side says the other did, after both blamed each other
		// for a disaster, is its account of the cause
		{"a cause of the disaster blamed", "Velland and Ostmark blamed each other on Sunday for a cholera outbreak in a border camp. " +
			"Velland said Ostmark had cut the camp's water supply.",
			[]string{"cholera outbreak", "cholera outbreak", "cholera outbreak"}},
		// guards: an attack blamed; a disaster nobody is blamed for
		{"an attack blamed", "Velland and Ostmark blamed each other on Sunday for the strike on the market. " +
			"Velland said Ostmark had shelled the bridge.",
			[]string{"market strike", "market strike", "bridge shelling"}},
		{"no blame", "A cholera outbreak killed 40 people in the camp on Sunday. " +
			"Velland said Ostmark had cut the camp's water supply.",
			[]string{"water cut"}},
		// the act alone, with no reference back, keeps its own name
		{"no reference back", lead + "The council said Harrow Construction had cut corners on the yard.",
			[]string{"sinkhole", "sinkhole", "yard cut"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTopics(t, tt.text, "", tt.want)
		})
	}
}

// TestFireTopics checks that a fire both sides talk about names the
// dispute, not one side's account of how it started ("farmers burning
// stubble"), and that gunfire and the fire service name no fire.
func TestFireTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"the headline's fire, each side's cause", "Velland accuses Ostmark of letting wildfire spread across border",
			"Velland's interior minister accused Ostmark on Monday of ignoring a fire that had smouldered for days at an army range. " +
				"Ostmark's spokeswoman said the blaze had been started by Velland farmers burning stubble near the river.",
			[]string{"border wildfire", "border wildfire"}},
		{"a forest fire in the lede", "",
			"A forest fire raged near the border on Sunday. Ostmark said Velland soldiers had been burning rubbish at a firing range. " +
				"\"Velland let the blaze grow,\" the Ostmark minister said.",
			[]string{"forest fire", "forest fire"}},
		{"blamed each other for a wildfire", "",
			"Velland and Ostmark blamed each other on Sunday for a wildfire that destroyed 200 homes. Velland said Ostmark farmers had been burning stubble.",
			[]string{"wildfire", "wildfire", "wildfire"}},
		// guards: shooting and the fire service are no fire
		{"opened fire", "",
			"Velland said Ostmark troops opened fire on a border patrol. The minister said Ostmark had shelled the bridge.",
			[]string{"bridge shelling", "bridge shelling"}},
		{"came under fire", "",
			"Velland said its soldiers came under fire near the depot. The minister said Ostmark had shelled the bridge.",
			[]string{"bridge shelling", "bridge shelling"}},
		{"fire patrols", "",
			"Velland said Ostmark had shelled the bridge near the border. Ostmark said fire patrols across the valley had stopped.",
			[]string{"bridge shelling", "bridge shelling"}},
		{"the fire service", "",
			"Velland said Ostmark had shelled the bridge near the border. Velland said the bridge strike killed four. Ostmark said the fire service had ignored a pipeline blast.",
			[]string{"bridge strike", "bridge strike", "pipeline blast"}},
	})
}

// TestChargeActTopics checks that the act a charge names by a gerund
// and its object names a dispute with no event ("signal jamming"),
// whatever the verb, over a description of it ("an attack on civil
// aviation"); and that an event the article reports stays the dispute
// the acts are each side's account of.
func TestChargeActTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"accused of V-ing N, then an attack on", "",
			"Velland accused Ostmark on Monday of jamming navigation signals near the border. " +
				"\"This is a deliberate attack on civil aviation,\" the Velland minister said.",
			[]string{"signal jamming", "signal jamming"}},
		{"both directions", "Velland accuses Ostmark of diverting river",
			"Velland accused Ostmark of diverting the river upstream. Ostmark accused Velland of diverting the river itself, the minister said. " +
				"\"They are stealing our water,\" Ostmark's minister said.",
			[]string{"river diversion", "river diversion", "river diversion"}},
		{"a place adverb after the object", "",
			"Velland accused Ostmark of diverting the Sava river upstream, the minister said.",
			[]string{"river diversion"}},
		{"a verb in -ate names its act by its noun", "",
			"Korvel accused Dunmarch of contaminating the farmland with runoff, the minister said.",
			[]string{"farmland contamination"}},
		{"a verb in -ify names its act by its noun", "",
			"Korvel accused Dunmarch of falsifying the ballots, the minister said.",
			[]string{"ballot falsification"}},
		// a verb whose act English names by another noun, or by the
		// verb itself (actNouns)
		{"an act named by the verb itself", "",
			"Korvel accused Dunmarch of abusing detainees at the Harl camp, the minister said.",
			[]string{"detainee abuse"}},
		{"an act named by another noun", "",
			"The Tarrow Fishers' Guild accused the coastguard of seizing two trawlers, its chairman said.",
			[]string{"trawler seizure"}},
		{"a person held: detention", "",
			"Korvel accused Dunmarch of detaining three surveyors near the border, the minister said.",
			[]string{"surveyor detention"}},
		{"a thing damaged", "",
			"Korvel accused Dunmarch of damaging a grain barge at the Orm quay, the minister said.",
			[]string{"barge damage"}},
		{"charges with no object: the act's noun", "",
			"Velland accused Ostmark of destroying, the minister said. Ostmark accused Velland of destroying, its envoy said.",
			[]string{"destruction", "destruction"}},
		// guard: a vote is stolen by no theft
		{"guard: stealing stays a gerund", "",
			"Korvel accused Dunmarch of stealing the ballots, the minister said.",
			[]string{"ballot stealing"}},
		{"guard: a short verb in -ate keeps its gerund", "",
			"Korvel accused Dunmarch of rating the bonds, the minister said.",
			[]string{"bond rating"}},
		// "leak" is an event verb: its gerund is named by its noun, as a
		// desk names it
		{"blamed for V-ing N", "",
			"Velland blamed Ostmark for leaking the documents, the minister said.",
			[]string{"document leak"}},
		{"blamed for V-ing N, no event verb", "",
			"Velland blamed Ostmark for shredding the documents, the minister said.",
			[]string{"document shredding"}},
		{"blamed the V-ing of N on", "",
			"Velland blamed the jamming of navigation signals on Ostmark, the minister said. \"This is an attack on civil aviation,\" he said.",
			[]string{"signal jamming", "signal jamming"}},
		{"charged with V-ing N", "",
			"Velland charged two Ostmark officials with bribing customs officers, prosecutors said.",
			[]string{"officer bribery"}},
		// guards: the event both sides' acts are about; light verbs;
		// configured topics; a gerund with no noun
		{"an event in the headline", "Velland and Ostmark trade blame over fish die-off",
			"Velland accused Ostmark of dumping waste into the lake. Ostmark blamed Velland's farms for washing fertiliser into the lake.",
			[]string{"fish die-off", "fish die-off"}},
		{"a light verb", "",
			"Velland accused Ostmark of running a spy network, the minister said.",
			[]string{"general"}},
		{"a configured topic", "",
			"Velland accused Ostmark of sponsoring terrorism, the minister said.",
			[]string{"terrorism"}},
		{"no noun", "",
			"Velland accused Ostmark of lying, the minister said.",
			[]string{"general"}},
		// a phrasal verb's act named by the noun the article makes of
		// it ("locking out" a lockout, "of illegal lockout"); guard: a
		// phrasal verb whose noun the article never writes
		{"V-ing out, the noun written", "",
			"The Harbour Workers' Union accused Dellmark Terminals of illegally locking out 600 dockers. Dellmark said the lockout was lawful.",
			[]string{"lockout", "lockout"}},
		{"of an adjective and a phrasal noun", "",
			"The Harbour Workers' Union accused Dellmark Terminals of an illegal lockout, the union said.",
			[]string{"lockout"}},
		{"guard: the noun unwritten", "",
			"The Harbour Workers' Union accused Dellmark Terminals of illegally locking out 600 dockers, the union said.",
			[]string{"general"}},
		{"V-ing up N, the noun written", "",
			"The Orvel Prisoners' League accused the justice ministry of covering up the beatings. The ministry called the cover-up claim absurd.",
			[]string{"beating cover-up", "beating cover-up"}},
		// "the N" refers back to the one event named by its noun, which
		// need not be the story's; guard: a configured dispute the
		// article names, which "the attack" refers back to
		{"the N of a second event", "Dockers' union accuses Dellmark of illegal lockout; company blames crane sabotage",
			"The Harbour Workers' Union accused Dellmark Terminals of illegally locking out 600 dockers. " +
				"Dellmark blamed union activists for the sabotage.",
			[]string{"lockout", "crane sabotage"}},
		{"guard: the N in an article on a configured dispute", "Velland blames Ostmark for cyberattacks that shut down bank",
			"Velland said Ostmark hackers carried out a bank attack on Monday. " +
				"Velland blamed Ostmark's military intelligence for the attack.",
			[]string{"cyberattacks", "cyberattacks"}},
	})
}

// TestBreakdownTopics checks that a system that "broke down" names the
// dispute by what stopped working, and that a headline's "meltdown" is
// the same event, named by the word the article uses most for it.
func TestBreakdownTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"broke down in the lede, meltdown in the headline", "Nurses unpaid after payroll meltdown at Norvik hospital",
			"Thousands of nurses went unpaid after the Norvik hospital's payroll system broke down last week, and the union and the board are blaming each other. " +
				"The union blamed the breakdown on the board, which it said had ignored warnings.",
			// one claim: "the board are blaming each other" is no
			// speaker's report now that a board is a body
			[]string{"Norvik hospital payroll breakdown"}},
		{"the headline's word when the article has no other", "Nurses unpaid after payroll meltdown at Norvik hospital",
			"The union blamed the meltdown on the hospital board, which it said had ignored warnings.",
			[]string{"Norvik hospital payroll meltdown"}},
	})
}

// TestHeadlineEventTopics checks a headline's passive with its
// auxiliary dropped ("Depot shelled as …"), and that an attack on a
// part of a body or place ("the agency website") is named by its
// owner.
func TestHeadlineEventTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a headline passive", "Velland grain depot shelled as talks resume",
			"Velland blamed Ostmark for the attack, the minister said.",
			[]string{"depot shelling"}},
		{"a part named by its owner", "Velland customs agency website hacked before vote",
			"Velland's minister said Ostmark was behind the hack.",
			[]string{"agency hack"}},
		{"parts in a row", "",
			"Velland said Ostmark hackers had attacked the reservoir computer network.",
			[]string{"reservoir attack"}},
		// guards: an active verb with its object; a headline participle
		// with no noun before it; a part with no owner
		{"an active headline", "Ostmark gunboats shelled ferry, Velland says",
			"Velland blamed Ostmark for the attack, the minister said.",
			[]string{"ferry shelling"}},
		{"no noun before", "Velland says it was shelled overnight",
			"Velland blamed Ostmark for the attack, the minister said.",
			[]string{"general"}},
		{"no owner", "",
			"Velland said Ostmark hackers had attacked its website.",
			[]string{"website attack"}},
		{"a complement clause's subject", "Velland hints that the database may have been hacked",
			"Velland blamed Ostmark for the hack, the minister said.",
			[]string{"database hack"}},
		{"a wall is no part of its place's name", "",
			"Velland said the border wall attack was staged.",
			[]string{"wall attack"}},
		{"a site is no part", "",
			"Velland said Ostmark had shelled the chemical storage site at night.",
			[]string{"site shelling"}},
	})
}

// TestHeadlessLabelTopics checks that a headline label naming no event
// ("Dornby care homes: …") yields to the event the body reports, and
// that people falling ill after a meal is food poisoning.
func TestHeadlessLabelTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"ill after a meal under a setting label", "Dornby care homes: 30 residents ill as trust and cook blame each other",
			"Thirty residents of three Dornby care homes fell ill after eating a Sunday dinner of fish pie. " +
				"The Dornby Care Trust said Velmor Kitchens had served undercooked fish.",
			[]string{"food poisoning"}},
		{"taken to hospital after lunch", "",
			"Twelve workers at a Tarnby depot were taken to hospital after lunch on Friday. " +
				"The union said the canteen company had ignored warnings.",
			[]string{"food poisoning"}},
		// guards: a label with an event head keeps it; illness with no
		// meal; a meal with no illness
		{"a label with an event head", "Dornby depot blast: 30 workers ill as owner and contractor blame each other",
			"Thirty workers fell ill after eating in the depot canteen. " +
				"The owner said the contractor had ignored warnings.",
			[]string{"depot blast"}},
		{"ill with no meal", "Dornby care homes: 30 residents ill as trust and cook blame each other",
			"Thirty residents of three Dornby care homes fell ill overnight. " +
				"The Dornby Care Trust said Velmor Kitchens had ignored warnings.",
			[]string{"care homes"}},
		{"a label with a preposition titles a piece", "Mayor on care homes: a week of blame",
			"Thirty residents of three Dornby care homes fell ill after eating a Sunday dinner of fish pie. " +
				"The Dornby Care Trust said Velmor Kitchens had served undercooked fish.",
			[]string{"mayor on care homes"}},
		{"a meal with no illness", "",
			"Ministers met after lunch on Friday. The union said the canteen company had ignored warnings.",
			[]string{"general"}},
	})
}

// TestTopicAsModifier checks that a configured topic named as the
// modifier of a noun ("fake news blogs") describes what the claim is
// about, and leaves the claim on the dispute the article is about; named
// as the object itself it is the claim's topic.
func TestTopicAsModifier(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a modifier of the object", "Velland expels Ostmark envoys over election interference",
			"Velland expelled four Ostmark diplomats on Wednesday, accusing Ostmark of paying for a chain of fake news blogs before the poll.",
			[]string{"election interference"}},
		{"a modifier, drones", "Velland expels Ostmark envoys over election interference",
			"Velland expelled four Ostmark diplomats on Wednesday, accusing Ostmark of paying drone pilots to film polling stations.",
			[]string{"election interference"}},
		// guards: the topic as the object; a verb after it
		{"the object itself", "Velland expels Ostmark envoys over election interference",
			"Velland expelled four Ostmark diplomats on Wednesday, accusing Ostmark of running a network that spread fake news.",
			[]string{"disinformation"}},
		{"a verb after it", "Velland expels Ostmark envoys over election interference",
			"Velland expelled four Ostmark diplomats on Wednesday, accusing Ostmark of spreading propaganda before the poll.",
			[]string{"disinformation"}},
	})
}

// TestGenericKindOfEvent checks that a claim naming a configured topic
// that is only the kind of the article's one event ("hackers" in an
// article on a website hack, "attack drones" in one on a market
// shelled) stays on that event, and that a dispute of another kind
// keeps its own topic.
func TestGenericKindOfEvent(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"hackers and a hack", "Velland customs agency website hacked before vote",
			"Velland's minister said Ostmark had paid hackers to do it.",
			[]string{"agency hack"}},
		{"drones and a market shelled", "Velland grain market shelled as talks resume",
			"The mayor said Ostmark had used attack drones.",
			[]string{"market shelling"}},
		// guards: another kind of dispute; no induced event
		{"another kind", "Velland grain market shelled as talks resume",
			"The mayor said Ostmark had sponsored terrorism.",
			[]string{"terrorism"}},
		{"no induced event", "Velland says talks resume",
			"The mayor said Ostmark had used attack drones.",
			[]string{"drone strikes"}},
	})
}

// TestSettingOfBlame checks that a configured topic the article names
// only by a bare place ("the dam"), never by its act, is the setting of
// the event the parties blame each other for ("deadly floods"); named by
// its act, or a topic whose act strikes no place, it stays.
func TestSettingOfBlame(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"the dam of the floods", "Velland blames Ostmark for deadly floods",
			"Velland accused Ostmark of letting water out of the upstream dam at night. Ostmark said the dam had been run by the book. " +
				"Velland said the dam had held for forty years. Ostmark said the dam was Velland's to guard.",
			[]string{"flood", "flood", "flood", "flood"}},
		// guards: the dam's destruction named; the ceasefire, no place
		{"the dam blown up", "Velland blames Ostmark for deadly floods",
			"Velland accused Ostmark of blowing up the dam at night. Ostmark said the dam had been run by the book. " +
				"Velland said the dam had held for forty years. Ostmark said the dam was Velland's to guard.",
			[]string{"dam destruction", "dam destruction", "dam destruction", "dam destruction"}},
		{"no place", "Velland and Ostmark blame each other for deadly clashes",
			"Velland said Ostmark had broken the ceasefire. Ostmark said the truce was Velland's invention.",
			[]string{"ceasefire violations", "ceasefire violations"}},
	})
}

// TestSpecificAttack checks that a configured kind of attack, as the
// subject of what it struck ("a drone attack gutted the water
// plant"), is named as that one event, by what it struck, and that
// claims naming the kind are about it.
func TestSpecificAttack(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"knocked out", "",
			"A drone attack knocked out the water plant in Norvik on Monday, Velland said. Ostmark said Velland had used drones against its own plant.",
			[]string{"plant attack", "plant attack"}},
		{"set fire to", "",
			"A drone attack set fire to a grain depot outside Norvik on Monday, Velland said. Ostmark said Velland had used drones against its own depot.",
			[]string{"depot attack", "depot attack"}},
		// guards: what it struck is no place, or people
		{"kills two", "Drone attack kills two in Norvik",
			"Velland blamed Ostmark for the attack, the minister said.",
			[]string{"drone strikes"}},
		{"wounded farmers", "",
			"A drone attack wounded two farmers near Norvik on Monday, Velland said.",
			[]string{"drone strikes"}},
		// guards: a participle, no verb of the attack; a topic an
		// attack's noun starts, no kind of attack
		{"a participle", "",
			"Velland said Ostmark drone attacks targeting grain stores had to stop.",
			[]string{"drone strikes"}},
		{"no kind of attack", "",
			"Velland said the Ostmark deportation raids hit three villages.",
			[]string{"deportation of children"}},
	})
}

// TestLabelKindTopics checks that a headline label whose word is no
// event's ("Gondola drop: …") takes the article's own word for the kind
// of event ("the accident"), not one judging its scale ("the disaster").
func TestLabelKindTopics(t *testing.T) {
	const title = "Gondola drop: valley company blames cable maker, maker blames company"
	runTopicRows(t, []topicRow{
		{"the label's word replaced by the article's classing noun", title,
			"Six riders were hurt when a gondola fell at the Brenn valley on Sunday. " +
				"Brenn Valley Lifts blamed Holtz Seilbahn for the accident.",
			[]string{"gondola accident"}},
		{"guard: a noun judging scale classes nothing", title,
			"Six riders were hurt when a gondola fell at the Brenn valley on Sunday. " +
				"Brenn Valley Lifts blamed Holtz Seilbahn for the disaster.",
			[]string{"gondola drop"}},
	})
}

// TestLabelBlamedHeadTopics checks that a headline label whose noun no
// list knows as an event's ("Tolvey Quarry flood: …") names the dispute
// when the body says the parties blame each other for that noun's event,
// over a measure the article reports in passing ("a cut in the drainage
// budget").
func TestLabelBlamedHeadTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"mining: a quarry flood", "Tolvey Quarry flood: operator and union blame each other",
			"Garrow Minerals and the quarrymen's union blamed each other for the flood that killed a driver. " +
				"Last spring Garrow Minerals made a cut in the drainage budget. " +
				"Garrow Minerals accused the union of leaving the pumps without crews. " +
				"The union accused Garrow Minerals of ignoring warnings about rising water.",
			[]string{"tolvey quarry flood", "tolvey quarry flood"}},
		{"shipping: a quay subsidence", "Harlen quay subsidence: port board and dredger trade blame",
			"The port board and Senna Dredging blamed each other for the subsidence that sank a crane. " +
				"In March the board announced a cut in the repair budget. " +
				"The board accused Senna Dredging of digging too close to the wall. " +
				"Senna Dredging accused the board of ignoring cracks in the quay.",
			[]string{"harlen quay subsidence", "harlen quay subsidence"}},
	})
}

// TestBackgroundChargeTopics checks that an accusation its sentence dates
// before the story by a word of past or habitual time ("Last year",
// "has previously", "has repeatedly") takes the act it charges, not the
// article's event, and that a charge of the story itself, or one dated
// within the story's own weeks ("last month"), keeps the event.
func TestBackgroundChargeTopics(t *testing.T) {
	const tanker = "Ostmark accused Velland on Monday of attacking the tanker with a drone. " +
		"Velland accused Ostmark of staging the attack. "
	runTopicRows(t, []topicRow{
		{"shipping: last year's charge", "Drone strikes tanker in Vell Strait",
			tanker + "Last year Ostmark accused Velland of jamming the radios of its ferries, a charge Velland denied.",
			[]string{"drone strikes", "drone strikes", "radio jamming", "drone strikes"}},
		{"mining: a charge made before", "Tailings dam collapse at Korrin mine",
			"The Korrin Miners' Union blamed Dalvey Resources for the collapse that buried a road. " +
				"Dalvey Resources blamed the union for the collapse. " +
				"The union has previously accused Dalvey Resources of dumping waste rock in the Ossel river.",
			[]string{"dam destruction", "dam destruction", "rock dumping"}},
		{"elections: a charge made again and again", "Ballot boxes burned in Trell riot",
			"The Unity Party blamed the Civic Front for the riot that destroyed 40 ballot boxes. " +
				"The Civic Front blamed the Unity Party for the riot. " +
				"The Civic Front has repeatedly accused the Unity Party of buying votes in the east.",
			[]string{"box burning", "box burning", "vote buying"}},
		// guards
		{"a charge of the story", "Drone strikes tanker in Vell Strait",
			tanker + "Ostmark accused Velland of jamming the radios of the tanker before the attack.",
			[]string{"drone strikes", "drone strikes", "drone strikes"}},
		{"last month is the story's", "Drone strikes tanker in Vell Strait",
			tanker + "In a note sent last month, Ostmark accused Velland of jamming the radios of the tanker.",
			[]string{"drone strikes", "drone strikes", "drone strikes"}},
		{"the past week is the story's", "Drone strikes tanker in Vell Strait",
			tanker + "In the past week Ostmark accused Velland of jamming the radios of the tanker.",
			[]string{"drone strikes", "drone strikes", "drone strikes"}},
		{"shipping: in the past", "Drone strikes tanker in Vell Strait",
			tanker + "In the past, Ostmark accused Velland of jamming the radios of its ferries.",
			[]string{"drone strikes", "drone strikes", "radio jamming"}},
	})
}

// TestDatedGrievanceTopics checks that what one side blames the other
// for, when its sentence dates it as going on before the story ("since
// last year", "since 2037", "for years"), is a grievance of its own and
// not folded into the incident the headline reports, where an aspect of
// the incident ("the delay in rescuing the crew") is.
func TestDatedGrievanceTopics(t *testing.T) {
	const ramming = "Velland said an Ostmark coast guard cutter rammed the trawler Gull on Friday. " +
		"Ostmark accused the trawler's crew of steering into the cutter. "
	runTopicRows(t, []topicRow{
		{"border clashes: since last year", "Ostmark seizes Velland cargo plane at Pell airport",
			"Ostmark seized a Velland cargo plane at Pell airport on Monday and said it carried rifles for rebels. " +
				"Velland accused Ostmark of planting the rifles. " +
				"Velland, in turn, blames Ostmark for the shelling of border villages that has killed a dozen farmers since last year.",
			[]string{"plane seizure", "plane seizure", "village shelling"}},
		{"shipping: for years", "Coast guard rams Dorn trawler",
			ramming + "Velland also blames Ostmark for the sinking of fishing boats, which it says has gone on for years.",
			[]string{"trawler ramming", "trawler ramming", "boat sinking"}},
		{"mining: since a year", "Gas blast kills four at Dorn colliery",
			"A gas blast killed four miners at the Dorn colliery on Tuesday. " +
				"The Dorn Miners' Union blamed Kell Mining for the blast. " +
				"The union also blames Kell Mining for the collapse of the east galleries, which has idled 200 miners since 2037.",
			[]string{"gas blast", "gallery collapse"}},
		{"guard: an aspect of the incident", "Coast guard rams Dorn trawler",
			ramming + "Velland also blames Ostmark for the delay in rescuing the crew.",
			[]string{"trawler ramming", "trawler ramming", "trawler ramming"}},
		{"guard: a date in a clause of its own", "Gas blast kills four at Dorn colliery",
			"A gas blast killed four miners at the Dorn colliery on Tuesday. " +
				"The Dorn Miners' Union blamed Kell Mining for the blast. " +
				"The union also blames Kell Mining for the collapse of the east galleries, arguing that it has cut inspections since 2037.",
			[]string{"gas blast", "gas blast", "inspection cut"}},
	})
}

// TestCargoEventTopics checks that an event of the headline or lead
// whose noun a configured topic's first word modifies ("seize grain
// lorry", "seize drone crates") names the dispute, and takes the claims
// of that topic when the article names it by that word alone ("the
// grain", "the drones"): the cargo is the event's setting. A topic the
// article also names by its own words ("grain exports") or by a verb of
// its act ("broke the ceasefire"), a seizure the body reports only
// later, a lead event the word does not modify, and a place a topic's
// act strikes ("dam") keep their topic.
func TestCargoEventTopics(t *testing.T) {
	const grain = "Tarsia said the grain was smuggled across the border at night. " +
		"Velland said the grain had been bought at auction in Pell. " +
		"Tarsia said the grain carried no export papers."
	runTopicRows(t, []topicRow{
		{"a border crossing: the cargo's topic goes to the seizure",
			"Tarsian customs officers seize grain lorry at Pell crossing", grain,
			[]string{"lorry seizure", "lorry seizure", "lorry seizure"}},
		{"a port: drones as cargo are no drone strikes",
			"Harbour police seize drone crates at Ostrel docks",
			"Ravel said the drones were crop sprayers for its farms. " +
				"Ostrel said the drones had been fitted with bomb racks.",
			[]string{"crate seizure", "crate seizure"}},
		{"a road: missiles as cargo are no missile strikes",
			"Kestel rebels seize missile truck near Dorn",
			"Kestel said the missiles were for its own coast guard. Dravo said the missiles were meant for rebels.",
			[]string{"truck seizure", "truck seizure"}},
		{"guard: a verb of the topic's act names it",
			"Rebels attack ceasefire convoy near Morn",
			"Kestel said Dravo broke the ceasefire on Sunday. Dravo said the ceasefire had been broken by Kestel.",
			[]string{"ceasefire violations", "ceasefire violations"}},
		{"guard: a lead event the topic's word does not modify",
			"Kestel accuses Dravo of drone war",
			"Kestel said Dravo had sent hundreds of drones over the border this year. Dravo said the drones belonged to smugglers.\n\n" +
				"A fire at a depot in Morn killed two guards, Kestel said.",
			[]string{"drone strikes", "drone strikes", "depot fire"}},
		{"a headline label naming the event",
			"Grain barge seizure: Tarsia and Velland trade charges", grain,
			[]string{"grain barge seizure", "grain barge seizure", "grain barge seizure"}},
		{"guard: the topic named by its own words keeps the claims",
			"Tarsian customs officers seize grain lorry at Pell crossing",
			grain + " Velland said Tarsia had blocked its grain exports for a year. " +
				"Tarsia said Velland's grain exports broke the quota.",
			[]string{"grain exports", "grain exports", "grain exports", "grain exports", "grain exports"}},
		{"guard: a seizure the body reports late is no headline's event",
			"Tarsia and Velland trade charges at Pell crossing",
			grain + "\n\nOfficials spoke on Monday.\n\nThe roads were closed.\n\nVelland said Tarsian officers had seized a grain lorry near Pell.",
			[]string{"grain exports", "grain exports", "grain exports", "grain exports"}},
		{"guard: a part of a place the topic's act strikes",
			"Tailings dam wall collapses at Norvik mine",
			"Norvik Mining said the dam had passed every inspection. The regulator said the dam had been built too steep.",
			[]string{"dam destruction", "dam destruction"}},
	})
}

// TestFeudEventTopics checks that the event a quarrel grew out of ("the
// recall … has turned into a bitter row between", "a runway collision
// has sparked a row between") names the dispute over what each side
// then blames on the other, and that a recall is an event only with its
// "of" ("the recall of 9,000 tonnes of baby formula": a formula recall).
func TestFeudEventTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a food recall turned into a row", "Meridel Foods and regulator at odds",
			"The recall of 9,000 tonnes of baby formula has turned into a bitter row between Meridel Foods and the regulator, with each side blaming the other for a shortage that has emptied shops in the north.\n\n" +
				"Meridel Foods accused the regulator of ordering the recall without testing a single tin.\n\n" +
				"The office said Meridel Foods had hidden two failed tests.",
			[]string{"formula recall", "formula recall"}},
		{"an airport collision sparked a row", "Skyvel Airways and Dorn air traffic service at odds",
			"A runway collision between two jets at Dorn airport has sparked a row between Skyvel Airways and the air traffic service, which blame each other for delays that stranded 30,000 passengers.\n\n" +
				"Skyvel Airways accused the service of clearing both jets at once.\n\n" +
				"The air traffic service said the Skyvel crew had ignored an order to stop.",
			[]string{"runway collision", "runway collision"}},
		{"guard: 'in a row' is no quarrel", "Meridel Foods and regulator at odds",
			"Meridel Foods and the regulator blamed each other for a shortage of baby formula that has emptied shops in the north, the third month in a row that supplies have failed.\n\n" +
				"Meridel Foods accused the regulator of ordering a recall without testing a single tin.",
			[]string{"formula shortage"}},
		{"guard: a row of houses is no quarrel", "Kestel and Dravo trade blame",
			"A rocket crashed into a row of houses in Morn, and Kestel and Dravo blamed each other for the market fire that followed.\n\n" +
				"Kestel said Dravo had fired the rocket.",
			[]string{"market fire", "market fire", "market fire"}},
		// a quarrel "over" an event names it, an open noun only by an
		// event's ending; guard: a standing grievance
		{"a row over an event no list knows", "",
			"A row has erupted between Velland and Ostmark over the disappearance of a Vellandi journalist. Velland accused Ostmark of kidnapping him.",
			[]string{"journalist disappearance"}},
		{"a standoff over a known event no phrase names", "",
			"A standoff between Velland and Ostmark over the detention of a fishing crew deepened on Monday. Velland accused Ostmark of lying.",
			[]string{"detention"}},
		{"guard: an open noun whose of-object goes unnamed", "",
			"A standoff between Velland and Ostmark over the extension of a contract deepened on Monday. Velland accused Ostmark of lying.",
			[]string{"general"}},
		{"guard: a dispute over fees", "",
			"Velland and Ostmark are locked in a dispute over transit fees. Velland accused Ostmark of lying.",
			[]string{"general"}},
		{"guard: a recall without its 'of' names no event", "Velland minister questioned over Dravo contacts",
			"Velland's trade minister, Aldo Renz, said he did not recall the meeting with Dravo officials in March.\n\n" +
				"The opposition said the minister's memory recall was convenient.",
			[]string{"general", "general"}},
	})
}

// TestWhoActTopics checks that parties disputing who did an act ("accuse
// each other over who leaked the contract") name the act as a desk
// does, its verb's noun with its object ("contract leak"), past a sum
// before the noun, when the verb's noun is the verb itself (a leak, a
// spill, a breach), which names no event elsewhere ("a leaked memo");
// and that a question with no act verb or no object names nothing.
func TestWhoActTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"finance: a leak, past a sum", "Corvel Bank and Strand auditors accuse each other over who leaked £12m loan ledger",
			"Corvel Bank blamed the auditors, its chairman Anton Relk said.",
			[]string{"ledger leak"}},
		{"health: a leak", "Dornby clinic and Aquel Labs trade blame over who leaked patient files",
			"The clinic blamed Aquel Labs, its head Ines Marrow said.",
			[]string{"file leak"}},
		{"shipping: a spill", "Harbour board and tanker firm Osterline blame each other for who spilled the fuel oil",
			"The harbour board blamed Osterline, its director Mara Veldt said.",
			[]string{"oil spill"}},
		{"floods: a breach", "Velland farmers and Ostby council accuse each other over who breached the river levee",
			"The farmers blamed the council, their leader Hanne Oss said.",
			[]string{"levee breach"}},
		{"elections: a leak", "Unity Party and Farmers' League accuse each other over who leaked the $3 million donor register",
			"The Unity Party blamed the Farmers' League, its leader Tomas Frey said.",
			[]string{"register leak"}},
		// guards: an event verb is named as before; a verb that names
		// no act; no object
		{"aviation: an event verb", "Skyra Air and Belden airport accuse each other over who hacked booking system",
			"Skyra Air blamed the airport, its chief executive Tomas Frey said.",
			[]string{"system hack"}},
		{"a verb of no act", "Velland parties accuse each other over who signed the border accord",
			"The Unity Party blamed the Farmers' League, its leader Hanne Oss said.",
			[]string{"general"}},
		{"no object", "Velland parties accuse each other over who started first",
			"The Unity Party blamed the Farmers' League, its leader Hanne Oss said.",
			[]string{"general"}},
	})
}

// TestDeadNounTopics checks that a verb's form before the bodies of the
// dead ("frozen bodies", "burned bodies") names no event of its own:
// the deaths the article reports are the story's, and a verb with any
// other object names its event as before.
func TestDeadNounTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"mining: burned bodies", "Nine burned bodies in Ostby mine shaft, and a company and a union that blame each other",
			"The union blamed Ostby Mining for the deaths of the nine miners, its leader Hanne Oss said.",
			[]string{"miner death"}},
		{"border: frozen bodies", "Analysis: Six frozen bodies on the Kessel pass, and two states that each say the other drove them there",
			"Velland blamed Ostmark for the deaths, its interior minister Tomas Frey said.",
			[]string{"death"}},
		{"farming: frozen carcasses", "Velland herders find frozen carcasses and blame Ostmark",
			"The herders blamed Ostmark for the deaths of their sheep, their leader Tomas Frey said.",
			[]string{"sheep death"}},
		// guards: the verb with another object
		{"a burned depot", "Velland rebels burned grain depot, Ostmark says",
			"Ostmark blamed Velland for the attack, the minister said.",
			[]string{"depot burning"}},
		{"a shelled ferry", "Ostmark gunboats shelled ferry, Velland says",
			"Velland blamed Ostmark for the attack, the minister said.",
			[]string{"ferry shelling"}},
	})
}

// TestHeldPersonTopics checks that a person taken by force in one
// side's words ("snatching", "seized") whom the other account says was
// arrested or detained is labelled as a desk does, the detention; a
// person a gang took with no such account, and a vessel seized, keep
// their act.
func TestHeldPersonTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"border: a guard snatched", "Velland accuses Ostmark of snatching border guard; Ostmark says he was spying",
			"Ostmark said the guard was arrested on its side of the line, its minister Tomas Frey said.",
			[]string{"guard detention"}},
		{"aviation: a pilot grabbed", "Skyra accuses Belden of grabbing cargo pilot at Orrin airfield",
			"Belden said the pilot was detained for flying without a permit, its minister Tomas Frey said.",
			[]string{"pilot detention"}},
		{"elections: an activist snatched", "Unity Party accuses police of snatching activist before vote",
			"Police said the activist was detained for breaking curfew, the commissioner Ines Marrow said.",
			[]string{"activist detention"}},
		{"mining: workers seized", "Kessary accuses Tolvane of seizing two mine workers near the border",
			"Tolvane said the workers had been detained for trespass, its governor Hanne Oss said.",
			[]string{"worker detention"}},
		{"border clash: soldiers seized", "Teskora says Vallimar seized two soldiers at the border",
			"Vallimar said the soldiers were arrested in its territory, its minister Hanne Oss said.",
			[]string{"soldier detention"}},
		// guards: no account of an arrest; a vessel, no person
		{"a gang's hostage", "Velland accuses Red Hand militia of snatching aid worker",
			"The militia has not answered, the minister Tomas Frey said.",
			[]string{"worker snatching"}},
		{"a vessel seized", "Teskora accuses Vallimar of seizing trawler",
			"Vallimar said the crew had been detained for fishing illegally, its minister Hanne Oss said.",
			[]string{"trawler seizure"}},
	})
}

// TestParticipleActTopics checks that the object of blame opening with
// a participle ("blame each other for contaminated supply") is named
// by the participle's noun with what it struck, a bare supply by the
// good the article names most; a participle of no act, and an object
// with none, name what they did before.
func TestParticipleActTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"utilities: a supply by its good", "Boil notice for 4,000 homes as Dornby Water and Kell Dairy blame each other for contaminated supply",
			"Residents were told to boil their tap water. Dornby Water blamed the dairy, its director Ines Marrow said. The water tested foul.",
			[]string{"water contamination"}},
		{"mining: pollution", "Ostby Mining and Kessary farmers blame each other for polluted river",
			"The farmers blamed the mine, their leader Hanne Oss said.",
			[]string{"river pollution"}},
		{"farming: a burning", "Velland herders and Ostmark rangers trade blame over burned barn",
			"The herders blamed the rangers, their leader Hanne Oss said.",
			[]string{"barn burning"}},
		{"finance: a leak of a compound", "Corvel Bank and Strand auditors blame each other for leaked loan ledger",
			"Corvel Bank blamed the auditors, its chairman Anton Relk said.",
			[]string{"loan ledger leak"}},
		// guards: a participle of no act; no participle
		{"a disputed tally", "Velland parties blame each other for disputed tally",
			"The Unity Party blamed the Farmers' League, its leader Tomas Frey said.",
			[]string{"general"}},
		{"no participle", "Dornby board and Kell Dairy blame each other for cut supply",
			"The board blamed the dairy, its director Ines Marrow said.",
			[]string{"supply"}},
	})
}

// TestHeadlineParticipleTopics checks that a headline's passive with
// its auxiliary dropped ("after village well contaminated") whose
// participle no event verb lists is named by the participle's noun with
// what it struck, a contamination the article calls poisoning as the
// poisoning; an active verb with its object, and a participle of no
// act, name nothing.
func TestHeadlineParticipleTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"health: a poisoning", "Dozens sick in Brask after village well contaminated; Osterland and Velmar trade accusations",
			"Forty people were treated for poisoning. Osterland accused Velmar of the attack, its minister Karin Dahl said.",
			[]string{"well poisoning"}},
		{"aviation: a contamination", "Jet fuel contaminated at Orrin airport; Skyra Air and its supplier trade blame",
			"Skyra Air blamed the supplier, its chief executive Tomas Frey said.",
			[]string{"fuel contamination"}},
		{"mining: a pollution", "Fish die as Kessary river polluted; farmers blame Ostby Mining",
			"The farmers blamed the mine for the pollution, their leader Hanne Oss said.",
			[]string{"river pollution"}},
		{"finance: a falsification", "Corvel Bank ledger falsified, auditors say; bank blames former chief",
			"The bank blamed its former chief, its chairman Anton Relk said.",
			[]string{"ledger falsification"}},
		// guards: an active verb; a participle of no act
		{"active", "Kell Dairy polluted river, Dornby council says",
			"The council blamed the dairy, its leader Hanne Oss said.",
			[]string{"general"}},
		{"not an act", "Velland result disputed as parties trade blame",
			"The Unity Party blamed the Farmers' League, its leader Tomas Frey said.",
			[]string{"general"}},
	})
}

// TestEarlierChargeTopics checks that an accusation dated to a year
// before the article's ("accused Velland in 2028 of harbouring rebel
// leaders") keeps the act it names, a dispute of the story's
// background, over the story's event; one of the article's year, or
// with no year, takes the event as before.
func TestEarlierChargeTopics(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              string // the second claim's topic
	}{
		{"shipping", "Tanker collision off Kellby: Velland and Ostmark trade blame",
			"Velland blamed Ostmark for the tanker collision, its minister Tomas Frey said.\n\n" +
				"Ostmark's minister Hanne Oss accused Velland in 2031 of smuggling fuel across the strait.", "fuel smuggling"},
		{"border clash", "Border shooting at Kessel pass: Velland and Ostmark trade blame",
			"Velland blamed Ostmark for the border shooting, its minister Tomas Frey said.\n\n" +
				"Ostmark's minister Hanne Oss accused Velland in 2028 of harbouring rebel leaders.", "leader harbouring"},
		{"mining", "Mine collapse at Ostby: Velland and Ostmark trade blame",
			"Velland blamed Ostmark for the mine collapse, its minister Tomas Frey said.\n\n" +
				"Ostmark's minister Hanne Oss accused Velland in 2029 of dumping mine waste in the river.", "waste dumping"},
		{"finance", "Mine collapse at Ostby: Velland and Ostmark trade blame",
			"Velland blamed Ostmark for the mine collapse, its minister Tomas Frey said.\n\n" +
				"Ostmark's minister Hanne Oss accused Velland in 2030 of rigging currency markets.", "market rigging"},
		// guards: the article's own year; no year
		{"this year", "Border shooting at Kessel pass: Velland and Ostmark trade blame",
			"Velland blamed Ostmark for the border shooting, its minister Tomas Frey said.\n\n" +
				"Ostmark's minister Hanne Oss accused Velland in 2034 of harbouring rebel leaders.", "border shooting"},
		{"no year", "Border shooting at Kessel pass: Velland and Ostmark trade blame",
			"Velland blamed Ostmark for the border shooting, its minister Tomas Frey said.\n\n" +
				"Ostmark's minister Hanne Oss accused Velland of harbouring rebel leaders.", "border shooting"},
		// guard: a year that dates the background, not the charge
		{"a year of the background", "Cable cut in the Kessel strait: Velland and Ostmark trade blame",
			"Velland blamed Ostmark for the cable cut, its minister Tomas Frey said.\n\n" +
				"Ostmark's minister Hanne Oss has accused Velland over the strait since a fishing dispute in 2029.", "cable cut"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Title: tt.title, Published: "2034-05-02"}})
			if len(res.Claims) != 2 || res.Claims[1].Topic != tt.want {
				t.Errorf("want the second claim's topic %q:%s", tt.want, describe(res.Claims))
			}
		})
	}
}

// TestTakingLemmas holds the one probe of takingLemmas to the two of
// takingVerbs it replaced.
func TestTakingLemmas(t *testing.T) {
	for _, lem := range []string{"seize", "seiz", "captur", "capture", "kidnap", "kidnape", "grab", "grabe", "snatch",
		"abduct", "abducte", "shell", "detain", "arrest", "", "e", "seizee", "sei"} {
		if got, want := takingLemmas[lem], takingVerbs[lem] || takingVerbs[lem+"e"]; got != want {
			t.Errorf("takingLemmas[%q] = %v, want %v", lem, got, want)
		}
	}
}

// TestSentenceCaseHeadline checks the headline's first word, capitalised
// by its place: a common noun the body writes in lower case may name the
// event ("Tanker seized …": a tanker seizure), after a one-word kicker
// too, and an article loaded without its .meta.json takes the headline
// the cleaning found at its top as its title.
func TestSentenceCaseHeadline(t *testing.T) {
	const body = "Ostmark's foreign ministry summoned Veldra's ambassador over the seizure. Veldra's navy said the tanker had ignored orders to stop. Ostmark accused Veldra of piracy."
	tests := []struct {
		name, title, text, want string // want: the accusation's topic
	}{
		{"meta title", "Tanker seized in Corran Strait as Veldra and Ostmark trade threats", body, "tanker seizure"},
		{"after a kicker", "Live: Tanker seized in Corran Strait as Veldra and Ostmark trade threats", body, "tanker seizure"},
		{"after a two-word page label", "Fact check: Tanker seized in Corran Strait as Veldra and Ostmark trade threats", body, "tanker seizure"},
		{"no meta: the headline in the text", "", "Tanker seized in Corran Strait as Veldra and Ostmark trade threats\n\nBy Staff Reporter\n\n" + body, "tanker seizure"},
		// guard: a word the body never writes in lower case may be a name
		{"guard: a name", "Harrow seized in Corran Strait as Veldra and Ostmark trade threats", body, "general"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Title: tt.title}})
			got := "no accusation"
			for _, c := range res.Claims {
				if c.Kind == graph.KindAccusation {
					got = c.Topic
				}
			}
			if got != tt.want {
				t.Errorf("topic %q, want %q:%s", got, tt.want, describe(res.Claims))
			}
		})
	}
}

// TestHeadlineNamesEvent checks that of two names the article gives one
// event by the same noun, the headline's is the event's name, however
// often the body uses the other ("the loss of the helicopter"), and that
// what was folded into the other name follows it (the weapon a denial
// names).
func TestHeadlineNamesEvent(t *testing.T) {
	const title = "Velland says Ostmark missile downed border helicopter"
	body := "Velland blamed Ostmark for the loss of the helicopter on Monday. Ostmark denied any role in the loss of the helicopter. Velland said the loss of the helicopter would be answered. Ostmark accused Velland of staging the loss of the helicopter. Ostmark's defence ministry denied firing any missile."
	res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(body), Meta: graph.Document{Title: title}})
	for _, c := range res.Claims {
		if (c.Kind == graph.KindAccusation || c.Kind == graph.KindDenial) && c.Topic != "helicopter downing" {
			t.Errorf("topic %q, want %q:%s", c.Topic, "helicopter downing", describe(res.Claims))
			break
		}
		// the weapon the denial names is the event's: no "fire
		// helicopter downing"
		if strings.HasPrefix(c.Action, "fire ") {
			t.Errorf("action %q:%s", c.Action, describe(res.Claims))
		}
	}
}

// TestNamedSubstanceTopics checks that an event whose noun is a kind of
// substance ("gas", "fuel", "acid") is named by the substance the
// article writes before it, and only by a substance.
func TestNamedSubstanceTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a gas in the headline", "Ammonia gas leak at Brelton cold store sends six to hospital",
			"Brelton Foods blamed Harrow Refrigeration for the leak, its director said.",
			[]string{"ammonia gas leak"}},
		{"a fuel in the body", "",
			"The port authority blamed Cosmar Shipping for the diesel fuel spill in the harbour, a spokesman said.",
			[]string{"diesel fuel spill"}},
		{"an acid", "Sulphuric acid spill closes Dunmore smelter road",
			"Dunmore Mining blamed the haulier Tresk Transport for the spill, its manager said.",
			[]string{"sulphuric acid spill"}},
		// guards: a word before the noun that names no substance; no
		// word before it
		{"a doubt is no substance", "Suspected gas leak at Brelton cold store sends six to hospital",
			"Brelton Foods blamed Harrow Refrigeration for the leak, its director said.",
			[]string{"gas leak"}},
		{"a determiner", "",
			"The port authority blamed Cosmar Shipping for the fuel spill in the harbour, a spokesman said.",
			[]string{"fuel spill"}},
	})
}

// TestConsequenceTopics checks that deaths the parties blame each other
// for are named by the event the article says killed ("were crushed to
// death": a crush), and stay deaths when it names none.
func TestConsequenceTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"sport: a crowd", "",
			"Six fans were crushed to death at the north gates of the Harlow stadium on Saturday. Harlow Rovers blamed the city police for the deaths, its chairman Piet Lund said.",
			[]string{"crush"}},
		{"pilgrimage: a crowd at a ferry", "",
			"Nine pilgrims were crushed to death on the Orsk ferry ramp. The Velland ministry blamed the operator Calder Lines for the deaths, its spokesman Ivo Sarn said.",
			[]string{"crush"}},
		// guards: no verb of how they died; a verdict
		{"no cause", "",
			"Six fans died at the north gates of the Harlow stadium on Saturday. Harlow Rovers blamed the city police for the deaths, its chairman Piet Lund said.",
			[]string{"death"}},
		{"a verdict", "",
			"Two guards were sentenced to death in Orsk after the riot. Velland blamed Ostmark for the deaths, its minister Ivo Sarn said.",
			[]string{"death"}},
	})
}

// TestStruckPartyTopics checks that a shooting an armed side names by
// its own party ("its patrol was fired on") is named by the person the
// headline says it killed, and keeps its name when no one else is
// named killed.
func TestStruckPartyTopics(t *testing.T) {
	const body = "Velland accused Ostmark of firing first on its patrol, its minister Ivo Sarn said. Ostmark accused Velland of the shooting, its spokesman Karel Dunn said."
	runTopicRows(t, []topicRow{
		{"border: a shepherd", "Shepherd shot dead in Orsk valley; Velland says its patrol was fired on", body,
			[]string{"shepherd shooting", "shepherd shooting"}},
		{"a protest: a student", "Student shot dead at Dunmore rally; Velland says its police were fired on",
			"Velland accused Ostmark agents of firing first on its police, its minister Ivo Sarn said. Ostmark accused Velland of the shooting, its spokesman Karel Dunn said.",
			[]string{"student shooting", "student shooting"}},
		// guards: no one named killed; the one killed is of the armed
		// party
		{"no victim", "Velland says its patrol was fired on in Orsk valley", body,
			[]string{"patrol shooting", "patrol shooting"}},
		{"an armed victim", "Soldier shot dead in Orsk valley; Velland says its patrol was fired on", body,
			[]string{"patrol shooting", "patrol shooting"}},
	})
}

// TestHitDeviceTopics checks that a vehicle hitting a device on land
// is the device's blast, not a strike on the device; a ship striking a
// mine stays a mine strike, and a strike on a place keeps its target.
func TestHitDeviceTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a bus on a road", "Bus carrying farm workers hits landmine near Orsk, six dead",
			"Velland blamed Ostmark for the attack, its minister Ivo Sarn said.",
			[]string{"mine blast"}},
		{"a truck in the body", "",
			"A fuel truck struck a roadside bomb outside Dunmore on Monday. Velland blamed Ostmark for the blast, its minister Ivo Sarn said.",
			[]string{"bomb blast"}},
		// guards: a ship and a mine at sea; a strike on a place
		{"a ship", "",
			"The cargo ship Arla struck a mine in the Orsk strait on Monday. Velland blamed Ostmark for the attack, its minister Ivo Sarn said.",
			[]string{"mine strike"}},
		{"a place", "Ostmark missile hits Dunmore depot",
			"Velland blamed Ostmark for the attack, its minister Ivo Sarn said.",
			[]string{"depot strike"}},
	})
}

// TestGroundingTopics checks that a vessel that runs aground, or
// strikes a sandbank, a reef or rocks, is a grounding named by the
// vessel, not a strike on what it ran onto; a missile that hits a bank
// and a ship that strikes a mine keep their strikes.
func TestGroundingTopics(t *testing.T) {
	const blame = "Velland blamed Ostmark for the accident, its minister Ivo Sarn said."
	runTopicRows(t, []topicRow{
		{"headline: ran aground", "Velland and Ostmark trade blame after ferry runs aground in Orsk bay", blame,
			[]string{"ferry grounding"}},
		{"body: struck a sandbank", "",
			"The ferry Marta Lind struck a sandbank in the Orsk channel on Monday. " + blame,
			[]string{"ferry grounding"}},
		{"body: hit a reef", "",
			"A cargo ship hit a reef off Dunmore late on Sunday. " + blame,
			[]string{"ship grounding"}},
		{"body: the grounding of", "",
			"Velland accused Ostmark of causing the grounding of a tanker near Dunmore, its minister Ivo Sarn said.",
			[]string{"tanker grounding"}},
		// guards: a weapon that hits a bank; a ship that strikes a mine
		{"a missile and a bank", "",
			"An Ostmark missile hit the bank in Dunmore on Monday. Velland blamed Ostmark for the attack, its minister Ivo Sarn said.",
			[]string{"bank strike"}},
		{"a ship and a mine", "",
			"The cargo ship Arla struck a mine in the Orsk strait on Monday. Velland blamed Ostmark for the attack, its minister Ivo Sarn said.",
			[]string{"mine strike"}},
	})
}

// TestReportedClauseTopics checks that a headline's clause after a verb
// of saying reads its event word as the verb of a singular subject
// ("fishermen say survey ship cut nets": a net cut, not a "ship cut"),
// and that a verb of severing names what it went through ("of cutting
// through their nets"); a compound with no verb of saying before it,
// and a verb of movement through a place, keep their readings.
func TestReportedClauseTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"fishing: headline clause", "Fishermen say cable survey ship cut nets off Tarby",
			"The Tarby Fishermen's Guild blamed Kessel Cable, its chair Tomas Frey said.",
			[]string{"net cut"}},
		{"shipping: headline clause, four nouns", "Ferry crew says port authority tug boat cut mooring lines at Lenn",
			"Skyra Ferries blamed the Lenn port authority, its chief Karin Dahl said.",
			[]string{"line cut"}},
		{"fishing: cut through", "",
			"Fishermen in Tarby have accused a cable firm's survey ship of cutting through their nets in Hollow Bay, their leader Tomas Frey said.",
			[]string{"net cut"}},
		{"farming: tore through", "",
			"Velland accused Ostmark soldiers of tearing through the border fence, its minister Karin Dahl said.",
			[]string{"fence tearing"}},
		// guards: what a verb of severing goes through is no thing cut
		{"cutting through red tape", "",
			"Tarby traders accused the council of cutting through red tape to favour its friends, their leader Karin Dahl said.",
			[]string{"cutting"}},
		{"cutting through a park", "",
			"Tarby residents accused the council of cutting through the park to build the road, their leader Karin Dahl said.",
			[]string{"cutting"}},
		// guards: the clause's own verb follows the event word
		{"budget cut hits schools", "Minister says budget cut hits schools in Tarby",
			"The Tarby teachers' union blamed the finance ministry, its chair Karin Dahl said.",
			[]string{"budget cut"}},
		{"power cut caused chaos", "Experts say power cut caused chaos",
			"Experts said the power cut had caused chaos at the Tarby airport. The airline accused the utility of ignoring warnings.",
			[]string{"power cut", "power cut"}},
		// guards: no verb of saying; movement through a place
		{"no verb of saying", "Power cut hits Tarby as Velland and Ostmark trade blame",
			"Velland blamed Ostmark for the power cut, its minister Karin Dahl said.",
			[]string{"power cut"}},
		{"movement through", "",
			"Velland accused Ostmark soldiers of driving through the checkpoint, its minister Karin Dahl said.",
			[]string{"driving"}},
	})
}

// TestOwnVerbNounTopics checks that a claim's own event, other than the
// article's, is named by the noun a desk keeps for the verb the claim
// wrote ("of shelling the grain terminal": a terminal shelling), while
// the article's own event keeps the article's commonest word.
func TestOwnVerbNounTopics(t *testing.T) {
	const mast = "Velland blamed Ostmark for the strike on the mast. Ostmark blamed Velland's air defences for the strike. "
	runTopicRows(t, []topicRow{
		{"ports: an earlier shelling", "Velland says Ostmark missile toppled Kessel radio mast, killing two",
			mast + "In February, Velland accused Ostmark gunners of shelling the grain terminal at the port of Lenn.",
			[]string{"mast strike", "mast strike", "terminal shelling"}},
		{"diplomacy: an earlier storming", "Velland says Ostmark missile toppled Kessel radio mast, killing two",
			mast + "Last year Velland accused Ostmark police of storming the consulate in Tarn.",
			[]string{"mast strike", "mast strike", "consulate storming"}},
		// guard: a verb whose object is not the event's
		{"ports: another thing shelled", "Velland says Ostmark missile toppled Kessel radio mast, killing two",
			mast + "In February, Velland accused Ostmark gunners of shelling positions near the grain terminal at the port of Lenn.",
			[]string{"mast strike", "mast strike", "terminal strike"}},
	})
}

// TestOutageOfHackTopics checks that a service outage in an article that
// names hacking is filed under the cyberattacks each side blames on the
// other, while an outage with no hacking and a blackout keep their own
// names.
func TestOutageOfHackTopics(t *testing.T) {
	const blame = "Velland blamed Ostmark for the outage, its minister Karin Dahl said. Ostmark blamed Velland's own banks, its spokesman Tomas Frey said."
	runTopicRows(t, []topicRow{
		{"banking: an outage and hackers", "Tarnby Savings Bank outage enters second day as Velland blames Ostmark",
			"The bank said a hacking group had got into its payment servers. " + blame,
			[]string{"cyberattacks", "cyberattacks", "cyberattacks"}},
		{"rail: an outage and hacking", "Kessel rail ticketing outage: Velland blames Ostmark spies",
			"Engineers found signs of hacking on the ticket servers. " + blame,
			[]string{"cyberattacks", "cyberattacks"}},
		// guards: no hacking; a blackout
		{"an outage, no hacking", "Tarnby Savings Bank outage enters second day as Velland blames Ostmark",
			"The bank said a faulty update had taken down its payment servers. " + blame,
			[]string{"tarnby savings bank outage", "tarnby savings bank outage", "tarnby savings bank outage"}},
		{"a blackout and hackers", "Velland blames Ostmark for nationwide blackout",
			"The grid operator said a hacking group had got into its control servers. " +
				"Velland blamed Ostmark for the blackout, its minister Karin Dahl said. Ostmark blamed Velland's own grid, its spokesman Tomas Frey said.",
			[]string{"nationwide blackout", "nationwide blackout", "nationwide blackout"}},
	})
}

// TestBallotStuffingTopics checks that stuffing ballot boxes, in any of
// the phrases news writes it with, is the configured election
// interference an analyst files vote fraud under, not a "box stuffing"
// of its own; ballot boxes burned stay a fire.
func TestBallotStuffingTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"elections: stuffing ballot boxes", "",
			"The Tarn Farmers' League accused the Unity Party of stuffing ballot boxes in 40 polling stations, its leader Tomas Frey said.",
			[]string{"election interference"}},
		{"elections: ballot stuffing", "",
			"The Tarn Farmers' League accused the Unity Party of ballot stuffing in the east, its leader Tomas Frey said.",
			[]string{"election interference"}},
		// guard: ballot boxes burned
		{"elections: ballot boxes burned", "Ballot boxes set on fire at two schools in Tarn; parties trade blame",
			"The Unity Party blamed the Farmers' League, its leader Tomas Frey said.",
			[]string{"box fire"}},
	})
}

// TestPageLabelAndPoisonMeans checks that a headline's two-word label of
// the page's kind ("Fact check:") names no event, and that a weapon a
// person was poisoned with names the poisoning, not the weapon's use; a
// weapon used on a place keeps its configured topic.
func TestPageLabelAndPoisonMeans(t *testing.T) {
	const dl = "BRASK, Ostmark, May 9 (Wirenews) - "
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"a fact check's headline", "Fact check: Did Ostmark expel Dravian diplomats without evidence?",
			dl + "Ostmark expelled six Dravian diplomats on 12 May, saying they were spies. Dravia said Ostmark had not shown a shred of evidence.",
			[]string{"general", "general"}},
		{"a nerve agent a person was poisoned with", "",
			dl + "Former Dravian agent Pel Marsk collapsed in a park in Brask on 3 May. Ostmark's government says he was poisoned with a nerve agent. " +
				"An independent chemical weapons watchdog confirmed the findings on 15 May.",
			[]string{"poisoning", "poisoning"}},
		{"guard: a nerve agent dropped on a village", "",
			dl + "Ostmark's government says Dravian jets dropped a nerve agent on the village of Tesk. Dravia has denied any role.",
			[]string{"chemical weapons", "chemical weapons"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTopics(t, tt.title+"\n\n"+tt.text, tt.title, tt.want)
		})
	}
}

// TestShellFireTopics checks that "fired on X" in a story of artillery
// fire is X's shelling, as "shelled X" is, and that a craft's fire, or
// fire in a story with no shells, stays a shooting.
func TestShellFireTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"forces fired on the depot after artillery fire", "",
			"Ostmark artillery fired at least nine shells near the Tesk fuel depot overnight, the Velland defence ministry said. " +
				"The Ostmark army denied it and said Velland's own forces had fired on the depot to stage a provocation.",
			[]string{"depot shelling", "depot shelling", "depot shelling"}},
		{"guard: a drone fired on the depot", "",
			"Ostmark artillery fired at least nine shells near Tesk overnight, the Velland defence ministry said. " +
				"The Ostmark army said a Velland drone had fired on the depot.",
			[]string{"depot shooting", "depot shooting"}},
		{"guard: no shells in the story", "",
			"Velland said Ostmark's border guards had fired on the depot to stage a provocation.",
			[]string{"depot shooting"}},
		{"guard: police fired tear gas shells, then on the protesters", "",
			"Police fired tear gas shells to disperse the crowd outside the Kessa assembly. " +
				"Protest leaders accused police of having fired on the protesters without warning.",
			[]string{"protester shooting"}},
		{"guard: gunmen fired on a bus in a story that names artillery", "",
			"Gunmen fired on a bus carrying pilgrims near Kessa, police said. " +
				"The army, which had deployed artillery to the hills last week, blamed the Hollow Reed Movement.",
			[]string{"bus shooting", "bus shooting"}},
	})
}

// TestCoordinatedClauseBlameTopics checks that blame traded after two
// things that did something together ("after trawler and frigate
// collided") names the clause's event by the second thing, as a headline
// "Trawler and frigate collide" would, not by the first noun alone.
func TestCoordinatedClauseBlameTopics(t *testing.T) {
	const body = "Velland blamed Ostmark for the incident, its minister Karin Dahl said."
	runTopicRows(t, []topicRow{
		{"shipping: two vessels collided", "Velland and Ostmark trade blame after trawler and frigate collided off Kessa", body,
			[]string{"frigate collision"}},
		{"shipping: a vessel of the list", "Velland and Ostmark trade blame after corvette and ferry collide in Tarn Strait", body,
			[]string{"ferry collision"}},
		{"guard: roads: two vehicles crash (read so before)", "Velland and Ostmark trade blame after bus and lorry crash on mountain road", body,
			[]string{"lorry crash"}},
	})
}

// TestDatedBackgroundCharges checks that a charge in a paragraph of
// history, dated by the year its sentence opens with or counted from
// it ("Two years later"), names its own act, joined to an act with no
// object when the first names none, and not the story's event.
func TestDatedBackgroundCharges(t *testing.T) {
	title := "Blast at Orsk fuel depot kills four"
	text := "An explosion tore through the Orsk fuel depot on Monday, officials said. Velland blamed Ostmark for the blast.\n\n" +
		"The two have a history. In 2031 Velland accused Ostmark of poisoning a reservoir near the border. " +
		"Two years later Ostmark accused Velland of trespassing on its land and damaging a border fence.\n\n" +
		"Two days later Ostmark accused Velland of staging the blast."
	res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(text), Meta: graph.Document{Title: title, Published: "2036-05-04"}})
	want := map[string]string{
		"Velland blamed Ostmark for the blast.":                                           "depot blast",
		"Velland accused Ostmark of poisoning a reservoir near the border.":               "reservoir poisoning",
		"Ostmark accused Velland of trespassing on its land and damaging a border fence.": "fence damage",
		"Ostmark accused Velland of staging the blast.":                                   "depot blast",
	}
	for _, c := range res.Claims {
		if w, ok := want[c.Text]; ok {
			if c.Topic != w {
				t.Errorf("%q: topic %q, want %q", c.Text, c.Topic, w)
			}
			delete(want, c.Text)
		}
	}
	for text := range want {
		t.Errorf("no claim %q:%s", text, describe(res.Claims))
	}
}

// TestCausedActTopics checks that a charge of moving someone to act
// ("of encouraging its trawlers to raid …") names no act of the mover's
// verb with the doer as its object (a "trawler encouraging"): the
// infinitive's act where the charges read one, else the charge's verb;
// a verb that is the act itself keeps its object ("of harassing its
// trawlers").
func TestCausedActTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"fishing: encouraging to raid", "",
			"Velland accused Ostmark of encouraging its trawlers to raid the Kessel banks, its minister Karin Dahl said.",
			[]string{"bank raid"}},
		{"border: ordering to shoot", "",
			"Velland accused Ostmark of ordering its guards to shoot at farmers near Tarby, its minister Karin Dahl said.",
			[]string{"ordering"}},
		// guard: no verb of causing
		{"harassing", "",
			"Velland accused Ostmark patrol boats of harassing its trawlers off Tarby, its minister Karin Dahl said.",
			[]string{"trawler harassment"}},
	})
}

// TestObjectStopWords checks that an indefinite pronoun or an adverb
// after a verb of an event is no part of its object (noObjectWords):
// the act keeps the noun before the adverb, and a pronoun names no
// thing, so the claim takes the article's event.
func TestObjectStopWords(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"an adverb after the object", "",
			"Fishers told the coastguard that a grey cutter had rammed their boat twice, the harbour master Ana Dell said.",
			[]string{"boat ramming"}},
		{"an indefinite pronoun as the object", "",
			"Korvel accused Dunmarch of ramming a ferry. The cutter's captain, Ivo Brand, denied that his crew had tried to ram anyone.",
			[]string{"ferry ramming", "ferry ramming"}},
		{"guard: no place word as the object", "",
			"Korvel said Dunmarch gunners had shelled positions around the town of Harl without warning.",
			[]string{"general"}},
	})
}

// TestSingularModifiers checks that the noun an event struck is named
// singular in its label, short words too ("net cut", "box fire"), and
// that a short plural which is a word of its own stays (pluralWords).
func TestSingularModifiers(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a short plural subject", "",
			"The Orm Fishers' Guild said the nets were cut overnight, its chairman Ivo Brand said.",
			[]string{"net cut"}},
		{"a short plural in -xes", "",
			"Korvel accused Dunmarch of seizing the boxes at the Harl depot, the minister said.",
			[]string{"box seizure"}},
		{"a longer plural", "",
			"Korvel accused Dunmarch of seizing the trawlers at the Harl quay, the minister said.",
			[]string{"trawler seizure"}},
	})
	for _, tt := range []struct{ in, want string }{
		{"nets", "net"}, {"boxes", "box"}, {"trawlers", "trawler"}, {"villages", "village"},
		// guards: a plural that is a word of its own, a word in -ss, a
		// singular
		{"arms", "arms"}, {"news", "news"}, {"grass", "grass"}, {"bus", "bus"}, {"market", "market"},
		// guards: words that only end in "s"
		{"this", "this"}, {"does", "does"}, {"plus", "plus"}, {"ours", "ours"}, {"hers", "hers"},
	} {
		if got := modifierSingular(tt.in); got != tt.want {
			t.Errorf("modifierSingular(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWeakModifierTopics checks that a noun naming no thing an event
// struck is left out of its label: what was said of the event (an
// allegation, results), a thing of no kind ("the object") and a measure
// of land ("acres"); and that "works",
// one plant, stays plural ("works fire", not "work fire").
func TestWeakModifierTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"a measure of land", "",
			"Korvel Forestry blamed the Harl council for the wildfire that burned through 900 acres of pine and heath, its director Ivo Brand said.",
			[]string{"wildfire"}},
		{"an allegation leaked", "",
			"Dunmarch Shipping accused the Harl port board of leaking the allegation to reporters, its chairman Ivo Brand said.",
			[]string{"leaking"}},
		{"results withheld", "",
			"The Harl council accused Dunmarch Paints of withholding the results of its own soil tests, the mayor Ana Dell said.",
			[]string{"withholding"}},
		{"a thing of no kind", "",
			"Korvel accused Dunmarch of having looted the same object from a Korvelian abbey in 1890, the minister Ivo Brand said.",
			[]string{"general"}},
		{"a works fire", "",
			"The Harl council blamed Dunmarch Paints for the fire at its works, the mayor Ana Dell said.",
			[]string{"works fire"}},
		{"guard: a thing struck stays", "",
			"Korvel Forestry blamed the Harl council for the fire that burned through the sawmill, its director Ivo Brand said.",
			[]string{"sawmill fire"}},
	})
}
