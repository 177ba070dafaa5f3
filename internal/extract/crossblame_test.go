package extract

import (
	"slices"
	"testing"
)

// TestCrossBlameTargets: a side that lays the act the other side blamed
// on it back on that side, by a mark of news prose (a reflexive doer, a
// cleft, "the other way"), answers the blame when the two tell of the same
// thing; not a reflexive of a verb ("ask themselves why"), not a claim on
// another thing, and not a claim that blamed nobody of its side.
func TestCrossBlameTargets(t *testing.T) {
	const charge = "Ostmark's defence ministry accused Veldan's army of shelling the Harn power station overnight.\n\n" +
		"The station, built in 1998, supplies about a third of the region's electricity and employs some 900 people, most of them from the nearby town of Selva. " +
		"Its two turbines were shut down for repairs in the spring and restarted in July after a loan from a group of regional banks. " +
		"Engineers from the Northern Technical Institute have inspected the plant twice a year since it opened, and their last report, published in May, found the cooling towers in good order. " +
		"Local officials said schools in Selva would stay closed until Thursday and that buses would take workers to the site from the market square.\n\n"
	for _, tc := range []struct {
		name, text string
		from       string // a word of the answering claim
		to         string // a word of the claim answered
		want       bool
	}{
		{"war: its own forces shelled it",
			charge + "Veldan's defence ministry said Ostmark's own forces had shelled the power station to stage a provocation.\n",
			"own forces", "shelling the Harn", true},
		{"labour: it was the pickets who attacked",
			"The Selm Dockers' Union said guards hired by Orrin Terminals drove a truck into the picket line at dawn.\n\n" +
				"Orrin Terminals said it had hired the guards in March.\n\n" +
				"Orrin Terminals said it was the pickets who attacked the truck with iron bars.\n",
			"iron bars", "drove a truck", true},
		{"fisheries: the harassment runs the other way",
			"Nessary accused Valdurn's patrol boats of harassing its fishing fleet in the Gannet channel.\n\n" +
				"Valdurn's fisheries ministry said it had opened a new harbour office in Brevik.\n\n" +
				"Valdurn's fisheries ministry said the harassment ran the other way.\n",
			"other way", "harassing", true},
		{"guard: migration: the reflexive of a verb",
			"The Nauvane coast guard accused the rescue group Sea Lantern of towing boats towards its waters.\n\n" +
				"Sea Lantern said its ship had kept its transponder on at every stage.\n\n" +
				"\"Those who defend the coast guard should ask themselves why its boats were towing migrants,\" Sea Lantern said.\n",
			"ask themselves", "towing boats", false},
		{"guard: war: its own forces, on another thing",
			charge + "Veldan's defence ministry said Ostmark's own forces had staged a crisis in the north to delay the vote.\n",
			"own forces", "shelling the Harn", false},
		{"guard: war: a blame on nobody of its side",
			"The Harn Workers' Union said the shelling of the Harn power station overnight had killed two of its members.\n\n" +
				"Veldan's defence ministry said Ostmark's own forces had shelled the power station to stage a provocation.\n",
			"own forces", "killed two", false},
		{"guard: labour: a cleft that names the speaker's own side as the doer",
			"The Selm Dockers' Union accused Orrin Terminals of locking its members out at dawn.\n\n" +
				"Orrin Terminals said the Selm Dockers' Union had walked out first.\n\n" +
				"The Selm Dockers' Union said it was the union's own members who walked out, and that it was proud of them.\n",
			"proud of them", "walked out first", false},
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

// TestRivalPlaceTargets: a side that sets the event in its own ground, or
// the other's, where the other side set it in another's ("on the
// Nessarian side of the median line" against "inside Valdurn's
// territorial waters") answers that claim; not when both name one
// owner's ground, not a place of a third owner on another matter, and
// not "side of the" that is no line's.
func TestRivalPlaceTargets(t *testing.T) {
	const filler = "The Gannet Bank has been fished by boats from both countries since the 1920s, and its cod stocks recovered after a quota deal in 2031. " +
		"Harbour masters in Brevik and Orlo said on Tuesday that most of the fleet had stayed in port because of high winds, and that two ferries had been cancelled. " +
		"Fish prices at the Orlo market rose by a fifth over the week, traders said.\n\n"
	const charge = "Valdurn's coast guard said the trawler Grey Gull had been hauling nets 4 nautical miles inside Valdurn's territorial waters.\n\n" + filler
	for _, tc := range []struct {
		name, text string
		from       string // a word of the answering claim
		to         string // a word of the claim answered
		want       bool
	}{
		{"fisheries: the other side of the line",
			charge + "Nessary's fisheries ministry said the Grey Gull had been two miles on the Nessarian side of the median line.\n",
			"Nessarian side", "hauling nets", true},
		{"fisheries: our own waters",
			charge + "Nessary's fisheries ministry said the boat had stayed in Nessarian waters all night.\n",
			"all night", "hauling nets", true},
		{"guard: fisheries: one owner's waters in both",
			charge + "Nessary's fisheries ministry said the Grey Gull had been hauling nets in Valdurn waters with a licence.\n",
			"licence", "hauling nets", false},
		{"guard: fisheries: a third place on another matter",
			charge + "Nessary's fisheries ministry said its research vessel had spent the week in international waters.\n",
			"research vessel", "hauling nets", false},
		{"guard: fisheries: a side of no line",
			charge + "Nessary's fisheries ministry said the law was on the Nessarian side of the argument.\n",
			"argument", "hauling nets", false},
		{"the day each side said it comes after its verb",
			"Valdurn's coast guard said on Monday the trawler Grey Gull had been hauling nets 4 nautical miles inside Valdurn's territorial waters.\n\n" + filler +
				"Nessary's fisheries ministry said on Tuesday the boat had stayed in Nessarian waters all night.\n",
			"all night", "hauling nets", true},
		{"guard: two flights on two days, each in its own side's airspace",
			"Valdurn's air force said its display team flew over the coast in Valdurn's airspace on Friday.\n\n" + filler +
				"Nessary's air force said its own team flew over the coast in Nessarian airspace on Saturday.\n",
			"Saturday", "Friday", false},
		{"guard: a separate matter in the speaker's own waters",
			charge + "Separately, Nessary's navy said one of its frigates had exercised in Nessarian waters all week.\n",
			"frigates", "hauling nets", false},
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
