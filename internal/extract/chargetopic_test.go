package extract

import (
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
		{"guard: an acronym before a gerund of no act on a thing", "",
			dl + "Pirrow blamed Velland for ORV reporting that misled voters.",
			"general"},
		{"guard: the act with its object after it keeps its name", "",
			dl + "Pirrow blamed Velland for the jamming of navigation signals over the bay.",
			"signal jamming"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Title: tt.title}})
			if len(res.Claims) == 0 {
				t.Fatal("no claims")
			}
			if got := res.Claims[0].Topic; got != tt.want {
				t.Errorf("topic %q, want %q:%s", got, tt.want, describe(res.Claims))
			}
		})
	}
}
