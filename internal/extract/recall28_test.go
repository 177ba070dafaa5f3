package extract

import (
	"strings"
	"testing"
)

// TestRecallSponsoredPoll covers a poll named by its joint sponsors,
// names joined by slashes, or by an outlet whose name holds a time word
// ("… Today"): the poll states the finding, with a modifier between the
// poll and its verb or none (the twenty-eighth session, from PolNeAR
// train misses); a time word opening the clause and a poll named
// without either stay as they were.
func TestRecallSponsoredPoll(t *testing.T) {
	checkFrames(t, []frameCase{
		{"slash, a place and a day between poll and verb",
			"A Tarrow Ledger/KVN poll of Velmont County released on Tuesday showed Ada Oster with a 16-point lead.",
			"Tarrow Ledger/KVN poll", "showed Ada Oster with a 16-point lead", 1},
		{"slash, a month between poll and verb",
			"A Kessel Times/Brann College poll in March shows 68% of Green voters say roads matter most.",
			"Kessel Times/Brann College poll", "68% of Green voters say roads matter most", 1},
		{"three sponsors, a participle between",
			"A Velmont Herald/Radio Kessel/Brann College poll released Saturday found that 28 percent of likely voters backed Oster.",
			"Velmont Herald/Radio Kessel/Brann College poll", "28 percent of likely voters backed Oster", 1},
		{"slash, poll right before its verb",
			"A Tarrow Ledger/Brann College poll found that in a three-way race Oster was chosen by 37% of likely voters.",
			"Tarrow Ledger/Brann College poll", "Oster was chosen by 37% of likely voters", 1},
		{"an outlet named with a time word",
			"The Velmont Today poll found that Ivo Marek would draw votes from Oster.",
			"Velmont Today poll", "Ivo Marek would draw votes from Oster", 1},
		{"an outlet in capitals with a time word and a sponsor",
			"A VELMONT TODAY/Brann College poll found that Oster led Marek by six points.",
			"VELMONT TODAY/Brann College poll", "Oster led Marek by six points", 1},
		{"guard: a time word opening the clause",
			"Today the harbour board met to discuss the dredging plan.",
			"", "", 0},
	})
}

// TestRecallRelativeSaidClause covers a report inside a relative clause
// whose verb after the reporting verb is a regular past tense the
// lexicon does not list, and ", which X said" standing for the object of
// a whole clause after the reporting verb (the twenty-eighth session,
// from PolNeAR train misses); a complement after "that" and a comma
// after the reporting verb stay as they were.
func TestRecallRelativeSaidClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a regular past tense after the reporting verb",
			"Harbour chief Ada Oster spoke on Monday. She had handed over 300 files, which she said represented all her work files.",
			"Ada Oster", "which she said represented all her work files", 1},
		{"the object of a clause with a modal",
			"Harbour chief Ivo Marek spoke on Monday. He backed a wall along the quay, which he said the town should also pay for.",
			"Ivo Marek", "which he said the town should also pay for", 1},
		{"the object of a clause, a name and the present",
			"Harbour chief Ivo Marek spoke on Monday. He backed a levy on hotels, which Marek says the port can afford.",
			"Ivo Marek", "which Marek says the port can afford", 1},
		{"guard: a comma after the reporting verb",
			"Harbour chief Ivo Marek spoke on Monday. He visited the quay, which he said, was the finest in the region.",
			"", "", 0},
	})
}

