package graph

import (
	"reflect"
	"slices"
	"testing"
)

// A batch's repeats fold as successive upserts would: a later non-empty
// field wins, the last name stands, aliases merge; names are folded.
func TestPrepareBatchFolds(t *testing.T) {
	nb, err := PrepareBatch(Batch{
		Documents: []Document{{ID: "doc:1", Outlet: "A"}, {ID: "doc:1", Title: "T", Outlet: ""}},
		Speakers: []Speaker{{Name: "Ilse  Varga", Aliases: []string{"Varga"}, Role: "minister"},
			{Name: "Ilse Varga", Aliases: []string{" I. Varga ", "Varga"}, Side: "Arvenia"}},
		Actors: []Actor{{Name: "Belmora", Aliases: []string{"B"}}, {Name: "Belmora", Aliases: []string{"A"}}},
		Topics: []Topic{{Name: "Dam  destruction", Aliases: []string{"dams"}}, {Name: "dam destruction", Aliases: []string{"Kakh"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.Documents) != 1 || nb.Documents[0] != (Document{ID: "doc:1", Outlet: "A", Title: "T"}) {
		t.Errorf("documents %+v", nb.Documents)
	}
	wantSp := Speaker{ID: "speaker:ilse-varga", Name: "Ilse Varga", Aliases: []string{"I. Varga", "Varga"}, Role: "minister", Side: "Arvenia"}
	if len(nb.Speakers) != 1 || !reflect.DeepEqual(nb.Speakers[0], wantSp) {
		t.Errorf("speakers %+v", nb.Speakers)
	}
	if len(nb.Actors) != 1 || !slices.Equal(nb.Actors[0].Aliases, []string{"A", "B"}) {
		t.Errorf("actors %+v", nb.Actors)
	}
	wantTopic := Topic{ID: "topic:dam-destruction", Name: "dam destruction", Aliases: []string{"Kakh", "dams"}}
	if len(nb.Topics) != 1 || !reflect.DeepEqual(nb.Topics[0], wantTopic) {
		t.Errorf("topics %+v", nb.Topics)
	}
}

// The nodes claims imply, first mention first, one per speaker id and per
// slug, with node names folded.
func TestPrepareBatchImplied(t *testing.T) {
	mk := func(speaker, side, subject, topic string) Claim {
		c := Claim{DocID: "doc:1", Speaker: speaker, Side: side, Kind: KindAssertion, Subject: subject, Action: "act",
			Topic: topic, Polarity: Positive, Text: speaker + side + subject + topic}
		c.ID = ClaimID(&c)
		return c
	}
	nb, err := PrepareBatch(Batch{Claims: []Claim{
		mk(" Ilse  Varga", "arvenia", "Belmora ", "Border  shelling"),
		mk("ilse varga", "Arvenia", "belmora", "border shelling"),
		mk("Tomas Reuel", "Belmora", "", "border shelling"),
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(nb.ImpliedSpeakers, []Speaker{{ID: "speaker:ilse-varga", Name: "Ilse Varga", Side: "arvenia"},
		{ID: "speaker:tomas-reuel", Name: "Tomas Reuel", Side: "Belmora"}}) {
		t.Errorf("speakers %+v", nb.ImpliedSpeakers)
	}
	if !reflect.DeepEqual(nb.ImpliedActors, []Actor{{ID: "actor:arvenia", Name: "arvenia"}, {ID: "actor:belmora", Name: "Belmora"}}) {
		t.Errorf("actors %+v", nb.ImpliedActors)
	}
	if !reflect.DeepEqual(nb.ImpliedTopics, []Topic{{ID: "topic:border-shelling", Name: "Border shelling"}}) {
		t.Errorf("topics %+v", nb.ImpliedTopics)
	}
	if nb.Empty() || !(&PreparedBatch{}).Empty() {
		t.Error("Empty")
	}
}
