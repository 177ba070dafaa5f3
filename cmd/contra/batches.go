package main

import (
	"context"

	"github.com/contra-project/contra/graph"
)

// streamBatches reads every claim of src and hands it on in batches of
// size claims, each carrying the documents, speakers, actors and topics
// its claims name, as a Load or a Cypher script needs them. Read-only
// fields are cleared, so a batch loads into another store as it stood.
func streamBatches(ctx context.Context, src graph.Store, size int, fn func(graph.Batch) error) error {
	var b graph.Batch
	seen := map[string]bool{}
	once := func(k string) bool {
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
	flush := func() error {
		if len(b.Claims) == 0 {
			return nil
		}
		err := fn(b)
		b, seen = graph.Batch{}, map[string]bool{}
		return err
	}
	err := src.Claims(ctx, graph.ClaimFilter{}, func(c graph.Claim) error {
		if d := c.Document; d != nil && once("d"+d.ID) {
			b.Documents = append(b.Documents, *d)
		}
		if once("s" + c.SpeakerID) {
			b.Speakers = append(b.Speakers, graph.Speaker{ID: c.SpeakerID, Name: c.Speaker, Role: c.Role, Side: c.Side})
		}
		for _, a := range []string{c.Side, c.Subject} {
			if a != "" && once("a"+graph.ActorID(a)) {
				b.Actors = append(b.Actors, graph.Actor{ID: graph.ActorID(a), Name: a})
			}
		}
		if once("t" + graph.TopicID(c.Topic)) {
			b.Topics = append(b.Topics, graph.Topic{ID: graph.TopicID(c.Topic), Name: c.Topic})
		}
		c.Document, c.Counterclaim, c.Counters, c.Contradicts = nil, false, nil, nil
		b.Claims = append(b.Claims, c)
		if len(b.Claims) >= size {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}
