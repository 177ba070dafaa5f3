package bench

import (
	"bytes"
	"context"
	"testing"
)

func TestRunTiny(t *testing.T) {
	var progress bytes.Buffer
	r, err := Run(context.Background(), Options{Seed: 3, Sizes: []int{1000, 3000}, ArticlesMB: 1, Quick: true, Dir: t.TempDir()}, &progress)
	t.Log(progress.String())
	if err != nil {
		t.Fatal(err)
	}
	var tab bytes.Buffer
	r.WriteTable(&tab)
	t.Log(tab.String())
}
