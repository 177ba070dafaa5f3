package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestRecallFrames covers the fifth recall pass's frames, each a pattern
// of news prose counted among PolNeAR train's missed attributions: rows
// name the claim's speaker and a piece of its evidence and how many
// claims the text yields (0: the text reports nothing).
func TestRecallFrames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a poll by two names joined by a slash",
			"A Herald/Norvia poll showed Dana Oster leading the field with 31 percent.",
			"Herald/Norvia poll", "Dana Oster leading the field", 1},
		{"called on X to",
			"Senator Ivo Marek called on the transport minister to resign over the crash.",
			"Ivo Marek", "the transport minister to resign", 1},
		{"called upon X to",
			"The union called upon the port authority to reopen the north gate.",
			"union", "reopen the north gate", 1},
		{"called on a person is a visit",
			"Ivo Marek called on his mother in Fredville.",
			"", "", 0},
		{"blasted as a stance",
			"The opposition leader blasted the government on Monday over its handling of the strike.",
			"opposition leader", "the government", 1},
		{"a blast is no stance",
			"The blast shook the town of Fredville.",
			"", "", 0},
		{"declined to comment",
			"A spokeswoman for the ministry declined to comment on the report.",
			"spokeswoman for the ministry", "to comment on the report", 1},
		{"refused to say whether: a silence, nobody's claim (withheldSpeech)",
			"Dana Oster refused to say whether she would run again.",
			"", "", 0},
		{"declined to comment but said: the report only",
			"Ivo Marek declined to comment on the audit but said the bridge was safe.",
			"Ivo Marek", "the bridge was safe", 1},
		{"a refusal to act reports nothing",
			"The soldier refused to fight.",
			"", "", 0},
		{"a quote before a frame with a place: the quote is the report",
			"Ivo Marek, a senator from Fredville, spoke on Monday.\n\n\u201cThe vote is not lost,\u201d he said outside the town hall.",
			"Ivo Marek", "The vote is not lost", 1},
		{"an inverted frame with a place",
			"\u201cThe bridge will be built,\u201d said Ivo Marek aboard the ferry.",
			"Ivo Marek", "The bridge will be built", 1},
		{"a pronoun after an opening phrase with no comma",
			"Anna Marek, a farmer, spoke in Fredville.\n\nIn May she said the dam was a mistake.",
			"Anna Marek", "the dam was a mistake", 1},
		{"a pronoun after a place with no comma",
			"Anna Marek, a farmer, spoke in Fredville.\n\nAt the rally in Fredville she told reporters the tax was unfair.",
			"Anna Marek", "the tax was unfair", 1},
		{"a programme's title after told is no report",
			"Ivo Marek, a senator, spoke on Monday.\n\n\u201cI could hardly hear the question,\u201d Marek told Radio Fredville\u2019s \u201cMorning Fields\u201d on Monday.",
			"Ivo Marek", "I could hardly hear the question", 1},
		{"a podcast's title after said is no report",
			"Ivo Marek, a senator, spoke on Monday.\n\n\u201cFarming is my job,\u201d Marek said in May on the podcast \u201cFields.\u201d",
			"Ivo Marek", "Farming is my job", 1},
		{"an apposition after the frame is no report",
			"Dana Oster, a farmer, spoke on Monday.\n\n\"You will have to ask the river,\" Oster said, another reference to the flood.",
			"Dana Oster", "You will have to ask the river", 1},
		{"a quote after said on Monday is the report",
			"Dana Oster, a farmer, spoke on Monday.\n\nOster said on Monday \u201cwe will not sell the farm.\u201d",
			"Dana Oster", "we will not sell the farm", 1},
		{"after a quote closed on a comma, a long recipient is no report",
			"Dana Oster, a farmer, spoke on Monday.\n\n\"Everything we are doing is wrong,\" Oster told a meeting being held in a church in Fredville.",
			"Dana Oster", "Everything we are doing is wrong", 1},
		{"after a quote closed on a comma, a relative clause is no report",
			"Ivo Marek, a farmer, spoke on Monday.\n\n\"It is like a new barn,\" Marek said in a documentary that showed the farm.",
			"Ivo Marek", "It is like a new barn", 1},
		{"after a quote closed on a comma, a recipient with a number",
			"Ivo Marek, a farmer, spoke on Monday.\n\n\u201cI am a free farmer,\u201d he told Radio 35 in Fredville.",
			"Ivo Marek", "I am a free farmer", 1},
		{"after a quoted title the report follows the verb",
			"On \u201cFields Sunday,\u201d Governor Ivo Marek said the dam would hold.",
			"Ivo Marek", "the dam would hold", 1},
		{"after a quote, a frame adding more keeps both",
			"Ivo Marek, a farmer, spoke on Monday.\n\n\"The dam will hold,\" Marek said, adding that the river was low.",
			"Ivo Marek", "the river was low", 2},
		{"a name before of is the speaker, inverted",
			"\u201cThere is a passion for farming,\u201d said Robert Lund of the Fredville delegation.",
			"Robert Lund", "There is a passion for farming", 1},
		{"a name before of a place is the speaker",
			"Stacy Roe of Ostburg, Ruritania, says the tax is unfair.",
			"Stacy Roe", "the tax is unfair", 1},
		{"a name before of an organisation with a plural possessive",
			"Tomas Reche of the Kelvan Dockers' Federation said the crane was unsafe.",
			"Tomas Reche", "the crane was unsafe", 1},
		{"a role before of stays a title",
			"Secretary of State Ivo Marek said the tax is unfair.",
			"Ivo Marek", "the tax is unfair", 1},
		{"a participle of citing after an act",
			"Ivo Marek, a farmer, spoke on Monday.\n\nMarek voted against the bill, citing its cost to farmers.",
			"Ivo Marek", "its cost to farmers", 1},
		{"a participle of conceding after an act",
			"Ivo Marek, a farmer, spoke on Monday.\n\nMarek resigned on Monday, conceding that the bridge had failed.",
			"Ivo Marek", "the bridge had failed", 1},
		{"a fall of prices reports nothing",
			"Grain prices declined to a record low in May.",
			"", "", 0},
	})
}

