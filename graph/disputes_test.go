package graph_test

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/contra-project/contra/graph"
)

// disputeWorld is an invented dispute: did Belmora use cluster munitions?
// Arvenia says so (twice, once syndicated word for word), Cordovia too;
// Belmora denies it and threatens; Belmora accuses Arvenia of the same a
// month later (a mutual accusation, and with Cordovia's word a double
// standard); an analyst without a side asserts it without a subject.
func disputeWorld() map[string]graph.Claim {
	const topic, act = "cluster munitions", "use cluster munitions"
	A, N := graph.Positive, graph.Negative
	acc, as, dn, th := graph.KindAccusation, graph.KindAssertion, graph.KindDenial, graph.KindThreat
	doc := func(id, outlet, pub string) *graph.Document {
		return &graph.Document{ID: id, Outlet: outlet, Published: pub}
	}
	mk := func(d *graph.Document, speaker, side string, kind graph.Kind, subject string, pol graph.Polarity, date, text string) graph.Claim {
		c := claim(speaker, side, kind, subject, act, topic, pol, date)
		c.DocID, c.Document, c.Text, c.SpeakerID = d.ID, d, text, graph.SpeakerID(speaker)
		c.ID = graph.ClaimID(&c)
		return c
	}
	d1 := doc("doc:1", "Harbor Gazette", "2024-03-01")
	d2 := doc("doc:2", "Northern Ledger (via Harbor Gazette)", "2024-03-02")
	d3 := doc("doc:3", "Valley Courier", "2024-03-05")
	d4 := doc("doc:4", "Valley Courier", "2024-04-01")
	return map[string]graph.Claim{
		"acc1":   mk(d1, "Minister Ilya Varga", "Arvenia", acc, "Belmora", A, "2024-03-01", "Varga said Belmora fired cluster munitions at Tessa."),
		"acc1cp": mk(d2, "Minister Ilya Varga", "Arvenia", acc, "Belmora", A, "2024-03-02", "Varga said Belmora fired cluster munitions at Tessa."),
		"third":  mk(d3, "Ambassador Lena Okaro", "Cordovia", as, "Belmora", A, "2024-03-05", "Okaro said Belmora used cluster munitions."),
		"deny":   mk(d3, "General Tomas Reuel", "Belmora", dn, "Belmora", N, "2024-03-04", "Reuel denied using cluster munitions."),
		"threat": mk(d3, "General Tomas Reuel", "Belmora", th, "Belmora", A, "2024-03-04", "Reuel said Belmora may use them."),
		"back":   mk(d4, "President Anton Dusk", "Belmora", acc, "Arvenia", A, "2024-04-01", "Dusk said Arvenia is the one using cluster munitions."),
		"weak":   mk(d4, "Analyst Mira Fenn", "", as, "", A, "2024-04-01", "Fenn said cluster munitions were used."),
	}
}

func values(m map[string]graph.Claim) []graph.Claim {
	var out []graph.Claim
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}) {
		out = append(out, m[k])
	}
	return out
}

func disputes(t *testing.T, cs []graph.Claim, sc graph.Scope, o graph.DisputeOptions) ([]graph.Dispute, []graph.Exchange, graph.DisputeTotals) {
	t.Helper()
	var ds []graph.Dispute
	var es []graph.Exchange
	var tot graph.DisputeTotals
	err := graph.Disputes(context.Background(), memReader{cs}, sc, o, graph.DisputeHandler{
		Totals:   func(x graph.DisputeTotals) error { tot = x; return nil },
		Dispute:  func(d graph.Dispute) error { ds = append(ds, d); return nil },
		Exchange: func(e graph.Exchange) error { es = append(es, e); return nil },
	})
	if err != nil {
		t.Fatalf("Disputes: %v", err)
	}
	return ds, es, tot
}

func claimIDsOf(cs []graph.Claim) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.ID)
	}
	slices.Sort(out)
	return out
}

