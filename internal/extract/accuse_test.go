package extract

import (
	"slices"
	"testing"
)

// TestAccusationShapes checks accusations written in the shapes news
// prose gives them beyond "X accused Y of Z", by parties no list names:
// side>accused of every accusation, in any order.
func TestAccusationShapes(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"the accused named in apposition, then a time, before of",
			dl + "The Kelvan Football Federation accused the country's largest broadcaster, Ostvision, on Monday of fabricating evidence.",
			[]string{"Kelvan Football Federation>Ostvision"}},
		{"the accused named in apposition before of",
			dl + "The Kelvan Football Federation accused the country's largest broadcaster, Ostvision, of fabricating evidence.",
			[]string{"Kelvan Football Federation>Ostvision"}},
		{"the accused named in apposition before for",
			dl + "The Kelvan Football Federation blamed the country's largest broadcaster, Ostvision, for the leak.",
			[]string{"Kelvan Football Federation>Ostvision"}},
		{"guard, already read: a time between commas before of",
			dl + "Ostmark accused Velland, on Tuesday, of shelling the village.",
			[]string{"Ostmark>Velland"}},
		{"guard, already read: the accused described in apposition before of",
			dl + "Ostmark accused Velland, its northern neighbour, of shelling the village.",
			[]string{"Ostmark>Velland"}},
		{"guard: a new clause after the comma",
			dl + "Ostmark accused Velland, and the talks broke down.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			var got []string
			for _, c := range res.Claims {
				if c.Kind == "accusation" {
					got = append(got, c.Side+">"+c.Subject)
				}
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("accusations %q, want %q:%s", got, want, describe(res.Claims))
			}
		})
	}
}
