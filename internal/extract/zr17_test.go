package extract

import "testing"

// TestBareNounSubject checks that an event verb's bare form after a
// determiner or a singular noun, with a verb and "through" after it ("a
// car bomb tore through the market"), is the subject's noun: the event
// is named by the place it went through, a bomb's as a bombing, not by
// the verb after it taken as an object ("tore strike"). After a plural
// the bare form is the verb; a verb of the toll ("kills at least 19")
// goes through no place.
func TestBareNounSubject(t *testing.T) {
	body := "\n\nThe Red Hill Brigade said the bomb was the work of the Lowland Guard. The Lowland Guard said the Red Hill Brigade had planted the bomb."
	runTopicRows(t, []topicRow{
		{"a car bomb tore through", "", "A car bomb tore through the fish market in Delmar on Sunday, killing nine people." + body,
			[]string{"market bombing", "market bombing"}},
		{"a bomb ripped through", "", "A bomb ripped through a crowded bus station in Delmar on Sunday, killing nine people." + body,
			[]string{"station bombing", "station bombing"}},
		// guards: a plural subject before the verb's bare form; a
		// headline's toll after the bomb
		{"guard: the fighters bomb villages", "", "Lowland Guard fighters bomb villages across the Delmar valley every night, the Red Hill Brigade said on Sunday. The Lowland Guard said the Red Hill Brigade had shelled the bridge.",
			[]string{"village shelling", "bridge shelling"}},
		{"guard: a headline's toll", "Car bomb kills at least 19 in Vellish market town; rival militias trade blame",
			"Car bomb kills at least 19 in Vellish market town; rival militias trade blame\n\nDELMAR, Velland - A car bomb killed at least 19 people in the market town of Delmar on Sunday. The Red Hill Brigade said the bomb was the work of the Lowland Guard. The Lowland Guard said the Red Hill Brigade had planted it.",
			[]string{"general", "general"}},
	})
}
