package render

import (
	"strings"
	"unicode"
)

// SafeLine is contra's one way of making a string from the data safe to
// show on one line of a terminal (or in a graph label): invalid UTF-8
// becomes U+FFFD, control characters (newlines, tabs, ESC and so every
// terminal escape sequence, C1 controls, DEL) and line separators become
// spaces, bidi overrides that could reorder what is shown are dropped, and
// runs of space fold to one. Names, texts, outlets and file names come from
// files anybody can write: printed raw, "\x1b]0;…\a" retitles the window
// and "\x1b[2J" clears the screen.
func SafeLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case bidiControl(r):
			return -1
		case unicode.IsControl(r) || unicode.In(r, unicode.Zl, unicode.Zp):
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// SafeLines is SafeLine on each line of s: for messages that are several
// lines on purpose, such as joined errors.
func SafeLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = SafeLine(l)
	}
	return strings.Join(lines, "\n")
}

func bidiControl(r rune) bool {
	return r == '\u061c' || r == '\u200e' || r == '\u200f' ||
		(r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}
