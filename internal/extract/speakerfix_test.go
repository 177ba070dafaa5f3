package extract

import "testing"

// TestSpeakerOfSentence checks the speaker given to the claim of one
// sentence (the claim whose text holds of) in short invented articles;
// want "" says no claim may hold it.
func TestSpeakerOfSentence(t *testing.T) {
	for _, tc := range []struct{ name, text, of, want string }{
		{"a group named by its members after a council spoke is no council",
			"Renters in Holm accused the landlord of ignoring damp.\n\n" +
				"Holm District Council said inspections would start in May. The renters' group said it would take the council to court.",
			"take the council", "renters' group"},
		{"guard: the members' group the article named with their word",
			"The Holm Renters Association accused the landlord of ignoring damp.\n\n" +
				"Holm District Council said inspections would start in May. The renters' group said it would take the council to court.",
			"take the council", "Holm Renters Association"},
		{"a body's noun with a determiner before states that: the body's verb",
			"Forged cards turned up in Pell.\n\nThe Pell Savings Bank warned customers on Monday. The bank states that genuine cards carry a hologram.",
			"genuine cards", "Pell Savings Bank"},
		{"guard: a body's noun before a plural noun and a relative clause",
			"Forged cards turned up in Pell.\n\nThe Pell Savings Bank warned customers on Monday. The bank notes that were seized had no hologram.",
			"no hologram", ""},
		{"guard: a body in a preposition's phrase is not the subject (no claim of the body's)",
			"Ostmark said its embassy in Brask was safe.\n\nA correspondent outside the embassy reports that the protesters have left and police have closed the road.",
			"protesters have left", ""},
		{"a paper's report credited to a body: the body's account",
			"A fire gutted a warehouse in Pell on Sunday.\n\nThe Pell Gazette reported the blaze started in the loading bay, according to the fire service.",
			"loading bay", "fire service"},
		{"guard: a paper's report credited to a document stays the paper's",
			"A fire gutted a warehouse in Pell on Sunday.\n\nThe Pell Gazette reported the blaze started in the loading bay, according to a statement.",
			"loading bay", "Pell Gazette"},
		{"guard: the source named before what the paper reports",
			"A fire gutted a warehouse in Pell on Sunday.\n\nThe Pell Gazette reported, according to two firefighters, the blaze started in the loading bay.",
			"loading bay", "two firefighters"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := extractText(t, tc.text)
			wantSpeaker(t, res, tc.of, tc.want)
		})
	}
}
