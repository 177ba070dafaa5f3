package extract

import "testing"

// TestWordFiltersHoldTheirSets: a filter built before its set was
// complete (a set filled by an init function) would turn away words
// the set holds.
func TestWordFiltersHoldTheirSets(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    *wordFilter
		set  map[string]bool
	}{
		{"possessiveDets", possessiveDetsF, possessiveDets},
		{"floated", floatedF, floated},
		{"auxSpans", auxSpansF, auxSpans},
		{"groupParts", groupPartsF, groupParts},
		{"shareHeads", shareHeadsF, shareHeads},
		{"bareBodyNouns", bareBodyNounsF, bareBodyNouns},
		{"weaponVerbs", weaponVerbsF, weaponVerbs},
		{"kindNouns", kindNounsF, kindNouns},
		{"notModifiers", notModifiersF, notModifiers},
		{"weakNouns", weakNounsF, weakNouns},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if *tc.f != *newWordFilter(tc.set) {
				t.Errorf("filter differs from one built from the set now: built before the set was complete")
			}
			for w, in := range tc.set {
				if tc.f.has(tc.set, w) != in {
					t.Errorf("has(%q) = %v, set says %v", w, !in, in)
				}
			}
		})
	}
}

// TestWordFilterHas: has answers as the map does, for words in the set,
// words of a length or first byte no word of it has, and the empty word.
func TestWordFilterHas(t *testing.T) {
	set := map[string]bool{"his": true, "her": true, "their": true, "a-very-long-word-of-sixty-four-bytes-or-more-to-fill-bit-sixty-3x": true}
	f := newWordFilter(set)
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"his", true}, {"her", true}, {"their", true},
		{"hers", false}, {"him", false}, {"theirs", false}, {"its", false}, {"", false},
		{"a-very-long-word-of-sixty-four-bytes-or-more-to-fill-bit-sixty-3x", true},
		{"a-very-long-word-of-sixty-four-bytes-or-more-to-fill-bit-sixty-3y", false},
	} {
		if got := f.has(set, tc.w); got != tc.want {
			t.Errorf("has(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
