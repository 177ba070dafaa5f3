package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestPhrasalDenial checks that a phrasal verb that brushes a charge
// aside ("brushed off the charge", "shrugged off", "pushed back on",
// "played down", "laughed off", "waved away") is the speaker's denial,
// and that the same verbs without their particle report nothing
// ("played a concert", "waved flags", "… and pushed him into a ditch").
func TestPhrasalDenial(t *testing.T) {
	lead := "DREVAC, Tarvia (Wire) - Kolmark accused Tarvia on Monday of flying a drone over its border villages.\n\n"
	tests := []struct {
		name, text, evidence string
		want                 bool
	}{
		{"brushed off", lead + "Tarvian officials brushed off the charge.", "brushed off the charge", true},
		{"shrugged off", lead + "The Tarvian defence ministry shrugged off the accusation on Tuesday.", "shrugged off the accusation", true},
		{"played down", lead + "The Tarvian foreign ministry played down the report, calling the flight routine.", "played down the report", true},
		{"laughed off", lead + "Defence Minister Ilan Brask laughed off the claim at a news conference.", "laughed off the claim", true},
		{"waved away", lead + "Defence Minister Ilan Brask waved away the accusation as a bid for sympathy.", "waved away the accusation", true},
		{"pushed back on", lead + "Donor governments pushed back on the suggestion that they had cut their aid.", "pushed back on the suggestion", true},
		// guards: the verbs without their particle, also as the second
		// verb of a report's content
		{"guard: pushed back the boats", lead + "The coast guard pushed back the boats on Tuesday.", "the boats on Tuesday", false},
		{"guard: a list of acts", lead + "Villagers say the soldiers dragged a farmer out of his house and pushed him into a ditch.", "him into a ditch", false},
		{"guard: played a concert", lead + "The army band played a concert in the square on Tuesday.", "a concert in the square", false},
		{"guard: waved flags", lead + "Villagers waved flags as the soldiers left on Tuesday.", "flags as the soldiers left", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			// a claim the verb made would hold its words after the verb
			// alone; a guard's sentence may still be another verb's report
			var got *graph.Claim
			for i, c := range res.Claims {
				if tt.want && strings.Contains(c.Text, tt.evidence) || !tt.want && strings.HasPrefix(c.Text, tt.evidence) {
					got = &res.Claims[i]
				}
			}
			switch {
			case tt.want && (got == nil || got.Kind != graph.KindDenial):
				t.Errorf("want a denial with %q:%s", tt.evidence, describe(res.Claims))
			case !tt.want && got != nil:
				t.Errorf("want no claim with %q, got %q by %q", tt.evidence, got.Text, got.Speaker)
			}
		})
	}
}
