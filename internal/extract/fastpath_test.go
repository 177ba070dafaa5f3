package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

// The tests in this file hold the hand-optimised hot paths to simple
// reference implementations on random input.

// randomText returns n bytes drawn mostly from the pieces, with some
// random bytes (control, Latin-1, invalid UTF-8) mixed in.
func randomText(r *rand.Rand, n int, pieces []string) string {
	var b strings.Builder
	for b.Len() < n {
		switch k := r.Intn(20); {
		case k == 0:
			b.WriteByte(byte(r.Intn(256)))
		case k == 1:
			b.WriteByte(byte(r.Intn(0x21)))
		default:
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
	}
	return b.String()
}

// spacedWords joins words drawn from words with single spaces while the
// text is shorter than a fresh draw below n: the normal text the eight-
// byte paths' tests put one flaw into.
func spacedWords(r *rand.Rand, words []string, n int) string {
	var b strings.Builder
	for b.Len() < r.Intn(n) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[r.Intn(len(words))])
	}
	return b.String()
}

var textPieces = append(strings.Fields(`the The THE said Said SAID Freedonia FREEDONIA Sylvanian's ministry Ministry's
	accused Accused U.S. u.s. Mr. mr. co-anchor Co-Anchor al-Assad troops Troops' ’s 'll n't don't
	Café café ÉLAN naïve über Über 300,000 8:30 3.5 internationalisation Internationalisation
	INTERNATIONALISATIONS spokeswoman Spokeswoman's . , ; “ ” " ' — – … ( )`),
	// white space strings.Fields would have split on
	"\u00a0", "\u2009", "\u2028", "\u0085", "\t", "\n", "\u3000")

func TestVocabLookupMatchesMapLookup(t *testing.T) {
	x := New(testTaxonomy())
	byWord := map[string]*wordInfo{}
	for _, sl := range x.voc.slots {
		if sl.key != 0 {
			byWord[sl.info.word] = sl.info
		}
	}
	if len(byWord) < 1000 {
		t.Fatalf("vocabulary has %d words", len(byWord))
	}
	// the lookup as a Go map, as it was before the table
	ref := func(w string) (low string, info *wordInfo) {
		plain := true
		for i := 0; i < len(w); i++ {
			if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
				plain = false
			}
		}
		switch {
		case plain:
			return w, byWord[w]
		case len(w) > 64:
			return lowerWord(w), nil
		}
		ascii := true
		for i := 0; i < len(w); i++ {
			ascii = ascii && w[i] < 0x80
		}
		if ascii {
			if info := byWord[strings.ToLower(w)]; info != nil {
				return info.word, info
			}
			return lowerWord(w), nil
		}
		low = lowerWord(w)
		return low, byWord[low]
	}
	check := func(text string) {
		t.Helper()
		for _, tok := range tokenizeWith(text, 0, len(text), nil, x.voc, nil) {
			if tok.kind != tWord && tok.kind != tNum {
				continue
			}
			low, info := ref(text[tok.s:tok.e])
			var flags uint64
			if info != nil {
				flags = info.flags
			} else {
				flags = lexFallback(low)
				if base, ok := possessiveBase(low); ok {
					if bi := byWord[base]; bi != nil {
						flags |= bi.flags &^ (fVerb | fPast | fSpeech | fAux | fEnglish)
						if bi.phrases != nil {
							info = bi
						}
					}
				}
			}
			if w := text[tok.s:tok.e]; flags&fPron != 0 && len(w) >= 2 && isUpperWord(w) {
				flags &^= fPron | fFirstPerson // "US" is no pronoun
			}
			if tok.low != low || tok.info != info || tok.flags != flags {
				t.Fatalf("%q: low %q info %v flags %x, want %q %v %x", text[tok.s:tok.e], tok.low, tok.info, tok.flags, low, info, flags)
			}
			if tok.sets != setsOf(low) {
				t.Fatalf("%q: sets %b, want %b", text[tok.s:tok.e], tok.sets, setsOf(low))
			}
			if g := tok.guessLemma(); g != guessLemma(tok.low) {
				t.Fatalf("%q: guessLemma %q, want %q", text[tok.s:tok.e], g, guessLemma(tok.low))
			}
			if m := tok.modifierWord(); m != modifierWord(tok.low) {
				t.Fatalf("%q: modifierWord %v, want %v", text[tok.s:tok.e], m, modifierWord(tok.low))
			}
			if f := tok.frameVerb(); f != frameVerbs[tok.lemma()] {
				t.Fatalf("%q: frameVerb %v, want %v", text[tok.s:tok.e], f, frameVerbs[tok.lemma()])
			}
			if h, s := tok.eventHead(), tok.headSingular(); h != eventHeads[tok.low] || s != headSingular[tok.low] {
				t.Fatalf("%q: eventHead %q, headSingular %q, want %q, %q", text[tok.s:tok.e], h, s, eventHeads[tok.low], headSingular[tok.low])
			}
		}
	}
	for w := range byWord {
		check(w)
		check(strings.ToUpper(w))
		check("x " + strings.ToUpper(w[:1]) + w[1:])
	}
	r := rand.New(rand.NewSource(5))
	for n := 0; n < 2000; n++ {
		check(randomText(r, 1+r.Intn(80), textPieces))
	}
	// the tokenizer's own path for short lower-case words: known and
	// unknown words of up to nine bytes, "-ly" adverbs and the nouns
	// that look like them, digits, a capital inside, and the bytes that
	// end such a word or continue it
	for n := 0; n < 2000; n++ {
		check(randomText(r, 1+r.Intn(80), fastWordPieces))
	}
}

