package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

func TestDumpCorpus(t *testing.T) {
	dir := "../../../shared/corpus/dev"
	if d := os.Getenv("DUMPDIR"); d != "" {
		dir = d
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	x := New(nil)
	only := os.Getenv("DUMP")
	if only == "" {
		t.Skip("set DUMP")
	}
	for _, f := range files {
		if only != "all" && !strings.Contains(f, only) {
			continue
		}
		b, _ := os.ReadFile(f)
		var meta struct{ Source, Outlet, Published, Title string }
		mb, _ := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".meta.json")
		json.Unmarshal(mb, &meta)
		r, err := x.Extract(context.Background(), Article{Name: filepath.Base(f), Text: b, Meta: graph.Document{URL: meta.Source, Title: meta.Title, Published: meta.Published}})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("=== %s %v", filepath.Base(f), r.Warnings)
		for _, c := range r.Claims {
			t.Logf("%-22s|%-14s|%-10s|%-14s|%s|%-30s|%-20s| %.110q", c.Speaker, c.Side, c.Kind, c.Subject, c.Polarity, c.Action, c.Topic, c.Evidence.Text)
		}
	}
}
