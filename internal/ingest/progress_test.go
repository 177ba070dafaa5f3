package ingest_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/contra-project/contra/internal/ingest"
)

// TestProgressAdvances: progress counts the input files and their bytes
// (not the sidecars, labels or skipped files beside them), and the bytes
// advance within a large claim file, in both passes, up to the total.
func TestProgressAdvances(t *testing.T) {
	for _, keepGoing := range []bool{false, true} {
		t.Run(fmt.Sprintf("keep-going=%v", keepGoing), func(t *testing.T) {
			dir := t.TempDir()
			var big strings.Builder
			for i := range 4000 {
				fmt.Fprintf(&big, `{"id":"c%d","speaker":"Ilya Varga","side":"Arvenia","kind":"accusation","subject":"Belmora","action":"destroy the dam","topic":"dam destruction","polarity":"+","text":"Varga blamed Belmoran forces, statement %d.","said_at":"2031-04-15"}`+"\n", i, i)
			}
			inputs := []string{
				write(t, dir, "big.jsonl", big.String()),
				write(t, dir, "article.txt", "Ilya Varga, the foreign minister of Arvenia, said Belmora destroyed the dam.\n"),
			}
			write(t, dir, "article.meta.json", `{"outlet":"Example Ledger","published":"2031-04-15"}`)
			write(t, dir, "article.gold.json", `{"claims":[]}`)
			write(t, dir, "README.md", "notes\n")
			write(t, dir, "photo.png", "not an input\n")
			var want int64
			for _, p := range inputs {
				fi, err := os.Stat(p)
				if err != nil {
					t.Fatal(err)
				}
				want += fi.Size()
			}

			var seen []ingest.Progress
			l := ingest.New(openStore(t), ingest.Options{KeepGoing: keepGoing, Progress: func(p ingest.Progress) { seen = append(seen, p) }})
			if _, err := l.Load(context.Background(), []string{dir}); err != nil {
				t.Fatal(err)
			}
			if len(seen) == 0 {
				t.Fatal("no progress reported")
			}
			last := seen[len(seen)-1]
			if last.FilesTotal != len(inputs) || last.Files != len(inputs) || last.BytesTotal != want || last.Bytes != want {
				t.Fatalf("last progress %+v, want %d files and %d bytes done of as many", last, len(inputs), want)
			}
			// The bytes move in several steps within big.jsonl, before
			// it is done, and never go back.
			steps := map[int64]bool{}
			var prev int64
			for _, p := range seen {
				if p.Bytes < prev {
					t.Fatalf("bytes went back: %d after %d", p.Bytes, prev)
				}
				prev = p.Bytes
				if p.Bytes > 0 && p.Bytes < want {
					steps[p.Bytes] = true
				}
			}
			if len(steps) < 3 {
				t.Fatalf("bytes advanced in %d steps within the large file, want several: %v", len(steps), seen)
			}
		})
	}
}
