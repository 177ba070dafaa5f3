package extract

import "testing"

// TestStateTitleAfterGovernment checks that an official named by a title
// of state alone ("Defence Minister …", "Army spokesman Colonel …") in
// copy without a dateline speaks for the state whose government or
// ministry spoke last, and that a title naming its own state, or a
// company that spoke last, gives no such side.
func TestStateTitleAfterGovernment(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // side>accused of the accusations, in any order
	}{
		{"a defence minister after his government spoke (border clash)",
			"Pirrow's government says the shells that hit the market came from across the river. Defence Minister General Anton Kessel accused Velland of shelling the market to frighten farmers away.",
			[]string{"Pirrow>Velland"}},
		{"a transport minister after her ministry spoke (aviation)",
			"Velland's foreign ministry said two airliners had lost their landing signals. Transport Minister Ada Roen accused Pirrow of jamming the airport's signals from a ship offshore.",
			[]string{"Velland>Pirrow"}},
		{"a minister accusing an armed group (reservoir)",
			"Ostmark's government said the water supply of three towns had been cut. Interior Minister Sami Halden accused the Red Falcon Brigade of poisoning the reservoir.",
			[]string{"Ostmark>Red Falcon Brigade"}},
		{"guard: a minister who names his own state",
			"Pirrow's government says the shells came from across the river. Velland's Defence Minister Anton Kessel accused Pirrow of staging the attack.",
			[]string{"Velland>Pirrow"}},
		{"guard: a company spoke last, the minister is none of its (finance)",
			"Halvek Bank said its loans to the port were sound. Finance Minister Ada Roen accused Halvek Bank of hiding bad loans from its auditors.",
			[]string{">Halvek Bank"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