var fastWordPieces = append(strings.Fields(`weather capital mildly markets supply rally family dearly x1 a9b
	word1234 abcdefg abcdefgh abcdefghi iPhone eBay ceasefire troops' army's it's don't sly ly
	said says accused the of dec sept approx a.m 3 , . ; : - ’ ' … é
	Weather Capital Mildly Markets Rally Family X1 A9b Word1234 Abcdefg Abcdefgh Abcdefghi ABCDEFGH
	IPhone EBay Ceasefire Said Accused The Dec Sept Approx Gen Mr Ms J A US It We THE Late Early
	Freedonia Sylvanian Troops' Army's It's McAllister O'Neill`), " ", " ", " ", "\n")

// TestFastWordMatchesGeneralPath checks that the tokenizer's paths for
// short lower-case and capitalised words cut, classes and lower-cases its tokens as the
// general path does (tokenize takes it for every word).
func TestFastWordMatchesGeneralPath(t *testing.T) {
	x := New(testTaxonomy())
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 5000; n++ {
		pieces := fastWordPieces
		if n%2 == 1 {
			pieces = textPieces
		}
		text := randomText(r, 1+r.Intn(120), pieces)
		got := tokenizeWith(text, 0, len(text), nil, x.voc, &lowerCache{})
		want := tokenize(text, 0, len(text), nil)
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, want %d", text, len(got), len(want))
		}
		for i := range got {
			g, w := &got[i], &want[i]
			if g.s != w.s || g.e != w.e || g.kind != w.kind || g.cap != w.cap || g.abbr != w.abbr || g.open != w.open || g.inQ != w.inQ || g.low != w.low {
				t.Fatalf("%q: token %d is %+v, want %+v", text, i, *g, *w)
			}
		}
	}
}

// lexFallbackRef is lexFallback before its apostrophe test.
func lexFallbackRef(low string) uint64 {
	n := len(low)
	switch {
	case n > 3 && strings.HasSuffix(low, "n't"):
		return fAux | fNeg
	case n > 3 && strings.HasSuffix(low, "'ll"):
		return fPron | fFuture | fAux
	case n > 3 && (strings.HasSuffix(low, "'re") || strings.HasSuffix(low, "'ve") || strings.HasSuffix(low, "'m") || strings.HasSuffix(low, "'d")):
		if lexicon[low[:strings.LastIndexByte(low, '\'')]]&fPron != 0 {
			return fPron | fAux
		}
	case n > 4 && strings.HasSuffix(low, "ly") && !notAdverb[low]:
		return fAdv
	}
	if base, ok := possessiveBase(low); ok {
		if lexicon[base]&fPron != 0 {
			return fPron | fAux
		}
	}
	return 0
}

