package extract

import "testing"

// TestPortfolioMinistryRef: "the health ministry" is the state of the
// health minister or ministry the article named, though another
// state's ministry of another portfolio was named since ("Ostrany's
// foreign ministry"); "the ministry" alone is still the last named (the
// one portfolio written, "Ostranian Foreign Ministry").
func TestPortfolioMinistryRef(t *testing.T) {
	checkAccusations(t, "Velmark's government accused Ostranian hackers on Monday of breaking into the tax database.\n\nHealth Minister Anna Holt said the attack was serious.\n\nOstrany's foreign ministry rejected the accusation.\n\nDerrin Systems said the health ministry had itself postponed the update.",
		[]string{"Derrin Systems>Velmark", "Velmark>Ostrany"})
	runSpeakerRows(t, []speakerRow{
		{"the portfolio's ministry speaks",
			"Velmark's government accused Ostranian hackers on Monday of breaking into the tax database.\n\nHealth Minister Anna Holt said the attack was serious.\n\nOstrany's foreign ministry rejected the accusation.\n\nThe health ministry dismissed the remark as cheap politics.",
			"cheap politics", "Velmark Health Ministry", "Velmark"},
		{"scope: the ministry alone",
			"Velmark's government accused Ostranian hackers on Monday of breaking into the tax database.\n\nHealth Minister Anna Holt said the attack was serious.\n\nOstrany's foreign ministry rejected the accusation.\n\nThe ministry dismissed the remark as cheap politics.",
			"cheap politics", "Ostranian Foreign Ministry", "Ostrany"},
	})
}
