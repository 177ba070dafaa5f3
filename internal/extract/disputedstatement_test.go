package extract

import "testing"

// TestDisputedStatement: a report another party disputes in a relative
// clause hung from what the report states ("…, a finding the firm
// disputed", "a point the party rejects") is that party's denial, as
// "a charge X denies" is; the report itself charges nobody for it.
func TestDisputedStatement(t *testing.T) {
	type want struct{ speaker, kind, subject string }
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"guard: a point a party disputed leaves the report no charge against it",
			"Election commissioner Anna Borel said the high turnout in Lower Vell appeared to reflect a typing error, a point the Velmar Party disputed.",
			[]want{{"Anna Borel", "assertion", ""}, {"Velmar Party", "denial", "Velmar Party"}}},
		{"a finding a company immediately disputed",
			"The Fenwick Safety Board said the crane's brakes had been worn for months, a finding Dunrow Construction immediately disputed.",
			[]want{{"Fenwick Safety Board", "assertion", ""}, {"Dunrow Construction", "denial", "Dunrow Construction"}}},
		{"an account a state rejects",
			"The ship's captain said the patrol boat had rammed his trawler twice, an account Sylvania rejects.",
			[]want{{"ship's captain", "assertion", ""}, {"Sylvanian government", "denial", "Sylvania"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			if len(res.Claims) != len(tt.want) {
				t.Fatalf("got %d claims, want %d:%s", len(res.Claims), len(tt.want), describe(res.Claims))
			}
			for i, w := range tt.want {
				c := res.Claims[i]
				if c.Speaker != w.speaker || string(c.Kind) != w.kind || c.Subject != w.subject {
					t.Errorf("claim %d: got %q %s %q, want %q %s %q:%s", i, c.Speaker, c.Kind, c.Subject, w.speaker, w.kind, w.subject, describe(res.Claims))
				}
			}
		})
	}
}
