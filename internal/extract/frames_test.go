package extract

import (
	"strings"
	"testing"
)

// TestReportingFrames covers reporting frames of news prose beyond "X
// said Y": each row names the claim's speaker and a piece of its
// evidence, and how many claims the text yields.
func TestReportingFrames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"recalling an ambassador is no report",
			"Key points\n\u2022 Korvela recalled its ambassador on Friday\n\u2022 Dunmarch recalled troops from the border",
			"", "", 0},
		{"guard: recalling that … is a report",
			"Ivo Marek recalled that the treaty was signed in 1998.",
			"Ivo Marek", "the treaty was signed", 1},
		{"an acronym of a body that spoke before is that body",
			"The Dunmarchi National Space Office (DNSO) denied losing control of its probe.\n\nAccording to the DNSO, its controllers sent three warnings.",
			"Dunmarchi National Space Office", "sent three warnings", 2},
		{"guard: an acronym of no body named before stays itself",
			"The Dunmarchi National Space Office denied losing control of its probe.\n\nAccording to the KVA, its controllers sent three warnings.",
			"KVA", "sent three warnings", 2},
		{"a body that backs another's claim makes it its own",
			"The Norvale Shipping Company said the council cut the budget.\n\nThe drivers' union, the Lorry Drivers' Guild, backs the company's claim that the trucks had worn brakes.",
			"Lorry Drivers' Guild", "backs the company's claim", 3},
		{"guard: a body that books another's claim does not",
			"The Norvale Shipping Company said the council cut the budget.\n\nThe drivers' union, the Lorry Drivers' Guild, books the company's claim that the trucks had worn brakes.",
			"Norvale Shipping Company", "the trucks had worn brakes", 2},
		{"typewriter quotation marks",
			"Ivo Marek visited Fredville.\n\n''The bridge will be finished by spring,'' Marek said. ''Fredville has the money.''",
			"Ivo Marek", "Fredville has the money", 2},
		{"inverted attribution with an apposition",
			"\"Nobody expected the vote to be this close,\" said Lena Kovach, a professor of history at the University of Strelsau.",
			"Lena Kovach", "Nobody expected the vote", 1},
		{"inverted attribution with a relative clause",
			"\"The numbers do not add up,\" said Tomas Brill, who advised two previous governments.",
			"Tomas Brill", "The numbers do not add up", 1},
		{"age and apposition between subject and verb",
			"\"I do not trust any of them,\" Ada Vell, 67, a retired nurse in Fredville, said in an interview.",
			"Ada Vell", "I do not trust any of them", 1},
		{"a description as speaker",
			"Several observers said the turnout was the lowest in a decade.",
			"Several observers", "the turnout was the lowest", 1},
		{"a description with a post-modifier",
			"A spokesman for the port authority said the ship had left without permission.",
			"port authority", "the ship had left", 1},
		{"a trailing description",
			"The reform will cost more than planned, many economists say.",
			"many economists", "The reform will cost more", 1},
		{"a role, then the name in apposition",
			"The party's chairman, Jonas Vell, said the vote would be held in May.",
			"Jonas Vell", "the vote would be held", 1},
		{"participle report of the main clause's subject",
			"Dana Oster sided with the farmers on Monday, saying the tax was unfair.",
			"Dana Oster", "the tax was unfair", 1},
		{"parenthetical attribution covers the whole clause",
			"The plan, an aide to the mayor said, is to reopen the bridge in June.",
			"aide to the mayor", "The plan", 1},
		{"a question is reported",
			"\"Who will pay for the bridge?\" asked Ada Vell.",
			"Ada Vell", "Who will pay for the bridge", 1},
		{"beliefs are reported",
			"Ivo Marek believes the tax will be repealed next year.",
			"Ivo Marek", "the tax will be repealed", 1},
		{"stances are reported",
			"Dana Oster praised the decision to reopen the bridge.",
			"Dana Oster", "the decision to reopen the bridge", 1},
		{"trailing attribution with a subordinate clause after the verb",
			"\"We will win this county,\" Ivo Marek said as he left the rally.",
			"Ivo Marek", "We will win this county", 1},
		{"a speaker with an apposition before a verb is not inverted",
			"Lena Kovach, a delegate from Strelsau, criticized the new rules, saying they favoured incumbents.",
			"Lena Kovach", "they favoured incumbents", 2},
		{"a reporting verb used as a noun reports nothing",
			"The attack claim is likely false.",
			"", "", 0},
		{"a reporting verb after another is a noun",
			"\"It was a deliberate act,\" Ivo Marek told state television.",
			"Ivo Marek", "It was a deliberate act", 1},
		{"called X Y",
			"Dana Oster called the vote \"a national disgrace\".",
			"Dana Oster", "the vote", 1},
		{"called it a",
			"Ivo Marek called it a grave mistake.",
			"Ivo Marek", "it a grave mistake", 1},
		{"calling a taxi reports nothing",
			"Ivo Marek called the police at noon.",
			"", "", 0},
		{"described X as Y",
			"Lena Kovach described the ruling as a stab in the back.",
			"Lena Kovach", "the ruling as a stab", 1},
		{"expressed concern",
			"The mediators expressed concern about the fighting.",
			"mediators", "concern about the fighting", 1},
		{"a point in a bulleted list",
			"Key points:\n- Tomas Brill says the bridge will reopen\n",
			"Tomas Brill", "the bridge will reopen", 1},
		{"an introductory phrase is no subject",
			"In the interview, Tomas Brill, who chairs the committee, said the bridge would reopen.",
			"Tomas Brill", "the bridge would reopen", 1},
		{"an abbreviation's dot inside the apposition",
			"Ada Vell, 67, a nurse in Fredville, Ruri., said she was tired.",
			"Ada Vell", "she was tired", 1},
		{"a role with a newspaper's name is no newspaper",
			"\"We will not run his column,\" Daily Herald opinion editor Lena Kovach said.",
			"Lena Kovach", "We will not run his column", 1},
		{"a demonstrative starts a description",
			"\"The mayor knew,\" this source told reporters.",
			"this source", "The mayor knew", 1},
		{"according to a long source",
			"The turnout fell by a third, according to a count by the electoral commission released on Sunday.",
			"count by the electoral commission released on Sunday", "The turnout fell", 1},
		{"he is the subject of the sentence before",
			"Tomas Brill met Ada Vell in Fredville. \"The bridge will reopen,\" he said.",
			"Tomas Brill", "The bridge will reopen", 1},
		{"she is not a man",
			"Mr. Tomas Brill met Ada Vell in Fredville. Brill spoke first. \"The bridge will reopen,\" she said.",
			"Ada Vell", "The bridge will reopen", 1},
		{"they are the group that spoke last",
			"Local farmers said the dam had cracked. They said the water was rising.",
			"Local farmers", "the water was rising", 2},
		{"a quotation's asides belong to its claim",
			"\"The bridge will reopen,\" Tomas Brill said. \"It is only a matter of time.\"",
			"Tomas Brill", "only a matter of time", 1},
		{"a subject before a relative clause",
			"The farmers who blocked the road said the tax was unfair.",
			"farmers", "the tax was unfair", 1},
		{"a described person is who he is next",
			"A doctor at the clinic told reporters that the water was safe. He said the wells had been tested.",
			"doctor at the clinic", "the wells had been tested", 2},
		{"a dateline is no speaker",
			"FREDVILLE, Freedonia, May 3 (Wirenews) - Freedonian officials said the bridge would reopen.",
			"Freedonian government", "the bridge would reopen", 1},
		{"a country's initials are no pronoun",
			"US Secretary of State Anna Blum said the talks had failed.",
			"Anna Blum", "the talks had failed", 1},
		{"initials of an organisation named before",
			"Human Rights Watch published a report on Monday. HRW said the dam had been mined.",
			"Human Rights Watch", "the dam had been mined", 1},
		{"a spokesman who gave only his first name",
			"\"We are not to blame,\" the spokesman, who gave his name only as Ruslan, said.",
			"Ruslan", "We are not to blame", 1},
		{"a noun made of a reporting verb does not hide the verb before it",
			"\"The cost will rise,\" said Ivo Marek, an economist at the Fair Wages Center, a liberal think tank.",
			"Ivo Marek", "The cost will rise", 1},
		{"an unnamed source described by a tie",
			"\"The deal is off,\" said a person close to the mayor.",
			"person close to the mayor", "The deal is off", 1},
		{"people described by their town are not the town",
			"Protest organizers in Fredville say the curfew is only making things worse.",
			"Fredville protest organizers", "the curfew is only making", 1},
		{"people described by their country do not speak for its government",
			"Farmers in Sylvania say the new tax is unfair.",
			"Farmers in Sylvania", "the new tax is unfair", 1},
		{"a quotation ending in an exclamation mark, then its speaker",
			"\"We need a tougher mayor, and we need one NOW!\" Ivo Marek said on his radio show.",
			"Ivo Marek", "we need one NOW", 1},
		{"a question, then its speaker before the verb",
			"\"Who will pay for the bridge?\" Ada Vell asked.",
			"Ada Vell", "Who will pay", 1},
		{"an apposition that starts 'one of'",
			"Ada Fisher, one of only a handful of farmers on the council, said Marek would win the vote.",
			"Ada Fisher", "Marek would win the vote", 1},
		{"a reporting noun after a modifier is no verb",
			"In his opening remarks, Ivo Marek said he was ready to resign.",
			"Ivo Marek", "he was ready to resign", 1},
		{"a participle between determiner and noun",
			"The remaining rebels said the town had fallen.",
			"remaining rebels", "the town had fallen", 1},
		{"a share of a group as the speaker",
			"Nine in 10 farmers say the new tax is unfair.",
			"Nine in 10 farmers", "the new tax is unfair", 1},
		{"a quotation's speaker who then did something else",
			"\"We know we have work to do,\" Dana Oster told a cheering crowd, then turned to the tax.",
			"Dana Oster", "We know we have work to do", 1},
		{"a participle report that describes",
			"Ivo Marek went further, describing the charges as \"a lie told to cover a land grab\".",
			"Ivo Marek", "a lie told to cover", 1},
		{"a report's own speaker before a trailing 'according to'",
			"Independent monitors said the vote had been free, according to a statement on their website.",
			"Independent monitors", "the vote had been free", 1},
		{"a reflexive after the subject",
			"The company itself said the deal was off.",
			"company", "the deal was off", 1},
		{"a progressive report",
			"Ivo Marek is telling voters that the tax will be cut.",
			"Ivo Marek", "the tax will be cut", 1},
		{"quoted in a source as saying: the speaker is the subject",
			"Ivo Marek was quoted in a statement as saying the border would stay closed.",
			"Ivo Marek", "the border would stay closed", 1},
		{"one of a group as the speaker of an inverted attribution",
			"\"There is no path for him,\" said one of those advisers, who spoke on condition of anonymity.",
			"one of those advisers", "There is no path for him", 1},
		{"a document's finding with a that-clause",
			"The survey found that most farmers in Fredville were in debt.",
			"survey", "most farmers in Fredville were in debt", 1},
		{"a document's finding without that",
			"The poll also showed Dana Oster leading in every district.",
			"poll", "Dana Oster leading", 1},
		{"a trailing document as the source",
			"The fund received $5,000 from the company in June, campaign finance records show.",
			"campaign finance records", "The fund received $5,000", 1},
		{"people who found that",
			"Investigators found that the fire at the depot was set deliberately.",
			"Investigators", "the fire at the depot was set", 1},
		{"a finding verb with an object reports nothing",
			"Police found a body near the bridge on Monday.",
			"", "", 0},
		{"shows as a noun reports nothing",
			"The town's two shows drew crowds from Fredville.",
			"", "", 0},
		{"a poll by a newspaper is the poll's, not the newspaper's",
			"According to a recent Fredville Herald poll, most voters oppose the bridge.",
			"recent Fredville Herald poll", "most voters oppose the bridge", 1},
		{"part of a group as the subject",
			"Many of the farmers said the new tax was unfair.",
			"Many of the farmers", "the new tax was unfair", 1},
		{"part of a group with a possessive",
			"Some of Marek's longtime allies said they had come to accept the plan.",
			"Some of Marek's longtime allies", "they had come to accept the plan", 1},
		{"part of a group named by a pronoun",
			"Most of them said they had liked working at the plant.",
			"Most of them", "they had liked working", 1},
		{"a share with no noun after it",
			"Six in 10 say the mayor should resign.",
			"Six in 10", "the mayor should resign", 1},
		{"an approximate share opening the sentence",
			"About four in 10 rural voters say they want a new mayor.",
			"About four in 10 rural voters", "they want a new mayor", 1},
		{"an approximate part opening the sentence",
			"Nearly half said they would vote for the bridge.",
			"Nearly half", "they would vote for the bridge", 1},
		{"an apposition between dashes",
			"Ivo Marek — a teacher from Fredville — says he voted for Oster.",
			"Ivo Marek", "he voted for Oster", 1},
		{"a participle report after a pronoun, an adverb and a verb no list knows",
			"Ivo Marek spoke in Fredville on Monday.\n\nHe also likened Oster to the former mayor, saying they were both part of the system.",
			"Ivo Marek", "they were both part of the system", 1},
		{"a participle report after an introduction with 'here'",
			"Here in Fredville, Dana Oster stepped up her attacks on the council, saying, \"We have to fix the roads.\"",
			"Dana Oster", "We have to fix the roads", 1},
		{"a proposal is a stance",
			"Ivo Marek proposed a new tax on imports from Fredville.",
			"Ivo Marek", "a new tax on imports", 1},
		{"a citation is a stance",
			"Dana Oster cited a report by the farmers' union.",
			"Dana Oster", "a report by the farmers' union", 1},
		{"agreeing that",
			"Ivo Marek agreed that the bridge must be rebuilt.",
			"Ivo Marek", "the bridge must be rebuilt", 1},
		{"a joke that",
			"Dana Oster joked that the bridge would outlast her.",
			"Dana Oster", "the bridge would outlast her", 1},
		{"reminding someone that",
			"Ivo Marek reminded voters that the tax had been his idea.",
			"Ivo Marek", "the tax had been his idea", 1},
		{"a judgement with as",
			"Dana Oster sees the plan as a threat to farmers.",
			"Dana Oster", "the plan as a threat", 1},
		{"according to after a conjunction opens the sentence",
			"The vote is close. But, according to the poll, most voters in Fredville remain undecided.",
			"poll", "most voters in Fredville remain undecided", 1},
		{"according to a periodical poll",
			"According to a yearly poll, most farmers trust the mayor.",
			"yearly poll", "most farmers trust the mayor", 1},
		{"according to a poll of joint sponsors",
			"Most farmers trust the mayor, according to a Herald/Courier poll.",
			"Herald/Courier poll", "Most farmers trust the mayor", 1},
		{"a report in a relative clause after a comma",
			"Ivo Marek, who said the bridge was unsafe, voted against the plan.",
			"Ivo Marek", "the bridge was unsafe", 1},
		{"a report in a relative clause of a group",
			"The bill drew criticism from farmers and shop owners who say the tax unfairly targets small towns.",
			"farmers and shop owners", "the tax unfairly targets small towns", 1},
		{"a request for anonymity in a relative clause is no report",
			"A doctor at the clinic, who asked not to be named, told reporters that he had heard aircraft overhead.",
			"doctor at the clinic", "he had heard aircraft overhead", 1},
		{"the main report wins over a report in a relative clause",
			"Ivo Marek, who said last year that the bridge was unsafe, told reporters that it should be closed.",
			"Ivo Marek", "it should be closed", 1},
		{"seeing a thing is no judgement",
			"Ivo Marek saw the bridge from his car on Monday.",
			"", "", 0},
	})
}

