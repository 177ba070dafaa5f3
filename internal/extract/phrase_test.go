package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestNameAfterPreposition checks that a name after a preposition in the
// speaker's phrase is the place or body the speaker is of, not the
// speaker: the person named in apposition speaks, or the description
// does; a name that is the phrase's own head keeps speaking.
func TestNameAfterPreposition(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a description with a university, then the person",
			"Cable row\n\nA maritime law expert at the University of Varsk, Dr. Lotte Brandt, said it would be hard to prove intent.",
			"hard to prove intent", "Lotte Brandt", ""},
		{"a description with a two-word institution, then the person",
			"Cable row\n\nA professor of economics at Ormel University, Jonas Tiel, said the levy would fail.",
			"levy would fail", "Jonas Tiel", ""},
		{"the head of a named museum, then the person",
			"Cable row\n\nThe director of the Harlow Museum, Anselm Pike, said the levy would fail.",
			"levy would fail", "Anselm Pike", ""},
		{"a resident of a town, then the person",
			"Cable row\n\nA resident of Dunmere, Tova Link, said the levy would fail.",
			"levy would fail", "Tova Link", ""},
		{"officials in a town no list names",
			"Cable row\n\nOfficials in Dunmere say the levy would fail.",
			"levy would fail", "Dunmere officials", ""},
		{"a person at a publication",
			"Cable row\n\nDan Moss at the Ormel Review said the levy would fail.",
			"levy would fail", "Dan Moss", ""},
		{"a spokeswoman for a company, then the person: her name is no company's",
			"Cable row\n\nA spokeswoman for the Varn company, Ella Dorn, said the levy would fail.",
			"levy would fail", "Ella Dorn", ""},
		{"an economist at a bank, then the person: no side of her own name",
			"Cable row\n\nAn economist at the central bank, Ada Ferro, said the levy would fail.",
			"levy would fail", "Ada Ferro", ""},
		// guards: no place to put first
		{"people in a month are of no place",
			"Cable row\n\nFederal prosecutors in April said the levy would fail.",
			"levy would fail", "Federal prosecutors in April", ""},
		{"a thing described by more than nouns before its place",
			"Cable row\n\nA study analyzing Tova Link's speeches at Dunmere rallies said the levy would fail.",
			"levy would fail", "study analyzing Tova Link's speeches at Dunmere rallies", ""},
		// guards: the name is the phrase's head
		{"a title with its place before the name",
			"Cable row\n\nMayor of Dunmere Tova Link said the levy would fail.",
			"levy would fail", "Dunmere Tova Link", ""},
		{"a company described, then named in apposition",
			"Cable row\n\nThe country's largest shipping company, Halvor Lines, said the levy would fail.",
			"levy would fail", "Halvor Lines", "Halvor Lines"},
	})
}

// TestBodyReferBack checks that a state's body or a company named once
// is what a later bare reference means: "the coast guard" after
// "Varsk's coast guard", "a company spokesman" after the company spoke.
func TestBodyReferBack(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"the coast guard after the state's coast guard",
			"Cable row\n\nVarsk's coast guard said the beacon went silent.\n\nThe coast guard said its boats had found a furrow.",
			"found a furrow", "coast guard", "Varsk"},
		{"the border guard after the state's border guard",
			"Cable row\n\nAccording to Varsk's border guard, the convoy turned back.\n\nThe border guard said two drivers were detained.",
			"drivers were detained", "border guard", "Varsk"},
		{"a company spokesman after the company spoke",
			"Cable row\n\nThe line's operator, Tessel Telecom, said repairs would take ten days.\n\nA company spokesman said the damage was consistent with an anchor strike.",
			"anchor strike", "Tessel Telecom", "Tessel Telecom"},
		// guards
		{"a company spokesman with no company before stays a description",
			"Cable row\n\nA company spokesman said the damage was consistent with an anchor strike.",
			"anchor strike", "company spokesman", ""},
		{"a party spokesman is no company's",
			"Cable row\n\nThe line's operator, Tessel Telecom, said repairs would take ten days.\n\nA party spokesman said the damage was consistent with an anchor strike.",
			"anchor strike", "party spokesman", ""},
	})
}

