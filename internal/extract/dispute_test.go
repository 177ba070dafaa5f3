package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/contra-project/contra/graph"
)

// Invented articles, each a dispute between two parties that the body
// names by short forms, descriptions and officials, with a third party
// (a regulator, an expert, a police force) speaking beside them.

// disputeShipping: a haulier and a port regulator; the haulier is
// named by a name the actor rules do not class as an organisation.
const disputeShipping = `Brenmoor Freight and harbour board trade blame over Quayside crane collapse

A crane toppled onto a loaded barge at the Quayside terminal on Monday, injuring three dock workers, and the haulier that hired the crane and the board that licenses it have accused each other of ignoring the warnings.

Brenmoor Freight, which runs four barges out of the terminal, said the crane had failed an inspection in March. In a statement, the company blamed the Corran Harbour Board for renewing its licence anyway and said the board had "gambled with people's lives".

The board rejected that. Its chief executive, Alma Petrov, said the inspection had found only a worn cable that was replaced the same week. "Brenmoor's own crew overloaded the crane. The load sensor shows it," she said. She accused the haulier of "looking for someone else to pay for its mistakes".

Corran Harbour Police said officers had sealed off the quay and that an inquiry into the collapse was under way. A police spokesman said no one had been arrested.

Both sides are now blaming each other for the collapse. Brenmoor accuses the board of signing off unsafe equipment, while the board says the firm ignored the weight limits painted on the crane's own arm.

Tomas Reyke, an engineer at the Institute of Lifting Safety, said both accounts could be checked against the sensor logs. "A crane like that keeps a record of every lift," he said.

The Corran Harbour Board said the terminal would reopen on Thursday. Brenmoor said it would keep its barges away until the cause was known.
`

// disputeClub: a club and its federation; the club is first named in
// apposition ("his club, Ostwick Rovers,").
const disputeClub = `Ostwick Rovers and federation accuse each other over cancelled cup tie

A cup tie between two of the league's top sides was called off an hour before kick-off on Saturday, and the club that was due to host it and the federation that runs the competition are blaming each other.

Goalkeeper Ivo Danek, who has played for his club, Ostwick Rovers, for nine seasons, said the players learned of the cancellation from their phones in the dressing room.

The Selvian Football Federation said the stadium's safety certificate had lapsed on Friday and that it had warned the club twice in writing. The federation accused Ostwick of "treating the rules as optional" and said it would open disciplinary proceedings.

Rovers chairman Piet Lander denied that. He said the certificate had been renewed on Thursday and that the federation had lost the paperwork. "They cancelled a sold-out match because their own office cannot open an email," Lander said. The club accused the federation of punishing it for opposing the league's new television contract.

The city council, which issues the certificate, said a renewal had been filed on Thursday but had not yet been approved.

Marta Holm, a sports law lecturer, said the dispute would probably end before the federation's appeals panel. "Each side has a document that suits it," she said.

The federation said the tie would be replayed next month. Ostwick said it would ask for compensation for the 14,000 tickets it had sold.
`

// disputeBorder: two states; each speaks through its ministries, its
// officials and its demonym.
const disputeBorder = `Varnholt and Estmark blame each other for shelling of border village

Shells struck the village of Pellin on the border between Varnholt and Estmark overnight, killing two farmers, and the two governments have accused each other of firing first.

The Varnholtian defence ministry said Estmarkian artillery had opened fire on Pellin from hills across the river shortly after midnight. "This was a deliberate attack on sleeping civilians," a ministry spokesman said.

Estmark rejected the accusation. Its foreign ministry said Varnholtian troops had fired on an Estmarkian patrol first and that its gunners had only answered that fire. Foreign Minister Lena Oskarsen accused Varnholt of "staging a provocation to hide its own build-up on the border".

Varnholt's deputy defence minister, Karel Dostan, said Estmark was lying. He said the patrol Estmark spoke of did not exist.

A monitoring mission of the Regional Security Council said its observers had heard shelling from both banks but could not yet say who fired first.

Both governments have recalled their ambassadors for consultations. Residents of Pellin said they had spent the night in cellars.
`

