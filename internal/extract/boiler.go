package extract

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerCues mark a paragraph as site chrome rather than article text:
// ad and paywall notices, donation appeals, share and subscribe prompts,
// credit lines. Matching is on lower-cased text. Each cue is specific
// enough that a news sentence is very unlikely to contain it.
var boilerCues = [][]byte{
	[]byte("ad-free"), []byte("disabled all ads"),
	[]byte("support our journalism"), []byte("support independent"), []byte("independent journalism"),
	[]byte("please donate"), []byte("donate now"), []byte("make a donation"), []byte("one-time donation"),
	[]byte("subscribe to"), []byte("subscribe now"), []byte("subscribe for"), []byte("newsletter"),
	[]byte("sign up for"), []byte("read more"), []byte("read also"), []byte("see also:"),
	[]byte("related articles"), []byte("related stories"), []byte("click here"), []byte("cookies"),
	[]byte("all rights reserved"), []byte("share this"), []byte("follow us"),
	[]byte("short link"), []byte("remind me later"), []byte("we need your help"), []byte("small favor to ask"),
	[]byte("small favour to ask"), []byte("not ready to support"), []byte("payment methods"),
	[]byte("contributed reporting"), []byte("contributed to this report"),
	[]byte("accessibility links"), []byte("skip to content"),
	[]byte("no media source currently available"), []byte("terms of use"), []byte("privacy policy"),
	[]byte("thank you for reading"), []byte("become a member"), []byte("become a patron"),
	[]byte("this commitment costs us"), []byte("log in to"), []byte("sign in to"), []byte("download our app"),
	[]byte("join our telegram"), []byte("follow our"), []byte("copyright ©"), []byte("© 20"),
	[]byte("whatsapp channel"), []byte("recommended stories"), []byte("turn off your ad blocker"), []byte("ad blocker"),
}

// creditLineCues open a wire service's credit line ("Reporting by Jo
// Roe; Editing by Ann Lee", "(Additional reporting by …)"). News prose
// uses the same words ("requested in writing by the manager", "after
// reporting by the Herald"): they mark chrome only where a credit line
// puts them (creditLine).
var creditLineCues = []string{"editing by", "reporting by", "writing by"}

// quotableCues are boilerCues a speaker may say too ("the families
// there support us"): they mark chrome only in a paragraph that quotes
// nobody.
var quotableCues = [][]byte{
	[]byte("support us"), []byte("your support"),
	// a reader appeal in a publication's own voice ("… is funded by
	// readers. If you can, please support our work"), which a speaker's
	// words may hold as well ("donors who support our work have walked
	// away")
	[]byte("support our work"), []byte("consider supporting us"),
}

// captionWords suggest a paragraph describes a picture or video.
var captionWords = [][]byte{
	[]byte("photo"), []byte("image"), []byte("picture"), []byte("pictured"), []byte("screenshot"),
	[]byte("courtesy of"), []byte("handout"), []byte("footage"), []byte("illustration"),
}

// creditWords end a caption: agencies and photo credits.
var creditWords = map[string]bool{
	"afp": true, "reuters": true, "ap": true, "epa": true, "getty": true, "images": true,
	"tass": true, "sputnik": true, "shutterstock": true, "anadolu": true, "efe": true,
	"xinhua": true, "ria": true, "novosti": true, "pool": true, "handout": true, "imago": true,
	"dpa": true, "ani": true, "pti": true, "photo": true, "file": true, "unsplash": true,
}

// foldSet finds any of a set of lower-case ASCII phrases in a text in
// one pass, ignoring ASCII case: phrases are indexed by their first byte
// and tried only where a word starts. Each phrase carries a tag.
//
// Classifying paragraphs visits every word of every article, so a
// bitmap keyed by a hash of the phrases' first four bytes rejects almost
// every word start before any candidate is compared.
type foldSet struct {
	byFirst [256][]taggedPhrase
	heads   [1 << 16 / 64]uint64 // bit headHash(p): some phrase may start with these four bytes
}

type taggedPhrase struct {
	p   []byte
	tag uint8
}

const (
	tagBoiler uint8 = 1 << iota
	tagCaption
	tagCredit
	tagQuotable
	tagCreditLine
	tagAd
)

