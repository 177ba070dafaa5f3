package render

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/ingest"
)

func loadSummary() *ingest.Summary {
	t0 := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	return &ingest.Summary{
		Started: t0, Finished: t0.Add(1500 * time.Millisecond),
		Statuses: map[string]int{ingest.StatusLoaded: 2, ingest.StatusRejected: 1, ingest.StatusSkipped: 1, ingest.StatusIgnored: 1},
		Loaded:   map[string]int{"records": 1, "article": 1},
		Files: []ingest.FileReport{
			{Path: "claims.jsonl", Kind: "records", Status: ingest.StatusLoaded, Claims: 4},
			{Path: "bad\x1b[2J.jsonl", Kind: "records", Status: ingest.StatusRejected,
				Problems: []ingest.Problem{{File: "bad\x1b[2J.jsonl", Line: 3, Msg: "kind: \"x\" is not a kind"}},
				Notes:    []string{"file rejected: nothing of it was written"}},
			{Path: "a.txt", Kind: "article", Status: ingest.StatusLoaded, Claims: 2, Notes: []string{"no speaker for 1 quote"}},
			{Path: "b.pdf", Kind: "other", Status: ingest.StatusSkipped, Notes: []string{"unsupported file type"}},
			{Path: "a.meta.json", Kind: "ignored", Status: ingest.StatusIgnored, Notes: []string{"metadata sidecar"}},
		},
		Claims: 6, Result: graph.LoadResult{Claims: 6},
	}
}

// TestDiagnosticsApartFromTheSummary: the bad records and file notes are
// what Diagnostics writes (for stderr), each naming its file, and the
// summary only counts them.
func TestDiagnosticsApartFromTheSummary(t *testing.T) {
	sum := loadSummary()
	var diag bytes.Buffer
	if err := Diagnostics(&diag, sum); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`bad [2J.jsonl:3: kind: "x" is not a kind`,
		"bad [2J.jsonl: rejected: file rejected: nothing of it was written",
		"a.txt: loaded: no speaker for 1 quote",
		"b.pdf: skipped: unsupported file type",
	}
	if got := strings.Split(strings.TrimSuffix(diag.String(), "\n"), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("diagnostics:\n%s\nwant:\n%s", diag.String(), strings.Join(want, "\n"))
	}
	var out bytes.Buffer
	if err := (Options{}).Load(&out, Table, LoadReport{Summary: sum}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "3 file(s) need attention") || strings.Contains(out.String(), "is not a kind") {
		t.Fatalf("summary:\n%s", out.String())
	}
}

// TestLoadSummaryIsSafeForATerminal: names and quotes from the input
// reach the summary without control characters.
func TestLoadSummaryIsSafeForATerminal(t *testing.T) {
	c := graph.Claim{ID: "c1", Speaker: "Evil\x1b]0;owned\x07 Name", Side: "Side\u202e", Kind: graph.KindAccusation,
		Subject: "X\r\nY", Action: "use\x00 drones", Topic: "drones", Polarity: graph.Positive, Text: "said \x1b[31mred\x1b[0m",
		Document: &graph.Document{Outlet: "Outlet\x9b2J\u009b2J"}}
	r := LoadReport{Summary: loadSummary(), Found: []graph.Contradiction{{Rule: graph.RuleOpposing, Topic: "drones", Claims: []graph.Claim{c, c}}}, Show: 5}
	var out bytes.Buffer
	if err := (Options{}).Load(&out, Table, r); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"\x1b", "\x07", "\x00", "\r", "\u202e", "\x9b", "\u009b"} {
		if strings.Contains(out.String(), bad) {
			t.Errorf("summary holds %q:\n%q", bad, out.String())
		}
	}
}
