package sqlite

import (
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
)

func TestJudgements(t *testing.T) {
	graphtest.RunJudgements(t, func(tb testing.TB) graph.Store { return openTemp(tb) })
}
