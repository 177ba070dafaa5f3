package graph

import (
	"fmt"
	"testing"
)

// TestIndexKeysAsClaimKeys checks that the keys, slugs and flags an index
// derives once per name and joins from symbols (keysOf, speakerOf,
// outletOf) are those PropKey, AccKey, MirrorAccKey, DoubleKey, Weak,
// Condemns, Breaks, Named and OutletKey give each claim, over every
// combination of the names below, repeated so that the memos answer.
func TestIndexKeysAsClaimKeys(t *testing.T) {
	sides := []string{"", "  ", "Hesria", "hesria", "Lorra", "Lorran forces", "Ünion"}
	subjects := []string{"", "Hesria", "Lorra", " lorra "}
	actions := []string{"mass troops near Novedorf", "say it will act", "condemn use of cluster munitions",
		"use of  Cluster Munitions", "regard shelling as a crime", "a|b", "  Shell  the port "}
	topics := []string{"troop buildup in the Dolaach delta", "pipeline explosion", "Pipeline blast", ""}
	texts := []string{"They shelled the port.", "Shelling the port is a war crime.", "An illegal, barbaric act."}
	speakers := []string{"Iloeth Holek", "Hesrian government", "", "Russian officials."}
	outlets := []string{"", "Reuters", "Reuters (via MarketScreener)", " The Raveth Herald "}
	x := newIndex(&scope{})
	var cs []Claim
	n := 0
	for _, side := range sides {
		for _, subj := range subjects {
			for _, act := range actions {
				for _, top := range topics {
					for _, kind := range Kinds {
						for _, pol := range []Polarity{Positive, Negative} {
							n++
							cs = append(cs, Claim{ID: fmt.Sprintf("c%d", n), DocID: fmt.Sprintf("d%d", n%5),
								SpeakerID: fmt.Sprintf("sp%d", n%3), Speaker: speakers[n%len(speakers)], Side: side,
								Kind: kind, Subject: subj, Action: act, Topic: top, Polarity: pol,
								Text: texts[n%len(texts)], SaidAt: "2023-01-02",
								Document: &Document{Outlet: outlets[n%len(outlets)], Published: "2023-01-03"}})
						}
					}
				}
			}
		}
	}
	for pass := 0; pass < 2; pass++ { // the second pass reads the memos
		for i := range cs {
			c := cs[i]
			c.ID = fmt.Sprintf("%s-%d", c.ID, pass)
			if !x.add(&c, false) {
				t.Fatalf("claim %s not added", c.ID)
			}
			b := &x.rows[len(x.rows)-1]
			s := x.sym.str
			for _, f := range []struct {
				name      string
				got, want any
			}{
				{"PropKey", s(b.prop), PropKey(&c)},
				{"AccKey", s(b.acc), AccKey(&c)},
				{"MirrorAccKey", s(b.mirror), MirrorAccKey(&c)},
				{"DoubleKey", s(b.dbl), DoubleKey(&c)},
				{"side slug", s(b.sideSlug), Slug(c.Side)},
				{"subject slug", s(b.subjSlug), Slug(c.Subject)},
				{"side", s(b.side), c.Side},
				{"subject", s(b.subject), c.Subject},
				{"topic", s(b.topic), c.Topic},
				{"action", s(b.action), NormAction(c.Action)},
				{"speaker", s(b.speaker), c.Speaker},
				{"outlet", s(b.outlet), OutletKey(c.Document.Outlet)},
				{"weak", int(b.weak), len(Weak(&c))},
				{"named", b.named, Named(c.Speaker)},
				{"condemns", b.cond, Condemns(&c)},
				{"breaks", b.breaks, Breaks(&c)},
			} {
				if f.got != f.want {
					t.Errorf("%s %+v: %s %v, want %v", c.ID, c, f.name, f.got, f.want)
				}
			}
		}
	}
}
