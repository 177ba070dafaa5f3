package graphtest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

func testLoadCounts(t *testing.T, open Opener) {
	s := open(t)
	w := newWorld()
	res := mustLoad(t, s, w.batch())
	equal(t, "created nodes",
		[]int{res.Documents, res.Speakers, res.Actors, res.Topics, res.Claims, res.Updated, res.Unchanged},
		[]int{worldDocs, worldSpeakers, worldActors, worldTopics, worldClaims, 0, 0})
	equal(t, "created findings", nonZero(res.Findings), map[graph.Rule]int{
		graph.RuleOpposing: 4, graph.RuleCounterclaim: 5, graph.RuleMutual: 2, graph.RuleReversal: 1,
	})
	if res.FindingsSeen != len(w.want) {
		t.Errorf("FindingsSeen = %d, want %d", res.FindingsSeen, len(w.want))
	}
}

func testIdempotent(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	before := stats(t, s)
	findingsBefore := findingIDs(t, s, graph.FindingFilter{})
	res := mustLoad(t, s, w.batch())
	equal(t, "second load",
		[]int{res.Documents, res.Speakers, res.Actors, res.Topics, res.Claims, res.Updated, res.Unchanged},
		[]int{0, 0, 0, 0, 0, 0, worldClaims})
	equal(t, "findings created by the second load", nonZero(res.Findings), map[graph.Rule]int{})
	equal(t, "stats after the second load", stats(t, s), before)
	equal(t, "findings after the second load", findingIDs(t, s, graph.FindingFilter{}), findingsBefore)

	// A batch repeating a claim with the same content is one claim.
	c := w.claims["acc1"]
	res = mustLoad(t, s, graph.Batch{Documents: w.allDocs(), Claims: []graph.Claim{c, c}})
	if res.Unchanged != 1 || res.Claims != 0 {
		t.Errorf("duplicate claim in one batch: %+v, want 1 unchanged", res)
	}
}

