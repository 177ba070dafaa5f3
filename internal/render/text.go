package render

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/contra-project/contra/graph"
)

// oneLine makes s safe to show on one line of a terminal or a graph
// label (SafeLine).
func oneLine(s string) string { return SafeLine(s) }

// cut shortens s to at most n characters, ending it with "…" when it was
// longer; n < 1 means no limit.
func cut(s string, n int) string {
	if n < 1 || utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return strings.TrimRight(string(rs[:n-1]), " ") + "…"
}

// show is oneLine then cut: what a table cell or a label shows.
func show(s string, n int) string { return cut(oneLine(s), n) }

// orDash shows "-" for an empty cell so that columns stay readable.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// speakerSide is "Speaker (Side)", or the speaker alone when the side is
// unknown.
func speakerSide(c *graph.Claim, n int) string {
	s := show(c.Speaker, n)
	if c.Side != "" {
		s += " (" + show(c.Side, n) + ")"
	}
	return orDash(s)
}

// source names where a claim was read: outlet and document file name
// when known, else the URL's host, else the document id.
func source(c *graph.Claim, n int) string {
	var parts []string
	if d := c.Document; d != nil {
		if d.Outlet != "" {
			parts = append(parts, show(d.Outlet, n))
		}
		switch {
		case d.Name != "":
			parts = append(parts, show(d.Name, n))
		case d.Outlet == "" && d.URL != "":
			parts = append(parts, show(urlHost(d.URL), n))
		}
	}
	if len(parts) == 0 {
		return orDash(show(c.DocID, n))
	}
	return strings.Join(parts, " / ")
}

func urlHost(s string) string {
	if u, err := url.Parse(strings.TrimSpace(s)); err == nil && u.Host != "" {
		return u.Host
	}
	return s
}

// span is a claim's evidence offsets, "start-end", or "-".
func span(e *graph.Span) string {
	if e == nil {
		return "-"
	}
	return fmt.Sprintf("%d-%d", e.Start, e.End)
}