// TestNegatedReports covers reports whose frame is negated ("never
// said", "doesn't think", "has not endorsed"): PolNeAR counts them as
// attributions and the old reader found no subject past the negation.
// A withheld verb of telling before a wh-clause ("did not say whether
// …") is no claim at all: the news sets' gold never counts one
// (withheldSpeech, TestWithheldSpeech). The claim is the speaker's, with
// negative polarity; a negated accusation accuses nobody.
func TestNegatedReports(t *testing.T) {
	// A negated report is still the speaker's report, but of speech it
	// withholds the content: the claim is the speaker's side not saying
	// it, never the content negated (which would oppose whoever said
	// it). A belief negated is the negation believed.
	tests := []struct {
		name, text, speaker, evidence string
		action                        string
		pol                           graph.Polarity
	}{
		{"never said",
			"Dana Oster never said the tax would be repealed.",
			"Dana Oster", "the tax would be repealed", "not say", graph.Positive},
		{"a contraction of a belief",
			"Ivo Marek, a farmer, spoke on Monday.\n\nMarek doesn't think the vote will change anything.",
			"Ivo Marek", "the vote will change anything", "change anything", graph.Negative},
		{"has not endorsed",
			"The Fredville farmers' union has not endorsed the mayor's plan.",
			"Fredville farmers' union", "the mayor's plan", "not endorse", graph.Positive},
		{"an adverb after the negation",
			"A spokeswoman for the port authority would not immediately comment on the report.",
			"port authority", "on the report", "not comment", graph.Positive},
		{"a negated accusation accuses nobody",
			"Ivo Marek did not accuse Ostmark of shelling the port.",
			"Ivo Marek", "shelling the port", "not accuse", graph.Positive},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			if len(res.Claims) != 1 {
				t.Fatalf("got %d claims, want 1:%s", len(res.Claims), describe(res.Claims))
			}
			c := res.Claims[0]
			if !strings.Contains(c.Text, tt.evidence) || c.Speaker != tt.speaker || c.Kind != graph.KindAssertion ||
				c.Polarity != tt.pol || !strings.Contains(c.Action, tt.action) {
				t.Errorf("claim %q by %q, %s %s «%s»; want by %q, assertion %s «%s»", c.Text, c.Speaker, c.Kind, c.Polarity, c.Action, tt.speaker, tt.pol, tt.action)
			}
		})
	}
}

// TestWithheldReportOpposesNothing loads an accusation and another side's
// refusal to say whether it is true through the graph's detection: the
// refusal is no denial, so no opposing pair may come of it.
func TestWithheldReportOpposesNothing(t *testing.T) {
	for _, frame := range []string{"did not say whether", "declined to say whether", "would not confirm whether"} {
		t.Run(frame, func(t *testing.T) {
			acc := extractText(t, "Velland's defence minister Arno Pask said on Monday that Ostmark's troops used cluster munitions in Kirra.")
			wh := extractText(t, "Ostmark's foreign minister Lena Dorr "+frame+" Ostmark's troops used cluster munitions in Kirra.")
			if len(acc.Claims) == 1 && len(wh.Claims) == 0 && frame != "would not confirm whether" {
				return // "did not say whether", "declined to say whether": no claim at all (withheldSpeech)
			}
			if len(acc.Claims) != 1 || len(wh.Claims) != 1 {
				t.Fatalf("claims: %d and %d, want 1 and 1:%s%s", len(acc.Claims), len(wh.Claims), describe(acc.Claims), describe(wh.Claims))
			}
			a, w := acc.Claims[0], wh.Claims[0]
			if a.Topic == w.Topic && graph.PropKey(&a) == graph.PropKey(&w) && a.Polarity != w.Polarity {
				t.Errorf("the withheld report opposes the accusation: %s", describe(append(acc.Claims, wh.Claims...)))
			}
			if graph.PropKey(&a) == graph.PropKey(&w) {
				// the same proposition either way: opposing the accusation,
				// or Ostmark's own minister supporting it
				t.Errorf("the withheld report is read as stating the content: %s", describe(append(acc.Claims, wh.Claims...)))
			}
			if w.Side != "Ostmark" || w.Subject != "Ostmark" {
				t.Errorf("withheld by side %q about %q, want Ostmark's own", w.Side, w.Subject)
			}
		})
	}
}

// TestStanceVerbs covers verbs of stance and speech PolNeAR train
// counts as cues right after a name or pronoun at least 55% of the time
// (thanked, sought, discussed, echoed, offered, shared, posted,
// apologized, compared, implied, recommended, referred; listed,
// focused, read, presented at 45-70%), and the reduced
// relative that reports nothing ("a message posted on …").
func TestStanceVerbs(t *testing.T) {
	checkFrames(t, []frameCase{
		{"thanked", "Ivo Marek thanked the farmers for their patience.", "Ivo Marek", "the farmers for their patience", 1},
		{"seeks", "Dana Oster seeks a recount in Fredville.", "Dana Oster", "a recount", 1},
		{"discussed", "Ivo Marek discussed the tax with the council.", "Ivo Marek", "the tax", 1},
		{"echoed", "Dana Oster echoed the mayor's warning about the dam.", "Dana Oster", "warning about the dam", 1},
		{"offered", "The union offered a compromise on wages.", "union", "a compromise on wages", 1},
		{"shared", "Ivo Marek shared a video of the flood.", "Ivo Marek", "a video of the flood", 1},
		{"posted", "The Fredville farmers' union posted a statement on its website.", "Fredville farmers' union", "a statement", 1},
		{"apologized", "Dana Oster apologized for the delay.", "Dana Oster", "for the delay", 1},
		{"compared", "Ivo Marek compared the tax to theft.", "Ivo Marek", "the tax to theft", 1},
		{"implied", "Dana Oster implied the mayor had lied.", "Dana Oster", "the mayor had lied", 1},
		{"recommended", "The commission recommended a new vote.", "commission", "a new vote", 1},
		{"referred to X as", "Ivo Marek referred to the vote as a farce.", "Ivo Marek", "the vote as a farce", 1},
		{"listed", "Dana Oster listed the council's failures in a letter.", "Dana Oster", "the council's failures", 1},
		{"focused on", "Ivo Marek focused on the cost of the bridge.", "Ivo Marek", "the cost of the bridge", 1},
		{"a statement reads", "The union's statement read: \"The bridge is safe.\"", "union's statement", "The bridge is safe", 1},
		{"presented", "Dana Oster presented a plan to rebuild the dam.", "Dana Oster", "a plan to rebuild the dam", 1},
		{"a message posted on a channel is no report of its own",
			"In a message posted on its channel, the union said the port was closed.",
			"union", "the port was closed", 1},
		{"a reduced relative reports nothing",
			"The aid offered by the council never arrived.",
			"", "", 0},
	})
}

// TestParticipleAsides covers a participle's aside between a subject
// and its reporting verb ("X, struck by her story, told …", "X, noting
// the size of the crowd, said …"): the aside was read as a new clause or
// no apposition, and the sentence gave nothing.
func TestParticipleAsides(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a past participle's aside",
			"Ivo Marek, struck by her story, told her she did not need any notes.",
			"Ivo Marek", "she did not need any notes", 1},
		{"a past participle with an agent",
			"The aides, led by campaign manager Dana Oster, told the group that they did not expect to win Fredville.",
			"aides", "they did not expect to win Fredville", 1},
		{"a participle of speech as an aside",
			"Ivo Marek, noting the size of the crowd, said the tax was unfair.",
			"Ivo Marek", "the tax was unfair", 1},
		{"citing as an aside before the verb",
			"Dana Oster, citing the cost of the bridge, said, \"The town cannot pay.\"",
			"Dana Oster", "The town cannot pay", 1},
		{"a participle after an act still continues the report",
			"Ivo Marek left the council on Monday, saying the tax was unfair.",
			"Ivo Marek", "the tax was unfair", 1},
	})
}

