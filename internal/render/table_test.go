package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"github.com/contra-project/contra/graph"
)

// TestTablesFitTheTerminal: on a terminal, every table's lines fit its
// width (less the last column), ids and spans are left out, and the rows
// stay one line each; --wide shows every column and every value whole.
func TestTablesFitTheTerminal(t *testing.T) {
	for _, c := range fixtureCalls() {
		plain := strings.Count(render(t, c, Options{}, Table), "\n")
		for _, cols := range []int{60, 80, 120, 200} {
			t.Run(fmt.Sprintf("%s/%d", c.name, cols), func(t *testing.T) {
				out := render(t, c, Options{Terminal: cols}, Table)
				if n := strings.Count(out, "\n"); n != plain {
					t.Fatalf("%d lines, want %d:\n%s", n, plain, out)
				}
				for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					if w := runewidth.StringWidth(l); w >= cols {
						t.Fatalf("a line is %d columns wide on a %d-column terminal:\n%s", w, cols, out)
					}
				}
				for _, id := range []string{"claim:aaa1", "speaker:tomas-brel", "actor:belmora", "topic:ceasefire", "10-112"} {
					if strings.Contains(out, id) {
						t.Fatalf("a fitted table shows %q (a --wide column):\n%s", id, out)
					}
				}
			})
		}
	}
	wide := render(t, fixtureCalls()[0], Options{Terminal: 50, Wide: true}, Table)
	for _, want := range []string{"SPAN", "CLAIM", "claim:aaa1", "10-112", cVossAcc.Text, "TOPIC", "SOURCE"} {
		if !strings.Contains(wide, want) {
			t.Errorf("--wide lacks %q:\n%s", want, wide)
		}
	}
}

// TestFitCutsTextBeforeNames: the quote gives way first (down to 40
// cells), names next, and a narrow terminal leaves out optional columns
// (topic, source, kind) before it cuts the quote below 24 cells.
func TestFitCutsTextBeforeNames(t *testing.T) {
	cs := []graph.Claim{cVossAcc}
	tests := []struct {
		cols          int
		heads, absent []string
		quote         int // at least this many characters of the quote show
	}{
		{200, []string{"TOPIC", "SOURCE", "KIND"}, nil, len(cVossAcc.Text)},
		{120, []string{"TOPIC", "SOURCE", "KIND"}, nil, 39},
		{70, []string{"KIND"}, []string{"TOPIC", "SOURCE"}, 23},
		{50, []string{"DATE", "POL", "TEXT"}, []string{"TOPIC", "SOURCE", "KIND"}, 11},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := (Options{Terminal: tt.cols}).Claims(&b, Table, cs); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, h := range tt.heads {
			if !strings.Contains(out, h) {
				t.Errorf("%d columns: no %s column:\n%s", tt.cols, h, out)
			}
		}
		for _, h := range tt.absent {
			if strings.Contains(out, h) {
				t.Errorf("%d columns: a %s column:\n%s", tt.cols, h, out)
			}
		}
		if !strings.Contains(out, cVossAcc.Text[:tt.quote]) {
			t.Errorf("%d columns: fewer than %d characters of the quote:\n%s", tt.cols, tt.quote, out)
		}
		if !strings.Contains(out, "Ilse Voss (") {
			t.Errorf("%d columns: the speaker is cut to nothing:\n%s", tt.cols, out)
		}
	}
}

// TestTableAlignsWideCharacters: columns line up by terminal cells, so a
// name in CJK characters (two cells each) does not push its row out of
// line, fitted or not.
func TestTableAlignsWideCharacters(t *testing.T) {
	xs := []graph.TopicCount{
		{Topic: graph.Topic{ID: "topic:a", Name: "水坝", Aliases: []string{"大坝"}}, Claims: 3},
		{Topic: graph.Topic{ID: "topic:b", Name: "Oster dam", Aliases: []string{"reservoir"}}, Claims: 12},
	}
	for _, o := range []Options{{}, {Terminal: 40}} {
		var b bytes.Buffer
		if err := o.Topics(&b, Table, xs); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		col := func(l, s string) int { return runewidth.StringWidth(l[:strings.Index(l, s)]) }
		if a, b, c := col(lines[0], "CLAIMS"), col(lines[1], "3"), col(lines[2], "12"); a != b || b != c {
			t.Errorf("%+v: CLAIMS column at cells %d, %d, %d:\n%s", o, a, b, c, strings.Join(lines, "\n"))
		}
	}
}
