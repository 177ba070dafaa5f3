package extract

import "testing"

// TestDisputedStatement: a report another party disputes in a relative
// clause hung from what the report states ("…, a finding the firm
// disputed", "a point the party rejects") is that party's denial, as
// "a charge X denies" is; the report itself charges nobody for it.
func TestDisputedStatement(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{"guard: a point a party disputed leaves the report no charge against it",
			"Election commissioner Anna Borel said the high turnout in Lower Vell appeared to reflect a typing error, a point the Velmar Party disputed.",
			[]claimWant{{"Anna Borel", "assertion", ""}, {"Velmar Party", "denial", "Velmar Party"}}},
		{"a finding a company immediately disputed",
			"The Fenwick Safety Board said the crane's brakes had been worn for months, a finding Dunrow Construction immediately disputed.",
			[]claimWant{{"Fenwick Safety Board", "assertion", ""}, {"Dunrow Construction", "denial", "Dunrow Construction"}}},
		{"an account a state rejects",
			"The ship's captain said the patrol boat had rammed his trawler twice, an account Sylvania rejects.",
			[]claimWant{{"ship's captain", "assertion", ""}, {"Sylvanian government", "denial", "Sylvania"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantClaims(t, tt.text, tt.want) })
	}
}
