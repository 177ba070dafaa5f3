package extract

import "testing"

// TestAccusedParties checks the parties of accusations news names by a
// body's noun, a description or a reciprocal frame rather than by name:
// side>accused of every accusation, in any order.
func TestAccusedParties(t *testing.T) {
	const dl = "PELLMOUTH, Dorvania, 4 May 2046 - "
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"the inspectorate: a state's inspectorate named before is its state",
			dl + "The Dorvanian Quarry Inspectorate said it had checked the dam in April.\n\n" +
				"The Tessel Valley Residents' Association accused the inspectorate of ignoring its letters.",
			[]string{"Tessel Valley Residents' Association>Dorvania"}},
		{"the inspectorate: a body with no state is itself",
			"The Harlow Quarry Inspectorate said it had checked the dam in April.\n\n" +
				"The Tessel Valley Residents' Association accused the inspectorate of ignoring its letters.",
			[]string{"Tessel Valley Residents' Association>Harlow Quarry Inspectorate"}},
		{"scope: the inspectorate with none named is nobody",
			"The Tessel Valley Residents' Association said the dam had cracked in April.\n\n" +
				"The Tessel Valley Residents' Association accused the inspectorate of ignoring its letters.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccusations(t, tt.text, tt.want)
		})
	}
}
