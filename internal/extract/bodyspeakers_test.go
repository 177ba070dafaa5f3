package extract

import "testing"

// TestBareNounSubject checks that an event verb's bare form after a
// determiner or a singular noun, with a verb and "through" after it ("a
// car bomb tore through the market"), is the subject's noun: the event
// is named by the place it went through, a bomb's as a bombing, not by
// the verb after it taken as an object ("tore strike"). After a plural
// the bare form is the verb; a verb of the toll ("kills at least 19")
// goes through no place.
func TestBareNounSubject(t *testing.T) {
	body := "\n\nThe Red Hill Brigade said the bomb was the work of the Lowland Guard. The Lowland Guard said the Red Hill Brigade had planted the bomb."
	runTopicRows(t, []topicRow{
		{"a car bomb tore through", "", "A car bomb tore through the fish market in Delmar on Sunday, killing nine people." + body,
			[]string{"market bombing", "market bombing"}},
		{"a bomb ripped through", "", "A bomb ripped through a crowded bus station in Delmar on Sunday, killing nine people." + body,
			[]string{"station bombing", "station bombing"}},
		// guards: a plural subject before the verb's bare form; a
		// headline's toll after the bomb
		{"guard: the fighters bomb villages", "", "Lowland Guard fighters bomb villages across the Delmar valley every night, the Red Hill Brigade said on Sunday. The Lowland Guard said the Red Hill Brigade had shelled the bridge.",
			[]string{"village shelling", "bridge shelling"}},
		{"guard: a headline's toll", "Car bomb kills at least 19 in Vellish market town; rival militias trade blame",
			"Car bomb kills at least 19 in Vellish market town; rival militias trade blame\n\nDELMAR, Velland - A car bomb killed at least 19 people in the market town of Delmar on Sunday. The Red Hill Brigade said the bomb was the work of the Lowland Guard. The Lowland Guard said the Red Hill Brigade had planted it.",
			[]string{"general", "general"}},
	})
}

// TestOrganWordsAsTail checks that "the Defence Force", capitalised,
// after the article named a body whose name ends in those words (the
// Lowland Defence Force), is that body called again by its last words,
// as "the Brigade" is, not the dateline state's own force; with no such
// body it stays the state's organ.
func TestOrganWordsAsTail(t *testing.T) {
	lead := "DELMAR, Velland - A bomb exploded in the market of Delmar on Sunday, killing nine people.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"the body's last words", lead + "The Red Hill Brigade said the bomb was the work of the Lowland Defence Force.\n\nThe Defence Force said the Brigade had planted the bomb.",
			"the Brigade had planted", "Lowland Defence Force", "Lowland Defence Force"},
		// guard: no body of the article ends in "Defence Force"
		{"guard: the state's own force", lead + "The Red Hill Brigade said the bomb was the work of the Lowland Guard.\n\nThe Defence Force said the Brigade had planted the bomb.",
			"the Brigade had planted", "Velland government", "Velland"},
	})
}

// TestItKeepsTheBody checks that a sentence whose subject "it" took up
// the body the sentence before was about is itself about that body: an
// "It" opening the next sentence is the same body's, not the party the
// sentence named as its object.
func TestItKeepsTheBody(t *testing.T) {
	lead := "DELMAR, Velland - A bomb exploded in the market of Delmar on Sunday, killing nine people.\n\nThe Red Hill Brigade said the bomb was the work of the Lowland Guard.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"it, then It", lead + "The Lowland Guard told a different story. In a statement, it blamed the Brigade for the attack. It denied having any men in the town.",
			"denied having any men", "Lowland Guard", "Lowland Guard"},
		// scope: a sentence between that names its own subject takes "It"
		{"scope: a named subject between", lead + "The Lowland Guard told a different story. In a statement, it blamed the Brigade for the attack. The Red Hill Brigade rejected the charge. It denied having any men in the town.",
			"denied having any men", "Red Hill Brigade", "Red Hill Brigade"},
	})
}

