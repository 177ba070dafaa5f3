package extract

import (
	"slices"
	"strings"

	"github.com/contra-project/contra/graph"
)

// News prose reports one side's account in a run of claims ("X said its
// patrol had been fired on", "X accused Y of laying mines on the track",
// "the mines were Y's, X's spokesman added") and gives the accused's word
// on it once. linkResponses links that word to the part of the account it
// reads as answered (the claim it restates, the latest charge, the claim
// a rejection points at), and accountRun widens a denial's links to the
// run it stands in; an answer that is not read as a denial ("Y said its
// units were on exercise that night", "Y called the account a story")
// keeps the one link. But the answer is the accused's version against
// the whole account: every charge the run makes against the answering
// side is what it answers. linkChargeRuns adds those charges.
//
// Only charges (accusations, positive) against the answerer's own side,
// on the answer's topic and by another speaker, join: the run's news of
// other matters ("X said two of its sailors were treated for burns") and
// its charges against third parties are left standing, as accountRun
// leaves them. A run is the claims of one side, in evidence order,
// unbroken by another side's claim.

// linkChargeRuns adds to each claim of out that answers another side's
// claim the other charges of that claim's run against the answerer's
// side. out is in evidence order, with final ids and kinds.
func linkChargeRuns(out []graph.Claim) {
	for j := 1; j < len(out); j++ {
		d := &out[j]
		if len(d.RespondsTo) == 0 || d.Side == "" || d.Evidence == nil {
			continue
		}
		var links []string // d's links, cloned once something is added
		for _, id := range d.RespondsTo {
			t := slices.IndexFunc(out[:j], func(c graph.Claim) bool { return c.ID == id })
			if t < 0 || out[t].Side == "" || sameName(out[t].Side, d.Side) {
				continue
			}
			side := out[t].Side
			add := func(k int) bool {
				u := &out[k]
				if u.Evidence == nil || !sameName(u.Side, side) {
					return false // the run ends
				}
				if runCharge(u, d) && !slices.Contains(d.RespondsTo, u.ID) && !slices.Contains(links, u.ID) {
					if links == nil {
						links = slices.Clone(d.RespondsTo)
					}
					links = append(links, u.ID)
				}
				return true
			}
			for k := t - 1; k >= 0 && add(k); k-- {
			}
			for k := t + 1; k < j && add(k); k++ {
			}
		}
		if links != nil {
			d.RespondsTo = links
		}
	}
}

// runCharge reports whether u, a claim of the run an answer d answers,
// is a charge d answers too: an accusation against d's side on d's topic,
// by another speaker, that is no summary of both sides' blame ("the two
// governments have blamed each other"), which one side's answer does not
// answer.
func runCharge(u, d *graph.Claim) bool {
	return u.Kind == graph.KindAccusation && u.Polarity == graph.Positive && sameName(u.Subject, d.Side) &&
		u.Topic == d.Topic && u.Speaker != d.Speaker && !reciprocal(u.Text) && !tradesBlame(u.Text)
}

// tradesBlame reports whether text says two parties trade blame in the
// present, as a headline puts it ("Dunmore and Kell trade blame over
// …"): reciprocal reads the past "traded".
func tradesBlame(text string) bool {
	for _, w := range [...]string{"trade blame", "trade accusations", "trade charges", "trading blame", "trading accusations"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
