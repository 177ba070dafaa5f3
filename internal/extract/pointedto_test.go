package extract

import "testing"

// TestPointedTo checks that evidence a party says "points to" another
// party, or to a thing another party did ("a valve replaced by X"),
// blames that party; evidence pointing to a cause, to nothing, to a
// thing of the party's, or denied, blames no one.
func TestPointedTo(t *testing.T) {
	const lead = "VARN, Ostrelia (Wirenews) - A former intelligence officer fell ill in Varn on Sunday after drinking tea laced with a nerve agent, and Ostrelia blamed Dravonia for the poisoning, which Dravonia denied.\n\n"
	const plant = "HALLSTRAND, Ostrelia (Wirenews) - An explosion at the Orsk Chemicals plant in Hallstrand killed four workers on Monday.\n\n" +
		"Orsk Chemicals said it was cooperating with investigators.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"poisoning: everything points to the other state's agency",
			lead + "\"Everything we have points to the Dravonian Security Directorate,\" Interior Minister Dana Velez told parliament.\n",
			[]string{"Ostrelia>Dravonia", "Ostrelia>Dravonia"}},
		{"industry: findings point to a part a named contractor replaced",
			plant + "Chief executive Ivo Marek told analysts that early findings pointed instead to a pump that had been replaced by Varden Industrial Services during a shutdown.\n",
			[]string{"Orsk Chemicals>Varden Industrial Services"}},
		{"guard: the evidence points to a cause, no party",
			plant + "Chief executive Ivo Marek told analysts that early findings pointed to a pressure failure inside the pump.\n",
			nil},
		{"guard: the evidence does not point to the party",
			lead + "\"Nothing we have points to the Dravonian Security Directorate,\" said Anna Holt, a toxicologist, adding that the evidence did not point to Dravonia.\n",
			[]string{"Ostrelia>Dravonia"}},
		{"guard: a thing of the party, not the party",
			lead + "Interior Minister Dana Velez said the trade figures pointed to Dravonia's exports falling.\n",
			[]string{"Ostrelia>Dravonia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
