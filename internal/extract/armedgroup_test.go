package extract

import "testing"

// TestArmedGroupBackReference: "the armed group" after an armed
// movement was named ("the Tarn Valley Front", "the Osk Liberation
// Council") is that movement, as "the rebels" is; with no armed
// movement named, or two, it stays a description.
func TestArmedGroupBackReference(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"denial after a charge",
			"Orlavia's government on Monday blamed the Tarn Valley Front for the bombing of a bridge, but the armed group denied any involvement.",
			"denied any involvement", "Tarn Valley Front", "Tarn Valley Front"},
		{"named by an insurgent word",
			"The Osk Liberation Council was blamed for the raid.\n\nThe armed group said on Tuesday that it had no fighters in the area.",
			"no fighters in the area", "Osk Liberation Council", "Osk Liberation Council"},
		{"scope: two armed movements",
			"The Tarn Valley Front and the Osk Liberation Council were both blamed for the raid.\n\nThe armed group said on Tuesday that it had no fighters in the area.",
			"no fighters in the area", "armed group", ""},
	})
}
