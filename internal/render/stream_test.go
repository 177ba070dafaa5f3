package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

// manyClaims returns n copies of the fixture's claims with distinct ids.
func manyClaims(n int) []graph.Claim {
	out := make([]graph.Claim, n)
	for i := range out {
		c := cVossAcc
		c.ID = "claim:" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + strings.Repeat("y", i/26)
		out[i] = c
	}
	return out
}

// TestPagerMatchesWholeList: writing a list a page at a time gives the
// document the renderer gives for the whole list, in every tabular
// format, for empty lists, one page and several.
func TestPagerMatchesWholeList(t *testing.T) {
	for _, n := range []int{0, 1, 7, 20} {
		cs := manyClaims(n)
		for _, f := range []Format{JSON, CSV, Table} {
			var whole bytes.Buffer
			if err := Claims(&whole, f, cs); err != nil {
				t.Fatal(err)
			}
			var paged bytes.Buffer
			p := NewPager(&paged, f, Claims)
			p.size = 3
			for _, c := range cs {
				if err := p.Add(c); err != nil {
					t.Fatal(err)
				}
			}
			if err := p.Close(); err != nil {
				t.Fatal(err)
			}
			if p.Written() != n {
				t.Errorf("%s, %d claims: Written %d", f, n, p.Written())
			}
			switch f {
			case JSON:
				if paged.String() != whole.String() {
					t.Errorf("JSON of %d claims in pages of 3:\n%s\nwant\n%s", n, paged.String(), whole.String())
				}
			case CSV:
				if paged.String() != whole.String() {
					t.Errorf("CSV of %d claims in pages of 3 differs from the whole list", n)
				}
				rows, err := csv.NewReader(&paged).ReadAll()
				if err != nil || len(rows) != n+1 {
					t.Errorf("CSV of %d claims: %d rows, %v", n, len(rows), err)
				}
			case Table:
				// Each page aligns on its own, under its own header.
				pages := (n + 2) / 3
				if n == 0 {
					pages = 0
				}
				if got := strings.Count(paged.String(), "DATE"); got != pages {
					t.Errorf("table of %d claims: %d headers, want %d", n, got, pages)
				}
				if n == 0 && !strings.Contains(paged.String(), "No claims.") {
					t.Errorf("empty table: %q", paged.String())
				}
			}
		}
	}
}

