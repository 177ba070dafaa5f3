package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestSurnameAfterSentenceOpeningName checks a person named in full at
// the start of a sentence with an apposition ("Mick Tarrow, president
// of the Varn Dockers' Union, said …") and then by surname before a
// blame verb in the same paragraph ("Tarrow blamed …"): the surname is
// that person, on the body's side, not a party of blame of its own.
func TestSurnameAfterSentenceOpeningName(t *testing.T) {
	tests := []struct{ name, para, want string }{
		{"a union's president",
			"The union went further than the company. Mick Tarrow, president of the Varn Dockers' Union, said the company had lied. Tarrow blamed \"managers and politicians\" for the crisis.",
			"Varn Dockers' Union"},
		{"a council's leader",
			"The council hit back. Edda Wraye, leader of Harlow Town Council, said the firm had ignored its warnings. Wraye accused the firm of hiding the figures.",
			"Harlow Town Council"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Row in Harlow\n\nOrvel Haulage blamed the union and the council for the blockade.\n\n" + tt.para + "\n"
			res := extractWith(t, New(nil), Article{Name: "a.txt", Text: []byte(text), Meta: graph.Document{Title: "Row in Harlow"}})
			n := 0
			for _, c := range res.Claims {
				if c.Side == tt.want && c.Speaker != tt.want {
					n++
				}
			}
			if n < 2 {
				t.Errorf("%d officer's claims on side %q, want 2:%s", n, tt.want, describe(res.Claims))
			}
		})
	}
}
