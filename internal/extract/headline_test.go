package extract

import "testing"

// TestMeetingPlaceTopics checks that a collision of two things, named
// in a headline or a body, is labelled by where they met, as an editor
// labels it ("runway collision"), and that one thing colliding, or a
// collision with no place, keeps the subject's noun.
func TestMeetingPlaceTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"aviation: a headline's two subjects on a runway", "Tellar Air jet and catering van collide on Borsk runway",
			"Tellar Air blamed the Borsk airport company for the collision, its chief executive said.",
			[]string{"runway collision"}},
		{"aviation: collided with, on the runway", "",
			"A Tellar Air jet collided with a catering van on the main runway at Borsk airport on Monday. Tellar Air blamed the airport company for the collision.",
			[]string{"runway collision"}},
		{"rail: two subjects on a bridge", "",
			"A lorry and a freight train collided on the Dask rail bridge on Monday. Norrin Rail blamed the haulier for the collision.",
			[]string{"bridge collision"}},
		{"shipping: two vessels in a channel", "Velland tanker and Ostmark trawler collide in Marrow channel",
			"Ostmark accused the Velland crew of ignoring the radio warnings, the minister said.",
			[]string{"channel collision"}},
		{"mining: a truck and a bus at the mine", "",
			"A dump truck and a staff bus collided at the Orvik copper mine on Friday. The miners' union blamed Orvik Metals for the collision.",
			[]string{"mine collision"}},
		// guards: one subject, plural; a collision with no place; a
		// time, not a place
		{"one plural subject near a reef", "",
			"Two ships collided near the reef on Tuesday. Each crew blamed the other for the collision.",
			[]string{"ship collision"}},
		{"with, and no place", "",
			"A supply boat collided with a patrol vessel, the navy said. Velland blamed Ostmark for the collision.",
			[]string{"boat collision", "boat collision"}},
		{"two subjects on a day", "",
			"A ferry and a barge collided on Tuesday. Norvik Lines blamed Castor Shipping for the collision.",
			[]string{"barge collision"}},
	})
}
