package report

import (
	"context"
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

// handData gathers the fixture's report from a real store, with a title
// that must come out escaped, for the renderers' tests.
func handData(t *testing.T) *Data {
	t.Helper()
	s := openStore(t, &clock{t: t0})
	load(t, s, fixtureBatch(t))
	d, err := Gather(context.Background(), s, Options{Title: "Weekly <contra> report | " + hostileCypher,
		Now: time.Date(2031, 3, 6, 8, 0, 0, 0, time.UTC), Until: t0.Add(time.Hour)})
	if err != nil {
		t.Fatalf("Gather: %v", err)
	}
	return d
}
