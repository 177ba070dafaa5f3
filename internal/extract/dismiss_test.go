package extract

import (
	"slices"
	"testing"
)

// TestDismissalTargets: a side that names the other side's account and
// calls it false ("said that account was invented", "described Velmar
// Rail's claim about the speed as a fabrication", "called that a smear")
// answers the claim it names, with no verb of denial and no charge
// against it; not when the word of falsehood is negated, not a bystander's
// word, not a report of its own side's, and not "lies" as a verb.
func TestDismissalTargets(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		from       string // a word of the answering claim
		to         string // a word of the claim answered
		want       bool   // whether from answers to
	}{
		{"borders: that account was invented",
			"Tessmark's coast guard said its radar had tracked a Brannock cutter crossing the median line at dawn.\n\n" +
				"Officials in Tessmark said radar images showed a launch from a battery near the village of Orlo a few seconds before the blast. " +
				"Brannock's navy said that account was invented.\n",
			"invented", "battery", true},
		{"rail: a named account with what it is about",
			"Velmar Rail said the freight train had been travelling well above the speed limit on the Orsk bridge.\n\n" +
				"The contractor, Pellam Track Works, said its crews had replaced every sleeper on the bridge in March.\n\n" +
				"Pellam's director, Ida Rusk, described Velmar Rail's claim about the speed of the train as \"a fabrication\".\n",
			"fabrication", "speed limit", true},
		{"fisheries: called that a smear",
			"The Caddow Fishermen's Guild said it had tracking data showing the trawler was two miles on the Caddow side of the line.\n\n" +
				"Lorvenne's fisheries ministry claimed the trawler's tracking beacon had been switched off for part of the night. " +
				"The Caddow Fishermen's Guild called that \"a smear\".\n",
			"smear", "beacon", true},
		{"borders: the account named by what it is about",
			"Tessmark accused Brannock on Monday of shooting a shepherd near the village of Orlo.\n\n" +
				"Tessmark also said Brannock had closed two border crossings without notice.\n\n" +
				"Brannock's defence minister, Ida Rusk, called Tessmark's account of the shooting a fabrication.\n",
			"fabrication", "shepherd", true},
		{"guard: borders: another charge than the account named by what it is about",
			"Tessmark accused Brannock on Monday of shooting a shepherd near the village of Orlo.\n\n" +
				"Tessmark also said Brannock had closed two border crossings without notice.\n\n" +
				"Brannock's defence minister, Ida Rusk, called Tessmark's account of the shooting a fabrication.\n",
			"fabrication", "crossings", false},
		{"guard: fisheries: the word of falsehood negated",
			"Lorvenne's fisheries ministry claimed the trawler's tracking beacon had been switched off for part of the night.\n\n" +
				"The Caddow Fishermen's Guild said the Lorvenne account was not false.\n",
			"not false", "beacon", false},
		{"guard: aid: a bystander's word is no account the side calls false",
			"The Orvand Front accused the Tessmark army of shelling the camp at Dura.\n\n" +
				"Tessmark's defence ministry said its artillery had not fired on the camp.\n\n" +
				"The Harbour Relief Fund said it was asking both sides to let its lorries through the Dura road tonight.\n\n" +
				"The Orvand Front described the statement as \"a lie\".\n",
			"a lie", "lorries", false},
		{"guard: borders: lies as a verb",
			"Tessmark's coast guard said its radar had tracked a Brannock cutter crossing the median line at dawn.\n\n" +
				"The spring, Brannock's officials said, lies some 300 metres inside Brannock on the treaty maps.\n",
			"spring", "radar", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := extractText(t, tc.text)
			from := claimWith(t, res.Claims, tc.from)
			to := claimWith(t, res.Claims, tc.to)
			if got := slices.Contains(from.RespondsTo, to.ID); got != tc.want {
				t.Fatalf("%q answers %q: %v, want %v\n%s", from.Text, to.Text, got, tc.want, describe(res.Claims))
			}
		})
	}
}

// TestDismissedReport: the report a sentence calls false, whose it is and
// what it is about.
func TestDismissedReport(t *testing.T) {
	for _, tc := range []struct {
		sent    string
		ok      bool
		owner   string
		qual    string
		pointed bool
	}{
		{"Brannock's navy said that account was invented.", true, "", "", true},
		{"Rusk described Velmar Rail's claim about the speed of the train as \"a fabrication\".", true, "rail", "the speed of the train ", false},
		{"Ida Rusk called Brenn's account \"a fairy tale\".", true, "brenn", "", false},
		{"The ministry dismissed the Tabrenian version as a fairy tale.", true, "tabrenian", "", false},
		{"The ministry rejected the smuggling charge as \"a story invented to cover a hijacking\".", true, "", "smuggling ", false},
		{"He denied it, calling the claim \"a story invented to hide a theft\".", true, "", "", false},
		{"\"Nobody gave that order. That is a lie,\" he said.", true, "", "", true},
		{"She called the army’s statement “a lie from beginning to end”.", true, "army", "", false},
		{"That doesn't prove the charges are false, he said.", false, "", "", false},
		{"The ministry said the report was not a fabrication.", false, "", "", false},
		{"The spring lies inside the line, officials said.", false, "", "", false},
		{"The village named in Brannock's report was found to lie inside Tessmark.", false, "", "", false},
		{"The party said its own account was false.", false, "", "", false},
		{"The ministry described the report as accurate.", false, "", "", false},
		{"They spread false reports of ballot tampering.", false, "", "", false},
	} {
		d, ok := dismissedReport(tc.sent)
		if ok != tc.ok || ok && (d.owner != tc.owner || d.qual != tc.qual || d.pointed != tc.pointed) {
			t.Errorf("dismissedReport(%q) = %+v, %v; want owner %q qual %q pointed %v, %v", tc.sent, d, ok, tc.owner, tc.qual, tc.pointed, tc.ok)
		}
	}
}
