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
