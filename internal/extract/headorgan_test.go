package extract

import "testing"

// TestHeadlineOrgan checks that a state's organ the headline names
// ("Dalvanian army and … trade blame") is that state's when the body
// says "the army" before it names the state itself, as a live page or a
// story that puts the state's name late does; a state's organ the body
// names itself still wins.
func TestHeadlineOrgan(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"an army and an armed front",
			"Mass grave near Tesh: Dalvanian army and Red Ridge Front blame each other",
			"The army says Red Ridge Front fighters executed the villagers.\n\n" +
				"In a statement, the Red Ridge Front accused the army of killing the men during a sweep in October.\n\n" +
				"Dalvania closed the road to Tesh on Monday.",
			[]string{"Dalvania>Red Ridge Front", "Red Ridge Front>Dalvania"}},
		{"a navy and a fishermen's union",
			"Trawler sinking: Ostrelian navy and fishermen trade accusations",
			"The navy accused the Harbour Fishermen's Union of staging the collision.\n\n" +
				"The Harbour Fishermen's Union accused the navy of ramming the trawler in calm seas.\n\n" +
				"Ostrelia has sent a second patrol boat to the fishing grounds.",
			[]string{"Ostrelia>Harbour Fishermen's Union", "Harbour Fishermen's Union>Ostrelia"}},
		{"a ministry and a mining company",
			"Dam breach: Marlovan interior ministry and Deltrak Mining blame each other",
			"The ministry accused Deltrak Mining of ignoring safety orders at the tailings dam.\n\n" +
				"Deltrak Mining accused the ministry of delaying repairs for two years.\n\n" +
				"Marlova has ordered an inquiry.",
			[]string{"Marlova>Deltrak Mining", "Deltrak Mining>Marlova"}},
		{"guard: the body's own state organ comes after the headline's",
			"Mass grave near Tesh: Dalvanian army and Red Ridge Front blame each other",
			"Dalvania closed the road to Tesh on Monday. Tessaria's army took the hills in May.\n\n" +
				"The Red Ridge Front accused the army of killing the men during a sweep in October.",
			[]string{"Red Ridge Front>Tessaria"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusationsTitled(t, tt.title, tt.text, tt.want) })
	}
}
