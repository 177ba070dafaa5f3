package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/taxonomy"
)

// claimCase is one expected claim: the nth claim by speaker in text.
type claimCase struct {
	name     string
	text     string
	speaker  string
	nth      int
	kind     graph.Kind
	subject  string
	polarity graph.Polarity
	action   string
	topic    string // "" skips the check
}

// checkClaim extracts tc.text with x and compares tc's claim.
func checkClaim(t *testing.T, x *Extractor, tc claimCase) {
	t.Helper()
	res := extractWith(t, x, Article{Name: "fixture.txt", Text: []byte(tc.text)})
	var c *graph.Claim
	n := 0
	for i := range res.Claims {
		if res.Claims[i].Speaker != tc.speaker {
			continue
		}
		if n == tc.nth {
			c = &res.Claims[i]
			break
		}
		n++
	}
	if c == nil {
		t.Fatalf("no claim %d by %s:%s", tc.nth, tc.speaker, describe(res.Claims))
	}
	if c.Kind != tc.kind || c.Subject != tc.subject || c.Polarity != tc.polarity || c.Action != tc.action {
		t.Errorf("got %s %q %s «%s», want %s %q %s «%s»:%s", c.Kind, c.Subject, c.Polarity, c.Action,
			tc.kind, tc.subject, tc.polarity, tc.action, describe(res.Claims))
	}
	if tc.topic != "" && c.Topic != tc.topic {
		t.Errorf("topic %q, want %q", c.Topic, tc.topic)
	}
}