func testChanged(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	first := claims(t, s, graph.ClaimFilter{IDs: []string{w.id("den1")}})
	// Same id, new side: den1 now speaks for Arvenia. Side is not part of
	// the claim id, so this is the same claim with different content.
	den := w.claims["den1"]
	den.Side = Arvenia
	res := mustLoad(t, s, graph.Batch{Claims: []graph.Claim{den}})
	if res.Updated != 1 || res.Claims != 0 || res.Unchanged != 0 {
		t.Errorf("changed claim: %+v, want 1 updated", res)
	}
	equal(t, "findings created by the change", nonZero(res.Findings), map[graph.Rule]int{graph.RuleReversal: 2})

	w.claims["den1"] = den
	w.want = []want{
		// Arvenian accusations and an Arvenian denial: reversals on other days.
		{graph.RuleReversal, "acc1", "den1"}, {graph.RuleReversal, "acc1c", "den1"},
		// Fenn has no side: still opposed and countered.
		{graph.RuleOpposing, "undated", "den1"}, {graph.RuleCounterclaim, "den1", "undated"},
		{graph.RuleCounterclaim, "resp", "acc1"},
		{graph.RuleMutual, "mutA", "mutB"}, {graph.RuleMutual, "mutA2", "mutB"},
		{graph.RuleReversal, "revA", "revB"},
	}
	equal(t, "findings after the change", findingIDs(t, s, graph.FindingFilter{}), w.wantIDs(nil))
	checkDerived(t, s)

	// Kept to compare with the same content loaded from scratch, below.
	changedStats, changedFindings := stats(t, s), findingIDs(t, s, graph.FindingFilter{})

	after := claims(t, s, graph.ClaimFilter{IDs: []string{w.id("den1")}})
	if len(first) != 1 || len(after) != 1 {
		t.Fatalf("den1: %d then %d claims, want 1", len(first), len(after))
	}
	if after[0].Side != Arvenia {
		t.Errorf("den1 side after update = %q, want %q", after[0].Side, Arvenia)
	}
	if !after[0].LoadedAt.Equal(first[0].LoadedAt) {
		t.Errorf("LoadedAt changed on update: %v then %v; it is the first load's time", first[0].LoadedAt, after[0].LoadedAt)
	}

	// Changing it back restores the original findings.
	mustLoad(t, s, graph.Batch{Claims: []graph.Claim{newWorld().claims["den1"]}})
	equal(t, "findings after changing back", findingIDs(t, s, graph.FindingFilter{}), newWorld().wantIDs(nil))
	checkDerived(t, s)

	// The changed content loaded from scratch gives the same graph. The
	// store is opened last: it may clear the one above (see Opener).
	fresh := open(t)
	mustLoad(t, fresh, w.batch())
	equal(t, "stats: changed vs loaded from scratch", changedStats, stats(t, fresh))
	equal(t, "findings: changed vs loaded from scratch", changedFindings, findingIDs(t, fresh, graph.FindingFilter{}))

	// A stored claim that countered only the changed claim's old version
	// stops being a counterclaim, though the load did not touch it.
	t.Run("counterclaim flag of an untouched claim", func(t *testing.T) {
		s := open(t)
		d1, d2 := Doc("flag-1", harbor, "2024-03-01"), Doc("flag-2", ledger, "2024-03-02")
		acc := Claim(d1, Varga, Arvenia, graph.KindAccusation, Belmora, actCM, topCM, graph.Positive, "2024-03-01")
		den := Claim(d2, Reuel, Belmora, graph.KindDenial, Belmora, actCM, topCM, graph.Negative, "2024-03-02")
		mustLoad(t, s, graph.Batch{Documents: []graph.Document{d1, d2}, Claims: []graph.Claim{acc, den}})
		if st := stats(t, s); st.Counterclaims != 1 {
			t.Fatalf("before: %d counterclaims, want 1", st.Counterclaims)
		}
		checkDerived(t, s)
		acc.Side = Belmora // now Belmora's own statement: the denial no longer answers another side
		res := mustLoad(t, s, graph.Batch{Claims: []graph.Claim{acc}})
		if res.Updated != 1 {
			t.Fatalf("reload: %+v, want 1 updated", res)
		}
		if st := stats(t, s); st.Counterclaims != 0 {
			t.Errorf("after: %d counterclaims, want 0", st.Counterclaims)
		}
		checkDerived(t, s)
	})
}

