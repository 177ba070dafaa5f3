package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestAnswerOfTwoFacts: a report of two facts told as two claims ("Y said
// A and that B") is one answer: the fact of it that answers nothing does
// not end Y's answer, so Y's next word still answers the charge.
func TestAnswerOfTwoFacts(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		from       string // a word of the answering claim's text
		charge     string // a word of the charge
		answers    bool
	}{
		{"the second fact of the answer between",
			"Freedonia accused Sylvania of sinking the trawler Gull off the port of Amsk on Sunday.\n\nSylvania's coast guard said its cutter had never fired on the trawler and that the Gull had been taken in tow by a Sylvanian tug with all eleven of its crew safe on board.\n\n\"Nobody gave an order to fire. That is a lie,\" the coast guard's commander, Ivo Brand, said.\n",
			"Nobody gave", "sinking", true},
		{"the same, a plain denial after",
			"Freedonia accused Sylvania of sinking the trawler Gull off the port of Amsk on Sunday.\n\nSylvania's coast guard said its cutter had never fired on the trawler and that the Gull had been taken in tow by a Sylvanian tug with all eleven of its crew safe on board.\n\n\"We did nothing wrong,\" the coast guard's commander, Ivo Brand, said.\n",
			"nothing wrong", "sinking", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := extractText(t, tc.text)
			from := claimWith(t, res.Claims, tc.from)
			if got := slices.Contains(from.RespondsTo, claimWith(t, res.Claims, tc.charge).ID); got != tc.answers {
				t.Errorf("%q answers the charge: %v, want %v\n%s", from.Text, got, tc.answers, describe(res.Claims))
			}
		})
	}
}

// TestSameReportFact: which claim of Y's, answering nothing itself, is a
// fact of the report of its neighbour that answers, on claims built by
// hand: the same speaker's, in the same sentence.
func TestSameReportFact(t *testing.T) {
	doc := "Ivo Brand said the cutter never fired and that the Gull was towed to Velm by a tug. Brand said a new school had opened in Velm."
	span := func(text string) *graph.Span {
		i := strings.Index(doc, text)
		return &graph.Span{Start: i, End: i + len(text)}
	}
	claim := func(speaker, text string, answers bool) graph.Claim {
		c := graph.Claim{Speaker: speaker, Text: text, Evidence: span(text)}
		if answers {
			c.RespondsTo = []string{"charge"}
		}
		return c
	}
	for _, tc := range []struct {
		name   string
		claims []graph.Claim
		k      int
		want   bool
	}{
		{"the second fact after the answering first",
			[]graph.Claim{claim("Ivo Brand", "the cutter never fired", true), claim("Ivo Brand", "the Gull was towed to Velm by a tug", false)}, 1, true},
		{"the first fact before the answering second",
			[]graph.Claim{claim("Ivo Brand", "the cutter never fired", false), claim("Ivo Brand", "the Gull was towed to Velm by a tug", true)}, 0, true},
		{"guard: the next sentence is another report",
			[]graph.Claim{claim("Ivo Brand", "the Gull was towed to Velm by a tug", true), claim("Ivo Brand", "a new school had opened in Velm", false)}, 1, false},
		{"guard: another speaker's fact",
			[]graph.Claim{claim("Ivo Brand", "the cutter never fired", true), claim("Ola Renn", "the Gull was towed to Velm by a tug", false)}, 1, false},
		{"guard: a neighbour that answers nothing",
			[]graph.Claim{claim("Ivo Brand", "the cutter never fired", false), claim("Ivo Brand", "the Gull was towed to Velm by a tug", false)}, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameReportFact(tc.claims, tc.k, doc); got != tc.want {
				t.Errorf("sameReportFact = %v, want %v", got, tc.want)
			}
		})
	}
}
