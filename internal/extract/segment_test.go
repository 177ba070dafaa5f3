package extract

import (
	"reflect"
	"testing"
)

// splitSentences runs tokenize and sentences on one paragraph and returns
// the sentences' text.
func splitSentences(tb testing.TB, p string) []string {
	tb.Helper()
	toks := tokenize(p, 0, len(p), nil)
	var out []string
	for _, r := range sentences(toks, nil) {
		out = append(out, p[toks[r[0]].s:toks[r[1]-1].e])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "The talks failed. Both sides left.", []string{"The talks failed.", "Both sides left."}},
		{"title abbreviation", "Mr. Brill arrived. Col. Marek did not.", []string{"Mr. Brill arrived.", "Col. Marek did not."}},
		{"initials", "J. R. Hartley wrote the report. It was long.", []string{"J. R. Hartley wrote the report.", "It was long."}},
		{"acronym mid-sentence", "The U.S. said it would help.", []string{"The U.S. said it would help."}},
		{"acronym at sentence end", "Aid came from the U.S. The rest came later.", []string{"Aid came from the U.S.", "The rest came later."}},
		{"acronym before a name", "The U.N. Security Council met.", []string{"The U.N. Security Council met."}},
		{"question inside a quote", `"Why now?" she asked. Nobody knew.`, []string{`"Why now?" she asked.`, "Nobody knew."}},
		{"quote spans sentences", `"We are ready. We will win," he said. Then he left.`, []string{`"We are ready.`, `We will win," he said.`, "Then he left."}},
		{"closing quote after the period", `He said: “It is over.” Talks resume Monday.`, []string{`He said: “It is over.”`, "Talks resume Monday."}},
		{"ellipsis inside a quote is elision", `She said: "It is a fight. ... They are out of shells." Then silence.`, []string{`She said: "It is a fight. ... They are out of shells."`, "Then silence."}},
		{"lower case after a period", "The ratio was 3.5 to 1. in most cases it held.", []string{"The ratio was 3.5 to 1. in most cases it held."}},
		{"numbers start sentences", "Forty died. 75 were hurt.", []string{"Forty died.", "75 were hurt."}},
		{"no final punctuation", "Talks went on into the night and", []string{"Talks went on into the night and"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitSentences(t, tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestTokenizeWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Russia’s forces", []string{"russia's", "forces"}},
		{"U.S.-provided arms", []string{"u.s.-provided", "arms"}},
		{"300,000 at 8:30am", []string{"300,000", "at", "8:30am"}},
		{"Col. Mehta", []string{"col.", "mehta"}},
		{"they'll go", []string{"they'll", "go"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range tokenize(tt.in, 0, len(tt.in), nil) {
			if tk.kind == tWord || tk.kind == tNum {
				got = append(got, tk.low)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
