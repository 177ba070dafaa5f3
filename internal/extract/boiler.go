package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// boilerCues mark a paragraph as site chrome rather than article text:
// ad and paywall notices, donation appeals, share and subscribe prompts,
// credit lines. Matching is on lower-cased text. Each cue is specific
// enough that a news sentence is very unlikely to contain it.
var boilerCues = [][]byte{
	[]byte("ad-free"), []byte("disabled all ads"), []byte("support us"), []byte("your support"),
	[]byte("support our journalism"), []byte("support independent"), []byte("independent journalism"),
	[]byte("please donate"), []byte("donate now"), []byte("make a donation"), []byte("one-time donation"),
	[]byte("subscribe to"), []byte("subscribe now"), []byte("subscribe for"), []byte("newsletter"),
	[]byte("sign up for"), []byte("read more"), []byte("read also"), []byte("see also:"),
	[]byte("related articles"), []byte("related stories"), []byte("click here"), []byte("cookies"),
	[]byte("all rights reserved"), []byte("share this"), []byte("follow us"), []byte("advertisement"),
	[]byte("short link"), []byte("remind me later"), []byte("we need your help"), []byte("small favor to ask"),
	[]byte("small favour to ask"), []byte("not ready to support"), []byte("payment methods"),
	[]byte("contributed reporting"), []byte("contributed to this report"), []byte("editing by"),
	[]byte("reporting by"), []byte("writing by"), []byte("accessibility links"), []byte("skip to content"),
	[]byte("no media source currently available"), []byte("terms of use"), []byte("privacy policy"),
	[]byte("thank you for reading"), []byte("become a member"), []byte("become a patron"),
	[]byte("this commitment costs us"), []byte("log in to"), []byte("sign in to"), []byte("download our app"),
	[]byte("join our telegram"), []byte("follow our"), []byte("copyright ©"), []byte("© 20"),
	[]byte("whatsapp channel"), []byte("turn off your ad blocker"), []byte("ad blocker"),
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

// smallWords are left lower case in title-case headlines.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "and": true, "or": true, "but": true, "by": true, "with": true,
	"from": true, "as": true, "is": true, "vs": true, "via": true, "that": true, "its": true,
	"up": true, "into": true, "amid": true, "over": true, "after": true, "than": true,
}

// classify classes a non-empty paragraph of the view.
func classify(b []byte) paraKind {
	low := bytes.ToLower(b)
	for _, cue := range boilerCues {
		if bytes.Contains(low, cue) {
			return paraBoiler
		}
	}
	if isCaption(low) {
		return paraCaption
	}
	words, caps := titleCase(b)
	ends := endsSentence(b)
	switch {
	case !ends && (words <= 12 || caps*10 >= words*6):
		return paraHeading
	case ends && words >= 3 && words <= 20 && caps*10 >= words*8 && !startsWithQuote(b):
		return paraHeading
	}
	return paraProse
}

func isCaption(low []byte) bool {
	hit := false
	for _, w := range captionWords {
		if bytes.Contains(low, w) {
			hit = true
			break
		}
	}
	if !hit {
		return false
	}
	if bytes.Contains(low, []byte("photo:")) || bytes.Contains(low, []byte("credit:")) ||
		bytes.Contains(low, []byte("photo by")) || bytes.Contains(low, []byte("(photo")) ||
		bytes.HasPrefix(low, []byte("this handout")) || bytes.HasPrefix(low, []byte("a handout")) {
		return true
	}
	// last word is a credit
	end := len(low)
	for end > 0 && !isWordByte(low[end-1]) {
		end--
	}
	start := end
	for start > 0 && isWordByte(low[start-1]) {
		start--
	}
	return creditWords[string(low[start:end])]
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// titleCase counts the words of b that carry letters (small words aside)
// and how many of them start with a capital.
func titleCase(b []byte) (words, caps int) {
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
		if !isLetterRune(r) {
			continue
		}
		if smallWords[string(bytes.ToLower(bytes.TrimRight(w, ",.:;!?\"'’”)")))] {
			continue
		}
		words++
		if isUpperRune(r) {
			caps++
		}
	}
	return words, caps
}

func startsWithQuote(b []byte) bool {
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
