package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// posError is a problem at a byte offset of a record, so that a record
// spanning lines (an array element, a CSV row) names the line it is on.
type posError struct {
	off int
	msg string
}

func (e *posError) Error() string { return e.msg }

// lineOf is the line, in a file, of byte off of a record starting on
// line first.
func lineOf(rec []byte, first, off int) int {
	return first + bytes.Count(rec[:min(off, len(rec))], []byte("\n"))
}

// checkUTF8 refuses invalid UTF-8, which encoding/json and the rest of
// contra would otherwise turn into U+FFFD without a word: stored text is
// what the file says, or nothing.
func checkUTF8(b []byte) error {
	if utf8.Valid(b) {
		return nil
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return &posError{i, fmt.Sprintf("invalid UTF-8 (byte 0x%02x at column %d): convert the file to UTF-8", b[i], i-bytes.LastIndexByte(b[:i], '\n'))}
		}
		i += n
	}
	return nil
}

// checkKeys walks a record that encoding/json accepted and refuses what it
// lets through silently: a key given twice in one object (the last would
// win; keys match as encoding/json matches them to fields, ignoring case)
// and a \u escape of half a surrogate pair (it would become U+FFFD).
//
// It runs on every record, so it allocates nothing but for keys written
// with escapes. Comparing each key with the object's earlier ones is
// quadratic only in the keys before the first duplicate, all of them
// distinct known fields: encoding/json refused the record otherwise.
func checkKeys(data []byte) error {
	type level struct {
		obj     bool
		wantKey bool
		first   int // index in keys of the object's first key
	}
	var levelBuf [8]level
	var keyBuf [32][]byte
	levels, keys := levelBuf[:0], keyBuf[:0]
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '{':
			levels = append(levels, level{obj: true, wantKey: true, first: len(keys)})
		case '[':
			levels = append(levels, level{first: len(keys)})
		case '}', ']':
			if n := len(levels); n > 0 {
				keys = keys[:levels[n-1].first]
				levels = levels[:n-1]
			}
		case ',':
			if n := len(levels); n > 0 && levels[n-1].obj {
				levels[n-1].wantKey = true
			}
		case '"':
			end, hasEscape, err := scanString(data, i)
			if err != nil {
				return err
			}
			if n := len(levels); n > 0 && levels[n-1].wantKey {
				levels[n-1].wantKey = false
				key := data[i+1 : end]
				if hasEscape {
					var k string
					if json.Unmarshal(data[i:end+1], &k) != nil {
						return nil // encoding/json accepted it; nothing to add
					}
					key = []byte(k)
				}
				for _, seen := range keys[levels[n-1].first:] {
					if bytes.EqualFold(seen, key) {
						return &posError{i, fmt.Sprintf("invalid record: key %s given twice", strconv.Quote(string(key)))}
					}
				}
				keys = append(keys, key)
			}
			i = end
		}
	}
	return nil
}

// scanString finds the closing quote of the string opening at data[i],
// checking its \u escapes pair up.
func scanString(data []byte, i int) (end int, hasEscape bool, err error) {
	for j := i + 1; j < len(data); j++ {
		// Most of a string is neither quote nor backslash.
		k := bytes.IndexAny(data[j:], `"\\`)
		if k < 0 {
			break
		}
		j += k
		switch data[j] {
		case '"':
			return j, hasEscape, nil
		case '\\':
			hasEscape = true
			if j+1 < len(data) && data[j+1] == 'u' {
				r := hex4(data, j+2)
				switch {
				case utf16.IsSurrogate(r) && r < 0xdc00: // high half: a low one must follow
					if j+7 < len(data) && data[j+6] == '\\' && data[j+7] == 'u' {
						if lo := hex4(data, j+8); lo >= 0xdc00 && lo <= 0xdfff {
							j += 6
							break
						}
					}
					return 0, false, &posError{j, fmt.Sprintf(`invalid record: \u%04x is half a UTF-16 surrogate pair`, r)}
				case utf16.IsSurrogate(r):
					return 0, false, &posError{j, fmt.Sprintf(`invalid record: \u%04x is half a UTF-16 surrogate pair`, r)}
				}
			}
			j++
		}
	}
	return len(data), hasEscape, nil
}