// TestPagerWeighsItems: a claim with its opponents counts as all of its
// claims, so a page of timeline entries with 100 opponents each holds a
// few entries, not 500 (50,000 claims took two seconds to encode, and an
// interrupt waited for them).
func TestPagerWeighsItems(t *testing.T) {
	opp := make([]graph.Opponent, 9)
	for i := range opp {
		opp[i] = graph.Opponent{Claim: cBrelDen, Rule: graph.RuleCounterclaim, Direction: graph.DirCounters}
	}
	var whole, paged bytes.Buffer
	es := make([]graph.TimelineEntry, 7)
	for i := range es {
		es[i] = graph.TimelineEntry{ClaimOpponents: graph.ClaimOpponents{Claim: cVossAcc, Opponents: opp, Total: 9}}
	}
	if err := Timeline(&whole, JSON, es); err != nil {
		t.Fatal(err)
	}
	p := NewPager(&paged, JSON, Timeline)
	p.size = 25 // two and a half entries of weight 10
	pages := 0
	for _, e := range es {
		before := p.pages
		if err := p.Add(e); err != nil {
			t.Fatal(err)
		}
		if p.pages > before {
			pages++
			if len(p.page) != 0 {
				t.Errorf("a written page left %d entries held", len(p.page))
			}
		}
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if pages != 2 {
		t.Errorf("7 entries of weight 10 in pages of 25: %d full pages written, want 2 (3 entries each)", pages)
	}
	if paged.String() != whole.String() {
		t.Error("weighed pages differ from the whole list's JSON")
	}
}

// TestPagerCapsGraphs: a graph format holds the list to draw it, up to
// MaxDrawn results.
func TestPagerCapsGraphs(t *testing.T) {
	var b bytes.Buffer
	p := NewPager(&b, DOT, Contradictions)
	var err error
	for i := 0; i <= MaxDrawn && err == nil; i++ {
		err = p.Add(fixContradictions()[0])
	}
	if graph.ErrorCode(err) != graph.EInvalid {
		t.Errorf("drawing %d results: %v, want EInvalid", MaxDrawn+1, err)
	}
}

func fixDispute() graph.Dispute {
	three := 3
	return graph.Dispute{AnswerDays: &three,
		ID: "dispute:1", Subject: "Belmora", Action: "shell the Oster dam", Topic: "Oster dam",
		Evidence: graph.Evidence{Claims: 2, Documents: 2, Independent: 2, First: "2031-03-01", Latest: "2031-03-04"},
		Camps: [2]graph.Camp{
			{Stance: graph.StanceAffirm, Evidence: graph.Evidence{Claims: 1, Independent: 1, First: "2031-03-01"},
				Sides: []graph.Voice{{Side: "Arvenia", Evidence: graph.Evidence{Claims: 1, Independent: 1, First: "2031-03-01"},
					Speakers: []graph.SpeakerVoice{{ID: "speaker:ilse-voss", Name: "Ilse Voss", Named: true}}}},
				Examples: []graph.Claim{cVossAcc}},
			{Stance: graph.StanceDeny, Evidence: graph.Evidence{Claims: 1, Independent: 1, First: "2031-03-04"},
				Sides: []graph.Voice{{Side: "Belmora", Evidence: graph.Evidence{Claims: 1, Independent: 1, First: "2031-03-04"},
					Speakers: []graph.SpeakerVoice{{ID: "speaker:tomas-brel", Name: "Tomas Brel\x1b[31m", Named: true}}}},
				Examples: []graph.Claim{cBrelDen}},
		},
		Outlook:  graph.Camp{Stance: graph.StanceOutlook, Sides: []graph.Voice{}, Examples: []graph.Claim{}},
		Opened:   &graph.Move{Stance: graph.StanceAffirm, Side: "Arvenia", Speaker: "Ilse Voss", Date: "2031-03-01"},
		Answered: &graph.Move{Stance: graph.StanceDeny, Side: "Belmora", Speaker: "Tomas Brel", Date: "2031-03-04"},
		Pairs:    map[graph.Rule]int{graph.RuleCounterclaim: 1},
	}
}

func fixExchange() graph.Exchange {
	three := 3
	return graph.Exchange{ID: "exchange:1", Sides: [2]string{"Arvenia", "Belmora"}, Topic: "Oster dam",
		Evidence: graph.Evidence{Claims: 2}, FirstAccuser: "Arvenia",
		Opened:   &graph.Move{Side: "Arvenia", Speaker: "Ilse Voss", Date: "2031-03-01"},
		Answered: &graph.Move{Side: "Belmora", Speaker: "Tomas Brel", Date: "2031-03-04"}, AnswerDays: &three,
		Accusations: [2]graph.Direction{
			{From: "Arvenia", To: "Belmora", Evidence: graph.Evidence{Claims: 1}, Actions: []graph.ActionCount{{Action: "shell the Oster dam", Claims: 1}},
				Examples: []graph.Claim{cVossAcc}, Denials: graph.Evidence{Claims: 1}, DenialExamples: []graph.Claim{cBrelDen}},
			{From: "Belmora", To: "Arvenia", Evidence: graph.Evidence{Claims: 1}, Actions: []graph.ActionCount{{Action: "mine the dam", Claims: 1}},
				Examples: []graph.Claim{}, DenialExamples: []graph.Claim{}},
		},
		Pairs: 1}
}

func writeDisputes(t *testing.T, f Format, ds []graph.Dispute, es []graph.Exchange) string {
	t.Helper()
	var b bytes.Buffer
	w, err := NewDisputeWriter(&b, f)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Totals(graph.DisputeTotals{Disputes: len(ds), Exchanges: len(es)}); err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if err := w.Dispute(d); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range es {
		if err := w.Exchange(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestDisputeWriter: every format is well formed for no results, one and
// several; the table reads as a dispute and an exchange; terminal escapes
// never reach a table.
func TestDisputeWriter(t *testing.T) {
	cases := []struct {
		ds []graph.Dispute
		es []graph.Exchange
	}{
		{nil, nil}, {[]graph.Dispute{fixDispute()}, nil}, {nil, []graph.Exchange{fixExchange()}},
		{[]graph.Dispute{fixDispute(), fixDispute()}, []graph.Exchange{fixExchange(), fixExchange()}},
	}
	for _, c := range cases {
		var doc struct {
			Totals    graph.DisputeTotals `json:"totals"`
			Disputes  []graph.Dispute     `json:"disputes"`
			Exchanges []graph.Exchange    `json:"exchanges"`
		}
		out := writeDisputes(t, JSON, c.ds, c.es)
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("JSON of %d disputes, %d exchanges: %v\n%s", len(c.ds), len(c.es), err, out)
		}
		if len(doc.Disputes) != len(c.ds) || len(doc.Exchanges) != len(c.es) || doc.Disputes == nil || doc.Exchanges == nil {
			t.Errorf("JSON: %d disputes, %d exchanges (nil %v, %v)", len(doc.Disputes), len(doc.Exchanges), doc.Disputes == nil, doc.Exchanges == nil)
		}
		rows, err := csv.NewReader(strings.NewReader(writeDisputes(t, CSV, c.ds, c.es))).ReadAll()
		if err != nil || len(rows) != 1+2*len(c.ds)+2*len(c.es) {
			t.Errorf("CSV: %d rows, %v", len(rows), err)
		}
		for _, f := range []Format{DOT, GraphML, Mermaid} {
			if out := writeDisputes(t, f, c.ds, c.es); out == "" {
				t.Errorf("%s: empty", f)
			}
		}
	}
	table := writeDisputes(t, Table, []graph.Dispute{fixDispute()}, []graph.Exchange{fixExchange()})
	for _, want := range []string{
		"1. Belmora · shell the Oster dam  [Oster dam]",
		"yes  Arvenia (Ilse Voss): 1 source, from 2031-03-01",
		"opened by Arvenia (Ilse Voss) on 2031-03-01; answered by Belmora (Tomas Brel) on 2031-03-04, 3 days later",
		"E1. Arvenia ⇄ Belmora  [Oster dam]",
		"Arvenia accused first (2031-03-01); Belmora answered 3 days later",
		"Belmora denied it 1 time",
	} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	if strings.Contains(table, "\x1b") {
		t.Error("a terminal escape reached the table")
	}
	if got := writeDisputes(t, Table, nil, nil); got != "No disputes.\n" {
		t.Errorf("empty table: %q", got)
	}
}
