package extract

import (
	"strings"
	"testing"
)

// TestLinksListNoClaims checks that the points of a list of links to
// other stories ("Related stories", "Read more:") give no claims — they
// are those stories' headlines — while the points of a summary list
// ("Key points") and a list after prose still do.
func TestLinksListNoClaims(t *testing.T) {
	const body = "Ostmark Ferries said on Monday that the Tessa Bay had been inspected in March. The port authority said the ship's lifeboats were out of date.\n\n"
	tests := []struct {
		name, text, evidence string
		want                 bool // a claim's text holds evidence
	}{
		{"related stories (shipping)",
			body + "Related stories\n- Port of Halden to get new cranes, ministry says\n- Ferry fares to rise in spring\n",
			"new cranes", false},
		{"related, then a second point (health)",
			body + "Related\n- Ward closures were avoidable, nurses say\n- Clinic waiting lists grow, health board admits\n",
			"health board admits", false},
		{"read more with a colon (finance)",
			body + "Read more:\n- Dorrow Bank profits fell sharply, analysts say\n",
			"profits fell sharply", false},
		{"guard: key points are the article's own",
			"Key points\n- Ostmark Ferries says the Tessa Bay was inspected in March\n- The port authority says its lifeboats were out of date\n\n" + body,
			"lifeboats were out of date", true},
		{"guard: a list after prose (mining)",
			body + "The union listed its demands:\n- Halvek Mining must pay the miners' back wages, the union said\n",
			"back wages", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			got := false
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tt.evidence) {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("claim with %q: %v, want %v:%s", tt.evidence, got, tt.want, describe(res.Claims))
			}
		})
	}
}
