package extract

import "testing"

// TestPortfolioTitleAnaphor: a title written with its portfolio after a
// preposition before the name ("Minister for Border Affairs Jonas
// Pellow", "Secretary of State Ana Ruiz") names the person later by the
// title ("the minister said"); a lower-case title before "for" is
// another person's ("a spokeswoman for Border Affairs Minister Jonas
// Pellow"), whose quote stays the spokeswoman's.
func TestPortfolioTitleAnaphor(t *testing.T) {
	for _, tt := range []struct {
		name, text, evidence, want, not string
	}{
		{"minister for", "The Tarsen Aid Fund accused Bellmark of blocking food trucks.\n\nThe Bellmark government rejected that account. Minister for Border Affairs Jonas Pellow told reporters that the trucks were held because their papers were wrong.\n\n\"We will not be the scapegoat for a fund that wastes money,\" the minister said.\n",
			"We will not be the scapegoat", "Jonas Pellow", ""},
		{"secretary of", "The Tarsen Aid Fund accused Bellmark of blocking food trucks.\n\nSecretary of State Ana Ruiz told reporters that the trucks were held because their papers were wrong.\n\n\"The fund knows the rules,\" the secretary said.\n",
			"The fund knows the rules", "Ana Ruiz", ""},
		{"guard: another's spokeswoman", "The Tarsen Aid Fund accused Bellmark of blocking food trucks.\n\nA spokeswoman for Border Affairs Minister Jonas Pellow said the trucks were held because their papers were wrong.\n\n\"The fund knows the rules,\" the spokeswoman said.\n",
			"The fund knows the rules", "", "Jonas Pellow"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkClaimSpeaker(t, tt.text, tt.evidence, tt.want, tt.not, false) })
	}
}
