package extract

import "testing"

// TestIncidentOverUnnamedTheme checks that a configured topic the
// headline does not name, however often the body sets the story in it,
// yields to the incident the article names at least twice: the desk
// labels the incident the two sides blame each other for. Guards keep
// the configured topic when the headline names it or the incident is
// named once, in passing.
func TestIncidentOverUnnamedTheme(t *testing.T) {
	runTopicRows(t, []topicRow{
		// the incident outnumbers the truce here: it was the story's
		// before the rule, and must stay so
		{"a mine blast in a truce zone", "Varn and Dorn trade blame after landmine kills three in Tess buffer zone",
			"Varn and Dorn accused each other on Friday of planting the landmine that killed three farmers in the buffer zone, the worst incident since the ceasefire was signed.\n\n" +
				"The landmine explosion struck a tractor on a dirt track, monitors of the ceasefire said.\n\n" +
				"Varn said Dornish sappers had laid the mine at night.\n\n" +
				"Dorn said the landmine explosion was the work of Varnish troops who wanted to wreck the ceasefire.\n\n" +
				"Monitors said the ceasefire had held for four years.\n\n" +
				"Talks on renewing the truce are due in the spring, and diplomats fear the ceasefire will not survive them.",
			[]string{"landmine explosion", "landmine explosion", "landmine explosion", "landmine explosion", "landmine explosion", "landmine explosion", "landmine explosion"}},
		{"a museum emptied in an occupied town", "Who emptied the Orvik museum's silver room?",
			"Tarsia accused Pella on Monday of looting the Orvik museum, which Pellan troops have held since the spring.\n\n" +
				"Pella said its soldiers had moved the silver to protect it from Tarsian missile strikes and accused Tarsia of shelling the town.\n\n" +
				"Tarsia said the museum looting had been filmed by the staff.",
			[]string{"museum looting", "museum looting", "missile strikes", "museum looting"}},
		// guard: the headline names the configured topic itself
		{"guard: the headline names the theme", "Varn accuses Dorn of ceasefire violations after landmine kills three",
			"Varn accused Dorn on Friday of violating the ceasefire by planting the landmine that killed three farmers in the buffer zone.\n\n" +
				"Dorn said the landmine had been laid by Varnish troops and accused Varn of ceasefire violations of its own.\n\n" +
				"Monitors said the ceasefire had held for four years.",
			[]string{"ceasefire violations", "ceasefire violations", "ceasefire violations", "ceasefire violations"}},
		// guard: one incident named once, in passing, in a story about
		// the theme
		{"guard: an incident named once", "Pella and Tarsia trade charges over border truce",
			"Pella accused Tarsia on Monday of violating the ceasefire along the border for a month.\n\n" +
				"Tarsia said Pellan troops had broken the ceasefire first and accused Pella of ceasefire violations near Lenn, where a bridge collapse last year cut the road.\n\n" +
				"Pella said the ceasefire violations would be put before the monitors.",
			[]string{"ceasefire violations", "ceasefire violations", "ceasefire violations", "ceasefire violations"}},
	})
}
