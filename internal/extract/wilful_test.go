package extract

import "testing"

// TestWilfulCharge checks that a wrong another party is said to have
// done on purpose or by deceit — it chose to, invented, doctored, is
// lying, sends spies — is a charge against it though no harm verb names
// it; and, the guards, that the speaker's own side's choice, a future
// choice, a denial that the other lies and the words of a speaker the
// article gives no side stay no charge.
func TestWilfulCharge(t *testing.T) {
	rows := []struct {
		name, text string
		want       []string
	}{
		{"mining: knew and chose to",
			"A tailings pond burst above Kessel on Monday. Harrow Water says Brackton Minerals knew the wall was cracked and chose to keep pumping.",
			[]string{"Harrow Water>Brackton Minerals"}},
		{"elections: invented a story",
			"Turnout fell in the east. The Civic Union says the Harvest Party has invented the fraud story to delay the count.",
			[]string{"Civic Union>Harvest Party"}},
		{"health: doctored results",
			"Forty patients fell ill at Selmar General. Selmar Health Board said Orvik Pharma had doctored the trial results.",
			[]string{"Selmar Health Board>Orvik Pharma"}},
		{"border: is lying",
			"A Korsavian patrol crossed into Veltrian fields on Sunday. Veltria's interior ministry says Korsavia is lying about where its patrol was.",
			[]string{"Veltria>Korsavia"}},
		{"aviation: sends spies",
			"A Velmoran airliner was held by Tarnlandic police for six hours. Tarnland's security service says Velmora sends spies across the border dressed as pilots.",
			[]string{"Tarnland>Velmora"}},
		{"guard: the own side chose",
			"A tailings pond burst above Kessel on Monday. Brackton Minerals says it chose to close the mine for a week.",
			nil},
		{"guard: a future choice",
			"Turnout fell in the east. The Civic Union says the Harvest Party will choose a new leader in May.",
			nil},
		{"guard: a speaker with no side",
			"Turnout fell in the east. A retired teacher in Orsk, Oskar Lind, said the Harvest Party has invented the fraud story.",
			nil},
		{"guard: not lying",
			"Forty patients fell ill at Selmar General. Selmar Health Board said Orvik Pharma was not lying about the batches.",
			nil},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			checkAccusations(t, tt.text, tt.want)
		})
	}
}
