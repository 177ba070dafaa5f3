package extract

import "testing"

// TestAccusedPairs checks who accuses whom in shapes news prose gives
// an accusation between parties no list names: side>accused of every
// accusation, in any order.
func TestAccusedPairs(t *testing.T) {
	const dl = "BRASK, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"the accused described before its name, then a time, before of",
			dl + "Brenn Dairy Association accused its former packaging supplier Vesto Chemicals on Tuesday of selling faulty cartons.",
			[]string{"Brenn Dairy Association>Vesto Chemicals"}},
		{"guard, already read: the accused described before its name, no time",
			dl + "Brenn Dairy Association accused its former packaging supplier Vesto Chemicals of selling faulty cartons.",
			[]string{"Brenn Dairy Association>Vesto Chemicals"}},
		{"guard: a time and no of",
			dl + "Brenn Dairy Association accused its former packaging supplier Vesto Chemicals on Tuesday evening.",
			nil},
		{"a company of one word described in apposition speaks for itself",
			dl + "Pellin, Ostmark's second-largest airline, accused Norvo Logistics of losing luggage.",
			[]string{"Pellin>Norvo Logistics"}},
		{"a company of one word described by an article",
			dl + "Pellin, a regional airline, accused Norvo Logistics of losing luggage.",
			[]string{"Pellin>Norvo Logistics"}},
		{"guard: a person of one name with a title in apposition",
			dl + "Pellin, Ostmark's foreign minister, accused Velland of shelling the border.",
			[]string{"Ostmark>Velland"}},
		{"guard: a state's own company in apposition",
			dl + "Vostgaz, Ostmark's state gas company, accused Velland of stealing gas.",
			[]string{"Ostmark>Velland"}},
		{"the finger pointed back at the accuser",
			dl + "Velland's army shelled the border town of Kesk on Monday. Ostmark blamed Velland for the attack. Velland pointed the finger back at Ostmark.",
			[]string{"Ostmark>Velland", "Velland>Ostmark"}},
		{"guard, already read: the finger pointed at",
			dl + "Velland's army shelled the border town of Kesk on Monday. Ostmark pointed the finger at Velland.",
			[]string{"Ostmark>Velland"}},
		{"guard: a finger pointed back at a place",
			dl + "Velland's army shelled the border town of Kesk on Monday. A soldier pointed his finger back at the hills.",
			nil},
		{"a passive accusation of a party named by it",
			dl + "Velland's army shelled the border town of Kesk on Monday. It was blamed by Ostmark for the deaths of nine people.",
			[]string{"Ostmark>Velland"}},
		{"a passive accusation of a party named by they",
			dl + "Velland's troops crossed the river on Monday. They were accused by Ostmark of burning a village.",
			[]string{"Ostmark>Velland"}},
		{"guard, already read: a passive accusation of a party named",
			dl + "Velland's troops crossed the river on Monday. Velland was accused by Ostmark of burning a village.",
			[]string{"Ostmark>Velland"}},
		{"guard: a passive with it and no party before",
			dl + "The bridge over the river collapsed on Monday. It was blamed by engineers on the heavy rain.",
			nil},
		{"the accused named by them after the verb",
			dl + "Velland's troops crossed the river on Monday. Ostmark accused them of burning a village.",
			[]string{"Ostmark>Velland"}},
		{"the accused named by them after the participle",
			dl + "Velland's troops crossed the river on Monday. Ostmark closed its border, accusing them of burning a village.",
			[]string{"Ostmark>Velland"}},
		{"guard: the accused named after the participle",
			dl + "Velland's troops crossed the river on Monday. Ostmark closed its border, accusing Velland of burning a village.",
			[]string{"Ostmark>Velland"}},
		{"two named parties holding each other responsible",
			dl + "Ostmark and Velland are holding each other responsible for the collapse of the dam.",
			[]string{"Ostmark>Velland", "Velland>Ostmark"}},
		{"two companies holding one another responsible",
			dl + "Brask Haulage and Selmar Maritime held one another responsible for the crash.",
			[]string{"Brask Haulage>Selmar Maritime", "Selmar Maritime>Brask Haulage"}},
		{"guard, already read: one party holding another responsible",
			dl + "Velland's army crossed the river. Ostmark is holding Velland responsible for the collapse of the dam.",
			[]string{"Ostmark>Velland"}},
		{"a vessel named by its noun alone acts for the party named with it",
			dl + "Velland accused Ostmark's navy of sinking a Vellandian fishing trawler.\n\nOstmark's navy said the trawler had rammed the patrol boat.",
			[]string{"Velland>Ostmark", "Ostmark>Velland"}},
		{"a vessel named in the same paragraph",
			dl + "Velland accused Ostmark's navy of sinking a Vellandian fishing trawler. Ostmark's navy said the trawler had rammed the patrol boat.",
			[]string{"Velland>Ostmark", "Ostmark>Velland"}},
		{"an act done unlawfully is an accusation",
			dl + "Velland accused Ostmark's navy of sinking a Vellandian fishing trawler.\n\nOstmark's navy said in a statement that the trawler had been fishing illegally.",
			[]string{"Velland>Ostmark", "Ostmark>Velland"}},
		{"guard: a vessel never named with a party",
			dl + "Velland accused Ostmark's navy of sinking a fishing trawler.\n\nOstmark's navy said the trawler had rammed the patrol boat.",
			[]string{"Velland>Ostmark"}},
		{"guard: a vessel of another kind",
			dl + "Velland accused Ostmark's navy of sinking a Vellandian fishing trawler.\n\nOstmark's navy said the ferry had rammed the patrol boat.",
			[]string{"Velland>Ostmark"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