// TestParticipleReports covers reports carried by a participle after a
// clause whose verb reports nothing: the main clause's subject past an
// apposition or a plural the lexicon does not know ("X, president of …,
// tied …, saying", "the ministries declined to provide …, saying"), and
// an absolute phrase after a comma (", with X calling for …").
func TestParticipleReports(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a subject with an apposition, then an unknown verb",
			"Tomas Brill, president of the Fredville Farmers Institute, tied those test scores to higher graduation rates, saying the law helped thousands of children.",
			"Tomas Brill", "the law helped thousands of children", 1},
		{"a plural subject the lexicon does not know",
			"The ministries declined to provide any documents about the process, saying they cannot discuss the case because of the inquiry.",
			"ministries", "they cannot discuss the case", 1},
		{"an absolute phrase with a name",
			"The parties differ on the dam, with Ivo Marek calling for a new survey.",
			"Ivo Marek", "a new survey", 1},
		{"an absolute phrase with a share of a group",
			"Turnout could rise this year, with 47 percent of young farmers saying they will certainly vote.",
			"47 percent of young farmers", "they will certainly vote", 1},
		{"with after a verb is no absolute phrase",
			"Ivo Marek met with farmers asking for help.",
			"", "", 0},
	})
}

// TestCallNamingPronoun covers "called" with an object pronoun and a
// bare noun phrase ("called them liars", "call it the nerd prom"), which
// the old reader took only before "a" or a quotation.
func TestCallNamingPronoun(t *testing.T) {
	checkFrames(t, []frameCase{
		{"called them liars", "Dana Oster called them liars.", "Dana Oster", "them liars", 1},
		{"call it the", "Others call it the farmers' ball.", "Others", "it the farmers' ball", 1},
		{"called him back is a telephone call", "Ivo Marek called him back on Monday.", "", "", 0},
		{"called her mother is no naming", "Dana Oster called her mother in Fredville.", "", "", 0},
	})
}

// TestAccordingToDocuments covers "according to" a document or a count
// whose phrase no name resolves ("data released Friday by …", "a 2014
// labour ministry study", "early returns", "a fact sheet lawmakers
// released Monday"): the whole phrase is the source.
func TestAccordingToDocuments(t *testing.T) {
	checkFrames(t, []frameCase{
		{"data released by",
			"Revenue at the port rose 3.5 percent this year, according to data released Friday by state regulators.",
			"data released Friday by state regulators", "Revenue at the port rose", 1},
		{"a study with a year and a name",
			"About 58 percent of firms fund leave, according to a 2014 Labour Ministry study.",
			"2014 Labour Ministry study", "58 percent of firms fund leave", 1},
		{"early returns",
			"Late Sunday, Dana Oster won the primary in Fredville, according to early returns.",
			"early returns", "Dana Oster won the primary", 1},
		{"a fact sheet",
			"More than 2 million workers would see their incomes rise, according to a fact sheet lawmakers released Monday.",
			"fact sheet lawmakers released Monday", "2 million workers", 1},
	})
}

// TestContinuedFrame covers "continued" as a frame of speech before its
// words or after a quotation, and not as "continued to …" or with an
// object.
func TestContinuedFrame(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a quote split by he continued",
			"Ivo Marek spoke on Monday.\n\n\"Honestly,\" he continued, \"the bridge is falling apart.\"",
			"Ivo Marek", "the bridge is falling apart", 1},
		{"a quote before the frame",
			"Dana Oster, a farmer, spoke on Monday.\n\n\"The town will pay for the dam,\" Oster continued.",
			"Dana Oster", "The town will pay for the dam", 1},
		{"continued to is no frame", "Ivo Marek continued to fight the tax.", "", "", 0},
		{"continued with an object is no frame", "Ivo Marek continued his tour of the port.", "", "", 0},
	})
}

// TestWhatSpeakerCalled covers "what X called …", "what X said is …"
// after a word other than "in": the "what" phrase is X's account (the
// old reader took only "in what X said was …", the whole clause).
func TestWhatSpeakerCalled(t *testing.T) {
	checkFrames(t, []frameCase{
		{"led to what X called",
			"The strategy led to what aide Tomas Brill called \"the beginning of a new era\" in his 1969 book.",
			"Tomas Brill", "what aide Tomas Brill called", 1},
		{"adapt to what she said is",
			"Dana Oster has helped clubs adapt to what she said is growing demand for pools.",
			"Dana Oster", "growing demand for pools", 1},
		{"on what X described as",
			"Bidding was to begin on what Ivo Marek described as a \"piece of history.\"",
			"Ivo Marek", "piece of history", 1},
		{"a clause with a report of its own keeps it",
			"Ivo Marek denied what Dana Oster said about the dam.",
			"Ivo Marek", "what Dana Oster said about the dam", 1},
	})
}

// TestRelativeSaid covers a report inside a relative clause whose verb
// follows the reporting verb ("which X said were …", "that prosecutors
// said was …"), and the complement it is not ("that X said the case
// was …").
func TestRelativeSaid(t *testing.T) {
	checkFrames(t, []frameCase{
		{"which X said were",
			"The district saw 30 applicants, which Ivo Marek said were about evenly split between the two candidates.",
			"Ivo Marek", "about evenly split", 1},
		{"that prosecutors said was",
			"He worked for a charity in Fredville that prosecutors said was suspected of funding the militia.",
			"prosecutors", "suspected of funding the militia", 1},
		{"which X says will, inside a subject",
			"The bill, which Dana Oster says will cost millions, passed on Monday.",
			"Dana Oster", "will cost millions", 1},
		{"a complement after that is no relative clause",
			"Dana Oster spoke on Monday.\n\nShe argued that prosecutors said the case was weak.",
			"Dana Oster", "prosecutors said the case was weak", 1},
	})
}

// TestPartyAfterName covers a party and state in parentheses after a
// speaker's name in an inverted frame ("said Sen. X (D-Fred.)"): the
// phrase stopped at the parenthesis and the quote went unattributed.
func TestPartyAfterName(t *testing.T) {
	checkFrames(t, []frameCase{
		{"inverted frame, sentence end",
			"\"I do not remember anything as shameful as this bill,\" said Senate Minority Leader Ivo Marek (D-Fred.).",
			"Ivo Marek", "anything as shameful", 1},
		{"a one-token parenthetical, then a relative clause (read before too)",
			"\"The bill is shameful,\" said Sen. Dana Oster (R-Ostburg), who chairs the committee.",
			"Dana Oster", "The bill is shameful", 1},
	})
}