// headHash hashes the first four bytes of b, with bit 0x20 set in each
// so that ASCII letters hash the same in either case. It is a filter:
// lowerByte(t) == p implies t|0x20 == p|0x20 for a lower-case phrase
// byte p, so a text that starts with a phrase hashes as the phrase does.
func headHash(b []byte) uint32 {
	return hashHead(binary.LittleEndian.Uint32(b))
}

// hashHead is headHash of the four bytes x holds, little-endian.
func hashHead(x uint32) uint32 {
	return (x | 0x20202020) * 0x9E3779B1 >> 16
}

// add adds lower-case phrases of at least four bytes (the head hash
// reads four), not starting with a space (scan skips spaces), with tag.
func (s *foldSet) add(tag uint8, phrases [][]byte) *foldSet {
	for _, p := range phrases {
		if len(p) < 4 || p[0] == ' ' {
			panic("foldSet: phrase shorter than four bytes or starting with a space: " + string(p))
		}
		s.byFirst[p[0]] = append(s.byFirst[p[0]], taggedPhrase{p, tag})
		h := headHash(p)
		s.heads[h>>6] |= 1 << (h & 63)
	}
	return s
}

// wordByte marks ASCII letters and digits.
var wordByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isWordByte(byte(c))
	}
	return t
}()

// scan returns the tags of the phrases b contains at word starts,
// stopping early at the first tag in stop.
func (s *foldSet) scan(b []byte, stop uint8) uint8 {
	var tags uint8
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == ' ' {
			continue // starts no phrase (add checks) and no word
		}
		if i+8 <= len(b) {
			// as below, with one load for the head hash and, at a word,
			// the word's end, which is among the eight bytes mostly
			// (the loop is written out: with a call in it, the loop
			// keeps its state on the stack)
			x := binary.LittleEndian.Uint64(b[i : i+8])
			if h := hashHead(uint32(x)); s.heads[h>>6]&(1<<(h&63)) != 0 {
				for _, p := range s.byFirst[lowerByte(c)] {
					if tags&p.tag == 0 && hasPrefixFold(b[i:], p.p) {
						tags |= p.tag
						if tags&stop != 0 {
							return tags
						}
					}
				}
			}
			if wordByte[c] {
				if m := nonWordBytes(x); m != 0 {
					i += bits.TrailingZeros64(m)>>3 - 1 // the word's last byte
					continue
				}
				// a longer word: its end eight bytes at a time too
				i += 7
				for i+9 <= len(b) {
					if m := nonWordBytes(binary.LittleEndian.Uint64(b[i+1 : i+9])); m != 0 {
						i += bits.TrailingZeros64(m) >> 3
						break
					}
					i += 8
				}
				for i+1 < len(b) && wordByte[b[i+1]] {
					i++
				}
			}
			continue
		}
		if i+4 <= len(b) {
			if h := headHash(b[i:]); s.heads[h>>6]&(1<<(h&63)) != 0 {
				for _, p := range s.byFirst[lowerByte(c)] {
					if tags&p.tag == 0 && hasPrefixFold(b[i:], p.p) {
						tags |= p.tag
						if tags&stop != 0 {
							return tags
						}
					}
				}
			}
		}
		if wordByte[c] {
			for i+1 < len(b) && wordByte[b[i+1]] {
				i++
			}
		}
	}
	return tags
}

var paraCues = (&foldSet{}).add(tagBoiler, boilerCues).add(tagQuotable, quotableCues).add(tagCaption, captionWords).
	add(tagCredit, [][]byte{[]byte("photo:"), []byte("credit:"), []byte("photo by"), []byte("(photo")}).
	add(tagCreditLine, [][]byte{[]byte(creditLineCues[0]), []byte(creditLineCues[1]), []byte(creditLineCues[2])}).
	add(tagAd, [][]byte{[]byte("advertisement")})

// creditLine reports whether a credit line's cue in b stands where a
// credit line puts it: at the paragraph's start, after a mark other
// than a comma ("(", ";", "|", a dash), or after "additional" or "and"
// ("Reporting by A and writing by B"); after any other word it is prose.
func creditLine(b []byte) bool {
	for _, c := range creditLineCues {
		for i := range foldHits(b, c) {
			k := i
			for k > 0 && b[k-1] == ' ' {
				k--
			}
			if k == 0 || !wordByte[b[k-1]] && b[k-1] != ',' {
				return true
			}
			w := k
			for w > 0 && wordByte[b[w-1]] {
				w--
			}
			if p := b[w:k]; w < k && (equalFold(p, "additional") || equalFold(p, "and")) {
				return true
			}
		}
	}
	return false
}

