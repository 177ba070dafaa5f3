package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestDupClaim checks finish's test for a claim already kept: the same id
// among the kept claims at the same evidence start (ids hash the
// offsets, and the kept claims are in the order of their evidence).
func TestDupClaim(t *testing.T) {
	kept := func(start int, id string) graph.Claim {
		return graph.Claim{ID: id, Evidence: &graph.Span{Start: start, End: start + 10}}
	}
	out := []graph.Claim{kept(0, "claim:a"), kept(20, "claim:b"), kept(40, "claim:c"), kept(40, "claim:d")}
	for _, tt := range []struct {
		name  string
		out   []graph.Claim
		start int
		id    string
		want  bool
	}{
		{"none kept", nil, 40, "claim:c", false},
		{"last kept", out, 40, "claim:d", true},
		{"earlier at the same start", out, 40, "claim:c", true},
		{"new id at the same start", out, 40, "claim:e", false},
		{"new start", out, 60, "claim:f", false},
	} {
		c := kept(tt.start, tt.id)
		if got := dupClaim(tt.out, &c); got != tt.want {
			t.Errorf("%s: dupClaim = %v, want %v", tt.name, got, tt.want)
		}
	}
}
