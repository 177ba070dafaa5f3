package extract

import "testing"

// TestAccusedPairs checks who accuses whom in shapes news prose gives
// an accusation between parties no list names: side>accused of every
// accusation, in any order.
func TestAccusedPairs(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"the accused described before its name, then a time, before of",
			dl + "Brenn Dairy Association accused its former packaging supplier Vesto Chemicals on Tuesday of selling faulty cartons.",
			[]string{"Brenn Dairy Association>Vesto Chemicals"}},
		{"guard, already read: the accused described before its name, no time",
			dl + "Brenn Dairy Association accused its former packaging supplier Vesto Chemicals of selling faulty cartons.",
			[]string{"Brenn Dairy Association>Vesto Chemicals"}},
		{"guard: a time and no of",
			dl + "Brenn Dairy Association accused its former packaging supplier Vesto Chemicals on Tuesday evening.",
			nil},
		{"a company of one word described in apposition speaks for itself",
			dl + "Pellin, Ostmark's second-largest airline, accused Norvo Logistics of losing luggage.",
			[]string{"Pellin>Norvo Logistics"}},
		{"a company of one word described by an article",
			dl + "Pellin, a regional airline, accused Norvo Logistics of losing luggage.",
			[]string{"Pellin>Norvo Logistics"}},
		{"guard: a person of one name with a title in apposition",
			dl + "Pellin, Ostmark's foreign minister, accused Velland of shelling the border.",
			[]string{"Ostmark>Velland"}},
		{"guard: a state's own company in apposition",
			dl + "Vostgaz, Ostmark's state gas company, accused Velland of stealing gas.",
			[]string{"Ostmark>Velland"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
