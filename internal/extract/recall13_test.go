package extract

import "testing"

// TestRecallThatVerbs covers verbs of testimony, disclosure, discovery
// and persuasion that report only before a "that" clause (the
// thirteenth attribution pass, from PolNeAR train misses whose cue the
// lexicon lacked), and the time phrases with a year or a month that may
// stand between such a verb and its clause.
func TestRecallThatVerbs(t *testing.T) {
	checkFrames(t, []frameCase{
		{"testified that",
			"The pilot, Ana Voss, testified that the autopilot had disengaged twice over Brennmark.",
			"Ana Voss", "the autopilot had disengaged", 1},
		{"testifying for hours reports nothing",
			"Ana Voss testified for six hours before the aviation board.",
			"", "", 0},
		{"proclaimed in a month that",
			"Governor Teo Harland proclaimed in March that the northern mines were safe again.",
			"Teo Harland", "the northern mines were safe", 1},
		{"learned that",
			"Dana Oster, a dock worker in Kelby, learned that her shift had been cut from the roster.",
			"Dana Oster", "her shift had been cut", 1},
		{"learning a language reports nothing",
			"Dana Oster learned Portuguese while working in the Kelby shipyards.",
			"", "", 0},
		{"confided that",
			"Mira Castell confided that the bank had hidden its losses from the regulator.",
			"Mira Castell", "the bank had hidden its losses", 1},
		{"convinced the recipient that",
			"Ivo Marek convinced the election board that the ballots in Tarrow had been counted twice.",
			"Ivo Marek", "the ballots in Tarrow had been counted twice", 1},
		{"reassured the recipient that",
			"The health minister, Lena Brook, reassured nurses that the clinic in Fenwick would stay open.",
			"Lena Brook", "the clinic in Fenwick would stay open", 1},
		{"persuaded to act reports nothing",
			"Lena Brook persuaded the nurses to return to the clinic.",
			"", "", 0},
		{"a stance word that also persuades: was convinced that",
			"Ivo Marek was convinced that the border patrol had fired first.",
			"Ivo Marek", "the border patrol had fired first", 1},
		{"an evidence verb with a year before its clause",
			"Two analysts, Petra Lind and Omar Vey, found in 2014 that the port's cranes were unsafe.",
			"Petra Lind", "the port's cranes were unsafe", 1},
	})
}

// TestRecallByDoing covers a reporting participle that is the means of
// its clause's verb ("closed by implying that …") or the turn it takes
// ("pivoted to arguing that …"): the clause's subject reports.
func TestRecallByDoing(t *testing.T) {
	checkFrames(t, []frameCase{
		{"closed a speech by implying that",
			"Senator Ivo Marek closed his speech in Tarrow by implying that the ferry operator had lied about the sinking.",
			"Ivo Marek", "the ferry operator had lied", 1},
		{"ended a meeting by questioning",
			"The harbour master, Omar Vey, ended the meeting by questioning the safety figures of the shipping line.",
			"Omar Vey", "the safety figures", 1},
		{"pivoted to arguing that",
			"Lena Brook pivoted to arguing that the clinic closures had saved the health board money.",
			"Lena Brook", "the clinic closures had saved", 1},
		{"has taken to saying that",
			"The airline's chief, Mira Castell, has taken to saying that the pilots' strike is illegal.",
			"Mira Castell", "the pilots' strike is illegal", 1},
		{"a passive's agent with a participle reports nothing",
			"The bill was passed by senators opposing the dam.",
			"", "", 0},
	})
}

// TestRecallStatingVerbs covers a statement noun before its "that"
// clause as the object of a verb of stating ("made the case that …",
// "gave assurances that …", "made the point to delegates that …"): the
// verb's subject owns the statement.
func TestRecallStatingVerbs(t *testing.T) {
	checkFrames(t, []frameCase{
		{"made the case that",
			"Dana Oster, a pilot, spoke on Monday.\n\nOster has made the case that the runway in Brennmark is too short for freighters.",
			"Dana Oster", "the runway in Brennmark is too short", 1},
		{"gave assurances that",
			"Teo Harland, the finance minister of Norvia, spoke on Friday.\n\nHarland gave assurances that the bond sale would go ahead in May.",
			"Teo Harland", "the bond sale would go ahead", 1},
		{"made the point to an audience that",
			"Mira Castell, a union organiser, spoke in Fenwick.\n\nCastell made an urgent point to the dock workers that the port owners had broken the agreement.",
			"Mira Castell", "the port owners had broken the agreement", 1},
		{"a statement noun with no owner reports nothing",
			"In the case that the mine floods again, the town of Kelby will lose its water.",
			"", "", 0},
	})
}

