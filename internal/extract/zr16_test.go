package extract

import "testing"

// TestPoliceRanks checks that a police rank before a name ("Chief
// Constable", "Assistant Chief Constable", "Detective Superintendent")
// is a title, as "Colonel" is, and no part of the person's name: the
// person is then the same one the surname alone names later. A first
// name before a rank word is a surname, not a title.
func TestPoliceRanks(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"chief constable", "Chief Constable Ada Roen told reporters the stand was full.", "the stand was full", "Ada Roen", ""},
		{"surname later", "Chief Constable Ada Roen spoke at noon. Roen said the gate had been shut for safety.", "the gate had been shut", "Ada Roen", ""},
		{"a deputy, then the rank and name", "Ada Roen said the stand was full. Her deputy, Assistant Chief Constable Piet Lask, said the force had never asked for the gate to open.", "the force had never asked", "Piet Lask", ""},
		{"detective superintendent", "Detective Superintendent Jo Marr said the van had been found.", "the van had been found", "Jo Marr", ""},
		// near misses: the rank word as a surname after a first name,
		// and a lower-case "assistant" that is a trade, not a title
		{"guard: surname Constable", "Ada Constable, a Lenford councillor, said the gate was shut.", "the gate was shut", "Ada Constable", ""},
		{"guard: a teaching assistant", "A teaching assistant at the school said the bus was late.", "the bus was late", "teaching assistant at the school", ""},
	})
}
