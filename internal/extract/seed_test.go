package extract

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// loadSeed extracts one article of the shared dev corpus with the
// default taxonomy, skipping when the corpus is absent.
func loadSeed(t *testing.T, prefix string) ([]byte, Result) {
	t.Helper()
	dir := corpusDir(t)
	if dir == "" {
		t.Skip("shared/corpus/dev not found beside the repository; skipping the seed-article checks")
	}
	matches, _ := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
	if len(matches) != 1 {
		t.Fatalf("want one %s_*.txt in %s, found %d", prefix, dir, len(matches))
	}
	text, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	meta, err := readMeta(strings.TrimSuffix(matches[0], ".txt") + ".meta.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := New(nil).Extract(context.Background(), Article{Name: filepath.Base(matches[0]), Text: text, Meta: meta})
	if err != nil {
		t.Fatal(err)
	}
	checkClaims(t, text, res)
	return text, res
}

// find returns the claims satisfying ok.
func find(cs []graph.Claim, ok func(c *graph.Claim) bool) []graph.Claim {
	var out []graph.Claim
	for i := range cs {
		if ok(&cs[i]) {
			out = append(out, cs[i])
		}
	}
	return out
}

func TestSeedDefenceMinisterArticle(t *testing.T) {
	text, res := loadSeed(t, "000")
	acc := func(side, subject string) func(c *graph.Claim) bool {
		return func(c *graph.Claim) bool {
			return c.Kind == graph.KindAccusation && c.Side == side && c.Subject == subject && c.Topic == "cluster munitions"
		}
	}
	ru := find(res.Claims, acc("Russia", "Ukraine"))
	ua := find(res.Claims, acc("Ukraine", "Russia"))
	// the mutual accusation: one sentence, two accusations
	mutual := false
	for _, a := range ru {
		for _, b := range ua {
			if *a.Evidence == *b.Evidence && a.Speaker == "Russian government" && b.Speaker == "Ukrainian government" {
				mutual = true
			}
		}
	}
	if !mutual {
		t.Errorf("no Russia–Ukraine mutual accusation on cluster munitions:%s", describe(res.Claims))
	}
	// Russia's own accusation that Ukraine uses the munitions on the territory it holds
	own := find(ru, func(c *graph.Claim) bool {
		return c.Speaker == "Russian government" && c.Action == "use cluster munitions" && len(find(ua, func(u *graph.Claim) bool { return *u.Evidence == *c.Evidence })) == 0
	})
	if len(own) != 1 {
		t.Errorf("want one separate Russian accusation that Ukraine uses cluster munitions, got %d:%s", len(own), describe(ru))
	}
	denial := find(res.Claims, func(c *graph.Claim) bool {
		return strings.HasSuffix(c.Speaker, "Shoigu") && c.Kind == graph.KindDenial && c.Subject == "Russia" &&
			c.Polarity == graph.Negative && c.Topic == "cluster munitions" && c.Action == "use cluster munitions"
	})
	if len(denial) != 1 {
		t.Errorf("want Shoigu's denial that Russia used cluster munitions:%s", describe(res.Claims))
	}
	noneFromChrome(t, text, res)
}

// noneFromChrome checks no claim comes from a paragraph the clean stage
// classed as boilerplate, heading or caption.
func noneFromChrome(t *testing.T, text []byte, res Result) {
	t.Helper()
	c := clean(text, Text)
	for _, p := range c.paras {
		if p.kind == paraProse {
			continue
		}
		for _, cl := range res.Claims {
			if cl.Evidence.Start < p.end && p.start < cl.Evidence.End {
				t.Errorf("claim from a %v paragraph: %q", p.kind, cl.Text)
			}
		}
	}
}

func TestSeedPresidentArticle(t *testing.T) {
	text, res := loadSeed(t, "004")
	noneFromChrome(t, text, res)
	us := find(res.Claims, func(c *graph.Claim) bool {
		return strings.HasSuffix(c.Speaker, "Putin") && c.Side == "Russia" && c.Kind == graph.KindAccusation &&
			c.Subject == "United States" && c.Action == "use cluster munitions" && c.Topic == "cluster munitions"
	})
	if len(us) == 0 {
		t.Errorf("no accusation by Putin that the United States uses cluster munitions:%s", describe(res.Claims))
	}
	nk := find(res.Claims, func(c *graph.Claim) bool {
		return strings.HasSuffix(c.Speaker, "Putin") && c.Kind == graph.KindDenial && c.Subject == "North Korea" && c.Polarity == graph.Negative
	})
	if len(nk) == 0 {
		t.Errorf("no denial by Putin about North Korean volunteers:%s", describe(res.Claims))
	}
}

// TestCorpusEvidence checks every claim of every dev article slices its
// file to its evidence text.
func TestCorpusEvidence(t *testing.T) {
	dir := corpusDir(t)
	if dir == "" {
		t.Skip("shared/corpus/dev not found beside the repository; skipping")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	x := New(nil)
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res := extractWith(t, x, Article{Name: filepath.Base(f), Text: text})
		if len(res.Claims) == 0 {
			t.Errorf("%s: no claims", filepath.Base(f))
		}
	}
}

// TestCorpusAsHTML wraps each dev article in HTML (one <p> per line,
// text escaped, chrome around it) and in Markdown, and checks extraction
// finds the same claims as from the plain text, with evidence slicing
// the marked-up bytes.
func TestCorpusAsHTML(t *testing.T) {
	dir := corpusDir(t)
	if dir == "" {
		t.Skip("shared/corpus/dev not found beside the repository; skipping")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	x := New(nil)
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		b.WriteString("<!doctype html><html><head><style>p{margin:0}</style><script>var s='<p>x</p>';</script></head><body><nav><a href=\"/\">Home</a></nav>\n")
		for _, line := range strings.Split(string(text), "\n") {
			b.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
		}
		b.WriteString("<footer>&copy; Example</footer></body></html>")
		page := []byte(b.String())
		md := []byte("# " + filepath.Base(f) + "\n\n" + strings.ReplaceAll(string(text), "\n", "\n\n"))
		plain := extractWith(t, x, Article{Name: "a.txt", Text: text})
		for _, other := range []Article{{Name: "a.html", Text: page, Format: HTML}, {Name: "a.md", Text: md, Format: Markdown}} {
			rich := extractWith(t, x, other)
			if len(plain.Claims) != len(rich.Claims) {
				t.Errorf("%s: %d claims from text, %d from %v", filepath.Base(f), len(plain.Claims), len(rich.Claims), other.Format)
				continue
			}
			for i := range plain.Claims {
				p, r := plain.Claims[i], rich.Claims[i]
				if p.Text != r.Text || p.Speaker != r.Speaker || p.Kind != r.Kind || p.Subject != r.Subject {
					t.Errorf("%s (%v): claim %d differs:%s\nvs%s", filepath.Base(f), other.Format, i, describe([]graph.Claim{p}), describe([]graph.Claim{r}))
				}
			}
		}
	}
}
