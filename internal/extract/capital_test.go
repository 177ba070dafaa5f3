package extract

import (
	"strings"
	"testing"
)

// TestCapitalSpeakers: a bare city speaking stands for the government of
// the state whose people the article places in it, or, with two states,
// of the one it does not accuse; a one-word name the text gives a person
// stays a person's.
func TestCapitalSpeakers(t *testing.T) {
	rows := []struct {
		name, text, evidence, side string
	}{
		{"placed by an official who spoke there",
			"Velmar and Ostrany traded blame on Monday over a fire at a border depot. " +
				"Velmar's interior minister, Ilse Dorn, told reporters in Tarsk that Ostrany had shelled the depot. " +
				"Ostrany's army denied firing any shell. " +
				"Tarsk also accused Ostrany of shelling a school near the border last month.",
			"Tarsk also accused", "Velmar"},
		{"the other of two states",
			"Kessia and Brovany accused each other on Friday over the loss of a weather satellite. " +
				"Brovany's defence ministry said the satellite failed on its own. " +
				"The Kessian foreign ministry said the satellite went silent at 04:10. " +
				"Pell accused Brovany of jamming the satellite from a radar station on the coast.",
			"Pell accused Brovany", "Kessia"},
		{"a one-word name the text gives a person",
			"Kessia and Brovany accused each other on Friday over a fire in a border village. " +
				"Brovany's defence ministry said the fire started in a barn. " +
				"The Kessian foreign ministry said the fire began after shelling. " +
				"A farmer who gave his name only as Pell said on Friday that Brovany soldiers set fire to his barn. " +
				"Pell accused Brovany of burning the barn on purpose.",
			"Pell accused Brovany", ""},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tt.evidence) {
					if tt.side != "" && c.Side != tt.side || tt.side == "" && (c.Side == "Kessia" || strings.Contains(c.Speaker, "government")) {
						t.Errorf("claim %q by %q [%s], want side %q:%s", c.Text, c.Speaker, c.Side, tt.side, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim %q:%s", tt.evidence, describe(res.Claims))
		})
	}
}
