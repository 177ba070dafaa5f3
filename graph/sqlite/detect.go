package sqlite

import (
	"sort"

	"github.com/contra-project/contra/graph"
)

// detect returns what graph.Detect(fresh, candidates) returns, without
// pairing every fresh claim with every other claim. graph.Pair can only
// find something for two claims that share a proposition key, whose
// accusations mirror each other, or one of which responds to the other, so
// detect groups the claims by those keys and runs graph.Detect inside each
// group. A batch of a thousand claims on a few hundred propositions thus
// costs a few thousand Pair calls instead of a million.
func detect(fresh, candidates []graph.Claim) []graph.Finding {
	type group struct{ fresh, others []graph.Claim }
	groups := map[string]*group{}
	var order []string // groups in first-seen order, for a stable result
	add := func(key string, c *graph.Claim, isFresh bool) {
		g := groups[key]
		if g == nil {
			g = &group{}
			groups[key] = g
			order = append(order, key)
		}
		if isFresh {
			g.fresh = append(g.fresh, *c)
		} else {
			g.others = append(g.others, *c)
		}
	}
	freshIDs := make(map[string]bool, len(fresh))
	for i := range fresh {
		freshIDs[fresh[i].ID] = true
	}
	byID := map[string]*graph.Claim{}
	visit := func(c *graph.Claim, isFresh bool) {
		add("p\x00"+graph.PropKey(c), c, isFresh)
		if k := graph.AccKey(c); k != "" {
			m := graph.MirrorAccKey(c)
			if m < k {
				k, m = m, k
			}
			add("a\x00"+k+"\x00"+m, c, isFresh)
		}
		byID[c.ID] = c
	}
	for i := range fresh {
		visit(&fresh[i], true)
	}
	for i := range candidates {
		c := &candidates[i]
		if freshIDs[c.ID] || byID[c.ID] != nil {
			continue // graph.Detect also prefers the fresh copy
		}
		visit(c, false)
	}
	// responds_to: a group per responder holding it and the targets at hand.
	for id, c := range byID {
		for _, t := range c.RespondsTo {
			tc := byID[t]
			if tc == nil || tc.ID == id || (!freshIDs[id] && !freshIDs[t]) {
				continue
			}
			key := "r\x00" + id + "\x00" + t
			add(key, c, freshIDs[id])
			add(key, tc, freshIDs[t])
		}
	}
	seen := map[string]bool{}
	var out []graph.Finding
	for _, key := range order {
		g := groups[key]
		if len(g.fresh) == 0 || len(g.fresh)+len(g.others) < 2 {
			continue
		}
		for _, f := range graph.Detect(g.fresh, g.others) {
			if !seen[f.ID] {
				seen[f.ID] = true
				out = append(out, f)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
