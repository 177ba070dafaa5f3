package extract

import "testing"

// TestDemonymSurname: a demonym after a first name that ends the phrase
// ("Orrin French, a lawyer, said", "Tessa Cuban said") is a person's
// surname, not the state's government; a demonym before its noun, or
// after an article, is still the state's.
func TestDemonymSurname(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"first name, apposition",
			"Orrin French, a lawyer for the Tessby union, said the mill was unsafe.",
			"mill was unsafe", "Orrin French", ""},
		{"first name, verb",
			"Tessa Cuban said the Tessby mill was unsafe.",
			"mill was unsafe", "Tessa Cuban", ""},
		{"trailing",
			"The Tessby mill was unsafe, Ines Dutch said.",
			"mill was unsafe", "Ines Dutch", ""},
		{"scope: a demonym before its noun",
			"In Paris, French officials said the Tessby mill was unsafe.",
			"mill was unsafe", "French government", "France"},
		{"scope: the demonym as a people",
			"The Tessby mill was unsafe, the French said.",
			"mill was unsafe", "French government", "France"},
	})
}
