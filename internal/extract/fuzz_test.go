package extract

import (
	"context"
	"testing"
	"unicode/utf8"
)

// FuzzClean checks the clean stage never panics, keeps paragraphs inside
// the view, and maps every paragraph back to a range of the original.
func FuzzClean(f *testing.F) {
	f.Add([]byte("Support us\n\nThe talks failed, he said.\n"), uint8(Text))
	f.Add([]byte("<p>Sylvania&rsquo;s <b>army</b> withdrew.<script>x<y</script></p>"), uint8(HTML))
	f.Add([]byte("# Head\n\nThe **Palace** said [it](http://x) was *false*.\n"), uint8(Markdown))
	f.Fuzz(func(t *testing.T, src []byte, format uint8) {
		fm := Format(format % 3)
		c := clean(src, fm)
		switch fm {
		case Text:
			if len(c.text) != len(src) {
				t.Fatalf("text view length %d != %d", len(c.text), len(src))
			}
		case Markdown:
			if len(c.text) != len(src) {
				t.Fatalf("markdown view length %d != %d", len(c.text), len(src))
			}
		}
		prev := 0
		for _, p := range c.paras {
			if p.start < prev || p.end < p.start || p.end > len(c.text) {
				t.Fatalf("paragraph [%d,%d) out of order or bounds (view %d)", p.start, p.end, len(c.text))
			}
			prev = p.end
			s, e := c.orig(p.start, p.end)
			if s < 0 || e > len(src) || s > e {
				t.Fatalf("paragraph [%d,%d) maps to [%d,%d) of %d bytes", p.start, p.end, s, e, len(src))
			}
		}
	})
}

// FuzzAttribute runs the whole pipeline on arbitrary bytes: no panic,
// and every claim validates and slices the input to its evidence.
func FuzzAttribute(f *testing.F) {
	f.Add([]byte("“We did not do it,” said spokesman Tomas Brill. \"Sylvania did.\""), uint8(Text))
	f.Add([]byte("Freedonia and Sylvania have accused each other of shelling the dam, Marek said on Tuesday."), uint8(Text))
	f.Add([]byte("<p>According to the Palace, Sylvanian troops &amp; drones crossed the border.</p>"), uint8(HTML))
	x := New(testTaxonomy())
	f.Fuzz(func(t *testing.T, src []byte, format uint8) {
		a := Article{Name: "fuzz.txt", Text: src, Format: Format(format % 3)}
		res, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		for _, c := range res.Claims {
			if err := c.Validate(); err != nil {
				t.Fatalf("invalid claim: %v", err)
			}
			e := c.Evidence
			if e == nil || e.Start < 0 || e.End > len(src) || e.Start >= e.End || string(src[e.Start:e.End]) != e.Text {
				t.Fatalf("evidence %+v does not slice the input", e)
			}
			if !utf8.ValidString(c.Text) || !utf8.ValidString(e.Text) {
				t.Fatalf("claim text is not UTF-8")
			}
		}
	})
}

// TestCutShort: a page excerpt cut mid-sentence may end on a determiner
// or a possessive, whose noun the readers of a noun phrase look at.
func TestCutShort(t *testing.T) {
	x := New(testTaxonomy())
	for _, lead := range []string{
		"Texas.\nTarkistan Monday. Tarkistan said move was temporary. ",
		"The Harl Front accused Velmora of shelling the town of Marsk. The Velmora defence ministry said ",
		"Dorrow Minerals and the Kessia Workers Union are locked in a dispute. Dorrow Minerals blamed ",
	} {
		for _, end := range []string{"The ", "The", "the", "A ", "an", "Its ", "its", "their", "This ", "those", "The miners' ", "The Velmora ", "Velmora's ", "The army ", "The rebel "} {
			src := lead + end
			if _, err := x.Extract(context.Background(), Article{Name: "cut.txt", Text: []byte(src)}); err != nil {
				t.Errorf("%q: %v", src, err)
			}
		}
	}
}
