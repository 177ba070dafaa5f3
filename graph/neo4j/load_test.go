package neo4j

import (
	"github.com/contra-project/contra/graph"
)

// An invented dispute: Arvenia's minister says Belmora shells the border,
// Belmora's spokesman denies it. The pair is opposing, and the denial is a
// counterclaim.
func dispute() (graph.Document, graph.Claim, graph.Claim) {
	d := graph.Document{ID: graph.DocumentID("", "", "arvenia-1.txt"), Name: "arvenia-1.txt", Outlet: "Arvenian Herald", Published: "2024-05-01"}
	mk := func(speaker, side string, kind graph.Kind, pol graph.Polarity, said string) graph.Claim {
		c := graph.Claim{DocID: d.ID, Speaker: speaker, SpeakerID: graph.SpeakerID(speaker), Side: side, Kind: kind, Subject: "Belmora",
			Action: "shell the border villages", Topic: "border shelling", Polarity: pol, Text: speaker + " spoke.", SaidAt: said}
		c.ID = graph.ClaimID(&c)
		return c
	}
	return d, mk("Ilse Varga", "Arvenia", graph.KindAssertion, graph.Positive, "2024-05-01"),
		mk("Tomas Reuel", "Belmora", graph.KindDenial, graph.Negative, "2024-05-02")
}
