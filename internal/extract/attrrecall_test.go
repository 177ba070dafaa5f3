package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestPublicOfficeAfterCompany: a public body described by its reach
// ("the national weather office") after a company spoke is a speaker of
// its own, not the company's office; after a state spoke, or with no
// word of reach, "the office" still calls back the last body.
func TestPublicOfficeAfterCompany(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"national office after a firm",
			"Dunmore Freight blamed the delay on the storm. \"The trucks were safe,\" its chief executive, Ola Brenn, said.\n\nThe national weather office said 90 millimetres of rain had fallen at its station.",
			"90 millimetres", "national weather office", ""},
		{"regional agency after a firm",
			"Kelby Mining said the heap was sound.\n\nThe regional health agency said four people were in hospital.",
			"four people", "regional health agency", ""},
		{"scope: the firm's own office",
			"Dunmore Freight blamed the delay on the storm. The company's office said the trucks were safe.\n\nThe office said the roads were closed.",
			"roads were closed", "Dunmore Freight", "Dunmore Freight"},
		{"scope: after a state's ministry",
			"The Orlen Justice Ministry said the men had died in the fire. The national prison office said the toll was three.",
			"toll was three", "Orlen Justice Ministry", "Orlen"},
	})
}

// TestPutFigureAt: "X put the death toll at 18" gives X's figure as a
// claim, as "X said the toll was 18" does; "put" with no number after
// "at" ("put lives at risk", "put the blame at its door") reports nothing.
func TestPutFigureAt(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"toll at a number",
			"The Harlow Brigade, which holds the east bank, put the death toll at 12.",
			"death toll at 12", "Harlow Brigade", "Harlow Brigade"},
		{"present tense, number in words",
			"The two sides disagree on how many died. The Tessary Relief Agency puts the number of dead at four.",
			"number of dead at four", "Tessary Relief Agency", "Tessary Relief Agency"},
		{"hedged figure in quotes",
			"The Corran League put its losses at \"more than 4,000\", a sum nobody could check.",
			"more than 4,000", "Corran League", "Corran League"},
		{"scope: lives at risk",
			"The Harlow Brigade put lives at risk when it shelled the bridge.",
			"", "Harlow Brigade", ""},
	})
	// scope: "and put … at risk" after a report is no second report
	checkSpeaker(t, "The minister said the leak had exposed two suppliers and put \"their contracts and staff\" at risk.", "", "", "",
		func(c graph.Claim) bool { return strings.HasPrefix(c.Text, "\"their") })
}

// TestNounBeforeCommaSaid: a word that may be a reporting verb ending
// an aside right before the subject's own verb ("…, a group that counts
// deaths from hospital lists, said", "…, which covers more than one
// member state, said") is the aside's noun: the body before the aside
// speaks. A reporting verb before a comma and a participle ("…, he
// says, adding …") is untouched.
func TestNounBeforeCommaSaid(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"lists, said",
			"The Vell Casualty Watch, a charity that tallies deaths from clinic lists, said 40 people had died.",
			"40 people", "Vell Casualty Watch", "Vell Casualty Watch"},
		{"state, said",
			"The Orlen Rail Board, which serves lines in more than one member state, said the signals had failed.",
			"signals had failed", "Orlen Rail Board", "Orlen Rail Board"},
		{"scope: says, adding",
			"The shelling has to stop, Ada Renner says, adding that the town has no water.",
			"has to stop", "Ada Renner", ""},
	})
}

// TestMediumDenies: a news medium that denies or disputes is a party
// answering a charge and speaks in its own name, as when it reports; a
// medium named by no name of its own stays nobody's.
func TestMediumDenies(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"named paper denies",
			"The Orlen Media Ministry fined the Tessary Herald, a daily newspaper.\n\nThe Tessary Herald denied any role in the leak.",
			"any role in the leak", "Tessary Herald", ""},
		{"the paper by its noun",
			"The Orlen Media Ministry fined the Tessary Herald, a daily newspaper.\n\nThe newspaper disputed the complaints figure.",
			"complaints figure", "Tessary Herald", ""},
		{"scope: media by no name",
			"Local media disputed the complaints figure.",
			"", "Local media", ""},
	})
}

// TestNumberedName: a name that ends in a number, as a channel's or a
// station's does ("Tessary 24 said", "Radio Kessel 2 reported"), is the
// subject of the verb after it; a month's day ("on March 24 said") or a
// year is no name.
func TestNumberedName(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"channel with a number",
			"Kessel 9 said the fine was punishment for its coverage of the strike.",
			"punishment for its coverage", "Kessel 9", ""},
		{"scope: a month's day",
			"Officials in Harlow on March 24 said the bridge was safe.",
			"", "March 24", ""},
		{"scope: a year",
			"Officials in Harlow in 2024 said the bridge was safe.",
			"", "Harlow 2024", ""},
	})
}

