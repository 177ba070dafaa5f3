package graph_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

var day = time.Date(2024, 7, 1, 9, 0, 0, 0, time.UTC)

// jm is a prepared judgement made m minutes into the day.
func jm(tb testing.TB, m int, j graph.Judgement) graph.Judgement {
	tb.Helper()
	if j.User == "" {
		j.User = "analyst"
	}
	j.At = day.Add(time.Duration(m) * time.Minute)
	p, err := graph.PrepareJudgement(j, time.Time{})
	if err != nil {
		tb.Fatalf("PrepareJudgement(%+v): %v", j, err)
	}
	return p
}

func TestPrepareJudgement(t *testing.T) {
	long := strings.Repeat("x", graph.MaxJudgementReason+1)
	for _, tc := range []struct {
		name string
		j    graph.Judgement
		ok   bool
	}{
		{"reject a finding", graph.Judgement{Action: graph.ActReject, Target: graph.TargetFinding, TargetID: "finding:1", User: "a"}, true},
		{"confirm a dispute", graph.Judgement{Action: graph.ActConfirm, Target: graph.TargetDispute, TargetID: "dispute:1", User: "a"}, true},
		{"unsure of an exchange", graph.Judgement{Action: graph.ActUnsure, Target: graph.TargetExchange, TargetID: "exchange:1", User: "a"}, true},
		{"merge speakers", graph.Judgement{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "Shoigu", Into: "Sergei Shoigu", User: "a"}, true},
		{"merge topics", graph.Judgement{Action: graph.ActMerge, Target: graph.TargetTopic, TargetID: "cluster bombs", Into: "cluster munitions", User: "a"}, true},
		{"set a side", graph.Judgement{Action: graph.ActSetSide, Target: graph.TargetSpeaker, TargetID: "Fenn", Side: "Cordovia", User: "a"}, true},
		{"undo", graph.Judgement{Action: graph.ActUndo, Target: graph.TargetJudgement, TargetID: "judgement:1", User: "a"}, true},
		{"unknown action", graph.Judgement{Action: "delete", Target: graph.TargetFinding, TargetID: "f", User: "a"}, false},
		{"verdict on a speaker", graph.Judgement{Action: graph.ActReject, Target: graph.TargetSpeaker, TargetID: "x", User: "a"}, false},
		{"verdict with into", graph.Judgement{Action: graph.ActReject, Target: graph.TargetFinding, TargetID: "f", Into: "g", User: "a"}, false},
		{"merge into itself", graph.Judgement{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "A. Dusk", Into: "a dusk", User: "a"}, false},
		// one topic by its class of event nouns (graph.TopicSlug)
		{"merge a topic into its synonym", graph.Judgement{Action: graph.ActMerge, Target: graph.TargetTopic, TargetID: "Pipeline Explosion", Into: "pipeline blast", User: "a"}, false},
		{"merge a speaker named by a synonym", graph.Judgement{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "Blaze Kovac", Into: "Fire Kovac", User: "a"}, true},
		{"merge without into", graph.Judgement{Action: graph.ActMerge, Target: graph.TargetTopic, TargetID: "t", User: "a"}, false},
		{"merge of findings", graph.Judgement{Action: graph.ActMerge, Target: graph.TargetFinding, TargetID: "f", Into: "g", User: "a"}, false},
		{"side without side", graph.Judgement{Action: graph.ActSetSide, Target: graph.TargetSpeaker, TargetID: "x", User: "a"}, false},
		{"side of a topic", graph.Judgement{Action: graph.ActSetSide, Target: graph.TargetTopic, TargetID: "x", Side: "y", User: "a"}, false},
		{"undo of a finding", graph.Judgement{Action: graph.ActUndo, Target: graph.TargetFinding, TargetID: "f", User: "a"}, false},
		{"no target", graph.Judgement{Action: graph.ActReject, Target: graph.TargetFinding, User: "a"}, false},
		{"no user", graph.Judgement{Action: graph.ActReject, Target: graph.TargetFinding, TargetID: "f"}, false},
		{"reason too long", graph.Judgement{Action: graph.ActReject, Target: graph.TargetFinding, TargetID: "f", User: "a", Reason: long}, false},
		{"invalid UTF-8", graph.Judgement{Action: graph.ActReject, Target: graph.TargetFinding, TargetID: "f", User: "a\xff"}, false},
		{"year out of range", graph.Judgement{Action: graph.ActReject, Target: graph.TargetFinding, TargetID: "f", User: "a", At: time.Date(99999, 1, 1, 0, 0, 0, 0, time.UTC)}, false},
		{"id of other content", graph.Judgement{ID: "judgement:forged", Action: graph.ActReject, Target: graph.TargetFinding, TargetID: "f", User: "a"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := graph.PrepareJudgement(tc.j, day)
			if tc.ok != (err == nil) {
				t.Fatalf("PrepareJudgement: %v, want ok=%v", err, tc.ok)
			}
			if err != nil {
				if graph.ErrorCode(err) != graph.EInvalid {
					t.Errorf("code %q, want invalid", graph.ErrorCode(err))
				}
				return
			}
			if p.ID != graph.JudgementID(p) || !strings.HasPrefix(p.ID, "judgement:") {
				t.Errorf("id %q", p.ID)
			}
			if again, err := graph.PrepareJudgement(p, time.Time{}); err != nil || again != p {
				t.Errorf("preparing again: %+v, %v; want it unchanged", again, err)
			}
		})
	}
}

