package neo4j

import (
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/graph/graphtest"
)

// TestJudgements runs the suite's judgement group on a real server;
// without NEO4J_URI it skips, naming the variable.
func TestJudgements(t *testing.T) {
	cfg := serverConfig(t)
	graphtest.RunJudgements(t, func(tb testing.TB) graph.Store { return openClean(tb, cfg) })
}
