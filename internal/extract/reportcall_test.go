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

// TestLongSecondPredicate: "X said A and had/would B", B a second
// predicate of A's subject, is two claims when both run long, each the
// speaker's; short ones are one report.
func TestLongSecondPredicate(t *testing.T) {
	checkFrames(t, []frameCase{
		{"two long predicates of one subject are two claims",
			"The Tarsk Safety Council said it had asked Velmar for information about the operation of the plant over the weekend and had offered to send a team to take samples on both sides of the border.",
			"Tarsk Safety Council", "had offered to send a team", 2},
		{"a comma closes the relative clause before the second predicate",
			"Ilse Marrow said the convoy was stopped at the Tarn checkpoint on Saturday morning, where soldiers searched every single truck, and was then held for a second time at the river bridge for almost eleven hours.",
			"Ilse Marrow", "was then held for a second time", 2},
		{"guard: short predicates are one report",
			"Police in Dorrel said the pilot had been drunk and had no licence to fly the aircraft.",
			"Dorrel police", "had no licence", 1},
		{"guard: a new auxiliary alone does not split",
			"The Vennish transport ministry said it had secured the flight recorders and would open an inquiry into the crash.",
			"Vennish Transport Ministry", "would open an inquiry", 1},
		{"guard: a second predicate of a relative clause's verb stays with it",
			"Ilse Marrow said the engineers who had inspected the old dam at Tarn three times during the long dry summer and had written separate reports on the cracks in its northern wall were never paid.",
			"Ilse Marrow", "were never paid", 1},
	})
}