func TestDisputeFrame(t *testing.T) {
	tests := []struct {
		name, title, text string
		parties           [2]string
		forms             []string // forms of the parties the frame must hold
	}{
		{"haulier and harbour board", "Brenmoor Freight and harbour board trade blame over Quayside crane collapse", disputeShipping,
			[2]string{"Brenmoor Freight", "Corran Harbour Board"}, []string{"Brenmoor", "the board"}},
		{"club and federation", "Ostwick Rovers and federation accuse each other over cancelled cup tie", disputeClub,
			[2]string{"Ostwick Rovers", "Selvian Football Federation"}, []string{"Ostwick", "the federation", "the club"}},
		{"two states", "Varnholt and Estmark blame each other for shelling of border village", disputeBorder,
			[2]string{"Varnholt", "Estmark"}, []string{"Varnholtian", "Estmarkian"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fr, ok := frameOf(t, tt.title, tt.text)
			if !ok {
				t.Fatalf("no frame, want %q", tt.parties)
			}
			got := fr.party
			if got != tt.parties && got != [2]string{tt.parties[1], tt.parties[0]} {
				t.Errorf("parties %q, want %q", got, tt.parties)
			}
			all := slices.Concat(fr.names[0], fr.names[1])
			for _, f := range tt.forms {
				if !slices.Contains(all, f) {
					t.Errorf("forms %q lack %q", fr.names, f)
				}
			}
		})
	}
}

func TestDisputeFrameNone(t *testing.T) {
	tests := []struct{ name, title, text string }{
		{"an event and no dispute", "Ferry runs aground off Kessel Point",
			"The Lorna Ferry Company said its ferry ran aground off Kessel Point on Sunday. The Kessel Coast Guard said no one was hurt.\n"},
		{"one party only", "Marrow Mining accuses unnamed hackers over outage",
			"Marrow Mining said hackers had shut its payroll system. The company said it had called in the police.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if fr, ok := frameOf(t, tt.title, tt.text); ok {
				t.Errorf("frame %q, want none", fr.party)
			}
		})
	}
}

// frameOf extracts text under title and returns the frame its finish
// read.
func frameOf(tb testing.TB, title, text string) (disputeFrame, bool) {
	tb.Helper()
	var fr disputeFrame
	var ok bool
	frameSeen = func(f disputeFrame, found bool) { fr, ok = f, found }
	defer func() { frameSeen = nil }()
	if _, err := New(nil).Extract(context.Background(), Article{Name: "a.txt", Text: []byte(text), Meta: graph.Document{Title: title}}); err != nil {
		tb.Fatal(err)
	}
	return fr, ok
}

// disputeQuarry: a company and a residents' group the actor rules do
// not know as organisations, with a police force and a trade body
// speaking beside them.
const disputeQuarry = `Cracks appeared in twelve houses in Ashby Vale after a blast at the hill quarry on Friday, and the quarry company and the villagers campaigning against it have accused each other of causing the damage and of exaggerating it.

Dunmore Quarries, which has worked the hill since 1970, said the blast had been within the limits of its licence. In a statement, the company blamed the residents' group Save Ashby Vale for the "panic" and said the cracks were years old.

The group rejected that. "Those cracks were not there on Thursday," its chairwoman, Rosa Finch, said. She said the company had used twice the usual charge.

Ashby Vale District Police said officers had visited the houses on Saturday and found no one hurt. The Mineral Producers' Association said blasts at the quarry were checked by an independent monitor.

Both sides are now blaming each other for the damage. Save Ashby Vale says the company ignored its own monitor, while Dunmore says the group is using the cracks to close the quarry.

The county council said an engineer would inspect the houses next week.
`

// disputeSprinter: a club and a federation, where the body the
// pronoun "it" stands for is the club, not the federation its sentence
// names.
const disputeSprinter = `A sprinter's positive test has set her club and the national athletics federation against each other, with each side accusing the other of bad faith.

The Norland Athletics Federation said a sample given by Kaia Brun, 22, after the national final contained a banned stimulant, and it suspended her on Monday.

Her club, Kelby Harriers, said the sample had been mishandled. In a statement on Tuesday, it accused the federation of losing the paperwork that showed who had carried the sample to the laboratory.

The federation rejected that. Its chief executive, Jonas Vik, said every step of the sample's journey was recorded. He accused Kelby of trying to "put the test on trial" to save its best athlete.

Brun said she had never taken a banned substance.
`

