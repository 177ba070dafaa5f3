package extract

import "testing"

// TestTitleBodyBeforeName covers a person first named after a lower-case
// title whose words end the name of one organisation the article named
// ("federation president Tomas Vell", "union chair Ana Morrow"), often
// in passing, and quoted later by that title or by name: the person
// speaks for that organisation. Rows give the text, a piece of the
// claim's evidence and its speaker and side.
func TestTitleBodyBeforeName(t *testing.T) {
	const lede = "The Kelvan Football Federation accused Brask Rovers FC of match-fixing on Monday, and the Brask Dockers Union backed the club.\n\n"
	tests := []struct {
		name, text, evidence, speaker, side string
	}{
		{"named in passing, quoted later by the title",
			lede + "The club's owner said the referee was a friend of federation president Tomas Vell.\n\n" +
				"The federation president said the club had bribed two players.",
			"bribed two players", "Tomas Vell", "Kelvan Football Federation"},
		{"named where the person speaks",
			lede + "\"We will not be bullied,\" union chair Ana Morrow told a rally in Brask.",
			"will not be bullied", "Ana Morrow", "Brask Dockers Union"},
		{"two words of the name before the role",
			lede + "A spokesman quoted football federation president Tomas Vell.\n\nVell said the club had bribed two players.",
			"bribed two players", "Tomas Vell", "Kelvan Football Federation"},
		{"guard: two organisations' names end in the title's word",
			"The Kelvan Football Federation and the Brask Athletics Federation fell out over a stadium on Monday.\n\n" +
				"Residents said the builder was a friend of federation president Tomas Vell.\n\nVell said the stadium was safe.",
			"stadium was safe", "Tomas Vell", ""},
		{"guard: one noun that names many bodies ties no one",
			"The Free Tarn Army and the Brask Heritage Trust fell out over a memorial on Monday.\n\n" +
				"Residents said the builder was a friend of army colonel Tomas Vell.\n\nVell said the memorial was safe.",
			"memorial was safe", "Tomas Vell", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeaker(t, tc.text, tc.evidence, tc.speaker, tc.side, nil)
		})
	}
}
