package extract

import "testing"

// TestPlacedWeaponCharge checks that another party said to have laid,
// planted or sown a weapon — the mine that later went off — is charged
// with it, whether the weapon is the verb's object ("had laid the
// mines") or, in the passive, its subject with the party after "by"
// ("the mine was planted by"); and, the guards, that planting trees,
// mines that merely lay on the seabed and the speaker's own side's
// mines are no charge.
func TestPlacedWeaponCharge(t *testing.T) {
	rows := []struct {
		name, text string
		want       []string
	}{
		{"shipping: laid the mines",
			"Korsavia and Veltria both claim the strait. A freighter was holed on Monday. Veltria's navy says the Korsavian frigate had laid the mines.",
			[]string{"Veltria>Korsavia"}},
		{"border: planted by, passive",
			"Korsavia and Veltria both claim the valley. Two farmers were hurt on Monday. Veltria's interior ministry says the mine was planted by Korsavian soldiers.",
			[]string{"Veltria>Korsavia"}},
		{"farmland: has sown mines",
			"Korsavia and Veltria both claim the pasture. A Korsavian tractor was blown apart near the Veltrian line. Korsavia's defence ministry says Veltria has sown mines along the pasture every spring.",
			[]string{"Korsavia>Veltria"}},
		{"rail: planted explosives",
			"A freight train came off a bridge near Orsk. Halden Rail says the Orsk Liberation Front planted explosives under the bridge.",
			[]string{"Halden Rail>Orsk Liberation Front"}},
		{"guard: planted trees",
			"Korsavia and Veltria both claim the valley. Veltria's interior ministry says Korsavia planted a million trees along the border.",
			nil},
		{"guard: mines that lay there",
			"Korsavia and Veltria both claim the strait. Veltria's navy says the mines lay on the seabed for forty years.",
			nil},
		{"guard: the own side laid them",
			"Korsavia and Veltria both claim the strait. Veltria's navy says its own engineers laid the mines in 1990 and mapped every one.",
			nil},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			checkAccusations(t, tt.text, tt.want)
		})
	}
}
