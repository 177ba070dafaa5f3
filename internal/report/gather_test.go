package report

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
)

// clock is a settable clock shared by a store (it stamps loaded_at and
// found_at) and a test.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

// openStore opens a fresh SQLite store in t.TempDir() stamped by clk.
func openStore(t testing.TB, clk *clock) graph.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "contra.db"), sqlite.WithClock(clk.Now))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func load(t testing.TB, s graph.Store, b graph.Batch) graph.LoadResult {
	t.Helper()
	res, err := s.Load(context.Background(), b)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return res
}

// subBatch is the fixture's documents with only the claims at idx.
func subBatch(t *testing.T, idx ...int) graph.Batch {
	t.Helper()
	all := fixtureBatch(t)
	b := graph.Batch{Documents: all.Documents}
	for _, i := range idx {
		b.Claims = append(b.Claims, all.Claims[i])
	}
	return b
}

var t0 = time.Date(2031, 3, 6, 9, 0, 0, 0, time.UTC)

func TestGatherMutualInEveryFormat(t *testing.T) {
	clk := &clock{t: t0}
	s := openStore(t, clk)
	load(t, s, fixtureBatch(t))
	d, err := Gather(context.Background(), s, Options{Title: "Fixture", Now: t0.Add(time.Hour)})
	if err != nil {
		t.Fatalf("Gather: %v", err)
	}
	if d.Summary.Claims != len(fixtureClaims) || d.Summary.Documents != len(fixtureDocs) || d.Summary.Speakers != 4 {
		t.Errorf("summary = %+v, want %d claims, %d documents, 4 speakers", d.Summary, len(fixtureClaims), len(fixtureDocs))
	}
	// One entry per pair: the counterclaim is also an opposing pair.
	wantRules := map[graph.Rule]int{graph.RuleMutual: 1, graph.RuleOpposing: 1, graph.RuleCounterclaim: 1, graph.RuleReversal: 1}
	for r, n := range wantRules {
		if d.Summary.ByRule[r] != n {
			t.Errorf("summary by rule %s = %d, want %d", r, d.Summary.ByRule[r], n)
		}
	}
	if len(d.Mutual) != 1 || d.Mutual[0].Sides != [2]string{"Norland", "Sudmark"} || d.Mutual[0].Count != 2 {
		t.Fatalf("mutual = %+v, want Norland ⇄ Sudmark with 2 accusations", d.Mutual)
	}
	if len(d.Accusations) != 2 || !d.Accusations[0].Mutual {
		t.Errorf("accusation edges = %+v", d.Accusations)
	}
	// Ilse Varga's reversal counts for both of her claims.
	if len(d.MostContradicted) == 0 || d.MostContradicted[0].Speaker != "Ilse Varga" || d.MostContradicted[0].Contradictions != 4 {
		t.Errorf("most contradicted = %+v, want Ilse Varga first with 4", d.MostContradicted)
	}
	if d.Summary.Disputes != 3 || len(d.Disputes) != 3 || len(d.Exchanges) != 1 {
		t.Errorf("%d disputes (%d shown), %d exchanges; want the shelling, the corridor and the troops, and one exchange",
			d.Summary.Disputes, len(d.Disputes), len(d.Exchanges))
	}

	_, files := writeAll(t, d)
	// Both accusations with their sources, in every format.
	for _, f := range []string{"md", "html", "json", "csv"} {
		for _, want := range []string{
			"Sudmark shelled our border villages overnight.", "It was Norland that shelled the villages.",
			"Example Daily", "Example Wire",
			"https://news.example.org/norland-sudmark-1", "https://wire.example.net/2031/03/03/sudmark",
		} {
			if !strings.Contains(files[f], want) {
				t.Errorf("report.%s lacks %q", f, want)
			}
		}
	}
	if !strings.Contains(files["md"], "## E1. Norland ⇄ Sudmark — border shelling") ||
		!strings.Contains(files["html"], "E1. Norland ⇄ Sudmark") {
		t.Error("md/html lack the exchange heading")
	}
	rows, err := csv.NewReader(strings.NewReader(files["csv"])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	mutualRows := 0
	for _, r := range rows[1:] {
		if r[1] == string(graph.RuleMutual) {
			mutualRows++
		}
	}
	if mutualRows != 1 {
		t.Errorf("report.csv has %d mutual_accusation rows, want 1", mutualRows)
	}
	var back Data
	if err := json.Unmarshal([]byte(files["json"]), &back); err != nil {
		t.Fatal(err)
	}
	for i, side := range back.Mutual[0].Accusations {
		if len(side) != 1 || side[0].Document == nil || side[0].Document.Outlet == "" {
			t.Errorf("report.json mutual side %d lacks its source: %+v", i, side)
		}
	}
	checkSelfContained(t, files["html"])
}

func TestGatherWindowAndTopics(t *testing.T) {
	clk := &clock{t: t0}
	s := openStore(t, clk)
	load(t, s, subBatch(t, 0, 3)) // Norland's accusation and corridor claim
	clk.Set(t0.Add(time.Hour))
	load(t, s, subBatch(t, 1, 2, 4)) // Sudmark answers; Norland reverses

	tests := []struct {
		name           string
		o              Options
		claims         int
		contradictions int
		mutual         int
		code           graph.Code
	}{
		{"everything", Options{}, 5, 3, 1, ""},
		// The first load alone made no pair: nothing is contested yet.
		{"first load only", Options{Until: t0.Add(time.Minute)}, 2, 0, 0, ""},
		{"second load only", Options{Since: t0.Add(time.Minute)}, 3, 3, 1, ""},
		{"topic by alias-free name, any case", Options{Topics: []string{"Grain Convoy"}}, 2, 1, 0, ""},
		{"two topics", Options{Topics: []string{"grain convoy", "border shelling", "border-shelling"}}, 5, 3, 1, ""},
		{"unknown topic", Options{Topics: []string{"weather"}}, 0, 0, 0, ""},
		{"inverted window", Options{Since: t0.Add(time.Hour), Until: t0}, 0, 0, 0, graph.EInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Gather(context.Background(), s, tt.o)
			if graph.ErrorCode(err) != tt.code {
				t.Fatalf("Gather error %v, want code %q", err, tt.code)
			}
			if err != nil {
				return
			}
			if d.Summary.Claims != tt.claims || len(d.Contradictions) != tt.contradictions || len(d.Mutual) != tt.mutual {
				t.Errorf("claims %d, contradictions %d, mutual %d; want %d, %d, %d",
					d.Summary.Claims, len(d.Contradictions), len(d.Mutual), tt.claims, tt.contradictions, tt.mutual)
			}
			days := 0
			for _, r := range d.Daily {
				days += r.Claims
			}
			if days+d.Summary.Undated != d.Summary.Claims {
				t.Errorf("daily claims %d + undated %d != claims %d", days, d.Summary.Undated, d.Summary.Claims)
			}
		})
	}
}

func TestGatherEmptyStoreIsStableJSON(t *testing.T) {
	s := openStore(t, &clock{t: t0})
	d, err := Gather(context.Background(), s, Options{Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	_, files := writeAll(t, d)
	var top map[string]any
	if err := json.Unmarshal([]byte(files["json"]), &top); err != nil {
		t.Fatal(err)
	}
	for _, k := range jsonKeys {
		v, ok := top[k]
		if !ok || v == nil {
			t.Errorf("empty report.json key %q = %v, want present and not null", k, v)
		}
	}
	rules := top["summary"].(map[string]any)["by_rule"].(map[string]any)
	var got []string
	for r := range rules {
		got = append(got, r)
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"counterclaim", "double_standard", "mutual_accusation", "opposing", "reversal"}) {
		t.Errorf("by_rule keys = %v, want every rule", got)
	}
	for _, want := range []string{"No dated claims or contradictions to chart.", "None in this window.", `<nav id="toc">`} {
		if !strings.Contains(files["html"], want) {
			t.Errorf("empty report.html lacks %q", want)
		}
	}
}