// TestStatementSignatory checks that a statement quoted as the speaker
// with "signed by" a description and a person's name after it ("said
// the statement, signed by the group's political officer, Mara Tesk")
// is that person's, for the body whose statement it is; signed by no
// one named, it stays the body's.
func TestStatementSignatory(t *testing.T) {
	lead := "DELMAR, Velland - The Red Hill Brigade and the Lowland Guard accused each other on Sunday of blocking the aid convoy.\n\nThe Lowland Guard hit back in a statement posted on its channel. The group accused the Brigade of stealing the food.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"signed by a description, then the name", lead + "\"We have stopped no truck,\" said the statement, signed by the group's political officer, Mara Tesk.",
			"We have stopped no truck", "Mara Tesk", "Lowland Guard"},
		// guard: signed by a body's organ, no person named after it
		{"guard: signed by no one named", lead + "\"We have stopped no truck,\" said the statement, signed by the group's political council, on Monday.",
			"We have stopped no truck", "Lowland Guard", "Lowland Guard"},
	})
}

// TestLongNameFromThe checks that a body's name of four words before an
// apposition of its kind ("The Ostrow Press Freedom Institute, a
// monitoring group,"), whose inner word is a title's ("Press"), is the
// whole name from "the", not its last words; a title's words before a
// person's name ("the Deputy Press Secretary Ada Roen, a lawyer,") make
// no body's name.
func TestLongNameFromThe(t *testing.T) {
	lead := "DORRIN, Velland - Velland's Ministry of Information revoked the licence of the news channel Kanal 9 on Friday.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"press in a long name", lead + "The Ostrow Press Freedom Institute, a monitoring group, said it had examined the complaints.",
			"it had examined the complaints", "Ostrow Press Freedom Institute", "Ostrow Press Freedom Institute"},
		{"security in a long name", lead + "The Harbin Security Studies Centre, a research group, said the channel had broken no rule.",
			"the channel had broken no rule", "Harbin Security Studies Centre", "Harbin Security Studies Centre"},
		// scope: a title's words before a person's name, described as
		// no body, make no body's name
		{"scope: a title first", lead + "The Deputy Press Secretary Ada Roen, a lawyer, said the channel had broken no rule.",
			"the channel had broken no rule", "Ada Roen", ""},
	})
}

// TestSpokesmanInTwoWordPlace checks that a role "in" a place of two
// words with the person's name in apposition after it ("A navy
// spokesman in Port Alloway, Commander Teodric Vail, said") is that
// person's, as with a place of one word, not the place read as a name;
// a relative clause in apposition names no person.
func TestSpokesmanInTwoWordPlace(t *testing.T) {
	lead := "KESTRAM, Querrand, March 14 (Wirenews) - Querrand and Maltessa accused each other's navies of causing a fire on a tanker.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"two-word place, then the name", lead + "A navy spokesman in Port Alloway, Commander Teodric Vail, said the nearest vessel was far away.",
			"the nearest vessel was far away", "Teodric Vail", "Querrand"},
		{"one-word place, then the name", lead + "A navy spokesman in Dorrin, Commander Teodric Vail, said the nearest vessel was far away.",
			"the nearest vessel was far away", "Teodric Vail", "Querrand"},
		// guard: a relative clause in apposition names no person; the
		// body after "at" is the speaker's side
		{"guard: a relative clause", "An engineer at Dorvel Air, who asked not to be named because the airline does not comment on investigations, told reporters the engine had been serviced twice.",
			"the engine had been serviced twice", "Dorvel Air", ""},
	})
}

// TestDoctorTitle checks that "the doctor" after a person titled "Dr",
// with or without the stop British news drops, is that person, as "the
// general" after "Gen." is.
func TestDoctorTitle(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"Dr without a stop", "Dr Ada Roen, who ran the clinic at Dorrin jail, disputed the lawyer's account.\n\nThe doctor said she had asked the governor for permission to treat him.",
			"she had asked the governor", "Ada Roen", ""},
		{"Dr. with a stop", "Dr. Ada Roen, who ran the clinic at Dorrin jail, disputed the lawyer's account.\n\nThe doctor said she had asked the governor for permission to treat him.",
			"she had asked the governor", "Ada Roen", ""},
		// scope: no person so titled, the description as written
		{"scope: a lawyer named", "Ada Roen, a lawyer, disputed the prison's account.\n\nThe doctor said the governor had refused to treat him.",
			"the governor had refused", "doctor", ""},
	})
}
