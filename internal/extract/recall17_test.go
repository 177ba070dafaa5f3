package extract

import (
	"strings"
	"testing"
)

// TestRecallReportedBy covers "as reported by X", the frame that credits
// what a sentence says to the outlet that reported it, as "according to
// X" does, leading or trailing, with "first" between (the seventeenth
// session, from PolNeAR train misses); a day after the outlet's name is
// no part of it, in either frame; and the outlet, cited in passing, is
// not whom the next sentence's pronoun stands for.
func TestRecallReportedBy(t *testing.T) {
	checkFrames(t, []frameCase{
		{"leading",
			"As reported by the Tarrow Ledger, inspectors found over 300 faulty valves at the Velmont plant.",
			"Tarrow Ledger", "inspectors found over 300 faulty valves", 1},
		{"trailing, first reported",
			"The port union started buying airtime in the coastal towns this week, as first reported by Radio Kessel.",
			"Radio Kessel", "The port union started buying airtime", 1},
		{"trailing, a day after the outlet",
			"The port union started buying airtime in the coastal towns this week, as first reported by the Kessel Times on Tuesday.",
			"Kessel Times", "The port union started buying airtime", 1},
		{"according to, a day after the outlet",
			"The port union started buying airtime in the coastal towns, according to the Kessel Times on Tuesday.",
			"Kessel Times", "The port union started buying airtime", 1},
		{"guard: a passive of report is no frame",
			"The leak was reported by the Tarrow Ledger in May.",
			"", "", 0},
		{"guard: a comparison",
			"Losses at the Velmont plant were twice as high as reported by the Tarrow Ledger.",
			"", "", 0},
		{"guard: an aside between a subject and its reporting verb",
			"Harbour chief Ivo Marek, as reported by the Tarrow Ledger, told aides he would resign.",
			"", "", 0},
	})
}

// TestReportedByNotAntecedent: the outlet of "as reported by" does not
// become the speaker a later "They" stands for: the board is.
func TestReportedByNotAntecedent(t *testing.T) {
	res := extractText(t, "The port board met on Monday. As reported by the Kessel Times, the board rejected the dredging plan.\n\nThey said the plan would have cut traffic by half.")
	for _, c := range res.Claims {
		if c.Speaker == "Kessel Times" && c.Text != "As reported by the Kessel Times, the board rejected the dredging plan." {
			t.Errorf("claim %q given to the outlet:%s", c.Text, describe(res.Claims))
		}
	}
}

// TestRecallCallJudged covers "called X <adjective>", a judgement with a
// bare adjective where callNaming wants a quotation or an article: the
// object and the adjective are the claim. The adjective is known by its
// shape (a negating prefix, an adjective's suffix) or a short list.
func TestRecallCallJudged(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a suffix, before a comma",
			"Ada Oster called the payments lawful, and said there was no attempt to hide them.",
			"Ada Oster", "called the payments lawful", 2},
		{"a negating prefix, the object a name",
			"Harbour chief Ivo Marek calls Oster unqualified.",
			"Ivo Marek", "calls Oster unqualified", 1},
		{"an object with its preposition",
			"Still, Ada Oster called the public quarrel with the board unusual.",
			"Ada Oster", "the public quarrel with the board unusual", 1},
		{"an adjective with its complement",
			"The Velmont port board called the vote unfit for a port of its size.",
			"Velmont port board", "the vote unfit for a port", 1},
		{"guard: a time after the object",
			"Ivo Marek called the union on Monday.",
			"", "", 0},
		{"guard: the article's adjective",
			"Ivo Marek called the unusual meeting of the board.",
			"", "", 0},
		{"guard: a noun in -ive",
			"Ivo Marek called the Velmont chief executive.",
			"", "", 0},
		{"guard: a summons, 'to' and a verb after the complement",
			"The port committee called the official responsible for the levy to testify on Friday.",
			"", "", 0},
		{"guard: a summons after an adjective's phrase of place",
			"The board called the harbour master present at the pier to explain the delay.",
			"", "", 0},
	})
}

// TestRecallEvidenceSubjects covers counts and documents that report a
// finding in the perfect ("polls have shown"), after a place adverb
// ("polls there show") and with joint sponsors ("a poll released Sunday
// by the Courier and Radio Kessel shows"); a passive "is shown" with its
// quotation after a colon stays the subject's account of it.
func TestRecallEvidenceSubjects(t *testing.T) {
	checkFrames(t, []frameCase{
		{"the perfect",
			"Velmont polls have shown Oster, Marek and Tabb in a jumble for second place.",
			"Velmont polls", "Oster, Marek and Tabb in a jumble", 1},
		{"the perfect, after the finding",
			"The port districts are divided by income, other studies have shown.",
			"other studies", "The port districts are divided by income", 1},
		{"a place adverb",
			"Polls there show Marek is trailing Oster just ahead of the vote.",
			"Polls there", "Marek is trailing Oster", 1},
		{"joint sponsors",
			"A national poll released Sunday by the Kessel Courier and Radio Norvia shows Ivo Marek keeping his lead among dockers.",
			"national poll", "Ivo Marek keeping his lead", 1},
		{"guard: a passive's quotation after a colon",
			"Before the mayor appears in the video, the cleric Ivo Marek, who was killed in 2031, is shown lecturing: “Dockers of the West, take heed. There are clouds gathering.”",
			"Ivo Marek", "Dockers of the West", 1},
		{"guard: shown on television",
			"The film was shown on Velmont television in May.",
			"", "", 0},
	})
}

