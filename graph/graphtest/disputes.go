package graphtest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/contra-project/contra/graph"
)

// testClaimsPaging: Offset and Limit page the claims in their order, and
// ByTopic orders them by topic first.
func testClaimsPaging(t *testing.T, open Opener) {
	s, _ := loadWorld(t, open)
	all := claimIDs(t, s, graph.ClaimFilter{})
	var paged []string
	for off := 0; off < len(all); off += 4 {
		paged = append(paged, claimIDs(t, s, graph.ClaimFilter{Offset: off, Limit: 4})...)
	}
	equal(t, "pages of 4", paged, all)
	equal(t, "offset without limit", claimIDs(t, s, graph.ClaimFilter{Offset: 10}), all[10:])
	byTopic := claims(t, s, graph.ClaimFilter{ByTopic: true})
	if len(byTopic) != len(all) {
		t.Fatalf("ByTopic: %d claims, want %d", len(byTopic), len(all))
	}
	for i := 1; i < len(byTopic); i++ {
		a, b := byTopic[i-1], byTopic[i]
		ta, tb := graph.Slug(a.Topic), graph.Slug(b.Topic)
		if ta > tb || (ta == tb && (a.SaidAt > b.SaidAt || (a.SaidAt == b.SaidAt && a.ID > b.ID))) {
			t.Errorf("ByTopic: %s (%s, %s) before %s (%s, %s)", a.ID, ta, a.SaidAt, b.ID, tb, b.SaidAt)
		}
	}
	_, err := claimsErr(s, graph.ClaimFilter{Offset: -1})
	wantCode(t, "negative offset", err, graph.EInvalid)
}

func claimsErr(s graph.Store, f graph.ClaimFilter) ([]graph.Claim, error) {
	return graph.CollectClaims(context.Background(), s, f)
}

// testSnapshot: Snapshot runs its function once over a reader of the
// store, and returns the function's error as it is.
func testSnapshot(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	runs := 0
	err := s.Snapshot(context.Background(), func(r graph.ClaimReader) error {
		runs++
		n := 0
		if err := r.Claims(context.Background(), graph.ClaimFilter{Topic: topCM}, func(graph.Claim) error { n++; return nil }); err != nil {
			return err
		}
		if n != 7 {
			t.Errorf("snapshot: %d claims on cluster munitions, want 7", n)
		}
		ids, err := r.SpeakerIDs(context.Background(), Varga)
		if err != nil || len(ids) != 1 {
			t.Errorf("snapshot: speaker ids of %s: %v, %v", Varga, ids, err)
		}
		got := []string{}
		err = r.Probe(context.Background(), graph.Probe{IDs: w.ids("acc1", "den1")}, func(c graph.Claim) error {
			got = append(got, c.ID)
			return nil
		})
		slices.Sort(got)
		equal(t, "snapshot probe", got, w.ids("acc1", "den1"))
		return err
	})
	if err != nil || runs != 1 {
		t.Fatalf("Snapshot: %v after %d runs", err, runs)
	}
	stop := errors.New("graphtest: stop")
	if err := s.Snapshot(context.Background(), func(graph.ClaimReader) error { return stop }); err != stop {
		t.Errorf("Snapshot returned %v, want the function's error as it is", err)
	}
}

