package extract

import (
	"slices"
	"testing"
)

// TestLinkTitlesUnbulleted: under a links heading, the other stories'
// headlines are boilerplate whether bulleted or not, up to the first line
// of prose.
func TestLinkTitlesUnbulleted(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the prose paragraphs
	}{
		{"titles on their own lines",
			"Dorvek accused Almara of closing the pass.\n\nRelated\nAlmara says Dorvek is inventing a blockade\nExplainer: who owns the Kessel pass?\nOpinion: The pass needs a treaty, not more troops\n\nThe ministry said the pass would reopen on Monday.\n",
			[]string{"Dorvek accused Almara of closing the pass.", "The ministry said the pass would reopen on Monday."}},
		{"prose right after the heading",
			"Read more:\nThe ministry said the pass would reopen on Monday.\n",
			[]string{"The ministry said the pass would reopen on Monday."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := prose(clean([]byte(tt.text), Text)); !slices.Equal(got, tt.want) {
				t.Errorf("prose = %q, want %q", got, tt.want)
			}
		})
	}
}
