package extract

import "testing"

// TestDescribedPairWhereClause: the first of two described parties
// blaming each other may end in a "where" clause that says which site it
// runs ("The operator of a chemical plant where an explosion killed six
// workers on Tuesday and the country's largest industrial union blamed
// each other"): the party is still the site's operator, named later. A
// "where" after no site's noun is left alone.
func TestDescribedPairWhereClause(t *testing.T) {
	body := "\n\nKelm Chemicals, which runs the Tessby works, said staff had disabled a valve.\n\nThe Orlavian Chemical Workers' Union rejected the claim."
	checkAccusations(t, "TESSBY, Orlavia — The operator of a chemical plant where an explosion killed six workers on Tuesday and the country's largest industrial union blamed each other on Thursday for the disaster."+body,
		[]string{"Kelm Chemicals>Orlavian Chemical Workers' Union", "Orlavian Chemical Workers' Union>Kelm Chemicals"})
	checkAccusations(t, "HARLBY, Orlavia — The operator of the container terminal where a crane collapsed on Monday and the country's largest transport union blamed each other for the accident.\n\nHarl Ports, which runs the Harlby terminal, said a driver had ignored the rules.\n\nThe Orlavian Transport Union rejected the claim.",
		[]string{"Harl Ports>Orlavian Transport Union", "Orlavian Transport Union>Harl Ports"})
	// scope: "where" after a noun of no site
	checkAccusations(t, "TESSBY, Orlavia — The operator of a chemical plant in a year where an explosion killed six workers and the country's largest industrial union blamed each other for the disaster."+body, nil)
}