// testDisputes: the world's disputes and exchanges, with their camps and
// who accused first.
func testDisputes(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	var ds []graph.Dispute
	var es []graph.Exchange
	var tot graph.DisputeTotals
	err := graph.Disputes(context.Background(), s, graph.Scope{}, graph.DisputeOptions{Examples: 10}, graph.DisputeHandler{
		Totals:   func(x graph.DisputeTotals) error { tot = x; return nil },
		Dispute:  func(d graph.Dispute) error { ds = append(ds, d); return nil },
		Exchange: func(e graph.Exchange) error { es = append(es, e); return nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	// Belmora's use of cluster munitions (contested), Cordovia's grain
	// corridor (a reversal); Arvenia and Belmora accusing each other.
	if tot.Disputes != 2 || tot.Exchanges != 1 || len(ds) != 2 || len(es) != 1 {
		t.Fatalf("%d disputes, %d exchanges (totals %+v); want 2 and 1", len(ds), len(es), tot)
	}
	d := ds[0]
	if graph.Slug(d.Subject) != "belmora" || graph.NormAction(d.Action) != actCM {
		t.Fatalf("first dispute: %s %s; want Belmora's use of cluster munitions", d.Subject, d.Action)
	}
	ids := func(cs []graph.Claim) []string {
		out := []string{}
		for _, c := range cs {
			out = append(out, c.ID)
		}
		slices.Sort(out)
		return out
	}
	equal(t, "affirm camp", ids(d.Camps[0].Examples), w.ids("acc1", "acc1b", "acc1c", "undated"))
	equal(t, "deny camp", ids(d.Camps[1].Examples), w.ids("den1"))
	equal(t, "affirm sides", []string{d.Camps[0].Sides[0].Side, d.Camps[0].Sides[1].Side}, []string{Arvenia, ""})
	if d.Opened == nil || d.Opened.ClaimID != w.id("acc1") || d.Answered == nil || d.Answered.ClaimID != w.id("den1") ||
		d.AnswerDays == nil || *d.AnswerDays != 1 {
		t.Errorf("opened %+v answered %+v after %v; want acc1 answered by den1 a day later", d.Opened, d.Answered, d.AnswerDays)
	}
	if d.Camps[0].Undated != 1 {
		t.Errorf("affirm camp: %d undated, want 1", d.Camps[0].Undated)
	}
	e := es[0]
	if e.Sides != [2]string{Arvenia, Belmora} || e.FirstAccuser != "" || !e.SameDay || e.Pairs != 2 {
		t.Errorf("exchange %+v; want Arvenia and Belmora, both first on the same day, 2 pairs", e)
	}
	// A speaker's scope keeps the units the speaker takes part in.
	var only []string
	err = graph.Disputes(context.Background(), s, graph.Scope{Speaker: Okaro}, graph.DisputeOptions{}, graph.DisputeHandler{
		Dispute:  func(d graph.Dispute) error { only = append(only, d.Subject); return nil },
		Exchange: func(e graph.Exchange) error { only = append(only, e.Sides[0]); return nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "Okaro's disputes", only, []string{Cordovia})
}

// testDoubleStandard: a side accusing another of what a third side says
// it does, found whatever the order of loading, and listed once with the
// standard first; the accused's answer in kind is only mutual.
func testDoubleStandard(t *testing.T, open Opener) {
	d1, d2, d3 := Doc("double-1", harbor, "2024-03-01"), Doc("double-2", ledger, "2024-03-02"), Doc("double-3", courier, "2024-03-03")
	std := Claim(d1, Varga, Arvenia, graph.KindAccusation, Belmora, actCM, topCM, graph.Positive, "2024-03-01")
	third := Claim(d2, Okaro, Cordovia, graph.KindAccusation, Arvenia, actCM, topCM, graph.Positive, "2024-03-02")
	answer := Claim(d3, Dusk, Belmora, graph.KindAccusation, Arvenia, actCM, topCM, graph.Positive, "2024-03-03")
	want := []string{graph.FindingID(graph.RuleDoubleStandard, std.ID, third.ID)}
	docs := []graph.Document{d1, d2, d3}
	for name, order := range map[string][][]graph.Claim{
		"one batch": {{std, third, answer}},
		"forward":   {{std}, {third}, {answer}},
		"backward":  {{answer}, {third}, {std}},
	} {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			for _, cs := range order {
				mustLoad(t, s, graph.Batch{Documents: docs, Claims: cs})
			}
			equal(t, "double standards", findingIDs(t, s, graph.FindingFilter{Rules: []graph.Rule{graph.RuleDoubleStandard}}), want)
			for _, f := range []graph.FindingFilter{{ClaimIDs: []string{third.ID}}, {Speaker: Varga}, {Side: Cordovia}} {
				var got []string
				for _, x := range findings(t, s, f) {
					if x.Rule == graph.RuleDoubleStandard {
						got = append(got, x.ID)
					}
				}
				equal(t, "double standards from a filter", got, want)
			}
			pairs, _ := contradictions(t, s, graph.Scope{Rules: []graph.Rule{graph.RuleDoubleStandard}}, graph.Page{})
			if len(pairs) != 1 || pairs[0].Rule != graph.RuleDoubleStandard || pairs[0].Claims[0].ID != std.ID || pairs[0].Claims[1].ID != third.ID {
				t.Errorf("double standard pairs: %+v; want Varga's accusation then Okaro's", pairs)
			}
		})
	}
}
