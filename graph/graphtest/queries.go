package graphtest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

func testClaimsFilters(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	all := claims(t, s, graph.ClaimFilter{})
	if len(all) != worldClaims {
		t.Fatalf("all claims: %d, want %d", len(all), worldClaims)
	}
	ordered(t, "all claims", all)
	if all[0].ID != w.id("undated") {
		t.Errorf("first claim %s, want the undated one first", all[0].ID)
	}
	cases := []struct {
		name string
		f    graph.ClaimFilter
		want []string // claim names
	}{
		{"ids", graph.ClaimFilter{IDs: []string{w.id("acc1"), w.id("revB"), "claim:unknown"}}, []string{"acc1", "revB"}},
		{"topic, other case", graph.ClaimFilter{Topic: "Cluster Munitions"},
			[]string{"acc1", "acc1b", "acc1c", "den1", "denOther", "undated", "resp"}},
		{"speaker, lower case", graph.ClaimFilter{Speaker: "minister ilya varga"},
			[]string{"acc1", "acc1c", "mutA", "sameA", "sameB"}},
		{"side", graph.ClaimFilter{Side: "CORDOVIA"}, []string{"revA", "revB"}},
		{"subject", graph.ClaimFilter{Subject: "cordovia"}, []string{"denOther", "revA", "revB"}},
		{"kind", graph.ClaimFilter{Kind: graph.KindDenial}, []string{"den1", "denOther"}},
		{"document", graph.ClaimFilter{DocID: w.docs["d5"].ID}, []string{"mutA2", "mutB", "sameB"}},
		{"since", graph.ClaimFilter{Since: "2024-05-01"}, []string{"revA", "revB"}},
		{"until (undated excluded)", graph.ClaimFilter{Until: "2024-03-02"}, []string{"acc1", "acc1b", "den1"}},
		{"since and until", graph.ClaimFilter{Since: "2024-03-02", Until: "2024-03-04"},
			[]string{"acc1b", "den1", "denOther", "resp"}},
		{"side and topic", graph.ClaimFilter{Side: Belmora, Topic: topCM}, []string{"den1", "denOther", "resp"}},
		{"side and subject", graph.ClaimFilter{Side: Arvenia, Subject: Arvenia}, []string{"sameA", "sameB"}},
		{"no match", graph.ClaimFilter{Topic: "weather"}, nil},
		{"unknown id", graph.ClaimFilter{IDs: []string{"claim:unknown"}}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := claims(t, s, tc.f)
			ordered(t, tc.name, got)
			ids := []string{}
			for _, c := range got {
				ids = append(ids, c.ID)
			}
			slices.Sort(ids)
			equal(t, tc.name, ids, append([]string{}, w.ids(tc.want...)...))
		})
	}
	t.Run("limit", func(t *testing.T) {
		got := claimIDs(t, s, graph.ClaimFilter{Limit: 3})
		want := []string{all[0].ID, all[1].ID, all[2].ID}
		equal(t, "first three", got, want)
		got = claimIDs(t, s, graph.ClaimFilter{Topic: topGC, Limit: 2})
		equal(t, "first two on the grain corridor", got, []string{w.id("mutC"), w.id("revA")})
	})
}

func testClaimFields(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	for _, name := range w.order {
		want := w.claims[name]
		got := claims(t, s, graph.ClaimFilter{IDs: []string{want.ID}})
		if len(got) != 1 {
			t.Fatalf("%s: %d claims", name, len(got))
		}
		g := got[0]
		doc := w.docs[docName(w, want.DocID)]
		if g.Document == nil || *g.Document != doc {
			t.Errorf("%s: document %+v, want %+v", name, g.Document, doc)
		}
		if g.LoadedAt.IsZero() {
			t.Errorf("%s: no LoadedAt", name)
		}
		wantCounter := name == "den1" || name == "resp"
		if g.Counterclaim != wantCounter {
			t.Errorf("%s: Counterclaim = %v, want %v", name, g.Counterclaim, wantCounter)
		}
		if g.Counters != nil || g.Contradicts != nil {
			t.Errorf("%s: links filled without WithLinks: %v %v", name, g.Counters, g.Contradicts)
		}
		g.Document, g.LoadedAt, g.ChangedAt, g.Counterclaim = nil, time.Time{}, time.Time{}, false
		if len(g.RespondsTo) == 0 {
			g.RespondsTo = nil
		}
		equal(t, name, g, want)
	}
}

func docName(w *world, id string) string {
	for n, d := range w.docs {
		if d.ID == id {
			return n
		}
	}
	return ""
}

