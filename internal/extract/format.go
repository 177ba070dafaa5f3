package extract

import (
	"path/filepath"
	"strings"
)

// Format is how an article's bytes are marked up.
type Format int

// Formats.
const (
	Text     Format = iota // plain text, one paragraph per line or per blank-line block
	Markdown               // CommonMark-ish: markup is blanked, offsets kept
	HTML                   // tags, scripts and styles stripped, entities decoded
)

// String returns the format's name.
func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	}
	return "unknown"
}

// FormatOf returns the format of a file by its extension (.txt, .md,
// .markdown, .html, .htm, any case) and false for any other name.
func FormatOf(name string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return Text, true
	case ".md", ".markdown":
		return Markdown, true
	case ".html", ".htm", ".xhtml":
		return HTML, true
	}
	return Text, false
}
