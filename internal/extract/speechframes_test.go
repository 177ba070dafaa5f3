package extract

import "testing"

// The report frames of the fifteenth pass (PolNeAR train's missed
// speech-cue attributions by pattern), one test per frame, each a table
// of sentences checked by checkFrames.

// TestAnonymousSource covers the formula of an unnamed source set
// between subject and verb without commas ("A source speaking on
// condition of anonymity said …"), which left the verb with no subject
// and the sentence with no report: rows name the claim's speaker and a
// piece of its evidence and how many claims the text yields.
func TestAnonymousSource(t *testing.T) {
	checkFrames(t, []frameCase{
		{"speaking on condition of anonymity",
			"Dockers walked out at Brennport.\n\nA source speaking on condition of anonymity said the board would sell the port.",
			"source", "board would sell the port", 1},
		{"speaking on the condition of anonymity",
			"Pilots at Aldmoor walked out on Monday.\n\nTwo officials speaking on the condition of anonymity said the runway had been closed twice.",
			"Two officials", "runway had been closed twice", 1},
		{"the formula set off by commas keeps its reading",
			"Dockers walked out at Brennport.\n\nA union official, speaking on condition of anonymity, said the board would sell the port.",
			"union official", "board would sell the port", 1},
	})
}

// TestAskedQuestionVerbs covers a report after the question its speaker
// answers when the question holds a verb of its own ("Asked what he
// believed about the cranes, Marek said …"), which was read as the frame
// and dropped the answer: rows name the claim's speaker and a piece of
// its evidence and how many claims the text yields.
func TestAskedQuestionVerbs(t *testing.T) {
	checkFrames(t, []frameCase{
		{"asked what someone believed",
			"Ivo Marek is a docker at Brennport.\n\nAsked what he believed about the cranes, Marek said they were unsafe.",
			"Ivo Marek", "they were unsafe", 1},
		{"asked what someone thinks, a quotation after",
			"Dana Oster runs the miners' union in Kelvar.\n\nAsked what she thinks of the new shaft, Oster said, \"It will flood before the winter.\"",
			"Dana Oster", "flood before the winter", 1},
		{"when asked, a verb of its own",
			"Tomas Brill owns the ferry to Ostby.\n\nWhen asked whether he knew the boat was overloaded, Brill said he had not been told.",
			"Tomas Brill", "had not been told", 1},
	})
}

// TestConjunctionBeforeSubject covers a report after a verb that reports
// nothing, in a sentence that opens with a conjunction ("But the court
// overruled and said …"), whose subject was not read past the "But":
// rows name the claim's speaker and a piece of its evidence and how many
// claims the text yields.
func TestConjunctionBeforeSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"but, a verb, and said",
			"The port board met on Monday.\n\nBut the appeals court overruled and said the port had already provided enough berths.",
			"appeals court", "provided enough berths", 1},
		{"but, a verb, then saying",
			"Miners in Kelvar went on strike.\n\nBut the union walked out of the talks, saying the pay offer was an insult.",
			"union", "pay offer was an insult", 1},
		{"yet, a verb, and added",
			"The ferry to Ostby sank in May.\n\nYet the ferry company defended its crew and added that the boat had passed every inspection.",
			"ferry company", "passed every inspection", 2},
	})
}

// TestByReport covers a report given as the means of an act ("calmed
// the crews by telling them …", "won the vote by saying that …"), the
// by-participle class of PolNeAR train's missed attributions: rows name
// the claim's speaker and a piece of its evidence and how many claims
// the text yields.
func TestByReport(t *testing.T) {
	checkFrames(t, []frameCase{
		{"by telling someone",
			"Dockers walked out at Brennport.\n\nIvo Marek tried to calm the crews by telling them the cranes were safe.",
			"Ivo Marek", "the cranes were safe", 1},
		{"by saying that",
			"Miners in Kelvar voted on Friday.\n\nDana Oster won the union vote by saying that the mine owners had rigged the pay scale.",
			"Dana Oster", "rigged the pay scale", 1},
		{"by arguing",
			"Airlines at Aldmoor face new fees.\n\nThe pilots' union opened the talks by arguing that the runway was too short for the new jets.",
			"pilots' union", "runway was too short", 1},
		{"a report before the means stays one report",
			"Airlines at Aldmoor face new fees.\n\nIvo Marek responded to the union on Monday by saying the fees were fair.",
			"Ivo Marek", "the fees were fair", 1},
		{"an act by adding is no report",
			"Voters in Ostby went to the polls.\n\nThe council redrew the ward by adding two villages to the town.",
			"", "", 0},
	})
}

