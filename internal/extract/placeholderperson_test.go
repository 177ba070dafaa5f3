package extract

import (
	"strings"
	"testing"
)

// TestPlaceholderSideKeepsPerson checks that a named person whose side
// stood for one party of a pair the article had not yet named ("Each
// side accused the other …", then a minister's spokesman) keeps their
// name and words when finish fills the pair in, and keeps them, on no
// side, when it cannot: the person is not renamed to a body named later,
// nor dropped.
func TestPlaceholderSideKeepsPerson(t *testing.T) {
	text := "Strike day one: union and ministry cannot agree how many schools shut\n\n" +
		"The Varden Teachers' Union said the walkout had closed 1,340 schools. The Ministry of Education put the number of schools fully closed at 460.\n\n" +
		"Each side accused the other of misleading parents.\n\n" +
		"Education Minister Clara Ostberg hit back within the hour. In a statement, she accused the union of \"frightening families with invented figures\". Her spokesman, Lorens Dahl, said the ministry's numbers came from head teachers' returns."
	tests := []struct{ name, text string }{
		{"no body named later", text},
		{"a council named later", text + "\n\nIn Marlow itself, the numbers were no clearer. Marlow District Council said 19 had closed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(tt.text)})
			found := false
			for _, c := range res.Claims {
				if strings.Contains(c.Text, "the ministry's numbers came") {
					found = true
					if c.Speaker != "Lorens Dahl" {
						t.Errorf("claim %q by %q, want Lorens Dahl", c.Text, c.Speaker)
					}
				}
			}
			if !found {
				t.Errorf("no claim with %q:%s", "the ministry's numbers came", describe(res.Claims))
			}
		})
	}
}
