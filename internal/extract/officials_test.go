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
