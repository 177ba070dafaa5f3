package extract

import "testing"

// TestYearOf checks the one year test every background check asks:
// four figures between 1800 and 2100, nothing else; and that a story's
// year is 0 when its date is missing, so no year counts as before it.
func TestYearOf(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"2039", 2039},
		{"1800", 1800},
		{"2100", 2100},
		{"1850", 1850},
		{"1799", 0},
		{"2101", 0},
		{"203", 0},
		{"20391", 0},
		{"+203", 0},
		{"20a9", 0},
		{"", 0},
	} {
		if got := yearOf(c.in); got != c.want {
			t.Errorf("yearOf(%q) = %d, want %d", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		saidAt string
		want   int
	}{
		{"2041-03-14", 2041},
		{"", 0},
		{"14 March", 0},
	} {
		d := &docState{saidAt: c.saidAt}
		if got := d.storyYear(); got != c.want {
			t.Errorf("storyYear(%q) = %d, want %d", c.saidAt, got, c.want)
		}
	}
}
