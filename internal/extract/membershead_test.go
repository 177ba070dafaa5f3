package extract

import (
	"fmt"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestMembersPossessiveBody checks "the tenants' committee", "the
// dockers' union" after "the" (a body named before, called by its
// members and its noun): a person who chairs or leads it speaks for it.
func TestMembersPossessiveBody(t *testing.T) {
	tests := []struct{ name, first, second, want string }{
		{"a tenants' committee",
			"The Harl Community Association blamed members of the Dunmere Tenants' Committee for the violence.",
			"But Olin Ashcroft, who chairs the tenants' committee, insisted that the protest had been peaceful.",
			"Dunmere Tenants' Committee"},
		{"a dockers' union",
			"Orvel Haulage blamed the Varn Dockers' Union for the blockade at the port.",
			"Greta Hollin, who leads the dockers' union, said the company had locked its members out.",
			"Varn Dockers' Union"},
		{"the body's noun alone, as before",
			"The Harl Community Association blamed members of the Dunmere Tenants' Committee for the violence.",
			"Olaf Penn, who chairs the committee, said the protest had been peaceful.",
			"Dunmere Tenants' Committee"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Row in Marlen\n\n" + tt.first + "\n\n" + tt.second + "\n"
			res := extractTitled(t, "Row in Marlen", text)
			wantSome(t, res, fmt.Sprintf("officer's claim on side %q", tt.want), func(c graph.Claim) bool { return c.Role != "" && c.Side == tt.want })
		})
	}
}
