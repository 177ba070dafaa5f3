package extract

import "testing"

// TestKindSpeaker: "the airline", "a club spokesperson", "a spokesman
// for the company" left unplaced by the reading of the sentence are
// the business or club that spoke before by its own name, passing over
// a body of another kind (the council) that spoke since; with no such
// speaker before, the description stays as written.
func TestKindSpeaker(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"a club spokesperson after the club and the council",
			"Dunmore Rovers said the stand had passed every inspection. Council leader Ilse Varrow said the permit had been conditional and accused the club of breaking it.\n\nA club spokesperson called that claim \"plainly false\" and said the gates had been opened on police advice.",
			"the gates had been opened", "Dunmore Rovers", "Dunmore Rovers"},
		{"a spokesman for the company after the council spoke",
			"Tarn Sawmills's managing director, Oskar Halm, said the crews had stopped work at noon.\n\nTarn Sawmills said it would share its tracking data. The Westvale District Council said it would seek the cost of the response.\n\nA spokesman for the company said any such action would be resisted.",
			"any such action would be resisted", "Tarn Sawmills", ""},
		{"the airline after its statement",
			"Skyway Regional said in a statement that its crew had followed procedures. The airline said it would keep flying the route.",
			"keep flying the route", "Skyway Regional", ""},
		{"no business spoke before: as written",
			"Police said the match had been stopped. A club spokesperson said the gates had been opened on time.",
			"the gates had been opened", "club spokesperson", ""},
	})
}
