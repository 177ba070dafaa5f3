package extract

import "testing"

// TestKindNounBeforePostModifier checks that an apposition's kind noun
// followed by where the body is or how it came to be ("a survey company
// based in Aulden", "a group set up by farmers") is still what the
// article calls the body, so "the company" or "the group" later is it:
// not a public agency named nearby, not the bare noun left unresolved,
// not a council the group is campaigning against. A verb of the clause
// after the noun ("a group accused …") describes nothing.
func TestKindNounBeforePostModifier(t *testing.T) {
	lead := "TARLEY, Velmora - Velmora accused Ostrand on Monday of releasing water from the Kessin dam without warning. Ostrand's water ministry said the release was routine.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"based in", lead + "Brindle Hydrometrics, a river survey company based in the neutral state of Aulden, said its gauges showed the release began at night. The company said it had shared its readings with both governments.",
			"shared its readings", "Brindle Hydrometrics", "Brindle Hydrometrics"},
		{"set up by", lead + "The Tarley Borough Council blamed the dam. Clearwell Watch, a group set up by farmers in March, has accused both states of ignoring the villages.\n\n\"We want answers,\" said the group's chair, Hana Velt.\n\nThe group wants the council to pay for new wells.",
			"pay for new wells", "Clearwell Watch", "Clearwell Watch"},
		{"in a place", lead + "Pell Gauging, a survey firm in Aulden, said its gauges showed the release began at night. The firm said it had shared its readings with both governments.",
			"shared its readings", "Pell Gauging", "Pell Gauging"},
	})
}

// TestClubByNameEnding checks that a sports club named by its town and a
// club's word ("Dunmore Rovers", "Tessel Athletic"), whose name holds no
// organisation's noun, is a body of the article, as subject or object,
// so "the club said" later is that club, not the bare noun left as the
// speaker; "United" opens no club (parties' names end in it too), and a
// person's name is no club.
func TestClubByNameEnding(t *testing.T) {
	lead := "HARLOW, Velland - A supporter died in a crush at Harlow Park after Saturday's cup tie.\n\n"
	tail := "\n\nThe force said stewards had opened a side gate before kick-off.\n\nThe club said its turnstile counts showed 5,100 people in the stand."
	runSpeakerRows(t, []speakerRow{
		{"rovers, as subject", lead + "Dunmore Rovers said the police had closed the exit gate." + tail,
			"turnstile counts", "Dunmore Rovers", "Dunmore Rovers"},
		{"athletic, as object", lead + "The police accused Tessel Athletic of letting fans in without tickets." + tail,
			"turnstile counts", "Tessel Athletic", "Tessel Athletic"},
		{"wanderers, before a chief executive", lead + "Orrin Wanderers blamed the police. Its chief executive, Mara Dell, said officers had shut the gate." + tail,
			"turnstile counts", "Orrin Wanderers", "Orrin Wanderers"},
		// guard: "United" opens no club
		{"guard: united", lead + "Dunmore United said the police had closed the exit gate." + tail,
			"turnstile counts", "club", ""},
	})
}

// TestSpokespersonForBody checks that an unnamed spokesperson "for" a
// body ("a spokesman for the union", "a spokeswoman for the regional
// ambulance service") is the body speaking: the organisation the article
// called by that noun, or the body as described when no one named it. A
// noun the article called no body by ("the service" after a company) is
// not taken for another body, a state's office ("a spokesman for the
// ministry") stays as written, and the name in apposition after the
// phrase is the spokesman's, who speaks for the union (mention.go
// roleHolderAppos).
func TestSpokespersonForBody(t *testing.T) {
	lead := "TARLEY, Velmora - A fire broke out at the Brindle Chemicals plant in Tarley on Monday, injuring six workers.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"a named union", lead + "The Velmoran Workers' Union accused the company of ignoring safety warnings. A spokesman for the union said inspections had been skipped.",
			"inspections had been skipped", "Velmoran Workers' Union", "Velmoran Workers' Union"},
		{"a described service", lead + "A spokeswoman for the regional ambulance service said four of the injured were in hospital.",
			"four of the injured", "regional ambulance service", ""},
		{"guard: a noun the company was not called", lead + "A spokeswoman for the service said the cause was still under investigation.",
			"still under investigation", "spokeswoman for the service", ""},
		{"guard: a state's office", lead + "A spokesman for the ministry said the cause was still under investigation.",
			"still under investigation", "spokesman for the ministry", "Velmora"},
		{"guard: named in apposition", lead + "The Velmoran Workers' Union accused the company of ignoring safety warnings. A spokesman for the union, Ivo Marek, said inspections had been skipped.",
			"inspections had been skipped", "Ivo Marek", "Velmoran Workers' Union"},
	})
}

// TestBareBodyOnLocalSide checks that "Police said", "Officials say" with
// no police or officials named before stand on the side of the state the
// dateline is in, or of the one state the article names, as the local
// force and officials are; a story between two states with no dateline
// leaves them on no side.
func TestBareBodyOnLocalSide(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"police, dateline", "TARLEY, Velmora - Velmora accused Ostrand on Monday of shelling a border village. Ostrand denied the charge.\n\nPolice said the protest outside the Ostrand embassy was peaceful.",
			"the protest outside", "Police", "Velmora"},
		{"officials, one state", "Velmora's army said on Monday that rebels of the Red Hill Brigade had shelled a border village.\n\nOfficials say the bodies were found in civilian clothes.",
			"bodies were found", "Officials", "Velmora"},
		// guard: two states, no dateline
		{"guard: two states, no dateline", "Velmora accused Ostrand on Monday of shelling a border village. Ostrand denied the charge.\n\nPolice said the protest outside the Ostrand embassy was peaceful.",
			"the protest outside", "Police", ""},
	})
}
