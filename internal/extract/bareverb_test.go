package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestBareVerbAfterSubject checks reported content whose verb stands
// bare after its subject, with no auxiliary to mark it: "said Ostmark
// sows mines", "said the company concealed the results". The lexicon
// lists few regular verbs, so such a verb was read as part of the
// subject and the act was lost; the guards keep nouns after "the", a
// possessive or a name, reduced relatives and passives as they were.
func TestBareVerbAfterSubject(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		acc  []string // side>accused of every accusation
		act  string   // the action of the last claim
	}{
		{"a present after a state, border clashes",
			dl + "Velland's foreign minister said Ostmark sows mines along the border road.",
			[]string{"Velland>Ostmark"}, "sow mines"},
		{"a regular past after a state, shipping",
			dl + "Velland's coast guard said Ostmark rammed the trawler before dawn.",
			[]string{"Velland>Ostmark"}, "ram trawler"},
		{"a regular past after a party, elections",
			dl + "The Green Dawn Party says the Harvest Party stuffed ballot boxes in the north.",
			nil, "stuff ballot boxes"},
		{"a regular past after the company, mining",
			dl + "Tarsia accused Kalvex Mining of poisoning the river. The Tarsian environment ministry said the company concealed the test results from inspectors.",
			[]string{"Tarsia>Kalvex Mining", "Tarsia>Kalvex Mining"}, "conceal test results"},
		{"a regular past after a company, aviation",
			dl + "The Tarsian aviation authority said Korvel Airways falsified the maintenance records.",
			[]string{">Korvel Airways"}, "falsify maintenance records"},
		{"a regular past after a state, health",
			dl + "Velland's health ministry said Ostmark concealed the outbreak for a month.",
			[]string{"Velland>Ostmark"}, "conceal outbreak"},
		{"a regular past after a possessive's noun",
			dl + "Velland's defence ministry said Ostmark's border guards looted the customs post.",
			[]string{"Velland>Ostmark"}, "loot customs post"},
		{"a regular past opening a quotation",
			dl + `"Ostmark torched the granaries and blamed us," Velland's defence minister said.`,
			[]string{"Velland>Ostmark"}, "torch granaries"},
		{"a regular past after a pronoun, a dam",
			dl + `Velland accused Ostmark of flooding its farms. "They opened the sluice gates at night and told no one," Velland's water minister said.`,
			[]string{"Velland>Ostmark"}, "open sluice gates"},
		{"a present after the company, mining",
			dl + "Tarsia accused Kalvex Mining of poisoning the river. The Tarsian environment ministry says the company dumps the tailings into the river at night.",
			[]string{"Tarsia>Kalvex Mining"}, "dump tailings"},
		{"guard: a plural after the and a noun",
			dl + "Velland's defence ministry says the border posts the army built are empty.",
			nil, "be empty"},
		{"guard, already read: an irregular past",
			dl + "Velland's foreign minister said Ostmark stole the grain from the depot.",
			nil, "steal grain"},
		{"guard: a reduced relative before the verb",
			dl + "Velland's foreign minister said Ostmark troops stationed near the border fired on the village.",
			[]string{"Velland>Ostmark"}, "fire on the village"},
		{"guard: a participle before by",
			dl + "The Harvest Party said the road mined by rebels was closed.",
			nil, "mine by rebels was closed"},
		{"guard: a plural noun after a name before a preposition",
			dl + "Velland's labour minister said Ostmark dockers in the port were idle.",
			nil, "be idle"},
		{"guard: a plural the lexicon classes by its sense",
			dl + "Velland's foreign minister said the Ostmark atrocities in the valley were documented.",
			[]string{"Velland>Ostmark"}, "document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccusations(t, tt.text, tt.acc)
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{}})
			if n := len(res.Claims); n == 0 || res.Claims[n-1].Action != tt.act {
				t.Errorf("last action, want %q:%s", tt.act, describe(res.Claims))
			}
		})
	}
}

// TestVesselKeeper checks that a vessel named by its noun alone acts for
// the party an earlier sentence named as its keeper in apposition: "the
// ship's operator, Kestrel Shipping, said …" and later "the ship strayed".
func TestVesselKeeper(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		subj string // the subject of the last claim
	}{
		{"a ship's operator, shipping",
			dl + "The Sea Lark, carrying grain from Port Avel, struck a mine off Cape Dorn, the ship's operator, Kestrel Shipping, said. Marvessa's coast guard says the ship strayed from the marked channel.",
			"Kestrel Shipping"},
		{"an aircraft's owner, aviation",
			dl + "A cargo plane crashed near Velm, the aircraft's owner, Korvel Airways, said. The Tarsian aviation authority says the aircraft skipped two inspections.",
			"Korvel Airways"},
		{"guard: a ship's captain is no keeper",
			dl + "The Sea Lark struck a mine off Cape Dorn, the ship's captain, Ivo Renn, said. Marvessa's coast guard says the ship strayed from the marked channel.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{}})
			if n := len(res.Claims); n == 0 || res.Claims[n-1].Subject != tt.subj {
				t.Errorf("last subject, want %q:%s", tt.subj, describe(res.Claims))
			}
		})
	}
}

// TestAppositionSubject checks reported content whose subject phrase is
// followed by a name in apposition before the verb: "said Velland's
// operator, Velgas Energy, had ignored …". The name is the subject; a
// person's name leaves the party of the head phrase, and a list is no
// apposition.
func TestAppositionSubject(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		kind graph.Kind // of the last claim
		subj string     // of the last claim
		act  string     // of the last claim
	}{
		{"a company named after its role, energy",
			dl + "Velgas Energy said on Monday the pipeline was safe. The Ostmark energy ministry said Velland's pipeline operator, Velgas Energy, had ignored three warnings about the weld.",
			graph.KindAccusation, "Velgas Energy", "ignore three warnings"},
		{"a failing charged as itself, not as failing to do it, aviation",
			dl + "Skyvale Airways said its jet had been cleared. The Civil Aviation Board said in a report that Skyvale Airways had ignored a hold instruction from the tower.",
			graph.KindAccusation, "Skyvale Airways", "ignore hold instruction"},
		{"a contractor named after its role, finance",
			dl + "Harlow Bank's chairman said the bank's contractor, Penrose Data Systems, had left the customer files open to the internet.",
			graph.KindAssertion, "Penrose Data Systems", "leave customer files open"},
		{"a bare verb after the name, health",
			dl + "The Tarsian health ministry said the hospital's supplier, Korvel Pharma, concealed the contamination for a month.",
			graph.KindAccusation, "Korvel Pharma", "conceal contamination"},
		{"a person's name: the verb found, the head's party kept",
			dl + "Velland's foreign minister said Ostmark's army chief, Ivo Renn, had shelled the crossing.",
			graph.KindAccusation, "Ostmark", "shell crossing"},
		{"guard: a list is no apposition",
			dl + "The Ostmark energy ministry said Velland, Tarsia, Dorvia and Ostmark signed the deal.",
			graph.KindAssertion, "", "comment on general"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{}})
			n := len(res.Claims)
			if n == 0 || res.Claims[n-1].Kind != tt.kind || res.Claims[n-1].Subject != tt.subj || res.Claims[n-1].Action != tt.act {
				t.Errorf("last claim, want %s %q «%s»:%s", tt.kind, tt.subj, tt.act, describe(res.Claims))
			}
		})
	}
}