// lowerByte folds ASCII upper case.
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether b starts with the lower-case needle,
// ignoring ASCII case; text and needle are each a string or bytes (the
// phrase tables', indexFold's word, a word of a sentence).
func hasPrefixFold[B, N string | []byte](b B, needle N) bool {
	if len(b) < len(needle) {
		return false
	}
	for i := 0; i < len(needle); i++ {
		if lowerByte(b[i]) != needle[i] {
			return false
		}
	}
	return true
}

// equalFold reports whether b is the lower-case needle, ignoring ASCII
// case: hasPrefixFold of as many bytes. Unlike strings.EqualFold it folds
// no other letters, which no word list here holds.
func equalFold[B, N string | []byte](b B, needle N) bool {
	return len(b) == len(needle) && hasPrefixFold(b, needle)
}

// classify classes a non-empty paragraph of the view.
func classify(b []byte) paraKind {
	tags := paraCues.scan(b, tagBoiler)
	if tags&tagBoiler != 0 && (quotes(b) || bytes.Contains(b, []byte("''"))) {
		// a cue someone says is their words, not the page's chrome:
		// "''Follow us,'' the guide said", "the rest of the world would
		// not follow us"; only the cues outside quotation marks count
		tags = tags&^tagBoiler | paraCues.scan(unquoted(b), tagBoiler)&tagBoiler
	}
	if tags&tagBoiler != 0 || tags&tagQuotable != 0 && !quotes(b) && !reportsSpeech(b) || tags&tagCreditLine != 0 && creditLine(b) || tags&tagAd != 0 && adLine(b) || furnitureLabel(b) {
		return paraBoiler
	}
	if tags&tagCaption != 0 && isCaption(b, tags) {
		return paraCaption
	}
	ends := endsSentence(b)
	if ends && (len(b) > 300 || lowerWords(b, 2)) {
		return paraProse // long, or sentence case: not a headline
	}
	if !ends && len(b) > 0 && b[len(b)-1] == ':' && colonFrameLine(b) {
		// "In a speech in May, Marek said:": a frame whose words are the
		// paragraph below it, not a heading ("Key points:", "Transcript
		// as follows:")
		return paraProse
	}
	if bulleted(b) && (lowerWords(b, 1) || lowerCount(b) >= 3) {
		// "- Vostgaz says the blast was sabotage", "- The dam will hold,
		// Marek says": a point in a list, in sentence case
		return paraProse
	}
	words, caps := titleCase(b)
	switch {
	case !ends && (words <= 6 || caps*10 >= words*6):
		return paraHeading
	case ends && words >= 3 && words <= 20 && caps*10 >= words*8 && !startsWithQuote(b) && (b[len(b)-1] == '?' || b[len(b)-1] == '!' || caps == words && words >= 6):
		// a title-case line ending in "?" or "!" is a headline; one ending
		// in "." only when every word is capitalised
		return paraHeading
	}
	return paraProse
}

// adLine reports whether the paragraph b, which holds "advertisement",
// is the page's ad marker: it opens with the word ("Advertisement",
// "ADVERTISEMENT - scroll to continue", "Advertisement: Book your …") or
// is a short line around it ("Story continues below advertisement").
// Prose names an advertisement too ("the city objected to the
// campaign advertisement"), and is the article's.
func adLine(b []byte) bool {
	t := bytes.TrimLeft(b, " \t-*#>|")
	return hasPrefixFold(t, "advertisement") || len(bytes.Fields(b)) <= 6
}

