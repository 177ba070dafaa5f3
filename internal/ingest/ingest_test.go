package ingest_test

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/ingest"
)

func openStore(t *testing.T) graph.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func stats(t *testing.T, s graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

const goodJSONL = `{"speaker":"Ilya Varga","role":"Foreign Minister","side":"Arvenia","kind":"accusation","subject":"Belmora","action":"destroy the dam","topic":"dam destruction","polarity":"+","text":"Varga blamed Belmoran forces for the dam.","said_at":"2031-04-15","source":{"url":"https://example.org/a","outlet":"Example Ledger"}}
{"speaker":"Tomas Oren","side":"Belmora","kind":"accusation","subject":"Arvenia","action":"destroy the dam","topic":"dam destruction","polarity":"+","text":"Oren blamed Arvenian troops.","said_at":"2031-04-16","source":{"url":"https://example.org/b","outlet":"Example Courier"}}

{"id":"oren-denial","speaker":"Tomas Oren","side":"Belmora","kind":"denial","subject":"Belmora","action":"destroy the dam","topic":"dam destruction","polarity":"-","text":"Oren said Belmoran troops never touched the dam.","said_at":"2031-04-16","source":{"url":"https://example.org/b","outlet":"Example Courier"}}
`

func TestLoadRecords(t *testing.T) {
	tests := []struct {
		name       string
		files      map[string]string
		keepGoing  bool
		wantClaims int
		wantStatus map[string]string
		wantProb   []string // "file:line" prefixes
	}{
		{
			name:       "jsonl",
			files:      map[string]string{"a.jsonl": goodJSONL},
			wantClaims: 3,
			wantStatus: map[string]string{"a.jsonl": ingest.StatusLoaded},
		},
		{
			name:       "json array",
			files:      map[string]string{"a.json": "[\n" + strings.Join(strings.Split(strings.TrimSpace(strings.ReplaceAll(goodJSONL, "\n\n", "\n")), "\n"), ",\n") + "\n]\n"},
			wantClaims: 3,
			wantStatus: map[string]string{"a.json": ingest.StatusLoaded},
		},
		{
			name: "csv with multi-line field",
			files: map[string]string{"a.csv": "speaker,side,kind,subject,action,topic,polarity,text,said_at\n" +
				"Ilya Varga,Arvenia,accusation,Belmora,destroy the dam,dam destruction,+,\"Two\nlines\",2031-04-15\n" +
				"Tomas Oren,Belmora,denial,Belmora,destroy the dam,dam destruction,-,No.,2031-04-16\n"},
			wantClaims: 2,
			wantStatus: map[string]string{"a.csv": ingest.StatusLoaded},
		},
		{
			name:       "bad kind rejects the whole file",
			files:      map[string]string{"good.jsonl": goodJSONL, "bad.jsonl": strings.Replace(goodJSONL, `"kind":"accusation","subject":"Arvenia"`, `"kind":"acusation","subject":"Arvenia"`, 1)},
			wantClaims: 3,
			wantStatus: map[string]string{"good.jsonl": ingest.StatusLoaded, "bad.jsonl": ingest.StatusRejected},
			wantProb:   []string{"bad.jsonl:2: kind"},
		},
		{
			name:       "keep going skips the bad record",
			files:      map[string]string{"bad.jsonl": strings.Replace(goodJSONL, `"polarity":"-"`, `"polarity":"no"`, 1)},
			keepGoing:  true,
			wantClaims: 2,
			wantStatus: map[string]string{"bad.jsonl": ingest.StatusPartial},
			wantProb:   []string{"bad.jsonl:4: polarity"},
		},
		{
			name:       "malformed json line",
			files:      map[string]string{"bad.jsonl": goodJSONL + "{\"speaker\": \n"},
			wantStatus: map[string]string{"bad.jsonl": ingest.StatusRejected},
			wantProb:   []string{"bad.jsonl:5: invalid record"},
		},
		{
			name:       "unknown field",
			files:      map[string]string{"bad.jsonl": strings.Replace(goodJSONL, `"role":`, `"rolle":`, 1)},
			wantStatus: map[string]string{"bad.jsonl": ingest.StatusRejected},
			wantProb:   []string{`bad.jsonl:1: invalid record: unknown field "rolle"`},
		},
		{
			name:       "missing required field",
			files:      map[string]string{"bad.jsonl": `{"speaker":"X","kind":"assertion","topic":"t","polarity":"+","text":"t"}` + "\n"},
			wantStatus: map[string]string{"bad.jsonl": ingest.StatusRejected},
			wantProb:   []string{`bad.jsonl:1: missing required field "action"`},
		},
		{
			name:       "year 99999",
			files:      map[string]string{"bad.jsonl": strings.Replace(goodJSONL, "2031-04-15", "99999-04-15", 1)},
			wantStatus: map[string]string{"bad.jsonl": ingest.StatusRejected},
			wantProb:   []string{"bad.jsonl:1: said_at"},
		},
		{
			name:       "ragged csv",
			files:      map[string]string{"a.csv": "speaker,kind,action,topic,polarity,text\nA,assertion,x,t,+,y\nB,assertion,x\n"},
			wantStatus: map[string]string{"a.csv": ingest.StatusRejected},
			wantProb:   []string{"a.csv:3: row has 3 fields"},
		},
		{
			name:       "unknown csv column",
			files:      map[string]string{"a.csv": "speaker,kindd\nA,b\n"},
			wantStatus: map[string]string{"a.csv": ingest.StatusRejected},
			wantProb:   []string{`a.csv:1: unknown column "kindd"`},
		},
		{
			name:       "unsupported and sidecar files are skipped",
			files:      map[string]string{"a.jsonl": goodJSONL, "notes.pdf": "%PDF", "x.gold.json": "{}"},
			wantClaims: 3,
			wantStatus: map[string]string{"a.jsonl": ingest.StatusLoaded, "notes.pdf": ingest.StatusSkipped, "x.gold.json": ingest.StatusIgnored},
		},
		{
			name: "a store kept beside its inputs is no input",
			files: map[string]string{"a.jsonl": goodJSONL, "c.db": "SQLite format 3", "c.db-wal": "", "c.db-shm": "",
				"c.db-writers": "", "c.db-bulk": "", "old.sqlite3-journal": "", "dbnotes.txt.wal": "x"},
			wantClaims: 3,
			wantStatus: map[string]string{"a.jsonl": ingest.StatusLoaded, "c.db": ingest.StatusIgnored, "c.db-wal": ingest.StatusIgnored,
				"c.db-shm": ingest.StatusIgnored, "c.db-writers": ingest.StatusIgnored, "c.db-bulk": ingest.StatusIgnored, "old.sqlite3-journal": ingest.StatusIgnored,
				"dbnotes.txt.wal": ingest.StatusSkipped},
		},
		{
			name:       "hostile names are data",
			files:      map[string]string{"h.jsonl": strings.NewReplacer("Ilya Varga", `\"}) DETACH DELETE n //`, "dam destruction", `'; DROP TABLE claims; --`).Replace(goodJSONL)},
			wantClaims: 3,
			wantStatus: map[string]string{"h.jsonl": ingest.StatusLoaded},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tt.files {
				write(t, dir, name, body)
			}
			s := openStore(t)
			l := ingest.New(s, ingest.Options{KeepGoing: tt.keepGoing, BatchSize: 2, Workers: 3})
			sum, err := l.Load(context.Background(), []string{dir})
			if err != nil {
				t.Fatal(err)
			}
			if got := stats(t, s).Claims; got != tt.wantClaims {
				t.Errorf("claims in store = %d, want %d", got, tt.wantClaims)
			}
			for _, f := range sum.Files {
				if want, ok := tt.wantStatus[filepath.Base(f.Path)]; ok && f.Status != want {
					t.Errorf("%s: status %s, want %s (%v %v)", f.Path, f.Status, want, f.Problems, f.Notes)
				}
			}
			var probs []string
			for _, p := range sum.Problems() {
				probs = append(probs, strings.TrimPrefix(p.Error(), dir+string(filepath.Separator)))
			}
			for _, want := range tt.wantProb {
				found := false
				for _, p := range probs {
					found = found || strings.HasPrefix(p, want)
				}
				if !found {
					t.Errorf("no problem starting %q in %q", want, probs)
				}
			}
			if len(tt.wantProb) == 0 && len(probs) > 0 {
				t.Errorf("unexpected problems %q", probs)
			}
		})
	}
}

