package graphtest

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// testOddNames loads one speaker, side and topic spelt with stray spaces
// and in odd case: each is one node (names with one slug are one node),
// named by graph.NodeName of the first spelling, and the rules see one
// speaker and one side.
func testOddNames(t *testing.T, open Opener) {
	s := open(t)
	d1, d2 := Doc("odd-1", harbor, "2024-09-01"), Doc("odd-2", ledger, "2024-09-02")
	spellings := []struct{ speaker, side, topic string }{
		{"  General   Tomas Reuel ", " Belmora", "Cluster  Munitions "},
		{"general tomas reuel", "BELMORA  ", "cluster munitions"},
		{"GENERAL\tTOMAS\nREUEL", "belmora", " CLUSTER MUNITIONS"},
	}
	var cs []graph.Claim
	for i, sp := range spellings {
		// Three dates: the same speaker's denials do not reverse each other.
		day := []string{"2024-09-01", "2024-09-02", "2024-09-03"}[i]
		cs = append(cs, Claim(d1, sp.speaker, sp.side, graph.KindDenial, Belmora, actCM, sp.topic, graph.Negative, day))
	}
	acc := Claim(d2, "  Minister  Ilya Varga", " arvenia ", graph.KindAccusation, " belmora", actCM, "CLUSTER munitions", graph.Positive, "2024-09-01")
	cs = append(cs, acc)
	res := mustLoad(t, s, graph.Batch{
		Documents: []graph.Document{d1, d2},
		Speakers:  []graph.Speaker{{Name: " Minister   Ilya Varga ", Aliases: []string{"  I.  Varga", "I. Varga", " "}}},
		Claims:    cs,
	})
	equal(t, "created nodes", []int{res.Speakers, res.Actors, res.Topics, res.Claims}, []int{2, 2, 1, 4})
	// Three denials by one Belmoran speaker, one Arvenian accusation: three
	// opposing and three counterclaim findings, no reversal.
	equal(t, "findings", nonZero(res.Findings), map[graph.Rule]int{graph.RuleOpposing: 3, graph.RuleCounterclaim: 3})

	ctx := context.Background()
	sp, err := s.Speakers(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, x := range sp {
		got[x.ID] = x.Name + "|" + strings.Join(x.Aliases, ";")
	}
	equal(t, "speakers", got, map[string]string{
		graph.SpeakerID(Reuel): "General Tomas Reuel|",
		graph.SpeakerID(Varga): "Minister Ilya Varga|I. Varga",
	})
	ac, err := s.Actors(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	actors := map[string]string{}
	for _, x := range ac {
		actors[x.ID] = x.Name
	}
	equal(t, "actors", actors, map[string]string{graph.ActorID(Arvenia): "arvenia", graph.ActorID(Belmora): "Belmora"})
	tp, err := s.Topics(ctx, "munitions")
	if err != nil {
		t.Fatal(err)
	}
	if len(tp) != 1 || tp[0].Name != "Cluster Munitions" || tp[0].Claims != 4 {
		t.Errorf("topics: %+v, want one, Cluster Munitions, with 4 claims", tp)
	}
	// Filters compare slugs: any spelling finds every claim of the node.
	for _, sp := range spellings {
		equal(t, "claims of "+sp.speaker, len(claimIDs(t, s, graph.ClaimFilter{Speaker: sp.speaker, Side: sp.side, Topic: sp.topic})), 3)
	}
	// Claims keep their own spelling.
	for _, c := range claims(t, s, graph.ClaimFilter{Speaker: "General Tomas Reuel"}) {
		found := false
		for _, sp := range spellings {
			found = found || c.Speaker == sp.speaker && c.Side == sp.side && c.Topic == sp.topic
		}
		if !found {
			t.Errorf("claim %s: speaker %q side %q topic %q is none of the spellings loaded", c.ID, c.Speaker, c.Side, c.Topic)
		}
	}
	checkDerived(t, s)
}

// testEventNounTopics loads two documents that name one event with two
// synonymous event nouns (graph.EventNoun), one an accusation of each
// side by the other: one topic node, named by the first spelling, the
// rules see one topic (a mutual accusation), and a filter by either
// wording finds both claims. A topic of another kind of event stays its
// own node.
func testEventNounTopics(t *testing.T, open Opener) {
	s := open(t)
	d1, d2 := Doc("syn-1", harbor, "2024-09-01"), Doc("syn-2", ledger, "2024-09-02")
	const blast, strike = "Ostrava depot blast", "Ostrava depot strike"
	acc1 := Claim(d1, Varga, Arvenia, graph.KindAccusation, Belmora, "sabotage the depot", "Ostrava Depot Blast", graph.Positive, "2024-09-01")
	acc2 := Claim(d2, Reuel, Belmora, graph.KindAccusation, Arvenia, "sabotage the depot", "Ostrava depot explosion", graph.Positive, "2024-09-02")
	other := Claim(d2, Reuel, Belmora, graph.KindAccusation, Arvenia, "shell the depot", strike, graph.Positive, "2024-09-02")
	res := mustLoad(t, s, graph.Batch{Documents: []graph.Document{d1, d2}, Claims: []graph.Claim{acc1, acc2, other}})
	equal(t, "created topics", res.Topics, 2)
	equal(t, "mutual findings", nonZero(res.Findings)[graph.RuleMutual], 1)

	tp, err := s.Topics(context.Background(), "depot")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, x := range tp {
		got[x.ID] = x.Name + "|" + strconv.Itoa(x.Claims)
	}
	equal(t, "topics", got, map[string]string{
		graph.TopicID(blast): "Ostrava Depot Blast|2", graph.TopicID(strike): strike + "|1",
	})
	for _, topic := range []string{blast, "OSTRAVA DEPOT EXPLOSION", "ostrava depot detonation"} {
		equal(t, "claims on "+topic, len(claimIDs(t, s, graph.ClaimFilter{Topic: topic})), 2)
	}
	checkDerived(t, s)
}

// testLongTexts loads claims whose text and evidence run to hundreds of
// kilobytes and whose names, action and topic are thousands of characters
// long: every field comes back whole, and the rules still pair them.
func testLongTexts(t *testing.T, open Opener) {
	s := open(t)
	d := Doc("long", harbor, "2024-10-01")
	long := func(word string, n int) string { return strings.TrimSpace(strings.Repeat(word+" ", n)) }
	// fill ends s with a word of x's that makes its key n bytes long.
	fill := func(s string, key func(string) string, n int) string {
		return s + " " + strings.Repeat("x", n-len(key(s))-1)
	}
	// Names and action as long as graph.MaxSlugBytes and MaxActionBytes
	// allow: the proposition key is 6 KB.
	action := fill("use "+long("incendiary", 300), graph.NormAction, graph.MaxActionBytes)
	topic := fill(long("shelling", 100), graph.Slug, graph.MaxSlugBytes)
	speaker := fill("General "+long("Reuel", 150), graph.Slug, graph.MaxSlugBytes)
	side := fill(long("Belmora", 100), graph.Slug, graph.MaxSlugBytes)
	acc := Claim(d, Varga, Arvenia, graph.KindAccusation, side, action, topic, graph.Positive, "2024-10-01")
	acc.Text = long("The minister said a great deal about the shelling.", 6000) // 300 KB
	acc.Evidence = &graph.Span{Start: 0, End: len(acc.Text), Text: acc.Text}
	acc.ID = graph.ClaimID(&acc)
	den := Claim(d, speaker, side, graph.KindDenial, side, action, topic, graph.Negative, "2024-10-02")
	mustLoad(t, s, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{acc, den}})

	for _, c := range []graph.Claim{acc, den} {
		got := claims(t, s, graph.ClaimFilter{IDs: []string{c.ID}})
		if len(got) != 1 {
			t.Fatalf("claim %s: %d back", c.ID, len(got))
		}
		g := got[0]
		if g.Text != c.Text || g.Action != c.Action || g.Topic != c.Topic || g.Speaker != c.Speaker || g.Side != c.Side {
			t.Errorf("claim %s does not come back whole: text %d bytes (want %d), action %d (want %d)",
				c.ID, len(g.Text), len(c.Text), len(g.Action), len(c.Action))
		}
		if (c.Evidence == nil) != (g.Evidence == nil) || c.Evidence != nil && *g.Evidence != *c.Evidence {
			t.Errorf("claim %s: evidence does not come back whole", c.ID)
		}
	}
	equal(t, "findings", nonZero(stats(t, s).Findings), map[graph.Rule]int{graph.RuleOpposing: 1, graph.RuleCounterclaim: 1})
	equal(t, "claims by the long speaker", claimIDs(t, s, graph.ClaimFilter{Speaker: speaker, Topic: topic}), []string{den.ID})
	if res := mustLoad(t, s, graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{acc, den}}); res.Unchanged != 2 {
		t.Errorf("reload: %+v, want 2 unchanged", res)
	}
	checkDerived(t, s)

	// One byte more is refused, whatever the store, and nothing of the
	// batch is written.
	before := stats(t, s)
	for _, tc := range []struct {
		name string
		edit func(c *graph.Claim)
	}{
		{"action", func(c *graph.Claim) { c.Action = action + "x" }},
		{"topic", func(c *graph.Claim) { c.Topic = topic + "x" }},
		{"speaker", func(c *graph.Claim) { c.Speaker, c.SpeakerID = speaker+"x", "" }},
		{"side", func(c *graph.Claim) { c.Side = side + "x" }},
		{"id", func(c *graph.Claim) { c.ID = "claim:" + strings.Repeat("x", graph.MaxKeyBytes) }},
	} {
		c := den
		c.Text = "a longer " + tc.name
		tc.edit(&c)
		if c.ID == den.ID {
			c.ID = graph.ClaimID(&c)
		}
		_, err := s.Load(context.Background(), graph.Batch{Documents: []graph.Document{d}, Claims: []graph.Claim{acc, c}})
		wantCode(t, "a claim with a "+tc.name+" over the bound", err, graph.EInvalid)
	}
	_, err := s.Load(context.Background(), graph.Batch{Speakers: []graph.Speaker{{Name: speaker + "x"}}})
	wantCode(t, "a speaker node with a name over the bound", err, graph.EInvalid)
	equal(t, "stats after refused batches", stats(t, s), before)
}

