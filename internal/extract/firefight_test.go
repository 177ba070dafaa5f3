package extract

import "testing"

// TestExchangeOfFire checks that "an exchange of fire" (of gunfire, of
// shots), news's stock phrase for two sides shooting at each other, is
// named a clash where blame is traded over it, not an "exchange", and
// that an exchange of anything else is no clash.
func TestExchangeOfFire(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"an exchange of fire", "",
			"Velland and Ostmark traded accusations on Friday over an exchange of fire between border guards that killed a soldier.",
			[]string{"clash", "clash"}},
		{"an exchange of gunfire", "",
			"Velland blamed Ostmark for an exchange of gunfire near the river crossing.",
			[]string{"clash"}},
		// scope: a headline that names the clash itself names it
		{"scope: the headline's own clash", "Velland and Ostmark trade blame over river skirmish",
			"Velland blamed Ostmark for an exchange of fire near the river crossing.",
			[]string{"river skirmish"}},
		// scope: an exchange of prisoners is the configured topic's
		{"scope: an exchange of prisoners", "",
			"Velland blamed Ostmark for delaying an exchange of prisoners agreed in May.",
			[]string{"prisoners of war"}},
	})
}
