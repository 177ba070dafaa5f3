package extract

import (
	"slices"
	"testing"

	"github.com/contra-project/contra/graph"
)

// TestChargeRuns: an answer to one claim of a side's account answers the
// account's other charges against the answering side, and nothing else
// of it.
func TestChargeRuns(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		from       string   // a word of the answering claim's text
		in, out    []string // words of claims it answers, and does not
	}{
		{"farming: the answer to the latest charge answers the charge before it",
			"Freedonia accused Sylvania of spraying a banned weedkiller along the Brask river without warning. Sylvania had refused repeated requests to name the product, Freedonia's farm minister, Ilse Varn, said.\n\nSylvania's farm ministry said its crews had used an approved product at the standard dose.\n",
			"approved", []string{"banned weedkiller", "refused"}, nil},
		{"shipping: the same, at sea",
			"Freedonia's navy accused Sylvania of ramming the trawler Gull off the port of Amsk. Sylvania had ignored three radio warnings before the collision, the navy said.\n\nSylvania's coast guard said its cutter had heard the warnings only after the trawler turned across its bow.\n",
			"across its bow", []string{"ramming", "ignored"}, nil},
		// a negated existential denies the thing the other side named,
		// though the other's claim names no accused (restatedTargets),
		// and the charge of the same run against the denier
		{"borders: there is no siege",
			"Sylvania closed the Kell crossing to lorries on Monday. Freedonia calls the closure an \"economic siege\".\n\nFreedonia accused Sylvania of starving its border towns.\n\n\"There is no siege,\" Sylvania's interior minister, Ivo Brand, said.\n",
			"There is no", []string{"economic siege", "starving"}, nil},
		// a report whose subject is unresolved but whose words name the
		// denier ("a Sylvanian drone") is restated like a charge; the
		// charge that opened the run is answered with it
		{"drones: a negated assertion against a report naming the denier",
			"Ruritania accused Sylvania on Sunday of sending armed drones over its border towns.\n\nRuritania said its air defences had shot down a Sylvanian military drone that had strayed four kilometres into Ruritanian airspace.\n\nSylvania said the unarmed drone had never left Sylvanian airspace and was brought down by a Ruritanian missile.\n",
			"never left", []string{"strayed", "armed drones"}, nil},
		{"guard: another voice between ends the run",
			"Freedonia accused Sylvania of spraying a banned weedkiller along the Brask river without warning. A farmer in Brask, Ola Renn, said the spray had killed his bees. Sylvania had refused repeated requests to name the product, Freedonia's farm minister, Ilse Varn, said.\n\nSylvania's farm ministry said its crews had used an approved product at the standard dose.\n",
			"approved", []string{"refused"}, []string{"banned weedkiller"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := extractText(t, tc.text)
			from := claimWith(t, res.Claims, tc.from)
			for _, w := range tc.in {
				if !slices.Contains(from.RespondsTo, claimWith(t, res.Claims, w).ID) {
					t.Errorf("%q does not answer the claim of %q\n%s", from.Text, w, describe(res.Claims))
				}
			}
			for _, w := range tc.out {
				if slices.Contains(from.RespondsTo, claimWith(t, res.Claims, w).ID) {
					t.Errorf("%q answers the claim of %q\n%s", from.Text, w, describe(res.Claims))
				}
			}
		})
	}
}

// TestLinkChargeRunsJoins: which claims of the run an answer answers join
// its links, on claims built by hand: only positive accusations against
// the answerer's side, on its topic, by another speaker, that are no
// summary of both sides' blame; the run ends at another side's claim.
func TestLinkChargeRunsJoins(t *testing.T) {
	charge := func(id, speaker, side, subject, topic, text string) graph.Claim {
		return graph.Claim{ID: id, Speaker: speaker, Side: side, Kind: graph.KindAccusation, Subject: subject,
			Topic: topic, Polarity: graph.Positive, Text: text, Evidence: &graph.Span{}}
	}
	for _, tc := range []struct {
		name  string
		run   graph.Claim // a claim of the run before the answered one
		joins bool
	}{
		{"a charge against the answerer", charge("r", "Ilse Varn", "Freedonia", "Sylvania", "depot shelling", "Sylvanian guns fired on the depot"), true},
		{"a charge against a third party", charge("r", "Ilse Varn", "Freedonia", "Ostmark", "depot shelling", "Ostmark supplied the guns"), false},
		{"a charge on another matter", charge("r", "Ilse Varn", "Freedonia", "Sylvania", "port closure", "Sylvania closed the port"), false},
		{"the answerer's own words", charge("r", "Sylvanian government", "Freedonia", "Sylvania", "depot shelling", "Sylvanian guns fired on the depot"), false},
		{"a summary of both sides' blame", charge("r", "Ilse Varn", "Freedonia", "Sylvania", "depot shelling", "The two sides blamed each other for the fire"), false},
		{"a headline's trade of blame", charge("r", "Freedonian government", "Freedonia", "Sylvania", "depot shelling", "Freedonia and Sylvania trade blame over depot fire"), false},
		{"another side's claim ends the run", charge("r", "Ola Renn", "Ostmark", "Sylvania", "depot shelling", "Sylvanian guns fired on the depot"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			answered := charge("t", "Freedonian government", "Freedonia", "Sylvania", "depot shelling", "Sylvania shelled the depot")
			answer := graph.Claim{ID: "d", Speaker: "Sylvanian government", Side: "Sylvania", Kind: graph.KindAssertion,
				Topic: "depot shelling", Polarity: graph.Positive, Text: "its guns were silent", Evidence: &graph.Span{}, RespondsTo: []string{"t"}}
			out := []graph.Claim{tc.run, answered, answer}
			if tc.name == "another side's claim ends the run" {
				// the other voice stands between the run's first charge and the answered one
				first := charge("f", "Ilse Varn", "Freedonia", "Sylvania", "depot shelling", "Sylvanian guns fired on the depot")
				out = []graph.Claim{first, tc.run, answered, answer}
			}
			linkChargeRuns(out)
			d := &out[len(out)-1]
			got := slices.Contains(d.RespondsTo, "r") || slices.Contains(d.RespondsTo, "f")
			if got != tc.joins {
				t.Errorf("joins %v, want %v: %v", got, tc.joins, d.RespondsTo)
			}
			if !slices.Contains(d.RespondsTo, "t") {
				t.Errorf("the answered claim is gone: %v", d.RespondsTo)
			}
		})
	}
}
