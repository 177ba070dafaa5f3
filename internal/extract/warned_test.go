package extract

import "testing"

// TestWarnedParty checks that a party said to have been warned or told
// of a fault ("had been warned again and again that …", "was told three
// times that …", "was alerted to the cracks") is accused of ignoring it;
// an order ("was told to leave") and a warning of what another will do
// ("was warned that Ostmark would …") accuse no one.
func TestWarnedParty(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a bank warned again and again",
			"The Bank Workers' Federation said the Orlen Savings Bank had been warned \"again and again\" that its backup servers were out of date.",
			[]string{"Bank Workers' Federation>Orlen Savings Bank"}},
		{"a pipeline operator told three times",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark said Velgaz Energy was told three times this spring that the weld at the border was failing.",
			[]string{"Ostmark>Velgaz Energy"}},
		{"an airport authority warned about its radar",
			"The Air Traffic Controllers' Guild said the Velmark Airport Authority had been warned about the faulty ground radar for a year.",
			[]string{"Air Traffic Controllers' Guild>Velmark Airport Authority"}},
		{"guard, already read: a mining company alerted to the cracks",
			"The Tarn Valley Farmers' Association said Deltrak Mining was alerted to the cracks in the tailings dam in March.",
			[]string{"Tarn Valley Farmers' Association>Deltrak Mining"}},
		{"guard: an order",
			"The Bank Workers' Federation said the Orlen Savings Bank was told to close its branches.",
			nil},
		{"guard: a warning of what another will do",
			"BRASK, Ostmark, May 3 (Wirenews) - Ostmark said Velland was warned that storms would close the port.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestWarnedOther checks that a party the speaker's side says it warned
// of a fault ("had warned the health ministry three times that …", "has
// been warning Velmark Airways for a year that …") is accused of
// ignoring it; a warning of what the speaker will do is a threat, and
// an order ("warned Velland to withdraw") accuses no one of this.
func TestWarnedOther(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a relief trust warned a ministry",
			dl + "The Wrenmoor Relief Trust said it had warned the health ministry three times that children in the camp were drinking dirty water.",
			[]string{"Wrenmoor Relief Trust>Ostmark"}},
		{"a controllers' guild has been warning an airline",
			"The Air Traffic Controllers' Guild says it has been warning Velmark Airways for a year that its de-icing crews are short of fluid.",
			[]string{"Air Traffic Controllers' Guild>Velmark Airways"}},
		{"a farmers' association warned a mining company",
			"The Tarn Valley Farmers' Association said it had warned Deltrak Mining in March that the tailings dam was leaking.",
			[]string{"Tarn Valley Farmers' Association>Deltrak Mining"}},
		{"guard: a warning of what the speaker will do",
			dl + "Ostmark said it had warned Velland that it would respond to any incursion.",
			nil},
		{"guard: an order",
			dl + "Ostmark said it had warned Velland to withdraw its boats from the bay.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
