package extract

import "testing"

// hasCapFold is noteKindNames' gate: it must find every way a token
// capitalised with the noun as its lower case can be written, or bodies
// named with the noun would go unnoted.
func TestHasCapFold(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"the Harbour Office of the Tarrow Envoy said", "office", true},
		{"a JOINT MONITORING MISSION reported", "mission", true},
		{"the OFfice", "office", true},
		{"the office said", "office", false},                     // no capital
		{"Offic", "office", false},                               // cut short
		{"an Offer from the Ministry of Ports", "office", false}, // same capital, other word
		{"", "mission", false},
		{"Missi", "mission", false},
		{"Mr Mission", "mission", true}, // a capital before it first
	} {
		if got := hasCapFold(c.s, c.w); got != c.want {
			t.Errorf("hasCapFold(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}
