package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestChargedActTopic checks that the act a charge names is read past an
// adverb of manner before its gerund ("of deliberately jamming
// signals") and from a gerund after the noun or the acronym it was done
// to ("blames Velland for GPS jamming", "for cattle rustling"), as a
// desk labels such disputes; and that a party's acronym, a gerund that
// is no verb's, and an adjective before one name no act.
func TestChargedActTopic(t *testing.T) {
	const dl = "TORSK, Pirrow, May 3 (Wirenews) - "
	tests := []struct {
		name, title, text, want string // want: the first claim's topic
	}{
		{"an adverb before the charge's gerund", "",
			dl + "Pirrow accused neighbouring Velland of deliberately jamming satellite navigation signals over the bay.",
			"signal jamming"},
		{"an adverb before a charge of dumping", "",
			dl + "Pirrow accused the Velland Mining Company of secretly dumping toxic sludge into the Orva river.",
			"sludge dumping"},
		{"the headline's acronym and gerund", "Pirrow blames Velland for GPS jamming that grounded flights",
			dl + "Pirrow accused neighbouring Velland of deliberately jamming satellite navigation signals over the bay. Velland dismissed the charge.",
			"gps jamming"},
		{"a noun and a gerund blamed", "",
			dl + "Pirrow blamed Velland for cattle rustling that has emptied border farms.",
			"cattle rustling"},
		{"the offence a formal charge names", "Pirrow charges Vellish reporter with spying",
			dl + "Pirrow's security service has charged a Vellish correspondent with espionage, accusing him of photographing a naval base. Velland dismissed the charge.",
			"spying"},
		{"the offence in two words", "",
			dl + "Prosecutors in Torsk charged the Velland Mining Company with securities fraud on Monday. The company denied the charge.",
			"securities fraud"},
		{"the offence a gerund names with the word before it", "",
			dl + "Police in Torsk charged a lorry driver with dangerous driving on Monday after a crash that killed two.",
			"dangerous driving"},
		{"guard: the noun charge with its evidence", "",
			dl + "Pirrow said Velland had met the charge with silence.",
			"general"},
		{"guard: a charge that comes with a thing", "",
			dl + "Pirrow charged Velland with the cost of rebuilding the bridge.",
			"general"},
		{"guard: an acronym before a gerund of no act on a thing", "",
			dl + "Pirrow blamed Velland for ORV reporting that misled voters.",
			"general"},
		{"guard: a task judged by how well it was done names no act", "",
			dl + "The Torsk Rovers coach blamed his players for sloppy ball handling after a 3-1 defeat.",
			"general"},
		{"guard: the act with its object after it keeps its name", "",
			dl + "Pirrow blamed Velland for the jamming of navigation signals over the bay.",
			"signal jamming"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFirstTopicTitled(t, tt.title, tt.text, tt.want)
		})
	}
}

// TestStandingChargeTopic checks that what two parties have charged each
// other with since a time ("Both sides have accused each other of
// targeting fuel depots since the truce collapsed") is a dispute of its
// own beside the story's incident, named as a desk names an act of
// targeting (an attack); and that the same charge with no span of time,
// or one side's alone, keeps the story's event.
func TestStandingChargeTopic(t *testing.T) {
	const lead = "TORSK, Pirrow, May 3 (Wirenews) - Velland's artillery shelled the grain silo in the town of Orsk on Sunday, killing two workers, Pirrow's defence ministry said. Velland said Pirrow had shelled the silo itself.\n\n"
	tests := []struct {
		name, text, want string // want: the topic of the claims of the last paragraph
	}{
		{"a standing charge of both sides", lead + "Both sides have accused each other of targeting fuel depots since fighting resumed in March.",
			"depot attack"},
		{"guard: no span of time", lead + "Both sides have accused each other of targeting fuel depots.",
			"silo shelling"},
		{"guard: one side's charge", lead + "Pirrow has accused Velland of targeting fuel depots since fighting resumed in March.",
			"silo shelling"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			n := 0
			for _, c := range res.Claims {
				if strings.Contains(c.Text, "fuel depots") {
					n++
					if c.Topic != tt.want {
						t.Errorf("%q: topic %q, want %q", c.Text, c.Topic, tt.want)
					}
				}
			}
			if n == 0 {
				t.Errorf("no claim of the charge:%s", describe(res.Claims))
			}
		})
	}
}