// testUnicode loads names and texts in several scripts, with combining
// marks, emoji and characters outside the Basic Multilingual Plane: they
// come back byte for byte, name filters find them, and lists order them
// byte-wise.
func testUnicode(t *testing.T, open Opener) {
	s := open(t)
	d := Doc("unicode", "Вестник 東京 📰", "2024-11-01")
	names := []struct{ speaker, side, topic string }{
		{"Ἀλέξανδρος Παπαδόπουλος", "Ἑλλάς", "σύνορα"},
		{"Олена Коваленко", "Україна", "зерновий коридор"},
		{"山田 太郎", "日本", "国境 砲撃"},
		{"Zoë Ångström 🛰️", "Nørland", "𝔰𝔞𝔱𝔢𝔩𝔩𝔦𝔱𝔢𝔰"},
		{"Zoe\u0308 Combining", "Cafe\u0301", "dé\u0301jà vu"},
	}
	var cs []graph.Claim
	for i, n := range names {
		c := Claim(d, n.speaker, n.side, graph.KindAssertion, n.side, "speak of "+n.topic, n.topic, graph.Positive, "2024-11-01")
		c.Text = n.speaker + " — «" + n.topic + "» 🙂"
		c.Evidence = &graph.Span{Start: i, End: i + len(c.Text), Text: c.Text}
		c.ID = graph.ClaimID(&c)
		cs = append(cs, c)
	}
	mustLoad(t, s, graph.Batch{Documents: []graph.Document{d}, Claims: cs})
	for _, c := range cs {
		got := claims(t, s, graph.ClaimFilter{Speaker: c.Speaker, Side: c.Side, Topic: c.Topic})
		if len(got) != 1 {
			t.Errorf("filter by %q, %q, %q: %d claims, want 1", c.Speaker, c.Side, c.Topic, len(got))
			continue
		}
		g := got[0]
		equal(t, "fields", []string{g.ID, g.Speaker, g.Side, g.Topic, g.Text, g.Evidence.Text, g.Document.Outlet},
			[]string{c.ID, c.Speaker, c.Side, c.Topic, c.Text, c.Evidence.Text, d.Outlet})
	}
	sp, err := s.Speakers(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range sp {
		got = append(got, x.Name)
	}
	want := []string{"Zoe\u0308 Combining", "Zoë Ångström 🛰️", "Олена Коваленко", "Ἀλέξανδρος Παπαδόπουλος", "山田 太郎"}
	equal(t, "speakers, byte-wise by name", got, want)
	if m, err := s.Speakers(context.Background(), "коваленко"); err != nil || len(m) != 1 {
		t.Errorf("Speakers(коваленко) = %+v, %v; want Олена Коваленко, case folded", m, err)
	}
}

// testEmptyBatch loads nothing, then a batch of a document only: neither
// fails, and only the document is new.
func testEmptyBatch(t *testing.T, open Opener) {
	s, _ := loadWorld(t, open)
	before := stats(t, s)
	res := mustLoad(t, s, graph.Batch{})
	equal(t, "empty batch", res, graph.LoadResult{Findings: map[graph.Rule]int{}})
	res = mustLoad(t, s, graph.Batch{Claims: []graph.Claim{}, Documents: []graph.Document{}})
	equal(t, "empty lists", res, graph.LoadResult{Findings: map[graph.Rule]int{}})
	equal(t, "stats after empty batches", stats(t, s), before)
	res = mustLoad(t, s, graph.Batch{Documents: []graph.Document{Doc("lonely", harbor, "2024-12-01")}})
	equal(t, "a document alone", res, graph.LoadResult{Documents: 1, Findings: map[graph.Rule]int{}})
}
