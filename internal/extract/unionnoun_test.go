package extract

import (
	"fmt"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestUnionByOtherNoun checks a trade union whose own name ends in
// another noun than Union ("the Harbour Dockers' Federation", "the
// Tanners' Guild"): news calls it "the union" all the same, and its
// "union leader" or "Union President" speaks for it. A body whose name
// says no trade ("the Marlen Chess Federation", "the Dunmere Residents'
// Association") is no union, and its officers stay on no side here.
func TestUnionByOtherNoun(t *testing.T) {
	tests := []struct {
		name, body, role, want string
	}{
		{"a workers' federation, capitalised title",
			"The Harbour Dockers' Federation accused Tamber Logistics on Monday of hiring guards to break its picket line.",
			"Union President Ada Fenn", "Harbour Dockers' Federation"},
		{"a workers' federation, lower-case title",
			"The Harbour Dockers' Federation accused Tamber Logistics on Monday of hiring guards to break its picket line.",
			"union leader Ivo Brannt", "Harbour Dockers' Federation"},
		{"a guild",
			"The Vell Tanners' Guild accused Orlan Leather on Monday of locking its members out of the yard.",
			"Union leader Marta Quell", "Vell Tanners' Guild"},
		{"guard: a residents' association is no union",
			"The Dunmere Residents' Association accused Tamber Logistics on Monday of running lorries through the night.",
			"union leader Ivo Brannt", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Row at Tamber yard\n\n" + tt.body + "\n\n" + tt.role + " said the guards had charged the pickets with batons.\n"
			res := extractTitled(t, "Row at Tamber yard", text)
			wantSome(t, res, fmt.Sprintf("claim of %q on side %q", tt.role, tt.want), func(c graph.Claim) bool { return c.Role != "" && c.Side == tt.want })
		})
	}
}

// TestUnionOfficialsOfFederation checks "union officials" as the
// accused when the article's one union is named a federation: the
// charge is against the union.
func TestUnionOfficialsOfFederation(t *testing.T) {
	text := "Row at Tamber yard\n\nThe Harbour Dockers' Federation accused Tamber Logistics on Monday of hiring guards to break its picket line.\n\nTamber Logistics chief executive Olaf Reed accused union officials of encouraging violence on the picket line.\n"
	res := extractTitled(t, "Row at Tamber yard", text)
	wantSome(t, res, "charge by Olaf Reed against the federation", func(c graph.Claim) bool {
		return c.Kind == graph.KindAccusation && c.Speaker == "Olaf Reed" && c.Subject == "Harbour Dockers' Federation"
	})
}