func testClaimLinks(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	got := map[string]graph.Claim{}
	for _, c := range claims(t, s, graph.ClaimFilter{WithLinks: true}) {
		got[c.ID] = c
	}
	cases := []struct {
		name                  string
		counters, contradicts []string
	}{
		{"den1", []string{"acc1", "acc1b", "acc1c", "undated"}, []string{"acc1", "acc1b", "acc1c", "undated"}},
		{"acc1", nil, []string{"den1"}},
		{"resp", []string{"acc1"}, nil},
		{"mutB", nil, []string{"mutA", "mutA2"}},
		{"revA", nil, []string{"revB"}},
		{"revB", nil, []string{"revA"}},
		{"denOther", nil, nil},
	}
	for _, tc := range cases {
		c := got[w.id(tc.name)]
		var wantCounters, wantContra []string
		if tc.counters != nil {
			wantCounters = w.ids(tc.counters...)
		}
		if tc.contradicts != nil {
			wantContra = w.ids(tc.contradicts...)
		}
		gotCounters, gotContra := sorted(c.Counters), sorted(c.Contradicts)
		equal(t, tc.name+" counters", gotCounters, wantCounters)
		equal(t, tc.name+" contradicts", gotContra, wantContra)
	}
}

// sorted returns a sorted copy of l, nil when empty.
func sorted(l []string) []string {
	if len(l) == 0 {
		return nil
	}
	return slices.Sorted(slices.Values(l))
}

func testClaimsStop(t *testing.T, open Opener) {
	s, _ := loadWorld(t, open)
	n := 0
	err := s.Claims(context.Background(), graph.ClaimFilter{}, func(graph.Claim) error {
		n++
		if n == 2 {
			return errStop
		}
		return nil
	})
	if !errors.Is(err, errStop) {
		t.Errorf("Claims returned %v, want the callback's error", err)
	}
	if n != 2 {
		t.Errorf("callback called %d times after returning an error at 2", n)
	}
}

func testFindingsFilters(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	involves := func(names ...string) func(want) bool {
		return func(x want) bool { return slices.Contains(names, x.from) || slices.Contains(names, x.to) }
	}
	rules := func(rs ...graph.Rule) func(want) bool {
		return func(x want) bool { return slices.Contains(rs, x.rule) }
	}
	cases := []struct {
		name string
		f    graph.FindingFilter
		keep func(want) bool
	}{
		{"all", graph.FindingFilter{}, nil},
		{"one rule", graph.FindingFilter{Rules: []graph.Rule{graph.RuleReversal}}, rules(graph.RuleReversal)},
		{"two rules", graph.FindingFilter{Rules: []graph.Rule{graph.RuleOpposing, graph.RuleMutual}},
			rules(graph.RuleOpposing, graph.RuleMutual)},
		{"topic", graph.FindingFilter{Topic: "Border Shelling"}, rules(graph.RuleMutual)},
		{"topic of either claim", graph.FindingFilter{Topic: topCM},
			rules(graph.RuleOpposing, graph.RuleCounterclaim)},
		{"side", graph.FindingFilter{Side: Cordovia}, rules(graph.RuleReversal)},
		{"speaker", graph.FindingFilter{Speaker: "general tomas reuel"}, involves("den1", "resp")},
		{"speaker on the other end", graph.FindingFilter{Speaker: Fenn}, involves("undated")},
		{"since bounds the later date", graph.FindingFilter{Since: "2024-04-02"}, involves("mutA2", "revB")},
		{"until bounds the later date", graph.FindingFilter{Until: "2024-03-02"}, func(x want) bool {
			return involves("den1")(x) && !involves("acc1c")(x)
		}},
		{"claim ids", graph.FindingFilter{ClaimIDs: []string{w.id("revA")}}, rules(graph.RuleReversal)},
		{"claim ids, either end", graph.FindingFilter{ClaimIDs: []string{w.id("mutB"), w.id("acc1")}}, involves("mutB", "acc1")},
		{"rule and topic", graph.FindingFilter{Rules: []graph.Rule{graph.RuleCounterclaim}, Topic: topCM},
			rules(graph.RuleCounterclaim)},
		{"rule and speaker", graph.FindingFilter{Rules: []graph.Rule{graph.RuleOpposing}, Speaker: Pirel},
			func(x want) bool { return x.rule == graph.RuleOpposing && involves("acc1b")(x) }},
		{"side and since", graph.FindingFilter{Side: Arvenia, Since: "2024-03-05"},
			func(x want) bool { return involves("acc1c", "mutA", "mutA2")(x) }},
		{"no match", graph.FindingFilter{Topic: "weather"}, func(want) bool { return false }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			equal(t, tc.name, findingIDs(t, s, tc.f), w.wantIDs(tc.keep))
		})
	}
	t.Run("limit", func(t *testing.T) {
		all := w.wantIDs(nil)
		equal(t, "limit 2", findingIDs(t, s, graph.FindingFilter{Limit: 2}), all[:2])
	})
}

