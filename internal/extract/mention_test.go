package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/taxonomy"
)

// trieTaxonomy has many invented topics sharing their first words, so
// their phrase lists are long enough to be indexed as tries.
func trieTaxonomy() *taxonomy.Taxonomy {
	var topics []graph.Topic
	places := []string{"Fort Vell", "Fort Vell Basin", "Ostra", "Ostra Ridge", "the Marl", "Kesh", "Brant Hills", "Lowe"}
	for _, p := range places {
		topics = append(topics,
			graph.Topic{Name: "massing near " + p, Aliases: []string{"troops massing near " + p, "troops near " + p}},
			graph.Topic{Name: "mines around " + p, Aliases: []string{"mines around " + p, "mines"}},
		)
	}
	topics = append(topics, graph.Topic{Name: "troop movements", Aliases: []string{"troops", "troops massing"}})
	return taxonomy.New([]graph.Actor{
		{Name: "Freedonia", Aliases: []string{"Freedonian", "Fort Vell"}},
		{Name: "Sylvania", Aliases: []string{"Sylvanian", "Ostra"}},
	}, topics)
}

// linearMatch is firstMatch without the trie: every phrase in turn.
func linearMatch(idx phraseIndex, str string, toks []token, i int, ps *phraseSet) *phrase {
	for k := range ps.list {
		if idx.matches(str, toks, i, &ps.list[k]) {
			return &ps.list[k]
		}
	}
	return nil
}

func TestFirstMatchAgreesWithLinearScan(t *testing.T) {
	x := New(trieTaxonomy())
	if ps := x.idx["troops"]; ps == nil || ps.root == nil {
		t.Fatal("the test taxonomy should index the phrases starting with \"troops\" as a trie")
	}
	words := strings.Fields("troops troops' massing near Fort fort Vell Vell's Basin Basin's Ostra Ostra's Ridge the Marl Marl's Kesh Brant Hills Hills' Lowe mines around , . said")
	r := rand.New(rand.NewSource(3))
	checked := 0
	for n := 0; n < 3000; n++ {
		ws := make([]string, 1+r.Intn(7))
		for k := range ws {
			ws[k] = words[r.Intn(len(words))]
		}
		text := strings.Join(ws, " ")
		for _, vocabbed := range []bool{true, false} {
			var toks []token
			if vocabbed {
				toks = tokenizeWith(text, 0, len(text), nil, x.voc, nil)
			} else {
				toks = tokenize(text, 0, len(text), nil)
			}
			for i := range toks {
				ps := x.idx[toks[i].low]
				if ps == nil {
					continue
				}
				checked++
				got, want := x.idx.firstMatch(text, toks, i, ps), linearMatch(x.idx, text, toks, i, ps)
				if got != want {
					t.Fatalf("%q at token %d: trie found %v, linear scan %v", text, i, phraseWords(got), phraseWords(want))
				}
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d positions checked", checked)
	}
}

func phraseWords(p *phrase) []string {
	if p == nil {
		return nil
	}
	return p.words
}

// TestTitleMentionsWithVocabulary checks that titles, tokenized with the
// vocabulary, find the mentions they found when tokenized without it and
// looked up in the index word by word. The taxonomy names aliases that
// are also lexicon words, with and without a possessive, where a token's
// vocabulary entry and the index could disagree.
func TestTitleMentionsWithVocabulary(t *testing.T) {
	odd := testTaxonomy().With([]graph.Actor{
		{Name: "Itland", Aliases: []string{"It", "That", "Government"}},
	}, []graph.Topic{
		{Name: "his claims", Aliases: []string{"he", "officials", "its"}},
	})
	words := strings.Fields(`It It's it's That That's that's he He's he's Government Government's government's officials
		officials' Officials Its its Freedonia Freedonia's FREEDONIA Sylvanian-backed Sylvanian cluster munitions Munitions
		troops massing near Fort Vell Vell's Ostra's the Palace said Said Café CAFÉ’s , . “ ”`)
	for _, tax := range []*taxonomy.Taxonomy{testTaxonomy(), trieTaxonomy(), odd} {
		x := New(tax)
		r := rand.New(rand.NewSource(9))
		found := 0
		for n := 0; n < 3000; n++ {
			ws := make([]string, 1+r.Intn(8))
			for k := range ws {
				ws[k] = words[r.Intn(len(words))]
			}
			title := strings.Join(ws, " ")
			plain := tokenize(title, 0, len(title), nil)
			want := x.idx.findMentions(title, plain, nil, false)
			toks := tokenizeWith(title, 0, len(title), nil, x.voc, &lowerCache{})
			got := x.idx.findMentions(title, toks, nil, false)
			for i := range toks {
				if toks[i].low != plain[i].low || toks[i].cap != plain[i].cap || toks[i].kind != plain[i].kind {
					t.Fatalf("%q: token %d is %+v with the vocabulary, %+v without", title, i, toks[i], plain[i])
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%q: mentions %v with the vocabulary, %v without", title, got, want)
			}
			found += len(want)
		}
		if found < 500 {
			t.Fatalf("only %d mentions found", found)
		}
	}
}
