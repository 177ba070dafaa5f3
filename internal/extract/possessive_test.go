package extract

import "testing"

// TestPossessiveOpener covers an opening phrase whose noun is a
// reporting word's form after "her" ("In her post, …", "In her reply,
// …"), read as a verb with "her" its object and no subject, which cut
// the sentence's report off ("his", "their" were read as possessives
// already): rows name the claim's speaker and a piece of its evidence
// and how many claims the text yields.
func TestPossessiveOpener(t *testing.T) {
	checkFrames(t, []frameCase{
		{"in her post",
			"Ivo Marek is a docker at Brennport. Dana Oster runs the union.\n\nIn her post, Dana Oster said the board had proved the union's point about the cranes.",
			"Dana Oster", "proved the union's point", 1},
		{"in her reply, with a quotation",
			"Miners in Kelvar went on strike on Monday.\n\nIn her reply, Lena Brill wrote, \"The shafts have not been inspected since May.\"",
			"Lena Brill", "not been inspected since May", 1},
		{"in her comments",
			"The ferry to Ostby sank in May.\n\nIn her comments, the ferry's owner said the boat had been overloaded by forty passengers.",
			"ferry's owner", "overloaded by forty passengers", 1},
		{"a possessive subject keeps its sentence",
			"Dana Oster is running for mayor of Ostby.\n\nHer support among dockers still lags below what she wants.",
			"", "", 0},
	})
}
