package extract

import "testing"

// TestAbbreviatedTitleAnaphor covers "the general", "the governor" after
// a person first written with the rank abbreviated before the name
// ("Brig. Gen. Ivo Marsk", "Gov. Hal Brenn"): the bare title names that
// person, not an unnamed general; a title with its own modifier ("the
// border general") is left to describe.
func TestAbbreviatedTitleAnaphor(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a general named with his rank, then the general",
			"Gen. Arno Vesk told reporters the convoy had been attacked near Pell.\n\nThe general said the inquiry was \"fully independent\".",
			"Arno Vesk", "fully independent", 2},
		{"a rank before the name and a role in apposition",
			"Brig. Gen. Tomas Ryl, the army's spokesman, said the shelling had stopped at dawn.\n\nThe general dismissed the rebels' call for monitors as a stalling tactic.",
			"Tomas Ryl", "stalling tactic", 2},
		{"a governor after a flood",
			"Gov. Hal Brenn said the dam at Orrin would hold through the weekend.\n\nThe governor said the evacuation order would stay in force.",
			"Hal Brenn", "evacuation order", 2},
		{"an admiral after a collision at sea",
			"Adm. Sela Korr said the frigate had kept to its lane when the tanker turned.\n\nThe admiral said the tanker's crew had ignored two radio calls.",
			"Sela Korr", "ignored two radio calls", 2},
	})
}
