package extract

import "testing"

// TestPartyByDescription checks accusations whose accuser the sentence
// gives only by a description the article ties elsewhere to one named
// party: "the rebel group said", "the rebels … have described", side>
// accused of every accusation, in any order.
func TestPartyByDescription(t *testing.T) {
	const lead = "KORSA, Vendria, June 4 (Wirenews) - Vendria's government accused the Tamsel Hills Front on Monday of burning a grain depot near Korsa"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"the rebel group speaks for the one armed group named, beside an aid charity and a council",
			lead + ", while the rebel group accused the army of setting the fire itself.\n\n" +
				"The Meridian Relief Alliance, which ran the depot, gave no view. The Korsa District Council asked for calm.",
			[]string{"Vendria>Tamsel Hills Front", "Tamsel Hills Front>Vendria"}},
		{"the rebels, for their part, speak for the one armed group named",
			lead + ".\n\nThe Meridian Relief Alliance, which ran the depot, gave no view. The Korsa District Council asked for calm.\n\n" +
				"The rebels, for their part, accused the army of shelling the depot's road.",
			[]string{"Vendria>Tamsel Hills Front", "Tamsel Hills Front>Vendria"}},
		{"guard: two armed groups named, the rebels stay unresolved",
			lead + ".\n\nThe Red Ash Brigade also holds villages near Korsa. The Korsa District Council asked for calm.\n\n" +
				"The rebels, for their part, accused the army of shelling the depot's road.",
			[]string{">Vendria", "Vendria>Tamsel Hills Front"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
