package extract

import "testing"

// TestModifiedSubjectSaid: a subject whose phrase ends in a participle's,
// an infinitive's or a relative clause's modifier, with no comma before
// "said" or "told", is the report's speaker; an "-ed" verb with an
// object after it is a clause of its own, and verbs other than "say"
// and "tell" are left to the readers they had.
func TestModifiedSubjectSaid(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a present participle's phrase",
			"An aide speaking to reporters in Fredville said the levy would be dropped before the vote.",
			"aide", "the levy would be dropped before the vote", 1},
		{"a past participle's phrase with a name in it",
			"A copy of the auditor's memo seen by the Harwick Herald said the treasurer had moved the funds twice.",
			"copy of the auditor's memo", "the treasurer had moved the funds twice", 1},
		{"a past participle before a time word",
			"A council statement released earlier in the afternoon said its crews were not working at the quarry.",
			"council statement", "its crews were not working at the quarry", 1},
		{"a participle after a body's noun",
			"Police investigating the crash at the quarry said the driver had not slept for two days.",
			"Police", "the driver had not slept for two days", 1},
		{"guard: a past tense verb with an object is a clause of its own",
			"The council collected nine things the mayor had said about the levy.",
			"", "", 0},
	})
}
