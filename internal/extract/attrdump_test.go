package extract

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestDumpAttrMisses lists the gold attributions no claim matched, with
// the prose around each, for reading misses by pattern; it runs only when
// CONTRA_ATTR_DUMP names a directory of NAME.attr.json gold (PolNeAR
// style) and writes to CONTRA_ATTR_DUMP_OUT (stdout when unset).
func TestDumpAttrMisses(t *testing.T) {
	dir := os.Getenv("CONTRA_ATTR_DUMP")
	if dir == "" {
		t.Skip("set CONTRA_ATTR_DUMP to a directory of attribution gold")
	}
	rep, err := EvaluateAttributions(context.Background(), New(nil), dir)
	if err != nil || rep == nil {
		t.Fatalf("evaluate %s: %v", dir, err)
	}
	texts := map[string]string{}
	_ = filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".txt") {
			b, _ := os.ReadFile(p)
			texts[filepath.Base(p)] = string(b)
		}
		return nil
	})
	out := os.Stdout
	if o := os.Getenv("CONTRA_ATTR_DUMP_OUT"); o != "" {
		f, err := os.Create(o)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		out = f
	}
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	x := New(nil)
	claims := map[string][]graph.Claim{}
	for _, m := range rep.Score.Unmatched {
		ctx, kind := "", "NOTEXT"
		txt := texts[m.Doc]
		i := strings.Index(txt, m.Text)
		var near []string
		if txt != "" && i >= 0 {
			a, b := max(0, i-160), min(len(txt), i+len(m.Text)+120)
			ctx = strings.ToValidUTF8(txt[a:i]+"[["+m.Text+"]]"+txt[i+len(m.Text):b], "")
			cs, ok := claims[m.Doc]
			if !ok {
				res, err := x.Extract(context.Background(), Article{Name: m.Doc, Text: []byte(txt), Format: Text})
				if err != nil {
					t.Fatal(err)
				}
				cs = res.Claims
				claims[m.Doc] = cs
			}
			kind = "NOCLAIM"
			for _, c := range cs {
				e := c.Evidence
				if e == nil || e.End <= i-200 || e.Start >= i+len(m.Text)+200 {
					continue
				}
				if e.End > i && e.Start < i+len(m.Text) {
					kind = "OVERLAP"
				}
				near = append(near, fmt.Sprintf("%s: %.100q", c.Speaker, e.Text))
			}
		}
		fmt.Fprintf(out, "MISS %s %s | src=%q cue=%q\n  %s\n", kind, m.Doc, m.Source, m.Cue, flat(ctx))
		for _, n := range near {
			fmt.Fprintf(out, "    claim %s\n", n)
		}
	}
	for _, m := range rep.Score.WrongSource {
		fmt.Fprintf(out, "WRONG %s | src=%q speaker=%q cue=%q\n  %s\n", m.Doc, m.Source, m.Speaker, m.Cue, flat(m.Text))
	}
}