// frameCase is one row of a reporting-frame table: the claim whose
// evidence holds evidence must be speaker's, and the text must yield
// claims claims (0: it reports nothing).
type frameCase struct {
	name     string
	text     string
	speaker  string
	evidence string
	claims   int
}

func checkFrames(t *testing.T, tests []frameCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			if len(res.Claims) != tt.claims {
				t.Fatalf("got %d claims, want %d:%s", len(res.Claims), tt.claims, describe(res.Claims))
			}
			if tt.claims == 0 {
				return
			}
			wantSpeaker(t, res, tt.evidence, tt.speaker)
		})
	}
}

func TestGuessLemma(t *testing.T) {
	tests := map[string]string{
		"rammed": "ram", "opened": "open", "fired": "fire", "collided": "collide", "carried": "carry",
		"ramming": "ram", "blames": "blame", "finished": "finish", "visited": "visit", "attacked": "attack",
		"moved": "move", "seized": "seize", "forced": "force", "charged": "charge", "used": "use",
		"caused": "cause", "hoped": "hope", "voted": "vote", "invaded": "invade", "provoked": "provoke",
		"violated": "violate", "declared": "declare", "entered": "enter", "determined": "determine",
		"called": "call", "passed": "pass", "played": "play", "developed": "develop", "targeted": "target",
		"firing": "fire", "opening": "open", "pushes": "push", "carries": "carry", "sided": "side",
		"shelled": "shell", "mined": "mine", "sank": "sink", "boats": "boat",
		"exceed": "exceed", "proceed": "proceed", "agreed": "agree", "freed": "free", "exceeded": "exceed",
		"rescued": "rescue", "pursued": "pursue", "rescuing": "rescue", "valued": "value",
	}
	for w, want := range tests {
		if got := guessLemma(w); got != want {
			t.Errorf("guessLemma(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestAccusationFrames covers the ways news prose reports an accusation
// besides "X accused Y of Z".
func TestAccusationFrames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{"passive with an agent",
			"Freedonia has been accused by Sylvania of shelling the dam.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}}},
		{"an aside between a pair and its reciprocal verb",
			"Freedonia and Sylvania, without offering evidence, blamed each other for the blast.",
			[]claimWant{{"Freedonian government", "accusation", "Sylvania"}, {"Sylvanian government", "accusation", "Freedonia"}}},
		{"in what X said was",
			"Sylvanian troops shelled the village in what Freedonia said was a deliberate attack on civilians.",
			[]claimWant{{"Freedonian government", "accusation", "Sylvania"}}},
		{"a progressive accusation",
			"Sylvania is accusing Freedonia of shelling the village.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}}},
		{"passive without an agent is nobody's claim",
			"Freedonia has been accused of shelling the dam.",
			nil},
		{"a group working for a state as the accused",
			"Sylvania on Friday blamed a hacking group working for Freedonia's intelligence service for a cyberattack on its power grid.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}}},
		{"groups allied with a state as the accused",
			"Sylvania accused militias allied with Freedonia of shelling the dam.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}}},
		{"charged X with",
			"Sylvania charged Freedonia with piracy.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}}},
		{"blamed X without for",
			"The Palace blamed Sylvanian saboteurs.",
			[]claimWant{{"Freedonian government", "accusation", "Sylvania"}}},
		{"which it denies",
			"Sylvania accused Freedonia of mining the dam, which it denies.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}, {"Freedonian government", "denial", "Freedonia"}}},
		{"charges it has denied",
			"Sylvanian officials have long accused the Palace of sponsoring terrorism, charges it has denied.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}, {"Freedonian government", "denial", "Freedonia"}}},
		{"a charge X denies",
			"Freedonia has been accused by Sylvania of building an island on the reef, a charge Fredville denies.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}, {"Freedonian government", "denial", "Freedonia"}}},
		{"each said the other",
			"Freedonia and Sylvania each said the other had broken the truce.",
			[]claimWant{{"Freedonian government", "accusation", "Sylvania"}, {"Sylvanian government", "accusation", "Freedonia"}}},
		{"a reciprocal accusation before its parties are named",
			"The two neighbours accused each other of starting the fire. Freedonia said Sylvania lit it. Sylvania said Freedonia did.",
			[]claimWant{{"Freedonian government", "accusation", "Sylvania"}, {"Sylvanian government", "accusation", "Freedonia"}, {"Freedonian government", "assertion", "Sylvania"}, {"Sylvanian government", "assertion", "Freedonia"}}},
		{"a dateline city is its state's",
			"OSTBURG, Ruritania, May 3 (Wirenews) - Sylvania accused Ostburg of shelling the dam.",
			[]claimWant{{"Sylvanian government", "accusation", "Ruritania"}}},
		{"a reciprocal accusation by a pair described before a modifier",
			"Shells hit a school, and the two militias fighting for the valley blamed each other for the attack.\n\nThe Grey Owls said the Tide Brigade fired first.\n\nThe Tide Brigade said the Owls fired first.",
			[]claimWant{{"Grey Owls", "accusation", "Tide Brigade"}, {"Tide Brigade", "accusation", "Grey Owls"}, {"Grey Owls", "accusation", "Tide Brigade"}, {"Tide Brigade", "accusation", "Grey Owls"}}},
		{"a charge X rejected at the time",
			"Sylvania said Freedonian boats had harassed its trawlers, a charge Freedonia rejected at the time.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}, {"Freedonian government", "denial", "Freedonia"}}},
		{"an accusation X called absurd",
			"Sylvania said a Freedonian tanker had cut the power line, an accusation Freedonia called \"absurd\".",
			[]claimWant{{"Sylvanian government", "assertion", "Freedonia"}, {"Freedonian government", "denial", "Freedonia"}}},
		{"a claim X dismissed as absurd",
			"Sylvania said Freedonian boats had rammed its trawler, a claim Freedonia dismissed as \"absurd\".",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}, {"Freedonian government", "denial", "Freedonia"}}},
		{"an allegation a body in lower case rejected",
			"Sylvania accused Freedonia of poisoning the Marl river, an allegation the Freedonian environment ministry rejected at the time.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}, {"Freedonian Environment Ministry", "denial", "Freedonia"}}},
		{"an accusation the ministry called baseless",
			"Sylvania accused Freedonian gunboats of shelling Port Vey, an accusation the Freedonian ministry called \"baseless\".",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}, {"Freedonian government", "denial", "Freedonia"}}},
		{"guard: a forecast a party calls absurd is no charge against it",
			"Harlan Foods said prices would rise next year, which the Grain Traders Association calls absurd.",
			[]claimWant{{"Harlan Foods", "assertion", ""}}},
		{"which X calls absurd",
			"Sylvania accused Freedonia of jamming its airport radar, which Freedonia calls absurd.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}, {"Freedonian government", "denial", "Freedonia"}}},
		{"a charge X disputed, saying",
			"Sylvania accused Freedonia of rigging the tender, a charge Freedonia disputed, saying its bid had followed the rules.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}, {"Freedonian government", "denial", "Freedonia"}}},
		{"what a party denies in a relative clause was a charge against it",
			"Sylvania's navy says the Maren Star strayed from the safe corridor, which Corvel Shipping denies.",
			[]claimWant{{"Sylvanian government", "accusation", "Corvel Shipping"}, {"Corvel Shipping", "denial", "Corvel Shipping"}}},
		{"a claim a party rejected was a charge against it",
			"Quellan Mines said a contractor working for Sylvania had damaged the pipe, a claim Sylvania rejected.",
			[]claimWant{{"Quellan Mines", "accusation", "Sylvania"}, {"Sylvanian government", "denial", "Sylvania"}}},
		{"whom X accuses of",
			"The Harl Front, whom Sylvania has long accused of smuggling arms, said on Monday that the talks had failed.",
			[]claimWant{{"Harl Front", "assertion", ""}, {"Sylvanian government", "accusation", "Harl Front"}}},
		{"whom it accused of: the sentence's subject accuses",
			"Freedonia expelled Ivo Marten, a Sylvanian diplomat whom it accused of spying on its navy.",
			[]claimWant{{"Freedonian government", "accusation", "Sylvania"}}},
		{"what it called: the pronoun is its own clause's subject, who walked out over a charge",
			"The border commission has not met since May, when Sylvania walked out over what it called Freedonian \"provocations\" at a border post.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}}},
		{"what it called after a relative clause of another speaker: no guess from the clause",
			"The Harl Front, whom Sylvania accuses of smuggling arms, walked out over what it called Sylvania's provocations.",
			[]claimWant{{"Sylvanian government", "accusation", "Harl Front"}}},
		{"protest what it called a provocation: a charge against the ambassador's state",
			"Sylvania's foreign ministry said a Freedonian jet had crossed its border. It summoned Freedonia's ambassador to protest what it called \"a dangerous provocation\".",
			[]claimWant{{"Sylvanian Foreign Ministry", "assertion", "Freedonia"}, {"Sylvanian government", "accusation", "Freedonia"}}},
		{"guard: protest what it called lies: no charge",
			"Sylvania's foreign ministry said a Freedonian jet had crossed its border. It summoned Freedonia's ambassador to protest what it called \"a campaign of lies\".",
			[]claimWant{{"Sylvanian Foreign Ministry", "assertion", "Freedonia"}, {"Sylvanian government", "assertion", ""}}},
		{"a message posted somewhere rejecting a charge is its issuer's denial",
			"The Harl Front issued a message on its Telegram channel rejecting the army's accusation.",
			[]claimWant{{"Harl Front", "denial", "Harl Front"}}},
		{"rejecting what it called a charge, after a colon",
			"In case you missed it: the Harl Front issued a message rejecting what it called \"the army's accusation\".",
			[]claimWant{{"Harl Front", "denial", "Harl Front"}}},
		{"which X blamed on Y",
			"The shelling, which Freedonia's army blamed on Sylvanian gunners, killed four people in Marsk.",
			[]claimWant{{"Freedonian government", "accusation", "Sylvania"}}},
		{"guard: a noun that X blamed on Y before the main verb",
			"An explosion that Sylvania blamed on Freedonian saboteurs cut power to the port on Monday.",
			[]claimWant{{"Sylvanian government", "accusation", "Freedonia"}}},
		{"blamed on the armed group a word describes",
			"The Grey Hills Front has fought the Sylvanian army since 2030. The bridge blast, which the army blamed on rebel sappers, closed the road on Monday.",
			[]claimWant{{"Sylvanian government", "accusation", "Grey Hills Front"}}},
		{"guard: a relative charge before a report is the report's",
			"The fire, which Sylvania blamed on Freedonia, burned for a week, the mayor said.",
			[]claimWant{{"mayor", "assertion", ""}}},
		{"an organisation in apposition speaks",
			"The owner of the pipeline, Varro Pipeline Company, said the leak had been sealed.",
			[]claimWant{{"Varro Pipeline Company", "assertion", ""}}},
		{"an air force chief speaks for the air force's state",
			"Sylvania's air force said its jets had stayed home. \"Our pilots never crossed the line,\" air force chief General Ada Roe said.",
			[]claimWant{{"Sylvanian government", "assertion", ""}, {"Ada Roe", "denial", "Sylvania"}}},
		{"a company in apposition speaks for its owner",
			"Freedonia's state oil company, Fredoil, said Sylvanian rebels had blown up the pipeline.",
			[]claimWant{{"Fredoil", "accusation", "Sylvania"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantClaims(t, tt.text, tt.want) })
	}
}

// TestTheyFromPluralSubject covers a "they" that no plural speaker
// before it stands for: it is the plural subject of its own sentence, or
// of the sentence before it in the paragraph.
func TestTheyFromPluralSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"the plural subject of the sentence before",
			"Pilots at Dunmarch Air walked out on Monday. They said the airline had ignored safety reports.",
			"Pilots at Dunmarch Air", "the airline had ignored", 1},
		{"a complement whose noun is also a verb",
			"Workers at the Halvik mine were angry on Friday. They said the company had cut their pay twice.",
			"Workers at the Halvik mine", "cut their pay", 1},
		{"a plural in -men, the frame set inside the clause",
			"Local fishermen have few boats left. Within the harbour, they said, the tugs are too few.",
			"Local fishermen", "the tugs are too few", 1},
		{"the subject of the same sentence",
			"Nurses in Pellam blocked the plan because they said the wards were understaffed.",
			"Nurses in Pellam", "the wards were understaffed", 1},
		{"guard: an object is no antecedent",
			"Ada Vell met the ministers of Pellam. They said the bridge would close.",
			"", "", 0},
		{"guard: a subject two sentences back is too far",
			"Smelters in Orlevo cut output in May. Prices rose. They said the tariff would stay.",
			"", "", 0},
		{"guard: a surname in -ers opening the sentence is no plural",
			"Ada Sellers visited the docks on Monday. They said the cranes were idle.",
			"", "", 0},
		{"guard: a sentence opening with an auxiliary has no such subject",
			"Had their arguments for more dredging prevailed, the port would be open. They said the silt had won.",
			"", "", 0},
		{"guard: the sentence before in another paragraph",
			"Pilots at Dunmarch Air walked out on Monday.\n\nThey said the airline had ignored safety reports.",
			"", "", 0},
	})
}

// TestEvidenceSubjectFrames covers documents that report ("a poll
// showed …") with a time phrase or a complement after the noun.
func TestEvidenceSubjectFrames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a time phrase between the poll and its verb",
			"A Pellam Radio poll last week showed Oster in third at 11 percent.",
			"Pellam Radio poll", "Oster in third", 1},
		{"a capitalised plural opening the sentence, a complement after it",
			"Polls in Velland show the top two candidates are the same as in Pellam.",
			"Velland polls", "the top two candidates", 1},
		{"guard: a time phrase after a noun that is no document",
			"A Pellam ferry last week showed signs of rust on its hull.",
			"", "", 0},
	})
}

// TestShareSubjects covers a share of a group as the speaker, as polls
// report it: "four out of 10 voters", "less than a third", "about
// three-quarters", "many in the crowd".
func TestShareSubjects(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a share with 'out of'",
			"About four out of 10 voters said the economy would get worse.",
			"About four out of 10 voters", "the economy would get worse", 1},
		{"a share after a comparative",
			"Less than a third agreed that Velland would have to wait its turn.",
			"Less than a third", "wait its turn", 1},
		{"a share word alone after an approximator",
			"About three-quarters support a temporary ban on ore exports.",
			"About three-quarters", "a temporary ban", 1},
		{"a percentage after a subordinating word and 'only'",
			"While only 7 percent said they are undecided, most nurses backed the strike.",
			"7 percent", "they are undecided", 1},
		{"a part of a group with 'in'",
			"Many in the crowd said the mayor was the only candidate they trusted.",
			"Many in the crowd", "the only candidate", 1},
		{"a percentage written with its sign",
			"Views: 53% of nurses back the strike; 26% say the ward is safe.",
			"26%", "the ward is safe", 1},
		{"guard: a share in the content is no subject",
			"Ore prices rose by more than half in May, Ivo Marek said.",
			"Ivo Marek", "Ore prices rose", 1},
	})
}

// TestAccusationVerbAfterQuote covers an accusation verb with no object
// after a quotation closed on a comma: the quotation is the report.
func TestAccusationVerbAfterQuote(t *testing.T) {
	checkFrames(t, []frameCase{
		{"'charged' and an adjunct after the quotation",
			"\"You have called the dockers lazy and greedy,\" Vell charged in her opening statement.",
			"Vell", "called the dockers lazy", 1},
		{"'charged' and a time word",
			"\"The company falsified the safety logs,\" the union charged on Monday.",
			"union", "falsified the safety logs", 1},
		{"guard: an accusation with its object reports what follows",
			"\"This was no accident,\" Velland accused Ostmark of staging the collision.",
			"Velland", "staging the collision", 1},
	})
}

// TestRelativeTell covers a verb of telling in a relative clause after
// "who": the report is the antecedent's, past its recipient.
func TestRelativeTell(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a named recipient, then the content",
			"Oster won the endorsement of former senator Ivo Marek, who told the Herald he will work full-time to help delegates rebel.",
			"Ivo Marek", "he will work full-time", 1},
		{"a recipient of one noun",
			"The fleet is led by Captain Ada Vell, who told reporters the harbour was too shallow for the new ships.",
			"Ada Vell", "the harbour was too shallow", 1},
		{"an aside set off by commas",
			"Marek, who told Pellam Radio the mine was safe, voted against the inspection.",
			"Marek", "the mine was safe", 1},
		{"guard: a telling with no content",
			"The inquiry was chaired by Tomas Brill, who told the council.",
			"", "", 0},
	})
}

