package render

import (
	"bytes"
	"io"

	"github.com/contra-project/contra/graph"
)

// Pager writes a list that a query streams, a page at a time, with a
// renderer of whole lists (Options.Claims, Options.Contradictions, ...):
// the output is the document that renderer would write for the whole
// list, but only a page is held at once. JSON is one array, written
// element by element; CSV has one header; a table is aligned page by
// page, each page under its own header. Graph formats cannot be drawn a
// page at a time: they hold the list, up to MaxDrawn items.
type Pager[T any] struct {
	w      io.Writer
	f      Format
	render func(io.Writer, Format, []T) error
	size   int
	page   []T
	weight int // of the page held: see Weighed
	pages  int // pages written
	items  int // items written
}

// PageSize is how many items a Pager holds before writing them, counted
// by weight (Weighed).
const PageSize = 500

// Weighed is an item carrying others (a claim with its opponents): it
// counts as Weight items in a page, so that a page of them takes as long
// to write as any other, and an interrupt is answered between pages.
type Weighed interface{ Weight() int }

// MaxDrawn is the most items a graph format draws: a larger graph is
// unreadable and would be held whole. Ask for a page with --limit.
const MaxDrawn = 5000

// NewPager returns a Pager writing to w in format f through render.
func NewPager[T any](w io.Writer, f Format, render func(io.Writer, Format, []T) error) *Pager[T] {
	return &Pager[T]{w: w, f: f, render: render, size: PageSize}
}

// Add adds one item, writing the page when it is full.
func (p *Pager[T]) Add(x T) error {
	p.page = append(p.page, x)
	if w, ok := any(x).(Weighed); ok {
		p.weight += w.Weight()
	} else {
		p.weight++
	}
	if p.f.Graph() {
		if len(p.page) > MaxDrawn {
			return graph.Errorf(graph.EInvalid, "more than %d results cannot be drawn as %s; ask for a page with --limit", MaxDrawn, p.f)
		}
		return nil
	}
	if p.weight >= p.size {
		return p.flush()
	}
	return nil
}

// Close writes what is left and ends the document.
func (p *Pager[T]) Close() error {
	if p.f.Graph() {
		return p.render(p.w, p.f, p.page)
	}
	if len(p.page) > 0 || p.pages == 0 {
		if err := p.flush(); err != nil {
			return err
		}
	}
	if p.f == JSON && p.items > 0 {
		_, err := io.WriteString(p.w, "\n]\n")
		return err
	}
	return nil
}

// Written is how many items have been written.
func (p *Pager[T]) Written() int { return p.items + len(p.page) }

func (p *Pager[T]) flush() error {
	var b bytes.Buffer
	if err := p.render(&b, p.f, p.page); err != nil {
		return err
	}
	out := b.Bytes()
	first := p.pages == 0
	n := len(p.page)
	p.pages++
	p.items += n
	clear(p.page)
	p.page = p.page[:0]
	p.weight = 0
	switch p.f {
	case JSON:
		if n == 0 {
			if first {
				_, err := p.w.Write(out) // "[]"
				return err
			}
			return nil
		}
		// The renderer wrote "[\n" + elements + "\n]\n": keep the
		// elements, joined to the pages before.
		inner := bytes.TrimSuffix(bytes.TrimPrefix(out, []byte("[\n")), []byte("\n]\n"))
		if first {
			out = append([]byte("[\n"), inner...)
		} else {
			out = append([]byte(",\n"), inner...)
		}
	case CSV:
		if !first {
			// The header is the first line: the headers this package
			// writes hold no line breaks.
			if i := bytes.IndexByte(out, '\n'); i >= 0 {
				out = out[i+1:]
			}
		}
	case Table:
		if n == 0 && !first {
			return nil
		}
		if !first {
			out = append([]byte("\n"), out...)
		}
	}
	_, err := p.w.Write(out)
	return err
}
