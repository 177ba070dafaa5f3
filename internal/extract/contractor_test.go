package extract

import "testing"

// TestContractorApposition checks that a name in apposition to a
// party's "contractor", "subcontractor" or "supplier" ("its contractor,
// Pellan Masonry,") is a company no list names, which "the company" or
// "the supplier" then refers back to as the accused.
func TestContractorApposition(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a council and its contractor",
			"The Tarn District Council said the school wall had been built by its contractor, Pellan Masonry, in 2031.\n\n" +
				"The council blamed the company for the collapse of the wall.",
			[]string{"Tarn District Council>Pellan Masonry"}},
		{"an airline and its supplier",
			"Velmark Airways said its supplier, Orvik Parts, had sent the brakes in March.\n\n" +
				"The airline accused the supplier of hiding failed test results.",
			[]string{"Velmark Airways>Orvik Parts"}},
		{"a port authority and its subcontractor",
			"The Brask Port Authority said its subcontractor, Delmar Dredging, had worked near the cable in May.\n\n" +
				"The authority accused the firm of cutting the cable and ignoring the charts.",
			[]string{"Brask Port Authority>Delmar Dredging"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
