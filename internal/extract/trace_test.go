package extract

import (
	"strings"
	"testing"
)

// TestTraceEvidence: what footage, imagery or an examination shows is
// the writer's finding, not a claim; a poll's or a report's finding keeps
// its document as the speaker, and a person who finds keeps theirs.
func TestTraceEvidence(t *testing.T) {
	tests := []struct {
		name, text, prefix string
		claimed            bool
	}{
		{"footage shows",
			"Footage filmed by a resident and checked by the Fenwick Courier shows two lorries leaving the quarry at night.",
			"Footage filmed", false},
		{"examinations found",
			"Quillby's coroner has not reported. Forensic examinations found that the victims had died of smoke inhalation.",
			"Forensic examinations found", false},
		{"imagery and testimony show",
			"Satellite imagery and witness testimony show that the bridge was standing on 4 May.",
			"Satellite imagery", false},
		{"guard: a poll shows",
			"A poll by the Fenwick Institute shows that most voters oppose the quarry's expansion.",
			"A poll by the Fenwick Institute", true},
		{"guard: a person finds",
			"Inspector Ada Renk found that the quarry had breached its licence twice.",
			"Inspector Ada Renk found", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			got := false
			for _, c := range res.Claims {
				got = got || strings.HasPrefix(c.Text, tt.prefix)
			}
			if got != tt.claimed {
				t.Errorf("claim %q: %v, want %v:%s", tt.prefix, got, tt.claimed, describe(res.Claims))
			}
		})
	}
}

// TestTraceNoun: a speaker headed by a trace noun, and names that are not.
func TestTraceNoun(t *testing.T) {
	for name, want := range map[string]bool{"Footage": true, "forensic examinations and witness testimony": true, "Weather records": false, "Ada Renk": false, "the report": false} {
		if got := traceEvidence(name); got != want {
			t.Errorf("traceEvidence(%q) = %v, want %v", name, got, want)
		}
	}
}
