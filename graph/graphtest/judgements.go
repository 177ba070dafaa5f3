package graphtest

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

// RunJudgements runs the judgement group of the suite: what
// graph.JudgementStore and graph.TextStore guarantee, and that judgements
// applied through the store (graph.Judge, graph.JudgingStore) outlive a
// re-load and undo cleanly. Every store of the project is both stores.
func RunJudgements(t *testing.T, open func(tb testing.TB) graph.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"StoredOnceInOrder", testJudgementsStored},
		{"UnpreparedRefused", testJudgementsUnprepared},
		{"Originals", testOriginals},
		{"Texts", testTexts},
		{"MergeSpeakerSurvivesReload", testMergeSpeaker},
		{"MergeTopicAndUndo", testMergeTopic},
		{"SetSide", testSetSide},
		{"VerdictsSurviveReload", testVerdictsReload},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// judgementStore returns s as the judgement and text stores it is.
func judgementStore(tb testing.TB, s graph.Store) interface {
	graph.JudgementStore
	graph.TextStore
} {
	tb.Helper()
	js, ok := s.(interface {
		graph.JudgementStore
		graph.TextStore
	})
	if !ok {
		tb.Fatalf("%T is not a graph.JudgementStore and graph.TextStore", s)
	}
	return js
}

// judgementAt is a prepared judgement made at minute m of a fixed day.
func judgementAt(tb testing.TB, m int, j graph.Judgement) graph.Judgement {
	tb.Helper()
	if j.User == "" {
		j.User = "analyst"
	}
	j.At = time.Date(2024, 7, 1, 9, m, 0, 123456789, time.UTC)
	p, err := graph.PrepareJudgement(j, time.Time{})
	if err != nil {
		tb.Fatalf("PrepareJudgement(%+v): %v", j, err)
	}
	return p
}

func storedJudgements(tb testing.TB, js graph.JudgementStore) []graph.Judgement {
	tb.Helper()
	out := []graph.Judgement{}
	if err := js.Judgements(context.Background(), func(j graph.Judgement) error {
		out = append(out, j)
		return nil
	}); err != nil {
		tb.Fatalf("Judgements: %v", err)
	}
	return out
}

func testJudgementsStored(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	js := judgementStore(t, s)
	late := judgementAt(t, 30, graph.Judgement{Action: graph.ActReject, Target: graph.TargetFinding, TargetID: "finding:1",
		Reason: "quote is about a different week\n<img src=x onerror=alert(1)> ' OR 1=1 -- \"}) DETACH DELETE n //", User: "Léa Ørsted"})
	early := judgementAt(t, 10, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "I. Varga", Into: Varga})
	side := judgementAt(t, 20, graph.Judgement{Action: graph.ActSetSide, Target: graph.TargetSpeaker, TargetID: Fenn, Side: Cordovia})
	n, err := js.AddJudgements(ctx, []graph.Judgement{late, early})
	if err != nil || n != 2 {
		t.Fatalf("AddJudgements: %d, %v; want 2 added", n, err)
	}
	// Again, with one new: only the new one is stored.
	n, err = js.AddJudgements(ctx, []graph.Judgement{early, side, late})
	if err != nil || n != 1 {
		t.Fatalf("AddJudgements again: %d, %v; want 1 added", n, err)
	}
	got := storedJudgements(t, js)
	equal(t, "judgements in order", got, []graph.Judgement{early, side, late})
	if n, err := js.AddJudgements(ctx, nil); err != nil || n != 0 {
		t.Errorf("AddJudgements(nil): %d, %v", n, err)
	}
}

func testJudgementsUnprepared(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	js := judgementStore(t, s)
	good := judgementAt(t, 1, graph.Judgement{Action: graph.ActConfirm, Target: graph.TargetDispute, TargetID: "dispute:1"})
	forged := good
	forged.Reason = "changed after its id was made"
	bad := graph.Judgement{ID: "judgement:x", Action: "delete", Target: graph.TargetFinding, TargetID: "f", User: "u", At: good.At}
	for _, tc := range []struct {
		name string
		list []graph.Judgement
	}{{"id does not match", []graph.Judgement{good, forged}}, {"unknown action", []graph.Judgement{bad}}} {
		_, err := js.AddJudgements(ctx, tc.list)
		wantCode(t, tc.name, err, graph.EInvalid)
	}
	if got := storedJudgements(t, js); len(got) != 0 {
		t.Errorf("a refused list stored %d judgements", len(got))
	}
}

