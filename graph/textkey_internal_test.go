package graph

import (
	"hash/fnv"
	"strings"
	"testing"
)

// TestTextKeyFolds checks TextKey's inline fold against the hash of the
// lower-cased copy it replaced, on ASCII, runes, invalid UTF-8 and text
// that NormText changes.
func TestTextKeyFolds(t *testing.T) {
	ref := func(s string) uint64 {
		h := fnv.New64a()
		h.Write([]byte(strings.ToLower(NormText(s))))
		return h.Sum64()
	}
	for _, tc := range []struct{ name, text string }{
		{"empty", ""},
		{"lower", "troops massed near the border"},
		{"capitals and punctuation", `"Hesrian troops massed troops near Novedorf. We will [act]."`},
		{"spaces to fold", "  Lorra   and\tHesria \n traded  accusations "},
		{"rune capitals", "ÉTAT Ünion Ωmega"},
		{"mixed", "Kyiv's ÖL pipeline, said Ms. Şahin"},
		{"invalid UTF-8", "Bad \xff byte AND capitals"},
		{"all bytes A-Z@[", "@AZ[`az{"},
		{"leading space", " Lorra said"},
		{"trailing space", "Lorra said "},
		{"one space", " "},
		{"a tab", "Lorra\tsaid"},
		{"a newline at the end", "Lorra said\n"},
		{"a rune after spaces to fold", "Lorra  said É"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := TextKey(tc.text), ref(tc.text); got != want {
				t.Errorf("TextKey(%q) = %x, want %x", tc.text, got, want)
			}
		})
	}
}
