package extract

import (
	"context"
	"strings"
	"testing"
)

// Floors on the invented articles of testdata: wire copy about disputes
// no list of the project names (armed groups, states and companies made
// up for the tests), labelled by hand. They are scored with the default
// taxonomy and no configuration, as a new user would run contra on news
// of a dispute nobody listed.
//
// The sets were written one after another, each after the rules had been
// tuned on the ones before, and each was scored once before anything was
// changed for it; those first scores are the honest estimate of how the
// rules carry over to disputes they were not tuned on:
//
//   - invented (six articles): the rules were tuned on these first.
//   - heldout (four): first scored attribution F1 0.76, accusation F1
//     0.30, one mutual accusation of four.
//   - heldout2 (three): first scored attribution F1 0.68, accusation F1
//     0.00, accusation pairs F1 0.20 (the state behind "the army" and
//     "the government" was not found, nor a group introduced as "the
//     Crimson Hand militia"). Its topic labels were left as written:
//     triples whose topic is named otherwise than labelled ("ferry
//     hijacking" for "ferry captain killing") count as wrong, so its
//     floor is on the pairs.
//   - heldout3 (three): first scored attribution F1 0.81, accusation F1
//     0.00, accusation pairs F1 0.73, no mutual accusation of three.
//   - heldout4 (one: two militias no list names blame each other for an
//     aid convoy ambush): first scored attribution F1 0.96, accusation F1
//     1.00, its mutual accusation found on the induced topic "convoy
//     ambush"; nothing was changed for it.
//   - heldout5 (one: two states no list names accuse each other of
//     poisoning wells): first scored attribution F1 0.92, accusation F1
//     1.00, its mutual accusation found; then "…, describing the charges
//     as …" became a report (0.96).
//   - heldout6 (one: two states no list names accuse each other of
//     meddling in an election): first scored attribution F1 0.92,
//     accusation F1 0.00, pairs F1 0.67, no mutual accusation. The claims
//     land on the configured topic "election interference" (one on
//     "disinformation"), labelled "election meddling": synonyms the
//     strict matcher does not join; the counter-accusation ("Belvora had
//     itself spent years funding opposition newspapers") is read as an
//     assertion. Then a report's own speaker was preferred to a trailing
//     "according to a statement" (attribution 1.00).
//   - heldout7 (one: two states no list names, spying charges against one
//     side's engineers, "hostage diplomacy" from the other): scored
//     once, nothing changed: attribution F1 0.91, accusation pairs F1
//     1.00 and the mutual accusation found, but on topic "general": a
//     dispute without a harm noun or verb induces no event phrase, so
//     accusation F1 0.00. Then a document with no topic and no event
//     took the act its charges name ("charged … with spying": topic
//     "spying"): accusation F1 1.00, the mutual accusation on it.
//   - heldout8 (three: shelling that breaks a border ceasefire, a coast
//     guard boat said to have rammed a trawler, a blackout one state
//     blames on the other's hackers): scored once before anything was
//     changed for them: attribution F1 0.89 (P 0.90, R 0.88), accusation
//     F1 0.35, pairs F1 0.77, one mutual accusation of three (the
//     ceasefire one; the other two land on topics worded otherwise than
//     labelled, "fishermen attack", "grid attack" and "cyberattacks").
//   - heldout9 (one: a dam's gates opened without warning, villages
//     flooded downstream, each state blaming the other): scored once
//     before anything was changed: attribution F1 0.70 (P 0.70, R 0.70),
//     accusation F1 0.00, pairs F1 0.00, no mutual accusation: the
//     second state's ministry, its denial and its counter-accusation are
//     all given to the first state's government (the speaker "Dravik's
//     water ministry" is read as the dateline's side), and the induced
//     topic is "dam destruction" with the accuser as the accused.
//   - heldout10 (one: a train derailment one state blames on the other's
//     saboteurs and the other on neglected rails, with the ad, "Read
//     more" and share lines of a wire page): scored once before any
//     change, and not tuned on: attribution F1 0.80 (P 0.67, R 1.00),
//     accusation F1 0.00 (topics "terrorism" and "line attack" where the
//     reader says "train derailment"), pairs F1 1.00, no mutual
//     accusation on the labelled topic.
//   - heldout11 (one: a transport ministry and a dockers' union, which no
//     list names, blame each other for a crane collapse at a port; ad,
//     donation appeal, "Read more" and share lines): scored once before
//     any change, and not tuned on: attribution F1 0.74 (P 0.77, R 0.71),
//     accusation F1 0.00, pairs F1 0.00, no mutual accusation: the
//     "blamed each other" lead and the quote after "she told reporters"
//     give nothing, and the union's counter-accusation is read as the
//     state accusing itself ("valmora>valmora"). Then places after a
//     reporting verb became prepositions (a PolNeAR bucket: "he said
//     outside the building"), which gave its "she told reporters
//     outside the port gates" quote back: attribution F1 0.81.
//   - heldout13 (one: two states no list names accuse each other over a
//     downed airliner) and heldout14 (one: a provincial government and a
//     mining company trade blame after a landslide), written together
//     and scored once before any change: attribution F1 0.80 and 0.78,
//     accusation F1 0.00 and 0.00, pairs F1 1.00 and 0.00, no mutual
//     accusation (heldout13's pair on "missile strikes" where the reader
//     says "airliner downing"; heldout14's pair subject "the provincial
//     government of Harn and …" gives no pair).
//   - heldout15 (one: a power company and the state's energy regulator
//     blame each other for a blackout), scored once before any change
//     and not tuned on: attribution F1 0.67 (P 0.75, R 0.60), accusation
//     F1 0.00, pairs F1 0.00, no mutual accusation (the regulator is
//     named in apposition, "the regulator, the Corvanian Energy
//     Authority, said", and the lead's first party by its description,
//     "Corvania's energy regulator and the country's largest power
//     company, Halvor Power, blamed each other"). Its floor guards what
//     it scored, as a held-out set.
//
// Since then every set has been tuned on too: the floors guard what the
// rules do now.
//
// Written after that tuning and scored once, at 38ef73d, before any change:
//   - heldout16 (one: a national football federation and a private
//     broadcaster accuse each other over the broadcaster's match-fixing
//     report) and heldout17 (one: two states no list names blame each
//     other after a drone crashes onto a house in a border village),
//     written and labelled together before anything was run.
//     heldout16: attribution F1 0.60 (P 0.56, R 0.64), accusation F1
//     0.00, pairs F1 0.00, no mutual accusation (the lead's "Brevonia's
//     football federation accused … Kastel TV … of" is given to the
//     state's government, and no claim carries an accusation).
//     heldout17: attribution F1 0.93 (P 0.88, R 1.00), accusation F1
//     0.00, pairs F1 1.00, the mutual accusation found with the right
//     sides on the topic "drone strikes" where the reader says "drone
//     crash". Their floors guard what they scored, as held-out sets.
//
// Since then heldout16 and heldout17 have been tuned on too.
//
// Written blind by an engineer who had not read the rules, and scored
// once before any change meant for them (at e74809d, and at 7f11c53
// for heldout21 and heldout22, which were written while the rules of
// heldout18–20's pass were being built and were not shown to them):
//   - heldout18 (one: two states' coast guards over a migrant boat that
//     sank; terse wire copy): attribution F1 0.88, accusation F1 0.80,
//     pairs F1 1.00, the mutual accusation found.
//   - heldout19 (one: a chemical company and a workers' union over a
//     plant explosion; a long feature): 0.67, 0.00, pairs 0.00, none
//     (the union's name cut to "Chemical Workers' Union", "the company"
//     not resolved, the event named "plant blast").
//   - heldout20 (one: a state blames the other's intelligence service
//     for poisoning an exiled dissident; a live blog): 0.81, 0.00, pairs
//     0.80, the pair found on "forty collapse" ("a man in his forties
//     collapsed").
//   - heldout21 (one: a wildfire each of two states says started on the
//     other's side; a long report): 0.71, 0.00, pairs 1.00, the pair on
//     "stubble burning" where the reader says "wildfire".
//   - heldout22 (one: two shipping companies over an oil spill after a
//     collision; a broadcaster's web story): 0.78, 0.50, pairs 0.50, no
//     mutual accusation ("The two companies involved are blaming each
//     other" gives nothing).
//
// heldout18–20 were then tuned on (their patterns, with sentences
// written for the tests); heldout21 and heldout22 were not, and their
// floors guard what they scored.
//
// Then heldout21's pattern (the pair filed under one side's account of
// the fire's cause) was fixed: a fire both sides talk about names the
// dispute (accusation F1 0.00 -> 1.00, the mutual accusation found).
//
// Written for the topic pass after heldout21 and scored once (at
// d4ed08c) before the rules meant for them:
//   - invented2 (two: two states accuse each other of jamming navigation
//     signals, one minister calling it "an attack on civil aviation"; two
//     states trade blame over a fish die-off in a shared lake, each
//     blaming the other's acts, a mill's waste and farms' fertiliser):
//     attribution F1 0.74, accusation F1 0.25, pairs F1 1.00, no mutual
//     accusation of two (on "aviation attack" and "fertiliser"). Then the
//     act a charge names by a gerund and its object became a topic
//     ("signal jamming"), weaker than an event the article reports:
//     accusation F1 1.00, both mutual accusations found.
//   - invented2's third article (two companies no list names trade
//     accusations over a leak of customer records), written after those
//     rules and scored once, nothing changed for it: attribution F1
//     1.00, its topic right ("record leak"), but no accusation (both
//     read as assertions, the operator's side taken for its state):
//     the set's totals 0.81, 0.80, pairs 0.80, mutual 2 of 3.
//
// Written for the accusation pass of the same session (branch xaccuse3,
// which first named it invented2) before its rules: invented3 (three: two
// rail firms blame each other for a derailment, first score attribution
// 0.67, accusations 0.00; a union and a port operator for a picket
// clash, 0.52 and 0.40; two armed groups for a bridge bombing, written
// after the pair rules, 0.92 and 1.00). Then pair subjects described
// before they are named ("the striking dockers' union and the port's
// operator traded accusations", "the two armed groups that control
// either bank blamed each other") and company name endings: every
// accusation and mutual accusation of the three found.
//
// heldout23–26 were written blind during the tenth pass and scored once
// at 781a600 before any of its rules (attribution F1 0.67, 0.79, 0.72,
// 0.83; accusation F1 0.00, 1.00, 0.00, 0.00; mutual 0, 1, 0, 0 of one
// each), heldout27 by the lead (five articles, labelled before anything
// ran: attribution 0.72, accusations 0.20, mutual 1 of 5 at 781a600);
// both were tuned on afterwards, and their floors guard the result.
//
// The topic pass after them (branch xtopic) tuned on the failure
// patterns of heldout2, 6, 9, 26 and 27, whose pairs were right on
// topics unlike the analyst's: accusation F1 0.27 -> 0.57, 0.00 ->
// 0.67, 0.00 -> 1.00, 0.00 -> 1.00, 0.40 -> 0.70; mutual 0/2 -> 1/2,
// 0/1 -> 1/1 (heldout9 and 26), 2/5 -> 3/5.
//
// The accusation pass beside it (branch xaccuse5) tuned on the pairs
// still missed or wrong there (blame returned or by pronoun, a vessel
// for its owner, a charge turned back on its maker, "traced to"):
// pairs F1 heldout6 0.67 -> 1.00, heldout8 0.77 -> 1.00, heldout27
// 0.84 -> 0.95, invented2 0.80 -> 1.00; with the topic pass, accusation
// F1 heldout6 1.00, heldout8 0.50, heldout27 0.73, invented2 1.00, and
// mutual 1/1, 2/3, 4/5, 3/3.
//
// heldout28–31 were written blind and scored once at 293cd0b
// (attribution F1 0.79, 0.88, 0.85, 0.77; accusations 0.67, 0.40, 0.00,
// 0.00; mutual 1 of 4); the pass after them (branch xheld) tuned on
// their failure patterns, and these floors guard the result.
//
// heldout32–35 were written blind after those passes and scored once at
// ae3d558 (attribution F1 0.70, 0.48, 0.74, 0.85; accusations 0.80, 0.00,
// 0.00, 0.00; mutual 1 of 4). heldout33's 0.48 was a fault of this
// session's (a teller of "a different story" no longer the body "Its
// director" belonged to), mended after it was read (0.62); nothing else
// was changed for them then. The pass after them (branch xacc7) tuned on
// their failure patterns (a state's lower-case port authority, a pair's
// party named as a body's owner, a headline label's word against the
// article's own for the kind of event, "the company" for the name with
// a trade's ending): heldout32 accusations 0.80 -> 1.00, heldout33
// attribution 0.62 -> 0.76 and its pairs right with the topic aside,
// heldout34 attribution 0.74 -> 0.79, accusations 0 -> 1.00, mutual 1/1.
// The pass on the event's name (xtopic2): the headline's event
// ("seizes grain ship") over a configured topic the article names only
// by the word its name starts with ("the grain"), heldout35 accusations
// 0 -> 0.80, mutual 1/1; and the event a quarrel grew out of ("the
// recall of … has turned into an open feud"), heldout33 accusations
// 0 -> 0.25.
//
// The sides pass after it (branch xacc8) tuned on who accuses whom:
// heldout33 pairs 0.33 -> 1.00 and attribution 0.62 -> 0.76, heldout20
// and heldout27 pairs 0.80, 0.95 -> 1.00, heldout2 mutual 1/2 -> 2/2,
// heldout24, 34, 35 and invented3 attribution 0.81, 0.79, 0.85, 0.92 ->
// 0.93, 0.86, 0.88, 0.94.
//
// The attribution pass after that (branch xattr4) read the labels'
// spurious and missed claims by cause (a second fact or an appeal split
// from its report, a pair said "each side saying the other", a body
// named by its demonym or trade) and raised the floors of the sets it
// moved to what it reaches: heldout32-35 attribution 0.70/0.62/0.79/0.85
// -> 0.83/0.78/0.88/0.92, heldout33 pairs 0.33 -> 1.00.
//
// heldout36–39 were written blind at 046dfac (before xtopic2) and scored
// once there with no configuration, as this test runs (attribution F1
// 0.90, 0.83, 0.68, 0.62; accusations 0.00, 1.00, 0.00, 0.44; mutual 0 of
// 2, 1 of 1, 0 of 1, 1 of 2). xheld2 read their failures by class
// and raised their floors to what it reaches: attribution 0.91, 0.86,
// 0.87, 0.78; heldout38 accusations 0.80 with its mutual accusation,
// heldout39 pairs 0.67.
//
// heldout40–43 (a trawler fired on, a runway collision, a doping test, a
// burned drill rig) were written blind at 5716482 and scored once there
// with no configuration (attribution F1 0.86, 0.50, 0.65, 0.69;
// accusations 0.00 on all four; pairs topic aside 1.00, 0.50, 0.00, 0.67;
// mutual 0 of 1, 0 of 2, 0 of 1, 0 of 1); the floors sit just under those.
//
// xtopic3 (the article's main event for the claims that argue about it)
// raised heldout40 accusations to 0.80 and heldout43 to 0.57, each
// mutual 1 of 1, heldout8 accusations 0.50 -> 0.88, mutual 3 of 3,
// heldout33 0.57 -> 1.00 and heldout2 0.67 -> 0.93.
//
// heldout44–47 (a reactor leak, an airliner forced down, cholera in a
// refugee camp, a spiked tree at a logging blockade) were written blind at
// 65d730a and scored once there with no configuration (attribution F1
// 0.78, 0.54, 0.79, 0.62; accusations 0.67, 0, 0, 0; pairs topic aside
// 1.00, 0.40, 0, 0; mutual 1 of 1, 0 of 2, 0 of 2, 0 of 1), floors just under.
//
// heldout48–51 (a dam release flooding a neighbour's valley, a bank
// cyber-attack blamed on a neighbour's spy service, a trawler fired on by
// a coast guard, an election-fraud row between two parties) were written
// blind at 12f7214 and scored once there with no configuration
// (attribution F1 0.80, 0.83, 0.71, 0.55; accusations 0 on all four;
// pairs topic aside 0.80, 0.40, 0.80, 0; mutual 0 of 1 each), floors just under.
// heldout52–55 (a derailment blamed between a rail operator and its track
// contractor, diplomats expelled for spying, a shelled market town, a
// chemical-plant fire) were written blind at 12f7214 and scored once there
// with no configuration (attribution F1 0.78, 0.82, 0.84, 0.75; accusations
// 0, 1.00, 0, 0; pairs topic aside 0, 1.00, 0.80, 0.67; mutual 0 of 1, 1 of
// 1, 0 of 2, 0 of 1), floors just under.
// xattr6 read the misses of heldout36–47 by class (a body named whole,
// then by its kind's noun or a word of its name; people described by a
// place or by their tie to a body; a headline below a masthead; a
// denial, then ", saying …") and raised the floors of the sets it moved
// to just under what it reaches: attribution heldout32 0.86, heldout33
// 0.83, heldout38 0.89, heldout39 0.90, heldout41 0.69, heldout42 0.77,
// heldout43 0.75, heldout44 0.88, heldout45 0.67, heldout46 0.91,
// heldout47 0.89; pairs heldout45 0.44, heldout46 0.67, heldout47 1.00;
// heldout47 accusations 1.00 with its mutual accusation; heldout36
// attribution 0.93 (a denial of a claim, then ", saying …").
// heldout56–59 (a journalist shot at an army checkpoint, rocket debris on a
// neighbour's school, deaths in a drug trial between sponsor and hospital, a
// winter gas cut-off between two states) were written blind at 94be7c7 and
// scored once there with no configuration (attribution F1 0.75, 0.82, 0.73,
// 0.68; accusations 0 on all four; pairs topic aside 0.67, 0.29, 0.29, 0.80;
// mutual 0 of 1 each), floors just under.
// xattr8 named officials by the body they work at ("justice ministry
// officials") and read a named medium's own reports, and raised the
// attribution floors of the sets that moved to just under what they
// reach: heldout33 0.89, heldout40 0.86, heldout51 0.74, heldout52 0.93.
// xattr13 read ', while warning …' as its subject's report: heldout51
// attribution 0.77, floor 0.76.
// heldout60–63 (a border guard seized between two states, a displacement-camp
// fire between a government and an armed group, shepherds killed by a
// landmine on a disputed border, tap water contaminated between a water
// company and a creamery) were written blind at 29f1141 and scored once
// there with no configuration (attribution F1 0.86, 0.84 (0.87 after one
// speaker fixed in the gold), 0.74, 0.89; accusations 0, 0.67, 0, 0; pairs
// topic aside 1.00, 1.00, 0.29, 0.40; mutual 0 of 1, 1 of 1, 0 of 2, 0 of
// 2), floors just under.
// heldout64–67 (a balloon shot down as a spy craft between two states, a
// reservoir poisoning between a government and an armed group, migrants
// frozen at a border fence between two states, a leaked vaccine contract
// between a health board and its supplier) were written blind at 7fb4499
// and scored once there with no configuration (attribution F1 0.87, 0.92,
// 0.73, 0.78 after each reporter's "both blame each other" summary was
// labelled as the dev gold does; accusations 0.50, 0.44, 0, 0; pairs topic
// aside 0.67, 0.89, 0.80, 0.57; mutual 1 of 1, 0 of 1, 0 of 1, 0 of 1),
// floors just under.
// Then the pass that names an article's event as an editor labels it (a
// passive "fired on", "shot dead" a killing, "cut off" a cutoff, a
// headline's "N deaths, one …" and the event its subject names) raised
// the accusation floors of the sets it moved to just under what it
// reaches: heldout50 0.80, heldout56 0.67, heldout57 0.22, heldout58
// 0.29, heldout59 0.80, with the mutual accusations of 50, 56 and 59.
// The second desk-label pass (the headline's event over a configured
// topic it is set in, a shelling named so) raised heldout54's to 0.85
// (for 0.89) and its mutual floor to 1 (2 of 2).
// heldout68–71 (an embassy stormed between two states, a mass grave between
// a government and an armed group, pesticide spraying drifting across a
// border between two states, a quarry blast cracking a school between a
// council and a quarry company) were written blind at 93e138e and scored
// once there with no configuration (attribution F1 0.80, 0.66 (0.69 after
// its live page's key points were labelled as heldout61's are), 0.76, 0.75;
// accusations 0, 0, 0, 0.40; pairs topic aside 0.67, 0.22, 0.86, 0.40;
// mutual 0 of 1, 0 of 1, 0 of 2, 0 of 1), floors just under.
// heldout72–75 (a cargo plane held with rifles aboard between two states, an
// embassy stormed after a guard's shooting between two states, a grain
// warehouse burned near a front line between a state and an armed group, a
// festival lighting tower collapse between a promoter and its rigging firm)
// were written blind at 93e138e and scored once there with no configuration
// (attribution F1 0.87, 0.69, 0.86, 0.68; accusations 0, 0, 0.18, 0; pairs
// topic aside 0.80, 0.67, 1.00, 0; mutual 0 of 1 each), floors just under.
// The topic-precision pass (an accusation naming a configured topic the
// article mentions only in passing keeps the document's event) raised
// heldout20's accusation floor to 0.95 (for 1.00) and heldout43's to 0.65
// (for 0.67).
// The desk-nominalisation pass (who did an act, a person held, the dead's
// bodies, a participle's act, a background year's charge) raised the
// accusation floors of heldout60 to 0.95 (for 1.00), heldout63 0.30
// (0.33), heldout65 0.85 (0.89), heldout66 0.80 (0.83) and heldout67 0.55
// (0.57), and the mutual floors of 60, 65, 66 and 67 to 1 (1 of 1 each).
// The accuser-side pass (an official by title alone, "Its ministry" and
// "its spokesman" after the sentence that named the body, works named by
// their trade, "blamed both companies.", a dateline's wire service of
// several words, "the airline", councillors' titles) raised floors to
// just under what it reaches: heldout41 attribution 0.75 (0.76);
// heldout45 0.71, 0.53, 0.58 (0.72, 0.55, 0.60); heldout52 0.88, 0.95,
// 0.95 (0.89, 1, 1); heldout54 accusations and pairs 0.95 (1, 1);
// heldout62 0.80 and pairs 0.65 (0.81, 0.67); heldout63 0.90 and pairs
// 0.95 (0.91, 1); heldout64 0.92, 0.78, 0.95 (0.93, 0.80, 1); pairs
// heldout66 0.95 (1) and heldout67 0.85 (0.86). A claim naming the
// missile that downed a balloon is about the downing (firedAt): heldout64
// accusations 0.95 (1). One naming the reactor of the article's reactor
// leak is about the leak (placeOfEvent): heldout44 accusations 0.78
// (0.80).
// heldout76–79 (a tanker holed in a strait between two states, an evacuation
// convoy hit between a state and an armed group, a reporter held as a spy
// between two states, a flooded mine between a mining company and its union)
// were written blind at 0508bfe and scored once there with no configuration
// (attribution F1 0.89, 0.64, 0.82, 0.67; accusations 0, 0.60, 0, 0; pairs
// topic aside 1.00, 1.00, 0.33, 0.33; mutual 0 of 1, 1 of 2, 0 of 1, 0 of
// 1), floors just under.
// heldout80–83 (a frontline water pumping station shelled between a state
// and a breakaway region, a cargo ship holed by a sea mine between two
// states, peacekeepers ambushed between a government and a rebel movement,
// a landfill fire between a council and its waste contractor) were written
// blind at 0508bfe and scored once there with no configuration
// (attribution F1 0.77, 0.79 (0.81 after one "officials reject that"
// denial was labelled as the dev gold does), 0.48, 0.77; accusations 0,
// 0.29, 0, 0.67; pairs topic aside 1.00, 0.67, 0, 0.67; mutual 0 of 1,
// 0 of 2, 0 of 1, 1 of 1), floors just under.
// One attack a weapon's word names on a named target is that target's
// event (struckByWeapon), a target hit with no weapon the neutral
// attack on it, and a word saying where a blast went off no thing it
// struck: accusations and mutual heldout77 0.95, 0.95 (1.00, 2 of 2),
// heldout80 0.95, 0.95 (1.00, 1 of 1), heldout81 0.65, 0.45 (0.67, 1 of
// 2). A weapon one side charges is the neutral attack: heldout76 0.75,
// 0.95 (0.80, 1 of 1). A live page's entry starting afresh for
// pronouns (xlive) raised heldout77's attribution to 0.65 (0.69). These
// rules came after the round's first and after scores were recorded.
// heldout84–87 (a medical helicopter downed near a disputed ridge between
// two states, a wedding blast between a state and an armed group, a tailings
// dam breach between a mining company and a province, a flooded underpass
// between a council and a water company) were written blind at 40f6d7a and
// scored once there with no configuration (attribution F1 0.87, 0.78, 0.69,
// 0.80; accusations 0 each; pairs topic aside 0.67, 0.80, 0.67, 1.00;
// mutual 0 of 3, 0 of 1, 0 of 2, 0 of 1), floors just under.
// heldout88–91 (a monastery shelled between a state and a rebel front, a
// border crossing closed to lorries between two states, a rigged port
// tender between a harbour authority and the losing bidder, a border
// helicopter downing between two states) were written blind at 40f6d7a and
// scored once there with no configuration (attribution F1 0.86, 0.74, 0.69,
// 0.83; accusations 0.33, 0, 0, 0; pairs topic aside 1.00, 0.86, 0.33,
// 1.00; mutual 1 of 3, 0 of 2, 0 of 1, 0 of 1), floors just under.
// heldout92–95 (a miners' bus hit by a mine between a state and a
// separatist militia, a herder shot by border guards between two states,
// nets cut by a wind farm survey ship between fishermen and the developer,
// poisoned wells between a chemicals firm and a city council) were written
// blind at a7ec631 and scored once there with no configuration
// (attribution F1 0.82, 0.89, 0.70, 0.73; accusations 0.24, 0, 0, 0; pairs
// topic aside 0.57, 0.57, 0, 0.75; mutual 1 of 5, 0 of 2, 0 of 1, 0 of
// 2), floors just under.
// heldout96–99 (a vaccination team ambush between a state and a rebel
// front, a crush at a border crossing between two states, a hospital fuel
// convoy turned back between a militia and an aid agency, a pool chlorine
// leak between a leisure trust and its supplier) were written blind at
// a7ec631 and scored once there with no configuration (attribution F1
// 0.82, 0.91, 0.64, 0.75; accusations 0.40, 0, 0, 0; pairs topic aside
// 0.80, 0.80, 0, 1.00; mutual 1 of 3, 0 of 1, 0 of 1, 0 of 1), floors
// just under.
// heldout100–103 (a TV tower strike between two states, a water-treatment
// plant hack between two states, an ammunition depot blast between a state
// army and a rebel front, a beach sewage spill between a water company and a
// campaign group) were written blind at 5626749 and scored once there with
// no configuration (attribution F1 0.88, 0.79, 0.54, 0.77; accusations
// 0.33, 1.00, 0.55, 0.29; pairs topic aside 1.00, 1.00, 0.67, 0.80; mutual
// 1 of 4, 1 of 1, 1 of 3, 0 of 2), floors just under.
// heldout104–107 (wheat fields burned between a state and a rebel front,
// a customs post burned between two states, ballot boxes burned between a
// ruling party and the opposition, farmed salmon loose between a fish farm
// and a wild-fish charity) were written blind at 5626749 and scored once
// there with no configuration (attribution F1 0.83, 0.71, 0.69, 0.79;
// accusations 0 each; pairs topic aside 1.00, 1.00, 0, 0.50; mutual 0 of
// 3, 0 of 1, 0 of 1, 0 of 1), floors just under.
// heldout108–115 (a grid cyberattack between two states, a mine's
// tailings spill between a company, a province and an indigenous council,
// shelling near a nuclear plant between two states, an election
// interference charge and its denial, fishing boats seized by two coast
// guards, diplomats expelled over a poisoning, a dam diverting a river in
// a drought, a migrant boat pushback between a charity and a border
// agency; four of them page excerpts cut mid-sentence as a search index
// stores them) were written blind at 787c93a by two writers who had not
// read the rules and scored once there with no configuration (attribution
// F1 0.83, 0.69, 0.74, 0.69, 0.69, 0.67, 0.70, 0.51; accusations 0.57, 0,
// 0, 0, 0.57, 0, 0, 0; pairs topic aside 0.80, 0, 0, 0.25, 0.57, 1.00,
// 0.67, 0; mutual 1 of 2, 0 of 1, 1 of 1, 0 of 1), floors just under.
// heldout110's attribution floor 0.80 and pairs 0.95, heldout115's
// attribution 0.55, since a state's body named by a state nothing had
// shown one yet speaks for that state (0.81, 1.00; 0.57); heldout115's
// 0.65 and pairs 0.30 since a nonprofit is a kind of body (0.70, 0.33);
// heldout112's attribution 0.75 since "Its foreign ministry" opening a
// sentence is the state the sentence before opened with (0.78);
// heldout111's pairs 0.55 since a state's ruling party written with the
// state's possessive is accused and speaks for that state (0.57), and
// attribution 0.70 since a state's possessive read after a body whose
// name begins with it is still the state (0.72).
// heldout109's floors 0.72 (0.73), 0.95 and 0.95 (1.00 each) since ",
// even as the council accused the company of …" is a report of its own.
// heldout113's accusation floor 0.65 (0.67) since "Fact check:" names
// the page and a person poisoned with a nerve agent a poisoning.
// heldout110's attribution floor 0.80 (0.81) since a dateline may put
// the day before the month ("3 April").
// heldout111's accusation floor 0.19 (0.20) since "election-meddling"
// is the configured election interference.
// The floors of 31 sets whose figures rose in the twenty-third pass
// (7b25007 to f188a37: heldout23, 44, 46, 49, 50, 51, 61, 63, 64, 71, 73,
// 78, 82, 94, 102, 103, 109, 119, 125, 133, 135, 136, 138, 140–147) were
// raised to two hundredths under the new figure (a figure of 1.00 to
// 0.95), mutual recall to five hundredths under.
// heldout148 (a gas pipeline's explosion two states blame on each other,
// one on saboteurs, the other on neglect; a second charge of a cut flow,
// denied) was written by the lead at 547f5a2 after the twenty-third pass,
// scored once at d2f7cb0 and at 547f5a2 with nothing changed for it
// (attribution F1 0.89 both, accusations 0.57, pairs 0.67, mutual 1 of 1,
// opposing 1 of 5; an analyst's "both governments had reasons to blame
// the other" read as a mutual accusation, "denied that" missed), floors
// just under.
// heldout174 (a ferry aground in an estuary two states share, each
// blaming the other: a buoy moved unannounced against a channel left to
// silt up; the ferry company, a pilots' guild, a passenger, an analyst)
// was written by the lead after the twenty-fifth pass's last merge and
// scored with nothing changed for it, at c41e390 (the pass's base) and
// at its end, the same both times: attribution F1 0.87, accusations 0
// (its topic read as "bank strike" from "struck a sandbank"), pairs
// 0.67, mutual 0 of 1, opposing 2 of 5. Floors just under. ztopic26
// read the ferry that ran aground and struck a sandbank as a grounding:
// accusations 0.67, mutual 1 of 1; floors raised under them. ztopic26
// also let a headline label with no event noun give way to the act the
// parties accuse each other of: heldout159 ("convoy blockade")
// accusations 0 -> 0.67, mutual 0 -> 1 of 1; heldout171 ("reliquary
// theft") 0 -> 0.33; floors raised under them. Its pushback (people
// forced back across a border) lifted heldout133 0 -> 0.50.
// The nineteenth blind round (heldout175-182: a drone crashed into a
// border village, a cross-border blackout, a shelled hospital, an oil
// slick three parties blame on one another, a river ceasefire, a
// railway signalling hack, a clash at a mine road blockade, a rally
// attack) was written at fec490b (the extraction of 69a1e26) by two
// writers who had not read the rules, following the dev corpus's gold
// conventions, and scored there once: attribution F1 0.800 (mean),
// accusations 0.287, pairs 0.530, mutual 5 of 15. The twenty-sixth
// pass's five branches never saw it; after them: attribution 0.804,
// pairs 0.556 (heldout178 0.29 -> 0.50, a described doer), nothing else.
// heldout114, 131, 139 and 140's attribution floors were lowered by 0.03 to
// 0.04 (0.65, 0.81, 0.78, 0.77) in the twenty-seventh pass, the only floors
// ever lowered, for a convention and not a loss: their writers labelled
// the headline's claims, which the real dev corpus's gold never does (nor
// the twentieth round's writers, who followed it). The page's own headline
// (the line equal to the metadata's title) is now a heading even below a
// masthead line that ends on a full stop, as it was already below every
// other masthead; eleven sets rose by it (heldout59 0.71 -> 0.77, findings
// precision 3/16 -> 3/6).
//
// heldout184-191, the twentieth blind round, were written at 8a0c6ca by two
// writers who had not read the rules (following the dev corpus's gold:
// no headline claims, NGOs and analysts with no side), heldout192 by the
// lead; scored first there (attribution 0.758, accusations 0.171, pairs
// 0.796, mutual 2 of 8; heldout192 0.91/0.67/1.00), after the pass's
// branches that never saw them exactly the same, then after the lead's
// headline and sequence-noun changes 0.781/0.084/0.796, mutual 1 of 8
// (the headline claims the gold leaves out had carried the gold's event
// words into the accusations' topics). Floors at those values less 0.02.
//
// heldout193-200, the twenty-first blind round (a downed army helicopter,
// a museum's gold, a poisoned river a town and a chemical firm blame on
// each other, a dam release, a neonatal outbreak, prisoners of war beaten
// at a camp, a referee paid to hand over a title, fighter jets over a
// peninsula), were written at 8a0c6ca by two writers who had not read the
// rules, scored there (attribution 0.755, accusations 0.125, pairs 0.392,
// mutual 1 of 8), kept unread through the twenty-seventh pass (after it
// 0.761/0.125/0.392, mutual 1 of 8) and opened in the twenty-eighth.
// Floors at those values less 0.02.
//
// heldout201-208, the twenty-second blind round (a shelled aid convoy, a
// journalist held as a spy, a stadium stand's collapse, a pension fund's
// loss, a derailment one state calls sabotage, migrants pushed back at a
// river, a tower fire and its cladding, a school's food poisoning), were
// written at 4638654 by two writers who had not read the rules. They
// stopped at 16 claims an article; a third reader, who had not read the
// rules either, added the attributed statements they had left out (90,
// no claim changed). First score there, on that gold: attribution 0.720,
// accusations 0.206, pairs 0.326, mutual 1 of 8 (0.585 attribution on
// the writers' 16); after the twenty-eighth pass's first three branches,
// which never saw it, 0.720/0.240/0.360, mutual 2 of 8; then opened.
// Floors at those values less 0.02.
//
// heldout210-217, the twenty-third blind round (a landmine blast in a
// buffer zone, GPS jamming of airliners twice, children moved out of an
// occupied town twice, a wildfire twice, a bank run), plain news stories,
// were written at e77af9e by two writers who had not read the rules,
// scored there (attribution 0.876, accusations 0.188, pairs 0.625, mutual
// 2 of 9), kept unread through the rest of the twenty-eighth pass (the
// same figures at its end) and opened in the twenty-ninth. Floors at
// those values less 0.02.
//
// heldout218-225, the twenty-fourth blind round (a refugee camp raid, an
// aid worker kidnapped at a border, a protest crackdown, an attack on a
// regional governor, arson at a chapel in a divided town, a disputed
// election count, a vaccine contract row, two coast guards ramming each
// other), plain news stories, were written at dffa3b5 by two writers who
// had not read the rules, scored there (attribution 0.772, accusations
// 0.071, pairs 0.380, mutual 1 of 10), kept unread through the
// twenty-ninth pass's nine branches (after them 0.777 / 0.071 / 0.380)
// and opened at its end. Floors at those values less 0.02.
//
// heldout226-229 (a mayoral election's vote-buying row, a police shooting
// at a traffic stop, clashes at a factory strike, stone-throwing over a
// prayer hall), domestic disputes whose parties are parties, unions,
// companies, police and councils rather than states, were written in the
// twenty-ninth pass by a writer who had not read the rules, as material to
// tune on, and scored at its middle (d6b3b52 with zevent29): attribution
// 0.78, 0.73, 0.87, 0.86; accusation pairs 0, 0, 0.40, 0. Floors at those
// values less 0.02.
//
// heldout238 (cattle dying of anthrax in a border valley, two states
// blaming each other's herders and vaccination; a ministry, a chief
// veterinary officer, a minister, a farmer, a farmers' union, an animal
// health office) was written by the lead at the end of the twenty-ninth
// pass before any output on it was seen, and scored at 871d8ea and at
// the pass's end the same: attribution 0.89, accusations 0 (both pairs
// found, 1.00 topic aside, under "budget cut" where the gold has "Ressa
// valley anthrax outbreak"), mutual 0 of 1.
//
// heldout230-237, the twenty-fifth blind round (a tanker collision, a
// shot customs officer, a contaminated reservoir, an ambushed patrol, a
// leaked records file, a river in drought, a troop build-up, an abandoned
// football match), plain news stories, were written after the
// twenty-ninth pass's branches by two writers who had not read the rules,
// scored at 89a651a (attribution 0.825, accusations 0.209, pairs 0.693,
// mutual 2 of 10), kept unread through the thirtieth pass's branches
// (after them 0.828 / 0.209 / 0.693) and opened at its middle.
//
// heldout239-246, the twenty-sixth blind round (a demolished monument in
// a contested town, a winter gas cut-off, a dismissed university rector,
// rocket debris on a neighbour's village, a prison riot, a moved border
// marker, a doping row between two federations, aid grain diverted), were
// written at the start of the thirtieth pass by two writers who had not
// read the rules (their "neutral" sides made null, the dev gold's
// convention, before any score), scored at 7c88680 (0.795 / 0.000 /
// 0.436, mutual 0 of 11), unread through the pass's first five branches
// (after them 0.796 / 0.000 / 0.436) and opened with the twenty-fifth.
//
// heldout247 (forty freight wagons impounded at a border crossing, two
// states each charging the other with breaking a rail transit treaty; a
// finance ministry, a transport minister, a state railway, a farmers'
// union, an economist) was written by the lead at the start of the
// thirtieth pass before any output on it was seen: at 7c88680 attribution
// 0.93, accusations 0 (both pairs found under "breaking", the gold's
// "Korvel freight wagon seizure"), mutual 0 of 1; the same after the
// pass's first five branches.
//
// heldout209 (a shepherd shot dead on a frontier, two states blaming each
// other's guards; a ministry, a minister, a border service's colonel, the
// victim's brother, a monitoring mission, a rights group) was written by
// the lead at 4638654 and scored there and after the pass the same:
// attribution 0.92, accusations 0 (the pairs found, 0.57 topic aside,
// under "shepherd killing" where the gold has "Kovrin shepherd
// shooting"), mutual 0 of 1.
//
// heldout183 (a prisoner exchange on a border bridge that collapses, two
// states blaming each other; a mediator's office, a minister, a
// spokeswoman, a relative, an analyst) was written by the lead at the
// same commit and scored before and after the pass the same: attribution
// 0.88, accusations 0.50 (two later charges folded into the main event),
// pairs 1.00, mutual 1 of 1. Floors just under all nine.
// zr19a then named the events as the articles do ("the blackout that
// cut power" introduces a blackout; "nine-hour" says how long; a
// headline's "oil slick"; an act dated "last Tuesday" its own incident):
// accusations heldout176 0 -> 0.13, heldout178 0 -> 0.50, heldout182
// 0.57 -> 0.75; floors raised to just under.
// The floors of 21 sets whose figures rose in the twenty-fifth pass's
// second session (0c6e89a to the merge of zr18: heldout36, 67, 107, 108,
// 112, 117, 123, 138, 140, 149, 150, 152, 154, 156, 158–162, 164, 165)
// were raised the same way; heldout153 fell 0.52 -> 0.51 (a new claim of
// its prison service given to the government actors.go merges the
// service into), above its floor.
// heldout166–173 (a chemical plant's blast a company and a union blame
// on each other; a patrol-boat clash on a lake two states blame on each
// other; a marathon champion's doping charge; a hospital database hacked,
// a state against a neighbour's hackers and a ministry against its
// software supplier; a border river poisoned, two states each blaming
// the other's plant; a reliquary two museums say the other stole; a
// kidnapped engineer, a government against a rebel front; an arena fire
// a government and a city council blame on each other; two of them page
// excerpts cut mid-sentence) were written blind at 0c6e89a by two writers
// who had not read the rules and scored once there with no configuration
// (attribution F1 0.89, 0.85, 0.88, 0.72, 0.71, 0.69, 0.73, 0.72;
// accusations 0.80, 0.50, 0, 0.20, 1.00, 0, 0, 0; pairs topic aside 0.80,
// 1.00, 0, 0.20, 1.00, 0.40, 0.20, 0; mutual 0 of 1, 1 of 2, -, 0 of 1, 1
// of 1, 0 of 1, -, 0 of 1). The second session's first three branches
// (ztopic9, zatt10, zacc9), which never saw the round, changed none of
// its outputs; zr18, written on it, moved it to 0.810 / 0.362 / 0.589,
// mutual 3 of 7, and ztopic10 its accusations to 0.409 (heldout167,
// 172). Floors just under.
// The floors of 19 sets whose figures rose in the twenty-fifth pass
// (3796c9a to the merge of zr17: heldout28, 41, 78, 90, 96, 125, 131–133,
// 135, 136, 139, 143, 145, 150–152, 154, 156) were raised to two
// hundredths under the new figure (a figure of 1.00 to 0.95), mutual
// recall to five hundredths under.
// heldout158–165 (a spoil tip's slide onto a village, a residents'
// committee and a government against the mining group; an aid convoy
// blocked at a mountain pass, a rebel front and an army's units each
// blaming the other, a relief charity between them; a prisoner's death on
// hunger strike two states blame on each other; a television channel's
// licence revoked by its government; a tanker's fire on a shelf two
// states blame on each other; a maize shipment found tainted, a state
// against growers; a teachers' strike with a union's and a ministry's
// rival figures; a car bomb in a market two armed groups blame on each
// other) were written blind at
// 3796c9a by two writers who had not read the rules and scored once there
// with no configuration (attribution F1 0.66, 0.75, 0.71, 0.65, 0.72,
// 0.82, 0.67, 0.65; accusations 0, 0, 0.33, 0, 0.80, 0, 0, 0; pairs topic
// aside 0.33, 0.67, 0.80, 0, 0.80, 0, 0, 0.67; mutual 0 of 1 but 1 of 1
// for heldout162, heldout163 none). The twenty-fifth pass's first six
// branches, which never saw the round, moved attribution 0.704 -> 0.710
// and nothing else; zr17, written on it, to 0.772, accusations 0.241,
// pairs 0.425, mutual 2 of 7. Floors just under.
// The floors of 15 sets whose figures rose in the twenty-fourth pass
// (a6cef9e to the merge of zr16: heldout83, 89, 122, 135, 140–145, 148–151,
// 156) were raised to two hundredths under the new figure (a figure of 1.00
// to 0.95), mutual recall to five hundredths under.
// heldout157 (a border bridge's collapse two states blame on each other,
// one on the other's overweight army convoy, the other on neglected
// upkeep; a builder, witnesses with rival accounts, a border commission)
// was written by the lead at a6cef9e before any branch of the
// twenty-fourth pass merged, and scored there and after the pass with
// nothing changed for it (attribution F1 0.92 both, accusations 1.00,
// pairs 1.00, mutual 1 of 1, opposing 2 of 8), floors just under.
// heldout149–156 (a stadium crush a police force and a club blame on
// each other; an airliner's emergency landing two states' militaries and
// aviation authorities blame on each other's jets and transponder; an
// upstream canal and a dry river with rival flow figures; a vaccine
// shipment spoiled in a cold chain, a health ministry against a logistics
// firm, its ground handler and its insurer; deaths in custody after a
// prison riot; a satellite two states say the other jammed or hit with
// debris; an embassy stormed, lax policing against a staged provocation;
// tainted infant formula with rival laboratory figures; four of them page
// excerpts cut mid-sentence or mid-word) were written blind at a6cef9e by
// two writers who had not read the rules and scored once there with no
// configuration (attribution F1 0.59, 0.71, 0.51, 0.79, 0.52, 0.73, 0.84,
// 0.70; accusations 0 but 0.80 for heldout155; pairs topic aside 0, 0.80,
// 0, 0.50, 0, 0.80, 0.80, 0.50; mutual 0 of 1, 0 of 1, -, -, -, 0 of 2, 1
// of 1, -), with the sides of three sets' gold written as the state's name
// (the project's convention; the writer had named them "<Adjective>
// government"). The twenty-fourth pass's first five branches (ztopic7,
// zpn8, zacc7, zopp6, zmend21), which never saw the round, moved none of
// those figures but opposing 7 -> 8 of 105; floors just under.
// heldout140–147 (a trawler's collision with a patrol boat in a disputed
// strait, each state blaming the other's vessel; a wildfire started by a
// downed power line, the utility and a town council blaming each other
// over a fire service's report; an opposition party and an interior
// ministry trading wiretapping and leaking charges; a chemical plant's
// blast blamed by a union on skipped maintenance and by the company on a
// contractor; two states each saying the other moved border markers, a
// boundary commission naming no one; match-fixing charges between a
// football federation and a club's owner; a refugee camp's ration cuts
// between an aid agency, a host government and a donor; a village
// massacre an army and a rebel front blame on each other; four of them
// page excerpts cut mid-sentence or mid-word) were written blind at
// 7b25007 by two writers who had not read the rules and scored once
// there with no configuration (attribution F1 0.63, 0.49, 0.68, 0.65,
// 0.83, 0.73, 0.64, 0.71; accusations 0, 0, 0, 0, 0, 0, 0.67, 0; pairs
// topic aside 0.80, 0, 0.25, 0, 1.00, 0.67, 0.67, 0; mutual 0 of 1, 0 of
// 1, 0 of 2, -, 0 of 1, 0 of 1, 1 of 1, 0 of 2), floors just under.
// heldout132–139 (GPS jamming that diverts airliners, blamed by two
// neighbouring states on each other; a charity's report of migrants beaten
// and pushed back at a border, denied by an interior ministry; a tanker's
// ship-to-ship oil transfer charged by a coast guard against the shipping
// company and its flag state; ballot-stuffing charges between two parties
// after a regional election; a foreign journalist charged as a spy; a drug
// maker accused by a regulator of hiding trial results; a grain silo
// shelled in a war, blamed by each side on the other; a dam's water release
// flooding a downstream neighbour; four of them page excerpts cut
// mid-word) were written blind at 76b2107 by two writers who had not read
// the rules and scored once there with no configuration (attribution F1
// 0.78, 0.77, 0.64, 0.79, 0.71, 0.69, 0.92, 0.48; accusations 0, 0, 0.33,
// 0.33, 0, 0.57, 0.67, 0; pairs topic aside 1.00, 0, 0.67, 0.33, 0.44,
// 0.80, 0.67, 0; mutual 0 of 1, -, -, 0 of 1, 0 of 1, 1 of 2, 0 of 1, -),
// floors just under.
// heldout124–131 (a drone shot down at a border between two states, a
// mining company's tailings spill denied and blamed on illegal miners,
// two states expelling each other's diplomats over a spy ring, a hospital
// shelled in a civil war, a trawler seized at sea between two states, an
// opposition activist's poisoning denied as staged, a cyberattack on a
// national bank's payments blamed on a neighbour's military hackers, a
// port's lockout between a dockworkers' union and its operator; four of
// them page excerpts cut mid-sentence) were written blind at cdc306d by
// two writers who had not read the rules and scored once there with no
// configuration (attribution F1 0.87, 0.72, 0.90, 0.67, 0.83, 0.58, 0.78,
// 0.78; accusations 0.57, 0.25, 0, 0, 0.50, 0, 0, 0.40; pairs topic aside
// 0.80, 0.29, 0.80, 0, 0.80, 0, 0.67, 0.80; mutual 1 of 2, 0 of 2, 0 of
// 2, 0 of 2, 1 of 2, 0 of 1, 0 of 2, -), floors just under.
// heldout116–123 (GPS jamming near a border between two states, a
// deepfake video of a minister between two parties, an attack on a UN
// patrol between an army and a rebel front, a counterfeit-medicine
// shipment between a regulator, a distributor and customs, a border fence
// bulldozed between two states, an arson at an opposition party's
// headquarters, tourists kidnapped in a separatist region, sabotage on a
// railway during a strike; four of them page excerpts cut mid-sentence)
// were written blind at 721784e by two writers who had not read the rules
// and scored once there with no configuration (attribution F1 0.75, 0.80,
// 0.50, 0.73, 0.83, 0.48, 0.35, 0.92; accusations 0, 0, 0, 0, 0.67, 0,
// 0.50, 0; pairs topic aside 1.00, 0, 0, 0, 0.80, 0, 0.50, 0.33; mutual 0
// of 1, 0 of 1, 0 of 1, 0 of 1, 1 of 1, -, 0 of 1, 0 of 1), floors just
// under.
// heldout116's accusation floor 0.95 and mutual one of one since a
// charge's act on a thing named by its acronym ("of jamming GPS") is named
// by it (1.00).
// heldout123's accusation floor 0.30 since an act on a line is named by
// its kind, a railway's in an article of trains ("rail line sabotage":
// 0.33). heldout121's attribution floor 0.55 (0.56) since a party
// described, then named in apposition by a name with no organisation's
// word, is that name (0.60 since 0.64: a name with a main opposition
// party is a state's, and a relative denial before "while blaming …"
// leaves the accuser its sentence). heldout122's floors 0.55, 0.95, 0.95 and 0.95
// (0.59, 1.00, 1.00, 1 of 1), heldout85's 0.85, 0.95 and 0.95 (0.86,
// 1.00, 1.00), heldout77's 0.72 (0.73) and heldout82's 0.69 (0.70) since
// a spokesman who goes by a name ("who uses the nom de guerre …") is
// that name, on his body's side, and "the defence ministry" after
// officials on no side is the state's. heldout118's floors 0.65 and
// pairs 0.75 (0.70, 0.80) since a state's organ called by its initials,
// and its press office named by them, are the state's. heldout117's
// attribution floor 0.80 (0.81) since "yet" is a failure only when
// something is still undone. heldout123's pairs floor 0.35 (0.40) since
// "Police said they had opened a criminal investigation" is the police's
// own act. heldout119's floors 0.75 and pairs 0.35 (0.79, 0.40) since a
// company named by its trade ("X Distribution", "Y Laboratories") is a
// company. heldout116's attribution floor 0.90 (0.92) since a party
// that accuses a neighbour is a state; heldout122's 0.60 (0.62) since
// "Now Playing:" labels a video, no one's words.
// heldout92's accusation floor 0.45 (0.47) since a bus that hits a
// landmine is a mine blast; heldout93's 0.35 (0.40) and mutual one of
// two since a patrol's shooting is named by the herder it killed;
// heldout97's 0.55 (0.57) and mutual one of one since the deaths blamed
// are the crush that caused them; heldout99's 0.95 (1.00) and mutual one
// of one since a chlorine gas leak keeps its chlorine.
// heldout85's accusation floor 0.75 and its mutual one of one since the
// headline's one-side themes yield to its incident (sideThemes: 0.80).
// heldout57's attribution floor 0.85 since "a military spokesman" is no
// spokesman named before (0.87).
// heldout92's attribution floor 0.84, heldout96's 0.85 and heldout94's
// 0.78 (pairs 0.45) since a party the sentence gives by its short form,
// its members or an armed group's noun is the one the article names
// (0.85, 0.87, 0.80; pairs 0.50).
// heldout92's attribution floor 0.90, accusation 0.60 and mutual two of
// five since "the government and separatist fighters in the X region
// blamed each other" is each side's accusation, "the rebels" the group
// the region names and "government artillery" the state's (0.91, 0.63,
// 0.40); heldout89's attribution 0.75 and pairs 0.95 since "each accused
// the other's patrol boats" is reciprocal (0.78, 1.00).
// heldout105's accusation floor 0.95 and mutual one of one since a
// thing set on fire names its fire (1.00); heldout104's 0.45 and mutual
// 0.30 since a bare fire in a headline of blame is named by what it
// burned (0.50, one of three); heldout100's 0.60 and mutual 0.45 since a
// headline weapon's strike is named by what it toppled (0.62, two of
// four, with xbgtopic's "terminal strike" beside it); heldout89's 0.50
// since a crossing ends its compound (0.55 with xparty's reciprocal
// ramming charges).
// heldout63's attribution floor 0.92, heldout88's 0.87, heldout96's 0.87
// and heldout100's 0.89 since a charge's relative denial is read when its
// verb ends in a dismissal ("dismissed as “absurd”", "calls absurd"), its
// denier is a body in lower case ("the defence ministry") or reasons
// follow it (", saying …"): 0.93, 0.88, 0.88, 0.90. heldout102's 0.59
// since a relative clause that blames its noun on another ("…, which the
// army blamed on rebel mortars") is its subject's charge (0.60);
// heldout96's 0.88 since what a party denies in such a clause is a
// charge against it, which the denial then answers (0.89); heldout62's
// 0.83 since the "it" of "…, when X walked out over what it called …" is
// the subject of the clause "what" is in (0.84).
// heldout21's attribution floor 0.95 since "the report" a paragraph named
// with its author ("a 2031 report by the X Commission") is the author's
// (0.98).
// heldout94's accusation floor 0.35 since a headline's clause after a
// verb of saying ("fishermen say survey ship cut nets") names the event
// by the verb's object (0.40); heldout100's 0.75 since a background
// charge's own event is named by the noun of the claim's own verb
// ("of shelling the grain terminal": terminal shelling; 0.77);
// heldout49's accusation floor 0.75 and mutual one of one since a
// service outage in an article that names hacking is the cyberattacks
// (0.80); heldout51's accusation floor 0.35 since stuffing ballot boxes
// is the configured election interference (0.40).
// heldout27's attribution floor 0.92 since an embassy speaks for the state
// that sends it ("Its embassy in X said": the "Estlinian embassy"), named
// as news names it again (0.92).
// heldout102's attribution floor 0.62 since "X, who accused the rebels
// … of …" is X's charge (0.63).
// heldout16's attribution floor 0.96 since a medium named by its noun
// alone ("while the channel said …") is the medium of that kind named
// last (0.97).
// heldout70's attribution floor 0.85 since "Its report, published on
// Monday, found …" is the finding of the body the sentence before opened
// with (0.86).
// heldout17's attribution floor 0.96 since "shown" is a form of "show"
// (the spokesman's "that the wreckage shown on television carried …" is
// no longer split off as a claim of its own; 0.97).
// invented's accusation floor 0.96 and mutual 1 since a truce is a
// ceasefire (graph.EventNoun): "truce violations" in the gold label are
// the "ceasefire violations" the article's charges name (0.97, 5 of 5).
func TestEvaluateInventedSets(t *testing.T) {
	tests := []struct {
		dir                     string
		minAtt, minAcc, minPair float64
		minMutual               float64
	}{
		{"testdata/invented", 0.965, 0.96, 0.95, 1},
		{"testdata/heldout", 0.95, 0.70, 0.95, 1},
		{"testdata/heldout2", 0.95, 0.99, 0.99, 1},
		{"testdata/heldout3", 0.99, 0.95, 0.95, 1},
		{"testdata/heldout4", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout5", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout6", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout7", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout8", 0.9, 0.90, 0.95, 1},
		{"testdata/heldout9", 0.90, 0.95, 0.95, 1},
		{"testdata/heldout10", 0.82, 0.75, 0.95, 1},
		{"testdata/heldout11", 0.96, 0.95, 0.95, 1},
		{"testdata/heldout12", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout13", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout14", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout15", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout16", 0.96, 0.95, 0.95, 1},
		{"testdata/heldout17", 0.96, 0.95, 0.95, 1},
		{"testdata/heldout18", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout19", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout20", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout21", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout22", 0.95, 0.95, 0.95, 1},
		{"testdata/invented2", 0.95, 0.95, 0.95, 1},
		{"testdata/invented3", 0.93, 0.95, 0.95, 1},
		{"testdata/heldout23", 0.96, 0.95, 0.95, 1},
		{"testdata/heldout24", 0.99, 0.95, 0.95, 1},
		{"testdata/heldout25", 0.85, 0.95, 0.95, 1},
		{"testdata/heldout26", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout27", 0.92, 0.93, 0.95, 1},
		{"testdata/heldout28", 0.94, 0.95, 0.95, 1},
		{"testdata/heldout29", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout30", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout31", 0.95, 0.95, 0.95, 1},
		{"testdata/heldout32", 0.85, 0.95, 0.95, 1},
		{"testdata/heldout33", 0.89, 0.95, 0.95, 1},
		{"testdata/heldout34", 0.87, 0.95, 0.95, 1},
		{"testdata/heldout35", 0.91, 0.75, 0.75, 1},
		{"testdata/heldout36", 0.92, 0.95, 0.95, 0.95},
		{"testdata/heldout37", 0.85, 0.95, 0.95, 1},
		{"testdata/heldout38", 0.88, 0.75, 0.75, 1},
		{"testdata/heldout39", 0.89, 0.45, 0.65, 0.5},
		{"testdata/heldout40", 0.86, 0.75, 0.95, 1},
		{"testdata/heldout41", 0.75, 0.73, 0.95, 0.45},
		{"testdata/heldout42", 0.85, 0.75, 0.75, 0.95},
		{"testdata/heldout43", 0.80, 0.65, 0.65, 1},
		{"testdata/heldout44", 0.88, 0.78, 0.95, 0.95},
		{"testdata/heldout45", 0.75, 0.55, 0.65, 0.5},
		{"testdata/heldout46", 0.91, 0.45, 0.65, 0.45},
		{"testdata/heldout47", 0.88, 0.95, 0.95, 1},
		{"testdata/heldout48", 0.92, 0.79, 0.75, 1},
		{"testdata/heldout49", 0.89, 0.75, 0.85, 0.95},
		{"testdata/heldout50", 0.87, 0.75, 0.75, 1},
		{"testdata/heldout51", 0.83, 0.35, 0.35, 0},
		{"testdata/heldout52", 0.96, 0.95, 0.95, 0.95},
		{"testdata/heldout53", 0.85, 0.95, 0.95, 0.95},
		{"testdata/heldout54", 0.80, 0.95, 0.95, 1},
		{"testdata/heldout55", 0.79, 0.75, 0.75, 0.95},
		{"testdata/heldout56", 0.75, 0.65, 0.65, 1},
		{"testdata/heldout57", 0.85, 0.55, 0.95, 0.95},
		{"testdata/heldout58", 0.75, 0.95, 0.95, 0.95},
		{"testdata/heldout59", 0.70, 0.75, 0.75, 1},
		{"testdata/heldout60", 0.87, 0.95, 0.95, 1},
		{"testdata/heldout61", 0.86, 0.95, 0.95, 0.95},
		{"testdata/heldout62", 0.83, 0, 0.65, 0},
		{"testdata/heldout63", 0.93, 0.7, 0.95, 0.5},
		{"testdata/heldout64", 0.94, 0.95, 0.95, 0.95},
		{"testdata/heldout65", 0.90, 0.95, 0.95, 1},
		{"testdata/heldout66", 0.82, 0.9, 0.95, 1},
		{"testdata/heldout67", 0.82, 0.70, 0.85, 1},
		{"testdata/heldout68", 0.89, 0.65, 0.65, 0.95},
		{"testdata/heldout69", 0.85, 0.39, 0.75, 0},
		{"testdata/heldout70", 0.85, 0, 0.85, 0},
		{"testdata/heldout71", 0.82, 0.95, 0.95, 0.95},
		{"testdata/heldout72", 0.85, 0.7, 0.75, 0.95},
		{"testdata/heldout73", 0.79, 0.65, 0.65, 0.95},
		{"testdata/heldout74", 0.85, 0.5, 0.95, 0.95},
		{"testdata/heldout75", 0.8, 0, 0, 0},
		{"testdata/heldout76", 0.85, 0.95, 0.95, 0.95},
		{"testdata/heldout77", 0.74, 0.95, 0.95, 0.95},
		{"testdata/heldout78", 0.86, 0.20, 0.55, 0},
		{"testdata/heldout79", 0.67, 0, 0.75, 0},
		{"testdata/heldout80", 0.80, 0.95, 0.95, 0.95},
		{"testdata/heldout81", 0.83, 0.65, 0.65, 0.45},
		{"testdata/heldout82", 0.71, 0, 0.95, 0},
		{"testdata/heldout83", 0.75, 0.78, 0.78, 0.95},
		{"testdata/heldout84", 0.90, 0.38, 0.65, 0.30},
		{"testdata/heldout85", 0.86, 0.95, 0.95, 1},
		{"testdata/heldout86", 0.68, 0.66, 0.79, 0.50},
		{"testdata/heldout87", 0.86, 0.95, 0.95, 1},
		{"testdata/heldout88", 0.87, 0.55, 0.95, 0.65},
		{"testdata/heldout89", 0.8, 0.5, 0.95, 0},
		{"testdata/heldout90", 0.70, 0.31, 0.30, 0},
		{"testdata/heldout91", 0.84, 0.95, 0.95, 1},
		{"testdata/heldout92", 0.90, 0.69, 0.55, 0.60},
		{"testdata/heldout93", 0.85, 0.35, 0.55, 0.45},
		{"testdata/heldout94", 0.83, 0.35, 0.75, 0},
		{"testdata/heldout95", 0.77, 0.71, 0.87, 0}, // a subject with a participle's phrase before "said" (zsaid30)
		{"testdata/heldout96", 0.88, 0.53, 0.75, 0.30},
		{"testdata/heldout97", 0.93, 0.55, 0.75, 0.95},
		{"testdata/heldout98", 0.82, 0, 0.85, 0},
		{"testdata/heldout99", 0.77, 0.95, 0.95, 0.95},
		{"testdata/heldout100", 0.91, 0.75, 0.95, 0.45},
		{"testdata/heldout101", 0.79, 0.95, 0.95, 0.95},
		{"testdata/heldout102", 0.71, 0.65, 0.65, 0.65},
		{"testdata/heldout103", 0.89, 0.45, 0.95, 0},
		{"testdata/heldout104", 0.80, 0.45, 0.95, 0.30},
		{"testdata/heldout105", 0.90, 0.95, 0.95, 0.95},
		{"testdata/heldout106", 0.86, 0.65, 0.65, 0}, // "ballot-box fires" are "box fires" read as parts
		{"testdata/heldout107", 0.81, 0.28, 0.75, 0},
		{"testdata/heldout108", 0.85, 0.65, 0.95, 0.45},
		{"testdata/heldout109", 0.82, 0.95, 0.95, 0},
		{"testdata/heldout110", 0.80, 0, 0.95, 0},
		{"testdata/heldout111", 0.70, 0.19, 0.55, 0},
		{"testdata/heldout112", 0.80, 0.78, 0.78, 0.95},
		{"testdata/heldout113", 0.68, 0.65, 0.95, 0},
		{"testdata/heldout114", 0.62, 0, 0.65, 0},
		{"testdata/heldout115", 0.71, 0, 0.30, 0},
		{"testdata/heldout116", 0.90, 0.95, 0.95, 1},
		{"testdata/heldout117", 0.81, 0, 0, 0},
		{"testdata/heldout118", 0.65, 0, 0.75, 0},
		{"testdata/heldout119", 0.81, 0, 0.65, 0},
		{"testdata/heldout120", 0.83, 0.65, 0.75, 0.95},
		{"testdata/heldout121", 0.70, 0, 0, 0}, // the ministry speaks for the government (homeGovernment, zside30)
		{"testdata/heldout122", 0.69, 0.95, 0.95, 0.95},
		{"testdata/heldout123", 0.90, 0.65, 0.65, 0.95},
		{"testdata/heldout124", 0.85, 0.86, 0.78, 0.95},
		{"testdata/heldout125", 0.74, 0.58, 0.65, 0.45},
		{"testdata/heldout126", 0.91, 0.65, 0.98, 0.45},
		{"testdata/heldout127", 0.69, 0, 0, 0},
		{"testdata/heldout128", 0.84, 0.48, 0.78, 0.45},
		{"testdata/heldout129", 0.90, 0.65, 0.65, 0},
		{"testdata/heldout130", 0.86, 0.42, 0.78, 0.45},
		{"testdata/heldout131", 0.78, 0.95, 0.98, 0},
		{"testdata/heldout132", 0.81, 0.95, 0.95, 0.95},
		{"testdata/heldout133", 0.92, 0.48, 0.73, 0},
		{"testdata/heldout134", 0.84, 0.31, 0.65, 0},
		{"testdata/heldout135", 0.85, 0.65, 0.65, 0.95},
		{"testdata/heldout136", 0.75, 0, 0.65, 0},
		{"testdata/heldout137", 0.79, 0.87, 0.98, 0.95},
		{"testdata/heldout138", 0.91, 0.95, 0.95, 0.95},
		{"testdata/heldout139", 0.74, 0, 0.65, 0},
		{"testdata/heldout140", 0.73, 0.78, 0.78, 0.95},
		{"testdata/heldout141", 0.73, 0.65, 0.65, 0.95},
		{"testdata/heldout142", 0.83, 0, 0.27, 0},
		{"testdata/heldout143", 0.84, 0.98, 0.98, 0},
		{"testdata/heldout144", 0.84, 0.78, 0.95, 0.95},
		{"testdata/heldout145", 0.75, 0.95, 0.95, 0.95},
		{"testdata/heldout146", 0.82, 0.78, 0.78, 0.95},
		{"testdata/heldout147", 0.72, 0, 0, 0},
		{"testdata/heldout148", 0.95, 0.78, 0.95, 0.95},
		{"testdata/heldout149", 0.84, 0.78, 0.78, 0.95},
		{"testdata/heldout150", 0.80, 0.78, 0.78, 0.95},
		{"testdata/heldout151", 0.74, 0, 0.95, 0},
		{"testdata/heldout152", 0.81, 0, 0.48, 0},
		{"testdata/heldout153", 0.56, 0, 0, 0},
		{"testdata/heldout154", 0.85, 0.65, 0.98, 0.45},
		{"testdata/heldout155", 0.82, 0.78, 0.78, 0.95},
		{"testdata/heldout156", 0.71, 0.48, 0.65, 0},
		{"testdata/heldout157", 0.90, 0.95, 0.95, 0.95},
		{"testdata/heldout158", 0.70, 0, 0.87, 0},
		{"testdata/heldout159", 0.85, 0.65, 0.65, 1},
		{"testdata/heldout160", 0.77, 0.65, 0.78, 0.95},
		{"testdata/heldout161", 0.82, 0, 0.31, 0},
		{"testdata/heldout162", 0.76, 0.95, 0.95, 0.95},
		{"testdata/heldout163", 0.80, 0, 0, 0},
		{"testdata/heldout164", 0.81, 0, 0, 0},
		{"testdata/heldout165", 0.84, 0.78, 0.78, 0.95},
		{"testdata/heldout166", 0.93, 0.95, 0.95, 0.95},
		{"testdata/heldout167", 0.83, 0.65, 0.95, 0.45},
		{"testdata/heldout168", 0.86, 0.27, 0.27, 0},
		{"testdata/heldout169", 0.74, 0.38, 0.78, 0},
		{"testdata/heldout170", 0.72, 0.95, 0.95, 0.95},
		{"testdata/heldout171", 0.83, 0.65, 0.65, 1}, // the counter-charge under the charge's label (answeredLabels, zmut29)
		{"testdata/heldout172", 0.77, 0.34, 0.58, 0},
		{"testdata/heldout173", 0.70, 0, 0, 0},
		{"testdata/heldout174", 0.96, 0.65, 0.65, 1},
		{"testdata/heldout175", 0.84, 0.48, 0.78, 0.45},
		{"testdata/heldout176", 0.85, 0.44, 0.52, 0.48}, // a state-named power company speaks by its name (zorg26)
		{"testdata/heldout177", 0.72, 0.23, 0.38, 0.28},
		{"testdata/heldout178", 0.77, 0.65, 0.65, 0},
		{"testdata/heldout179", 0.78, 0.31, 0.31, 0.95},
		{"testdata/heldout180", 0.82, 0.42, 0.78, 0.45},
		{"testdata/heldout181", 0.88, 0.65, 0.65, 0.95},
		{"testdata/heldout182", 0.80, 0.73, 0.78, 0.95},
		{"testdata/heldout183", 0.94, 0.48, 0.95, 0.95},
		{"testdata/heldout184", 0.66, 0, 0.78, 0},
		{"testdata/heldout185", 0.82, 0.98, 0.98, 0.95}, // an attache's expulsion a diplomat's (zr20a); spying for a state's intelligence (zkind30)
		{"testdata/heldout186", 0.86, 0, 0.95, 0},
		{"testdata/heldout187", 0.92, 0.78, 0.78, 0.95}, // killings named by their place in the headline (zr20a); a secret police as the doer (zkind30)
		{"testdata/heldout188", 0.89, 0.78, 0.78, 0.95}, // a victim's kind named by the victim too (zr20a)
		{"testdata/heldout189", 0.66, 0, 0.95, 0},
		{"testdata/heldout190", 0.77, 0.78, 0.78, 1}, // a massacre named by its place in the headline (zr20a); the counter-charge under its label (zmut29)
		{"testdata/heldout191", 0.89, 0.65, 0.78, 0.95},
		{"testdata/heldout192", 0.93, 0.95, 0.95, 0.95},
		{"testdata/heldout193", 0.76, 0.95, 0.95, 0.95},
		{"testdata/heldout194", 0.77, 0.48, 0.55, 0.95}, // the looting the article names over the shelling it is set in (zevent29)
		{"testdata/heldout195", 0.82, 0, 0, 0},
		{"testdata/heldout196", 0.88, 0.38, 0.38, 0},    // a governor speaks for the provincial administration (zsides28)
		{"testdata/heldout197", 0.77, 0, 0.23, 0},       // the government against a party (homeGovernment, zside30)
		{"testdata/heldout198", 0.79, 0.55, 0.55, 0.95}, // "prisoner-of-war abuse" is "prisoner abuse" read as parts
		{"testdata/heldout199", 0.71, 0, 0, 0},
		{"testdata/heldout200", 0.87, 0, 0.95, 0},
		{"testdata/heldout201", 0.87, 0.65, 0.78, 0.95},
		{"testdata/heldout202", 0.83, 0.20, 0.55, 0}, // tasks set by a state's military intelligence (zkind30)
		{"testdata/heldout203", 0.83, 0.31, 0.31, 0},
		{"testdata/heldout204", 0.80, 0, 0.31, 0}, // the government against a party (homeGovernment, zside30)
		{"testdata/heldout205", 0.67, 0, 0, 0},
		{"testdata/heldout206", 0.81, 0.48, 0.48, 0},
		{"testdata/heldout207", 0.61, 0.65, 0.65, 0.98}, // a company named by its trade ("… Facades") is "the company" (zpair29)
		{"testdata/heldout208", 0.67, 0.65, 0.65, 0.95},
		{"testdata/heldout209", 0.90, 0, 0.55, 0},
		{"testdata/heldout210", 0.93, 0.42, 0.95, 0.95}, // the landmine blast over the truce it is set in (zevent29)
		{"testdata/heldout211", 0.87, 0.48, 0.73, 0.95},
		{"testdata/heldout212", 0.79, 0, 0.73, 0},
		{"testdata/heldout213", 0.92, 0.71, 0.78, 0.95}, // a council and a company blaming each other before either is named (zdomestic29)
		{"testdata/heldout214", 0.91, 0, 0.95, 0},
		{"testdata/heldout215", 0.85, 0.95, 0.95, 0.95},
		{"testdata/heldout216", 0.89, 0.55, 0.55, 0.98},
		{"testdata/heldout217", 0.82, 0, 0, 0},
		{"testdata/heldout218", 0.86, 0.55, 0.55, 0.95},
		{"testdata/heldout219", 0.69, 0.55, 0.55, 0.45},
		{"testdata/heldout220", 0.84, 0, 0.31, 0}, // the government against a party (homeGovernment, zside30)
		{"testdata/heldout221", 0.79, 0, 0, 0},
		{"testdata/heldout222", 0.72, 0, 0, 0},
		{"testdata/heldout223", 0.75, 0, 0.65, 0}, // the ministry speaks for the government (homeGovernment, zside30)
		{"testdata/heldout224", 0.83, 0, 0.78, 0},
		{"testdata/heldout225", 0.85, 0.27, 0.48, 0},    // a bare event noun once a question word is refused as its modifier (zbare29)
		{"testdata/heldout226", 0.79, 0.55, 0.78, 0.48}, // a party named by its leader's possessive, its leader its voice (zr226)
		{"testdata/heldout227", 0.71, 0, 0, 0},
		{"testdata/heldout228", 0.85, 0.78, 0.78, 0.95}, // a workers' federation called "the union" (zr226); "strike clashes" named by the clashes (ztopic30)
		{"testdata/heldout229", 0.95, 0, 0.65, 0},       // "the residents' committee", an MP's seat no council (zr226)
		{"testdata/heldout238", 0.87, 0, 0.95, 0},
		{"testdata/heldout230", 0.83, 0.65, 0.95, 0.95},
		{"testdata/heldout231", 0.80, 0, 0.78, 0},
		{"testdata/heldout232", 0.75, 0.31, 0.31, 0},
		{"testdata/heldout233", 0.70, 0, 0.55, 0},
		{"testdata/heldout234", 0.82, 0.65, 0.78, 0.95},
		{"testdata/heldout235", 0.90, 0, 0.78, 0},
		{"testdata/heldout236", 0.81, 0, 0.78, 0},
		{"testdata/heldout237", 0.85, 0, 0.58, 0}, // "the force" charged is the one police body named (zpair30b)
		{"testdata/heldout239", 0.79, 0, 0.55, 0},
		{"testdata/heldout240", 0.74, 0, 0.65, 0},
		{"testdata/heldout241", 0.83, 0, 0, 0},
		{"testdata/heldout242", 0.84, 0, 0.95, 0},
		{"testdata/heldout243", 0.72, 0, 0, 0},
		{"testdata/heldout244", 0.89, 0, 0.95, 0},
		{"testdata/heldout245", 0.86, 0, 0, 0},
		{"testdata/heldout246", 0.69, 0, 0.23, 0},
		{"testdata/heldout247", 0.91, 0, 0.78, 0},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			rep, err := Evaluate(context.Background(), New(nil), tt.dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Files) == 0 {
				t.Fatalf("no gold-labelled articles in %s", tt.dir)
			}
			var b strings.Builder
			rep.Print(&b)
			t.Log("\n" + b.String())
			if f := rep.Total.Attribution.F1(); f < tt.minAtt {
				t.Errorf("attribution F1 = %.3f, want >= %.2f", f, tt.minAtt)
			}
			if f := rep.Total.Accusations.F1(); f < tt.minAcc {
				t.Errorf("accusation F1 = %.3f, want >= %.2f", f, tt.minAcc)
			}
			if f := rep.Total.AccusationPairs.F1(); f < tt.minPair {
				t.Errorf("accusation pairs F1 = %.3f, want >= %.2f", f, tt.minPair)
			}
			if r := rep.Total.Mutual.Recall(); r < tt.minMutual {
				t.Errorf("mutual-accusation recall = %.3f, want >= %.2f", r, tt.minMutual)
			}
		})
	}
}
