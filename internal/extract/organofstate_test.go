package extract

import "testing"

// TestOrganOfState: a name no list knows after a state's organ and "of"
// ("the foreign ministry of Ostermark", "the government of Varsenia") is
// a state, as "Ostermark's foreign ministry" makes it one; a person's
// name after it ("the government of Ivo Marek") makes no state of the
// first name.
func TestOrganOfState(t *testing.T) {
	const lead = "Bellmark and the Tarsen Aid Fund traded blame over ration cuts on Monday.\n\n"
	for _, tt := range []struct {
		name, text, evidence, speaker, side string
		not                                 string
	}{
		{"spokesman for the ministry of", lead + "A spokesman for the foreign ministry of Ostermark, the largest single donor, said its contribution was higher than ever.\n",
			"its contribution was higher", "spokesman for the foreign ministry of Ostermark", "Ostermark", ""},
		{"the ministry of, after another state", lead + "The Bellmark government rejected that account.\n\nThe foreign ministry of Varsenia said it had paid its share in full.\n",
			"it had paid its share", "Varsenian government", "Varsenia", ""},
		{"guard: a person after of", lead + "The government of Ivo Marek said it would not resign over the cuts.\n",
			"would not resign", "", "", "Ivo government"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.not != "" {
				checkClaimSpeaker(t, tt.text, tt.evidence, "", tt.not, false)
				return
			}
			checkSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.side, nil)
		})
	}
}