func TestLexFallbackMatchesReference(t *testing.T) {
	words := strings.Fields(`don't can't won't isn't they'll we're you've i'm he'd she's it's
		he's army's troops' quickly supply family early sly ly fly x weather capital
		o'clock rock'n'roll ’s s' 's' it'll ain't`)
	for w := range lexicon {
		words = append(words, w, w+"ly", w+"'s", w+"'d", w+"n't")
	}
	for _, w := range words {
		if got, want := lexFallback(w), lexFallbackRef(w); got != want {
			t.Errorf("lexFallback(%q) = %x, want %x", w, got, want)
		}
	}
}

// TestTokenSetsMatchWordSets checks that token.sets answers as the word
// sets it mirrors do (set[t.low]), for the sets' own words in every case,
// with a possessive mark, and for words the vocabulary does not hold,
// with the vocabulary's table and without it.
func TestTokenSetsMatchWordSets(t *testing.T) {
	x := New(testTaxonomy())
	texts := []string{
		"The harbour guards themselves said the latest figures showed some damage.",
		"As the ferry sank, officers of the coast authority, citing the initial survey, blamed the crew.",
		"MANY residents near the mine said the new data was wrong; several others disagreed.",
		"Ruritania's soldiers' commanders, themselves accused, denied the tally's findings.",
		"Naïve Éclair’s itself Itself ITSELF around Around",
	}
	for _, ts := range tokenSets() {
		for w := range ts.set {
			texts = append(texts, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"'s", "the "+w+" said")
		}
	}
	for _, voc := range []*vocab{x.voc, nil} {
		for _, text := range texts {
			for _, tok := range tokenizeWith(text, 0, len(text), nil, voc, &lowerCache{}) {
				var want wordSets
				for _, ts := range tokenSets() {
					if ts.set[tok.low] {
						want |= ts.bit
					}
				}
				if tok.sets != want {
					t.Errorf("%q in %q (vocabulary %v): sets %b, want %b", tok.low, text, voc != nil, tok.sets, want)
				}
			}
		}
	}
}

