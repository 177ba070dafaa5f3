package extract

// Throwaway: dumps Extract output for a byte-identical comparison. DELETE.

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/synth"
	"github.com/contra-project/contra/internal/taxonomy"
)

type zzArt struct {
	name string
	text []byte
	meta graph.Document
}

// zzWorld mirrors internal/bench: world taxonomy + synth articles.
func zzWorld(tb testing.TB, size int) (*Extractor, []zzArt) {
	seen := map[string]bool{}
	var actors []graph.Actor
	g := synth.New(synth.Config{Seed: 1, Claims: 20000})
	g.Batches(1000, func(b graph.Batch) error {
		for _, a := range b.Actors {
			if !seen[a.ID] {
				seen[a.ID] = true
				actors = append(actors, a)
			}
		}
		return nil
	})
	x := New(taxonomy.Default().With(actors, nil))
	var out []zzArt
	total := 0
	stop := fmt.Errorf("stop")
	synth.New(synth.Config{Seed: 1, Claims: max(size>>10, 10000)}).Articles(1<<30, func(name string, text []byte, meta graph.Document) error {
		if total >= size {
			return stop
		}
		out = append(out, zzArt{name, text, meta})
		total += len(text)
		return nil
	})
	return x, out
}

func BenchmarkZZWorld(b *testing.B) {
	x, arts := zzWorld(b, 1<<20)
	total := 0
	for _, a := range arts {
		total += len(a.text)
	}
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ResetTimer()
	cpu0 := cpuTime()
	defer func() { reportCPU(b, total, cpuTime()-cpu0) }()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			format, _ := FormatOf(a.name)
			if _, err := x.Extract(ctx, Article{Name: a.name, Text: a.text, Format: format, Meta: a.meta}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestZZDump(t *testing.T) {
	out := os.Getenv("ZZDUMP")
	if out == "" {
		t.Skip()
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	ctx := context.Background()
	run := func(x *Extractor, a Article) {
		res, err := x.Extract(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(f, "== %s %v\n", a.Name, a.Format)
		enc.Encode(res)
	}
	xt := New(testTaxonomy())
	xd := New(nil)
	arts := syntheticArticles(200)
	for k, a := range arts {
		run(xt, Article{Name: fmt.Sprintf("a%d.txt", k), Text: a, Meta: graph.Document{URL: fmt.Sprintf("https://news.example/a%d", k)}})
		if k < 30 {
			run(xd, Article{Name: fmt.Sprintf("d%d.txt", k), Text: a})
			run(xt, Article{Name: fmt.Sprintf("m%d.md", k), Text: a, Format: Markdown})
			run(xt, Article{Name: fmt.Sprintf("h%d.html", k), Text: []byte("<html><body><p>" + strings.ReplaceAll(string(a), "\n\n", "</p>\n<p>") + "</p></body></html>"), Format: HTML})
		}
	}
	var texts [][]byte
	xw, warts := zzWorld(t, 2<<20)
	for _, a := range warts {
		run(xw, Article{Name: a.name, Text: a.text, Meta: a.meta})
	}
	for _, a := range warts[:20] {
		texts = append(texts, a.text)
	}
	files, _ := filepath.Glob("/work/shared/corpus/dev/*.txt")
	for _, p := range files {
		b, _ := os.ReadFile(p)
		meta, _ := readMeta(strings.TrimSuffix(p, ".txt") + ".meta.json")
		texts = append(texts, b)
		for fm := Format(0); fm < 3; fm++ {
			run(xd, Article{Name: filepath.Base(p), Text: b, Format: fm, Meta: meta})
		}
		run(xt, Article{Name: filepath.Base(p), Text: b})
		// wrapped as HTML with markup
		h := "<html><head><style>p{}</style><script>var x=1<2;</script></head><body><h1>T</h1><p>" + strings.ReplaceAll(string(b), "\n\n", "</p>\n<p>&ldquo;<b>x</b>&amp; ") + "</p></body></html>"
		run(xd, Article{Name: "w" + filepath.Base(p), Text: []byte(h), Format: HTML})
		md := "# Title\n\n" + strings.ReplaceAll(string(b), "\n\n", "\n\n> **[link](http://x)** _em_ ")
		run(xd, Article{Name: "m" + filepath.Base(p), Text: []byte(md), Format: Markdown})
	}
	seeds, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, p := range seeds {
		b, _ := os.ReadFile(p)
		texts = append(texts, b)
		run(xt, Article{Name: p, Text: b})
	}
	texts = append(texts, arts[:20]...)
	// deterministic mutations: splice, byte flips, case changes
	r := rand.New(rand.NewSource(7))
	alpha := []string{".", "\"", "“", "”", " ", "\n", "\n\n", "said", "Mr.", "U.S.", "<p>", "&amp;", "—", "'", "’", "A", "z", "é", "\x00", "\xff", "accused", "denied", "according to", "**", "#", "[", "]("}
	for i := 0; i < 600; i++ {
		b := []byte(string(texts[r.Intn(len(texts))]))
		for m := r.Intn(40); m > 0 && len(b) > 0; m-- {
			p := r.Intn(len(b))
			switch r.Intn(4) {
			case 0:
				b = append(b[:p], append([]byte(alpha[r.Intn(len(alpha))]), b[p:]...)...)
			case 1:
				q := min(len(b), p+r.Intn(50))
				b = append(b[:p], b[q:]...)
			case 2:
				b[p] = strings.ToUpper(string(b[p : p+1]))[0]
			case 3:
				if b[p] >= 'A' && b[p] <= 'Z' {
					b[p] += 32
				}
			}
		}
		x := xt
		if i%2 == 0 {
			x = xd
		}
		run(x, Article{Name: fmt.Sprintf("mut%d", i), Text: b, Format: Format(i % 3)})
	}
}
