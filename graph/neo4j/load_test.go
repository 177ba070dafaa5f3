package neo4j

import (
	"reflect"
	"slices"
	"testing"

	"github.com/contra-project/contra/graph"
)

// An invented dispute: Arvenia's minister says Belmora shells the border,
// Belmora's spokesman denies it. The pair is opposing, and the denial is a
// counterclaim.
func dispute() (graph.Document, graph.Claim, graph.Claim) {
	d := graph.Document{ID: graph.DocumentID("", "", "arvenia-1.txt"), Name: "arvenia-1.txt", Outlet: "Arvenian Herald", Published: "2024-05-01"}
	mk := func(speaker, side string, kind graph.Kind, pol graph.Polarity, said string) graph.Claim {
		c := graph.Claim{DocID: d.ID, Speaker: speaker, SpeakerID: graph.SpeakerID(speaker), Side: side, Kind: kind, Subject: "Belmora",
			Action: "shell the border villages", Topic: "border shelling", Polarity: pol, Text: speaker + " spoke.", SaidAt: said}
		c.ID = graph.ClaimID(&c)
		return c
	}
	return d, mk("Ilse Varga", "Arvenia", graph.KindAssertion, graph.Positive, "2024-05-01"),
		mk("Tomas Reuel", "Belmora", graph.KindDenial, graph.Negative, "2024-05-02")
}

func TestNormalizeFolds(t *testing.T) {
	nb, err := normalize(graph.Batch{
		Documents: []graph.Document{{ID: "doc:1", Outlet: "A"}, {ID: "doc:1", Title: "T", Outlet: ""}},
		Speakers: []graph.Speaker{{Name: "Ilse  Varga", Aliases: []string{"Varga"}, Role: "minister"},
			{Name: "Ilse Varga", Aliases: []string{" I. Varga ", "Varga"}, Side: "Arvenia"}},
		Actors: []graph.Actor{{Name: "Belmora", Aliases: []string{"B"}}, {Name: "Belmora", Aliases: []string{"A"}}},
		Topics: []graph.Topic{{Name: "Dam  destruction", Aliases: []string{"dams"}}, {Name: "dam destruction", Aliases: []string{"Kakh"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.docs) != 1 || nb.docs[0] != (graph.Document{ID: "doc:1", Outlet: "A", Title: "T"}) {
		t.Errorf("documents %+v", nb.docs)
	}
	wantSp := graph.Speaker{ID: "speaker:ilse-varga", Name: "Ilse Varga", Aliases: []string{"I. Varga", "Varga"}, Role: "minister", Side: "Arvenia"}
	if len(nb.speakers) != 1 || !reflect.DeepEqual(nb.speakers[0], wantSp) {
		t.Errorf("speakers %+v", nb.speakers)
	}
	if len(nb.actors) != 1 || !slices.Equal(nb.actors[0].Aliases, []string{"A", "B"}) {
		t.Errorf("actors %+v", nb.actors)
	}
	wantTopic := graph.Topic{ID: "topic:dam-destruction", Name: "dam destruction", Aliases: []string{"Kakh", "dams"}}
	if len(nb.topics) != 1 || !reflect.DeepEqual(nb.topics[0], wantTopic) {
		t.Errorf("topics %+v", nb.topics)
	}
}
