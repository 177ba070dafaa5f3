package extract

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
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

// Thresholds the extractor must keep on the dev corpus.
const (
	minAttributionF1 = 0.85
	minAccusationF1  = 0.75
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
}