// TestColonQuotes covers a quotation set after its speaker's name and a
// colon, as transcripts, exchanges and lists of reactions print it, the
// label-colon class of PolNeAR train's missed attributions: rows name the
// claim's speaker and a piece of its evidence and how many claims the
// text yields (0: the text reports nothing).
func TestColonQuotes(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a surname, a colon and a quotation opening a paragraph",
			"Ivo Marek, a senator, spoke on the flood.\n\nMarek: \u201cThe mission is to stop the flood, not to contain it.\u201d",
			"Ivo Marek", "The mission is to stop the flood", 1},
		{"two speakers set out in one paragraph",
			"Dana Oster and Ivo Marek reject the plan for the dam. Oster: \"Our goal is to rebuild the dam by May.\" Marek: \"The dam will not be rebuilt with our money.\"",
			"Ivo Marek", "will not be rebuilt with our money", 3},
		{"a title, a name and a party in parentheses",
			"The hearing on the mine collapse went on for six hours.\n\nSenator Ivo Marek (R-Fred.): \"I have not heard anyone cite that figure for the mine.\"",
			"Ivo Marek", "cite that figure for the mine", 1},
		{"an organisation's person named with a possessive",
			"Dockers walked out at Brennport.\n\nPort Watch's Dana Oster: \"The cranes have failed three inspections since May.\"",
			"Dana Oster", "failed three inspections", 1},
		{"a line label is no speaker",
			"Dockers walked out at Brennport.\n\nUpdate: \"The cranes have failed three inspections since May.\"",
			"", "", 0},
		{"a dateline in capitals is no speaker",
			"BRENNPORT: \"The cranes have failed three inspections since May.\"",
			"", "", 0},
	})
}

// TestLyNames covers names the "-ly" ending made adverbs ("Kelly",
// "Jolly", "Emily"), whose reports PolNeAR train missed whole: rows name
// the claim's speaker and a piece of its evidence and how many claims the
// text yields.
func TestLyNames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a surname in -ly after the full name",
			"Senator Mark Kelly visited the dam on Monday.\n\nKelly said the spillway had cracked in two places.",
			"Mark Kelly", "spillway had cracked", 1},
		{"a surname in -ly opening its own apposition",
			"Ivo Jolly, a congressman from Ostby, said the spillway had cracked in two places.",
			"Ivo Jolly", "spillway had cracked", 1},
		{"a first name in -ly",
			"Clinics in Ostby ran out of vaccine.\n\nDr. Emily Oster said the stock would last until May.",
			"Emily Oster", "stock would last until May", 1},
		{"an -ly adverb opening a sentence stays one",
			"Clinics in Ostby ran out of vaccine.\n\nReportedly the stock would last until May.",
			"", "", 0},
		{"an -ly adverb before a speaker stays one",
			"Dockers walked out at Brennport.\n\nFinally the union said the cranes were unsafe.",
			"union", "cranes were unsafe", 1},
	})
}

// TestOpeningPlurals covers a plural of people that opens its sentence
// with a preposition after it ("Aides to the mayor said …"), which the
// capital of the sentence's first word kept from being read as the
// common noun it is: rows name the claim's speaker and a piece of its
// evidence and how many claims the text yields.
func TestOpeningPlurals(t *testing.T) {
	checkFrames(t, []frameCase{
		{"leaders of",
			"Dockers walked out at Brennport.\n\nLeaders of the strike said the cranes had failed three inspections.",
			"Leaders of the strike", "failed three inspections", 1},
		{"aides to",
			"The ferry to Ostby sank in May.\n\nAides to the mayor said the ferry had been overloaded.",
			"Aides to the mayor", "ferry had been overloaded", 1},
		{"lawyers for",
			"Miners in Kelvar went on strike.\n\nLawyers for the miners said the mine had ignored the safety rules.",
			"Lawyers for the miners", "ignored the safety rules", 1},
		{"a verb on a list of acts is no speaker",
			"Ivo Marek is a populist.\n\nPreys on our fears about the port, and calls the dockers \"losers.\"",
			"", "", 0},
	})
}

// TestPossessiveOpener covers an opening phrase whose noun is a
// reporting word's form after "her" ("In her post, …", "In her reply,
// …"), read as a verb with "her" its object and no subject, which cut
// the sentence's report off ("his", "their" were read as possessives
// already): rows name the claim's speaker and a piece of its evidence
// and how many claims the text yields.
func TestPossessiveOpener(t *testing.T) {
	checkFrames(t, []frameCase{
		{"in her post",
			"Ivo Marek is a docker at Brennport. Dana Oster runs the union.\n\nIn her post, Dana Oster said the board had proved the union's point about the cranes.",
			"Dana Oster", "proved the union's point", 1},
		{"in her reply, with a quotation",
			"Miners in Kelvar went on strike on Monday.\n\nIn her reply, Lena Brill wrote, \"The shafts have not been inspected since May.\"",
			"Lena Brill", "not been inspected since May", 1},
		{"in her comments",
			"The ferry to Ostby sank in May.\n\nIn her comments, the ferry's owner said the boat had been overloaded by forty passengers.",
			"ferry's owner", "overloaded by forty passengers", 1},
		{"a possessive subject keeps its sentence",
			"Dana Oster is running for mayor of Ostby.\n\nHer support among dockers still lags below what she wants.",
			"", "", 0},
	})
}

