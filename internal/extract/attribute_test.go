package extract

import (
	"strings"
	"testing"
)

func TestAttribute(t *testing.T) {
	type want struct{ speaker, side string }
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"trailing with title and demonym",
			"Freedonia will never use cluster bombs, Freedonian Defence Minister Ivo Marek said on Monday.",
			[]want{{"Ivo Marek", "Freedonia"}}},
		{"later surname and quote",
			"Freedonian Defence Minister Ivo Marek spoke in Fredville.\n\n\"We will not be intimidated by Sylvania,\" Marek told reporters.",
			[]want{{"Ivo Marek", "Freedonia"}}},
		{"pronoun continues the last person",
			"Sylvanian President Dana Oster said Freedonia had shelled border villages. She added that the attacks were a war crime.",
			[]want{{"Dana Oster", "Sylvania"}, {"Dana Oster", "Sylvania"}}},
		{"according to an institution",
			"According to the Palace, Sylvanian troops crossed the border at dawn.",
			[]want{{"Freedonian government", "Freedonia"}}},
		{"capital stands for the government",
			"Sylvaton has accused Freedonian forces of using drones against civilians.",
			[]want{{"Sylvanian government", "Sylvania"}}},
		{"reciprocal accusation is two claims",
			"Freedonia and Sylvania have accused each other of violating the ceasefire.",
			[]want{{"Freedonian government", "Freedonia"}, {"Sylvanian government", "Sylvania"}}},
		{"inverted attribution after a quote",
			"“The claims are baseless,” said Palace spokesman Tomas Brill.",
			[]want{{"Tomas Brill", "Freedonia"}}},
		{"quote continues after the attribution",
			"Sylvanian President Dana Oster visited the front.\n\n\"We are ready,\" Oster said. \"Sylvania will defend every village from Freedonian troops.\"",
			[]want{{"Dana Oster", "Sylvania"}, {"Dana Oster", "Sylvania"}}},
		{"standalone quote paragraph continues the previous quote",
			"\"Sylvania will hold the line,\" said Sylvanian President Dana Oster.\n\n\"Nobody can break us.\"",
			[]want{{"Dana Oster", "Sylvania"}, {"Dana Oster", "Sylvania"}}},
		{"pronoun without antecedent yields nothing",
			"\"We did nothing wrong in Sylvaton,\" he said.",
			nil},
		{"news media are not speakers",
			"Freedonian troops advanced overnight, the Daily Herald reported.",
			nil},
		{"reported speech inside reported speech keeps the outer speaker",
			"Sylvanian President Dana Oster said that Freedonian officials admitted the strike was a mistake.",
			[]want{{"Dana Oster", "Sylvania"}}},
		{"appositive between name and verb",
			"Tomas Brill, the spokesman for the Palace, on Sunday told reporters that Sylvania was lying about the dam.",
			[]want{{"Tomas Brill", "Freedonia"}}},
		{"institution with demonym",
			"The Sylvanian foreign ministry said the referendum in Ruritania was rigged.",
			[]want{{"Sylvanian Foreign Ministry", "Sylvania"}}},
		{"coordinated reporting verbs are two claims",
			"Freedonian Defence Minister Ivo Marek denied the report and said that Sylvania was to blame for the blast.",
			[]want{{"Ivo Marek", "Freedonia"}, {"Ivo Marek", "Freedonia"}}},
		{"adding that is a second claim",
			"Palace spokesman Tomas Brill said the peace talks had failed, adding that Sylvania had walked out.",
			[]want{{"Tomas Brill", "Freedonia"}, {"Tomas Brill", "Freedonia"}}},
		{"role anaphora",
			"Sylvanian President Dana Oster arrived in Strelsau on Friday. The president said Freedonia was preparing a new offensive.",
			[]want{{"Dana Oster", "Sylvania"}}},
		{"nominal accusations by two accusers",
			"The Palace rejected accusations by Sylvania and Ruritania that Freedonian forces shelled the dam.",
			[]want{{"Freedonian government", "Freedonia"}, {"Sylvanian government", "Sylvania"}, {"Ruritanian government", "Ruritania"}}},
		{"a description is a speaker, and nested verbs stay its content",
			"Local residents said that the Palace claimed victory too early.",
			[]want{{"Local residents", ""}}},
		{"quoted as saying names the one quoted",
			"Freedonian media quoted Army Chief General Ana Petrov as saying that Sylvanian troops had shelled the dam.",
			[]want{{"Ana Petrov", ""}}},
		{"appositive role gives the side; participle adjunct after the verb",
			"Tomas Brill, a spokesman for the Palace, met reporters.\n\n\"Sylvania walked out of the talks,\" Brill said, referring to the second round.",
			[]want{{"Tomas Brill", "Freedonia"}}},
		{"name with a lower-case particle",
			"Ahmad al-Harbi said Sylvania had violated the truce near Strelsau.",
			[]want{{"Ahmad al-Harbi", ""}}},
		{"participle continuation carries an accusation",
			"The Palace said the truce had collapsed, accusing Sylvanian forces of shelling the dam.",
			[]want{{"Freedonian government", "Freedonia"}, {"Freedonian government", "Freedonia"}}},
		{"abbreviations do not split the speaker",
			"The U.S. and the U.N. were not consulted, Col. Marek said on Tuesday about the Sylvanian drones.",
			[]want{{"Marek", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			var got []want
			for _, c := range res.Claims {
				got = append(got, want{c.Speaker, c.Side})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d claims, want %d:%s", len(got), len(tt.want), describe(res.Claims))
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("no claim by %q [%s]:%s", w.speaker, w.side, describe(res.Claims))
				}
			}
		})
	}
}

