package extract

import "testing"

// TestPronounAfterQuoteGoingOn checks that a "he" or "she" after a
// quotation of two or more sentences names the person of the sentence
// before the quotation opened ("X went further. "…. …," she told …"),
// not a person who spoke a paragraph earlier, and that a speaker of the
// sentence before the quotation, or of its own opening, still stands
// for the pronoun.
func TestPronounAfterQuoteGoingOn(t *testing.T) {
	tests := []struct {
		name, text, evidence, speaker, not string
	}{
		{"a union leader who went further (mining)",
			"Halvek Mining said the tailings dam was sound. Its chairman, General Tomas Orrin, said the cracks were old.\n\n" +
				"Later on Tuesday, union leader Mira Castell went further. \"The company knew the dam was failing. It kept the pumps running anyway,\" she told reporters in Dunmere.",
			"kept the pumps running", "Mira Castell", "Tomas Orrin"},
		{"a ministry spokeswoman who went further (border post)",
			"The Ostmark Border Service rejected the account. Its commander, General Piet Halvor, said his guards had not left their side.\n\n" +
				"Later on Wednesday, foreign ministry spokeswoman Ysa Marrek went further. \"Nothing of the sort happened. No boot crossed that barrier,\" she told a news conference.",
			"No boot crossed", "Ysa Marrek", "Piet Halvor"},
		{"an inspector who was blunter (aviation)",
			"Norwind Air said its pilots had followed every procedure. Its operations chief, Admiral Karl Dessen, said the runway lights had failed.\n\n" +
				"Chief inspector Lena Vost was blunter. \"The airline skipped the checks. It skipped them twice,\" she said.",
			"skipped them twice", "Lena Vost", "Karl Dessen"},
		{"guard: the speaker of the sentence before the quotation (shipping)",
			"Velland's trade minister, Hedda Lorne, spoke in Port Calder. She said the Tessa Bay's cargo had been loaded at night without papers.\n" +
				"\"This is not Ostmark's grain. It is stolen grain,\" she said.",
			"It is stolen grain", "Hedda Lorne", ""},
		{"guard: a relative who spoke before the quotation (health)",
			"Arlo Penn's sister, Dana Penn, said the family wanted answers. \"Arlo went in for a scan and never came out. We want the truth,\" she said outside the clinic.",
			"We want the truth", "Dana Penn", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaimSpeaker(t, tt.text, tt.evidence, tt.speaker, tt.not, false) })
	}
}
