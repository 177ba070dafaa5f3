package extract

import "testing"

// settingBody is an invented report of an abduction at a dam: the dam,
// an alias of the built-in topic dam destruction, is named five times as
// where the victim worked, never by an act against it.
const settingBody = `Ostrava's government on Monday blamed the Kelm Liberation Army for the abduction of a Lindish engineer working on the Pirna hydroelectric dam, but the armed group denied any involvement.

Jan Vesk, 46, was seized by gunmen on Saturday as he drove back from the dam site, according to police.

"We know who did this," Interior Minister Hana Dobra told reporters. "They want the dam to fail," she said.

The Kelm Liberation Army rejected the accusation. "Our fighters have not touched this man," the statement said.

The builder said it had suspended all work on the dam and flown its dam staff home.`

// TestHeadlineBlameOverSetting checks that a configured topic an
// article names only as a place or a thing (the dam where a kidnapped
// engineer worked), never by its act, gives way to the event the
// headline blames a party for, however often the place is named: the
// story is the kidnapping, set at the dam. A topic named by its act
// ("blew up the dam") keeps it, and so does one the headline blames
// itself (an attack on the dam).
func TestHeadlineBlameOverSetting(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"the headline blames the kidnapping of a dam engineer",
			"Ostrava blames rebels for kidnapping of dam engineer; group denies role", settingBody,
			repeatTopic("kidnapping", 8)},
		// scope: the dam named by its topic's act keeps the topic
		{"scope: the act against the dam named",
			"Ostrava blames rebels for kidnapping of dam engineer; group denies role",
			settingBody + "\n\nPolice said the same gunmen had tried to blow up the dam in May.",
			repeatTopic("dam destruction", 9)},
		// scope: the headline blames an attack on the dam itself
		{"scope: the headline blames an attack on the dam",
			"Ostrava blames rebels for attack on dam; group denies role", settingBody,
			repeatTopic("dam destruction", 8)},
	})
}

// repeatTopic is n claims' topics, all t.
func repeatTopic(t string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = t
	}
	return out
}
