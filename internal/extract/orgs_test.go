package extract

import "testing"

// TestOrganisationParties checks organisations no list names as
// speakers and parties of blame (issue 13, ninth pass): the whole name
// when a state's demonym opens it, and a generic noun ("the company",
// "the union") for the organisation named before, as speaker and as the
// accused. Each row failed before the rule it names; guard rows keep
// what must not change.
func TestOrganisationParties(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		want []claimRow // claims in document order
	}{
		{"a demonym opens a union's name, as speaker",
			dl + "The Ostmarkian Dockworkers' Union accused Selvik Shipping of ignoring safety rules.",
			[]claimRow{{"Ostmarkian Dockworkers' Union", "Ostmarkian Dockworkers' Union", "accusation", "Selvik Shipping"}}},
		{"a guild is an organisation, named in apposition to a description",
			dl + "The nurses' union, the Ostmarkian Nursing Guild, said on Friday that the wards were short of staff.",
			[]claimRow{{"Ostmarkian Nursing Guild", "Ostmarkian Nursing Guild", "assertion", ""}}},
		{"a guild accused by name",
			dl + "Selvik Shipping blamed the Ostmarkian Nursing Guild for the walkout.",
			[]claimRow{{"Selvik Shipping", "Selvik Shipping", "accusation", "Ostmarkian Nursing Guild"}}},
		{"a board is an organisation: 'the board' later is the same body, as speaker and as the accused",
			dl + "The Varsk Water Board said on Monday that the reservoir was safe.\n\nSelvik Shipping blames the board for the spill. The board, in turn, blames the spill on Selvik Shipping.",
			[]claimRow{{"Varsk Water Board", "Varsk Water Board", "assertion", ""},
				{"Selvik Shipping", "Selvik Shipping", "accusation", "Varsk Water Board"},
				{"Varsk Water Board", "Varsk Water Board", "accusation", "Selvik Shipping"}}},
		{"guard: a board of directors is no party",
			dl + "Selvik Shipping said its board of directors would meet on Friday.",
			[]claimRow{{"Selvik Shipping", "Selvik Shipping", "assertion", ""}}},
		{"a demonym opens a union's name, as the accused",
			dl + "Selvik Shipping accused the Ostmarkian Dockworkers' Union of sabotaging the cranes.",
			[]claimRow{{"Selvik Shipping", "Selvik Shipping", "accusation", "Ostmarkian Dockworkers' Union"}}},
		{"the name without its demonym is the same union",
			dl + "The Ostmarkian Dockworkers' Union went on strike on Monday.\n\nSelvik Shipping accused the Dockworkers' Union of sabotaging the cranes.",
			[]claimRow{{"Selvik Shipping", "Selvik Shipping", "accusation", "Ostmarkian Dockworkers' Union"}}},
		{"guard: a demonym before a state's organ is the state",
			dl + "The Ostmarkian Coast Guard accused Selvik Shipping of ignoring safety rules.",
			[]claimRow{{"Ostmarkian Coast Guard", "Ostmark", "accusation", "Selvik Shipping"}}},
		{"guard: a demonym no state answers stays in the name",
			dl + "The Velish Railway Workers' Federation said the trains were late.",
			[]claimRow{{"Velish Railway Workers' Federation", "Velish Railway Workers' Federation", "assertion", ""}}},
		{"the company after a name before the site it runs",
			dl + "A fire tore through the Kestrel Werke paint factory on Monday.\n\nThe company said the staff were safe.",
			[]claimRow{{"Kestrel Werke", "Kestrel Werke", "assertion", ""}}},
		{"the company accuses the union, both named before",
			dl + "A fire tore through the Kestrel Werke paint factory on Monday. Kestrel Werke has blamed the fire on the Ostmarkian Dockworkers' Union.\n\nThe company, for its part, accuses the union of exploiting the fire.",
			[]claimRow{
				{"Kestrel Werke", "Kestrel Werke", "accusation", "Ostmarkian Dockworkers' Union"},
				{"Kestrel Werke", "Kestrel Werke", "accusation", "Ostmarkian Dockworkers' Union"},
			}},
		{"the union accuses the company named before the site it runs",
			dl + "A fire tore through the Kestrel Werke plant on Monday. The Ostmarkian Dockworkers' Union went on strike.\n\nThe union accuses the company of cutting staff.",
			[]claimRow{{"Ostmarkian Dockworkers' Union", "Ostmarkian Dockworkers' Union", "accusation", "Kestrel Werke"}}},
		{"the operator after a carrier named before, as speaker",
			dl + "Norvale Rail said the fire was an accident.\n\nThe operator said the staff were safe.",
			[]claimRow{
				{"Norvale Rail", "Norvale Rail", "assertion", ""},
				{"Norvale Rail", "Norvale Rail", "assertion", ""},
			}},
		{"the operator after a company named before, as the accused",
			dl + "Selvik Shipping said the fire was an accident.\n\nThe Ostmarkian Dockworkers' Union accused the operator of cutting staff.",
			[]claimRow{
				{"Selvik Shipping", "Selvik Shipping", "assertion", ""},
				{"Ostmarkian Dockworkers' Union", "Ostmarkian Dockworkers' Union", "accusation", "Selvik Shipping"},
			}},
		{"guard: a crane operator is a person",
			dl + "Selvik Shipping said the fire was an accident. The crane operator said the brakes had failed.",
			[]claimRow{
				{"Selvik Shipping", "Selvik Shipping", "assertion", ""},
				{"crane operator", "", "assertion", ""},
			}},
		{"a state's football federation speaks for itself",
			"VELLA, Tarsia, May 3 (Wirenews) - Tarsia's football federation accused Ostvision of inventing a bribery scandal.",
			[]claimRow{{"Tarsian Football Federation", "Tarsian Football Federation", "accusation", "Ostvision"}}},
		{"guard: a state's ministry is the state",
			"VELLA, Tarsia, May 3 (Wirenews) - Tarsia's foreign ministry accused Ostvision of fabricating evidence.",
			[]claimRow{{"Tarsian Foreign Ministry", "Tarsia", "accusation", "Ostvision"}}},
		{"guard: a state's association is still read as the state",
			"VELLA, Tarsia, May 3 (Wirenews) - Tarsia's fisheries association said the catch was down.",
			[]claimRow{{"Tarsian government", "Tarsia", "assertion", ""}}},
		{"a football club named FC before its town, as the accused and then as the club",
			dl + "Ostvision accused FC Brask of paying its players to lose a match.\n\nThe club said the report was false.",
			[]claimRow{
				{"Ostvision", "Ostvision", "accusation", "FC Brask"},
				{"FC Brask", "FC Brask", "assertion", ""},
			}},
		{"a football club named FC after its town, then the club",
			dl + "Ostvision accused Lorsk FC of paying its players to lose a match.\n\nThe club said the report was false.",
			[]claimRow{
				{"Ostvision", "Ostvision", "accusation", "Lorsk FC"},
				{"Lorsk FC", "Lorsk FC", "assertion", ""},
			}},
		{"guard: one word before a site is its town",
			dl + "A fire tore through the Lorsk paint factory on Monday.\n\nThe company said the staff were safe.",
			[]claimRow{{"company", "", "assertion", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimRows(t, tt.text, tt.want)
		})
	}
}

