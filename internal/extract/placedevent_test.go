package extract

import "testing"

// TestPlacedEventName checks that the document's incident is named by
// the one place its headline ties the event's noun to ("the Brask Point
// collision"), and by no place when the headline names a state, a
// party, two places, a landmark ("near"), or none.
func TestPlacedEventName(t *testing.T) {
	body := "Dorn Shipping blamed Kellmar Ferries for the collision. Kellmar Ferries said the collision was caused by Dorn Shipping's crew."
	runTopicRows(t, []topicRow{
		// a place after "in", "at", "off", over an "of"/"with" phrase
		{"off a place", "Tanker collision off Harrow Point: Dorn Shipping and Kellmar Ferries trade blame",
			"A Dorn Shipping tanker and a Kellmar Ferries ferry collided on Monday. " + body,
			[]string{"Harrow Point tanker collision", "Harrow Point tanker collision"}},
		{"with a phrase, then in", "Crew held after collision with patrol boat in Selby Sound; each side blames the other",
			"A trawler and a patrol boat collided on Monday. " + body,
			[]string{"Selby Sound boat collision", "Selby Sound boat collision"}},
		// a place before the noun, over the incident's own modifier
		{"before, over a modifier", "Union blames Orlan Chemicals for Tessby plant blast",
			"An explosion tore through the Orlan Chemicals plant on Monday, killing four. The union blamed Orlan Chemicals for the blast. Orlan Chemicals said a contractor caused the blast.",
			[]string{"Tessby plant blast", "Tessby plant blast"}},
		// guards: two places; a landmark; a party's name; a place only
		// the first paragraph gives
		{"guard: two places", "Tanker collision off Harrow Point, second collision at Kellby: firms trade blame",
			"A Dorn Shipping tanker and a Kellmar Ferries ferry collided on Monday. " + body,
			[]string{"tanker collision", "tanker collision"}},
		{"guard: near a landmark", "Tanker collision near Harrow Point: Dorn Shipping and Kellmar Ferries trade blame",
			"A Dorn Shipping tanker and a Kellmar Ferries ferry collided on Monday. " + body,
			[]string{"ferry collision", "ferry collision"}},
		{"guard: a party before the noun", "Dorn Shipping and Kellmar Ferries trade blame over Kellmar tanker collision",
			"A Dorn Shipping tanker and a Kellmar Ferries ferry collided on Monday. " + body,
			[]string{"tanker collision", "tanker collision"}},
		{"guard: the lead's place", "Dorn Shipping and Kellmar Ferries trade blame over tanker collision",
			"A tanker collision off Harrow Point on Monday left two crew hurt.\n\n" + body,
			[]string{"tanker collision", "tanker collision"}},
		{"guard: a state's name", "Ferry collision in Ostmark: Velland and Ostmark trade blame",
			"A Velland ferry and an Ostmark tug collided on Monday. Velland blamed Ostmark for the collision. Ostmark blamed Velland for the collision.",
			[]string{"tug collision", "tug collision"}},
	})
}