// TestRecallPollAfter covers a standing in a count credited to the poll
// named at the clause's end ("… in a Courier poll released Sunday"), as
// "In the latest poll, …" credits it at the start; and a poll named by a
// name ending in "Poll" at the start.
func TestRecallPollAfter(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a participle after the poll",
			"The former mayor took just 6 percent of the vote in a Kessel Courier poll released Sunday.",
			"Kessel Courier poll", "took just 6 percent of the vote", 1},
		{"a verb with no report, a number",
			"Oster had 38 percent support in a Courier poll.",
			"Courier poll", "Oster had 38 percent support", 1},
		{"a word of leading",
			"Ivo Marek has been leading in the polls.",
			"polls", "Ivo Marek has been leading", 1},
		{"after a comma",
			"Oster leads Marek among dockers by 8 points, 49 to 41, in the survey.",
			"survey", "Oster leads Marek among dockers", 1},
		{"a name ending in Poll, leading",
			"In a Kessel Courier/Radio Norvia Poll released Sunday, three of four dockers disapproved of the levy.",
			"Kessel Courier/Radio Norvia Poll released Sunday", "three of four dockers disapproved", 1},
		{"guard: no standing",
			"Hundreds of dockers took part in the survey.",
			"", "", 0},
		{"guard: a vote, not a poll",
			"About 40 percent of the voters in Velmont head to the polls.",
			"", "", 0},
		{"guard: a poll noun as a modifier",
			"Oster opened ten offices to take advantage of the mayor's falling poll numbers.",
			"", "", 0},
		{"guard: the clause's own report",
			"Ivo Marek went first, predicting a close race despite his double-digit lead in polls over Oster.",
			"Ivo Marek", "a close race", 1},
		{"guard: polls after a year are an election",
			"The Harbour Party won 12 percent of the vote in the 2031 polls.",
			"", "", 0},
		{"guard: polls after a word of elections are an election",
			"Oster's party won 30 percent in the last parliamentary polls.",
			"", "", 0},
	})
}

// TestRecallDocumentAside covers a document subject with a participle's
// phrase set off by commas ("The poll, released on Wednesday by the
// institute, showed …"), and a body's document after the sentence that
// named the body ("Velmont Watch sent researchers. Its report found …"):
// the body's finding.
func TestRecallDocumentAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a participle's phrase between commas",
			"The poll, released on Wednesday night by the Velmont Institute, showed Oster leading Marek among likely voters, 46 percent to 44 percent.",
			"poll", "Oster leading Marek", 1},
		{"a participle's phrase with a time",
			"The survey, conducted last week, found that most dockers oppose the levy.",
			"survey", "most dockers oppose the levy", 1},
		{"guard: a person's aside",
			"The minister, speaking in Velmont, said the port would close.",
			"minister", "the port would close", 1},
		{"its report after the body's sentence",
			"Velmont Watch, a monitoring group, sent two researchers to the port in May. Its report, published on Monday, found residues of a solvent in soil samples from the village.",
			"Velmont Watch", "residues of a solvent", 1},
		{"guard: its report after the sentence names an inquiry is the inquiry's",
			"Ostria's government commissioned an independent inquiry in March. Its report found that soldiers had shot unarmed dockers.",
			"inquiry", "soldiers had shot unarmed dockers", 1},
	})
}

// TestRecallWhoCalled covers a relative clause that names a judgement,
// "X, who called Y “…”", "who called the levy unfair", as the
// antecedent's claim, as "X, who said …" is; "who called for calm" is an
// appeal and stays what it was.
func TestRecallWhoCalled(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a quotation",
			"The reaction came from Mayor Ada Oster, who called the harbour chief “unfit to serve” as leader.",
			"Ada Oster", "the harbour chief “unfit to serve”", 1},
		{"a bare adjective",
			"The dockers cheered Ivo Marek, who called the levy unfair, as he left the hall.",
			"Ivo Marek", "the levy unfair", 1},
		{"an article",
			"The union backed Tomas Vell, who called the minister a liar.",
			"Tomas Vell", "the minister a liar", 1},
		{"guard: an appeal",
			"Ivo Marek, who called for calm, left the hall early.",
			"", "", 0},
		{"guard: an accusation of nobody",
			"The harbour judge, who accused nobody of wrongdoing, closed the case.",
			"", "", 0},
		{"guard: an accusation of no one",
			"The auditor, who accused no one of theft, left the port office.",
			"", "", 0},
	})
}