// TestRelativeStance covers a stance in a relative clause after "who":
// the antecedent holds it.
func TestRelativeStance(t *testing.T) {
	checkFrames(t, []frameCase{
		{"an aside: a long-held stance",
			"Mining Minister Ivo Marek, who has long opposed the ore tax, voted against the budget.",
			"Ivo Marek", "opposed the ore tax", 1},
		{"a restrictive relative after a plural",
			"Harbour pilots who criticized the port authority for the delays met on Monday.",
			"Harbour pilots", "criticized the port authority", 1},
		{"guard: a challenger in an election takes no stance",
			"Ada Vell, who is challenging Senator Tomas Brill in the Pellam primary, toured the docks.",
			"", "", 0},
	})
}

// TestIssuedStatementWithTime covers a document issued with a time after
// it before the participle that reports what it says.
func TestIssuedStatementWithTime(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a day between the statement and 'saying'",
			"The Pellam port authority released a statement Wednesday saying the ferry company's figures were wrong.",
			"Pellam port authority", "figures were wrong", 1},
		{"a time phrase with 'on'",
			"Mining Minister Ivo Marek issued a statement on Thursday night saying the Halvik mine would stay shut.",
			"Ivo Marek", "would stay shut", 1},
		{"guard: a statement with no report after it",
			"The Pellam port authority released a statement Wednesday.",
			"", "", 0},
	})
}

