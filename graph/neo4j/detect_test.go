package neo4j

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/contra-project/contra/graph"
)

// detect must return exactly what graph.Detect returns; random worlds
// drawn from few names make every rule fire often.
func TestDetectMatchesGraphDetect(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	speakers := []string{"Ilse Varga", "Tomas Reuel", "Mara Olsen"}
	sides := []string{"Arvenia", "Belmora", "Cordovia", ""}
	subjects := []string{"Arvenia", "Belmora", ""}
	actions := []string{"shell the border", "close the pass"}
	topics := []string{"border", "pass"}
	dates := []string{"2024-05-01", "2024-06-01", ""}
	total := 0
	for round := range 300 {
		n := 2 + rng.IntN(25)
		claims := make([]graph.Claim, n)
		for i := range claims {
			c := graph.Claim{DocID: "doc:1", Speaker: pick(speakers), Side: pick(sides), Kind: graph.Kinds[rng.IntN(len(graph.Kinds))],
				Subject: pick(subjects), Action: pick(actions), Topic: pick(topics), Polarity: graph.Positive, SaidAt: pick(dates),
				Text: fmt.Sprint(round, i)}
			if rng.IntN(2) == 0 {
				c.Polarity = graph.Negative
			}
			if rng.IntN(3) == 0 {
				c.SpeakerID = graph.SpeakerID(c.Speaker)
			}
			c.ID = graph.ClaimID(&c)
			claims[i] = c
		}
		for i := range claims {
			if rng.IntN(4) == 0 {
				claims[i].RespondsTo = []string{claims[rng.IntN(n)].ID, "claim:not-loaded"}
			}
		}
		split := 1 + rng.IntN(n)
		fresh := claims[:split]
		cands := append([]graph.Claim{}, claims[split:]...)
		if rng.IntN(2) == 0 { // a stale stored copy of a fresh claim
			stale := fresh[0]
			stale.Polarity = stale.Polarity.Opposite()
			cands = append(cands, stale)
		}
		got, want := detect(fresh, cands), graph.Detect(fresh, cands)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: detect found %d findings, graph.Detect %d:\n got %v\nwant %v", round, len(got), len(want), got, want)
		}
		total += len(want)
	}
	if total < 300 {
		t.Errorf("only %d findings in all rounds: the worlds are too tame to test anything", total)
	}
}
