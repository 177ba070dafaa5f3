package extract

import (
	"strings"
	"testing"
)

// TestLiveEntryPronoun covers live pages, whose entries each open with a
// time stamp ("16:20", "10.48am", "14:05 GMT"): a reader takes each
// entry as starting afresh, so "she said", "he told reporters" or "it
// said" in an entry stands for someone that entry named, and a pronoun
// whose entry names nobody is no one's from another entry; the one
// person a description opens a sentence of the entry with is ("A nurse
// at … has worked … She said"). An entry opened by "Updated" continues
// the entry before it. want is the
// claim's speaker ("" for no claim or any speaker but not); not is the
// speaker of the other entry the pronoun must not take.
func TestLiveEntryPronoun(t *testing.T) {
	tests := []struct {
		name, text, evidence, want, not string
	}{
		{"mining: she with no antecedent in her entry",
			"Live: Shaft collapse at Dunmore copper mine\n\n16:20\nMining minister Halla Grent said the operator had ignored three safety notices this year.\n\n15:45\nRescue teams have reached the second shaft. She said the air pumps were working again.\n",
			"air pumps were working", "", "Halla Grent"},
		{"shipping: he after a stamp with a zone",
			"Live: Tanker aground off Port Mirrel\n\n14:05 GMT\nHarbour master Edvin Solberg said the tanker had lost power an hour before it struck the reef.\n\n13:40 GMT\nTugs from Kessel are on their way and the coast guard has closed the channel. He told reporters the crew had ignored two radio warnings.\n",
			"ignored two radio warnings", "", "Edvin Solberg"},
		{"border clash: a stamp with am",
			"Live: Shelling on the Varsk border\n\n10.48am\nDefence minister Orla Brisk said two soldiers had been wounded near the Tarn crossing.\n\n10.15am\nThe shelling stopped shortly before dawn, residents of Tarn say. She said the army had not fired first.\n",
			"army had not fired first", "", "Orla Brisk"},
		{"health: she is the doctor her entry opened with",
			"Live: Oxygen shortage at Orrin hospital\n\n12:30\nHealth minister Dara Velk said new cylinders would arrive by Friday.\n\n12:10\nA doctor at the Orrin general hospital said the ward had run out of oxygen twice this week. Patients were moved to the corridor overnight. She said staff had been told not to speak to the press.\n",
			"told not to speak to the press", "", "Dara Velk"},
		{"aviation: a time lead in the paragraph",
			"Live: Runway closed at Omberg\n\n11:30 - Airport director Lena Fosk said the runway would reopen at noon.\n\n11:05 - Runway lights at Omberg failed for 20 minutes on Tuesday night. She said the backup generator had not started.\n",
			"backup generator had not started", "", "Lena Fosk"},
		{"health: a nurse her entry describes is no minister of the entry before",
			"Live: Oxygen shortage at Orrin hospital\n\n12:30\nHealth minister Dara Velk said new cylinders would arrive by Friday.\n\n12:10\nA nurse at the Orrin general hospital has worked three night shifts in a row. She said the ward had run out of oxygen twice this week.\n",
			"run out of oxygen twice", "nurse at the Orrin general hospital", ""},
		{"aviation: it with no body in its entry",
			"Live: Runway closed at Omberg\n\n11:30\nThe Kestrel Airways jet landed safely at Omberg on its second attempt, the airline said.\n\n11:05\nRunway lights at Omberg failed for 20 minutes on Tuesday night. It said the backup generator had not started.\n",
			"backup generator had not started", "", "Kestrel Airways"},
		{"border clash: they with no group in their entry",
			"Live: Gunfire at the Varn crossing\n\n10:20\nVarn border guards said they had fired warning shots at a lorry.\n\n10:00\nThe crossing has been closed since Sunday and traders are stuck on both sides. They said the smugglers had been armed with rifles.\n",
			"armed with rifles", "", "Varn border guards"},
		{"elections: a dated stamp in the paragraph",
			"Live: Recount in Orlay\n\nNov 20, 16:40 - Party leader Vera Stahl said the recount had been rigged from the start.\n\nNov 20, 15:10 - Ballot boxes from eleven villages arrived in Orlay overnight. She said the seals on four of them were broken.\n",
			"seals on four of them", "", "Vera Stahl"},
		{"shipping: he is the man his entry describes",
			"Live: Ferry fire off Skellin\n\n08:50\nPort director Anna Colm said the ferry would be towed to Skellin.\n\n08:20\nA survivor from the Skellin ferry was picked up by a fishing boat. He said the fire had started in the engine room.\n",
			"started in the engine room", "survivor from the Skellin ferry", ""},
		{"mining: a woman described is no he",
			"Live: Flooding at Garrow pit\n\n07:40\nUnion leader Piet Varn said the pumps had failed at midnight.\n\n07:15\nA woman from Garrow has waited at the gate since dawn. He said the water had reached the lower gallery.\n",
			"reached the lower gallery", "", "Piet Varn"},
		{"aviation, no live page: a pilot described and nobody named",
			"Approach lights fail at Omberg\n\nA pilot at Kestrel Airways has flown into Omberg for ten years. She said the approach lights had failed twice this winter.\n",
			"approach lights had failed", "pilot at Kestrel Airways", ""},
		{"finance: an Updated entry continues the speaker",
			"Live: Central bank holds rates\n\n12:30\nCentral bank governor Mira Holt said rates would stay at 4 percent until the spring.\n\nUpdated 12:45\nShe said the bank would review its forecasts in March.\n",
			"review its forecasts", "Mira Holt", ""},
		{"elections: she within one entry still resolves",
			"Live: Counting in Varn\n\n18:10\nElection commission chair Ilse Ardel said turnout had passed 60 percent. She said the count would finish by midnight.\n\n17:55\nQueues stretched round the block in Varn by noon.\n",
			"count would finish by midnight", "Ilse Ardel", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimSpeaker(t, tt.text, tt.evidence, tt.want, tt.not, false)
		})
	}
}