func testOriginals(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	js := judgementStore(t, s)
	a := graph.Original{ClaimID: "claim:a", Speaker: "I. Varga", Topic: "cluster bombs", Side: Arvenia}
	b := graph.Original{ClaimID: "claim:b", Speaker: Fenn, Topic: topCM}
	c := graph.Original{ClaimID: "claim:c", Speaker: Reuel, Topic: topBS, Side: Belmora}
	if err := js.SaveOriginals(ctx, []graph.Original{c, a, b}, nil); err != nil {
		t.Fatalf("SaveOriginals: %v", err)
	}
	a2 := a
	a2.Topic = "cluster munitions"
	if err := js.SaveOriginals(ctx, []graph.Original{a2}, []string{"claim:b", "claim:missing"}); err != nil {
		t.Fatalf("SaveOriginals replace and drop: %v", err)
	}
	got, err := js.Originals(ctx, []string{"claim:a", "claim:b", "claim:c", "claim:none"})
	if err != nil {
		t.Fatalf("Originals: %v", err)
	}
	equal(t, "originals", got, map[string]graph.Original{"claim:a": a2, "claim:c": c})
	var all []graph.Original
	if err := js.EachOriginal(ctx, func(o graph.Original) error {
		all = append(all, o)
		return nil
	}); err != nil {
		t.Fatalf("EachOriginal: %v", err)
	}
	equal(t, "every original by claim id", all, []graph.Original{a2, c})
	stop := errors.New("stop")
	if err := js.EachOriginal(ctx, func(graph.Original) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("EachOriginal returned %v, want the callback's error", err)
	}
}

func testTexts(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	js := judgementStore(t, s)
	long := string(slices.Repeat([]byte("Ünïcode, quotes \" ' and <tags> \x00 too. "), 20000))
	if err := js.SaveTexts(ctx, []graph.DocumentText{{DocID: "doc:1", Text: "first"}, {DocID: "doc:2", Text: long}}); err != nil {
		t.Fatalf("SaveTexts: %v", err)
	}
	if err := js.SaveTexts(ctx, []graph.DocumentText{{DocID: "doc:1", Text: "second"}}); err != nil {
		t.Fatalf("SaveTexts replace: %v", err)
	}
	for id, want := range map[string]string{"doc:1": "second", "doc:2": long} {
		got, err := js.DocumentText(ctx, id)
		if err != nil || got != want {
			t.Errorf("DocumentText(%s): %d bytes, %v; want %d bytes", id, len(got), err, len(want))
		}
	}
	_, err := js.DocumentText(ctx, "doc:none")
	wantCode(t, "DocumentText of a document without text", err, graph.ENotFound)
	wantCode(t, "a text without a document", js.SaveTexts(ctx, []graph.DocumentText{{Text: "x"}}), graph.EInvalid)
}

// judge records judgements through graph.Judge.
func judge(tb testing.TB, s graph.Store, js ...graph.Judgement) int {
	tb.Helper()
	_, changed, err := graph.Judge(context.Background(), s, judgementStore(tb, s), js)
	if err != nil {
		tb.Fatalf("Judge: %v", err)
	}
	return changed
}

// reload loads the world again through a JudgingStore and checks that
// nothing changed.
func reload(tb testing.TB, s graph.Store, w *world) {
	tb.Helper()
	js := judgementStore(tb, s)
	res, err := graph.JudgingStore{Store: s, Judgements: js}.Load(context.Background(), w.batch())
	if err != nil {
		tb.Fatalf("reload: %v", err)
	}
	if res.Claims != 0 || res.Updated != 0 || res.Unchanged != len(w.order) {
		tb.Errorf("reload: %d new, %d updated, %d unchanged; want 0, 0, %d", res.Claims, res.Updated, res.Unchanged, len(w.order))
	}
}