func TestRejectedFileLeavesStoreAsItWas(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.jsonl", goodJSONL)
	s := openStore(t)
	l := ingest.New(s, ingest.Options{BatchSize: 1})
	if _, err := l.Load(context.Background(), []string{good}); err != nil {
		t.Fatal(err)
	}
	before := stats(t, s)
	// Many good records and one bad line near the end: with batch size
	// 1, a one-pass loader would have written most of the file.
	var b strings.Builder
	for i := range 50 {
		b.WriteString(strings.Replace(strings.SplitN(goodJSONL, "\n", 2)[0], "Varga blamed", "Varga blamed ("+string(rune('a'+i%26))+strings.Repeat("x", i)+")", 1) + "\n")
	}
	b.WriteString("{not json}\n")
	bad := write(t, dir, "bad.jsonl", b.String())
	sum, err := l.Load(context.Background(), []string{bad})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Count(ingest.StatusRejected) != 1 {
		t.Fatalf("want the file rejected, got %+v", sum.Files)
	}
	if p := sum.Problems(); len(p) != 1 || p[0].Line != 51 {
		t.Fatalf("problems = %v, want one on line 51", p)
	}
	after := stats(t, s)
	if after.Claims != before.Claims || after.Documents != before.Documents {
		t.Fatalf("store changed: before %+v after %+v", before, after)
	}
}