// TestRecallSemicolonHeadline covers a headline in sentence case that
// ends on a semicolon above its subhead, as some wires set it: it is
// read as the same headline ending on a full stop is; a title-case or
// a verbless one is still only a heading.
func TestRecallSemicolonHeadline(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a headline ending on a semicolon",
			"Harland says bond sale will go ahead in May; \nInvestors wary of Norvia's debt.\n\nVELDA - Finance minister Teo Harland on Tuesday promised a bond sale.",
			"Harland", "bond sale will go ahead in May", 2},
		{"a verbless headline ending on a semicolon reports nothing",
			"Bond sale in Norvia; \nInvestors wary of the debt.\n\nVELDA - The finance ministry of Norvia will sell bonds in May.",
			"", "", 0},
	})
}

// TestRecallShareSubjects covers shares of a group that speak, written
// in figures or as "N out of 10" with no noun after.
func TestRecallShareSubjects(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a share in figures with its group",
			"A Velda Tribune survey asked pilots about the merger.\n\n45% of pilots say the merger will cut their pay.",
			"45% of pilots", "the merger will cut their pay", 2},
		{"N out of 10 with no noun after",
			"A Velda Tribune survey asked pilots about the merger.\n\nNine out of 10 say they would strike again.",
			"Nine out of 10", "they would strike again", 2},
	})
}

// TestRecallWhileReporting covers a report set off by ", while" that the
// clause's subject makes as it acts (", while noting that …", ", while
// also suggesting …"), and the continuers of telling (", reminding
// voters that …").
func TestRecallWhileReporting(t *testing.T) {
	checkFrames(t, []frameCase{
		{"while noting that",
			"The port director, Omar Vey, opened the new berth on Monday, while noting that the dredging had run over budget.",
			"Omar Vey", "the dredging had run over budget", 1},
		{"while also suggesting that",
			"Lena Brook praised the nurses' union, while also suggesting that the clinic in Fenwick needed more staff.",
			"Lena Brook", "the clinic in Fenwick needed more staff", 2},
		{"reminding the one told that",
			"Teo Harland opened the debate calmly, reminding viewers that the Norvian treasury had never missed a payment.",
			"Teo Harland", "the Norvian treasury had never missed a payment", 1},
		{"while as a time clause reports nothing",
			"Mira Castell stayed in the cockpit, while the passengers left the aircraft.",
			"", "", 0},
	})
}

// TestRecallCalledRemarks covers "called X's remarks “…”": a statement
// noun after a possessive or an article inside the object of "called"
// is a noun, not a reporting verb that ends the object.
func TestRecallCalledRemarks(t *testing.T) {
	checkFrames(t, []frameCase{
		{"called a rival's remarks a quotation",
			"Party chairman Teo Harland called Mira Castell's remarks on the pilots' strike a \u201cnew low.\u201d",
			"Teo Harland", "new low", 1},
		{"called the claims a quotation",
			"The airline's spokesman, Omar Vey, called the claims about the grounded jets \u201cpure fiction.\u201d",
			"Omar Vey", "pure fiction", 1},
	})
}

// TestRecallMadeClear covers "made (it) clear" with whom it was made
// clear to or when between it and its "that", and with a bare clause.
func TestRecallMadeClear(t *testing.T) {
	checkFrames(t, []frameCase{
		{"made clear over the weekend that",
			"Lena Brook, the health minister, spoke in Fenwick.\n\nBrook made clear over the weekend that the clinic would stay open.",
			"Lena Brook", "the clinic would stay open", 1},
		{"made it clear to an audience on a day that",
			"Teo Harland, the finance minister, spoke in Velda.\n\nHarland made it clear to bond traders on Wednesday that Norvia would pay in full.",
			"Teo Harland", "Norvia would pay in full", 1},
		{"made clear with a bare clause",
			"Omar Vey, the harbour master, spoke in Tarrow.\n\nVey has also made clear he will seek to close the north berth.",
			"Omar Vey", "he will seek to close the north berth", 1},
		{"made a path clear reports nothing",
			"Omar Vey made the channel clear for the ferries that were waiting.",
			"", "", 0},
	})
}
