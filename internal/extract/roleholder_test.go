package extract

import (
	"strings"
	"testing"
)

// TestRoleHolderApposition checks that the name in apposition after a
// role and the body it serves ("a director of the club, NAME,", "the
// chairman of the union, NAME,", "a senior official at the company,
// NAME,") is the person's who holds the role, never the body's: the
// person speaks, on the side of the body the article named before, or
// on none. Guards: a mayor of a town and a state's ministry's spokesman
// stay right, a name after a possessive or with a company's head word still
// names the body, and "the company, NAME," with no role before names it.
func TestRoleHolderApposition(t *testing.T) {
	const dl = "KESSLO, Ostmark, May 3 (Wirenews) - "
	runSpeakerRows(t, []speakerRow{
		{"a club's director, no club named",
			dl + "The stand at the ground was closed on Monday. A director of the club, Ana Roe, said the stand had passed every inspection.",
			"passed every inspection", "Ana Roe", ""},
		{"a union's chairman, no union named",
			dl + "The depot was shut on Monday. The chairman of the union, Ivo Tal, said the drivers had been ignored.",
			"drivers had been ignored", "Ivo Tal", ""},
		{"an official at a company, no company named",
			dl + "The lorries were stopped on Monday. A senior official at the company, Mira Sand, told reporters the firm would appeal.",
			"firm would appeal", "Mira Sand", ""},
		{"a club's director, the club named before",
			dl + "Dorrow Athletic said it would help the inquiry into the stand. A director of the club, Ana Roe, said the stand had passed every inspection.",
			"passed every inspection", "Ana Roe", "Dorrow Athletic"},
		{"an official at a company named before",
			dl + "Kessel Freight said its lorries were safe. A senior official at the company, Mira Sand, told reporters the firm would appeal.",
			"firm would appeal", "Mira Sand", "Kessel Freight"},
		{"a spokesman for the club, the club named before",
			dl + "Dorrow Athletic said it would help the inquiry. A spokesman for the club, Ivo Tal, said the report was false.",
			"report was false", "Ivo Tal", "Dorrow Athletic"},
		// guards
		{"a town's mayor",
			dl + "The road was shut on Monday. The mayor of the town, Lea Brun, said the road would reopen.",
			"road would reopen", "Lea Brun", ""},
		{"a ministry's spokesman speaks for the dateline's state",
			dl + "The port was shut on Monday. A spokesman for the ministry, Ivo Tal, said the report was false.",
			"report was false", "Ivo Tal", "Ostmark"},
		{"the company named in apposition with no role before",
			dl + "Lorries were stopped at the border. The company, Brell Haulage, said the checks were unlawful.",
			"checks were unlawful", "Brell Haulage", "Brell Haulage"},
	})
}

// TestBodyPairUntitledName checks that a body's partner in "A and B
// blamed each other" is a party of its own though its untitled name of
// capitals was read as a person's in that sentence ("Dorrow Athletic
// and Pell Vane Structures"): each party's accusation is on its own
// side, and neither speaks on the other's, as for two states.
func TestBodyPairUntitledName(t *testing.T) {
	const dl = "KESSLO, Ostmark, May 3 (Wirenews) - "
	for _, tt := range []struct {
		name, text string
		parties    [2]string
	}{
		{"a club, then a company of three words", "Dorrow Athletic and Pell Vane Structures blamed each other on Monday for the collapse of the stand.",
			[2]string{"Dorrow Athletic", "Pell Vane Structures"}},
		{"a company of two words first, then a club", "Pell Vane and Dorrow Rovers blamed each other on Monday for the collapse of the stand.",
			[2]string{"Pell Vane", "Dorrow Rovers"}},
		// guard: two names the lists know work as before
		{"two companies", "Kessel Freight and Pell Vane Structures blamed each other on Monday for the collapse of the bridge.",
			[2]string{"Kessel Freight", "Pell Vane Structures"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(dl + tt.text)})
			for n, p := range tt.parties {
				other := tt.parties[1-n]
				found := false
				for _, c := range res.Claims {
					if !strings.Contains(c.Text, "each other") {
						continue
					}
					if c.Speaker == p && c.Side == p {
						found = true
					}
					if c.Speaker == p && c.Side == other || c.Speaker == other && c.Side == p {
						t.Errorf("claim by %q on %q's side:%s", c.Speaker, c.Side, describe(res.Claims))
					}
				}
				if !found {
					t.Errorf("no claim by %q on its own side:%s", p, describe(res.Claims))
				}
			}
		})
	}
}
