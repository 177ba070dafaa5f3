package extract

import "testing"

// TestTitledName: an inverted "said" whose speaker phrase is a
// description the phrase reader stops inside, ending in a person's name
// (with or without a comma before it), reports the quotation before it.
func TestTitledName(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a description of the speaker's tie before the name",
			"\"The levy will not survive another vote,\" said council ally Tomas Brandt.",
			"Tomas Brandt", "The levy will not survive another vote", 1},
		{"two titles joined by a conjunction",
			"\"The dam was never inspected,\" said lobbyist and party strategist Ilse Varga, a former aide to the governor.",
			"Ilse Varga", "The dam was never inspected", 1},
		{"a title of several words, then an apposition",
			"\"The miners were sent back in too early,\" said master of ceremonies Ivo Marek, a retired engineer.",
			"Ivo Marek", "The miners were sent back in too early", 1},
		{"a possessive description, a comma, then the name",
			"\"The strike was called without a ballot,\" said its chair, Dana Oster.",
			"Dana Oster", "The strike was called without a ballot", 1},
		{"a kin description with a place, then the name and a relative clause",
			"\"He never forgave the mill for closing,\" said his oldest friend at college, Pavel Ruzek, who lives in Fredville.",
			"Pavel Ruzek", "He never forgave the mill for closing", 1},
		{"a participle before the description's noun",
			"\"The court will sit with eight judges next term,\" said another leading appeals lawyer, Mara Tull.",
			"Mara Tull", "The court will sit with eight judges next term", 1},
		{"a name before a participle's phrase",
			"\"The vote was rigged in the north,\" added his campaign manager Jonas Arle, speaking to reporters after the count.",
			"Jonas Arle", "The vote was rigged in the north", 1},
		{"guard: a passive's agent is no speaker",
			"The report on the flood was written by committee member Jonas Arle.",
			"", "", 0},
		{"guard: a verb after the inverted word is a report of its own",
			"\"The levy will pass,\" said the former mayor would vote against it.",
			"", "", 0},
	})
}
