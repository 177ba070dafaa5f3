package extract

import "testing"

// TestSoleStateMinister checks that a minister or officer of state named
// by title alone ("Interior Minister Salem Brask", "Colonel Ada Renn of
// the army") speaks for the one state the article has named, against an
// armed group or a company, and for none when it has named two.
func TestSoleStateMinister(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an interior minister against an armed front",
			"Tessarian officials and the Red Ridge Front blamed each other for poisoning the reservoir at Tesh, the main town in the north of Tessaria.\n\n" +
				"Interior Minister Salem Brask has spoken to state television. He accused the Red Ridge Front of poisoning the people it claims to defend.",
			[]string{"Tessaria>Red Ridge Front", "Red Ridge Front>Tessaria", "Tessaria>Red Ridge Front"}},
		{"a transport minister against a shipping company",
			"The Marlovan coast guard accused Selvik Shipping of dumping oil off the coast of Marlova.\n\n" +
				"Transport Minister Ilse Varga accused Selvik Shipping of lying about the spill.",
			[]string{"Marlova>Selvik Shipping", "Marlova>Selvik Shipping"}},
		{"guard: two states named, the minister's unknown",
			"The Marlovan army accused Ostrelian troops of shelling the port of Varn in Marlova, near Ostrelia.\n\n" +
				"Selvik Shipping said its ferries would stop sailing to Varn.\n\n" +
				"Defence Minister Ilse Varga said the Red Ridge Front had mined the road.",
			[]string{"Marlova>Ostrelia", ">Red Ridge Front"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