func TestJudgedVerdictsAndUndo(t *testing.T) {
	rej := jm(t, 1, graph.Judgement{Action: graph.ActReject, Target: graph.TargetFinding, TargetID: "f1"})
	conf := jm(t, 2, graph.Judgement{Action: graph.ActConfirm, Target: graph.TargetFinding, TargetID: "f1"})
	undoConf := jm(t, 3, graph.Judgement{Action: graph.ActUndo, Target: graph.TargetJudgement, TargetID: conf.ID})
	undoUndo := jm(t, 4, graph.Judgement{Action: graph.ActUndo, Target: graph.TargetJudgement, TargetID: undoConf.ID})
	rej2 := jm(t, 5, graph.Judgement{Action: graph.ActReject, Target: graph.TargetDispute, TargetID: "d1"})
	for _, tc := range []struct {
		name     string
		list     []graph.Judgement
		verdict  graph.Action // on f1, "" for none
		rejected int
	}{
		{"none", nil, "", 0},
		{"reject", []graph.Judgement{rej}, graph.ActReject, 1},
		{"the latest verdict wins", []graph.Judgement{conf, rej}, graph.ActConfirm, 0},
		{"undo restores the earlier verdict", []graph.Judgement{rej, conf, undoConf}, graph.ActReject, 1},
		{"undo of the undo restores the verdict", []graph.Judgement{undoUndo, rej, conf, undoConf}, graph.ActConfirm, 0},
		{"each target its own verdict", []graph.Judgement{rej, rej2}, graph.ActReject, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := graph.NewJudged(tc.list)
			v, ok := g.Verdict("f1")
			if ok != (tc.verdict != "") || v.Action != tc.verdict {
				t.Errorf("verdict on f1: %q (%v), want %q", v.Action, ok, tc.verdict)
			}
			if g.Rejected("f1") != (tc.verdict == graph.ActReject) {
				t.Errorf("Rejected(f1) = %v", g.Rejected("f1"))
			}
			if g.RejectedCount() != tc.rejected {
				t.Errorf("RejectedCount = %d, want %d", g.RejectedCount(), tc.rejected)
			}
			if g.Rewrites() {
				t.Errorf("verdicts rewrite claims")
			}
		})
	}
}

func TestJudgedRewrite(t *testing.T) {
	mergeSp := jm(t, 1, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "I. Varga", Into: "Ilya Varga"})
	chain := jm(t, 2, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "Ilya Varga", Into: "Minister Ilya Varga"})
	back := jm(t, 3, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "Minister Ilya Varga", Into: "I. Varga"})
	swap := jm(t, 3, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "Ilya Varga", Into: "I. Varga"})
	mergeTop := jm(t, 4, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetTopic, TargetID: "cluster bombs", Into: "cluster munitions"})
	sideFrom := jm(t, 5, graph.Judgement{Action: graph.ActSetSide, Target: graph.TargetSpeaker, TargetID: "I. Varga", Side: "Belmora"})
	sideInto := jm(t, 6, graph.Judgement{Action: graph.ActSetSide, Target: graph.TargetSpeaker, TargetID: "Ilya Varga", Side: "Arvenia"})
	undoMerge := jm(t, 7, graph.Judgement{Action: graph.ActUndo, Target: graph.TargetJudgement, TargetID: mergeSp.ID})
	claim := graph.Claim{ID: "c1", Speaker: "I. Varga", SpeakerID: graph.SpeakerID("I. Varga"), Topic: "cluster bombs", Side: "Cordovia"}
	for _, tc := range []struct {
		name                 string
		list                 []graph.Judgement
		speaker, topic, side string
	}{
		{"nothing", nil, "I. Varga", "cluster bombs", "Cordovia"},
		{"speaker merge", []graph.Judgement{mergeSp}, "Ilya Varga", "cluster bombs", "Cordovia"},
		{"merges chain", []graph.Judgement{chain, mergeSp}, "Minister Ilya Varga", "cluster bombs", "Cordovia"},
		// Minister into I. Varga, which merges into Ilya Varga: the link
		// from Ilya to Minister that would close a cycle goes.
		{"a later merge back breaks the cycle", []graph.Judgement{mergeSp, chain, back}, "Ilya Varga", "cluster bombs", "Cordovia"},
		{"a later merge the other way wins", []graph.Judgement{mergeSp, swap}, "I. Varga", "cluster bombs", "Cordovia"},
		{"topic merge", []graph.Judgement{mergeTop}, "I. Varga", "cluster munitions", "Cordovia"},
		{"side of the merged speaker", []graph.Judgement{mergeSp, sideFrom}, "Ilya Varga", "cluster bombs", "Belmora"},
		{"side of the speaker merged into wins", []graph.Judgement{mergeSp, sideFrom, sideInto}, "Ilya Varga", "cluster bombs", "Arvenia"},
		{"undone merge", []graph.Judgement{mergeSp, sideInto, undoMerge}, "I. Varga", "cluster bombs", "Cordovia"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := graph.NewJudged(tc.list)
			c := claim
			changed := g.Rewrite(&c)
			if c.Speaker != tc.speaker || c.SpeakerID != graph.SpeakerID(tc.speaker) || c.Topic != tc.topic || c.Side != tc.side {
				t.Errorf("rewritten: %q (%s), %q, %q; want %q, %q, %q", c.Speaker, c.SpeakerID, c.Topic, c.Side, tc.speaker, tc.topic, tc.side)
			}
			if want := !reflect.DeepEqual(c, claim); changed != want {
				t.Errorf("Rewrite reported %v, want %v", changed, want)
			}
			// Order of the input does not matter: judgements apply by time.
			rev := append([]graph.Judgement(nil), tc.list...)
			for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
				rev[i], rev[j] = rev[j], rev[i]
			}
			c2 := claim
			graph.NewJudged(rev).Rewrite(&c2)
			if !reflect.DeepEqual(c2, c) {
				t.Errorf("reversed input: %+v, want %+v", c2, c)
			}
		})
	}
}