// TestLiveEntries checks that a live page's time stamp does not hide the
// source that opens its entry, and that a description naming a person
// with "named" gives the person.
func TestLiveEntries(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a time stamp and a dash before according to",
			"Swap collapses\n\n18:40 - According to the Tessel Relief Agency, none of the prisoners was hurt.",
			"none of the prisoners", "Tessel Relief Agency", "Tessel Relief Agency"},
		// the stamps of stampLead, the one recogniser of an entry's stamp
		{"mining: a dated stamp before according to",
			"Pit flooded\n\nMar 3, 07:15 - According to the Garrow Miners Union, the pumps failed at midnight.",
			"the pumps failed", "Garrow Miners Union", "Garrow Miners Union"},
		{"shipping: a stamp in local time before according to",
			"Ferry aground\n\n6.15 pm local time – According to the Skellin Port Authority, the ferry lost power.",
			"the ferry lost power", "Skellin Port Authority", "Skellin Port Authority"},
		{"a description naming the person",
			"Swap collapses\n\nThe mediator, a retired judge from neighbouring Varsk named Oona Brill, said the talks would resume.",
			"talks would resume", "Oona Brill", ""},
		// guards
		{"a later entry's time stamp with a zone",
			"Swap collapses\n\nThe exchange stalled on Monday.\n\nRelatives waited at the crossing.\n\nTalks resume on Thursday.\n\n9.15am GMT – According to the Tessel Relief Agency, none of the prisoners was hurt.",
			"none of the prisoners", "Tessel Relief Agency", "Tessel Relief Agency"},
		{"a score is no time stamp",
			"Swap collapses\n\n2.5 - According to the Tessel Relief Agency, none of the prisoners was hurt.",
			"", "Tessel Relief Agency", ""},
		{"a person who was named to a post",
			"Swap collapses\n\nThe mediator, who was named Judge of the Year, said the talks would resume.",
			"talks would resume", "mediator", ""},
	})
}

// TestAddressedIntro checks that the person a sentence's opening phrase
// says was spoken to is not the "he" who speaks after it.
func TestAddressedIntro(t *testing.T) {
	const before = "Leak row\n\nThe contractor's founder, Tomas Wilk, went further.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"speaking to a newspaper",
			before + "Speaking to the Capital Ledger, he said the bank was looking for a scapegoat.",
			"looking for a scapegoat", "Tomas Wilk", ""},
		{"in an interview with a newspaper",
			before + "In an interview with the Capital Ledger, he said the bank was looking for a scapegoat.",
			"looking for a scapegoat", "Tomas Wilk", ""},
		{"asked by a reporter",
			before + "Asked by Anna Berg of the Ledger about the leak, he said the bank was looking for a scapegoat.",
			"looking for a scapegoat", "Tomas Wilk", ""},
		// guards
		{"according to the person, he is the person",
			"Leak row\n\nAccording to Tomas Wilk, he was never told about the leak.",
			"never told", "Tomas Wilk", ""},
		{"the person named in the sentence speaks",
			before + "After Piet Moll resigned, he said the bank was looking for a scapegoat.",
			"looking for a scapegoat", "Piet Moll", ""},
	})
}

