package extract

import (
	"strings"
	"testing"
)

// TestWithheldSpeech: a negated or refused verb of telling followed by a
// wh-clause ("did not say whether …", "declined to say which …") tells
// what a speaker kept back and is nobody's claim; the sentence's other
// reports stay, and "did not say that …" or a modal "would not say"
// keep their readings.
func TestWithheldSpeech(t *testing.T) {
	rows := []struct {
		name, text, gone, kept string
	}{
		{"did not say whether",
			`The Pellmark Water Board said the reservoir was safe. "The dam has never leaked," its engineer, Oskar Brandt, said. He did not say whether the valves had been replaced.`,
			"valves had been replaced", "dam has never leaked"},
		{"declined to say which",
			`Ilse Varrow, who heads the Tormund Relief Fund, said the convoy had been hit twice. Varrow declined to say which side she held responsible.`,
			"which side she held", "convoy had been hit twice"},
		{"but did not say how",
			`Karsten Mobel told reporters the border crossing would reopen on Monday, but did not say how travellers would reach it.`,
			"travellers would reach it", "crossing would reopen"},
		{"officials did not say why",
			`The Dunwick city council said the bridge was closed for repairs. Council officials did not say why the work had been delayed.`,
			"work had been delayed", "bridge was closed"},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			goneKept(t, tt.text, tt.gone, tt.kept, "withheld speech", strings.Contains)
		})
	}
}

// TestRequestOrRefusalTold: "… and asked for privacy", "… and asked to
// …", "…, but declined to give details" tell what the speaker did after
// the report; their words alone are no claim. The report before them
// stays, and a request to someone or a question ("asked whether …")
// keeps its reading as a claim.
func TestRequestOrRefusalTold(t *testing.T) {
	rows := []struct {
		name, text, gone, kept string
	}{
		{"asked for privacy",
			`The family of Ilse Marrow, in the town of Dunwick, said in a statement that they were "shaken but hopeful" and asked for privacy.`,
			"for privacy", "shaken but hopeful"},
		{"asked to",
			`The pilot of the Kestrel Air flight told controllers an engine had failed and asked to land at Pellmark.`,
			"to land at Pellmark", "engine had failed"},
		{"declined to give details",
			`A spokesman for the Tormund police said two men had been arrested, but declined to give details.`,
			"to give details", "two men had been arrested"},
		{"declined to comment",
			`Varrow's lawyer, Oskar Brandt, said his client had done nothing wrong and declined to comment on the audit.`,
			"comment on the audit", "done nothing wrong"},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			goneKept(t, tt.text, tt.gone, tt.kept, "a request or refusal told", func(text, gone string) bool {
				return strings.HasPrefix(strings.TrimSpace(text), gone)
			})
		})
	}
	// guard: a question asked keeps its claim
	res := extractText(t, `Senator Ilse Marrow said the budget was short by a third and asked whether the ministry had hidden the gap.`)
	asked := false
	for _, c := range res.Claims {
		asked = asked || strings.Contains(c.Text, "whether the ministry had hidden the gap")
	}
	if !asked {
		t.Errorf("lost the question asked:%s", describe(res.Claims))
	}
}

// goneKept extracts text and fails when a claim is the words gone (as
// isGone reads them: what should be no claim) or when no claim holds kept
// (the report beside them, which must stay).
func goneKept(t *testing.T, text, gone, kept, what string, isGone func(claimText, gone string) bool) {
	t.Helper()
	res := extractText(t, text)
	found := false
	for _, c := range res.Claims {
		if isGone(c.Text, gone) {
			t.Errorf("%s read as a claim: %s: %q", what, c.Speaker, c.Text)
		}
		found = found || strings.Contains(c.Text, kept)
	}
	if !found {
		t.Errorf("lost the claim %q:%s", kept, describe(res.Claims))
	}
}