// disputeFerry: a ferry line and a port company; "It blames the port's
// harbour master …" follows a sentence the port company speaks in.
const disputeFerry = `A car ferry struck the quay at Morrow harbour on Sunday, injuring six passengers, and the ferry line and the port company blame each other for the crash.

Morrow Port Company says the ferry came in too fast and that the quay was clear. It blames the port's harbour master for sending the ferry to a berth that was still being dredged.

Kessa Ferries said its captain had followed the harbour master's instructions. Its operations chief, Ruth Allard, said the company would give its logs to investigators.

The port company said the berth had been open for a week.
`

// disputeMine: a mining company and a water board, the last word of
// blame said by "each" of them.
const disputeMine = `Fish died along twenty kilometres of the Sella river this week, and the Corvel Water Board and the mining company upstream have accused each other of hiding what happened at the tailings dam.

The Corvel Water Board said samples taken on Monday held copper at forty times the safe level. Tarn Hill Mining said its dam had not leaked and that its own samples were clean.

Each organisation now says the other is holding back the samples that would settle the matter.

A fisheries scientist, Ola Venn, said both sets of samples should go to an independent laboratory.
`

func TestReadAgainstFrame(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []string // accuser>accused
		not               []string
	}{
		{"unknown names, police and trade body beside them", "Dunmore Quarries and villagers trade blame over blast damage", disputeQuarry,
			[]string{"Dunmore Quarries>Save Ashby Vale", "Save Ashby Vale>Dunmore Quarries"},
			[]string{"Ashby Vale District Police>Mineral Producers' Association", "Mineral Producers' Association>Ashby Vale District Police"}},
		{"the pronoun read as the accused", "Kelby Harriers and athletics federation at odds over sprinter's test", disputeSprinter,
			[]string{"Kelby Harriers>Norland Athletics Federation", "Norland Athletics Federation>Kelby Harriers"},
			[]string{"Norland Athletics Federation>Norland Athletics Federation"}},
		{"each says the other", "Water board and mining company blame each other for Sella river fish kill", disputeMine,
			[]string{"Corvel Water Board>Tarn Hill Mining", "Tarn Hill Mining>Corvel Water Board"}, nil},
		{"a body that blames its own part is the other party", "Ferry line and port company blame each other for Morrow quay crash", disputeFerry,
			[]string{"Kessa Ferries>Morrow Port Company"},
			[]string{"Morrow Port Company>Morrow Port Company"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := New(nil).Extract(context.Background(), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Title: tt.title}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			framed := false
			for _, c := range res.Claims {
				framed = framed || res.SideFrom[c.SpeakerID] == SideFromFrame
				if c.Kind == graph.KindAccusation {
					side := c.Side
					if side == "" {
						side = c.Speaker
					}
					got = append(got, side+">"+c.Subject)
				}
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("accusations %q lack %q", got, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("accusations %q hold %q", got, w)
				}
			}
			if !framed {
				t.Errorf("no speaker's side recorded as %q in %v", SideFromFrame, res.SideFrom)
			}
		})
	}
}

// TestWordAt covers the search for a phrase as whole words that
// hasWords, countWordsSplit and testBeside share: an occurrence inside
// a longer word is passed over, never hiding a later whole one, even
// one that overlaps it.
func TestWordAt(t *testing.T) {
	tests := []struct {
		s, phrase   string
		at          int // countWordsSplit's split
		first       int // wordAt(s, phrase, 0)
		before, all int
	}{
		{"the firefighters saw the fire", "the fire", 10, 21, 0, 1},
		{"the fire, then the fire again", "the fire", 10, 0, 1, 2},
		{"Ironport strike: the port is shut", "port", 0, 21, 0, 1},
		{"port-side and port", "port", 5, 0, 1, 2},
		{"no reefs here", "reef", 0, -1, 0, 0},
		{"xa b a b a", "a b a", 0, 5, 0, 1},
		{"", "fire", 0, -1, 0, 0},
	}
	for _, tt := range tests {
		if got := wordAt(tt.s, tt.phrase, 0); got != tt.first {
			t.Errorf("wordAt(%q, %q, 0) = %d, want %d", tt.s, tt.phrase, got, tt.first)
		}
		if got := hasWords(tt.s, tt.phrase); got != (tt.first >= 0) {
			t.Errorf("hasWords(%q, %q) = %v", tt.s, tt.phrase, got)
		}
		if before, all := countWordsSplit(tt.s, tt.phrase, tt.at); before != tt.before || all != tt.all {
			t.Errorf("countWordsSplit(%q, %q, %d) = %d, %d; want %d, %d", tt.s, tt.phrase, tt.at, before, all, tt.before, tt.all)
		}
	}
}
