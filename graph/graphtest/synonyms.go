package graphtest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// SynonymWorld is a batch for the stores' migration tests: plain claims
// with findings of their own (plain: their topics hold no event noun of a
// class), then the same kinds of finding told in other words in two more
// documents, an explosion in one a blast in the other, a blaze a fire, so
// that every finding of those needs the two wordings to be one topic.
func SynonymWorld(plain bool) graph.Batch {
	d1, d2 := Doc("s1", harbor, "2024-03-01"), Doc("s2", ledger, "2024-03-02")
	b := graph.Batch{Documents: []graph.Document{d1, d2}, Claims: []graph.Claim{
		Claim(d1, Varga, Arvenia, graph.KindAccusation, Belmora, actCM, topCM, graph.Positive, "2024-03-01"),
		Claim(d2, Reuel, Belmora, graph.KindDenial, Belmora, actCM, topCM, graph.Negative, "2024-03-02"),
		Claim(d2, Dusk, Belmora, graph.KindAccusation, Arvenia, actBS, topBS, graph.Positive, "2024-03-02"),
		Claim(d1, Pirel, Arvenia, graph.KindAccusation, Belmora, actBS, topBS, graph.Positive, "2024-03-01"),
	}}
	if plain {
		return b
	}
	d3, d4 := Doc("s3", harbor, "2024-05-01"), Doc("s4", ledger, "2024-05-02")
	b.Documents = append(b.Documents, d3, d4)
	b.Claims = append(b.Claims,
		Claim(d3, Varga, Arvenia, graph.KindAccusation, Belmora, "mine the harbour", "Harbour Explosion", graph.Positive, "2024-05-01"),
		Claim(d4, Reuel, Belmora, graph.KindDenial, Belmora, "mine the harbour", "harbour blast", graph.Negative, "2024-05-02"),
		Claim(d4, Dusk, Belmora, graph.KindAccusation, Arvenia, "set the depot alight", "Depot Blaze", graph.Positive, "2024-05-02"),
		Claim(d3, Pirel, Arvenia, graph.KindAccusation, Belmora, "set the depot alight", "depot fire", graph.Positive, "2024-05-01"),
		Claim(d3, Pirel, Arvenia, graph.KindAccusation, Belmora, "set the depot alight", "depot fires", graph.Positive, "2024-05-01"),
	)
	return b
}

// LaterSynonymWorld is a batch for the stores' migration tests of the
// classes added after the first (a truce is a ceasefire, spying is
// espionage): each wording's topic slug is its plain Slug under the first
// classes, so a store of the version before keyed it so.
func LaterSynonymWorld() graph.Batch {
	d1, d2 := Doc("t1", harbor, "2024-06-01"), Doc("t2", ledger, "2024-06-02")
	return graph.Batch{Documents: []graph.Document{d1, d2}, Claims: []graph.Claim{
		Claim(d1, Varga, Arvenia, graph.KindAccusation, Belmora, "break the truce", "Border Truce Violations", graph.Positive, "2024-06-01"),
		Claim(d2, Reuel, Belmora, graph.KindDenial, Belmora, "break the truce", "border ceasefire violations", graph.Negative, "2024-06-02"),
		Claim(d2, Dusk, Belmora, graph.KindAccusation, Arvenia, "run agents", "Shipyard Spying", graph.Positive, "2024-06-02"),
		Claim(d1, Pirel, Arvenia, graph.KindAccusation, Belmora, "run agents", "shipyard espionage", graph.Positive, "2024-06-01"),
	}}
}

// Answers are the answers a user sees of s, for comparing two stores:
// stats, every finding (contradictions, mutual accusations, …), the
// topics, and a topic's claims and findings asked for in either wording.
func Answers(tb testing.TB, s graph.Store) string {
	tb.Helper()
	ctx := context.Background()
	var b strings.Builder
	st, err := s.Stats(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	fmt.Fprintf(&b, "stats %+v\n", st)
	fs, err := s.Findings(ctx, graph.FindingFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range fs {
		fmt.Fprintf(&b, "finding %s %s %s %s\n", f.Rule, f.FromClaim.ID, f.ToClaim.ID, f.FromClaim.Topic)
	}
	ts, err := s.Topics(ctx, "")
	if err != nil {
		tb.Fatal(err)
	}
	fmt.Fprintf(&b, "topics %+v\n", ts)
	for _, topic := range []string{"harbour explosion", "Harbour Blast", "depot inferno", "border shelling",
		"border truce violations", "Shipyard Espionage"} {
		cs, err := graph.CollectClaims(ctx, s, graph.ClaimFilter{Topic: topic})
		if err != nil {
			tb.Fatal(err)
		}
		fmt.Fprintf(&b, "timeline %s:", topic)
		for _, c := range cs {
			fmt.Fprintf(&b, " %s/%v", c.ID, c.Counterclaim)
		}
		fs, err := s.Findings(ctx, graph.FindingFilter{Topic: topic})
		if err != nil {
			tb.Fatal(err)
		}
		fmt.Fprintf(&b, "\nfindings %s: %d\n", topic, len(fs))
	}
	return b.String()
}
