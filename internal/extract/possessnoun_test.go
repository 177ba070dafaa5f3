package extract

import (
	"strings"
	"testing"
)

// TestVerbFormAfterPossessive: a word that is also a verb ("trust",
// "support") after a noun's possessive is the head of the subject
// ("Harbeck supporters' trust said …", "the growers' trust said …"), not
// a verb that leaves the report with no speaker.
func TestVerbFormAfterPossessive(t *testing.T) {
	const lead = "Tarvel Rovers and the Ostmark league traded accusations of match-fixing on Monday.\n\n"
	for _, tt := range []struct {
		name, text, evidence, want string
	}{
		{"plural possessive, no article", lead + "Tarvel supporters' trust said it had collected more than 9,000 signatures on a petition.\n",
			"it had collected", "Tarvel supporters' trust"},
		{"a club's short name, then its supporters' trust", "The Ostmark league and the owner of Harbeck Rovers accused each other of match-fixing on Monday.\n\nDana Pell, who has owned Harbeck since 2031, accused the league of rigging the decider.\n\nHarbeck supporters' trust said it had collected more than 9,000 signatures on a petition.\n",
			"it had collected", "Harbeck supporters' trust"},
		{"plural possessive after the", lead + "The Marlow growers' trust said it would march on the league's offices on Saturday.\n",
			"it would march", "Marlow growers' trust"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkClaimSpeaker(t, tt.text, tt.evidence, tt.want, "", false) })
	}
}

// TestPossessiveBefore: the possessives that make the next word a noun,
// and the near misses that do not ("that's", "it's": "is" or "has"; a
// quotation mark set against the next word).
func TestPossessiveBefore(t *testing.T) {
	x := New(testTaxonomy())
	d := &docState{x: x}
	for _, tt := range []struct {
		text, word string
		want       bool
	}{
		{"the fans' trust said", "trust", true},
		{"Marlow's support for the plan", "support", true},
		{"guard: that's support enough", "support", false},
		{"guard: he said it's trust that matters", "trust", false},
		{"guard: a word in quotes 'trust' said", "trust", false},
		{"guard: critics called the levy 'a tax on farmers' support or not", "support", false},
	} {
		d.str = tt.text
		d.toks = tokenizeWith(tt.text, 0, len(tt.text), d.toks[:0], x.voc, nil)
		k := -1
		for i := range d.toks {
			if d.toks[i].low == tt.word {
				k = i
			}
		}
		if k < 1 {
			t.Fatalf("%q: no %q", tt.text, tt.word)
		}
		if got := d.possessiveBefore(k); got != tt.want {
			t.Errorf("%q: possessiveBefore(%q) = %v, want %v (tokens %s)", tt.text, tt.word, got, tt.want, strings.Join(lows(d.toks), "|"))
		}
	}
}

func lows(ts []token) []string {
	out := make([]string, len(ts))
	for i := range ts {
		out[i] = ts[i].low
	}
	return out
}
