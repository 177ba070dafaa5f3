package extract

import "testing"

// TestArticleGender covers a person's gender learned from the article's
// own references: a person who opens a sentence as its subject, with no
// other person, name or quotation before a "his", "her", "he" or "she"
// in it, is the one that pronoun refers to, so a later "he" or "she" of
// the other gender passes over them. Guard rows keep what must not be
// learned: an object "her" or "him" names someone else, and a noun for
// another person or another name between them leaves it open. want is
// the claim's speaker ("" for any but not); not is the one it must not be.
func TestArticleGender(t *testing.T) {
	tests := []struct {
		name, text, evidence, want, not string
	}{
		{"elections: a possessive her after the subject",
			"Orlan Vask won his home state's primary on Tuesday.\n\nLena Marra is likely to cement her lead over Vask in the south next week. While he's said he will fight on, Vask must decide whether to stay in the race.",
			"will fight on", "Orlan Vask", "Lena Marra"},
		{"business: said her company",
			"Tomas Rell said his company would hire 200 miners at the Halvek pit.\n\nEdda Korrin said her company would close the Dunmore shaft.\n\nHe said the copper price had fallen by a third.",
			"copper price had fallen", "Tomas Rell", "Edda Korrin"},
		{"sport: a possessive her after an adverb",
			"Coach Piet Varn named his squad on Monday.\n\nIlse Brandt trained alone on Friday to rest her knee.\n\nHe said the team would fly to Kessel on Sunday.",
			"fly to Kessel", "", "Ilse Brandt"},
		{"health: his own clinic",
			"Dr. Anna Colm ran her ward for a decade.\n\nJoran Stell closed his clinic in Orrin last week.\n\nShe said the shortage of nurses had become dangerous.",
			"shortage of nurses", "Anna Colm", "Joran Stell"},
		{"sport: a reflexive is the subject's though another was named before",
			"Piet Varn scored twice in the final.\n\nIlse Brandt blamed herself for the defeat.\n\nHe said the team would fly to Kessel on Sunday.",
			"fly to Kessel", "Piet Varn", "Ilse Brandt"},
		{"shipping: no person named after the pronoun in its sentence",
			"Tomas Rell closed his shipyard in Kessel last year.\n\nShe said in a speech at Harbour Vellin Docks on Friday that the port tax would be cut.",
			"port tax would be cut", "", "Harbour Vellin Docks"},
		{"guard: another person named just before may be meant",
			"Tomas Rell mocked the new pension plan on Monday.\n\nEdda Korrin cited it as an example of his arrogance.\n\nShe said the copper price had fallen by a third.",
			"copper price had fallen", "Edda Korrin", ""},
		{"guard: a coordinate clause may have another subject",
			"Edda Korrin opened the new copper pit on Monday, and his crews began work at once.\n\nShe said the copper price had fallen by a third.",
			"copper price had fallen", "Edda Korrin", ""},
		{"guard: an object him names someone else",
			"Tomas Rell, the chief executive of Halvek Mining, spoke first.\n\nEdda Korrin thanked him for the report.\n\nShe said the copper price had fallen by a third.",
			"copper price had fallen", "Edda Korrin", ""},
		{"guard: an object her names someone else",
			"Edda Korrin, the chief executive of Halvek Mining, spoke first.\n\nTomas Rell thanked her for the report.\n\nHe said the copper price had fallen by a third.",
			"copper price had fallen", "Tomas Rell", ""},
		{"guard: another person's noun before the pronoun",
			"Tomas Rell, the chief executive of Halvek Mining, spoke first.\n\nEdda Korrin met the chairman and praised his plan.\n\nShe said the copper price had fallen by a third.",
			"copper price had fallen", "Edda Korrin", ""},
		{"guard: another name before the pronoun",
			"Tomas Rell, the chief executive of Halvek Mining, spoke first.\n\nEdda Korrin met Joran Vell and praised his plan.\n\nShe said the copper price had fallen by a third.",
			"copper price had fallen", "Edda Korrin", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimSpeaker(t, tt.text, tt.evidence, tt.want, tt.not, false)
		})
	}
}
