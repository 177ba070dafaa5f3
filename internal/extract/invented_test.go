package extract

import (
	"context"
	"strings"
	"testing"
)

// Floors on the invented articles of testdata/invented: wire copy about
// disputes no list of the project names (armed groups, states and
// companies made up for the tests), labelled by hand. They are scored
// with the default taxonomy and no configuration, as a new user would
// run contra on news of a dispute nobody listed.
const (
	minInventedAttributionF1 = 0.90
	minInventedAccusationF1  = 0.70
	minInventedMutualRecall  = 0.75
)

func TestEvaluateInvented(t *testing.T) {
	rep, err := Evaluate(context.Background(), New(nil), "testdata/invented")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Files) == 0 {
		t.Fatal("no gold-labelled articles in testdata/invented")
	}
	var b strings.Builder
	rep.Print(&b)
	t.Log("\n" + b.String())
	if f := rep.Total.Attribution.F1(); f < minInventedAttributionF1 {
		t.Errorf("attribution F1 = %.3f, want >= %.2f", f, minInventedAttributionF1)
	}
	if f := rep.Total.Accusations.F1(); f < minInventedAccusationF1 {
		t.Errorf("accusation F1 = %.3f, want >= %.2f", f, minInventedAccusationF1)
	}
	if r := rep.Total.Mutual.Recall(); r < minInventedMutualRecall {
		t.Errorf("mutual-accusation recall = %.3f, want >= %.2f", r, minInventedMutualRecall)
	}
}

// Floors on testdata/heldout, four more invented articles written after
// the rules above were tuned on testdata/invented (a check of how they
// carry over to disputes they were not tuned on; their first scores were
// attribution F1 0.76, accusation F1 0.30, one mutual accusation of four).
const (
	minHeldoutAttributionF1 = 0.80
	minHeldoutAccusationF1  = 0.55
)

func TestEvaluateHeldout(t *testing.T) {
	rep, err := Evaluate(context.Background(), New(nil), "testdata/heldout")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Files) == 0 {
		t.Fatal("no gold-labelled articles in testdata/heldout")
	}
	var b strings.Builder
	rep.Print(&b)
	t.Log("\n" + b.String())
	if f := rep.Total.Attribution.F1(); f < minHeldoutAttributionF1 {
		t.Errorf("attribution F1 = %.3f, want >= %.2f", f, minHeldoutAttributionF1)
	}
	if f := rep.Total.Accusations.F1(); f < minHeldoutAccusationF1 {
		t.Errorf("accusation F1 = %.3f, want >= %.2f", f, minHeldoutAccusationF1)
	}
}

// Floors on testdata/heldout2, three more invented articles written and
// labelled after the rules were tuned on the two sets above, and scored
// once before anything was changed for them: attribution F1 0.68,
// accusation F1 0.00, accusation pairs F1 0.20 (the state behind "the
// army" and "the government" was not found, nor a group introduced as
// "the Crimson Hand militia"). Their topic labels were left as written:
// triples whose topic is named otherwise than labelled ("ferry
// hijacking" for "ferry captain killing") count as wrong, so the pairs
// get a floor of their own.
const (
	minHeldout2AttributionF1 = 0.90
	minHeldout2PairsF1       = 0.85
)

func TestEvaluateHeldout2(t *testing.T) {
	rep, err := Evaluate(context.Background(), New(nil), "testdata/heldout2")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Files) == 0 {
		t.Fatal("no gold-labelled articles in testdata/heldout2")
	}
	var b strings.Builder
	rep.Print(&b)
	t.Log("\n" + b.String())
	if f := rep.Total.Attribution.F1(); f < minHeldout2AttributionF1 {
		t.Errorf("attribution F1 = %.3f, want >= %.2f", f, minHeldout2AttributionF1)
	}
	if f := rep.Total.AccusationPairs.F1(); f < minHeldout2PairsF1 {
		t.Errorf("accusation pairs F1 = %.3f, want >= %.2f", f, minHeldout2PairsF1)
	}
}
