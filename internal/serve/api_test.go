package serve

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/contra-project/contra/graph"
)

func TestDisputes(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	for _, topic := range []string{"cluster munitions", "Cluster Bombs"} {
		rec := call(t, s, "GET", "/api/disputes?topic="+url.QueryEscape(topic), nil)
		var page DisputePage
		decode(t, rec, &page)
		if rec.Code != http.StatusOK || len(page.Items) == 0 {
			t.Fatalf("topic %q: %d %s", topic, rec.Code, rec.Body.String())
		}
		d := page.Items[0]
		if d.ID != f.dispute || d.Subject != "Belmora" || d.Camps[0].Claims == 0 || d.Camps[1].Claims == 0 {
			t.Errorf("topic %q: first dispute %s %s/%s, camps %d and %d claims", topic, d.ID, d.Subject, d.Action, d.Camps[0].Claims, d.Camps[1].Claims)
		}
		if page.Totals.Disputes != len(page.Items) || page.Total == nil || *page.Total != page.Totals.Disputes {
			t.Errorf("totals %+v, total %v, %d items", page.Totals, page.Total, len(page.Items))
		}
	}
}

// TestBadInput: every mistake a client can make in a request is a 4xx
// with a JSON error and a code, never a 500.
func TestBadInput(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	other := call(t, s, "GET", "/api/claims?limit=1", nil)
	var p Page[graph.Claim]
	decode(t, other, &p)
	if p.Next == "" {
		t.Fatal("no next cursor on a page of one claim")
	}
	for _, tc := range []struct {
		target string
		status int
		code   string
	}{
		{"/api/disputes?topic=clustr", 400, "not_found"},
		{"/api/disputes?side=Atlantis", 400, "not_found"},
		{"/api/speaker?speaker=Nobody", 400, "not_found"},
		{"/api/claims?since=2024-13-01", 400, "invalid"},
		{"/api/claims?until=yesterday", 400, "invalid"},
		{"/api/claims?since=2024-05-01&until=2024-04-01", 400, "invalid"},
		{"/api/claims?since=99999-01-01", 400, "invalid"},
		{"/api/claims?kind=rumour", 400, "invalid"},
		{"/api/claims?topics=x", 400, "invalid"},
		{"/api/claims?topic=a&topic=b", 400, "invalid"},
		{"/api/claims?limit=0", 400, "invalid"},
		{"/api/claims?limit=501", 400, "invalid"},
		{"/api/claims?limit=ten", 400, "invalid"},
		{"/api/claims?cursor=garbage", 400, "invalid"},
		{"/api/claims?kind=denial&cursor=" + p.Next, 400, "invalid"},
		{"/api/claims?topic=" + strings.Repeat("x", 600), 400, "invalid"},
		{"/api/claims?topic=%ff", 400, "invalid"},
		{"/api/claims?topic=%zz", 400, "invalid"},
		{"/api/disputes?examples=0", 400, "invalid"},
		{"/api/disputes?show_rejected=maybe", 400, "invalid"},
		{"/api/contradictions?rule=hunch", 400, "invalid"},
		{"/api/timeline", 400, "invalid"},
		{"/api/timeline?topic=" + url.QueryEscape("cluster munitions") + "&opponents=999", 400, "invalid"},
		{"/api/between?a=Arvenia", 400, "invalid"},
		{"/api/between?a=Arvenia&b=Atlantis", 400, "not_found"},
		{"/api/between?a=Arvenia&b=Belmora&side=Arvenia", 400, "invalid"},
		{"/api/speaker", 400, "invalid"},
		{"/api/stats?verbose=1", 400, "invalid"},
		{"/api/documents/doc:none", 404, "not_found"},
		{"/api/nothing", 404, "not_found"},
		{"/api/", 404, "not_found"},
	} {
		t.Run(tc.target[:min(len(tc.target), 60)], func(t *testing.T) {
			wantError(t, call(t, s, "GET", tc.target, nil), tc.status, tc.code)
		})
	}
	for _, m := range []string{"DELETE", "PUT", "PATCH"} {
		rec := call(t, s, m, "/api/claims", nil)
		wantError(t, rec, 405, "method_not_allowed")
		if rec.Header().Get("Allow") != "GET" {
			t.Errorf("%s: Allow %q", m, rec.Header().Get("Allow"))
		}
		wantError(t, call(t, s, m, "/", nil), 405, "method_not_allowed")
	}
	// Whatever a parameter holds, no endpoint answers 500.
	junk := []string{"", " ", "%00", "'; DROP TABLE claims; --", hostile, "\u202e", "-1", "2024-02-30", "9" + strings.Repeat("9", 30)}
	for path := range s.endpoints {
		if strings.Contains(path, "{") {
			path = strings.Replace(path, "{id}", url.PathEscape(hostile), 1)
		}
		for _, name := range []string{"topic", "side", "speaker", "since", "until", "limit", "cursor", "a", "b", "rule", "kind", "opponents", "examples", "show_rejected", "target_id"} {
			for _, v := range junk {
				target := path + "?" + name + "=" + url.QueryEscape(v)
				if rec := call(t, s, "GET", target, nil); rec.Code >= 500 {
					t.Errorf("GET %s: %d %s", target, rec.Code, rec.Body.String())
				}
			}
		}
	}
}

