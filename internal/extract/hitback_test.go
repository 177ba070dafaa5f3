package extract

import "testing"

// TestHitBackByAccusing: "X hit back by accusing Y of …" reports X's
// charge as "X responded by accusing" does: a verb that is also a noun
// ("hit", "struck") before "back by" is the clause's verb. A "hit" that
// is a noun ("a big hit") before "by" carries no report.
func TestHitBackByAccusing(t *testing.T) {
	checkAccusations(t, "The Ferrow Dockers' Union hit back by accusing Palden Shipping of ignoring safety warnings.",
		[]string{"Ferrow Dockers' Union>Palden Shipping"})
	checkAccusations(t, "Palden Shipping struck back on Monday by accusing the Ferrow Dockers' Union of staging the walkout.",
		[]string{"Palden Shipping>Ferrow Dockers' Union"})
	// scope: a noun "hit" before "by" reports nothing
	checkAccusations(t, "The record was a big hit by accusing nobody of anything.", nil)
}
