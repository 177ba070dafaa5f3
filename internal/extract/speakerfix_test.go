package extract

import (
	"strings"
	"testing"
)

// TestSpeakerOfSentence checks the speaker given to the claim of one
// sentence (the claim whose text holds of) in short invented articles.
func TestSpeakerOfSentence(t *testing.T) {
	for _, tc := range []struct{ name, text, of, want string }{
		{"a group named by its members after a council spoke is no council",
			"Renters in Holm accused the landlord of ignoring damp.\n\n" +
				"Holm District Council said inspections would start in May. The renters' group said it would take the council to court.",
			"take the council", "renters' group"},
		{"guard: the members' group the article named with their word",
			"The Holm Renters Association accused the landlord of ignoring damp.\n\n" +
				"Holm District Council said inspections would start in May. The renters' group said it would take the council to court.",
			"take the council", "Holm Renters Association"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := extractText(t, tc.text)
			for _, c := range res.Claims {
				if strings.Contains(c.Text, tc.of) {
					if c.Speaker != tc.want {
						t.Errorf("speaker %q, want %q%s", c.Speaker, tc.want, describe(res.Claims))
					}
					return
				}
			}
			t.Errorf("no claim holds %q%s", tc.of, describe(res.Claims))
		})
	}
}
