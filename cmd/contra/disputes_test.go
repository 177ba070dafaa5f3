package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/synth"
)

// devCorpus is the hand-labelled articles, when this checkout has them
// beside it (they are not in the repository).
func devCorpus(t *testing.T) string {
	t.Helper()
	p := "../../../shared/corpus/dev"
	if _, err := os.Stat(filepath.Join(p, "000_shoigu-cluster-munitions.txt")); err != nil {
		t.Skip("skipping: the dev corpus is not at ../shared/corpus/dev")
	}
	return p
}

type disputesJSON struct {
	Totals    graph.DisputeTotals `json:"totals"`
	Disputes  []graph.Dispute     `json:"disputes"`
	Exchanges []graph.Exchange    `json:"exchanges"`
}

func queryDisputes(t *testing.T, dir string, args ...string) disputesJSON {
	t.Helper()
	var out disputesJSON
	raw := mustRun(t, dir, append([]string{"query", "disputes", "-o", "json"}, args...)...)
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		t.Fatalf("query disputes -o json: %v\n%s", err, raw)
	}
	return out
}

// sidesOf lists a camp's sides.
func sidesOf(c graph.Camp) []string {
	var out []string
	for _, v := range c.Sides {
		out = append(out, v.Side)
	}
	return out
}

// TestDisputesOnExamples is the done-when on the examples alone:
// Russia's use of cluster munitions with both camps filled, and the
// Russia–Ukraine and Russia–United States exchanges with who accused
// first.
func TestDisputesOnExamples(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	got := queryDisputes(t, dir, "--topic", "cluster bombs")
	checkClusterMunitions(t, got)
}

// TestDisputesOnDevCorpus adds the real articles: the same disputes and
// exchanges, and the double standard of the seed articles.
func TestDisputesOnDevCorpus(t *testing.T) {
	corpus := devCorpus(t)
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples", corpus)
	got := queryDisputes(t, dir, "--topic", "cluster munitions")
	d := checkClusterMunitions(t, got)
	// Seed articles 000 and 004: Russia accuses the United States (004)
	// of what Ukraine (000) says Russia does.
	if d.DoubleStandard == nil || d.DoubleStandard.Side != "Russia" {
		t.Fatalf("no double standard of Russia in %+v", d)
	}
	var pairs []graph.Contradiction
	raw := mustRun(t, dir, "query", "contradictions", "--rule", "double_standard", "-o", "json")
	if err := json.Unmarshal([]byte(raw), &pairs); err != nil {
		t.Fatal(err)
	}
	// Extracted claims (the examples' records carry ids of their own)
	// of 004 (Sputnik) and 000 (The Moscow Times); the examples cite the
	// same pages, so the documents are shared.
	seed := false
	for _, p := range pairs {
		a, b := p.Claims[0], p.Claims[1]
		if a.Document != nil && b.Document != nil && strings.HasPrefix(a.ID, "claim:") && strings.HasPrefix(b.ID, "claim:") &&
			a.Document.Outlet == "Sputnik" && b.Document.Outlet == "The Moscow Times" {
			seed = true
		}
	}
	if !seed {
		t.Errorf("no double standard between seed articles 004 (standard) and 000 (act) among %d pairs", len(pairs))
	}
}

// checkClusterMunitions checks the cluster munitions disputes and
// exchanges and returns the dispute over Russia's use.
func checkClusterMunitions(t *testing.T, got disputesJSON) graph.Dispute {
	t.Helper()
	var russia *graph.Dispute
	for i := range got.Disputes {
		d := &got.Disputes[i]
		if d.Subject == "Russia" && d.Action == "use cluster munitions" {
			russia = d
		}
	}
	if russia == nil {
		t.Fatalf("no dispute over Russia's use of cluster munitions among %d", len(got.Disputes))
	}
	if !contains(sidesOf(russia.Camps[0]), "United States") || !contains(sidesOf(russia.Camps[1]), "Russia") {
		t.Errorf("camps of Russia's use: %v say yes, %v say no; want the United States and Russia",
			sidesOf(russia.Camps[0]), sidesOf(russia.Camps[1]))
	}
	if russia.Opened == nil || russia.Opened.Side != "United States" || russia.Answered == nil || russia.Answered.Side != "Russia" {
		t.Errorf("opened %+v, answered %+v; want the United States answered by Russia", russia.Opened, russia.Answered)
	}
	ex := map[string]graph.Exchange{}
	for _, e := range got.Exchanges {
		ex[e.Sides[0]+"|"+e.Sides[1]] = e
	}
	us, ok := ex["United States|Russia"]
	if !ok || us.FirstAccuser != "United States" || us.Answered == nil || us.AnswerDays == nil || *us.AnswerDays <= 0 {
		t.Errorf("United States–Russia exchange: %+v; want the United States accusing first, answered later", us)
	}
	ru, ok := ex["Russia|Ukraine"]
	if !ok || ru.Opened == nil || (ru.FirstAccuser == "" && !ru.SameDay) {
		t.Errorf("Russia–Ukraine exchange: %+v; want who accused first (or that both did on one day)", ru)
	}
	return *russia
}

