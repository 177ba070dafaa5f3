package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestNamedSubBodies checks which body speaks, and for which party, when
// a body's name holds another's: an organisation of states' own agency
// or office ("the UN refugee agency") speaks and stands for itself, as
// most gold sets label it, not for the organisation; a body's name with
// "for", "at" or "on" inside ("the Committee for Reporters at Risk") is
// one party, its last words no place or party of their own; "analysts
// at", "engineers from" a firm named whole are the firm's voice; a
// regulator described by its noun is the one agency the article names.
func TestNamedSubBodies(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	runSpeakerRows(t, []speakerRow{
		{"an organisation of states' agency speaks for itself",
			dl + "Ostmark has closed its border with Velland. The UN migration agency said it was \"deeply worried\" by the closure.",
			"deeply worried", "UN migration agency", "UN migration agency"},
		{"spelled out, with two words for what it does",
			dl + "Ostmark has closed its border with Velland. The United Nations human rights office said the closure broke the law.",
			"closure broke the law", "United Nations human rights office", "United Nations human rights office"},
		{"its spokeswoman stands for the office",
			dl + "Ostmark has closed its border with Velland. A spokeswoman for the UN human rights office said the closure broke the law.",
			"closure broke the law", "spokeswoman for the UN human rights office", "UN human rights office"},
		{"its spokeswoman named after the role stands for the office too",
			dl + "Ostmark has closed its border with Velland. A spokeswoman for the UN human rights office, Lena Varga, said the closure broke the law.",
			"closure broke the law", "Lena Varga", "UN human rights office"},
		{"guard: the organisation itself",
			dl + "Ostmark has closed its border with Velland. The United Nations said the closure broke the law.",
			"closure broke the law", "United Nations", "United Nations"},
		{"a name joined by 'for' and 'at' is one body",
			dl + "Ostmark has charged a Vellish reporter with spying. The Committee for Writers at Peril, a press-freedom group, said the charge was false.",
			"charge was false", "Committee for Writers at Peril", "Committee for Writers at Peril"},
		{"a name joined by 'on'",
			dl + "Ostmark has charged a Vellish reporter with spying. The Council on Coastal Waters, a research group, said the charge was false.",
			"charge was false", "Council on Coastal Waters", "Council on Coastal Waters"},
		{"analysts at a firm: the firm, not the firm named before that shares a word",
			dl + "Ostmark seized the tanker Selka Star on Sunday. Brenn Maritime, the tanker's owner, rejected the allegations.\n\nAnalysts at Talvik Maritime Intelligence said transfers of this kind had become routine.",
			"become routine", "Talvik Maritime Intelligence", "Talvik Maritime Intelligence"},
		{"engineers from a utility",
			dl + "Shells hit the pumping station on Friday. Engineers from Orsel Water Works said the pipes could freeze within days.",
			"pipes could freeze", "Orsel Water Works", "Orsel Water Works"},
		{"a flag's ship registry is its state's, though nothing else showed the place one",
			"Perovia's coast guard detained the Tamsk-flagged tanker Selka on Sunday. It also accused Tamsk of letting operators fly its flag.\n\nTamsk's maritime registry said the boarding was unlawful.",
			"boarding was unlawful", "Tamsk Maritime Registry", "Tamsk"},
		{"a regulator described before it is named is the agency named",
			"Shares of Holm Biologics fell on Thursday after Tessa's drug regulator accused the company of hiding trial results.\n\nThe Tessa Medicines Authority said an inspection had found 14 unreported cases.",
			"drug regulator accused", "Tessa Medicines Authority", "Tessa Medicines Authority"},
		{"'the regulator' later is the same agency",
			"The Tessa Medicines Authority said an inspection had found 14 unreported cases. According to the regulator, the cases had been reclassified.",
			"cases had been reclassified", "Tessa Medicines Authority", "Tessa Medicines Authority"},
		{"guard: researchers at a university speak as scholars",
			"The river rose overnight. Researchers at Orvel State University said it had risen faster than any model predicted.",
			"faster than any model", "Orvel State University researchers", ""},
		{"guard: an armed group's media office is the group's voice (a group the taxonomy lists)",
			"Velland's army shelled the camp on Monday. The Hamas media office said the shells had hit a clinic.",
			"hit a clinic", "Hamas", "Hamas"},
		{"guard: a board is no regulator for 'the regulator' to name",
			"The Halvor School Board voted on Monday to close two schools. The regional education authority said the closures were illegal.",
			"closures were illegal", "regional education authority", ""},
		{"guard: two agencies named, the regulator is neither",
			"The Tessa Medicines Authority said an inspection had found 14 unreported cases. The Tessa Water Authority said the river was clean. According to the regulator, the cases had been reclassified.",
			"cases had been reclassified", "regulator", ""},
	})
}

