package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/contra-project/contra/config"
	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/ingest"
	"github.com/contra-project/contra/internal/render"
)

// run drives Main as a shell would, with a clean environment.
func run(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &errb)
	m.Environ = []string{}
	all := append([]string{"--db", filepath.Join(dir, "contra.db"), "--config", writeConfig(t, dir)}, args...)
	code = m.Run(context.Background(), all)
	return out.String(), errb.String(), code
}

func writeConfig(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "contra.yaml")
	if _, err := os.Stat(p); err == nil {
		return p
	}
	// The repository's example configuration (invented states for the
	// example article), as the README's quick start uses it.
	data, err := os.ReadFile("../../contra.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func mustRun(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, errs, code := run(t, dir, args...)
	if code != 0 {
		t.Fatalf("contra %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

func statsOf(t *testing.T, dir string) graph.Stats {
	t.Helper()
	var st graph.Stats
	if err := json.Unmarshal([]byte(mustRun(t, dir, "stats", "-o", "json")), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestQuickStart(t *testing.T) {
	dir := t.TempDir()
	out := mustRun(t, dir, "load", "../../examples")
	for _, want := range []string{"Loaded", "mutual_accusation", "opposing", "counterclaim", "What contradicts what"} {
		if !strings.Contains(out, want) {
			t.Errorf("load output lacks %q:\n%s", want, out)
		}
	}
	first := statsOf(t, dir)
	if first.Claims < 10 || first.Findings[graph.RuleMutual] == 0 || first.Findings[graph.RuleOpposing] == 0 {
		t.Fatalf("stats after first load: %+v", first)
	}
	mustRun(t, dir, "load", "../../examples")
	if second := statsOf(t, dir); !equalStats(first, second) {
		t.Fatalf("reload changed counts: %+v -> %+v", first, second)
	}

	mutual := mustRun(t, dir, "query", "mutual", "--topic", "cluster bombs", "-o", "json")
	var groups []graph.MutualGroup
	if err := json.Unmarshal([]byte(mutual), &groups); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, g := range groups {
		found = found || (g.Sides == [2]string{"Russia", "Ukraine"} && g.Topic == "cluster munitions")
	}
	if !found {
		t.Fatalf("no Russia–Ukraine mutual accusation on cluster munitions in %s", mutual)
	}

	con := mustRun(t, dir, "query", "contradictions", "--topic", "cluster munitions", "--rule", "counterclaim", "-o", "json")
	var cs []graph.Contradiction
	if err := json.Unmarshal([]byte(con), &cs); err != nil {
		t.Fatal(err)
	}
	var pairs []string
	for _, c := range cs {
		pairs = append(pairs, c.Claims[0].ID+">"+c.Claims[1].ID)
	}
	if !contains(pairs, "cm-shoigu-refrained>cm-ukraine-accuses-russia") {
		t.Fatalf("Shoigu's denial does not counter Ukraine's accusation: %v", pairs)
	}
}

func equalStats(a, b graph.Stats) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func TestExportLoadsBack(t *testing.T) {
	for _, format := range []string{"jsonl", "csv"} {
		t.Run(format, func(t *testing.T) {
			a, b := t.TempDir(), t.TempDir()
			mustRun(t, a, "load", "../../examples")
			exp := filepath.Join(b, "export."+format)
			mustRun(t, a, "export", "-o", format, "--out", exp)
			mustRun(t, b, "load", exp)
			ea, eb := exportIDs(t, a), exportIDs(t, b)
			if strings.Join(ea, "\n") != strings.Join(eb, "\n") {
				t.Fatalf("export of the reloaded store differs:\n%v\n%v", ea, eb)
			}
			sa, sb := statsOf(t, a), statsOf(t, b)
			if sa.Claims != sb.Claims || !equalFindings(sa.Findings, sb.Findings) {
				t.Fatalf("stats differ: %+v vs %+v", sa, sb)
			}
		})
	}
}

func equalFindings(a, b map[graph.Rule]int) bool {
	for _, r := range graph.Rules {
		if a[r] != b[r] {
			return false
		}
	}
	return true
}

// exportIDs returns one line per exported claim: id, document id and the
// links, sorted.
func exportIDs(t *testing.T, dir string) []string {
	t.Helper()
	out := mustRun(t, dir, "export", "-o", "jsonl")
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r graph.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, r.ID+" "+r.DocID+" "+strings.Join(r.Counters, ",")+" "+strings.Join(r.Contradicts, ","))
	}
	sort.Strings(lines)
	return lines
}

func TestMalformedLineLeavesStoreUnchanged(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	before := statsOf(t, dir)
	bad := filepath.Join(dir, "bad.jsonl")
	data, err := os.ReadFile("../../examples/cluster-munitions-2023.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	// New claims first, then a broken line: nothing of the file may land.
	body := strings.ReplaceAll(lines[0], `"id": "cm-us-supply"`, `"id": "new-1"`) +
		strings.ReplaceAll(lines[1], `"id": "cm-kirby-accuses-russia"`, `"id": "new-2"`) +
		`{"speaker": "X", "kind": "accusation",` + "\n"
	if err := os.WriteFile(bad, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, dir, "load", bad)
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d", code, exitInvalid)
	}
	// The diagnostic is on stderr, where a script that keeps stdout for
	// the summary still sees it; the summary says how many files.
	if !strings.Contains(errs, "bad.jsonl:3:") || strings.Contains(out, "bad.jsonl:3:") {
		t.Fatalf("file:line is not on stderr alone:\nstdout:\n%s\nstderr:\n%s", out, errs)
	}
	if !strings.Contains(out, "1 file(s) need attention") {
		t.Fatalf("the summary does not count the file needing attention:\n%s", out)
	}
	if after := statsOf(t, dir); !equalStats(before, after) {
		t.Fatalf("store changed: %+v -> %+v", before, after)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"version"}, exitOK},
		{[]string{"query", "claims", "--since", "yesterday-ish"}, exitInvalid},
		{[]string{"query", "speaker", "Nobody At All"}, exitNotFound},
		{[]string{"query", "claims", "-o", "pdf"}, exitInvalid},
		{[]string{"load", filepath.Join(dir, "missing")}, exitInvalid},
		{[]string{"--store", "mongo", "stats"}, exitInvalid},
		{[]string{"nosuchcommand"}, exitInvalid},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, "_"), func(t *testing.T) {
			if _, errs, code := run(t, dir, tt.args...); code != tt.code {
				t.Fatalf("exit %d, want %d (%s)", code, tt.code, errs)
			}
		})
	}
}

