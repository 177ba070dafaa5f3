package extract

import "testing"

// TestOfficialsAtBody covers officials described by the body they work
// at, named as news names them again ("justice ministry officials") and
// on that body's side, a class of the tuning sets' missed attributions
// whose speaker was the body's phrase with no side, or another body:
// rows name the claim's speaker and a piece of its evidence and how many
// claims the text yields.
func TestOfficialsAtBody(t *testing.T) {
	checkFrames(t, []frameCase{
		{"officials at a ministry",
			"Pilots at Aldmoor walked out on Monday.\n\nOfficials at the transport ministry said the pilots had ignored three warnings.",
			"transport ministry officials", "ignored three warnings", 1},
		{"a senior official at a ministry",
			"Clinics in Ostby ran out of vaccine.\n\nA senior official at the health ministry said the stock would last until May.",
			"senior health ministry official", "stock would last until May", 1},
		{"officials at a board named in full, with a relative clause",
			"A trawler sank off Kellport on Friday.\n\nTwo officials at the Coastal Fisheries Board, who spoke on condition of anonymity, said the trawler had no licence.",
			"Coastal Fisheries Board officials", "had no licence", 1},
		{"an official named in apposition is the speaker",
			"Dockers walked out at Brennport.\n\nIvo Marek, an official at the port authority, said the cranes were unsafe.",
			"Ivo Marek", "cranes were unsafe", 1},
		{"officials in a town stay described by the place",
			"A bridge collapsed near Pellick.\n\nOfficials in Pellick said the road would stay closed for a week.",
			"Pellick officials", "road would stay closed", 1},
	})
}

// TestStateOrganNotCompany covers "the ministry", "the health ministry"
// after a company spoke: a ministry is a state's, so the phrase does not
// stand for the company quoted last but for the state named last, or
// for itself when no state was named.
func TestStateOrganNotCompany(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a ministry after a company, a state named before",
			"Velland's health ministry recalled a batch of vaccine. Halden Biologics said the batch was safe.\n\nThe ministry said the minister had lost patience with the company.",
			"Velland Health Ministry", "lost patience with the company", 3},
		{"a ministry after a company, no state named",
			"Halden Biologics said the batch of vaccine was safe.\n\nThe ministry said the minister had lost patience with the company.",
			"ministry", "lost patience with the company", 2},
		{"a described ministry after a company",
			"Velland's medicines agency recalled a batch of vaccine on Monday. The maker, Halden Biologics, said the batch was safe.\n\nThe health ministry said the minister had lost patience with the company.",
			"health ministry", "lost patience with the company", 3},
	})
}