// TestColonFrame: a paragraph that opens "Name: statement" (headlines and
// transcripts) credits the statement to the person; datelines, title-case
// headlines and interviewers' questions credit nobody.
func TestColonFrame(t *testing.T) {
	tests := []struct {
		name, text  string
		wantSpeaker string // "" = no claim starts with wantText
		wantText    string
	}{
		{"headline credits a surname",
			"Marek: Freedonia will not sign the border treaty this year.\n\nFreedonian Defence Minister Ivo Marek spoke in Fredville on Monday.",
			// the headline comes before the full name: the surname stands
			"Marek", "Freedonia will not sign the border treaty this year."},
		{"transcript line of a person named before",
			"Sylvanian President Dana Oster spoke to the radio station on Monday.\n\nOster: We have evidence that the drones came from the north.",
			"Dana Oster", "We have evidence that the drones came from the north."},
		{"dateline in capitals is a place",
			"FREDVILLE: Freedonian troops and Sylvanian guards exchanged fire across the river on Sunday.",
			"", "Freedonian troops and Sylvanian guards exchanged fire"},
		{"a title-case headline is the statement of the person the body names (headlineColon)",
			"Marek: Freedonia Will Not Sign The Border Treaty This Year\n\nFreedonian Defence Minister Ivo Marek spoke in Fredville on Monday.",
			"Ivo Marek", "Freedonia Will Not Sign"},
		{"an interviewer's question claims nothing",
			"Q: Will Freedonia sign the border treaty this year?\n\nThe minister did not answer.",
			"", "Will Freedonia sign"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			got := ""
			for _, c := range res.Claims {
				if strings.HasPrefix(c.Text, tt.wantText) {
					got = c.Speaker
				}
			}
			if got != tt.wantSpeaker {
				t.Errorf("claim %q: speaker %q, want %q (claims: %+v)", tt.wantText, got, tt.wantSpeaker, res.Claims)
			}
		})
	}
}

