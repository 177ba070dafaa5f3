package extract

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/taxonomy"
)

// exampleTaxonomy is the default taxonomy extended as contra.yaml at the
// repository root extends it for examples/articles.
func exampleTaxonomy() *taxonomy.Taxonomy {
	return taxonomy.Default().With([]graph.Actor{
		{Name: "Arvenia", Aliases: []string{"Arvenian", "Arvenians", "Tarsk"}},
		{Name: "Belmora", Aliases: []string{"Belmoran", "Belmorans", "Corvel"}},
	}, []graph.Topic{{Name: "dam destruction", Aliases: []string{"dam", "Lusk River dam"}}})
}

// readExample reads examples/articles/name, found relative to this file.
func readExample(t *testing.T, name string) Article {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no caller information")
	}
	path := filepath.Join(filepath.Dir(file), "..", "..", "examples", "articles", name)
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ext := filepath.Ext(name)
	meta, err := readMeta(path[:len(path)-len(ext)] + ".meta.json")
	if err != nil {
		t.Fatal(err)
	}
	return Article{Name: name, Text: text, Meta: meta}
}

// TestExampleDamArticle checks that the README's example article yields
// the findings it is meant to show: a mutual accusation, and the
// Belmoran minister's denial opposing and countering the Arvenian
// minister's accusation.
func TestExampleDamArticle(t *testing.T) {
	a := readExample(t, "arvenia-belmora-dam.txt")
	res, err := New(exampleTaxonomy()).Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	checkClaims(t, a.Text, res)
	const topic, core = "dam destruction", "destroy the dam"
	byID := map[string]*graph.Claim{}
	for i := range res.Claims {
		byID[res.Claims[i].ID] = &res.Claims[i]
	}
	is := func(c *graph.Claim, speaker string, kind graph.Kind, pol graph.Polarity) bool {
		return c.Speaker == speaker && c.Kind == kind && c.Subject == "Belmora" && c.Action == core && c.Topic == topic && c.Polarity == pol
	}
	var mutual, opposing, counter bool
	for _, f := range graph.Detect(res.Claims, nil) {
		from, to := byID[f.From], byID[f.To]
		switch f.Rule {
		case graph.RuleMutual:
			sides := map[string]bool{from.Side: true, to.Side: true}
			mutual = mutual || f.Topic == topic && sides["Arvenia"] && sides["Belmora"]
		case graph.RuleOpposing:
			opposing = opposing ||
				is(from, "Tomas Oren", graph.KindDenial, graph.Negative) && is(to, "Ilya Varga", graph.KindAccusation, graph.Positive) ||
				is(to, "Tomas Oren", graph.KindDenial, graph.Negative) && is(from, "Ilya Varga", graph.KindAccusation, graph.Positive)
		case graph.RuleCounterclaim:
			counter = counter || is(from, "Tomas Oren", graph.KindDenial, graph.Negative) && to.Side == "Arvenia"
		}
	}
	if !mutual {
		t.Errorf("no Arvenia–Belmora mutual accusation on %s:%s", topic, describe(res.Claims))
	}
	if !opposing {
		t.Errorf("Oren's denial (Belmora, %q, -) does not oppose Varga's accusation (Belmora, %q, +):%s", core, core, describe(res.Claims))
	}
	if !counter {
		t.Errorf("no counterclaim by Oren to an Arvenian accusation:%s", describe(res.Claims))
	}
}
