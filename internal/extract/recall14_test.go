package extract

import "testing"

// TestRecallPlaceAbbrev covers a town and its state's abbreviation set
// off by commas inside an apposition, as American papers write them
// ("a Tarrow, Fla., rabbi"): the commas are the place name's, so the
// person before the apposition speaks (the fourteenth attribution pass,
// from PolNeAR train misses).
func TestRecallPlaceAbbrev(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a town and a listed abbreviation before the noun",
			"Marlo Quentin, a Tarrow, Fla., rabbi helping to organize the boycott, said he and other rabbis were alarmed by the senator's remarks.",
			"Marlo Quentin", "other rabbis were alarmed", 1},
		{"the noun ends the apposition",
			"Jon Tabb, a Dunwell, Calif., lawyer, said the zoning plan was unlawful.",
			"Jon Tabb", "the zoning plan was unlawful", 1},
		{"a dotted abbreviation",
			"Ada Pell, a Keene, N.H., teacher, said the schools in her district were overcrowded.",
			"Ada Pell", "the schools in her district were overcrowded", 1},
		{"guard: the place ends the apposition",
			"Lena Voss, who lives in Mapleton, Ore., said she would vote for the governor.",
			"Lena Voss", "she would vote for the governor", 1},
		{"guard: the place ends the subject",
			"Ned Orr of Keene, N.H., said the tax would hurt dairy farmers.",
			"Ned Orr", "the tax would hurt dairy farmers", 1},
		{"guard: a participle's aside after the place",
			"Officials in Dunmore, Pa., speaking on condition of anonymity, said the mill would close.",
			"Dunmore officials", "the mill would close", 1},
	})
}

// TestRecallSpeakingNouns covers a reporting word that is the noun
// heading its subject, a document's or a state's, right before the
// reporting verb ("the report said", "voters in six states say", "the
// former secretary of state said"): not the verb, and no bar to the
// verb after it. Other such nouns stay verbs there, and a reporting verb
// before one still makes it a noun ("told state television").
func TestRecallSpeakingNouns(t *testing.T) {
	checkFrames(t, []frameCase{
		{"the report said",
			"The report said the Tarrow plant had leaked for years.",
			"report", "the Tarrow plant had leaked", 1},
		{"an adjective before the document",
			"The congressional report said the Tarrow plant had leaked for years.",
			"congressional report", "the Tarrow plant had leaked", 1},
		{"the note says, after its quotation",
			"“You will lose the vote,” the note says.",
			"note", "You will lose the vote", 1},
		{"a title ending in state",
			"The former secretary of state said the treaty with Velmont was dead.",
			"former secretary of state", "the treaty with Velmont was dead", 1},
		{"a share of voters in each state",
			"At least half of voters in each state say the tax plan is about right.",
			"At least half of voters in each state", "the tax plan is about right", 1},
		{"guard: state before of is a noun",
			"Ivo Marek, who won Tarrow and his home state of Velmont, is calling for his rivals to drop out.",
			"Ivo Marek", "is calling for his rivals to drop out", 1},
		{"guard: a loss in a home state reports nothing",
			"The senator suffered a humiliating loss in his home state of Velmont.",
			"", "", 0},
		{"state before of is a noun, after an adjective that would speak",
			"The lopsided state of the race shows Marek is in trouble.",
			"", "", 0},
		{"guard: a reporting verb before state",
			"Ivo Marek told state television the Tarrow plant had leaked for years.",
			"Ivo Marek", "the Tarrow plant had leaked", 1},
		{"guard: other nouns stay verbs before add up",
			"Those promises add up to more than $8 million.",
			"", "", 0},
		{"a plural of people that demands",
			"The families of the victims demand answers from the city.",
			"families of the victims", "answers from the city", 1},
		{"a possessive before a plural that promises",
			"Its owners promise answers by Friday.",
			"owners", "answers by Friday", 1},
		{"guard: a remark before a verb of feeling is no subject",
			"The remark worried some analysts in Tarrow.",
			"", "", 0},
	})
}

// TestDocAuthor covers "the report" (study, survey, …) after the
// paragraph named who wrote it ("a 2031 report by the Northern Forestry
// Commission … The report found"): the author's finding.
func TestDocAuthor(t *testing.T) {
	checkFrames(t, []frameCase{
		{"the report by an earlier named body",
			"The border, according to a 2031 report by the Velmont Forestry Commission, cuts through a forest both states neglect. The report found dry brush piled up on both banks.",
			"Velmont Forestry Commission", "dry brush piled up", 2},
		{"a report by nobody named stays the report's",
			"The report found dry brush piled up on both banks.",
			"report", "dry brush piled up", 1},
	})
}

// TestRecallSuperlativeSubject covers a subject whose adjective is a
// superlative with "most" or "least" after its determiner ("the most
// recent poll shows", "its most vocal critic said"): one phrase.
func TestRecallSuperlativeSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"the most recent poll",
			"The most recent poll shows Dale Harlan with 47 percent in Velmont.",
			"most recent poll", "Dale Harlan with 47 percent", 1},
		{"a possessive's most vocal critic",
			"Its most vocal critic said the Tarrow dam would fail within a decade.",
			"most vocal critic", "the Tarrow dam would fail", 1},
		{"guard: the least popular candidate",
			"The least popular candidate said the dam would fail within a decade.",
			"least popular candidate", "the dam would fail", 1},
	})
}

// TestRecallTopicHeadline covers a headline whose speaker's name is
// followed by what or whom the words are about or for before its colon
// ("Name on Topic: …", "Name to Audience: …", "Name at Venue: …"): the
// words after the colon are the person's, on the first pass when the
// headline names the person in full and on the second when the body
// introduces the surname.
func TestRecallTopicHeadline(t *testing.T) {
	const body = "\n\nBy Staff\n\nAda Quell, a senator from Velmont, spoke on Monday about the Tarrow dam.\n"
	checkFrames(t, []frameCase{
		{"name to audience",
			"Ada Quell to Velmont Farmers: The dam will hold this winter." + body,
			"Ada Quell", "The dam will hold", 1},
		{"surname on topic, a quotation after the colon",
			"Quell on Dam Plan: ‘I Think It Will Fail This Winter.’" + body,
			"Ada Quell", "I Think It Will Fail", 1},
		{"surname at venue",
			"Quell at Convention: The dam will hold this winter." + body,
			"Quell", "The dam will hold", 1},
		{"to and a verb: the reporter's headline",
			"Ada Quell to Run: Senator files papers for the Velmont seat." + body,
			"", "", 0},
		{"to and a verb the lexicon does not know",
			"Ada Quell to Visit Tarrow: The trip is set for the spring." + body,
			"", "", 0},
		{"to and a phrasal verb",
			"Quell to Step Down: Senator will leave at the end of the year." + body,
			"", "", 0},
		{"at and a headline in title case",
			"Quell at Tarrow: Leaders Gather as Economy Slows." + body,
			"", "", 0},
	})
}
