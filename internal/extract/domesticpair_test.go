package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestLocalBodyPair checks a lead that describes both parties of a
// local row before naming them ("the district council and the logging
// company that works the hills have blamed each other"): a town's or
// county's council is a party of its own, like the company, and each
// blames the other once the article names them. A third party listed
// before the two, or a name inside a longer subject, makes no pair.
func TestLocalBodyPair(t *testing.T) {
	const body = "\n\nSome 300 people left their homes. Brackmoor District Council said the fire started on land leased to Ollery Forestry Ltd, where a harvester had been working. Ollery Forestry Ltd said the council's own contractor had been mowing verges beside the road.\n\nThe council said it would publish its records.\n"
	both := []string{"Brackmoor District Council>Ollery Forestry Ltd", "Ollery Forestry Ltd>Brackmoor District Council"}
	tests := []struct {
		name, lead string
		want       []string
	}{
		{"the council and the company",
			"The council and the company have blamed each other for the wildfire that burned 900 acres.", both},
		{"capitals of the lead's first word",
			"THE council and the timber company have blamed each other for the wildfire.", both},
		{"the district council and a company in a relative clause naming a place",
			"The district council and the logging company that works the forests above Tarrow Glen have blamed each other for the wildfire.", both},
		{"a company introduced by its trade before the council",
			"A forestry company and the district council have blamed each other for the wildfire that burned 900 acres.", both},
		{"what set the blame off is no charge of either",
			"A forestry company and the district council have blamed each other after 40 families lost their homes in a wildfire.", both},
		{"guard: the last two of a list of three",
			"Within two days the club, the company and the council were blaming one another for the wildfire.", nil},
		{"guard: a name that is the object of a relative clause in a list of three",
			"Within two days the club, the firm that insures Pellam Rovers FC and the city council were blaming one another for the wildfire.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Blame flies over Brackmoor fire\n\n" + tt.lead + body
			res := extractTitled(t, "Blame flies over Brackmoor fire", text)
			var got []string
			for _, c := range res.Claims {
				if c.Kind == graph.KindAccusation && strings.HasPrefix(tt.lead, c.Text[:min(len(c.Text), 20)]) {
					got = append(got, c.Side+">"+c.Subject)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("lead accusations %q, want %q:%s", got, tt.want, describe(res.Claims))
			}
		})
	}
}
