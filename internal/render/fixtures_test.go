package render

import (
	"bytes"
	"testing"

	"github.com/contra-project/contra/graph"
)

// Fixtures: two invented states, Arvenia and Belmora, and their
// spokespeople.

var (
	docHerald = &graph.Document{ID: "doc:herald", Name: "herald-0301.txt", Outlet: "Arvenian Herald", URL: "https://herald.example/a/1", Published: "2031-03-01"}
	docPost   = &graph.Document{ID: "doc:post", Name: "", Outlet: "", URL: "https://post.example/b/2", Published: "2031-03-04"}
)

func claim(id, speaker, side string, kind graph.Kind, subject, pol, date, text string, doc *graph.Document) graph.Claim {
	c := graph.Claim{
		ID: id, DocID: doc.ID, SpeakerID: graph.SpeakerID(speaker), Speaker: speaker, Side: side, Kind: kind,
		Subject: subject, Action: "shell the dam", Topic: "Oster dam", Polarity: graph.Polarity(pol),
		Text: text, SaidAt: date, Document: doc,
	}
	c.Evidence = &graph.Span{Start: 10, End: 10 + len(text), Text: text}
	return c
}

var (
	cVossAcc = claim("claim:aaa1", "Ilse Voss", "Arvenia", graph.KindAccusation, "Belmora", "+", "2031-03-01",
		"Belmoran artillery shelled the Oster dam at dawn, flooding three villages downstream of the reservoir.", docHerald)
	cBrelDen = claim("claim:bbb2", "Tomas Brel", "Belmora", graph.KindDenial, "Belmora", "-", "2031-03-04",
		"Our forces did not fire on the dam.", docPost)
	cBrelAcc = claim("claim:ccc3", "Tomas Brel", "Belmora", graph.KindAccusation, "Arvenia", "+", "2031-03-05",
		"Arvenia mined the dam itself.", docPost)
	cKaleUndated = graph.Claim{ID: "claim:ddd4", DocID: "doc:bare", Speaker: "Mira Kale", Kind: graph.KindAssertion,
		Action: "hold talks", Topic: "ceasefire", Polarity: graph.Positive, Text: "Talks will resume."}
)

func fixContradictions() []graph.Contradiction {
	return []graph.Contradiction{
		{Rule: graph.RuleOpposing, Topic: "Oster dam", Claims: []graph.Claim{cVossAcc, cBrelDen}, Documents: 2, Outlets: 1, Latest: "2031-03-04", FindingID: "finding:f1"},
		{Rule: graph.RuleCounterclaim, Topic: "Oster dam", Claims: []graph.Claim{cBrelDen, cVossAcc}, Documents: 2, Outlets: 1, Latest: "2031-03-04", FindingID: "finding:f2"},
	}
}

func fixMutual() []graph.MutualGroup {
	return []graph.MutualGroup{{
		Sides: [2]string{"Arvenia", "Belmora"}, Topic: "Oster dam",
		Accusations: [2][]graph.Claim{{cVossAcc}, {cBrelAcc}},
		Count:       2, Documents: 2, First: "2031-03-01", Last: "2031-03-05",
	}}
}

func fixOpponents() []graph.ClaimOpponents {
	return []graph.ClaimOpponents{
		{Claim: cVossAcc, Opponents: []graph.Opponent{
			{Rule: graph.RuleOpposing, Claim: cBrelDen},
			{Rule: graph.RuleCounterclaim, Claim: cBrelDen, Direction: graph.DirCounteredBy},
		}},
		{Claim: cBrelDen, Opponents: []graph.Opponent{
			{Rule: graph.RuleOpposing, Claim: cVossAcc},
			{Rule: graph.RuleCounterclaim, Claim: cVossAcc, Direction: graph.DirCounters},
		}},
		{Claim: cKaleUndated, Opponents: []graph.Opponent{}},
	}
}

func fixTimeline() []graph.TimelineEntry {
	var out []graph.TimelineEntry
	for _, o := range fixOpponents() {
		out = append(out, graph.TimelineEntry{ClaimOpponents: o, Contested: len(o.Opponents) > 0})
	}
	return out
}