// TestRecallPollAppendage covers a standing credited to the poll named at
// the end of its clause when a verbless phrase after a comma remarks on
// it ("…, up eight points from March", "…, a four-point dip"; the
// twenty-eighth session, from PolNeAR train misses); a phrase with a
// relative clause or a report of its own is no such remark.
func TestRecallPollAppendage(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a change after the comma",
			"Ivo Marek was at 25 percent support in the latest Tarrow Ledger poll, up eight points from March.",
			"latest Tarrow Ledger poll", "Ivo Marek was at 25 percent support", 1},
		{"a noun phrase after the comma",
			"Ada Oster led Ivo Marek by 12 points in a Kessel Times poll, a 20-point swing from March.",
			"Kessel Times poll", "Ada Oster led Ivo Marek by 12 points", 1},
		{"an adverb of degree after the comma",
			"Ada Oster was about 40 points ahead of Ivo Marek in polls taken in May, largely on the strength of older voters.",
			"polls", "Ada Oster was about 40 points ahead of Ivo Marek", 1},
		{"guard: a report after the comma",
			"Ada Oster led Ivo Marek by 12 points in a Kessel Times poll, a result he called a fluke.",
			"", "", 0},
		{"guard: a relative clause after the comma",
			"Ada Oster has 40 percent in the polls, a lead that grew after the port strike.",
			"", "", 0},
	})
}

// TestRecallPollStanding covers standings credited to the poll named at
// the end of their clause: a place in the field by its ordinal ("came in
// second"), places listed after the poll, the poll's dates with a dotted
// month, a long name of joint sponsors (the twenty-eighth session, from
// PolNeAR train misses); and a poll of joint sponsors is described whole,
// never read as a state one of their names holds.
func TestRecallPollStanding(t *testing.T) {
	checkFrames(t, []frameCase{
		{"an ordinal",
			"Ivo Marek came in second in January polls.",
			"January polls", "Ivo Marek came in second", 1},
		{"places listed after the poll",
			"Ivo Marek is ahead in public opinion polls in Velmont, Tarrow and North Kessel.",
			"public opinion polls", "Ivo Marek is ahead", 1},
		{"dates and a long name of joint sponsors",
			"Ada Oster led Ivo Marek more than 2-1 in a KVN News/Kessel Journal/Brann College poll Jan. 17-23.",
			"KVN News/Kessel Journal/Brann College poll", "Ada Oster led Ivo Marek more than 2-1", 1},
		{"joint sponsors, one holding a state's name",
			"A Velmont Today/Brann College poll found that Ada Oster led Ivo Marek by six points.",
			"Velmont Today/Brann College poll", "Ada Oster led Ivo Marek by six points", 1},
		{"guard: no standing before the poll",
			"Ada Oster took part in the survey in Velmont, Tarrow and Kessel.",
			"", "", 0},
	})
}

// TestRecallTrailingDocument covers a document that ends its sentence as
// the subject of "show" or "find" after a comma, with modifiers after its
// noun or adjectives before it (the twenty-eighth session, from PolNeAR
// train misses); a report with a speaker of its own after the comma stays
// that speaker's.
func TestRecallTrailingDocument(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a participle's phrase after the noun",
			"Ada Oster has given to no candidate but Marek, election commission records compiled by the Velmont Center show.",
			"election commission records", "Ada Oster has given to no candidate but Marek", 1},
		{"an adjective and a noun before the noun",
			"More than 40 percent of the money arrived in March alone, new fundraising reports show.",
			"new fundraising reports", "More than 40 percent of the money arrived in March alone", 1},
		{"sponsors joined by 'and other'",
			"About 70% of the ads come from outside groups, tallies by Kessel Media and other trackers show.",
			"tallies", "About 70% of the ads come from outside groups", 1},
		{"guard: a speaker after the comma",
			"The port lost money last year, Ada Oster said.",
			"Ada Oster", "The port lost money last year", 1},
	})
}

