package extract

import "testing"

// TestQuotedAnswer: a quotation of one word is a claim when its
// sentence puts the question it answers ("Asked whether …, X said,
// “Probably.”"); one word said with no question, or a one-word question
// asked, is none.
func TestQuotedAnswer(t *testing.T) {
	checkFrames(t, []frameCase{
		{"asked before the answer",
			"Asked whether she would dismiss the harbour master over the spill, Mara Tull said, \"Probably.\"",
			"Mara Tull", "Probably", 1},
		{"asked, then a second verb before the answer",
			"Asked on Monday whether her deputy would run the port, Mara Tull shook her head and said, \"No.\"",
			"Mara Tull", "No", 1},
		{"guard: one word with no question",
			"Mara Tull said, \"Probably.\"",
			"", "", 0},
		{"guard: the one word is the question",
			"Mara Tull, who chaired the hearing, then asked, \"Really?\"",
			"", "", 0},
	})
}
