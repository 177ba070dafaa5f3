package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestLawfulConductOfAnother: a body that says another's conduct kept
// to the rules gives its verdict on that conduct; it denies nothing for
// its own side, though the article names the other as a party only
// later. The side's own troops, called by its adjective, stay its own.
func TestLawfulConductOfAnother(t *testing.T) {
	runDenyRows(t, []denyRow{
		{"a board on a named refinery",
			"The Coastal Safety Board said on Monday that the Verrin refinery had operated in full accordance with the safety rules during the fire. " +
				"Fishermen in Kallo have accused Verrin of hiding the fire for a day.",
			"in full accordance", graph.KindAssertion, graph.Positive, ""},
		{"the side's own troops by adjective",
			"Tarnovia has accused Sorvaly of mistreating Tarnovian prisoners. Sorvaly's defence ministry said Sorvali guards had acted in full accordance with the conventions.",
			"in full accordance", graph.KindDenial, graph.Negative, "Sorvaly"},
	})
}

// TestLawfulConductAtPlace: a place after a preposition in the subject
// says where the side's own conduct was; it is still the side's denial.
func TestLawfulConductAtPlace(t *testing.T) {
	runDenyRows(t, []denyRow{
		{"prisoners at a named camp",
			"Tarnovia has accused Sorvaly of mistreating Tarnovian prisoners. A Sorvali army spokesman, Colonel Ivo Brandt, said prisoners at Kerrow were treated \"in full accordance with the conventions\".",
			"in full accordance", graph.KindDenial, graph.Negative, "Sorvaly"},
	})
}