func TestRewriteBatch(t *testing.T) {
	g := graph.NewJudged([]graph.Judgement{
		jm(t, 1, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetSpeaker, TargetID: "I. Varga", Into: "Ilya Varga"}),
		jm(t, 2, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetTopic, TargetID: "cluster bombs", Into: "cluster munitions"}),
		jm(t, 3, graph.Judgement{Action: graph.ActSetSide, Target: graph.TargetSpeaker, TargetID: "Mira Fenn", Side: "Cordovia"}),
	})
	b := graph.Batch{
		Speakers: []graph.Speaker{{Name: "I. Varga"}, {Name: "Mira Fenn"}, {Name: "Tomas Reuel", Side: "Belmora"}},
		Topics:   []graph.Topic{{Name: "cluster bombs"}, {Name: "border shelling"}},
		Claims: []graph.Claim{
			{ID: "c1", Speaker: "I. Varga", Topic: "border shelling"},
			{ID: "c2", Speaker: "Tomas Reuel", Topic: "border shelling", Side: "Belmora"},
			{ID: "c3", Speaker: "Mira Fenn", Topic: "cluster bombs"},
		},
	}
	out, origs := g.RewriteBatch(b)
	if b.Claims[0].Speaker != "I. Varga" {
		t.Fatalf("RewriteBatch modified its input")
	}
	var names []string
	for _, sp := range out.Speakers {
		names = append(names, sp.Name+"/"+sp.Side)
	}
	if got := strings.Join(names, ","); got != "Mira Fenn/Cordovia,Tomas Reuel/Belmora" {
		t.Errorf("speakers %s", got)
	}
	if len(out.Topics) != 1 || out.Topics[0].Name != "border shelling" {
		t.Errorf("topics %+v", out.Topics)
	}
	want := []graph.Original{
		{ClaimID: "c1", Speaker: "I. Varga", Topic: "border shelling"},
		{ClaimID: "c3", Speaker: "Mira Fenn", Topic: "cluster bombs"},
	}
	if len(origs) != len(want) || origs[0] != want[0] || origs[1] != want[1] {
		t.Errorf("originals %+v, want %+v", origs, want)
	}
	if c := out.Claims[2]; c.Topic != "cluster munitions" || c.Side != "Cordovia" {
		t.Errorf("claim c3 rewritten to %+v", c)
	}
}

// TestJudgedTopicSynonyms checks that a topic merge judged on one wording
// of an event applies to the claims of its synonym (graph.TopicSlug):
// they are one topic.
func TestJudgedTopicSynonyms(t *testing.T) {
	m := jm(t, 1, graph.Judgement{Action: graph.ActMerge, Target: graph.TargetTopic, TargetID: "Harbour Explosion", Into: "harbour sabotage"})
	g := graph.NewJudged([]graph.Judgement{m})
	for _, tc := range []struct{ topic, want string }{
		{"harbour blast", "harbour sabotage"},
		{"Harbour Detonation", "harbour sabotage"},
		{"harbour explosion", "harbour sabotage"},
		{"harbour fire", "harbour fire"}, // another kind of event
		{"harbour blasts", "harbour blasts"},
	} {
		c := graph.Claim{ID: "c1", Speaker: "Ada Lenk", SpeakerID: graph.SpeakerID("Ada Lenk"), Topic: tc.topic}
		g.Rewrite(&c)
		if c.Topic != tc.want {
			t.Errorf("Rewrite of topic %q: %q, want %q", tc.topic, c.Topic, tc.want)
		}
	}
	if got := g.MergedTopics(); len(got) != 1 || got[0] != "Harbour Explosion" {
		t.Errorf("MergedTopics() = %q", got)
	}
}
