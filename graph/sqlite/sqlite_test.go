package sqlite

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
)

// openTemp opens a store in a fresh file under tb.TempDir.
func openTemp(tb testing.TB, opts ...Option) *Store {
	tb.Helper()
	opts = append([]Option{WithLogger(slog.New(slog.DiscardHandler))}, opts...)
	s, err := Open(context.Background(), filepath.Join(tb.TempDir(), "contra.db"), opts...)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestBehaviour(t *testing.T) {
	graphtest.Run(t, func(tb testing.TB) graph.Store { return openTemp(tb) })
}
