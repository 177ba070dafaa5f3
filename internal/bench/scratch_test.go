package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/sqlite"
	"github.com/contra-project/contra/internal/extract"
	"github.com/contra-project/contra/internal/ingest"
	"github.com/contra-project/contra/internal/synth"
	"github.com/contra-project/contra/internal/taxonomy"
)

func TestScratch(t *testing.T) {
	dir := t.TempDir()
	n := 100000
	g := synth.New(synth.Config{Seed: 1, Claims: n})
	p := filepath.Join(dir, "c.jsonl")
	f, _ := os.Create(p)
	t0 := time.Now()
	sz, err := g.WriteJSONL(f)
	f.Close()
	t.Logf("gen %d claims %d bytes in %v err %v", n, sz, time.Since(t0), err)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(dir, "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t0 = time.Now()
	sum, err := ingest.New(s, ingest.Options{}).Load(ctx, []string{p})
	t.Logf("load %v claims=%d err=%v", time.Since(t0), sum.Claims, err)
	st, _ := s.Stats(ctx)
	t.Logf("stats %+v", st)
	s.Close()
	var arts [][]byte
	total := 0
	g.Articles(400, func(name string, text []byte, meta graph.Document) error {
		arts = append(arts, text)
		total += len(text)
		return nil
	})
	x := extract.New(taxonomy.Default())
	t0 = time.Now()
	claims := 0
	for i, a := range arts {
		r, _ := x.Extract(ctx, extract.Article{Name: "a.txt", Text: a, Meta: graph.Document{URL: string(rune(i))}})
		claims += len(r.Claims)
	}
	el := time.Since(t0)
	t.Logf("extract %d articles %d bytes in %v: %.2f MB/s, %d claims", len(arts), total, el, float64(total)/1e6/el.Seconds(), claims)
}