// TestAsideBeforeVerb covers an adverb set off by commas between a
// described subject and its reporting verb: with a post-modifier before
// it ("Critics of the plan, however, said") the adverb was read as the
// subject's apposition and the report was nobody's.
func TestAsideBeforeVerb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a described subject with 'of', then however",
			"Critics of the new levy, however, said that the ruling would hurt farmers.",
			"Critics of the new levy", "would hurt farmers", 1},
		{"a described subject with 'of', then too, no 'that'",
			"Supporters of the dam, too, argued the ruling would help the valley.",
			"Supporters of the dam", "would help the valley", 1},
		{"a name, then however (read before too)",
			"Ivo Marek, however, said the ruling would help farmers.",
			"Ivo Marek", "would help farmers", 1},
		{"an apposition is still one",
			"Dana Oster, a farmer in Fredville, said the ruling would help farmers.",
			"Dana Oster", "would help farmers", 1},
	})
}

// TestBaseFormAfterArticle covers a reporting verb's base form after "a"
// and a word the lexicon does not know: a noun ("a stiff challenge", "a
// clumsy answer"), whose made-up subject ended the search for the
// sentence's real frame or made a speaker of the adjective.
func TestBaseFormAfterArticle(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a noun in a participle's aside",
			"Ivo Marek, facing a stiff challenge from Dana Oster, said that the harbour would stay open.",
			"Ivo Marek", "the harbour would stay open", 1},
		{"an adjective is no speaker",
			"A clumsy answer could be mined for gaffes by his rivals.",
			"", "", 0},
		{"a group after a: a plural verb",
			"A handful say the levy is unfair.",
			"handful", "the levy is unfair", 1},
		{"a majority after a",
			"A majority say the levy is unfair.",
			"majority", "the levy is unfair", 1},
		{"a past form after a noun",
			"A farmer said the levy is unfair.",
			"farmer", "the levy is unfair", 1},
	})
}

// TestAskedOpener covers a sentence that opens with the question its
// speaker answers ("Asked whether …, X said …"): news attributes the
// question to the one asked, so the report's evidence starts with it.
func TestAskedOpener(t *testing.T) {
	checkFrames(t, []frameCase{
		{"asked whether, then a leading frame",
			"Asked whether the mill would close, Ivo Marek said the decision was not his.",
			"Ivo Marek", "Asked whether the mill would close, Ivo Marek said", 1},
		{"when asked about, then a frame with that",
			"When asked about the levy, Dana Oster replied that she had not decided.",
			"Dana Oster", "When asked about the levy, Dana Oster replied", 1},
		{"a subject who asks is no opener",
			"The mayor asked whether the mill would close, and Ivo Marek said the decision was not his.",
			"Ivo Marek", "Ivo Marek said the decision", 2},
	})
}

// TestTellsAnotherStory covers "X tells a different story." — an account
// announced, which the sentences after report; it reports nothing itself.
func TestTellsAnotherStory(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a different story, then its teller's spokesman",
			"The dockers' union tells a very different story. Its leader, Ivo Marek, said the guards had opened the gate.",
			"Ivo Marek", "the guards had opened the gate", 1},
		{"a very different tale",
			"The Red Hand Brigade told a very different tale.",
			"", "", 0},
		{"after a colon the account is the report",
			"The Red Hand Brigade tell a very different story: the convoy fired first.",
			"Red Hand Brigade", "the convoy fired first", 1},
		{"a story with more in its clause",
			"Ivo Marek told a story about the war that moved the crowd.",
			"Ivo Marek", "a story about the war", 1},
	})
}

// TestStoryTellerReferredBack: "X tells a different story." is no claim,
// but X is still the body the next sentence's "Its chief inspector" and
// "He" belong to (the rule that dropped the claim had dropped that too).
func TestStoryTellerReferredBack(t *testing.T) {
	const story = "Tamsin Holt, who runs Dovecote Pharma, said the regulator had acted on one test. " +
		"The Kessel Medicines Board tells another story. Its chief inspector, Pavel Ruun, said two tests had failed at the plant. " +
		"He said the company had hidden the failures."
	runSpeakerRows(t, []speakerRow{
		{"its officer after the teller", story, "two tests had failed at the plant", "Pavel Ruun", "Kessel Medicines Board"},
		{"then he", story, "the company had hidden the failures", "Pavel Ruun", "Kessel Medicines Board"},
	})
}

// TestAccordingToWho covers "according to" a person described and then
// a relative clause: the speaker is the description, not the clause.
func TestAccordingToWho(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a described officer, then who spoke on condition of anonymity",
			"According to a senior port officer who spoke on condition of anonymity, the pilots had left the harbour early.",
			"the pilots had left the harbour early", "senior port officer", ""},
		{"trailing, then who asked not to be named",
			"The pilots had left the harbour early, according to two dockers who asked not to be named.",
			"The pilots had left the harbour early", "two dockers", ""},
		{"a name and its relative clause set off by a comma (read before too)",
			"According to Dana Oster, who chairs the harbour board, the pilots had left early.",
			"the pilots had left early", "Dana Oster", ""},
		{"a document is described whole",
			"According to a count by the harbour board released on Sunday, the pilots had left early.",
			"the pilots had left early", "count by the harbour board released on Sunday", ""},
	})
}

// TestIssuedStatementSaying covers a document issued, then a participle
// reporting what it says: "X issued a statement saying …" is X's report.
func TestIssuedStatementSaying(t *testing.T) {
	checkFrames(t, []frameCase{
		{"issued a statement saying",
			"The port authority issued a statement saying the pilots had left early.",
			"port authority", "the pilots had left early", 1},
		{"a possessive's campaign released a statement saying",
			"Dana Oster's campaign released a statement saying it was postponing a rally.",
			"Dana Oster's campaign", "it was postponing a rally", 1},
		{"sent out a press release claiming",
			"Ivo Marek sent out a press release claiming the levy had doubled.",
			"Ivo Marek", "the levy had doubled", 1},
		{"a sign saying is no report",
			"Protesters carried a sign saying the levy had doubled.",
			"", "", 0},
		{"a statement found is no report",
			"The pilots found a statement saying the levy had doubled.",
			"", "", 0},
	})
}

// TestGoesOnToSay covers a frame that leads to a reporting verb's
// infinitive, whose subject is the speaker: "went on to say", "went out
// of her way to praise", "took to social media to argue", "used the
// interview to warn", "took the opportunity to".
func TestGoesOnToSay(t *testing.T) {
	checkFrames(t, []frameCase{
		{"went on to say, a pronoun",
			"Ivo Marek spoke in Fredville on Monday.\n\nHe went on to say the mill would close.",
			"Ivo Marek", "the mill would close", 1},
		{"went out of her way to praise",
			"Dana Oster went out of her way to praise the mill's owners for saving the town.",
			"Dana Oster", "the mill's owners", 1},
		{"took to social media to say",
			"Dana Oster took to social media to say the vote was rigged.",
			"Dana Oster", "the vote was rigged", 1},
		{"took the opportunity to warn",
			"Dana Oster took the opportunity to warn that the dam was unsafe.",
			"Dana Oster", "the dam was unsafe", 1},
		{"used the interview to argue",
			"Dana Oster used the interview to argue that the dam was unsafe.",
			"Dana Oster", "the dam was unsafe", 1},
		{"went on to fight reports nothing",
			"The soldiers went on to fight in the hills.",
			"", "", 0},
		{"took the bus to say goodbye reports nothing",
			"Dana Oster took the bus to say goodbye to her mother.",
			"", "", 0},
		{"used the money to build reports nothing",
			"Dana Oster used the money to build a school.",
			"", "", 0},
	})
}

