package extract

import (
	"fmt"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestLeaderPossessiveParty checks a party, union or movement named by
// its leader's possessive ("Prime Minister Ansel Dorrow's Unity Party
// said", "Brenna's Civic Front said"): the party speaks, under its own
// name; its leader is no part of it. A place's possessive and a name
// whose own word is a possessive stay whole.
func TestLeaderPossessiveParty(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a title, first name and surname before the party",
			"Prime Minister Ansel Dorrow's Unity Party said on Monday that the opposition had bought votes in the eastern districts.",
			"Unity Party"},
		{"a mayor's party",
			"Mayor Ilse Varden's Civic Union accused the opposition of handing out food vouchers outside polling stations.",
			"Civic Union"},
		{"the surname of a person named before",
			"Incumbent mayor Tobiah Krenn was ahead by 600 votes.\n\nKrenn's Harbour Alliance said supporters of the challenger had bought votes.",
			"Harbour Alliance"},
		{"guard: a possessive word inside the name",
			"The Varn People's Movement said on Monday that the ruling party had bought votes in the eastern districts.",
			"Varn People's Movement"},
		{"guard: a town's possessive",
			"Ostrava Bay's Dockers' Union said on Monday that the port operator had locked out its members.",
			"Ostrava Bay's Dockers' Union"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Vote row in Marlen\n\n" + tt.text + "\n"
			res := extractTitled(t, "Vote row in Marlen", text)
			wantSome(t, res, fmt.Sprintf("claim by %q", tt.want), func(c graph.Claim) bool { return c.Speaker == tt.want })
		})
	}
}

// TestLeaderPossessiveSide checks that a person named before on no side
// speaks for the party written with their possessive ("Krenn's Harbour
// Alliance"), as its leader; a firm so written gives no side.
func TestLeaderPossessiveSide(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a party",
			"Krenn's Harbour Alliance said supporters of the challenger had bought votes.",
			"Harbour Alliance"},
		{"a union",
			"Krenn's Tanners' Union said supporters of the challenger had bought votes.",
			"Tanners' Union"},
		{"guard: a firm",
			"Krenn's Orvel Haulage said supporters of the challenger had bought votes.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Vote row in Marlen\n\nIncumbent mayor Tobiah Krenn was ahead by 600 votes on Sunday.\n\n" + tt.body + "\n\nKrenn accused the Green Front of intimidating voters in the eastern districts.\n"
			res := extractTitled(t, "Vote row in Marlen", text)
			wantSpeakerSide(t, res, "Tobiah Krenn", tt.want)
		})
	}
}