// TestCoreActions checks that accusations and denials of a topic's core
// event share its core action, and that near misses keep their own.
func TestCoreActions(t *testing.T) {
	const (
		intro = "Freedonian Defence Minister Ivo Marek spoke in Fredville.\n\n"
		// a dam article: the document topic is dam destruction
		dam = intro + "Sylvania and Freedonia have accused each other of destroying the Upper Vale dam.\n\n"
		// a prison article
		prison = intro + "Sylvania and Freedonia have accused each other over the deaths of prisoners of war at a prison camp.\n\n"
		marek  = "Ivo Marek"
	)
	const (
		acc = graph.KindAccusation
		den = graph.KindDenial
		ass = graph.KindAssertion
		pos = graph.Positive
		neg = graph.Negative
	)
	tests := []claimCase{
		// denials in quotes and reported speech
		{"own forces never touched, quoted", dam + "\"Our forces never touched the dam,\" Marek told reporters.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"denied presence anywhere near", dam + "Marek denied that Freedonian troops had been anywhere near the dam.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"his country's troops", dam + "Marek denied that his country's troops had been anywhere near the dam.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"nowhere near, quoted", dam + "\"Our troops were nowhere near the dam,\" Marek said.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"nothing to do with", dam + "Marek said Freedonia had nothing to do with the collapse of the dam.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"did not blow up", dam + "\"We did not blow up the dam,\" Marek said.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"own side rejected accusations that", dam + "Marek said the Palace rejected accusations by Sylvania that Freedonian forces were behind the blast at the dam.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"rejected the accusations", dam + "Marek rejected the accusations over the dam.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"denied the other side's claims", dam + "Marek denied the latest Sylvanian claims about the dam.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"rejected accusations that", dam + "Marek rejected accusations that Freedonian sappers blew up the dam.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"not anywhere near", dam + "\"Our soldiers were not anywhere near the dam,\" Marek said.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"state does not", intro + "Freedonia does not use cluster munitions, Marek said.",
			marek, 0, den, "Freedonia", neg, "use cluster munitions", "cluster munitions"},
		{"called reports lies", dam + "Asked about reports that Freedonian engineers had mined the dam, Marek called them lies.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"denied using them", intro + "Sylvania has accused Freedonia of using cluster bombs. Marek denied using them.",
			marek, 0, den, "Freedonia", neg, "use cluster munitions", "cluster munitions"},
		{"denied firing at the center", prison + "Marek denied firing at the center.",
			marek, 0, den, "Freedonia", neg, "strike the prison", "prisoners of war"},
		{"never refused to negotiate", dam + "\"We have never refused to negotiate,\" Marek said.",
			marek, 0, den, "Freedonia", neg, "refuse to negotiate", "negotiations"},

		// accusations of the core event
		{"deliberate sabotage by", dam + "\"The collapse of the dam was deliberate sabotage by Sylvanian forces,\" Marek said.",
			marek, 0, acc, "Sylvania", pos, "destroy the dam", "dam destruction"},
		{"blew up", dam + "Marek said Sylvanian troops blew up the dam.",
			marek, 0, acc, "Sylvania", pos, "destroy the dam", "dam destruction"},
		{"had mined", dam + "Marek said the Sylvanian army had mined the dam weeks ago.",
			marek, 0, acc, "Sylvania", pos, "destroy the dam", "dam destruction"},
		{"responsibility lies with", dam + "\"All responsibility for the dam lies with Sylvaton,\" Marek said.",
			marek, 0, acc, "Sylvania", pos, "destroy the dam", "dam destruction"},
		{"was behind", dam + "Marek said Sylvania was behind the blast.",
			marek, 0, acc, "Sylvania", pos, "destroy the dam", "dam destruction"},
		{"carried out a provocation", prison + "\"Sylvania deliberately carried out a bloody provocation,\" Marek said.",
			marek, 0, acc, "Sylvania", pos, "strike the prison", "prisoners of war"},
		{"agentless strike after an accusation", prison + "\"Sylvania deliberately carried out a bloody provocation,\" Marek said. \"A missile strike was delivered against the detention center.\"",
			marek, 1, acc, "Sylvania", pos, "strike the prison", "prisoners of war"},
		{"refusal to talk", intro + "Marek said Sylvania is yet to respond to the peace proposal.",
			marek, 0, acc, "Sylvania", pos, "refuse to negotiate", "negotiations"},
		{"unprovoked firing", intro + "Marek said Sylvanian troops resorted to unprovoked firing across the truce line.",
			marek, 0, acc, "Sylvania", pos, "violate the ceasefire", "ceasefire violations"},

		// near misses: other acts, other actors, other topics
		{"shelling is not destroying", dam + "Marek accused Sylvania of shelling the dam.",
			marek, 0, acc, "Sylvania", pos, "shell dam", "dam destruction"},
		{"denial about another actor keeps that actor", dam + "Marek denied that Sylvanian forces had blown up the dam.",
			marek, 0, den, "Sylvania", neg, "destroy the dam", "dam destruction"},
		{"negation about another actor is no own denial", dam + "\"Sylvanian troops never touched the dam,\" Marek said.",
			marek, 0, ass, "Sylvania", neg, "destroy the dam", "dam destruction"},
		{"denial on another topic takes that topic's action", dam + "\"We never shelled the nuclear plant,\" Marek said.",
			marek, 0, den, "Freedonia", neg, "shell the nuclear plant", "nuclear plant safety"},
		{"denial on a topic without that verb keeps its own", dam + "\"Our forces never touched the grain silos,\" Marek said.",
			marek, 0, den, "Freedonia", neg, "touch grain silos", "grain exports"},
		{"core verb with another object", dam + "\"Our forces never touched the villages,\" Marek said.",
			marek, 0, den, "Freedonia", neg, "touch villages", "dam destruction"},
		{"rejecting a proposal denies nothing", intro + "Marek rejected the peace proposal.",
			marek, 0, ass, "Freedonia", pos, "refuse to negotiate", "negotiations"},
		{"rejecting a proposal, no core verb", intro + "Marek dismissed the peace proposal.",
			marek, 0, ass, "Freedonia", pos, "dismiss peace proposal", "negotiations"},
		{"not involved", dam + "Marek said Freedonia was not involved in the collapse of the dam.",
			marek, 0, den, "Freedonia", neg, "destroy the dam", "dam destruction"},
		{"involvement in talks is no blame", intro + "Marek said Sylvania was involved in the peace talks.",
			marek, 0, ass, "Sylvania", pos, "involve in the peace talks", "negotiations"},
		{"involvement in an attack is", dam + "Marek said Sylvania was involved in the attack on the dam.",
			marek, 0, acc, "Sylvania", pos, "destroy the dam", "dam destruction"},
		{"other act on the topic", prison + "Marek accused Sylvania of torturing prisoners of war.",
			marek, 0, acc, "Sylvania", pos, "torture prisoners of war", "prisoners of war"},
		{"agentless strike by another speaker stays agentless", prison + "\"Sylvania deliberately carried out a bloody provocation,\" Marek said.\n\n\"A missile strike was delivered against the detention center,\" Sylvanian President Dana Oster said.",
			"Dana Oster", 0, ass, "", pos, "strike the prison", "prisoners of war"},
		{"his for another person is not the speaker's side", dam + "Marek said Sylvanian President Dana Oster had lied and that her country's troops had mined the dam.",
			marek, 1, ass, "", pos, "destroy the dam", "dam destruction"},
	}
	x := New(testTaxonomy())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkClaim(t, x, tc) })
	}
}

// TestUserTopicCore checks that a user topic has no core action until
// taxonomy.WithCore gives it one.
func TestUserTopicCore(t *testing.T) {
	actors := []graph.Actor{
		{Name: "Freedonia", Aliases: []string{"Freedonian"}},
		{Name: "Sylvania", Aliases: []string{"Sylvanian"}},
	}
	plain := taxonomy.New(actors, []graph.Topic{{Name: "water theft", Aliases: []string{"water", "the canal water"}}})
	withCore := plain.WithCore("water theft", taxonomy.Core{Action: "steal water", Verbs: []string{"take", "divert"}})
	const text = "Freedonian Defence Minister Ivo Marek spoke on Monday.\n\nMarek said Sylvanian troops took the water."
	tests := []struct {
		name string
		tax  *taxonomy.Taxonomy
		want string
	}{
		{"no core", plain, "take water"},
		{"core given", withCore, "steal water"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaim(t, New(tt.tax), claimCase{text: text, speaker: "Ivo Marek",
				kind: graph.KindAssertion, subject: "Sylvania", polarity: graph.Positive, action: tt.want, topic: "water theft"})
		})
	}
}
