package extract

import "testing"

// TestDescribedDoer checks accusations whose accused the speaker
// describes rather than names ("a criminal gang", "illegal loggers who
// …"): the accused is the description without its article, and a
// description that refers back to a named party, or names a thing, is
// no new accused.
func TestDescribedDoer(t *testing.T) {
	const dl = "PELLOR, Ostmark, May 3 (Wirenews) - "
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"blamed an event on a plural group after an earlier cause",
			dl + "The Dunrow Timber Company blamed the landslide on a week of heavy rain and on illegal loggers who had stripped the slope.",
			[]string{"Dunrow Timber Company>illegal loggers"}},
		{"blamed a band for an event",
			dl + "The Dunrow Timber Company blamed a criminal gang for the fire at its sawmill.",
			[]string{"Dunrow Timber Company>criminal gang"}},
		{"a passive agent: a band with its article",
			dl + "The Iron Hill Movement said the bomb had been planted by a cross-border smuggling network that wants the road closed.",
			[]string{"Iron Hill Movement>cross-border smuggling network"}},
		{"a passive agent: a plural group with a relative",
			dl + "The Dunrow Timber Company said the fire had been started by illegal loggers who camp in the forest.",
			[]string{"Dunrow Timber Company>illegal loggers"}},
		{"the work of a band",
			dl + "The Iron Hill Movement said the kidnapping was the work of a criminal gang.",
			[]string{"Iron Hill Movement>criminal gang"}},
		{"sabotage by officials of a state the speaker describes",
			dl + "The Iron Hill Movement said the blast was the product of sabotage by a rival nation's officials.",
			[]string{"Iron Hill Movement>rival nation's officials"}},
		{"guard: a party's own hands described",
			dl + "The Iron Hill Movement said the bridge was destroyed by retreating troops.",
			nil},
		{"guard: a party's organ among the words",
			dl + "The Iron Hill Movement blamed the looting on army deserters who had sold their rifles.",
			nil},
		{"guard: blamed on a thing",
			dl + "The Dunrow Timber Company blamed the landslide on a week of heavy rain.",
			nil},
		{"guard: blamed on a described cause, not people",
			dl + "The Dunrow Timber Company blamed the landslide on faulty drainage pipes.",
			nil},
		{"guard: a definite description is left to the rules that refer it back",
			dl + "The Iron Hill Movement said the kidnapping was the work of the gang.",
			nil},
		{"guard: a passive agent after no harm",
			dl + "The Dunrow Timber Company said the forest had been visited by foreign journalists who wanted pictures.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}

// TestGuiltyKnowledge checks that another party said to have known of a
// wrong ("They knew.", "had known for months that …") is charged by a
// party to the dispute, and that knowing told otherwise is no charge.
func TestGuiltyKnowledge(t *testing.T) {
	const lead = "PELLOR, Ostmark, May 3 (Wirenews) - The Pellor Tenants' Union accused the Harrow Housing Company of ignoring damp in its flats.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a bare past",
			lead + "\"They knew. We sent them photographs every month,\" the Pellor Tenants' Union said.",
			[]string{"Pellor Tenants' Union>Harrow Housing Company", "Pellor Tenants' Union>Harrow Housing Company"}},
		{"a perfect with what was known",
			lead + "The Pellor Tenants' Union said the Harrow Housing Company had known for months that the roofs were leaking.",
			[]string{"Pellor Tenants' Union>Harrow Housing Company", "Pellor Tenants' Union>Harrow Housing Company"}},
		{"guard: the speaker's own side knew",
			lead + "The Pellor Tenants' Union said its members knew the risks of a rent strike.",
			[]string{"Pellor Tenants' Union>Harrow Housing Company"}},
		{"guard: known as a name",
			lead + "The Pellor Tenants' Union said the Harrow Housing Company was known as a landlord of last resort.",
			[]string{"Pellor Tenants' Union>Harrow Housing Company"}},
		{"guard: knew how",
			lead + "The Pellor Tenants' Union said the Harrow Housing Company knew how to repair a roof.",
			[]string{"Pellor Tenants' Union>Harrow Housing Company"}},
		{"guard: knew nothing",
			lead + "The Pellor Tenants' Union said the Harrow Housing Company knew nothing of the flats it owned.",
			[]string{"Pellor Tenants' Union>Harrow Housing Company"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccusations(t, tt.text, tt.want) })
	}
}
