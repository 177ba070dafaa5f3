package extract

import (
	"math/rand"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refTitleCase is titleCase as first written, rune by rune: the ASCII
// fast path must count the same words and capitals.
func refTitleCase(b []byte) (words, caps int) {
	i := 0
	for i < len(b) {
		for i < len(b) {
			r, n := utf8.DecodeRune(b[i:])
			if isLetterRune(r) || unicode.IsDigit(r) {
				break
			}
			i += n
		}
		if i >= len(b) {
			break
		}
		start := i
		for i < len(b) {
			r, n := utf8.DecodeRune(b[i:])
			if isSpaceRune(r) {
				break
			}
			i += n
		}
		w := b[start:i]
		r, _ := utf8.DecodeRune(w)
		if !isLetterRune(r) || isSmallWord(w) {
			continue
		}
		words++
		if isUpperRune(r) {
			caps++
		}
	}
	return words, caps
}

func TestTitleCaseMatchesReference(t *testing.T) {
	for _, tt := range []struct {
		in          string
		words, caps int
	}{
		{"More on this story", 3, 1},
		{"Ostrup Says Talks Will Resume", 5, 5},
		{"ostrup says the talks will resume", 5, 0},
		{"3 Killed in Blast at Dorn Prison", 4, 4},
		{"Zürich\u00a0Talks\tEnd\v\fÉtat", 4, 4},
		{"«Velland» accuses\u2009Pirrow — again", 4, 2},
		{"\xffOstrup\xfe \x80said 1990s", 2, 1},
		{"Also read: U.S.-backed Plan Fails", 5, 4},
		{"", 0, 0},
		{"  \t\n ", 0, 0},
	} {
		if w, c := titleCase([]byte(tt.in)); w != tt.words || c != tt.caps {
			t.Errorf("titleCase(%q) = %d words, %d capitals; want %d, %d", tt.in, w, c, tt.words, tt.caps)
		}
		if w, c := refTitleCase([]byte(tt.in)); w != tt.words || c != tt.caps {
			t.Errorf("refTitleCase(%q) = %d words, %d capitals; want %d, %d", tt.in, w, c, tt.words, tt.caps)
		}
	}
	// random lines of ASCII letters, digits, punctuation, every ASCII
	// space and control byte, and some runes and invalid bytes
	const ascii = "aZqM09 .,:;-'\"()\t\n\v\f\r\x00\x1f\x7fTheOnIs"
	runes := []string{"É", "ü", "\u00a0", "\u2009", "\u3000", "—", "“", "١", "\xff", "\xe2\x80"}
	r := rand.New(rand.NewSource(7))
	for range 20000 {
		var b []byte
		for n := r.Intn(40); n > 0; n-- {
			if r.Intn(12) == 0 {
				b = append(b, runes[r.Intn(len(runes))]...)
			} else {
				b = append(b, ascii[r.Intn(len(ascii))])
			}
		}
		w, c := titleCase(b)
		rw, rc := refTitleCase(b)
		if w != rw || c != rc {
			t.Fatalf("titleCase(%q) = %d, %d; reference %d, %d", b, w, c, rw, rc)
		}
	}
}