func TestConfigShowMasksPassword(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &errb)
	m.Environ = []string{"CONTRA_NEO4J_PASSWORD=hunter2-secret"}
	if code := m.Run(context.Background(), []string{"--config", writeConfig(t, dir), "config", "show"}); code != 0 {
		t.Fatal(errb.String())
	}
	if strings.Contains(out.String(), "hunter2") || !strings.Contains(out.String(), "********") {
		t.Fatalf("password not masked:\n%s", out.String())
	}
}

// TestMigrateCopiesTheGraph: what migrate streams from one store loads
// into another with the same claims and findings.
func TestMigrateCopiesTheGraph(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	ctx := context.Background()
	src, err := sqlite.Open(ctx, filepath.Join(dir, "contra.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "copy.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	var out bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &out)
	m.cfg.Load.BatchSize = 4 // several batches, documents shared across them
	if err := m.migrate(ctx, src, dst, render.Table); err != nil {
		t.Fatal(err)
	}
	a, _ := src.Stats(ctx)
	b, _ := dst.Stats(ctx)
	if !equalStats(a, b) {
		t.Fatalf("copy differs: %+v vs %+v", a, b)
	}
	if !strings.Contains(out.String(), "migrated 21 claims") {
		t.Fatalf("output: %s", out.String())
	}
}

func TestExportCypherScript(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	out := mustRun(t, dir, "export", "-o", "cypher")
	for _, want := range []string{"CREATE CONSTRAINT", ":param rows", "MERGE (c:Claim", "SET c:Counterclaim", "MERGE (f:FindingCount"} {
		if !strings.Contains(out, want) {
			t.Errorf("script lacks %q", want)
		}
	}
	// Findings are derived from claims, not written as relationships.
	if strings.Contains(out, "CONTRADICTS") || strings.Contains(out, "COUNTERS") {
		t.Error("script writes finding relationships")
	}
}

// The configuration's default batch size is the loader's, so that `contra
// bench` (which uses the loader's) measures what `contra load` does.
func TestDefaultBatchSizeIsTheLoaders(t *testing.T) {
	if got, want := config.Default().Load.BatchSize, ingest.DefaultBatchSize; got != want {
		t.Fatalf("config default load.batch_size = %d, ingest.DefaultBatchSize = %d", got, want)
	}
}

// Names that a spreadsheet would evaluate are exported to CSV as text and
// load back as the names they were.
func TestExportCSVDefusesFormulas(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	in := filepath.Join(a, "hostile.jsonl")
	rec := `{"speaker":"=HYPERLINK(\"http://evil.example\",\"x\")","side":"@SUM(A1)","kind":"assertion",` +
		`"subject":"-2+3","action":"'=keep the apostrophe","topic":"+cmd|' /C calc'!A0","polarity":"-",` +
		`"text":"=1+1","said_at":"2024-01-02","doc":"d1"}` + "\n"
	if err := os.WriteFile(in, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, a, "load", in)
	exp := filepath.Join(b, "export.csv")
	mustRun(t, a, "export", "-o", "csv", "--out", exp)
	raw, err := os.ReadFile(exp)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		for _, c := range r {
			if c != "" && strings.ContainsRune("=@+\t\r", rune(c[0])) && c != "+" {
				t.Errorf("exported cell %q would be evaluated by a spreadsheet", c)
			}
		}
	}
	mustRun(t, b, "load", exp)
	ja, jb := mustRun(t, a, "export", "-o", "jsonl"), mustRun(t, b, "export", "-o", "jsonl")
	if ja != jb {
		t.Fatalf("the CSV export does not load back as the store it came from:\n%s\n%s", ja, jb)
	}
}