// TestColonFrameParagraph covers a frame that ends its paragraph with a
// colon, the passage it reports set below it: "In a speech in May, X
// said:" then the passage, quoted or not. The frame line was read as a
// heading and the passage was nobody's.
func TestColonFrameParagraph(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a frame with an opening phrase, then a passage",
			"The debate ended late.\n\nIn a speech in May, Ivo Marek said:\n\nLet no one be mistaken: the mill is a danger to the town, and it must close.",
			"Ivo Marek", "the mill is a danger to the town", 1},
		{"a frame with an apposition, then a passage and a report of its own",
			"The debate ended late.\n\nDana Oster, the mayor, declared:\n\nThe mill will close in May.\n\nIvo Marek said the mill would stay open.",
			"Dana Oster", "The mill will close in May", 2},
		{"a line with no reporting verb is a heading",
			"The debate ended late.\n\nThe plan has three parts:\n\nThe mill will close in May.",
			"", "", 0},
		{"a transcript's label is a heading",
			"The debate ended late.\n\nTranscript as follows:\n\nThe mill will close in May.",
			"", "", 0},
	})
}

// TestQuotedApposition covers an apposition that ends on a quotation,
// its comma inside the closing mark (American style): `X, who called Y a
// "sham," said …` was nobody's report.
func TestQuotedApposition(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a relative clause that ends on a quoted word",
			"Ivo Marek, who calls the mayor a \"sociopath,\" said he does not believe the effort will succeed.",
			"Ivo Marek", "he does not believe the effort will succeed", 1},
		{"a role that ends on a quoted title",
			"Dana Oster, the host of the farm show \u201cFields,\u201d said the dam would hold.",
			"Dana Oster", "the dam would hold", 1},
		{"a quotation before an inverted frame keeps its speaker",
			"\"The dam is safe, and the river is low,\" said Dana Oster, a farmer.",
			"Dana Oster", "The dam is safe", 1},
		{"a quotation's end before an inverted frame, its start in the sentence before",
			"Dana Oster spoke on Monday. \"We will rebuild. It is possible,\" said Ivo Marek.",
			"Ivo Marek", "It is possible", 1},
	})
}

// TestWithAbsoluteFirst covers an absolute phrase of report whose
// content holds a verb the frames read ("viewed … as"): the phrase's
// report comes first, or the content's verb, with a pronoun for a
// subject, ended the search.
func TestWithAbsoluteFirst(t *testing.T) {
	checkFrames(t, []frameCase{
		{"with X telling reporters he viewed Y as",
			"The flood sparked a debate, with Senator Ivo Marek telling reporters on Thursday he viewed the mayor as directly responsible.",
			"Ivo Marek", "he viewed the mayor as directly responsible", 1},
		{"with a share saying (read before too)",
			"Turnout was high, with 40 percent of farmers saying they would vote for Dana Oster.",
			"40 percent of farmers", "they would vote for Dana Oster", 1},
		{"with and an -ing form that reports nothing",
			"The flood hit the town, with farmers fleeing their homes.",
			"", "", 0},
	})
}

// TestBarePluralAfterFrame covers a clause after "…, he said, and" whose
// subject is a bare plural body ("police had found"): a clause of its
// own, reported by the frame set between the two, not part of the first.
func TestBarePluralAfterFrame(t *testing.T) {
	checkFrames(t, []frameCase{
		{"police had found, after a frame between two clauses",
			"Ivo Marek spoke on Monday. Burning has been banned across the valley since June, he said, and police had found no sign of it near the village.",
			"Ivo Marek", "police had found no sign of it", 2},
		{"the police, with a determiner (read before too)",
			"Ivo Marek spoke on Monday. Burning has been banned across the valley since June, he said, and the police found no sign of it near the village.",
			"Ivo Marek", "the police found no sign of it", 2},
		{"a bare plural with a modal stays in its clause",
			"Ivo Marek said the valley was dry, and farmers would suffer.",
			"Ivo Marek", "the valley was dry, and farmers would suffer", 1},
	})
}

// TestPossessiveStateOffice covers a state's possessive before one of
// its offices when an organisation's name begins with the same word:
// "Ostmark's labour minister" is the state's, not the union's.
func TestPossessiveStateOffice(t *testing.T) {
	const dl = "SELVIK, Ostmark, June 12 (Wirenews) - The Ostmark Dockworkers' Union said guards drove a truck into the picket line.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"a field minister of the state",
			dl + "Ostmark's labour minister said the government would appoint a mediator.",
			"the government would appoint a mediator", "Ostmark government", "Ostmark"},
		{"the state's government",
			dl + "Ostmark's government said it would appoint a mediator.",
			"it would appoint a mediator", "Ostmark government", "Ostmark"},
		{"a company's chief executive by its first word (read before too)",
			"The Brenmark Shipping Company said its ships were late.\n\nBrenmark's chief executive said the port was closed.",
			"the port was closed", "Brenmark Shipping Company", "Brenmark Shipping Company"},
	})
}

// TestLyNounSpeakers covers nouns in -ly as a speaker's head ("his
// family", "the rally"), read as adverbs before: the report was nobody's.
func TestLyNounSpeakers(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a possessive name's family",
			"Ivo Renn died in the fire.\n\nRenn's family has asked for an independent inquiry.",
			"Renn's family", "asked for an independent inquiry", 1},
		{"his family",
			"Ivo Renn died in the fire.\n\nHis family said the fire was no accident.",
			"His family", "the fire was no accident", 1},
		{"an adverb before the verb is still one (read before too)",
			"Dana Oster strongly denied that the fire was set.",
			"Dana Oster", "the fire was set", 1},
	})
}

// TestShortBulletReports covers a short point in a list with no final
// full stop and no long word in lower case ("- The dam will hold, X
// says"): read as a heading before, its report was lost.
func TestShortBulletReports(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a trailing frame in a short bullet",
			"The flood hit the valley on Monday.\n\n- The dam will hold, Ivo Marek says",
			"Ivo Marek", "The dam will hold", 1},
		{"a leading frame in a short bullet",
			"The flood hit the valley on Monday.\n\n- Dana Oster says the mill will close",
			"Dana Oster", "the mill will close", 1},
		{"a link in a list is no report",
			"The flood hit the valley on Monday.\n\n- Terms of use\n\n- Contact Us",
			"", "", 0},
	})
}

