package graphtest

import (
	"fmt"
	"sort"

	"github.com/contra-project/contra/graph"
)

// The fixture world is invented: three states (Arvenia, Belmora,
// Cordovia), their officials, three outlets. Every claim is written so
// that exactly the findings listed in world.want hold, and every near miss
// of a rule sits beside the claims that make it fire.

// Actor names of the fixture world.
const (
	Arvenia  = "Arvenia"
	Belmora  = "Belmora"
	Cordovia = "Cordovia"
)

// Speakers of the fixture world.
const (
	Varga = "Minister Ilya Varga"   // Arvenia
	Pirel = "Colonel Dana Pirel"    // Arvenia
	Reuel = "General Tomas Reuel"   // Belmora
	Dusk  = "President Anton Dusk"  // Belmora
	Okaro = "Ambassador Lena Okaro" // Cordovia
	Fenn  = "Analyst Mira Fenn"     // no side
)

// Outlets, topics and actions of the fixture world.
const (
	harbor  = "Harbor Gazette"
	ledger  = "Northern Ledger"
	courier = "Valley Courier"
	topCM   = "cluster munitions"
	topBS   = "border shelling"
	topGC   = "grain corridor"
	topRW   = "ridge withdrawal"
	actCM   = "use cluster munitions"
	actBS   = "shell border villages"
	actGC   = "keep the grain corridor open"
)

// Doc returns a document of the fixture world published by outlet.
func Doc(name, outlet, published string) graph.Document {
	url := "https://" + graph.Slug(outlet) + ".example/" + graph.Slug(name)
	return graph.Document{
		ID: graph.DocumentID(url, "", name), Name: name + ".txt", URL: url, Outlet: outlet,
		Title: "Report " + name, Published: published,
	}
}

// Claim returns a claim of the fixture world with its id derived by
// graph.ClaimID. respondsTo is set after the id, which does not cover it.
func Claim(d graph.Document, speaker, side string, kind graph.Kind, subject, action, topic string,
	pol graph.Polarity, saidAt string, respondsTo ...string) graph.Claim {
	verb := map[graph.Polarity]string{graph.Positive: "does", graph.Negative: "does not"}[pol]
	c := graph.Claim{
		DocID: d.ID, Speaker: speaker, SpeakerID: graph.SpeakerID(speaker), Side: side, Kind: kind,
		Subject: subject, Action: action, Topic: topic, Polarity: pol, SaidAt: saidAt,
		Text: fmt.Sprintf("%s says %s %s %s.", speaker, subject, verb, action),
	}
	c.ID = graph.ClaimID(&c)
	c.RespondsTo = respondsTo
	return c
}

// want is an expected finding, by claim names.
type want struct {
	rule     graph.Rule
	from, to string // claim names; symmetric findings are reordered by id
}

// world is the fixture: documents, named claims, explicit nodes and the
// findings that must hold.
type world struct {
	docs     map[string]graph.Document
	docOrder []string
	claims   map[string]graph.Claim
	order    []string // claim names in canonical load order
	speakers []graph.Speaker
	actors   []graph.Actor
	topics   []graph.Topic
	want     []want
}