// TestWordsBeforeVerb covers a reporting verb whose auxiliary is parted
// from it by a quantifier floated off a plural subject ("have both
// argued", "had all said") or by a phrase of time ("have in the past
// said", "has for years warned"), which left the verb with no subject:
// rows name the claim's speaker and a piece of its evidence and how many
// claims the text yields.
func TestWordsBeforeVerb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"have both argued",
			"Miners in Kelvar went on strike.\n\nIvo Marek and Dana Oster have both argued that the pay scale cost miners their jobs.",
			"Dana Oster", "cost miners their jobs", 1},
		{"had all said",
			"The ferry to Ostby sank in May.\n\nThe ferry captains had all said that the boat was overloaded.",
			"ferry captains", "boat was overloaded", 1},
		{"have in the past said",
			"Pilots at Aldmoor face new fees.\n\nThe pilots' friends have in the past said the runway was too short for the new jets.",
			"pilots' friends", "runway was too short", 1},
		{"has for years warned",
			"The Brennport port board met on Monday.\n\nThe dockers' union has for years warned that the cranes would fail.",
			"dockers' union", "cranes would fail", 1},
	})
}

// TestQuantifierSpeakers covers a part of a group named by its
// quantifier alone ("Some say …", "Many said …", "Some have suggested
// …", "Many argue that …", "but some note that …") when no group spoke just before to name it, which the head-noun
// reading passed over as a determiner and left with no speaker: rows
// name the claim's speaker and a piece of its evidence and how many
// claims the text yields.
func TestQuantifierSpeakers(t *testing.T) {
	checkFrames(t, []frameCase{
		{"some say",
			"The Brennport port board met on Monday.\n\nSome say the board hid the accounts of the crane contract.",
			"Some", "hid the accounts", 1},
		{"many said",
			"Miners in Kelvar voted on a new pay scale.\n\nMany said the scale would close the north shaft.",
			"Many", "close the north shaft", 1},
		{"some have suggested that",
			"The ferry to Ostby sank in May.\n\nSome have suggested that the ferry company paid the inspectors.",
			"Some", "paid the inspectors", 1},
		{"many argue that",
			"Airlines at Aldmoor face new landing fees.\n\nMany argue that the fees will drive the cargo carriers to Velm.",
			"Many", "drive the cargo carriers", 1},
		{"but some note that, lower case",
			"The mining board sold the east shaft.\n\nBut some note that the buyer had financed the board chairman's campaign.",
			"some", "financed the board chairman", 1},
		{"some warned",
			"Voters in Ostby go to the polls on Sunday.\n\nSome warned the count in the border districts would be late.",
			"Some", "would be late", 1},
		{"many argue, set off by commas inside the clause",
			"Airlines at Aldmoor face new landing fees.\n\nThe levy, many argue, will drive the cargo carriers to Velm.",
			"many", "drive the cargo carriers", 1},
		{"some contend, set off by commas",
			"The mining board sold the east shaft.\n\nThe sale, some contend, broke the board's own rules on bids.",
			"some", "broke the board's own rules", 1},
		{"a plural noun after a quantifier is no verb",
			"The ferry to Ostby sank in May.\n\nSome claims about the crew were false.",
			"", "", 0},
		{"what many expect is an object, no report",
			"Dana Oster will meet the pilots' union on Friday.\n\nThe talks are what many expect to be a short meeting.",
			"", "", 0},
	})
}

// TestMediumQuoted covers a quotation a news medium gives in its own name
// with "reported" or "wrote" after it ("“…,” the Herald reported"),
// which, like "said", is the medium's words; the story a medium carries
// with no quotation marks stays nobody's: rows name the claim's speaker
// and a piece of its evidence and how many claims the text yields.
func TestMediumQuoted(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a quotation, then the medium reported",
			"The ferry to Ostby sank in May.\n\n\"The inspectors signed off on the ferry without boarding it,\" the Ostby Herald reported.",
			"Ostby Herald", "without boarding it", 1},
		{"a quotation, then the medium wrote",
			"Miners in Kelvar went on strike.\n\n\"The shaft has flooded three times since March,\" the Kelvar Tribune wrote.",
			"Kelvar Tribune", "flooded three times", 1},
		{"the story it carries stays nobody's",
			"Miners in Kelvar went on strike.\n\nThe shaft has flooded three times since March, the Kelvar Tribune reported.",
			"", "", 0},
	})
}

