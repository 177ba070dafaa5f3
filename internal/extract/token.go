package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord   tokKind = iota // letters, possibly with digits, apostrophes, hyphens, abbreviation dots
	tNum                   // starts with a digit
	tPunct                 // one punctuation rune, or an ellipsis
	tQuote                 // a double quotation mark
	tSQuote                // a single quotation mark standing alone (scare quotes)
)

// token is one token of a paragraph. Offsets are view offsets.
type token struct {
	s, e  int
	kind  tokKind
	low   string    // lower case, curly apostrophes made straight; punctuation as is
	cap   bool      // starts with an upper-case letter
	abbr  bool      // an abbreviation that absorbed its final dot
	open  bool      // quotes: opens a quotation
	inQ   bool      // inside a quotation (quote marks: the state after them)
	flags uint64    // lexicon classes of low
	info  *wordInfo // vocabulary entry (flags and phrases starting here), or nil
}

func (t *token) is(f uint64) bool { return t.flags&f != 0 }

// lowerCache remembers lower-cased forms of capitalised words, so a
// document allocates each distinct form once.
type lowerCache map[string]string

func (c lowerCache) lower(w string) string {
	if c == nil {
		return lowerWord(w)
	}
	if l, ok := c[w]; ok {
		return l
	}
	l := lowerWord(w)
	if len(c) < 50000 {
		c[w] = l
	}
	return l
}

// tokenize splits view[start:end] into tokens. str is the view as a
// string (so tokens slice it without copying). It runs in one pass.
func tokenize(str string, start, end int, out []token) []token {
	return tokenizeWith(str, start, end, out, nil, nil)
}

// tokenizeWith is tokenize with a vocabulary (one map lookup gives a
// word's classes and the phrases it starts) and a cache of lower-cased
// words. Either may be nil.
func tokenizeWith(str string, start, end int, out []token, voc vocab, lc lowerCache) []token {
	var buf [64]byte
	inQ := false
	i := start
	for i < end {
		c := str[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= 0x80 {
			r, n = utf8.DecodeRuneInString(str[i:end])
		}
		if isSpaceRune(r) || r == utf8.RuneError && n <= 1 {
			// invalid bytes separate tokens like white space
			i += n
			continue
		}
		switch {
		case isLetterRune(r) || r >= '0' && r <= '9' || r >= 0x80 && unicode.IsDigit(r):
			j := scanWord(str, i, end)
			t := token{s: i, e: j, kind: tWord}
			if r >= '0' && r <= '9' || r >= 0x80 && unicode.IsDigit(r) {
				t.kind = tNum
			}
			t.cap = isUpperRune(r) || nameParticle(str[i:j])
			// absorb an abbreviation's dot
			if j < end && str[j] == '.' && t.kind == tWord && isAbbrev(str[i:j]) {
				t.e = j + 1
				t.abbr = true
			}
			w := str[i:t.e]
			if voc == nil {
				t.low = lc.lower(w)
				t.flags = lexFlags(t.low)
			} else {
				voc.lookup(&t, w, buf[:0], lc)
			}
			t.inQ = inQ
			out = append(out, t)
			i = t.e
		case isDoubleQuote(r):
			open := !inQ
			if r == '«' {
				open = true
			} else if r == '»' {
				open = false
			}
			inQ = open
			out = append(out, token{s: i, e: i + n, kind: tQuote, low: str[i : i+n], open: open, inQ: inQ})
			i += n
		case r == '\'' || r == '‘' || r == '’' || r == '`':
			out = append(out, token{s: i, e: i + n, kind: tSQuote, low: "'", inQ: inQ})
			i += n
		case r == '.' && i+2 < end && str[i+1] == '.' && str[i+2] == '.':
			j := i + 3
			for j < end && str[j] == '.' {
				j++
			}
			out = append(out, token{s: i, e: j, kind: tPunct, low: "…", inQ: inQ})
			i = j
		case r == '-' && i+1 < end && str[i+1] == '-':
			out = append(out, token{s: i, e: i + 2, kind: tPunct, low: "—", inQ: inQ})
			i += 2
		default:
			low := str[i : i+n]
			switch r {
			case '–', '—', '―':
				low = "—"
			}
			out = append(out, token{s: i, e: i + n, kind: tPunct, low: low, inQ: inQ})
			i += n
		}
	}
	return out
}

// scanWord returns the end of the word starting at i.
func scanWord(str string, i, end int) int {
	j := i
	segLen := 0 // letters since the last dot, for U.S.-style acronyms
	for j < end {
		if c := str[j]; c < 0x80 && asciiWord[c] {
			j++
			segLen++
			continue
		}
		r, n := rune(str[j]), 1
		if r >= 0x80 {
			r, n = utf8.DecodeRuneInString(str[j:end])
		}
		switch {
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)):
			j += n
			segLen++
			continue
		case r == '\'' || r == '’':
			if j+n < end {
				r2, _ := utf8.DecodeRuneInString(str[j+n : end])
				if isLetterRune(r2) {
					j += n
					continue
				}
			}
		case r == '-' || r == '‐' || r == '‑':
			if j+n < end {
				r2, _ := utf8.DecodeRuneInString(str[j+n : end])
				if isLetterRune(r2) || unicode.IsDigit(r2) {
					j += n
					segLen = 0
					continue
				}
			}
		case r == '.':
			// U.S, U.K, a.m: a single letter, a dot, a letter
			if segLen == 1 && j+1 < end && isLetterRune(rune(str[j+1])) && (j+2 >= end || !isLetterRune(rune(str[j+2]))) {
				j++
				segLen = 0
				continue
			}
			// U.S.-provided: the acronym is part of a compound
			if segLen == 1 && j > i+1 && str[j-2] == '.' && j+2 < end && str[j+1] == '-' && isLetterRune(rune(str[j+2])) {
				j += 2
				segLen = 0
				continue
			}
			// 3.5
			if j > i && isDigitByte(str[j-1]) && j+1 < end && isDigitByte(str[j+1]) {
				j++
				continue
			}
		case r == ',' || r == ':':
			// 300,000 and 8:30
			if j > i && isDigitByte(str[j-1]) && j+1 < end && isDigitByte(str[j+1]) {
				j++
				continue
			}
		}
		break
	}
	return j
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// asciiWord marks ASCII letters and digits.
var asciiWord = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// abbrevs end with a dot that does not end a sentence (or rarely does).
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "col": true, "gen": true,
	"lt": true, "sgt": true, "capt": true, "maj": true, "adm": true, "cmdr": true, "brig": true,
	"rep": true, "sen": true, "gov": true, "pres": true, "st": true, "jr": true, "sr": true,
	"no": true, "vol": true, "vs": true, "etc": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "inc": true, "corp": true, "ltd": true, "co": true, "dept": true,
	"approx": true, "est": true, "fig": true, "mt": true, "ft": true, "rev": true, "hon": true,
	"msgr": true, "cpl": true, "pvt": true, "gens": true, "ave": true, "blvd": true,
}