// TestUnseenNewsFrames holds the frames and quotations of news the
// extractor had not seen (issue 13's held-out failure patterns, written
// again with invented people and states), each beside guard rows that
// must not change.
func TestUnseenNewsFrames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a quotation's fragment of a last sentence joins the sentences before it",
			"Nils Abbot was on the bridge that night.\n\n\"We radioed the ferry four times. Four times, and not one answer,\" he said.",
			"Nils Abbot", "We radioed the ferry four times. Four times, and not one answer", 1},
		{"guard: a last sentence naming an actor stays a claim of its own",
			"Nils Abbot was on the bridge that night.\n\n\"We radioed the ferry four times. Freedonia let the ferry sail on,\" he said.",
			"Nils Abbot", "Freedonia let the ferry sail on", 2},
		{"a verdict on the claim just denied is part of the denial",
			"Ivo Marek denied that the convoy had crossed the border, calling the claim a fairy tale.",
			"Ivo Marek", "the border, calling the claim a fairy tale", 1},
		{"guard: calling an actor something is a claim of its own",
			"Ivo Marek denied that the convoy had crossed the border, calling Sylvania a nation of smugglers.",
			"Ivo Marek", "Sylvania a nation of smugglers", 2},
		{"an unnamed official is a person of the state's side, not the state",
			"A Sylvanian official, who asked not to be named because he was not authorised to speak, said the convoy had turned back.",
			"Sylvanian official", "the convoy had turned back", 1},
		{"guard: officials speak for the state",
			"Sylvanian officials said the convoy had turned back.",
			"Sylvanian government", "the convoy had turned back", 1},
		{"a relative's noun gives the speaker no gender",
			"A company spokeswoman, Ina Roe, said the plant was safe.\n\nAda Vell, whose brother died in the blast, said she wanted the truth.\n\n\"Nobody tells me why the alarm did not ring,\" she said.",
			"Ada Vell", "Nobody tells me why", 3},
		{"a one-sentence quotation after the attributed one is a claim too",
			"\"Our crews saw the cutter circle the boat and force it south,\" said coast guard commander Ada Vell. \"Those people were sent back to die.\"",
			"Ada Vell", "Those people were sent back to die", 2},
		{"guard: a longer quotation after it goes on the attributed one",
			"\"Our crews saw the cutter circle the boat and force it south,\" said coast guard commander Ada Vell. \"This is the whole problem. And this is why the boats stay home at night.\"",
			"Ada Vell", "force it south,\" said coast guard commander Ada Vell. \"This is the whole problem", 1},
		{"a longer quotation's own first sentence after the attributed one is a claim too, and so is its later finding (laterFinding)",
			"\"Our divers found a slick running from the hull of the Orla straight into the bay,\" the board's director, Anna Kell, told reporters in Marlow. \"Samples taken at the pier show oil at many times the legal limit. This did not come from a fishing boat.\"",
			"Anna Kell", "Samples taken at the pier show oil", 3},
		{"guard: a longer quotation opening with a condition goes on the attributed one",
			"\"I am not naive about our neighbours,\" Tomas Brill said. \"If there is real evidence, publish it and let a court weigh it. Do not wave it around at rallies.\"",
			"Tomas Brill", "neighbours,\" Tomas Brill said. \"If there is real evidence", 1},
		{"guard: a longer quotation opening with a question word goes on the attributed one",
			"\"The coordination of the posts is real,\" said Ina Roe, a researcher. \"What has not been shown in public is who pays for it. It could be anyone at all.\"",
			"Ina Roe", "researcher. \"What has not been shown", 1},
		{"a denial's reason is part of the denial",
			"Ivo Marek rejected the ramming accusation, saying the nearest cutter had been miles away at the time.",
			"Ivo Marek", "accusation, saying the nearest cutter", 1},
		{"guard: a dismissal with its own verdict, then a claim",
			"Ivo Marek dismissed the claim as absurd, saying the fragments would be shown to diplomats.",
			"Ivo Marek", "the fragments would be shown", 2},
		{"guard: a reason naming a state may accuse it",
			"Ivo Marek rejected the accusation, saying Sylvanian troops had fired first.",
			"Ivo Marek", "Sylvanian troops had fired first", 2},
		{"a demonym's civilians speak for themselves",
			"Sylvanian firefighters said on Sunday evening that the northern edge of the fire had been contained.",
			"Sylvanian firefighters", "the northern edge of the fire", 1},
		{"a demonym's prosecutors speak under their own name, on the state's side",
			"Sylvanian prosecutors said the smugglers had been paid from a Freedonian account.",
			"Sylvanian prosecutors", "the smugglers had been paid", 1},
		{"the agent of a passive accusation: a demonym's prosecutors",
			"Last year Freedonia was accused by Sylvanian prosecutors of orchestrating a wave of arson attacks on depots.",
			"Sylvanian prosecutors", "orchestrating a wave of arson attacks", 1},
		{"guard: a demonym's police still speak for the state",
			"Sylvanian police said the depot fire had been set by Freedonian agents.",
			"Sylvanian government", "the depot fire had been set", 1},
		{"guard: a demonym's troops speak for the state",
			"Sylvanian troops said the bridge had been destroyed.",
			"Sylvanian government", "the bridge had been destroyed", 1},
		{"police in a city are the city's police",
			"Police in Fredville say a man in his forties collapsed at a cafe near the station.",
			"Fredville police", "a man in his forties collapsed", 1},
		{"guard: residents of a city are no state; named town first",
			"Residents of Fredville say the water has tasted of diesel for a week.",
			"Fredville residents", "the water has tasted of diesel", 1},
		{"a state's agency is named as a body of its own",
			"Sylvania's civil aviation authority said it had received no such request.",
			"Sylvanian Civil Aviation Authority", "it had received no such request", 1},
		{"a state's agency named with its demonym is a body of its own",
			"The Sylvanian port authority denied that the ferry had stopped at Pelm.",
			"Sylvanian Port Authority", "the ferry had stopped at Pelm", 1},
		{"guard: a state's ministry named with its demonym speaks for the state",
			"The Sylvanian defence ministry said the drill had been cancelled.",
			"Sylvanian Defence Ministry", "the drill had been cancelled", 1},
		{"guard: a state's ministry speaks for the state",
			"Sylvania's defence ministry said the drill had been cancelled.",
			"Sylvanian Defence Ministry", "the drill had been cancelled", 1},
		{"a demonym's state television is no verb of saying",
			"Freedonian state television broadcasts a statement by the army chief, General Ada Rurik, who says the poisoning was staged by Sylvanian intelligence.",
			"Ada Rurik", "the poisoning was staged", 1},
		{"guard: a state's people may state things",
			"The delegates state that the vote was rigged.",
			"delegates", "the vote was rigged", 1},
		{"a second \"that\" fact of one report is part of it",
			"Ivo Marek said that no exercise had taken place this month and that the range had been closed since July.",
			"Ivo Marek", "this month and that the range had been closed", 1},
		{"guard: a second fact naming a party is a claim of its own",
			"Ivo Marek said that the ship had lost its anchor and that Sylvania was using the incident to stir up hostility.",
			"Ivo Marek", "Sylvania was using the incident", 2},
		{"guard: a second fact that denies an act of harm is a claim of its own",
			"Ivo Marek said that the result reflected the will of voters and that the leaflets' interference had made no difference.",
			"Ivo Marek", "the leaflets' interference had made no difference", 2},
		{"a second fact negated with no harm named is part of the report",
			"Ivo Marek said that the result reflected the will of voters and that the leaflets had made no difference.",
			"Ivo Marek", "voters and that the leaflets had made no difference", 1},
		{"a party or a negation in an aside after the second fact's comma leaves it part of the report",
			"Dana Oster said that the tanker had left Fredville half full and that the rest had been pumped aboard at Kessel, where Sylvanian customs officers waved it through without checks.",
			"Dana Oster", "the rest had been pumped aboard at Kessel", 1},
		{"a party named after the second fact's verb leaves it part of the report",
			"Dana Oster said that the samples had been tested twice and that the results had been filed with the Sylvanian regulator in May.",
			"Dana Oster", "twice and that the results had been filed with the Sylvanian regulator", 1},
		{"guard: a party as the second fact's subject is a claim of its own",
			"Dana Oster said that the samples had been tested twice and that the Sylvanian regulator had lost the results.",
			"Dana Oster", "the Sylvanian regulator had lost the results", 2},
		{"a fact found wanting is one more fact of the report",
			"The operator, Halvik Mining, said that the shaft had been inspected in May and that no cracks were found.",
			"Halvik Mining", "May and that no cracks were found", 1},
		{"guard: a second fact denying sabotage before the comma is a claim of its own",
			"Dana Oster said that the mine had been inspected in May and that no sabotage had taken place, whatever the union said.",
			"Dana Oster", "no sabotage had taken place", 2},
		{"a quoted second fact is a claim of its own",
			"Dana Oster said that the tanker had been boarded at dawn and that its papers were \"in perfect order\".",
			"Dana Oster", "its papers were", 2},
		{"a quoted second fact after an unquoted first is a claim of its own",
			"The operator, Halvik Mining, said that the shaft had been inspected in May and that the cracks were \"cosmetic, nothing more\".",
			"Halvik Mining", "the cracks were", 2},
		{"guard: a negated quoted second fact stays part of the report",
			"Dana Oster said that the tanker had been boarded at dawn and that its crew had \"never left the harbour\".",
			"Dana Oster", "dawn and that its crew had", 1},
		{"guard: a first fact shorter than its frame keeps a quoted second one",
			"Dana Oster, a lawyer for the shipping company and a former harbour master in Fredville, said the crew was safe and that the papers were \"in perfect order\".",
			"Dana Oster", "safe and that the papers were", 1},
		{"guard: a quoted second fact after a clause between goes on with that clause",
			"Halvik Mining said its engineers had checked the shaft on Tuesday and found no cracks, and that the collapse had been caused by \"reckless blasting\" at the quarry.",
			"Halvik Mining", "no cracks, and that the collapse", 2},
		{"a call for something joined by \"and\" is part of the report before it",
			"Kessel Shipping said it was alarmed by the spill and called for an independent inquiry.",
			"Kessel Shipping", "spill and called for an independent inquiry", 1},
		{"a demand joined by \"and\" is part of the charge before it",
			"Dana Oster accused the mine's owners of negligence and demanded the release of the safety logs.",
			"Dana Oster", "negligence and demanded the release", 1},
		{"a call on someone joined by \"and\" to a reported fact is a claim of its own",
			"The Ruritanian pilots' union said the runway lights had failed twice and called on the airport to close the north strip.",
			"Ruritanian pilots' union", "called on the airport", 2},
		{"guard: calling something a name is no appeal",
			"Ivo Marek said the count had been fair and called the charges absurd.",
			"Ivo Marek", "the count had been fair", 2},
		{"an organisation's engineer is described as the body's engineer, on its side",
			"Halvik Mining rejected that. \"A dam does not fail by itself,\" a Halvik engineer told the Ostmark Broadcaster.",
			"Halvik engineer", "A dam does not fail by itself", 2},
		{"an organisation's technician is described as the body's technician",
			"Norvale Engineering denied the charge. A Norvale technician said the crane had been serviced in May.",
			"Norvale technician", "the crane had been serviced in May", 2},
		{"an organisation's inspector is described as the body's inspector",
			"Pellar Shipyards denied the charge. A Pellar inspector said the hull had passed its last survey.",
			"Pellar inspector", "the hull had passed its last survey", 2},
		{"a company named after its state's demonym and a company noun in apposition",
			"The mine's owner, the Sylvanian firm Dorrel Holdings, said the dam had been inspected in May.",
			"Dorrel Holdings", "the dam had been inspected in May", 1},
		{"a company named after a state no list knows and a company noun in apposition",
			"The airline's owner, the Ostmark company Velair Holdings, said in a statement that the jet had been serviced in March.",
			"Velair Holdings", "the jet had been serviced in March", 1},
		{"the company is the drug maker, not the public agency named after it",
			"Orvo Therapeutics, the only maker of the drug, accused the Kessel Medicines Agency of ordering a needless recall.\n\nThe agency rejected the charge.\n\nThe company said its own tests had found nothing wrong.",
			"Orvo Therapeutics", "its own tests had found nothing wrong", 3},
		{"a vaccine maker named by its trade is a company the company refers back to",
			"Halden Vaccines denied the report.\n\nThe company said its own tests had found nothing wrong.",
			"Halden Vaccines", "its own tests had found nothing wrong", 2},
		{"a definite subject after an opening phrase with no comma",
			"Halden Vaccines denied the report.\n\nIn a statement on Wednesday the company said its own tests had found nothing wrong.",
			"Halden Vaccines", "its own tests had found nothing wrong", 2},
		{"a definite subject after an opening phrase of place with no comma",
			"At a briefing in Pellam the port authority said the quay was safe.",
			"port authority", "the quay was safe", 1},
		{"a denial of what was just said with \"that\" as its object",
			"Halvik Mining accused Dorrel Holdings of skipping inspections.\n\nDorrel Holdings, which built the dam, rejected that.",
			"Dorrel Holdings", "rejected that", 2},
		{"guard: \"dismissed that, saying …\" is read by its participle",
			"Halvik Mining accused Dorrel Holdings of skipping inspections.\n\nDorrel Holdings dismissed that, saying the last inspection had been in May.",
			"Dorrel Holdings", "the last inspection had been in May", 2},
		{"a company named by a plural trade is referred to by the trade in the singular",
			"Kelmar Resorts said the cable had been faulty when it was delivered.\n\nThe resort denied missing any inspection.",
			"Kelmar Resorts", "The resort denied missing any inspection", 2},
		{"a hotel chain referred to as the hotel",
			"Dovra Hotels blamed the city for the blackout.\n\nThe hotel said its generators had worked.",
			"Dovra Hotels", "its generators had worked", 2},
		{"a longer quoted sentence opening with \"there\" after the attributed one is a claim of its own",
			"\"They changed the list at two in the morning,\" Dario Venn told reporters. \"There is no deal with people who do that.\"",
			"Dario Venn", "There is no deal with people who do that", 2},
		{"guard: a short one leans on the sentence before",
			"\"They changed the list at two in the morning,\" Dario Venn told reporters. \"There is no other way.\"",
			"Dario Venn", "There is no other way", 1},
		{"a blame's reason about the blamed by a pronoun is part of it",
			"Sylvania blamed the flood on Freedonia, saying it had opened the dam without warning.",
			"Sylvanian government", "Freedonia, saying it had opened the dam", 1},
		{"guard: a blame's reason that names its subject is a claim of its own",
			"Sylvania blamed the flood on Freedonia, saying the Freedonian army was trying to drown the valley.",
			"Sylvanian government", "the Freedonian army was trying to drown the valley", 2},
		{"what a report cites is part of it",
			"Ostvision alleged on Sunday that the referee had been paid to award the penalty, citing bank records and a recorded phone call.",
			"Ostvision", "penalty, citing bank records and a recorded phone call", 1},
		{"a report by a named body is the body's",
			"According to a 2019 report by the Northern Forestry Commission, the forest is poorly managed on both banks.",
			"Northern Forestry Commission", "the forest is poorly managed", 1},
		{"guard: a document by no named body is described",
			"According to a count by the electoral commission released on Sunday, turnout was 61 percent.",
			"count by the electoral commission released on Sunday", "turnout was 61 percent", 1},
		{"a quotation after a paragraph about one person is theirs",
			"Ada Vell lost her brother in the sinking.\n\n\"Those people were sent back to die.\"",
			"Ada Vell", "Those people were sent back to die", 1},
		{"a quotation after a sentence about one person is theirs",
			"Tomas Brill, a fisherman from Fredville, watched the cutter from his boat. \"They pushed the dinghy south until it turned over.\"",
			"Tomas Brill", "They pushed the dinghy south", 1},
		{"guard: a person who is not the sentence's subject says nothing",
			"The minister met Tomas Brill on Monday. \"They pushed the dinghy south until it turned over.\"",
			"", "", 0},
		{"guard: two persons named, no speaker",
			"Tomas Brill and Ada Vell watched the cutter. \"They pushed the dinghy south until it turned over.\"",
			"", "", 0},
		{"a frame set between two clauses reports both",
			"The case had nothing to do with the businessman, a government spokesman, Ivo Marek, said, and the evidence against the two men was \"overwhelming\".",
			"Ivo Marek", "the evidence against the two men", 2},
		{"guard: a clause after the frame with a speaker of its own",
			"The talks had failed, Ivo Marek said, and Dana Oster said the vote would have to wait.",
			"Dana Oster", "the vote would have to wait", 2},
		{"some of the group just quoted",
			"Local fishermen told reporters they had seen the water turn grey. Some said they had complained to the company without an answer.",
			"Local fishermen", "they had complained to the company", 2},
		{"guard: others no group named before",
			"The talks resumed on Monday.\n\nOthers say the talks will fail.",
			"Others", "the talks will fail", 1},
		{"telling it another way is how a story is told, not what it says",
			"The talks resumed on Monday.\n\nSylvania tells it the other way round.",
			"", "", 0},
		{"guard: telling someone it was something reports it",
			"Ivo Marek told reporters it was a lie.",
			"Ivo Marek", "it was a lie", 1},
		{"guard: a definite title is the state's office",
			"The Sylvanian defence minister said the convoy had turned back.",
			"Sylvanian government", "the convoy had turned back", 1},
	})
}