// TestRecallContractions covers reports whose subject is a personal
// pronoun contracted with its auxiliary ("he's said", "she'd told",
// "he's predicting"): the tokenizer keeps such a contraction as one
// word, and 91 of PolNeAR train's 100 attributions with one were
// missed.
func TestRecallContractions(t *testing.T) {
	checkFrames(t, []frameCase{
		{"she's said: a perfect report",
			"Dana Oster runs the Kessel mine.\n\nShe's said the tailings dam is safe.",
			"Dana Oster", "the tailings dam is safe", 1},
		{"he's predicting: a progressive with a curly apostrophe",
			"Captain Ivo Marek has flown the Lunmoor route for years.\n\nHe\u2019s predicting the airline will drop the route by spring.",
			"Ivo Marek", "the airline will drop the route", 1},
		{"she's argued inside a subordinate clause",
			"Vera Lindqvist chairs the Harbour Bank.\n\nWhile she's argued that rates must rise, the board held them.",
			"Vera Lindqvist", "rates must rise", 1},
		{"he'd told: a pluperfect",
			"Tomas Brill leads the Ostrava nurses' union.\n\nHe'd told the ministry the wards were understaffed.",
			"Tomas Brill", "the wards were understaffed", 1},
		{"she's been saying",
			"Dana Oster, the Green candidate, spoke in Fredville.\n\nShe's been saying for months that the count was rigged.",
			"Dana Oster", "the count was rigged", 1},
		{"it's said is impersonal",
			"It's said the border post at Sarn Gate was abandoned.",
			"", "", 0},
	})
}

// TestRecallContinuedReports covers a report continued by a participle
// (", saying …", ", calling …") whose main verb reports nothing and
// which subjectAtt did not read: a verb the lexicon also knows as a
// noun before its particle ("hit back", "cut into"), a clause opened by
// an adverb ("Then Oster …"), an adverb between an apposition's comma
// and an unknown verb, an unknown verb after a common noun; and the
// subjects that are not the speaker's.
func TestRecallContinuedReports(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a noun-like verb before its particle",
			"Harbour master Ivo Marek hit back on Friday, saying the port was safe for tankers.",
			"Ivo Marek", "the port was safe for tankers", 1},
		{"an adverb opens the clause",
			"Then Dana Oster cut into the mining minister, calling him a coward.",
			"Dana Oster", "him a coward", 1},
		{"an adverb between an apposition and an unknown verb",
			"Vera Lindqvist, in an interview on Friday, barely dwelled on her rivals at the Harbour Bank, saying that she was already looking ahead to the vote.",
			"Vera Lindqvist", "she was already looking ahead", 1},
		{"an unknown verb after a common noun",
			"A spokesman for the ferry line grumbled about the new levy, saying it would ruin the crossing.",
			"ferry line", "it would ruin the crossing", 1},
		{"a noun after a possessive is no verb",
			"Marek's run for the council in Kessel, saying little about the tailings dam, ended in May.",
			"", "", 0},
		{"a verb before 'to' is read as before",
			"Dana Oster needs to sell herself and tell more jokes.",
			"", "", 0},
		{"another subject's clause between verb and report",
			"The crowd cheered at the rally in Kessel when Ivo Marek spotted a banner and asked for it to be brought to him.",
			"", "", 0},
	})
}

// TestRecallDocumentSaying covers the document a speaker put out, set
// before the participle that says what it says (issuedSaying): an
// email, an advertisement, a response, with their addressees between
// ("an email to supporters saying").
func TestRecallDocumentSaying(t *testing.T) {
	checkFrames(t, []frameCase{
		{"an email with a time after it",
			"The Oster campaign sent out a fundraising email on Tuesday saying that the Kessel mine would close.",
			"Oster campaign", "the Kessel mine would close", 1},
		{"an email to its addressees",
			"Dana Oster sent an email to supporters saying the count in Lunmoor was not over.",
			"Dana Oster", "the count in Lunmoor was not over", 1},
		{"an advertisement aired",
			"Halden Mills aired a radio ad saying the steel levy would cost the valley 900 jobs.",
			"Halden Mills", "the steel levy would cost", 1},
		{"a response",
			"Skyrail released a response saying its pilots had been trained on the new jets.",
			"Skyrail", "its pilots had been trained", 1},
		{"an ad bought is no document put out",
			"Halden Mills bought a radio ad saying nothing.",
			"", "", 0},
	})
}

// TestRecallSetOffContinuer covers a participle that continues a
// report set off by a dash or by a comma and an "-ly" adverb
// (splitClauses, setOffContinuer).
func TestRecallSetOffContinuer(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a comma and an adverb",
			"Ivo Marek attacked the Kessel port authority, pointedly saying the harbour was not safe for tankers.",
			"Ivo Marek", "the harbour was not safe", 1},
		{"an en dash",
			"Dana Oster changed her vote on the spot \u2013 saying she would back the Lunmoor runway after all.",
			"Dana Oster", "she would back the Lunmoor runway", 1},
		{"an em dash",
			"Vera Lindqvist stood firm on rates \u2014 insisting the Harbour Bank would not cut them this year.",
			"Vera Lindqvist", "the Harbour Bank would not cut them", 1},
		{"a dash pair around an aside is no continuation",
			"Ivo Marek \u2014 smiling \u2014 left the hall.",
			"", "", 0},
	})
}

