package extract

import "testing"

// TestQuotedTrailing: "“…,” X was quoted as saying (by a medium)." and
// "“…,” the Herald quoted X as saying." trail their quotation as "X
// said" does; the speaker is the one quoted, not the medium.
func TestQuotedTrailing(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a passive frame after a quotation, with the medium",
			"\"Ostmark accuses us of exactly what its own ships have been doing since Monday,\" government spokesman Ivo Marek was quoted as saying by Vellish media.",
			"Ivo Marek", "Ostmark accuses us of exactly what its own ships", 1},
		{"a passive frame with the speaker described",
			"\"The border stays shut,\" Ivo Marek, the Vellish interior minister, was quoted as saying by the Harwick Herald.",
			"Ivo Marek", "The border stays shut", 1},
		{"a passive frame with nothing after it",
			"\"We will not pay for a bridge we did not break,\" Dana Oster was quoted as saying.",
			"Dana Oster", "We will not pay for a bridge", 1},
		{"an active frame: the medium is no speaker",
			"\"The border stays shut,\" the Harwick Herald quoted Ivo Marek as saying.",
			"Ivo Marek", "The border stays shut", 1},
		{"guard: a frame of someone else after the quotation's own speaker",
			"\"The border stays shut,\" Ivo Marek told reporters after his deputy was quoted as saying by the Harwick Herald.",
			"Ivo Marek", "The border stays shut", 1},
	})
}