// TestExpulsionInQuarrel checks that a headline's expulsion "in" a
// quarrel named by its charge ("expel diplomats in spying row") names
// the dispute by the charge, as "over" does, and that "in" before no
// quarrel's noun names nothing.
func TestExpulsionInQuarrel(t *testing.T) {
	body := "Velland accused four Ostmark diplomats of recruiting officials at its energy ministry, the foreign minister said. Ostmark called the charge a lie and accused Velland of planting the story."
	runTopicRows(t, []topicRow{
		{"in a spying row", "Velland and Ostmark expel diplomats in spying row", body,
			[]string{"spying", "spying", "spying"}},
		{"in a visa row", "Velland expels Ostmark envoys in visa row", body,
			[]string{"visa", "visa", "visa"}},
		{"guard: in no quarrel", "Velland expels Ostmark diplomats in protest at pipeline blast", body,
			[]string{"pipeline blast", "pipeline blast", "pipeline blast"}},
		{"guard: a quarrel named by how it goes", "Velland expels Ostmark diplomats in bitter row over pipeline blast", body,
			[]string{"pipeline blast", "pipeline blast", "pipeline blast"}},
	})
}

// TestPlacesTwoParties checks that "Velmark's two largest parties accused
// each other" is two accusations between the two political parties the
// article names (a place's parties are its political parties), and that
// with one party named and another body (an election board) there is
// none: the pair is not filled with a body of another kind.
func TestPlacesTwoParties(t *testing.T) {
	const later = "\n\nThe Harbour Party led the Civic Front by 3,000 votes, the Velmark Election Board said.\n\nThe Civic Front dismissed the allegations as \"nonsense\". Harbour Party leader Osk Pellin said the Civic Front had paid voters.\n"
	tests := []struct {
		name, text string
		want       []string // accuser>accused of the lead's claims
	}{
		{"a place's two largest parties", "Velmark's two largest parties accused each other on Tuesday of buying votes." + later,
			[]string{"Harbour Party>Civic Front", "Civic Front>Harbour Party"}},
		{"the country's two main parties", "The country's two main parties have blamed each other for buying votes." + later,
			[]string{"Harbour Party>Civic Front", "Civic Front>Harbour Party"}},
		{"guard: one party named, and a board", "Velmark's two largest parties accused each other on Tuesday of buying votes." +
			strings.ReplaceAll(later, "Civic Front", "Civic Watch"), nil},
		{"guard: an armed front beside two parties is neither",
			"Ostrel's two largest parties accused each other on Tuesday of arming gangs ahead of the vote.\n\n" +
				"The Lantern Party said the Ostrel Resistance Front, an armed group in the marshes, had been given rifles by the ruling Unity Alliance.\n\n" +
				"The Unity Alliance denied it and said the Lantern Party had paid the front's fighters.\n\nThe Ostrel Resistance Front said it took money from no one.\n",
			[]string{"Lantern Party>Unity Alliance", "Unity Alliance>Lantern Party"}},
		{"guard: an armed front named most is neither",
			"Ostrel's two largest parties accused each other on Tuesday of arming gangs ahead of the vote.\n\n" +
				"The Ostrel Resistance Front, an armed group in the marshes, said on Monday it had seized a police post. The Ostrel Resistance Front said it had 2,000 fighters. The Ostrel Resistance Front said its leader was in the hills.\n\n" +
				"The Lantern Party said the front had been given rifles by the ruling Unity Alliance. The Unity Alliance denied it.\n",
			[]string{"Lantern Party>Unity Alliance", "Unity Alliance>Lantern Party"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			var got []string
			for _, c := range res.Claims {
				if c.Kind == graph.KindAccusation && strings.Contains(c.Text, "each other") {
					got = append(got, c.Side+">"+c.Subject)
				}
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("pairs %q, want %q:%s", got, want, describe(res.Claims))
			}
		})
	}
}