// TestUnownedStateOrgans checks that a body only a state has, named with
// no state ("the Defence Ministry", "the Directorate of State
// Security"), speaks and is accused for the state whose it is: the one a
// state news agency publishing the article is named by, the dateline's,
// or, after "Its", the state the sentence before opened with; with none,
// a state accuses the other state through it.
func TestUnownedStateOrgans(t *testing.T) {
	tests := []struct {
		name, outlet, text, evidence, side, subject string
	}{
		{"a state news agency's ministry speaks for its state",
			"OSNA (Ostrelian State News Agency)",
			"KELM, 8 June (OSNA) - Tarsian forces shelled the grain depot in Kelm on Sunday, killing two workers, the Defence Ministry said.",
			"shelled the grain depot", "Ostrelia", "Tarsia"},
		{"an agency named by its state's name, state-run",
			"ONA (Ostrel News Agency, state-run)",
			"The Interior Ministry on Thursday denied that the Directorate of State Security was involved in the poisoning of Lev Marrin.\n\nThe Free Ostrel Party accused the Directorate of State Security of poisoning Marrin.",
			"accused the Directorate", "Free Ostrel Party", "Ostrel"},
		{"the dateline's state",
			"Wirenews",
			"BRASK, Ostmark, May 3 (Wirenews) - Tarsian forces shelled the grain depot in Kelm on Sunday, killing two workers, the Defence Ministry said.",
			"shelled the grain depot", "Ostmark", "Tarsia"},
		{"after Its, the state the sentence before opened with",
			"The Harbour Review",
			"Ostmark's interior ministry and Velland's army blame each other for the deaths at the fence.\n\nOstmark tells the story the other way round. Its State Border Service says the group was caught by Vellish guards.",
			"caught by Vellish guards", "Ostmark", ""},
		{"the state written in the possessive before a word of its field",
			"The Harbour Review",
			"Ostmark's security service has charged a Vellish reporter with spying, a charge Velland's army rejects. Ostmark's foreign ministry said the case was a criminal matter.\n\nThe State Security Directorate said the reporter had photographed a naval base.",
			"photographed a naval base", "Ostmark", ""},
		{"no state speaks: a state accusing such a body accuses the other state",
			"The Harbour Review",
			"Ostmark's government and Velland's army have traded blame over the outage.\n\nOstmark's interior minister, Ivo Sarn, said investigators had traced the attack to a unit known as the 31st Signals Directorate.",
			"traced the attack", "Ostmark", "Velland"},
		{"'In a statement posted …, it said' after a state's body named in the possessive",
			"Wirenews",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark accused Velland's army of seizing one of its border guards.\n\nVelland's State Security Committee gave a different account. In a statement posted on social media, it said the guard had been caught spying inside Velland.",
			"caught spying", "Velland", ""},
		{"a state news agency's ministry after its own state acting",
			"TNA (Tarsian News Agency)",
			"Tarsia recalled its ambassador from Ostmark on Friday over the arrest of two Tarsian sailors.\nThe Foreign Ministry said the sailors had been held without charge for a week.",
			"held without charge", "Tarsia", ""},
		{"guard: a state news agency's state reporting another state's act",
			"TNA (Tarsian News Agency)",
			"Ostmark ordered three Tarsian diplomats to leave the country on Friday, accusing them of spying on its airfields.\nThe Interior Ministry said the three had filmed fighter jets at the base in Orv.",
			"filmed fighter jets", "Interior Ministry", ""},
		{"guard: a news agency not run by a state names none",
			"Meridian News Agency",
			"The Interior Ministry on Thursday banned a rally planned by the Free Kessel Party. The party accused the Interior Ministry of silencing dissent.",
			"accused the Interior Ministry", "Free Kessel Party", "Interior Ministry"},
		{"guard: a possessive before a field word with no body after it",
			"The Harbour Review",
			"Ostmark summoned Velland's foreign envoy on Monday over the shooting. The Foreign Ministry said the envoy had been told the shooting was unacceptable.",
			"shooting was unacceptable", "Foreign Ministry", ""},
		{"guard: a state blaming its own office, not a unit 'known as'",
			"The Harbour Review",
			"Ostmark's government and Velland's army have traded blame over the border clash.\n\nOstmark's defence minister, Ivo Sarn, said an inquiry had traced the leak of the patrol's route to a clerk at the Military Records Directorate.",
			"traced the leak", "Ostmark", "Military Records Directorate"},
		{"guard: a private firm named a bureau",
			"Wirenews",
			"BRASK, Ostmark, May 3 (Wirenews) - The Velda Travel Bureau, a private operator, said it had been forced to close its office.",
			"forced to close", "Velda Travel Bureau", ""},
		{"guard: a newspaper named by its country is no state's voice",
			"The Ostrel Courier",
			"The Interior Ministry said on Thursday that the protest was banned.",
			"protest was banned", "Interior Ministry", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Outlet: tt.outlet}})
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tt.evidence) {
					if c.Side != tt.side || tt.subject != "" && c.Subject != tt.subject {
						t.Errorf("claim %q by %q [%s] of %q, want [%s] of %q:%s", c.Text, c.Speaker, c.Side, c.Subject, tt.side, tt.subject, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim with evidence %q:%s", tt.evidence, describe(res.Claims))
		})
	}
}
