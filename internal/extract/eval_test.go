package extract

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// corpusDir returns the shared dev corpus, found relative to this file
// (the repository sits beside /work/shared), or "" when it is absent.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpus", "dev")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return ""
	}
	return dir
}

// Thresholds the extractor must keep on the dev corpus: the bars
// (attribution 0.90, accusations 0.75) or, where it has passed them, just
// under what it reaches (accusations 0.88 and mutual 4 of 4 since the
// struck-setting rule).
const (
	minAttributionF1   = 0.90
	minAccusationF1    = 0.85
	minOpposingRecall  = 0.75
	minMutualRecall    = 0.95
	minFindingsPrecise = 0.60
)

func TestEvaluateDevCorpus(t *testing.T) {
	dir := corpusDir(t)
	if dir == "" {
		t.Skip("shared/corpus/dev not found beside the repository; skipping the corpus evaluation")
	}
	rep, err := Evaluate(context.Background(), New(nil), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Files) == 0 {
		t.Fatalf("no gold-labelled articles in %s", dir)
	}
	var b strings.Builder
	rep.Print(&b)
	t.Log("\n" + b.String())
	if f := rep.Total.Attribution.F1(); f < minAttributionF1 {
		t.Errorf("attribution F1 = %.3f, want >= %.2f", f, minAttributionF1)
	}
	if f := rep.Total.Accusations.F1(); f < minAccusationF1 {
		t.Errorf("accusation F1 = %.3f, want >= %.2f", f, minAccusationF1)
	}
	if r := rep.Total.Opposing.Recall(); r < minOpposingRecall {
		t.Errorf("opposing-pair recall = %.3f, want >= %.2f", r, minOpposingRecall)
	}
	if r := rep.Total.Mutual.Recall(); r < minMutualRecall {
		t.Errorf("mutual-accusation recall = %.3f, want >= %.2f", r, minMutualRecall)
	}
	if p := rep.Total.Findings.Precision(); p < minFindingsPrecise {
		t.Errorf("findings precision = %.3f, want >= %.2f", p, minFindingsPrecise)
	}
}

// TestScoreContradictions scores hand-made claims against a hand-made
// gold file, so the contradiction figures are checked independently of
// the extractor.
func TestScoreContradictions(t *testing.T) {
	const text = "Ann Arden said Sylvania blew up the dam. Bo Brand denied it. Cy Cole blamed Freedonia. " +
		"Di Dale blamed Freedonia too. Ed Eyre blamed Ruritania. Flo Fenn said the weather was fine."
	span := func(s string) *graph.Span {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in text", s)
		}
		return &graph.Span{Start: i, End: i + len(s), Text: s}
	}
	claim := func(speaker, side string, kind graph.Kind, subject string, pol graph.Polarity, ev string) graph.Claim {
		c := graph.Claim{DocID: "doc:1", Speaker: speaker, Side: side, Kind: kind, Subject: subject,
			Action: "destroy the dam", Topic: "dam destruction", Polarity: pol, Text: ev, Evidence: span(ev)}
		c.SpeakerID = graph.SpeakerID(speaker)
		c.ID = graph.ClaimID(&c)
		return c
	}
	const acc, den = graph.KindAccusation, graph.KindDenial
	res := Result{Claims: []graph.Claim{
		claim("Ann Arden", "Freedonia", acc, "Sylvania", graph.Positive, "Sylvania blew up the dam"),
		claim("Bo Brand", "Sylvania", den, "Sylvania", graph.Negative, "Bo Brand denied it"),
		claim("Cy Cole", "Sylvania", acc, "Freedonia", graph.Positive, "Cy Cole blamed Freedonia"),
		// matches a gold claim outside every gold contradiction
		claim("Di Dale", "Sylvania", acc, "Freedonia", graph.Positive, "Di Dale blamed Freedonia too"),
		// matches no gold claim; mutual with Di Dale's would need Ruritania's side
		claim("Ed Eyre", "Freedonia", acc, "Ruritania", graph.Positive, "Ed Eyre blamed Ruritania"),
	}}
	g := &Gold{
		Claims: []GoldClaim{
			{ID: "g1", Speaker: "Ann Arden", Evidence: "Sylvania blew up the dam"},
			{ID: "g2", Speaker: "Bo Brand", Evidence: "Bo Brand denied it"},
			{ID: "g3", Speaker: "Cy Cole", Evidence: "Cy Cole blamed Freedonia"},
			{ID: "g4", Speaker: "Di Dale", Evidence: "Di Dale blamed Freedonia too"},
			{ID: "g5", Speaker: "Flo Fenn", Evidence: "the weather was fine"},
		},
		Opposing: []GoldPair{{A: "g1", B: "g2"}, {A: "g1", B: "g5"}},
		Mutual: []GoldMutual{
			{Between: []string{"Sylvania", "Freedonia"}, Topic: "Upper Vale dam destruction", Claims: []string{"g1", "g3"}},
			{Between: []string{"Freedonia", "Ruritania"}, Topic: "dam destruction", Claims: nil},
		},
	}
	fs := scoreFile(testTaxonomy(), "fixture.txt", []byte(text), res, g)
	want := Score{
		// Ann, Bo, Cy and Di match; Ed matches nothing, Flo is not found
		Attribution: PRF{TP: 4, FP: 1, FN: 1},
		// three accused-by triples; the gold file lists none
		Accusations: PRF{FP: 3},
		// the same three as accuser>accused pairs
		AccusationPairs: PRF{FP: 3},
		// g1-g2 is linked (opposing, counterclaim); g1-g5 is not
		Opposing: PRF{TP: 1, FN: 1},
		// Freedonia+Sylvania is found, Freedonia+Ruritania is not
		Mutual: PRF{TP: 1, FN: 1},
		// Ann–Bo and Ann–Cy link claims of gold contradictions; Ann–Di
		// (mutual) links g4, which is in none
		Findings: PRF{TP: 2, FP: 1},
	}
	if fs.Score != want {
		t.Errorf("score = %+v\nwant    %+v\nbad findings: %v", fs.Score, want, fs.BadFindings)
	}
}

