package graph_test

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

// memReader is a graph.ClaimReader over claims in memory. It answers each
// method by scanning, which is the definition the stores' index lookups
// must agree with.
type memReader struct{ claims []graph.Claim }

func (m memReader) Claims(_ context.Context, f graph.ClaimFilter, fn func(graph.Claim) error) error {
	var out []graph.Claim
	for _, c := range m.claims {
		ok := (len(f.IDs) == 0 || slices.Contains(f.IDs, c.ID)) &&
			(f.Topic == "" || graph.Slug(f.Topic) == graph.Slug(c.Topic)) &&
			(f.Speaker == "" || graph.Slug(f.Speaker) == graph.Slug(c.Speaker)) &&
			(f.Side == "" || graph.Slug(f.Side) == graph.Slug(c.Side)) &&
			(f.Subject == "" || graph.Slug(f.Subject) == graph.Slug(c.Subject)) &&
			(f.Kind == "" || f.Kind == c.Kind) &&
			(f.Since == "" || (c.SaidAt != "" && c.SaidAt >= f.Since)) &&
			(f.Until == "" || (c.SaidAt != "" && c.SaidAt <= f.Until)) &&
			(f.ChangedFrom.IsZero() || !c.ChangedAt.Before(f.ChangedFrom)) &&
			(f.ChangedTo.IsZero() || c.ChangedAt.Before(f.ChangedTo))
		if ok {
			out = append(out, c)
		}
	}
	// The order every store gives: by date, undated first, then id (by
	// topic first with ByTopic).
	sort.SliceStable(out, func(i, j int) bool {
		if ti, tj := graph.Slug(out[i].Topic), graph.Slug(out[j].Topic); f.ByTopic && ti != tj {
			return ti < tj
		}
		if out[i].SaidAt != out[j].SaidAt {
			return out[i].SaidAt < out[j].SaidAt
		}
		return out[i].ID < out[j].ID
	})
	if f.Offset > 0 {
		out = out[min(f.Offset, len(out)):]
	}
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	for _, c := range out {
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

// Snapshot makes a memReader a graph.Snapshotter: its claims do not move.
func (m memReader) Snapshot(_ context.Context, fn func(graph.ClaimReader) error) error { return fn(m) }

func (m memReader) Probe(_ context.Context, p graph.Probe, fn func(graph.Claim) error) error {
	for _, c := range probe(p, m.claims) {
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

func (m memReader) Topics(context.Context, string) ([]graph.TopicCount, error) {
	at := map[string]int{}
	var out []graph.TopicCount
	for _, c := range m.claims {
		i, ok := at[graph.Slug(c.Topic)]
		if !ok {
			i = len(out)
			at[graph.Slug(c.Topic)] = i
			out = append(out, graph.TopicCount{Topic: graph.Topic{ID: graph.TopicID(c.Topic), Name: c.Topic}})
		}
		out[i].Claims++
	}
	return out, nil
}

func (m memReader) SpeakerIDs(_ context.Context, name string) ([]string, error) {
	set := map[string]bool{}
	for _, c := range m.claims {
		if graph.Slug(c.Speaker) == graph.Slug(name) {
			set[c.SpeakerID] = true
		}
	}
	return sortedSet(set), nil
}

// worldWithTimes is randomClaims with speaker ids and change times, a
// second apart in claim order.
func worldWithTimes(seed uint64, n int) ([]graph.Claim, time.Time) {
	cs := randomClaims(rand.New(rand.NewPCG(seed, 3)), n)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range cs {
		cs[i].SpeakerID = graph.SpeakerID(cs[i].Speaker)
		cs[i].ChangedAt = t0.Add(time.Duration(i) * time.Second)
	}
	return cs, t0
}

// wantFindings is FindFindings' definition: every finding among the
// claims (double standards included), kept when it matches f.
func wantFindings(cs []graph.Claim, f graph.FindingFilter) []string {
	byID := map[string]*graph.Claim{}
	for i := range cs {
		byID[cs[i].ID] = &cs[i]
	}
	either := func(x graph.Finding, ok func(c *graph.Claim) bool) bool {
		return ok(byID[x.From]) || ok(byID[x.To])
	}
	var out []string
	for _, x := range append(graph.Detect(cs, nil), graph.DetectDouble(cs, nil)...) {
		a, b := byID[x.From], byID[x.To]
		latest := max(a.SaidAt, b.SaidAt)
		found := a.ChangedAt
		if b.ChangedAt.After(found) {
			found = b.ChangedAt
		}
		keep := (len(f.Rules) == 0 || slices.Contains(f.Rules, x.Rule)) &&
			(f.Topic == "" || either(x, func(c *graph.Claim) bool { return graph.Slug(c.Topic) == graph.Slug(f.Topic) })) &&
			(f.Side == "" || either(x, func(c *graph.Claim) bool { return graph.Slug(c.Side) == graph.Slug(f.Side) })) &&
			(f.Speaker == "" || either(x, func(c *graph.Claim) bool { return graph.Slug(c.Speaker) == graph.Slug(f.Speaker) })) &&
			(len(f.ClaimIDs) == 0 || either(x, func(c *graph.Claim) bool { return slices.Contains(f.ClaimIDs, c.ID) })) &&
			(f.Since == "" || latest >= f.Since) &&
			(f.Until == "" || (latest != "" && latest <= f.Until)) &&
			(f.FoundFrom.IsZero() || !found.Before(f.FoundFrom)) &&
			(f.FoundTo.IsZero() || found.Before(f.FoundTo))
		if keep {
			out = append(out, x.ID)
		}
	}
	sort.Strings(out)
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out
}

func TestFindFindingsMatchesDefinition(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		cs, t0 := worldWithTimes(seed, 140)
		r := memReader{cs}
		for _, tc := range []struct {
			name string
			f    graph.FindingFilter
		}{
			{"all", graph.FindingFilter{}},
			{"rules", graph.FindingFilter{Rules: []graph.Rule{graph.RuleMutual, graph.RuleReversal}}},
			{"topic", graph.FindingFilter{Topic: "Topic 1"}},
			{"topic and side", graph.FindingFilter{Topic: "topic 0", Side: "Belmora"}},
			{"speaker", graph.FindingFilter{Speaker: "speaker 2"}},
			{"speaker and topic", graph.FindingFilter{Speaker: "Speaker 3", Topic: "topic 1"}},
			{"side", graph.FindingFilter{Side: "Arvenia", Rules: []graph.Rule{graph.RuleCounterclaim}}},
			{"claim ids", graph.FindingFilter{ClaimIDs: []string{cs[0].ID, cs[7].ID, cs[99].ID}}},
			{"found from", graph.FindingFilter{FoundFrom: t0.Add(100 * time.Second)}},
			{"found window", graph.FindingFilter{FoundFrom: t0.Add(20 * time.Second), FoundTo: t0.Add(60 * time.Second)}},
			{"found to", graph.FindingFilter{FoundTo: t0.Add(50 * time.Second)}},
			{"since until", graph.FindingFilter{Since: "2024-02-01", Until: "2024-03-01"}},
			{"limit", graph.FindingFilter{Topic: "topic 0", Limit: 5}},
		} {
			got, err := graph.FindFindings(context.Background(), r, tc.f)
			if err != nil {
				t.Fatalf("seed %d %s: %v", seed, tc.name, err)
			}
			want := wantFindings(cs, tc.f)
			if tc.name == "all" && len(want) < 50 {
				t.Fatalf("seed %d: only %d findings; the world is too sparse to test anything", seed, len(want))
			}
			if !reflect.DeepEqual(ids(got), want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("seed %d %s: got %d findings, want %d", seed, tc.name, len(got), len(want))
			}
			for _, x := range got {
				if x.FromClaim == nil || x.ToClaim == nil || x.FromClaim.ID != x.From || x.ToClaim.ID != x.To {
					t.Fatalf("seed %d %s: %s: claims not filled", seed, tc.name, x.ID)
				}
				if want := max(x.FromClaim.ChangedAt.UnixNano(), x.ToClaim.ChangedAt.UnixNano()); x.FoundAt.UnixNano() != want {
					t.Errorf("seed %d %s: %s: FoundAt %v is not the later ChangedAt", seed, tc.name, x.ID, x.FoundAt)
				}
			}
		}
	}
}

func TestFindFindingsRejectsBadFilters(t *testing.T) {
	r := memReader{}
	for _, f := range []graph.FindingFilter{
		{Rules: []graph.Rule{"hunch"}}, {Since: "yesterday"}, {Until: "99999-01-01"}, {Limit: -1},
	} {
		if _, err := graph.FindFindings(context.Background(), r, f); graph.ErrorCode(err) != graph.EInvalid {
			t.Errorf("%+v: err %v, want EInvalid", f, err)
		}
	}
}

func TestFillLinks(t *testing.T) {
	cs, _ := worldWithTimes(5, 120)
	all := graph.Detect(cs, nil)
	window := slices.Clone(cs[40:70])
	if err := graph.FillLinks(context.Background(), memReader{cs}, window); err != nil {
		t.Fatal(err)
	}
	linked := 0
	for _, c := range window {
		counters, contra := map[string]bool{}, map[string]bool{}
		for _, x := range all {
			switch {
			case x.Rule == graph.RuleCounterclaim && x.From == c.ID:
				counters[x.To] = true
			case x.Rule != graph.RuleCounterclaim && x.From == c.ID:
				contra[x.To] = true
			case x.Rule != graph.RuleCounterclaim && x.To == c.ID:
				contra[x.From] = true
			}
		}
		if got, want := orEmpty(c.Counters), sortedSet(counters); !reflect.DeepEqual(got, want) {
			t.Errorf("%s Counters = %v, want %v", c.ID, got, want)
		}
		if got, want := orEmpty(c.Contradicts), sortedSet(contra); !reflect.DeepEqual(got, want) {
			t.Errorf("%s Contradicts = %v, want %v", c.ID, got, want)
		}
		linked += len(counters) + len(contra)
	}
	if linked == 0 {
		t.Fatal("no links in the window: the test checks nothing")
	}
}

func orEmpty(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// TestCountNewMatchesDetect: counting gives what building the findings
// gives, for fresh claims overlapping the candidates (stale copies) and
// fresh-to-fresh pairs.
func TestCountNewMatchesDetect(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		cs := randomClaims(rand.New(rand.NewPCG(seed, 9)), 150)
		fresh, cands := cs[:60], slices.Clone(cs[40:])
		for i := range 10 {
			cands[i].Side = "Dravonia"
		}
		fs := graph.Detect(fresh, cands)
		want := graph.Counted{Findings: map[graph.Rule]int{}, Counterclaimants: map[string]bool{}}
		for _, x := range fs {
			want.Findings[x.Rule]++
			if x.Rule == graph.RuleCounterclaim {
				want.Counterclaimants[x.From] = true
			}
		}
		got := graph.CountNew(fresh, cands, nil)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: CountNew = %v, Detect gives %v", seed, got.Findings, want.Findings)
		}
		if got.Total() != len(fs) || len(fs) == 0 {
			t.Errorf("seed %d: Total %d, Detect %d findings", seed, got.Total(), len(fs))
		}
	}
}

// TestCountNewWithAccCounts: new claims against a store, with the mirror
// accusations counted instead of read, count what Detect over the full
// probe finds.
func TestCountNewWithAccCounts(t *testing.T) {
	mutual := 0
	for seed := uint64(1); seed <= 12; seed++ {
		cs := randomClaims(rand.New(rand.NewPCG(seed, 11)), 160)
		fresh, stored := cs[:40], cs[40:]
		p := graph.ProbeFor(fresh)
		fs := graph.Detect(fresh, probe(p, stored))
		want := graph.Counted{Findings: map[graph.Rule]int{}, Counterclaimants: map[string]bool{}}
		for _, x := range fs {
			want.Findings[x.Rule]++
			if x.Rule == graph.RuleCounterclaim {
				want.Counterclaimants[x.From] = true
			}
		}
		accCounts, noAcc := mirrorCounts(p, stored)
		got := graph.CountNew(fresh, probe(noAcc, stored), accCounts)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: CountNew = %v, Detect gives %v", seed, got.Findings, want.Findings)
		}
		mutual += want.Findings[graph.RuleMutual]
	}
	if mutual < 20 {
		t.Errorf("%d mutual accusations over all seeds: the test checks little", mutual)
	}
}

// mirrorCounts is what a store's accusation index says for p.AccKeys, and
// p without them: the arguments of CountNew's counted path.
func mirrorCounts(p graph.Probe, stored []graph.Claim) (map[string]int, graph.Probe) {
	accCounts := map[string]int{}
	for _, c := range stored {
		if k := graph.AccKey(&c); k != "" && slices.Contains(p.AccKeys, k) {
			accCounts[k]++
		}
	}
	p.AccKeys = nil
	return accCounts, p
}

// counterInput draws n random claims, the first nFresh new and the rest
// stored, and returns what a store gives a Counter for them (the linked
// claims and the mirrored accusations' counts) and what CountNew counts
// over the whole probe.
func counterInput(rng *rand.Rand, n, nFresh int) (fresh, stored, linked []graph.Claim, accCounts map[string]int, want graph.Counted) {
	cs := randomClaims(rng, n)
	fresh, stored = cs[:nFresh], cs[nFresh:]
	p := graph.ProbeFor(fresh)
	accCounts, noAcc := mirrorCounts(p, stored)
	want = graph.CountNew(fresh, probe(noAcc, stored), accCounts)
	linked = probe(graph.Probe{IDs: p.IDs, RespondersTo: p.RespondersTo}, stored)
	return fresh, stored, linked, accCounts, want
}

// TestCounterMatchesCountNew: streaming the proposition groups through a
// Counter, in any order and in chunks, with claims it must skip mixed in,
// counts what CountNew counts over the whole probe.
func TestCounterMatchesCountNew(t *testing.T) {
	flagged := 0
	for seed := uint64(1); seed <= 12; seed++ {
		rng := rand.New(rand.NewPCG(seed, 13))
		fresh, stored, linked, accCounts, want := counterInput(rng, 200, 50)
		if len(linked) == 0 {
			t.Fatalf("seed %d: no linked claims: the test checks less than it says", seed)
		}
		ctr := graph.NewCounter(fresh, linked, accCounts)
		// Every stored claim once, whatever its group, and the fresh ones.
		var ms []graph.Member
		for _, l := range [][]graph.Claim{stored, fresh} {
			for i := range l {
				ms = append(ms, graph.MemberOf(&l[i]))
			}
		}
		rng.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		for len(ms) > 0 {
			n := min(len(ms), 1+rng.IntN(40))
			ctr.Add(ms[:n])
			ms = ms[n:]
		}
		if got := ctr.Counted(); !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: Counter = %v %d flagged, CountNew %v %d flagged", seed,
				got.Findings, len(got.Counterclaimants), want.Findings, len(want.Counterclaimants))
		}
		flagged += len(want.Counterclaimants)
	}
	if flagged < 50 {
		t.Errorf("%d counterclaimants over all seeds: the test checks little", flagged)
	}
}

