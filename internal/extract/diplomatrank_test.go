package extract

import "testing"

// TestDiplomatRankExpulsion checks that an expulsion reported by the
// expelled diplomat's rank ("the expulsion of its defence attache")
// takes the plain word of the dispute's label, "diplomat expulsion".
func TestDiplomatRankExpulsion(t *testing.T) {
	const dl = "SENNA, Pellan, 4 March 2045 - "
	runTopicRows(t, []topicRow{
		{"an attache", "",
			dl + "Pellan has ordered the expulsion of Dornvale's defence attache, accusing him of running a spy network. Dornvale accused Pellan of inventing a spy scare.",
			[]string{"diplomat expulsion", "diplomat expulsion"}},
		{"attaches, plural", "",
			dl + "Pellan has ordered the expulsion of two Dornvalian military attaches, accusing them of running a spy network. Dornvale accused Pellan of inventing a spy scare.",
			[]string{"diplomat expulsion", "diplomat expulsion"}},
	})
}
