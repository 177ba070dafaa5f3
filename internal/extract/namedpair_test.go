package extract

import (
	"slices"
	"testing"
)

// TestNamedPair: two names no list knows, joined by "and" before a
// reciprocal verb, are the two parties, however many words each has;
// one body joined by "and" cannot blame "each other".
func TestNamedPair(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a firm of three words and one of two",
			"The Kelby Rail Company and Harl Signals blamed each other on Monday for the derailment near Ostby.",
			[]string{"Harl Signals>Kelby Rail Company", "Kelby Rail Company>Harl Signals"}},
		{"two names of two words after a time",
			"On Monday, Kelby Rail and Harl Signals blamed each other for the derailment.",
			[]string{"Harl Signals>Kelby Rail", "Kelby Rail>Harl Signals"}},
		{"a federation and a club",
			"The Kelvan Football Federation and Dorrow Rovers accused each other of lying about the ticket sales.",
			[]string{"Dorrow Rovers>Kelvan Football Federation", "Kelvan Football Federation>Dorrow Rovers"}},
		{"the pair in apposition",
			"The two firms, Kelby Rail and Harl Signals, blamed each other for the derailment.",
			[]string{"Harl Signals>Kelby Rail", "Kelby Rail>Harl Signals"}},
		{"guard: the pair ends a longer phrase",
			"Rivals of Kelby Rail and Harl Signals have blamed each other for the fares.",
			nil},
		{"guard: two people are no open parties",
			"The Velland Party's leader, Anna Rell, spoke first. Anna Rell and Karl Brun accused each other of lying.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, res := accusationPairs(t, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("accusations %v, want %v:%s", got, tt.want, describe(res.Claims))
			}
		})
	}
}