func TestDisputeCampsAndExchange(t *testing.T) {
	w := disputeWorld()
	ds, es, tot := disputes(t, values(w), graph.Scope{}, graph.DisputeOptions{Examples: 5})
	// Arvenia's use is alleged by Belmora alone, in answer to Arvenia:
	// no pair, no dispute, but an exchange.
	if tot.Disputes != 1 || tot.Exchanges != 1 || len(ds) != 1 || len(es) != 1 {
		t.Fatalf("totals %+v, %d disputes, %d exchanges; want 1 dispute (Belmora's) and 1 exchange", tot, len(ds), len(es))
	}
	d := ds[0]
	if d.Subject != "Belmora" || d.Action != "use cluster munitions" {
		t.Fatalf("first dispute is %s %s; want the contested one about Belmora", d.Subject, d.Action)
	}
	equalJSON(t, "affirm camp", claimIDsOf(d.Camps[0].Examples), claimIDsOf([]graph.Claim{w["acc1"], w["acc1cp"], w["third"]}))
	equalJSON(t, "deny camp", claimIDsOf(d.Camps[1].Examples), claimIDsOf([]graph.Claim{w["deny"]}))
	equalJSON(t, "outlook", claimIDsOf(d.Outlook.Examples), claimIDsOf([]graph.Claim{w["threat"]}))
	// The syndicated copy and the verbatim quote count once: Harbor
	// Gazette's report and its copy are one source, Okaro's another.
	if c := d.Camps[0]; c.Documents != 3 || c.Outlets != 3 || c.Independent != 2 {
		t.Errorf("affirm camp: %d documents, %d outlets, %d independent; want 3, 3, 2", c.Documents, c.Outlets, c.Independent)
	}
	if sides := d.Camps[0].Sides; len(sides) != 2 || sides[0].Side != "Arvenia" || sides[1].Side != "Cordovia" {
		t.Errorf("affirm sides %+v; want Arvenia then Cordovia", sides)
	}
	if d.Opened == nil || d.Opened.ClaimID != w["acc1"].ID || d.Answered == nil || d.Answered.ClaimID != w["deny"].ID ||
		d.AnswerDays == nil || *d.AnswerDays != 3 {
		t.Errorf("opened %+v, answered %+v after %v days; want Varga's accusation answered by Reuel's denial 3 days later",
			d.Opened, d.Answered, d.AnswerDays)
	}
	st := d.DoubleStandard
	if st == nil || st.Side != "Belmora" || !reflect.DeepEqual(st.Accused, []string{"Arvenia"}) || st.Pairs != 1 ||
		len(st.Examples) != 1 || st.Examples[0].ID != w["back"].ID {
		t.Errorf("double standard %+v; want Belmora accusing Arvenia, broken by Okaro's word only", st)
	}
	// The denial counters all three (and opposes them: a tag).
	if d.Pairs[graph.RuleCounterclaim] != 3 || d.Pairs[graph.RuleDoubleStandard] != 1 || len(d.Pairs) != 2 {
		t.Errorf("pairs %v; want 3 counterclaims, 1 double standard", d.Pairs)
	}
	if len(d.Weak) != 0 {
		t.Errorf("weak %v; want none", d.Weak)
	}
	e := es[0]
	if e.Sides != [2]string{"Arvenia", "Belmora"} || e.FirstAccuser != "Arvenia" || e.AnswerDays == nil || *e.AnswerDays != 31 {
		t.Errorf("exchange %v first %q after %v days; want Arvenia first, answered 31 days later", e.Sides, e.FirstAccuser, e.AnswerDays)
	}
	if e.Pairs != 2 || e.Accusations[0].Examples[0].Speaker != "Minister Ilya Varga" || e.Accusations[1].Denials.Claims != 0 ||
		e.Accusations[0].Denials.Claims != 1 {
		t.Errorf("exchange pairs %d, directions %+v; want 2 pairs and Belmora's denial answering Arvenia", e.Pairs, e.Accusations)
	}
	// The analyst's claim without subject or side is a dispute of its
	// own only if it has pairs: it has none.
	for _, d := range ds {
		if d.Subject == "" {
			t.Errorf("dispute without pairs listed: %+v", d)
		}
	}
}

// TestDisputeTotals: the totals count every pair once by its strongest
// rule, and each pair twice among the speakers of its two claims.
func TestDisputeTotals(t *testing.T) {
	cs := randomWorld(8, 160)
	var tot graph.DisputeTotals
	err := graph.Disputes(context.Background(), memReader{cs}, graph.Scope{}, graph.DisputeOptions{Speakers: 1000},
		graph.DisputeHandler{Totals: func(x graph.DisputeTotals) error { tot = x; return nil }})
	if err != nil {
		t.Fatal(err)
	}
	want := map[graph.Rule]int{}
	for _, x := range wantPairsListed(t, cs) {
		want[x.Rule]++
	}
	equalJSON(t, "pairs by rule", tot.Pairs, want)
	n, speakers := 0, 0
	for _, r := range want {
		n += r
	}
	for _, s := range tot.MostOpposed {
		speakers += s.Pairs
	}
	if speakers != 2*n {
		t.Errorf("speaker tallies sum to %d, want twice %d pairs", speakers, n)
	}
}

func wantPairsListed(t *testing.T, cs []graph.Claim) []graph.Contradiction {
	got, _ := listPairs(t, cs, graph.Scope{}, graph.Page{})
	return got
}

