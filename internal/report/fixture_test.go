package report

import (
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

// Invented people, countries and outlets; nothing here comes from a real
// article.

// Hostile strings that must come out escaped or verbatim, never as markup,
// queries or paths.
const (
	hostileCypher = `"}) DETACH DELETE n //`
	hostileScript = `<script>alert("x")</script>`
	hostilePath   = `../../etc`
)

var fixtureDocs = []graph.Document{
	{Name: "norland-1.txt", URL: "https://news.example.org/norland-sudmark-1", Outlet: "Example Daily",
		Title: "Shelling near the border", Published: "2031-03-02"},
	{Name: "wire-2.txt", URL: "https://wire.example.net/2031/03/03/sudmark", Outlet: "Example Wire",
		Title: "Sudmark answers", Published: "2031-03-03"},
	{Name: "herald.txt", Outlet: "Valley Herald", Title: "Corridor | closed?", Published: "2031-03-04"},
	{Name: hostilePath, URL: "javascript:alert(1)", Outlet: hostileScript, Title: hostileCypher, Published: "2031-03-05"},
}

type fixtureClaim struct {
	doc                                         int
	speaker, side, kind, subject, action, topic string
	pol, text, said                             string
}

var fixtureClaims = []fixtureClaim{
	// 0 and 1 accuse each other: a mutual accusation.
	{0, "Ilse Varga", "Norland", "accusation", "Sudmark", "shelled border villages", "border shelling", "+",
		"Sudmark shelled our border villages overnight.", "2031-03-02"},
	{1, "Petr Halm", "Sudmark", "accusation", "Norland", "shelled border villages", "border shelling", "+",
		"It was Norland that shelled the villages.", "2031-03-03"},
	// 2 denies 0: opposing and a counterclaim.
	{1, "Petr Halm", "Sudmark", "denial", "Sudmark", "shelled border villages", "border shelling", "-",
		"Sudmark fired no shells at any village.", "2031-03-03"},
	// 3 and 4: one voice reversing itself.
	{0, "Ilse Varga", "Norland", "assertion", "Norland", "opened the grain corridor", "grain convoy", "+",
		"Norland has opened the grain corridor.", "2031-03-02"},
	{2, "Ilse Varga", "Norland", "assertion", "Norland", "opened the grain corridor", "grain convoy", "-",
		"The corridor was never opened | talks continue.", "2031-03-04"},
	// 5 and 6: hostile names opposing each other on a hostile topic.
	{3, hostileCypher, hostileScript, "assertion", "Ostavia", "moved troops", hostilePath, "+",
		`<img src=x onerror=alert(1)> | *bold* [link](javascript:alert(1))`, "2031-03-05"},
	{1, "Mara Lind", "Ostavia", "assertion", "Ostavia", "moved troops", hostilePath, "-",
		"Ostavia moved no troops.", "2031-03-05"},
}

// fixtureBatch returns the invented data as a batch with ids filled.
func fixtureBatch(tb testing.TB) graph.Batch {
	tb.Helper()
	var b graph.Batch
	for _, d := range fixtureDocs {
		d.ID = graph.DocumentID(d.URL, "", d.Name)
		b.Documents = append(b.Documents, d)
	}
	for _, f := range fixtureClaims {
		c := graph.Claim{
			DocID: b.Documents[f.doc].ID, Speaker: f.speaker, SpeakerID: graph.SpeakerID(f.speaker), Side: f.side,
			Kind: graph.Kind(f.kind), Subject: f.subject, Action: graph.NormAction(f.action), Topic: f.topic,
			Polarity: graph.Polarity(f.pol), Text: f.text, SaidAt: f.said,
		}
		c.ID = graph.ClaimID(&c)
		if err := c.Validate(); err != nil {
			tb.Fatalf("fixture claim: %v", err)
		}
		b.Claims = append(b.Claims, c)
	}
	return b
}

// handData builds a report's Data from the fixture without a store, using
// the domain's own rules for the findings, so the renderers can be tested
// on their own.
func handData(tb testing.TB) *Data {
	tb.Helper()
	b := fixtureBatch(tb)
	docs := map[string]*graph.Document{}
	for i := range b.Documents {
		docs[b.Documents[i].ID] = &b.Documents[i]
	}
	byID := map[string]graph.Claim{}
	for i := range b.Claims {
		b.Claims[i].Document = docs[b.Claims[i].DocID]
		byID[b.Claims[i].ID] = b.Claims[i]
	}
	d := &Data{
		Title:       "Weekly <contra> report | " + hostileCypher,
		GeneratedAt: time.Date(2031, 3, 6, 8, 0, 0, 0, time.UTC),
		Window:      Window{Until: time.Date(2031, 3, 6, 8, 0, 0, 0, time.UTC)},
		Topics:      []string{},
		Summary:     Summary{ByRule: map[graph.Rule]int{}},
	}
	days := newDayTable()
	edges := map[[2]string]*Edge{}
	speakers, documents := map[string]bool{}, map[string]bool{}
	for _, c := range b.Claims {
		d.Summary.Claims++
		speakers[c.SpeakerID] = true
		documents[c.DocID] = true
		days.add(claimDay(&c), c.Topic, 1, 0)
		if c.Kind == graph.KindAccusation {
			k := [2]string{graph.Slug(c.Side), graph.Slug(c.Subject)}
			if edges[k] == nil {
				edges[k] = &Edge{From: c.Side, To: c.Subject}
			}
			edges[k].Count++
		}
	}
	d.Summary.Speakers, d.Summary.Documents = len(speakers), len(documents)
	mutual := graph.MutualGroup{Sides: [2]string{"Norland", "Sudmark"}, Topic: "border shelling"}
	for _, f := range graph.Detect(b.Claims, b.Claims) {
		from, to := byID[f.From], byID[f.To]
		c := graph.Contradiction{Rule: f.Rule, Topic: f.Topic, Claims: []graph.Claim{from, to},
			Documents: 2, Outlets: 2, Latest: max(from.SaidAt, to.SaidAt), FindingID: f.ID}
		d.Contradictions = append(d.Contradictions, c)
		d.Summary.Contradictions++
		d.Summary.ByRule[f.Rule]++
		days.add(claimDay(latestClaim(c)), c.Topic, 0, 1)
		if f.Rule == graph.RuleMutual {
			for _, cl := range []graph.Claim{from, to} {
				i := 0
				if cl.Side != mutual.Sides[0] {
					i = 1
				}
				mutual.Accusations[i] = append(mutual.Accusations[i], cl)
				mutual.Count++
			}
			mutual.Documents, mutual.First, mutual.Last = 2, "2031-03-02", "2031-03-03"
		}
	}

	d.Mutual = []graph.MutualGroup{mutual}
	d.Summary.MutualAccusations = 1
	d.Daily = days.rows()
	d.MostContradicted = scoreSpeakers(d.Contradictions)
	d.Accusations = edgeList(edges)
	return d
}