// TestPaging walks every page of each list through its cursors: no item
// twice, none left out, the order of one whole page.
func TestPaging(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	for _, base := range []string{"/api/claims?", "/api/contradictions?", "/api/speakers?", "/api/timeline?topic=border+shelling&",
		"/api/speaker?speaker=" + url.QueryEscape(okaro) + "&"} {
		t.Run(base, func(t *testing.T) {
			var whole struct {
				Items []map[string]any `json:"items"`
			}
			decode(t, call(t, s, "GET", base+"limit=500", nil), &whole)
			if len(whole.Items) < 3 {
				t.Fatalf("%d items: too few to page", len(whole.Items))
			}
			var got []any
			cursor := ""
			for pages := 0; ; pages++ {
				target := base + "limit=2"
				if cursor != "" {
					target += "&cursor=" + cursor
				}
				rec := call(t, s, "GET", target, nil)
				var page struct {
					Items []map[string]any `json:"items"`
					Next  string           `json:"next"`
				}
				decode(t, rec, &page)
				if rec.Code != 200 || len(page.Items) > 2 || pages > 50 {
					t.Fatalf("page %d: %d, %d items", pages, rec.Code, len(page.Items))
				}
				for _, it := range page.Items {
					got = append(got, it)
				}
				if page.Next == "" {
					break
				}
				cursor = url.QueryEscape(page.Next)
			}
			if len(got) != len(whole.Items) {
				t.Fatalf("pages hold %d items, the whole list %d", len(got), len(whole.Items))
			}
			for i := range got {
				if !sameJSON(t, got[i], whole.Items[i]) {
					t.Errorf("item %d differs between the pages and the whole list", i)
				}
			}
		})
	}
}

func sameJSON(tb testing.TB, a, b any) bool {
	tb.Helper()
	return jsonString(tb, a) == jsonString(tb, b)
}

func TestDocument(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	rec := call(t, s, "GET", "/api/documents/"+url.PathEscape(f.doc.ID), nil)
	var d DocumentBody
	decode(t, rec, &d)
	if rec.Code != 200 || d.Text == nil || *d.Text != articleText || d.Document.Outlet != "Harbor Gazette" || d.Document.URL == "" {
		t.Fatalf("document: %d %s", rec.Code, rec.Body.String())
	}
	if len(d.Claims) != 1 || d.Claims[0].ID != f.accuse.ID || d.Claims[0].Evidence == nil {
		t.Fatalf("claims %+v", d.Claims)
	}
	ev := d.Claims[0].Evidence
	if got := (*d.Text)[ev.Start:ev.End]; got != ev.Text || !strings.HasPrefix(got, "Minister Ilya Varga said") {
		t.Errorf("span [%d,%d) covers %q, evidence %q", ev.Start, ev.End, got, ev.Text)
	}
	// A structured record's document has no text: null, and its claims.
	rec = call(t, s, "GET", "/api/documents/"+url.PathEscape(f.deny.DocID), nil)
	d = DocumentBody{}
	decode(t, rec, &d)
	if rec.Code != 200 || d.Text != nil || len(d.Claims) != 2 {
		t.Errorf("document without text: %d %s", rec.Code, rec.Body.String())
	}
	if !strings.Contains(rec.Body.String(), `"text":null`) {
		t.Errorf("text is not null: %s", rec.Body.String())
	}
}

// TestHostileText: a claim text that is HTML leaves the API as data, its
// markup characters escaped in the JSON.
func TestHostileText(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	rec := call(t, s, "GET", "/api/claims?speaker="+url.QueryEscape(fenn), nil)
	body := rec.Body.String()
	if strings.Contains(body, "<img") || !strings.Contains(body, `\u003cimg src=x onerror=alert(1)\u003e`) {
		t.Errorf("hostile text not escaped in JSON: %s", body)
	}
	var p Page[graph.Claim]
	decode(t, rec, &p)
	if len(p.Items) != 1 || p.Items[0].Text != hostile {
		t.Errorf("hostile text does not read back: %+v", p.Items)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
}

func TestAccusations(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	rec := call(t, s, "GET", "/api/accusations?topic="+url.QueryEscape("cluster munitions"), nil)
	var g AccusationGraph
	decode(t, rec, &g)
	if len(g.Nodes) != 2 || len(g.Edges) != 2 || !g.Edges[0].Mutual || !g.Edges[1].Mutual {
		t.Errorf("graph %+v", g)
	}
	// Expanding a side: what it makes and receives.
	rec = call(t, s, "GET", "/api/accusations?side=Belmora", nil)
	g = AccusationGraph{}
	decode(t, rec, &g)
	var edges []string
	for _, e := range g.Edges {
		edges = append(edges, e.From+">"+e.To)
	}
	slices.Sort(edges)
	if strings.Join(edges, " ") != "actor:arvenia>actor:belmora actor:belmora>actor:arvenia" {
		t.Errorf("edges of Belmora: %v", edges)
	}
}