// TestRecallPrepositionRelativeCrowd covers a report inside a relative
// clause a preposition opens ("an electorate in which 67 percent of
// voters say …"), whose speakers are a share or a crowd, as a survey or a
// meeting counts them (the twenty-eighth session, from PolNeAR train
// misses); a named or pronoun speaker there is left to the other frames,
// and a relative of no report makes no claim.
func TestRecallPrepositionRelativeCrowd(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a share in words",
			"Ada Oster faces an electorate in which 67 percent of voters say she is not honest.",
			"67 percent of voters", "67 percent of voters say she is not honest", 1},
		{"a share in figures",
			"Ada Oster faces an electorate in which 67% of voters say she is not honest.",
			"67% of voters", "67% of voters say she is not honest", 1},
		{"a majority",
			"It is an election year in which a majority of voters say they do not trust Ada Oster.",
			"majority of voters", "a majority of voters say they do not trust Ada Oster", 1},
		{"a plural common noun",
			"Ivo Marek held three rallies, including one on Sunday in which organizers claimed nearly 400 delegates took part.",
			"organizers", "organizers claimed nearly 400 delegates took part", 1},
		{"guard: a relative of no report",
			"Kessel is the country with which Velmont maintains close ties.",
			"", "", 0},
	})
}

// TestRecallQuantifiedSubjects covers subjects a quantifier phrase opens
// or a predeterminer sits inside: "At least a dozen members of the
// council", "As many as three-fourths of them", "two-thirds of them",
// "The heads of both shipping firms" (the twenty-eighth session, from
// PolNeAR train misses).
func TestRecallQuantifiedSubjects(t *testing.T) {
	checkFrames(t, []frameCase{
		{"at least a dozen",
			"At least a dozen members of the council told the Tarrow Ledger she thinks the seat is within reach.",
			"At least a dozen members of the council", "she thinks the seat is within reach", 1},
		{"as many as a share of a pronoun",
			"As many as three-fourths of them tell pollsters they have a negative view of Ivo Marek.",
			"As many as three-fourths of them", "they have a negative view of Ivo Marek", 1},
		{"a share in words of a pronoun",
			"Two-thirds of them said the ward was unsafe.",
			"Two-thirds of them", "the ward was unsafe", 1},
		{"a predeterminer after 'of'",
			"The heads of both shipping firms said they saw no need to disclose their fees.",
			"heads of both shipping firms", "they saw no need to disclose their fees", 1},
	})
}

// TestRecallEllipticConcession covers ", though …" and ", although …"
// with no clause of their own ("though not the results", "though mixed
// with enough truth"): the concession qualifies the report and stays in
// its claim (the twenty-eighth session, from PolNeAR train misses); a
// concession with its own subject and verb is still cut off.
func TestRecallEllipticConcession(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a negated noun phrase",
			"Ivo Marek defended the process, though not the results.",
			"Ivo Marek", "though not the results", 1},
		{"a participle's phrase",
			"Several Green organizers said they expect false reports, though mixed with enough truth to cause damage.",
			"Several Green organizers", "though mixed with enough truth to cause damage", 1},
		{"guard: a clause of its own",
			"Ivo Marek said the port was closed, although the ferries still ran.",
			"Ivo Marek", "the port was closed", 1},
	})
}

// TestEllipticConcessionCut checks the clause kept out of the report
// when a concession has a verb of its own.
func TestEllipticConcessionCut(t *testing.T) {
	res := extractText(t, "Ivo Marek said the port was closed, although the ferries still ran.")
	for _, c := range res.Claims {
		if strings.Contains(c.Text, "ferries") {
			t.Errorf("claim %q took the concession's own clause", c.Text)
		}
	}
}

// TestRecallWhileCount covers a second count set against the first after
// ", while" ("…, while 23 percent favored Marek"): it goes on with the
// same finding (the twenty-eighth session, from PolNeAR train misses); a
// count that reports on its own ("…, while 22 percent said …") is its own
// speaker's claim.
func TestRecallWhileCount(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a second count",
			"A Tarrow Ledger poll found that 28 percent of likely voters backed Ada Oster, while 23 percent favored Ivo Marek.",
			"Tarrow Ledger poll", "while 23 percent favored Ivo Marek", 1},
		{"guard: a second count that reports",
			"Some 74 percent said they would vote for Ada Oster, while 22 percent said they might change their minds.",
			"22 percent", "22 percent said they might change their minds", 2},
	})
}
