package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestLiveBlogAnswersOlderEntry: a live blog prints its newest entry
// first, so a side's answer stands above the charge it answers; read in
// the order things were said, the answer links to the charge.
func TestLiveBlogAnswersOlderEntry(t *testing.T) {
	const page = "Live: Tarnovia and Sorvaly trade charges over border shelling\n\n" +
		"16:40\nWe are pausing our coverage here.\n\n" +
		"15:20\nSorvaly has now answered. Its defence ministry said no Sorvalian battery had fired on Pirsk and called the accusation \"a bedtime story for voters\".\n\n" +
		"14:05\nTarnovia's interior ministry accused Sorvaly of shelling the village of Pirsk overnight, killing two farmers.\n\n" +
		"13:30\nResidents of Pirsk describe a night of explosions.\n"
	res := extractText(t, page)
	var charge *graph.Claim
	for i := range res.Claims {
		if c := &res.Claims[i]; c.Kind == graph.KindAccusation && c.Subject == "Sorvaly" {
			charge = c
		}
	}
	if charge == nil {
		t.Fatalf("no charge against Sorvaly:%s", describe(res.Claims))
	}
	answered := false
	for _, c := range res.Claims {
		if c.Side == "Sorvaly" && c.Kind == graph.KindDenial && slices.Contains(c.RespondsTo, charge.ID) {
			answered = true
		}
	}
	if !answered {
		t.Errorf("Sorvaly's denial answers no charge:%s", describe(res.Claims))
	}
}

// TestLiveStamps: three or more lines holding only a time, each earlier
// than the one above, make a live blog; times in order, or in prose,
// do not.
func TestLiveStamps(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		live       bool
	}{
		{"newest first", "Live\n\n16:40\nA.\n\n15:20\nB.\n\n9:05\nC.\n", true},
		{"dotted with a zone", "Live\n\n19.40 CET\nA.\n\n19.05 CET\nB.\n\n18.10 CET\nC.\n", true},
		{"oldest first", "Diary\n\n9:05\nA.\n\n15:20\nB.\n\n16:40\nC.\n", false},
		{"two stamps", "Live\n\n16:40\nA.\n\n15:20\nB.\n", false},
		{"times in prose", "The vote opened at 9:05.\nIt closed at 16:40.\nResults came at 22:10.\n", false},
	} {
		if got := liveStamps([]byte(tc.text)) != nil; got != tc.live {
			t.Errorf("%s: live %v, want %v", tc.name, got, tc.live)
		}
	}
	if _, ok := stampOf([]byte(strings.Repeat("1", 3) + ":00")); ok {
		t.Errorf("a three-digit hour read as a time")
	}
}
