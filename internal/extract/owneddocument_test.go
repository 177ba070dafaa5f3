package extract

import (
	"strings"
	"testing"
)

// TestAccordingToOwnedReport: "according to its report" credits the
// clause it closes to the body the sentence named by its noun, and only
// that clause when an earlier one, joined by ", and", is already a
// party's own charge.
func TestAccordingToOwnedReport(t *testing.T) {
	rows := []struct {
		name, text, evidence, speaker, notIn string
	}{
		{"the body's noun in a possessive",
			"Velmar and Ostrany signed a grazing accord in 2031. The Dunmere Basin Authority oversees it. " +
				"Both governments have often accused each other of breaking the accord, and the authority's rangers have counted 60 breaches since March, according to its quarterly report.",
			"counted 60 breaches", "Dunmere Basin Authority", "accord"},
		{"the body opens the sentence",
			"The Harlow Water Agency said on Monday it would test the wells again. " +
				"The agency, which runs 14 pumping stations, found nitrate above the limit in nine of them last year, according to its annual report.",
			"nitrate above the limit", "Harlow Water Agency", ""},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			found := false
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tt.evidence) && c.Speaker == tt.speaker {
					found = true
					if tt.notIn != "" && (strings.Contains(c.Action, tt.notIn) || c.Kind == "accusation") {
						t.Errorf("claim %q [%s %q] takes the parties' own charge:%s", c.Text, c.Kind, c.Action, describe(res.Claims))
					}
				}
			}
			if !found {
				t.Errorf("no claim %q by %q:%s", tt.evidence, tt.speaker, describe(res.Claims))
			}
		})
	}
}