// TestRecallHeadlineColon covers a first line that credits its
// statement to a person by the surname the body introduces later
// ("Marek: …", a title-case "Marek Says …", "Oster Slams …"): it is read again, for that
// frame alone, once the body has named the person (headlineColon). A
// label ("Live:", "Poll:") is nobody's.
func TestRecallHeadlineColon(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a headline in title case",
			"Marek: Port Tax Will Ruin Kessel\n\nHarbour master Ivo Marek said on Monday the new port tax would drive the tankers away.",
			"Ivo Marek", "Port Tax Will Ruin Kessel", 2},
		{"a quotation after the colon",
			"Oster: \u2018We Will Rebuild the Tailings Dam\u2019\n\nDana Oster, the mine's chief, told reporters the dam would be rebuilt by spring.",
			"Dana Oster", "We Will Rebuild the Tailings Dam", 2},
		{"a headline in sentence case",
			"Lindqvist: rates will not fall this year.\n\nVera Lindqvist, who chairs the Harbour Bank, said inflation was still too high.",
			"Vera Lindqvist", "rates will not fall this year", 2},
		{"a label is nobody's",
			"Live: Kessel dam breaks after the storm\n\nDana Oster, the mine's chief, told reporters the dam would be rebuilt by spring.",
			"Dana Oster", "the dam would be rebuilt", 1},
		{"a title-case headline's 'Name Says …'",
			"Marek Says Port Tax Will Ruin Kessel\n\nHarbour master Ivo Marek said on Monday the new port tax would drive the tankers away.",
			"Ivo Marek", "Port Tax Will Ruin Kessel", 2},
		{"a title-case headline's 'Name Says …' with a quotation",
			"Oster Says Dam Repairs Will Take \u2018Years, Not Months\u2019\n\nDana Oster, the mine's chief, told reporters the dam would be rebuilt slowly.",
			"Dana Oster", "Dam Repairs Will Take", 2},
		{"a headline in sentence case is left as it was",
			"Marek says port tax will ruin Kessel\n\nHarbour master Ivo Marek said on Monday the new port tax would drive the tankers away.",
			"Ivo Marek", "the new port tax", 1},
		{"a state's 'Says' is no person's",
			"Tarvania Says Oskeldi Jets Violated Its Airspace\n\nTarvania's defence ministry said on Monday two Oskeldi jets crossed the border.",
			"Tarvanian Defence Ministry", "two Oskeldi jets", 1},
		{"a poll is no person's: the candidate's report is hers",
			"Poll: Oster leads Marek in Lunmoor\n\nDana Oster, the Green candidate, told reporters the count would be close.",
			"Dana Oster", "the count would be close", 2},
		{"a poll is no person's: the headline is the poll's (headlineDocs)",
			"Poll: Oster leads Marek in Lunmoor\n\nDana Oster, the Green candidate, told reporters the count would be close.",
			"Poll", "Oster leads Marek in Lunmoor", 2},
		{"a report's headline is its author's when the body names one",
			"Report: Ostrian troops shelled Lunmoor market\n\nOstrian troops shelled a market in Lunmoor on Tuesday, according to a report by the Kessel Institute.",
			"Kessel Institute", "Ostrian troops shelled Lunmoor market", 2},
		{"guard: 'Probe:' heads news of an inquiry, no finding",
			"Probe: Former harbour chief Marek to testify Thursday\n\nFormer harbour chief Ivo Marek will testify before the port inquiry on Thursday, his lawyer said.",
			"his lawyer", "Ivo Marek will testify", 1},
		{"guard: 'Inquiry:' labels live coverage",
			"Inquiry: Day three live updates\n\nThe inquiry into the Lunmoor ferry fire resumed on Wednesday, the port board said.",
			"port board", "resumed on Wednesday", 1},
		{"guard: 'Audit:' heads a question",
			"Audit: What went wrong at the Kessel pier\n\nHarbour master Ivo Marek said on Monday the pier would stay closed until spring.",
			"Ivo Marek", "the pier would stay closed", 1},
		{"a title-case headline's other reporting verb",
			"Oster Slams Ferry Operator Over Winter Delays\n\nDana Oster, the harbour commissioner, told reporters the port would fine the operator.",
			"Dana Oster", "Ferry Operator Over Winter Delays", 2},
		{"a title-case endorsement",
			"Union Chief Anna Kessler Endorses Marek for Governor\n\nAnna Kessler, who leads the Lunmoor miners' union, said Ivo Marek would protect the pits.",
			"Anna Kessler", "Marek for Governor", 2},
		{"a thing that 'claims' is no person's",
			"Winter Storm Claims Two Ferries Off Kessel\n\nHarbour master Ivo Marek said on Monday both crews were rescued.",
			"Ivo Marek", "both crews were rescued", 1},
	})
}

// TestRecallAtLeast covers a share or a count of a group opened by "at
// least" or "at most" as the subject of a report: the subject phrase
// read "least" as a noun and began a word too late.
func TestRecallAtLeast(t *testing.T) {
	checkFrames(t, []frameCase{
		{"at least half of a group",
			"At least half of voters in each Lunmoor district say the tailings dam should close.",
			"At least half of voters in each Lunmoor district", "the tailings dam should close", 1},
		{"at least a number",
			"At least 40 nurses at Kessel General said they had worked unpaid overtime.",
			"At least 40 nurses at Kessel General", "they had worked unpaid overtime", 1},
		{"at least as an adverb of the content",
			"At least the dam held through the storm, Ivo Marek said.",
			"Ivo Marek", "the dam held", 1},
	})
}

// TestThatClauseJudgements covers verbs of judgement and inference that
// report only before a "that" clause, and the time phrase a reporting
// verb of evidence may carry before its clause (both counted among
// PolNeAR train's missed attributions).
func TestThatClauseJudgements(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a court ruled that",
			"The maritime court ruled that the Halvorsen Line must pay its stranded crews.",
			"maritime court", "must pay its stranded crews", 1},
		{"ruled on a day that",
			"The election board ruled on Tuesday that the Fredville ballots were valid.",
			"election board", "the Fredville ballots were valid", 1},
		{"recognized that",
			"Senator Dana Oster recognized that the fuel levy would hurt small airlines.",
			"Dana Oster", "would hurt small airlines", 1},
		{"hinted that",
			"The central bank governor, Ivo Marek, hinted that rates would rise in the spring.",
			"Ivo Marek", "rates would rise in the spring", 1},
		{"speculated that",
			"Dana Oster speculated that the border clashes would spread to the southern valleys.",
			"Dana Oster", "would spread to the southern valleys", 1},
		{"investigators determined that",
			"Aviation investigators determined that the pilot had ignored two stall warnings.",
			"Aviation investigators", "had ignored two stall warnings", 1},
		{"a finding with a time phrase before that",
			"The inspectors concluded last month that the mine had been careless with its ventilation logs.",
			"inspectors", "careless with its ventilation logs", 1},
		{"ruled a country reports nothing",
			"The Oster family ruled the province for forty years.",
			"", "", 0},
		{"recognized a government reports nothing",
			"Norrland recognized the new government in Valmora.",
			"", "", 0},
		{"a forecast of rain reports nothing",
			"Forecasters forecast heavy rain for the harbour on Friday.",
			"", "", 0},
		{"a rule that is a noun",
			"The rule that ships must carry two pilots dates from 1990.",
			"", "", 0},
	})
}