// TestEntryStamp covers the heading lines that open a live page's entry
// and the ones that do not: a clock time read alone, maybe with a zone,
// opens one; "Updated" continues the entry before; a time in a headline
// or a score is no stamp.
func TestEntryStamp(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"09:32", true},
		{"9.05", true},
		{"14:05 GMT", true},
		{"10.48am", true},
		{"6.15 pm local time", true},
		{"Key points", true},
		{"### 14:05", true},
		{"## Key points", true},
		{"Key points:", true},
		{"Updated 12:45", false},
		{"Updated 19:05 local time", false},
		{"Nov 20, 08:30", true},
		{"18:40 - Jorvenia hits back", true},
		{"9.15am: Ferries cancelled", true},
		{"2-1 at half time", false},
		{"Nov 20 talks collapse", false},
		{"1.500 tonnes", false},
		{"12:30 Ferry strike called off", false},
		{"Mayday", false},
		{"1945", false},
		{"Key witness speaks", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := entryStamp([]byte(tt.line)); got != tt.want {
			t.Errorf("entryStamp(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestLiveEntryFormats covers a live page's stamps as Markdown headings
// and as HTML elements of their own: each opens an entry as a plain
// text line does.
func TestLiveEntryFormats(t *testing.T) {
	tests := []struct {
		name string
		a    Article
	}{
		{"markdown", Article{Name: "a.md", Format: Markdown, Text: []byte("# Live: Shaft collapse at Dunmore\n\n### 16:20\n\nMining minister Halla Grent said the operator had ignored three safety notices this year.\n\n### 15:45\n\nRescue teams have reached the second shaft. She said the air pumps were working again.\n")}},
		{"html", Article{Name: "a.html", Format: HTML, Text: []byte(`<html><body><h1>Live: Shaft collapse at Dunmore</h1><div class="entry"><time>16:20</time><p>Mining minister Halla Grent said the operator had ignored three safety notices this year.</p></div><div class="entry"><time>15:45</time><p>Rescue teams have reached the second shaft. She said the air pumps were working again.</p></div></body></html>`)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), tt.a)
			for _, c := range res.Claims {
				if strings.Contains(c.Text, "air pumps") && c.Speaker == "Halla Grent" {
					t.Errorf("claim %q by %q:%s", c.Text, c.Speaker, describe(res.Claims))
				}
			}
		})
	}
}

// TestStampLead covers where a prose paragraph's entry words start after
// a live page's time stamp and its dash: every stamp entryStamp reads,
// with a dash or colon set off by a space; a stamp with no dash, a
// score, a number or a date alone is none.
func TestStampLead(t *testing.T) {
	tests := []struct {
		para, want string // want: the paragraph from the entry's words ("" for no stamp)
	}{
		{"18:40 - Jorvenia hits back", "Jorvenia hits back"},
		{"9.15am: Ferries are cancelled", "Ferries are cancelled"},
		{"14:05 GMT — The harbour master said", "The harbour master said"},
		{"6.15 pm local time –  Police say", "Police say"},
		{"Nov 20, 08:30 – the count resumed", "the count resumed"},
		{"10:05 -", ""},
		{"12:30 Ferry strike called off", ""},
		{"12:30 -Ferry strike", ""},
		{"2-1 at half time", ""},
		{"1.500 tonnes - a record", ""},
		{"Nov 20 - talks collapse", ""},
		{"Mayday - the pilot called", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if n := stampLead([]byte(tt.para)); n > 0 {
			got = tt.para[n:]
		}
		if got != tt.want {
			t.Errorf("stampLead(%q) starts the words at %q, want %q", tt.para, got, tt.want)
		}
	}
}

// TestShortIn covers the lookup of a short word in lower case, from
// bytes or a string, in a set or a map of names: a word longer than the
// stack copy is in none.
func TestShortIn(t *testing.T) {
	set := map[string]bool{"gmt": true, "local": true}
	full := map[string]string{"gen": "general", "insp": "inspector"}
	tests := []struct {
		w    string
		in   bool
		full string
	}{
		{"GMT", true, ""},
		{"Local", true, ""},
		{"gmt", true, ""},
		{"Gen", false, "general"},
		{"INSP", false, "inspector"},
		{"cet", false, ""},
		{"", false, ""},
		{"Gmtgmtgmtgmt", false, ""},
	}
	for _, tt := range tests {
		if got := shortIn(set, []byte(tt.w)); got != tt.in {
			t.Errorf("shortIn(set, %q) = %v, want %v", tt.w, got, tt.in)
		}
		if got := shortIn(full, tt.w); got != tt.full {
			t.Errorf("shortIn(full, %q) = %q, want %q", tt.w, got, tt.full)
		}
	}
}
