package extract

import "testing"

// TestThemeYieldsToIncident checks that a built-in theme met only as the
// incident's instrument, setting or one side's word does not name an
// article about one incident: the desk labels the incident. Guards keep
// the theme where the article is about the theme itself.
func TestThemeYieldsToIncident(t *testing.T) {
	runTopicRows(t, []topicRow{
		// the weapon is the subject of "shot down": the missile is the
		// downing's, however often the body names it
		{"aviation: a missile shot down a rescue helicopter", "Kelvar says Dornish missile shot down rescue helicopter; Dorn blames Kelvar's own gunners",
			"Kelvar accused Dorn on Monday of firing a missile at a rescue helicopter over the Tess valley, killing its crew. " +
				"Dorn said the missile had come from Kelvar's own batteries. " +
				"Kelvar said radar had tracked the missile from a Dornish hilltop. " +
				"Dorn accused Kelvar of hiding the wreck from inspectors.",
			[]string{"helicopter downing", "helicopter downing", "helicopter downing", "helicopter downing"}},
		{"shipping: a drone hit a tanker", "Pella says Tarsian drone hit tanker off Lenn; Tarsia blames the crew",
			"Pella accused Tarsia on Friday of sending a drone against the tanker Marit Sol, killing two sailors.\n\n" +
				"Tarsia said the drone had been flown by Pellan smugglers.\n\n" +
				"Pella said the drones had been tracked from a Tarsian base.",
			[]string{"tanker strike", "tanker strike", "tanker strike"}},
		// guard: one strike the body names in an article on a
		// campaign of them is one of the campaign's
		{"guard: a campaign of missile strikes", "Kelvar says Dorn has fired missiles at border towns for a month",
			"Kelvar accused Dorn on Monday of firing missiles at its border towns for a month.\n\n" +
				"Dorn said the missiles had been fired by rebels.\n\n" +
				"Kelvar said a missile hit a school in Lenn on Sunday.",
			[]string{"missile strikes", "missile strikes", "missile strikes"}},
	})
}

// TestSideThemeInHeadline checks that a configured topic the headline
// names only as one side's word, the act "accuses X of" or a word in
// quotation marks, yields to the incident the headline reports, and
// that a headline reporting no incident keeps the theme.
func TestSideThemeInHeadline(t *testing.T) {
	runTopicRows(t, []topicRow{
		{"border clash: a blast one side calls a drone strike", "Blast kills nine at Harlow wedding; Marsh Front accuses Tarsian army of drone strike",
			"Nine guests were killed on Saturday when a blast tore through a wedding in Harlow, a village in Tarsia's Marsh province.\n\n" +
				"The Marsh Front accused the Tarsian army of a drone strike on the guests.\n\n" +
				"The army said no drone had flown over Harlow and accused the Marsh Front of storing explosives beside the house.\n\n" +
				"The Marsh Front said the drone had been heard by every guest.",
			[]string{"wedding blast", "wedding blast", "wedding blast", "wedding blast"}},
		{"energy: a refinery explosion one side calls terror", "Explosion kills four at Kessel refinery; Varn accuses Dorn of terror attack",
			"Four workers died on Monday when an explosion tore through the Kessel refinery in eastern Varn.\n\n" +
				"Varn accused Dorn of a terror attack on the plant.\n\n" +
				"Dorn said Varn had let the refinery's pipes rot and accused Varn of inventing a terror plot.\n\n" +
				"Varn said the terrorists had crossed the border a week before.",
			[]string{"refinery explosion", "refinery explosion", "refinery explosion", "refinery explosion"}},
		{"shipping: a seizure one side calls a blockade", "Tarsian coast guard seizes Pellan ore ship; Pella cries \"blockade\"",
			"Tarsia's coast guard seized the Pellan ore ship Vessa Grey off Lenn on Friday.\n\n" +
				"Pella accused Tarsia of a blockade of its ports.\n\n" +
				"Tarsia said the ship had been carrying undeclared cargo and that there was no blockade.\n\n" +
				"Pella said the blockade would ruin its ore trade.",
			[]string{"ship seizure", "ship seizure", "ship seizure", "ship seizure"}},
		// guard: the headline names the theme in its own words ("used
		// cluster munitions"), not as one side's word: the theme stays
		{"guard: a theme the headline names in its own words", "Blast kills six at Orvik market; Tarsia says Pella used cluster munitions",
			"Six people were killed on Sunday when a blast hit the market in Orvik.\n\n" +
				"Tarsia said Pella had used cluster munitions on the town.\n\n" +
				"Pella said it had never used cluster munitions.",
			[]string{"cluster munitions", "cluster munitions"}},
		// guard: no incident in the headline; the charge is the dispute
		{"guard: a charge of drone strikes and no incident", "Pella accuses Tarsia of drone strikes on border villages",
			"Pella accused Tarsia on Monday of drone strikes on six border villages.\n\n" +
				"Tarsia said the drones had been flown by smugglers.\n\n" +
				"Pella said the drone strikes had gone on for a month.",
			[]string{"drone strikes", "drone strikes", "drone strikes"}},
	})
}