func testFindingFields(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	byID := map[string]want{}
	for _, x := range w.want {
		byID[w.findingID(x)] = x
	}
	for _, f := range findings(t, s, graph.FindingFilter{}) {
		x, ok := byID[f.ID]
		if !ok {
			t.Errorf("unexpected finding %s", f.ID)
			continue
		}
		if f.Rule != x.rule {
			t.Errorf("%s: rule %s, want %s", f.ID, f.Rule, x.rule)
		}
		if f.FromClaim == nil || f.ToClaim == nil || f.FromClaim.ID != f.From || f.ToClaim.ID != f.To {
			t.Errorf("%s: claims not filled: %+v", f.ID, f)
			continue
		}
		if f.FromClaim.Document == nil || f.ToClaim.Document == nil {
			t.Errorf("%s: claims without documents", f.ID)
		}
		if x.rule.Directed() && (f.From != w.id(x.from) || f.To != w.id(x.to)) {
			t.Errorf("%s: counterclaim from %s to %s, want from %s", f.ID, f.From, f.To, x.from)
		}
		if graph.Slug(f.Topic) != graph.Slug(f.ToClaim.Topic) && graph.Slug(f.Topic) != graph.Slug(f.FromClaim.Topic) {
			t.Errorf("%s: topic %q is neither claim's", f.ID, f.Topic)
		}
		if f.FoundAt.IsZero() {
			t.Errorf("%s: no FoundAt", f.ID)
		}
		if x.rule == graph.RuleCounterclaim && !f.FromClaim.Counterclaim {
			t.Errorf("%s: FromClaim.Counterclaim not set", f.ID)
		}
	}
}

func testBadFilters(t *testing.T, open Opener) {
	s, _ := loadWorld(t, open)
	ctx := context.Background()
	noop := func(graph.Claim) error { return nil }
	wantCode(t, "Claims bad since", s.Claims(ctx, graph.ClaimFilter{Since: "March"}, noop), graph.EInvalid)
	wantCode(t, "Claims bad until", s.Claims(ctx, graph.ClaimFilter{Until: "2024-02-30"}, noop), graph.EInvalid)
	wantCode(t, "Claims bad kind", s.Claims(ctx, graph.ClaimFilter{Kind: "rumour"}, noop), graph.EInvalid)
	_, err := s.Findings(ctx, graph.FindingFilter{Rules: []graph.Rule{"hunch"}})
	wantCode(t, "Findings bad rule", err, graph.EInvalid)
	_, err = s.Findings(ctx, graph.FindingFilter{Since: "yesterday"})
	wantCode(t, "Findings bad since", err, graph.EInvalid)
}

