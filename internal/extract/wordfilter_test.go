package extract

import (
	"maps"
	"slices"
	"testing"
)

// keysOf returns the words of a set or map.
func keysOf[V any](m map[string]V) []string { return slices.Collect(maps.Keys(m)) }

// TestWordFiltersHoldTheirSets: a filter built before its set was
// complete (a set an init function fills) would turn away words the
// set holds.
func TestWordFiltersHoldTheirSets(t *testing.T) {
	for _, tc := range []struct {
		name  string
		f     *wordFilter
		fresh func() *wordFilter
		words []string
	}{
		{"possessiveDets", possessiveDetsF, func() *wordFilter { return newWordFilter(possessiveDets) }, keysOf(possessiveDets)},
		{"floated", floatedF, func() *wordFilter { return newWordFilter(floated) }, keysOf(floated)},
		{"auxSpans", auxSpansF, func() *wordFilter { return newWordFilter(auxSpans) }, keysOf(auxSpans)},
		{"groupParts", groupPartsF, func() *wordFilter { return newWordFilter(groupParts) }, keysOf(groupParts)},
		{"shareHeads", shareHeadsF, func() *wordFilter { return newWordFilter(shareHeads) }, keysOf(shareHeads)},
		{"bareBodyNouns", bareBodyNounsF, func() *wordFilter { return newWordFilter(bareBodyNouns) }, keysOf(bareBodyNouns)},
		{"weaponVerbs", weaponVerbsF, func() *wordFilter { return newWordFilter(weaponVerbs) }, keysOf(weaponVerbs)},
		{"kindNouns", kindNounsF, func() *wordFilter { return newWordFilter(kindNouns) }, keysOf(kindNouns)},
		{"notModifiers", notModifiersF, func() *wordFilter { return newWordFilter(notModifiers) }, keysOf(notModifiers)},
		{"weakNouns", weakNounsF, func() *wordFilter { return newWordFilter(weakNouns) }, keysOf(weakNouns)},
		{"numberWords", numberWordsF, func() *wordFilter { return newWordFilter(numberWords) }, keysOf(numberWords)},
		{"tensWords", tensWordsF, func() *wordFilter { return newWordFilter(tensWords) }, keysOf(tensWords)},
		{"personNouns", personNounsF, func() *wordFilter { return newWordFilter(personNouns) }, keysOf(personNouns)},
		{"kinNouns", kinNounsF, func() *wordFilter { return newWordFilter(kinNouns) }, keysOf(kinNouns)},
		{"partitives", partitivesF, func() *wordFilter { return newWordFilter(partitives) }, keysOf(partitives)},
		{"vagueHeads", vagueHeadsF, func() *wordFilter { return newWordFilter(vagueHeads) }, keysOf(vagueHeads)},
		{"ownedParts", ownedPartsF, func() *wordFilter { return newWordFilter(ownedParts) }, keysOf(ownedParts)},
		{"airliners", airlinersF, func() *wordFilter { return newWordFilter(airliners) }, keysOf(airliners)},
		{"substanceClasses", substanceClassesF, func() *wordFilter { return newWordFilter(substanceClasses) }, keysOf(substanceClasses)},
		{"eventVerbs", eventVerbsF, func() *wordFilter { return newWordFilter(eventVerbs) }, keysOf(eventVerbs)},
		{"personHeads", personHeadsF, func() *wordFilter { return newWordFilter(personHeads) }, keysOf(personHeads)},
		{"holdingVerbs", holdingVerbsF, func() *wordFilter { return newWordFilter(holdingVerbs) }, keysOf(holdingVerbs)},
		{"verbNouns", verbNounsF, func() *wordFilter { return newWordFilter(verbNouns) }, keysOf(verbNouns)},
		{"particleEvents", particleEventsF, func() *wordFilter { return newWordFilter(particleEvents) }, keysOf(particleEvents)},
		{"ergativeVerbs", ergativeVerbsF, func() *wordFilter { return newWordFilter(ergativeVerbs) }, keysOf(ergativeVerbs)},
		{"deadNouns", deadNounsF, func() *wordFilter { return newWordFilter(deadNouns) }, keysOf(deadNouns)},
		{"victimWords", victimWordsF, func() *wordFilter { return newWordFilter(victimWords) }, keysOf(victimWords)},
		{"blameEventPreps", blameEventPrepsF, func() *wordFilter { return newWordFilter(blameEventPreps) }, keysOf(blameEventPreps)},
		{"takingLemmas", takingLemmasF, func() *wordFilter { return newWordFilter(takingLemmas) }, keysOf(takingLemmas)},
		{"complementPreps", complementPrepsF, func() *wordFilter { return newWordFilter(complementPreps) }, keysOf(complementPreps)},
		{"nominative", nominativeF, func() *wordFilter { return newWordFilter(nominative) }, keysOf(nominative)},
		{"vesselNouns", vesselNounsF, func() *wordFilter { return newWordFilter(vesselNouns) }, keysOf(vesselNouns)},
		{"blamePred", blamePredF, func() *wordFilter { return newWordFilter(blamePred) }, keysOf(blamePred)},
		{"progressiveAux", progressiveAuxF, func() *wordFilter { return newWordFilter(progressiveAux) }, keysOf(progressiveAux)},
		{"npPreps", npPrepsF, func() *wordFilter { return newWordFilter(npPreps) }, keysOf(npPreps)},
		{"layPeople", layPeopleF, func() *wordFilter { return newWordFilter(layPeople) }, keysOf(layPeople)},
		{"performVerbs", performVerbsF, func() *wordFilter { return newWordFilter(performVerbs) }, keysOf(performVerbs)},
		{"organNouns", organNounsF, func() *wordFilter { return newWordFilter(organNouns) }, keysOf(organNouns)},
		{"organModifiers", organModifiersF, func() *wordFilter { return newWordFilter(organModifiers) }, keysOf(organModifiers)},
		{"localQualifiers", localQualifiersF, func() *wordFilter { return newWordFilter(localQualifiers) }, keysOf(localQualifiers)},
		{"irregular", irregularF, func() *wordFilter { return newWordFilter(irregular) }, keysOf(irregular)},
		{"lemmaOf", lemmaOfF, func() *wordFilter { return newWordFilter(lemmaOf) }, keysOf(lemmaOf)},
		{"functionWords", functionWordsF, func() *wordFilter { return newWordFilter(functionWords) }, keysOf(functionWords)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if *tc.f != *tc.fresh() {
				t.Errorf("filter differs from one built from the set now: built before the set was complete")
			}
			for _, w := range tc.words {
				if !tc.f.may(w) {
					t.Errorf("may(%q) = false for a word of the set", w)
				}
			}
		})
	}
}

