package extract

import "testing"

// TestAskedQuestionVerbs covers a report after the question its speaker
// answers when the question holds a verb of its own ("Asked what he
// believed about the cranes, Marek said …"), which was read as the frame
// and dropped the answer: rows name the claim's speaker and a piece of
// its evidence and how many claims the text yields.
func TestAskedQuestionVerbs(t *testing.T) {
	checkFrames(t, []frameCase{
		{"asked what someone believed",
			"Ivo Marek is a docker at Brennport.\n\nAsked what he believed about the cranes, Marek said they were unsafe.",
			"Ivo Marek", "they were unsafe", 1},
		{"asked what someone thinks, a quotation after",
			"Dana Oster runs the miners' union in Kelvar.\n\nAsked what she thinks of the new shaft, Oster said, \"It will flood before the winter.\"",
			"Dana Oster", "flood before the winter", 1},
		{"when asked, a verb of its own",
			"Tomas Brill owns the ferry to Ostby.\n\nWhen asked whether he knew the boat was overloaded, Brill said he had not been told.",
			"Tomas Brill", "had not been told", 1},
	})
}