// TestStanceThat covers a view told by a predicate instead of a reporting
// verb before its "that" clause ("is confident that", "made it clear
// that") or a clause with no "that" ("is hopeful it can", "is convinced
// the board had"), counted among PolNeAR train's missed attributions.
func TestStanceThat(t *testing.T) {
	checkFrames(t, []frameCase{
		{"is confident that",
			"Dana Oster is confident that the Fredville mine will reopen before winter.",
			"Dana Oster", "will reopen before winter", 1},
		{"remains convinced that, an adverb before the adjective",
			"The airline's chief executive, Ivo Marek, remains firmly convinced that the merger will pass.",
			"Ivo Marek", "the merger will pass", 1},
		{"was adamant that",
			"Captain Anna Halvorsen was adamant that the ferry had not been overloaded.",
			"Anna Halvorsen", "had not been overloaded", 1},
		{"made it clear that",
			"Senator Ivo Marek made it clear that he would not back the harbour levy.",
			"Ivo Marek", "would not back the harbour levy", 1},
		{"has made clear that",
			"The Norvia Mining Company has made clear that the north shaft will stay closed.",
			"Norvia Mining Company", "the north shaft will stay closed", 1},
		{"an expletive subject is the story's voice",
			"The Halvorsen Line runs ferries to Fredville. It is certain that the ferry will sail late.",
			"", "", 0},
		{"a negated stance withholds its clause",
			"Dana Oster, the port commissioner, is not convinced that the levy will pass.",
			"", "", 0},
		{"clear without a clause reports nothing",
			"The harbour water was clear that morning.",
			"", "", 0},
		{"no that, a pronoun opens the clause",
			"Voters in Ostby go to the polls on Sunday.\n\nThe border farmers' party is hopeful it can take three seats in the north.",
			"border farmers' party", "take three seats in the north", 1},
		{"no that, a noun phrase and an auxiliary",
			"The Fredville mine closed in March.\n\nDana Oster is convinced the mining board had hidden the flood reports.",
			"Dana Oster", "had hidden the flood reports", 1},
		{"no that, a name and a modal",
			"Airlines at Aldmoor face new landing fees.\n\nIvo Marek was skeptical Halvorsen can keep the cargo carriers.",
			"Ivo Marek", "keep the cargo carriers", 1},
		{"a stance word before a preposition takes no clause",
			"The Fredville mine closed in March.\n\nThe miners were worried about the cost of the new shaft.",
			"", "", 0},
	})
}

// TestColonVerbQuote covers a quotation set after a colon that closes
// its speaker's clause, whatever the verb ("boomed:", "shot back:", "was
// blunt:"), counted among PolNeAR train's missed attributions.
func TestColonVerbQuote(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a verb of manner before the colon",
			"The crowd in Fredville was restless. Ivo Marek leaned in and boomed: \u201cWe will win this port back in November.\u201d",
			"Ivo Marek", "We will win this port back", 1},
		{"a verb with a particle",
			"The Norvia Mining Company shot back: \u201cThe shaft was inspected twice this year.\u201d",
			"Norvia Mining Company", "inspected twice this year", 1},
		{"a copula and an adjective, after an aside",
			"Dana Oster, who runs the Fredville harbour, was blunt: \u201cThe levy will sink every small shipper.\u201d",
			"Dana Oster", "will sink every small shipper", 1},
		{"as X put it",
			"As the pilots' union leader Anna Halvorsen put it: \u201cThe airline is flying on borrowed time.\u201d",
			"Anna Halvorsen", "flying on borrowed time", 1},
		{"after an opening question",
			"Asked which border crossing was safest, General Ivo Marek demurred: \u201cWhichever one I am standing at.\u201d",
			"Ivo Marek", "Whichever one I am standing at", 1},
		{"an existential subject speaks for nobody",
			"Each season there is a threat many miners make: \u201cIf the price falls, we strike.\u201d",
			"", "", 0},
		{"an expletive subject speaks for nobody",
			"The Halvorsen Line lost two ferries. It was simple: \u201cNo ship, no route.\u201d",
			"", "", 0},
	})
}

// TestOwnedThat covers a statement named by its owner's possessive (a
// name's, "his" or "her") before its "that" clause, with no reporting
// verb ("Despite Marek's claims that …"), counted among PolNeAR train's
// missed attributions.
func TestOwnedThat(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a claim owned by a person named before, up to its comma",
			"Ivo Marek owns three ferries. Despite Marek's claims that his fleet is the safest in the gulf, two of his ships failed inspection.",
			"Ivo Marek", "his fleet is the safest in the gulf", 1},
		{"an assertion with a modifier",
			"Dana Oster runs the Kessel mine. Oster's earlier assertion that the north shaft was sound drew scorn from the inspectors.",
			"Dana Oster", "the north shaft was sound", 1},
		{"a company's promise",
			"The Halvorsen Line runs ferries to Fredville. The Halvorsen Line's promise that fares would fall by spring drew doubts from commuters.",
			"Halvorsen Line", "fares would fall by spring", 1},
		{"his: the person he would stand for",
			"Ivo Marek owns three ferries. Despite his claims that the fleet is the safest in the gulf, two of his ships failed inspection.",
			"Ivo Marek", "the fleet is the safest in the gulf", 1},
		{"her, before a modifier",
			"Dana Oster runs the Kessel mine. Her repeated insistence that the north shaft was sound angered the inspectors.",
			"Dana Oster", "the north shaft was sound", 1},
		{"a claim noun without a clause reports nothing",
			"Ivo Marek owns three ferries. Marek's claims about the fleet were examined by the harbour board.",
			"", "", 0},
		{"an owner nobody named reports nothing",
			"The statement's suggestion that fares would rise surprised commuters in Fredville.",
			"", "", 0},
	})
}

// TestOwnedThatGender checks that "her claim that …" takes the woman
// the article called "she", not the man named last whose gender it
// never gave, and that reading the owner leaves who "he" stands for next
// as it was.
func TestOwnedThatGender(t *testing.T) {
	text := "Ivo Marek, the senator's former adviser, wrote on Monday that Dana Oster had been wrong. She doubled down on her claim that the ferry tax would pay for the bridge. \"I was hired to tell the truth,\" he said."
	res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(text)})
	for _, c := range res.Claims {
		switch {
		case strings.HasPrefix(c.Text, "the ferry tax") && c.Speaker != "Dana Oster":
			t.Errorf("her claim by %q, want Dana Oster:%s", c.Speaker, describe(res.Claims))
		case strings.Contains(c.Text, "hired to tell") && c.Speaker != "Ivo Marek":
			t.Errorf("\"he said\" by %q, want Ivo Marek:%s", c.Speaker, describe(res.Claims))
		}
	}
}

// TestTimeOpenerBeforeName covers an opening phrase of time with no
// comma before a named subject: a season ("Last autumn"), a lone time
// word ("Yesterday"), a month or a year after a preposition ("In March",
// "In 2031"). The month joined the name ("March Tom Berg") or the report
// was nobody's; a month after the head noun ends no name.
func TestTimeOpenerBeforeName(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a season after 'last'",
			"Last autumn Dolmir accused Arvenna of diverting water from the Selva canal.",
			"Dolmir", "diverting water", 1},
		{"a lone time word",
			"Yesterday Tom Berg said the canal was dry.",
			"Tom Berg", "the canal was dry", 1},
		{"a month after 'in'",
			"In March Tom Berg, the mayor of Orsk, said the canal was dry.",
			"Tom Berg", "the canal was dry", 1},
		{"a year after 'in'",
			"In 2031 Tom Berg said that the canal was dry.",
			"Tom Berg", "the canal was dry", 1},
		{"a month then a one-word name",
			"In June Kessund accused Arvenna of diverting water from the canal.",
			"Kessund", "diverting water", 1},
		{"a month after the head noun: the report stays the poll's",
			"A Courier poll in December found that most farmers backed the canal deal.",
			"Courier poll", "most farmers backed", 1},
	})
}
