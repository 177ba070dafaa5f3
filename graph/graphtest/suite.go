// Package graphtest is the behaviour suite every graph.Store passes. A
// backend's tests call Run with a function that opens a fresh, empty store;
// the suite loads an invented world (the states Arvenia, Belmora and
// Cordovia and their officials) and checks the guarantees graph.Store
// documents: idempotent upserts, all-or-nothing batches, every rule and its
// near misses, independence of load order, every query and filter, and
// hostile strings kept verbatim. It checks error codes, never messages.
package graphtest

import (
	"context"
	"errors"
	"maps"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/contra-project/contra/graph"
)

// Opener opens a fresh, empty store for one test and arranges for it to be
// closed when the test ends (tb.Cleanup). Closing twice must be harmless.
// Opening may empty the stores opened before it (a Neo4j server has one
// database to test in): a test is done with one store before it opens the
// next.
type Opener func(tb testing.TB) graph.Store

// Run runs the suite, each subtest on stores of its own.
func Run(t *testing.T, open func(tb testing.TB) graph.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"LoadCounts", testLoadCounts},
		{"UpsertIdempotent", testIdempotent},
		{"ChangedClaimRedetects", testChanged},
		{"InvalidBatchRejected", testInvalid},
		{"DocumentFromStore", testDocumentFromStore},
		{"RulesOnWorld", testRulesOnWorld},
		{"RuleScenarios", testRuleScenarios},
		{"RespondsToTargetLoadedLater", testRespondsLater},
		{"OrderIndependence", testOrderIndependence},
		{"ConcurrentLoads", testConcurrentLoads},
		{"ClaimsFilters", testClaimsFilters},
		{"ClaimFieldsRoundTrip", testClaimFields},
		{"ClaimLinks", testClaimLinks},
		{"ClaimsStopsAtCallbackError", testClaimsStop},
		{"LoadedAndFoundRanges", testLoadedRanges},
		{"FindingsFilters", testFindingsFilters},
		{"FindingFields", testFindingFields},
		{"BadFiltersInvalid", testBadFilters},
		{"NamedNodes", testNamed},
		{"Support", testSupport},
		{"Stats", testStats},
		{"JobState", testJobState},
		{"Contradictions", testContradictions},
		{"Mutual", testMutual},
		{"SpeakerClaims", testSpeakerClaims},
		{"Timeline", testTimeline},
		{"TopicPages", testTopicPages},
		{"Between", testBetween},
		{"ClaimsPaging", testClaimsPaging},
		{"Snapshot", testSnapshot},
		{"Disputes", testDisputes},
		{"DoubleStandard", testDoubleStandard},
		{"HostileStrings", testHostile},
		{"OddCaseAndSpacedNames", testOddNames},
		{"EventNounSynonymTopics", testEventNounTopics},
		{"LongTexts", testLongTexts},
		{"Unicode", testUnicode},
		{"EmptyBatch", testEmptyBatch},
		{"Closed", testClosed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// loadWorld opens a store and loads the whole world in one batch.
func loadWorld(t *testing.T, open Opener) (graph.Store, *world) {
	t.Helper()
	s := open(t)
	w := newWorld()
	mustLoad(t, s, w.batch())
	return s, w
}

func mustLoad(tb testing.TB, s graph.Store, b graph.Batch) graph.LoadResult {
	tb.Helper()
	res, err := s.Load(context.Background(), b)
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return res
}

// stats returns the store's stats with zero finding counts dropped, so that
// backends may or may not list rules without findings.
func stats(tb testing.TB, s graph.Store) graph.Stats {
	tb.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		tb.Fatalf("Stats: %v", err)
	}
	st.Findings = nonZero(st.Findings)
	return st
}