// TestSpokenUp checks that a live page's "X has spoken." (or "has now
// responded", "has spoken to state television") names the speaker whose
// quotation follows, so its "she told reporters" is X and not the
// people quoted in the entry before.
func TestSpokenUp(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a foreign minister after passengers",
			"Passengers have told relatives that Tharsican officers boarded the plane after it landed in Tharsica.\n\n" +
				"Veska's foreign minister, Annika Holloway, has spoken. \"This was an act of piracy. Tharsica forced down a civilian airliner to seize a journalist,\" she told reporters.",
			[]string{"Veska>Tharsica"}},
		{"guard, already read: a foreign minister after a trawler's crew",
			"Crew members have told their families that Ostrelian coastguards boarded the trawler off Ostrelia.\n\n" +
				"Marlova's foreign minister, Petra Lind, has spoken to state television. \"Ostrelia seized a fishing boat in open water and beat its crew,\" she told reporters.",
			[]string{"Marlova>Ostrelia"}},
		{"guard, already read: a party leader after party members",
			"Party members said ballots had gone missing in Marrow.\n\n" +
				"The Unity Party's leader, Oskar Brenn, has spoken to state television. \"The Civic Front attacked our polling stations in Marrow,\" he said.",
			[]string{"Unity Party>Civic Front"}},
		{"guard, already read: a minister who has now responded after nurses",
			"Nurses told reporters that the Orlen Clinic had run out of oxygen in Marlova.\n\n" +
				"Marlova's interior minister, Ilse Varga, has now responded. \"Velgaz Energy sabotaged the clinic's generators,\" she said.",
			[]string{"Marlova>Velgaz Energy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestRelativeChargeContent covers where a relative clause's charge ends
// (relativeCharge): at the main clause's verb ("an explosion that X
// blamed on Y cut power …"), at "and" or "but" opening another clause,
// and the clause joined so read on its own. The rows of TestFrames check
// speaker, kind and subject only, which a charge running on to the
// sentence's end keeps.
func TestRelativeChargeContent(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "kind: side: content", in order
	}{
		{"the main clause's verb ends the charge",
			"An explosion that Sylvania blamed on Freedonian saboteurs cut power to the port on Monday.",
			[]string{"accusation: Sylvania: that Sylvania blamed on Freedonian saboteurs"}},
		{"\"and\" before another clause ends the charge",
			"The Grey Hills Front has fought the Sylvanian army since 2030. The bridge blast, which the army blamed on rebel mortars and the rebels said was an accident, closed the road on Monday.",
			[]string{"accusation: Sylvania: which the army blamed on rebel mortars"}},
		{"the clause after \"but\" is read on its own",
			"The blast was one that Sylvania blamed on Freedonian saboteurs but Freedonia said its troops were far from the port.",
			[]string{"accusation: Sylvania: that Sylvania blamed on Freedonian saboteurs", "assertion: Freedonia: Freedonia said its troops were far from the port."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			var got []string
			for _, c := range res.Claims {
				got = append(got, string(c.Kind)+": "+c.Side+": "+tt.text[c.Evidence.Start:c.Evidence.End])
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
