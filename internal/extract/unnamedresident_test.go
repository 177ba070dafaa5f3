package extract

import (
	"fmt"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestUnnamedResidentOfStreet checks a lay speaker described by the
// street they live on and an aside that they would not be named ("A
// resident of Kessel Lane, who asked not to be named, said"): the
// speaker is the street's resident, as without the aside, never the
// street. An aside that gives a name names the speaker.
func TestUnnamedResidentOfStreet(t *testing.T) {
	tests := []struct{ name, sent, want string }{
		{"asked not to be named",
			"A resident of Kessel Lane, who asked not to be named, told the Gazette she had seen men throwing stones.",
			"Kessel Lane resident"},
		{"did not want to be identified",
			"A resident of Orrin Road, who did not want to be identified, said the men had arrived by car.",
			"Orrin Road resident"},
		{"no aside",
			"A resident of Kessel Lane said she had seen men throwing stones.",
			"Kessel Lane resident"},
		{"guard: the aside gives a name",
			"A young man selling fruit by the depot, who gave his name only as Tomas, said he had seen men throwing stones.",
			"Tomas"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Stones thrown in Marlen\n\nWindows were broken at two houses on Kessel Lane and Orrin Road in Marlen on Saturday night.\n\n" + tt.sent + "\n"
			res := extractTitled(t, "Stones thrown in Marlen", text)
			wantSome(t, res, fmt.Sprintf("claim by %q", tt.want), func(c graph.Claim) bool { return c.Speaker == tt.want })
		})
	}
}