// TestUnknownNamesAreErrors: a topic, side or speaker that resolves to
// nothing exits 3 with a suggestion, and a read command on a store file
// that does not exist exits 3 without creating it.
func TestUnknownNamesAreErrors(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	for _, tc := range []struct {
		args    []string
		suggest string
	}{
		{[]string{"query", "disputes", "--topic", "clustr munitions"}, `did you mean "cluster munitions"`},
		{[]string{"query", "claims", "--side", "Rusia"}, `did you mean "Russia"`},
		{[]string{"query", "contradictions", "--speaker", "Kirbee"}, `did you mean "John Kirby"`},
		{[]string{"query", "between", "Russia", "Ukrane"}, `did you mean "Ukraine"`},
		{[]string{"query", "timeline", "--topic", "weather"}, "no topic"},
	} {
		out, errs, code := run(t, dir, tc.args...)
		if code != exitNotFound || !strings.Contains(errs, tc.suggest) || out != "" {
			t.Errorf("contra %s: exit %d, stderr %q, stdout %q; want exit %d and %q", strings.Join(tc.args, " "), code, errs, out, exitNotFound, tc.suggest)
		}
	}
	for _, args := range [][]string{{"stats"}, {"query", "claims"}, {"query", "disputes"}, {"export"}} {
		missing := filepath.Join(dir, "typo.db")
		var out, errb strings.Builder
		m := NewMain(strings.NewReader(""), &out, &errb)
		m.Environ = []string{}
		code := m.Run(context.Background(), append([]string{"--db", missing, "--config", writeConfig(t, dir)}, args...))
		if code != exitNotFound {
			t.Errorf("contra --db typo.db %s: exit %d, want %d", strings.Join(args, " "), code, exitNotFound)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Fatalf("contra --db typo.db %s created the store", strings.Join(args, " "))
		}
	}
}

// TestLimitEverywhere: every query returns at most --limit results, and
// pages with --offset cover the same results as no limit.
func TestLimitEverywhere(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	for _, q := range [][]string{
		{"query", "claims"}, {"query", "speakers"}, {"query", "topics"}, {"query", "actors"},
		{"query", "contradictions"}, {"query", "mutual"}, {"query", "speaker", "Vladimir Putin"},
		{"query", "timeline", "--topic", "cluster munitions"}, {"query", "between", "Russia", "Ukraine"},
	} {
		var all []json.RawMessage
		if err := json.Unmarshal([]byte(mustRun(t, dir, append(q, "-o", "json")...)), &all); err != nil {
			t.Fatalf("%v: %v", q, err)
		}
		if len(all) < 2 {
			t.Fatalf("%v: %d results; the examples should give several", q, len(all))
		}
		var paged []json.RawMessage
		for off := 0; off < len(all)+1; off++ {
			var page []json.RawMessage
			raw := mustRun(t, dir, append(q, "-o", "json", "--limit", "1", "--offset", strconv.Itoa(off))...)
			if err := json.Unmarshal([]byte(raw), &page); err != nil {
				t.Fatalf("%v page %d: %v", q, off, err)
			}
			if len(page) > 1 {
				t.Fatalf("%v --limit 1: %d results", q, len(page))
			}
			paged = append(paged, page...)
		}
		if len(paged) != len(all) {
			t.Errorf("%v: pages of 1 give %d results, all at once %d", q, len(paged), len(all))
		}
	}
	d := queryDisputes(t, dir, "--limit", "1")
	if len(d.Disputes) != 1 || len(d.Exchanges) != 1 || d.Totals.Disputes < 2 {
		t.Errorf("disputes --limit 1: %d disputes, %d exchanges of %+v", len(d.Disputes), len(d.Exchanges), d.Totals)
	}
}

// TestNoPairTwice: query contradictions lists each pair of claims once.
func TestNoPairTwice(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	var cs []graph.Contradiction
	if err := json.Unmarshal([]byte(mustRun(t, dir, "query", "contradictions", "-o", "json")), &cs); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	tagged := false
	for _, c := range cs {
		a, b := c.Claims[0].ID, c.Claims[1].ID
		if b < a {
			a, b = b, a
		}
		if seen[a+b] {
			t.Errorf("pair %s, %s listed twice", a, b)
		}
		seen[a+b] = true
		tagged = tagged || len(c.Tags) > 0
	}
	if !tagged {
		t.Error("no pair carries its other rules as tags; the examples' denials are also opposing pairs")
	}
}

// TestQueryStopsOnInterrupt: a query streaming a dense topic's pairs
// ends within a second of its context's end, with the interrupt's exit
// status.
func TestQueryStopsOnInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a dense store")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "dense.db")
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	err = synth.DenseBatches(1, 5000, 1000, func(b graph.Batch) error {
		_, err := s.Load(context.Background(), b)
		return err
	})
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"query", "contradictions", "--topic", synth.DenseTopic, "-o", "json"},
		{"query", "timeline", "--topic", synth.DenseTopic, "-o", "json", "--opponents", "1000"},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		m := NewMain(strings.NewReader(""), io.Discard, io.Discard)
		m.Environ = []string{}
		done := make(chan int)
		go func() {
			done <- m.Run(ctx, append([]string{"--db", db, "--config", writeConfig(t, dir)}, args...))
		}()
		time.Sleep(300 * time.Millisecond)
		cancel()
		start := time.Now()
		select {
		case code := <-done:
			if code != 130 && code != 0 {
				t.Errorf("%v: exit %d after cancel, want 130", args, code)
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("%v: stopped %v after cancel, want within a second", args, d)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%v: still running 5 s after cancel", args)
		}
	}
}