// TestRelativePronounSpeaker covers a pronoun that reports in a relative
// clause after a preposition or "where" ("a video, in which he says …",
// "in Kelvar, where she said …"), whose subject was not read past the
// relative word: rows name the claim's speaker and a piece of its
// evidence and how many claims the text yields.
func TestRelativePronounSpeaker(t *testing.T) {
	checkFrames(t, []frameCase{
		{"in which he says",
			"Ivo Marek owns the Kelvar mine.\n\nMarek released a video on Monday, in which he says he will close the north shaft in May.",
			"Ivo Marek", "close the north shaft", 1},
		{"where she said",
			"Dana Oster is running for governor.\n\nOster spent the week in the border districts, where she said the crossings would stay open.",
			"Dana Oster", "crossings would stay open", 1},
		{"at which he predicted",
			"Tomas Brill runs the Ostby ferry line.\n\nBrill held a briefing at the harbour, at which he predicted that fares would double by winter.",
			"Tomas Brill", "fares would double", 1},
		{"in which she hinted that",
			"Dana Oster runs the Aldmoor airport.\n\nOster gave a speech to the pilots, in which she hinted that the second runway would be sold.",
			"Dana Oster", "second runway would be sold", 1},
		{"where he pledged that",
			"Tomas Brill runs the Ostby ferry line.\n\nBrill went to the harbour, where he pledged that no ferry would sail overloaded again.",
			"Tomas Brill", "no ferry would sail overloaded", 1},
		{"a verb that says nothing in the relative clause",
			"Dana Oster is running for governor.\n\nOster looked back on a year in which she could add another seat to the party's count.",
			"", "", 0},
	})
}

// TestTimeBeforePronoun covers a subject pronoun after a phrase of time
// with no comma that does not open its sentence ("Although in September
// she said …", "… on Tuesday night he said …"): rows name the claim's
// speaker and a piece of its evidence and how many claims the text
// yields.
func TestTimeBeforePronoun(t *testing.T) {
	checkFrames(t, []frameCase{
		{"although in a month, she said",
			"Dana Oster runs the Aldmoor airport.\n\nAlthough in September she said the second runway was a mistake, she signed the contract this week.",
			"Dana Oster", "second runway was a mistake", 1},
		{"a parenthesis, on a weekday he said",
			"Tomas Brill runs the Ostby ferry line.\n\n(On Monday he said he would strongly consider closing the night crossing.)",
			"Tomas Brill", "closing the night crossing", 1},
		{"a noun before the pronoun makes a relative clause",
			"Tomas Brill runs the Ostby ferry line.\n\nThe crews did not like the tone he said he would set at the harbour.",
			"", "", 0},
	})
}

// TestControlInfinitive covers a reporting verb in the infinitive after a
// word whose subject is the infinitive's ("was quick to point out that",
// "continued to insist that", "moved to stress that", "are more likely to
// say that", "continued to argue the cranes were …"), which was read as
// an infinitive with no speaker: rows name the claim's speaker and a
// piece of its evidence and how many claims the text yields.
func TestControlInfinitive(t *testing.T) {
	checkFrames(t, []frameCase{
		{"quick to point out that",
			"The Kelvar mine flooded in March.\n\nDana Oster was quick to point out that the shaft had been inspected twice.",
			"Dana Oster", "inspected twice", 1},
		{"continued to insist that",
			"Dockers walked out at Brennport.\n\nThe dockers' union continued to insist that the cranes were unsafe.",
			"dockers' union", "cranes were unsafe", 1},
		{"moved to stress that",
			"Airlines at Aldmoor face new landing fees.\n\nIvo Marek moved to stress that the fees would be cut in May.",
			"Ivo Marek", "fees would be cut", 1},
		{"more likely to say that",
			"Voters in Ostby go to the polls on Sunday.\n\nOlder voters are slightly more likely to say that Oster represents them.",
			"Older voters", "Oster represents them", 1},
		{"continued to argue, a clause with no that",
			"Dockers walked out at Brennport.\n\nIvo Marek continued to argue the cranes were unsafe in high winds.",
			"Ivo Marek", "unsafe in high winds", 1},
		{"an infinitive with no clause after it reports nothing",
			"The ferry to Ostby sank in May.\n\nTomas Brill was quick to report the sinking.",
			"", "", 0},
	})
}