// hex4 reads the four hex digits at data[i:], -1 if there are none.
func hex4(data []byte, i int) rune {
	if i+4 > len(data) {
		return -1
	}
	var r rune
	for _, c := range data[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return -1
		}
	}
	return r
}

// arrayReader splits a JSON array, as it streams in, into its elements,
// holding one element at a time (at most max bytes of it) and counting
// lines as it goes: what the file costs is its largest record, whatever
// the white space between records. encoding/json's Decoder reads a whole
// element before it returns it, and turning its offsets into lines meant
// remembering where every line started: 3 GB for 100 MB of newlines.
type arrayReader struct {
	br   *bufio.Reader
	max  int
	line int  // line of the next byte
	done bool // the closing bracket was read
}

// errArray is malformed array structure: reading cannot go on.
type errArray struct {
	line int
	msg  string
}

func (e *errArray) Error() string { return e.msg }

// open reads up to and including the opening bracket.
func (a *arrayReader) open() error {
	c, err := a.skipSpace()
	if err != nil {
		return a.eof(err)
	}
	if c != '[' {
		return &errArray{a.line, fmt.Sprintf("invalid JSON: want an array, found %q", c)}
	}
	return nil
}

// next returns the next element and the line it starts on; tooLong when
// it was longer than max (and was skipped, not held); io.EOF after the
// closing bracket and nothing but white space after it.
func (a *arrayReader) next(first bool) (elem []byte, line int, tooLong bool, err error) {
	c, err := a.skipSpace()
	if err != nil {
		return nil, 0, false, a.eof(err)
	}
	if a.done {
		return nil, 0, false, &errArray{a.line, fmt.Sprintf("invalid JSON: %q after the end of the array", c)}
	}
	if !first {
		switch c {
		case ']':
			a.done = true
			return a.trailer()
		case ',':
		default:
			return nil, 0, false, &errArray{a.line, fmt.Sprintf("invalid JSON: want , or ] after an array element, found %q", c)}
		}
		if c, err = a.skipSpace(); err != nil {
			return nil, 0, false, a.eof(err)
		}
		if c == ']' {
			return nil, 0, false, &errArray{a.line, "invalid JSON: a comma before ]"}
		}
	} else if c == ']' {
		a.done = true
		return a.trailer()
	}
	line = a.line
	size, depth, inString, escaped := 0, 0, false, false
	keep := func(b byte) {
		size++
		if size > a.max {
			tooLong, elem = true, nil
		} else {
			elem = append(elem, b)
		}
	}
	for {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth < 0 { // the array's own ]: a scalar element ended
				return elem, line, tooLong, a.br.UnreadByte()
			}
		case depth == 0 && (c == ',' || isSpace(c)):
			return elem, line, tooLong, a.br.UnreadByte()
		}
		if c == '\n' {
			a.line++
		}
		keep(c)
		if depth == 0 && !inString && size > 0 && (c == '}' || c == ']') {
			return elem, line, tooLong, nil
		}
		if c, err = a.br.ReadByte(); err != nil {
			return nil, 0, false, a.eof(err)
		}
	}
}

// trailer checks that only white space follows the array.
func (a *arrayReader) trailer() ([]byte, int, bool, error) {
	c, err := a.skipSpace()
	if err == io.EOF {
		return nil, 0, false, io.EOF
	}
	if err != nil {
		return nil, 0, false, err
	}
	return nil, 0, false, &errArray{a.line, fmt.Sprintf("invalid JSON: %q after the end of the array", c)}
}

// skipSpace returns the next byte that is not white space.
func (a *arrayReader) skipSpace() (byte, error) {
	for {
		c, err := a.br.ReadByte()
		if err != nil {
			return 0, err
		}
		if c == '\n' {
			a.line++
		}
		if !isSpace(c) {
			return c, nil
		}
	}
}

// eof turns an end of input inside the array into a problem; other read
// errors (a cancelled load, a file over its limit) pass through.
func (a *arrayReader) eof(err error) error {
	if errors.Is(err, io.EOF) {
		return &errArray{a.line, "invalid JSON: unexpected end of input (the array is not closed)"}
	}
	return err
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
