package extract

import (
	"strings"
	"testing"
)

// TestLaterQuotedFinding: a quotation set apart after the one attributed
// ("“…,” said X. “A. B.”") is quoted sentence by sentence: its later
// sentence B that states a finding is a claim of its own, as its first
// sentence A is. B stays in the claim before it when it is a few words,
// leans on the sentence before ("It was jammed."), speaks in the
// speaker's own voice ("I think …"), or follows a sentence of the
// quotation already claimed on its own.
func TestLaterQuotedFinding(t *testing.T) {
	const lead = "Plant report\n\n\"The pumps were switched off at midnight,\" said Hanna Dorsk, the works manager. \""
	rows := []struct {
		name, quote string
		want        []string // the claims' texts, each a prefix, in order
	}{
		{"finding apart",
			"Nobody touched the controls after that. The overflow valve on the east tank had been jammed open for a week.\"",
			[]string{"\"The pumps were switched off", "\"Nobody touched the controls after that.", "The overflow valve on the east tank"}},
		{"short, leaning on the one before",
			"Nobody touched the controls after that. It was jammed.\"",
			[]string{"\"The pumps were switched off", "\"Nobody touched the controls after that. It was jammed."}},
		{"own voice",
			"Nobody touched the controls after that. I think the overflow valve on the east tank had been jammed open for a week.\"",
			[]string{"\"The pumps were switched off", "\"Nobody touched the controls after that. I think"}},
		{"after a later sentence claimed on its own",
			"Nobody touched the controls after that. Our engineers checked every tank twice. The overflow valve on the east tank had been jammed open for a week.\"",
			[]string{"\"The pumps were switched off", "\"Nobody touched the controls after that.", "Our engineers checked every tank twice. The overflow valve"}},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(lead + r.quote)})
			if len(res.Claims) != len(r.want) {
				t.Fatalf("got %d claims, want %d:%s", len(res.Claims), len(r.want), describe(res.Claims))
			}
			for i, w := range r.want {
				if c := res.Claims[i]; c.Speaker != "Hanna Dorsk" || !strings.HasPrefix(c.Text, w) {
					t.Errorf("claim %d: %q %q, want Hanna Dorsk %q", i, c.Speaker, c.Text, w)
				}
			}
		})
	}
}
