package extract

import "testing"

// TestSiteOfNamedEvent checks that the accused side's charge of an act at
// the story's own place, by the bare definite noun the article calls that
// place by ("shelling the village" where the story is the killings in
// "the village of Tolvek"), takes the story's event; and that an act at
// places of that kind with no article ("shelled two villages") keeps its
// own.
func TestSiteOfNamedEvent(t *testing.T) {
	const head = "Was the Tolvek massacre staged? What investigators found"
	const lead = "Thirty bodies were found in the village of Tolvek after Dornvalian troops withdrew. " +
		"Pellan has accused Dornvalian troops of executing civilians during the occupation. "
	runTopicRows(t, []topicRow{
		{"the village: the story's own place", head,
			lead + "A Dornvalian army spokesman accused Pellan's artillery of shelling the village after the withdrawal and said any deaths were the result of that fire.",
			[]string{"tolvek massacre", "tolvek massacre", "tolvek massacre"}},
		{"scope: two villages are other places", head,
			lead + "A Dornvalian army spokesman accused Pellan's artillery of having shelled two villages in the south last week.",
			[]string{"tolvek massacre", "village shelling"}},
	})
}
