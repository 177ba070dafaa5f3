package graph

import (
	"fmt"
	"testing"
)

// TestPairless checks that eachUnit's shortcut skips only propositions
// whose unit, built and linked, has no pair: for every proposition of
// each index, pairless(k) implies a total of 0, and each case names
// whether its proposition is pairless.
func TestPairless(t *testing.T) {
	type cl struct {
		side, subject string
		kind          Kind
		pol           Polarity
		responds      string // id suffix of a claim it answers, or ""
	}
	acc := func(side string, pol Polarity) cl { return cl{side, "Kelmar", KindAccusation, pol, ""} }
	for _, tc := range []struct {
		name     string
		claims   []cl
		pairless bool
	}{
		{"one claim", []cl{acc("Ostrava", Positive)}, true},
		{"agreeing sides", []cl{acc("Ostrava", Positive), acc("Velmar", Positive), acc("", Positive)}, true},
		{"opposite sides", []cl{acc("Ostrava", Positive), {"Kelmar", "Kelmar", KindDenial, Negative, ""}}, false},
		{"one voice both ways, one day", []cl{acc("Ostrava", Positive), acc("Ostrava", Negative)}, false},
		{"an answer", []cl{acc("Ostrava", Positive), {"Velmar", "Kelmar", KindAssertion, Positive, "0"}}, false},
		// Kelmar accusing Ostrava of shelling sets the standard that
		// Kelmar shelling breaks: the proposition broken has a standard.
		{"a standard set on it", []cl{{"Ostrava", "Kelmar", KindAssertion, Positive, ""},
			{"Kelmar", "Ostrava", KindAccusation, Positive, ""}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := newIndex(&scope{})
			for i, c := range tc.claims {
				claim := Claim{ID: fmt.Sprintf("c%d", i), DocID: "d", Speaker: "Speaker " + c.side, Side: c.side,
					Kind: c.kind, Subject: c.subject, Action: "shell the ferry port", Topic: "ferry port",
					Polarity: c.pol, Text: fmt.Sprint("text ", i), SaidAt: "2031-05-01"}
				claim.SpeakerID = SpeakerID(claim.Speaker)
				if c.responds != "" {
					claim.RespondsTo = []string{"c" + c.responds}
				}
				x.add(&claim, false)
			}
			k, ok := x.sym.lookup(PropKey(&Claim{Subject: "Kelmar", Action: "shell the ferry port", Topic: "ferry port"}))
			if !ok {
				t.Fatal("the first claim's proposition is not indexed")
			}
			if got := x.pairless(k); got != tc.pairless {
				t.Errorf("pairless = %v, want %v", got, tc.pairless)
			}
			for k := range x.byProp {
				if !x.pairless(k) {
					continue
				}
				u := x.propUnit(k)
				u.addLinks(x)
				if n := u.total(); n != 0 {
					t.Errorf("proposition %q is pairless but its unit has %d pairs", x.sym.str(k), n)
				}
			}
		})
	}
}

// TestRankHeapAddKept checks that add reports whether the rank it was
// given is still kept: the first pass fills the keys of only those.
func TestRankHeapAddKept(t *testing.T) {
	// Ranks by latest, later first, each of weight 1; the page needs 2.
	for _, tc := range []struct {
		name  string
		need  int
		order []string // latest of each rank added, in turn
		kept  []bool
	}{
		{"fills the page", 2, []string{"2031-01-01", "2031-01-02"}, []bool{true, true}},
		{"worse than a full page", 2, []string{"2031-01-03", "2031-01-02", "2031-01-01"}, []bool{true, true, false}},
		{"better than a full page", 2, []string{"2031-01-01", "2031-01-02", "2031-01-03"}, []bool{true, true, true}},
		{"no limit keeps all", 0, []string{"2031-01-03", "2031-01-02", "2031-01-01"}, []bool{true, true, true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := &rankHeap{before: func(a, b *unitRank) bool { return a.latest > b.latest },
				weight: func(*unitRank) int { return 1 }, need: tc.need}
			for i, d := range tc.order {
				if got := h.add(&unitRank{latest: d}); got != tc.kept[i] {
					t.Errorf("add %s: kept %v, want %v", d, got, tc.kept[i])
				}
			}
		})
	}
}
