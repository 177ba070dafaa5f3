package graph

import (
	"reflect"
	"slices"
	"strings"
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

// PrepareBatchConcurrently prepares what PrepareBatch prepares, and fails
// where it fails with the same error: the first bad claim in order, an id
// given again with other content (across the halves too), a node before
// any claim.
func TestPrepareBatchConcurrently(t *testing.T) {
	mk := func(i int) Claim {
		c := Claim{DocID: "doc:1", Speaker: []string{"Ilse Varga", "Tomas Reuel", " Mira  Sand"}[i%3], Side: "Arvenia",
			Kind: KindAssertion, Subject: "Belmora", Action: "shell the dam", Topic: "dam  shelling",
			Polarity: Positive, Text: "claim text", SaidAt: "2024-03-0" + string(rune('1'+i%9))}
		c.Text += string(rune('a' + i%26))
		c.ID = ClaimID(&c)
		return c
	}
	claims := func(n int) []Claim {
		var out []Claim
		for i := range n {
			out = append(out, mk(i))
		}
		return out
	}
	bad := func(cs []Claim, i int) []Claim { cs[i].Polarity = "?"; return cs }
	for _, tc := range []struct {
		name  string
		batch Batch
	}{
		{"empty", Batch{}},
		{"one claim", Batch{Claims: claims(1)}},
		{"claims and nodes", Batch{Claims: claims(21), Documents: []Document{{ID: "doc:1", Outlet: "A"}, {ID: "doc:1", Title: "T"}},
			Topics: []Topic{{Name: "Dam shelling"}}}},
		{"an id again alike, across the halves", Batch{Claims: append(claims(20), mk(3))}},
		{"an id again alike, in the first half", Batch{Claims: append([]Claim{mk(0), mk(0)}, claims(20)...)}},
		{"an id again with other content", Batch{Claims: func() []Claim {
			cs := append(claims(20), mk(2))
			cs[20].Polarity = Negative
			return cs
		}()}},
		{"a bad claim in the second half", Batch{Claims: bad(claims(20), 15)}},
		{"bad claims in both halves: the first", Batch{Claims: bad(bad(claims(20), 15), 4)}},
		{"a bad claim after a conflicting id", Batch{Claims: func() []Claim {
			cs := append(claims(20), mk(2), mk(5))
			cs[20].Polarity = Negative
			return bad(cs, 21)
		}()}},
		{"a bad node and a bad claim", Batch{Claims: bad(claims(4), 1), Topics: []Topic{{Name: "  "}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, wantErr := PrepareBatch(tc.batch)
			if fails := strings.Contains(tc.name, "bad") || strings.Contains(tc.name, "other content"); fails != (wantErr != nil) {
				t.Fatalf("PrepareBatch: %v; the case expects it to fail: %v", wantErr, fails)
			}
			got, gotErr := PrepareBatchConcurrently(tc.batch)
			if (wantErr == nil) != (gotErr == nil) || (wantErr != nil && wantErr.Error() != gotErr.Error()) {
				t.Fatalf("error %v, want %v", gotErr, wantErr)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("prepared\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}
