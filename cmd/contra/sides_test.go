package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestLoadSidesFromStore checks that a person an article names without
// a side takes the side an earlier load established for them.
func TestLoadSidesFromStore(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first")
	second := filepath.Join(dir, "second")
	for _, d := range []string{first, second} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(first, "a.txt"), "Ostrelia and Valdoria dispute the reef.\n\n"+
		"Ostrelian Defence Minister Ivo Marek said Valdorian boats had rammed a patrol.\n")
	write(filepath.Join(second, "b.txt"), "Ivo Marek said the patrol would resume on Monday.\n")
	mustRun(t, dir, "load", "-q", first)
	mustRun(t, dir, "load", "-q", second)
	out := mustRun(t, dir, "query", "claims", "--speaker", "Ivo Marek", "-o", "json")
	var claims []struct {
		Text string `json:"text"`
		Side string `json:"side"`
	}
	if err := json.Unmarshal([]byte(out), &claims); err != nil {
		t.Fatal(err)
	}
	if len(claims) != 2 {
		t.Fatalf("got %d claims by Ivo Marek, want 2: %s", len(claims), out)
	}
	for _, c := range claims {
		if c.Side != "Ostrelia" {
			t.Errorf("claim %q has side %q, want Ostrelia", c.Text, c.Side)
		}
	}
}