func fixSpeakers() []graph.SpeakerCount {
	return []graph.SpeakerCount{
		{Speaker: graph.Speaker{ID: "speaker:ilse-voss", Name: "Ilse Voss", Aliases: []string{"I. Voss"}, Role: "foreign minister", Side: "Arvenia"}, Claims: 3},
		{Speaker: graph.Speaker{ID: "speaker:tomas-brel", Name: "Tomas Brel", Side: "Belmora"}, Claims: 2},
	}
}

func fixActors() []graph.ActorCount {
	return []graph.ActorCount{
		{Actor: graph.Actor{ID: "actor:arvenia", Name: "Arvenia", Aliases: []string{"Arvenian Republic", "Arv."}}, AsSide: 4, AsSubject: 1},
		{Actor: graph.Actor{ID: "actor:belmora", Name: "Belmora"}, AsSide: 2, AsSubject: 3},
	}
}

func fixTopics() []graph.TopicCount {
	return []graph.TopicCount{
		{Topic: graph.Topic{ID: "topic:oster-dam", Name: "Oster dam", Aliases: []string{"Oster reservoir"}}, Claims: 5},
		{Topic: graph.Topic{ID: "topic:ceasefire", Name: "ceasefire"}, Claims: 1},
	}
}

func fixStats() graph.Stats {
	return graph.Stats{Documents: 3, Speakers: 3, Actors: 2, Topics: 2, Claims: 6, Counterclaims: 1,
		Findings: map[graph.Rule]int{graph.RuleOpposing: 1, graph.RuleCounterclaim: 1, graph.RuleMutual: 1}}
}

// call is one rendering function under test with its fixture.
type call struct {
	name  string
	graph bool // accepts graph formats
	run   func(o Options, w *bytes.Buffer, f Format) error
}

// calls renders every result type with the fixtures built by the given
// functions; hostile tests pass hostile fixtures.
func calls(cs []graph.Claim, xs []graph.Contradiction, gs []graph.MutualGroup, ops []graph.ClaimOpponents, es []graph.TimelineEntry) []call {
	return []call{
		{"claims", false, func(o Options, w *bytes.Buffer, f Format) error { return o.Claims(w, f, cs) }},
		{"contradictions", true, func(o Options, w *bytes.Buffer, f Format) error { return o.Contradictions(w, f, xs) }},
		{"mutual", true, func(o Options, w *bytes.Buffer, f Format) error { return o.Mutual(w, f, gs) }},
		{"opponents", true, func(o Options, w *bytes.Buffer, f Format) error { return o.Opponents(w, f, ops) }},
		{"timeline", true, func(o Options, w *bytes.Buffer, f Format) error { return o.Timeline(w, f, es) }},
	}
}

func fixtureCalls() []call {
	cs := []graph.Claim{cVossAcc, cBrelDen, cKaleUndated}
	out := calls(cs, fixContradictions(), fixMutual(), fixOpponents(), fixTimeline())
	return append(out,
		call{"speakers", false, func(o Options, w *bytes.Buffer, f Format) error { return o.Speakers(w, f, fixSpeakers()) }},
		call{"actors", false, func(o Options, w *bytes.Buffer, f Format) error { return o.Actors(w, f, fixActors()) }},
		call{"topics", false, func(o Options, w *bytes.Buffer, f Format) error { return o.Topics(w, f, fixTopics()) }},
		call{"stats", false, func(o Options, w *bytes.Buffer, f Format) error { return o.Stats(w, f, fixStats()) }},
		call{"rows", false, func(o Options, w *bytes.Buffer, f Format) error {
			return o.Rows(w, f, []string{"name", "n"}, [][]any{{"Ilse Voss", 3}})
		}},
	)
}

// render runs c and fails the test on error.
func render(t *testing.T, c call, o Options, f Format) string {
	t.Helper()
	var b bytes.Buffer
	if err := c.run(o, &b, f); err != nil {
		t.Fatalf("%s as %s: %v", c.name, f, err)
	}
	return b.String()
}
