package neo4j

import (
	"sort"

	"github.com/contra-project/contra/graph"
)

// detect returns what graph.Detect(fresh, candidates) returns without
// pairing every fresh claim with every other claim: graph.Pair can find
// something only for two claims with the same proposition key, for
// accusations whose keys mirror each other, or when one claim responds to
// the other. So each fresh claim is paired only with the claims that share
// such a key with it, found through maps. A batch of a thousand claims on
// a few hundred propositions costs a few thousand Pair calls instead of a
// million. A test checks the result against graph.Detect.
func detect(fresh, candidates []graph.Claim) []graph.Finding {
	// all is graph.Detect's claim list: fresh claims first, then the
	// candidates not already there, each id once.
	all := make([]*graph.Claim, 0, len(fresh)+len(candidates))
	byID := map[string]*graph.Claim{}
	for _, list := range [][]graph.Claim{fresh, candidates} {
		for i := range list {
			if byID[list[i].ID] == nil {
				byID[list[i].ID] = &list[i]
				all = append(all, &list[i])
			}
		}
	}
	byProp := map[string][]*graph.Claim{}
	byMirror := map[string][]*graph.Claim{} // by MirrorAccKey
	responders := map[string][]*graph.Claim{}
	for _, c := range all {
		byProp[graph.PropKey(c)] = append(byProp[graph.PropKey(c)], c)
		if k := graph.MirrorAccKey(c); k != "" {
			byMirror[k] = append(byMirror[k], c)
		}
		for _, t := range c.RespondsTo {
			responders[t] = append(responders[t], c)
		}
	}
	seen := map[string]bool{}
	var out []graph.Finding
	for i := range fresh {
		a := &fresh[i]
		partners := map[*graph.Claim]bool{}
		for _, b := range byProp[graph.PropKey(a)] {
			partners[b] = true
		}
		if k := graph.AccKey(a); k != "" {
			for _, b := range byMirror[k] {
				partners[b] = true
			}
		}
		for _, t := range a.RespondsTo {
			if b := byID[t]; b != nil {
				partners[b] = true
			}
		}
		for _, b := range responders[a.ID] {
			partners[b] = true
		}
		for b := range partners {
			if b.ID == a.ID {
				continue
			}
			for _, f := range graph.Pair(a, b) {
				if !seen[f.ID] {
					seen[f.ID] = true
					out = append(out, f)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