// TestOpeningTimePhrase checks that a named subject after an opening
// phrase of time keeps its side, and that "Its" opening a sentence is
// the possessive of the body that spoke last.
func TestOpeningTimePhrase(t *testing.T) {
	const before = "Spy row\n\nMorvath expelled four Ardlinian diplomats on Tuesday.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"hours later, then the state's minister in apposition",
			before + "Hours later Ardlin's foreign minister, Vera Haskel, said Kelvath had chosen confrontation.",
			"chosen confrontation", "Vera Haskel", "Ardlin"},
		{"a weekday, then the state's minister in apposition",
			before + "On Wednesday Ardlin's foreign minister, Vera Haskel, said Kelvath had chosen confrontation.",
			"chosen confrontation", "Vera Haskel", "Ardlin"},
		{"a count of days later, then a titled name",
			before + "Two days later Ardlin's foreign minister Vera Haskel said Kelvath had chosen confrontation.",
			"chosen confrontation", "Vera Haskel", "Ardlin"},
		{"its embassy after the state spoke",
			before + "Ardlin called the accusations absurd. Its embassy in Ostrel said the diplomats had done nothing wrong.",
			"done nothing wrong", "Ardlinian embassy", "Ardlin"},
		// guards
		{"a comma after the opening phrase",
			before + "Later, Ardlin's foreign minister, Vera Haskel, said Kelvath had chosen confrontation.",
			"chosen confrontation", "Vera Haskel", "Ardlin"},
		{"its in the middle of a sentence",
			before + "Ardlin said its embassy in Ostrel had done nothing wrong.",
			"done nothing wrong", "Ardlinian government", "Ardlin"},
	})
}

// TestPluralSenses checks that a topic alias whose plural is its sense
// ("talks") is not matched by its singular, another word ("talk").
func TestPluralSenses(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"the verb talk names no negotiations",
			"Baggage row\n\nThe airline said the operator had ignored warnings.\n\n\"Nobody came to talk to us,\" said Ilse Marn.",
			"general"},
		// guards
		{"talks are negotiations",
			"Baggage row\n\nThe airline said the talks with the operator had failed.",
			"negotiations"},
		{"a singular alias still matches its plural",
			"Baggage row\n\nThe airline said the operator's negotiation had failed.",
			"negotiations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFirstTopic(t, tt.text, tt.want)
		})
	}
}

// TestHeadlineLabel checks that the label a headline opens with before a
// colon names the dispute of an article no list knows, and that a
// page's own label or a speaker's name before a quote names none.
func TestHeadlineLabel(t *testing.T) {
	const body = "The health board accused the supplier of ignoring an alarm. The supplier accused the board of cancelling deliveries."
	tests := []struct {
		name, title, want string
	}{
		{"a label before the colon", "Dunmere oxygen shortage: board and supplier blame each other", "dunmere oxygen shortage"},
		{"a title-case label", "Harbour Ferry Fire: Two Firms Trade Blame", "harbour ferry fire"},
		// the label alone in title case, the rest in sentence case
		{"a title-case label before a sentence", "Quarry Road Collapse: council and contractor blame each other", "quarry road collapse"},
		{"a title-case label of a border clash", "Ridge Outpost Shooting: two states trade blame after a guard dies", "ridge outpost shooting"},
		// "post" is also a verb of speech; before an event's noun it is
		// the place the event struck
		{"a speech word before the event", "Customs post shooting: two states trade blame", "customs post shooting"},
		{"a title-case speech word before the event", "Checkpoint Post Ramming: Ferry Firms Trade Blame", "checkpoint post ramming"},
		// guards
		{"a page's own label", "Live: board and supplier blame each other", "alarm ignoring"},
		{"a speaker before a quote", "Ada Ferro: 'They ignored our warnings'", "alarm ignoring"},
		{"a title-case office before a quote", "Health Board Chair: 'They ignored our warnings'", "alarm ignoring"},
		{"a title-case name before a sentence", "Port Minister Vell: supplier ignored our warnings", "alarm ignoring"},
		{"no colon", "Board and supplier blame each other over oxygen", "oxygen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFirstTopicTitled(t, tt.title, body, tt.want)
		})
	}
}

// speakerRow is one sentence's expected speaker and side, the claim found
// by its evidence; with no evidence, no claim may be the speaker's.
type speakerRow struct {
	name, text, evidence, speaker, side string
}

func runSpeakerRows(t *testing.T, rows []speakerRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, func(c graph.Claim) bool { return c.Speaker == tt.speaker })
		})
	}
}