func TestLowerWordsMatchesRangeTests(t *testing.T) {
	// the loop as it was before the table
	ref := func(b []byte, n int) bool {
		count, run, lower := 0, 0, false
		for i := 0; i <= len(b); i++ {
			if i < len(b) && (b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z') {
				if run == 0 {
					lower = b[i] >= 'a'
				}
				run++
				continue
			}
			if run > 5 && lower {
				count++
				if count >= n {
					return true
				}
			}
			run = 0
		}
		return false
	}
	texts := []string{
		"", "ferry", "ferries", "Ferries sank", "The harbour pilots walked out.",
		"Dockworkers Strike At Vellmar Port", "tankers", "two tankers", "BLOCKADE continues",
		"the mine's operators", "naïve operators", "Grain exports resumed", "exports@resumed",
		"ab-cdefgh ijklmn[opqrst", "Zyxwvu`abcdef{ghijkl",
	}
	r := rand.New(rand.NewSource(7))
	for k := 0; k < 3000; k++ {
		b := make([]byte, r.Intn(40))
		const alphabet = "aaaaaaZZZq` {@[ \xc3\xa9" // mostly letters, their neighbours in ASCII, a space, UTF-8
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		for n := 1; n <= 3; n++ {
			if got, want := lowerWords([]byte(s), n), ref([]byte(s), n); got != want {
				t.Errorf("lowerWords(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

func TestIsBinaryMatchesByteLoop(t *testing.T) {
	ref := func(b []byte) bool {
		n := min(len(b), 64<<10)
		ctrl := 0
		for _, c := range b[:n] {
			if c == 0 {
				return true
			}
			if isControl(c) {
				ctrl++
			}
		}
		return ctrl*100 > n
	}
	r := rand.New(rand.NewSource(6))
	for n := 0; n < 20000; n++ {
		b := []byte(randomText(r, r.Intn(400), textPieces))
		if n%2 == 0 {
			b = []byte(strings.ReplaceAll(string(b), "\x00", "x"))
		}
		if got, want := isBinary(b), ref(b); got != want {
			t.Fatalf("isBinary(%q) = %v, want %v", b, got, want)
		}
	}
}

func TestNormTextMatchesRuneLoop(t *testing.T) {
	ref := func(s string) string {
		var b strings.Builder
		space := false
		for _, r := range s {
			if isSpaceRune(r) || r == 0x85 || r == 0x2028 || r == 0x2029 {
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
		return b.String()
	}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 20000; n++ {
		s := randomText(r, r.Intn(60), append(textPieces, " ", "  "))
		if got, want := normText(s), ref(s); got != want {
			t.Fatalf("normText(%q) = %q, want %q", s, got, want)
		}
		checkGraphNormal(t, s)
	}
	// Text that is normal but for at most one flaw, so that the eight-
	// byte path runs far and meets the flaw at every offset.
	words := strings.Fields("a an The said Freedonia accused U.S. troops café “we” — 300,000 internationalisation")
	flaws := []string{"  ", " \t", "\n", "\x01", "\u00a0", "\u3000", "\xff", "\x7f", "~"}
	for n := 0; n < 20000; n++ {
		s := spacedWords(r, words, 200)
		if k := r.Intn(len(s) + 1); n%4 != 0 {
			s = s[:k] + flaws[r.Intn(len(flaws))] + s[k:]
		}
		if got, want := normText(s), ref(s); got != want {
			t.Fatalf("normText(%q) = %q, want %q", s, got, want)
		}
		checkGraphNormal(t, s)
	}
	// every rune of the Basic Multilingual Plane, alone, between words
	// and doubled, for the white space of one normaliser and not the other
	for r := rune(0); r <= 0xffff; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b", "a " + string(r) + string(r) + " b"} {
			checkGraphNormal(t, s)
		}
	}
}

// checkGraphNormal fails unless normText(s) is normal as graph.NormText
// has it: finish hands claims' texts to graph.ClaimIDs.IDNormal,
// which does not check them again.
func checkGraphNormal(t *testing.T, s string) {
	t.Helper()
	if n := normText(s); graph.NormText(n) != n {
		t.Fatalf("normText(%q) = %q, which graph.NormText changes to %q", s, n, graph.NormText(n))
	}
}

func TestFoldSetScanMatchesNaiveSearch(t *testing.T) {
	// every phrase at every word start, the way scan defines a match
	ref := func(b []byte) uint8 {
		var tags uint8
		for i := 0; i < len(b); i++ {
			if i > 0 && wordByte[b[i-1]] && wordByte[b[i]] {
				continue // inside a word
			}
			for _, list := range paraCues.byFirst {
				for _, p := range list {
					if hasPrefixFold(b[i:], p.p) {
						tags |= p.tag
					}
				}
			}
		}
		return tags
	}
	pieces := append(strings.Fields("Read more SUPPORT us photo: (Photo by) Handout newsletter© 2024 subscribe to copyright © cookies xread reading"), textPieces...)
	r := rand.New(rand.NewSource(8))
	for n := 0; n < 5000; n++ {
		b := []byte(randomText(r, r.Intn(200), append(pieces, " ", " ")))
		if got, want := paraCues.scan(b, 0), ref(b); got != want {
			t.Fatalf("scan(%q) = %b, want %b", b, got, want)
		}
	}
}

// The language check reads fEnglish off tokens; setting it must not add
// words to the lexicon (that would change their flags and vocabulary
// entries), so every englishWords entry must have other classes too.
func TestEnglishWordsAreLexiconWords(t *testing.T) {
	for w := range englishWords {
		if lexicon[w]&^fEnglish == 0 {
			t.Errorf("%q is in englishWords but in no other lexicon class", w)
		}
	}
}

func TestLowerCacheMatchesLowerWord(t *testing.T) {
	var lc lowerCache
	type form struct{ w, low string }
	var forms []form
	chunks := 0
	var last *strings.Builder
	r := rand.New(rand.NewSource(7))
	for chunks < 4 {
		text := randomText(r, 1+r.Intn(80), textPieces)
		for _, tok := range tokenize(text, 0, len(text), nil) {
			if tok.kind != tWord {
				continue
			}
			w := text[tok.s:tok.e]
			forms = append(forms, form{w, lc.lower(w)})
			if lc.chunk != last {
				chunks, last = chunks+1, lc.chunk
			}
		}
	}
	forms = append(forms, form{strings.Repeat("Ab", 400), lc.lower(strings.Repeat("Ab", 400))})
	// every form is lowerWord's, also after the chunks that held the
	// first ones filled up and were replaced
	for _, f := range forms {
		if want := lowerWord(f.w); f.low != want {
			t.Fatalf("lower(%q) = %q, want %q", f.w, f.low, want)
		}
	}
}

func TestWordCapitalMatchesByteTest(t *testing.T) {
	pieces := append([]string{"al-Assad", "el-Sisi", "pro-Russian", "anti-War", "co-anchor", "x-Ray", "ab-c-D",
		"abc-", "a-", "u.s.-Backed", "U.S.-provided", "e‐Mail", "ab-9", " "}, textPieces...)
	// the test before scanWord reported hyphens: a capital first, or a
	// hyphen among the word's bytes 1 to 3 and nameParticle
	ref := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return isUpperRune(r) || len(w) > 2 && (w[1] == '-' || w[2] == '-' || len(w) > 3 && w[3] == '-') && nameParticle(w)
	}
	r := rand.New(rand.NewSource(9))
	for n := 0; n < 3000; n++ {
		text := randomText(r, 1+r.Intn(80), pieces)
		for _, tok := range tokenize(text, 0, len(text), nil) {
			if tok.kind != tWord && tok.kind != tNum {
				continue
			}
			// the word as scanned, without an abbreviation's dot
			w := text[tok.s:tok.e]
			if tok.abbr {
				w = w[:len(w)-1]
			}
			if tok.cap != ref(w) {
				t.Fatalf("%q in %q: cap %v, want %v", w, text, tok.cap, ref(w))
			}
		}
	}
}

func TestWordRunMatchesScanWord(t *testing.T) {
	// every byte at which scanWord can go on past a run of ASCII letters
	// and digits is in wordTail: the tokenizer calls it only there
	for c := 0; c < 256; c++ {
		for _, w := range []string{"ab" + string(rune(c)) + "cd", "12" + string(rune(c)) + "34", "a" + string(rune(c)) + "b"} {
			if c >= 0x80 {
				w = w[:len(w)-2] + string([]byte{byte(c)}) + w[len(w)-2:]
			}
			run := 0
			for run < len(w) && wordByte[w[run]] {
				run++
			}
			if j, _ := scanWord(w, 0, len(w)); j != run && !wordTail[w[run]] {
				t.Fatalf("scanWord(%q) = %d, past the run's end %d at a byte not in wordTail", w, j, run)
			}
		}
	}
	// and the tokenizer's words are scanWord's, on random text
	pieces := append([]string{"O'Brien", "rock'n'roll", "U.S.-provided", "e‐Mail", "don’t", "1,200", "8:30", "a.m.", "3.5bn", "x-"}, textPieces...)
	r := rand.New(rand.NewSource(13))
	for n := 0; n < 3000; n++ {
		text := randomText(r, 1+r.Intn(80), pieces)
		for _, tok := range tokenize(text, 0, len(text), nil) {
			if tok.kind != tWord && tok.kind != tNum {
				continue
			}
			e := tok.e
			if tok.abbr {
				e--
			}
			if j, _ := scanWord(text, tok.s, len(text)); j != e {
				t.Fatalf("%q in %q: word ends at %d, scanWord at %d", text[tok.s:e], text, e, j)
			}
		}
	}
}

// TestNonWordBytesMatchesWordByte checks the eight-byte test of the
// tokenizer against the byte table, for every byte value in every
// position among random neighbours (a test of one byte must not be
// disturbed by the others').
func TestNonWordBytesMatchesWordByte(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	for v := 0; v < 256; v++ {
		for pos := 0; pos < 8; pos++ {
			for n := 0; n < 32; n++ {
				var b [8]byte
				for i := range b {
					b[i] = byte(r.Intn(256))
				}
				b[pos] = byte(v)
				x := le64(string(b[:]))
				m := nonWordBytes(x)
				for i, c := range b {
					if got := m>>(8*i)&0xff == 0x80; got != !wordByte[c] {
						t.Fatalf("nonWordBytes(% x): byte %d (%#x) marked %v", b, i, c, got)
					}
					if m>>(8*i)&0x7f != 0 {
						t.Fatalf("nonWordBytes(% x): stray bits %#x", b, m)
					}
				}
			}
		}
	}
}

// TestClauseCueMatchesWordTests holds splitClauses' gate to the word
// tests of its cuts: a token it turns away is none of them.
func TestClauseCueMatchesWordTests(t *testing.T) {
	x := New(testTaxonomy())
	ref := func(tk *token) bool {
		switch tk.low {
		case ";", "and", "but", "while", "whereas", "although", "though", "even":
			return true
		}
		return continuers[tk.low]
	}
	words := []string{"and", "And", "but", "BUT", "while", "whereas", "although", "though", "Though", "thought", "even", "Even", "event",
		"band", "butt", "saying", "Saying", "adding", "citing", "said", "say", ";", ",", ":", "(", ")", "whilst"}
	for w := range continuers {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:])
	}
	r := rand.New(rand.NewSource(11))
	text := strings.Join(words, " ") + " " + randomText(r, 4000, append(words, textPieces...))
	toks := tokenizeWith(text, 0, len(text), nil, x.voc, &lowerCache{})
	for i := range toks {
		if tk := &toks[i]; clauseCue(tk) != ref(tk) {
			t.Fatalf("clauseCue(%q) = %v, want %v", tk.low, clauseCue(tk), ref(tk))
		}
	}
}

// TestNormalSpanImpliesNormText holds normalSpan, which spares finish
// normText's scan of a claim's text, to normText: every span of tokens
// it calls normal is one normText leaves as it is. Random text with
// white space of every kind, control characters and invalid bytes, and
// rows of invented sentences for the spans it must call normal.
func TestNormalSpanImpliesNormText(t *testing.T) {
	x := New(testTaxonomy())
	d := &docState{x: x}
	check := func(text string, want int) {
		t.Helper()
		d.str = text
		d.toks = tokenizeWith(text, 0, len(text), d.toks[:0], x.voc, nil)
		normal := 0
		for lo := range d.toks {
			for hi := lo + 1; hi <= len(d.toks); hi++ {
				s := text[d.toks[lo].s:d.toks[hi-1].e]
				if !d.normalSpan(lo, hi) {
					continue
				}
				normal++
				if normText(s) != s {
					t.Fatalf("normalSpan calls %q normal, which normText makes %q", s, normText(s))
				}
			}
		}
		if want >= 0 && normal != want {
			t.Errorf("%q: %d normal spans, want %d", text, normal, want)
		}
	}
	for _, row := range []struct {
		text   string
		normal int // spans normalSpan calls normal; -1: any number
	}{
		{"The Harbour Board said the cranes were idle.", 45}, // nine tokens: every span
		{"“We shut the mine,” said Orla Venn.", 66},          // quotes and a comma: eleven tokens
		{"Pilots  said the runway was closed.", 22},          // a doubled space: no span across it
		{"The ministry\ndenied it.", 9},                      // a line break
		{"Voters\u00a0queued for hours.", 11},                // a no-break space
		{"Shares fell\x01 sharply.", 6},                      // a control character
		{"The clinic \xffreopened.", 6},                      // an invalid byte
		{"Ferry fares rise -- again -- in spring.", -1},      // dashes
		{"Mr. Adebayo\u2028resigned on Tuesday.", -1},        // a line separator
	} {
		check(row.text, row.normal)
	}
	r := rand.New(rand.NewSource(11))
	pieces := append(textPieces, " ", "  ", "\x01", "\x1f", "\x7f", "\xff", "\xe2\x80", "\u2028", "\u0085", "\ufeff", "\u200b", "\r\n", "\v", "\f")
	for range 3000 {
		check(randomText(r, 1+r.Intn(40), pieces), -1)
	}
}

// TestNormActionMatchesByteLoop checks normAction's eight-byte test
// against the byte loop it replaced: lower-case ASCII actions, each with
// at most one flaw (a capital, a control byte, a non-ASCII byte, two
// spaces, a space first or last) at every offset, the chunks' edges
// among them.
func TestNormActionMatchesByteLoop(t *testing.T) {
	ref := func(s string) string {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'A' && c <= 'Z' || c >= 0x80 || c < ' ' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
				return graph.NormAction(s)
			}
		}
		return s
	}
	words := strings.Fields("fire on the convoy shell a market in harn deny a strike by velland at sea")
	flaws := []string{"", " ", "  ", "Q", "\x01", "\t", "é", "\x7f", "~", "@", "[", "`", "{"}
	r := rand.New(rand.NewSource(11))
	for n := 0; n < 20000; n++ {
		s := spacedWords(r, words, 48)
		k := r.Intn(len(s) + 1)
		s = s[:k] + flaws[r.Intn(len(flaws))] + s[k:]
		got := normAction(s)
		if want := ref(s); got != want {
			t.Fatalf("normAction(%q) = %q, want %q", s, got, want)
		}
		// finish hashes the action as it is (ClaimIDs.IDNormal)
		if n := graph.NormAction(got); n != got {
			t.Fatalf("normAction(%q) = %q, which graph.NormAction changes to %q", s, got, n)
		}
	}
}

