package extract

import (
	"testing"
)

// TestOppositionSide checks that a person introduced by a place in a
// state's opposition and no party ("Opposition leader X", "opposition
// lawmaker Y") speaks for that state's opposition: the state the copy
// is datelined in, else the one whose opposition the text named before,
// else the state whose government the person accuses.
func TestOppositionSide(t *testing.T) {
	tests := []struct {
		name, text, speaker, want string
	}{
		{"media: dateline state",
			"ORBEN, Ostrelia (Wirenews) - Ostrelia's communications ministry revoked the licence of Radio Kesta on Tuesday, saying the station had aired calls to violence.\n\n" +
				"Opposition leader Nina Sorrell accused the government of silencing the last independent station in the country.\n",
			"Nina Sorrell", "Ostrelian opposition"},
		{"embassy: two states, the opposition named before by its demonym",
			"Crowds stormed the Ostrelian embassy in Varn on Monday, and Ostrelia and Kelmark blamed each other for the violence.\n\n" +
				"Ostrelia said Kelmark's police had stood aside. Kelmark's foreign ministry said Ostrelian guards had fired first.\n\n" +
				"The Kelmarker opposition has criticised its own government. Opposition leader Dora Venn said the interior minister should resign.\n",
			"Dora Venn", "Kelmark opposition"},
		{"health data: no dateline, two states, the government accused",
			"Ostrelia's government accused hackers backed by Kelmark on Monday of stealing patient records, which Kelmark's foreign ministry denied.\n\n" +
				"Ostrelia blamed hackers backed by Kelmark on Monday for a breach of its patient records, which Kelmark denied.\n\n" +
				"Opposition lawmaker Ivo Marek accused the government of hiding behind Kelmark to cover cuts to hospital budgets.\n",
			"Ivo Marek", "Ostrelian opposition"},
		{"guard: a party named beside the standing",
			"ORBEN, Ostrelia (Wirenews) - Ostrelia's communications ministry revoked the licence of Radio Kesta on Tuesday.\n\n" +
				"Opposition Civic Lantern leader Nina Sorrell said the decision was wrong.\n",
			"Nina Sorrell", ""},
		{"guard: a former opposition leader",
			"ORBEN, Ostrelia (Wirenews) - Ostrelia's communications ministry revoked the licence of Radio Kesta on Tuesday.\n\n" +
				"Former opposition leader Nina Sorrell said the decision was wrong.\n",
			"Nina Sorrell", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSidesOf(t, tt.text, tt.speaker, tt.want) })
	}
}

// TestCabinetRoleOwner checks that a name owning a cabinet office by its
// portfolio ("Velmark's sports minister, Ana Holt,") is a state the
// minister speaks for, though the article named it before only as an
// athlete's country; a head of government's or a party's officer is not
// read so.
func TestCabinetRoleOwner(t *testing.T) {
	const lead = "Velmark's marathon champion Ida Rusk has been suspended after a failed drug test, the Continental Athletics Board announced on Tuesday.\n\n"
	tests := []struct {
		name, text, speaker, want string
	}{
		{"sport: a sports minister",
			lead + "Velmark's sports minister, Ana Holt, said the government would not interfere.\n",
			"Ana Holt", "Velmark"},
		{"schools: an education secretary",
			lead + "Velmark's education secretary, Ana Holt, said the government would not interfere.\n",
			"Ana Holt", "Velmark"},
		{"guard: a union's general secretary",
			lead + "Velmark's general secretary, Ana Holt, said the board had acted too fast.\n",
			"Ana Holt", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSidesOf(t, tt.text, tt.speaker, tt.want) })
	}
}

// checkSidesOf extracts text and checks that speaker made a claim and
// that every claim of theirs is on side want.
func checkSidesOf(t *testing.T, text, speaker, want string) {
	t.Helper()
	res := extractText(t, text)
	found := false
	for _, c := range res.Claims {
		if c.Speaker != speaker {
			continue
		}
		found = true
		if c.Side != want {
			t.Errorf("%s: side %q, want %q:%s", c.Text, c.Side, want, describe(res.Claims))
		}
	}
	if !found {
		t.Errorf("no claim by %s:%s", speaker, describe(res.Claims))
	}
}