func testInvalid(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	d1 := w.docs["d1"]
	valid := func() graph.Claim {
		return Claim(d1, Okaro, Cordovia, graph.KindAssertion, Cordovia, "open a new embassy", "diplomacy", graph.Positive, "2024-07-01")
	}
	mod := func(f func(*graph.Claim)) graph.Claim {
		c := valid()
		f(&c)
		return c
	}
	var many []graph.Claim
	for i := range 200 {
		many = append(many, Claim(d1, Okaro, Cordovia, graph.KindAssertion, Belmora,
			fmt.Sprintf("send envoy %d", i), "diplomacy", graph.Positive, "2024-07-02"))
	}
	// Ends with a claim that opposes a stored one, so that detection would
	// write findings if the batch were (wrongly) partly applied.
	opp := Claim(d1, Okaro, Cordovia, graph.KindAssertion, Belmora, actCM, topCM, graph.Negative, "2024-07-03")
	cases := []struct {
		name  string
		batch graph.Batch
	}{
		{"no id", graph.Batch{Claims: []graph.Claim{mod(func(c *graph.Claim) { c.ID = "" })}}},
		{"no speaker", graph.Batch{Claims: []graph.Claim{mod(func(c *graph.Claim) { c.Speaker = " " })}}},
		{"unknown kind", graph.Batch{Claims: []graph.Claim{mod(func(c *graph.Claim) { c.Kind = "rumour" })}}},
		{"bad polarity", graph.Batch{Claims: []graph.Claim{mod(func(c *graph.Claim) { c.Polarity = "+-" })}}},
		{"no action", graph.Batch{Claims: []graph.Claim{mod(func(c *graph.Claim) { c.Action = "" })}}},
		{"no topic", graph.Batch{Claims: []graph.Claim{mod(func(c *graph.Claim) { c.Topic = "" })}}},
		{"bad date", graph.Batch{Claims: []graph.Claim{mod(func(c *graph.Claim) { c.SaidAt = "2024-13-45" })}}},
		{"year out of range", graph.Batch{Claims: []graph.Claim{mod(func(c *graph.Claim) { c.SaidAt = "0024-01-01" })}}},
		{"reversed evidence", graph.Batch{Claims: []graph.Claim{mod(func(c *graph.Claim) {
			c.Evidence = &graph.Span{Start: 10, End: 5}
		})}}},
		{"missing document", graph.Batch{Claims: []graph.Claim{mod(func(c *graph.Claim) { c.DocID = "doc:nowhere" })}}},
		{"document without id", graph.Batch{Documents: []graph.Document{{Name: "x.txt"}}, Claims: []graph.Claim{valid()}}},
		{"same id, different content", graph.Batch{Claims: []graph.Claim{valid(), mod(func(c *graph.Claim) { c.Text = "other" })}}},
		{"invalid claim at the end of a big batch", graph.Batch{
			Documents: []graph.Document{Doc("fresh-doc", courier, "2024-07-01")},
			Claims:    append(append(append([]graph.Claim{}, many...), opp), mod(func(c *graph.Claim) { c.Kind = "" })),
		}},
		{"missing document at the end of a big batch", graph.Batch{
			Claims: append(append(append([]graph.Claim{}, many...), opp), mod(func(c *graph.Claim) { c.DocID = "doc:nowhere" })),
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := stats(t, s)
			beforeIDs := sortedIDs(t, s, graph.ClaimFilter{})
			_, err := s.Load(context.Background(), tc.batch)
			wantCode(t, "Load", err, graph.EInvalid)
			equal(t, "stats after a rejected batch", stats(t, s), before)
			equal(t, "claims after a rejected batch", sortedIDs(t, s, graph.ClaimFilter{}), beforeIDs)
		})
	}
}

// testDocumentFromStore: a claim may cite a document loaded earlier.
func testDocumentFromStore(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	c := Claim(w.docs["d7"], Okaro, Cordovia, graph.KindPrediction, Belmora, "sign the accord", "accord", graph.Positive, "2024-06-02")
	res := mustLoad(t, s, graph.Batch{Claims: []graph.Claim{c}})
	equal(t, "created", []int{res.Documents, res.Claims, res.Topics}, []int{0, 1, 1})
	got := claims(t, s, graph.ClaimFilter{IDs: []string{c.ID}})
	if len(got) != 1 || got[0].Document == nil || got[0].Document.Outlet != harbor {
		t.Errorf("claim citing a stored document: %+v", got)
	}
}

func testRespondsLater(t *testing.T, open Opener) {
	w := newWorld()
	for _, order := range [][]string{{"resp", "acc1"}, {"acc1", "resp"}} {
		t.Run(order[0]+" first", func(t *testing.T) {
			s := open(t)
			for _, n := range order {
				mustLoad(t, s, w.batchOf(n))
			}
			got := findingIDs(t, s, graph.FindingFilter{Rules: []graph.Rule{graph.RuleCounterclaim}})
			equal(t, "counterclaims", got, []string{w.findingID(want{graph.RuleCounterclaim, "resp", "acc1"})})
			cs := claims(t, s, graph.ClaimFilter{IDs: []string{w.id("resp")}})
			if len(cs) != 1 || !cs[0].Counterclaim {
				t.Errorf("responder not marked as counterclaim: %+v", cs)
			}
			checkDerived(t, s)
		})
	}
}

// testOrderIndependence loads the world in shuffled orders and batch sizes
// (fixed seeds) and expects the same findings and stats every time.
func testOrderIndependence(t *testing.T, open Opener) {
	ref, w := loadWorld(t, open)
	wantStats := stats(t, ref)
	wantFindings := findingIDs(t, ref, graph.FindingFilter{})
	equal(t, "reference findings", wantFindings, w.wantIDs(nil))
	for seed := uint64(1); seed <= 4; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 0x636f6e747261))
			names := append([]string(nil), w.order...)
			rng.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
			s := open(t)
			for len(names) > 0 {
				n := min(1+rng.IntN(4), len(names))
				mustLoad(t, s, w.batchOf(names[:n]...))
				names = names[n:]
			}
			equal(t, "stats", stats(t, s), wantStats)
			equal(t, "findings", findingIDs(t, s, graph.FindingFilter{}), wantFindings)
		})
	}
}