// speakerClaims returns the ids of a speaker's stored claims, sorted.
func speakerClaims(tb testing.TB, s graph.Store, speaker string) []string {
	tb.Helper()
	return sortedIDs(tb, s, graph.ClaimFilter{Speaker: speaker})
}

func testMergeSpeaker(t *testing.T, open Opener) {
	s := open(t)
	w := newWorld()
	js := judgementStore(t, s)
	// The world is loaded through a JudgingStore from the start, as
	// contra load does.
	if _, err := (graph.JudgingStore{Store: s, Judgements: js}).Load(context.Background(), w.batch()); err != nil {
		t.Fatalf("Load: %v", err)
	}
	pirel, varga := speakerClaims(t, s, Pirel), speakerClaims(t, s, Varga)
	if len(pirel) == 0 || len(varga) == 0 {
		t.Fatalf("fixture: %s has %d claims, %s %d", Pirel, len(pirel), Varga, len(varga))
	}
	before := stats(t, s)
	m := judgementAt(t, 1, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: Pirel, Into: Varga, Reason: "same person"})
	if n := judge(t, s, m); n != len(pirel) {
		t.Errorf("merge changed %d claims, want %s's %d", n, Pirel, len(pirel))
	}
	merged := append(slices.Clone(varga), pirel...)
	slices.Sort(merged)
	equal(t, "claims of the speaker merged into", speakerClaims(t, s, Varga), merged)
	equal(t, "claims of the merged speaker", speakerClaims(t, s, Pirel), []string{})
	for _, c := range claims(t, s, graph.ClaimFilter{IDs: pirel}) {
		if c.Speaker != Varga || c.SpeakerID != graph.SpeakerID(Varga) {
			t.Errorf("merged claim %s: speaker %q (%s)", c.ID, c.Speaker, c.SpeakerID)
		}
	}
	checkDerived(t, s)
	// The re-load of both speakers' claims keeps the merge and changes
	// nothing; Reapply finds nothing to do.
	reload(t, s, w)
	equal(t, "claims after a re-load", speakerClaims(t, s, Varga), merged)
	if n, err := graph.Reapply(context.Background(), s, js); err != nil || n != 0 {
		t.Errorf("Reapply after a re-load: %d changed, %v", n, err)
	}
	// Undo puts every claim back as it was loaded.
	judge(t, s, judgementAt(t, 2, graph.Judgement{Action: graph.ActUndo, Target: graph.TargetJudgement, TargetID: m.ID}))
	equal(t, "claims of the first speaker after undo", speakerClaims(t, s, Varga), varga)
	equal(t, "claims of the second speaker after undo", speakerClaims(t, s, Pirel), pirel)
	equal(t, "stats after undo", stats(t, s), before)
	checkDerived(t, s)
	reload(t, s, w)
	// An undo of nothing is refused and stores nothing.
	_, _, err := graph.Judge(context.Background(), s, js, []graph.Judgement{
		judgementAt(t, 3, graph.Judgement{Action: graph.ActUndo, Target: graph.TargetJudgement, TargetID: "judgement:none"})})
	wantCode(t, "undo of an unknown judgement", err, graph.ENotFound)
	if n := len(storedJudgements(t, js)); n != 2 {
		t.Errorf("%d judgements stored, want 2", n)
	}
}