func TestFindingDelta(t *testing.T) {
	f := func(r graph.Rule, id string) graph.Finding { return graph.Finding{ID: id, Rule: r} }
	for _, tc := range []struct {
		name           string
		before, now    []graph.Finding
		added, removed map[graph.Rule]int
	}{
		{"new", nil, []graph.Finding{f(graph.RuleOpposing, "a")}, map[graph.Rule]int{graph.RuleOpposing: 1}, map[graph.Rule]int{}},
		{"kept", []graph.Finding{f(graph.RuleMutual, "a")}, []graph.Finding{f(graph.RuleMutual, "a")}, map[graph.Rule]int{}, map[graph.Rule]int{}},
		{"replaced", []graph.Finding{f(graph.RuleMutual, "a"), f(graph.RuleReversal, "b")}, []graph.Finding{f(graph.RuleMutual, "a"), f(graph.RuleCounterclaim, "c")},
			map[graph.Rule]int{graph.RuleCounterclaim: 1}, map[graph.Rule]int{graph.RuleReversal: 1}},
		{"gone", []graph.Finding{f(graph.RuleOpposing, "a")}, nil, map[graph.Rule]int{}, map[graph.Rule]int{graph.RuleOpposing: 1}},
	} {
		added, removed := graph.FindingDelta(tc.before, tc.now)
		if !reflect.DeepEqual(added, tc.added) || !reflect.DeepEqual(removed, tc.removed) {
			t.Errorf("%s: added %v removed %v, want %v %v", tc.name, added, removed, tc.added, tc.removed)
		}
	}
}
