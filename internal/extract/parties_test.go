package extract

import "testing"

// TestOpenPartiesOfBlame checks the two sides of accusations between
// parties no list names (companies, armed groups, unions): a pair phrase
// ("the two companies", "both sides") resolved to the two parties the
// article names around it, and organisations that speak or are accused
// filed as their own side; side>accused of every accusation, in any
// order.
func TestOpenPartiesOfBlame(t *testing.T) {
	const ferry = "The barge Marten sank on the Ulva river on Monday after a ferry struck it near Oskel.\n\n" +
		"The two companies involved are blaming each other.\n\n" +
		"The barge's owner, Tolvik Freight, says the ferry turned into its path without a signal.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a company named by a carrier's noun, in a pair of companies",
			ferry + "Orvel Line, which runs the ferry, rejects that account.",
			[]string{"Tolvik Freight>Orvel Line", "Orvel Line>Tolvik Freight"}},
		{"a haulier and a shipping company",
			"A lorry and a freight train collided at a level crossing near Dask.\n\nThe two firms are blaming each other.\n\n" +
				"Brask Haulage said the barrier was raised. Selmar Maritime said the lorry was stuck on the tracks.",
			[]string{"Brask Haulage>Selmar Maritime", "Selmar Maritime>Brask Haulage"}},
		{"a state's body described, then named in apposition to its noun",
			"Velmark's energy regulator and the country's largest power company, Ostra Power, blamed each other on Monday for a shortage that left towns dry for a week.\n\n" +
				"The regulator, the Velmarian Energy Authority, said the pumps had failed.",
			[]string{"Velmarian Energy Authority>Ostra Power", "Ostra Power>Velmarian Energy Authority"}},
		{"guard: a state's body described and never named stays the state's",
			"Velmark's energy regulator and the country's largest power company, Ostra Power, blamed each other on Monday for a shortage that left towns dry for a week.\n\n" +
				"The regulator said the pumps had failed.",
			[]string{"Velmark>Ostra Power", "Ostra Power>Velmark"}},
		{"an armed group described before its name",
			"DASK, Morvia, May 3 (Wirenews) -- A school in the rebel-held town of Dask was hit on Sunday, and the militia that controls the town blamed the Morvian army.\n\n" +
				"The Dask Liberation Council, which has held the town since March, said two shells hit the school.",
			[]string{"Dask Liberation Council>Morvia"}},
		{"guard: two armed groups named after the description, none chosen",
			"DASK, Morvia, May 3 (Wirenews) -- A school in the rebel-held town of Dask was hit on Sunday, and the militia that controls the town blamed the Morvian army.\n\n" +
				"The Dask Liberation Council and the Red Hill Brigade, which share the town, said two shells hit the school.",
			[]string{">Morvia"}},
		{"guard: a boundary line is no party",
			"Ostmark accused Velland of moving troops across the Green Line on Monday.",
			[]string{"Ostmark>Velland"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
