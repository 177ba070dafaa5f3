package graph

import (
	"fmt"
	"testing"
)

// TestExchangeUnitSharesClasses checks that an exchange pairs every class
// of one side with the same class values of the other: the mirror side's
// classes are built once, not once per class of the first side (which
// cost a large topic's first page about 29 ms of CPU).
func TestExchangeUnitSharesClasses(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b int
	}{
		{"one claim a side", 1, 1},
		{"three claims by two", 3, 2},
		{"four claims by four", 4, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := newIndex(&scope{})
			add := func(side, subject string, n int) {
				for i := range n {
					// Named and anonymous speakers, dated and weak or not,
					// land in classes of their own.
					c := Claim{Speaker: fmt.Sprintf("Speaker %s %d", side, i), Side: side, Kind: KindAccusation,
						Subject: subject, Action: "shell the ferry port", Topic: "ferry port", Polarity: Positive,
						SaidAt: fmt.Sprintf("2031-05-%02d", 1+i)}
					if i%2 == 1 {
						c.Speaker = "an official"
					}
					c.SpeakerID = SpeakerID(c.Speaker)
					c.Text = c.Speaker + " says " + subject + " shelled the ferry port"
					c.ID = ClaimID(&c) + fmt.Sprint(i)
					x.add(&c, false)
				}
			}
			add("Ostrava Republic", "Kelmar", tc.a)
			add("Kelmar", "Ostrava Republic", tc.b)
			acc, ok := x.sym.lookup("ostrava-republic>kelmar|ferry-port")
			m, ok2 := x.sym.lookup("kelmar>ostrava-republic|ferry-port")
			if !ok || !ok2 {
				t.Fatalf("acc keys not indexed: %v", x.sym.names)
			}
			u := x.exchangeUnit(acc, m)
			if u == nil {
				t.Fatal("no exchange unit")
			}
			bs := map[*class]bool{}
			as := map[*class]bool{}
			for _, cp := range u.pairs {
				as[cp.a], bs[cp.b] = true, true
			}
			if len(as)*len(bs) != len(u.pairs) {
				t.Fatalf("%d pairs from %d classes of one side and %d class values of the other; want each class of the other side built once (%d pairs)",
					len(u.pairs), len(as), len(bs), len(as)*len(bs))
			}
		})
	}
}
