package extract

import (
	"context"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	x := New(nil)
	r, _ := x.Extract(context.Background(), Article{Name: "x.txt", Text: []byte(s)})
	for _, c := range r.Claims {
		t.Logf("%s|%s|%s|%s|%s|%s|%q", c.Speaker, c.Side, c.Kind, c.Subject, c.Action, c.Topic, c.Evidence.Text)
	}
	c := clean([]byte(s), Text)
	for _, p := range c.paras {
		t.Logf("para %v %q", p.kind, c.text[p.start:p.end])
		toks := tokenize(string(c.text), p.start, p.end, nil)
		for _, sr := range sentences(toks, nil) {
			t.Logf("  sent %q", s[toks[sr[0]].s:toks[sr[1]-1].e])
		}
	}
}
