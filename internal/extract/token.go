package extract

import (
	"math/bits"
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
//
// The small fields come last so that the struct packs into 56 bytes: a
// paragraph's tokens are copied into place one by one.
type token struct {
	s, e  int
	low   string    // lower case, curly apostrophes made straight; punctuation as is
	flags uint64    // lexicon classes of low
	info  *wordInfo // vocabulary entry (flags and phrases starting here), or nil
	kind  tokKind
	cap   bool     // starts with an upper-case letter
	abbr  bool     // an abbreviation that absorbed its final dot
	open  bool     // quotes: opens a quotation
	inQ   bool     // inside a quotation (quote marks: the state after them)
	sets  wordSets // the word sets low belongs to (wordSets); fits the padding
}

func (t *token) is(f uint64) bool { return t.flags&f != 0 }

// mayReport reports whether t passes speechCandidate's first test: a
// lower-case reporting verb's form outside quotations. The frames' loops
// ask speechCandidate of every token of a clause, and nearly all fail
// this test: asked first, inlined, it saves them the call.
func (t *token) mayReport() bool {
	return t.flags&fSpeech != 0 && t.kind == tWord && !t.cap && !t.inQ
}

// ownInfo reports whether t.info is the vocabulary entry of t.low itself,
// the only case in which the facts worked out once for that entry (its
// lemma, speech verb, modifier test …) are t's: the accessors below read
// them off it rather than by a map probe per token.
func (t *token) ownInfo() bool { return t.info != nil && t.info.word == t.low }

// speech returns speechVerbs[t.low], from the vocabulary entry when the
// token has its own (a word with fSpeech always does) rather than by a
// second map lookup.
func (t *token) speech() verbInfo {
	if t.ownInfo() {
		return t.info.speech
	}
	return speechVerbs[t.low]
}

// lemma returns lemma(t.low), from the vocabulary entry when the token
// has its own, as speech does.
func (t *token) lemma() string {
	if t.ownInfo() {
		return t.info.lemma
	}
	return lemma(t.low)
}

// guessLemma returns guessLemma(t.low), from the vocabulary entry when
// the token has its own, as lemma does: the event and act rules ask it
// of every verb-like token they read, a map probe (and for unknown
// forms a string built) each time.
func (t *token) guessLemma() string {
	if t.ownInfo() {
		return t.info.guess
	}
	return guessLemma(t.low)
}

// modifierWord returns modifierWord(t.low), from the vocabulary entry
// when the token has its own, as lemma does.
func (t *token) modifierWord() bool {
	if t.ownInfo() {
		return t.info.modifier
	}
	return modifierWord(t.low)
}

// frameVerb returns frameVerbs[t.lemma()], from the vocabulary entry
// when the token has its own, as lemma does.
func (t *token) frameVerb() bool {
	if t.ownInfo() {
		return t.info.frameVerb
	}
	return frameVerbs[lemma(t.low)]
}

// eventHead returns eventHeads[t.low], from the vocabulary entry when
// the token has its own, as lemma does.
func (t *token) eventHead() string {
	if t.ownInfo() {
		return t.info.eventHead
	}
	return eventHeads[t.low]
}

// headSingular returns headSingular[t.low], as eventHead does.
func (t *token) headSingular() string {
	if t.ownInfo() {
		return t.info.headSingular
	}
	return headSingular[t.low]
}

// lowerCache holds the lower-cased forms of capitalised words in chunks
// of bytes that are never written over, so that a form costs neither an
// allocation of its own nor a map probe: news names many people and
// places no vocabulary knows, each capitalised on every mention. A
// chunk is a strings.Builder: its String is a view of the bytes written
// so far, and writing more never changes them, so each form is a slice
// of that view. A full chunk is left to the forms that slice it.
type lowerCache struct {
	chunk *strings.Builder
}

// lowerChunk is the size of a lowerCache chunk; longer words are
// lower-cased on their own.
const lowerChunk = 4 << 10

func (c *lowerCache) lower(w string) string {
	if c == nil || len(w) > lowerChunk/8 {
		return lowerWord(w)
	}
	clean := true
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= 0x80 {
			return lowerWord(w) // Unicode case rules, curly apostrophes
		}
		if b >= 'A' && b <= 'Z' {
			clean = false
		}
	}
	if clean {
		return w
	}
	if c.chunk == nil || c.chunk.Cap()-c.chunk.Len() < len(w) {
		c.chunk = new(strings.Builder)
		c.chunk.Grow(lowerChunk)
	}
	start := c.chunk.Len()
	// lowered through a small array, a piece at a time: most names fit
	// it whole, and a large one is zeroed on every call (about 0.1 M of
	// BenchmarkExtract's 107.6 M instructions); the room checked above
	// keeps the pieces in one chunk
	var buf [16]byte
	for i := 0; i < len(w); i += len(buf) {
		n := copy(buf[:], w[i:])
		for j := range n {
			buf[j] = lowerByte(buf[j])
		}
		c.chunk.Write(buf[:n])
	}
	return c.chunk.String()[start:]
}

