package extract

import (
	"strings"
	"testing"
)

// TestBothPairSpeaksNot checks that "Both sides …", "Both governments
// …" as a subject makes no claim of a speaker called "Both sides": the
// reporter sums up what each party says in its own words, and the
// article quotes those words.
func TestBothPairSpeaksNot(t *testing.T) {
	tests := []struct{ name, sent string }{
		{"both sides criticised a council", "Both sides criticised Marlen Borough Council, which approved the depot in May."},
		{"both governments say", "Both governments say they want an independent inquiry."},
		{"both parties have hinted", "Both parties have hinted that they may go to court."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Depot row in Marlen\n\nThe Harl Tenants' Committee and Orvel Haulage blamed each other on Monday for a fire at the Marlen depot.\n\n" + tt.sent + "\n\nThe committee said the company had ignored its complaints.\n"
			res := extractTitled(t, "Depot row in Marlen", text)
			for _, c := range res.Claims {
				if strings.HasPrefix(strings.ToLower(c.Speaker), "both ") {
					t.Errorf("claim by %q:%s", c.Speaker, describe(res.Claims))
				}
			}
		})
	}
}