// TestDisputesSameFromEveryScope: a dispute read back from its topic's
// index and one read back by index lookups (a scope over every topic) are
// the same, and paging splits the ranked list.
func TestDisputesSameFromEveryScope(t *testing.T) {
	cs := randomWorld(4, 160)
	all, allEx, tot := disputes(t, cs, graph.Scope{}, graph.DisputeOptions{})
	if len(all) < 10 || len(allEx) < 2 {
		t.Fatalf("%d disputes, %d exchanges: the world is too sparse", len(all), len(allEx))
	}
	byID := map[string]graph.Dispute{}
	for _, d := range all {
		byID[d.ID] = d
	}
	for _, topic := range []string{"topic 0", "topic 1"} {
		ds, _, _ := disputes(t, cs, graph.Scope{Topic: topic}, graph.DisputeOptions{})
		for _, d := range ds {
			equalJSON(t, "dispute "+d.ID, d, byID[d.ID])
		}
	}
	var paged []graph.Dispute
	for off := 0; off < tot.Disputes; off += 4 {
		ds, _, _ := disputes(t, cs, graph.Scope{}, graph.DisputeOptions{Page: graph.Page{Offset: off, Limit: 4}})
		paged = append(paged, ds...)
	}
	equalJSON(t, "pages", paged, all)
}

func equalJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("%s:\n got %s\nwant %s", what, g, w)
	}
}

// TestOpponentsMatchPairs: each claim's opponents are its partners in the
// pairs the rules find, counted in full and listed strongest first, with
// directions that read from the claim.
func TestOpponentsMatchPairs(t *testing.T) {
	cs := randomWorld(6, 150)
	partners := map[string]map[string][]graph.Rule{}
	for k, rules := range wantPairs(cs) {
		a, b := k[:len(k)/2], k[len(k)/2+1:]
		for _, p := range [][2]string{{a, b}, {b, a}} {
			if partners[p[0]] == nil {
				partners[p[0]] = map[string][]graph.Rule{}
			}
			partners[p[0]][p[1]] = rules
		}
	}
	byID := map[string]graph.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	for _, f := range []graph.ClaimFilter{{}, {Topic: "topic 1"}} {
		seen := 0
		err := graph.Opponents(context.Background(), memReader{cs}, f, 1000, func(co graph.ClaimOpponents) error {
			seen++
			want := partners[co.Claim.ID]
			if co.Total != len(want) || len(co.Opponents) != len(want) {
				t.Errorf("claim %s: %d opponents (total %d), want %d", co.Claim.ID, len(co.Opponents), co.Total, len(want))
			}
			for _, o := range co.Opponents {
				rules := append([]graph.Rule{o.Rule}, o.Tags...)
				slices.Sort(rules)
				if !reflect.DeepEqual(rules, want[o.Claim.ID]) {
					t.Errorf("claim %s vs %s: rules %v, want %v", co.Claim.ID, o.Claim.ID, rules, want[o.Claim.ID])
				}
				subj, opp := byID[co.Claim.ID], byID[o.Claim.ID]
				switch o.Direction {
				case graph.DirCounters:
					if !counters(&subj, &opp) {
						t.Errorf("%s listed as countering %s", subj.ID, opp.ID)
					}
				case graph.DirCounteredBy:
					if !counters(&opp, &subj) {
						t.Errorf("%s listed as countered by %s", subj.ID, opp.ID)
					}
				case graph.DirStandardBroken:
					if !graph.DoubleStandard(&subj, &opp) {
						t.Errorf("%s listed as a standard %s breaks", subj.ID, opp.ID)
					}
				case graph.DirBreaksStandard:
					if !graph.DoubleStandard(&opp, &subj) {
						t.Errorf("%s listed as breaking the standard %s", subj.ID, opp.ID)
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if seen == 0 {
			t.Fatalf("filter %+v: no claims", f)
		}
	}
	// A short list is the head of the full one.
	full := map[string][]string{}
	_ = graph.Opponents(context.Background(), memReader{cs}, graph.ClaimFilter{}, 1000, func(co graph.ClaimOpponents) error {
		for _, o := range co.Opponents {
			full[co.Claim.ID] = append(full[co.Claim.ID], o.Claim.ID)
		}
		return nil
	})
	_ = graph.Opponents(context.Background(), memReader{cs}, graph.ClaimFilter{Limit: 40, Offset: 10}, 2, func(co graph.ClaimOpponents) error {
		var got []string
		for _, o := range co.Opponents {
			got = append(got, o.Claim.ID)
		}
		if want := full[co.Claim.ID]; len(got) != min(2, len(want)) || !reflect.DeepEqual(got, want[:len(got)]) {
			t.Errorf("claim %s: first opponents %v, want the head of %v", co.Claim.ID, got, want)
		}
		return nil
	})
}

func counters(a, b *graph.Claim) bool {
	for _, f := range graph.Pair(a, b) {
		if f.Rule == graph.RuleCounterclaim && f.From == a.ID {
			return true
		}
	}
	return false
}