// TestWordFilterHas: has and getF answer as the map does, for words in
// the set, words of a length or first byte no word of it has, and the
// empty word.
func TestWordFilterHas(t *testing.T) {
	long := "a-very-long-word-of-sixty-four-bytes-or-more-to-fill-bit-sixty-3x"
	set := map[string]bool{"his": true, "her": true, "their": true, long: true}
	counts := map[string]int{"his": 1, "": 2, long: 3}
	f, g := newWordFilter(set), newWordFilter(counts)
	for _, tc := range []struct {
		w string
	}{
		{"his"}, {"her"}, {"their"}, {"hers"}, {"him"}, {"theirs"}, {"its"}, {""},
		{long}, {long[:len(long)-1] + "y"}, {long + "z"},
	} {
		if f.mayBytes([]byte(tc.w)) != f.may(tc.w) {
			t.Errorf("mayBytes(%q) = %v, may says %v", tc.w, !f.may(tc.w), f.may(tc.w))
		}
		if got, want := f.has(set, tc.w), set[tc.w]; got != want {
			t.Errorf("has(%q) = %v, want %v", tc.w, got, want)
		}
		got, ok := getF(g, counts, tc.w)
		if want, wok := counts[tc.w]; got != want || ok != wok {
			t.Errorf("getF(%q) = %v, %v, want %v, %v", tc.w, got, ok, want, wok)
		}
		if got, want := valF(g, counts, tc.w), counts[tc.w]; got != want {
			t.Errorf("valF(%q) = %v, want %v", tc.w, got, want)
		}
	}
}