// TestRecallMediumByNoun covers a news medium named by its noun alone
// ("The newspaper said", "according to the news outlet"), the speaker the
// medium of that kind named last, in the paragraph or before it; a
// newspaper is no agency named after it, and plural or bare nouns ("local
// media") stand for no one medium.
func TestRecallMediumByNoun(t *testing.T) {
	checkFrames(t, []frameCase{
		{"the same paragraph",
			"The Kessel Herald interviewed the mayor on Monday. The newspaper said that the cranes at the northern dock were unsafe.",
			"Kessel Herald", "the cranes at the northern dock were unsafe", 1},
		{"an earlier paragraph",
			"The Kessel Herald interviewed the mayor on Monday about the port and its debts.\n\nThe newspaper said that the cranes at the northern dock were unsafe.",
			"Kessel Herald", "the cranes at the northern dock were unsafe", 1},
		{"according to the outlet",
			"The Kessel Herald interviewed the mayor on Monday about the port and its debts.\n\nThe gates were left open all night, according to the news outlet.",
			"Kessel Herald", "The gates were left open", 1},
		{"a newspaper is no agency",
			"The Tarrow Herald broke the story. The mayor met the crews, according to Reuters.\n\nThe newspaper reported that the mayor met privately with the families of the crew.",
			"Tarrow Herald", "the mayor met privately with the families", 2},
		{"guard: no medium named",
			"The newspaper said that the cranes at the northern dock were unsafe.",
			"", "", 0},
		{"guard: a nearer channel that names no medium",
			"Kessel TV reported clashes near the port on Monday. The Grey Hand militia posted a video on its own channel. The channel said the militia had captured two dockers.",
			"Kessel TV", "reported clashes", 2},
	})
}

// TestRecallToldThenClause covers a trailing "X told <recipient>" whose
// recipient a subordinate clause follows ("told her advisers as she
// worked on the speech", "told MSNBC Monday when asked …"): the words
// before the frame are reported, not the clause after the recipient.
func TestRecallToldThenClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"as",
			"The port will stay open, Ada Oster told her advisers as she worked on the speech.",
			"Ada Oster", "The port will stay open", 1},
		{"when asked",
			"“That is a fair worry, because they are very passionate,” Ada Oster told Radio Norvia on Monday when asked about the dockers.",
			"Ada Oster", "That is a fair worry", 1},
		{"guard: told a recipient that",
			"Ada Oster told her advisers that the port would stay open.",
			"Ada Oster", "the port would stay open", 1},
	})
}

// TestRecallWhoAccused covers "X, who accused Y of Z": X's charge against
// Y, as the main clause's "X accused Y of Z" is.
func TestRecallWhoAccused(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a person's charge",
			"The account was backed by Defence Minister Petr Vell, who accused the Tarrow Front on social media of “murdering their own people”.",
			"Petr Vell", "murdering their own people", 1},
		{"guard: who was accused",
			"The account was backed by Petr Vell, who was accused of fraud in 2031.",
			"", "", 0},
	})
	res := extractText(t, "The account was backed by Defence Minister Petr Vell, who accused the Tarrow Front on social media of “murdering their own people”.")
	if len(res.Claims) != 1 || res.Claims[0].Kind != "accusation" {
		t.Errorf("want one accusation:%s", describe(res.Claims))
	}
}

// TestRecallHeadlineDocument covers a headline labelled with the
// document that makes its statement ("Poll: …", "Report: …"), read as
// the document's claim once the body is read; "Analysis:" labels the
// article and reports nothing.
func TestRecallHeadlineDocument(t *testing.T) {
	checkFrames(t, []frameCase{
		{"poll",
			"Poll: Ada Oster Leads Ivo Marek With First-Ever Port Lead.\n\nThe port has had the same harbour chief since 2019.",
			"Poll", "Ada Oster Leads Ivo Marek", 1},
		{"report",
			"Report: Port Board Hid Crane Losses For Years.\n\nThe Velmont port board has run the docks since 2019.",
			"Report", "Port Board Hid Crane Losses", 1},
		{"guard: an article's label",
			"Analysis: Ada Oster Leads Ivo Marek With First-Ever Port Lead.\n\nThe port has had the same harbour chief since 2019.",
			"", "", 0},
	})
}

// TestRelativeReportAntecedent checks that the antecedent of "X, who
// accused …" after a main verb is the object before the comma, not the
// whole main clause ("Ostria expelled Velland's ambassador, who accused
// …": the ambassador, as role and claim span).
func TestRelativeReportAntecedent(t *testing.T) {
	res := extractText(t, "Ostria expelled Velland's ambassador, who accused Ostria of spying on its embassy.")
	if len(res.Claims) != 1 {
		t.Fatalf("got %d claims, want 1:%s", len(res.Claims), describe(res.Claims))
	}
	if c := res.Claims[0]; c.Role != "Velland's ambassador" || strings.HasPrefix(c.Text, "Ostria expelled") {
		t.Errorf("role %q, text %q: want the ambassador alone:%s", c.Role, c.Text, describe(res.Claims))
	}
}
