package extract

import (
	"strings"
	"testing"
)

// TestReportThenCall: "X said A and called for B" (or "called on Y to
// …") is two claims, the call's own starting at its verb, when A reports
// a fact; a bare feeling, the speaker's own step, or a condemnation
// before the call keeps the two one statement.
func TestReportThenCall(t *testing.T) {
	tests := []struct {
		name, text, speaker string
		claims              int
		call                bool // a claim opens with the call's verb
	}{
		{"a fact then a call on someone: two claims",
			"The Velmar Farmers' Union said the co-operative would sue the grain board and called on its chairman to resign.",
			"Velmar Farmers' Union", 2, true},
		{"a fact then a call for something: two claims",
			"Councillor Ada Brenn said the river had burst its banks near the old mill and called for an inquiry into the flood defences.",
			"Ada Brenn", 2, true},
		{"a call on two parties joined by \"and\"",
			"The Ostrel football league said the match would be replayed in March and called on both the home club and the visitors to calm their fans.",
			"Ostrel football league", 2, true},
		{"a feeling that says what it is about at length is a claim of its own",
			"The Orlan Relief Agency said it was alarmed by reports that the clinic in Varsk had been shelled twice in one week and called for an independent inquiry.",
			"Orlan Relief Agency", 2, true},
		{"guard: a bare feeling is the call's preamble",
			"The Orlan Relief Agency said it was deeply concerned by the reports and called for a ceasefire.",
			"Orlan Relief Agency", 1, false},
		{"guard: the speaker's own step and its call are one statement",
			"The Tessin Harbour Authority said it had asked both shipping lines for their logs and called for calm.",
			"Tessin Harbour Authority", 1, false},
		{"guard: a condemnation and its call are one statement",
			"Mayor Ilka Dorn condemned the shooting at the Varsk market and called for an inquiry.",
			"Ilka Dorn", 1, false},
		{"guard: calling on the return of something names no one to act",
			"The Velmar Farmers' Union said the grain board had broken the law and called on the immediate return of the seized harvest.",
			"Velmar Farmers' Union", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			if len(res.Claims) != tt.claims {
				t.Fatalf("got %d claims, want %d:%s", len(res.Claims), tt.claims, describe(res.Claims))
			}
			call := false
			for _, c := range res.Claims {
				if c.Speaker != tt.speaker {
					t.Errorf("claim %q by %q, want %q", c.Text, c.Speaker, tt.speaker)
				}
				call = call || strings.HasPrefix(c.Text, "called ")
			}
			if call != tt.call {
				t.Errorf("a claim opens with the call: %v, want %v:%s", call, tt.call, describe(res.Claims))
			}
		})
	}
}