// TestDeniedClaim: a denial of another's claim ("dismissed Sylvania's
// claim that …") reports that claim too, as its owner's, up to the
// verdict; a claim nobody owns is the denier's alone.
func TestDeniedClaim(t *testing.T) {
	tests := []struct {
		name, text, speaker, claim string
		claims                     int
	}{
		{"a party's claim", "Ivo Marek dismissed Sylvania's claim that Freedonia had faked the poisoning as absurd.",
			"Sylvanian government", "Freedonia had faked the poisoning", 2},
		{"a person's claim", "Dana Oster spoke on Monday.\n\nIvo Marek rejected Oster's claim that the dam had been mined.",
			"Dana Oster", "the dam had been mined.", 2},
		{"guard: nobody's claim", "Ivo Marek dismissed the claim that Freedonia had faked the poisoning as absurd.",
			"", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			if len(res.Claims) != tt.claims {
				t.Fatalf("got %d claims, want %d:%s", len(res.Claims), tt.claims, describe(res.Claims))
			}
			if tt.claim == "" {
				return
			}
			for _, c := range res.Claims {
				if c.Text == tt.claim && c.Speaker == tt.speaker {
					return
				}
			}
			t.Errorf("no claim %q by %q:%s", tt.claim, tt.speaker, describe(res.Claims))
		})
	}
}
