package extract

import "testing"

// TestRelativeWhichAccused checks "…, which X accused of …": a named
// body the relative pronoun stands for is charged by the clause's
// speaker, as "whom" charges a person; "which" after a thing, or
// before "blamed … on", charges no body this way.
func TestRelativeWhichAccused(t *testing.T) {
	const lead = "PORT ARNE, Ostrelia (Wirenews) - Oil washed up along the beaches of Arne Bay on Tuesday, closing the bay to fishing.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"shipping: the pronoun is the sentence's speaker",
			lead + "The Arne Bay Fishermen's Union said the oil had come from a tanker operated by Varden Shipping Lines, which it accused of pumping oily water into the bay at night.\n",
			[]string{"Arne Bay Fishermen's Union>Varden Shipping Lines"}},
		{"fisheries: the body named again by its noun charges the body",
			lead + "The Arne Bay Fishermen's Union called for an inquiry led by the Coastal Safety Board, which the union accused of ignoring its warnings for years.\n",
			[]string{"Arne Bay Fishermen's Union>Coastal Safety Board"}},
		{"guard: a thing, not a body",
			lead + "The Arne Bay Fishermen's Union criticised the new fishing quota, which it accused of favouring large trawlers.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
