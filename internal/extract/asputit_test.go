package extract

import "testing"

// TestAsPutIt: "As X put it, …" frames the words after the comma as X's
// report, as "As X told Y, …" does; "put it" with no "as" before it, or
// with an object's place after it, reports nothing.
func TestAsPutIt(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a surname between as and put it",
			"As Tull put it, the mill will close in the spring whatever the council decides.",
			"Tull", "the mill will close in the spring", 1},
		{"an apposition and a conjunction before as",
			"But as the Fredville mayor, Mara Tull, put it, the quarry will not reopen before the election.",
			"Mara Tull", "the quarry will not reopen", 1},
		{"the medium of the words after put it",
			"As the plant's chief executive, Ben Marsh, put it in his memo to employees, \"We are no longer looking up at the giants.\"",
			"Ben Marsh", "We are no longer looking up at the giants", 1},
		{"guard: put it with no as",
			"She put it on the table before the vote on the levy.",
			"", "", 0},
		{"guard: as with put it and a place after",
			"As she put it on the table, the lights in the hall went out.",
			"", "", 0},
	})
}
