package extract

import "testing"

// TestAppositionSubjectTopics checks that an apposition or a relative
// clause between a subject and its verb ("the port, the busiest on the
// coast, was closed") leaves the event named by the subject, and that a
// superlative names no event; nouns spelt like superlatives ("forest",
// "harvest", "priest") stay nouns.
func TestAppositionSubjectTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"shipping: a superlative apposition", "",
			"The shipping line said the port, the busiest on the coast, was closed by Ostmark on Monday.",
			[]string{"port closure"}},
		{"aviation: a superlative apposition", "",
			"The airline said the airport, the largest in the region, was closed by the ministry.",
			[]string{"airport closure"}},
		{"border clashes: a superlative apposition", "",
			"Velland said the market, the oldest in the town, was shelled by Ostmark.",
			[]string{"market shelling"}},
		{"mining: a relative clause", "",
			"The union said the mine, which employs 400 people, was flooded by the owners.",
			[]string{"mine flooding"}},
		{"farming: a noun in -est before the apposition", "",
			"Velland said the harvest, the earliest in years, was burned by Ostmark.",
			[]string{"harvest burning"}},
		{"a superlative in the object of blame", "",
			"Velland blamed Ostmark for the deadliest blast in years.",
			[]string{"general"}},
		// guards: no apposition; a noun that ends like a superlative
		{"no apposition", "", "The shipping line said the port was closed by Ostmark on Monday.", []string{"port closure"}},
		{"priest", "", "The priest said the church was shelled by Ostmark.", []string{"church shelling"}},
		{"a speech frame between", "", "Velland said the ferry, Ostmark said, was sunk by a mine.", []string{"general"}},
	})
}

// TestSuperlative checks the spelling rules and the list that tell a
// superlative from a noun in -est.
func TestSuperlative(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"busiest", true}, {"deadliest", true}, {"biggest", true}, {"hottest", true}, {"largest", true}, {"oldest", true},
		{"priest", false}, {"forest", false}, {"harvest", false}, {"protest", false}, {"interest", false}, {"contest", false},
		{"request", false}, {"arrest", false}, {"unrest", false}, {"west", false}, {"best", true},
	} {
		if got := superlative(tt.w); got != tt.want {
			t.Errorf("superlative(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestIngNounTopics checks that a thing or place spelt like a gerund
// ends the compound an event struck or shut ("the Kessel road
// crossing": a crossing closure, not a road closure), and that
// "building", which mostly refers back, and an event in -ing do not.
func TestIngNounTopics(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"border: closure of a crossing", "",
			"Velland and Ostmark traded blame over the closure of the Kessel road crossing, officials said.",
			[]string{"crossing closure", "crossing closure", "crossing closure", "crossing closure"}},
		{"shipping: closed a crossing", "",
			"The haulage firm said Ostmark closed the Kessel border crossing to lorries on Monday.",
			[]string{"crossing closure"}},
		{"health: a wing shelled", "",
			"The union said the owners had shelled the east wing of the hospital.",
			[]string{"wing shelling"}},
		// guard: the building the story named before
		{"the building", "",
			"A blast hit Dorn prison on Monday. The Front said Tarsian forces had hit the building with a missile.",
			[]string{"prison strike"}},
	})
}