// TestHeadOfName: a body named "<head> of …" that no list holds ("the
// Ministry of Health", "the Federation of Orlen Nurses") is called back
// by its head noun alone ("The ministry said …"); another head noun
// ("the committee") does not call it back.
func TestHeadOfName(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"the ministry",
			"The Ministry of Health said half the wards had stayed open.\n\nThe Orlen Nurses Federation said the walkout had closed 1,340 clinics.\n\nThe ministry said it would publish figures on Thursday.",
			"figures on Thursday", "Ministry of Health", ""},
		{"the federation",
			"The Federation of Orlen Nurses said the walkout had closed 1,340 clinics.\n\nThe federation said it would publish its own list.",
			"its own list", "Federation of Orlen Nurses", ""},
	})
	// scope: another head noun calls back no "<head> of …" body
	checkSpeaker(t, "The Ministry of Health said half the wards had stayed open.\n\nThe committee said it would publish figures on Thursday.", "", "", "",
		func(c graph.Claim) bool {
			return strings.Contains(c.Text, "Thursday") && c.Speaker == "Ministry of Health"
		})
}

// TestCondolences: a gesture of sympathy ("offered its condolences to
// the family", "expressed her deepest sympathy") is no report, alone or
// after one; an explanation offered still is.
func TestCondolences(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"scope: an account offered stays a claim",
			"The Harlow Brigade offered a different explanation for the fire.",
			"different explanation", "Harlow Brigade", "Harlow Brigade"},
	})
	for _, text := range []string{
		"Foreign ministry spokeswoman Sela Marrin offered condolences to the families of the dead.",
		"The minister expressed her deepest sympathy to the families.",
	} {
		checkSpeaker(t, text, "", "", "", func(c graph.Claim) bool { return true })
	}
	checkSpeaker(t, "Harlow Rovers said its fans had been in the north stand and none had been hurt, and offered its condolences to the Tamsin family.", "", "", "",
		func(c graph.Claim) bool { return strings.HasPrefix(c.Text, "its condolences") })
}

// TestAdvertisementProse: a paragraph of prose that names an
// advertisement ("… said the campaign advertisement misled voters") is
// the article's, read for its claims; the page's ad marker, alone or
// opening its line, or a short line around it, is chrome.
func TestAdvertisementProse(t *testing.T) {
	for _, tt := range []struct {
		text   string
		chrome bool
	}{
		{"City lawyer Ama Rinne said in the letter that the campaign advertisement wrongly suggests the police back the mayor.", false},
		{"The council is demanding that the party stop using its logo in an advertisement.", false},
		{"Advertisement", true},
		{"ADVERTISEMENT - scroll to continue", true},
		{"Advertisement: Book your spring break with Kessel Travel today.", true},
		{"Story continues below advertisement", true},
	} {
		if got := classify([]byte(tt.text)) == paraBoiler; got != tt.chrome {
			t.Errorf("classify(%q) chrome = %v, want %v", tt.text, got, tt.chrome)
		}
	}
	runSpeakerRows(t, []speakerRow{
		{"prose naming an advertisement",
			"City lawyer Ama Rinne said in the letter that the campaign advertisement wrongly suggests the police back the mayor.",
			"wrongly suggests", "Ama Rinne", ""},
	})
}

// TestSignedQuote: a quotation signed with its speaker's name after a
// dash ("“…” ― Ada Penn"), as readers' or witnesses' words are set out
// one by one, is the signer's, each of its sentences; a dash that goes
// on with words of the sentence signs nothing.
func TestSignedQuote(t *testing.T) {
	text := "Readers wrote to us about the ferry service this week.\n\n“The ferry was late every day this winter. Nobody told us why.” ― Ada Penn\n“The new timetable is a joke.”— Ivo Marek.\n"
	runSpeakerRows(t, []speakerRow{
		{"signed, first sentence", text, "ferry was late", "Ada Penn", ""},
		{"signed, second sentence", text, "Nobody told us why", "Ada Penn", ""},
		{"signed with a full stop", text, "timetable is a joke", "Ivo Marek", ""},
	})
	checkSpeaker(t, "“We will not pay,” the union said — and then the Harbour Board walked out.", "", "", "",
		func(c graph.Claim) bool { return c.Speaker == "Harbour Board" })
}

// TestTranscriptLabel: a transcript's line opens with its speaker's name
// in capitals and a colon ("“HOLT: …"): the line is that speaker's, the
// person the article names so when it does. A label counts only where
// the article says it quotes a transcript, or one opened a line shortly
// before; the page's notes ("UPDATE:") are nobody's words.
func TestTranscriptLabel(t *testing.T) {
	text := "On Sunday's programme, Senator Ida Marrow said the budget was a mistake.\n\nPartial transcript as follows:\n\n\"HOLT: Let me start with the budget vote. Will you back it on Tuesday?\n\n\"MARROW: No. The budget cuts the rural clinics by a third and nobody on the committee has explained why.\n"
	runSpeakerRows(t, []speakerRow{
		{"host by the label", text, "Let me start", "Holt", ""},
		{"guest named before", text, "rural clinics", "Ida Marrow", ""},
	})
	checkSpeaker(t, "The council met on Monday.\n\n\"UPDATE: The council has since replied to the letter and denied the charge.\n", "", "", "",
		func(c graph.Claim) bool { return c.Speaker == "Update" })
	checkSpeaker(t, "The council met on Monday.\n\n\"KESSEL: the harbour is closed until further notice, the notice read.\n", "", "", "",
		func(c graph.Claim) bool { return c.Speaker == "Kessel" })
}
