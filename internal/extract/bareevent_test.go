package extract

import "testing"

// TestBareEventAfterWeakWord checks that an event whose modifier slot
// holds a weak word (a question word after a headline's place, a time of
// day before the noun) keeps winning the document's topic by its bare
// noun, rather than losing it to a background event the article names
// with a modifier of its own ("talk collapse"), and that a bare version
// noun ("ramming") takes the neutral noun the body refers back with
// ("the collision"). Guard: an event noun that modifies another noun
// ("its own spill records") names no event of its own.
func TestBareEventAfterWeakWord(t *testing.T) {
	const rams = "Ostmark and Velland each say the other's coast guard rammed first, weeks after their boundary talks collapsed in 2031. " +
		"Ostmark blamed Velland for the collision. Velland blamed Ostmark for it.\n\n" +
		"A monitoring group said the two ships converged for an hour before the collision."
	const blaze = "Dorland and Trevassia traded blame on Sunday for a night-time blaze that gutted much of the border town of Ossel, with Dorland saying a Trevassian fuel dump had exploded. " +
		"\n\nTrevassia's army rejected the account and blamed Dorland for the blaze."
	runTopicRows(t, []topicRow{
		{"shipping: a question word after the headline's place", "Ramming row on the Varn Bank shows how a quota war can slip out of control",
			rams, []string{"collision", "collision", "collision"}},
		{"disaster: a time of day before the noun", "Dorland and Trevassia trade blame as border town burns",
			blaze, []string{"blaze", "blaze", "dump blast", "blaze", "blaze"}},
		{"guard: an event noun modifying a noun", "Harlow Water blames campaigners for Denby Bay sewage spill",
			"Harlow Water blamed the Denby Bay Trust for a sewage spill that closed the beach on Monday. " +
				"The trust accused the firm of falsifying its own spill records.",
			[]string{"sewage spill", "sewage spill"}},
	})
}
