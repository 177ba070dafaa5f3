package extract

import "testing"

// TestSubjectModifiers covers subject phrases of reporting verbs that
// news writes with a word the lexicon reads as no noun's modifier, each
// counted among PolNeAR train's missed attributions: a tied source's
// phrase that ends in an object pronoun ("a source close to him"), a
// preposition used as an adjective ("an inside source"), a verb's bare
// form or an "-ing" word before a plural noun ("some protest leaders",
// "But hacking specialists say"), a document's irregular participle ("a
// memo seen by the Courier").
func TestSubjectModifiers(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a tied source ending in him",
			"The board will delay the vote on the dam, a source close to him said.",
			"source close to him", "delay the vote", 1},
		{"a tied source ending in her, before the verb",
			"A person close to her said the board would delay the vote on the dam.",
			"person close to her", "delay the vote", 1},
		{"an inside source as an aside",
			"The plan, an inside source said, is to delay the vote on the dam.",
			"inside source", "delay the vote", 1},
		{"a bare verb before a plural after a determiner",
			"Some protest leaders said they would march to the Fredville port on Monday.",
			"Some protest leaders", "march to the Fredville port", 1},
		{"an -ing word before a plural after but",
			"But hacking specialists say the leaked files from the Fredville council may be forged.",
			"hacking specialists", "may be forged", 1},
		{"a document's irregular participle",
			"A memo seen by the Fredville Courier said inspectors could not find the missing files.",
			"memo", "could not find the missing files", 1},
		// guards: the word has a subject of its own and is its verb
		{"a bare verb after its own subject is the verb",
			"Residents protest officials who said the Fredville dam was safe.",
			"officials", "the Fredville dam was safe", 1},
		{"an -ing word before a plural of things names no speaker",
			"The main issue will be that rising rates will support a stronger Fredville currency.",
			"", "", 0},
		{"an -ing word after a verb is the verb",
			"Dana Oster kept meeting officials who said the Fredville dam was safe.",
			"officials", "the Fredville dam was safe", 1},
	})
}

// TestDocumentAndAppositionSays covers the -s forms of reporting verbs
// that are nouns in the bare plural ("notes", "states", "claims"), read
// as verbs only after a name or a pronoun: after a document's noun that
// a determiner sets ("the paper notes", "the suit claims") and after an
// apposition before "that" ("Gerry Malden, a consultant, notes that").
func TestDocumentAndAppositionSays(t *testing.T) {
	checkFrames(t, []frameCase{
		{"the paper notes",
			"For instance, the paper notes the council monitors every well in Fredville.",
			"paper", "monitors every well", 1},
		{"the suit claims that",
			"The suit claims that the Fredville council hid the cost of the dam.",
			"suit", "hid the cost of the dam", 1},
		{"the document states as an aside",
			"\"Family leave,\" the document states, becomes available \"after one year of employment at the Fredville plant.\"",
			"document", "becomes available", 1},
		{"an apposition, then notes that",
			"Dana Oster, a Fredville consultant, notes that winning a fifth of the vote is enough to qualify.",
			"Dana Oster", "winning a fifth of the vote", 1},
		// guards: the plural noun of a document's phrase
		{"claims of after a document's noun are the noun's",
			"The ad claims of fraud in the Fredville vote went unanswered.",
			"", "", 0},
		{"notes without that after an apposition are a noun",
			"Dana Oster, a Fredville consultant, notes in hand, walked into the hall.",
			"", "", 0},
	})
}

// TestModifiedSubject covers a subject's noun of people with a
// participle's or an infinitive's phrase after it and no commas ("Council
// members supporting the bill said", "Protesters marching through the
// streets chanted"): the verb's nearest phrase was the modifier's object.
func TestModifiedSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a participle's phrase after members",
			"Council members supporting the Fredville dam bill said the vote would pass easily.",
			"Council members", "the vote would pass", 1},
		{"a participle's phrase after a capitalised plural",
			"Protesters marching through the streets of Fredville chanted \"What curfew?\" and kept going until dawn.",
			"Protesters", "What curfew", 1},
		// guard: a pronoun inside the phrase heads a clause of its own
		{"a pronoun after the infinitive is its own clause's subject",
			"Now it is up to Dana Oster and the Fredville leadership to make sure everyone knows how the mayor caused the flood.",
			"", "", 0},
	})
}

// TestMediumReportsAct covers a medium's report whose content holds a
// speaker's act inside a subordinate clause ("The Herald reported the
// email came hours after X proposed a ban"): what the medium reports is
// its own; only a report it relays ("reported the mayor said …") is the
// other speaker's.
func TestMediumReportsAct(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a proposal after a subordinating word is part of the report",
			"The Fredville Herald reported the email came hours after Dana Oster proposed a ban on new mines.",
			"Fredville Herald", "the email came hours after", 1},
		{"a proposal before a subordinating word is part of the report",
			"The Fredville Herald reported the vote was delayed because Dana Oster announced a new inquiry into the dam.",
			"Fredville Herald", "the vote was delayed", 1},
		// guard: a relayed report is not the medium's own
		{"a relayed report is not the medium's",
			"The Fredville Herald reported the mayor said the dam was safe.",
			"", "", 0},
	})
}

// TestGroupPluralThey covers "they" after a capitalised plural of a
// party's or a creed's members that the reading of names took for a
// one-word name ("Several Democrats said …. They also said …"): a
// person is no plural, so "they" stood for nobody and the report was
// lost.
func TestGroupPluralThey(t *testing.T) {
	checkFrames(t, []frameCase{
		{"they after several Libertarians",
			"Several Libertarians said the Fredville dam leaks. They also said the council ignored their letters about the dam.",
			"Libertarians", "the council ignored their letters", 2},
		// guard: a surname in -s is a person, whom "they" does not stand for
		{"they after a one-word surname in -s",
			"Jenkins said the Fredville dam leaks. They also said the council ignored their letters about the dam.",
			"Jenkins", "the Fredville dam leaks", 1},
		// guard: another speaker between the plural and "they" (here a
		// firm read as a person's name): they are not the Libertarians
		{"they after another speaker who came after the plural",
			"Several Libertarians said the Fredville dam leaks. The engineers, Brill Design, said the dam was sound. They added that the council had ignored the engineers' letters.",
			"Brill Design", "the dam was sound", 2},
		// guard: a sentence between whose subject is another plural
		{"they after a plural and a sentence of another plural",
			"Several Libertarians said the Fredville dam leaks. Their neighbours appealed for help. They said the council ignored their letters about the dam.",
			"Libertarians", "the Fredville dam leaks", 1},
	})
}
