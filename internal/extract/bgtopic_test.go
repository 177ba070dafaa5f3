package extract

import (
	"slices"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestBackgroundEventTopics checks that a charge its sentence dates
// before the story (an opening date: "In March, …", "Last month …";
// "earlier this year"; a pluperfect, "had accused"; a clause on an
// earlier year, "since 2031, when …"; acts counted over the year, "three
// times this year") and whose complement opens with an event of its own
// ("for the collapse of a fuel convoy deal", "of seizing two of its
// pilots") takes that event as its topic, while the story's own charges
// keep the story's event; and that a date that does not open the
// sentence, the article's own month, and a background charge whose
// complement names an act rather than an event ("of laying mines")
// leave the charge with the story's event.
func TestBackgroundEventTopics(t *testing.T) {
	const school = "Dorland accused the Sarn Front on Monday of shelling a school in Tarn. " +
		"The Sarn Front accused Dorland of staging the attack. "
	const ferry = "Ostmark accused Velland on Friday of ramming the ferry Tern off Kell. " +
		"Velland accused Ostmark of steering the ferry into its patrol boat. "
	const mine = "The Korrin Miners' Union blamed Dalvey Resources on Tuesday for the gas blast that killed six miners. " +
		"Dalvey Resources blamed the union for the blast. "
	const vote = "The Unity Party accused the Civic Front on Sunday of burning ballot boxes in Trell. " +
		"The Civic Front accused the Unity Party of staging the fire. "
	runTopicRows(t, []topicRow{
		{"border clashes: In March, a collapse", "Shelling hits Tarn school",
			school + "In March, Dorland and the Sarn Front blamed each other for the collapse of a fuel convoy deal.",
			[]string{"school shelling", "school shelling", "deal collapse", "deal collapse"}},
		{"border clashes: a collapse in a paragraph of its own", "Shelling hits Tarn school",
			"Dorland accused the Sarn Front on Monday of shelling a school in Tarn. The Sarn Front accused Dorland of shelling the school.\n\n" +
				"In January, the Sarn Front and Dorland blamed each other for the collapse of a hostage exchange at the Ossel crossing.",
			[]string{"school shelling", "school shelling", "exchange collapse", "exchange collapse"}},
		{"shipping: In May, a collapse of talks", "Patrol boat rams Kell ferry",
			ferry + "In May, Ostmark and Velland blamed each other for the collapse of talks on fishing quotas.",
			[]string{"ferry ramming", "ferry ramming", "talk collapse", "talk collapse"}},
		{"mining: had blamed, a collapse", "Gas blast kills six at Korrin mine",
			mine + "The union had blamed Dalvey Resources for the collapse of a ventilation shaft, which killed a fitter.",
			[]string{"gas blast", "gas blast", "shaft collapse"}},
		{"elections: last month, a burning", "Ballot boxes burned in Trell",
			vote + "Last month the Civic Front accused the Unity Party of the burning of a polling station in Orsk.",
			[]string{"box burning", "box burning", "station burning"}},
		{"shipping: seizures counted over the year", "Patrol boat rams Kell ferry",
			ferry + "Velland has been accused by Ostmark of seizing Ostmark tugboats three times this year.",
			[]string{"ferry ramming", "ferry ramming", "tugboat seizure"}},
		// guards
		{"guard: a charge of the story", "Shelling hits Tarn school",
			school + "Dorland and the Sarn Front blamed each other for the collapse of the school roof.",
			[]string{"school shelling", "school shelling", "school shelling", "school shelling"}},
		{"guard: a date inside the sentence", "Shelling hits Tarn school",
			school + "Dorland, in a note sent in March, blamed the Sarn Front for the collapse of a fuel convoy deal.",
			[]string{"school shelling", "school shelling", "school shelling"}},
		{"guard: an act, not an event", "Shelling hits Tarn school",
			school + "Last month Dorland accused the Sarn Front of laying mines on farm roads.",
			[]string{"school shelling", "school shelling", "school shelling"}},
		{"guard: last week is the story's", "Shelling hits Tarn school",
			school + "Last week Dorland accused the Sarn Front of the shelling of a clinic in Tarn.",
			[]string{"school shelling", "school shelling", "school shelling"}},
	})
}

// TestBackgroundEventDated checks the dates that need the article's own
// date: a month that opens the sentence but is the month the article is
// dated in ("In March, …" in a story of March 9) may be the story's own
// days, and the charge keeps the story's event; a clause on a year
// before the article's ("the worst since 2031, when …") dates its charge.
func TestBackgroundEventDated(t *testing.T) {
	const school = "Dorland accused the Sarn Front on Monday of shelling a school in Tarn. " +
		"The Sarn Front accused Dorland of staging the attack. "
	const ferry = "Ostmark accused Velland on Friday of ramming the ferry Tern off Kell. " +
		"Velland accused Ostmark of steering the ferry into its patrol boat. "
	const convoy = "In March, Dorland and the Sarn Front blamed each other for the collapse of a fuel convoy deal."
	for _, tt := range []struct {
		name, title, published, text string
		want                         []string
	}{
		{"border clashes: another month", "Shelling hits Tarn school", "2039-05-09", school + convoy,
			[]string{"school shelling", "school shelling", "deal collapse", "deal collapse"}},
		{"shipping: a year's clause, a seizure of persons", "Patrol boat rams Kell ferry", "2039-05-09",
			ferry + "The clash is the worst since 2031, when Ostmark accused Velland of seizing two of its pilots in the strait.",
			[]string{"ferry ramming", "ferry ramming", "pilot seizure"}},
		// guards
		{"guard: the article's month", "Shelling hits Tarn school", "2039-03-09", school + convoy,
			[]string{"school shelling", "school shelling", "school shelling", "school shelling"}},
		{"guard: the article's year", "Patrol boat rams Kell ferry", "2031-05-09",
			ferry + "The clash is the worst since 2031, when Ostmark accused Velland of seizing two of its pilots in the strait.",
			[]string{"ferry ramming", "ferry ramming", "ferry ramming"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Title: tt.title, Published: tt.published}})
			var got []string
			for _, c := range res.Claims {
				got = append(got, c.Topic)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("topics %q, want %q:%s", got, tt.want, describe(res.Claims))
			}
		})
	}
}
