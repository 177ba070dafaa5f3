package graph

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestCSVCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Ilse Voss", "Ilse Voss"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"-2+3", "'-2+3"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"+", "+"}, // a polarity
		{"-", "-"},
		{"-3", "-3"}, // numbers are not formulas
		{"+1.5e3", "+1.5e3"},
		{"'tis", "'tis"},
		{"'=x", "''=x"}, // an apostrophe that CSVValue would drop is doubled
		{"''", "'''"},
		{"a=b", "a=b"},
	} {
		got := CSVCell(tc.in)
		if got != tc.want {
			t.Errorf("CSVCell(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if back := CSVValue(got); back != tc.in {
			t.Errorf("CSVValue(CSVCell(%q)) = %q", tc.in, back)
		}
	}
}

// FuzzCSVCell checks, for any value, that a row written with WriteCSVRow
// reads back as the value and that no cell starts with a character that
// makes a spreadsheet evaluate it.
func FuzzCSVCell(f *testing.F) {
	for _, s := range []string{"", "=1+1", "'=x", "''", "-", "-1", "+a", "@", "\t", "'", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ReplaceAll(s, "\r", "") // encoding/csv folds CRLF and drops lone CRs in quoted fields
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		if err := WriteCSVRow(w, []string{s, "x"}); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		row, err := csv.NewReader(&b).Read()
		if err != nil {
			t.Fatalf("read back %q: %v", b.String(), err)
		}
		if got := CSVValue(row[0]); got != s {
			t.Fatalf("value %q read back as %q", s, got)
		}
		if c := row[0]; c != "" && strings.ContainsRune("=@\t", rune(c[0])) {
			t.Fatalf("cell %q would be evaluated", c)
		}
	})
}