func TestReloadChangesNothing(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.jsonl", goodJSONL)
	s := openStore(t)
	l := ingest.New(s, ingest.Options{})
	first, err := l.Load(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	st1 := stats(t, s)
	second, err := l.Load(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	st2 := stats(t, s)
	if first.Result.Claims != 3 || second.Result.Claims != 0 || second.Result.Unchanged != 3 {
		t.Fatalf("first %+v second %+v", first.Result, second.Result)
	}
	if st1.Claims != st2.Claims || st1.Documents != st2.Documents || st1.Speakers != st2.Speakers || total(st1.Findings) != total(st2.Findings) {
		t.Fatalf("counts changed: %+v -> %+v", st1, st2)
	}
	if st1.Findings[graph.RuleMutual] != 1 || st1.Findings[graph.RuleCounterclaim] != 1 {
		t.Fatalf("findings = %v, want one mutual accusation and one counterclaim", st1.Findings)
	}
}

func total(m map[graph.Rule]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// TestWorkersDoNotChangeTheResult: the same inputs with 1 and 4 workers
// give the same claims in the same order.
func TestWorkersDoNotChangeTheResult(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	first := strings.SplitN(goodJSONL, "\n", 2)[0]
	for i := range 2000 {
		b.WriteString(strings.Replace(first, "blamed", fmt.Sprintf("blamed (%d)", i), 1) + "\n")
	}
	write(t, dir, "many.jsonl", b.String())
	ids := func(workers int) []string {
		s := openStore(t)
		if _, err := ingest.New(s, ingest.Options{Workers: workers, BatchSize: 64}).Load(context.Background(), []string{dir}); err != nil {
			t.Fatal(err)
		}
		cs, err := graph.CollectClaims(context.Background(), s, graph.ClaimFilter{})
		if err != nil {
			t.Fatal(err)
		}
		out := make([]string, len(cs))
		for i, c := range cs {
			out[i] = c.ID
		}
		return out
	}
	a, b2 := ids(1), ids(4)
	if len(a) != len(b2) || len(a) == 0 {
		t.Fatalf("len %d vs %d", len(a), len(b2))
	}
	for i := range a {
		if a[i] != b2[i] {
			t.Fatalf("claim %d differs: %s vs %s", i, a[i], b2[i])
		}
	}
}

func TestLongLineIsAProblemNotACrash(t *testing.T) {
	dir := t.TempDir()
	// A 100 MB line against the default 16 MiB limit: reported, skipped
	// without being held in memory, and the file's other records load.
	write(t, dir, "long.jsonl", goodJSONL+strings.Repeat("x", 100<<20)+"\n")
	s := openStore(t)
	sum, err := ingest.New(s, ingest.Options{KeepGoing: true}).Load(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	p := sum.Problems()
	if len(p) != 1 || p[0].Line != 5 || !strings.Contains(p[0].Msg, "longer than") {
		t.Fatalf("problems = %v", p)
	}
	if got := stats(t, s).Claims; got != 3 {
		t.Fatalf("claims = %d, want the file's 3 good records", got)
	}
}

func TestSymlinkLoopIsNotFollowed(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "sub/a.jsonl", goodJSONL)
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	s := openStore(t)
	sum, err := ingest.New(s, ingest.Options{}).Load(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if got := stats(t, s).Claims; got != 3 {
		t.Fatalf("claims = %d", got)
	}
	skipped := sum.Count(ingest.StatusSkipped)
	if skipped != 1 {
		t.Fatalf("want the symlink reported as skipped, got %+v", sum.Files)
	}
}

// TestListedFiles: past Options.ListedFiles, files that loaded cleanly or
// were ignored are counted, not listed; every file needing attention is
// still listed, and the counts cover every file.
func TestListedFiles(t *testing.T) {
	for _, tt := range []struct {
		name      string
		listed    int
		wantFiles []string
		omitted   int
	}{
		{"all listed", 10, []string{"a.jsonl", "b.jsonl", "bad.jsonl", "c.jsonl", "notes.pdf", "x.gold.json"}, 0},
		{"first and attention", 1, []string{"a.jsonl", "bad.jsonl", "notes.pdf"}, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{
				"a.jsonl": goodJSONL, "b.jsonl": strings.ReplaceAll(goodJSONL, "2031-04-15", "2031-04-16"),
				"c.jsonl": strings.ReplaceAll(goodJSONL, "2031-04-15", "2031-04-17"), "bad.jsonl": "{\n",
				"notes.pdf": "%PDF", "x.gold.json": "{}",
			}
			for name, body := range files {
				write(t, dir, name, body)
			}
			l := ingest.New(openStore(t), ingest.Options{ListedFiles: tt.listed})
			sum, err := l.Load(context.Background(), []string{dir})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range sum.Files {
				got = append(got, filepath.Base(f.Path))
			}
			if !slices.Equal(got, tt.wantFiles) || sum.Omitted != tt.omitted {
				t.Errorf("listed %v, %d omitted; want %v, %d", got, sum.Omitted, tt.wantFiles, tt.omitted)
			}
			wantStatuses := map[string]int{ingest.StatusLoaded: 3, ingest.StatusRejected: 1, ingest.StatusSkipped: 1, ingest.StatusIgnored: 1}
			if !maps.Equal(sum.Statuses, wantStatuses) || sum.Loaded["records"] != 3 || sum.Count(ingest.StatusLoaded) != 3 {
				t.Errorf("statuses %v, loaded %v; want %v and 3 record files", sum.Statuses, sum.Loaded, wantStatuses)
			}
		})
	}
}
