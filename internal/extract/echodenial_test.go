package extract

import "testing"

// TestEchoDenialLeavesAccuser: after "X accused Y of …, an allegation
// Y denied", a minister titled without a state in the next paragraph
// ("Health Minister Anna Holt said") is X's, the accuser the story goes
// on with; the trailing denial is Y's all the same. When Y's denial is
// a sentence of its own, Y's government spoke last and the minister is
// Y's.
func TestEchoDenialLeavesAccuser(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"minister after a trailing denial",
			"Velmark's government accused Ostranian hackers on Monday of breaking into the tax database, an allegation Ostrany swiftly denied.\n\nHealth Minister Anna Holt said the attack had been traced to a group in the north.",
			"traced to a group", "Anna Holt", "Velmark"},
		{"the trailing denial stays the accused's",
			"Velmark's government accused Ostranian hackers on Monday of breaking into the tax database, an allegation Ostrany swiftly denied.\n\nHealth Minister Anna Holt said the attack had been traced to a group in the north.",
			"allegation Ostrany swiftly denied", "Ostranian government", "Ostrany"},
		{"scope: a denial of its own sentence",
			"Velmark's government accused Ostranian hackers on Monday of breaking into the tax database. Ostrany's government denied the charge.\n\nHealth Minister Anna Holt said the attack had been invented.",
			"had been invented", "Anna Holt", "Ostrany"},
	})
}