// tokenize splits view[start:end] into tokens. str is the view as a
// string (so tokens slice it without copying). It runs in one pass.
func tokenize(str string, start, end int, out []token) []token {
	return tokenizeWith(str, start, end, out, nil, nil)
}

// tokenizeWith is tokenize with a vocabulary (one map lookup gives a
// word's classes and the phrases it starts) and a cache of lower-cased
// words. Either may be nil.
func tokenizeWith(str string, start, end int, out []token, voc *vocab, lc *lowerCache) []token {
	str = str[:end] // so that i < len(str) needs no bounds check below
	inQ := false
	i := start
	for i < len(str) {
		c := str[i]
		// one table load where four compares were, at every token
		// (0.15 M of BenchmarkExtract's 108.5 M instructions)
		if asciiSpace[c] {
			i++
			continue
		}
		if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && voc != nil {
			// the common word: ASCII letters and digits, at most eight,
			// up to a byte that continues no word. It is what the
			// general case below makes of it (no hyphen, no
			// abbreviation's dot; lower case: a plain vocabulary key),
			// without that case's tests for the others, which
			// TestFastWordMatchesGeneralPath holds it to
			var x uint64
			j := i + 1
			if i+8 <= len(str) {
				// the word's end and its key from one load: the first
				// byte that is no letter or digit
				x = le64(str[i : i+8])
				if m := nonWordBytes(x); m != 0 {
					j = i + bits.TrailingZeros64(m)>>3
					x &= lowMask(j - i)
				} else {
					j = i + 8
				}
			} else {
				for j < len(str) && wordByte[str[j]] {
					j++
				}
				x = prefix8(str[i:j])
			}
			// a comma or a dot after a word without a final digit ends
			// it (scanWord reads on only past "3.5", "300,000", "a.m"),
			// and after six bytes or more the dot is no abbreviation's
			// (a space, after most words, first: one compare)
			ends := j == len(str) || str[j] == ' ' || !wordTail[str[j]] && !wordByte[str[j]] ||
				(str[j] == ',' || str[j] == '.' && j-i > 5) && !isDigitByte(str[j-1])
			if ends {
				if upperBytes(x) == 0 {
					var t *token
					out, t = pushWord(out, i, j, inQ)
					// find, inlined (whole) for the words of up to
					// seven bytes, whose key is the whole word: a call
					// here makes the loop keep its state on the stack
					var info *wordInfo
					if j-i < 8 {
						info = voc.whole(x)
					} else {
						info = voc.find(str[i:j], x, false)
					}
					// t.low is stored once, in either branch: a string
					// field's store tests for the collector's write
					// barrier (0.2 M of BenchmarkExtract's 109.2 M
					// instructions when it was stored twice)
					if info != nil {
						// the entry's own string, equal to str[i:j]: ownInfo,
						// asked of a token by every accessor below, then
						// compares two equal pointers, not the bytes
						// (memequal's loop), which saved 0.6 M of
						// BenchmarkExtract's 111.1 M instructions
						t.low, t.flags, t.info, t.sets = info.word, info.flags, info, info.sets
					} else {
						// unknown, written out for a word without an
						// apostrophe: calls only where a test passes
						w := str[i:j]
						t.low, t.flags, t.info = w, 0, nil
						if voc.extra != nil && voc.extraLen.may(w) {
							t.sets = voc.extraSets(w)
						}
						if j-i > 4 && str[j-1] == 'y' && str[j-2] == 'l' {
							t.flags = lyAdverb(w)
						}
					}
					i = pastSpace(str, j)
					continue
				}
				if c <= 'Z' {
					// a capitalised word of up to eight bytes (a name,
					// mostly, or a sentence's first word): what the
					// general case's lookup makes of it, without its
					// scan of the word and its tests for digits,
					// abbreviations and non-ASCII bytes, which the end
					// test above rules out
					var t *token
					out, t = pushWord(out, i, j, inQ)
					t.cap = true
					w := str[i:j]
					k := x | upperBytes(x) // the lower-case word's key
					var info *wordInfo
					if j-i < 8 {
						// the key is the whole word, as find would
						// probe it, as for lower case
						info = voc.whole(k)
					} else {
						info = voc.find(w, k, true)
					}
					if info != nil {
						t.low, t.flags, t.info, t.sets = info.word, info.flags, info, info.sets
					} else {
						t.low = lc.lower(w)
						voc.unknown(t)
					}
					if t.flags&fPron != 0 && j-i >= 2 && isUpperWord(w) {
						t.flags &^= fPron | fFirstPerson // "US Secretary of State", not "us"
					}
					if (t.low == "late" || t.low == "early") && (len(out) < 2 || out[len(out)-2].kind != tWord) && timeFollows(str[j:]) {
						t.flags |= fTime
					}
					i = pastSpace(str, j)
					continue
				}
			}
		}
		// a mark of one ASCII byte that no case below reads on from (a
		// comma, a full stop that opens no ellipsis, a colon, a
		// bracket): what the default case makes of it, without the rune
		// and the tests of the cases before it
		if plainMark[c] && (c != '.' || i+2 >= len(str) || str[i+1] != '.' || str[i+2] != '.') {
			out, _ = pushToken(out, i, i+1, tPunct, str[i:i+1], false, inQ)
			i = pastSpace(str, i+1)
			continue
		}
		// the fast path above needs neither the rune nor the test for
		// white space, which no ASCII letter passes: they come after it
		// (0.4 M of BenchmarkExtract's 109.2 M instructions)
		r, n := rune(c), 1
		if c >= 0x80 {
			r, n = utf8.DecodeRuneInString(str[i:end])
		}
		// most tokens start with an ASCII letter or digit: no space test
		if (c >= 0x80 || !asciiWord[c]) && (isSpaceRune(r) || r == utf8.RuneError && n <= 1) {
			// invalid bytes separate tokens like white space
			i += n
			continue
		}
		switch {
		case c < 0x80 && asciiWord[c] || isLetterRune(r) || r >= 0x80 && unicode.IsDigit(r):
			// most words are ASCII letters and digits up to a byte that
			// can continue none (a space, most punctuation): read those
			// here; scanWord, a call with a rune switch, reads the rest
			// eight bytes at a time, as the fast path reads its words:
			// a table load per byte cost 0.16 M more of BenchmarkExtract's
			// 108.7 M instructions
			j, hyphen := i, -1
			for {
				if j+8 > len(str) {
					for j < len(str) && wordByte[str[j]] {
						j++
					}
					break
				}
				if m := nonWordBytes(le64(str[j : j+8])); m != 0 {
					j += bits.TrailingZeros64(m) >> 3
					break
				}
				j += 8
			}
			if j < len(str) && wordTail[str[j]] {
				j, hyphen = scanWord(str, i, end)
			}
			var t *token
			out, t = pushWord(out, i, j, inQ)
			if r >= '0' && r <= '9' || r >= 0x80 && unicode.IsDigit(r) {
				t.kind = tNum
			}
			// nameParticle needs a hyphen among the first four bytes
			t.cap = r >= 'A' && r <= 'Z' || r >= 0x80 && isUpperRune(r) || hyphen > 0 && hyphen < 4 && nameParticle(str[i:j])
			// absorb an abbreviation's dot
			if j < end && str[j] == '.' && t.kind == tWord && isAbbrev(str[i:j]) {
				t.e = j + 1
				t.abbr = true
			}
			w := str[i:t.e]
			if voc == nil {
				t.low, t.info = lc.lower(w), nil
				t.flags, t.sets = lexFlags(t.low), setsOf(t.low)
			} else {
				voc.lookup(t, str, lc)
			}
			if t.flags&fPron != 0 && t.cap && t.e-t.s >= 2 && isUpperWord(w) {
				t.flags &^= fPron | fFirstPerson // "US Secretary of State", not "us"
			}
			if t.cap && (t.low == "late" || t.low == "early") && (len(out) < 2 || out[len(out)-2].kind != tWord) && timeFollows(str[t.e:]) {
				t.flags |= fTime // "Late on Monday, the minister said": a time, not a name as "Marta Early" is
			}
			i = pastSpace(str, t.e)
		case c == '\'' && inQ && i+2 < end && str[i+1] == '\'' && str[i+2] == '\'':
			// three apostrophes inside a quotation close a quotation
			// within it and then the quotation itself (''I would use
			// the word 'old-school,''' said X): the single mark first,
			// else the stray one after the closing mark parts the
			// quotation from its frame
			out, _ = pushToken(out, i, i+1, tSQuote, "'", false, inQ)
			i++
		case isDoubleQuote(r) || (c == '\'' || c == '`') && i+1 < end && str[i+1] == c:
			// two apostrophes or backticks are one double quotation
			// mark in typewriter-style copy (''Yes,'' she said)
			if c == '\'' || c == '`' {
				n = 2
			}
			open := !inQ
			if r == '«' || c == '`' {
				open = true
			} else if r == '»' {
				open = false
			}
			inQ = open
			out, _ = pushToken(out, i, i+n, tQuote, str[i:i+n], open, inQ)
			i = pastSpace(str, i+n)
		case r == '\'' || r == '‘' || r == '’' || r == '`':
			out, _ = pushToken(out, i, i+n, tSQuote, "'", false, inQ)
			i = pastSpace(str, i+n)
		case r == '.' && i+2 < end && str[i+1] == '.' && str[i+2] == '.':
			j := i + 3
			for j < end && str[j] == '.' {
				j++
			}
			out, _ = pushToken(out, i, j, tPunct, "…", false, inQ)
			i = pastSpace(str, j)
		case r == '-' && i+1 < end && str[i+1] == '-':
			out, _ = pushToken(out, i, i+2, tPunct, "—", false, inQ)
			i = pastSpace(str, i+2)
		default:
			low := str[i : i+n]
			switch r {
			case '–', '—', '―':
				low = "—"
			}
			// a comma, a full stop: most are followed by a space, skipped
			// here as after a word (pastSpace)
			out, _ = pushToken(out, i, i+n, tPunct, low, false, inQ)
			i = pastSpace(str, i+n)
		}
	}
	return out
}

