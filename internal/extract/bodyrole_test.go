package extract

import "testing"

// TestBodysRoleSpeaksForIt checks that a person named after a role a
// body owns speaks for that body, not for the body quoted last or none:
// "the Community's secretary-general, NAME," calls back an organisation
// by a word of its name that is no organisation's noun, and "Its
// chairman, NAME," after "The X union, the NAME," is the union's even
// when a word of its description is another body's ("the rail workers'
// union" after Halden Rail); "who runs the X," as "who chairs the X,"
// ties them to the body X names, and "who runs a bakery" to none.
func TestBodysRoleSpeaksForIt(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	runSpeakerRows(t, []speakerRow{
		{"energy community called back by its noun",
			dl + "The Northern Energy Community, which oversees the transit deal, said it had asked both sides for access. \"We need the valves, not statements,\" the Community's secretary-general, Ivo Marek, told reporters.",
			"We need the valves", "Ivo Marek", "Northern Energy Community"},
		{"a patients' forum called back by its noun after the hospital spoke",
			dl + "The Orsk Patients Forum said the ward had been closed without notice. Orsk General Hospital said the ward was closed for cleaning. \"Nobody told the families,\" the Forum's chairwoman, Lena Vos, told reporters.",
			"Nobody told the families", "Lena Vos", "Orsk Patients Forum"},
		{"a rail union described by another body's word",
			dl + "Halden Rail and Meridane Track blamed each other for the derailment. Halden Rail said the track was worn. The rail workers' union, the Ostmark Federation of Drivers, blamed both companies. Its general secretary, Ivo Marek, said drivers had complained for months about rough track.",
			"complained for months", "Ivo Marek", "Ostmark Federation of Drivers"},
		{"a hospital doctors' guild described by another body's word",
			dl + "Orsk Hospital Services and the county council blamed each other for the outbreak. Orsk Hospital Services said the council had cut cleaning. The hospital doctors' guild, the Ostmark Medical Guild, blamed both. Its chairman, Lena Vos, said doctors had warned about the wards in March.",
			"warned about the wards", "Lena Vos", "Ostmark Medical Guild"},
		{"a haulage drivers' guild described by another body's word",
			dl + "Velmark Mining and Orsk Haulage blamed each other for the collapse. Orsk Haulage said the ramp was too steep. The haulage drivers' union, the Brask Drivers' Guild, blamed both companies. Its chairman, Lena Vos, said drivers had warned about the ramp in March.",
			"warned about the ramp", "Lena Vos", "Brask Drivers' Guild"},
		{"who runs a residents' group",
			dl + "Harrow Quarries and Tesk residents blamed each other for the blockade. Lena Vos, who runs the Tesk Residents' Action Group, said the trucks ran all night.",
			"trucks ran all night", "Lena Vos", "Tesk Residents' Action Group"},
		{"who runs a hospital's ward",
			dl + "Orsk General Hospital and Norvale Catering blamed each other for the outbreak. Dr Ivo Marek, who runs Orsk General Hospital's surgical ward, said his team had worked for 30 hours.",
			"worked for 30 hours", "Ivo Marek", "Orsk General Hospital"},
		{"who manages a club",
			dl + "Dalby Boat Club and the Northern Rowing League traded accusations over the fine. Piet Olden, who manages Dalby Boat Club, said the league had changed the rules in secret.",
			"changed the rules", "Piet Olden", "Dalby Boat Club"},
		{"who runs a bakery: a bystander speaks for no body",
			dl + "Harrow Quarries and Tesk residents blamed each other for the blockade. Lena Vos, who runs a bakery in Tesk, said the trucks ran all night.",
			"trucks ran all night", "Lena Vos", ""},
	})
}
