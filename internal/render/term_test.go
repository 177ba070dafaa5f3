package render_test

import (
	"testing"

	"github.com/contra-project/contra/internal/render"
)

func TestSafeLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ilya Varga", "Ilya Varga"},
		{"Evil\x1b]0;PWNED\x07\x1b[2J", "Evil ]0;PWNED [2J"},
		{"C1\u009b31mred", "C1 31mred"},
		{"two\nlines\r\tand\u2028more", "two lines and more"},
		{"del\x7f", "del"},
		{"bidi \u202egnp.exe", "bidi gnp.exe"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"  spaced   out  ", "spaced out"},
	}
	for _, tt := range tests {
		if got := render.SafeLine(tt.in); got != tt.want {
			t.Errorf("SafeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := render.SafeLines("a\x1b[2J\nb\x07"); got != "a [2J\nb" {
		t.Errorf("SafeLines = %q", got)
	}
}