func nonZero(m map[graph.Rule]int) map[graph.Rule]int {
	out := map[graph.Rule]int{}
	for k, v := range m {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

func findings(tb testing.TB, s graph.Store, f graph.FindingFilter) []graph.Finding {
	tb.Helper()
	fs, err := s.Findings(context.Background(), f)
	if err != nil {
		tb.Fatalf("Findings(%+v): %v", f, err)
	}
	return fs
}

// findingIDs returns the ids of the findings matching f, in store order
// (which must be by id).
func findingIDs(tb testing.TB, s graph.Store, f graph.FindingFilter) []string {
	tb.Helper()
	out := []string{}
	for _, x := range findings(tb, s, f) {
		out = append(out, x.ID)
	}
	if !sort.StringsAreSorted(out) {
		tb.Errorf("Findings(%+v) not ordered by id: %v", f, out)
	}
	return out
}

func claims(tb testing.TB, s graph.Store, f graph.ClaimFilter) []graph.Claim {
	tb.Helper()
	cs, err := graph.CollectClaims(context.Background(), s, f)
	if err != nil {
		tb.Fatalf("Claims(%+v): %v", f, err)
	}
	return cs
}

// claimIDs returns the ids of the claims matching f, in store order.
func claimIDs(tb testing.TB, s graph.Store, f graph.ClaimFilter) []string {
	tb.Helper()
	out := []string{}
	for _, c := range claims(tb, s, f) {
		out = append(out, c.ID)
	}
	return out
}

// sortedIDs returns the sorted ids of the claims matching f.
func sortedIDs(tb testing.TB, s graph.Store, f graph.ClaimFilter) []string {
	tb.Helper()
	out := claimIDs(tb, s, f)
	sort.Strings(out)
	return out
}

func wantCode(tb testing.TB, what string, err error, code graph.Code) {
	tb.Helper()
	if got := graph.ErrorCode(err); got != code {
		tb.Errorf("%s: error code %q (%v), want %q", what, got, err, code)
	}
}

func equal(tb testing.TB, what string, got, want any) {
	tb.Helper()
	if !reflect.DeepEqual(got, want) {
		tb.Errorf("%s:\n got %v\nwant %v", what, got, want)
	}
}

// ordered checks that claims come by SaidAt (empty first), then id.
func ordered(tb testing.TB, what string, cs []graph.Claim) {
	tb.Helper()
	for i := 1; i < len(cs); i++ {
		a, b := cs[i-1], cs[i]
		if a.SaidAt > b.SaidAt || (a.SaidAt == b.SaidAt && a.ID >= b.ID) {
			tb.Errorf("%s: claim %d (%s %s) after claim %d (%s %s)", what, i, b.SaidAt, b.ID, i-1, a.SaidAt, a.ID)
		}
	}
}

// jobStore returns s as a graph.JobStore; every store of the project is
// one.
func jobStore(t *testing.T, s graph.Store) graph.JobStore {
	t.Helper()
	js, ok := s.(graph.JobStore)
	if !ok {
		t.Fatalf("%T is not a graph.JobStore", s)
	}
	return js
}

// errStop is what a Claims callback returns to stop early.
var errStop = errors.New("graphtest: stop")

// sortedKeys lists a set.
func sortedKeys(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }

// checkDerived checks what a store keeps beside its claims against what
// it derives from them: the per-rule totals Stats reports and each claim's
// Counterclaim flag must agree with Findings; and graph.FindingsByTopic,
// which exports and migrations read, gives every finding once.
func checkDerived(t *testing.T, s graph.Store) {
	t.Helper()
	fs := findings(t, s, graph.FindingFilter{})
	all := map[string]bool{}
	for _, x := range fs {
		all[x.ID] = true
	}
	var byTopic []string
	err := graph.FindingsByTopic(context.Background(), s, func(part []graph.Finding) error {
		for _, x := range part {
			byTopic = append(byTopic, x.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("FindingsByTopic: %v", err)
	}
	slices.Sort(byTopic)
	equal(t, "FindingsByTopic vs Findings", byTopic, sortedKeys(all))
	want := map[graph.Rule]int{}
	counter := map[string]bool{}
	for _, x := range fs {
		if slices.Contains(graph.CountedRules, x.Rule) { // the load counts these
			want[x.Rule]++
		}
		if x.Rule == graph.RuleCounterclaim {
			counter[x.From] = true
		}
	}
	st := stats(t, s)
	equal(t, "Stats.Findings vs derived findings", nonZero(st.Findings), nonZero(want))
	equal(t, "Stats.Counterclaims vs derived findings", st.Counterclaims, len(counter))
	for _, c := range claims(t, s, graph.ClaimFilter{}) {
		if c.Counterclaim != counter[c.ID] {
			t.Errorf("claim %s: Counterclaim = %v, but it counters %d claims", c.ID, c.Counterclaim, len(counterOf(fs, c.ID)))
		}
	}
}

func counterOf(fs []graph.Finding, id string) []string {
	var out []string
	for _, x := range fs {
		if x.Rule == graph.RuleCounterclaim && x.From == id {
			out = append(out, x.To)
		}
	}
	return out
}
