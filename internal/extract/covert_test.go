package extract

import "testing"

// TestCovertAgent checks that a state's covert service named as the
// doer after "by" ("arranged by the Kessian secret police", "tasks set
// by Kessian military intelligence") makes a party's claim a charge
// against that state, whatever the verb, and that the agent of a
// relative clause, a service no party owns, or a speaker of no side
// charges no one so.
func TestCovertAgent(t *testing.T) {
	const dl = "DORVAL, Ostmark, May 3 (Wirenews) - "
	const lead = dl + "Ostmark and Kessia traded accusations on Tuesday over the arrest of a Kessian engineer in Dorval.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a plain verb with a state's secret police as its doer",
			lead + "Ostmark's interior ministry said the documents had been arranged by the Kessian secret police.",
			[]string{"Kessia>Ostmark", "Ostmark>Kessia", "Ostmark>Kessia"}},
		{"tasks set by a state's military intelligence",
			lead + "Ostmark's interior ministry said the engineer was carrying out tasks set by Kessian military intelligence.",
			[]string{"Kessia>Ostmark", "Ostmark>Kessia", "Ostmark>Kessia"}},
		{"a quoted fragment's covert agent",
			lead + "Ostmark's interior ministry said he had been \"recruited and paid by Kessian military intelligence\".",
			[]string{"Kessia>Ostmark", "Ostmark>Kessia", "Ostmark>Kessia"}},
		{"guard: the agent of a relative clause",
			lead + "Ostmark's interior ministry said the engineer had met members of a club known as the Blue Circle, which it said was run by Kessian military intelligence.",
			[]string{"Kessia>Ostmark", "Ostmark>Kessia"}},
		{"software written by a state's hackers",
			lead + "Ostmark's interior ministry said the program had been written by Kessian state hackers.",
			[]string{"Kessia>Ostmark", "Ostmark>Kessia", "Ostmark>Kessia"}},
		{"spying for a state's intelligence",
			lead + "Ostmark's interior ministry said the engineer had gathered information for Kessian military intelligence.",
			[]string{"Kessia>Ostmark", "Ostmark>Kessia", "Ostmark>Kessia"}},
		{"accused a person of handing secrets to a state's intelligence",
			lead + "Ostmark's interior ministry accused him of running a ring that passed shipping schedules to Kessian military intelligence.",
			[]string{"Kessia>Ostmark", "Ostmark>Kessia", "Ostmark>Kessia"}},
		{"guard: the service directs a group an aside describes",
			lead + "Ostmark's interior ministry said the engineer had met members of a club known as the Blue Circle, which it said works for Kessian military intelligence.",
			[]string{"Kessia>Ostmark", "Ostmark>Kessia"}},
		{"guard: a bloc's service, no state's",
			dl + "Ostmark's interior ministry said the documents had been photographed by Western intelligence.",
			nil},
		{"guard: an army doing lawful work",
			dl + "Ostmark's interior ministry said the convoy had been escorted by the Kessian army.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
