package bench

import (
	"context"
	"os"
	"testing"
)

func TestScratch100k(t *testing.T) {
	os.MkdirAll("/tmp/benchscratch", 0o755)
	r, err := Run(context.Background(), Options{Seed: 1, Sizes: []int{10000, 100000}, ArticlesMB: 5, Dir: "/tmp/benchscratch"}, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	r.WriteTable(os.Stderr)
}