func TestDemonymLikeMatchesSuffixes(t *testing.T) {
	ref := func(w string) bool {
		return slices.ContainsFunc(demonymSuffixes, func(s string) bool { return strings.HasSuffix(w, s) })
	}
	words := []string{"Vostrian", "Korean", "Ostmarkan", "Kesmetese", "Brennish", "Taliri", "Arctic", "Velland", "Ostmark", "Dorne", "Marsh", "Ruritania", "Ian", "n", "an", "e", "se", "ese", "h", "sh", "i", "c", "ic", "Ostmarkans"}
	// and every word of up to three letters over the suffixes' letters
	const letters = "aceihnsx"
	for _, a := range letters {
		for _, b := range letters {
			for _, c := range letters {
				words = append(words, string(c), string(b)+string(c), string(a)+string(b)+string(c), "Zz"+string(a)+string(b)+string(c))
			}
		}
	}
	for _, w := range words {
		if got, want := demonymLike(w), ref(w); got != want {
			t.Errorf("demonymLike(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestRejectFirstHoldsRejectVerbs(t *testing.T) {
	var want [256]bool
	for _, v := range rejectVerbs {
		want[v[0]], want[v[0]-'a'+'A'] = true, true
	}
	if want != rejectFirst {
		t.Errorf("rejectFirst does not mark exactly the first letters of rejectVerbs")
	}
}

func TestSentenceAroundMatchesByteTests(t *testing.T) {
	// the byte tests sentenceEnds stands in for, written out
	ref := func(src string, at int) string {
		s := at
		for s > 0 && !(src[s-1] == '\n' || (src[s-1] == ' ' && s >= 2 && (src[s-2] == '.' || src[s-2] == '?' || src[s-2] == '!'))) {
			s--
		}
		e := at
		for e < len(src) && src[e] != '\n' && !((src[e] == '.' || src[e] == '?' || src[e] == '!') && (e+1 == len(src) || src[e+1] == ' ' || src[e+1] == '\n' || src[e+1] == '"')) {
			e++
		}
		return src[s:e]
	}
	pieces := append([]string{".", "?", "!", "\n", "\"", " ", ". ", "!\"", "?\n", "U.S.", "Ms. Oster"}, textPieces...)
	r := rand.New(rand.NewSource(9))
	for n := 0; n < 3000; n++ {
		src := randomText(r, 1+r.Intn(200), pieces)
		for at := 0; at < len(src); at++ {
			if got, want := sentenceAround(src, at), ref(src, at); got != want {
				t.Fatalf("sentenceAround(%q, %d) = %q, want %q", src, at, got, want)
			}
		}
	}
}

func TestOtherSpaceFirst(t *testing.T) {
	// every space strings.Fields splits at but sentenceWords does not
	// starts with a byte otherSpaceFirst marks
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsSpace(r) || r == ' ' || r == '\n' || r == '\t' {
			continue
		}
		if b := utf8.AppendRune(nil, r); !otherSpaceFirst[b[0]] {
			t.Errorf("otherSpaceFirst does not mark %#x, the first byte of space %U", b[0], r)
		}
	}
}

func TestSentenceWordsAreFields(t *testing.T) {
	long := strings.Repeat("word ", sentenceWordCap)
	for _, s := range []string{
		"", " ", "Velland denied that account.", "  two\tspaces\nand  lines ", "a\rcarriage return",
		"a\u00a0non-breaking space", "“curly quotes” — and a dash", "an em\u2003space", "bad \xe2\x80 utf-8 \xc2",
		long, long + "more", "x\u3000y", "\u0085z",
	} {
		var arr [sentenceWordCap]string
		ws := sentenceWords(&arr, s)
		fields := len(ws) < len(arr) && !otherSpaceIn(s)
		if want := strings.Fields(s); fields && !slices.Equal(ws, want) {
			t.Errorf("sentenceWords(%q) = %q, fields, want %q", s, ws, want)
		}
		if fields != (len(strings.Fields(s)) < sentenceWordCap && !strings.ContainsAny(s, "\r\u00a0\u2003\u3000\u0085")) {
			t.Errorf("sentenceWords(%q): fields %v", s, fields)
		}
	}
}

func TestPartyHeadIsLoweredLookup(t *testing.T) {
	// partyHead's buffer and its ASCII fold hold for every key
	for k := range partyHeads {
		if len(k) > 16 || strings.ToLower(k) != k || strings.ContainsRune(k, 'k') || strings.IndexFunc(k, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 {
			t.Errorf("partyHeads key %q is not lower-case ASCII of at most 16 bytes without a k", k)
		}
	}
	for _, f := range []string{"Party", "PARTY", "Coalition", "Front", "Frontier", "Party's", "\u212Aeague", "Movements", "Pärty", "A"} {
		if got, want := partyHead(f), partyHeads[strings.ToLower(f)]; got != want {
			t.Errorf("partyHead(%q) = %v, want %v", f, got, want)
		}
	}
}

func TestContainsFoldNeedlesLowerASCII(t *testing.T) {
	// containsFold is indexFold, exact for a lower-case ASCII needle
	// only: every word leadNames and pendingMatter pass is one
	lower := func(w string) bool {
		return strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf || r >= 'A' && r <= 'Z' }) < 0
	}
	var ws []string
	for h, k := range kindHeads {
		ws = append(ws, h, k, "drone "+h, "knife "+h)
		for p := range projectiles {
			ws = append(ws, p+" "+h)
		}
	}
	for _, w := range append(ws, "not yet", "whether") {
		if !lower(w) {
			t.Errorf("containsFold needle %q is not lower-case ASCII", w)
		}
	}
	for _, tt := range []struct{ s, w string }{
		{"A Missile Attack on the port", "missile attack"}, {"CYBERATTACKS", "cyberattack"}, {"\u212Anife attack", "knife attack"},
		{"had not yet", "not yet"}, {"", ""}, {"x", ""}, {"ab", "abc"}, {"Whether", "whether"},
	} {
		want := false
		for i := 0; i+len(tt.w) <= len(tt.s); i++ {
			want = want || strings.EqualFold(tt.s[i:i+len(tt.w)], tt.w)
		}
		if got := containsFold(tt.s, tt.w); got != want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", tt.s, tt.w, got, want)
		}
	}
}