func testMergeTopic(t *testing.T, open Opener) {
	ctx := context.Background()
	s, w := loadWorld(t, open)
	js := judgementStore(t, s)
	before := stats(t, s)
	bs := sortedIDs(t, s, graph.ClaimFilter{Topic: topBS})
	cm := sortedIDs(t, s, graph.ClaimFilter{Topic: topCM})
	m := judgementAt(t, 1, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetTopic, TargetID: topBS, Into: topCM})
	judge(t, s, m)
	all := append(slices.Clone(cm), bs...)
	slices.Sort(all)
	equal(t, "claims on the topic merged into", sortedIDs(t, s, graph.ClaimFilter{Topic: topCM}), all)
	checkDerived(t, s)
	reload(t, s, w)
	// A later merge the other way wins, without a cycle.
	back := judgementAt(t, 2, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetTopic, TargetID: topCM, Into: topBS})
	judge(t, s, back)
	equal(t, "claims after merging back", sortedIDs(t, s, graph.ClaimFilter{Topic: topBS}), all)
	// Undoing both restores the loaded topics.
	judge(t, s,
		judgementAt(t, 3, graph.Judgement{Action: graph.ActUndo, Target: graph.TargetJudgement, TargetID: back.ID}),
		judgementAt(t, 4, graph.Judgement{Action: graph.ActUndo, Target: graph.TargetJudgement, TargetID: m.ID}))
	equal(t, "claims on the first topic after undo", sortedIDs(t, s, graph.ClaimFilter{Topic: topBS}), bs)
	equal(t, "claims on the second topic after undo", sortedIDs(t, s, graph.ClaimFilter{Topic: topCM}), cm)
	equal(t, "stats after undo", stats(t, s), before)
	n := 0
	if err := js.EachOriginal(ctx, func(graph.Original) error { n++; return nil }); err != nil || n != 0 {
		t.Errorf("after every undo %d originals remain (%v), want none", n, err)
	}
	reload(t, s, w)
}

func testSetSide(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	fenn := speakerClaims(t, s, Fenn)
	judge(t, s, judgementAt(t, 1, graph.Judgement{Action: graph.ActSetSide, Target: graph.TargetSpeaker, TargetID: Fenn, Side: Cordovia}))
	for _, c := range claims(t, s, graph.ClaimFilter{IDs: fenn}) {
		if c.Side != Cordovia {
			t.Errorf("claim %s of %s: side %q, want %q", c.ID, Fenn, c.Side, Cordovia)
		}
	}
	equal(t, "claims of the side", sortedIDs(t, s, graph.ClaimFilter{Side: Cordovia, Speaker: Fenn}), fenn)
	sps, err := s.Speakers(context.Background(), Fenn)
	if err != nil || len(sps) != 1 || sps[0].Side != Cordovia {
		t.Errorf("speaker %s after set_side: %+v, %v", Fenn, sps, err)
	}
	checkDerived(t, s)
	reload(t, s, w)
}

func testVerdictsReload(t *testing.T, open Opener) {
	ctx := context.Background()
	s, w := loadWorld(t, open)
	js := judgementStore(t, s)
	fs := findings(t, s, graph.FindingFilter{})
	if len(fs) < 2 {
		t.Fatalf("fixture has %d findings", len(fs))
	}
	rej := judgementAt(t, 1, graph.Judgement{Action: graph.ActReject, Target: graph.TargetFinding, TargetID: fs[0].ID})
	conf := judgementAt(t, 2, graph.Judgement{Action: graph.ActConfirm, Target: graph.TargetFinding, TargetID: fs[1].ID})
	if n := judge(t, s, rej, conf); n != 0 {
		t.Errorf("verdicts changed %d claims", n)
	}
	reload(t, s, w)
	g, err := graph.ReadJudged(ctx, js)
	if err != nil {
		t.Fatal(err)
	}
	if !g.Rejected(fs[0].ID) || g.Rejected(fs[1].ID) || g.RejectedCount() != 1 {
		t.Errorf("after a re-load: rejected %v/%v, %d rejected", g.Rejected(fs[0].ID), g.Rejected(fs[1].ID), g.RejectedCount())
	}
	if v, _ := g.Verdict(fs[1].ID); v.Action != graph.ActConfirm {
		t.Errorf("verdict on %s: %q", fs[1].ID, v.Action)
	}
	// The finding a verdict names is still there to be hidden.
	if !reflect.DeepEqual(findingIDs(t, s, graph.FindingFilter{}), func() []string {
		out := []string{}
		for _, x := range fs {
			out = append(out, x.ID)
		}
		return out
	}()) {
		t.Errorf("findings changed across a re-load")
	}
}
