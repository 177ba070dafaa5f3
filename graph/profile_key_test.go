package graph

import (
	"fmt"
	"testing"
)

// TestProfileKeyInjective: two keys are equal only when the group, the
// count and every field are, whatever separators the fields carry.
func TestProfileKeyInjective(t *testing.T) {
	vals := []string{"", "a", "1:a", "a1:", "1", ":", "1:", "a|b", "2:1:"}
	owner := map[string]string{}
	add := func(k string, who ...any) {
		t.Helper()
		w := fmt.Sprintf("%q", who)
		if prev, ok := owner[k]; ok && prev != w {
			t.Fatalf("key %q for %s and %s", k, prev, w)
		}
		owner[k] = w
	}
	for _, prop := range vals {
		add(ProfileKey(prop), prop)
		for _, what := range []byte("nsqpaAbBcC") {
			for _, pol := range []byte{'+', '-', 0} {
				for _, cl := range []byte{'d', 'o', 0} {
					for _, f1 := range vals {
						add(profileKey(prop, what, pol, cl, f1), prop, what, pol, cl, f1)
						for _, f2 := range vals {
							add(profileKey(prop, what, pol, cl, f1, f2), prop, what, pol, cl, f1, f2)
						}
					}
				}
			}
		}
	}
	if len(owner) < 70_000 {
		t.Fatalf("%d keys: the test checks little", len(owner))
	}
}
