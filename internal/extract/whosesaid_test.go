package extract

import "testing"

// TestWhoseSaid: "…, Freedonia, whose foreign ministry said that …" is
// the report of Freedonia's organ, which speaks for the state, as
// "Freedonia's foreign ministry said" is.
func TestWhoseSaid(t *testing.T) {
	type want struct{ speaker, kind, subject string }
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"a state's organ in a relative clause",
			"The row over the dam has also drawn in Freedonia, whose foreign ministry said that Sylvanian troops had crossed its border.",
			[]want{{"Freedonian government", "assertion", "Sylvania"}}},
		{"with a time before that",
			"The row has drawn in Freedonia, whose defence ministry said last week that Sylvanian drones had flown over its dams.",
			[]want{{"Freedonian government", "assertion", ""}}},
		{"guard: people of the state are no organ of it",
			"The row has also drawn in Freedonia, whose fishermen said Sylvanian guards had seized their nets.",
			nil},
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