// isAbbrev reports whether w (without its dot) takes an abbreviation dot:
// a known abbreviation, a single capital initial, or a dotted acronym.
func isAbbrev(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if strings.IndexByte(w, '.') > 0 {
		return true
	}
	if len(w) > 5 {
		return false
	}
	var buf [5]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbrevs[string(buf[:len(w)])]
}

// lowerWord lower-cases w and straightens curly apostrophes, returning w
// itself (no allocation) when there is nothing to change.
func lowerWord(w string) string {
	clean := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return w
	}
	s := strings.ToLower(w)
	if strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// possessiveBase returns a word without its possessive 's, and whether
// it had one, for dictionary lookups.
func possessiveBase(low string) (string, bool) {
	if strings.HasSuffix(low, "'s") && len(low) > 2 {
		return low[:len(low)-2], true
	}
	if strings.HasSuffix(low, "s'") && len(low) > 2 {
		return low[:len(low)-1], true
	}
	return low, false
}

// wordInfo is what the vocabulary knows of a lower-case word.
type wordInfo struct {
	word    string
	flags   uint64
	phrases []phrase // taxonomy aliases starting with this word, longest first
}

// vocab maps lower-case words to their wordInfo. It is built once per
// Extractor and read concurrently.
type vocab map[string]*wordInfo

// lookup fills t.low, t.flags and t.info for the word w. Lower-case ASCII
// words and known capitalised words cost one map lookup and no
// allocation.
func (v vocab) lookup(t *token, w string, buf []byte, lc lowerCache) {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			plain = false
			break
		}
	}
	var info *wordInfo
	if plain {
		t.low = w
		info = v[w]
	} else {
		if len(w) <= cap(buf) {
			buf = appendLowerASCII(buf, w)
			if buf != nil {
				info = v[string(buf)]
			}
		}
		if info != nil {
			t.low = info.word
		} else {
			t.low = lc.lower(w)
			if buf == nil {
				info = v[t.low]
			}
		}
	}
	if info != nil {
		t.flags, t.info = info.flags, info
		return
	}
	t.flags = lexFallback(t.low)
	if base, ok := possessiveBase(t.low); ok {
		if bi := v[base]; bi != nil {
			// "military's", "Ukraine's": the base's classes and phrases
			t.flags |= bi.flags &^ (fVerb | fPast | fSpeech | fAux)
			if len(bi.phrases) > 0 {
				t.info = bi
			}
		}
	}
}

// appendLowerASCII appends w lower-cased to buf, or returns nil when w
// has non-ASCII bytes (which need full Unicode folding).
func appendLowerASCII(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// nameParticle reports whether w is a name with a lower-case particle
// joined by a hyphen: "al-Assad", "er-Risk", "el-Sisi".
func nameParticle(w string) bool {
	k := strings.IndexByte(w, '-')
	if k < 1 || k > 3 || k+1 >= len(w) {
		return false
	}
	for i := 0; i < k; i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w[k+1] >= 'A' && w[k+1] <= 'Z'
}
