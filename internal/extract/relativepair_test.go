package extract

import (
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestStateArmedPairAfterWhere: "the government and the rebels blamed
// each other" opening a relative clause after a comma and "where" or
// "when" ("… in the hills, where the government and the rebels have long
// blamed each other") is the state and the armed movement the article
// named, as at a sentence's start, not the rebels and the last body
// named. Inside a longer noun phrase ("the town where …" with no comma)
// it stays as it was.
func TestStateArmedPairAfterWhere(t *testing.T) {
	pre := "Velmark's government blamed the Orsk Valley Front for the bombing. The front denied it.\n\nLocal rights group Hill Watch alleged that 14 men had been detained.\n\n"
	checkAccusations(t, pre+"Rival accounts are not new in the hills, where the government and the rebels have long blamed each other for attacks on roads.",
		[]string{"Orsk Valley Front>Velmark", "Velmark>Orsk Valley Front", "Velmark>Orsk Valley Front"})
	checkAccusations(t, pre+"Rival accounts were common in the war years, when the government and the rebels blamed each other for attacks on roads.",
		[]string{"Orsk Valley Front>Velmark", "Velmark>Orsk Valley Front", "Velmark>Orsk Valley Front"})
	// scope: "where" with no comma before it opens no clause of the pair
	checkSpeaker(t, pre+"Reports came from the town where the government and the rebels blamed each other for attacks on roads.", "", "", "",
		func(c graph.Claim) bool { return c.Side == "Orsk Valley Front" && c.Subject == "Velmark" })
}
