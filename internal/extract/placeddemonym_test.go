package extract

import (
	"strings"
	"testing"
)

// TestPlaceAppositionWithStateAdjective: lay people of a place that an
// apposition describes with a state's adjective ("Villagers in Orvenk,
// the last Ardeskan settlement below the pass,") are the place's people,
// named place first, on no state's side; soldiers there stay their
// state's.
func TestPlaceAppositionWithStateAdjective(t *testing.T) {
	const lead = "Ardesk and Velmora accused each other on Monday of moving border markers in the hills.\n\n"
	for _, tt := range []struct {
		name, text, evidence, speaker, side string
	}{
		{"villagers, demonym settlement", lead + "Villagers in Orvenk, the last Ardeskan settlement below the pass, said they had seen soldiers on the slopes.\n",
			"they had seen soldiers", "Orvenk villagers", ""},
		{"residents, demonym town", lead + "Residents of Tolby, a Velmoran border town, said the road had been closed for a week.\n",
			"the road had been closed", "Tolby residents", ""},
		{"guard: soldiers keep their state", lead + "Soldiers in Orvenk, an Ardeskan town, said they had seen Velmoran troops on the slopes.\n",
			"they had seen Velmoran troops", "Orvenk soldiers", "Ardesk"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tt.evidence) {
					if c.Speaker != tt.speaker || c.Side != tt.side {
						t.Errorf("claim %q by %q [%s], want %q [%s]:%s", c.Text, c.Speaker, c.Side, tt.speaker, tt.side, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim with %q:%s", tt.evidence, describe(res.Claims))
		})
	}
}