// plainMark marks the printable ASCII bytes that are a token of their
// own, punctuation, in tokenizeWith's default case: not letters or
// digits (words), quotation marks, apostrophes and backticks (quotes),
// nor the hyphen, which may double as a dash. A full stop is one too
// unless an ellipsis opens with it, which the tokenizer tests.
var plainMark = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = !asciiWord[c] && !strings.ContainsRune("\"'`-", c)
	}
	return t
}()

// asciiSpace marks the white space the tokenizer's loop skips byte by
// byte: a space, a line break, a tab, a carriage return.
var asciiSpace = [256]bool{' ': true, '\n': true, '\t': true, '\r': true}

// pastSpace returns j, or j+1 when str[j] is a space: the loop's head
// would skip that space on a turn of its own, reloading the state a
// call in the loop keeps on the stack. Most words are followed by one
// space; skipping it here saved about 0.2 M of BenchmarkExtract's
// 113.6 M instructions.
func pastSpace(str string, j int) int {
	if j < len(str) && str[j] == ' ' {
		return j + 1
	}
	return j
}

// pushToken appends a token to out, built in place field by field: a
// token holds pointers, so appending a token value copies it with a bulk
// write barrier while the GC runs, where single stores take the cheap
// one. out's spare capacity holds tokens of earlier paragraphs: every
// field is set.
func pushToken(out []token, s, e int, kind tokKind, low string, open, inQ bool) ([]token, *token) {
	if len(out) < cap(out) {
		out = out[:len(out)+1]
	} else {
		out = append(out, token{})
	}
	t := &out[len(out)-1]
	t.s, t.e, t.kind, t.low, t.flags, t.info = s, e, kind, low, 0, nil
	t.cap, t.abbr, t.open, t.inQ, t.sets = false, false, open, inQ, 0
	return out, t
}

