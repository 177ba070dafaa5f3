package render

import (
	"bytes"
	"strings"

	"github.com/mattn/go-runewidth"
)

// colKind says how a table column gives way when a table is fitted to a
// terminal.
type colKind int

const (
	fixedCol colKind = iota // never cut: dates, counts, polarity, markers
	nameCol                 // cut after the text columns: names, sources
	textCol                 // cut first: quotes, aliases, free values
)

// column is a table column: its header, how it is cut, whether it is one
// of the columns a terminal shows only with Options.Wide (ids, byte
// spans), and, for a column a narrow terminal may leave out, its rank
// (the highest is left out first; 0: always shown).
type column struct {
	head string
	kind colKind
	wide bool
	drop int
}

// fixed, name, text and wideCol make columns; optional ranks one that a
// narrow terminal may leave out.
func fixed(head string) column   { return column{head: head, kind: fixedCol} }
func name(head string) column    { return column{head: head, kind: nameCol} }
func text(head string) column    { return column{head: head, kind: textCol} }
func wideCol(head string) column { return column{head: head, kind: fixedCol, wide: true} }

func (c column) optional(rank int) column {
	c.drop = rank
	return c
}

// table lays out rows of one-line cells (oneLine: no cell can add a
// column or a row) in columns two spaces apart, measured in terminal
// cells (a CJK character takes two, a combining mark none).
//
// How it is laid out depends on the Options:
//   - Terminal > 0 (a terminal of that many columns) and not Wide: the
//     wide-only columns are left out and the table is fitted to the
//     terminal (see fit); the callers leave cells whole (Options.textCap,
//     nameCap) and the table cuts them with "…".
//   - Wide: every column, every cell whole.
//   - neither (output to a file or a pipe): every column, cells as the
//     callers cut them (Options.Width, nameWidth).
type table struct {
	o    Options
	cols []column
	rows [][]string
}

func newTable(o Options, cols ...column) *table { return &table{o: o, cols: cols} }

// row adds a row; cells must be one line each, one per column.
func (t *table) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) cell(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

// write lays the table out into b.
func (t *table) write(b *bytes.Buffer) error {
	fitted := t.o.Terminal > 0 && !t.o.Wide
	var show []int // the columns shown
	for i, c := range t.cols {
		if !c.wide || !fitted {
			show = append(show, i)
		}
	}
	natural := make([]int, len(t.cols))
	for i, c := range t.cols {
		natural[i] = runewidth.StringWidth(c.head)
		for _, r := range t.rows {
			natural[i] = max(natural[i], runewidth.StringWidth(t.cell(r, i)))
		}
	}
	widths := make(map[int]int, len(show))
	for _, i := range show {
		widths[i] = natural[i]
	}
	if fitted {
		show, widths = t.fit(show, natural)
	}
	line := func(cells func(i int) string) {
		var l strings.Builder
		for j, i := range show {
			s := cells(i)
			if runewidth.StringWidth(s) > widths[i] {
				s = runewidth.Truncate(s, widths[i], "…")
			}
			l.WriteString(s)
			if j < len(show)-1 {
				l.WriteString(strings.Repeat(" ", widths[i]-runewidth.StringWidth(s)+2))
			}
		}
		b.WriteString(strings.TrimRight(l.String(), " ") + "\n")
	}
	headed := false
	for _, c := range t.cols {
		headed = headed || c.head != ""
	}
	if headed {
		line(func(i int) string { return t.cols[i].head })
	}
	for _, r := range t.rows {
		line(func(i int) string { return t.cell(r, i) })
	}
	return nil
}

// fitSteps are the widths columns are cut to, in turn, until a table
// fits: text to 40, names to 16, text to 24, names to 10. Past them, the
// optional columns are left out one by one (and the steps tried again);
// then text goes down to 12 and names to 8.
var fitSteps = []fitStep{{textCol, 40, false}, {nameCol, 16, false}, {textCol, 24, false}, {nameCol, 10, false}}

// lastSteps are the steps of a table that still does not fit: headers
// may be cut too.
var lastSteps = append(fitSteps[:len(fitSteps):len(fitSteps)], fitStep{textCol, 12, true}, fitStep{nameCol, 8, true})

// fitStep cuts the columns of a kind down to a width, and below their
// headers' when heads says so.
type fitStep struct {
	kind  colKind
	to    int
	heads bool
}

// fit chooses the columns shown and their widths so that a line fits in
// the terminal's width less one column (a line that fills the last
// column wraps on some terminals). A column is never cut below its header. Fixed columns
// keep their width, so a terminal too narrow even for them wraps.
func (t *table) fit(show []int, natural []int) ([]int, map[int]int) {
	budget := func(show []int) int { return t.o.Terminal - 1 - 2*(len(show)-1) }
	try := func(show []int, steps []fitStep) (map[int]int, bool) {
		widths := make(map[int]int, len(show))
		total := 0
		for _, i := range show {
			widths[i] = natural[i]
			total += natural[i]
		}
		for _, st := range steps {
			if total <= budget(show) {
				break
			}
			total = t.shrink(show, widths, total, budget(show), st)
		}
		// What the steps cut beyond need goes back: to the names first
		// (short, and a cut name may name someone else), then the text.
		for _, k := range []colKind{nameCol, textCol} {
			for _, i := range show {
				if t.cols[i].kind == k && total < budget(show) && widths[i] < natural[i] {
					give := min(natural[i]-widths[i], budget(show)-total)
					widths[i] += give
					total += give
				}
			}
		}
		return widths, total <= budget(show)
	}
	widths, ok := try(show, fitSteps)
	for !ok {
		// Leave out the optional column of highest rank, if any.
		drop := -1
		for j, i := range show {
			if c := t.cols[i]; c.drop > 0 && (drop < 0 || c.drop > t.cols[show[drop]].drop) {
				drop = j
			}
		}
		if drop < 0 {
			break
		}
		show = append(show[:drop:drop], show[drop+1:]...)
		widths, ok = try(show, fitSteps)
	}
	if !ok {
		widths, _ = try(show, lastSteps)
	}
	return show, widths
}

// shrink narrows the columns of st.kind, the widest first, none below
// st.to (or its header, unless st.heads), until the widths add up to
// budget; it returns the new total.
func (t *table) shrink(show []int, widths map[int]int, total, budget int, st fitStep) int {
	floorOf := func(i int) int {
		if st.heads {
			return st.to
		}
		return max(st.to, runewidth.StringWidth(t.cols[i].head))
	}
	for total > budget {
		// The widest column of this kind that may shrink, and the width
		// of the next widest.
		widest, next := -1, 0
		for _, i := range show {
			if t.cols[i].kind != st.kind || widths[i] <= floorOf(i) {
				continue
			}
			if widest < 0 || widths[i] > widths[widest] {
				if widest >= 0 {
					next = max(next, widths[widest])
				}
				widest = i
			} else {
				next = max(next, widths[i])
			}
		}
		if widest < 0 {
			return total
		}
		floor := floorOf(widest)
		// Down to the next widest (then they shrink together), to the
		// floor, or just enough, whichever is widest.
		w := max(next, floor, widths[widest]-(total-budget))
		if w == widths[widest] {
			w--
		}
		total -= widths[widest] - w
		widths[widest] = w
	}
	return total
}