func testNamed(t *testing.T, open Opener) {
	s, _ := loadWorld(t, open)
	ctx := context.Background()
	t.Run("speakers", func(t *testing.T) {
		all, err := s.Speakers(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		var names []string
		for _, x := range all {
			got[x.ID] = x.Claims
			names = append(names, x.Name)
		}
		equal(t, "claims per speaker", got, map[string]int{
			graph.SpeakerID(Varga): 5, graph.SpeakerID(Pirel): 2, graph.SpeakerID(Reuel): 3,
			graph.SpeakerID(Dusk): 2, graph.SpeakerID(Okaro): 2, graph.SpeakerID(Fenn): 1,
		})
		if !slices.IsSorted(names) {
			t.Errorf("speakers not ordered by name: %v", names)
		}
		for _, tc := range []struct{ match, want string }{
			{"VARGA", Varga}, {"i. varg", Varga}, {"okaro", Okaro}, {"tomas", Reuel},
		} {
			m, err := s.Speakers(ctx, tc.match)
			if err != nil {
				t.Fatal(err)
			}
			if len(m) != 1 || m[0].Name != tc.want {
				t.Errorf("Speakers(%q) = %+v, want %s", tc.match, m, tc.want)
			}
		}
		m, _ := s.Speakers(ctx, "Varga")
		if len(m) == 1 {
			equal(t, "Varga's node", []any{m[0].Role, m[0].Side, sorted(m[0].Aliases)},
				[]any{"foreign minister", Arvenia, []string{"I. Varga", "Ilya Varga"}})
		}
		if m, _ := s.Speakers(ctx, "nobody"); len(m) != 0 {
			t.Errorf("Speakers(nobody) = %+v", m)
		}
	})
	t.Run("actors", func(t *testing.T) {
		all, err := s.Actors(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][2]int{}
		for _, x := range all {
			got[x.Name] = [2]int{x.AsSide, x.AsSubject}
		}
		equal(t, "actor counts", got, map[string][2]int{Arvenia: {7, 5}, Belmora: {5, 7}, Cordovia: {2, 3}})
		m, err := s.Actors(ctx, "republic")
		if err != nil {
			t.Fatal(err)
		}
		if len(m) != 1 || m[0].ID != graph.ActorID(Arvenia) {
			t.Errorf("Actors(republic) = %+v, want Arvenia by its alias", m)
		}
		if len(all) == 3 && (all[0].Name != Arvenia || all[2].Name != Cordovia) {
			t.Errorf("actors not ordered by name: %+v", all)
		}
	})
	t.Run("topics", func(t *testing.T) {
		all, err := s.Topics(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, x := range all {
			got[x.ID] = x.Claims
		}
		equal(t, "claims per topic", got, map[string]int{
			graph.TopicID(topCM): 7, graph.TopicID(topBS): 3, graph.TopicID(topGC): 3, graph.TopicID(topRW): 2,
		})
		m, err := s.Topics(ctx, "BOMBLET")
		if err != nil {
			t.Fatal(err)
		}
		if len(m) != 1 || m[0].ID != graph.TopicID(topCM) || m[0].Claims != 7 {
			t.Errorf("Topics(BOMBLET) = %+v, want cluster munitions by its alias", m)
		}
		m, _ = s.Topics(ctx, "corridor")
		if len(m) != 1 || m[0].Name != topGC {
			t.Errorf("Topics(corridor) = %+v", m)
		}
	})
	// Explicit nodes merge aliases and never lose a count.
	t.Run("aliases merge", func(t *testing.T) {
		mustLoad(t, s, graph.Batch{Topics: []graph.Topic{{Name: topCM, Aliases: []string{"cluster bombs"}}}})
		for _, q := range []string{"bomblets", "cluster bombs"} {
			m, err := s.Topics(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(m) != 1 || m[0].Claims != 7 {
				t.Errorf("Topics(%q) after adding an alias = %+v", q, m)
			}
		}
	})
	// Given again, an explicit node takes the new spelling of its name
	// and the role given; a role left empty keeps the stored one.
	t.Run("explicit nodes update", func(t *testing.T) {
		upper := strings.ToUpper(Varga)
		for _, tc := range []struct {
			given      graph.Speaker
			name, role string
		}{
			{graph.Speaker{Name: upper}, upper, "foreign minister"},
			{graph.Speaker{Name: Varga, Role: "prime minister"}, Varga, "prime minister"},
			{graph.Speaker{Name: Varga}, Varga, "prime minister"},
		} {
			mustLoad(t, s, graph.Batch{Speakers: []graph.Speaker{tc.given}})
			m, err := s.Speakers(ctx, "varga")
			if err != nil {
				t.Fatal(err)
			}
			if len(m) != 1 {
				t.Fatalf("Speakers(varga) = %+v", m)
			}
			equal(t, fmt.Sprintf("Varga's node after %+v", tc.given), []any{m[0].Name, m[0].Role, m[0].Side, sorted(m[0].Aliases)},
				[]any{tc.name, tc.role, Arvenia, []string{"I. Varga", "Ilya Varga"}})
		}
	})
}

func testSupport(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	key := func(n string) graph.SupportKey {
		c := w.claims[n]
		return graph.SupportKeyOf(&c)
	}
	missing := graph.SupportKey{PropKey: "nobody|nothing|nowhere", Polarity: graph.Positive, Side: "arvenia"}
	keys := []graph.SupportKey{key("acc1"), key("den1"), key("undated"), key("mutB"), missing}
	got, err := s.Support(context.Background(), keys)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "support", got, map[graph.SupportKey]graph.Support{
		key("acc1"):    {Documents: 3, Outlets: 2}, // d1, d2, d4: Harbor twice
		key("den1"):    {Documents: 1, Outlets: 1},
		key("undated"): {Documents: 1, Outlets: 1},
		key("mutB"):    {Documents: 1, Outlets: 1},
		missing:        {},
	})
	if key("acc1") != key("acc1c") {
		t.Errorf("same proposition from the same side has two support keys")
	}
	empty, err := s.Support(context.Background(), nil)
	if err != nil || len(empty) != 0 {
		t.Errorf("Support(nil) = %v, %v", empty, err)
	}
}

func testStats(t *testing.T, open Opener) {
	s := open(t)
	equal(t, "empty store", stats(t, s), graph.Stats{Findings: map[graph.Rule]int{}})
	w := newWorld()
	mustLoad(t, s, w.batch())
	equal(t, "world", stats(t, s), graph.Stats{
		Documents: worldDocs, Speakers: worldSpeakers, Actors: worldActors, Topics: worldTopics,
		Claims: worldClaims, Counterclaims: 2,
		Findings: map[graph.Rule]int{graph.RuleOpposing: 4, graph.RuleCounterclaim: 5, graph.RuleMutual: 2, graph.RuleReversal: 1},
	})
}

// testJobState checks graph.JobStore, which every store of the project
// keeps beside its graph.
func testJobState(t *testing.T, open Opener) {
	s := jobStore(t, open(t))
	ctx := context.Background()
	_, err := s.JobState(ctx, "daily-report")
	wantCode(t, "JobState of an unknown job", err, graph.ENotFound)
	end := time.Date(2024, 3, 1, 6, 0, 0, 123_000_000, time.UTC)
	js := graph.JobState{Name: "daily-report", WindowEnd: end, LastRun: end.Add(time.Minute), Runs: 1}
	if err := s.SaveJobState(ctx, js); err != nil {
		t.Fatalf("SaveJobState: %v", err)
	}
	check := func(want graph.JobState) {
		t.Helper()
		got, err := s.JobState(ctx, want.Name)
		if err != nil {
			t.Fatalf("JobState: %v", err)
		}
		if got.Name != want.Name || got.Runs != want.Runs || !got.WindowEnd.Equal(want.WindowEnd) || !got.LastRun.Equal(want.LastRun) {
			t.Errorf("JobState = %+v, want %+v", got, want)
		}
	}
	check(js)
	js.WindowEnd, js.LastRun, js.Runs = end.Add(24*time.Hour), end.Add(25*time.Hour), 2
	if err := s.SaveJobState(ctx, js); err != nil {
		t.Fatalf("SaveJobState again: %v", err)
	}
	check(js)
	other := graph.JobState{Name: "weekly", Runs: 7, WindowEnd: end, LastRun: end}
	if err := s.SaveJobState(ctx, other); err != nil {
		t.Fatalf("SaveJobState weekly: %v", err)
	}
	check(other)
	check(js)
}

// contradictions lists every pair of the store under sc.
func contradictions(tb testing.TB, s graph.Store, sc graph.Scope, p graph.Page) ([]graph.Contradiction, int) {
	tb.Helper()
	var out []graph.Contradiction
	total, err := graph.Contradictions(context.Background(), s, sc, p, func(c graph.Contradiction) error {
		out = append(out, c)
		return nil
	})
	if err != nil {
		tb.Fatalf("Contradictions: %v", err)
	}
	return out, total
}

func testContradictions(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	got, total := contradictions(t, s, graph.Scope{}, graph.Page{})
	// One entry per pair: the denial's counterclaims are also opposing
	// pairs, listed once with that rule as a tag.
	pairs := map[string]bool{}
	for _, x := range w.want {
		a, b := w.id(x.from), w.id(x.to)
		if b < a {
			a, b = b, a
		}
		pairs[a+"|"+b] = true
	}
	if len(got) != len(pairs) || total != len(pairs) {
		t.Fatalf("%d contradictions (total %d), want %d pairs", len(got), total, len(pairs))
	}
	name := map[string]string{}
	for n, c := range w.claims {
		name[c.ID] = n
	}
	var listed []string
	for _, c := range got {
		listed = append(listed, string(c.Rule)+" "+name[c.Claims[0].ID]+" "+name[c.Claims[1].ID])
	}
	// The denial against the corroborated accusations first, most recent
	// first; then the answer by link and the mutual accusations (the
	// earlier claim of each pair first); the reversal, as well sourced,
	// after them as one voice changing its mind. The pair with a weak
	// claim (no side) comes last.
	equal(t, "pairs in rank order", listed, []string{
		"counterclaim den1 acc1c", "counterclaim den1 acc1b", "counterclaim den1 acc1",
		"counterclaim resp acc1",
		"mutual_accusation mutB mutA2", "mutual_accusation mutB mutA",
		"reversal revA revB",
		"counterclaim den1 undated",
	})
	top := got[0]
	if top.Documents != 4 || top.Outlets != 3 || top.Independent != 3 || top.Latest != "2024-03-05" ||
		!slices.Equal(top.Tags, []graph.Rule{graph.RuleOpposing}) {
		t.Errorf("top contradiction: %d docs, %d outlets, %d independent, latest %s, tags %v; want 4, 3, 3, 2024-03-05, [opposing]",
			top.Documents, top.Outlets, top.Independent, top.Latest, top.Tags)
	}
	if last := got[len(got)-1]; !slices.Equal(last.Weak, []string{"claim 2: " + graph.WeakNoSide}) {
		t.Errorf("last pair weak %v; want the undated claim's missing side", last.Weak)
	}
	only, n := contradictions(t, s, graph.Scope{Rules: []graph.Rule{graph.RuleReversal}}, graph.Page{})
	if n != 1 || len(only) != 1 || only[0].Rule != graph.RuleReversal ||
		!slices.Equal(sorted([]string{only[0].Claims[0].ID, only[0].Claims[1].ID}), w.ids("revA", "revB")) {
		t.Errorf("reversals: %+v", only)
	}
	// Pages put together are the listing.
	var joined []graph.Contradiction
	for off := 0; off < total; off += 3 {
		page, n := contradictions(t, s, graph.Scope{}, graph.Page{Offset: off, Limit: 3})
		if n != total || len(page) > 3 {
			t.Fatalf("page at %d: %d pairs, total %d", off, len(page), n)
		}
		joined = append(joined, page...)
	}
	equal(t, "pages", joined, got)
	topic, _ := contradictions(t, s, graph.Scope{Topic: "Cluster Munitions"}, graph.Page{})
	equal(t, "topic", len(topic), 5)
	side, _ := contradictions(t, s, graph.Scope{Side: Cordovia}, graph.Page{})
	equal(t, "side", len(side), 1)
	speaker, _ := contradictions(t, s, graph.Scope{Speaker: Pirel}, graph.Page{})
	equal(t, "speaker", len(speaker), 2)
}

// mutual lists the mutual groups of the store under sc.
func mutual(tb testing.TB, s graph.Store, sc graph.Scope) []graph.MutualGroup {
	tb.Helper()
	var out []graph.MutualGroup
	_, err := graph.Mutual(context.Background(), s, sc, graph.DisputeOptions{}, func(g graph.MutualGroup) error {
		out = append(out, g)
		return nil
	})
	if err != nil {
		tb.Fatalf("Mutual: %v", err)
	}
	return out
}

func testMutual(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	// A second, corroborating accusation by Belmora in another document.
	extra := Claim(w.docs["d6"], Reuel, Belmora, graph.KindAccusation, Arvenia, "shell farms", topBS, graph.Positive, "2024-04-05")
	mustLoad(t, s, graph.Batch{Claims: []graph.Claim{extra}})
	got := mutual(t, s, graph.Scope{})
	if len(got) != 1 {
		t.Fatalf("%d mutual groups, want 1 (Arvenia/Belmora on border shelling): %+v", len(got), got)
	}
	g := got[0]
	idsOf := func(cs []graph.Claim) []string {
		out := []string{}
		for _, c := range cs {
			out = append(out, c.ID)
		}
		return sorted(out)
	}
	equal(t, "sides", g.Sides, [2]string{Arvenia, Belmora})
	equal(t, "Arvenia's accusations", idsOf(g.Accusations[0]), w.ids("mutA", "mutA2"))
	equal(t, "Belmora's accusations", idsOf(g.Accusations[1]), sorted([]string{w.id("mutB"), extra.ID}))
	equal(t, "count, documents, first, last", []any{g.Count, g.Documents, g.First, g.Last},
		[]any{4, 3, "2024-04-01", "2024-04-05"})
	// Both sides' first accusations share a day.
	equal(t, "first accuser", g.FirstAccuser, "")
	if graph.Slug(g.Topic) != graph.Slug(topBS) {
		t.Errorf("topic %q", g.Topic)
	}
	if none := mutual(t, s, graph.Scope{Topic: topGC}); len(none) != 0 {
		t.Errorf("mutual on the grain corridor: %+v; want none", none)
	}
	// A window covering every load keeps the same groups.
	equal(t, "all-time window", mutual(t, s, graph.Scope{ChangedFrom: time.Unix(0, 1)}), got)
	if after := mutual(t, s, graph.Scope{ChangedFrom: time.Now().Add(time.Hour)}); len(after) != 0 {
		t.Errorf("a window after every load keeps %d groups", len(after))
	}
	for _, c := range []struct {
		sc   graph.Scope
		want int
	}{{graph.Scope{Side: Belmora}, 1}, {graph.Scope{Speaker: Reuel}, 1}, {graph.Scope{Side: Cordovia}, 0}} {
		if n := len(mutual(t, s, c.sc)); n != c.want {
			t.Errorf("scope %+v: %d groups, want %d", c.sc, n, c.want)
		}
	}
}

// opponents flattens ClaimOpponents to claim name -> sorted "rule+tags
// direction other" strings.
func opponents(w *world, cos []graph.ClaimOpponents) map[string][]string {
	name := map[string]string{}
	for n, c := range w.claims {
		name[c.ID] = n
	}
	out := map[string][]string{}
	for _, co := range cos {
		l := []string{}
		for _, o := range co.Opponents {
			r := string(o.Rule)
			for _, t := range o.Tags {
				r += "+" + string(t)
			}
			l = append(l, r+" "+o.Direction+" "+name[o.Claim.ID])
		}
		slices.Sort(l)
		out[name[co.Claim.ID]] = l
	}
	return out
}

// collect gathers what a streaming query hands out.
func collect[T any](tb testing.TB, run func(fn func(T) error) error) []T {
	tb.Helper()
	var out []T
	if err := run(func(x T) error { out = append(out, x); return nil }); err != nil {
		tb.Fatal(err)
	}
	return out
}

func testSpeakerClaims(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	ctx := context.Background()
	got := collect(t, func(fn func(graph.ClaimOpponents) error) error {
		return graph.SpeakerClaims(ctx, s, "General Tomas REUEL", graph.ClaimFilter{}, 0, fn)
	})
	// Directions read from the claim listed: den1 counters acc1.
	equal(t, "Reuel's claims and opponents", opponents(w, got), map[string][]string{
		"den1": {
			"counterclaim+opposing counters acc1", "counterclaim+opposing counters acc1b",
			"counterclaim+opposing counters acc1c", "counterclaim+opposing counters undated",
		},
		"denOther": {},
		"resp":     {"counterclaim counters acc1"},
	})
	got = collect(t, func(fn func(graph.ClaimOpponents) error) error {
		return graph.SpeakerClaims(ctx, s, Varga, graph.ClaimFilter{Topic: topCM}, 0, fn)
	})
	equal(t, "Varga on cluster munitions", opponents(w, got), map[string][]string{
		"acc1":  {"counterclaim countered_by resp", "counterclaim+opposing countered_by den1"},
		"acc1c": {"counterclaim+opposing countered_by den1"},
	})
	// One opponent each, the strongest, and the count of all.
	got = collect(t, func(fn func(graph.ClaimOpponents) error) error {
		return graph.SpeakerClaims(ctx, s, Reuel, graph.ClaimFilter{Limit: 1}, 1, fn)
	})
	if len(got) != 1 || len(got[0].Opponents) != 1 || got[0].Total != 4 || got[0].Opponents[0].Claim.ID != w.id("acc1c") {
		t.Errorf("Reuel's first claim with one opponent: %+v; want den1 with acc1c of 4", got)
	}
}

func testTimeline(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	got := collect(t, func(fn func(graph.TimelineEntry) error) error {
		return graph.Timeline(context.Background(), s, graph.ClaimFilter{Topic: topCM}, 0, fn)
	})
	var order []string
	name := map[string]string{}
	for n, c := range w.claims {
		name[c.ID] = n
	}
	contested := map[string]bool{}
	for _, e := range got {
		order = append(order, name[e.Claim.ID])
		contested[name[e.Claim.ID]] = e.Contested
	}
	// Undated first, then by date, ties by id.
	want := []string{"undated", "acc1"}
	pair := w.ids("acc1b", "den1")
	for _, id := range pair {
		want = append(want, name[id])
	}
	want = append(want, "denOther", "resp", "acc1c")
	equal(t, "timeline order", order, want)
	equal(t, "contested", contested, map[string]bool{
		"undated": true, "acc1": true, "acc1b": true, "den1": true, "denOther": false, "resp": true, "acc1c": true,
	})
	page := collect(t, func(fn func(graph.TimelineEntry) error) error {
		return graph.Timeline(context.Background(), s, graph.ClaimFilter{Topic: topCM, Offset: 2, Limit: 3}, 0, fn)
	})
	var pageOrder []string
	for _, e := range page {
		pageOrder = append(pageOrder, name[e.Claim.ID])
	}
	equal(t, "timeline page", pageOrder, want[2:5])
}

func testBetween(t *testing.T, open Opener) {
	s, w := loadWorld(t, open)
	between := func(a, b string, f graph.ClaimFilter) []graph.ClaimOpponents {
		return collect(t, func(fn func(graph.ClaimOpponents) error) error {
			return graph.Between(context.Background(), s, s, a, b, f, 0, fn)
		})
	}
	got := between("arvenia", "BELMORA", graph.ClaimFilter{})
	ops := opponents(w, got)
	var names []string
	for _, co := range got {
		for n, c := range w.claims {
			if c.ID == co.Claim.ID {
				names = append(names, n)
			}
		}
	}
	if len(names) != 8 {
		t.Fatalf("between Arvenia and Belmora: %v, want 8 claims", names)
	}
	first, second := slices.Clone(names[:5]), slices.Clone(names[5:])
	slices.Sort(first)
	slices.Sort(second)
	equal(t, "Arvenia about Belmora first", first, []string{"acc1", "acc1b", "acc1c", "mutA", "mutA2"})
	equal(t, "then Belmora about Arvenia", second, []string{"mutB", "mutC", "resp"})
	equal(t, "mutB's opponents", ops["mutB"], []string{"mutual_accusation  mutA", "mutual_accusation  mutA2"})
	equal(t, "mutC's opponents", ops["mutC"], []string{})
	if since := between(Arvenia, Belmora, graph.ClaimFilter{Since: "2024-04-01"}); len(since) != 4 { // mutA, mutA2, mutB, mutC
		t.Errorf("between since April: %d claims, want 4", len(since))
	}
	// A page across the two lists.
	var paged []string
	for off := 0; off < 8; off += 3 {
		for _, co := range between(Arvenia, Belmora, graph.ClaimFilter{Offset: off, Limit: 3}) {
			paged = append(paged, co.Claim.ID)
		}
	}
	var all []string
	for _, co := range got {
		all = append(all, co.Claim.ID)
	}
	equal(t, "pages across both lists", paged, all)
}

// testTopicPages checks that a page of a topic's contradictions or
// timeline is the slice of the whole list at its offset, whatever the
// offset and limit: the first page is a prefix of the listing, and claims
// or pairs that tie (same day, same score) keep one order from page to
// page.
func testTopicPages(t *testing.T, open Opener) {
	s, _ := loadWorld(t, open)
	ctx := context.Background()
	timeline := func(off, lim int) []graph.TimelineEntry {
		return collect(t, func(fn func(graph.TimelineEntry) error) error {
			return graph.Timeline(ctx, s, graph.ClaimFilter{Topic: topCM, Offset: off, Limit: lim}, 0, fn)
		})
	}
	sc := graph.Scope{Topic: topCM}
	whole, total := contradictions(t, s, sc, graph.Page{})
	if total != len(whole) || len(whole) < 3 {
		t.Fatalf("%d contradictions on %s (total %d); want the world's 5", len(whole), topCM, total)
	}
	all := timeline(0, 0)
	if len(all) < 3 {
		t.Fatalf("%d claims on the timeline of %s", len(all), topCM)
	}
	slice := func(n, off, lim int) (int, int) {
		lo, hi := min(off, n), n
		if lim > 0 {
			hi = min(off+lim, n)
		}
		return lo, max(lo, hi)
	}
	for off := 0; off <= len(whole)+1; off++ {
		for lim := 0; lim <= len(whole)+1; lim++ {
			page, n := contradictions(t, s, sc, graph.Page{Offset: off, Limit: lim})
			lo, hi := slice(len(whole), off, lim)
			if n != total || len(page) != hi-lo || (hi > lo && !reflect.DeepEqual(page, whole[lo:hi])) {
				t.Errorf("contradictions at offset %d, limit %d: %d pairs (total %d), not pairs %d to %d of %d", off, lim, len(page), n, lo, hi, total)
			}
		}
	}
	for off := 0; off <= len(all)+1; off++ {
		for lim := 0; lim <= len(all)+1; lim++ {
			page := timeline(off, lim)
			lo, hi := slice(len(all), off, lim)
			if len(page) != hi-lo || (hi > lo && !reflect.DeepEqual(page, all[lo:hi])) {
				t.Errorf("timeline at offset %d, limit %d: %d claims, not claims %d to %d of %d", off, lim, len(page), lo, hi, len(all))
			}
		}
	}
}