// TestOrganisationReports checks who speaks in sentences about an
// organisation's reports: a report its accuser owns by a noun ("the
// union's accusation that …"), a document a report was read in, and a
// reporting verb in the passive, whose subject was told and says
// nothing. Each row failed before the rule it names; guard rows keep
// what must not change.
func TestOrganisationReports(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	const strike = dl + "The Ostmarkian Dockworkers' Union went on strike on Monday.\n\n"
	// evidence: a piece of the claim's text; "" when no claim may be by speaker
	runSpeakerRows(t, []speakerRow{
		{"an accusation of no party owned by a union named before",
			strike + "The union's accusation that the board had been warned about the brakes was repeated on Tuesday.",
			"board had been warned", "Ostmarkian Dockworkers' Union", "Ostmarkian Dockworkers' Union"},
		{"a claim owned by a union named before",
			strike + "The union's claim that the cranes were unsafe was never tested.",
			"cranes were unsafe", "Ostmarkian Dockworkers' Union", "Ostmarkian Dockworkers' Union"},
		{"an allegation of a party owned by a union",
			strike + "The union's allegation that Selvik Shipping ignored the warnings angered the firm.",
			"ignored the warnings", "Ostmarkian Dockworkers' Union", "Ostmarkian Dockworkers' Union"},
		{"a passive reporting verb's subject says nothing",
			strike + "The union's accusation that the board had been warned was repeated on Tuesday.",
			"", "board", ""},
		{"parties that agree on little report nothing",
			dl + "Selvik Shipping and the union that organises its crane drivers agree on very little.",
			"", "union", ""},
		{"guard: agree on a question",
			dl + "Few of the dockers agree on who is to blame.",
			"who is to blame", "Few of the dockers", ""},
		{"guard: agreed on a day that",
			dl + "The union agreed on Monday that the talks would resume.",
			"talks would resume", "union", ""},
		{"guard: a report inside a relative clause",
			dl + "The crane, which the inspectors said was unsafe, was closed.",
			"was unsafe", "inspectors", ""},
		{"a document a report was read in is no speaker",
			dl + "According to notes obtained by the Brask Herald, shop stewards told managers that the cranes were unsafe.",
			"cranes were unsafe", "shop stewards", ""},
		{"a document a report was read in, after a time",
			dl + "In April, according to notes obtained by the Brask Herald, shop stewards told managers that the cranes were unsafe.",
			"cranes were unsafe", "shop stewards", ""},
		{"guard: a document that reports itself",
			dl + "According to a report seen by Wirenews, the cranes were unsafe.",
			"cranes were unsafe", "report seen by Wirenews", ""},
		{"guard: a person before another's report",
			dl + "According to the minister, the inspectors said the cranes were unsafe.",
			"cranes were unsafe", "minister", ""},
	})
}
