package extract

import "testing"

// TestUnassertedBlame checks that a blame verb under a modal, a verb of
// wanting, or "have" and a noun before "to" ("both governments had every
// reason to blame the other", "would blame each other", "Ostmark would
// blame Velland for any new sinking") is a comment on the parties, no
// accusation by either and none by the one who says so; an act begun
// ("have begun to blame each other"), told in the past ("would later
// blame") or conceded ("may blame …, but") stays an accusation.
func TestUnassertedBlame(t *testing.T) {
	lead := "A ferry sank near Tarn on Monday, and Velland and Ostmark traded accusations over the sinking. "
	both := []string{"Ostmark>Velland", "Velland>Ostmark"}
	twice := []string{"Ostmark>Velland", "Ostmark>Velland", "Velland>Ostmark", "Velland>Ostmark"}
	for _, r := range []struct {
		name, text string
		want       []string
	}{
		{"had every reason to", lead + "An analyst at the Lenn Institute, Ada Brisk, said both governments had every reason to blame the other.", both},
		{"had reasons to, for the harm", lead + "Ada Brisk, an analyst at the Lenn Institute, said both countries had reasons to blame the other for the sinking.", both},
		{"would blame the other", lead + "Both governments would blame the other.", both},
		{"might want to accuse each other", lead + "Ada Brisk said both sides might want to accuse each other of sinking it.", both},
		// guards: a reciprocal act begun, or done by means of something
		// had, is the parties' own
		{"guard: have begun to", lead + "Both governments have begun to blame the other for the sinking.", twice},
		{"guard: have used the talks to", lead + "Both governments have used the talks to blame the other for the sinking.", twice},
		{"would blame, a frame", lead + "Ostmark would blame Velland for any new sinking.", both},
		{"guard: would later blame", lead + "Ostmark would later blame Velland for the sinking.", append([]string{"Ostmark>Velland"}, both...)},
		{"guard: may blame, but", lead + "Velland may blame Ostmark for the sinking, but the ferry had not been inspected for years.", append([]string{"Velland>Ostmark"}, both...)},
	} {
		t.Run(r.name, func(t *testing.T) { checkAccusations(t, r.text, r.want) })
	}
}