// furnitureLabel reports whether b opens with the label of a page's
// furniture: a link to another story or a player or picture set into the
// article ("Related: Ferry fares to rise in the spring", "Watch:
// …", "Video caption: …"). The line is a headline or a caption, not the
// words of whoever it names.
func furnitureLabel(b []byte) bool {
	// the label is one or two short words and its colon: a paragraph
	// with no colon in its first 20 bytes (nearly all) is read no further
	c := bytes.IndexByte(b[:min(len(b), 20)], ':')
	if c < 4 {
		return false
	}
	switch lowerASCII(b[:c]) {
	case "related", "watch", "video", "listen", "pictured", "photos", "gallery", "explainer",
		"video caption", "image caption", "media caption", "photo caption", "caption",
		"also read", "read", "more", "see", "related story", "related stories", "related coverage",
		"watch live", "live updates",
		// an advertiser's line: "Sponsored: Korvel Insurance — get a
		// quote", "Paid content: …"; the firm it names is no party
		// to the story, and neither speaks nor is "the company" later
		"sponsored", "sponsored content", "paid content", "paid post", "promoted",
		"partner content", "advertiser content",
		// a page's stamps and notices: "Published: 14 May, 18:42",
		// "Last updated: …", "Our Standards: The … Trust Principles",
		// "Donate: … is reader-funded"; a capitalised first word after
		// the colon otherwise reads as a speaker's line ("Holm: …")
		"published", "first published", "updated", "last updated", "our standards", "standards", "donate":
		return true
	}
	return false
}

// unquoted is a copy of b with what double quotation marks enclose
// blanked: straight ("), curly (“ ”) and typewriter (”) marks, the
// straight ones paired in order.
func unquoted(b []byte) []byte {
	out := make([]byte, len(b))
	in := false
	for i := 0; i < len(b); i++ {
		n, mark := 1, false
		switch {
		case b[i] == '"':
			mark, in = true, !in
		case b[i] == '\'' && i+1 < len(b) && b[i+1] == '\'':
			n, mark, in = 2, true, !in
		case bytes.HasPrefix(b[i:], []byte("“")):
			n, mark, in = len("“"), true, true
		case bytes.HasPrefix(b[i:], []byte("”")):
			n, mark, in = len("”"), true, false
		}
		for k := i; k < i+n; k++ {
			out[k] = b[k]
			if mark || in {
				out[k] = ' '
			}
		}
		i += n - 1
	}
	return out
}

// reportsSpeech reports whether b tells of someone saying something by a
// reporting verb as a whole word ("Please support our work, the
// library's director, Lena Kovach, told the council"): the words of a
// quotable cue are then a speaker's reported without quotation marks,
// not the page's appeal, which no one is said to say.
func reportsSpeech(b []byte) bool {
	for _, v := range speechVerbCues {
		for i := range foldHits(b, v) {
			if e := i + len(v); i > 0 && b[i-1] == ' ' && (e == len(b) || !wordByte[b[e]]) {
				return true
			}
		}
	}
	return false
}

var speechVerbCues = []string{"said", "says", "told", "tells", "added", "urged", "urges", "asked", "wrote"}

// quotes reports whether b holds a double quotation mark.
func quotes(b []byte) bool {
	return bytes.IndexByte(b, '"') >= 0 || bytes.Contains(b, []byte("“")) || bytes.Contains(b, []byte("”"))
}

// bulleted reports whether a line starts with a list bullet and a
// space: "- ", "* ", "• ".
func bulleted(b []byte) bool {
	return len(b) > 2 && (b[0] == '-' || b[0] == '*') && b[1] == ' ' || bytes.HasPrefix(b, []byte("• "))
}