// timeFollows reports whether rest, the text after an opening "Late"
// or "Early", goes on with the time it qualifies: "on Monday", "in the
// day", "last night", "this morning", "yesterday".
func timeFollows(rest string) bool {
	for _, p := range []string{" on ", " in ", " last ", " this ", " yesterday", " today", " tonight", " next "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// pushWord is pushToken for a word, but for its low and info, which the
// vocabulary lookup sets: each is stored once, as each store of a
// pointer while the GC runs takes a write barrier.
func pushWord(out []token, s, e int, inQ bool) ([]token, *token) {
	if len(out) < cap(out) {
		out = out[:len(out)+1]
	} else {
		out = append(out, token{})
	}
	t := &out[len(out)-1]
	t.s, t.e, t.kind, t.flags = s, e, tWord, 0
	t.cap, t.abbr, t.open, t.inQ, t.sets = false, false, false, inQ, 0
	return out, t
}

// scanWord returns the end of the word starting at i, and the offset
// from i of the first ASCII hyphen inside it (-1 when none), which the
// tokenizer's test for "al-Assad" wants.
func scanWord(str string, i, end int) (int, int) {
	str = str[:end] // so that j < len(str) needs no bounds check below
	j := i
	hyphen := -1
	segLen := 0 // letters since the last dot, for U.S.-style acronyms
	for j < len(str) {
		if wordByte[str[j]] {
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
					if r == '-' && hyphen < 0 {
						hyphen = j - i
					}
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
	return j, hyphen
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// nonWordBytes returns 0x80 in each byte of x that is not an ASCII letter
// or digit (wordByte), and 0 elsewhere: the "has between" test of each
// range on the bytes with their top bit cleared, exact for every byte as
// no sum or difference leaves its byte; bytes from 0x80 up are in no
// range. Bit 0x20 maps 'A'..'Z' onto 'a'..'z', and no other byte there.
func nonWordBytes(x uint64) uint64 {
	low := x &^ bytes80
	lower := low | 0x20*bytes01
	digit := (bytes01*(127+'9'+1) - low) & (low + bytes01*(127-('0'-1)))
	letter := (bytes01*(127+'z'+1) - lower) & (lower + bytes01*(127-('a'-1)))
	return ^((digit | letter) &^ x) & bytes80
}

// wordTail marks the bytes after a run of ASCII letters and digits at
// which scanWord may go on: apostrophes, hyphens, dots, commas and colons
// between letters or digits, and every byte of a multi-byte rune (a
// letter, ’ or ‐). At any other byte the word ends where the run does.
var wordTail = func() (t [256]bool) {
	for c := 0x80; c < 256; c++ {
		t[c] = true
	}
	for _, c := range "'-.,:" {
		t[c] = true
	}
	return t
}()

// asciiWord marks ASCII letters and digits.
var asciiWord = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// abbrev reports whether the lower-case word w ends with a dot that does
// not end a sentence (or rarely does). A switch, not a map: the
// tokenizer asks it of every short word before a dot, and the switch
// compares w with the few words of its length where a map hashed it.
func abbrev(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "prof", "col", "gen",
		"lt", "sgt", "capt", "maj", "adm", "cmdr", "brig",
		"rep", "sen", "gov", "pres", "st", "jr", "sr",
		"no", "vol", "vs", "etc", "jan", "feb", "mar",
		"apr", "jun", "jul", "aug", "sep", "sept", "oct",
		"nov", "dec", "inc", "corp", "ltd", "co", "dept",
		"approx", "est", "fig", "mt", "ft", "rev", "hon",
		"msgr", "cpl", "pvt", "gens", "ave", "blvd", "cllr":
		return true
	}
	return false
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
	return abbrev(string(buf[:len(w)]))
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

// trimPossessive returns a name as written without its possessive 's,
// in either apostrophe ("Ostmark's" → "Ostmark"), for the names of
// actors; possessiveBase is the lower-case word's, for lookups.
func trimPossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
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
	word   string
	flags  uint64
	speech verbInfo // speechVerbs[word], when flags has fSpeech
	lemma  string   // lemma(word), worked out once
	guess  string   // guessLemma(word), worked out once
	// eventHeads[word] and headSingular[word]: the event rules ask them
	// of every word with fEvent
	eventHead, headSingular string
	// modifierWord(word), worked out once: eventModifier asks it of the
	// word before every event noun
	modifier bool
	// frameVerbs[lemma], worked out once: interpret asks it of every
	// claim's main verb
	frameVerb bool
	phrases   *phraseSet // taxonomy aliases starting with this word, or nil
	sets      wordSets   // the word sets it belongs to
}

// vocab maps lower-case words to their wordInfo. It is built once per
// Extractor and read concurrently.
//
// Every word of every article is looked up here, so it is an
// open-addressing table keyed by a word's first eight bytes (read with
// one load) instead of a Go map that hashes the whole string: most words
// are shorter than eight bytes, and the same load tells whether the word
// is lower case or ASCII, and lower-cases it. Words have no NUL bytes, so
// the zero-padded key of a word shorter than eight bytes is the whole
// word; longer words are compared in full when their keys agree. Slots
// are 16 bytes, to keep the table small in cache.
type vocab struct {
	slots []vslot // a power of two long, at most half full
	shift uint    // 64 - log2(len(slots))
	// extra holds the words of the token word sets (wordSets) that are
	// not in the vocabulary, with their sets only: an entry of their own
	// would make them known words (token.info) to every rule
	extra *vocab
	// extraLen turns away nearly every word the vocabulary lacks
	// (names, mostly) before a probe of extra
	extraLen *wordFilter
}

type vslot struct {
	key  uint64 // the word's first eight bytes, little-endian, zero-padded; 0: an empty slot
	info *wordInfo
}

// Byte-wise constants for the eight-byte word arithmetic.
const (
	bytes01 = 0x0101010101010101
	bytes80 = 0x8080808080808080
)

// newVocab builds the table from a map of lower-case words.
func newVocab(m map[string]*wordInfo) *vocab {
	size, bits := 16, uint(4)
	for size < 2*len(m) {
		size, bits = size<<1, bits+1
	}
	v := &vocab{slots: make([]vslot, size), shift: 64 - bits}
	mask := uint64(size - 1)
	for w, wi := range m {
		if w == "" || strings.IndexByte(w, 0) >= 0 {
			continue // never looked up: words are not empty and have no NUL
		}
		k := prefix8(w)
		i := v.home(k)
		for v.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		v.slots[i] = vslot{key: k, info: wi}
	}
	return v
}

// whole is find for a word of up to seven bytes, whose key k is the
// whole word: small enough to be inlined into the tokenizer's loop, which
// then keeps its state in registers where a call would spill it.
func (v *vocab) whole(k uint64) *wordInfo {
	mask := uint64(len(v.slots) - 1)
	for h := v.home(k); ; h = (h + 1) & mask {
		if sl := &v.slots[h]; sl.key == k || sl.key == 0 {
			return sl.info
		}
	}
}

// home is the first slot to probe for a word with key k.
func (v *vocab) home(k uint64) uint64 {
	return (k * 0x9E3779B97F4A7C15) >> v.shift
}

// prefix8 returns the first eight bytes of w, little-endian, zero-padded.
func prefix8(w string) uint64 {
	if len(w) >= 8 {
		// the compiler merges these into one load
		return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	}
	var x uint64
	for i := 0; i < len(w); i++ {
		x |= uint64(w[i]) << (8 * i)
	}
	return x
}

// load8 returns the first min(n, 8) bytes of str[i:] as prefix8 would,
// reading eight bytes at once when str has them.
func load8(str string, i, n int) uint64 {
	if i+8 > len(str) {
		return prefix8(str[i : i+n])
	}
	return le64(str[i:i+8]) & lowMask(n)
}

// le64 returns the first eight bytes of s, little-endian, in one load;
// s has at least eight.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lowMask has the low min(n, 8) bytes set.
func lowMask(n int) uint64 {
	if n >= 8 {
		return ^uint64(0)
	}
	return 1<<(8*uint(n)) - 1
}

// upperBytes returns 0x20 in each byte of x (all ASCII) that is an upper-
// case letter and 0 elsewhere: adding 0x3F carries into the top bit from
// 'A' up, adding 0x25 from past 'Z'. Bytes below 0x80 do not carry into
// their neighbours.
func upperBytes(x uint64) uint64 {
	return ((x + 0x3F*bytes01) &^ (x + 0x25*bytes01) & bytes80) >> 2
}

// find returns the entry of the word w, lower-cased if fold, whose first
// eight bytes (lower-cased) are k, or nil. fold is for ASCII words only.
func (v *vocab) find(w string, k uint64, fold bool) *wordInfo {
	mask := uint64(len(v.slots) - 1)
	for i := v.home(k); ; i = (i + 1) & mask {
		sl := &v.slots[i]
		if sl.key == 0 {
			return nil
		}
		if sl.key != k {
			continue
		}
		if len(w) < 8 {
			return sl.info // the key is the whole word
		}
		if fold && equalFold(w, sl.info.word) || !fold && sl.info.word == w {
			return sl.info
		}
	}
}

// known reports whether the ASCII word w, lower-cased, is in the
// vocabulary, without allocating its lower-case form.
func (v *vocab) known(w string) bool {
	if len(w) > maxFoldWord {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return v.get(strings.ToLower(w)) != nil
		}
	}
	x := load8(w, 0, len(w))
	return v.find(w, x|upperBytes(x), true) != nil
}

// extraSets returns the word sets of the lower-case word w that the
// vocabulary does not hold.
func (v *vocab) extraSets(w string) wordSets {
	if v.extra == nil || w == "" || !v.extraLen.may(w) {
		return 0
	}
	if wi := v.extra.get(w); wi != nil {
		return wi.sets
	}
	return 0
}

// get returns the entry of the lower-case word w, or nil.
func (v *vocab) get(w string) *wordInfo {
	if w == "" {
		return nil
	}
	return v.find(w, prefix8(w), false)
}

// lookup sets t.low, t.flags and t.info for the word w = str[t.s:t.e].
// Lower-case ASCII words and known capitalised words cost one table
// probe and no allocation.
func (v *vocab) lookup(t *token, str string, lc *lowerCache) {
	w := str[t.s:t.e]
	// load8, written out: the call was a tenth of the lookup
	var x uint64
	if t.s+8 <= len(str) {
		x = le64(str[t.s:t.s+8]) & lowMask(len(w))
	} else {
		x = prefix8(w)
	}
	ascii := x&bytes80 == 0
	up := uint64(0)
	if ascii {
		up = upperBytes(x)
	}
	plain := ascii && up == 0
	for i := 8; i < len(w) && ascii; i++ {
		if c := w[i]; c >= 0x80 {
			ascii, plain = false, false
		} else if c >= 'A' && c <= 'Z' {
			plain = false
		}
	}
	var info *wordInfo
	switch {
	case plain:
		if info = v.find(w, x, false); info != nil {
			t.low = info.word // as tokenizeWith's fast path does, for ownInfo
		} else {
			t.low = w
		}
	case len(w) > maxFoldWord:
		// longer words that are not plain lower case were never looked
		// up (they were lower-cased into a 64-byte buffer first); keep
		// it so, the lower-case form is still wanted
		t.low = lc.lower(w)
	case ascii:
		info = v.find(w, x|up, true)
		if info != nil {
			t.low = info.word
		} else {
			t.low = lc.lower(w)
		}
	default:
		// not ASCII: Unicode lower-casing, then an exact lookup
		t.low = lc.lower(w)
		info = v.get(t.low)
	}
	if info != nil {
		t.flags, t.info, t.sets = info.flags, info, info.sets
		return
	}
	v.unknown(t)
}

// unknown sets t.flags, t.info and t.sets for a word whose lower-case
// form t.low the vocabulary does not hold: the classes of its form, and
// those of its base when it is a possessive.
func (v *vocab) unknown(t *token) {
	t.sets = v.extraSets(t.low)
	if strings.IndexByte(t.low, '\'') < 0 {
		// no contraction and no possessive (nearly every such word):
		// of lexFallback's forms only an adverb's "-ly" is left
		t.flags, t.info = lyAdverb(t.low), nil
		return
	}
	var info *wordInfo
	t.flags = lexFallback(t.low)
	if base, ok := possessiveBase(t.low); ok {
		if bi := v.get(base); bi != nil {
			// "military's", "Ukraine's": the base's classes and phrases
			t.flags |= bi.flags &^ (fVerb | fPast | fSpeech | fAux | fEnglish)
			if bi.phrases != nil {
				info = bi
			}
		}
	}
	t.info = info
}

// maxFoldWord is the longest word lookup reads the vocabulary for when
// the word is not plain lower-case ASCII.
const maxFoldWord = 64

// nameParticle reports whether w is a name with a lower-case particle
// joined by a hyphen: "al-Assad", "er-Risk", "el-Sisi".
func nameParticle(w string) bool {
	// the first hyphen must be among the first four bytes: look only
	// there (this runs for every lower-case word)
	k := -1
	for i := 0; i < 4 && i < len(w); i++ {
		if w[i] == '-' {
			k = i
			break
		}
	}
	if k < 1 || k+1 >= len(w) {
		return false
	}
	for i := 0; i < k; i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w[k+1] >= 'A' && w[k+1] <= 'Z'
}

// wordFilter turns away, by a word's first byte and length, the words
// a set cannot hold: bit n of entry c is set when the set holds a word
// of n bytes (63 for 63 and more) starting with c. A Go map hashes the
// whole word on every probe, about a hundred instructions; the rules
// ask a few small sets of nearly every token they pass, and the filter
// answers for nearly all of those with one load: filtering the lookups
// of the sets below saved about 3.4 M of BenchmarkExtract's 112.8 M
// instructions.
//
// By first byte and length alone, more than half the words let through
// were still not in the set (58% on the extractor's benchmark: a set's
// words share first letters and lengths with common words), so the
// filter holds the length by the last byte too, mixed with the first
// (tail), and a word must fit both: 111.87 → 111.29 M instructions.
type wordFilter struct {
	first [256]uint64 // by w[0]
	last  [256]uint64 // by tail(w)
}

// tail mixes the last byte of the non-empty w with its first, for
// wordFilter.last.
func tail(w string) byte { return w[len(w)-1] ^ w[0]<<3 }

// newWordFilter builds the filter of set's words, which must not
// change later (TestWordFiltersHoldTheirSets).
func newWordFilter[V any](set map[string]V) *wordFilter {
	f := new(wordFilter)
	for w := range set {
		if w != "" {
			f.first[w[0]] |= 1 << min(len(w), 63)
			f.last[tail(w)] |= 1 << min(len(w), 63)
		}
	}
	return f
}

// may reports whether the set f was built from may hold w.
func (f *wordFilter) may(w string) bool {
	return w == "" || f.first[w[0]]&f.last[tail(w)]&(1<<min(len(w), 63)) != 0
}

// mayBytes is may for a word held as bytes.
func (f *wordFilter) mayBytes(w []byte) bool {
	return len(w) == 0 || f.first[w[0]]&f.last[w[len(w)-1]^w[0]<<3]&(1<<min(len(w), 63)) != 0
}

// has returns set[w], for the set f was built from.
func (f *wordFilter) has(set map[string]bool, w string) bool {
	return f.may(w) && set[w]
}

// getF returns m[w] and whether m holds w, for the map f was built from.
func getF[V any](f *wordFilter, m map[string]V, w string) (V, bool) {
	if !f.may(w) {
		var zero V
		return zero, false
	}
	v, ok := m[w]
	return v, ok
}

// valF returns m[w], for the map f was built from.
func valF[V any](f *wordFilter, m map[string]V, w string) V {
	v, _ := getF(f, m, w)
	return v
}

// The filters of the sets the rules ask most often, by token.
var (
	possessiveDetsF   = newWordFilter(possessiveDets)
	floatedF          = newWordFilter(floated)
	auxSpansF         = newWordFilter(auxSpans)
	groupPartsF       = newWordFilter(groupParts)
	shareHeadsF       = newWordFilter(shareHeads)
	bareBodyNounsF    = newWordFilter(bareBodyNouns)
	weaponVerbsF      = newWordFilter(weaponVerbs)
	kindNounsF        = newWordFilter(kindNouns)
	notModifiersF     = newWordFilter(notModifiers)
	weakNounsF        = newWordFilter(weakNouns)
	numberWordsF      = newWordFilter(numberWords)
	tensWordsF        = newWordFilter(tensWords)
	personNounsF      = newWordFilter(personNouns)
	kinNounsF         = newWordFilter(kinNouns)
	partitivesF       = newWordFilter(partitives)
	vagueHeadsF       = newWordFilter(vagueHeads)
	ownedPartsF       = newWordFilter(ownedParts)
	airlinersF        = newWordFilter(airliners)
	substanceClassesF = newWordFilter(substanceClasses)
	eventVerbsF       = newWordFilter(eventVerbs)
	personHeadsF      = newWordFilter(personHeads)
	holdingVerbsF     = newWordFilter(holdingVerbs)
	verbNounsF        = newWordFilter(verbNouns)
	particleEventsF   = newWordFilter(particleEvents)
	ergativeVerbsF    = newWordFilter(ergativeVerbs)
	deadNounsF        = newWordFilter(deadNouns)
	victimWordsF      = newWordFilter(victimWords)
	blameEventPrepsF  = newWordFilter(blameEventPreps)
	takingLemmasF     = newWordFilter(takingLemmas)
	complementPrepsF  = newWordFilter(complementPreps)
	nominativeF       = newWordFilter(nominative)
	vesselNounsF      = newWordFilter(vesselNouns)
	blamePredF        = newWordFilter(blamePred)
	progressiveAuxF   = newWordFilter(progressiveAux)
	npPrepsF          = newWordFilter(npPreps)
	layPeopleF        = newWordFilter(layPeople)
	performVerbsF     = newWordFilter(performVerbs)
	organNounsF       = newWordFilter(organNouns)
	organModifiersF   = newWordFilter(organModifiers)
	localQualifiersF  = newWordFilter(localQualifiers)
	irregularF        = newWordFilter(irregular)
)

// The filters of sets that init functions fill: built by an init of
// this file, which runs after those of lexicon.go and respond.go (the
// go command hands a package's files to the compiler sorted by name,
// and init functions run in that order); TestWordFiltersHoldTheirSets
// fails if they ever run first.
var lemmaOfF, functionWordsF *wordFilter

func init() {
	lemmaOfF, functionWordsF = newWordFilter(lemmaOf), newWordFilter(functionWords)
}

// plainLower reports whether s is ASCII without a capital, so that
// strings.ToLower(s) is s: a lookup needs no copy of it.
func plainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// lookupLower returns m[strings.ToLower(s)] without allocating for an
// ASCII s: as it is when it has no capital (most names asked about),
// else lower-cased in a stack buffer (lowerKey).
func lookupLower[V any](m map[string]V, s string) V {
	if plainLower(s) {
		return m[s]
	}
	var buf [64]byte
	if k, ok := lowerKey(&buf, s); ok {
		return m[string(k)]
	}
	return m[strings.ToLower(s)]
}

// lowerKey lays strings.ToLower(s) out in buf when s is ASCII and fits,
// for a map lookup by string(k), which allocates nothing; ok is false
// otherwise. strings.ToLower allocates for every word with a capital.
func lowerKey(buf *[64]byte, s string) (k []byte, ok bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}
