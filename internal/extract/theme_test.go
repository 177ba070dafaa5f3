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