func newWorld() *world {
	w := &world{docs: map[string]graph.Document{}, claims: map[string]graph.Claim{}}
	for _, d := range []struct{ name, outlet, pub string }{
		{"d1", harbor, "2024-03-01"}, {"d2", ledger, "2024-03-02"}, {"d3", courier, "2024-03-03"},
		{"d4", harbor, "2024-04-01"}, {"d5", ledger, "2024-04-01"}, {"d6", courier, "2024-05-01"},
		{"d7", harbor, "2024-06-01"},
	} {
		w.docs[d.name] = Doc("fixture-"+d.name, d.outlet, d.pub)
		w.docOrder = append(w.docOrder, d.name)
	}
	add := func(name string, c graph.Claim) {
		w.claims[name] = c
		w.order = append(w.order, name)
	}
	d := w.docs
	acc1 := Claim(d["d1"], Varga, Arvenia, graph.KindAccusation, Belmora, actCM, topCM, graph.Positive, "2024-03-01")
	acc1.Evidence = &graph.Span{Start: 12, End: 64, Text: "Belmora used cluster munitions near the ridge"}
	acc1.Role = "foreign minister"
	acc1.ID = graph.ClaimID(&acc1)
	add("acc1", acc1)
	// Corroboration from the same side: no finding with acc1.
	add("acc1b", Claim(d["d2"], Pirel, Arvenia, graph.KindAccusation, Belmora, actCM, topCM, graph.Positive, "2024-03-02"))
	add("acc1c", Claim(d["d4"], Varga, Arvenia, graph.KindAccusation, Belmora, actCM, topCM, graph.Positive, "2024-03-05"))
	// The denial: opposing and counterclaim against every accusation; its
	// topic differs from theirs in case only.
	add("den1", Claim(d["d2"], Reuel, Belmora, graph.KindDenial, Belmora, actCM, "Cluster Munitions", graph.Negative, "2024-03-02"))
	// Near miss: a denial about a different actor counters nothing.
	add("denOther", Claim(d["d3"], Reuel, Belmora, graph.KindDenial, Cordovia, actCM, topCM, graph.Negative, "2024-03-03"))
	// An undated claim by a speaker without a side.
	add("undated", Claim(d["d3"], Fenn, "", graph.KindAssertion, Belmora, actCM, topCM, graph.Positive, ""))
	// Mutual accusation: both Arvenians against Dusk's counter-accusation.
	add("mutA", Claim(d["d4"], Varga, Arvenia, graph.KindAccusation, Belmora, actBS, topBS, graph.Positive, "2024-04-01"))
	add("mutA2", Claim(d["d5"], Pirel, Arvenia, graph.KindAccusation, Belmora, "shell the border", topBS, graph.Positive, "2024-04-02"))
	add("mutB", Claim(d["d5"], Dusk, Belmora, graph.KindAccusation, Arvenia, actBS, topBS, graph.Positive, "2024-04-01"))
	// Near miss: an accusation on a different topic is not mutual.
	add("mutC", Claim(d["d6"], Dusk, Belmora, graph.KindAccusation, Arvenia, "block the grain corridor", topGC, graph.Positive, "2024-04-03"))
	// Near miss: one voice, both polarities, the same day, in two outlets:
	// no opposing (same side) and no reversal (same day).
	add("sameA", Claim(d["d4"], Varga, Arvenia, graph.KindAssertion, Arvenia, "withdraw troops from the ridge", topRW, graph.Positive, "2024-04-01"))
	add("sameB", Claim(d["d5"], Varga, Arvenia, graph.KindAssertion, Arvenia, "withdraw troops from the ridge", topRW, graph.Negative, "2024-04-01"))
	// Reversal: one speaker, two dates.
	add("revA", Claim(d["d6"], Okaro, Cordovia, graph.KindAssertion, Cordovia, actGC, topGC, graph.Positive, "2024-05-01"))
	add("revB", Claim(d["d7"], Okaro, Cordovia, graph.KindAssertion, Cordovia, actGC, topGC, graph.Negative, "2024-06-01"))
	// An explicit response counters its target whatever it says.
	add("resp", Claim(d["d3"], Reuel, Belmora, graph.KindAssertion, Arvenia, "fabricate evidence", topCM, graph.Positive, "2024-03-04", acc1.ID))

	w.speakers = []graph.Speaker{{Name: Varga, Aliases: []string{"Ilya Varga", "I. Varga"}, Role: "foreign minister", Side: Arvenia}}
	w.actors = []graph.Actor{{Name: Arvenia, Aliases: []string{"Republic of Arvenia"}}}
	w.topics = []graph.Topic{{Name: topCM, Aliases: []string{"bomblets"}}}

	w.want = []want{
		{graph.RuleOpposing, "acc1", "den1"}, {graph.RuleOpposing, "acc1b", "den1"},
		{graph.RuleOpposing, "acc1c", "den1"}, {graph.RuleOpposing, "undated", "den1"},
		{graph.RuleCounterclaim, "den1", "acc1"}, {graph.RuleCounterclaim, "den1", "acc1b"},
		{graph.RuleCounterclaim, "den1", "acc1c"}, {graph.RuleCounterclaim, "den1", "undated"},
		{graph.RuleCounterclaim, "resp", "acc1"},
		{graph.RuleMutual, "mutA", "mutB"}, {graph.RuleMutual, "mutA2", "mutB"},
		{graph.RuleReversal, "revA", "revB"},
	}
	return w
}

// id returns the id of the named claim.
func (w *world) id(name string) string {
	c, ok := w.claims[name]
	if !ok {
		panic("graphtest: no fixture claim " + name)
	}
	return c.ID
}

// ids returns the ids of the named claims, sorted.
func (w *world) ids(names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = w.id(n)
	}
	sort.Strings(out)
	return out
}

// findingID returns the id the want must be stored under.
func (w *world) findingID(x want) string {
	from, to := w.id(x.from), w.id(x.to)
	if !x.rule.Directed() && to < from {
		from, to = to, from
	}
	return graph.FindingID(x.rule, from, to)
}

// wantIDs returns the sorted ids of the expected findings that satisfy keep.
func (w *world) wantIDs(keep func(want) bool) []string {
	out := []string{}
	for _, x := range w.want {
		if keep == nil || keep(x) {
			out = append(out, w.findingID(x))
		}
	}
	sort.Strings(out)
	return out
}

// allDocs returns every document in order.
func (w *world) allDocs() []graph.Document {
	out := make([]graph.Document, len(w.docOrder))
	for i, n := range w.docOrder {
		out[i] = w.docs[n]
	}
	return out
}

// batch returns one batch with the whole world in canonical order.
func (w *world) batch() graph.Batch {
	return w.batchOf(w.order...)
}

// batchOf returns a batch of the named claims with every document and the
// explicit nodes.
func (w *world) batchOf(names ...string) graph.Batch {
	b := graph.Batch{Documents: w.allDocs(), Speakers: w.speakers, Actors: w.actors, Topics: w.topics}
	for _, n := range names {
		b.Claims = append(b.Claims, w.claims[n])
	}
	return b
}

// Expected counts of the whole world.
const (
	worldDocs     = 7
	worldSpeakers = 6
	worldActors   = 3
	worldTopics   = 4
	worldClaims   = 15
)
