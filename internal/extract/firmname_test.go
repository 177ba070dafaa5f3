package extract

import "testing"

// TestShortNamedFirm checks that two capitalised words no list knows,
// blamed or blaming, are a company when the article then shortens them
// to the first word, as news shortens a firm ("Mellick" for Mellick
// Scaffolding) and not a person (whom it shortens to the surname): the
// company is the accused, and "the company" refers back to it.
func TestShortNamedFirm(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a council blames a scaffolding firm",
			"The Tarn District Council blamed Mellick Scaffolding for the collapse of the school wall.\n\n" +
				"Mellick rejected the council's account.",
			[]string{"Tarn District Council>Mellick Scaffolding"}},
		{"a party accuses a printer of misprinting ballots",
			"The Civic Front accused Larwick Printing of misprinting ballots in Marrow.\n\n" +
				"Larwick denied the charge on Tuesday.",
			[]string{"Civic Front>Larwick Printing"}},
		{"a payments firm and a bank blame each other",
			"Harrowgate Payments blamed the Orlen Savings Bank for the outage.\n\n" +
				"The Orlen Savings Bank said Harrowgate had sabotaged its servers.",
			[]string{"Harrowgate Payments>Orlen Savings Bank", "Orlen Savings Bank>Harrowgate Payments"}},
		{"an airport blames a caterer, then the company",
			"The Velmark Airport Authority blamed Skelby Catering for poisoning the passengers of flight 22.\n\n" +
				"Skelby said nothing on Monday. The Velmark Pilots' Union accused the company of cutting corners.",
			[]string{"Velmark Airport Authority>Skelby Catering", "Velmark Pilots' Union>Skelby Catering"}},
		{"guard: a person blamed, then named by the surname",
			"The Civic Front accused Tomas Reche of misprinting ballots in Marrow.\n\n" +
				"Reche denied the charge on Tuesday.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