// testConcurrentLoads: loads racing each other on one store find what one
// load finds, because each sees what the others committed.
func testConcurrentLoads(t *testing.T, open Opener) {
	ref, w := loadWorld(t, open)
	s := open(t)
	var wg sync.WaitGroup
	errs := make(chan error, len(w.order))
	for _, n := range w.order {
		wg.Go(func() {
			if _, err := s.Load(context.Background(), w.batchOf(n)); err != nil {
				errs <- fmt.Errorf("load %s: %w", n, err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	equal(t, "stats", stats(t, s), stats(t, ref))
	equal(t, "findings", findingIDs(t, s, graph.FindingFilter{}), findingIDs(t, ref, graph.FindingFilter{}))
	checkDerived(t, s)
}

func testLoadedRanges(t *testing.T, open Opener) {
	s := open(t)
	w := newWorld()
	t0 := time.Now()
	mustLoad(t, s, w.batchOf("acc1", "den1"))
	t1 := time.Now()
	time.Sleep(20 * time.Millisecond)
	mid := time.Now()
	time.Sleep(20 * time.Millisecond)
	mustLoad(t, s, w.batchOf("acc1b"))

	for _, c := range claims(t, s, graph.ClaimFilter{IDs: w.ids("acc1", "den1")}) {
		// A millisecond of slack for stores that keep milliseconds.
		if c.LoadedAt.Before(t0.Add(-time.Millisecond)) || c.LoadedAt.After(t1.Add(time.Millisecond)) {
			t.Errorf("%s LoadedAt %v not within its load [%v, %v]", c.ID, c.LoadedAt, t0, t1)
		}
	}
	equal(t, "LoadedFrom", sortedIDs(t, s, graph.ClaimFilter{LoadedFrom: mid}), w.ids("acc1b"))
	equal(t, "LoadedTo", sortedIDs(t, s, graph.ClaimFilter{LoadedTo: mid}), w.ids("acc1", "den1"))
	equal(t, "LoadedFrom+LoadedTo", sortedIDs(t, s, graph.ClaimFilter{LoadedFrom: t0.Add(-time.Second), LoadedTo: mid}),
		w.ids("acc1", "den1"))

	second := w.wantIDs(func(x want) bool { return x.from == "acc1b" || x.to == "acc1b" })
	first := w.wantIDs(func(x want) bool {
		return (x.from == "acc1" || x.to == "acc1") && (x.from == "den1" || x.to == "den1")
	})
	equal(t, "FoundFrom", findingIDs(t, s, graph.FindingFilter{FoundFrom: mid}), second)
	equal(t, "FoundTo", findingIDs(t, s, graph.FindingFilter{FoundTo: mid}), first)
	for _, x := range findings(t, s, graph.FindingFilter{}) {
		if x.FoundAt.IsZero() {
			t.Errorf("finding %s has no FoundAt", x.ID)
		}
	}
}

// Hostile strings are data: they must come back byte for byte, and
// filters on them must work.
var hostile = []string{
	`"}) DETACH DELETE n //`,
	`'; DROP TABLE claims; --`,
	`Robert'); MATCH (n) DETACH DELETE n; //`,
	`$param {{name}} %s %v \n \\ ?1 :name`,
	"Bélmora – “quoted” 国境\ttab\nnewline",
}

func testHostile(t *testing.T, open Opener) {
	s := open(t)
	doc := Doc("hostile", `Outlet "}) RETURN 1 //`, "2024-08-01")
	doc.Title = `'; DROP TABLE documents; --`
	var cs []graph.Claim
	for i, h := range hostile {
		c := Claim(doc, h, Arvenia, graph.KindAssertion, Belmora, "say "+h, h, graph.Positive, "2024-08-01")
		c.Text = h
		c.Role = h
		cs = append(cs, c)
		if i == 0 {
			c2 := c
			c2.Side, c2.Kind, c2.Polarity = h, graph.KindDenial, graph.Negative
			c2.Speaker, c2.SpeakerID = Reuel, graph.SpeakerID(Reuel)
			c2.ID = graph.ClaimID(&c2)
			c2.RespondsTo = []string{c.ID}
			cs = append(cs, c2)
		}
	}
	mustLoad(t, s, graph.Batch{Documents: []graph.Document{doc}, Claims: cs})
	for _, c := range cs {
		got := claims(t, s, graph.ClaimFilter{IDs: []string{c.ID}})
		if len(got) != 1 {
			t.Fatalf("claim %q: %d claims back", c.Speaker, len(got))
		}
		g := got[0]
		equal(t, "fields", []string{g.Speaker, g.Role, g.Side, g.Subject, g.Action, g.Topic, g.Text},
			[]string{c.Speaker, c.Role, c.Side, c.Subject, c.Action, c.Topic, c.Text})
		if g.Document == nil || *g.Document != doc {
			t.Errorf("document: got %+v, want %+v", g.Document, doc)
		}
		// Filters compare slugs; a hostile name still finds its claims.
		if ids := claimIDs(t, s, graph.ClaimFilter{Speaker: c.Speaker, Topic: c.Topic}); len(ids) == 0 {
			t.Errorf("filter by hostile speaker %q and topic %q found nothing", c.Speaker, c.Topic)
		}
	}
	names := map[string]bool{}
	sp, err := s.Speakers(context.Background(), "")
	if err != nil {
		t.Fatalf("Speakers: %v", err)
	}
	for _, x := range sp {
		names[x.Name] = true
	}
	tp, err := s.Topics(context.Background(), "")
	if err != nil {
		t.Fatalf("Topics: %v", err)
	}
	topics := map[string]bool{}
	for _, x := range tp {
		topics[x.Name] = true
	}
	for _, n := range hostile {
		// Node names fold white space (graph.NodeName); claims keep theirs.
		n = graph.NodeName(n)
		if !names[n] {
			t.Errorf("speaker %q not listed by Speakers: %v", n, sortedKeys(names))
		}
		if !topics[n] {
			t.Errorf("topic %q not listed by Topics: %v", n, sortedKeys(topics))
		}
	}
	fs := findings(t, s, graph.FindingFilter{Speaker: hostile[0]})
	if len(fs) == 0 {
		t.Errorf("no findings for the hostile speaker %q", hostile[0])
	}
	// Loading again changes nothing: the strings hash the same way.
	res := mustLoad(t, s, graph.Batch{Documents: []graph.Document{doc}, Claims: cs})
	if res.Unchanged != len(cs) {
		t.Errorf("reload of hostile claims: %+v, want %d unchanged", res, len(cs))
	}
}

func testClosed(t *testing.T, open Opener) {
	s := open(t)
	w := newWorld()
	mustLoad(t, s, w.batchOf("acc1"))
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	ctx := context.Background()
	_, err := s.Load(ctx, w.batchOf("den1"))
	wantCode(t, "Load after Close", err, graph.EUnavailable)
	err = s.Claims(ctx, graph.ClaimFilter{}, func(graph.Claim) error { return nil })
	wantCode(t, "Claims after Close", err, graph.EUnavailable)
	_, err = s.Findings(ctx, graph.FindingFilter{})
	wantCode(t, "Findings after Close", err, graph.EUnavailable)
	_, err = s.Stats(ctx)
	wantCode(t, "Stats after Close", err, graph.EUnavailable)
	_, err = s.Speakers(ctx, "")
	wantCode(t, "Speakers after Close", err, graph.EUnavailable)
	js := jobStore(t, s)
	_, err = js.JobState(ctx, "daily")
	wantCode(t, "JobState after Close", err, graph.EUnavailable)
	err = js.SaveJobState(ctx, graph.JobState{Name: "daily"})
	wantCode(t, "SaveJobState after Close", err, graph.EUnavailable)
}
