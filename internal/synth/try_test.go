package synth

import (
	"os"
	"testing"

	"github.com/contra-project/contra/graph"
)

func TestTry(t *testing.T) {
	g := New(Config{Seed: 1, Claims: 30})
	g.WriteJSONL(os.Stdout)
	g.Articles(2, func(name string, text []byte, meta graph.Document) error {
		os.Stdout.WriteString("=== " + name + " " + meta.URL + "\n")
		os.Stdout.Write(text)
		return nil
	})
}
