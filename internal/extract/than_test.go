package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestLabelHoldsNoFunctionWord checks that "than" before an event verb
// ("no plan other than cut taxes") is no modifier of the event a label is
// named by: a label holds nouns, never a conjunction (PolNeAR train had
// "than cut" on 15 claims).
func TestLabelHoldsNoFunctionWord(t *testing.T) {
	tests := []struct{ name, title, text string }{
		{"taxes", "Varga slams opposition's 'gloom' on economy",
			"“Those who keep running down the economy don’t seem to have any plan other than cut taxes for the richest,” Varga said."},
		{"fares", "Rail union chief rounds on operator",
			"“The operator has no answer other than raise fares again,” the union's leader, Tomas Brill, said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Title: tt.title}})
			for _, c := range res.Claims {
				if strings.Contains(" "+c.Topic+" ", " than ") {
					t.Errorf("label %q holds a conjunction:%s", c.Topic, describe(res.Claims))
				}
			}
		})
	}
}