// isCaption: a short paragraph naming a picture that ends with, or
// carries, a photo credit.
func isCaption(b []byte, tags uint8) bool {
	if len(b) > 400 {
		return false // captions are short
	}
	if tags&tagCredit != 0 {
		return true
	}
	if hasPrefixFold(b, []byte("this handout")) || hasPrefixFold(b, []byte("a handout")) {
		return true
	}
	// last word is a credit
	end := len(b)
	for end > 0 && !isWordByte(b[end-1]) {
		end--
	}
	start := end
	for start > 0 && isWordByte(b[start-1]) {
		start--
	}
	return creditWords[strings.ToLower(string(b[start:end]))]
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// titleCase counts the words of b that carry letters (small words aside)
// and how many of them start with a capital.
//
// Every short line that does not end a sentence is read here (headlines,
// "More on this story"), so ASCII bytes are classed by their value and
// only other bytes are decoded as runes: the same classes, without a
// decoding and three calls per byte.
func titleCase(b []byte) (words, caps int) {
	i := 0
	for i < len(b) {
		for i < len(b) {
			if c := b[i]; c < utf8.RuneSelf {
				if wordByte[c] { // isLetterRune or unicode.IsDigit
					break
				}
				i++
				continue
			}
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
		// eight bytes at a time to the first that may be a space: one
		// below '!' or from 0x80 (the lowest such byte is found exactly;
		// the loop below classes it)
		for i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			if m := (x - 0x21*bytes01 | x) & bytes80; m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
			i += 8
		}
		for i < len(b) {
			if c := b[i]; c < utf8.RuneSelf {
				if c == ' ' || c >= '\t' && c <= '\r' { // isSpaceRune
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRune(b[i:])
			if isSpaceRune(r) {
				break
			}
			i += n
		}
		w := b[start:i]
		if c := w[0]; c < utf8.RuneSelf {
			// an ASCII first letter (nearly every word), classed by
			// asciiLetter as isLetterRune and isUpperRune would
			if asciiLetter[c] == 0 || isSmallWord(w) {
				continue
			}
			words++
			if asciiLetter[c] == letterUpper {
				caps++
			}
			continue
		}
		r, _ := utf8.DecodeRune(w)
		if !isLetterRune(r) {
			continue
		}
		if isSmallWord(w) {
			continue
		}
		words++
		if isUpperRune(r) {
			caps++
		}
	}
	return words, caps
}

// colonFrameLine reports whether line b, which ends with a colon, holds
// a reporting verb's past or present form in lower case: "Marek
// continued:", "In a 1963 speech, she declared:", "Jones writes:".
func colonFrameLine(b []byte) bool {
	for _, w := range bytes.Fields(b) {
		w = bytes.TrimRight(w, ":,")
		if len(w) < 4 || len(w) > 12 || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		switch string(w) {
		case "said", "says", "told", "tells", "wrote", "writes":
		default:
			if !bytes.HasSuffix(w, []byte("ed")) {
				continue
			}
		}
		if vi, ok := speechVerbs[string(w)]; ok && (vi.class == vSay || vi.class == vTell) {
			return true
		}
	}
	return false
}

// lowerCount counts the words of b that start in lower case.
func lowerCount(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i] >= 'a' && b[i] <= 'z' && (i == 0 || b[i-1] == ' ') {
			n++
		}
	}
	return n
}

// lowerWords reports whether b has at least n words of more than five
// letters that start in lower case (small words never do).
func lowerWords(b []byte, n int) bool {
	count, run, lower := 0, 0, false
	for i := 0; i < len(b); i++ {
		// one table load per byte rather than four range tests: every
		// short paragraph that ends a sentence is read here
		if c := asciiLetter[b[i]]; c != 0 {
			if run == 0 {
				lower = c == letterLower
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
	return run > 5 && lower && count+1 >= n
}

// asciiLetter classes the bytes that are ASCII letters by case (0: not
// one), for lowerWords.
var asciiLetter = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = letterLower, letterUpper
	}
	return t
}()

const (
	letterUpper = 1
	letterLower = 2
)

// isSmallWord reports whether w (with trailing punctuation), in any
// case, is one of the words left lower case in title-case headlines.
// titleCase asks it of every word of every short paragraph: a switch on
// the lower-cased word, held in an array, costs no hashing of it, as a
// map's probe did (a third of titleCase's instructions).
func isSmallWord(w []byte) bool {
	n := len(w)
	for n > 0 && !isWordByte(w[n-1]) {
		n--
	}
	if n == 0 || n > 5 {
		return false
	}
	var buf [5]byte
	for i := range n {
		buf[i] = lowerByte(w[i])
	}
	switch string(buf[:n]) {
	case "a", "an", "the", "of", "in", "on", "at",
		"to", "for", "and", "or", "but", "by", "with",
		"from", "as", "is", "vs", "via", "that", "its",
		"up", "into", "amid", "over", "after", "than":
		return true
	}
	return false
}

func startsWithQuote(b []byte) bool {
	if len(b) > 1 && (b[0] == '\'' || b[0] == '`') && b[1] == b[0] {
		return true // typewriter-style double quotation mark
	}
	r, _ := utf8.DecodeRune(b)
	return isDoubleQuote(r)
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xA0, 0x2009, 0x200A, 0x202F, 0x2007, 0x3000, 0xFEFF:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

func isLetterRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isUpperRune(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isLowerRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isDoubleQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '″', '‟':
		return true
	}
	return false
}
