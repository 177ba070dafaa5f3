package extract

import "testing"

// TestIntroducedEventTopics checks three ways a desk names the event two
// sides blame each other for: a definite noun the relative clause after
// it defines ("for the blackout that cut power") introduces the event as
// "a blackout" would; a measure of time before the noun ("a nine-hour
// outage") says how long, not what was struck; a headline's "oil slick"
// keeps its name over the body's "spill", as a headline's "spill" does
// over the body's "slick".
func TestIntroducedEventTopics(t *testing.T) {
	const dl = "KELL, Dornvale, 4 March 2045 - "
	runTopicRows(t, []topicRow{
		{"a definite noun defined by its clause", "Two grid firms at odds over cause of blackout",
			dl + "Dornvale's grid operator and Pellan's power company blamed each other on Tuesday for the blackout that cut power to a million homes. Voltline accused Pellgrid of overloading the line. Pellgrid accused Voltline of ignoring a faulty relay.",
			[]string{"blackout", "blackout"}},
		{"a duration before the event noun", "Two grid firms trade blame over nine-hour outage",
			dl + "Voltline accused Pellgrid of causing the nine-hour outage by overloading the line. Pellgrid accused Voltline of ignoring a faulty relay.",
			[]string{"outage", "outage"}},
		{"a headline's slick over the body's spill", "Trawler crews and shipping firm trade blame as oil slick closes Kell bay",
			dl + "The crews and the shipping firm at the centre of the Kell oil spill blamed each other on Friday as a slick drifted onto the beaches. The Kell Trawlermen's Association accused Marlow Shipping of pumping oily water into the bay. Marlow Shipping accused the association of inventing the sighting.",
			[]string{"oil slick", "oil slick", "oil slick"}},
		{"scope: a headline's spill over the body's slick", "Trawler crews blame shipping firm for Kell bay oil spill",
			dl + "The Kell Trawlermen's Association accused Marlow Shipping of pumping oily water into the bay as the slick spread. Marlow Shipping accused the association of inventing the sighting.",
			[]string{"oil spill", "oil spill"}},
	})
}

// TestDurationWord checks durationWord on hyphenated modifiers.
func TestDurationWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"nine-hour", true}, {"48-hour", true}, {"three-day", true}, {"two-week-long", true},
		{"eleven-year", true}, {"cross-border", false}, {"nine", false}, {"three-party", false},
		{"-hour", false}, {"state-owned", false},
	}
	for _, tt := range tests {
		if got := durationWord(tt.w); got != tt.want {
			t.Errorf("durationWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestDatedActTopics checks that a charge whose act the sentence dates
// before the story ("of attacking a campaign office … last Tuesday") is
// an incident of its own, not the story's event; and that a date that
// belongs to a thing inside the act ("a trader jailed … last year") or
// to what the act looks to ("ahead of the elections in June") leaves the
// charge with the story.
func TestDatedActTopics(t *testing.T) {
	const title = "Two parties trade blame after square rally attack"
	const lead = "PELL, Dornvale, 6 March 2045 - The Harbour Party and the Lamp Alliance accused each other on Monday of hiring thugs, a day after masked men attacked a Harbour Party rally in Quay Square.\n\n"
	runTopicRows(t, []topicRow{
		{"an act dated last Tuesday", title,
			lead + "The Lamp Alliance's leader, Ida Marsh, said the Harbour Party had staged the brawl.\n\nMarsh also accused the Harbour Party of attacking a Lamp campaign office in the town of Oskel last Tuesday, when windows were smashed.",
			[]string{"rally attack", "rally attack", "rally attack", "office attack"}},
		{"scope: the date is a participle's", title,
			lead + "The Lamp Alliance's leader, Ida Marsh, said the Harbour Party had staged the brawl.\n\nMarsh also accused the Harbour Party of attacking a Lamp campaign office to free a trader jailed in Oskel last year.",
			[]string{"rally attack", "rally attack", "rally attack", "rally attack"}},
		{"scope: the date is what the act looks to", title,
			lead + "The Lamp Alliance's leader, Ida Marsh, said the Harbour Party had staged the brawl.\n\nMarsh also accused the Harbour Party of attacking a Lamp campaign office ahead of the elections in June.",
			[]string{"rally attack", "rally attack", "rally attack", "rally attack"}},
	})
}
