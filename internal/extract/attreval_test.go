package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// sharedDir returns ../shared/REL beside the repository, or "" when it
// is absent.
func sharedDir(tb testing.TB, rel string) string {
	tb.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", rel)
	if st, err := os.Stat(dir); err != nil {
		return ""
	} else if !st.IsDir() && !st.Mode().IsRegular() {
		return ""
	}
	return dir
}

func TestScoreAttributions(t *testing.T) {
	// one document: three gold attributions, four claims
	gold := []AttrGold{{Doc: "a.txt", Attributions: []AttrAnnotation{
		// matched by c1 (whole content inside the claim's evidence)
		{Source: &AttrSpan{Start: 0, End: 9, Text: "Ivo Marek"}, Content: &AttrSpan{Start: 15, End: 40}},
		// discontinuous: 10 + 10 bytes; c2 overlaps 10 of its 20 (>= half of 20)
		{Source: &AttrSpan{Start: 50, End: 52, Text: "he"}, Content: &AttrSpan{Start: 60, End: 100, Fragments: []AttrSpan{{Start: 60, End: 70}, {Start: 90, End: 100}}}},
		// no claim reaches it
		{Source: nil, Content: &AttrSpan{Start: 200, End: 230}},
		// no content: not counted
		{Source: &AttrSpan{Start: 300, End: 305, Text: "Oster"}},
	}}}
	claims := map[string][]AttrClaim{
		"a.txt": {
			{ID: "c1", Speaker: "Defence Minister Ivo Marek", Start: 10, End: 45, HasSpan: true},
			{ID: "c2", Speaker: "Dana Oster", Start: 55, End: 70, HasSpan: true},
			// overlaps the third gold by 5 of min(30, 40): too little
			{ID: "c3", Speaker: "Tomas Brill", Start: 225, End: 265, HasSpan: true},
			{ID: "c4", Speaker: "Lena Kovach"},
		},
		"other.txt": {{ID: "x", Speaker: "Ivo Marek", Start: 0, End: 10, HasSpan: true}},
	}
	s := ScoreAttributions(gold, claims)
	if s.Gold != 3 || s.Claims != 4 || s.GoldMatched != 2 || s.ClaimMatched != 2 || s.OneToOne != 2 {
		t.Errorf("gold %d claims %d gold matched %d claims matched %d one-to-one %d; want 3 4 2 2 2",
			s.Gold, s.Claims, s.GoldMatched, s.ClaimMatched, s.OneToOne)
	}
	if s.ClassN["named"] != 1 || s.ClassOK["named"] != 1 || s.ClassN["pronoun"] != 1 || s.ClassOK["pronoun"] != 0 || s.ClassLenient["pronoun"] != 0 {
		t.Errorf("source classes %v ok %v lenient %v", s.ClassN, s.ClassOK, s.ClassLenient)
	}
}

func TestSourceClassAndTokens(t *testing.T) {
	tests := []struct {
		src, class string
		shares     string // a speaker name that must share a token with src
		not        string // one that must not
	}{
		{"Ivo Marek", "named", "Marek", "Dana Oster"},
		{"he", "pronoun", "", "Ivo Marek"},
		{"The group", "description", "", "The Group"},
		{"Sylvanian officials", "named", "Sylvanian government", "officials"},
		{"the Freedonian Atomic Energy Board", "named", "FAEB", "the agency"},
		{"FAEB", "named", "Freedonian Atomic Energy Board", "Marek"},
		{"Marek’s office", "named", "Ivo Marek", "office"},
		{"senior officials", "description", "", "officials"},
		{"Sylvanian diplomats", "named", "Sylvanian envoys", "Sylvania"},
		{"Russian diplomats", "named", "Russia", "the Kremlin"},
	}
	for _, tt := range tests {
		if got := sourceClass(&AttrSpan{Text: tt.src}); got != tt.class {
			t.Errorf("sourceClass(%q) = %s, want %s", tt.src, got, tt.class)
		}
		st := contentTokens(tt.src)
		if tt.shares != "" && !intersects(st, contentTokens(tt.shares)) {
			t.Errorf("%q and %q share no token: %v %v", tt.src, tt.shares, st, contentTokens(tt.shares))
		}
		if intersects(st, contentTokens(tt.not)) {
			t.Errorf("%q and %q share a token", tt.src, tt.not)
		}
	}
}

// TestAttrScorerMatchesScript checks that the Go scorer prints what the
// reference script prints for the same claims, on PolNeAR's dev split.
func TestAttrScorerMatchesScript(t *testing.T) {
	dir := sharedDir(t, "data/polnear/dev")
	script := sharedDir(t, "tools/score_attr.py")
	if dir == "" || script == "" {
		t.Skip("shared/data/polnear/dev or shared/tools/score_attr.py not found beside the repository")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	if testing.Short() {
		t.Skip("extracts 84 articles")
	}
	rep, err := EvaluateAttributions(context.Background(), New(nil), dir)
	if err != nil {
		t.Fatal(err)
	}
	// the same claims, exported as contra export writes them
	x := New(nil)
	var export bytes.Buffer
	arts, _ := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	for _, p := range arts {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		meta, err := readMeta(strings.TrimSuffix(p, ".txt") + ".meta.json")
		if err != nil {
			t.Fatal(err)
		}
		res := extractWith(t, x, Article{Name: filepath.Base(p), Text: text, Meta: meta})
		for _, c := range res.Claims {
			line, _ := json.Marshal(map[string]any{"id": c.ID, "doc": filepath.Base(p), "speaker": c.Speaker, "evidence": c.Evidence})
			export.Write(append(line, '\n'))
		}
	}
	jsonl := filepath.Join(t.TempDir(), "x.jsonl")
	if err := os.WriteFile(jsonl, export.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, script, filepath.Join(dir, "gold"), jsonl).Output()
	if err != nil {
		t.Fatalf("score_attr.py: %v", err)
	}
	var got bytes.Buffer
	rep.Score.Print(&got)
	want := strings.Split(strings.TrimSpace(string(out)), "\n")
	have := strings.Split(strings.TrimSpace(got.String()), "\n")
	if len(want) != len(have) {
		t.Fatalf("script printed %d lines, Go %d:\n%s\n---\n%s", len(want), len(have), out, got.String())
	}
	for i := range want {
		w := want[i]
		if i == 0 {
			// the script also counts claims of documents without gold
			w = w[:strings.Index(w, "  claims ignored")]
		}
		if w != have[i] {
			t.Errorf("line %d:\nscript %s\nGo     %s", i+1, want[i], have[i])
		}
	}
	t.Log("\n" + got.String())
}
