package extract

import (
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestTitleLineIsHeading checks that the page's own headline, the line
// equal to the metadata's title, gives no claim wherever the masthead
// above it ends (a subscription line's full stop made the cleaner take
// it for prose), while the same sentence in the body, or a line that
// only begins like the title, is still read.
func TestTitleLineIsHeading(t *testing.T) {
	const title = "Ostmark blames Velland saboteurs for Tarn depot blast; Velland says the army blew up its own shells"
	const body = "TARN, May 2 (Wire) - The defence ministry said the blast was caused by saboteurs sent by Velland. " +
		"Velland said the depot had exploded because of negligence.\n"
	for _, tt := range []struct {
		name, text, title string
		headline          bool // a claim whose text is the headline's first half
	}{
		{"below a subscription line", "THE HARLOW POST\nSubscribe from 1 a month. Cancel anytime.\n\nWORLD\n\n" + title + "\n\n" + body, title, false},
		{"below a cookie line", "Harlow Post | World | Sport\nWe use cookies. By continuing you accept them.\n\n" + title + "\n\n" + body, title, false},
		{"first line", title + "\n\n" + body, title, false},
		{"no metadata title", "THE HARLOW POST\nSubscribe from 1 a month. Cancel anytime.\n\n" + title + "\n\n" + body, "", true},
		{"another title", "THE HARLOW POST\nSubscribe from 1 a month. Cancel anytime.\n\n" + title + "\n\n" + body, "Depot blast in Tarn", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text), Meta: graph.Document{Title: tt.title}})
			got := false
			for _, c := range res.Claims {
				if strings.HasPrefix(c.Text, "Ostmark blames Velland saboteurs") {
					got = true
				}
			}
			if got != tt.headline {
				t.Errorf("headline claim %v, want %v:%s", got, tt.headline, describe(res.Claims))
			}
			if len(res.Claims) == 0 {
				t.Errorf("no claims from the body")
			}
		})
	}
}

// TestIsTitleLine checks the comparison itself: the whole line, spaces
// around it aside.
func TestIsTitleLine(t *testing.T) {
	for _, c := range []struct {
		line, title string
		want        bool
	}{
		{"Tarn depot blast", "Tarn depot blast", true},
		{"  Tarn depot blast \n", "Tarn depot blast", true},
		{"Tarn depot blast.", "Tarn depot blast", false},
		{"Tarn depot blast kills two", "Tarn depot blast", false},
		{"", "", false},
	} {
		if got := isTitleLine([]byte(c.line), c.title); got != c.want {
			t.Errorf("isTitleLine(%q, %q) = %v, want %v", c.line, c.title, got, c.want)
		}
	}
}
