package extract

import "testing"

// TestTranscriptTurns: a broadcast transcript's presenter asks, and what
// the presenter's turn says (a premise put to the guest: "the mayor says
// …") is nobody's claim; each sentence of the guest's turns of five
// words or more is the guest's, whatever it names; a third voice named
// before speaks for itself. Labels that open lines but ask nothing (a
// list of results) and a page's notes are no transcript.
func TestTranscriptTurns(t *testing.T) {
	intro := "Marvel Tollan, the chief executive of Quillby Foods, spoke to Ada Renk on Radio Fenwick's Morning Desk programme.\n\n"
	runSpeakersRows(t, []speakersRow{
		{"capital labels, presenter's role in a parenthesis",
			intro + "ADA RENK (presenter): Marvel Tollan, the mayor says your lorries damaged the bridge. Did they?\n\n" +
				"MARVEL TOLLAN: No. Our lorries never crossed that bridge in March.\n\n" +
				"RENK: The county engineers found tyre marks on the deck.\n\n" +
				"TOLLAN: Those marks were left by the council's own gritters. The mayor is looking for someone else to pay.\n",
			map[string]string{
				"the mayor says":           "",
				"The county engineers":     "",
				"No. Our lorries never":    "Marvel Tollan",
				"Those marks were left":    "Marvel Tollan",
				"The mayor is looking for": "Marvel Tollan",
			}},
		{"name labels, the presenter asking in most turns",
			intro + "Ada Renk: Fenwick council says you owe it two million crowns. Will you pay?\n\n" +
				"Marvel Tollan: We owe the council nothing at all. Their own audit found no debt.\n\n" +
				"Renk: Will you meet the mayor?\n\n" +
				"Tollan: I am happy to meet him. Let him come.\n",
			map[string]string{
				"Fenwick council says":   "",
				"We owe the council":     "Marvel Tollan",
				"Their own audit found":  "Marvel Tollan",
				"I am happy to meet him": "Marvel Tollan",
				"Let him come":           "",
			}},
		{"a third voice named before",
			"Senator Bettina Krall spoke at the rally on Friday.\n\n" + intro +
				"RENK: Is the factory closing?\n\nTOLLAN: The factory will stay open for at least ten years.\n\n" +
				"RENK: Are you sure?\n\nTOLLAN: Our order book is full until the end of the decade.\n\n" +
				"KRALL: I have seen the company's plans and they include the closure of the factory.\n",
			map[string]string{
				"The factory will stay":     "Marvel Tollan",
				"I have seen the company's": "Bettina Krall",
			}},
		{"guard: a repeated label that names no one is no guest",
			intro + "RENK: Is the factory closing?\n\nTOLLAN: The factory will stay open for at least ten years.\n\n" +
				"RENK: Are you sure?\n\nTOLLAN: Our order book is full until the end of the decade.\n\n" +
				"Sponsored: Fenwick Bank offers the best savings rates in the county this month.\n\n" +
				"Sponsored: Fenwick Bank offers free current accounts to every new customer.\n",
			map[string]string{
				"The factory will stay": "Marvel Tollan",
				"Fenwick Bank offers":   "",
			}},
		{"guard: a list of labels that ask nothing is read line by line, as before (colonFrame)",
			"Fenwick's council election results were announced on Friday.\n\n" +
				"Tollan: The Greens won four seats in the east ward.\n\nRenk: The Liberals won six seats in the west ward.\n\n" +
				"Tollan: The Greens kept their two seats in the south ward.\n\nRenk: The Liberals lost three seats in the north ward.\n",
			map[string]string{"The Greens won four seats": "Tollan", "The Liberals won six seats": "Renk"}},
	})
}

// TestLineLabel: the label a transcript's line opens with.
func TestLineLabel(t *testing.T) {
	tests := []struct {
		line, name, key, paren string
		ok                     bool
	}{
		{"ADA RENK (presenter): Did they?", "ADA RENK", "renk", "presenter", true},
		{"Radio Fenwick 24: Is that true?", "Radio Fenwick 24", "24", "", true},
		{"Tollan-Vey: It is absurd.", "Tollan-Vey", "tollan-vey", "", true},
		{"The mayor said: no.", "", "", "", false},
		{"A: Yes.", "", "", "", false},
		{"Q: Will you appeal?", "Q", "q", "", true},
		{"Renk:Did they?", "", "", "", false},
		{"Four Words Of Label: text", "", "", "", false},
	}
	for _, tt := range tests {
		name, key, paren, _, ok := lineLabel(tt.line)
		if name != tt.name || key != tt.key || paren != tt.paren || ok != tt.ok {
			t.Errorf("lineLabel(%q) = %q %q %q %v, want %q %q %q %v", tt.line, name, key, paren, ok, tt.name, tt.key, tt.paren, tt.ok)
		}
	}
}