func TestTopicMatch(t *testing.T) {
	tax := testTaxonomy()
	tests := []struct {
		sys, gold string
		want      bool
	}{
		{"cluster munitions", "cluster munitions", true},
		{"cluster munitions", "cluster bombs", true}, // a taxonomy alias, outright
		{"ceasefire violations", "Upper Vale ceasefire violations", true},
		{"cease-fire violation", "ceasefire violations", true},
		{"market strike", "Harlow market strike", true},
		{"Harlow market strike", "strike on the market", true},
		// a word in common is not enough: these hid wrong topics
		{"prisoners of war", "Upper Vale prison blast", false},
		{"dam destruction", "Upper Vale prison blast", false},
		{"ship collision", "market strike", false},
		{"general", "market strike", false},
		{"", "market strike", false},
		// induced topics: the same words in any order and number
		{"train derailment", "derailment of a train", true},
		{"landslide", "landslides", true},
		{"corner cut", "sinkhole", false},
		// a gerund is its verb, as a plural is its singular
		{"pipe cut", "pipe cutting", true},
		{"reservoir flooding", "reservoir flood", true},
		{"ferry ramming", "ferry rams", true},
		{"reservoir flooding", "reservoir destruction", false},
		{"warehouse bombing", "warehouse blast", false},
		// an event noun is the first of its synonyms (graph.EventNoun)
		{"pipeline blast", "pipeline explosion", true},
		{"Kessin refinery explosions", "refinery blasts", true},
		{"aid worker abduction", "aid worker kidnapping", true},
		{"kidnapping of the ferry crew", "crew abduction", true},
		{"warehouse blaze", "Tollgate warehouse fire", true},
		{"airliner shootdown", "downing of the airliner", true},
		{"Varna quake", "Varna earthquake", true},
		{"journalist slaying", "killing of a journalist", true},
		// kinds of event that are not synonyms stay apart
		{"depot strike", "depot attack", false},
		{"tanker crash", "tanker collision", false},
		{"chemical spill", "chemical leak", false},
		{"ridge wildfire", "ridge fire", false},
		{"mine blast", "mine fire", false},
		{"airliner downing", "airliner crash", false},
		// a hyphenated compound is one word or its parts
		{"ceasefire violation", "cease-fire violations", true},
		{"prisoner abuse", "prisoner-of-war abuse", true},
		{"box fire", "ballot-box fires", true},
		{"ballot-box fire", "ballot box fire", true},
		{"prisoner abuse", "prisoner-of-war exchange", false},
	}
	for _, tt := range tests {
		if got := topicMatch(tax, tt.sys, tt.gold); got != tt.want {
			t.Errorf("topicMatch(%q, %q) = %v, want %v (words %v / %v)", tt.sys, tt.gold, got, tt.want, topicWords(tt.sys), topicWords(tt.gold))
		}
	}
}

// TestSingularWord checks plural endings, "-es" after a sibilant
// included.
func TestSingularWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"violations", "violation"},
		{"casualties", "casualty"},
		{"boxes", "box"},         // ballot boxes
		{"taxes", "tax"},         // port taxes
		{"branches", "branch"},   // bank branches
		{"marches", "march"},     // border marches
		{"crashes", "crash"},     // drone crashes
		{"clashes", "clash"},     // border clashes
		{"losses", "loss"},       // trading losses
		{"addresses", "address"}, // mailing addresses
		{"tranches", "tranche"},  // a loan's tranches: "-che" kept
		{"avalanches", "avalanche"},
		{"headaches", "headache"},
		{"mines", "mine"},
		{"houses", "house"},
		{"bus", "bus"},
		{"loss", "loss"},
	}
	for _, tt := range tests {
		if got := singularWord(tt.in); got != tt.want {
			t.Errorf("singularWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSpeakerMatch checks when a claim's speaker is the gold speaker.
func TestSpeakerMatch(t *testing.T) {
	tax := testTaxonomy()
	tests := []struct {
		name                 string
		gold, goldSide       string
		speaker, speakerSide string
		want                 bool
	}{
		{"a listed state and its government", "Russia", "Russia", "Russian government", "Russia", true},
		{"an unlisted state and its government", "Valdria", "Valdria", "Valdrian government", "Valdria", true},
		{"an unlisted state and another's government", "Valdria", "Valdria", "Kesmeti government", "Kesmet", false},
		{"a person labelled with their own side is no institution", "Katrin Dobre", "Katrin Dobre", "Dobre", "", true},
		{"a person is not the state", "Ilse Maron", "Valdria", "Valdrian government", "Valdria", false},
	}
	for _, tt := range tests {
		g := &GoldClaim{Speaker: tt.gold, Side: tt.goldSide}
		c := &graph.Claim{Speaker: tt.speaker, Side: tt.speakerSide}
		if got := speakerMatch(tax, g, c); got != tt.want {
			t.Errorf("%s: speakerMatch(%q, %q) = %v, want %v", tt.name, tt.gold, tt.speaker, got, tt.want)
		}
	}
}
